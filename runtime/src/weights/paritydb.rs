//! TEMPORARY: RocksDB's reference figures until `scripts/benchmark.sh --base` measures ParityDB.
pub use frame_support::weights::constants::RocksDbWeight as MeasuredDbWeight;
