//! Printer (filled in by the foundation work).
