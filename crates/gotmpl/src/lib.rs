//! A Go `text/template` engine with Sprig, Helm and Istio-injector functions.
//!
//! Modules: [`lex`] (items, trim markers, comments) → [`parse`] (trees, `define`/`block`)
//! → [`exec`] (walk, variables, missing keys, errors) with [`fmt`] (Go's fmt for values),
//! [`encode`] (JSON and sigs.k8s.io/yaml output) and [`funcs`] (function maps).
//! [`yaml_input`] reads YAML data into [`Value`]s; [`chart`] is Helm's engine on top
//! (chart loading, values coalescing, parse-once/render-many, `helm template` ordering).
//!
//! The language is text/template's: actions, `{{-`/`-}}`, comments, pipelines,
//! variables (`:=`, `=`, scoping to the enclosing control structure), if/else if/else,
//! range (lists, maps in key order, integers, `$i, $v :=`, else, break, continue),
//! with/else with/else, define/template/block, parenthesised pipelines, field chains.
//! Missing map keys evaluate to "no value" (printed `<no value>`); Helm mode uses
//! `missingkey=zero`, and the Helm renderer removes `<no value>` from the output.
//!
//! Data is [`Value`]: YAML numbers are `Float` (float64 in Helm), template literals `Int`.
//! Field access on maps looks up the key verbatim, so a data model that stores Go field
//! names as keys (`ObjectMeta`, `Spec`, `Containers`, `ContainerPort`) works unchanged;
//! [`value::Object`] lets a host expose computed fields and methods.
//!
//! ## Functions
//!
//! Builtins: and or not eq ne lt le gt ge len index slice print printf println html js
//! urlquery call (with Sprig loaded, `slice` is Sprig's, as in Go).
//!
//! Sprig (every name of Sprig v3's `TxtFuncMap` is registered):
//! - defaults/types: default empty coalesce all any ternary fail typeOf typeIs typeIsLike
//!   kindOf kindIs deepEqual
//! - strings: quote squote cat upper lower title untitle trim trimAll trimall trimPrefix
//!   trimSuffix trunc substr replace contains hasPrefix hasSuffix repeat nospace initials
//!   abbrev abbrevboth wrap wrapWith indent nindent plural snakecase kebabcase camelcase
//!   swapcase toString toStrings split splitn splitList join sortAlpha hello
//! - lists: list tuple append push prepend concat first last rest initial reverse uniq
//!   compact without has slice chunk until untilStep seq (+ the must* variants)
//! - dicts: dict get set unset hasKey pluck keys pick omit values merge mergeOverwrite
//!   deepCopy dig (+ must*)
//! - numbers: atoi int int64 float64 toDecimal add add1 sub mul div mod max min biggest
//!   addf add1f subf mulf divf maxf minf floor ceil round
//! - encoding: b64enc b64dec b32enc b32dec sha1sum sha256sum sha512sum adler32sum toJson
//!   toRawJson toPrettyJson fromJson (+ must*)
//! - regex: regexMatch regexFind regexFindAll regexReplaceAll regexReplaceAllLiteral
//!   regexSplit regexQuoteMeta (+ must*)
//! - versions: semver semverCompare (Masterminds constraint syntax: comparisons, `~`, `^`,
//!   wildcards, ranges with `,`/`||`, pre-release rules)
//! - dates (UTC; the clock is injectable through [`exec::Host`]): now date dateInZone
//!   htmlDate htmlDateInZone toDate mustToDate dateModify unixEpoch ago duration
//!   durationRound
//! - paths/urls/os: base dir ext clean isAbs osBase osDir osExt osClean osIsAbs urlParse
//!   urlJoin env expandenv (not in Helm mode)
//! - random (non-deterministic, excluded from goldens): uuidv4 randAlphaNum randAlpha
//!   randNumeric randAscii randBytes randInt shuffle
//! - not implemented (registered so templates parse; executing them is an error):
//!   bcrypt htpasswd derivePassword encryptAES decryptAES genPrivateKey genCA
//!   genCAWithKey genSelfSignedCert genSelfSignedCertWithKey genSignedCert
//!   genSignedCertWithKey buildCustomCert; getHostByName returns "" (Helm without DNS).
//!
//! Helm: include tpl required fail toYaml toYamlPretty fromYaml fromYamlArray toJson
//! fromJson fromJsonArray toToml lookup (empty map offline), and `.Files` (Get GetBytes
//! Glob Lines AsConfig AsSecrets, rangeable), `.Capabilities` (KubeVersion, APIVersions.Has),
//! `.Chart` (chart.Metadata fields), `.Release`, `.Template`, `.Values`.
//!
//! Istio injector: see [`funcs::istio`].
//!
//! ## Known differences from Go
//!
//! - `typeOf` reports `[]interface {}`/`int` where Go would report `[]string` or `int64`
//!   for some Sprig results; `.Values` is a plain map (Helm's is `chartutil.Values`, which
//!   makes Sprig's `dig` fail on it in Go).
//! - Strings are UTF-8: Go templates can cut inside a multi-byte sequence (`trunc`), we
//!   replace such bytes.
//! - Error messages follow Go's format and wording for common errors; tests compare the
//!   error class (parse vs execution).
//! - `template`/`include`/`tpl` nesting stops at depth 1000 (Go: 100000 for `template`,
//!   1000 per name for Helm's `include`).
//! - Sizes are bounded where Go would run out of memory: an execution's output and any
//!   string a function returns stop at [`exec::MAX_OUTPUT`], lists a function returns at
//!   [`funcs::MAX_ITEMS`] (`repeat`, `until`, `seq`, `indent`, `rand*`, doubling a
//!   variable in a loop); past them the call is an execution error.

