//! Lexer: template text → items, with `{{-`/`-}}` whitespace trimming and comments.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tok {
    Text,
    LeftDelim,
    RightDelim,
    Space,
    Ident,
    Keyword,
    Field,
    Variable,
    Dot,
    Str,
    RawStr,
    Char,
    CharConst,
    Number,
    Bool,
    Nil,
    LParen,
    RParen,
    Pipe,
    Declare,
    Assign,
    Eof,
}

#[derive(Clone, Copy, Debug)]
pub struct Item<'a> {
    pub tok: Tok,
    pub val: &'a str,
    pub pos: usize,
    pub line: usize,
}

const KEYWORDS: &[&str] = &[
    "block", "break", "continue", "define", "else", "end", "if", "range", "template", "with",
];

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\r' | b'\n')
}

fn is_alnum(c: char) -> bool {
    c == '_' || c.is_alphanumeric()
}

pub struct LexError {
    pub msg: String,
    pub line: usize,
}

/// Lex the whole input. Errors carry the line for `template: name:line: msg`.
pub fn lex(input: &str) -> Result<Vec<Item<'_>>, LexError> {
    let mut l = Lexer {
        src: input,
        b: input.as_bytes(),
        pos: 0,
        items: Vec::with_capacity(input.len() / 6 + 4),
        paren: 0,
        line_cache: std::cell::Cell::new((0, 1)),
    };
    l.run()?;
    Ok(l.items)
}

struct Lexer<'a> {
    src: &'a str,
    b: &'a [u8],
    pos: usize,
    items: Vec<Item<'a>>,
    paren: i32,
    /// (position, line at that position): lines are counted incrementally.
    line_cache: std::cell::Cell<(usize, usize)>,
}

impl<'a> Lexer<'a> {
    fn line_at(&self, pos: usize) -> usize {
        let pos = pos.min(self.b.len());
        let (cp, cl) = self.line_cache.get();
        let line = if pos >= cp {
            cl + self.b[cp..pos].iter().filter(|&&c| c == b'\n').count()
        } else {
            1 + self.b[..pos].iter().filter(|&&c| c == b'\n').count()
        };
        self.line_cache.set((pos, line));
        line
    }
    fn emit(&mut self, tok: Tok, start: usize, end: usize) {
        let line = self.line_at(start);
        self.items.push(Item {
            tok,
            val: &self.src[start..end],
            pos: start,
            line,
        });
    }
    fn err(&self, msg: String, pos: usize) -> LexError {
        LexError {
            msg,
            line: self.line_at(pos),
        }
    }

    fn run(&mut self) -> Result<(), LexError> {
        let mut trim_leading = false;
        loop {
            // text
            let start = self.pos;
            let rest = &self.src[self.pos..];
            let (text_end, at_delim) = match rest.find("{{") {
                Some(i) => (self.pos + i, true),
                None => (self.b.len(), false),
            };
            let mut ts = start;
            if trim_leading {
                while ts < text_end && is_space(self.b[ts]) {
                    ts += 1;
                }
                trim_leading = false;
            }
            let mut te = text_end;
            let mut left_trim = false;
            if at_delim {
                let after = text_end + 2;
                if self.b.len() > after + 1 && self.b[after] == b'-' && is_space(self.b[after + 1])
                {
                    left_trim = true;
                    while te > ts && is_space(self.b[te - 1]) {
                        te -= 1;
                    }
                }
            }
            if te > ts {
                self.emit(Tok::Text, ts, te);
            }
            if !at_delim {
                let p = self.b.len();
                self.items.push(Item {
                    tok: Tok::Eof,
                    val: "",
                    pos: p,
                    line: self.line_at(p),
                });
                return Ok(());
            }
            // left delim
            let dstart = text_end;
            self.pos = text_end + 2;
            if left_trim {
                self.pos += 2;
            }
            // comment?
            if self.src[self.pos..].starts_with("/*") {
                let cstart = self.pos;
                let Some(i) = self.src[self.pos + 2..].find("*/") else {
                    return Err(self.err("unclosed comment".into(), cstart));
                };
                self.pos = self.pos + 2 + i + 2;
                let r = &self.src[self.pos..];
                if r.starts_with(" -}}") {
                    self.pos += 4;
                    trim_leading = true;
                } else if r.starts_with("}}") {
                    self.pos += 2;
                } else {
                    return Err(self.err("comment ends before closing delimiter".into(), cstart));
                }
                continue;
            }
            self.emit(Tok::LeftDelim, dstart, dstart + 2);
            self.paren = 0;
            trim_leading = self.inside_action()?;
        }
    }

