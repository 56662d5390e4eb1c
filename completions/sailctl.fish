# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_sailctl_global_optspecs
    string join \n c/kubeconfig= context= i/istioNamespace= n/namespace= kubeclient-timeout= as= as-group= v/verbose color= log_output_level= h/help
end

function __fish_sailctl_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_sailctl_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_sailctl_using_subcommand
    set -l cmd (__fish_sailctl_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c sailctl -n "__fish_sailctl_needs_command" -s c -l kubeconfig -d 'Kubernetes configuration file' -r -F
complete -c sailctl -n "__fish_sailctl_needs_command" -l context -d 'The name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_needs_command" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c sailctl -n "__fish_sailctl_needs_command" -s n -l namespace -d 'Kubernetes namespace' -r
complete -c sailctl -n "__fish_sailctl_needs_command" -l kubeclient-timeout -d 'Kubernetes client timeout as a duration (e.g. 15s, 1m)' -r
complete -c sailctl -n "__fish_sailctl_needs_command" -l as -d 'Username to impersonate for Kubernetes operations' -r
complete -c sailctl -n "__fish_sailctl_needs_command" -l as-group -d 'Group to impersonate for Kubernetes operations (repeatable)' -r
complete -c sailctl -n "__fish_sailctl_needs_command" -l color -d 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_needs_command" -l log_output_level -d 'Accepted for istioctl compatibility (scope:level,…); sailctl\'s own logging is -v' -r
complete -c sailctl -n "__fish_sailctl_needs_command" -s v -l verbose -d 'Print more about what sailctl is doing'
complete -c sailctl -n "__fish_sailctl_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sailctl -n "__fish_sailctl_needs_command" -f -a "install" -d 'Applies an Istio manifest, installing or reconfiguring Istio on a cluster'
complete -c sailctl -n "__fish_sailctl_needs_command" -f -a "apply" -d 'Applies an Istio manifest, installing or reconfiguring Istio on a cluster'
complete -c sailctl -n "__fish_sailctl_needs_command" -f -a "upgrade" -d 'Upgrade Istio control plane in-place with eligibility checks'
complete -c sailctl -n "__fish_sailctl_needs_command" -f -a "uninstall" -d 'Uninstall Istio from a cluster'
complete -c sailctl -n "__fish_sailctl_needs_command" -f -a "manifest" -d 'Commands related to Istio manifests'
complete -c sailctl -n "__fish_sailctl_needs_command" -f -a "profile" -d 'Commands related to Istio configuration profiles'
complete -c sailctl -n "__fish_sailctl_needs_command" -f -a "verify-install" -d 'Verifies Istio installation status'
complete -c sailctl -n "__fish_sailctl_needs_command" -f -a "precheck" -d 'Check whether Istio can safely be installed or upgraded'
complete -c sailctl -n "__fish_sailctl_needs_command" -f -a "experimental" -d 'Experimental commands that may be modified or deprecated'
complete -c sailctl -n "__fish_sailctl_needs_command" -f -a "x" -d 'Experimental commands that may be modified or deprecated'
complete -c sailctl -n "__fish_sailctl_needs_command" -f -a "kube-inject" -d 'Inject Istio sidecar into Kubernetes pod resources'
complete -c sailctl -n "__fish_sailctl_needs_command" -f -a "analyze" -d 'Analyze Istio configuration and print validation messages'
complete -c sailctl -n "__fish_sailctl_needs_command" -f -a "dashboard" -d 'Access to Istio web UIs'
complete -c sailctl -n "__fish_sailctl_needs_command" -f -a "dash" -d 'Access to Istio web UIs'
complete -c sailctl -n "__fish_sailctl_needs_command" -f -a "d" -d 'Access to Istio web UIs'
complete -c sailctl -n "__fish_sailctl_needs_command" -f -a "addons" -d 'Install, remove or list the observability addons (Kiali, Prometheus, Grafana, Jaeger, Zipkin)'
complete -c sailctl -n "__fish_sailctl_needs_command" -f -a "version" -d 'Prints out build version information'
complete -c sailctl -n "__fish_sailctl_needs_command" -f -a "completion" -d 'Generate the autocompletion script for the specified shell'
complete -c sailctl -n "__fish_sailctl_needs_command" -f -a "man" -d 'Print the man page (roff) generated from the flag definitions'
complete -c sailctl -n "__fish_sailctl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sailctl -n "__fish_sailctl_using_subcommand install" -s f -l filename -d 'Path to an IstioOperator file (repeatable; later files override earlier ones; `-` for stdin)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand install" -s s -l set -d 'Override an IstioOperator value, e.g. --set profile=demo or --set values.global.hub=my.hub (repeatable)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand install" -s d -l manifests -d 'Specify a path to a directory of charts and profiles (e.g. ~/Downloads/istio-1.30.3/manifests)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand install" -s r -l revision -d 'Target control plane revision for the command' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand install" -l readiness-timeout -d 'Maximum time to wait for Istio resources in each component to be ready' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand install" -s c -l kubeconfig -d 'Kubernetes configuration file' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand install" -l context -d 'The name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand install" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand install" -s n -l namespace -d 'Kubernetes namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand install" -l kubeclient-timeout -d 'Kubernetes client timeout as a duration (e.g. 15s, 1m)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand install" -l as -d 'Username to impersonate for Kubernetes operations' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand install" -l as-group -d 'Group to impersonate for Kubernetes operations (repeatable)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand install" -l color -d 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand install" -l log_output_level -d 'Accepted for istioctl compatibility (scope:level,…); sailctl\'s own logging is -v' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand install" -s y -l skip-confirmation -d 'The skipConfirmation determines whether the user is prompted for confirmation'
complete -c sailctl -n "__fish_sailctl_using_subcommand install" -l force -d 'Proceed even with validation errors'
complete -c sailctl -n "__fish_sailctl_using_subcommand install" -l dry-run -d 'Console/log output only, make no changes'
complete -c sailctl -n "__fish_sailctl_using_subcommand install" -l verify -d 'Verify the Istio control plane after installation/in-place upgrade'
complete -c sailctl -n "__fish_sailctl_using_subcommand install" -s v -l verbose -d 'Print more about what sailctl is doing'
complete -c sailctl -n "__fish_sailctl_using_subcommand install" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sailctl -n "__fish_sailctl_using_subcommand apply" -s f -l filename -d 'Path to an IstioOperator file (repeatable; later files override earlier ones; `-` for stdin)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand apply" -s s -l set -d 'Override an IstioOperator value, e.g. --set profile=demo or --set values.global.hub=my.hub (repeatable)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand apply" -s d -l manifests -d 'Specify a path to a directory of charts and profiles (e.g. ~/Downloads/istio-1.30.3/manifests)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand apply" -s r -l revision -d 'Target control plane revision for the command' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand apply" -l readiness-timeout -d 'Maximum time to wait for Istio resources in each component to be ready' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand apply" -s c -l kubeconfig -d 'Kubernetes configuration file' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand apply" -l context -d 'The name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand apply" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand apply" -s n -l namespace -d 'Kubernetes namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand apply" -l kubeclient-timeout -d 'Kubernetes client timeout as a duration (e.g. 15s, 1m)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand apply" -l as -d 'Username to impersonate for Kubernetes operations' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand apply" -l as-group -d 'Group to impersonate for Kubernetes operations (repeatable)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand apply" -l color -d 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand apply" -l log_output_level -d 'Accepted for istioctl compatibility (scope:level,…); sailctl\'s own logging is -v' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand apply" -s y -l skip-confirmation -d 'The skipConfirmation determines whether the user is prompted for confirmation'
complete -c sailctl -n "__fish_sailctl_using_subcommand apply" -l force -d 'Proceed even with validation errors'
complete -c sailctl -n "__fish_sailctl_using_subcommand apply" -l dry-run -d 'Console/log output only, make no changes'
complete -c sailctl -n "__fish_sailctl_using_subcommand apply" -l verify -d 'Verify the Istio control plane after installation/in-place upgrade'
complete -c sailctl -n "__fish_sailctl_using_subcommand apply" -s v -l verbose -d 'Print more about what sailctl is doing'
complete -c sailctl -n "__fish_sailctl_using_subcommand apply" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sailctl -n "__fish_sailctl_using_subcommand upgrade" -s f -l filename -d 'Path to an IstioOperator file (repeatable; later files override earlier ones; `-` for stdin)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand upgrade" -s s -l set -d 'Override an IstioOperator value, e.g. --set profile=demo or --set values.global.hub=my.hub (repeatable)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand upgrade" -s d -l manifests -d 'Specify a path to a directory of charts and profiles (e.g. ~/Downloads/istio-1.30.3/manifests)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand upgrade" -s r -l revision -d 'Target control plane revision for the command' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand upgrade" -l readiness-timeout -d 'Maximum time to wait for Istio resources in each component to be ready' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand upgrade" -s c -l kubeconfig -d 'Kubernetes configuration file' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand upgrade" -l context -d 'The name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand upgrade" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand upgrade" -s n -l namespace -d 'Kubernetes namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand upgrade" -l kubeclient-timeout -d 'Kubernetes client timeout as a duration (e.g. 15s, 1m)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand upgrade" -l as -d 'Username to impersonate for Kubernetes operations' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand upgrade" -l as-group -d 'Group to impersonate for Kubernetes operations (repeatable)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand upgrade" -l color -d 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand upgrade" -l log_output_level -d 'Accepted for istioctl compatibility (scope:level,…); sailctl\'s own logging is -v' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand upgrade" -s y -l skip-confirmation -d 'The skipConfirmation determines whether the user is prompted for confirmation'
complete -c sailctl -n "__fish_sailctl_using_subcommand upgrade" -l force -d 'Proceed even with validation errors'
complete -c sailctl -n "__fish_sailctl_using_subcommand upgrade" -l dry-run -d 'Console/log output only, make no changes'
complete -c sailctl -n "__fish_sailctl_using_subcommand upgrade" -l verify -d 'Verify the Istio control plane after installation/in-place upgrade'
complete -c sailctl -n "__fish_sailctl_using_subcommand upgrade" -s v -l verbose -d 'Print more about what sailctl is doing'
complete -c sailctl -n "__fish_sailctl_using_subcommand upgrade" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sailctl -n "__fish_sailctl_using_subcommand uninstall" -s r -l revision -d 'Target control plane revision for the command' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand uninstall" -s f -l filename -d 'The filename of the IstioOperator CR' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand uninstall" -s s -l set -d 'Override an IstioOperator value (repeatable)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand uninstall" -s c -l kubeconfig -d 'Kubernetes configuration file' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand uninstall" -l context -d 'The name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand uninstall" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand uninstall" -s n -l namespace -d 'Kubernetes namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand uninstall" -l kubeclient-timeout -d 'Kubernetes client timeout as a duration (e.g. 15s, 1m)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand uninstall" -l as -d 'Username to impersonate for Kubernetes operations' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand uninstall" -l as-group -d 'Group to impersonate for Kubernetes operations (repeatable)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand uninstall" -l color -d 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand uninstall" -l log_output_level -d 'Accepted for istioctl compatibility (scope:level,…); sailctl\'s own logging is -v' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand uninstall" -l purge -d 'All the Istio resources will be deleted from the cluster'
complete -c sailctl -n "__fish_sailctl_using_subcommand uninstall" -s y -l skip-confirmation -d 'The skipConfirmation determines whether the user is prompted for confirmation'
complete -c sailctl -n "__fish_sailctl_using_subcommand uninstall" -l dry-run -d 'Console/log output only, make no changes'
complete -c sailctl -n "__fish_sailctl_using_subcommand uninstall" -s v -l verbose -d 'Print more about what sailctl is doing'
complete -c sailctl -n "__fish_sailctl_using_subcommand uninstall" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and not __fish_seen_subcommand_from generate diff help" -s c -l kubeconfig -d 'Kubernetes configuration file' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and not __fish_seen_subcommand_from generate diff help" -l context -d 'The name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and not __fish_seen_subcommand_from generate diff help" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and not __fish_seen_subcommand_from generate diff help" -s n -l namespace -d 'Kubernetes namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and not __fish_seen_subcommand_from generate diff help" -l kubeclient-timeout -d 'Kubernetes client timeout as a duration (e.g. 15s, 1m)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and not __fish_seen_subcommand_from generate diff help" -l as -d 'Username to impersonate for Kubernetes operations' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and not __fish_seen_subcommand_from generate diff help" -l as-group -d 'Group to impersonate for Kubernetes operations (repeatable)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and not __fish_seen_subcommand_from generate diff help" -l color -d 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and not __fish_seen_subcommand_from generate diff help" -l log_output_level -d 'Accepted for istioctl compatibility (scope:level,…); sailctl\'s own logging is -v' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and not __fish_seen_subcommand_from generate diff help" -s v -l verbose -d 'Print more about what sailctl is doing'
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and not __fish_seen_subcommand_from generate diff help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and not __fish_seen_subcommand_from generate diff help" -f -a "generate" -d 'Generates an Istio install manifest'
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and not __fish_seen_subcommand_from generate diff help" -f -a "diff" -d 'Compare manifests and generate diff (object by object, then field by field)'
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and not __fish_seen_subcommand_from generate diff help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -s f -l filename -d 'Path to an IstioOperator file (repeatable; later files override earlier ones; `-` for stdin)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -s s -l set -d 'Override an IstioOperator value, e.g. --set profile=demo or --set values.global.hub=my.hub (repeatable)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -s d -l manifests -d 'Specify a path to a directory of charts and profiles (e.g. ~/Downloads/istio-1.30.3/manifests)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -s r -l revision -d 'Target control plane revision for the command' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -l filter -d 'Filter the components rendered, e.g. --filter Pilot,Base (repeatable)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -s o -l output -d 'Manifest output directory path (one file per component); stdout when unset' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -s c -l kubeconfig -d 'Kubernetes configuration file' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -l context -d 'The name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -s n -l namespace -d 'Kubernetes namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -l kubeclient-timeout -d 'Kubernetes client timeout as a duration (e.g. 15s, 1m)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -l as -d 'Username to impersonate for Kubernetes operations' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -l as-group -d 'Group to impersonate for Kubernetes operations (repeatable)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -l color -d 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -l log_output_level -d 'Accepted for istioctl compatibility (scope:level,…); sailctl\'s own logging is -v' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -l force -d 'Proceed even with validation errors'
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -l cluster-specific -d 'Use the cluster to fill in cluster-specific values (Kubernetes version and more)'
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -s v -l verbose -d 'Print more about what sailctl is doing'
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and __fish_seen_subcommand_from generate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and __fish_seen_subcommand_from diff" -l select -d 'Only compare objects matching Kind:Namespace:Name patterns (repeatable, `*` wildcards)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and __fish_seen_subcommand_from diff" -l ignore -d 'Ignore objects matching Kind:Namespace:Name patterns (repeatable, `*` wildcards)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and __fish_seen_subcommand_from diff" -s c -l kubeconfig -d 'Kubernetes configuration file' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and __fish_seen_subcommand_from diff" -l context -d 'The name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and __fish_seen_subcommand_from diff" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and __fish_seen_subcommand_from diff" -s n -l namespace -d 'Kubernetes namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and __fish_seen_subcommand_from diff" -l kubeclient-timeout -d 'Kubernetes client timeout as a duration (e.g. 15s, 1m)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and __fish_seen_subcommand_from diff" -l as -d 'Username to impersonate for Kubernetes operations' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and __fish_seen_subcommand_from diff" -l as-group -d 'Group to impersonate for Kubernetes operations (repeatable)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and __fish_seen_subcommand_from diff" -l color -d 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and __fish_seen_subcommand_from diff" -l log_output_level -d 'Accepted for istioctl compatibility (scope:level,…); sailctl\'s own logging is -v' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and __fish_seen_subcommand_from diff" -s v -l verbose -d 'Print more about what sailctl is doing'
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and __fish_seen_subcommand_from diff" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and __fish_seen_subcommand_from help" -f -a "generate" -d 'Generates an Istio install manifest'
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and __fish_seen_subcommand_from help" -f -a "diff" -d 'Compare manifests and generate diff (object by object, then field by field)'
complete -c sailctl -n "__fish_sailctl_using_subcommand manifest; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and not __fish_seen_subcommand_from list dump diff help" -s c -l kubeconfig -d 'Kubernetes configuration file' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and not __fish_seen_subcommand_from list dump diff help" -l context -d 'The name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and not __fish_seen_subcommand_from list dump diff help" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and not __fish_seen_subcommand_from list dump diff help" -s n -l namespace -d 'Kubernetes namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and not __fish_seen_subcommand_from list dump diff help" -l kubeclient-timeout -d 'Kubernetes client timeout as a duration (e.g. 15s, 1m)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and not __fish_seen_subcommand_from list dump diff help" -l as -d 'Username to impersonate for Kubernetes operations' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and not __fish_seen_subcommand_from list dump diff help" -l as-group -d 'Group to impersonate for Kubernetes operations (repeatable)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and not __fish_seen_subcommand_from list dump diff help" -l color -d 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and not __fish_seen_subcommand_from list dump diff help" -l log_output_level -d 'Accepted for istioctl compatibility (scope:level,…); sailctl\'s own logging is -v' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and not __fish_seen_subcommand_from list dump diff help" -s v -l verbose -d 'Print more about what sailctl is doing'
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and not __fish_seen_subcommand_from list dump diff help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and not __fish_seen_subcommand_from list dump diff help" -f -a "list" -d 'Lists available Istio configuration profiles'
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and not __fish_seen_subcommand_from list dump diff help" -f -a "dump" -d 'Dumps an Istio configuration profile'
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and not __fish_seen_subcommand_from list dump diff help" -f -a "diff" -d 'Diffs two Istio configuration profiles'
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and not __fish_seen_subcommand_from list dump diff help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from list" -s d -l manifests -d 'Specify a path to a directory of charts and profiles' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from list" -s c -l kubeconfig -d 'Kubernetes configuration file' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l context -d 'The name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from list" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from list" -s n -l namespace -d 'Kubernetes namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l kubeclient-timeout -d 'Kubernetes client timeout as a duration (e.g. 15s, 1m)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l as -d 'Username to impersonate for Kubernetes operations' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l as-group -d 'Group to impersonate for Kubernetes operations (repeatable)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l color -d 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from list" -l log_output_level -d 'Accepted for istioctl compatibility (scope:level,…); sailctl\'s own logging is -v' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print more about what sailctl is doing'
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from dump" -s f -l filename -d 'Path to an IstioOperator file to overlay (repeatable)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from dump" -s p -l config-path -d 'The path the root of the output is rooted at, e.g. components.pilot' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from dump" -s o -l output -d 'Output format: one of yaml, json, flags' -r -f -a "yaml\t''
json\t''
flags\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from dump" -s d -l manifests -d 'Specify a path to a directory of charts and profiles' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from dump" -s c -l kubeconfig -d 'Kubernetes configuration file' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from dump" -l context -d 'The name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from dump" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from dump" -s n -l namespace -d 'Kubernetes namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from dump" -l kubeclient-timeout -d 'Kubernetes client timeout as a duration (e.g. 15s, 1m)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from dump" -l as -d 'Username to impersonate for Kubernetes operations' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from dump" -l as-group -d 'Group to impersonate for Kubernetes operations (repeatable)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from dump" -l color -d 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from dump" -l log_output_level -d 'Accepted for istioctl compatibility (scope:level,…); sailctl\'s own logging is -v' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from dump" -s v -l verbose -d 'Print more about what sailctl is doing'
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from dump" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from diff" -s d -l manifests -d 'Specify a path to a directory of charts and profiles' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from diff" -s c -l kubeconfig -d 'Kubernetes configuration file' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from diff" -l context -d 'The name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from diff" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from diff" -s n -l namespace -d 'Kubernetes namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from diff" -l kubeclient-timeout -d 'Kubernetes client timeout as a duration (e.g. 15s, 1m)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from diff" -l as -d 'Username to impersonate for Kubernetes operations' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from diff" -l as-group -d 'Group to impersonate for Kubernetes operations (repeatable)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from diff" -l color -d 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from diff" -l log_output_level -d 'Accepted for istioctl compatibility (scope:level,…); sailctl\'s own logging is -v' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from diff" -s v -l verbose -d 'Print more about what sailctl is doing'
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from diff" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "list" -d 'Lists available Istio configuration profiles'
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "dump" -d 'Dumps an Istio configuration profile'
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "diff" -d 'Diffs two Istio configuration profiles'
complete -c sailctl -n "__fish_sailctl_using_subcommand profile; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sailctl -n "__fish_sailctl_using_subcommand verify-install" -s f -l filename -d 'Path to an IstioOperator file (repeatable; later files override earlier ones; `-` for stdin)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand verify-install" -s s -l set -d 'Override an IstioOperator value, e.g. --set profile=demo or --set values.global.hub=my.hub (repeatable)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand verify-install" -s d -l manifests -d 'Specify a path to a directory of charts and profiles (e.g. ~/Downloads/istio-1.30.3/manifests)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand verify-install" -s r -l revision -d 'Target control plane revision for the command' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand verify-install" -s c -l kubeconfig -d 'Kubernetes configuration file' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand verify-install" -l context -d 'The name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand verify-install" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand verify-install" -s n -l namespace -d 'Kubernetes namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand verify-install" -l kubeclient-timeout -d 'Kubernetes client timeout as a duration (e.g. 15s, 1m)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand verify-install" -l as -d 'Username to impersonate for Kubernetes operations' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand verify-install" -l as-group -d 'Group to impersonate for Kubernetes operations (repeatable)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand verify-install" -l color -d 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand verify-install" -l log_output_level -d 'Accepted for istioctl compatibility (scope:level,…); sailctl\'s own logging is -v' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand verify-install" -s v -l verbose -d 'Print more about what sailctl is doing'
complete -c sailctl -n "__fish_sailctl_using_subcommand verify-install" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sailctl -n "__fish_sailctl_using_subcommand precheck" -s f -l from-version -d 'Check the upgrade from this Istio version, e.g. 1.29.0 (default: the cluster\'s current version)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand precheck" -s o -l output -d 'Output format: one of log, json, yaml' -r -f -a "log\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand precheck" -l output-threshold -d 'The severity level of precheck at which to display messages' -r -f -a "Info\t''
Warning\t''
Error\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand precheck" -s r -l revision -d 'Target control plane revision for the command' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand precheck" -s c -l kubeconfig -d 'Kubernetes configuration file' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand precheck" -l context -d 'The name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand precheck" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand precheck" -s n -l namespace -d 'Kubernetes namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand precheck" -l kubeclient-timeout -d 'Kubernetes client timeout as a duration (e.g. 15s, 1m)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand precheck" -l as -d 'Username to impersonate for Kubernetes operations' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand precheck" -l as-group -d 'Group to impersonate for Kubernetes operations (repeatable)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand precheck" -l color -d 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand precheck" -l log_output_level -d 'Accepted for istioctl compatibility (scope:level,…); sailctl\'s own logging is -v' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand precheck" -l skip-controlplane -d 'Skip checking the control plane'
complete -c sailctl -n "__fish_sailctl_using_subcommand precheck" -s v -l verbose -d 'Print more about what sailctl is doing'
complete -c sailctl -n "__fish_sailctl_using_subcommand precheck" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sailctl -n "__fish_sailctl_using_subcommand experimental; and not __fish_seen_subcommand_from precheck apply help" -s c -l kubeconfig -d 'Kubernetes configuration file' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand experimental; and not __fish_seen_subcommand_from precheck apply help" -l context -d 'The name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand experimental; and not __fish_seen_subcommand_from precheck apply help" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand experimental; and not __fish_seen_subcommand_from precheck apply help" -s n -l namespace -d 'Kubernetes namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand experimental; and not __fish_seen_subcommand_from precheck apply help" -l kubeclient-timeout -d 'Kubernetes client timeout as a duration (e.g. 15s, 1m)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand experimental; and not __fish_seen_subcommand_from precheck apply help" -l as -d 'Username to impersonate for Kubernetes operations' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand experimental; and not __fish_seen_subcommand_from precheck apply help" -l as-group -d 'Group to impersonate for Kubernetes operations (repeatable)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand experimental; and not __fish_seen_subcommand_from precheck apply help" -l color -d 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand experimental; and not __fish_seen_subcommand_from precheck apply help" -l log_output_level -d 'Accepted for istioctl compatibility (scope:level,…); sailctl\'s own logging is -v' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand experimental; and not __fish_seen_subcommand_from precheck apply help" -s v -l verbose -d 'Print more about what sailctl is doing'
complete -c sailctl -n "__fish_sailctl_using_subcommand experimental; and not __fish_seen_subcommand_from precheck apply help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sailctl -n "__fish_sailctl_using_subcommand experimental; and not __fish_seen_subcommand_from precheck apply help" -f -a "precheck" -d 'Check whether Istio can safely be installed or upgraded'
complete -c sailctl -n "__fish_sailctl_using_subcommand experimental; and not __fish_seen_subcommand_from precheck apply help" -f -a "apply" -d 'Server-side apply Kubernetes YAML (files or `-`), so demos and tests need no kubectl'
complete -c sailctl -n "__fish_sailctl_using_subcommand experimental; and not __fish_seen_subcommand_from precheck apply help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sailctl -n "__fish_sailctl_using_subcommand experimental; and __fish_seen_subcommand_from precheck" -s f -l from-version -d 'Check the upgrade from this Istio version, e.g. 1.29.0 (default: the cluster\'s current version)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand experimental; and __fish_seen_subcommand_from precheck" -s o -l output -d 'Output format: one of log, json, yaml' -r -f -a "log\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand experimental; and __fish_seen_subcommand_from precheck" -l output-threshold -d 'The severity level of precheck at which to display messages' -r -f -a "Info\t''
Warning\t''
Error\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand experimental; and __fish_seen_subcommand_from precheck" -s r -l revision -d 'Target control plane revision for the command' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand experimental; and __fish_seen_subcommand_from precheck" -s c -l kubeconfig -d 'Kubernetes configuration file' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand experimental; and __fish_seen_subcommand_from precheck" -l context -d 'The name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand experimental; and __fish_seen_subcommand_from precheck" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand experimental; and __fish_seen_subcommand_from precheck" -s n -l namespace -d 'Kubernetes namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand experimental; and __fish_seen_subcommand_from precheck" -l kubeclient-timeout -d 'Kubernetes client timeout as a duration (e.g. 15s, 1m)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand experimental; and __fish_seen_subcommand_from precheck" -l as -d 'Username to impersonate for Kubernetes operations' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand experimental; and __fish_seen_subcommand_from precheck" -l as-group -d 'Group to impersonate for Kubernetes operations (repeatable)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand experimental; and __fish_seen_subcommand_from precheck" -l color -d 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand experimental; and __fish_seen_subcommand_from precheck" -l log_output_level -d 'Accepted for istioctl compatibility (scope:level,…); sailctl\'s own logging is -v' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand experimental; and __fish_seen_subcommand_from precheck" -l skip-controlplane -d 'Skip checking the control plane'
complete -c sailctl -n "__fish_sailctl_using_subcommand experimental; and __fish_seen_subcommand_from precheck" -s v -l verbose -d 'Print more about what sailctl is doing'
complete -c sailctl -n "__fish_sailctl_using_subcommand experimental; and __fish_seen_subcommand_from precheck" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sailctl -n "__fish_sailctl_using_subcommand experimental; and __fish_seen_subcommand_from apply" -s f -l filename -d 'Files to apply (`-` for stdin)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand experimental; and __fish_seen_subcommand_from apply" -s c -l kubeconfig -d 'Kubernetes configuration file' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand experimental; and __fish_seen_subcommand_from apply" -l context -d 'The name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand experimental; and __fish_seen_subcommand_from apply" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand experimental; and __fish_seen_subcommand_from apply" -s n -l namespace -d 'Kubernetes namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand experimental; and __fish_seen_subcommand_from apply" -l kubeclient-timeout -d 'Kubernetes client timeout as a duration (e.g. 15s, 1m)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand experimental; and __fish_seen_subcommand_from apply" -l as -d 'Username to impersonate for Kubernetes operations' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand experimental; and __fish_seen_subcommand_from apply" -l as-group -d 'Group to impersonate for Kubernetes operations (repeatable)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand experimental; and __fish_seen_subcommand_from apply" -l color -d 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand experimental; and __fish_seen_subcommand_from apply" -l log_output_level -d 'Accepted for istioctl compatibility (scope:level,…); sailctl\'s own logging is -v' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand experimental; and __fish_seen_subcommand_from apply" -s v -l verbose -d 'Print more about what sailctl is doing'
complete -c sailctl -n "__fish_sailctl_using_subcommand experimental; and __fish_seen_subcommand_from apply" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sailctl -n "__fish_sailctl_using_subcommand experimental; and __fish_seen_subcommand_from help" -f -a "precheck" -d 'Check whether Istio can safely be installed or upgraded'
complete -c sailctl -n "__fish_sailctl_using_subcommand experimental; and __fish_seen_subcommand_from help" -f -a "apply" -d 'Server-side apply Kubernetes YAML (files or `-`), so demos and tests need no kubectl'
complete -c sailctl -n "__fish_sailctl_using_subcommand experimental; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and not __fish_seen_subcommand_from precheck apply help" -s c -l kubeconfig -d 'Kubernetes configuration file' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and not __fish_seen_subcommand_from precheck apply help" -l context -d 'The name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and not __fish_seen_subcommand_from precheck apply help" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and not __fish_seen_subcommand_from precheck apply help" -s n -l namespace -d 'Kubernetes namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and not __fish_seen_subcommand_from precheck apply help" -l kubeclient-timeout -d 'Kubernetes client timeout as a duration (e.g. 15s, 1m)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and not __fish_seen_subcommand_from precheck apply help" -l as -d 'Username to impersonate for Kubernetes operations' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and not __fish_seen_subcommand_from precheck apply help" -l as-group -d 'Group to impersonate for Kubernetes operations (repeatable)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and not __fish_seen_subcommand_from precheck apply help" -l color -d 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and not __fish_seen_subcommand_from precheck apply help" -l log_output_level -d 'Accepted for istioctl compatibility (scope:level,…); sailctl\'s own logging is -v' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and not __fish_seen_subcommand_from precheck apply help" -s v -l verbose -d 'Print more about what sailctl is doing'
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and not __fish_seen_subcommand_from precheck apply help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and not __fish_seen_subcommand_from precheck apply help" -f -a "precheck" -d 'Check whether Istio can safely be installed or upgraded'
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and not __fish_seen_subcommand_from precheck apply help" -f -a "apply" -d 'Server-side apply Kubernetes YAML (files or `-`), so demos and tests need no kubectl'
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and not __fish_seen_subcommand_from precheck apply help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from precheck" -s f -l from-version -d 'Check the upgrade from this Istio version, e.g. 1.29.0 (default: the cluster\'s current version)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from precheck" -s o -l output -d 'Output format: one of log, json, yaml' -r -f -a "log\t''
json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from precheck" -l output-threshold -d 'The severity level of precheck at which to display messages' -r -f -a "Info\t''
Warning\t''
Error\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from precheck" -s r -l revision -d 'Target control plane revision for the command' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from precheck" -s c -l kubeconfig -d 'Kubernetes configuration file' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from precheck" -l context -d 'The name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from precheck" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from precheck" -s n -l namespace -d 'Kubernetes namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from precheck" -l kubeclient-timeout -d 'Kubernetes client timeout as a duration (e.g. 15s, 1m)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from precheck" -l as -d 'Username to impersonate for Kubernetes operations' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from precheck" -l as-group -d 'Group to impersonate for Kubernetes operations (repeatable)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from precheck" -l color -d 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from precheck" -l log_output_level -d 'Accepted for istioctl compatibility (scope:level,…); sailctl\'s own logging is -v' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from precheck" -l skip-controlplane -d 'Skip checking the control plane'
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from precheck" -s v -l verbose -d 'Print more about what sailctl is doing'
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from precheck" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from apply" -s f -l filename -d 'Files to apply (`-` for stdin)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from apply" -s c -l kubeconfig -d 'Kubernetes configuration file' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from apply" -l context -d 'The name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from apply" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from apply" -s n -l namespace -d 'Kubernetes namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from apply" -l kubeclient-timeout -d 'Kubernetes client timeout as a duration (e.g. 15s, 1m)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from apply" -l as -d 'Username to impersonate for Kubernetes operations' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from apply" -l as-group -d 'Group to impersonate for Kubernetes operations (repeatable)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from apply" -l color -d 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from apply" -l log_output_level -d 'Accepted for istioctl compatibility (scope:level,…); sailctl\'s own logging is -v' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from apply" -s v -l verbose -d 'Print more about what sailctl is doing'
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from apply" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from help" -f -a "precheck" -d 'Check whether Istio can safely be installed or upgraded'
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from help" -f -a "apply" -d 'Server-side apply Kubernetes YAML (files or `-`), so demos and tests need no kubectl'
complete -c sailctl -n "__fish_sailctl_using_subcommand x; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sailctl -n "__fish_sailctl_using_subcommand kube-inject" -s f -l filename -d 'Input Kubernetes resource filename (a file, a directory, or `-` for stdin)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand kube-inject" -s o -l output -d 'Modified output Kubernetes resource filename (written atomically); stdout when unset' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand kube-inject" -l injectConfigFile -d 'Injection configuration filename (the `config` of the istio-sidecar-injector ConfigMap)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand kube-inject" -l valuesFile -d 'Injection values configuration filename (the `values` of the istio-sidecar-injector ConfigMap)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand kube-inject" -l meshConfigFile -d 'Mesh configuration filename (the `mesh` of the istio ConfigMap)' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand kube-inject" -l operatorFileName -d 'An IstioOperator file to render the injection configuration from' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand kube-inject" -l meshConfigMapName -d 'ConfigMap name for Istio mesh configuration' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand kube-inject" -l injectConfigMapName -d 'ConfigMap name for Istio sidecar injection' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand kube-inject" -l webhookConfig -d 'MutatingWebhookConfiguration name for Istio' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand kube-inject" -s r -l revision -d 'Control plane revision' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand kube-inject" -s c -l kubeconfig -d 'Kubernetes configuration file' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand kube-inject" -l context -d 'The name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand kube-inject" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand kube-inject" -s n -l namespace -d 'Kubernetes namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand kube-inject" -l kubeclient-timeout -d 'Kubernetes client timeout as a duration (e.g. 15s, 1m)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand kube-inject" -l as -d 'Username to impersonate for Kubernetes operations' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand kube-inject" -l as-group -d 'Group to impersonate for Kubernetes operations (repeatable)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand kube-inject" -l color -d 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand kube-inject" -l log_output_level -d 'Accepted for istioctl compatibility (scope:level,…); sailctl\'s own logging is -v' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand kube-inject" -s v -l verbose -d 'Print more about what sailctl is doing'
complete -c sailctl -n "__fish_sailctl_using_subcommand kube-inject" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sailctl -n "__fish_sailctl_using_subcommand analyze" -l use-kube -d 'Use live Kubernetes cluster for analysis; --use-kube=false analyzes the files alone' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand analyze" -l analyzer -d 'Run only the named analyzer(s) (repeatable; see --list-analyzers)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand analyze" -l meshConfigFile -d 'Overrides the mesh config values to use for analysis' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand analyze" -s o -l output -d 'Output format: one of log, json, yaml, sarif, github' -r -f -a "log\t''
json\t''
yaml\t''
sarif\t''
github\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand analyze" -l failure-threshold -d 'The severity level of analysis at which to set a non-zero exit code' -r -f -a "Info\t''
Warning\t''
Error\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand analyze" -l output-threshold -d 'The severity level of analysis at which to display messages' -r -f -a "Info\t''
Warning\t''
Error\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand analyze" -s S -l suppress -d 'Suppress reporting a message code on a resource: \'CODE=Kind name.namespace\', `*` wildcards (repeatable)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand analyze" -s R -l recursive -d 'Process directory arguments recursively; --recursive=false only reads the directory\'s own files' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand analyze" -l timeout -d 'The duration to wait before failing' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand analyze" -s r -l revision -d 'Analyze the resources of this control plane revision' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand analyze" -s c -l kubeconfig -d 'Kubernetes configuration file' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand analyze" -l context -d 'The name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand analyze" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand analyze" -s n -l namespace -d 'Kubernetes namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand analyze" -l kubeclient-timeout -d 'Kubernetes client timeout as a duration (e.g. 15s, 1m)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand analyze" -l as -d 'Username to impersonate for Kubernetes operations' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand analyze" -l as-group -d 'Group to impersonate for Kubernetes operations (repeatable)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand analyze" -l color -d 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand analyze" -l log_output_level -d 'Accepted for istioctl compatibility (scope:level,…); sailctl\'s own logging is -v' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand analyze" -s A -l all-namespaces -d 'Analyze all namespaces'
complete -c sailctl -n "__fish_sailctl_using_subcommand analyze" -s L -l list-analyzers -d 'List the analyzers available to run. Suppresses normal execution'
complete -c sailctl -n "__fish_sailctl_using_subcommand analyze" -l ignore-unknown -d 'Ignore unknown resource kinds in the input files'
complete -c sailctl -n "__fish_sailctl_using_subcommand analyze" -s v -l verbose -d 'Print more about what sailctl is doing'
complete -c sailctl -n "__fish_sailctl_using_subcommand analyze" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali grafana jaeger prometheus zipkin skywalking proxy envoy controlz istiod-debug help" -s c -l kubeconfig -d 'Kubernetes configuration file' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali grafana jaeger prometheus zipkin skywalking proxy envoy controlz istiod-debug help" -l context -d 'The name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali grafana jaeger prometheus zipkin skywalking proxy envoy controlz istiod-debug help" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali grafana jaeger prometheus zipkin skywalking proxy envoy controlz istiod-debug help" -s n -l namespace -d 'Kubernetes namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali grafana jaeger prometheus zipkin skywalking proxy envoy controlz istiod-debug help" -l kubeclient-timeout -d 'Kubernetes client timeout as a duration (e.g. 15s, 1m)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali grafana jaeger prometheus zipkin skywalking proxy envoy controlz istiod-debug help" -l as -d 'Username to impersonate for Kubernetes operations' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali grafana jaeger prometheus zipkin skywalking proxy envoy controlz istiod-debug help" -l as-group -d 'Group to impersonate for Kubernetes operations (repeatable)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali grafana jaeger prometheus zipkin skywalking proxy envoy controlz istiod-debug help" -l color -d 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali grafana jaeger prometheus zipkin skywalking proxy envoy controlz istiod-debug help" -l log_output_level -d 'Accepted for istioctl compatibility (scope:level,…); sailctl\'s own logging is -v' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali grafana jaeger prometheus zipkin skywalking proxy envoy controlz istiod-debug help" -s v -l verbose -d 'Print more about what sailctl is doing'
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali grafana jaeger prometheus zipkin skywalking proxy envoy controlz istiod-debug help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali grafana jaeger prometheus zipkin skywalking proxy envoy controlz istiod-debug help" -f -a "kiali" -d 'Open Kiali web UI'
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali grafana jaeger prometheus zipkin skywalking proxy envoy controlz istiod-debug help" -f -a "grafana" -d 'Open Grafana web UI'
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali grafana jaeger prometheus zipkin skywalking proxy envoy controlz istiod-debug help" -f -a "jaeger" -d 'Open Jaeger web UI'
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali grafana jaeger prometheus zipkin skywalking proxy envoy controlz istiod-debug help" -f -a "prometheus" -d 'Open Prometheus web UI'
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali grafana jaeger prometheus zipkin skywalking proxy envoy controlz istiod-debug help" -f -a "zipkin" -d 'Open Zipkin web UI'
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali grafana jaeger prometheus zipkin skywalking proxy envoy controlz istiod-debug help" -f -a "skywalking" -d 'Open SkyWalking UI'
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali grafana jaeger prometheus zipkin skywalking proxy envoy controlz istiod-debug help" -f -a "proxy" -d 'Open the admin dashboard of an Envoy proxy (a sidecar or gateway pod)'
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali grafana jaeger prometheus zipkin skywalking proxy envoy controlz istiod-debug help" -f -a "envoy" -d 'Open the admin dashboard of an Envoy proxy (same as proxy)'
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali grafana jaeger prometheus zipkin skywalking proxy envoy controlz istiod-debug help" -f -a "controlz" -d 'Open ControlZ web UI of an Istio component'
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali grafana jaeger prometheus zipkin skywalking proxy envoy controlz istiod-debug help" -f -a "istiod-debug" -d 'Open the debug web UI of istiod'
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and not __fish_seen_subcommand_from kiali grafana jaeger prometheus zipkin skywalking proxy envoy controlz istiod-debug help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from kiali" -s p -l port -d 'Local port to listen to (0 picks a free port)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from kiali" -l address -d 'Address to listen on; only accepts IP addresses or localhost' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from kiali" -l browser -d 'When --browser is supplied as false, sailctl dashboard will not open the browser' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from kiali" -l ui-port -d 'The component\'s port in the pod (defaults to the addon\'s own)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from kiali" -s c -l kubeconfig -d 'Kubernetes configuration file' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from kiali" -l context -d 'The name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from kiali" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from kiali" -s n -l namespace -d 'Kubernetes namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from kiali" -l kubeclient-timeout -d 'Kubernetes client timeout as a duration (e.g. 15s, 1m)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from kiali" -l as -d 'Username to impersonate for Kubernetes operations' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from kiali" -l as-group -d 'Group to impersonate for Kubernetes operations (repeatable)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from kiali" -l color -d 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from kiali" -l log_output_level -d 'Accepted for istioctl compatibility (scope:level,…); sailctl\'s own logging is -v' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from kiali" -s v -l verbose -d 'Print more about what sailctl is doing'
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from kiali" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from grafana" -s p -l port -d 'Local port to listen to (0 picks a free port)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from grafana" -l address -d 'Address to listen on; only accepts IP addresses or localhost' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from grafana" -l browser -d 'When --browser is supplied as false, sailctl dashboard will not open the browser' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from grafana" -l ui-port -d 'The component\'s port in the pod (defaults to the addon\'s own)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from grafana" -s c -l kubeconfig -d 'Kubernetes configuration file' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from grafana" -l context -d 'The name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from grafana" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from grafana" -s n -l namespace -d 'Kubernetes namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from grafana" -l kubeclient-timeout -d 'Kubernetes client timeout as a duration (e.g. 15s, 1m)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from grafana" -l as -d 'Username to impersonate for Kubernetes operations' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from grafana" -l as-group -d 'Group to impersonate for Kubernetes operations (repeatable)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from grafana" -l color -d 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from grafana" -l log_output_level -d 'Accepted for istioctl compatibility (scope:level,…); sailctl\'s own logging is -v' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from grafana" -s v -l verbose -d 'Print more about what sailctl is doing'
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from grafana" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from jaeger" -s p -l port -d 'Local port to listen to (0 picks a free port)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from jaeger" -l address -d 'Address to listen on; only accepts IP addresses or localhost' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from jaeger" -l browser -d 'When --browser is supplied as false, sailctl dashboard will not open the browser' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from jaeger" -l ui-port -d 'The component\'s port in the pod (defaults to the addon\'s own)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from jaeger" -s c -l kubeconfig -d 'Kubernetes configuration file' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from jaeger" -l context -d 'The name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from jaeger" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from jaeger" -s n -l namespace -d 'Kubernetes namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from jaeger" -l kubeclient-timeout -d 'Kubernetes client timeout as a duration (e.g. 15s, 1m)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from jaeger" -l as -d 'Username to impersonate for Kubernetes operations' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from jaeger" -l as-group -d 'Group to impersonate for Kubernetes operations (repeatable)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from jaeger" -l color -d 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from jaeger" -l log_output_level -d 'Accepted for istioctl compatibility (scope:level,…); sailctl\'s own logging is -v' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from jaeger" -s v -l verbose -d 'Print more about what sailctl is doing'
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from jaeger" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from prometheus" -s p -l port -d 'Local port to listen to (0 picks a free port)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from prometheus" -l address -d 'Address to listen on; only accepts IP addresses or localhost' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from prometheus" -l browser -d 'When --browser is supplied as false, sailctl dashboard will not open the browser' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from prometheus" -l ui-port -d 'The component\'s port in the pod (defaults to the addon\'s own)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from prometheus" -s c -l kubeconfig -d 'Kubernetes configuration file' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from prometheus" -l context -d 'The name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from prometheus" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from prometheus" -s n -l namespace -d 'Kubernetes namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from prometheus" -l kubeclient-timeout -d 'Kubernetes client timeout as a duration (e.g. 15s, 1m)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from prometheus" -l as -d 'Username to impersonate for Kubernetes operations' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from prometheus" -l as-group -d 'Group to impersonate for Kubernetes operations (repeatable)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from prometheus" -l color -d 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from prometheus" -l log_output_level -d 'Accepted for istioctl compatibility (scope:level,…); sailctl\'s own logging is -v' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from prometheus" -s v -l verbose -d 'Print more about what sailctl is doing'
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from prometheus" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from zipkin" -s p -l port -d 'Local port to listen to (0 picks a free port)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from zipkin" -l address -d 'Address to listen on; only accepts IP addresses or localhost' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from zipkin" -l browser -d 'When --browser is supplied as false, sailctl dashboard will not open the browser' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from zipkin" -l ui-port -d 'The component\'s port in the pod (defaults to the addon\'s own)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from zipkin" -s c -l kubeconfig -d 'Kubernetes configuration file' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from zipkin" -l context -d 'The name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from zipkin" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from zipkin" -s n -l namespace -d 'Kubernetes namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from zipkin" -l kubeclient-timeout -d 'Kubernetes client timeout as a duration (e.g. 15s, 1m)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from zipkin" -l as -d 'Username to impersonate for Kubernetes operations' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from zipkin" -l as-group -d 'Group to impersonate for Kubernetes operations (repeatable)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from zipkin" -l color -d 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from zipkin" -l log_output_level -d 'Accepted for istioctl compatibility (scope:level,…); sailctl\'s own logging is -v' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from zipkin" -s v -l verbose -d 'Print more about what sailctl is doing'
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from zipkin" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from skywalking" -s p -l port -d 'Local port to listen to (0 picks a free port)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from skywalking" -l address -d 'Address to listen on; only accepts IP addresses or localhost' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from skywalking" -l browser -d 'When --browser is supplied as false, sailctl dashboard will not open the browser' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from skywalking" -l ui-port -d 'The component\'s port in the pod (defaults to the addon\'s own)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from skywalking" -s c -l kubeconfig -d 'Kubernetes configuration file' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from skywalking" -l context -d 'The name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from skywalking" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from skywalking" -s n -l namespace -d 'Kubernetes namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from skywalking" -l kubeclient-timeout -d 'Kubernetes client timeout as a duration (e.g. 15s, 1m)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from skywalking" -l as -d 'Username to impersonate for Kubernetes operations' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from skywalking" -l as-group -d 'Group to impersonate for Kubernetes operations (repeatable)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from skywalking" -l color -d 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from skywalking" -l log_output_level -d 'Accepted for istioctl compatibility (scope:level,…); sailctl\'s own logging is -v' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from skywalking" -s v -l verbose -d 'Print more about what sailctl is doing'
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from skywalking" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from proxy" -s l -l selector -d 'Label selector to pick the pod' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from proxy" -s p -l port -d 'Local port to listen to (0 picks a free port)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from proxy" -l address -d 'Address to listen on; only accepts IP addresses or localhost' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from proxy" -l browser -d 'When --browser is supplied as false, sailctl dashboard will not open the browser' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from proxy" -l ui-port -d 'The port in the pod (defaults to the component\'s own)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from proxy" -s c -l kubeconfig -d 'Kubernetes configuration file' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from proxy" -l context -d 'The name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from proxy" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from proxy" -s n -l namespace -d 'Kubernetes namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from proxy" -l kubeclient-timeout -d 'Kubernetes client timeout as a duration (e.g. 15s, 1m)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from proxy" -l as -d 'Username to impersonate for Kubernetes operations' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from proxy" -l as-group -d 'Group to impersonate for Kubernetes operations (repeatable)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from proxy" -l color -d 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from proxy" -l log_output_level -d 'Accepted for istioctl compatibility (scope:level,…); sailctl\'s own logging is -v' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from proxy" -s v -l verbose -d 'Print more about what sailctl is doing'
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from proxy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from envoy" -s l -l selector -d 'Label selector to pick the pod' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from envoy" -s p -l port -d 'Local port to listen to (0 picks a free port)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from envoy" -l address -d 'Address to listen on; only accepts IP addresses or localhost' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from envoy" -l browser -d 'When --browser is supplied as false, sailctl dashboard will not open the browser' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from envoy" -l ui-port -d 'The port in the pod (defaults to the component\'s own)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from envoy" -s c -l kubeconfig -d 'Kubernetes configuration file' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from envoy" -l context -d 'The name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from envoy" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from envoy" -s n -l namespace -d 'Kubernetes namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from envoy" -l kubeclient-timeout -d 'Kubernetes client timeout as a duration (e.g. 15s, 1m)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from envoy" -l as -d 'Username to impersonate for Kubernetes operations' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from envoy" -l as-group -d 'Group to impersonate for Kubernetes operations (repeatable)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from envoy" -l color -d 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from envoy" -l log_output_level -d 'Accepted for istioctl compatibility (scope:level,…); sailctl\'s own logging is -v' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from envoy" -s v -l verbose -d 'Print more about what sailctl is doing'
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from envoy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from controlz" -s l -l selector -d 'Label selector to pick the pod' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from controlz" -s r -l revision -d 'Control plane revision' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from controlz" -l ctrlz_port -d 'ControlZ port' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from controlz" -s p -l port -d 'Local port to listen to (0 picks a free port)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from controlz" -l address -d 'Address to listen on; only accepts IP addresses or localhost' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from controlz" -l browser -d 'When --browser is supplied as false, sailctl dashboard will not open the browser' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from controlz" -s c -l kubeconfig -d 'Kubernetes configuration file' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from controlz" -l context -d 'The name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from controlz" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from controlz" -s n -l namespace -d 'Kubernetes namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from controlz" -l kubeclient-timeout -d 'Kubernetes client timeout as a duration (e.g. 15s, 1m)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from controlz" -l as -d 'Username to impersonate for Kubernetes operations' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from controlz" -l as-group -d 'Group to impersonate for Kubernetes operations (repeatable)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from controlz" -l color -d 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from controlz" -l log_output_level -d 'Accepted for istioctl compatibility (scope:level,…); sailctl\'s own logging is -v' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from controlz" -s v -l verbose -d 'Print more about what sailctl is doing'
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from controlz" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from istiod-debug" -s l -l selector -d 'Label selector to pick the pod' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from istiod-debug" -s r -l revision -d 'Control plane revision' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from istiod-debug" -s p -l port -d 'Local port to listen to (0 picks a free port)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from istiod-debug" -l address -d 'Address to listen on; only accepts IP addresses or localhost' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from istiod-debug" -l browser -d 'When --browser is supplied as false, sailctl dashboard will not open the browser' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from istiod-debug" -s c -l kubeconfig -d 'Kubernetes configuration file' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from istiod-debug" -l context -d 'The name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from istiod-debug" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from istiod-debug" -s n -l namespace -d 'Kubernetes namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from istiod-debug" -l kubeclient-timeout -d 'Kubernetes client timeout as a duration (e.g. 15s, 1m)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from istiod-debug" -l as -d 'Username to impersonate for Kubernetes operations' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from istiod-debug" -l as-group -d 'Group to impersonate for Kubernetes operations (repeatable)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from istiod-debug" -l color -d 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from istiod-debug" -l log_output_level -d 'Accepted for istioctl compatibility (scope:level,…); sailctl\'s own logging is -v' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from istiod-debug" -s v -l verbose -d 'Print more about what sailctl is doing'
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from istiod-debug" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from help" -f -a "kiali" -d 'Open Kiali web UI'
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from help" -f -a "grafana" -d 'Open Grafana web UI'
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from help" -f -a "jaeger" -d 'Open Jaeger web UI'
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from help" -f -a "prometheus" -d 'Open Prometheus web UI'
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from help" -f -a "zipkin" -d 'Open Zipkin web UI'
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from help" -f -a "skywalking" -d 'Open SkyWalking UI'
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from help" -f -a "proxy" -d 'Open the admin dashboard of an Envoy proxy (a sidecar or gateway pod)'
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from help" -f -a "envoy" -d 'Open the admin dashboard of an Envoy proxy (same as proxy)'
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from help" -f -a "controlz" -d 'Open ControlZ web UI of an Istio component'
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from help" -f -a "istiod-debug" -d 'Open the debug web UI of istiod'
complete -c sailctl -n "__fish_sailctl_using_subcommand dashboard; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali grafana jaeger prometheus zipkin skywalking proxy envoy controlz istiod-debug help" -s c -l kubeconfig -d 'Kubernetes configuration file' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali grafana jaeger prometheus zipkin skywalking proxy envoy controlz istiod-debug help" -l context -d 'The name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali grafana jaeger prometheus zipkin skywalking proxy envoy controlz istiod-debug help" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali grafana jaeger prometheus zipkin skywalking proxy envoy controlz istiod-debug help" -s n -l namespace -d 'Kubernetes namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali grafana jaeger prometheus zipkin skywalking proxy envoy controlz istiod-debug help" -l kubeclient-timeout -d 'Kubernetes client timeout as a duration (e.g. 15s, 1m)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali grafana jaeger prometheus zipkin skywalking proxy envoy controlz istiod-debug help" -l as -d 'Username to impersonate for Kubernetes operations' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali grafana jaeger prometheus zipkin skywalking proxy envoy controlz istiod-debug help" -l as-group -d 'Group to impersonate for Kubernetes operations (repeatable)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali grafana jaeger prometheus zipkin skywalking proxy envoy controlz istiod-debug help" -l color -d 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali grafana jaeger prometheus zipkin skywalking proxy envoy controlz istiod-debug help" -l log_output_level -d 'Accepted for istioctl compatibility (scope:level,…); sailctl\'s own logging is -v' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali grafana jaeger prometheus zipkin skywalking proxy envoy controlz istiod-debug help" -s v -l verbose -d 'Print more about what sailctl is doing'
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali grafana jaeger prometheus zipkin skywalking proxy envoy controlz istiod-debug help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali grafana jaeger prometheus zipkin skywalking proxy envoy controlz istiod-debug help" -f -a "kiali" -d 'Open Kiali web UI'
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali grafana jaeger prometheus zipkin skywalking proxy envoy controlz istiod-debug help" -f -a "grafana" -d 'Open Grafana web UI'
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali grafana jaeger prometheus zipkin skywalking proxy envoy controlz istiod-debug help" -f -a "jaeger" -d 'Open Jaeger web UI'
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali grafana jaeger prometheus zipkin skywalking proxy envoy controlz istiod-debug help" -f -a "prometheus" -d 'Open Prometheus web UI'
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali grafana jaeger prometheus zipkin skywalking proxy envoy controlz istiod-debug help" -f -a "zipkin" -d 'Open Zipkin web UI'
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali grafana jaeger prometheus zipkin skywalking proxy envoy controlz istiod-debug help" -f -a "skywalking" -d 'Open SkyWalking UI'
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali grafana jaeger prometheus zipkin skywalking proxy envoy controlz istiod-debug help" -f -a "proxy" -d 'Open the admin dashboard of an Envoy proxy (a sidecar or gateway pod)'
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali grafana jaeger prometheus zipkin skywalking proxy envoy controlz istiod-debug help" -f -a "envoy" -d 'Open the admin dashboard of an Envoy proxy (same as proxy)'
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali grafana jaeger prometheus zipkin skywalking proxy envoy controlz istiod-debug help" -f -a "controlz" -d 'Open ControlZ web UI of an Istio component'
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali grafana jaeger prometheus zipkin skywalking proxy envoy controlz istiod-debug help" -f -a "istiod-debug" -d 'Open the debug web UI of istiod'
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and not __fish_seen_subcommand_from kiali grafana jaeger prometheus zipkin skywalking proxy envoy controlz istiod-debug help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from kiali" -s p -l port -d 'Local port to listen to (0 picks a free port)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from kiali" -l address -d 'Address to listen on; only accepts IP addresses or localhost' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from kiali" -l browser -d 'When --browser is supplied as false, sailctl dashboard will not open the browser' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from kiali" -l ui-port -d 'The component\'s port in the pod (defaults to the addon\'s own)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from kiali" -s c -l kubeconfig -d 'Kubernetes configuration file' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from kiali" -l context -d 'The name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from kiali" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from kiali" -s n -l namespace -d 'Kubernetes namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from kiali" -l kubeclient-timeout -d 'Kubernetes client timeout as a duration (e.g. 15s, 1m)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from kiali" -l as -d 'Username to impersonate for Kubernetes operations' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from kiali" -l as-group -d 'Group to impersonate for Kubernetes operations (repeatable)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from kiali" -l color -d 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from kiali" -l log_output_level -d 'Accepted for istioctl compatibility (scope:level,…); sailctl\'s own logging is -v' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from kiali" -s v -l verbose -d 'Print more about what sailctl is doing'
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from kiali" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from grafana" -s p -l port -d 'Local port to listen to (0 picks a free port)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from grafana" -l address -d 'Address to listen on; only accepts IP addresses or localhost' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from grafana" -l browser -d 'When --browser is supplied as false, sailctl dashboard will not open the browser' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from grafana" -l ui-port -d 'The component\'s port in the pod (defaults to the addon\'s own)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from grafana" -s c -l kubeconfig -d 'Kubernetes configuration file' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from grafana" -l context -d 'The name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from grafana" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from grafana" -s n -l namespace -d 'Kubernetes namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from grafana" -l kubeclient-timeout -d 'Kubernetes client timeout as a duration (e.g. 15s, 1m)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from grafana" -l as -d 'Username to impersonate for Kubernetes operations' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from grafana" -l as-group -d 'Group to impersonate for Kubernetes operations (repeatable)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from grafana" -l color -d 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from grafana" -l log_output_level -d 'Accepted for istioctl compatibility (scope:level,…); sailctl\'s own logging is -v' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from grafana" -s v -l verbose -d 'Print more about what sailctl is doing'
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from grafana" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from jaeger" -s p -l port -d 'Local port to listen to (0 picks a free port)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from jaeger" -l address -d 'Address to listen on; only accepts IP addresses or localhost' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from jaeger" -l browser -d 'When --browser is supplied as false, sailctl dashboard will not open the browser' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from jaeger" -l ui-port -d 'The component\'s port in the pod (defaults to the addon\'s own)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from jaeger" -s c -l kubeconfig -d 'Kubernetes configuration file' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from jaeger" -l context -d 'The name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from jaeger" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from jaeger" -s n -l namespace -d 'Kubernetes namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from jaeger" -l kubeclient-timeout -d 'Kubernetes client timeout as a duration (e.g. 15s, 1m)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from jaeger" -l as -d 'Username to impersonate for Kubernetes operations' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from jaeger" -l as-group -d 'Group to impersonate for Kubernetes operations (repeatable)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from jaeger" -l color -d 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from jaeger" -l log_output_level -d 'Accepted for istioctl compatibility (scope:level,…); sailctl\'s own logging is -v' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from jaeger" -s v -l verbose -d 'Print more about what sailctl is doing'
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from jaeger" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from prometheus" -s p -l port -d 'Local port to listen to (0 picks a free port)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from prometheus" -l address -d 'Address to listen on; only accepts IP addresses or localhost' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from prometheus" -l browser -d 'When --browser is supplied as false, sailctl dashboard will not open the browser' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from prometheus" -l ui-port -d 'The component\'s port in the pod (defaults to the addon\'s own)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from prometheus" -s c -l kubeconfig -d 'Kubernetes configuration file' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from prometheus" -l context -d 'The name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from prometheus" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from prometheus" -s n -l namespace -d 'Kubernetes namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from prometheus" -l kubeclient-timeout -d 'Kubernetes client timeout as a duration (e.g. 15s, 1m)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from prometheus" -l as -d 'Username to impersonate for Kubernetes operations' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from prometheus" -l as-group -d 'Group to impersonate for Kubernetes operations (repeatable)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from prometheus" -l color -d 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from prometheus" -l log_output_level -d 'Accepted for istioctl compatibility (scope:level,…); sailctl\'s own logging is -v' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from prometheus" -s v -l verbose -d 'Print more about what sailctl is doing'
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from prometheus" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from zipkin" -s p -l port -d 'Local port to listen to (0 picks a free port)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from zipkin" -l address -d 'Address to listen on; only accepts IP addresses or localhost' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from zipkin" -l browser -d 'When --browser is supplied as false, sailctl dashboard will not open the browser' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from zipkin" -l ui-port -d 'The component\'s port in the pod (defaults to the addon\'s own)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from zipkin" -s c -l kubeconfig -d 'Kubernetes configuration file' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from zipkin" -l context -d 'The name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from zipkin" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from zipkin" -s n -l namespace -d 'Kubernetes namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from zipkin" -l kubeclient-timeout -d 'Kubernetes client timeout as a duration (e.g. 15s, 1m)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from zipkin" -l as -d 'Username to impersonate for Kubernetes operations' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from zipkin" -l as-group -d 'Group to impersonate for Kubernetes operations (repeatable)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from zipkin" -l color -d 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from zipkin" -l log_output_level -d 'Accepted for istioctl compatibility (scope:level,…); sailctl\'s own logging is -v' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from zipkin" -s v -l verbose -d 'Print more about what sailctl is doing'
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from zipkin" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from skywalking" -s p -l port -d 'Local port to listen to (0 picks a free port)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from skywalking" -l address -d 'Address to listen on; only accepts IP addresses or localhost' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from skywalking" -l browser -d 'When --browser is supplied as false, sailctl dashboard will not open the browser' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from skywalking" -l ui-port -d 'The component\'s port in the pod (defaults to the addon\'s own)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from skywalking" -s c -l kubeconfig -d 'Kubernetes configuration file' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from skywalking" -l context -d 'The name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from skywalking" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from skywalking" -s n -l namespace -d 'Kubernetes namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from skywalking" -l kubeclient-timeout -d 'Kubernetes client timeout as a duration (e.g. 15s, 1m)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from skywalking" -l as -d 'Username to impersonate for Kubernetes operations' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from skywalking" -l as-group -d 'Group to impersonate for Kubernetes operations (repeatable)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from skywalking" -l color -d 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from skywalking" -l log_output_level -d 'Accepted for istioctl compatibility (scope:level,…); sailctl\'s own logging is -v' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from skywalking" -s v -l verbose -d 'Print more about what sailctl is doing'
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from skywalking" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from proxy" -s l -l selector -d 'Label selector to pick the pod' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from proxy" -s p -l port -d 'Local port to listen to (0 picks a free port)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from proxy" -l address -d 'Address to listen on; only accepts IP addresses or localhost' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from proxy" -l browser -d 'When --browser is supplied as false, sailctl dashboard will not open the browser' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from proxy" -l ui-port -d 'The port in the pod (defaults to the component\'s own)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from proxy" -s c -l kubeconfig -d 'Kubernetes configuration file' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from proxy" -l context -d 'The name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from proxy" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from proxy" -s n -l namespace -d 'Kubernetes namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from proxy" -l kubeclient-timeout -d 'Kubernetes client timeout as a duration (e.g. 15s, 1m)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from proxy" -l as -d 'Username to impersonate for Kubernetes operations' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from proxy" -l as-group -d 'Group to impersonate for Kubernetes operations (repeatable)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from proxy" -l color -d 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from proxy" -l log_output_level -d 'Accepted for istioctl compatibility (scope:level,…); sailctl\'s own logging is -v' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from proxy" -s v -l verbose -d 'Print more about what sailctl is doing'
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from proxy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from envoy" -s l -l selector -d 'Label selector to pick the pod' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from envoy" -s p -l port -d 'Local port to listen to (0 picks a free port)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from envoy" -l address -d 'Address to listen on; only accepts IP addresses or localhost' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from envoy" -l browser -d 'When --browser is supplied as false, sailctl dashboard will not open the browser' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from envoy" -l ui-port -d 'The port in the pod (defaults to the component\'s own)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from envoy" -s c -l kubeconfig -d 'Kubernetes configuration file' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from envoy" -l context -d 'The name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from envoy" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from envoy" -s n -l namespace -d 'Kubernetes namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from envoy" -l kubeclient-timeout -d 'Kubernetes client timeout as a duration (e.g. 15s, 1m)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from envoy" -l as -d 'Username to impersonate for Kubernetes operations' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from envoy" -l as-group -d 'Group to impersonate for Kubernetes operations (repeatable)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from envoy" -l color -d 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from envoy" -l log_output_level -d 'Accepted for istioctl compatibility (scope:level,…); sailctl\'s own logging is -v' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from envoy" -s v -l verbose -d 'Print more about what sailctl is doing'
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from envoy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from controlz" -s l -l selector -d 'Label selector to pick the pod' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from controlz" -s r -l revision -d 'Control plane revision' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from controlz" -l ctrlz_port -d 'ControlZ port' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from controlz" -s p -l port -d 'Local port to listen to (0 picks a free port)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from controlz" -l address -d 'Address to listen on; only accepts IP addresses or localhost' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from controlz" -l browser -d 'When --browser is supplied as false, sailctl dashboard will not open the browser' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from controlz" -s c -l kubeconfig -d 'Kubernetes configuration file' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from controlz" -l context -d 'The name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from controlz" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from controlz" -s n -l namespace -d 'Kubernetes namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from controlz" -l kubeclient-timeout -d 'Kubernetes client timeout as a duration (e.g. 15s, 1m)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from controlz" -l as -d 'Username to impersonate for Kubernetes operations' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from controlz" -l as-group -d 'Group to impersonate for Kubernetes operations (repeatable)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from controlz" -l color -d 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from controlz" -l log_output_level -d 'Accepted for istioctl compatibility (scope:level,…); sailctl\'s own logging is -v' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from controlz" -s v -l verbose -d 'Print more about what sailctl is doing'
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from controlz" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from istiod-debug" -s l -l selector -d 'Label selector to pick the pod' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from istiod-debug" -s r -l revision -d 'Control plane revision' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from istiod-debug" -s p -l port -d 'Local port to listen to (0 picks a free port)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from istiod-debug" -l address -d 'Address to listen on; only accepts IP addresses or localhost' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from istiod-debug" -l browser -d 'When --browser is supplied as false, sailctl dashboard will not open the browser' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from istiod-debug" -s c -l kubeconfig -d 'Kubernetes configuration file' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from istiod-debug" -l context -d 'The name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from istiod-debug" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from istiod-debug" -s n -l namespace -d 'Kubernetes namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from istiod-debug" -l kubeclient-timeout -d 'Kubernetes client timeout as a duration (e.g. 15s, 1m)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from istiod-debug" -l as -d 'Username to impersonate for Kubernetes operations' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from istiod-debug" -l as-group -d 'Group to impersonate for Kubernetes operations (repeatable)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from istiod-debug" -l color -d 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from istiod-debug" -l log_output_level -d 'Accepted for istioctl compatibility (scope:level,…); sailctl\'s own logging is -v' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from istiod-debug" -s v -l verbose -d 'Print more about what sailctl is doing'
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from istiod-debug" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from help" -f -a "kiali" -d 'Open Kiali web UI'
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from help" -f -a "grafana" -d 'Open Grafana web UI'
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from help" -f -a "jaeger" -d 'Open Jaeger web UI'
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from help" -f -a "prometheus" -d 'Open Prometheus web UI'
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from help" -f -a "zipkin" -d 'Open Zipkin web UI'
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from help" -f -a "skywalking" -d 'Open SkyWalking UI'
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from help" -f -a "proxy" -d 'Open the admin dashboard of an Envoy proxy (a sidecar or gateway pod)'
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from help" -f -a "envoy" -d 'Open the admin dashboard of an Envoy proxy (same as proxy)'
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from help" -f -a "controlz" -d 'Open ControlZ web UI of an Istio component'
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from help" -f -a "istiod-debug" -d 'Open the debug web UI of istiod'
complete -c sailctl -n "__fish_sailctl_using_subcommand dash; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and not __fish_seen_subcommand_from kiali grafana jaeger prometheus zipkin skywalking proxy envoy controlz istiod-debug help" -s c -l kubeconfig -d 'Kubernetes configuration file' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and not __fish_seen_subcommand_from kiali grafana jaeger prometheus zipkin skywalking proxy envoy controlz istiod-debug help" -l context -d 'The name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and not __fish_seen_subcommand_from kiali grafana jaeger prometheus zipkin skywalking proxy envoy controlz istiod-debug help" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and not __fish_seen_subcommand_from kiali grafana jaeger prometheus zipkin skywalking proxy envoy controlz istiod-debug help" -s n -l namespace -d 'Kubernetes namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and not __fish_seen_subcommand_from kiali grafana jaeger prometheus zipkin skywalking proxy envoy controlz istiod-debug help" -l kubeclient-timeout -d 'Kubernetes client timeout as a duration (e.g. 15s, 1m)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and not __fish_seen_subcommand_from kiali grafana jaeger prometheus zipkin skywalking proxy envoy controlz istiod-debug help" -l as -d 'Username to impersonate for Kubernetes operations' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and not __fish_seen_subcommand_from kiali grafana jaeger prometheus zipkin skywalking proxy envoy controlz istiod-debug help" -l as-group -d 'Group to impersonate for Kubernetes operations (repeatable)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and not __fish_seen_subcommand_from kiali grafana jaeger prometheus zipkin skywalking proxy envoy controlz istiod-debug help" -l color -d 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and not __fish_seen_subcommand_from kiali grafana jaeger prometheus zipkin skywalking proxy envoy controlz istiod-debug help" -l log_output_level -d 'Accepted for istioctl compatibility (scope:level,…); sailctl\'s own logging is -v' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and not __fish_seen_subcommand_from kiali grafana jaeger prometheus zipkin skywalking proxy envoy controlz istiod-debug help" -s v -l verbose -d 'Print more about what sailctl is doing'
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and not __fish_seen_subcommand_from kiali grafana jaeger prometheus zipkin skywalking proxy envoy controlz istiod-debug help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and not __fish_seen_subcommand_from kiali grafana jaeger prometheus zipkin skywalking proxy envoy controlz istiod-debug help" -f -a "kiali" -d 'Open Kiali web UI'
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and not __fish_seen_subcommand_from kiali grafana jaeger prometheus zipkin skywalking proxy envoy controlz istiod-debug help" -f -a "grafana" -d 'Open Grafana web UI'
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and not __fish_seen_subcommand_from kiali grafana jaeger prometheus zipkin skywalking proxy envoy controlz istiod-debug help" -f -a "jaeger" -d 'Open Jaeger web UI'
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and not __fish_seen_subcommand_from kiali grafana jaeger prometheus zipkin skywalking proxy envoy controlz istiod-debug help" -f -a "prometheus" -d 'Open Prometheus web UI'
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and not __fish_seen_subcommand_from kiali grafana jaeger prometheus zipkin skywalking proxy envoy controlz istiod-debug help" -f -a "zipkin" -d 'Open Zipkin web UI'
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and not __fish_seen_subcommand_from kiali grafana jaeger prometheus zipkin skywalking proxy envoy controlz istiod-debug help" -f -a "skywalking" -d 'Open SkyWalking UI'
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and not __fish_seen_subcommand_from kiali grafana jaeger prometheus zipkin skywalking proxy envoy controlz istiod-debug help" -f -a "proxy" -d 'Open the admin dashboard of an Envoy proxy (a sidecar or gateway pod)'
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and not __fish_seen_subcommand_from kiali grafana jaeger prometheus zipkin skywalking proxy envoy controlz istiod-debug help" -f -a "envoy" -d 'Open the admin dashboard of an Envoy proxy (same as proxy)'
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and not __fish_seen_subcommand_from kiali grafana jaeger prometheus zipkin skywalking proxy envoy controlz istiod-debug help" -f -a "controlz" -d 'Open ControlZ web UI of an Istio component'
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and not __fish_seen_subcommand_from kiali grafana jaeger prometheus zipkin skywalking proxy envoy controlz istiod-debug help" -f -a "istiod-debug" -d 'Open the debug web UI of istiod'
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and not __fish_seen_subcommand_from kiali grafana jaeger prometheus zipkin skywalking proxy envoy controlz istiod-debug help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from kiali" -s p -l port -d 'Local port to listen to (0 picks a free port)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from kiali" -l address -d 'Address to listen on; only accepts IP addresses or localhost' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from kiali" -l browser -d 'When --browser is supplied as false, sailctl dashboard will not open the browser' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from kiali" -l ui-port -d 'The component\'s port in the pod (defaults to the addon\'s own)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from kiali" -s c -l kubeconfig -d 'Kubernetes configuration file' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from kiali" -l context -d 'The name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from kiali" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from kiali" -s n -l namespace -d 'Kubernetes namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from kiali" -l kubeclient-timeout -d 'Kubernetes client timeout as a duration (e.g. 15s, 1m)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from kiali" -l as -d 'Username to impersonate for Kubernetes operations' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from kiali" -l as-group -d 'Group to impersonate for Kubernetes operations (repeatable)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from kiali" -l color -d 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from kiali" -l log_output_level -d 'Accepted for istioctl compatibility (scope:level,…); sailctl\'s own logging is -v' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from kiali" -s v -l verbose -d 'Print more about what sailctl is doing'
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from kiali" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from grafana" -s p -l port -d 'Local port to listen to (0 picks a free port)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from grafana" -l address -d 'Address to listen on; only accepts IP addresses or localhost' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from grafana" -l browser -d 'When --browser is supplied as false, sailctl dashboard will not open the browser' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from grafana" -l ui-port -d 'The component\'s port in the pod (defaults to the addon\'s own)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from grafana" -s c -l kubeconfig -d 'Kubernetes configuration file' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from grafana" -l context -d 'The name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from grafana" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from grafana" -s n -l namespace -d 'Kubernetes namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from grafana" -l kubeclient-timeout -d 'Kubernetes client timeout as a duration (e.g. 15s, 1m)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from grafana" -l as -d 'Username to impersonate for Kubernetes operations' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from grafana" -l as-group -d 'Group to impersonate for Kubernetes operations (repeatable)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from grafana" -l color -d 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from grafana" -l log_output_level -d 'Accepted for istioctl compatibility (scope:level,…); sailctl\'s own logging is -v' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from grafana" -s v -l verbose -d 'Print more about what sailctl is doing'
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from grafana" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from jaeger" -s p -l port -d 'Local port to listen to (0 picks a free port)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from jaeger" -l address -d 'Address to listen on; only accepts IP addresses or localhost' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from jaeger" -l browser -d 'When --browser is supplied as false, sailctl dashboard will not open the browser' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from jaeger" -l ui-port -d 'The component\'s port in the pod (defaults to the addon\'s own)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from jaeger" -s c -l kubeconfig -d 'Kubernetes configuration file' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from jaeger" -l context -d 'The name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from jaeger" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from jaeger" -s n -l namespace -d 'Kubernetes namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from jaeger" -l kubeclient-timeout -d 'Kubernetes client timeout as a duration (e.g. 15s, 1m)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from jaeger" -l as -d 'Username to impersonate for Kubernetes operations' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from jaeger" -l as-group -d 'Group to impersonate for Kubernetes operations (repeatable)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from jaeger" -l color -d 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from jaeger" -l log_output_level -d 'Accepted for istioctl compatibility (scope:level,…); sailctl\'s own logging is -v' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from jaeger" -s v -l verbose -d 'Print more about what sailctl is doing'
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from jaeger" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from prometheus" -s p -l port -d 'Local port to listen to (0 picks a free port)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from prometheus" -l address -d 'Address to listen on; only accepts IP addresses or localhost' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from prometheus" -l browser -d 'When --browser is supplied as false, sailctl dashboard will not open the browser' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from prometheus" -l ui-port -d 'The component\'s port in the pod (defaults to the addon\'s own)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from prometheus" -s c -l kubeconfig -d 'Kubernetes configuration file' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from prometheus" -l context -d 'The name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from prometheus" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from prometheus" -s n -l namespace -d 'Kubernetes namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from prometheus" -l kubeclient-timeout -d 'Kubernetes client timeout as a duration (e.g. 15s, 1m)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from prometheus" -l as -d 'Username to impersonate for Kubernetes operations' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from prometheus" -l as-group -d 'Group to impersonate for Kubernetes operations (repeatable)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from prometheus" -l color -d 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from prometheus" -l log_output_level -d 'Accepted for istioctl compatibility (scope:level,…); sailctl\'s own logging is -v' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from prometheus" -s v -l verbose -d 'Print more about what sailctl is doing'
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from prometheus" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from zipkin" -s p -l port -d 'Local port to listen to (0 picks a free port)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from zipkin" -l address -d 'Address to listen on; only accepts IP addresses or localhost' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from zipkin" -l browser -d 'When --browser is supplied as false, sailctl dashboard will not open the browser' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from zipkin" -l ui-port -d 'The component\'s port in the pod (defaults to the addon\'s own)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from zipkin" -s c -l kubeconfig -d 'Kubernetes configuration file' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from zipkin" -l context -d 'The name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from zipkin" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from zipkin" -s n -l namespace -d 'Kubernetes namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from zipkin" -l kubeclient-timeout -d 'Kubernetes client timeout as a duration (e.g. 15s, 1m)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from zipkin" -l as -d 'Username to impersonate for Kubernetes operations' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from zipkin" -l as-group -d 'Group to impersonate for Kubernetes operations (repeatable)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from zipkin" -l color -d 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from zipkin" -l log_output_level -d 'Accepted for istioctl compatibility (scope:level,…); sailctl\'s own logging is -v' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from zipkin" -s v -l verbose -d 'Print more about what sailctl is doing'
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from zipkin" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from skywalking" -s p -l port -d 'Local port to listen to (0 picks a free port)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from skywalking" -l address -d 'Address to listen on; only accepts IP addresses or localhost' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from skywalking" -l browser -d 'When --browser is supplied as false, sailctl dashboard will not open the browser' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from skywalking" -l ui-port -d 'The component\'s port in the pod (defaults to the addon\'s own)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from skywalking" -s c -l kubeconfig -d 'Kubernetes configuration file' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from skywalking" -l context -d 'The name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from skywalking" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from skywalking" -s n -l namespace -d 'Kubernetes namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from skywalking" -l kubeclient-timeout -d 'Kubernetes client timeout as a duration (e.g. 15s, 1m)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from skywalking" -l as -d 'Username to impersonate for Kubernetes operations' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from skywalking" -l as-group -d 'Group to impersonate for Kubernetes operations (repeatable)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from skywalking" -l color -d 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from skywalking" -l log_output_level -d 'Accepted for istioctl compatibility (scope:level,…); sailctl\'s own logging is -v' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from skywalking" -s v -l verbose -d 'Print more about what sailctl is doing'
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from skywalking" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from proxy" -s l -l selector -d 'Label selector to pick the pod' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from proxy" -s p -l port -d 'Local port to listen to (0 picks a free port)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from proxy" -l address -d 'Address to listen on; only accepts IP addresses or localhost' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from proxy" -l browser -d 'When --browser is supplied as false, sailctl dashboard will not open the browser' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from proxy" -l ui-port -d 'The port in the pod (defaults to the component\'s own)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from proxy" -s c -l kubeconfig -d 'Kubernetes configuration file' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from proxy" -l context -d 'The name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from proxy" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from proxy" -s n -l namespace -d 'Kubernetes namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from proxy" -l kubeclient-timeout -d 'Kubernetes client timeout as a duration (e.g. 15s, 1m)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from proxy" -l as -d 'Username to impersonate for Kubernetes operations' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from proxy" -l as-group -d 'Group to impersonate for Kubernetes operations (repeatable)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from proxy" -l color -d 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from proxy" -l log_output_level -d 'Accepted for istioctl compatibility (scope:level,…); sailctl\'s own logging is -v' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from proxy" -s v -l verbose -d 'Print more about what sailctl is doing'
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from proxy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from envoy" -s l -l selector -d 'Label selector to pick the pod' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from envoy" -s p -l port -d 'Local port to listen to (0 picks a free port)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from envoy" -l address -d 'Address to listen on; only accepts IP addresses or localhost' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from envoy" -l browser -d 'When --browser is supplied as false, sailctl dashboard will not open the browser' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from envoy" -l ui-port -d 'The port in the pod (defaults to the component\'s own)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from envoy" -s c -l kubeconfig -d 'Kubernetes configuration file' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from envoy" -l context -d 'The name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from envoy" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from envoy" -s n -l namespace -d 'Kubernetes namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from envoy" -l kubeclient-timeout -d 'Kubernetes client timeout as a duration (e.g. 15s, 1m)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from envoy" -l as -d 'Username to impersonate for Kubernetes operations' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from envoy" -l as-group -d 'Group to impersonate for Kubernetes operations (repeatable)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from envoy" -l color -d 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from envoy" -l log_output_level -d 'Accepted for istioctl compatibility (scope:level,…); sailctl\'s own logging is -v' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from envoy" -s v -l verbose -d 'Print more about what sailctl is doing'
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from envoy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from controlz" -s l -l selector -d 'Label selector to pick the pod' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from controlz" -s r -l revision -d 'Control plane revision' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from controlz" -l ctrlz_port -d 'ControlZ port' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from controlz" -s p -l port -d 'Local port to listen to (0 picks a free port)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from controlz" -l address -d 'Address to listen on; only accepts IP addresses or localhost' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from controlz" -l browser -d 'When --browser is supplied as false, sailctl dashboard will not open the browser' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from controlz" -s c -l kubeconfig -d 'Kubernetes configuration file' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from controlz" -l context -d 'The name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from controlz" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from controlz" -s n -l namespace -d 'Kubernetes namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from controlz" -l kubeclient-timeout -d 'Kubernetes client timeout as a duration (e.g. 15s, 1m)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from controlz" -l as -d 'Username to impersonate for Kubernetes operations' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from controlz" -l as-group -d 'Group to impersonate for Kubernetes operations (repeatable)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from controlz" -l color -d 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from controlz" -l log_output_level -d 'Accepted for istioctl compatibility (scope:level,…); sailctl\'s own logging is -v' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from controlz" -s v -l verbose -d 'Print more about what sailctl is doing'
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from controlz" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from istiod-debug" -s l -l selector -d 'Label selector to pick the pod' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from istiod-debug" -s r -l revision -d 'Control plane revision' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from istiod-debug" -s p -l port -d 'Local port to listen to (0 picks a free port)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from istiod-debug" -l address -d 'Address to listen on; only accepts IP addresses or localhost' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from istiod-debug" -l browser -d 'When --browser is supplied as false, sailctl dashboard will not open the browser' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from istiod-debug" -s c -l kubeconfig -d 'Kubernetes configuration file' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from istiod-debug" -l context -d 'The name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from istiod-debug" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from istiod-debug" -s n -l namespace -d 'Kubernetes namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from istiod-debug" -l kubeclient-timeout -d 'Kubernetes client timeout as a duration (e.g. 15s, 1m)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from istiod-debug" -l as -d 'Username to impersonate for Kubernetes operations' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from istiod-debug" -l as-group -d 'Group to impersonate for Kubernetes operations (repeatable)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from istiod-debug" -l color -d 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from istiod-debug" -l log_output_level -d 'Accepted for istioctl compatibility (scope:level,…); sailctl\'s own logging is -v' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from istiod-debug" -s v -l verbose -d 'Print more about what sailctl is doing'
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from istiod-debug" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from help" -f -a "kiali" -d 'Open Kiali web UI'
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from help" -f -a "grafana" -d 'Open Grafana web UI'
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from help" -f -a "jaeger" -d 'Open Jaeger web UI'
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from help" -f -a "prometheus" -d 'Open Prometheus web UI'
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from help" -f -a "zipkin" -d 'Open Zipkin web UI'
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from help" -f -a "skywalking" -d 'Open SkyWalking UI'
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from help" -f -a "proxy" -d 'Open the admin dashboard of an Envoy proxy (a sidecar or gateway pod)'
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from help" -f -a "envoy" -d 'Open the admin dashboard of an Envoy proxy (same as proxy)'
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from help" -f -a "controlz" -d 'Open ControlZ web UI of an Istio component'
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from help" -f -a "istiod-debug" -d 'Open the debug web UI of istiod'
complete -c sailctl -n "__fish_sailctl_using_subcommand d; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sailctl -n "__fish_sailctl_using_subcommand addons; and not __fish_seen_subcommand_from install uninstall list help" -s c -l kubeconfig -d 'Kubernetes configuration file' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand addons; and not __fish_seen_subcommand_from install uninstall list help" -l context -d 'The name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand addons; and not __fish_seen_subcommand_from install uninstall list help" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand addons; and not __fish_seen_subcommand_from install uninstall list help" -s n -l namespace -d 'Kubernetes namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand addons; and not __fish_seen_subcommand_from install uninstall list help" -l kubeclient-timeout -d 'Kubernetes client timeout as a duration (e.g. 15s, 1m)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand addons; and not __fish_seen_subcommand_from install uninstall list help" -l as -d 'Username to impersonate for Kubernetes operations' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand addons; and not __fish_seen_subcommand_from install uninstall list help" -l as-group -d 'Group to impersonate for Kubernetes operations (repeatable)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand addons; and not __fish_seen_subcommand_from install uninstall list help" -l color -d 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand addons; and not __fish_seen_subcommand_from install uninstall list help" -l log_output_level -d 'Accepted for istioctl compatibility (scope:level,…); sailctl\'s own logging is -v' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand addons; and not __fish_seen_subcommand_from install uninstall list help" -s v -l verbose -d 'Print more about what sailctl is doing'
complete -c sailctl -n "__fish_sailctl_using_subcommand addons; and not __fish_seen_subcommand_from install uninstall list help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sailctl -n "__fish_sailctl_using_subcommand addons; and not __fish_seen_subcommand_from install uninstall list help" -f -a "install" -d 'Install observability addons into the Istio namespace'
complete -c sailctl -n "__fish_sailctl_using_subcommand addons; and not __fish_seen_subcommand_from install uninstall list help" -f -a "uninstall" -d 'Remove observability addons'
complete -c sailctl -n "__fish_sailctl_using_subcommand addons; and not __fish_seen_subcommand_from install uninstall list help" -f -a "list" -d 'List the addons and whether they are installed'
complete -c sailctl -n "__fish_sailctl_using_subcommand addons; and not __fish_seen_subcommand_from install uninstall list help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sailctl -n "__fish_sailctl_using_subcommand addons; and __fish_seen_subcommand_from install" -l readiness-timeout -d 'Maximum time to wait for the addons to be ready' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand addons; and __fish_seen_subcommand_from install" -s c -l kubeconfig -d 'Kubernetes configuration file' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand addons; and __fish_seen_subcommand_from install" -l context -d 'The name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand addons; and __fish_seen_subcommand_from install" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand addons; and __fish_seen_subcommand_from install" -s n -l namespace -d 'Kubernetes namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand addons; and __fish_seen_subcommand_from install" -l kubeclient-timeout -d 'Kubernetes client timeout as a duration (e.g. 15s, 1m)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand addons; and __fish_seen_subcommand_from install" -l as -d 'Username to impersonate for Kubernetes operations' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand addons; and __fish_seen_subcommand_from install" -l as-group -d 'Group to impersonate for Kubernetes operations (repeatable)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand addons; and __fish_seen_subcommand_from install" -l color -d 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand addons; and __fish_seen_subcommand_from install" -l log_output_level -d 'Accepted for istioctl compatibility (scope:level,…); sailctl\'s own logging is -v' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand addons; and __fish_seen_subcommand_from install" -s v -l verbose -d 'Print more about what sailctl is doing'
complete -c sailctl -n "__fish_sailctl_using_subcommand addons; and __fish_seen_subcommand_from install" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sailctl -n "__fish_sailctl_using_subcommand addons; and __fish_seen_subcommand_from uninstall" -l readiness-timeout -d 'Maximum time to wait for the addons to be ready' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand addons; and __fish_seen_subcommand_from uninstall" -s c -l kubeconfig -d 'Kubernetes configuration file' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand addons; and __fish_seen_subcommand_from uninstall" -l context -d 'The name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand addons; and __fish_seen_subcommand_from uninstall" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand addons; and __fish_seen_subcommand_from uninstall" -s n -l namespace -d 'Kubernetes namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand addons; and __fish_seen_subcommand_from uninstall" -l kubeclient-timeout -d 'Kubernetes client timeout as a duration (e.g. 15s, 1m)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand addons; and __fish_seen_subcommand_from uninstall" -l as -d 'Username to impersonate for Kubernetes operations' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand addons; and __fish_seen_subcommand_from uninstall" -l as-group -d 'Group to impersonate for Kubernetes operations (repeatable)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand addons; and __fish_seen_subcommand_from uninstall" -l color -d 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand addons; and __fish_seen_subcommand_from uninstall" -l log_output_level -d 'Accepted for istioctl compatibility (scope:level,…); sailctl\'s own logging is -v' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand addons; and __fish_seen_subcommand_from uninstall" -s v -l verbose -d 'Print more about what sailctl is doing'
complete -c sailctl -n "__fish_sailctl_using_subcommand addons; and __fish_seen_subcommand_from uninstall" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sailctl -n "__fish_sailctl_using_subcommand addons; and __fish_seen_subcommand_from list" -s c -l kubeconfig -d 'Kubernetes configuration file' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand addons; and __fish_seen_subcommand_from list" -l context -d 'The name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand addons; and __fish_seen_subcommand_from list" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand addons; and __fish_seen_subcommand_from list" -s n -l namespace -d 'Kubernetes namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand addons; and __fish_seen_subcommand_from list" -l kubeclient-timeout -d 'Kubernetes client timeout as a duration (e.g. 15s, 1m)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand addons; and __fish_seen_subcommand_from list" -l as -d 'Username to impersonate for Kubernetes operations' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand addons; and __fish_seen_subcommand_from list" -l as-group -d 'Group to impersonate for Kubernetes operations (repeatable)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand addons; and __fish_seen_subcommand_from list" -l color -d 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand addons; and __fish_seen_subcommand_from list" -l log_output_level -d 'Accepted for istioctl compatibility (scope:level,…); sailctl\'s own logging is -v' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand addons; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Print more about what sailctl is doing'
complete -c sailctl -n "__fish_sailctl_using_subcommand addons; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sailctl -n "__fish_sailctl_using_subcommand addons; and __fish_seen_subcommand_from help" -f -a "install" -d 'Install observability addons into the Istio namespace'
complete -c sailctl -n "__fish_sailctl_using_subcommand addons; and __fish_seen_subcommand_from help" -f -a "uninstall" -d 'Remove observability addons'
complete -c sailctl -n "__fish_sailctl_using_subcommand addons; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the addons and whether they are installed'
complete -c sailctl -n "__fish_sailctl_using_subcommand addons; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sailctl -n "__fish_sailctl_using_subcommand version" -l remote -d 'Use --remote=false to suppress control plane and data plane check' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand version" -s s -l short -d 'Use --short=false to generate full version information' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand version" -s o -l output -d 'One of \'yaml\' or \'json\'' -r -f -a "json\t''
yaml\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand version" -s r -l revision -d 'Control plane revision' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand version" -s c -l kubeconfig -d 'Kubernetes configuration file' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand version" -l context -d 'The name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand version" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand version" -s n -l namespace -d 'Kubernetes namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand version" -l kubeclient-timeout -d 'Kubernetes client timeout as a duration (e.g. 15s, 1m)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand version" -l as -d 'Username to impersonate for Kubernetes operations' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand version" -l as-group -d 'Group to impersonate for Kubernetes operations (repeatable)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand version" -l color -d 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand version" -l log_output_level -d 'Accepted for istioctl compatibility (scope:level,…); sailctl\'s own logging is -v' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand version" -s v -l verbose -d 'Print more about what sailctl is doing'
complete -c sailctl -n "__fish_sailctl_using_subcommand version" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sailctl -n "__fish_sailctl_using_subcommand completion" -s c -l kubeconfig -d 'Kubernetes configuration file' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand completion" -l context -d 'The name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand completion" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand completion" -s n -l namespace -d 'Kubernetes namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand completion" -l kubeclient-timeout -d 'Kubernetes client timeout as a duration (e.g. 15s, 1m)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand completion" -l as -d 'Username to impersonate for Kubernetes operations' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand completion" -l as-group -d 'Group to impersonate for Kubernetes operations (repeatable)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand completion" -l color -d 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand completion" -l log_output_level -d 'Accepted for istioctl compatibility (scope:level,…); sailctl\'s own logging is -v' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand completion" -s v -l verbose -d 'Print more about what sailctl is doing'
complete -c sailctl -n "__fish_sailctl_using_subcommand completion" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sailctl -n "__fish_sailctl_using_subcommand man" -s c -l kubeconfig -d 'Kubernetes configuration file' -r -F
complete -c sailctl -n "__fish_sailctl_using_subcommand man" -l context -d 'The name of the kubeconfig context to use' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand man" -s i -l istioNamespace -d 'Istio system namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand man" -s n -l namespace -d 'Kubernetes namespace' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand man" -l kubeclient-timeout -d 'Kubernetes client timeout as a duration (e.g. 15s, 1m)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand man" -l as -d 'Username to impersonate for Kubernetes operations' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand man" -l as-group -d 'Group to impersonate for Kubernetes operations (repeatable)' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand man" -l color -d 'Use colour on terminals: --color=false turns it off (NO_COLOR is always honoured)' -r -f -a "true\t''
false\t''"
complete -c sailctl -n "__fish_sailctl_using_subcommand man" -l log_output_level -d 'Accepted for istioctl compatibility (scope:level,…); sailctl\'s own logging is -v' -r
complete -c sailctl -n "__fish_sailctl_using_subcommand man" -s v -l verbose -d 'Print more about what sailctl is doing'
complete -c sailctl -n "__fish_sailctl_using_subcommand man" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and not __fish_seen_subcommand_from install upgrade uninstall manifest profile verify-install precheck experimental kube-inject analyze dashboard addons version completion man help" -f -a "install" -d 'Applies an Istio manifest, installing or reconfiguring Istio on a cluster'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and not __fish_seen_subcommand_from install upgrade uninstall manifest profile verify-install precheck experimental kube-inject analyze dashboard addons version completion man help" -f -a "upgrade" -d 'Upgrade Istio control plane in-place with eligibility checks'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and not __fish_seen_subcommand_from install upgrade uninstall manifest profile verify-install precheck experimental kube-inject analyze dashboard addons version completion man help" -f -a "uninstall" -d 'Uninstall Istio from a cluster'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and not __fish_seen_subcommand_from install upgrade uninstall manifest profile verify-install precheck experimental kube-inject analyze dashboard addons version completion man help" -f -a "manifest" -d 'Commands related to Istio manifests'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and not __fish_seen_subcommand_from install upgrade uninstall manifest profile verify-install precheck experimental kube-inject analyze dashboard addons version completion man help" -f -a "profile" -d 'Commands related to Istio configuration profiles'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and not __fish_seen_subcommand_from install upgrade uninstall manifest profile verify-install precheck experimental kube-inject analyze dashboard addons version completion man help" -f -a "verify-install" -d 'Verifies Istio installation status'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and not __fish_seen_subcommand_from install upgrade uninstall manifest profile verify-install precheck experimental kube-inject analyze dashboard addons version completion man help" -f -a "precheck" -d 'Check whether Istio can safely be installed or upgraded'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and not __fish_seen_subcommand_from install upgrade uninstall manifest profile verify-install precheck experimental kube-inject analyze dashboard addons version completion man help" -f -a "experimental" -d 'Experimental commands that may be modified or deprecated'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and not __fish_seen_subcommand_from install upgrade uninstall manifest profile verify-install precheck experimental kube-inject analyze dashboard addons version completion man help" -f -a "kube-inject" -d 'Inject Istio sidecar into Kubernetes pod resources'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and not __fish_seen_subcommand_from install upgrade uninstall manifest profile verify-install precheck experimental kube-inject analyze dashboard addons version completion man help" -f -a "analyze" -d 'Analyze Istio configuration and print validation messages'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and not __fish_seen_subcommand_from install upgrade uninstall manifest profile verify-install precheck experimental kube-inject analyze dashboard addons version completion man help" -f -a "dashboard" -d 'Access to Istio web UIs'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and not __fish_seen_subcommand_from install upgrade uninstall manifest profile verify-install precheck experimental kube-inject analyze dashboard addons version completion man help" -f -a "addons" -d 'Install, remove or list the observability addons (Kiali, Prometheus, Grafana, Jaeger, Zipkin)'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and not __fish_seen_subcommand_from install upgrade uninstall manifest profile verify-install precheck experimental kube-inject analyze dashboard addons version completion man help" -f -a "version" -d 'Prints out build version information'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and not __fish_seen_subcommand_from install upgrade uninstall manifest profile verify-install precheck experimental kube-inject analyze dashboard addons version completion man help" -f -a "completion" -d 'Generate the autocompletion script for the specified shell'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and not __fish_seen_subcommand_from install upgrade uninstall manifest profile verify-install precheck experimental kube-inject analyze dashboard addons version completion man help" -f -a "man" -d 'Print the man page (roff) generated from the flag definitions'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and not __fish_seen_subcommand_from install upgrade uninstall manifest profile verify-install precheck experimental kube-inject analyze dashboard addons version completion man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and __fish_seen_subcommand_from manifest" -f -a "generate" -d 'Generates an Istio install manifest'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and __fish_seen_subcommand_from manifest" -f -a "diff" -d 'Compare manifests and generate diff (object by object, then field by field)'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "list" -d 'Lists available Istio configuration profiles'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "dump" -d 'Dumps an Istio configuration profile'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and __fish_seen_subcommand_from profile" -f -a "diff" -d 'Diffs two Istio configuration profiles'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and __fish_seen_subcommand_from experimental" -f -a "precheck" -d 'Check whether Istio can safely be installed or upgraded'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and __fish_seen_subcommand_from experimental" -f -a "apply" -d 'Server-side apply Kubernetes YAML (files or `-`), so demos and tests need no kubectl'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and __fish_seen_subcommand_from dashboard" -f -a "kiali" -d 'Open Kiali web UI'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and __fish_seen_subcommand_from dashboard" -f -a "grafana" -d 'Open Grafana web UI'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and __fish_seen_subcommand_from dashboard" -f -a "jaeger" -d 'Open Jaeger web UI'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and __fish_seen_subcommand_from dashboard" -f -a "prometheus" -d 'Open Prometheus web UI'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and __fish_seen_subcommand_from dashboard" -f -a "zipkin" -d 'Open Zipkin web UI'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and __fish_seen_subcommand_from dashboard" -f -a "skywalking" -d 'Open SkyWalking UI'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and __fish_seen_subcommand_from dashboard" -f -a "proxy" -d 'Open the admin dashboard of an Envoy proxy (a sidecar or gateway pod)'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and __fish_seen_subcommand_from dashboard" -f -a "envoy" -d 'Open the admin dashboard of an Envoy proxy (same as proxy)'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and __fish_seen_subcommand_from dashboard" -f -a "controlz" -d 'Open ControlZ web UI of an Istio component'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and __fish_seen_subcommand_from dashboard" -f -a "istiod-debug" -d 'Open the debug web UI of istiod'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and __fish_seen_subcommand_from addons" -f -a "install" -d 'Install observability addons into the Istio namespace'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and __fish_seen_subcommand_from addons" -f -a "uninstall" -d 'Remove observability addons'
complete -c sailctl -n "__fish_sailctl_using_subcommand help; and __fish_seen_subcommand_from addons" -f -a "list" -d 'List the addons and whether they are installed'
