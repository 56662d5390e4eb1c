{{- define "inner" -}}in({{ . }}){{- end -}}
{{- define "outer" -}}out[{{ include "inner" "x" }}]{{- end -}}