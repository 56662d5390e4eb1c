{{/* sailctl's own authoring: shared helpers of the istiod chart. */}}
{{- define "istiod.rev" -}}{{ .Values.revision | default "default" }}{{- end }}
{{- define "istiod.name" -}}istiod{{ with .Values.revision }}-{{ . }}{{ end }}{{- end }}
{{- define "istiod.common" -}}
app.kubernetes.io/name: istiod
{{ include "istiod.chartLabels" . }}
{{- end }}
{{/* The chart's labels without app.kubernetes.io/name (the reader objects name themselves). */}}
{{- define "istiod.chartLabels" -}}
app.kubernetes.io/instance: {{ .Release.Name | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service | quote }}
app.kubernetes.io/part-of: istio
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | quote }}
{{- end }}
{{- define "istiod.podOwner" -}}
install.operator.istio.io/owning-resource: {{ .Values.ownerName | default "unknown" | quote }}
operator.istio.io/component: Pilot
istio.io/rev: {{ include "istiod.rev" . | quote }}
{{- end }}
{{/* Cluster-wide RBAC and the ServiceAccount carry only the release label, no owner labels. */}}
{{- define "istiod.release" -}}
release: {{ .Release.Name | quote }}
{{- end }}
{{- define "istiod.owner" -}}
{{ include "istiod.podOwner" . }}
release: {{ .Release.Name | quote }}
{{- end }}
{{- define "istiod.image" -}}
{{- if contains "/" .Values.image -}}{{ .Values.image }}{{- else -}}
{{ .Values.hub | default .Values.global.hub }}/{{ .Values.image | default "pilot" }}:{{ .Values.tag | default .Values.global.tag }}{{ with (.Values.variant | default .Values.global.variant) }}-{{ . }}{{ end }}
{{- end -}}
{{- end }}
{{/* "true" when this release renders cluster-scoped objects: resourceScope all or cluster, and istiod runs here (not remote) or this cluster also holds the config or a local injector. */}}
{{- define "istiod.clusterWide" -}}
{{- $scope := .Values.global.resourceScope | default "all" }}
{{- $here := or (not .Values.istiodRemote.enabled) .Values.global.configCluster .Values.istiodRemote.enabledLocalInjectorIstiod }}
{{- if and (has $scope (list "all" "cluster")) $here }}true{{ end }}
{{- end }}
{{/* "true" when istiod's namespaced workload objects are rendered here: resourceScope all or namespace, and istiod runs in this cluster (not remote, or a local injector istiod). */}}
{{- define "istiod.runsHere" -}}
{{- $scope := .Values.global.resourceScope | default "all" }}
{{- if and (has $scope (list "all" "namespace")) (or (not .Values.istiodRemote.enabled) .Values.istiodRemote.enabledLocalInjectorIstiod) }}true{{ end }}
{{- end }}
{{/* "true" when istiod's identity and namespaced permissions are rendered here: resourceScope all or namespace, and istiod runs here or this cluster holds the config. */}}
{{- define "istiod.identityHere" -}}
{{- $scope := .Values.global.resourceScope | default "all" }}
{{- if and (has $scope (list "all" "namespace")) (or (not .Values.istiodRemote.enabled) .Values.global.configCluster .Values.istiodRemote.enabledLocalInjectorIstiod) }}true{{ end }}
{{- end }}
{{/* istiod's Service ports: plaintext xDS, mTLS xDS and DNS, the webhooks, monitoring. */}}
{{- define "istiod.servicePorts" -}}
- {port: 15010, name: grpc-xds, protocol: TCP}
- {port: 15012, name: https-dns, protocol: TCP}
- {port: 443, name: https-webhook, targetPort: 15017, protocol: TCP}
- {port: 15014, name: http-monitoring, protocol: TCP}
{{- end }}
