//! kube-inject throughput: a generated stream of 5,000 workloads through the bundled
//! sidecar template (default-profile values).

use criterion::{Criterion, criterion_group, criterion_main};
use sailctl::inject::{self, config};

fn stream(n: usize) -> String {
    let mut s = String::new();
    for i in 0..n {
        s.push_str(&format!(
            "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app-{i}\n  namespace: ns-{}\nspec:\n  replicas: 2\n  selector:\n    matchLabels:\n      app: app-{i}\n  template:\n    metadata:\n      labels:\n        app: app-{i}\n        version: v{}\n    spec:\n      containers:\n      - name: app\n        image: example.com/app:{i}\n        ports:\n        - name: http\n          containerPort: 8080\n        readinessProbe:\n          httpGet:\n            path: /ready\n            port: http\n---\n",
            i % 17,
            i % 3
        ));
    }
    s
}

fn bench(c: &mut Criterion) {
    let inputs = sailctl::operator::Inputs {
        set: vec!["profile=default".into()],
        ..Default::default()
    };
    let cfg = config::from_operator(&inputs).expect("bundled config");
    let text = stream(5_000);
    let mut g = c.benchmark_group("inject");
    g.sample_size(10);
    g.bench_function("5000 deployments", |b| {
        b.iter(|| {
            let mut out = Vec::with_capacity(text.len() * 12);
            inject::inject_stream("bench.yaml", &text, &cfg, &mut out, &mut |_| {}).unwrap();
            out.len()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
