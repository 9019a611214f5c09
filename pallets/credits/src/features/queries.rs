//! Read-only queries for the runtime API: trending scores, reputation, statistics, history.

use crate::{
	ActiveCount, Config, Credits, GenesisPool, History, HistoryEntryOf, InLedgers, Ledgers,
	NetworkStats, Pallet, ParticipantCount, PostCount, PostId, Posts, ReputationView, CREDIT,
};
use alloc::vec::Vec;
use frame_support::traits::Get;
use sp_runtime::{
	traits::{CheckedDiv, One, Saturating, UniqueSaturatedInto},
	FixedPointNumber, FixedU128,
};

/// Most posts one trending query scores.
pub const MAX_TRENDING_QUERY: usize = 256;

/// `2^(-1/2^k)` for `k = 1..=10`, as `FixedU128` inner values (18 decimals).
const HALVING_ROOTS: [u128; 10] = [
	707_106_781_186_547_524,
	840_896_415_253_714_543,
	917_004_043_204_671_231,
	957_603_280_698_573_646,
	978_572_062_087_700_134,
	989_228_013_193_975_484,
	994_599_423_483_633_175,
	997_296_056_085_470_126,
	998_647_112_890_970_173,
	999_323_327_502_650_752,
];

impl<T: Config> Pallet<T> {
	/// The trending score of a post now, in millionths: its hype × `0.5^(age / half-life)`
	/// × `(1 + 0.1 × comments + 0.05 × reactions)`, the seed's formula. Between whole
	/// half-lives, `2^-f` is taken to 1/1024 of a half-life (within 0.07 %), as a product of
	/// the powers `2^(-1/2^k)` for the bits of `f`.
	pub fn trending_score(id: &PostId) -> Option<u128> {
		let post = Posts::<T>::get(id)?;
		let now = frame_system::Pallet::<T>::block_number();
		let age: u64 = now.saturating_sub(post.created).unique_saturated_into();
		let half_life: u64 = T::TrendingHalfLife::get().unique_saturated_into();
		let half_life = half_life.max(1);
		let halvings = age / half_life;
		if halvings >= 100 {
			return Some(0);
		}
		// The fraction of a half-life past the whole ones, in 1/1024ths.
		let bits = u128::from(age % half_life).saturating_mul(1024) / u128::from(half_life);
		let mut within = FixedU128::one();
		for (k, power) in HALVING_ROOTS.iter().enumerate() {
			if bits & (512u128 >> k) != 0 {
				within = within.saturating_mul(FixedU128::from_inner(*power));
			}
		}
		let whole = FixedU128::one()
			.checked_div(&FixedU128::saturating_from_integer(1u128 << halvings))
			.unwrap_or_default();
		let boost = FixedU128::one()
			.saturating_add(FixedU128::saturating_from_rational(post.comments, 10u32))
			.saturating_add(FixedU128::saturating_from_rational(post.reactions, 20u32));
		let factor = whole.saturating_mul(within).saturating_mul(boost);
		Some(factor.saturating_mul_int(post.hype))
	}

	/// The trending scores of the first [`MAX_TRENDING_QUERY`] of `posts` (unknown posts are
	/// left out), highest first.
	pub fn trending(posts: Vec<PostId>) -> Vec<(PostId, u128)> {
		let unique: alloc::collections::BTreeSet<PostId> =
			posts.into_iter().take(MAX_TRENDING_QUERY).collect();
		let mut scored: Vec<_> = unique
			.into_iter()
			.filter_map(|id| Some((id, Self::trending_score(&id)?)))
			.collect();
		scored.sort_by(|a, b| b.1.cmp(&a.1));
		scored
	}

	/// A participant's reputation: whole credits earned, plus whole credits tipped to it,
	/// plus half the whole credits it spent.
	pub fn reputation(who: &T::AccountId) -> Option<ReputationView> {
		let ledger = Ledgers::<T>::get(who)?;
		let whole = |credits: Credits| credits / CREDIT;
		let score = whole(ledger.lifetime_earned)
			.saturating_add(whole(ledger.tips_received))
			.saturating_add(whole(ledger.lifetime_spent) / 2);
		Some(ReputationView {
			score,
			lifetime_earned: ledger.lifetime_earned,
			lifetime_spent: ledger.lifetime_spent,
			tips_received: ledger.tips_received,
		})
	}

	/// Network-wide figures.
	pub fn network_stats() -> NetworkStats {
		NetworkStats {
			participants: ParticipantCount::<T>::get(),
			active: ActiveCount::<T>::get(),
			posts: PostCount::<T>::get(),
			in_ledgers: InLedgers::<T>::get(),
			pool: GenesisPool::<T>::get(),
			genesis_total: T::GenesisTotal::get(),
			reward_scale: Self::reward_scale(),
		}
	}

	/// Up to `limit` history entries of `who` from sequence number `from`, oldest first.
	/// Only the last `MaxHistory` entries are kept on chain (events carry all of them).
	pub fn history_page(who: &T::AccountId, from: u64, limit: u32) -> Vec<HistoryEntryOf<T>> {
		let Some(ledger) = Ledgers::<T>::get(who) else { return Vec::new() };
		let kept = u64::from(T::MaxHistory::get());
		let oldest = ledger.history_len.saturating_sub(kept);
		let start = from.max(oldest);
		let end = start.saturating_add(u64::from(limit.min(T::MaxHistory::get()))).min(ledger.history_len);
		(start..end)
			.filter_map(|seq| History::<T>::get(who, Self::history_slot(seq)).filter(|e| e.seq == seq))
			.collect()
	}
}
