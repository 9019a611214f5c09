//! Arete's database weights: the cost of one storage read and one write, measured by
//! `arete-node benchmark storage` (frame-benchmarking CLI 64.0.0) on 2026-11-30 (Y/M/D).
//!
//! Machine: `vm`, CPU `Intel(R) Xeon(R) Processor`. Database `ParityDb`, state of block
//! `Number(17)`, state version V1, 1 warm-up rounds.
//! Weight = Average × 1.0 + 0 ns.
//!
//! Generated through `scripts/benchmarks/db-weight-template.hbs`; regenerate with
//! `scripts/benchmark.sh --base`, do not edit by hand. This file came from:
//!
//! ```text
//! /work/main/target/release/arete-node benchmark storage --dev --base-path /tmp/arete-bench-db.RpYZf2 --database paritydb --state-version 1 --batch-size 1000 --template-path scripts/benchmarks/db-weight-template.hbs --weight-path runtime/src/weights/paritydb.rs 
//! ```

#![cfg_attr(rustfmt, rustfmt_skip)]

use frame_support::{parameter_types, weights::{constants::WEIGHT_REF_TIME_PER_NANOS, RuntimeDbWeight}};

parameter_types! {
	/// Reads, in ns: min 1_169, max 2_629_511, mean 8_002,
	/// median 5_262, p75 7_486, p95 20_842, p99 44_989.
	/// Writes, in ns: min 10_536, max 25_177, mean 16_123,
	/// median 14_651, p75 18_756, p95 23_563, p99 25_177.
	pub const MeasuredDbWeight: RuntimeDbWeight = RuntimeDbWeight {
		read: 8_002 * WEIGHT_REF_TIME_PER_NANOS,
		write: 16_123 * WEIGHT_REF_TIME_PER_NANOS,
	};
}
