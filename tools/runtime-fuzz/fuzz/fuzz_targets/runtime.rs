//! libFuzzer target: each input is a sequence of actions (calls of any pallet, blocks, jumps in
//! time) applied to a fresh chain with every invariant checked after every block; a finding
//! panics, which libFuzzer keeps as a crash.
//!
//! Every minute, at a finding and when the process exits (libFuzzer's `-max_total_time`), the
//! figures of the whole run so far (inputs, calls, blocks, distinct calls per pallet) go to
//! stderr and to the file named by `ARETE_FUZZ_STATS` (if set).
//!
//! With `ARETE_FUZZ_WRITE_SEEDS=<dir>`, the first input instead writes a starting corpus to
//! `<dir>`: 64 seeded runs within the target's limits, recorded as inputs that replay them
//! (run it once with `-runs=1`).

#![no_main]

use std::{
	sync::{Mutex, OnceLock},
	time::{Duration, Instant},
};

use arete_runtime_fuzz::{report, run::FUZZ_LIMITS, Runner, Source, Stats};
use libfuzzer_sys::fuzz_target;

struct Totals {
	stats: Stats,
	inputs: u64,
	started: Instant,
	printed: Instant,
}

fn runner() -> &'static Runner {
	static RUNNER: OnceLock<Runner> = OnceLock::new();
	RUNNER.get_or_init(|| {
		// libFuzzer ends a timed run with exit(): print the last figures then.
		// SAFETY: registers a plain `extern "C"` function that takes no arguments.
		unsafe { libc::atexit(print_at_exit) };
		Runner::new()
	})
}

extern "C" fn print_at_exit() {
	if let Some(totals) = TOTALS.get() {
		if let Ok(totals) = totals.try_lock() {
			if totals.inputs > 0 {
				print(&totals);
			}
		}
	}
}

static TOTALS: OnceLock<Mutex<Totals>> = OnceLock::new();

fn totals() -> &'static Mutex<Totals> {
	TOTALS.get_or_init(|| {
		let now = Instant::now();
		Mutex::new(Totals { stats: Stats::default(), inputs: 0, started: now, printed: now })
	})
}

fn print(totals: &Totals) {
	let text = format!(
		"runtime fuzz: {} inputs in {} s\n{}",
		totals.inputs,
		totals.started.elapsed().as_secs(),
		report(&totals.stats, runner())
	);
	eprint!("{text}");
	if let Some(path) = std::env::var_os("ARETE_FUZZ_STATS") {
		let _ = std::fs::write(path, text);
	}
}

/// Seeds in a starting corpus, and calls in each.
const SEEDS: u64 = 64;
const SEED_CALLS: u64 = 96;

fn write_seeds(dir: &std::path::Path) {
	let _ = std::fs::create_dir_all(dir);
	for seed in 1..=SEEDS {
		let mut source = Source::seeded(seed);
		let (_, result) =
			runner().run(&mut source, arete_runtime_fuzz::Limits { calls: SEED_CALLS, ..FUZZ_LIMITS });
		if let Err(finding) = result {
			panic!("seed {seed}: runtime fuzz finding {finding}");
		}
		let _ = std::fs::write(dir.join(format!("seed-{seed}")), source.recorded());
	}
}

fuzz_target!(|data: &[u8]| {
	if let Some(dir) = std::env::var_os("ARETE_FUZZ_WRITE_SEEDS") {
		static WRITTEN: OnceLock<()> = OnceLock::new();
		WRITTEN.get_or_init(|| write_seeds(std::path::Path::new(&dir)));
		return;
	}
	let (stats, result) = runner().run(&mut Source::bytes(data), FUZZ_LIMITS);
	if let Ok(mut totals) = totals().lock() {
		totals.stats.merge(&stats);
		totals.inputs += 1;
		if totals.printed.elapsed() > Duration::from_secs(60) {
			totals.printed = Instant::now();
			print(&totals);
		}
	}
	if let Err(finding) = result {
		if let Ok(totals) = totals().lock() {
			print(&totals);
		}
		panic!("runtime fuzz finding {finding}");
	}
});
