{{/* sailctl's own authoring: shared helpers of the ingress gateway chart. */}}
{{- define "gw.values" -}}{{ index .Values.gateways "istio-ingressgateway" | toJson }}{{- end }}
{{- define "gw.name" -}}{{ (index .Values.gateways "istio-ingressgateway").name | default "istio-ingressgateway" }}{{- end }}
{{- define "gw.common" -}}
app.kubernetes.io/name: istio-ingressgateway
app.kubernetes.io/instance: {{ .Release.Name | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service | quote }}
app.kubernetes.io/part-of: istio
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | quote }}
{{- end }}
{{- define "gw.owner" -}}
install.operator.istio.io/owning-resource: {{ .Values.ownerName | default "unknown" | quote }}
operator.istio.io/component: IngressGateways
istio.io/rev: {{ .Values.revision | default "default" | quote }}
release: {{ .Release.Name | quote }}
{{- end }}
{{- define "gw.labels" -}}
{{- $gw := index .Values.gateways "istio-ingressgateway" }}
{{- $l := $gw.labels | default dict }}
{{- range $k, $v := $l }}
{{ $k }}: {{ $v | quote }}
{{- end }}
{{- if not (hasKey $l "app") }}
app: istio-ingressgateway
{{- end }}
{{- if not (hasKey $l "istio") }}
istio: ingressgateway
{{- end }}
{{- end }}
{{/* "true" when the gateway runs more than one replica: a PodDisruptionBudget over a single replica would block node drains. */}}
{{- define "gw.multiReplica" -}}
{{- $gw := index .Values.gateways "istio-ingressgateway" }}
{{- if $gw.autoscaleEnabled }}{{ if gt (int $gw.autoscaleMin) 1 }}true{{ end }}
{{- else if gt (int $gw.replicaCount) 1 }}true{{ end }}
{{- end }}
