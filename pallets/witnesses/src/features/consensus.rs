//! Weighted consensus over revealed attestations. Pure functions, no storage access.

use crate::types::{Reveal, ScoreRange, Verdict};
use alloc::vec::Vec;
use sp_runtime::{Perbill, SaturatedConversion, Saturating};

/// The consensus of one request.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Consensus {
	/// Approved, Rejected or Inconclusive.
	pub verdict: Verdict,
	/// Approving share of the revealed weight.
	pub approval: Perbill,
	/// Total revealed stake weight.
	pub revealed_weight: u128,
	/// Number of reveals.
	pub revealed: u32,
	/// Consensus score (conclusive outcomes of scored requests only).
	pub score: Option<u32>,
	/// Inclusive bounds of non-outlier scores (scored, conclusive requests only).
	pub inliers: Option<(u32, u32)>,
}

impl Consensus {
	/// Whether a reveal agrees with this consensus: the consensus is conclusive, the verdict
	/// matches, and the score (if any) is not an outlier.
	pub fn agrees(&self, reveal: &Reveal) -> bool {
		let verdict_matches = match self.verdict {
			Verdict::Approved => reveal.verdict,
			Verdict::Rejected => !reveal.verdict,
			Verdict::Inconclusive => return false,
		};
		let score_ok = match (self.inliers, reveal.score) {
			(Some((low, high)), Some(score)) => low <= score && score <= high,
			_ => true,
		};
		verdict_matches && score_ok
	}
}

/// Whether `approving` weight reaches `threshold` of `total`: `approving >= ceil(threshold ×
/// total)`. A ratio exactly at the threshold approves.
pub fn approval_reached(approving: u128, total: u128, threshold: Perbill) -> bool {
	approving >= threshold.mul_ceil(total)
}

/// The weighted lower median of `(score, weight)` pairs: the smallest score at which the
/// cumulative weight (scores ascending) reaches at least half of the total weight. `None` if
/// there is no score.
pub fn weighted_median(mut scores: Vec<(u32, u128)>) -> Option<u32> {
	scores.sort_by_key(|(score, _)| *score);
	let total = scores.iter().fold(0u128, |acc, (_, w)| acc.saturating_add(*w));
	let mut cumulative = 0u128;
	for (score, weight) in scores.iter() {
		cumulative = cumulative.saturating_add(*weight);
		// cumulative >= total / 2, without overflow or rounding.
		if cumulative >= total.saturating_sub(cumulative) {
			return Some(*score);
		}
	}
	scores.last().map(|(score, _)| *score)
}

/// One revealed attestation as the tally sees it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Ballot {
	/// Seats the witness holds (1 on open and named panels): counted against the quorum.
	pub seats: u32,
	/// What the vote counts for in the verdict and the score: the seats on a drawn panel, the
	/// weight on others.
	pub votes: u128,
	/// The witness's stake weight: counted against the quorum weight.
	pub weight: u128,
	/// The revealed verdict and score.
	pub reveal: Reveal,
}

/// Compute the consensus of the `revealed` ballots. See the crate docs for the rules.
pub fn compute(
	revealed: &[Ballot],
	min_witnesses: u32,
	min_weight: u128,
	threshold: Perbill,
	score_range: Option<ScoreRange>,
	clip_range: Perbill,
) -> Consensus {
	let count = revealed.len().saturated_into::<u32>();
	let seats = revealed.iter().fold(0u32, |acc, b| acc.saturating_add(b.seats));
	let revealed_weight = revealed.iter().fold(0u128, |acc, b| acc.saturating_add(b.weight));
	let total = revealed.iter().fold(0u128, |acc, b| acc.saturating_add(b.votes));
	let approving = revealed
		.iter()
		.filter(|b| b.reveal.verdict)
		.fold(0u128, |acc, b| acc.saturating_add(b.votes));
	let approval =
		if total == 0 { Perbill::zero() } else { Perbill::from_rational(approving, total) };
	let quorum = seats >= min_witnesses && revealed_weight >= min_weight && count > 0;
	if !quorum {
		return Consensus {
			verdict: Verdict::Inconclusive,
			approval,
			revealed_weight,
			revealed: count,
			score: None,
			inliers: None,
		};
	}
	let verdict = if approval_reached(approving, total, threshold) {
		Verdict::Approved
	} else {
		Verdict::Rejected
	};
	let (score, inliers) = match score_range {
		None => (None, None),
		Some(range) => {
			let scores: Vec<(u32, u128)> =
				revealed.iter().filter_map(|b| b.reveal.score.map(|s| (s, b.votes))).collect();
			match weighted_median(scores.clone()) {
				None => (None, None),
				Some(median) => {
					let clip = clip_range.mul_floor(range.width());
					let low = median.saturating_sub(clip);
					let high = median.saturating_add(clip);
					let kept: Vec<(u32, u128)> =
						scores.into_iter().filter(|(s, _)| low <= *s && *s <= high).collect();
					(weighted_median(kept).or(Some(median)), Some((low, high)))
				},
			}
		},
	};
	Consensus { verdict, approval, revealed_weight, revealed: count, score, inliers }
}

/// The moving average `old × (1 - α) + α × [agreed]`, floored at `floor`.
pub fn next_credibility(old: Perbill, agreed: bool, alpha: Perbill, floor: Perbill) -> Perbill {
	let kept = Perbill::one().saturating_sub(alpha).mul_floor(old.deconstruct());
	let gained = if agreed { alpha.deconstruct() } else { 0 };
	Perbill::from_parts(kept.saturating_add(gained)).max(floor)
}
