//! Executor: walks trees over values, with Go's variable scoping, missing-key rules,
//! error messages (`template: name:line:col: executing "name" at <node>: msg`) and limits.

use super::fmt::write_v;
use super::funcs::{FErr, FuncDef, FuncMap, NameMap};
use super::parse::{Arg, Branch, Cmd, Node, Pipe, Tree};
use super::value::Value;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

/// Maximum nesting of `template`/`include`/`tpl` calls.
pub const MAX_DEPTH: usize = 1000;
/// Maximum output size of one execution (bytes).
pub const MAX_OUTPUT: usize = 64 << 20;

/// What a missing map key evaluates to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MissingKey {
    /// Go's default: the invalid value, printed as `<no value>`.
    Default,
    /// `missingkey=zero` (Helm): the zero value of interface{} (nil).
    Zero,
    /// `missingkey=error`.
    Error,
}

/// Environment lookup used by `env`/`expandenv`.
pub type EnvLookup = Box<dyn Fn(&str) -> Option<String>>;

/// Host hooks functions can reach (clock, environment, Helm state).
pub struct Host {
    /// Seconds since the Unix epoch returned by `now`.
    pub now_unix: i64,
    /// Nanoseconds part of `now`.
    pub now_nanos: u32,
    /// `env`/`expandenv` lookup (Istio `env`); None = empty.
    pub env: EnvLookup,
}

impl Default for Host {
    fn default() -> Self {
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap_or_default();
        Host {
            now_unix: now.as_secs() as i64,
            now_nanos: now.subsec_nanos(),
            env: Box::new(|k| std::env::var(k).ok()),
        }
    }
}

/// A set of named templates sharing one function map.
pub struct TemplateSet {
    pub trees: RefCell<NameMap<String, Rc<Tree>>>,
    pub funcs: Rc<FuncMap>,
    pub missing: MissingKey,
    pub host: Host,
    /// The name Go's messages use for the set's root template (Helm: "gotpl").
    pub root_name: Option<String>,
}

/// An execution error, already in Go's full form (`template: NAME:LINE:COL: executing ...`);
/// errors of nested executions pass through callers unchanged, so it holds the final text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct ExecError(pub String);

/// Why executing a template by name (Helm's `include` and `tpl`) failed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NestedError {
    #[error("template: no template {name:?} associated with template {root:?}")]
    NoTemplate { name: String, root: String },
    #[error("exceeded maximum template depth ({})", MAX_DEPTH)]
    TooDeep,
    #[error(transparent)]
    Exec(#[from] ExecError),
}

enum Flow {
    Normal,
    Break,
    Continue,
}

type R<T> = Result<T, ExecError>;

/// Execution state of one render.
pub struct Exec<'s> {
    pub set: &'s TemplateSet,
    vars: Vec<(Rc<str>, Value)>,
    pub depth: usize,
    tree: Rc<Tree>,
    /// Helm `include` per-name recursion counts.
    pub include_counts: HashMap<String, usize>,
    out_len: usize,
    dollar: Rc<str>,
    arg_pool: Vec<Vec<Value>>,
}

impl<'s> Exec<'s> {
    pub fn new(set: &'s TemplateSet, tree: Rc<Tree>) -> Self {
        Exec {
            set,
            vars: Vec::new(),
            depth: 0,
            tree,
            include_counts: HashMap::new(),
            out_len: 0,
            dollar: Rc::from("$"),
            arg_pool: Vec::new(),
        }
    }

    /// The tree currently executing (Helm's `.Template.Name` uses the file).
    pub fn current_tree(&self) -> &Rc<Tree> {
        &self.tree
    }

    /// Execute `tree` with `dot` into `out`.
    pub fn run(&mut self, tree: Rc<Tree>, dot: &Value, out: &mut String) -> R<()> {
        let saved_tree = std::mem::replace(&mut self.tree, tree.clone());
        let saved_vars =
            std::mem::replace(&mut self.vars, vec![(self.dollar.clone(), dot.clone())]);
        // nested template calls recurse; grow the stack instead of overflowing it
        let r = stacker::maybe_grow(256 * 1024, 4 * 1024 * 1024, || {
            self.walk_list(dot, &tree.root, out)
        });
        self.tree = saved_tree;
        self.vars = saved_vars;
        r.map(|_| ())
    }