    /// Lex inside `{{ }}`; returns whether the closing delimiter trims.
    fn inside_action(&mut self) -> Result<bool, LexError> {
        loop {
            let rest = &self.src[self.pos..];
            if rest.starts_with(" -}}") || rest.starts_with("\t-}}") || rest.starts_with("\n-}}") {
                if self.paren > 0 {
                    return Err(self.err("unclosed left paren".into(), self.pos));
                }
                self.emit(Tok::RightDelim, self.pos + 2, self.pos + 4);
                self.pos += 4;
                return Ok(true);
            }
            if rest.starts_with("}}") {
                if self.paren > 0 {
                    return Err(self.err("unclosed left paren".into(), self.pos));
                }
                self.emit(Tok::RightDelim, self.pos, self.pos + 2);
                self.pos += 2;
                return Ok(false);
            }
            let Some(c) = rest.chars().next() else {
                return Err(self.err("unclosed action".into(), self.pos));
            };
            let start = self.pos;
            match c {
                ' ' | '\t' | '\r' | '\n' => {
                    let mut p = self.pos;
                    while p < self.b.len() && is_space(self.b[p]) {
                        // stop before " -}}" so the trim marker is seen
                        if self.src[p..].starts_with(" -}}")
                            || self.src[p..].starts_with("\t-}}")
                            || self.src[p..].starts_with("\n-}}")
                        {
                            break;
                        }
                        p += 1;
                    }
                    if p == start {
                        continue;
                    }
                    self.pos = p;
                    self.emit(Tok::Space, start, p);
                }
                '=' => {
                    self.pos += 1;
                    self.emit(Tok::Assign, start, self.pos);
                }
                ':' => {
                    if rest.starts_with(":=") {
                        self.pos += 2;
                        self.emit(Tok::Declare, start, self.pos);
                    } else {
                        return Err(self.err("expected :=".into(), start));
                    }
                }
                '|' => {
                    self.pos += 1;
                    self.emit(Tok::Pipe, start, self.pos);
                }
                '"' => {
                    let mut p = self.pos + 1;
                    loop {
                        if p >= self.b.len() || self.b[p] == b'\n' {
                            return Err(self.err("unterminated quoted string".into(), start));
                        }
                        match self.b[p] {
                            b'\\' => p += 2,
                            b'"' => break,
                            _ => p += 1,
                        }
                    }
                    self.pos = p + 1;
                    self.emit(Tok::Str, start, self.pos);
                }
                '`' => {
                    let Some(i) = self.src[self.pos + 1..].find('`') else {
                        return Err(self.err("unterminated raw quoted string".into(), start));
                    };
                    self.pos = self.pos + 1 + i + 1;
                    self.emit(Tok::RawStr, start, self.pos);
                }
                '\'' => {
                    let mut p = self.pos + 1;
                    loop {
                        if p >= self.b.len() || self.b[p] == b'\n' {
                            return Err(self.err("unterminated character constant".into(), start));
                        }
                        match self.b[p] {
                            b'\\' => p += 2,
                            b'\'' => break,
                            _ => p += 1,
                        }
                    }
                    self.pos = p + 1;
                    self.emit(Tok::CharConst, start, self.pos);
                }
                '$' => {
                    let mut p = self.pos + 1;
                    for ch in self.src[p..].chars() {
                        if is_alnum(ch) {
                            p += ch.len_utf8();
                        } else {
                            break;
                        }
                    }
                    self.pos = p;
                    self.emit(Tok::Variable, start, p);
                    self.check_terminator()?;
                }
                '.' => {
                    let next = self.b.get(self.pos + 1).copied().unwrap_or(0);
                    if next.is_ascii_digit() {
                        self.number()?;
                    } else {
                        let mut p = self.pos + 1;
                        for ch in self.src[p..].chars() {
                            if is_alnum(ch) {
                                p += ch.len_utf8();
                            } else {
                                break;
                            }
                        }
                        self.pos = p;
                        if p == start + 1 {
                            self.emit(Tok::Dot, start, p);
                        } else {
                            self.emit(Tok::Field, start, p);
                            self.check_terminator()?;
                        }
                    }
                }
                '+' | '-' | '0'..='9' => {
                    self.number()?;
                }
                '(' => {
                    self.pos += 1;
                    self.paren += 1;
                    self.emit(Tok::LParen, start, self.pos);
                }
                ')' => {
                    self.pos += 1;
                    self.paren -= 1;
                    if self.paren < 0 {
                        return Err(self.err("unexpected right paren".into(), start));
                    }
                    self.emit(Tok::RParen, start, self.pos);
                }
                c if is_alnum(c) => {
                    let mut p = self.pos;
                    for ch in self.src[p..].chars() {
                        if is_alnum(ch) {
                            p += ch.len_utf8();
                        } else {
                            break;
                        }
                    }
                    self.pos = p;
                    let word = &self.src[start..p];
                    let tok = if KEYWORDS.contains(&word) {
                        Tok::Keyword
                    } else if word == "true" || word == "false" {
                        Tok::Bool
                    } else if word == "nil" {
                        Tok::Nil
                    } else {
                        Tok::Ident
                    };
                    self.emit(tok, start, p);
                    self.check_terminator()?;
                }
                c if c.is_ascii() && !c.is_ascii_control() => {
                    self.pos += 1;
                    self.emit(Tok::Char, start, self.pos);
                }
                c => {
                    return Err(self.err(
                        format!("unrecognized character in action: {}", go_rune(c)),
                        start,
                    ));
                }
            }
        }
    }

