package main

// The case generator: expands hand-written spec files and programmatic matrices into
// crates/gotmpl/tests/corpus/cases/<group>/<name>.tmpl (+ .data.yaml, .helpers.tpl).
//
// Spec format (crates/gotmpl/tests/corpus/spec/<group>.txt):
//
//	### name
//	template text (exact; ends before the next marker line)
//	--- data
//	yaml for the data/values
//	--- helpers
//	partials for Helm-mode cases (templates/_helpers.tpl)

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

type genCase struct {
	name, tmpl, data, helpers string
}

func parseSpec(path string) ([]genCase, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var cases []genCase
	var cur *genCase
	section := ""
	var buf []string
	flush := func() {
		if cur == nil {
			return
		}
		text := strings.Join(buf, "\n")
		switch section {
		case "tmpl":
			cur.tmpl = text
		case "data":
			cur.data = text + "\n"
		case "helpers":
			cur.helpers = text
		}
		buf = nil
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "### "):
			flush()
			if cur != nil {
				cases = append(cases, *cur)
			}
			cur = &genCase{name: strings.TrimSpace(line[4:])}
			section = "tmpl"
		case line == "--- data" && cur != nil:
			flush()
			section = "data"
		case line == "--- helpers" && cur != nil:
			flush()
			section = "helpers"
		default:
			buf = append(buf, line)
		}
	}
	flush()
	if cur != nil {
		cases = append(cases, *cur)
	}
	return cases, sc.Err()
}

func writeCases(casesDir, group string, cases []genCase) error {
	dir := filepath.Join(casesDir, group)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	seen := map[string]bool{}
	for _, c := range cases {
		if seen[c.name] {
			return fmt.Errorf("%s: duplicate case %s", group, c.name)
		}
		seen[c.name] = true
		base := filepath.Join(dir, c.name)
		if err := os.WriteFile(base+".tmpl", []byte(c.tmpl), 0o644); err != nil {
			return err
		}
		if c.data != "" {
			if err := os.WriteFile(base+".data.yaml", []byte(c.data), 0o644); err != nil {
				return err
			}
		}
		if c.helpers != "" {
			if err := os.WriteFile(base+".helpers.tpl", []byte(c.helpers), 0o644); err != nil {
				return err
			}
		}
	}
	return nil
}

func gen(specDir, casesDir string) error {
	if err := os.RemoveAll(casesDir); err != nil {
		return err
	}
	specs, _ := filepath.Glob(filepath.Join(specDir, "*.txt"))
	n := 0
	for _, s := range specs {
		cases, err := parseSpec(s)
		if err != nil {
			return err
		}
		group := strings.TrimSuffix(filepath.Base(s), ".txt")
		if err := writeCases(casesDir, group, cases); err != nil {
			return err
		}
		n += len(cases)
	}
	for group, cases := range matrices() {
		if err := writeCases(casesDir, group, cases); err != nil {
			return err
		}
		n += len(cases)
	}
	fmt.Printf("generated %d cases\n", n)
	return nil
}

const matrixData = `str: hello
empty: ""
num: 42
neg: -7
flt: 3.25
big: 1000000
huge: 123456789
small: 0.00001
tru: true
fal: false
nul: null
list: [a, b, c]
nums: [3, 1, 2]
emptylist: []
map: {b: 2, a: 1, c: [x, y]}
emptymap: {}
nested: {k: {v: deep}}
quoted: 'say "hi"'
uni: "héllo ✓"
spaces: "  padded  "
multi: "line1\nline2"
`

var matrixOperands = []string{
	".str", ".empty", ".num", ".neg", ".flt", ".big", ".huge", ".small", ".tru", ".fal",
	".nul", ".list", ".nums", ".emptylist", ".map", ".emptymap", ".nested", ".quoted",
	".uni", ".spaces", ".multi", ".missing", "1", "-3", "2.5", "\"lit\"", "true", "nil",
}