    /// Execute the named template into a fresh string (Helm `include`).
    pub fn exec_named(&mut self, name: &str, dot: &Value) -> Result<String, NestedError> {
        let tree = self.set.trees.borrow().get(name).cloned();
        let Some(tree) = tree else {
            return Err(NestedError::NoTemplate {
                name: name.to_string(),
                root: self
                    .set
                    .root_name
                    .as_deref()
                    .unwrap_or(&self.tree.name)
                    .to_string(),
            });
        };
        if self.depth >= MAX_DEPTH {
            return Err(NestedError::TooDeep);
        }
        self.depth += 1;
        let mut s = String::new();
        let r = self.run(tree, dot, &mut s);
        self.depth -= 1;
        r?;
        Ok(s)
    }

    fn line_col(&self, pos: usize) -> (usize, usize) {
        let src = &self.tree.src;
        let pos = pos.min(src.len());
        let before = &src[..pos];
        let line = 1 + before.matches('\n').count();
        let col = match before.rfind('\n') {
            Some(i) => pos - i - 1,
            None => pos,
        };
        (line, col)
    }

    fn err_at(&self, pos: usize, node: &str, msg: impl AsRef<str>) -> ExecError {
        let msg = msg.as_ref();
        // already-formatted errors from nested executions pass through
        if msg.starts_with("template: ") {
            return ExecError(msg.to_string());
        }
        let (line, col) = self.line_col(pos);
        ExecError(format!(
            "template: {}:{}:{}: executing {:?} at <{}>: {}",
            self.tree.parse_name, line, col, self.tree.name, node, msg
        ))
    }

    fn walk_list(&mut self, dot: &Value, list: &[Node], out: &mut String) -> R<Flow> {
        for n in list {
            match self.walk(dot, n, out)? {
                Flow::Normal => {}
                f => return Ok(f),
            }
        }
        Ok(Flow::Normal)
    }

    fn emit(&mut self, out: &mut String, s: &str, pos: usize) -> R<()> {
        self.out_len += s.len();
        if self.out_len > MAX_OUTPUT {
            return Err(self.err_at(pos, "output", format!("output exceeds {MAX_OUTPUT} bytes")));
        }
        out.push_str(s);
        Ok(())
    }

    fn walk(&mut self, dot: &Value, node: &Node, out: &mut String) -> R<Flow> {
        match node {
            Node::Text(a, b) => {
                let src = self.tree.src.clone();
                self.emit(out, &src[*a as usize..*b as usize], 0)?;
            }
            Node::Action(p) => {
                let v = self.eval_pipe(dot, p)?;
                if p.decl.is_empty() {
                    let before = out.len();
                    match &v {
                        Value::Missing | Value::Nil => out.push_str("<no value>"),
                        Value::Str(s) => out.push_str(s),
                        other => write_v(out, other),
                    }
                    self.out_len += out.len() - before;
                    if self.out_len > MAX_OUTPUT {
                        return Err(self.err_at(p.pos, "output", "output too large"));
                    }
                }
            }
            Node::If(b) => return self.walk_if_with(dot, b, false, out),
            Node::With(b) => return self.walk_if_with(dot, b, true, out),
            Node::Range(b) => return self.walk_range(dot, b, out),
            Node::Break(_) => return Ok(Flow::Break),
            Node::Continue(_) => return Ok(Flow::Continue),
            Node::Template { name, pipe, pos } => {
                let tree = self.set.trees.borrow().get(name).cloned();
                let Some(tree) = tree else {
                    return Err(self.err_at(
                        *pos,
                        &template_string(name, pipe),
                        format!("template {:?} not defined", name),
                    ));
                };
                if self.depth >= MAX_DEPTH {
                    return Err(self.err_at(
                        *pos,
                        &template_string(name, pipe),
                        format!("exceeded maximum template depth ({MAX_DEPTH})"),
                    ));
                }
                let d = match pipe {
                    Some(p) => self.eval_pipe(dot, p)?,
                    None => Value::Missing,
                };
                self.depth += 1;
                let r = self.run(tree, &d, out);
                self.depth -= 1;
                r?;
            }
        }
        Ok(Flow::Normal)
    }

