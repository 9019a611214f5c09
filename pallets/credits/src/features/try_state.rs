//! The pallet's invariants, checked by `try_state` after every block (and every test).

use super::allowance::PARTS_PER_ACTION;
use crate::{
	verify_history, ActiveCount, Allowances, Config, Credits,
	GenesisPool, Hosted, InLedgers, Ledgers, Nodes, Pallet, ParticipantCount, PostCount, Posts,
	Proofs, Rules,
};
use alloc::collections::BTreeMap;
use frame_support::{ensure, traits::Get};
use sp_runtime::TryRuntimeError;

impl<T: Config> Pallet<T> {
	pub(crate) fn do_try_state() -> Result<(), TryRuntimeError> {
		// Conservation: credits only move between the pool, the ledgers and the burn.
		let pool = GenesisPool::<T>::get();
		let in_ledgers = InLedgers::<T>::get();
		ensure!(
			pool.available.saturating_add(in_ledgers).saturating_add(pool.burned) ==
				T::GenesisTotal::get(),
			"pool + ledgers + burned differs from the genesis total"
		);

		let mut sum: Credits = 0;
		let mut participants = 0u32;
		let mut active = 0u32;
		for (who, ledger) in Ledgers::<T>::iter() {
			sum = sum.saturating_add(ledger.total());
			participants = participants.saturating_add(1);
			if !ledger.inactive {
				active = active.saturating_add(1);
			}
			ensure!(ledger.total() <= T::BalanceCap::get(), "a ledger above the cap");
			ensure!(
				frame_system::Pallet::<T>::sufficients(&who) > 0,
				"a participant without its sufficient reference"
			);
			let entries = Self::history_page(&who, 0, T::MaxHistory::get());
			let kept = ledger.history_len.min(u64::from(T::MaxHistory::get()));
			ensure!(entries.len() as u64 == kept, "history entries missing");
			verify_history(&who, &entries, &ledger.history_head)
				.map_err(|_| "a history chain does not verify")?;
		}
		ensure!(sum == in_ledgers, "InLedgers differs from the sum of the ledgers");
		ensure!(participants == ParticipantCount::<T>::get(), "participant count drifted");
		ensure!(active == ActiveCount::<T>::get(), "active count drifted");

		let mut live: BTreeMap<T::AccountId, u32> = BTreeMap::new();
		let mut posts = 0u32;
		for (_, post) in Posts::<T>::iter() {
			posts = posts.saturating_add(1);
			let count = live.entry(post.author).or_default();
			*count = count.saturating_add(1);
		}
		ensure!(posts == PostCount::<T>::get(), "post count drifted");
		for (who, ledger) in Ledgers::<T>::iter() {
			ensure!(
				live.get(&who).copied().unwrap_or_default() == ledger.live_posts,
				"live posts of a ledger drifted"
			);
		}

		let full = u64::from(T::MaxAllowance::get()).saturating_mul(PARTS_PER_ACTION);
		for (_, allowance) in Allowances::<T>::iter() {
			ensure!(allowance.left <= full, "an allowance above the full one");
		}
		for (_, rule) in Rules::<T>::iter() {
			ensure!(Self::rule_is_valid(&rule), "an invalid rule");
		}
		Self::nodes_try_state()
	}

	/// Nodes: the bond in the ledger, hosting and pending counts, vouches both ways.
	fn nodes_try_state() -> Result<(), TryRuntimeError> {
		let mut pending: BTreeMap<T::AccountId, u32> = BTreeMap::new();
		for (_, ticket) in Proofs::<T>::iter() {
			let count = pending.entry(ticket.node).or_default();
			*count = count.saturating_add(1);
		}
		for (who, ledger) in Ledgers::<T>::iter() {
			let expected = if Nodes::<T>::contains_key(&who) { T::VerificationBond::get() } else { 0 };
			ensure!(ledger.bonded == expected, "a bond differs from the node's");
			ensure!(
				pending.get(&who).copied().unwrap_or_default() == ledger.pending_proofs,
				"a ledger's pending proofs drifted"
			);
		}
		for (who, record) in Nodes::<T>::iter() {
			ensure!(Ledgers::<T>::contains_key(&who), "a node without a ledger");
			let hosting = Hosted::<T>::iter_prefix(&who).count() as u32;
			ensure!(hosting == record.hosting, "a node's hosting count drifted");
			for node in record.vouches.iter() {
				let theirs = Nodes::<T>::get(node).ok_or("a vouch for a node that is gone")?;
				ensure!(theirs.vouchers.contains(&who), "a vouch without its voucher entry");
			}
			for voucher in record.vouchers.iter() {
				let theirs = Nodes::<T>::get(voucher).ok_or("a voucher that is gone")?;
				ensure!(theirs.vouches.contains(&who), "a voucher without its vouch entry");
			}
		}
		for (who, _, _) in Hosted::<T>::iter() {
			ensure!(Nodes::<T>::contains_key(&who), "hosting of an account that is no node");
		}
		Ok(())
	}
}
