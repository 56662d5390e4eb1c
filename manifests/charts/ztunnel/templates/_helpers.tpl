{{/* sailctl's own authoring: shared helpers of the ztunnel chart. */}}
{{- define "ztunnel.common" -}}
app.kubernetes.io/name: ztunnel
app.kubernetes.io/instance: {{ .Release.Name | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service | quote }}
app.kubernetes.io/part-of: istio
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | quote }}
{{- end }}
{{- define "ztunnel.name" -}}{{ .Values.resourceName | default "ztunnel" }}{{- end }}
{{- define "ztunnel.istiod" -}}istiod{{ with .Values.revision }}-{{ . }}{{ end }}.{{ .Values.istioNamespace }}.svc:15012{{- end }}
{{/* The chart's annotations; a revision adds istio.io/rev. */}}
{{- define "ztunnel.annotations" -}}
{{- $a := deepCopy (.Values.annotations | default dict) }}
{{- with .Values.revision }}{{ $_ := set $a "istio.io/rev" . }}{{ end }}
{{- toYaml $a }}
{{- end }}
