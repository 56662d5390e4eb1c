{{- define "helper" -}}
helped {{ .Release.Name }}
{{- end -}}