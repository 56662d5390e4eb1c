//! The data model templates run over.
//!
//! Values mirror what Go sees when Helm or the Istio injector hand YAML/JSON data to
//! `text/template`: maps are `map[string]interface{}` (shared, mutable by `set`/`unset`),
//! lists are `[]interface{}`, numbers parsed from YAML are `float64` and template literals
//! are `int`. `Missing` is Go's "invalid" reflect value (a missing map key), which prints as
//! `<no value>`; `Nil` is an interface holding nil (YAML `null`).

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::fmt;
use std::rc::Rc;

/// A shared, mutable map (Go maps are reference types).
pub type MapRef = Rc<RefCell<VMap>>;

/// Byte-wise string order (same as `str`'s `Ord`), inlined: keys are short and
/// usually differ early, so this beats a `memcmp` call per comparison.
#[inline]
fn key_cmp(a: &[u8], b: &[u8]) -> std::cmp::Ordering {
    let n = a.len().min(b.len());
    let mut i = 0;
    while i < n {
        let (x, y) = (a[i], b[i]);
        if x != y {
            return x.cmp(&y);
        }
        i += 1;
    }
    a.len().cmp(&b.len())
}

/// A string-keyed map kept sorted by key (Go prints, ranges and serialises maps in
/// key order), with binary-search lookups.
#[derive(Clone, Debug, Default)]
pub struct VMap {
    entries: Vec<(String, Value)>,
    /// Lazily built open-addressing hash index (entry index + 1; 0 = empty) for
    /// lookups in larger maps; dropped on every mutation.
    index: std::cell::OnceCell<Box<[u32]>>,
    /// The zero value of the element type of a typed Go map (`""` for a
    /// `map[string]string`): what `index` gives for a missing key. `None` for
    /// `map[string]interface{}`, whose zero is a nil interface.
    elem_zero: Option<Box<Value>>,
}