func matrices() map[string][]genCase {
	out := map[string][]genCase{}
	// printf verbs × operands
	verbs := []string{"%v", "%s", "%d", "%q", "%t", "%x", "%f", "%g", "%5.2f", "%-10s|", "%+v", "%T", "%8v|", "%e"}
	var pf []genCase
	for vi, v := range verbs {
		for oi, o := range matrixOperands {
			if o == "nil" {
				continue
			}
			pf = append(pf, genCase{
				name: fmt.Sprintf("v%02d_o%02d", vi, oi),
				tmpl: fmt.Sprintf("{{ printf %q %s }}", v, o),
				data: matrixData,
			})
		}
	}
	out["printf_matrix"] = pf
	// plain printing, print/println, len, typeOf/kindOf, empty/default, toString, toJson
	var pr []genCase
	for oi, o := range matrixOperands {
		for fi, f := range []string{"%s", "print %s", "println %s", "len %s", "typeOf %s", "kindOf %s", "empty %s", "default \"D\" %s", "toString %s", "toJson %s", "quote %s", "int %s", "float64 %s", "not %s", "and %s 1", "or %s \"x\""} {
			if o == "nil" && fi == 0 {
				continue
			}
			pr = append(pr, genCase{
				name: fmt.Sprintf("f%02d_o%02d", fi, oi),
				tmpl: "{{ " + fmt.Sprintf(f, o) + " }}",
				data: matrixData,
			})
		}
	}
	out["values_matrix"] = pr
	// comparisons
	var cmp []genCase
	pairs := [][2]string{{"1", "1"}, {"1", "2"}, {"2", "1"}, {".num", "42"}, {".flt", "3.25"}, {".str", "\"hello\""}, {"\"a\"", "\"b\""}, {".missing", "nil"}, {".nul", "nil"}, {".list", "nil"}, {".tru", "true"}, {".num", ".num"}, {".str", "1"}, {".map", ".map"}, {".missing", "\"x\""}, {"1.5", "1.5"}}
	for oi, op := range []string{"eq", "ne", "lt", "le", "gt", "ge"} {
		for pi, p := range pairs {
			cmp = append(cmp, genCase{
				name: fmt.Sprintf("%s_%02d", op, pi),
				tmpl: fmt.Sprintf("{{ %s %s %s }}", op, p[0], p[1]),
				data: matrixData,
			})
			_ = oi
		}
	}
	out["compare_matrix"] = cmp
	// toYaml of tricky strings and structures (Helm mode)
	yamlStrings := []string{
		"plain", "", "on", "off", "yes", "no", "y", "n", "true", "False", "null", "~", "Null",
		"1", "1.0", "-1", "+1", "0x1F", "0o17", "017", "1e3", "1_000", ".5", "1.", "inf", ".inf", "NaN", ".nan",
		"2024-01-02", "2024-01-02T03:04:05Z", "12:30", "1:20:30",
		"a: b", "a:b", "a #b", "a#b", "#x", "- x", "-x", "-", "?", "? x", ":x", ": x", "[x]", "{x}", "x, y", "&a", "*a", "!a", "|a", ">a", "'q'", "\"d\"", "%p", "@a", "`b",
		" lead", "trail ", "two  spaces", "tab\there", "line1\nline2", "line1\nline2\n", "line1\nline2\n\n", "\nlead nl", "trail sp \nx", "x\n y", "emoji ✓", "ctrl\x01char", "back\\slash",
		strings.Repeat("word ", 20) + "end", strings.Repeat("x", 100), "---", "...", "--- x", "=", "<<", "0", "00", "0.0", "-0", "1e-7", "true ", "<tag>", "a&b",
	}
	var ty []genCase
	for i, s := range yamlStrings {
		data := "v: " + yamlQuote(s) + "\n"
		ty = append(ty, genCase{name: fmt.Sprintf("str_%03d", i), tmpl: "{{ toYaml .Values }}", data: data})
		ty = append(ty, genCase{name: fmt.Sprintf("key_%03d", i), tmpl: "{{ toYaml (dict .Values.v 1) }}", data: data})
		ty = append(ty, genCase{name: fmt.Sprintf("lst_%03d", i), tmpl: "{{ toYaml (list .Values.v) }}", data: data})
	}
	structs := []string{
		"v: {a: 1, b: [1, 2, {c: d}], e: {}}",
		"v: [[1, 2], [], {}, null, [a]]",
		"v: {z: 1, a: 2, m: {w: [], x: {}}}",
		"v: {key10: 1, key2: 2, key1: 3, Key: 4, _k: 5, a1b: 6, a01: 7}",
		"v: {nn: 1.5, i: 3, big: 12345678901, f: 0.1, neg: -2.5, e: 1e21, tiny: 1e-9}",
		"v: {list: [{name: a, ports: [{p: 1}, {p: 2}]}, {name: b}]}",
		"v: {multi: \"a\\nb\\n\", nested: {deeper: {text: \"x\\ny\"}}}",
		"v: [\"a\\nb\", [\"c\\nd\"]]",
		"v: {bools: [true, false], nul: null}",
		"v: {\"spaced key\": 1, \"colon: key\": 2, \"\": 3}",
	}
	for i, s := range structs {
		ty = append(ty, genCase{name: fmt.Sprintf("struct_%02d", i), tmpl: "{{ toYaml .Values.v }}", data: s + "\n"})
		ty = append(ty, genCase{name: fmt.Sprintf("nindent_%02d", i), tmpl: "x:{{ toYaml .Values.v | nindent 2 }}", data: s + "\n"})
	}
	out["helm_toyaml_matrix"] = ty
	// string functions × inputs
	strFuncs := []string{"upper", "lower", "title", "untitle", "trim", "nospace", "initials", "snakecase", "camelcase", "kebabcase", "swapcase", "quote", "squote", "b64enc", "sha256sum", "sha1sum", "len", "trunc 3", "trunc -3", "abbrev 5", "indent 2", "nindent 2", "repeat 2", "replace \"l\" \"L\"", "trimAll \"h\"", "trimPrefix \"he\"", "trimSuffix \"lo\"", "contains \"ll\"", "hasPrefix \"he\"", "hasSuffix \"lo\"", "splitList \"l\"", "regexReplaceAll \"l+\" \"_\"", "regexFind \"[aeiou]\"", "regexMatch \"^h\"", "wrap 5", "plural \"one\" \"many\""}
	strInputs := []string{"hello", "", "Hello World", "  spaced out  ", "snake_case_word", "camelCaseWord", "line1\nline2", "héllo wörld", "a-b-c"}
	var sf []genCase
	for fi, f := range strFuncs {
		for ii, in := range strInputs {
			t := fmt.Sprintf("{{ %s %q }}", f, in)
			if strings.HasPrefix(f, "plural") {
				t = fmt.Sprintf("{{ %s %d }}", f, ii)
			}
			sf = append(sf, genCase{name: fmt.Sprintf("f%02d_i%02d", fi, ii), tmpl: t})
		}
	}
	out["sprig_strings_matrix"] = sf
	// math × operands
	var mf []genCase
	mathOps := []string{"add", "sub", "mul", "div", "mod", "max", "min", "add1", "floor", "ceil", "round", "addf", "subf", "mulf", "divf", "maxf", "minf"}
	mathArgs := [][]string{{"1", "2"}, {"7", "3"}, {"-7", "2"}, {".Values.flt", "2"}, {"\"5\"", "2"}, {".Values.big", "3"}, {"2.5", "2"}, {".Values.num", ".Values.neg"}}
	for oi, op := range mathOps {
		for ai, a := range mathArgs {
			args := strings.Join(a, " ")
			switch op {
			case "add1", "floor", "ceil":
				args = a[0]
			case "round":
				args = a[0] + " 1"
			}
			mf = append(mf, genCase{name: fmt.Sprintf("%s_%02d", op, ai), tmpl: fmt.Sprintf("{{ %s %s }}", op, args), data: matrixData})
			_ = oi
		}
	}
	out["helm_math_matrix"] = mf
	return out
}

// yamlQuote renders s as a double-quoted YAML scalar.
func yamlQuote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\t':
			b.WriteString(`\t`)
		default:
			if r < 0x20 {
				fmt.Fprintf(&b, `\x%02x`, r)
			} else {
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
	return b.String()
}
