#![no_main]
//! cargo-fuzz target: sailctl::fuzz_entry::iop_set (see fuzz/README.md).
libfuzzer_sys::fuzz_target!(|data: &[u8]| sailctl::fuzz_entry::iop_set(data));
