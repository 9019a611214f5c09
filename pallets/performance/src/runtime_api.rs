//! Runtime API of the performance pallet: athletes and their history, leaderboards,
//! performances and their Nostr export.

use crate::types::{AthleteView, Level, NostrEvent, PerformanceId, PerformanceView, RankEntry};
use alloc::vec::Vec;
use codec::Codec;

sp_api::decl_runtime_apis! {
	/// Queries of Proof of Performance. The runtime implements it with
	/// `Performance::athlete_view`, `Performance::athlete_history`, `Performance::leaderboard`,
	/// `Performance::performance_view` and `Performance::nostr_event`.
	pub trait PerformanceApi<AccountId, Balance, BlockNumber>
	where
		AccountId: Codec,
		Balance: Codec,
		BlockNumber: Codec,
	{
		/// The profile of `who` (with history ids and personal bests), if registered.
		fn athlete(who: AccountId) -> Option<AthleteView<AccountId, Balance, BlockNumber>>;
		/// The most recent verified performances of `who`, oldest first.
		fn athlete_history(who: AccountId) -> Vec<PerformanceView<AccountId, Balance, BlockNumber>>;
		/// The leaderboard of `sport` at `level`, best first.
		fn leaderboard(sport: Vec<u8>, level: Level) -> Vec<RankEntry<AccountId>>;
		/// Performance `id`.
		fn performance(id: PerformanceId) -> Option<PerformanceView<AccountId, Balance, BlockNumber>>;
		/// Verified performance `id` as an unsigned Nostr event (kind 1337), if its athlete
		/// has a Nostr key.
		fn nostr_event(id: PerformanceId) -> Option<NostrEvent>;
	}
}
