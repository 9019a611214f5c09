//! Careers: history, personal bests, leaderboards, competition rankings and levels.

use crate::*;
use alloc::vec::Vec;
use frame_support::{traits::Get, BoundedVec};
use sp_runtime::SaturatedConversion;

/// Insert `entry` into `board` (sorted with [`RankEntry::ranks_above`], one entry per
/// athlete, at most `limit` entries). An athlete's entry is only replaced by a better one.
/// Returns the entry's rank if the board changed.
pub fn rank_insert<AccountId: PartialEq>(
	board: &mut Vec<RankEntry<AccountId>>,
	entry: RankEntry<AccountId>,
	limit: usize,
) -> Option<u32> {
	if let Some(pos) = board.iter().position(|e| e.athlete == entry.athlete) {
		if !board.get(pos).is_some_and(|old| entry.ranks_above(old)) {
			return None;
		}
		board.remove(pos);
	}
	let rank = board.iter().position(|e| entry.ranks_above(e)).unwrap_or(board.len());
	if rank >= limit {
		return None;
	}
	board.insert(rank, entry);
	board.truncate(limit);
	Some(rank.saturated_into())
}

/// Whether `board` is sorted best first with one entry per athlete.
#[cfg(any(test, feature = "try-runtime"))]
pub fn is_ranked<AccountId: PartialEq>(board: &[RankEntry<AccountId>]) -> bool {
	board.windows(2).all(|pair| match pair {
		[a, b] => a.ranks_above(b),
		_ => true,
	}) && crate::features::validation::all_distinct(
		&board.iter().map(|e| &e.athlete).collect::<Vec<_>>(),
	)
}

impl<T: Config> Pallet<T> {
	/// The verified score needed to reach `level` (`None` for `Local`).
	pub fn level_threshold(level: Level) -> Option<u32> {
		match level {
			Level::Local => None,
			Level::Regional => Some(T::RegionalThreshold::get()),
			Level::National => Some(T::NationalThreshold::get()),
			Level::International => Some(T::InternationalThreshold::get()),
		}
	}

	/// The level an athlete at `level` reaches with a verified `score`, if it moves up.
	pub fn next_level(level: Level, score: u32) -> Option<Level> {
		let next = level.next()?;
		(score >= Self::level_threshold(next)?).then_some(next)
	}

	/// Record verified performance `id` (score `score`) of `perf` in the athlete's career:
	/// profile, level, history, personal best and leaderboard. Returns the athlete's level
	/// afterwards.
	pub(crate) fn record_career(id: PerformanceId, perf: &PerformanceOf<T>, score: u32) -> Level {
		let athlete = &perf.athlete;
		let sport = &perf.event.sport;
		let (level, declared) = match Athletes::<T>::get(athlete) {
			Some(mut profile) => {
				profile.verified = profile.verified.saturating_add(1);
				profile.pending = profile.pending.saturating_sub(1);
				if let Some(next) = Self::next_level(profile.level, score) {
					profile.level = next;
					Self::deposit_event(Event::LevelReached {
						athlete: athlete.clone(),
						level: next,
					});
				}
				let level = profile.level;
				let declared = profile.sports.contains(sport);
				Athletes::<T>::insert(athlete, profile);
				(level, declared)
			},
			None => {
				log::error!(target: LOG_TARGET, "athlete of performance {id} missing");
				(Level::Local, false)
			},
		};

		History::<T>::mutate(athlete, |history| {
			let len = history.len();
			let _ = history.force_insert_keep_right(len, id);
		});

		// Personal bests are kept for declared sports only (paid for by the athlete's deposit,
		// removed when the sport is dropped): a performance of a sport dropped while it was
		// pending sets none.
		let improved =
			declared && PersonalBests::<T>::get(athlete, sport).is_none_or(|pb| score > pb.score);
		if improved {
			PersonalBests::<T>::insert(athlete, sport, PersonalBest { score, performance: id });
			Self::deposit_event(Event::PersonalBestSet {
				athlete: athlete.clone(),
				sport: sport.clone(),
				performance: id,
				score,
			});
		}

		// Leaderboards exist only for registered sports (paid for by their registrant); a
		// performance of a sport retired while it was pending enters none.
		if !Sports::<T>::contains_key(sport) {
			return level;
		}
		let entry = RankEntry { athlete: athlete.clone(), score, performance: id };
		let mut board = Leaderboards::<T>::get(sport, perf.level).into_inner();
		let limit = T::LeaderboardSize::get().saturated_into::<usize>();
		if let Some(rank) = rank_insert(&mut board, entry, limit) {
			Leaderboards::<T>::insert(sport, perf.level, BoundedVec::truncate_from(board));
			Self::deposit_event(Event::LeaderboardEntered {
				sport: sport.clone(),
				level: perf.level,
				athlete: athlete.clone(),
				rank,
			});
		}
		level
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	fn entry(athlete: u64, score: u32, performance: u64) -> RankEntry<u64> {
		RankEntry { athlete, score, performance }
	}

	#[test]
	fn rank_insert_keeps_order_bound_and_best_per_athlete() {
		let mut board = Vec::new();
		assert_eq!(rank_insert(&mut board, entry(1, 50, 0), 3), Some(0));
		assert_eq!(rank_insert(&mut board, entry(2, 70, 1), 3), Some(0));
		assert_eq!(rank_insert(&mut board, entry(3, 50, 2), 3), Some(2));
		// Full: a worse entry does not enter.
		assert_eq!(rank_insert(&mut board, entry(4, 40, 3), 3), None);
		// Same score as athlete 3 but later: ranks below it, so it does not enter.
		assert_eq!(rank_insert(&mut board, entry(4, 50, 4), 3), None);
		// A worse performance of athlete 2 changes nothing.
		assert_eq!(rank_insert(&mut board, entry(2, 60, 5), 3), None);
		// A better one of athlete 3 moves it up, keeping one entry.
		assert_eq!(rank_insert(&mut board, entry(3, 80, 6), 3), Some(0));
		assert_eq!(board, vec![entry(3, 80, 6), entry(2, 70, 1), entry(1, 50, 0)]);
		// A better newcomer pushes out the last.
		assert_eq!(rank_insert(&mut board, entry(5, 75, 7), 3), Some(1));
		assert_eq!(board, vec![entry(3, 80, 6), entry(5, 75, 7), entry(2, 70, 1)]);
		assert!(is_ranked(&board));
		assert!(!is_ranked(&[entry(1, 10, 0), entry(2, 20, 1)]));
		assert!(!is_ranked(&[entry(1, 20, 0), entry(1, 10, 1)]));
	}
}
