//! Parser: items → trees (one per template name, including `define`d ones).

use super::funcs::FuncDef;
use super::lex::{Item, Tok, lex};
use super::value::Value;
use std::rc::Rc;

#[derive(Debug, Clone)]
pub enum Node {
    /// Literal text: a byte range of the tree's source.
    Text(u32, u32),
    Action(Pipe),
    If(Branch),
    With(Branch),
    Range(Branch),
    Template {
        name: String,
        pipe: Option<Pipe>,
        pos: usize,
    },
    Break(usize),
    Continue(usize),
}

#[derive(Debug, Clone)]
pub struct Branch {
    pub pipe: Pipe,
    pub list: Vec<Node>,
    pub else_list: Option<Vec<Node>>,
    pub pos: usize,
}

#[derive(Debug, Clone)]
pub struct Pipe {
    pub decl: Vec<Rc<str>>,
    pub is_assign: bool,
    pub cmds: Vec<Cmd>,
    pub pos: usize,
}

#[derive(Debug, Clone)]
pub struct Cmd {
    pub args: Vec<Arg>,
    pub pos: usize,
}

#[derive(Debug, Clone)]
pub enum Arg {
    /// `.a.b` (empty vec never: that's Dot)
    Field(Vec<String>, usize),
    /// `$x.a.b`
    Var(String, Vec<String>, usize),
    Dot(usize),
    Nil(usize),
    Const(Value, String, usize),
    /// A function, resolved when parsed.
    Ident(&'static str, FuncDef, usize),
    Pipe(Box<Pipe>, usize),
    /// `(pipe).a.b`
    Chain(Box<Arg>, Vec<String>, usize),
}

impl Arg {
    pub fn pos(&self) -> usize {
        match self {
            Arg::Field(_, p)
            | Arg::Var(_, _, p)
            | Arg::Dot(p)
            | Arg::Nil(p)
            | Arg::Const(_, _, p)
            | Arg::Ident(_, _, p)
            | Arg::Pipe(_, p)
            | Arg::Chain(_, _, p) => *p,
        }
    }
}

/// A parsed template body.
#[derive(Debug)]
pub struct Tree {
    pub name: String,
    /// The name of the template whose text this came from (for error positions).
    pub parse_name: String,
    pub src: Rc<str>,
    pub root: Vec<Node>,
}

impl Tree {
    /// Whether the tree holds only whitespace text (Go does not let such a
    /// definition replace an existing one).
    pub fn is_empty(&self) -> bool {
        self.root
            .iter()
            .all(|n| matches!(n, Node::Text(a, b) if self.src[*a as usize..*b as usize].trim().is_empty()))
    }
}

/// A parse error as Go prints it: `template: NAME:LINE: what`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("template: {template}:{line}: {failure}")]
pub struct ParseError {
    pub template: String,
    pub line: usize,
    pub failure: ParseFailure,
}

/// What a [`ParseError`] found wrong.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ParseFailure {
    /// The lexer's message (unterminated action, bad character, ...).
    #[error("{0}")]
    Lex(String),
    #[error(transparent)]
    Literal(#[from] LiteralError),
    /// The parser's message (unexpected item, undefined variable or function, ...).
    #[error("{0}")]
    Syntax(String),
}

/// A malformed string, character or number literal (Go's strconv/parse wording).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LiteralError {
    #[error("invalid syntax")]
    InvalidSyntax,
    #[error("malformed character constant: {0}")]
    MalformedChar(String),
    #[error("illegal number syntax: {0:?}")]
    IllegalNumber(String),
    #[error("integer overflow: {0:?}")]
    IntegerOverflow(String),
}

