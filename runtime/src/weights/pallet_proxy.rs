//! Weights of `pallet_proxy` in Arete's runtime, measured by frame-benchmarking (CLI 64.0.0)
//! on 2026-12-01, replacing the pallet's default `SubstrateWeight`.
//!
//! Machine: `vm`, CPU `AMD EPYC`. Steps 25, repeats 10,
//! execution Compiled, worst-case map size 1000000.
//!
//! Generated through `scripts/benchmarks/runtime-weight-template.hbs`; regenerate with
//! `scripts/benchmark.sh --runtime-pallets`, do not edit by hand. This file came from:
//!
//! ```text
//! /work/main/target/release/arete-node benchmark pallet --runtime /work/main/target/release/wbuild/arete-runtime/arete_runtime.compact.compressed.wasm --genesis-builder runtime --genesis-builder-preset development --pallet pallet_proxy --extrinsic * --steps 25 --repeat 10 --heap-pages 4096 --template scripts/benchmarks/runtime-weight-template.hbs --output runtime/src/weights/pallet_proxy.rs 
//! ```

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use frame_support::{traits::Get, weights::Weight};
use core::marker::PhantomData;

/// `pallet_proxy`'s weights with the runtime's own database costs (`DbWeight`).
pub struct WeightInfo<T>(PhantomData<T>);
impl<T: frame_system::Config> pallet_proxy::WeightInfo for WeightInfo<T> {
	/// Storage: `Proxy::Proxies` (r:1 w:0)
	/// Proof: `Proxy::Proxies` (`max_values`: None, `max_size`: Some(1241), added: 3716, mode: `MaxEncodedLen`)
	/// Component `p` ranges over `[1, 31]`.
	fn proxy(p: u32, ) -> Weight {
		// Proof size, measured: `127 + p * (37 ±0)`
		// Proof size, estimated: `4706`
		// Fastest run: 14_712_000 ps.
		Weight::from_parts(17_624_715, 4706)
			// Standard error: 3_125
			.saturating_add(Weight::from_parts(76_620, 0).saturating_mul(p.into()))
			.saturating_add(T::DbWeight::get().reads(1_u64))
	}
	/// Storage: `Proxy::Proxies` (r:1 w:0)
	/// Proof: `Proxy::Proxies` (`max_values`: None, `max_size`: Some(1241), added: 3716, mode: `MaxEncodedLen`)
	/// Storage: `Proxy::Announcements` (r:1 w:1)
	/// Proof: `Proxy::Announcements` (`max_values`: None, `max_size`: Some(2233), added: 4708, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Component `a` ranges over `[0, 31]`.
	/// Component `p` ranges over `[1, 31]`.
	fn proxy_announced(a: u32, p: u32, ) -> Weight {
		// Proof size, measured: `490 + a * (68 ±0) + p * (35 ±0)`
		// Proof size, estimated: `5698`
		// Fastest run: 42_423_000 ps.
		Weight::from_parts(42_779_526, 5698)
			// Standard error: 4_865
			.saturating_add(Weight::from_parts(288_617, 0).saturating_mul(a.into()))
			// Standard error: 5_044
			.saturating_add(Weight::from_parts(110_809, 0).saturating_mul(p.into()))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Proxy::Announcements` (r:1 w:1)
	/// Proof: `Proxy::Announcements` (`max_values`: None, `max_size`: Some(2233), added: 4708, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Component `a` ranges over `[0, 31]`.
	/// Component `p` ranges over `[1, 31]`.
	fn remove_announcement(a: u32, _p: u32, ) -> Weight {
		// Proof size, measured: `405 + a * (68 ±0)`
		// Proof size, estimated: `5698`
		// Fastest run: 28_562_000 ps.
		Weight::from_parts(33_760_952, 5698)
			// Standard error: 4_109
			.saturating_add(Weight::from_parts(228_168, 0).saturating_mul(a.into()))
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Proxy::Announcements` (r:1 w:1)
	/// Proof: `Proxy::Announcements` (`max_values`: None, `max_size`: Some(2233), added: 4708, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Component `a` ranges over `[0, 31]`.
	/// Component `p` ranges over `[1, 31]`.
	fn reject_announcement(a: u32, p: u32, ) -> Weight {
		// Proof size, measured: `405 + a * (68 ±0)`
		// Proof size, estimated: `5698`
		// Fastest run: 28_803_000 ps.
		Weight::from_parts(31_465_417, 5698)
			// Standard error: 3_417
			.saturating_add(Weight::from_parts(227_250, 0).saturating_mul(a.into()))
			// Standard error: 3_543
			.saturating_add(Weight::from_parts(30_043, 0).saturating_mul(p.into()))
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Proxy::Proxies` (r:1 w:0)
	/// Proof: `Proxy::Proxies` (`max_values`: None, `max_size`: Some(1241), added: 3716, mode: `MaxEncodedLen`)
	/// Storage: `Proxy::Announcements` (r:1 w:1)
	/// Proof: `Proxy::Announcements` (`max_values`: None, `max_size`: Some(2233), added: 4708, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Component `a` ranges over `[0, 31]`.
	/// Component `p` ranges over `[1, 31]`.
	fn announce(a: u32, p: u32, ) -> Weight {
		// Proof size, measured: `422 + a * (68 ±0) + p * (35 ±0)`
		// Proof size, estimated: `5698`
		// Fastest run: 37_146_000 ps.
		Weight::from_parts(39_882_827, 5698)
			// Standard error: 2_480
			.saturating_add(Weight::from_parts(256_806, 0).saturating_mul(a.into()))
			// Standard error: 2_571
			.saturating_add(Weight::from_parts(64_524, 0).saturating_mul(p.into()))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Proxy::Proxies` (r:1 w:1)
	/// Proof: `Proxy::Proxies` (`max_values`: None, `max_size`: Some(1241), added: 3716, mode: `MaxEncodedLen`)
	/// Component `p` ranges over `[1, 31]`.
	fn add_proxy(p: u32, ) -> Weight {
		// Proof size, measured: `127 + p * (37 ±0)`
		// Proof size, estimated: `4706`
		// Fastest run: 26_379_000 ps.
		Weight::from_parts(28_157_474, 4706)
			// Standard error: 1_382
			.saturating_add(Weight::from_parts(104_898, 0).saturating_mul(p.into()))
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Proxy::Proxies` (r:1 w:1)
	/// Proof: `Proxy::Proxies` (`max_values`: None, `max_size`: Some(1241), added: 3716, mode: `MaxEncodedLen`)
	/// Component `p` ranges over `[1, 31]`.
	fn remove_proxy(p: u32, ) -> Weight {
		// Proof size, measured: `127 + p * (37 ±0)`
		// Proof size, estimated: `4706`
		// Fastest run: 26_379_000 ps.
		Weight::from_parts(28_707_283, 4706)
			// Standard error: 2_034
			.saturating_add(Weight::from_parts(102_012, 0).saturating_mul(p.into()))
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Proxy::Proxies` (r:1 w:1)
	/// Proof: `Proxy::Proxies` (`max_values`: None, `max_size`: Some(1241), added: 3716, mode: `MaxEncodedLen`)
	/// Component `p` ranges over `[1, 31]`.
	fn remove_proxies(p: u32, ) -> Weight {
		// Proof size, measured: `127 + p * (37 ±0)`
		// Proof size, estimated: `4706`
		// Fastest run: 26_289_000 ps.
		Weight::from_parts(26_337_234, 4706)
			// Standard error: 1_458
			.saturating_add(Weight::from_parts(2_064_264, 0).saturating_mul(p.into()))
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Proxy::Proxies` (r:1 w:1)
	/// Proof: `Proxy::Proxies` (`max_values`: None, `max_size`: Some(1241), added: 3716, mode: `MaxEncodedLen`)
	/// Component `p` ranges over `[1, 31]`.
	fn create_pure(p: u32, ) -> Weight {
		// Proof size, measured: `139`
		// Proof size, estimated: `4706`
		// Fastest run: 30_265_000 ps.
		Weight::from_parts(33_663_236, 4706)
			// Standard error: 3_903
			.saturating_add(Weight::from_parts(109_667, 0).saturating_mul(p.into()))
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Proxy::Proxies` (r:1 w:1)
	/// Proof: `Proxy::Proxies` (`max_values`: None, `max_size`: Some(1241), added: 3716, mode: `MaxEncodedLen`)
	/// Component `p` ranges over `[0, 30]`.
	fn kill_pure(p: u32, ) -> Weight {
		// Proof size, measured: `164 + p * (37 ±0)`
		// Proof size, estimated: `4706`
		// Fastest run: 27_921_000 ps.
		Weight::from_parts(33_263_749, 4706)
			// Standard error: 4_956
			.saturating_add(Weight::from_parts(107_540, 0).saturating_mul(p.into()))
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Proxy::Proxies` (r:1 w:1)
	/// Proof: `Proxy::Proxies` (`max_values`: None, `max_size`: Some(1241), added: 3716, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Proxy::Announcements` (r:1 w:1)
	/// Proof: `Proxy::Announcements` (`max_values`: None, `max_size`: Some(2233), added: 4708, mode: `MaxEncodedLen`)
	fn poke_deposit() -> Weight {
		// Proof size, measured: `453`
		// Proof size, estimated: `5698`
		// Fastest run: 48_512_000 ps.
		Weight::from_parts(55_142_000, 5698)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
}