    fn check_terminator(&self) -> Result<(), LexError> {
        let rest = &self.src[self.pos..];
        let Some(c) = rest.chars().next() else {
            return Ok(());
        };
        if is_space(c as u32 as u8) && c.is_ascii()
            || matches!(c, '.' | ',' | '|' | ':' | ')' | '(')
            || rest.starts_with("}}")
        {
            return Ok(());
        }
        Err(self.err(format!("bad character {}", go_rune(c)), self.pos))
    }

    fn number(&mut self) -> Result<(), LexError> {
        let start = self.pos;
        let mut p = self.pos;
        if p < self.b.len() && (self.b[p] == b'+' || self.b[p] == b'-') {
            p += 1;
        }
        let mut digits: &str = "0123456789_";
        if self.src[p..].starts_with("0x") || self.src[p..].starts_with("0X") {
            p += 2;
            digits = "0123456789abcdefABCDEF_";
        } else if self.src[p..].starts_with("0o") || self.src[p..].starts_with("0O") {
            p += 2;
            digits = "01234567_";
        } else if self.src[p..].starts_with("0b") || self.src[p..].starts_with("0B") {
            p += 2;
            digits = "01_";
        }
        let run = |p: &mut usize, set: &str| {
            while *p < self.b.len() && set.as_bytes().contains(&self.b[*p]) {
                *p += 1;
            }
        };
        run(&mut p, digits);
        if p < self.b.len() && self.b[p] == b'.' {
            p += 1;
            run(&mut p, digits);
        }
        if digits.len() == 11 && p < self.b.len() && (self.b[p] == b'e' || self.b[p] == b'E') {
            p += 1;
            if p < self.b.len() && (self.b[p] == b'+' || self.b[p] == b'-') {
                p += 1;
            }
            run(&mut p, "0123456789_");
        }
        if digits.len() == 23 && p < self.b.len() && (self.b[p] == b'p' || self.b[p] == b'P') {
            p += 1;
            if p < self.b.len() && (self.b[p] == b'+' || self.b[p] == b'-') {
                p += 1;
            }
            run(&mut p, "0123456789_");
        }
        if p < self.b.len() && self.b[p] == b'i' {
            p += 1;
        }
        // next must not be alphanumeric
        if let Some(c) = self.src[p..].chars().next()
            && is_alnum(c)
        {
            let q = p + c.len_utf8();
            return Err(self.err(
                format!("bad number syntax: {:?}", &self.src[start..q]),
                start,
            ));
        }
        if p == start || (p == start + 1 && !self.b[start].is_ascii_digit()) {
            // a lone sign
            self.pos = start + 1;
            self.emit(Tok::Char, start, self.pos);
            return Ok(());
        }
        self.pos = p;
        self.emit(Tok::Number, start, p);
        Ok(())
    }
}

/// `%#U` formatting of a rune.
pub fn go_rune(c: char) -> String {
    format!("U+{:04X} '{}'", c as u32, c)
}