    fn walk_if_with(&mut self, dot: &Value, b: &Branch, with: bool, out: &mut String) -> R<Flow> {
        let mark = self.vars.len();
        let v = self.eval_pipe(dot, &b.pipe)?;
        let r = if v.truthy() {
            if with {
                self.walk_list(&v, &b.list, out)
            } else {
                self.walk_list(dot, &b.list, out)
            }
        } else if let Some(el) = &b.else_list {
            self.walk_list(dot, el, out)
        } else {
            Ok(Flow::Normal)
        };
        self.vars.truncate(mark);
        r
    }

    fn set_var(&mut self, name: &str, v: Value) {
        for (n, val) in self.vars.iter_mut().rev() {
            if &**n == name {
                *val = v;
                return;
            }
        }
    }

    fn walk_range(&mut self, dot: &Value, b: &Branch, out: &mut String) -> R<Flow> {
        let mark = self.vars.len();
        let val = self.eval_pipe(dot, &b.pipe)?;
        let decl = &b.pipe.decl;
        let assign = b.pipe.is_assign;
        let r = (|| -> R<Flow> {
            let mut iterate = |this: &mut Self, index: Value, elem: Value| -> R<Flow> {
                if !decl.is_empty() {
                    if assign {
                        if decl.len() > 1 {
                            this.set_var(&decl[0], index.clone());
                        } else {
                            this.set_var(&decl[0], elem.clone());
                        }
                    } else {
                        let n = this.vars.len();
                        this.vars[n - 1].1 = elem.clone();
                    }
                }
                if decl.len() > 1 {
                    if assign {
                        this.set_var(&decl[1], elem.clone());
                    } else {
                        let n = this.vars.len();
                        this.vars[n - 2].1 = index;
                    }
                }
                let m = this.vars.len();
                let f = this.walk_list(&elem, &b.list, out);
                this.vars.truncate(m);
                f
            };
            let mut ran = false;
            match &val {
                Value::List(l) => {
                    for (i, e) in l.iter().enumerate() {
                        ran = true;
                        match iterate(self, Value::Int(i as i64), e.clone())? {
                            Flow::Break => break,
                            _ => continue,
                        }
                    }
                }
                Value::Map(m) => {
                    let entries: Vec<(String, Value)> = m
                        .borrow()
                        .iter()
                        .map(|(k, v)| (k.clone(), v.clone()))
                        .collect();
                    for (k, e) in entries {
                        ran = true;
                        match iterate(self, Value::string(k), e)? {
                            Flow::Break => break,
                            _ => continue,
                        }
                    }
                }
                Value::Int(n) => {
                    if decl.len() > 1 {
                        let last = b.pipe.cmds.last().expect("pipeline has a command");
                        return Err(self.err_at(
                            last.pos,
                            &cmd_string(last),
                            format!("can't use {n} to iterate over more than one variable"),
                        ));
                    }
                    for i in 0..*n {
                        ran = true;
                        match iterate(self, Value::Int(i), Value::Int(i))? {
                            Flow::Break => break,
                            _ => continue,
                        }
                    }
                }
                Value::Missing | Value::Nil => {}
                Value::Obj(o) if o.entries().is_some() => {
                    for (k, e) in o.entries().unwrap_or_default() {
                        ran = true;
                        match iterate(self, k, e)? {
                            Flow::Break => break,
                            _ => continue,
                        }
                    }
                }
                other => {
                    let mut s = String::new();
                    write_v(&mut s, other);
                    return Err(self.err_at(
                        b.pipe.pos,
                        &pipe_string(&b.pipe),
                        format!("range can't iterate over {s}"),
                    ));
                }
            }
            if !ran && let Some(el) = &b.else_list {
                return self.walk_list(dot, el, out);
            }
            Ok(Flow::Normal)
        })();
        self.vars.truncate(mark);
        r
    }

    pub fn eval_pipe(&mut self, dot: &Value, p: &Pipe) -> R<Value> {
        let mut value = Value::Missing;
        let mut has_final = false;
        for c in &p.cmds {
            value = self.eval_cmd(dot, c, if has_final { Some(value) } else { None })?;
            has_final = true;
            if let Value::Nil = value {
                value = Value::Missing;
            }
        }
        for d in &p.decl {
            if p.is_assign {
                self.set_var(d, value.clone());
            } else {
                self.vars.push((d.clone(), value.clone()));
            }
        }
        Ok(value)
    }

