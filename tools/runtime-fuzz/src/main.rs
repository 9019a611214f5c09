//! `arete-runtime-fuzz`: runs the runtime fuzzing harness from a seed, or replays inputs (a
//! fuzzer's corpus or crash files), and prints calls, blocks, findings and coverage per pallet.
//!
//! ```text
//! arete-runtime-fuzz seed <SEED> <CALLS> [BLOCKS]
//!                                            # a seeded run (long jumps in time while fewer
//!                                            # than BLOCKS blocks were built, default 25,000)
//! arete-runtime-fuzz replay <FILE|DIR>...    # every input, each on a fresh chain
//! arete-runtime-fuzz corpus <DIR> <SEEDS> <CALLS>
//!                                            # seeded runs of the fuzz target's limits, written
//!                                            # as inputs that replay them: a starting corpus
//! ```
//! Exit code 1 when a run found something, 2 on bad arguments.

use std::path::PathBuf;

use arete_runtime_fuzz::{report, run::SEEDED_LIMITS, Limits, Runner, Source, Stats};

fn main() {
	let args: Vec<String> = std::env::args().skip(1).collect();
	let runner = Runner::new();
	let mut total = Stats::default();
	let mut findings = 0u64;
	match args.first().map(String::as_str) {
		Some("seed") => {
			let (Some(seed), Some(calls)) = (
				args.get(1).and_then(|s| s.parse::<u64>().ok()),
				args.get(2).and_then(|s| s.parse::<u64>().ok()),
			) else {
				usage()
			};
			let blocks = args.get(3).and_then(|s| s.parse::<u64>().ok());
			let limits = Limits { calls, blocks: blocks.unwrap_or(SEEDED_LIMITS.blocks) };
			let (stats, result) = runner.run(&mut Source::seeded(seed), limits);
			total.merge(&stats);
			if let Err(finding) = result {
				println!("finding: {finding}");
				findings += 1;
			}
		},
		Some("corpus") => {
			let (Some(dir), Some(seeds), Some(calls)) = (
				args.get(1),
				args.get(2).and_then(|s| s.parse::<u64>().ok()),
				args.get(3).and_then(|s| s.parse::<u64>().ok()),
			) else {
				usage()
			};
			if std::fs::create_dir_all(dir).is_err() {
				eprintln!("cannot create {dir}");
				std::process::exit(2);
			}
			for seed in 1..=seeds {
				let mut source = Source::seeded(seed);
				let limits = Limits { calls, ..arete_runtime_fuzz::run::FUZZ_LIMITS };
				let (stats, result) = runner.run(&mut source, limits);
				total.merge(&stats);
				if let Err(finding) = result {
					println!("seed {seed}: finding: {finding}");
					findings += 1;
				}
				let path = PathBuf::from(dir).join(format!("seed-{seed}"));
				if std::fs::write(&path, source.recorded()).is_err() {
					eprintln!("cannot write {}", path.display());
					std::process::exit(2);
				}
			}
			println!("inputs {seeds}");
		},
		Some("replay") if args.len() > 1 => {
			let mut files: Vec<PathBuf> = Vec::new();
			for arg in &args[1..] {
				let path = PathBuf::from(arg);
				match std::fs::read_dir(&path) {
					Ok(entries) => files.extend(entries.filter_map(|e| e.ok()).map(|e| e.path())),
					Err(_) => files.push(path),
				}
			}
			files.sort();
			for file in &files {
				let Ok(data) = std::fs::read(file) else {
					eprintln!("cannot read {}", file.display());
					std::process::exit(2);
				};
				let (stats, result) =
					runner.run(&mut Source::bytes(&data), arete_runtime_fuzz::run::FUZZ_LIMITS);
				total.merge(&stats);
				if let Err(finding) = result {
					println!("{}: finding: {finding}", file.display());
					findings += 1;
				}
			}
			println!("inputs {}", files.len());
		},
		_ => usage(),
	}
	print!("{}", report(&total, &runner));
	println!("findings {findings}");
	if findings > 0 {
		std::process::exit(1);
	}
}

fn usage() -> ! {
	eprintln!(
		"usage: arete-runtime-fuzz seed <SEED> <CALLS> [BLOCKS] | replay <FILE|DIR>... | \
		 corpus <DIR> <SEEDS> <CALLS>"
	);
	std::process::exit(2);
}
