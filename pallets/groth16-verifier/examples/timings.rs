//! Prints how long verification takes natively on each backend for the committed fixtures.
//!
//!     cargo run --release -p groth16-verifier --features fixtures --example timings
//!
//! These are native figures: in a native build the host functions are plain function calls into
//! the same arkworks code, so `Host` measures that code plus the encoding it crosses the
//! boundary with, not the Wasm-versus-native difference a runtime sees. The weights a pallet
//! charges come from its benchmarks, run in Wasm. Nothing here is asserted.

use groth16_verifier::{fixtures::bench_fixture, validate_verifying_key, verify, Backend};
use std::time::{Duration, Instant};

fn time<F: FnMut()>(rounds: u32, mut f: F) -> (Duration, Duration) {
	f(); // warm-up
	let mut best = Duration::MAX;
	let start = Instant::now();
	for _ in 0..rounds {
		let one = Instant::now();
		f();
		best = best.min(one.elapsed());
	}
	(start.elapsed() / rounds, best)
}

fn main() {
	let rounds: u32 = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(50);
	println!("native, release, {rounds} rounds each (mean / best), threads: {}", rayon_threads());
	println!("{:<8} {:>7} {:>24} {:>24}", "backend", "inputs", "verify", "validate key only");
	for inputs in [1u32, 2, 8, 16] {
		let fixture = bench_fixture(inputs).expect("committed fixture");
		for backend in [Backend::Host, Backend::Pure] {
			let (mean, best) = time(rounds, || {
				verify(backend, &fixture.verifying_key, &fixture.proof, &fixture.inputs)
					.expect("a valid proof");
			});
			let (key_mean, key_best) = time(rounds, || {
				validate_verifying_key(backend, &fixture.verifying_key).expect("a valid key");
			});
			println!(
				"{:<8} {:>7} {:>11.2?} / {:>9.2?} {:>11.2?} / {:>9.2?}",
				format!("{backend:?}"),
				inputs,
				mean,
				best,
				key_mean,
				key_best
			);
		}
	}
}

/// arkworks parallelises with rayon when `std` is on (sp-crypto-ec-utils' `std` enables
/// `ark-ec/parallel`), as the node's host functions do.
fn rayon_threads() -> String {
	std::env::var("RAYON_NUM_THREADS").unwrap_or_else(|_| {
		format!("{} (all cores)", std::thread::available_parallelism().map_or(1, |n| n.get()))
	})
}
