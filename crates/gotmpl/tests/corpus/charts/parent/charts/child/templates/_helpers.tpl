{{- define "child.label" -}}child-{{ .Values.image }}{{- end -}}
