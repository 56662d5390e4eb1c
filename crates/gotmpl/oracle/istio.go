package main

// Istio's injector function map, re-expressed over plain YAML data: Istio's own
// helpers take typed Kubernetes structs (ObjectMeta, []Container, map[string]string);
// the corpus feeds map[string]interface{} decoded from YAML, so these versions accept
// maps keyed by Go field names and behave as Istio's helpers do on the equivalent structs.

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"text/template"

	"github.com/Masterminds/sprig/v3"
	"sigs.k8s.io/yaml"
)

func asMap(v interface{}) map[string]interface{} {
	m, _ := v.(map[string]interface{})
	return m
}

func field(v interface{}, goName, jsonName string) interface{} {
	m := asMap(v)
	if m == nil {
		return nil
	}
	if x, ok := m[goName]; ok {
		return x
	}
	return m[jsonName]
}

func strMap(v interface{}) map[string]string {
	out := map[string]string{}
	for k, x := range asMap(v) {
		if s, ok := x.(string); ok {
			out[k] = s
		} else {
			out[k] = fmt.Sprint(x)
		}
	}
	return out
}

func ports(containers interface{}, skipProxy bool) string {
	parts := []string{}
	list, _ := containers.([]interface{})
	for _, c := range list {
		if skipProxy && fmt.Sprint(field(c, "Name", "name")) == "istio-proxy" {
			continue
		}
		ps, _ := field(c, "Ports", "ports").([]interface{})
		for _, p := range ps {
			proto := fmt.Sprint(field(p, "Protocol", "protocol"))
			if proto == "UDP" || proto == "SCTP" {
				continue
			}
			switch n := field(p, "ContainerPort", "containerPort").(type) {
			case float64:
				parts = append(parts, fmt.Sprint(int32(n)))
			case nil:
				parts = append(parts, "0")
			default:
				parts = append(parts, fmt.Sprint(n))
			}
		}
	}
	return strings.Join(parts, ",")
}

func marshalJSON(v interface{}) string {
	b, err := json.Marshal(v)
	if err != nil {
		return "{}"
	}
	return string(b)
}

func istioFuncs() template.FuncMap {
	f := sprig.TxtFuncMap()
	extra := template.FuncMap{
		"formatDuration": func(v interface{}) string { return fmt.Sprint(v) },
		"isset": func(m interface{}, key string) bool {
			_, ok := asMap(m)[key]
			return ok
		},
		"excludeInboundPort": func(port interface{}, excluded string) string {
			p := strings.TrimSpace(fmt.Sprint(port))
			if p == "" || p == "0" {
				return excluded
			}
			out := []string{}
			for _, x := range strings.Split(excluded, ",") {
				if x == p {
					return excluded
				}
				x = strings.TrimSpace(x)
				if x != "" {
					out = append(out, x)
				}
			}
			return strings.Join(append(out, p), ",")
		},
		"includeInboundPorts": func(c interface{}) string { return ports(c, false) },
		"applicationPorts":    func(c interface{}) string { return ports(c, true) },
		"kubevirtInterfaces":  func(s string) string { return s },
		"excludeInterfaces":   func(s string) string { return s },
		"annotation": func(meta interface{}, name string, def interface{}) string {
			if a := asMap(field(meta, "Annotations", "annotations")); a != nil {
				if v, ok := a[name]; ok {
					return fmt.Sprint(v)
				}
			}
			return fmt.Sprint(def)
		},
		"valueOrDefault": func(v interface{}, d interface{}) interface{} {
			if v == "" || v == nil {
				return d
			}
			return v
		},
		"toJSON": func(m interface{}) string {
			if m == nil {
				return "{}"
			}
			return marshalJSON(strMap(m))
		},
		"fromJSON": func(s string) interface{} {
			var v interface{}
			if err := json.Unmarshal([]byte(s), &v); err != nil {
				return "{}"
			}
			return v
		},
		"structToJSON": func(v interface{}) string {
			if v == nil {
				return "{}"
			}
			return marshalJSON(v)
		},
		"protoToJSON": func(v interface{}) string {
			if v == nil {
				return "{}"
			}
			return marshalJSON(v)
		},
		"toYaml": func(v interface{}) string {
			b, err := yaml.Marshal(v)
			if err != nil {
				return ""
			}
			return string(b)
		},
		"indent": func(n int, s string) string {
			lines := strings.Split(s, "\n")
			for i := range lines {
				if i > 0 {
					lines[i] = strings.Repeat(" ", n) + lines[i]
				}
			}
			return strings.Join(lines, "\n")
		},
		"directory": func(p string) string {
			i := strings.LastIndex(p, "/")
			return p[:i+1]
		},
		"contains": func(needle, haystack string) bool { return strings.Contains(haystack, needle) },
		"toLower":  strings.ToLower,
		"appendMultusNetwork": func(existing, net string) string {
			if existing == "" {
				return net
			}
			if i := strings.LastIndex(existing, "]"); i != -1 {
				var nets []map[string]interface{}
				if err := json.Unmarshal([]byte(existing), &nets); err != nil {
					return existing
				}
				for _, n := range nets {
					if n["name"] == net {
						return existing
					}
				}
				return existing[:i] + fmt.Sprintf(`, {"name": "%s"}`, net) + existing[i:]
			}
			for _, n := range strings.Split(existing, ",") {
				if strings.TrimSpace(n) == net {
					return existing
				}
			}
			return existing + ", " + net
		},
		"env": func(k, d string) string {
			if v := os.Getenv(k); v != "" {
				return v
			}
			return d
		},
		"omit": func(m interface{}, keys ...string) map[string]string {
			out := strMap(m)
			for _, k := range keys {
				delete(out, k)
			}
			return out
		},
		"strdict": func(vals ...string) map[string]string {
			m := map[string]string{}
			for i := 0; i < len(vals); i += 2 {
				if i+1 >= len(vals) {
					m[vals[i]] = ""
					continue
				}
				m[vals[i]] = vals[i+1]
			}
			return m
		},
		"toJsonMap": func(ms ...interface{}) string {
			m := map[string]string{}
			for _, x := range ms {
				for k, v := range strMap(x) {
					m[k] = v
				}
			}
			return marshalJSON(m)
		},
		"mergeMaps": func(ms ...interface{}) map[string]string {
			m := map[string]string{}
			for _, x := range ms {
				for k, v := range strMap(x) {
					m[k] = v
				}
			}
			return m
		},
		"omitNil":                omitNil,
		"otelResourceAttributes": otelResourceAttributes,
	}
	for k, v := range extra {
		f[k] = v
	}
	return f
}