#[inline]
fn fnv(k: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for &b in k {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    h
}

const LINEAR_MAX: usize = 8;

impl VMap {
    pub fn new() -> Self {
        VMap::default()
    }
    #[inline]
    fn find(&self, k: &str) -> Result<usize, usize> {
        self.entries
            .binary_search_by(|(ek, _)| key_cmp(ek.as_bytes(), k.as_bytes()))
    }
    fn build_index(&self) -> Box<[u32]> {
        let size = (self.entries.len() * 2).next_power_of_two();
        let mask = size - 1;
        let mut t = vec![0u32; size].into_boxed_slice();
        for (i, (k, _)) in self.entries.iter().enumerate() {
            let mut slot = fnv(k.as_bytes()) as usize & mask;
            while t[slot] != 0 {
                slot = (slot + 1) & mask;
            }
            t[slot] = i as u32 + 1;
        }
        t
    }
    #[inline]
    fn position(&self, k: &str) -> Option<usize> {
        if self.entries.len() <= LINEAR_MAX {
            // length and first byte reject most keys without a memcmp call
            let kb = k.as_bytes();
            return self.entries.iter().position(|(ek, _)| {
                let eb = ek.as_bytes();
                eb.len() == kb.len() && eb.first() == kb.first() && eb == kb
            });
        }
        let t = self.index.get_or_init(|| self.build_index());
        let mask = t.len() - 1;
        let mut slot = fnv(k.as_bytes()) as usize & mask;
        loop {
            let e = t[slot];
            if e == 0 {
                return None;
            }
            let i = (e - 1) as usize;
            if self.entries[i].0 == k {
                return Some(i);
            }
            slot = (slot + 1) & mask;
        }
    }
    #[inline]
    pub fn get(&self, k: &str) -> Option<&Value> {
        self.position(k).map(|i| &self.entries[i].1)
    }
    pub fn get_mut(&mut self, k: &str) -> Option<&mut Value> {
        match self.position(k).ok_or(0) {
            Ok(i) => Some(&mut self.entries[i].1),
            Err(_) => None,
        }
    }
    pub fn insert(&mut self, k: String, v: Value) -> Option<Value> {
        match self.find(&k) {
            Ok(i) => Some(std::mem::replace(&mut self.entries[i].1, v)),
            Err(i) => {
                self.index = std::cell::OnceCell::new();
                self.entries.insert(i, (k, v));
                None
            }
        }
    }
    pub fn remove(&mut self, k: &str) -> Option<Value> {
        match self.find(k) {
            Ok(i) => {
                self.index = std::cell::OnceCell::new();
                Some(self.entries.remove(i).1)
            }
            Err(_) => None,
        }
    }
    pub fn contains_key(&self, k: &str) -> bool {
        self.position(k).is_some()
    }
    pub fn len(&self) -> usize {
        self.entries.len()
    }
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
    /// Entries in key order.
    pub fn iter(&self) -> impl Iterator<Item = (&String, &Value)> {
        self.entries.iter().map(|(k, v)| (k, v))
    }
    pub fn keys(&self) -> impl Iterator<Item = &String> {
        self.entries.iter().map(|(k, _)| k)
    }
    pub fn values(&self) -> impl Iterator<Item = &Value> {
        self.entries.iter().map(|(_, v)| v)
    }
    pub fn extend(&mut self, it: impl IntoIterator<Item = (String, Value)>) {
        for (k, v) in it {
            self.insert(k, v);
        }
    }
    /// A copy with every value transformed (keys and order kept).
    pub fn map_values(&self, f: impl Fn(&Value) -> Value) -> VMap {
        VMap {
            entries: self
                .entries
                .iter()
                .map(|(k, v)| (k.clone(), f(v)))
                .collect(),
            index: Default::default(),
            elem_zero: self.elem_zero.clone(),
        }
    }

    /// The map as a typed Go map whose elements' zero value is `zero`.
    pub fn with_elem_zero(mut self, zero: Value) -> Self {
        self.elem_zero = Some(Box::new(zero));
        self
    }
    /// The zero value of a typed map's elements (see [`VMap::with_elem_zero`]).
    pub fn elem_zero(&self) -> Option<&Value> {
        self.elem_zero.as_deref()
    }

    /// As an ordered BTreeMap.
    pub fn to_btree(&self) -> BTreeMap<String, Value> {
        self.entries.iter().cloned().collect()
    }
}

impl FromIterator<(String, Value)> for VMap {
    fn from_iter<I: IntoIterator<Item = (String, Value)>>(it: I) -> Self {
        let mut entries: Vec<(String, Value)> = it.into_iter().collect();
        // stable sort keeps insertion order among equal keys; the last one wins
        entries.sort_by(|a, b| key_cmp(a.0.as_bytes(), b.0.as_bytes()));
        let mut out: Vec<(String, Value)> = Vec::with_capacity(entries.len());
        for e in entries {
            match out.last_mut() {
                Some(last) if last.0 == e.0 => *last = e,
                _ => out.push(e),
            }
        }
        VMap {
            entries: out,
            index: Default::default(),
            elem_zero: None,
        }
    }
}

impl From<BTreeMap<String, Value>> for VMap {
    fn from(m: BTreeMap<String, Value>) -> Self {
        VMap {
            entries: m.into_iter().collect(),
            index: Default::default(),
            elem_zero: None,
        }
    }
}

impl std::ops::Index<&str> for VMap {
    type Output = Value;
    fn index(&self, k: &str) -> &Value {
        self.get(k).expect("key present")
    }
}

/// Why a host object's method call failed; Display is the text Go's call gives, which the
/// executor wraps as `error calling NAME: ...`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MethodError {
    #[error("wrong type for value; expected {expected}; got {got}")]
    WrongType { expected: &'static str, got: String },
    #[error("wrong number of args for {method}: want {want} got {got}")]
    ArgCount {
        method: String,
        want: usize,
        got: usize,
    },
    /// The same, where the message does not say how many arguments came.
    #[error("wrong number of args for {method}: want {want}")]
    Want { method: String, want: usize },
    #[error("can't evaluate field {0}")]
    NoSuchMethod(String),
}

/// Host objects: values with Go-style fields and methods (`.Files.Get`, semver, time).
/// The injection data model may implement this to expose Go-named fields lazily.
pub trait Object: fmt::Debug {
    /// Go type name used in messages and `typeOf` (e.g. `*semver.Version`).
    fn type_name(&self) -> &str;
    /// A field or zero-argument method. `None` means "can't evaluate field".
    fn field(&self, name: &str) -> Option<Value>;
    /// A method call with arguments; `None` when there is no such method.
    fn call(&self, _name: &str, _args: &[Value]) -> Option<Result<Value, MethodError>> {
        None
    }
    /// Whether `name` is a method that takes arguments.
    fn has_method(&self, _name: &str) -> bool {
        false
    }
    /// How `%v` prints the object.
    fn display(&self) -> String {
        format!("{{{}}}", self.type_name())
    }
    /// Exact JSON text for `toJson`/`structToJSON`, when field order matters (Go structs
    /// marshal in declaration order, not sorted like maps).
    fn json_text(&self) -> Option<String> {
        None
    }
    /// The text Istio's `protoToJSON` prints (it drops a proxy config's default fields);
    /// [`Object::json_text`] unless the object says otherwise.
    fn proto_json_text(&self) -> Option<String> {
        self.json_text()
    }
    /// Key/value pairs when ranged over (Go maps); `None` = not rangeable.
    fn entries(&self) -> Option<Vec<(Value, Value)>> {
        None
    }
    /// Conversion when serialised (toJson/toYaml).
    fn to_value(&self) -> Value {
        Value::Str(self.display().into())
    }
    /// A typed nil pointer (Go's `(*T)(nil)`): its methods can still be called, but a
    /// field of it is the error `nil pointer evaluating *T.Field`.
    fn is_nil(&self) -> bool {
        false
    }
    /// Go's truth of the value (`if`, `and`, `not`, Sprig's `empty`/`default`): a pointer
    /// is true unless nil, a struct always, a named number (an enum) unless zero.
    fn truthy(&self) -> bool {
        !self.is_nil()
    }
    /// For a named basic type (a protobuf enum is an `int32` with a `String` method): the
    /// basic value `eq` compares and numeric `printf` verbs print.
    fn scalar(&self) -> Option<Value> {
        None
    }
}

#[derive(Clone, Debug, Default)]
pub enum Value {
    /// Go's invalid reflect.Value (missing map key, no data).
    #[default]
    Missing,
    /// An interface holding nil.
    Nil,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(Rc<str>),
    List(Rc<Vec<Value>>),
    Map(MapRef),
    Obj(Rc<dyn Object>),
}

impl Value {
    pub fn str(s: &str) -> Value {
        Value::Str(Rc::from(s))
    }
    pub fn string(s: String) -> Value {
        Value::Str(Rc::from(s))
    }
    pub fn list(v: Vec<Value>) -> Value {
        Value::List(Rc::new(v))
    }
    pub fn map(m: BTreeMap<String, Value>) -> Value {
        Value::Map(Rc::new(RefCell::new(VMap::from(m))))
    }
    pub fn vmap(m: VMap) -> Value {
        Value::Map(Rc::new(RefCell::new(m)))
    }
    pub fn empty_map() -> Value {
        Value::vmap(VMap::new())
    }
    pub fn is_nilish(&self) -> bool {
        matches!(self, Value::Missing | Value::Nil)
    }
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(s),
            _ => None,
        }
    }

    /// Go's `reflect.Type.String()` for this value as seen through `interface{}`.
    pub fn type_name(&self) -> String {
        match self {
            Value::Missing | Value::Nil => "<nil>".into(),
            Value::Bool(_) => "bool".into(),
            Value::Int(_) => "int".into(),
            Value::Float(_) => "float64".into(),
            Value::Str(_) => "string".into(),
            Value::List(_) => "[]interface {}".into(),
            Value::Map(_) => "map[string]interface {}".into(),
            Value::Obj(o) => o.type_name().into(),
        }
    }

    /// Go's `reflect.Kind` name (sprig `kindOf`).
    pub fn kind_name(&self) -> &'static str {
        match self {
            Value::Missing | Value::Nil => "invalid",
            Value::Bool(_) => "bool",
            Value::Int(_) => "int",
            Value::Float(_) => "float64",
            Value::Str(_) => "string",
            Value::List(_) => "slice",
            Value::Map(_) => "map",
            Value::Obj(_) => "ptr",
        }
    }

    /// text/template truthiness (`if`, `with`, `and`, `or`, `not`).
    pub fn truthy(&self) -> bool {
        match self {
            Value::Missing | Value::Nil => false,
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::Float(f) => *f != 0.0,
            Value::Str(s) => !s.is_empty(),
            Value::List(l) => !l.is_empty(),
            Value::Map(m) => !m.borrow().is_empty(),
            Value::Obj(o) => o.truthy(),
        }
    }

    /// Convert from JSON (numbers become float64 like sigs.k8s.io/yaml does).
    pub fn from_json(v: &serde_json::Value) -> Value {
        match v {
            serde_json::Value::Null => Value::Nil,
            serde_json::Value::Bool(b) => Value::Bool(*b),
            serde_json::Value::Number(n) => Value::Float(n.as_f64().unwrap_or(0.0)),
            serde_json::Value::String(s) => Value::str(s),
            serde_json::Value::Array(a) => Value::list(a.iter().map(Value::from_json).collect()),
            serde_json::Value::Object(o) => Value::vmap(
                o.iter()
                    .map(|(k, v)| (k.clone(), Value::from_json(v)))
                    .collect(),
            ),
        }
    }

    /// Convert from JSON keeping integral numbers as Go `int`s: for data models built
    /// from typed Go structs (Istio's injection data has int32 ports, not float64s),
    /// where `1000000` must print as `1000000`, not `1e+06`.
    pub fn from_json_typed(v: &serde_json::Value) -> Value {
        match v {
            serde_json::Value::Number(n) => match n.as_i64() {
                Some(i) => Value::Int(i),
                None => Value::Float(n.as_f64().unwrap_or(0.0)),
            },
            serde_json::Value::Array(a) => {
                Value::list(a.iter().map(Value::from_json_typed).collect())
            }
            serde_json::Value::Object(o) => Value::vmap(
                o.iter()
                    .map(|(k, v)| (k.clone(), Value::from_json_typed(v)))
                    .collect(),
            ),
            other => Value::from_json(other),
        }
    }

    /// Convert to JSON (for callers that need plain data back).
    pub fn to_json(&self) -> serde_json::Value {
        match self {
            Value::Missing | Value::Nil => serde_json::Value::Null,
            Value::Bool(b) => serde_json::Value::Bool(*b),
            Value::Int(i) => serde_json::Value::from(*i),
            Value::Float(f) => {
                if f.fract() == 0.0 && f.abs() < 9.0e15 {
                    serde_json::Value::from(*f as i64)
                } else {
                    serde_json::Number::from_f64(*f)
                        .map(serde_json::Value::Number)
                        .unwrap_or(serde_json::Value::Null)
                }
            }
            Value::Str(s) => serde_json::Value::String(s.to_string()),
            Value::List(l) => serde_json::Value::Array(l.iter().map(|v| v.to_json()).collect()),
            Value::Map(m) => serde_json::Value::Object(
                m.borrow()
                    .iter()
                    .map(|(k, v)| (k.clone(), v.to_json()))
                    .collect(),
            ),
            Value::Obj(o) => o.to_value().to_json(),
        }
    }

    /// A deep copy (maps no longer shared).
    pub fn deep_copy(&self) -> Value {
        match self {
            Value::List(l) => Value::list(l.iter().map(|v| v.deep_copy()).collect()),
            Value::Map(m) => Value::vmap(m.borrow().map_values(|v| v.deep_copy())),
            other => other.clone(),
        }
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Self {
        Value::str(s)
    }
}
impl From<String> for Value {
    fn from(s: String) -> Self {
        Value::string(s)
    }
}
impl From<bool> for Value {
    fn from(b: bool) -> Self {
        Value::Bool(b)
    }
}
impl From<i64> for Value {
    fn from(i: i64) -> Self {
        Value::Int(i)
    }
}
impl From<&serde_json::Value> for Value {
    fn from(v: &serde_json::Value) -> Self {
        Value::from_json(v)
    }
}

