//! Running many independent cases on two worker threads (this machine's cores), keeping
//! each case with its result and the input order.

/// `run(case, scratch_dir)` for every case, on two threads, each with a scratch directory of
/// its own.
pub fn two_workers<C, R, F>(cases: Vec<C>, run: F) -> Vec<(C, R)>
where
    C: Clone + Send,
    R: Send,
    F: Fn(&C, &std::path::Path) -> R + Sync,
{
    let n = cases.len();
    let chunks: Vec<Vec<C>> = cases
        .chunks(n.div_ceil(2).max(1))
        .map(<[C]>::to_vec)
        .collect();
    let run = &run;
    std::thread::scope(|s| {
        let handles: Vec<_> = chunks
            .into_iter()
            .map(|chunk| {
                s.spawn(move || {
                    let dir = tempfile::tempdir().expect("temp dir");
                    chunk
                        .into_iter()
                        .map(|c| {
                            let r = run(&c, dir.path());
                            (c, r)
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("worker"))
            .collect()
    })
}
