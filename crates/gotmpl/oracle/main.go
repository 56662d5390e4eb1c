// Command gotmpl-oracle renders sailctl's gotmpl conformance corpus with Go's
// text/template, Sprig and Helm's engine, writing the goldens the Rust tests compare
// against. See crates/gotmpl/tests/corpus/README.md for the corpus layout.
//
//	gotmpl-oracle gen <spec-dir> <cases-dir>
//	gotmpl-oracle regen <cases-dir> <charts-dir>
//	gotmpl-oracle bench <template-file> <data-dir> <chart-dir> <N>
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"text/template"
	"time"

	"github.com/Masterminds/sprig/v3"
	"helm.sh/helm/v3/pkg/chart"
	"helm.sh/helm/v3/pkg/chart/loader"
	"helm.sh/helm/v3/pkg/chartutil"
	"helm.sh/helm/v3/pkg/engine"
	"helm.sh/helm/v3/pkg/releaseutil"
	"sigs.k8s.io/yaml"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: gotmpl-oracle regen|bench ...")
		os.Exit(2)
	}
	switch os.Args[1] {
	case "regen":
		if err := regen(os.Args[2], os.Args[3]); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	case "gen":
		if err := gen(os.Args[2], os.Args[3]); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	case "mkbench":
		if err := mkbench(os.Args[2], os.Args[3]); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	case "charts":
		// charts <root> <out-dir>: render every chart found under root (default values)
		if err := renderChartsTree(os.Args[2], os.Args[3]); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	case "bench":
		if err := bench(os.Args[2:]); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	case "render":
		// render <mode> <tmpl> [data]: print one case (debugging aid)
		data := ""
		if len(os.Args) > 4 {
			data = os.Args[4]
		}
		out, err := renderCase(os.Args[2], os.Args[3], data, "")
		if err != nil {
			fmt.Println("ERROR:", err)
			return
		}
		fmt.Print(out)
	default:
		fmt.Fprintln(os.Stderr, "unknown mode", os.Args[1])
		os.Exit(2)
	}
}

// modeOf maps a case group to its rendering mode.
func modeOf(group string) string {
	switch {
	case strings.HasPrefix(group, "helm"):
		return "helm"
	case strings.HasPrefix(group, "istio"):
		return "istio"
	default:
		return "plain"
	}
}

func readData(path string) (map[string]interface{}, error) {
	m := map[string]interface{}{}
	if path == "" {
		return m, nil
	}
	b, err := os.ReadFile(path)
	if err != nil {
		if os.IsNotExist(err) {
			return m, nil
		}
		return nil, err
	}
	if err := yaml.Unmarshal(b, &m); err != nil {
		return nil, err
	}
	return m, nil
}

func renderCase(mode, tmplPath, dataPath, helpersPath string) (string, error) {
	src, err := os.ReadFile(tmplPath)
	if err != nil {
		return "", err
	}
	data, err := readData(dataPath)
	if err != nil {
		return "", err
	}
	name := strings.TrimSuffix(filepath.Base(tmplPath), ".tmpl")
	switch mode {
	case "helm":
		var helpers []byte
		if helpersPath != "" {
			helpers, _ = os.ReadFile(helpersPath)
		}
		return renderHelmCase(name, string(src), string(helpers), data)
	case "istio":
		return renderPlain(name, string(src), data, istioFuncs())
	default:
		return renderPlain(name, string(src), data, sprig.TxtFuncMap())
	}
}

func renderPlain(name, src string, data map[string]interface{}, funcs template.FuncMap) (out string, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v", r)
		}
	}()
	t, err := template.New(name).Funcs(funcs).Parse(src)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	if err := t.Execute(&b, data); err != nil {
		return "", err
	}
	return b.String(), nil
}

func renderHelmCase(name, src, helpers string, values map[string]interface{}) (string, error) {
	c := &chart.Chart{
		Metadata:  &chart.Metadata{APIVersion: "v2", Name: "case", Version: "0.1.0", AppVersion: "1.0.0", Description: "corpus case"},
		Templates: []*chart.File{{Name: "templates/" + name + ".tmpl", Data: []byte(src)}},
	}
	if helpers != "" {
		c.Templates = append(c.Templates, &chart.File{Name: "templates/_helpers.tpl", Data: []byte(helpers)})
	}
	c.Files = []*chart.File{
		{Name: "files/a.txt", Data: []byte("alpha\nbeta\n")},
		{Name: "files/b.conf", Data: []byte("key = value\n")},
		{Name: "files/sub/c.txt", Data: []byte("gamma")},
	}
	out, err := renderChart(c, values)
	if err != nil {
		return "", err
	}
	return out["case/templates/"+name+".tmpl"], nil
}

func renderChart(c *chart.Chart, values map[string]interface{}) (map[string]string, error) {
	opts := chartutil.ReleaseOptions{Name: "rel", Namespace: "default", Revision: 1, IsInstall: true}
	vals, err := chartutil.ToRenderValues(c, values, opts, chartutil.DefaultCapabilities)
	if err != nil {
		return nil, err
	}
	return engine.Render(c, vals)
}

// chartOutput joins rendered files like `helm template` names them (sorted by path).
func chartOutput(out map[string]string) string {
	keys := make([]string, 0, len(out))
	for k := range out {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		body := out[k]
		if strings.TrimSpace(body) == "" {
			continue
		}
		fmt.Fprintf(&b, "---\n# Source: %s\n%s\n", k, body)
	}
	return b.String()
}