/// Deep equality used by sprig `has`, `uniq`, `without` (Go reflect.DeepEqual on interfaces).
pub fn deep_equal(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Missing | Value::Nil, Value::Missing | Value::Nil) => true,
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::Int(x), Value::Int(y)) => x == y,
        (Value::Float(x), Value::Float(y)) => x == y,
        (Value::Str(x), Value::Str(y)) => x == y,
        (Value::List(x), Value::List(y)) => {
            x.len() == y.len() && x.iter().zip(y.iter()).all(|(p, q)| deep_equal(p, q))
        }
        (Value::Map(x), Value::Map(y)) => {
            if Rc::ptr_eq(x, y) {
                return true;
            }
            let x = x.borrow();
            let y = y.borrow();
            x.len() == y.len()
                && x.iter()
                    .all(|(k, v)| y.get(k).is_some_and(|w| deep_equal(v, w)))
        }
        (Value::Obj(x), Value::Obj(y)) => Rc::ptr_eq(x, y),
        _ => false,
    }
}

/// A Go struct seen through templates: fixed fields; unknown fields are errors.
#[derive(Debug, Clone)]
pub struct StructObj {
    pub type_name: String,
    pub fields: BTreeMap<String, Value>,
}

impl Object for StructObj {
    fn type_name(&self) -> &str {
        &self.type_name
    }
    fn field(&self, name: &str) -> Option<Value> {
        self.fields.get(name).cloned()
    }
    fn display(&self) -> String {
        let parts: Vec<String> = self.fields.values().map(super::fmt::fmt_v).collect();
        format!("{{{}}}", parts.join(" "))
    }
    fn to_value(&self) -> Value {
        Value::map(self.fields.clone())
    }
}
