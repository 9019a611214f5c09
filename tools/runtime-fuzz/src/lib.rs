//! Runtime fuzzing for Arete: random call sequences of any pallet against the whole runtime,
//! with invariants checked after every block.
//!
//! A run starts from the `development` genesis with roles set up ([`roles`]), then reads
//! actions from a [`source::Source`] (the fuzzer's bytes, or a seeded generator): calls of any
//! pallet, signed by a development account or made by root, and the passing of time, applied
//! block by block through `Executive` ([`chain`]). After every block the invariants of
//! [`invariants`] are checked; a panic anywhere is a finding too.
//!
//! Two ways to run it (see the README in this folder):
//! - `cargo test -p arete-runtime-fuzz`: a fixed-seed run of 20,000 calls, in the test command;
//! - `fuzz/`: a libFuzzer target on the same [`run::Runner`], coverage-guided.

pub mod chain;
pub mod generate;
pub mod invariants;
pub mod roles;
pub mod run;
pub mod source;

pub use run::{Limits, Runner, Stats};
pub use source::Source;

/// Prints `stats` with per-pallet coverage, as the command-line tool and the fuzz target do.
pub fn report(stats: &Stats, runner: &Runner) -> String {
	let mut out = format!(
		"calls {} (included {}, succeeded {}, invalid {}, undecodable {}, denied {}), blocks {}, \
		 checkpoints {}, signers topped up {}\n",
		stats.calls,
		stats.included(),
		stats.succeeded(),
		stats.invalid.values().sum::<u64>(),
		stats.undecodable,
		stats.denied,
		stats.blocks,
		stats.checkpoints,
		stats.top_ups,
	);
	for (reason, n) in &stats.invalid {
		out.push_str(&format!("  invalid {n:>6}: {reason}\n"));
	}
	out.push_str("pallet                 calls  included  succeeded\n");
	for (pallet, calls, included, succeeded) in stats.coverage(runner.generator()) {
		out.push_str(&format!("{pallet:<22} {calls:>5} {included:>9} {succeeded:>10}\n"));
	}
	out
}
