{{/* sailctl's own authoring: shared helpers of the istio-cni chart. */}}
{{- define "cni.common" -}}
app.kubernetes.io/name: istio-cni
app.kubernetes.io/instance: {{ .Release.Name | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service | quote }}
app.kubernetes.io/part-of: istio
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | quote }}
{{- end }}
{{- define "cni.owner" -}}
install.operator.istio.io/owning-resource: {{ .Values.ownerName | default "unknown" | quote }}
operator.istio.io/component: Cni
istio.io/rev: {{ .Values.revision | default "default" | quote }}
release: {{ .Release.Name | quote }}
{{- end }}
{{- define "cni.name" -}}{{ .Values.resourceName | default "istio-cni" }}{{- end }}
