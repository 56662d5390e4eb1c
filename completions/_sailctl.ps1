
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'sailctl' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'sailctl'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'sailctl' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout as a duration (e.g. 15s, 1m)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for Kubernetes operations')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for Kubernetes operations (repeatable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Accepted for istioctl compatibility (scope:level,…); sailctl''s own logging is -v')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('install', 'install', [CompletionResultType]::ParameterValue, 'Applies an Istio manifest, installing or reconfiguring Istio on a cluster')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Applies an Istio manifest, installing or reconfiguring Istio on a cluster')
            [CompletionResult]::new('upgrade', 'upgrade', [CompletionResultType]::ParameterValue, 'Upgrade Istio control plane in-place with eligibility checks')
            [CompletionResult]::new('uninstall', 'uninstall', [CompletionResultType]::ParameterValue, 'Uninstall Istio from a cluster')
            [CompletionResult]::new('manifest', 'manifest', [CompletionResultType]::ParameterValue, 'Commands related to Istio manifests')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'Commands related to Istio configuration profiles')
            [CompletionResult]::new('verify-install', 'verify-install', [CompletionResultType]::ParameterValue, 'Verifies Istio installation status')
            [CompletionResult]::new('precheck', 'precheck', [CompletionResultType]::ParameterValue, 'Check whether Istio can safely be installed or upgraded')
            [CompletionResult]::new('experimental', 'experimental', [CompletionResultType]::ParameterValue, 'Experimental commands that may be modified or deprecated')
            [CompletionResult]::new('x', 'x', [CompletionResultType]::ParameterValue, 'Experimental commands that may be modified or deprecated')
            [CompletionResult]::new('kube-inject', 'kube-inject', [CompletionResultType]::ParameterValue, 'Inject Istio sidecar into Kubernetes pod resources')
            [CompletionResult]::new('analyze', 'analyze', [CompletionResultType]::ParameterValue, 'Analyze Istio configuration and print validation messages')
            [CompletionResult]::new('dashboard', 'dashboard', [CompletionResultType]::ParameterValue, 'Access to Istio web UIs')
            [CompletionResult]::new('dash', 'dash', [CompletionResultType]::ParameterValue, 'Access to Istio web UIs')
            [CompletionResult]::new('d', 'd', [CompletionResultType]::ParameterValue, 'Access to Istio web UIs')
            [CompletionResult]::new('addons', 'addons', [CompletionResultType]::ParameterValue, 'Install, remove or list the observability addons (Kiali, Prometheus, Grafana, Jaeger, Zipkin)')
            [CompletionResult]::new('version', 'version', [CompletionResultType]::ParameterValue, 'Prints out build version information')
            [CompletionResult]::new('completion', 'completion', [CompletionResultType]::ParameterValue, 'Generate the autocompletion script for the specified shell')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff) generated from the flag definitions')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sailctl;install' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Path to an IstioOperator file (repeatable; later files override earlier ones; `-` for stdin)')
            [CompletionResult]::new('--filename', '--filename', [CompletionResultType]::ParameterName, 'Path to an IstioOperator file (repeatable; later files override earlier ones; `-` for stdin)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Override an IstioOperator value, e.g. --set profile=demo or --set values.global.hub=my.hub (repeatable)')
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'Override an IstioOperator value, e.g. --set profile=demo or --set values.global.hub=my.hub (repeatable)')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Specify a path to a directory of charts and profiles (e.g. ~/Downloads/istio-1.30.3/manifests)')
            [CompletionResult]::new('--manifests', '--manifests', [CompletionResultType]::ParameterName, 'Specify a path to a directory of charts and profiles (e.g. ~/Downloads/istio-1.30.3/manifests)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Target control plane revision for the command')
            [CompletionResult]::new('--revision', '--revision', [CompletionResultType]::ParameterName, 'Target control plane revision for the command')
            [CompletionResult]::new('--readiness-timeout', '--readiness-timeout', [CompletionResultType]::ParameterName, 'Maximum time to wait for Istio resources in each component to be ready')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout as a duration (e.g. 15s, 1m)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for Kubernetes operations')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for Kubernetes operations (repeatable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Accepted for istioctl compatibility (scope:level,…); sailctl''s own logging is -v')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'The skipConfirmation determines whether the user is prompted for confirmation')
            [CompletionResult]::new('--skip-confirmation', '--skip-confirmation', [CompletionResultType]::ParameterName, 'The skipConfirmation determines whether the user is prompted for confirmation')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Proceed even with validation errors')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Console/log output only, make no changes')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify the Istio control plane after installation/in-place upgrade')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sailctl;apply' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Path to an IstioOperator file (repeatable; later files override earlier ones; `-` for stdin)')
            [CompletionResult]::new('--filename', '--filename', [CompletionResultType]::ParameterName, 'Path to an IstioOperator file (repeatable; later files override earlier ones; `-` for stdin)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Override an IstioOperator value, e.g. --set profile=demo or --set values.global.hub=my.hub (repeatable)')
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'Override an IstioOperator value, e.g. --set profile=demo or --set values.global.hub=my.hub (repeatable)')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Specify a path to a directory of charts and profiles (e.g. ~/Downloads/istio-1.30.3/manifests)')
            [CompletionResult]::new('--manifests', '--manifests', [CompletionResultType]::ParameterName, 'Specify a path to a directory of charts and profiles (e.g. ~/Downloads/istio-1.30.3/manifests)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Target control plane revision for the command')
            [CompletionResult]::new('--revision', '--revision', [CompletionResultType]::ParameterName, 'Target control plane revision for the command')
            [CompletionResult]::new('--readiness-timeout', '--readiness-timeout', [CompletionResultType]::ParameterName, 'Maximum time to wait for Istio resources in each component to be ready')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout as a duration (e.g. 15s, 1m)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for Kubernetes operations')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for Kubernetes operations (repeatable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Accepted for istioctl compatibility (scope:level,…); sailctl''s own logging is -v')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'The skipConfirmation determines whether the user is prompted for confirmation')
            [CompletionResult]::new('--skip-confirmation', '--skip-confirmation', [CompletionResultType]::ParameterName, 'The skipConfirmation determines whether the user is prompted for confirmation')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Proceed even with validation errors')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Console/log output only, make no changes')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify the Istio control plane after installation/in-place upgrade')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sailctl;upgrade' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Path to an IstioOperator file (repeatable; later files override earlier ones; `-` for stdin)')
            [CompletionResult]::new('--filename', '--filename', [CompletionResultType]::ParameterName, 'Path to an IstioOperator file (repeatable; later files override earlier ones; `-` for stdin)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Override an IstioOperator value, e.g. --set profile=demo or --set values.global.hub=my.hub (repeatable)')
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'Override an IstioOperator value, e.g. --set profile=demo or --set values.global.hub=my.hub (repeatable)')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Specify a path to a directory of charts and profiles (e.g. ~/Downloads/istio-1.30.3/manifests)')
            [CompletionResult]::new('--manifests', '--manifests', [CompletionResultType]::ParameterName, 'Specify a path to a directory of charts and profiles (e.g. ~/Downloads/istio-1.30.3/manifests)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Target control plane revision for the command')
            [CompletionResult]::new('--revision', '--revision', [CompletionResultType]::ParameterName, 'Target control plane revision for the command')
            [CompletionResult]::new('--readiness-timeout', '--readiness-timeout', [CompletionResultType]::ParameterName, 'Maximum time to wait for Istio resources in each component to be ready')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout as a duration (e.g. 15s, 1m)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for Kubernetes operations')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for Kubernetes operations (repeatable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Accepted for istioctl compatibility (scope:level,…); sailctl''s own logging is -v')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'The skipConfirmation determines whether the user is prompted for confirmation')
            [CompletionResult]::new('--skip-confirmation', '--skip-confirmation', [CompletionResultType]::ParameterName, 'The skipConfirmation determines whether the user is prompted for confirmation')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Proceed even with validation errors')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Console/log output only, make no changes')
            [CompletionResult]::new('--verify', '--verify', [CompletionResultType]::ParameterName, 'Verify the Istio control plane after installation/in-place upgrade')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sailctl;uninstall' {
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Target control plane revision for the command')
            [CompletionResult]::new('--revision', '--revision', [CompletionResultType]::ParameterName, 'Target control plane revision for the command')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'The filename of the IstioOperator CR')
            [CompletionResult]::new('--filename', '--filename', [CompletionResultType]::ParameterName, 'The filename of the IstioOperator CR')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Override an IstioOperator value (repeatable)')
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'Override an IstioOperator value (repeatable)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout as a duration (e.g. 15s, 1m)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for Kubernetes operations')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for Kubernetes operations (repeatable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Accepted for istioctl compatibility (scope:level,…); sailctl''s own logging is -v')
            [CompletionResult]::new('--purge', '--purge', [CompletionResultType]::ParameterName, 'All the Istio resources will be deleted from the cluster')
            [CompletionResult]::new('-y', '-y', [CompletionResultType]::ParameterName, 'The skipConfirmation determines whether the user is prompted for confirmation')
            [CompletionResult]::new('--skip-confirmation', '--skip-confirmation', [CompletionResultType]::ParameterName, 'The skipConfirmation determines whether the user is prompted for confirmation')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Console/log output only, make no changes')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sailctl;manifest' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout as a duration (e.g. 15s, 1m)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for Kubernetes operations')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for Kubernetes operations (repeatable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Accepted for istioctl compatibility (scope:level,…); sailctl''s own logging is -v')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Generates an Istio install manifest')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Compare manifests and generate diff (object by object, then field by field)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sailctl;manifest;generate' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Path to an IstioOperator file (repeatable; later files override earlier ones; `-` for stdin)')
            [CompletionResult]::new('--filename', '--filename', [CompletionResultType]::ParameterName, 'Path to an IstioOperator file (repeatable; later files override earlier ones; `-` for stdin)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Override an IstioOperator value, e.g. --set profile=demo or --set values.global.hub=my.hub (repeatable)')
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'Override an IstioOperator value, e.g. --set profile=demo or --set values.global.hub=my.hub (repeatable)')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Specify a path to a directory of charts and profiles (e.g. ~/Downloads/istio-1.30.3/manifests)')
            [CompletionResult]::new('--manifests', '--manifests', [CompletionResultType]::ParameterName, 'Specify a path to a directory of charts and profiles (e.g. ~/Downloads/istio-1.30.3/manifests)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Target control plane revision for the command')
            [CompletionResult]::new('--revision', '--revision', [CompletionResultType]::ParameterName, 'Target control plane revision for the command')
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'Filter the components rendered, e.g. --filter Pilot,Base (repeatable)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Manifest output directory path (one file per component); stdout when unset')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Manifest output directory path (one file per component); stdout when unset')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout as a duration (e.g. 15s, 1m)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for Kubernetes operations')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for Kubernetes operations (repeatable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Accepted for istioctl compatibility (scope:level,…); sailctl''s own logging is -v')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Proceed even with validation errors')
            [CompletionResult]::new('--cluster-specific', '--cluster-specific', [CompletionResultType]::ParameterName, 'Use the cluster to fill in cluster-specific values (Kubernetes version and more)')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sailctl;manifest;diff' {
            [CompletionResult]::new('--select', '--select', [CompletionResultType]::ParameterName, 'Only compare objects matching Kind:Namespace:Name patterns (repeatable, `*` wildcards)')
            [CompletionResult]::new('--ignore', '--ignore', [CompletionResultType]::ParameterName, 'Ignore objects matching Kind:Namespace:Name patterns (repeatable, `*` wildcards)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout as a duration (e.g. 15s, 1m)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for Kubernetes operations')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for Kubernetes operations (repeatable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Accepted for istioctl compatibility (scope:level,…); sailctl''s own logging is -v')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sailctl;manifest;help' {
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Generates an Istio install manifest')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Compare manifests and generate diff (object by object, then field by field)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sailctl;manifest;help;generate' {
            break
        }
        'sailctl;manifest;help;diff' {
            break
        }
        'sailctl;manifest;help;help' {
            break
        }
        'sailctl;profile' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout as a duration (e.g. 15s, 1m)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for Kubernetes operations')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for Kubernetes operations (repeatable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Accepted for istioctl compatibility (scope:level,…); sailctl''s own logging is -v')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Lists available Istio configuration profiles')
            [CompletionResult]::new('dump', 'dump', [CompletionResultType]::ParameterValue, 'Dumps an Istio configuration profile')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Diffs two Istio configuration profiles')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sailctl;profile;list' {
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Specify a path to a directory of charts and profiles')
            [CompletionResult]::new('--manifests', '--manifests', [CompletionResultType]::ParameterName, 'Specify a path to a directory of charts and profiles')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout as a duration (e.g. 15s, 1m)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for Kubernetes operations')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for Kubernetes operations (repeatable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Accepted for istioctl compatibility (scope:level,…); sailctl''s own logging is -v')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sailctl;profile;dump' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Path to an IstioOperator file to overlay (repeatable)')
            [CompletionResult]::new('--filename', '--filename', [CompletionResultType]::ParameterName, 'Path to an IstioOperator file to overlay (repeatable)')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'The path the root of the output is rooted at, e.g. components.pilot')
            [CompletionResult]::new('--config-path', '--config-path', [CompletionResultType]::ParameterName, 'The path the root of the output is rooted at, e.g. components.pilot')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: one of yaml, json, flags')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: one of yaml, json, flags')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Specify a path to a directory of charts and profiles')
            [CompletionResult]::new('--manifests', '--manifests', [CompletionResultType]::ParameterName, 'Specify a path to a directory of charts and profiles')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout as a duration (e.g. 15s, 1m)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for Kubernetes operations')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for Kubernetes operations (repeatable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Accepted for istioctl compatibility (scope:level,…); sailctl''s own logging is -v')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sailctl;profile;diff' {
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Specify a path to a directory of charts and profiles')
            [CompletionResult]::new('--manifests', '--manifests', [CompletionResultType]::ParameterName, 'Specify a path to a directory of charts and profiles')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout as a duration (e.g. 15s, 1m)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for Kubernetes operations')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for Kubernetes operations (repeatable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Accepted for istioctl compatibility (scope:level,…); sailctl''s own logging is -v')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sailctl;profile;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Lists available Istio configuration profiles')
            [CompletionResult]::new('dump', 'dump', [CompletionResultType]::ParameterValue, 'Dumps an Istio configuration profile')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Diffs two Istio configuration profiles')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sailctl;profile;help;list' {
            break
        }
        'sailctl;profile;help;dump' {
            break
        }
        'sailctl;profile;help;diff' {
            break
        }
        'sailctl;profile;help;help' {
            break
        }
        'sailctl;verify-install' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Path to an IstioOperator file (repeatable; later files override earlier ones; `-` for stdin)')
            [CompletionResult]::new('--filename', '--filename', [CompletionResultType]::ParameterName, 'Path to an IstioOperator file (repeatable; later files override earlier ones; `-` for stdin)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Override an IstioOperator value, e.g. --set profile=demo or --set values.global.hub=my.hub (repeatable)')
            [CompletionResult]::new('--set', '--set', [CompletionResultType]::ParameterName, 'Override an IstioOperator value, e.g. --set profile=demo or --set values.global.hub=my.hub (repeatable)')
            [CompletionResult]::new('-d', '-d', [CompletionResultType]::ParameterName, 'Specify a path to a directory of charts and profiles (e.g. ~/Downloads/istio-1.30.3/manifests)')
            [CompletionResult]::new('--manifests', '--manifests', [CompletionResultType]::ParameterName, 'Specify a path to a directory of charts and profiles (e.g. ~/Downloads/istio-1.30.3/manifests)')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Target control plane revision for the command')
            [CompletionResult]::new('--revision', '--revision', [CompletionResultType]::ParameterName, 'Target control plane revision for the command')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout as a duration (e.g. 15s, 1m)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for Kubernetes operations')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for Kubernetes operations (repeatable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Accepted for istioctl compatibility (scope:level,…); sailctl''s own logging is -v')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sailctl;precheck' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Check the upgrade from this Istio version, e.g. 1.29.0 (default: the cluster''s current version)')
            [CompletionResult]::new('--from-version', '--from-version', [CompletionResultType]::ParameterName, 'Check the upgrade from this Istio version, e.g. 1.29.0 (default: the cluster''s current version)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: one of log, json, yaml')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: one of log, json, yaml')
            [CompletionResult]::new('--output-threshold', '--output-threshold', [CompletionResultType]::ParameterName, 'The severity level of precheck at which to display messages')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Target control plane revision for the command')
            [CompletionResult]::new('--revision', '--revision', [CompletionResultType]::ParameterName, 'Target control plane revision for the command')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout as a duration (e.g. 15s, 1m)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for Kubernetes operations')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for Kubernetes operations (repeatable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Accepted for istioctl compatibility (scope:level,…); sailctl''s own logging is -v')
            [CompletionResult]::new('--skip-controlplane', '--skip-controlplane', [CompletionResultType]::ParameterName, 'Skip checking the control plane')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sailctl;experimental' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout as a duration (e.g. 15s, 1m)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for Kubernetes operations')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for Kubernetes operations (repeatable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Accepted for istioctl compatibility (scope:level,…); sailctl''s own logging is -v')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('precheck', 'precheck', [CompletionResultType]::ParameterValue, 'Check whether Istio can safely be installed or upgraded')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Server-side apply Kubernetes YAML (files or `-`), so demos and tests need no kubectl')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sailctl;x' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout as a duration (e.g. 15s, 1m)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for Kubernetes operations')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for Kubernetes operations (repeatable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Accepted for istioctl compatibility (scope:level,…); sailctl''s own logging is -v')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('precheck', 'precheck', [CompletionResultType]::ParameterValue, 'Check whether Istio can safely be installed or upgraded')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Server-side apply Kubernetes YAML (files or `-`), so demos and tests need no kubectl')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sailctl;experimental;precheck' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Check the upgrade from this Istio version, e.g. 1.29.0 (default: the cluster''s current version)')
            [CompletionResult]::new('--from-version', '--from-version', [CompletionResultType]::ParameterName, 'Check the upgrade from this Istio version, e.g. 1.29.0 (default: the cluster''s current version)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: one of log, json, yaml')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: one of log, json, yaml')
            [CompletionResult]::new('--output-threshold', '--output-threshold', [CompletionResultType]::ParameterName, 'The severity level of precheck at which to display messages')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Target control plane revision for the command')
            [CompletionResult]::new('--revision', '--revision', [CompletionResultType]::ParameterName, 'Target control plane revision for the command')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout as a duration (e.g. 15s, 1m)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for Kubernetes operations')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for Kubernetes operations (repeatable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Accepted for istioctl compatibility (scope:level,…); sailctl''s own logging is -v')
            [CompletionResult]::new('--skip-controlplane', '--skip-controlplane', [CompletionResultType]::ParameterName, 'Skip checking the control plane')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sailctl;x;precheck' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Check the upgrade from this Istio version, e.g. 1.29.0 (default: the cluster''s current version)')
            [CompletionResult]::new('--from-version', '--from-version', [CompletionResultType]::ParameterName, 'Check the upgrade from this Istio version, e.g. 1.29.0 (default: the cluster''s current version)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: one of log, json, yaml')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: one of log, json, yaml')
            [CompletionResult]::new('--output-threshold', '--output-threshold', [CompletionResultType]::ParameterName, 'The severity level of precheck at which to display messages')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Target control plane revision for the command')
            [CompletionResult]::new('--revision', '--revision', [CompletionResultType]::ParameterName, 'Target control plane revision for the command')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout as a duration (e.g. 15s, 1m)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for Kubernetes operations')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for Kubernetes operations (repeatable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Accepted for istioctl compatibility (scope:level,…); sailctl''s own logging is -v')
            [CompletionResult]::new('--skip-controlplane', '--skip-controlplane', [CompletionResultType]::ParameterName, 'Skip checking the control plane')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sailctl;experimental;apply' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Files to apply (`-` for stdin)')
            [CompletionResult]::new('--filename', '--filename', [CompletionResultType]::ParameterName, 'Files to apply (`-` for stdin)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout as a duration (e.g. 15s, 1m)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for Kubernetes operations')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for Kubernetes operations (repeatable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Accepted for istioctl compatibility (scope:level,…); sailctl''s own logging is -v')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sailctl;x;apply' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Files to apply (`-` for stdin)')
            [CompletionResult]::new('--filename', '--filename', [CompletionResultType]::ParameterName, 'Files to apply (`-` for stdin)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout as a duration (e.g. 15s, 1m)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for Kubernetes operations')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for Kubernetes operations (repeatable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Accepted for istioctl compatibility (scope:level,…); sailctl''s own logging is -v')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sailctl;experimental;help' {
            [CompletionResult]::new('precheck', 'precheck', [CompletionResultType]::ParameterValue, 'Check whether Istio can safely be installed or upgraded')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Server-side apply Kubernetes YAML (files or `-`), so demos and tests need no kubectl')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sailctl;experimental;help;precheck' {
            break
        }
        'sailctl;experimental;help;apply' {
            break
        }
        'sailctl;experimental;help;help' {
            break
        }
        'sailctl;x;help' {
            [CompletionResult]::new('precheck', 'precheck', [CompletionResultType]::ParameterValue, 'Check whether Istio can safely be installed or upgraded')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Server-side apply Kubernetes YAML (files or `-`), so demos and tests need no kubectl')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sailctl;x;help;precheck' {
            break
        }
        'sailctl;x;help;apply' {
            break
        }
        'sailctl;x;help;help' {
            break
        }
        'sailctl;kube-inject' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Input Kubernetes resource filename (a file, a directory, or `-` for stdin)')
            [CompletionResult]::new('--filename', '--filename', [CompletionResultType]::ParameterName, 'Input Kubernetes resource filename (a file, a directory, or `-` for stdin)')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Modified output Kubernetes resource filename (written atomically); stdout when unset')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Modified output Kubernetes resource filename (written atomically); stdout when unset')
            [CompletionResult]::new('--injectConfigFile', '--injectConfigFile', [CompletionResultType]::ParameterName, 'Injection configuration filename (the `config` of the istio-sidecar-injector ConfigMap)')
            [CompletionResult]::new('--valuesFile', '--valuesFile', [CompletionResultType]::ParameterName, 'Injection values configuration filename (the `values` of the istio-sidecar-injector ConfigMap)')
            [CompletionResult]::new('--meshConfigFile', '--meshConfigFile', [CompletionResultType]::ParameterName, 'Mesh configuration filename (the `mesh` of the istio ConfigMap)')
            [CompletionResult]::new('--operatorFileName', '--operatorFileName', [CompletionResultType]::ParameterName, 'An IstioOperator file to render the injection configuration from')
            [CompletionResult]::new('--meshConfigMapName', '--meshConfigMapName', [CompletionResultType]::ParameterName, 'ConfigMap name for Istio mesh configuration')
            [CompletionResult]::new('--injectConfigMapName', '--injectConfigMapName', [CompletionResultType]::ParameterName, 'ConfigMap name for Istio sidecar injection')
            [CompletionResult]::new('--webhookConfig', '--webhookConfig', [CompletionResultType]::ParameterName, 'MutatingWebhookConfiguration name for Istio')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Control plane revision')
            [CompletionResult]::new('--revision', '--revision', [CompletionResultType]::ParameterName, 'Control plane revision')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout as a duration (e.g. 15s, 1m)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for Kubernetes operations')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for Kubernetes operations (repeatable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Accepted for istioctl compatibility (scope:level,…); sailctl''s own logging is -v')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sailctl;analyze' {
            [CompletionResult]::new('--use-kube', '--use-kube', [CompletionResultType]::ParameterName, 'Use live Kubernetes cluster for analysis; --use-kube=false analyzes the files alone')
            [CompletionResult]::new('--analyzer', '--analyzer', [CompletionResultType]::ParameterName, 'Run only the named analyzer(s) (repeatable; see --list-analyzers)')
            [CompletionResult]::new('--meshConfigFile', '--meshConfigFile', [CompletionResultType]::ParameterName, 'Overrides the mesh config values to use for analysis')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: one of log, json, yaml, sarif, github')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: one of log, json, yaml, sarif, github')
            [CompletionResult]::new('--failure-threshold', '--failure-threshold', [CompletionResultType]::ParameterName, 'The severity level of analysis at which to set a non-zero exit code')
            [CompletionResult]::new('--output-threshold', '--output-threshold', [CompletionResultType]::ParameterName, 'The severity level of analysis at which to display messages')
            [CompletionResult]::new('-S', '-S ', [CompletionResultType]::ParameterName, 'Suppress reporting a message code on a resource: ''CODE=Kind name.namespace'', `*` wildcards (repeatable)')
            [CompletionResult]::new('--suppress', '--suppress', [CompletionResultType]::ParameterName, 'Suppress reporting a message code on a resource: ''CODE=Kind name.namespace'', `*` wildcards (repeatable)')
            [CompletionResult]::new('-R', '-R ', [CompletionResultType]::ParameterName, 'Process directory arguments recursively; --recursive=false only reads the directory''s own files')
            [CompletionResult]::new('--recursive', '--recursive', [CompletionResultType]::ParameterName, 'Process directory arguments recursively; --recursive=false only reads the directory''s own files')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'The duration to wait before failing')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Analyze the resources of this control plane revision')
            [CompletionResult]::new('--revision', '--revision', [CompletionResultType]::ParameterName, 'Analyze the resources of this control plane revision')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout as a duration (e.g. 15s, 1m)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for Kubernetes operations')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for Kubernetes operations (repeatable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Accepted for istioctl compatibility (scope:level,…); sailctl''s own logging is -v')
            [CompletionResult]::new('-A', '-A ', [CompletionResultType]::ParameterName, 'Analyze all namespaces')
            [CompletionResult]::new('--all-namespaces', '--all-namespaces', [CompletionResultType]::ParameterName, 'Analyze all namespaces')
            [CompletionResult]::new('-L', '-L ', [CompletionResultType]::ParameterName, 'List the analyzers available to run. Suppresses normal execution')
            [CompletionResult]::new('--list-analyzers', '--list-analyzers', [CompletionResultType]::ParameterName, 'List the analyzers available to run. Suppresses normal execution')
            [CompletionResult]::new('--ignore-unknown', '--ignore-unknown', [CompletionResultType]::ParameterName, 'Ignore unknown resource kinds in the input files')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sailctl;dashboard' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout as a duration (e.g. 15s, 1m)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for Kubernetes operations')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for Kubernetes operations (repeatable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Accepted for istioctl compatibility (scope:level,…); sailctl''s own logging is -v')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('kiali', 'kiali', [CompletionResultType]::ParameterValue, 'Open Kiali web UI')
            [CompletionResult]::new('grafana', 'grafana', [CompletionResultType]::ParameterValue, 'Open Grafana web UI')
            [CompletionResult]::new('jaeger', 'jaeger', [CompletionResultType]::ParameterValue, 'Open Jaeger web UI')
            [CompletionResult]::new('prometheus', 'prometheus', [CompletionResultType]::ParameterValue, 'Open Prometheus web UI')
            [CompletionResult]::new('zipkin', 'zipkin', [CompletionResultType]::ParameterValue, 'Open Zipkin web UI')
            [CompletionResult]::new('skywalking', 'skywalking', [CompletionResultType]::ParameterValue, 'Open SkyWalking UI')
            [CompletionResult]::new('proxy', 'proxy', [CompletionResultType]::ParameterValue, 'Open the admin dashboard of an Envoy proxy (a sidecar or gateway pod)')
            [CompletionResult]::new('envoy', 'envoy', [CompletionResultType]::ParameterValue, 'Open the admin dashboard of an Envoy proxy (same as proxy)')
            [CompletionResult]::new('controlz', 'controlz', [CompletionResultType]::ParameterValue, 'Open ControlZ web UI of an Istio component')
            [CompletionResult]::new('istiod-debug', 'istiod-debug', [CompletionResultType]::ParameterValue, 'Open the debug web UI of istiod')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sailctl;dash' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout as a duration (e.g. 15s, 1m)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for Kubernetes operations')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for Kubernetes operations (repeatable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Accepted for istioctl compatibility (scope:level,…); sailctl''s own logging is -v')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('kiali', 'kiali', [CompletionResultType]::ParameterValue, 'Open Kiali web UI')
            [CompletionResult]::new('grafana', 'grafana', [CompletionResultType]::ParameterValue, 'Open Grafana web UI')
            [CompletionResult]::new('jaeger', 'jaeger', [CompletionResultType]::ParameterValue, 'Open Jaeger web UI')
            [CompletionResult]::new('prometheus', 'prometheus', [CompletionResultType]::ParameterValue, 'Open Prometheus web UI')
            [CompletionResult]::new('zipkin', 'zipkin', [CompletionResultType]::ParameterValue, 'Open Zipkin web UI')
            [CompletionResult]::new('skywalking', 'skywalking', [CompletionResultType]::ParameterValue, 'Open SkyWalking UI')
            [CompletionResult]::new('proxy', 'proxy', [CompletionResultType]::ParameterValue, 'Open the admin dashboard of an Envoy proxy (a sidecar or gateway pod)')
            [CompletionResult]::new('envoy', 'envoy', [CompletionResultType]::ParameterValue, 'Open the admin dashboard of an Envoy proxy (same as proxy)')
            [CompletionResult]::new('controlz', 'controlz', [CompletionResultType]::ParameterValue, 'Open ControlZ web UI of an Istio component')
            [CompletionResult]::new('istiod-debug', 'istiod-debug', [CompletionResultType]::ParameterValue, 'Open the debug web UI of istiod')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sailctl;d' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout as a duration (e.g. 15s, 1m)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for Kubernetes operations')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for Kubernetes operations (repeatable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Accepted for istioctl compatibility (scope:level,…); sailctl''s own logging is -v')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('kiali', 'kiali', [CompletionResultType]::ParameterValue, 'Open Kiali web UI')
            [CompletionResult]::new('grafana', 'grafana', [CompletionResultType]::ParameterValue, 'Open Grafana web UI')
            [CompletionResult]::new('jaeger', 'jaeger', [CompletionResultType]::ParameterValue, 'Open Jaeger web UI')
            [CompletionResult]::new('prometheus', 'prometheus', [CompletionResultType]::ParameterValue, 'Open Prometheus web UI')
            [CompletionResult]::new('zipkin', 'zipkin', [CompletionResultType]::ParameterValue, 'Open Zipkin web UI')
            [CompletionResult]::new('skywalking', 'skywalking', [CompletionResultType]::ParameterValue, 'Open SkyWalking UI')
            [CompletionResult]::new('proxy', 'proxy', [CompletionResultType]::ParameterValue, 'Open the admin dashboard of an Envoy proxy (a sidecar or gateway pod)')
            [CompletionResult]::new('envoy', 'envoy', [CompletionResultType]::ParameterValue, 'Open the admin dashboard of an Envoy proxy (same as proxy)')
            [CompletionResult]::new('controlz', 'controlz', [CompletionResultType]::ParameterValue, 'Open ControlZ web UI of an Istio component')
            [CompletionResult]::new('istiod-debug', 'istiod-debug', [CompletionResultType]::ParameterValue, 'Open the debug web UI of istiod')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sailctl;dashboard;kiali' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen to (0 picks a free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen to (0 picks a free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on; only accepts IP addresses or localhost')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'When --browser is supplied as false, sailctl dashboard will not open the browser')
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'The component''s port in the pod (defaults to the addon''s own)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout as a duration (e.g. 15s, 1m)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for Kubernetes operations')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for Kubernetes operations (repeatable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Accepted for istioctl compatibility (scope:level,…); sailctl''s own logging is -v')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sailctl;dash;kiali' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen to (0 picks a free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen to (0 picks a free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on; only accepts IP addresses or localhost')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'When --browser is supplied as false, sailctl dashboard will not open the browser')
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'The component''s port in the pod (defaults to the addon''s own)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout as a duration (e.g. 15s, 1m)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for Kubernetes operations')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for Kubernetes operations (repeatable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Accepted for istioctl compatibility (scope:level,…); sailctl''s own logging is -v')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sailctl;d;kiali' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen to (0 picks a free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen to (0 picks a free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on; only accepts IP addresses or localhost')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'When --browser is supplied as false, sailctl dashboard will not open the browser')
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'The component''s port in the pod (defaults to the addon''s own)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout as a duration (e.g. 15s, 1m)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for Kubernetes operations')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for Kubernetes operations (repeatable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Accepted for istioctl compatibility (scope:level,…); sailctl''s own logging is -v')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sailctl;dashboard;grafana' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen to (0 picks a free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen to (0 picks a free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on; only accepts IP addresses or localhost')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'When --browser is supplied as false, sailctl dashboard will not open the browser')
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'The component''s port in the pod (defaults to the addon''s own)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout as a duration (e.g. 15s, 1m)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for Kubernetes operations')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for Kubernetes operations (repeatable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Accepted for istioctl compatibility (scope:level,…); sailctl''s own logging is -v')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sailctl;dash;grafana' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen to (0 picks a free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen to (0 picks a free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on; only accepts IP addresses or localhost')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'When --browser is supplied as false, sailctl dashboard will not open the browser')
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'The component''s port in the pod (defaults to the addon''s own)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout as a duration (e.g. 15s, 1m)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for Kubernetes operations')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for Kubernetes operations (repeatable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Accepted for istioctl compatibility (scope:level,…); sailctl''s own logging is -v')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sailctl;d;grafana' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen to (0 picks a free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen to (0 picks a free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on; only accepts IP addresses or localhost')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'When --browser is supplied as false, sailctl dashboard will not open the browser')
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'The component''s port in the pod (defaults to the addon''s own)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout as a duration (e.g. 15s, 1m)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for Kubernetes operations')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for Kubernetes operations (repeatable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Accepted for istioctl compatibility (scope:level,…); sailctl''s own logging is -v')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sailctl;dashboard;jaeger' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen to (0 picks a free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen to (0 picks a free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on; only accepts IP addresses or localhost')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'When --browser is supplied as false, sailctl dashboard will not open the browser')
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'The component''s port in the pod (defaults to the addon''s own)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout as a duration (e.g. 15s, 1m)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for Kubernetes operations')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for Kubernetes operations (repeatable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Accepted for istioctl compatibility (scope:level,…); sailctl''s own logging is -v')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sailctl;dash;jaeger' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen to (0 picks a free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen to (0 picks a free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on; only accepts IP addresses or localhost')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'When --browser is supplied as false, sailctl dashboard will not open the browser')
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'The component''s port in the pod (defaults to the addon''s own)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout as a duration (e.g. 15s, 1m)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for Kubernetes operations')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for Kubernetes operations (repeatable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Accepted for istioctl compatibility (scope:level,…); sailctl''s own logging is -v')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sailctl;d;jaeger' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen to (0 picks a free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen to (0 picks a free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on; only accepts IP addresses or localhost')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'When --browser is supplied as false, sailctl dashboard will not open the browser')
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'The component''s port in the pod (defaults to the addon''s own)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout as a duration (e.g. 15s, 1m)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for Kubernetes operations')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for Kubernetes operations (repeatable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Accepted for istioctl compatibility (scope:level,…); sailctl''s own logging is -v')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sailctl;dashboard;prometheus' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen to (0 picks a free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen to (0 picks a free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on; only accepts IP addresses or localhost')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'When --browser is supplied as false, sailctl dashboard will not open the browser')
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'The component''s port in the pod (defaults to the addon''s own)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout as a duration (e.g. 15s, 1m)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for Kubernetes operations')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for Kubernetes operations (repeatable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Accepted for istioctl compatibility (scope:level,…); sailctl''s own logging is -v')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sailctl;dash;prometheus' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen to (0 picks a free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen to (0 picks a free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on; only accepts IP addresses or localhost')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'When --browser is supplied as false, sailctl dashboard will not open the browser')
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'The component''s port in the pod (defaults to the addon''s own)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout as a duration (e.g. 15s, 1m)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for Kubernetes operations')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for Kubernetes operations (repeatable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Accepted for istioctl compatibility (scope:level,…); sailctl''s own logging is -v')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sailctl;d;prometheus' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen to (0 picks a free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen to (0 picks a free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on; only accepts IP addresses or localhost')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'When --browser is supplied as false, sailctl dashboard will not open the browser')
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'The component''s port in the pod (defaults to the addon''s own)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout as a duration (e.g. 15s, 1m)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for Kubernetes operations')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for Kubernetes operations (repeatable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Accepted for istioctl compatibility (scope:level,…); sailctl''s own logging is -v')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sailctl;dashboard;zipkin' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen to (0 picks a free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen to (0 picks a free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on; only accepts IP addresses or localhost')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'When --browser is supplied as false, sailctl dashboard will not open the browser')
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'The component''s port in the pod (defaults to the addon''s own)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout as a duration (e.g. 15s, 1m)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for Kubernetes operations')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for Kubernetes operations (repeatable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Accepted for istioctl compatibility (scope:level,…); sailctl''s own logging is -v')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sailctl;dash;zipkin' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen to (0 picks a free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen to (0 picks a free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on; only accepts IP addresses or localhost')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'When --browser is supplied as false, sailctl dashboard will not open the browser')
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'The component''s port in the pod (defaults to the addon''s own)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout as a duration (e.g. 15s, 1m)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for Kubernetes operations')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for Kubernetes operations (repeatable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Accepted for istioctl compatibility (scope:level,…); sailctl''s own logging is -v')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sailctl;d;zipkin' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen to (0 picks a free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen to (0 picks a free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on; only accepts IP addresses or localhost')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'When --browser is supplied as false, sailctl dashboard will not open the browser')
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'The component''s port in the pod (defaults to the addon''s own)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout as a duration (e.g. 15s, 1m)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for Kubernetes operations')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for Kubernetes operations (repeatable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Accepted for istioctl compatibility (scope:level,…); sailctl''s own logging is -v')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sailctl;dashboard;skywalking' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen to (0 picks a free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen to (0 picks a free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on; only accepts IP addresses or localhost')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'When --browser is supplied as false, sailctl dashboard will not open the browser')
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'The component''s port in the pod (defaults to the addon''s own)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout as a duration (e.g. 15s, 1m)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for Kubernetes operations')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for Kubernetes operations (repeatable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Accepted for istioctl compatibility (scope:level,…); sailctl''s own logging is -v')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sailctl;dash;skywalking' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen to (0 picks a free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen to (0 picks a free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on; only accepts IP addresses or localhost')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'When --browser is supplied as false, sailctl dashboard will not open the browser')
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'The component''s port in the pod (defaults to the addon''s own)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout as a duration (e.g. 15s, 1m)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for Kubernetes operations')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for Kubernetes operations (repeatable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Accepted for istioctl compatibility (scope:level,…); sailctl''s own logging is -v')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sailctl;d;skywalking' {
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen to (0 picks a free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen to (0 picks a free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on; only accepts IP addresses or localhost')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'When --browser is supplied as false, sailctl dashboard will not open the browser')
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'The component''s port in the pod (defaults to the addon''s own)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout as a duration (e.g. 15s, 1m)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for Kubernetes operations')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for Kubernetes operations (repeatable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Accepted for istioctl compatibility (scope:level,…); sailctl''s own logging is -v')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sailctl;dashboard;proxy' {
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Label selector to pick the pod')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Label selector to pick the pod')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen to (0 picks a free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen to (0 picks a free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on; only accepts IP addresses or localhost')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'When --browser is supplied as false, sailctl dashboard will not open the browser')
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'The port in the pod (defaults to the component''s own)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout as a duration (e.g. 15s, 1m)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for Kubernetes operations')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for Kubernetes operations (repeatable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Accepted for istioctl compatibility (scope:level,…); sailctl''s own logging is -v')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sailctl;dash;proxy' {
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Label selector to pick the pod')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Label selector to pick the pod')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen to (0 picks a free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen to (0 picks a free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on; only accepts IP addresses or localhost')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'When --browser is supplied as false, sailctl dashboard will not open the browser')
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'The port in the pod (defaults to the component''s own)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout as a duration (e.g. 15s, 1m)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for Kubernetes operations')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for Kubernetes operations (repeatable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Accepted for istioctl compatibility (scope:level,…); sailctl''s own logging is -v')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sailctl;d;proxy' {
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Label selector to pick the pod')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Label selector to pick the pod')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen to (0 picks a free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen to (0 picks a free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on; only accepts IP addresses or localhost')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'When --browser is supplied as false, sailctl dashboard will not open the browser')
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'The port in the pod (defaults to the component''s own)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout as a duration (e.g. 15s, 1m)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for Kubernetes operations')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for Kubernetes operations (repeatable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Accepted for istioctl compatibility (scope:level,…); sailctl''s own logging is -v')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sailctl;dashboard;envoy' {
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Label selector to pick the pod')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Label selector to pick the pod')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen to (0 picks a free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen to (0 picks a free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on; only accepts IP addresses or localhost')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'When --browser is supplied as false, sailctl dashboard will not open the browser')
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'The port in the pod (defaults to the component''s own)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout as a duration (e.g. 15s, 1m)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for Kubernetes operations')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for Kubernetes operations (repeatable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Accepted for istioctl compatibility (scope:level,…); sailctl''s own logging is -v')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sailctl;dash;envoy' {
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Label selector to pick the pod')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Label selector to pick the pod')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen to (0 picks a free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen to (0 picks a free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on; only accepts IP addresses or localhost')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'When --browser is supplied as false, sailctl dashboard will not open the browser')
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'The port in the pod (defaults to the component''s own)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout as a duration (e.g. 15s, 1m)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for Kubernetes operations')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for Kubernetes operations (repeatable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Accepted for istioctl compatibility (scope:level,…); sailctl''s own logging is -v')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sailctl;d;envoy' {
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Label selector to pick the pod')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Label selector to pick the pod')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen to (0 picks a free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen to (0 picks a free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on; only accepts IP addresses or localhost')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'When --browser is supplied as false, sailctl dashboard will not open the browser')
            [CompletionResult]::new('--ui-port', '--ui-port', [CompletionResultType]::ParameterName, 'The port in the pod (defaults to the component''s own)')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout as a duration (e.g. 15s, 1m)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for Kubernetes operations')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for Kubernetes operations (repeatable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Accepted for istioctl compatibility (scope:level,…); sailctl''s own logging is -v')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sailctl;dashboard;controlz' {
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Label selector to pick the pod')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Label selector to pick the pod')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Control plane revision')
            [CompletionResult]::new('--revision', '--revision', [CompletionResultType]::ParameterName, 'Control plane revision')
            [CompletionResult]::new('--ctrlz_port', '--ctrlz_port', [CompletionResultType]::ParameterName, 'ControlZ port')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen to (0 picks a free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen to (0 picks a free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on; only accepts IP addresses or localhost')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'When --browser is supplied as false, sailctl dashboard will not open the browser')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout as a duration (e.g. 15s, 1m)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for Kubernetes operations')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for Kubernetes operations (repeatable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Accepted for istioctl compatibility (scope:level,…); sailctl''s own logging is -v')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sailctl;dash;controlz' {
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Label selector to pick the pod')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Label selector to pick the pod')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Control plane revision')
            [CompletionResult]::new('--revision', '--revision', [CompletionResultType]::ParameterName, 'Control plane revision')
            [CompletionResult]::new('--ctrlz_port', '--ctrlz_port', [CompletionResultType]::ParameterName, 'ControlZ port')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen to (0 picks a free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen to (0 picks a free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on; only accepts IP addresses or localhost')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'When --browser is supplied as false, sailctl dashboard will not open the browser')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout as a duration (e.g. 15s, 1m)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for Kubernetes operations')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for Kubernetes operations (repeatable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Accepted for istioctl compatibility (scope:level,…); sailctl''s own logging is -v')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sailctl;d;controlz' {
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Label selector to pick the pod')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Label selector to pick the pod')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Control plane revision')
            [CompletionResult]::new('--revision', '--revision', [CompletionResultType]::ParameterName, 'Control plane revision')
            [CompletionResult]::new('--ctrlz_port', '--ctrlz_port', [CompletionResultType]::ParameterName, 'ControlZ port')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen to (0 picks a free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen to (0 picks a free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on; only accepts IP addresses or localhost')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'When --browser is supplied as false, sailctl dashboard will not open the browser')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout as a duration (e.g. 15s, 1m)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for Kubernetes operations')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for Kubernetes operations (repeatable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Accepted for istioctl compatibility (scope:level,…); sailctl''s own logging is -v')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sailctl;dashboard;istiod-debug' {
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Label selector to pick the pod')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Label selector to pick the pod')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Control plane revision')
            [CompletionResult]::new('--revision', '--revision', [CompletionResultType]::ParameterName, 'Control plane revision')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen to (0 picks a free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen to (0 picks a free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on; only accepts IP addresses or localhost')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'When --browser is supplied as false, sailctl dashboard will not open the browser')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout as a duration (e.g. 15s, 1m)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for Kubernetes operations')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for Kubernetes operations (repeatable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Accepted for istioctl compatibility (scope:level,…); sailctl''s own logging is -v')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sailctl;dash;istiod-debug' {
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Label selector to pick the pod')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Label selector to pick the pod')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Control plane revision')
            [CompletionResult]::new('--revision', '--revision', [CompletionResultType]::ParameterName, 'Control plane revision')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen to (0 picks a free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen to (0 picks a free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on; only accepts IP addresses or localhost')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'When --browser is supplied as false, sailctl dashboard will not open the browser')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout as a duration (e.g. 15s, 1m)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for Kubernetes operations')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for Kubernetes operations (repeatable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Accepted for istioctl compatibility (scope:level,…); sailctl''s own logging is -v')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sailctl;d;istiod-debug' {
            [CompletionResult]::new('-l', '-l', [CompletionResultType]::ParameterName, 'Label selector to pick the pod')
            [CompletionResult]::new('--selector', '--selector', [CompletionResultType]::ParameterName, 'Label selector to pick the pod')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Control plane revision')
            [CompletionResult]::new('--revision', '--revision', [CompletionResultType]::ParameterName, 'Control plane revision')
            [CompletionResult]::new('-p', '-p', [CompletionResultType]::ParameterName, 'Local port to listen to (0 picks a free port)')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Local port to listen to (0 picks a free port)')
            [CompletionResult]::new('--address', '--address', [CompletionResultType]::ParameterName, 'Address to listen on; only accepts IP addresses or localhost')
            [CompletionResult]::new('--browser', '--browser', [CompletionResultType]::ParameterName, 'When --browser is supplied as false, sailctl dashboard will not open the browser')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout as a duration (e.g. 15s, 1m)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for Kubernetes operations')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for Kubernetes operations (repeatable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Accepted for istioctl compatibility (scope:level,…); sailctl''s own logging is -v')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sailctl;dashboard;help' {
            [CompletionResult]::new('kiali', 'kiali', [CompletionResultType]::ParameterValue, 'Open Kiali web UI')
            [CompletionResult]::new('grafana', 'grafana', [CompletionResultType]::ParameterValue, 'Open Grafana web UI')
            [CompletionResult]::new('jaeger', 'jaeger', [CompletionResultType]::ParameterValue, 'Open Jaeger web UI')
            [CompletionResult]::new('prometheus', 'prometheus', [CompletionResultType]::ParameterValue, 'Open Prometheus web UI')
            [CompletionResult]::new('zipkin', 'zipkin', [CompletionResultType]::ParameterValue, 'Open Zipkin web UI')
            [CompletionResult]::new('skywalking', 'skywalking', [CompletionResultType]::ParameterValue, 'Open SkyWalking UI')
            [CompletionResult]::new('proxy', 'proxy', [CompletionResultType]::ParameterValue, 'Open the admin dashboard of an Envoy proxy (a sidecar or gateway pod)')
            [CompletionResult]::new('envoy', 'envoy', [CompletionResultType]::ParameterValue, 'Open the admin dashboard of an Envoy proxy (same as proxy)')
            [CompletionResult]::new('controlz', 'controlz', [CompletionResultType]::ParameterValue, 'Open ControlZ web UI of an Istio component')
            [CompletionResult]::new('istiod-debug', 'istiod-debug', [CompletionResultType]::ParameterValue, 'Open the debug web UI of istiod')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sailctl;dashboard;help;kiali' {
            break
        }
        'sailctl;dashboard;help;grafana' {
            break
        }
        'sailctl;dashboard;help;jaeger' {
            break
        }
        'sailctl;dashboard;help;prometheus' {
            break
        }
        'sailctl;dashboard;help;zipkin' {
            break
        }
        'sailctl;dashboard;help;skywalking' {
            break
        }
        'sailctl;dashboard;help;proxy' {
            break
        }
        'sailctl;dashboard;help;envoy' {
            break
        }
        'sailctl;dashboard;help;controlz' {
            break
        }
        'sailctl;dashboard;help;istiod-debug' {
            break
        }
        'sailctl;dashboard;help;help' {
            break
        }
        'sailctl;dash;help' {
            [CompletionResult]::new('kiali', 'kiali', [CompletionResultType]::ParameterValue, 'Open Kiali web UI')
            [CompletionResult]::new('grafana', 'grafana', [CompletionResultType]::ParameterValue, 'Open Grafana web UI')
            [CompletionResult]::new('jaeger', 'jaeger', [CompletionResultType]::ParameterValue, 'Open Jaeger web UI')
            [CompletionResult]::new('prometheus', 'prometheus', [CompletionResultType]::ParameterValue, 'Open Prometheus web UI')
            [CompletionResult]::new('zipkin', 'zipkin', [CompletionResultType]::ParameterValue, 'Open Zipkin web UI')
            [CompletionResult]::new('skywalking', 'skywalking', [CompletionResultType]::ParameterValue, 'Open SkyWalking UI')
            [CompletionResult]::new('proxy', 'proxy', [CompletionResultType]::ParameterValue, 'Open the admin dashboard of an Envoy proxy (a sidecar or gateway pod)')
            [CompletionResult]::new('envoy', 'envoy', [CompletionResultType]::ParameterValue, 'Open the admin dashboard of an Envoy proxy (same as proxy)')
            [CompletionResult]::new('controlz', 'controlz', [CompletionResultType]::ParameterValue, 'Open ControlZ web UI of an Istio component')
            [CompletionResult]::new('istiod-debug', 'istiod-debug', [CompletionResultType]::ParameterValue, 'Open the debug web UI of istiod')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sailctl;dash;help;kiali' {
            break
        }
        'sailctl;dash;help;grafana' {
            break
        }
        'sailctl;dash;help;jaeger' {
            break
        }
        'sailctl;dash;help;prometheus' {
            break
        }
        'sailctl;dash;help;zipkin' {
            break
        }
        'sailctl;dash;help;skywalking' {
            break
        }
        'sailctl;dash;help;proxy' {
            break
        }
        'sailctl;dash;help;envoy' {
            break
        }
        'sailctl;dash;help;controlz' {
            break
        }
        'sailctl;dash;help;istiod-debug' {
            break
        }
        'sailctl;dash;help;help' {
            break
        }
        'sailctl;d;help' {
            [CompletionResult]::new('kiali', 'kiali', [CompletionResultType]::ParameterValue, 'Open Kiali web UI')
            [CompletionResult]::new('grafana', 'grafana', [CompletionResultType]::ParameterValue, 'Open Grafana web UI')
            [CompletionResult]::new('jaeger', 'jaeger', [CompletionResultType]::ParameterValue, 'Open Jaeger web UI')
            [CompletionResult]::new('prometheus', 'prometheus', [CompletionResultType]::ParameterValue, 'Open Prometheus web UI')
            [CompletionResult]::new('zipkin', 'zipkin', [CompletionResultType]::ParameterValue, 'Open Zipkin web UI')
            [CompletionResult]::new('skywalking', 'skywalking', [CompletionResultType]::ParameterValue, 'Open SkyWalking UI')
            [CompletionResult]::new('proxy', 'proxy', [CompletionResultType]::ParameterValue, 'Open the admin dashboard of an Envoy proxy (a sidecar or gateway pod)')
            [CompletionResult]::new('envoy', 'envoy', [CompletionResultType]::ParameterValue, 'Open the admin dashboard of an Envoy proxy (same as proxy)')
            [CompletionResult]::new('controlz', 'controlz', [CompletionResultType]::ParameterValue, 'Open ControlZ web UI of an Istio component')
            [CompletionResult]::new('istiod-debug', 'istiod-debug', [CompletionResultType]::ParameterValue, 'Open the debug web UI of istiod')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sailctl;d;help;kiali' {
            break
        }
        'sailctl;d;help;grafana' {
            break
        }
        'sailctl;d;help;jaeger' {
            break
        }
        'sailctl;d;help;prometheus' {
            break
        }
        'sailctl;d;help;zipkin' {
            break
        }
        'sailctl;d;help;skywalking' {
            break
        }
        'sailctl;d;help;proxy' {
            break
        }
        'sailctl;d;help;envoy' {
            break
        }
        'sailctl;d;help;controlz' {
            break
        }
        'sailctl;d;help;istiod-debug' {
            break
        }
        'sailctl;d;help;help' {
            break
        }
        'sailctl;addons' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout as a duration (e.g. 15s, 1m)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for Kubernetes operations')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for Kubernetes operations (repeatable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Accepted for istioctl compatibility (scope:level,…); sailctl''s own logging is -v')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('install', 'install', [CompletionResultType]::ParameterValue, 'Install observability addons into the Istio namespace')
            [CompletionResult]::new('uninstall', 'uninstall', [CompletionResultType]::ParameterValue, 'Remove observability addons')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the addons and whether they are installed')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sailctl;addons;install' {
            [CompletionResult]::new('--readiness-timeout', '--readiness-timeout', [CompletionResultType]::ParameterName, 'Maximum time to wait for the addons to be ready')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout as a duration (e.g. 15s, 1m)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for Kubernetes operations')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for Kubernetes operations (repeatable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Accepted for istioctl compatibility (scope:level,…); sailctl''s own logging is -v')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sailctl;addons;uninstall' {
            [CompletionResult]::new('--readiness-timeout', '--readiness-timeout', [CompletionResultType]::ParameterName, 'Maximum time to wait for the addons to be ready')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout as a duration (e.g. 15s, 1m)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for Kubernetes operations')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for Kubernetes operations (repeatable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Accepted for istioctl compatibility (scope:level,…); sailctl''s own logging is -v')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sailctl;addons;list' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout as a duration (e.g. 15s, 1m)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for Kubernetes operations')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for Kubernetes operations (repeatable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Accepted for istioctl compatibility (scope:level,…); sailctl''s own logging is -v')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sailctl;addons;help' {
            [CompletionResult]::new('install', 'install', [CompletionResultType]::ParameterValue, 'Install observability addons into the Istio namespace')
            [CompletionResult]::new('uninstall', 'uninstall', [CompletionResultType]::ParameterValue, 'Remove observability addons')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the addons and whether they are installed')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sailctl;addons;help;install' {
            break
        }
        'sailctl;addons;help;uninstall' {
            break
        }
        'sailctl;addons;help;list' {
            break
        }
        'sailctl;addons;help;help' {
            break
        }
        'sailctl;version' {
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Use --remote=false to suppress control plane and data plane check')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Use --short=false to generate full version information')
            [CompletionResult]::new('--short', '--short', [CompletionResultType]::ParameterName, 'Use --short=false to generate full version information')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'One of ''yaml'' or ''json''')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'One of ''yaml'' or ''json''')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Control plane revision')
            [CompletionResult]::new('--revision', '--revision', [CompletionResultType]::ParameterName, 'Control plane revision')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout as a duration (e.g. 15s, 1m)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for Kubernetes operations')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for Kubernetes operations (repeatable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Accepted for istioctl compatibility (scope:level,…); sailctl''s own logging is -v')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sailctl;completion' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout as a duration (e.g. 15s, 1m)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for Kubernetes operations')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for Kubernetes operations (repeatable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Accepted for istioctl compatibility (scope:level,…); sailctl''s own logging is -v')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sailctl;man' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--kubeconfig', '--kubeconfig', [CompletionResultType]::ParameterName, 'Kubernetes configuration file')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'The name of the kubeconfig context to use')
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('--istioNamespace', '--istioNamespace', [CompletionResultType]::ParameterName, 'Istio system namespace')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--namespace', '--namespace', [CompletionResultType]::ParameterName, 'Kubernetes namespace')
            [CompletionResult]::new('--kubeclient-timeout', '--kubeclient-timeout', [CompletionResultType]::ParameterName, 'Kubernetes client timeout as a duration (e.g. 15s, 1m)')
            [CompletionResult]::new('--as', '--as', [CompletionResultType]::ParameterName, 'Username to impersonate for Kubernetes operations')
            [CompletionResult]::new('--as-group', '--as-group', [CompletionResultType]::ParameterName, 'Group to impersonate for Kubernetes operations (repeatable)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)')
            [CompletionResult]::new('--log_output_level', '--log_output_level', [CompletionResultType]::ParameterName, 'Accepted for istioctl compatibility (scope:level,…); sailctl''s own logging is -v')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Print more about what sailctl is doing')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'sailctl;help' {
            [CompletionResult]::new('install', 'install', [CompletionResultType]::ParameterValue, 'Applies an Istio manifest, installing or reconfiguring Istio on a cluster')
            [CompletionResult]::new('upgrade', 'upgrade', [CompletionResultType]::ParameterValue, 'Upgrade Istio control plane in-place with eligibility checks')
            [CompletionResult]::new('uninstall', 'uninstall', [CompletionResultType]::ParameterValue, 'Uninstall Istio from a cluster')
            [CompletionResult]::new('manifest', 'manifest', [CompletionResultType]::ParameterValue, 'Commands related to Istio manifests')
            [CompletionResult]::new('profile', 'profile', [CompletionResultType]::ParameterValue, 'Commands related to Istio configuration profiles')
            [CompletionResult]::new('verify-install', 'verify-install', [CompletionResultType]::ParameterValue, 'Verifies Istio installation status')
            [CompletionResult]::new('precheck', 'precheck', [CompletionResultType]::ParameterValue, 'Check whether Istio can safely be installed or upgraded')
            [CompletionResult]::new('experimental', 'experimental', [CompletionResultType]::ParameterValue, 'Experimental commands that may be modified or deprecated')
            [CompletionResult]::new('kube-inject', 'kube-inject', [CompletionResultType]::ParameterValue, 'Inject Istio sidecar into Kubernetes pod resources')
            [CompletionResult]::new('analyze', 'analyze', [CompletionResultType]::ParameterValue, 'Analyze Istio configuration and print validation messages')
            [CompletionResult]::new('dashboard', 'dashboard', [CompletionResultType]::ParameterValue, 'Access to Istio web UIs')
            [CompletionResult]::new('addons', 'addons', [CompletionResultType]::ParameterValue, 'Install, remove or list the observability addons (Kiali, Prometheus, Grafana, Jaeger, Zipkin)')
            [CompletionResult]::new('version', 'version', [CompletionResultType]::ParameterValue, 'Prints out build version information')
            [CompletionResult]::new('completion', 'completion', [CompletionResultType]::ParameterValue, 'Generate the autocompletion script for the specified shell')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff) generated from the flag definitions')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sailctl;help;install' {
            break
        }
        'sailctl;help;upgrade' {
            break
        }
        'sailctl;help;uninstall' {
            break
        }
        'sailctl;help;manifest' {
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Generates an Istio install manifest')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Compare manifests and generate diff (object by object, then field by field)')
            break
        }
        'sailctl;help;manifest;generate' {
            break
        }
        'sailctl;help;manifest;diff' {
            break
        }
        'sailctl;help;profile' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'Lists available Istio configuration profiles')
            [CompletionResult]::new('dump', 'dump', [CompletionResultType]::ParameterValue, 'Dumps an Istio configuration profile')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Diffs two Istio configuration profiles')
            break
        }
        'sailctl;help;profile;list' {
            break
        }
        'sailctl;help;profile;dump' {
            break
        }
        'sailctl;help;profile;diff' {
            break
        }
        'sailctl;help;verify-install' {
            break
        }
        'sailctl;help;precheck' {
            break
        }
        'sailctl;help;experimental' {
            [CompletionResult]::new('precheck', 'precheck', [CompletionResultType]::ParameterValue, 'Check whether Istio can safely be installed or upgraded')
            [CompletionResult]::new('apply', 'apply', [CompletionResultType]::ParameterValue, 'Server-side apply Kubernetes YAML (files or `-`), so demos and tests need no kubectl')
            break
        }
        'sailctl;help;experimental;precheck' {
            break
        }
        'sailctl;help;experimental;apply' {
            break
        }
        'sailctl;help;kube-inject' {
            break
        }
        'sailctl;help;analyze' {
            break
        }
        'sailctl;help;dashboard' {
            [CompletionResult]::new('kiali', 'kiali', [CompletionResultType]::ParameterValue, 'Open Kiali web UI')
            [CompletionResult]::new('grafana', 'grafana', [CompletionResultType]::ParameterValue, 'Open Grafana web UI')
            [CompletionResult]::new('jaeger', 'jaeger', [CompletionResultType]::ParameterValue, 'Open Jaeger web UI')
            [CompletionResult]::new('prometheus', 'prometheus', [CompletionResultType]::ParameterValue, 'Open Prometheus web UI')
            [CompletionResult]::new('zipkin', 'zipkin', [CompletionResultType]::ParameterValue, 'Open Zipkin web UI')
            [CompletionResult]::new('skywalking', 'skywalking', [CompletionResultType]::ParameterValue, 'Open SkyWalking UI')
            [CompletionResult]::new('proxy', 'proxy', [CompletionResultType]::ParameterValue, 'Open the admin dashboard of an Envoy proxy (a sidecar or gateway pod)')
            [CompletionResult]::new('envoy', 'envoy', [CompletionResultType]::ParameterValue, 'Open the admin dashboard of an Envoy proxy (same as proxy)')
            [CompletionResult]::new('controlz', 'controlz', [CompletionResultType]::ParameterValue, 'Open ControlZ web UI of an Istio component')
            [CompletionResult]::new('istiod-debug', 'istiod-debug', [CompletionResultType]::ParameterValue, 'Open the debug web UI of istiod')
            break
        }
        'sailctl;help;dashboard;kiali' {
            break
        }
        'sailctl;help;dashboard;grafana' {
            break
        }
        'sailctl;help;dashboard;jaeger' {
            break
        }
        'sailctl;help;dashboard;prometheus' {
            break
        }
        'sailctl;help;dashboard;zipkin' {
            break
        }
        'sailctl;help;dashboard;skywalking' {
            break
        }
        'sailctl;help;dashboard;proxy' {
            break
        }
        'sailctl;help;dashboard;envoy' {
            break
        }
        'sailctl;help;dashboard;controlz' {
            break
        }
        'sailctl;help;dashboard;istiod-debug' {
            break
        }
        'sailctl;help;addons' {
            [CompletionResult]::new('install', 'install', [CompletionResultType]::ParameterValue, 'Install observability addons into the Istio namespace')
            [CompletionResult]::new('uninstall', 'uninstall', [CompletionResultType]::ParameterValue, 'Remove observability addons')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the addons and whether they are installed')
            break
        }
        'sailctl;help;addons;install' {
            break
        }
        'sailctl;help;addons;uninstall' {
            break
        }
        'sailctl;help;addons;list' {
            break
        }
        'sailctl;help;version' {
            break
        }
        'sailctl;help;completion' {
            break
        }
        'sailctl;help;man' {
            break
        }
        'sailctl;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