/// Parse `src` (template `name`) into trees: the first is `name` itself, followed by
/// every `define`/`block`. `has_func` tells whether a function name exists.
pub fn parse(
    name: &str,
    src: &str,
    has_func: &dyn Fn(&str) -> Option<(&'static str, FuncDef)>,
) -> Result<Vec<Tree>, ParseError> {
    let items = lex(src).map_err(|e| ParseError {
        template: name.to_string(),
        line: e.line,
        failure: ParseFailure::Lex(e.msg),
    })?;
    let src_rc: Rc<str> = Rc::from(src);
    let mut p = Parser {
        items,
        i: 0,
        name: name.to_string(),
        vars: vec!["$".to_string()],
        has_func,
        defs: Vec::new(),
        src: src_rc.clone(),
        range_depth: 0,
    };
    let root = p.parse_top()?;
    let mut out = vec![Tree {
        name: name.to_string(),
        parse_name: name.to_string(),
        src: src_rc,
        root,
    }];
    out.append(&mut p.defs);
    Ok(out)
}

struct Parser<'a> {
    items: Vec<Item<'a>>,
    i: usize,
    name: String,
    vars: Vec<String>,
    has_func: &'a dyn Fn(&str) -> Option<(&'static str, FuncDef)>,
    defs: Vec<Tree>,
    src: Rc<str>,
    range_depth: usize,
}

enum ListEnd {
    End,
    Else(usize),
}