pub mod chart;
pub mod encode;
pub mod exec;
pub mod fmt;
pub mod funcs;
pub mod lex;
pub mod parse;
pub mod value;
pub mod yaml_input;

use std::cell::RefCell;
use std::rc::Rc;

pub use exec::{Host, MissingKey};
pub use funcs::FuncMap;
pub use value::{Object, Value};

/// A template error: parse or execution, with Go's message text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Parse(#[from] parse::ParseError),
    #[error(transparent)]
    Exec(#[from] exec::ExecError),
}

/// A set of named templates (Go's `*template.Template` with its associated templates).
pub struct Template {
    pub set: exec::TemplateSet,
}

impl Template {
    /// An empty set using `funcs`.
    pub fn new(funcs: FuncMap) -> Self {
        Self::with_funcs(Rc::new(funcs))
    }

    /// An empty set sharing an existing function map.
    pub fn with_funcs(funcs: Rc<FuncMap>) -> Self {
        Template {
            set: exec::TemplateSet {
                trees: RefCell::new(funcs::NameMap::default()),
                funcs,
                missing: MissingKey::Default,
                host: Host::default(),
                root_name: None,
            },
        }
    }

    /// Set the missing-key behaviour.
    pub fn missing_key(mut self, m: MissingKey) -> Self {
        self.set.missing = m;
        self
    }

    /// Replace the host hooks (clock, environment).
    pub fn host(mut self, h: Host) -> Self {
        self.set.host = h;
        self
    }

    /// Parse `src` as template `name`, adding its definitions to the set.
    pub fn parse(&mut self, name: &str, src: &str) -> Result<(), Error> {
        let funcs = self.set.funcs.clone();
        let trees = parse::parse(name, src, &|n| funcs.resolve(n))?;
        let mut trees_map = self.set.trees.borrow_mut();
        for t in trees {
            if let Some(old) = trees_map.get(&t.name)
                && t.is_empty()
                && !old.is_empty()
            {
                continue;
            }
            trees_map.insert(t.name.clone(), Rc::new(t));
        }
        Ok(())
    }

    /// Whether a template of this name exists.
    pub fn has(&self, name: &str) -> bool {
        self.set.trees.borrow().contains_key(name)
    }

    /// Execute template `name` with `data` as dot.
    pub fn execute(&self, name: &str, data: &Value) -> Result<String, Error> {
        let tree = self.set.trees.borrow().get(name).cloned();
        let Some(tree) = tree else {
            let e = exec::NestedError::NoTemplate {
                name: name.to_string(),
                root: name.to_string(),
            };
            return Err(Error::Exec(exec::ExecError(e.to_string())));
        };
        let mut ex = exec::Exec::new(&self.set, tree.clone());
        let mut out = String::new();
        ex.run(tree, data, &mut out)?;
        Ok(out)
    }
}

