//! Where things are: the checkout, and the shared data beside it (`../shared`: Istio's test
//! data and the reference binaries). A missing piece fails the test, naming what to put where.

use std::path::PathBuf;

/// The checkout being tested.
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `../shared`, the data every checkout of the project shares.
pub fn shared() -> PathBuf {
    repo().join("../shared")
}

/// Istio 1.30.3's test data (`../shared/istio-1.30`), checked to hold `must_hold` (the file
/// the caller reads first), so a missing or partial copy fails with one clear message.
pub fn istio_data(must_hold: &str) -> PathBuf {
    let root = shared().join("istio-1.30");
    let want = root.join(must_hold);
    assert!(
        want.exists(),
        "the Istio 1.30.3 test data is missing: expected {} (the shared data is a sibling of \
         the checkout, ../shared/istio-1.30); these tests fail, they never skip",
        want.display()
    );
    root
}

/// A reference binary's wrapper in `../shared/bin` (it unpacks the binary once and execs it).
pub fn reference_bin(name: &str) -> PathBuf {
    let dir = shared().join("bin");
    let wrapper = dir.join(name);
    assert!(
        wrapper.is_file() && dir.join("SHA256SUMS").is_file(),
        "the reference {name} is missing: expected the wrapper {} with its .xz and SHA256SUMS \
         (the shared reference binaries, ../shared/bin beside the checkout; see its README.md). \
         It needs sh, sha256sum and xz (or python3). These tests fail, they never skip",
        wrapper.display()
    );
    wrapper
}