impl<'a> Parser<'a> {
    fn peek(&self) -> &Item<'a> {
        &self.items[self.i.min(self.items.len() - 1)]
    }
    fn next(&mut self) -> Item<'a> {
        let it = self.items[self.i.min(self.items.len() - 1)];
        if self.i < self.items.len() {
            self.i += 1;
        }
        it
    }
    fn backup(&mut self) {
        self.i -= 1;
    }
    fn skip_space(&mut self) {
        while self.peek().tok == Tok::Space {
            self.i += 1;
        }
    }
    fn next_non_space(&mut self) -> Item<'a> {
        self.skip_space();
        self.next()
    }
    fn peek_non_space(&mut self) -> Item<'a> {
        self.skip_space();
        *self.peek()
    }
    fn err<T>(&self, line: usize, msg: impl Into<String>) -> Result<T, ParseError> {
        Err(self.error(line, ParseFailure::Syntax(msg.into())))
    }
    fn error(&self, line: usize, failure: impl Into<ParseFailure>) -> ParseError {
        ParseError {
            template: self.name.clone(),
            line,
            failure: failure.into(),
        }
    }
    fn unexpected<T>(&self, it: &Item, ctx: &str) -> Result<T, ParseError> {
        let desc = match it.tok {
            Tok::Eof => "EOF".to_string(),
            Tok::RightDelim => "\"}}\"".to_string(),
            Tok::Keyword => format!("<{}>", it.val),
            _ => format!("{:?}", it.val),
        };
        if it.tok == Tok::Eof {
            return self.err(it.line, "unexpected EOF");
        }
        self.err(it.line, format!("unexpected {desc} in {ctx}"))
    }

    fn parse_top(&mut self) -> Result<Vec<Node>, ParseError> {
        let mut list = Vec::new();
        loop {
            let it = *self.peek();
            match it.tok {
                Tok::Eof => return Ok(list),
                Tok::LeftDelim => {
                    self.next();
                    let n = self.peek_non_space();
                    if n.tok == Tok::Keyword && n.val == "define" {
                        self.next_non_space();
                        self.parse_define(&it)?;
                        continue;
                    }
                    match self.action()? {
                        Ok(node) => list.push(node),
                        Err(end) => {
                            let what = match end {
                                ListEnd::End => "{{end}}",
                                ListEnd::Else(_) => "{{else}}",
                            };
                            return self.err(it.line, format!("unexpected {what}"));
                        }
                    }
                }
                _ => list.push(self.text_or_action()?),
            }
        }
    }

    fn text_or_action(&mut self) -> Result<Node, ParseError> {
        let it = self.next();
        match it.tok {
            Tok::Text => Ok(Node::Text(it.pos as u32, (it.pos + it.val.len()) as u32)),
            _ => self.unexpected(&it, "input"),
        }
    }

    fn parse_define(&mut self, start: &Item) -> Result<(), ParseError> {
        let name_it = self.next_non_space();
        let name = self.string_const(&name_it, "define clause")?;
        let close = self.next_non_space();
        if close.tok != Tok::RightDelim {
            return self.unexpected(&close, "define clause");
        }
        let saved_vars = std::mem::replace(&mut self.vars, vec!["$".to_string()]);
        let (list, end) = self.item_list()?;
        self.vars = saved_vars;
        if let ListEnd::Else(_) = end {
            return self.err(start.line, "unexpected {{else}} in define");
        }
        self.add_def(Tree {
            name,
            parse_name: self.name.clone(),
            src: self.src.clone(),
            root: list,
        })?;
        Ok(())
    }

    /// Add a definition; a second non-empty definition of a name in one parse is an error.
    fn add_def(&mut self, t: Tree) -> Result<(), ParseError> {
        if let Some(i) = self.defs.iter().position(|d| d.name == t.name) {
            if self.defs[i].is_empty() {
                self.defs[i] = t;
                return Ok(());
            }
            if !t.is_empty() {
                let line = self.peek().line;
                return self.err(
                    line,
                    format!("template: multiple definition of template {:?}", t.name),
                );
            }
            return Ok(());
        }
        self.defs.push(t);
        Ok(())
    }

    fn string_const(&self, it: &Item, ctx: &str) -> Result<String, ParseError> {
        match it.tok {
            Tok::Str | Tok::RawStr => unquote(it.val).map_err(|e| self.error(it.line, e)),
            _ => self.unexpected(it, ctx),
        }
    }

    /// Items until `{{end}}` or `{{else}}` (the latter is consumed up to the keyword).
    fn item_list(&mut self) -> Result<(Vec<Node>, ListEnd), ParseError> {
        let mut list = Vec::new();
        loop {
            let it = *self.peek();
            match it.tok {
                Tok::Eof => return self.err(it.line, "unexpected EOF"),
                Tok::LeftDelim => {
                    self.next();
                    let n = self.peek_non_space();
                    if n.tok == Tok::Keyword && n.val == "define" {
                        return self.err(n.line, "unexpected <define> in command");
                    }
                    match self.action()? {
                        Ok(node) => list.push(node),
                        Err(end) => return Ok((list, end)),
                    }
                }
                _ => list.push(self.text_or_action()?),
            }
        }
    }

    /// After `{{`: a node, or the end/else marker.
    fn action(&mut self) -> Result<Result<Node, ListEnd>, ParseError> {
        let it = self.next_non_space();
        if it.tok == Tok::Keyword {
            match it.val {
                "block" => return Ok(Ok(self.block(&it)?)),
                "break" | "continue" => {
                    if self.range_depth == 0 {
                        return self
                            .err(it.line, format!("{{{{{}}}}} outside {{{{range}}}}", it.val));
                    }
                    let c = self.next_non_space();
                    if c.tok != Tok::RightDelim {
                        return self.unexpected(&c, &format!("{{{{{}}}}}", it.val));
                    }
                    return Ok(Ok(if it.val == "break" {
                        Node::Break(it.pos)
                    } else {
                        Node::Continue(it.pos)
                    }));
                }
                "else" => {
                    // `{{else}}` or `{{else if ...}}` / `{{else with ...}}`
                    let n = self.peek_non_space();
                    if n.tok == Tok::RightDelim {
                        self.next();
                    }
                    return Ok(Err(ListEnd::Else(it.pos)));
                }
                "end" => {
                    let c = self.next_non_space();
                    if c.tok != Tok::RightDelim {
                        return self.unexpected(&c, "end");
                    }
                    return Ok(Err(ListEnd::End));
                }
                "if" => return Ok(Ok(Node::If(self.control("if", it.pos)?))),
                "with" => return Ok(Ok(Node::With(self.control("with", it.pos)?))),
                "range" => {
                    self.range_depth += 1;
                    let r = self.control("range", it.pos);
                    self.range_depth -= 1;
                    return Ok(Ok(Node::Range(r?)));
                }
                "template" => return Ok(Ok(self.template_call(&it)?)),
                _ => return self.unexpected(&it, "command"),
            }
        }
        self.backup();
        let pipe = self.pipeline("command", Tok::RightDelim)?;
        Ok(Ok(Node::Action(pipe)))
    }

    fn block(&mut self, kw: &Item) -> Result<Node, ParseError> {
        let name_it = self.next_non_space();
        let name = self.string_const(&name_it, "block clause")?;
        let pipe = self.pipeline("block clause", Tok::RightDelim)?;
        let saved_vars = std::mem::replace(&mut self.vars, vec!["$".to_string()]);
        let (list, end) = self.item_list()?;
        self.vars = saved_vars;
        if let ListEnd::Else(_) = end {
            return self.err(kw.line, "unexpected {{else}} in block clause");
        }
        self.add_def(Tree {
            name: name.clone(),
            parse_name: self.name.clone(),
            src: self.src.clone(),
            root: list,
        })?;
        Ok(Node::Template {
            name,
            pipe: Some(pipe),
            pos: name_it.pos,
        })
    }

    fn template_call(&mut self, _kw: &Item) -> Result<Node, ParseError> {
        let name_it = self.next_non_space();
        let name = self.string_const(&name_it, "template clause")?;
        let n = self.peek_non_space();
        let pipe = if n.tok == Tok::RightDelim {
            self.next();
            None
        } else {
            Some(self.pipeline("template clause", Tok::RightDelim)?)
        };
        Ok(Node::Template {
            name,
            pipe,
            pos: name_it.pos,
        })
    }

    fn control(&mut self, ctx: &str, pos: usize) -> Result<Branch, ParseError> {
        let mark = self.vars.len();
        let pipe = self.pipeline(ctx, Tok::RightDelim)?;
        let (list, end) = self.item_list()?;
        let else_list = match end {
            ListEnd::End => None,
            ListEnd::Else(epos) => {
                // else if / else with chaining
                let n = self.peek_non_space();
                if n.tok == Tok::Keyword
                    && (n.val == "if" && ctx != "range" || n.val == "with" && ctx == "with")
                {
                    self.next_non_space();
                    let inner = self.control(n.val, epos)?;
                    let node = if n.val == "if" {
                        Node::If(inner)
                    } else {
                        Node::With(inner)
                    };
                    // the nested control consumed the shared {{end}}
                    self.vars.truncate(mark);
                    return Ok(Branch {
                        pipe,
                        list,
                        else_list: Some(vec![node]),
                        pos,
                    });
                }
                if n.tok == Tok::Keyword && (n.val == "if" || n.val == "with") {
                    return self.unexpected(&n, ctx);
                }
                let (el, end2) = self.item_list()?;
                if let ListEnd::Else(_) = end2 {
                    return self.err(n.line, "expected end; found {{else}}".to_string());
                }
                Some(el)
            }
        };
        self.vars.truncate(mark);
        Ok(Branch {
            pipe,
            list,
            else_list,
            pos,
        })
    }

    fn pipeline(&mut self, ctx: &str, end: Tok) -> Result<Pipe, ParseError> {
        let start = self.peek_non_space();
        let pos = start.pos;
        let mut decl = Vec::new();
        let mut is_assign = false;
        // declarations
        let v = self.peek_non_space();
        if v.tok == Tok::Variable {
            self.next();
            let save = self.i;
            let tok_after = self.peek_non_space();
            match tok_after.tok {
                Tok::Declare | Tok::Assign => {
                    self.next();
                    is_assign = tok_after.tok == Tok::Assign;
                    if is_assign && !self.vars.iter().any(|x| x == v.val) {
                        return self.err(v.line, format!("undefined variable {:?}", v.val));
                    }
                    decl.push(Rc::from(v.val));
                    if !is_assign {
                        self.vars.push(v.val.to_string());
                    }
                }
                Tok::Char if tok_after.val == "," => {
                    self.next();
                    decl.push(Rc::from(v.val));
                    self.vars.push(v.val.to_string());
                    if ctx != "range" {
                        return self.err(v.line, format!("too many declarations in {ctx}"));
                    }
                    let v2 = self.next_non_space();
                    if v2.tok != Tok::Variable {
                        return self.err(v2.line, format!("missing variable in {ctx}"));
                    }
                    let d = self.next_non_space();
                    if d.tok != Tok::Declare && d.tok != Tok::Assign {
                        return self.unexpected(&d, ctx);
                    }
                    is_assign = d.tok == Tok::Assign;
                    decl.push(Rc::from(v2.val));
                    self.vars.push(v2.val.to_string());
                }
                _ => {
                    self.i = save - 1;
                }
            }
        }
        let mut cmds = Vec::new();
        loop {
            let it = self.peek_non_space();
            if it.tok == end {
                self.next();
                if cmds.is_empty() {
                    return self.err(it.line, format!("missing value for {ctx}"));
                }
                break;
            }
            match it.tok {
                Tok::Bool
                | Tok::CharConst
                | Tok::Dot
                | Tok::Field
                | Tok::Ident
                | Tok::Number
                | Tok::Nil
                | Tok::RawStr
                | Tok::Str
                | Tok::Variable
                | Tok::LParen => {
                    let c = self.command()?;
                    cmds.push(c);
                }
                _ => return self.unexpected(&it, ctx),
            }
        }
        // non-executable commands after the first stage
        for (i, c) in cmds.iter().enumerate().skip(1) {
            if matches!(c.args[0], Arg::Const(..) | Arg::Dot(_) | Arg::Nil(_)) {
                return self.err(
                    self.line_of(c.pos),
                    format!("non executable command in pipeline stage {}", i + 1),
                );
            }
        }
        Ok(Pipe {
            decl,
            is_assign,
            cmds,
            pos,
        })
    }

    fn line_of(&self, pos: usize) -> usize {
        1 + self.src[..pos.min(self.src.len())].matches('\n').count()
    }

    fn command(&mut self) -> Result<Cmd, ParseError> {
        let pos = self.peek_non_space().pos;
        let mut args = Vec::new();
        loop {
            self.skip_space();
            let op = self.operand()?;
            if let Some(a) = op {
                args.push(a);
            }
            let it = self.next();
            match it.tok {
                Tok::Space => continue,
                Tok::RightDelim | Tok::RParen => self.backup(),
                Tok::Pipe => {}
                _ => return self.unexpected(&it, "operand"),
            }
            break;
        }
        if args.is_empty() {
            let it = *self.peek();
            return self.err(it.line, "empty command");
        }
        Ok(Cmd { args, pos })
    }

    fn operand(&mut self) -> Result<Option<Arg>, ParseError> {
        let Some(term) = self.term()? else {
            return Ok(None);
        };
        if self.peek().tok == Tok::Field {
            let mut chain = Vec::new();
            // Go positions a chained field/variable node at its first chained field
            let chain_pos = self.peek().pos;
            while self.peek().tok == Tok::Field {
                let f = self.next();
                chain.push(f.val[1..].to_string());
            }
            let pos = term.pos();
            return Ok(Some(match term {
                Arg::Field(mut f, _) => {
                    f.extend(chain);
                    Arg::Field(f, chain_pos)
                }
                Arg::Var(n, mut f, _) => {
                    f.extend(chain);
                    Arg::Var(n, f, chain_pos)
                }
                Arg::Const(..) | Arg::Nil(_) | Arg::Dot(_) => {
                    let line = self.line_of(pos);
                    let text = crate::exec::arg_string(&term);
                    return self.err(line, format!("unexpected . after term {text:?}"));
                }
                other => Arg::Chain(Box::new(other), chain, pos),
            }));
        }
        Ok(Some(term))
    }

    fn term(&mut self) -> Result<Option<Arg>, ParseError> {
        let it = self.next_non_space();
        let pos = it.pos;
        Ok(Some(match it.tok {
            Tok::Ident => {
                let Some((name, def)) = (self.has_func)(it.val) else {
                    return self.err(it.line, format!("function {:?} not defined", it.val));
                };
                Arg::Ident(name, def, pos)
            }
            Tok::Dot => Arg::Dot(pos),
            Tok::Nil => Arg::Nil(pos),
            Tok::Variable => {
                if !self.vars.iter().any(|x| x == it.val) {
                    return self.err(it.line, format!("undefined variable {:?}", it.val));
                }
                Arg::Var(it.val.to_string(), Vec::new(), pos)
            }
            Tok::Field => Arg::Field(vec![it.val[1..].to_string()], pos),
            Tok::Bool => Arg::Const(Value::Bool(it.val == "true"), it.val.to_string(), pos),
            Tok::CharConst | Tok::Number => {
                let v = parse_number(it.val, it.tok == Tok::CharConst)
                    .map_err(|e| self.error(it.line, e))?;
                Arg::Const(v, it.val.to_string(), pos)
            }
            Tok::LParen => {
                let p = self.pipeline("parenthesized pipeline", Tok::RParen)?;
                Arg::Pipe(Box::new(p), pos)
            }
            Tok::Str | Tok::RawStr => {
                let s = unquote(it.val).map_err(|e| self.error(it.line, e))?;
                // the literal's text is only needed for messages: rebuilt from the value
                Arg::Const(Value::string(s), String::new(), pos)
            }
            _ => {
                self.backup();
                return Ok(None);
            }
        }))
    }
}