    fn not_a_function(&self, c: &Cmd, fin: &Option<Value>) -> R<()> {
        if c.args.len() > 1 || fin.is_some() {
            return Err(self.err_at(
                c.pos,
                &arg_string(&c.args[0]),
                format!(
                    "can't give argument to non-function {}",
                    arg_string(&c.args[0])
                ),
            ));
        }
        Ok(())
    }

    fn eval_cmd(&mut self, dot: &Value, c: &Cmd, fin: Option<Value>) -> R<Value> {
        let first = &c.args[0];
        match first {
            Arg::Field(path, pos) => self.eval_chain(dot, dot.clone(), path, c, fin, *pos, first),
            Arg::Chain(inner, path, pos) => {
                let base = self.eval_arg(dot, inner)?;
                self.eval_chain(dot, base, path, c, fin, *pos, first)
            }
            Arg::Var(name, path, pos) => {
                let v = self.lookup_var(name, *pos, first)?;
                if path.is_empty() {
                    self.not_a_function(c, &fin)?;
                    return Ok(v);
                }
                self.eval_chain(dot, v, path, c, fin, *pos, first)
            }
            Arg::Ident(name, def, pos) => {
                self.eval_func(dot, name, def, *pos, c, &c.args[1..], fin)
            }
            Arg::Pipe(p, _) => {
                self.not_a_function(c, &fin)?;
                self.eval_pipe(dot, p)
            }
            Arg::Dot(_) => {
                self.not_a_function(c, &fin)?;
                Ok(dot.clone())
            }
            Arg::Const(v, _, _) => {
                self.not_a_function(c, &fin)?;
                Ok(v.clone())
            }
            Arg::Nil(pos) => Err(self.err_at(*pos, "nil", "nil is not a command")),
        }
    }

    fn lookup_var(&self, name: &str, pos: usize, node: &Arg) -> R<Value> {
        for (n, v) in self.vars.iter().rev() {
            if &**n == name {
                return Ok(v.clone());
            }
        }
        Err(self.err_at(
            pos,
            &arg_string(node),
            format!("undefined variable: {name}"),
        ))
    }

    #[allow(clippy::too_many_arguments)]
    fn eval_chain(
        &mut self,
        dot: &Value,
        mut recv: Value,
        path: &[String],
        c: &Cmd,
        fin: Option<Value>,
        pos: usize,
        node: &Arg,
    ) -> R<Value> {
        let n = path.len();
        for (i, name) in path[..n - 1].iter().enumerate() {
            recv = self.eval_field(dot, recv, name, &[], None, pos, node, i > 0)?;
        }
        let args = if std::ptr::eq(node, &c.args[0]) {
            &c.args[1..]
        } else {
            &[][..]
        };
        self.eval_field(dot, recv, &path[n - 1], args, fin, pos, node, n > 1)
    }

    #[allow(clippy::too_many_arguments)]
    fn eval_field(
        &mut self,
        dot: &Value,
        recv: Value,
        name: &str,
        args: &[Arg],
        fin: Option<Value>,
        pos: usize,
        node: &Arg,
        from_map: bool,
    ) -> R<Value> {
        let has_args = !args.is_empty() || fin.is_some();
        // values fetched from maps are interface{} in Go's messages
        let tname = |v: &Value| {
            // (an object knows its own Go type)
            if from_map && !matches!(v, Value::Obj(_)) {
                "interface {}".to_string()
            } else {
                v.type_name()
            }
        };
        match &recv {
            Value::Missing => {
                if self.set.missing == MissingKey::Error {
                    return Err(self.err_at(
                        pos,
                        &arg_string(node),
                        format!("nil data; no entry for key {name:?}"),
                    ));
                }
                Ok(Value::Missing)
            }
            Value::Nil => Err(self.err_at(
                pos,
                &arg_string(node),
                format!("nil pointer evaluating interface {{}}.{name}"),
            )),
            Value::Map(m) => {
                if has_args {
                    return Err(self.err_at(
                        pos,
                        &arg_string(node),
                        format!("{name} is not a method but has arguments"),
                    ));
                }
                if let Some(v) = m.borrow().get(name) {
                    return Ok(v.clone());
                }
                match self.set.missing {
                    MissingKey::Default => Ok(Value::Missing),
                    MissingKey::Zero => Ok(Value::Nil),
                    MissingKey::Error => Err(self.err_at(
                        pos,
                        &arg_string(node),
                        format!("map has no entry for key {name:?}"),
                    )),
                }
            }
            Value::Obj(o) => {
                if o.has_method(name) {
                    let mut vals = Vec::with_capacity(args.len() + 1);
                    for a in args {
                        vals.push(self.eval_arg(dot, a)?);
                    }
                    if let Some(f) = fin {
                        vals.push(f);
                    }
                    return match o.call(name, &vals) {
                        Some(Ok(v)) => Ok(v),
                        Some(Err(e)) => Err(self.err_at(
                            pos,
                            &arg_string(node),
                            format!("error calling {name}: {e}"),
                        )),
                        None => Err(self.err_at(
                            pos,
                            &arg_string(node),
                            format!("can't evaluate field {name} in type {}", o.type_name()),
                        )),
                    };
                }
                if let Some(v) = o.field(name) {
                    if has_args {
                        return Err(self.err_at(
                            pos,
                            &arg_string(node),
                            format!("{name} has arguments but cannot be invoked as function"),
                        ));
                    }
                    return Ok(v);
                }
                let msg = if o.is_nil() {
                    format!("nil pointer evaluating {}.{name}", tname(&recv))
                } else {
                    format!("can't evaluate field {name} in type {}", tname(&recv))
                };
                Err(self.err_at(pos, &arg_string(node), msg))
            }
            other => Err(self.err_at(
                pos,
                &arg_string(node),
                format!("can't evaluate field {name} in type {}", tname(other)),
            )),
        }
    }

