#![no_main]
//! cargo-fuzz target: sailctl::fuzz_entry::gotmpl (see fuzz/README.md).
libfuzzer_sys::fuzz_target!(|data: &[u8]| sailctl::fuzz_entry::gotmpl(data));
