// Command typegen writes ../types.txt: the Go types kube-inject's template data is made
// of (Kubernetes' PodSpec and ObjectMeta, Istio's ProxyConfig and MeshConfig, and every
// type they reach), as field lists read by reflection from the module versions Istio
// 1.30.3 builds with. sailctl's template model (../model.rs) reads the file to give
// templates Go's view of the data: field names, zero values, pointer nil-ness, getters.
//
//	go run . > ../types.txt
package main

import (
	"fmt"
	"os"
	"reflect"
	"sort"
	"strings"

	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protoreflect"
	meshconfig "istio.io/api/mesh/v1alpha1"
	corev1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/types"
)

var (
	protoMessage = reflect.TypeOf((*proto.Message)(nil)).Elem()
	protoEnum    = reflect.TypeOf((*protoreflect.Enum)(nil)).Elem()
)

type gen struct {
	queue []reflect.Type
	seen  map[reflect.Type]bool
	names map[string]reflect.Type
	enums map[string]reflect.Type
	out   []string
}

// special maps types the model handles itself to their codes.
func special(t reflect.Type) string {
	switch t.PkgPath() + "." + t.Name() {
	case "k8s.io/apimachinery/pkg/api/resource.Quantity":
		return "q"
	case "k8s.io/apimachinery/pkg/util/intstr.IntOrString":
		return "ios"
	case "k8s.io/apimachinery/pkg/apis/meta/v1.Time", "k8s.io/apimachinery/pkg/apis/meta/v1.MicroTime":
		return "time"
	case "google.golang.org/protobuf/types/known/durationpb.Duration":
		return "dur"
	case "google.golang.org/protobuf/types/known/wrapperspb.BoolValue":
		return "wb"
	case "google.golang.org/protobuf/types/known/wrapperspb.Int32Value",
		"google.golang.org/protobuf/types/known/wrapperspb.UInt32Value",
		"google.golang.org/protobuf/types/known/wrapperspb.Int64Value",
		"google.golang.org/protobuf/types/known/wrapperspb.UInt64Value":
		return "wi"
	case "google.golang.org/protobuf/types/known/wrapperspb.DoubleValue",
		"google.golang.org/protobuf/types/known/wrapperspb.FloatValue":
		return "wf"
	case "google.golang.org/protobuf/types/known/wrapperspb.StringValue":
		return "ws"
	case "google.golang.org/protobuf/types/known/structpb.Struct",
		"google.golang.org/protobuf/types/known/structpb.Value",
		"google.golang.org/protobuf/types/known/anypb.Any",
		"k8s.io/apimachinery/pkg/runtime.RawExtension":
		return "any"
	}
	return ""
}

func (g *gen) expr(t reflect.Type) string {
	if s := special(t); s != "" {
		return s
	}
	if t.Implements(protoEnum) {
		g.enums[t.String()] = t
		return "e:" + t.String()
	}
	switch t.Kind() {
	case reflect.Pointer:
		return "*" + g.expr(t.Elem())
	case reflect.Slice:
		if t.Elem().Kind() == reflect.Uint8 {
			return "any"
		}
		return "[]" + g.expr(t.Elem())
	case reflect.Map:
		return "m:" + g.expr(t.Elem())
	case reflect.String:
		return "s"
	case reflect.Bool:
		return "b"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return "i"
	case reflect.Float32, reflect.Float64:
		return "f"
	case reflect.Struct:
		if !g.seen[t] {
			g.seen[t] = true
			g.queue = append(g.queue, t)
		}
		return t.String()
	}
	return "any"
}

func jsonName(f reflect.StructField, isProto bool) string {
	if p := f.Tag.Get("protobuf"); isProto && p != "" {
		name := ""
		for _, part := range strings.Split(p, ",") {
			if v, ok := strings.CutPrefix(part, "json="); ok {
				return v
			}
			if v, ok := strings.CutPrefix(part, "name="); ok {
				name = v
			}
		}
		return name
	}
	tag := f.Tag.Get("json")
	j := strings.Split(tag, ",")[0]
	switch {
	case tag == "-":
		return "!" // never serialised
	case j == "" && f.Anonymous:
		return "-" // inline: the embedded struct's fields sit beside the outer ones
	case j == "":
		return f.Name // encoding/json's key for an untagged field
	}
	return j
}

