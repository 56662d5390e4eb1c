#![no_main]
//! cargo-fuzz target: sailctl::fuzz_entry::kube_inject (see fuzz/README.md).
libfuzzer_sys::fuzz_target!(|data: &[u8]| sailctl::fuzz_entry::kube_inject(data));
