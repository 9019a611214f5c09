//! Read-only queries served by the runtime API, including the Nostr export.

use crate::{nostr, *};
use alloc::{string::String, vec::Vec};
use codec::Encode;

/// `bytes` as a string; stored text is validated UTF-8, so the lossy fallback never applies.
fn text(bytes: &[u8]) -> String {
	String::from_utf8_lossy(bytes).into_owned()
}

impl<T: Config> Pallet<T> {
	/// The profile of `who` with its history and personal bests.
	pub fn athlete_view(
		who: &T::AccountId,
	) -> Option<AthleteView<T::AccountId, BalanceOf<T>, BlockNumberOf<T>>> {
		let profile = Athletes::<T>::get(who)?;
		let personal_bests = profile
			.sports
			.iter()
			.filter_map(|sport| PersonalBests::<T>::get(who, sport).map(|pb| (sport.to_vec(), pb)))
			.collect();
		Some(AthleteView {
			name: profile.name.to_vec(),
			sports: profile.sports.iter().map(|s| s.to_vec()).collect(),
			level: profile.level,
			nostr_key: profile.nostr_key,
			delegates: profile.delegates.to_vec(),
			deposit: profile.deposit,
			verified: profile.verified,
			pending: profile.pending,
			registered_at: profile.registered_at,
			history: History::<T>::get(who).to_vec(),
			personal_bests,
		})
	}

	/// Performance `id`.
	pub fn performance_view(
		id: PerformanceId,
	) -> Option<PerformanceView<T::AccountId, BalanceOf<T>, BlockNumberOf<T>>> {
		let perf = Performances::<T>::get(id)?;
		let event = perf.event;
		Some(PerformanceView {
			id,
			athlete: perf.athlete,
			submitter: perf.submitter,
			level: perf.level,
			sport: event.sport.to_vec(),
			metrics: event.metrics,
			location: event.location.map(|l| (l.coordinates, l.venue.to_vec())),
			competition: event.competition,
			evidence: event.evidence.to_vec(),
			related: event.related,
			tags: event.tags.iter().map(|t| t.to_vec()).collect(),
			witnesses: perf.witnesses.to_vec(),
			deposit: perf.deposit,
			submitted_at: perf.submitted_at,
			created_at: perf.created_at,
			status: perf.status,
		})
	}

	/// The most recent verified performances of `who`, oldest first.
	pub fn athlete_history(
		who: &T::AccountId,
	) -> Vec<PerformanceView<T::AccountId, BalanceOf<T>, BlockNumberOf<T>>> {
		History::<T>::get(who).iter().filter_map(|id| Self::performance_view(*id)).collect()
	}

	/// The leaderboard of `sport` at `level` (empty for an unknown sport).
	pub fn leaderboard(sport: Vec<u8>, level: Level) -> Vec<RankEntry<T::AccountId>> {
		match SportOf::<T>::try_from(sport) {
			Ok(sport) => Leaderboards::<T>::get(sport, level).into_inner(),
			Err(_) => Vec::new(),
		}
	}

	/// Verified performance `id` as an unsigned Nostr event of kind 1337, if its athlete has
	/// a Nostr key.
	pub fn nostr_event(id: PerformanceId) -> Option<NostrEvent> {
		let perf = Performances::<T>::get(id)?;
		let PerformanceStatus::Verified { score } = perf.status else {
			return None;
		};
		let pubkey = Athletes::<T>::get(&perf.athlete)?.nostr_key?;
		let event = &perf.event;
		let competition = event.competition.and_then(Competitions::<T>::get);
		let sport = text(&event.sport);
		let venue = event.location.as_ref().map(|l| text(&l.venue));
		let competition_name = competition.as_ref().map(|c| text(&c.name));
		let evidence = text(&event.evidence);
		let content = nostr::content_json(&nostr::PerformanceContent {
			sport: &sport,
			score,
			difficulty: event.metrics.difficulty,
			execution: event.metrics.execution,
			location: event
				.location
				.as_ref()
				.zip(venue.as_deref())
				.map(|(l, venue)| (l.coordinates.lat, l.coordinates.lon, venue)),
			competition: competition
				.as_ref()
				.zip(competition_name.as_deref())
				.map(|(c, name)| (name, c.level.as_str())),
			evidence: &evidence,
		});
		let witnesses: Vec<Vec<u8>> = perf.witnesses.iter().map(|w| w.encode()).collect();
		let tags: Vec<String> = event.tags.iter().map(|t| text(t)).collect();
		let tag_refs: Vec<&str> = tags.iter().map(String::as_str).collect();
		let tags =
			nostr::performance_tags(&pubkey, &witnesses, event.related.as_ref(), &sport, &tag_refs);
		Some(nostr::build_event(&pubkey, perf.created_at, tags, content))
	}
}
