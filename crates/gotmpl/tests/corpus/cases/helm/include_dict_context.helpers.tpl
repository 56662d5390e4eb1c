{{- define "lbl" -}}
name: {{ .name }}
release: {{ .ctx.Release.Name }}
{{- end -}}