//! clap definitions (filled in by the foundation work).
