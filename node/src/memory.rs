//! The node's memory allocator settings.
//!
//! glibc's malloc gives busy threads arenas of their own, up to eight per core. The node runs
//! dozens of threads (networking, RPC, the transaction pool's validation, block import,
//! authoring), and memory freed in one arena cannot serve another: under load the node's
//! resident memory grew by about 140 MB more than with two arenas, at the same throughput
//! (measured with `arete-load`'s transfer mix on a dev node; see the README's "Memory").
//! So the node asks for two arenas before any thread starts, unless the operator chose a
//! number with glibc's own `MALLOC_ARENA_MAX` environment variable.

/// Most malloc arenas of the node's process (glibc only; other C libraries are left alone).
pub const MALLOC_ARENAS: i32 = 2;

/// Applies [`MALLOC_ARENAS`]; must run first in `main`, while the process has one thread.
pub fn limit_malloc_arenas() {
	#[cfg(all(target_os = "linux", target_env = "gnu"))]
	if std::env::var_os("MALLOC_ARENA_MAX").is_none() {
		// SAFETY: `mallopt` only sets a tunable of the allocator; called before any other
		// thread exists, nothing allocates concurrently. A refusal (return value 0) leaves
		// glibc's default, which is harmless, so it is not treated as an error.
		unsafe {
			libc::mallopt(libc::M_ARENA_MAX, MALLOC_ARENAS);
		}
	}
}
