//! Function maps: text/template builtins, Sprig, Helm and the Istio injector helpers.

pub mod builtin;
pub mod conv;
pub mod helm;
pub mod istio;
pub mod sprig_coll;
pub mod sprig_extra;
pub mod sprig_misc;
pub mod sprig_str;

use super::exec::Exec;
use super::value::Value;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// FNV-1a: function and template names are short; SipHash is needlessly slow here.
#[derive(Default, Clone, Copy)]
pub struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf29ce484222325
        } else {
            self.0
        };
        for &b in bytes {
            h ^= b as u64;
            h = h.wrapping_mul(0x100000001b3);
        }
        self.0 = h;
    }
}

/// A HashMap keyed by short names.
pub type NameMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;

/// Why a function failed.
#[derive(Debug, Clone)]
pub enum FErr {
    /// The function returned an error (Go: `error calling NAME: msg`).
    Call(String),
    /// Argument validation failed before the call (Go: `wrong type for value; ...`).
    Arg(String),
    /// A complete, already formatted error (passes through unchanged).
    Raw(String),
    /// Argument `index` has the wrong type for a parameter of Go type `expected`.
    ArgType {
        index: usize,
        expected: &'static str,
        got: Value,
    },
}

impl From<String> for FErr {
    fn from(s: String) -> Self {
        FErr::Call(s)
    }
}

pub type FResult = Result<Value, FErr>;
pub type FuncImpl = fn(&mut Exec<'_>, &[Value]) -> FResult;

#[derive(Clone, Copy, Debug)]
pub struct FuncDef {
    pub f: FuncImpl,
    pub min: usize,
    /// None = variadic.
    pub max: Option<usize>,
}

/// Name → function.
#[derive(Clone, Default)]
pub struct FuncMap {
    map: NameMap<&'static str, FuncDef>,
}

impl FuncMap {
    pub fn get(&self, name: &str) -> Option<&FuncDef> {
        self.map.get(name)
    }
    pub fn has(&self, name: &str) -> bool {
        self.map.contains_key(name)
    }
    /// The registered name and definition (resolved once, at parse time).
    pub fn resolve(&self, name: &str) -> Option<(&'static str, FuncDef)> {
        self.map.get_key_value(name).map(|(k, d)| (*k, *d))
    }
    /// Register a fixed-arity function.
    pub fn add(&mut self, name: &'static str, n: usize, f: FuncImpl) {
        self.map.insert(
            name,
            FuncDef {
                f,
                min: n,
                max: Some(n),
            },
        );
    }
    /// Register a variadic function taking at least `min` arguments.
    pub fn addv(&mut self, name: &'static str, min: usize, f: FuncImpl) {
        self.map.insert(name, FuncDef { f, min, max: None });
    }
    /// Register an existing definition under another name.
    pub fn insert_def(&mut self, name: &'static str, def: FuncDef) {
        self.map.insert(name, def);
    }
    pub fn remove(&mut self, name: &str) {
        self.map.remove(name);
    }
    pub fn names(&self) -> Vec<&'static str> {
        let mut v: Vec<_> = self.map.keys().copied().collect();
        v.sort();
        v
    }

    /// text/template builtins only.
    pub fn builtins() -> Self {
        let mut m = FuncMap::default();
        builtin::register(&mut m);
        m
    }

    /// Sprig's `TxtFuncMap` plus builtins.
    pub fn sprig() -> Self {
        let mut m = Self::builtins();
        sprig_str::register(&mut m);
        sprig_coll::register(&mut m);
        sprig_misc::register(&mut m);
        sprig_extra::register(&mut m);
        sprig_extra::register_aliases(&mut m);
        m
    }

    /// The Helm map, built once per thread and shared.
    pub fn helm_shared() -> std::rc::Rc<FuncMap> {
        thread_local! {
            static HELM: std::rc::Rc<FuncMap> = std::rc::Rc::new(FuncMap::helm());
        }
        HELM.with(|m| m.clone())
    }

    /// Helm's engine function map: Sprig without `env`/`expandenv`, plus Helm's
    /// functions (include, tpl, required, toYaml, ... lookup).
    pub fn helm() -> Self {
        let mut m = Self::sprig();
        m.remove("env");
        m.remove("expandenv");
        helm::register(&mut m);
        m
    }

    /// Istio's injection function map: Sprig overridden by the injector helpers.
    pub fn istio() -> Self {
        let mut m = Self::sprig();
        istio::register(&mut m);
        m
    }
}

/// The most list elements a function builds from a count in the template (`until`, `seq`, ...).
pub const MAX_ITEMS: usize = 1 << 23;

/// Checks a size a template asked for (bytes of a string, or elements of a list) against
/// the execution's output bound, before allocating: Go would try and run out of memory.
pub fn check_size(func: &str, n: i128, limit: usize) -> Result<usize, FErr> {
    if n > limit as i128 {
        return Err(FErr::Call(format!(
            "{func}: result of {n} exceeds the limit of {limit}"
        )));
    }
    Ok(n.max(0) as usize)
}

// ---- argument helpers (Go's validateType for typed parameters) ----

pub fn wrong_type(expected: &str, v: &Value) -> FErr {
    match v {
        Value::Missing | Value::Nil => FErr::Arg(format!("invalid value; expected {expected}")),
        _ => FErr::Arg(format!(
            "wrong type for value; expected {expected}; got {}",
            v.type_name()
        )),
    }
}

fn arg_type(i: usize, expected: &'static str, v: &Value) -> FErr {
    FErr::ArgType {
        index: i,
        expected,
        got: v.clone(),
    }
}

/// A `string` parameter.
pub fn s(args: &[Value], i: usize) -> Result<&str, FErr> {
    match &args[i] {
        Value::Str(s) => Ok(s),
        v => Err(arg_type(i, "string", v)),
    }
}

/// An `int` parameter.
pub fn int(args: &[Value], i: usize) -> Result<i64, FErr> {
    match &args[i] {
        Value::Int(n) => Ok(*n),
        v => Err(arg_type(i, "int", v)),
    }
}

/// A `bool` parameter.
pub fn boolean(args: &[Value], i: usize) -> Result<bool, FErr> {
    match &args[i] {
        Value::Bool(b) => Ok(*b),
        v => Err(arg_type(i, "bool", v)),
    }
}

/// A `map[string]interface{}` parameter.
pub fn map(args: &[Value], i: usize) -> Result<super::value::MapRef, FErr> {
    match &args[i] {
        Value::Map(m) => Ok(m.clone()),
        Value::Nil | Value::Missing => Ok(std::rc::Rc::new(std::cell::RefCell::new(
            super::value::VMap::new(),
        ))),
        v => Err(arg_type(i, "map[string]interface {}", v)),
    }
}
