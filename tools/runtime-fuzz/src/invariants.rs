//! What must hold after every block, whatever the calls were.
//!
//! - total issuance moves only by the mints and burns that `Balances` events report;
//! - total issuance equals the sum of every account's free and reserved balance (both checks
//!   stop once root has minted issuance past 2^127, see [`SATURATED_ISSUANCE`]);
//! - each dispatch class's weight is within its limit (`Mandatory` has none: the hooks' own
//!   weight is checked by the benchmarks that price it);
//! - every pallet's `try_state` holds;
//! - no storage item holds more values, or a longer key and value, than its declared bound.
//!
//! The first three are cheap and run after every block; `try_state` and the storage walk run at
//! every checkpoint (after a block with extrinsics, and at the end of a jump in time).

use std::collections::BTreeMap;

use frame_support::traits::{
	PalletsInfoAccess, StorageInfo, StorageInfoTrait, TryState, TryStateSelect,
};
use frame_support::dispatch::DispatchClass;

use arete_runtime::{AllPalletsWithSystem, Balance, Runtime, RuntimeEvent, System};

/// What issuance-changing events add up to within a block.
#[derive(Default, Debug, Clone, Copy, PartialEq, Eq)]
pub struct IssuanceMoves {
	/// Minted, issued or restored.
	pub up: Balance,
	/// Burned, rescinded or suspended.
	pub down: Balance,
}

/// The issuance moves that this block's events report.
pub fn issuance_moves() -> IssuanceMoves {
	use pallet_balances::Event as B;
	let mut moves = IssuanceMoves::default();
	for record in System::read_events_no_consensus() {
		let RuntimeEvent::Balances(event) = &record.event else { continue };
		match event {
			B::Issued { amount } |
			B::MintedCredit { amount } |
			B::Minted { amount, .. } |
			B::Restored { amount, .. } => moves.up = moves.up.saturating_add(*amount),
			B::Rescinded { amount } |
			B::BurnedDebt { amount } |
			B::Burned { amount, .. } |
			B::BurnedHeld { amount, .. } |
			B::Suspended { amount, .. } => moves.down = moves.down.saturating_add(*amount),
			B::TotalIssuanceForced { old, new } => {
				moves.up = moves.up.saturating_add(new.saturating_sub(*old));
				moves.down = moves.down.saturating_add(old.saturating_sub(*new));
			},
			_ => {},
		}
	}
	moves
}

/// Above this, issuance checks stop: root has minted near `u128::MAX` (`force_set_balance`
/// takes any amount), and pallet-balances saturates issuance arithmetic there by design.
pub const SATURATED_ISSUANCE: Balance = 1 << 127;

/// Whether root has pushed total issuance into the saturated range.
pub fn issuance_saturated() -> bool {
	pallet_balances::TotalIssuance::<Runtime>::get() >= SATURATED_ISSUANCE
}

/// Total issuance against its value before the block and the block's events.
pub fn check_issuance(before: Balance, moves: IssuanceMoves) -> Result<(), String> {
	let now = pallet_balances::TotalIssuance::<Runtime>::get();
	if before >= SATURATED_ISSUANCE || now >= SATURATED_ISSUANCE {
		return Ok(());
	}
	let expected = before.saturating_add(moves.up).saturating_sub(moves.down);
	if now != expected {
		return Err(format!(
			"total issuance {now} but {before} + {} - {} = {expected} by the events",
			moves.up, moves.down
		));
	}
	Ok(())
}

/// Total issuance against the sum of all accounts' free and reserved balances.
pub fn check_accounts_sum() -> Result<(), String> {
	if issuance_saturated() {
		return Ok(());
	}
	let sum = frame_system::Account::<Runtime>::iter_values()
		.fold(0u128, |sum, info| sum.saturating_add(info.data.free).saturating_add(info.data.reserved));
	let issuance = pallet_balances::TotalIssuance::<Runtime>::get();
	if sum != issuance {
		return Err(format!("accounts hold {sum} but total issuance is {issuance}"));
	}
	Ok(())
}

/// Each dispatch class's weight against its limit.
pub fn check_block_weight() -> Result<(), String> {
	let limits = <Runtime as frame_system::Config>::BlockWeights::get();
	let used = System::block_weight();
	for class in [DispatchClass::Normal, DispatchClass::Operational] {
		let Some(max) = limits.get(class).max_total else { continue };
		let weight = *used.get(class);
		if !weight.all_lte(max) {
			return Err(format!("{class:?} weight {weight:?} above its limit {max:?}"));
		}
	}
	Ok(())
}

/// Every pallet's `try_state`. On a failure, each pallet's is run alone, so that the report
/// names the pallets and their errors (the combined check only logs them).
pub fn check_try_state(block: u32) -> Result<(), String> {
	if <AllPalletsWithSystem as TryState<u32>>::try_state(block, TryStateSelect::All).is_ok() {
		return Ok(());
	}
	let failures: Vec<String> = <AllPalletsWithSystem as PalletsInfoAccess>::infos()
		.into_iter()
		.filter_map(|info| {
			let only = TryStateSelect::Only(vec![info.name.as_bytes().to_vec()]);
			<AllPalletsWithSystem as TryState<u32>>::try_state(block, only)
				.err()
				.map(|e| format!("{}: {e:?}", info.name))
		})
		.collect();
	Err(format!("try_state: {}", failures.join("; ")))
}

/// The storage items of all pallets, by their 32-byte prefix.
pub struct StorageBounds {
	items: BTreeMap<Vec<u8>, StorageInfo>,
}

impl Default for StorageBounds {
	fn default() -> Self {
		Self::new()
	}
}

impl StorageBounds {
	/// Reads the runtime's storage information.
	pub fn new() -> Self {
		let items = <AllPalletsWithSystem as StorageInfoTrait>::storage_info()
			.into_iter()
			.map(|info| (info.prefix.clone(), info))
			.collect();
		Self { items }
	}

	/// Walks the whole state and checks every key against its item's bounds.
	pub fn check(&self) -> Result<(), String> {
		let mut counts: BTreeMap<&[u8], u32> = BTreeMap::new();
		let mut key = Vec::new();
		while let Some(next) = sp_io::storage::next_key(&key) {
			if let Some((prefix, info)) = next.get(..32).and_then(|p| self.items.get_key_value(p)) {
				let count = counts.entry(prefix.as_slice()).or_default();
				*count = count.saturating_add(1);
				if let Some(max) = info.max_size {
					let value = sp_io::storage::get(&next).map(|v| v.len()).unwrap_or(0);
					let size = next.len().saturating_sub(32).saturating_add(value);
					if size > max as usize {
						return Err(format!(
							"{}::{}: an entry of {size} bytes, above its bound {max}",
							String::from_utf8_lossy(&info.pallet_name),
							String::from_utf8_lossy(&info.storage_name)
						));
					}
				}
			}
			key = next;
		}
		for (prefix, count) in counts {
			let Some(info) = self.items.get(prefix) else { continue };
			if let Some(max) = info.max_values {
				if count > max {
					return Err(format!(
						"{}::{}: {count} values, above its bound {max}",
						String::from_utf8_lossy(&info.pallet_name),
						String::from_utf8_lossy(&info.storage_name)
					));
				}
			}
		}
		Ok(())
	}
}
