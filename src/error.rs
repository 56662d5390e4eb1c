//! User-facing error type (filled in by the foundation work).
