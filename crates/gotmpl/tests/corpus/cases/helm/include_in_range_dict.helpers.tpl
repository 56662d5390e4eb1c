{{- define "item" -}}
{{ .i }}:{{ .n }}:{{ .root.Release.Name }}
{{- end -}}