//! What every bench reads from its command line and environment.

/// Whether this run is `cargo bench` (which passes `--bench`), not `cargo test --benches` (which
/// passes nothing and must not run the measurements).
pub fn bench_requested() -> bool {
    std::env::args().any(|a| a == "--bench")
}

/// The number in environment variable `name`, or `default` when it is unset or not a number.
pub fn env_usize(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(default)
}