/// Number literal → Int or Float per text/template's rules.
fn parse_number(text: &str, is_char: bool) -> Result<Value, LiteralError> {
    if is_char {
        let s = unquote_char(text).ok_or_else(|| LiteralError::MalformedChar(text.to_string()))?;
        return Ok(Value::Int(s as i64));
    }
    let bad = || LiteralError::IllegalNumber(text.to_string());
    if text.ends_with('i') {
        return Err(bad());
    }
    let clean: String = text.chars().filter(|&c| c != '_').collect();
    let (neg, body) = match clean.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, clean.strip_prefix('+').unwrap_or(&clean)),
    };
    let lower = body.to_ascii_lowercase();
    let int = if let Some(h) = lower.strip_prefix("0x") {
        if h.contains('.') || h.contains('p') {
            None
        } else {
            i128::from_str_radix(h, 16).ok()
        }
    } else if let Some(o) = lower.strip_prefix("0o") {
        i128::from_str_radix(o, 8).ok()
    } else if let Some(b) = lower.strip_prefix("0b") {
        i128::from_str_radix(b, 2).ok()
    } else if lower.len() > 1 && lower.starts_with('0') && lower.bytes().all(|c| c.is_ascii_digit())
    {
        i128::from_str_radix(&lower[1..], 8).ok()
    } else if !lower.is_empty() && lower.bytes().all(|c| c.is_ascii_digit()) {
        lower.parse::<i128>().ok()
    } else {
        None
    };
    if let Some(i) = int {
        let v = if neg { -i } else { i };
        if let Ok(v) = i64::try_from(v) {
            return Ok(Value::Int(v));
        }
        return Err(LiteralError::IntegerOverflow(text.to_string()));
    }
    if let Some(h) = lower.strip_prefix("0x") {
        // hexadecimal float: mantissa p exponent
        let Some((m, e)) = h.split_once('p') else {
            return Err(bad());
        };
        let (ip, fp) = m.split_once('.').unwrap_or((m, ""));
        let ip = if ip.is_empty() { "0" } else { ip };
        let mut f = i128::from_str_radix(ip, 16).map_err(|_| bad())? as f64;
        for (k, c) in fp.chars().enumerate() {
            let d = c.to_digit(16).ok_or_else(bad)?;
            f += d as f64 / 16f64.powi(k as i32 + 1);
        }
        let e: i32 = e.parse().map_err(|_| bad())?;
        let f = f * 2f64.powi(e);
        return Ok(Value::Float(if neg { -f } else { f }));
    }
    match lower.parse::<f64>() {
        Ok(f) => {
            if !lower.contains(['.', 'e']) {
                return Err(LiteralError::IntegerOverflow(text.to_string()));
            }
            Ok(Value::Float(if neg { -f } else { f }))
        }
        Err(_) => Err(bad()),
    }
}