// omitNil drops nil entries of maps and lists at any depth; a map or list that held a nil
// and is left empty becomes nil itself (and is dropped from its parent). Values holding no
// nil come back unchanged, empty ones included.
func omitNil(v interface{}) interface{} {
	if !hasNil(v) {
		return v
	}
	switch t := v.(type) {
	case map[string]interface{}:
		out := map[string]interface{}{}
		for k, x := range t {
			if y := omitNil(x); y != nil {
				out[k] = y
			}
		}
		if len(out) == 0 {
			return nil
		}
		return out
	case []interface{}:
		out := []interface{}{}
		for _, x := range t {
			if y := omitNil(x); y != nil {
				out = append(out, y)
			}
		}
		if len(out) == 0 {
			return nil
		}
		return out
	}
	return nil
}

func hasNil(v interface{}) bool {
	switch t := v.(type) {
	case nil:
		return true
	case map[string]interface{}:
		for _, x := range t {
			if hasNil(x) {
				return true
			}
		}
	case []interface{}:
		for _, x := range t {
			if hasNil(x) {
				return true
			}
		}
	}
	return false
}

// otelResourceAttributes computes OTEL_RESOURCE_ATTRIBUTES over plain data: the mesh config
// as a map with JSON names, containers as maps with Go field names.
func otelResourceAttributes(mc interface{}, annotations, labels interface{}, namespace string, containers interface{}) string {
	semconv := false
	providers, _ := asMap(mc)["extensionProviders"].([]interface{})
	for _, p := range providers {
		switch e := asMap(asMap(p)["opentelemetry"])["serviceAttributeEnrichment"].(type) {
		case string:
			semconv = semconv || e == "OTEL_SEMANTIC_CONVENTIONS"
		case float64:
			semconv = semconv || e == 1
		}
	}
	if !semconv {
		return ""
	}
	ann, lbl := strMap(annotations), strMap(labels)
	cs, _ := containers.([]interface{})
	attrs := []string{}
	if v := ann["resource.opentelemetry.io/service.namespace"]; v != "" {
		attrs = append(attrs, "service.namespace="+v)
	} else if namespace != "" {
		attrs = append(attrs, "service.namespace="+namespace)
	}
	version := ann["resource.opentelemetry.io/service.version"]
	if version == "" {
		version = lbl["app.kubernetes.io/version"]
	}
	if version == "" && len(cs) == 1 {
		image, _ := field(cs[0], "Image", "image").(string)
		digest := ""
		if i := strings.Index(image, "@"); i >= 0 {
			image, digest = image[:i], image[i+1:]
		}
		tag := ""
		if c := strings.LastIndex(image, ":"); c > strings.LastIndex(image, "/") {
			tag = image[c+1:]
		}
		switch {
		case tag != "" && digest != "":
			version = tag + "@" + digest
		case digest != "":
			version = digest
		default:
			version = tag
		}
	}
	if version != "" {
		attrs = append(attrs, "service.version="+version)
	}
	if v := ann["resource.opentelemetry.io/service.instance.id"]; v != "" {
		attrs = append(attrs, "service.instance.id="+v)
	} else if len(cs) > 0 {
		name, _ := field(cs[0], "Name", "name").(string)
		attrs = append(attrs, "service.instance.id="+namespace+".$(POD_NAME)."+name)
	}
	return strings.Join(attrs, ",")
}
