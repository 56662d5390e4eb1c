package main

// mkbench writes the benchmark inputs: 200 injection data variations for
// sailctl's own injection template (manifests/charts/istio-control/istio-discovery/files/
// injection-template.yaml) and a 40-template chart (also a corpus chart case).

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

func mkbench(benchDir, chartsDir string) error {
	dataDir := filepath.Join(benchDir, "data")
	if err := os.RemoveAll(dataDir); err != nil {
		return err
	}
	if err := os.MkdirAll(dataDir, 0o755); err != nil {
		return err
	}
	for i := 0; i < 200; i++ {
		var b strings.Builder
		fmt.Fprintf(&b, "ObjectMeta:\n  Name: pod-%d\n  Labels:\n    app: app%d\n    version: v%d\n", i, i%7, i%3)
		b.WriteString("  Annotations:\n    bench.sailctl.dev/case: \"yes\"\n")
		if i%2 == 0 {
			fmt.Fprintf(&b, "    sidecar.istio.io/proxyCPU: %dm\n", 100+i)
		}
		if i%3 == 0 {
			b.WriteString("    traffic.sidecar.istio.io/excludeOutboundPorts: \"9000,9001\"\n")
		}
		if i%5 == 0 {
			b.WriteString("    sidecar.istio.io/userVolumeMount: '{\"extra\":{\"mountPath\":\"/extra\",\"readOnly\":true}}'\n")
		}
		if i%4 == 0 {
			b.WriteString("    sidecar.istio.io/interceptionMode: TPROXY\n")
		}
		fmt.Fprintf(&b, "DeploymentMeta:\n  Name: deploy-%d\n  Namespace: ns%d\n", i, i%4)
		b.WriteString("TypeMeta:\n  APIVersion: apps/v1\n  Kind: Deployment\n")
		b.WriteString("Spec:\n  Containers:\n")
		for c := 0; c <= i%3; c++ {
			fmt.Fprintf(&b, "  - Name: c%d\n    Image: img:%d\n    Ports:\n", c, c)
			for p := 0; p <= (i+c)%3; p++ {
				fmt.Fprintf(&b, "    - ContainerPort: %d\n      Protocol: TCP\n      Name: p%d\n", 8000+p+c*10, p)
			}
		}
		b.WriteString("ProxyConfig:\n  InterceptionMode: REDIRECT\n  HoldApplicationUntilProxyStarts: false\n")
		fmt.Fprintf(&b, "  ProxyMetadata:\n    DNS_CAPTURE: \"%v\"\n    META_%d: x\n", i%2 == 0, i%5)
		b.WriteString("MeshConfig:\n  TrustDomain: cluster.local\n  ProxyListenPort: 15001\n")
		if i%6 == 0 {
			b.WriteString("CompliancePolicy: fips-140-2\n")
		}
		b.WriteString(`Values:
  revision: ""
  istio_cni:
    enabled: ` + fmt.Sprint(i%4 == 1) + `
    chained: ` + fmt.Sprint(i%8 == 1) + `
  pilot:
    cni:
      enabled: false
  global:
    hub: docker.io/istio
    tag: 1.30.3
    imagePullPolicy: ""
    istioNamespace: istio-system
    pilotCertProvider: istiod
    caAddress: ""
    logAsJson: ` + fmt.Sprint(i%9 == 0) + `
    network: ` + map[bool]string{true: "net1", false: `""`}[i%2 == 1] + `
    meshID: ""
    trustDomain: ""
    multiCluster:
      clusterName: ""
    logging:
      level: default:info
    sts:
      servicePort: 0
    sds:
      token:
        aud: istio-ca
    imagePullSecrets: [` + map[bool]string{true: "regcred, other", false: ""}[i%10 == 0] + `]
    proxy_init:
      image: proxyv2
      resources:
        requests: {cpu: 10m, memory: 10Mi}
        limits: {cpu: 2000m, memory: 1024Mi}
    proxy:
      image: proxyv2
      privileged: false
      nativeSidecar: false
      holdApplicationUntilProxyStarts: ` + fmt.Sprint(i%7 == 0) + `
      clusterDomain: cluster.local
      logLevel: warning
      componentLogLevel: misc:error
      statusPort: 15020
      includeIPRanges: "*"
      excludeIPRanges: ""
      includeInboundPorts: "*"
      excludeInboundPorts: ""
      includeOutboundPorts: ""
      excludeOutboundPorts: ""
      readinessInitialDelaySeconds: 1
      readinessPeriodSeconds: 2
      readinessFailureThreshold: 30
      lifecycle: {}
      env:
        EXTRA_` + fmt.Sprint(i%3) + `: "on"
      resources:
        requests: {cpu: 100m, memory: 128Mi}
        limits: {cpu: 2000m, memory: 1Gi}
`)
		if err := os.WriteFile(filepath.Join(dataDir, fmt.Sprintf("d%03d.yaml", i)), []byte(b.String()), 0o644); err != nil {
			return err
		}
	}
	// 40-template chart
	dir := filepath.Join(chartsDir, "bench40")
	if err := os.RemoveAll(dir); err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Join(dir, "templates"), 0o755); err != nil {
		return err
	}
	files := map[string]string{
		"Chart.yaml": "apiVersion: v2\nname: bench40\nversion: 1.2.3\nappVersion: \"4.5\"\ndescription: forty templates\n",
		"templates/_helpers.tpl": `{{- define "bench.fullname" -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- define "bench.labels" -}}
app.kubernetes.io/name: {{ .Chart.Name }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version }}
{{- end }}
{{- define "bench.selector" -}}
app: {{ .name }}
release: {{ .ctx.Release.Name }}
{{- end }}
`,
	}
	var values strings.Builder
	values.WriteString("global:\n  hub: docker.io/istio\n  tag: 1.30.3\n  pullPolicy: IfNotPresent\ncomponents:\n")
	for i := 0; i < 40; i++ {
		fmt.Fprintf(&values, "  c%02d:\n    enabled: %v\n    replicas: %d\n    port: %d\n    env: {A: \"%d\", B: b%d}\n    resources: {requests: {cpu: %dm, memory: %dMi}}\n    annotations: {note: \"component %d\"}\n", i, i%9 != 8, 1+i%3, 8000+i, i, i, 10*(i+1), 16*(i+1), i)
		files[fmt.Sprintf("templates/c%02d.yaml", i)] = fmt.Sprintf(`{{- $c := .Values.components.c%02d }}
{{- if $c.enabled }}
{{- $name := printf "%%s-c%02d" (include "bench.fullname" .) }}
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ $name }}
  labels:
    {{- include "bench.labels" . | nindent 4 }}
  annotations:
    {{- toYaml $c.annotations | nindent 4 }}
spec:
  replicas: {{ $c.replicas }}
  selector:
    matchLabels:
      {{- include "bench.selector" (dict "name" $name "ctx" .) | nindent 6 }}
  template:
    metadata:
      labels:
        {{- include "bench.selector" (dict "name" $name "ctx" .) | nindent 8 }}
    spec:
      containers:
      - name: main
        image: "{{ .Values.global.hub }}/c%02d:{{ .Values.global.tag }}"
        imagePullPolicy: {{ .Values.global.pullPolicy }}
        ports:
        - containerPort: {{ $c.port }}
        env:
        {{- range $k, $v := $c.env }}
        - name: {{ $k }}
          value: {{ $v | quote }}
        {{- end }}
        resources:
          {{- toYaml $c.resources | nindent 10 }}
---
apiVersion: v1
kind: Service
metadata:
  name: {{ $name }}
spec:
  ports:
  - port: {{ $c.port }}
    targetPort: {{ $c.port }}
  selector:
    {{- include "bench.selector" (dict "name" $name "ctx" .) | nindent 4 }}
{{- end }}
`, i, i, i)
	}
	files["values.yaml"] = values.String()
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			return err
		}
	}
	return nil
}