/// Parse and execute one template with the given functions.
pub fn render(name: &str, src: &str, data: &Value, funcs: FuncMap) -> Result<String, Error> {
    let mut t = Template::new(funcs);
    t.parse(name, src)?;
    t.execute(name, data)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    fn data(y: &str) -> Value {
        crate::yaml_input::parse_yaml(y).unwrap()
    }

    fn run(src: &str, d: &Value) -> Result<String, Error> {
        render("t", src, d, FuncMap::sprig())
    }

    #[test]
    fn go_field_names_are_plain_keys() {
        let d = data("Spec: {Containers: [{Name: a, Ports: [{ContainerPort: 80}]}]}");
        let out = run(
            "{{ range .Spec.Containers }}{{ .Name }}:{{ (index .Ports 0).ContainerPort }}{{ end }}",
            &d,
        )
        .unwrap();
        assert_eq!(out, "a:80");
    }

    #[test]
    fn missing_keys_and_modes() {
        let d = data("a: {}");
        assert_eq!(run("{{ .a.b }}", &d).unwrap(), "<no value>");
        let mut t = Template::new(FuncMap::sprig()).missing_key(MissingKey::Zero);
        t.parse("t", "{{ .a.b.c }}").unwrap();
        let e = t.execute("t", &d).unwrap_err().to_string();
        assert!(e.contains("nil pointer evaluating interface {}.c"), "{e}");
    }

    #[test]
    fn error_format_is_gos() {
        let e = run("x\n  {{ .a.b }}", &data("a: 1"))
            .unwrap_err()
            .to_string();
        assert_eq!(
            e,
            "template: t:2:7: executing \"t\" at <.a.b>: can't evaluate field b in type interface {}"
        );
        let e = run("{{ nofunc }}", &Value::Missing).unwrap_err();
        assert!(matches!(e, Error::Parse(_)));
    }

    #[test]
    fn recursion_is_bounded() {
        let e = run(
            "{{ define \"r\" }}{{ template \"r\" . }}{{ end }}{{ template \"r\" 1 }}",
            &Value::Missing,
        )
        .unwrap_err()
        .to_string();
        assert!(e.contains("exceeded maximum template depth"), "{e}");
    }

    #[derive(Debug)]
    struct Pod;
    impl Object for Pod {
        fn type_name(&self) -> &str {
            "*v1.Pod"
        }
        fn field(&self, name: &str) -> Option<Value> {
            (name == "Name").then(|| Value::str("computed"))
        }
    }

    #[test]
    fn object_hook_exposes_fields() {
        let mut m = BTreeMap::new();
        m.insert("Pod".to_string(), Value::Obj(std::rc::Rc::new(Pod)));
        let d = Value::map(m);
        assert_eq!(run("{{ .Pod.Name }}", &d).unwrap(), "computed");
        assert!(run("{{ .Pod.Other }}", &d).is_err());
    }

    #[test]
    fn floats_print_like_go() {
        let d = data("a: 1000000\nb: 1.5\nc: 100000");
        assert_eq!(
            run("{{ .a }} {{ .b }} {{ .c }}", &d).unwrap(),
            "1e+06 1.5 100000"
        );
        assert_eq!(
            run("{{ toYaml .a }}", &d).map_err(|e| e.to_string()),
            Err("template: t:1: function \"toYaml\" not defined".to_string())
        );
    }

    #[test]
    fn typed_json_keeps_ints() {
        let j: serde_json::Value = serde_json::from_str(r#"{"p": 1000000, "f": 1.5}"#).unwrap();
        let d = Value::from_json_typed(&j);
        assert_eq!(
            run("{{ .p }} {{ .f }} {{ eq .p 1000000 }}", &d).unwrap(),
            "1000000 1.5 true"
        );
    }

    #[test]
    fn sizes_from_the_template_are_bounded() {
        // Found by fuzzing: each of these used to abort on allocation or overflow.
        for src in [
            "{{ repeat 9223372036854775807 \"ab\" }}",
            "{{ until 9223372036854775807 }}",
            "{{ untilStep -9223372036854775808 9223372036854775807 1 }}",
            "{{ seq -9223372036854775808 9223372036854775807 }}",
            "{{ indent 9223372036854775807 \"a\" }}",
            "{{ randAlpha 9223372036854775807 }}",
            "{{ randBytes 9223372036854775807 }}",
        ] {
            let e = run(src, &Value::Missing).unwrap_err().to_string();
            assert!(e.contains("exceeds the limit"), "{src}: {e}");
        }
        // Doubling a value stops at the output bound instead of running out of memory.
        let e = run(
            "{{ $s := \"ab\" }}{{ range until 64 }}{{ $s = print $s $s }}{{ end }}",
            &Value::Missing,
        )
        .unwrap_err()
        .to_string();
        assert!(e.contains("error calling print: result of"), "{e}");
        assert_eq!(
            run(
                "{{ untilStep 9223372036854775806 9223372036854775807 2 }}",
                &Value::Missing
            )
            .unwrap(),
            "[9223372036854775806]"
        );
        assert_eq!(
            run(
                "{{ seq 9223372036854775806 9223372036854775807 }}",
                &Value::Missing
            )
            .unwrap(),
            "9223372036854775806 9223372036854775807"
        );
        assert!(
            run(
                "{{ randInt -9223372036854775808 9223372036854775807 }}",
                &Value::Missing
            )
            .is_err()
        );
    }

    #[test]
    fn printf_gives_up_on_huge_widths_as_go() {
        let out = run(
            "{{ printf \"%99999999999999999999d\" 1 }}|{{ printf \"%*d\" 9223372036854775807 1 }}",
            &Value::Missing,
        )
        .unwrap();
        assert_eq!(out, "%!(NOVERB)%!(EXTRA int=1)|%!(BADWIDTH)1");
    }

    #[test]
    fn to_yaml_matches_go_layout() {
        let d = data("m: {b: [1, {c: d}], a: 'on', s: \"x\\ny\"}");
        let out = render("t", "{{ toYaml .m }}", &d, FuncMap::helm()).unwrap();
        assert_eq!(out, "a: \"on\"\nb:\n- 1\n- c: d\ns: |-\n  x\n  y");
    }
}
