{{- define "h" }}
  spaced
{{ end -}}