    /// Evaluate an argument (not the command head).
    pub fn eval_arg(&mut self, dot: &Value, a: &Arg) -> R<Value> {
        match a {
            Arg::Dot(_) => Ok(dot.clone()),
            Arg::Nil(_) => Ok(Value::Nil),
            Arg::Const(v, _, _) => Ok(v.clone()),
            Arg::Field(path, pos) => {
                let mut recv = dot.clone();
                for (i, name) in path.iter().enumerate() {
                    recv = self.eval_field(dot, recv, name, &[], None, *pos, a, i > 0)?;
                }
                Ok(recv)
            }
            Arg::Var(name, path, pos) => {
                let mut recv = self.lookup_var(name, *pos, a)?;
                for (i, f) in path.iter().enumerate() {
                    recv = self.eval_field(dot, recv, f, &[], None, *pos, a, i > 0)?;
                }
                Ok(recv)
            }
            Arg::Chain(inner, path, pos) => {
                let mut recv = self.eval_arg(dot, inner)?;
                for (i, f) in path.iter().enumerate() {
                    recv = self.eval_field(dot, recv, f, &[], None, *pos, a, i > 0)?;
                }
                Ok(recv)
            }
            Arg::Pipe(p, _) => self.eval_pipe(dot, p),
            Arg::Ident(name, def, pos) => {
                let cmd = Cmd {
                    args: vec![a.clone()],
                    pos: *pos,
                };
                self.eval_func(dot, name, def, *pos, &cmd, &[], None)
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn eval_func(
        &mut self,
        dot: &Value,
        name: &str,
        def: &FuncDef,
        pos: usize,
        c: &Cmd,
        args: &[Arg],
        fin: Option<Value>,
    ) -> R<Value> {
        let nargs = args.len() + usize::from(fin.is_some());
        if name == "and" || name == "or" {
            if nargs < 1 {
                return Err(self.err_at(
                    pos,
                    &cmd_string(c),
                    format!("wrong number of args for {name}: want at least 1 got 0"),
                ));
            }
            let want = name == "or";
            let mut v = Value::Missing;
            for a in args {
                v = self.eval_arg(dot, a)?;
                if v.truthy() == want {
                    return Ok(v);
                }
            }
            if let Some(f) = fin {
                v = f;
            }
            return Ok(v);
        }
        if nargs < def.min || def.max.is_some_and(|m| nargs > m) {
            let msg = match def.max {
                Some(m) if m == def.min => {
                    format!("wrong number of args for {name}: want {m} got {nargs}")
                }
                _ => format!(
                    "wrong number of args for {name}: want at least {} got {nargs}",
                    def.min
                ),
            };
            return Err(self.err_at(pos, name, msg));
        }
        // argument vectors are recycled: function calls are the hot path
        let mut vals = self.arg_pool.pop().unwrap_or_default();
        vals.clear();
        for a in args {
            match self.eval_arg(dot, a) {
                Ok(v) => vals.push(v),
                Err(e) => {
                    vals.clear();
                    self.arg_pool.push(vals);
                    return Err(e);
                }
            }
        }
        if let Some(f) = fin {
            vals.push(f);
        }
        let f = def.f;
        let result = f(self, &vals);
        vals.clear();
        self.arg_pool.push(vals);
        match result {
            // A value past the output bound could only grow further (`$s = print $s $s`).
            Ok(Value::Str(s)) if s.len() > MAX_OUTPUT => Err(self.err_at(
                pos,
                &cmd_string(c),
                format!(
                    "error calling {name}: result of {} bytes exceeds {MAX_OUTPUT}",
                    s.len()
                ),
            )),
            Ok(Value::List(l)) if l.len() > super::funcs::MAX_ITEMS => Err(self.err_at(
                pos,
                &cmd_string(c),
                format!(
                    "error calling {name}: list of {} elements exceeds {}",
                    l.len(),
                    super::funcs::MAX_ITEMS
                ),
            )),
            Ok(v) => Ok(v),
            Err(FErr::Call(m)) => {
                if m.starts_with("template: ") && !name.starts_with("include") && name != "tpl" {
                    return Err(ExecError(m));
                }
                Err(self.err_at(pos, &cmd_string(c), format!("error calling {name}: {m}")))
            }
            Err(FErr::Arg(m)) => Err(self.err_at(pos, &cmd_string(c), m)),
            Err(FErr::ArgType {
                index,
                expected,
                got,
            }) => {
                // Go validates each argument where it is written
                let (apos, node) = match args.get(index) {
                    Some(a) => (a.pos(), arg_string(a)),
                    None => (pos, cmd_string(c)),
                };
                let msg = match (args.get(index), &got) {
                    (Some(a @ Arg::Const(..)), _) if expected.starts_with("map") => {
                        format!("can't handle {} for arg of type {expected}", arg_string(a))
                    }
                    (Some(a @ Arg::Const(..)), _) => {
                        let text = arg_string(a);
                        format!("expected {expected}; found {text}")
                    }
                    (Some(Arg::Nil(_)), _) => format!("cannot assign nil to {expected}"),
                    (_, Value::Missing) => format!("invalid value; expected {expected}"),
                    (_, Value::Nil) => {
                        format!("wrong type for value; expected {expected}; got interface {{}}")
                    }
                    (_, v) => format!(
                        "wrong type for value; expected {expected}; got {}",
                        v.type_name()
                    ),
                };
                Err(self.err_at(apos, &node, msg))
            }
            Err(FErr::Raw(m)) => Err(ExecError(m)),
        }
    }
}

/// Text form of an argument node (for `at <...>`).
pub fn arg_string(a: &Arg) -> String {
    match a {
        Arg::Field(p, _) => p.iter().map(|s| format!(".{s}")).collect(),
        Arg::Var(n, p, _) => {
            let mut s = n.clone();
            for f in p {
                s.push('.');
                s.push_str(f);
            }
            s
        }
        Arg::Dot(_) => ".".into(),
        Arg::Nil(_) => "nil".into(),
        Arg::Const(Value::Str(s), text, _) if text.is_empty() => super::fmt::quote(s),
        Arg::Const(_, text, _) => text.clone(),
        Arg::Ident(n, _, _) => n.to_string(),
        Arg::Pipe(p, _) => format!("({})", pipe_string(p)),
        Arg::Chain(inner, p, _) => {
            let mut s = arg_string(inner);
            for f in p {
                s.push('.');
                s.push_str(f);
            }
            s
        }
    }
}

pub fn cmd_string(c: &Cmd) -> String {
    c.args.iter().map(arg_string).collect::<Vec<_>>().join(" ")
}

pub fn pipe_string(p: &Pipe) -> String {
    let mut s = String::new();
    if !p.decl.is_empty() {
        s.push_str(&p.decl.join(", "));
        s.push_str(if p.is_assign { " = " } else { " := " });
    }
    s.push_str(
        &p.cmds
            .iter()
            .map(cmd_string)
            .collect::<Vec<_>>()
            .join(" | "),
    );
    s
}

fn template_string(name: &str, pipe: &Option<Pipe>) -> String {
    match pipe {
        Some(p) => format!("{{{{template {name:?} {}}}}}", pipe_string(p)),
        None => format!("{{{{template {name:?}}}}}"),
    }
}