func (g *gen) structType(t reflect.Type) {
	name := t.String()
	if prev, ok := g.names[name]; ok && prev != t {
		fmt.Fprintf(os.Stderr, "two types print as %s\n", name)
		os.Exit(1)
	}
	g.names[name] = t
	isProto := reflect.PointerTo(t).Implements(protoMessage)
	kind := "struct"
	if isProto {
		kind = "proto"
	}
	lines := []string{fmt.Sprintf("%s %s", kind, name)}
	pt := reflect.PointerTo(t)
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() {
			continue
		}
		if o := f.Tag.Get("protobuf_oneof"); o != "" {
			lines = append(lines, fmt.Sprintf(" %s - oneof", f.Name))
			continue
		}
		flags := ""
		for _, opt := range strings.Split(f.Tag.Get("json"), ",")[1:] {
			if opt == "omitempty" || opt == "omitzero" {
				flags += " " + opt
			}
		}
		if m, ok := pt.MethodByName("Get" + f.Name); ok && m.Type.NumIn() == 1 && m.Type.NumOut() == 1 {
			flags += " get"
		}
		if isProto {
			flags += " pb:" + protoName(f)
		}
		lines = append(lines, fmt.Sprintf(" %s %s %s%s", f.Name, jsonName(f, isProto), g.expr(f.Type), flags))
	}
	if isProto {
		// Oneof alternatives: only their getters reach them.
		md := reflect.New(t).Interface().(proto.Message).ProtoReflect().Descriptor()
		for i := 0; i < md.Oneofs().Len(); i++ {
			o := md.Oneofs().Get(i)
			if o.IsSynthetic() {
				continue
			}
			for j := 0; j < o.Fields().Len(); j++ {
				fd := o.Fields().Get(j)
				goName := camel(string(fd.Name()))
				m, ok := pt.MethodByName("Get" + goName)
				if !ok {
					fmt.Fprintf(os.Stderr, "%s: no getter for oneof field %s\n", name, fd.Name())
					os.Exit(1)
				}
				lines = append(lines, fmt.Sprintf(" Get%s %s %s oneof:%s pb:%s", goName, fd.JSONName(), g.expr(m.Type.Out(0)), camel(string(o.Name())), fd.Name()))
			}
		}
	}
	g.out = append(g.out, strings.Join(lines, "\n"))
}

// protoName is a message field's name in the .proto (the text format prints it).
func protoName(f reflect.StructField) string {
	for _, part := range strings.Split(f.Tag.Get("protobuf"), ",") {
		if v, ok := strings.CutPrefix(part, "name="); ok {
			return v
		}
	}
	return f.Name
}

// camel is protoc-gen-go's Go name for a proto field name.
func camel(s string) string {
	var b strings.Builder
	up := true
	for _, r := range s {
		if r == '_' {
			up = true
			continue
		}
		if up && r >= 'a' && r <= 'z' {
			r -= 'a' - 'A'
		}
		up = r >= '0' && r <= '9'
		b.WriteRune(r)
	}
	return b.String()
}

func main() {
	g := &gen{seen: map[reflect.Type]bool{}, names: map[string]reflect.Type{}, enums: map[string]reflect.Type{}}
	for _, t := range []reflect.Type{
		reflect.TypeOf(metav1.TypeMeta{}),
		reflect.TypeOf(types.NamespacedName{}),
		reflect.TypeOf(metav1.ObjectMeta{}),
		reflect.TypeOf(corev1.PodSpec{}),
		reflect.TypeOf(meshconfig.ProxyConfig{}),
		reflect.TypeOf(meshconfig.MeshConfig{}),
	} {
		g.expr(t)
	}
	for len(g.queue) > 0 {
		t := g.queue[0]
		g.queue = g.queue[1:]
		g.structType(t)
	}
	names := make([]string, 0, len(g.enums))
	for n := range g.enums {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		e := reflect.Zero(g.enums[n]).Interface().(protoreflect.Enum)
		vals := e.Descriptor().Values()
		parts := []string{"enum " + n}
		for i := 0; i < vals.Len(); i++ {
			v := vals.Get(i)
			parts = append(parts, fmt.Sprintf(" %d %s", v.Number(), v.Name()))
		}
		g.out = append(g.out, strings.Join(parts, "\n"))
	}
	fmt.Println("# Generated by typegen/main.go from k8s.io/api v0.35.3, k8s.io/apimachinery v0.35.3 and")
	fmt.Println("# istio.io/api v1.30.3-0.20260710004328-2e43f07b30b6 (the versions Istio 1.30.3 builds with).")
	fmt.Println("# Do not edit: go run ./src/inject/typegen > src/inject/types.txt")
	fmt.Println(strings.Join(g.out, "\n"))
}