fn unquote_char(text: &str) -> Option<char> {
    let inner = text.strip_prefix('\'')?.strip_suffix('\'')?;
    let s = unescape(inner, '\'').ok()?;
    let mut it = s.chars();
    let c = it.next()?;
    if it.next().is_some() {
        return None;
    }
    Some(c)
}

/// Go's strconv.Unquote for "..." and `...`.
pub fn unquote(text: &str) -> Result<String, LiteralError> {
    if let Some(raw) = text.strip_prefix('`').and_then(|t| t.strip_suffix('`')) {
        return Ok(raw.replace('\r', ""));
    }
    let inner = text
        .strip_prefix('"')
        .and_then(|t| t.strip_suffix('"'))
        .ok_or(LiteralError::InvalidSyntax)?;
    if !inner.contains(['\\', '"']) {
        return Ok(inner.to_string());
    }
    unescape(inner, '"')
}

fn unescape(s: &str, quote: char) -> Result<String, LiteralError> {
    let mut out: Vec<u8> = Vec::with_capacity(s.len());
    let mut it = s.chars();
    let bad = || LiteralError::InvalidSyntax;
    let push = |out: &mut Vec<u8>, c: char| {
        let mut b = [0u8; 4];
        out.extend_from_slice(c.encode_utf8(&mut b).as_bytes());
    };
    while let Some(c) = it.next() {
        if c != '\\' {
            if c == quote {
                return Err(bad());
            }
            push(&mut out, c);
            continue;
        }
        let e = it.next().ok_or_else(bad)?;
        match e {
            'n' => out.push(b'\n'),
            't' => out.push(b'\t'),
            'r' => out.push(b'\r'),
            'a' => out.push(7),
            'b' => out.push(8),
            'f' => out.push(12),
            'v' => out.push(11),
            '\\' => out.push(b'\\'),
            '\'' | '"' => {
                if e != quote {
                    return Err(bad());
                }
                push(&mut out, e)
            }
            'x' | 'u' | 'U' => {
                let n = match e {
                    'x' => 2,
                    'u' => 4,
                    _ => 8,
                };
                let hex: String = (0..n).filter_map(|_| it.next()).collect();
                if hex.len() != n {
                    return Err(bad());
                }
                let v = u32::from_str_radix(&hex, 16).map_err(|_| bad())?;
                if e == 'x' {
                    out.push(v as u8);
                } else {
                    push(&mut out, char::from_u32(v).ok_or_else(bad)?);
                }
            }
            '0'..='7' => {
                let mut v = e.to_digit(8).unwrap_or(0);
                for _ in 0..2 {
                    let d = it.next().and_then(|c| c.to_digit(8)).ok_or_else(bad)?;
                    v = v * 8 + d;
                }
                if v > 255 {
                    return Err(bad());
                }
                out.push(v as u8);
            }
            _ => return Err(bad()),
        }
    }
    Ok(String::from_utf8_lossy(&out).into_owned())
}
