// Command kubeplane is one binary that runs a Kubernetes control-plane component.
//
// The component is chosen by the name the binary was started under (a symlink
// named etcd, kube-apiserver, kube-controller-manager or kube-scheduler), or by
// the first argument when started as "kubeplane COMPONENT [flags...]".
// Each component is the upstream command, so flags are exactly the upstream ones.
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	_ "time/tzdata" // CronJob time zones, as the upstream binaries do

	"github.com/spf13/cobra"
	"go.etcd.io/etcd/server/v3/etcdmain"
	"k8s.io/component-base/cli"
	_ "k8s.io/component-base/logs/json/register"
	_ "k8s.io/component-base/metrics/prometheus/clientgo"
	_ "k8s.io/component-base/metrics/prometheus/version"
	"k8s.io/component-base/version"
	apiserver "k8s.io/kubernetes/cmd/kube-apiserver/app"
	controllermanager "k8s.io/kubernetes/cmd/kube-controller-manager/app"
	scheduler "k8s.io/kubernetes/cmd/kube-scheduler/app"
)

// cobraComponents build the upstream cobra command of a component.
var cobraComponents = map[string]func() *cobra.Command{
	"kube-apiserver":          apiserver.NewAPIServerCommand,
	"kube-controller-manager": controllermanager.NewControllerManagerCommand,
	"kube-scheduler":          func() *cobra.Command { return scheduler.NewSchedulerCommand() },
}

func names() string {
	n := []string{"etcd"}
	for k := range cobraComponents {
		n = append(n, k)
	}
	sort.Strings(n)
	return strings.Join(n, ", ")
}

func usage() {
	fmt.Fprintf(os.Stderr, "usage: kubeplane COMPONENT [flags...]   (or run it through a symlink named after the component)\n"+
		"components: %s\nversion: %s\n", names(), version.Get().GitVersion)
}

func main() {
	name := filepath.Base(os.Args[0])
	args := os.Args[1:]
	if name == "kubeplane" || strings.HasPrefix(name, "kubeplane.") {
		if len(args) == 0 {
			usage()
			os.Exit(64)
		}
		name, args = args[0], args[1:]
		switch name {
		case "-h", "--help", "help":
			usage()
			return
		case "version", "--version":
			fmt.Println(version.Get().GitVersion)
			return
		}
	}
	if name == "etcd" {
		// etcdmain.Main reads its flags from args[1:], like os.Args.
		etcdmain.Main(append([]string{"etcd"}, args...))
		return
	}
	newCmd, ok := cobraComponents[name]
	if !ok {
		fmt.Fprintf(os.Stderr, "kubeplane: unknown component %q\n", name)
		usage()
		os.Exit(64)
	}
	cmd := newCmd()
	cmd.SetArgs(args)
	os.Exit(cli.Run(cmd))
}
