//! The fixed-seed run of the test command: 20,000 calls from seed 2026 against the whole
//! runtime, every invariant checked after every block with calls and after every jump in time.

use arete_runtime_fuzz::{report, run::SEEDED_LIMITS, Runner, Source};

/// Calls in the run (at least 20,000).
const CALLS: u64 = SEEDED_LIMITS.calls;

#[test]
fn twenty_thousand_seeded_calls_break_no_invariant() {
	let runner = Runner::new();
	let (stats, result) = runner.run(&mut Source::seeded(2026), SEEDED_LIMITS);
	println!("{}", report(&stats, &runner));
	if let Err(finding) = result {
		panic!("finding {finding}");
	}
	assert_eq!(stats.calls, CALLS);
	// The run reached deep enough to mean something: most calls were included, a good share
	// succeeded, and every Arete pallet had calls succeed. These are floors against the
	// harness losing its reach (seed 2026 gives 14,869 included, 2,047 succeeded, and 35
	// distinct successful calls across Arete's six pallets).
	assert!(stats.included() > CALLS / 2, "{} included", stats.included());
	assert!(stats.succeeded() > CALLS / 20, "{} succeeded", stats.succeeded());
	let mut arete_distinct = 0;
	for (pallet, _, _, succeeded) in stats.coverage(runner.generator()) {
		if ["Witnesses", "Performance", "Agreements", "Agents", "Credits", "Streaming"]
			.contains(&pallet.as_str())
		{
			assert!(succeeded >= 1, "{pallet}: no call succeeded");
			arete_distinct += succeeded;
		}
	}
	assert!(arete_distinct >= 20, "{arete_distinct} distinct Arete calls succeeded");
}