// helmTemplateOutput prints rendered files the way `helm template` does: NOTES.txt
// dropped, files split into documents, sorted by kind (install order), hooks last.
func helmTemplateOutput(out map[string]string) (string, error) {
	files := map[string]string{}
	for k, v := range out {
		if strings.HasSuffix(k, "NOTES.txt") {
			continue
		}
		files[k] = v
	}
	hooks, manifests, err := releaseutil.SortManifests(files, nil, releaseutil.InstallOrder)
	if err != nil {
		return "", err
	}
	var b strings.Builder
	for _, m := range manifests {
		fmt.Fprintf(&b, "---\n# Source: %s\n%s\n", m.Name, m.Content)
	}
	for _, h := range hooks {
		fmt.Fprintf(&b, "---\n# Source: %s\n%s\n", h.Path, h.Manifest)
	}
	return b.String(), nil
}

func write(path, content string) error {
	return os.WriteFile(path, []byte(content), 0o644)
}

func regen(casesDir, chartsDir string) error {
	groups, err := os.ReadDir(casesDir)
	if err != nil {
		return err
	}
	n := 0
	for _, g := range groups {
		if !g.IsDir() {
			continue
		}
		mode := modeOf(g.Name())
		dir := filepath.Join(casesDir, g.Name())
		files, _ := filepath.Glob(filepath.Join(dir, "*.tmpl"))
		for _, f := range files {
			base := strings.TrimSuffix(f, ".tmpl")
			_ = os.Remove(base + ".out")
			_ = os.Remove(base + ".err")
			helpers := base + ".helpers.tpl"
			if _, err := os.Stat(helpers); err != nil {
				helpers = ""
			}
			out, err := renderCase(mode, f, base+".data.yaml", helpers)
			if err != nil {
				if werr := write(base+".err", err.Error()+"\n"); werr != nil {
					return werr
				}
			} else if werr := write(base+".out", out); werr != nil {
				return werr
			}
			n++
		}
	}
	charts, _ := os.ReadDir(chartsDir)
	for _, c := range charts {
		if !c.IsDir() {
			continue
		}
		dir := filepath.Join(chartsDir, c.Name())
		ch, err := loader.LoadDir(dir)
		if err != nil {
			return fmt.Errorf("load %s: %w", dir, err)
		}
		vals, err := readData(dir + ".values.yaml")
		if err != nil {
			return err
		}
		_ = os.Remove(dir + ".out")
		_ = os.Remove(dir + ".err")
		_ = os.Remove(dir + ".helm.out")
		out, err := renderChart(ch, vals)
		if err != nil {
			if werr := write(dir+".err", err.Error()+"\n"); werr != nil {
				return werr
			}
		} else {
			if werr := write(dir+".out", chartOutput(out)); werr != nil {
				return werr
			}
			ht, err := helmTemplateOutput(out)
			if err != nil {
				ht = "ERROR: " + err.Error() + "\n"
			}
			if werr := write(dir+".helm.out", ht); werr != nil {
				return werr
			}
		}
		n++
	}
	fmt.Printf("regenerated %d goldens\n", n)
	return nil
}

// bench <template-file> <data-dir> <chart-dir> <N>
func bench(args []string) error {
	if len(args) < 4 {
		return fmt.Errorf("usage: bench <template> <data-dir> <chart-dir> <N>")
	}
	var iters int
	fmt.Sscan(args[3], &iters)
	src, err := os.ReadFile(args[0])
	if err != nil {
		return err
	}
	dataFiles, _ := filepath.Glob(filepath.Join(args[1], "*.yaml"))
	sort.Strings(dataFiles)
	var datas []map[string]interface{}
	for _, f := range dataFiles {
		d, err := readData(f)
		if err != nil {
			return err
		}
		datas = append(datas, d)
	}
	if len(datas) == 0 {
		return fmt.Errorf("no data files in %s", args[1])
	}
	// Injection-style: parse once, execute per data variation (as istiod does).
	t, err := template.New("inject").Funcs(istioFuncs()).Parse(string(src))
	if err != nil {
		return err
	}
	start := time.Now()
	renders := 0
	for i := 0; i < iters; i++ {
		for _, d := range datas {
			var b strings.Builder
			if err := t.Execute(&b, d); err != nil {
				return err
			}
			renders++
		}
	}
	el := time.Since(start)
	fmt.Printf("inject: %d renders, %.0f ns/render\n", renders, float64(el.Nanoseconds())/float64(renders))

	ch, err := loader.LoadDir(args[2])
	if err != nil {
		return err
	}
	start = time.Now()
	for i := 0; i < iters; i++ {
		if _, err := renderChart(ch, map[string]interface{}{}); err != nil {
			return err
		}
	}
	el = time.Since(start)
	fmt.Printf("chart: %d renders, %.0f ns/render\n", iters, float64(el.Nanoseconds())/float64(iters))
	return nil
}

// renderChartsTree renders every chart below root with its default values, writing
// <out>/<path-with-dashes>.out (or .err) for comparison by the Rust tests.
func renderChartsTree(root, out string) error {
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	return filepath.Walk(root, func(p string, info os.FileInfo, err error) error {
		if err != nil || info.IsDir() || info.Name() != "Chart.yaml" {
			return err
		}
		dir := filepath.Dir(p)
		rel, _ := filepath.Rel(root, dir)
		name := strings.ReplaceAll(rel, "/", "-")
		ch, err := loader.LoadDir(dir)
		if err != nil {
			return write(filepath.Join(out, name+".err"), err.Error()+"\n")
		}
		res, err := renderChart(ch, map[string]interface{}{})
		if err != nil {
			return write(filepath.Join(out, name+".err"), err.Error()+"\n")
		}
		return write(filepath.Join(out, name+".out"), chartOutput(res))
	})
}
