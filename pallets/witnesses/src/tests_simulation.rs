//! Simulation of the panel draw (design document, section 13): pure tests of
//! [`draw_seats`], no storage and no mock runtime.
//!
//! Seats are drawn with replacement, each seat an independent draw weighted by the candidates'
//! weights, so an attacker holding a share `p` of the weight holds `X ~ Binomial(n, p)` of `n`
//! seats however it splits that weight over accounts. The simulation checks exactly that:
//!
//! - roster: 20 honest accounts (ids `1..=20`) weighted in proportion to `1..=20` and holding
//!   `(1 − p)` of [`TOTAL_WEIGHT`], plus an attacker holding `p ∈ {0.10, 0.20, 0.33}` split
//!   unevenly over `k ∈ {1, 10, 100}` fresh accounts (ids from [`FIRST_ATTACKER`]), summing
//!   exactly to `p ×` [`TOTAL_WEIGHT`] in integer units;
//! - [`DRAWS`] panels of `n ∈ {3, 5, 9}` seats per case, from the fixed seeds
//!   `blake2_256(("sim", case, draw))`, so the test is deterministic;
//! - measured: the share of panels in which the attacker holds a majority (`≥ ⌊n/2⌋ + 1` seats)
//!   and the attacker's mean seats, asserted within `4σ + 0.001` of `P(X ≥ ⌊n/2⌋ + 1)` and
//!   within `4σ` of `n p`.
//!
//! A control case runs the old without-replacement sampler on one honest whale (67 %) and an
//! attacker split over 100 accounts (33 %): the whale holds one seat at most, so the attacker
//! holds the majority of every 3-seat panel, which is why seats are drawn with replacement.
//!
//! The results are printed as markdown tables (`cargo test --release -p pallet-witnesses
//! tests_simulation -- --nocapture`).

use crate::{features::draw::draw_seats, RequestId};
use alloc::vec::Vec;
use codec::{Decode, Encode};
use sp_core::H256;

/// The total weight of every simulated roster, in planck-like units. Divisible by 100, so the
/// attacker's share in parts per hundred is exact.
const TOTAL_WEIGHT: u128 = 1_000_000_000_000_000_000;

/// Honest accounts have the ids `1..=HONEST_ACCOUNTS`.
const HONEST_ACCOUNTS: u64 = 20;

/// Attacker accounts have the ids `FIRST_ATTACKER..`, above every honest id.
const FIRST_ATTACKER: u64 = 1000;

/// Panels drawn per case.
const DRAWS: u32 = 10_000;

/// The attacker's weight shares simulated, in parts per hundred.
const ATTACKER_PERCENTS: [u32; 3] = [10, 20, 33];

/// The numbers of accounts the attacker splits its weight over.
const ATTACKER_SPLITS: [u64; 3] = [1, 10, 100];

/// The panel sizes simulated.
const PANEL_SIZES: [u32; 3] = [3, 5, 9];

/// The seed-domain case of the control (above the 27 simulated cases).
const CONTROL_CASE: u32 = 1000;

/// Split `total` over parts in proportion to `ratios`, the rounding remainder going to the
/// last part, so the parts sum to `total` exactly.
fn split_exactly(total: u128, ratios: &[u128]) -> Vec<u128> {
	let denominator: u128 = ratios.iter().sum();
	let mut parts: Vec<u128> = ratios.iter().map(|ratio| total * ratio / denominator).collect();
	let remainder = total - parts.iter().sum::<u128>();
	if let Some(last) = parts.last_mut() {
		*last += remainder;
	}
	parts
}

/// The attacker's `accounts` accounts (ids from [`FIRST_ATTACKER`]) holding `weight` in
/// proportion to the squares `1, 4, 9, ...`: uneven, so no result depends on equal splits.
fn attacker_accounts(weight: u128, accounts: u64) -> Vec<(u64, u128)> {
	let ratios: Vec<u128> = (1..=u128::from(accounts)).map(|i| i * i).collect();
	(FIRST_ATTACKER..).zip(split_exactly(weight, &ratios)).collect()
}

/// 20 honest accounts weighted `1..=20` holding `(100 − percent)` % of [`TOTAL_WEIGHT`], then
/// the attacker holding `percent` % over `accounts` accounts.
fn simulated_roster(percent: u32, accounts: u64) -> Vec<(u64, u128)> {
	let attacker_weight = TOTAL_WEIGHT / 100 * u128::from(percent);
	let honest_ratios: Vec<u128> = (1..=u128::from(HONEST_ACCOUNTS)).collect();
	let mut roster: Vec<(u64, u128)> =
		(1..).zip(split_exactly(TOTAL_WEIGHT - attacker_weight, &honest_ratios)).collect();
	roster.extend(attacker_accounts(attacker_weight, accounts));
	roster
}

fn is_attacker(who: &u64) -> bool {
	*who >= FIRST_ATTACKER
}

/// The total weight of the attacker's accounts in `roster`.
fn attacker_weight(roster: &[(u64, u128)]) -> u128 {
	roster.iter().filter(|(who, _)| is_attacker(who)).map(|(_, weight)| weight).sum()
}

/// The fixed seed of draw `draw` of case `case`.
fn simulation_seed(case: u32, draw: u32) -> H256 {
	H256(sp_io::hashing::blake2_256(&(b"sim", case, draw).encode()))
}

/// Seats that make a majority of `seats`.
fn majority(seats: u32) -> u32 {
	seats / 2 + 1
}

/// `n` choose `x`, in floating point (exact for the small panels simulated).
fn choose(n: u32, x: u32) -> f64 {
	(0..x).fold(1.0, |product, i| product * f64::from(n - i) / f64::from(i + 1))
}

/// `P(X ≥ at_least)` for `X ~ Binomial(n, p)`.
fn binomial_at_least(n: u32, p: f64, at_least: u32) -> f64 {
	(at_least..=n).map(|x| choose(n, x) * p.powi(x as i32) * (1.0 - p).powi((n - x) as i32)).sum()
}

/// The tolerance on an observed frequency whose expected value is `q`: four standard errors
/// over [`DRAWS`] panels, plus 0.001 so that rare events (`q` near 0) are not held to a
/// tolerance smaller than one panel in a thousand.
fn share_tolerance(q: f64) -> f64 {
	4.0 * (q * (1.0 - q) / f64::from(DRAWS)).sqrt() + 0.001
}

/// The tolerance on the mean attacker seats of `n`-seat panels: four standard errors of the
/// mean of a `Binomial(n, p)` over [`DRAWS`] panels.
fn mean_tolerance(n: u32, p: f64) -> f64 {
	4.0 * (f64::from(n) * p * (1.0 - p) / f64::from(DRAWS)).sqrt()
}

/// What [`DRAWS`] panels of one case showed.
struct Measurement {
	/// Panels in which the attacker held a majority of the seats.
	majority_panels: u32,
	/// Seats the attacker held, over all panels.
	attacker_seats: u64,
}

impl Measurement {
	fn majority_share(&self) -> f64 {
		f64::from(self.majority_panels) / f64::from(DRAWS)
	}

	fn mean_seats(&self) -> f64 {
		self.attacker_seats as f64 / f64::from(DRAWS)
	}
}

/// Draw [`DRAWS`] panels of `seats` seats with `sampler` (given the draw's seed and request
/// id) and count the attacker's seats. Every panel must fill all its seats, otherwise the
/// attacker's share would be measured against fewer seats than it is expected on.
fn measure(
	case: u32,
	seats: u32,
	sampler: impl Fn(&H256, RequestId) -> Vec<(u64, u32)>,
) -> Measurement {
	let mut measurement = Measurement { majority_panels: 0, attacker_seats: 0 };
	for draw in 0..DRAWS {
		let panel = sampler(&simulation_seed(case, draw), RequestId::from(draw));
		let filled: u32 = panel.iter().map(|(_, held)| held).sum();
		assert_eq!(filled, seats, "case {case}, draw {draw}: the panel must fill every seat");
		let held: u32 =
			panel.iter().filter(|(who, _)| is_attacker(who)).map(|(_, held)| held).sum();
		if held >= majority(seats) {
			measurement.majority_panels += 1;
		}
		measurement.attacker_seats += u64::from(held);
	}
	measurement
}

/// One row of the simulation table.
struct Row {
	percent: u32,
	accounts: u64,
	seats: u32,
	expected_share: f64,
	measurement: Measurement,
}

impl Row {
	fn p(&self) -> f64 {
		f64::from(self.percent) / 100.0
	}

	fn expected_mean(&self) -> f64 {
		f64::from(self.seats) * self.p()
	}

	fn share_within_tolerance(&self) -> bool {
		(self.measurement.majority_share() - self.expected_share).abs()
			<= share_tolerance(self.expected_share)
	}

	fn mean_within_tolerance(&self) -> bool {
		(self.measurement.mean_seats() - self.expected_mean()).abs()
			<= mean_tolerance(self.seats, self.p())
	}
}

/// The old sampler, `draw_panel` before seats were drawn with replacement, copied verbatim
/// (bar formatting) for the control case: a drawn candidate is removed, so nobody holds more
/// than one seat.
fn draw_panel(seed: H256, mut candidates: Vec<(u64, u128)>, n: u32) -> Vec<u64> {
	let mut drawn = Vec::new();
	for round in 0..n {
		if candidates.is_empty() {
			break;
		}
		let total = candidates.iter().fold(0u128, |acc, (_, w)| acc.saturating_add(*w));
		let hash = sp_io::hashing::blake2_256(&(seed, round).encode());
		let random = u128::decode(&mut &hash[..]).unwrap_or_default();
		let target = random.checked_rem(total).unwrap_or(0);
		let mut cumulative = 0u128;
		let mut chosen = 0usize;
		for (i, (_, weight)) in candidates.iter().enumerate() {
			cumulative = cumulative.saturating_add(*weight);
			if target < cumulative {
				chosen = i;
				break;
			}
		}
		drawn.push(candidates.swap_remove(chosen).0);
	}
	drawn
}

#[test]
fn binomial_majority_reproduces_the_design_table() {
	// The design document's table of `P(X ≥ ⌊n/2⌋ + 1)`, rows `p`, columns `n = 3, 5, 9`: if
	// the formula the simulation is held to disagreed with it, the simulation would check
	// something else than what the design promises.
	let design_table: [(u32, [f64; 3]); 3] = [
		(10, [0.0280, 0.0086, 0.0009]),
		(20, [0.1040, 0.0579, 0.0196]),
		(33, [0.2548, 0.2050, 0.1398]),
	];
	for (percent, row) in design_table {
		for (seats, expected) in PANEL_SIZES.into_iter().zip(row) {
			let computed = binomial_at_least(seats, f64::from(percent) / 100.0, majority(seats));
			assert!(
				(computed - expected).abs() <= 0.00005,
				"p = {percent} %, n = {seats}: computed {computed:.6}, design table {expected}",
			);
		}
	}
}

#[test]
fn simulated_rosters_hold_the_exact_shares() {
	// The expected values assume the attacker holds exactly `p` of the weight: check the
	// integer split before trusting the simulation.
	for percent in ATTACKER_PERCENTS {
		for accounts in ATTACKER_SPLITS {
			let roster = simulated_roster(percent, accounts);
			let total: u128 = roster.iter().map(|(_, weight)| weight).sum();
			assert_eq!(total, TOTAL_WEIGHT);
			assert_eq!(attacker_weight(&roster), TOTAL_WEIGHT / 100 * u128::from(percent));
			assert_eq!(roster.iter().filter(|(who, _)| is_attacker(who)).count() as u64, accounts);
			assert_eq!(roster.len() as u64, HONEST_ACCOUNTS + accounts);
			assert!(roster.iter().all(|(_, weight)| *weight > 0));
		}
	}
}

#[test]
fn attacker_seats_follow_the_binomial_however_the_attacker_splits() {
	let mut rows = Vec::new();
	let mut case = 0u32;
	for percent in ATTACKER_PERCENTS {
		for accounts in ATTACKER_SPLITS {
			let roster = simulated_roster(percent, accounts);
			for seats in PANEL_SIZES {
				// One seed domain per (p, k, n), so that no two rows share draws: with shared
				// seeds a 3-seat panel would be the first 3 seats of the 5-seat one.
				let measurement =
					measure(case, seats, |seed, id| draw_seats(seed, id, 0, &roster, seats));
				let p = f64::from(percent) / 100.0;
				let expected_share = binomial_at_least(seats, p, majority(seats));
				rows.push(Row { percent, accounts, seats, expected_share, measurement });
				case += 1;
			}
		}
	}

	// The whole table first, then the assertions, so a failing row is seen among the others.
	println!();
	println!(
		"| p | k | n | expected P(majority) | observed | tolerance | \
		 mean seats expected / observed |"
	);
	println!("|---|---|---|---|---|---|---|");
	for row in &rows {
		println!(
			"| {:.2} | {} | {} | {:.4} | {:.4} | ±{:.4} | {:.3} / {:.3} |",
			row.p(),
			row.accounts,
			row.seats,
			row.expected_share,
			row.measurement.majority_share(),
			share_tolerance(row.expected_share),
			row.expected_mean(),
			row.measurement.mean_seats(),
		);
	}
	for row in &rows {
		assert!(
			row.share_within_tolerance(),
			"p = {:.2}, k = {}, n = {}: attacker majority in {:.4} of panels, \
			 expected {:.4} ± {:.4}",
			row.p(),
			row.accounts,
			row.seats,
			row.measurement.majority_share(),
			row.expected_share,
			share_tolerance(row.expected_share),
		);
		assert!(
			row.mean_within_tolerance(),
			"p = {:.2}, k = {}, n = {}: mean attacker seats {:.4}, expected {:.4} ± {:.4}",
			row.p(),
			row.accounts,
			row.seats,
			row.measurement.mean_seats(),
			row.expected_mean(),
			mean_tolerance(row.seats, row.p()),
		);
	}
}

#[test]
fn without_replacement_hands_a_split_attacker_the_majority_past_a_whale() {
	const WHALE: u64 = 1;
	const PERCENT: u32 = 33;
	const SEATS: u32 = 3;
	let attacker = TOTAL_WEIGHT / 100 * u128::from(PERCENT);
	let mut roster = vec![(WHALE, TOTAL_WEIGHT - attacker)];
	roster.extend(attacker_accounts(attacker, 100));
	let p = f64::from(PERCENT) / 100.0;
	let expected_share = binomial_at_least(SEATS, p, majority(SEATS));

	// The old sampler removes the whale once drawn, so the seats it does not take go to the
	// attacker's accounts whatever their weight: 2 of 3 seats in every panel.
	let old = measure(CONTROL_CASE, SEATS, |seed, _| {
		draw_panel(*seed, roster.clone(), SEATS).into_iter().map(|who| (who, 1)).collect()
	});
	// The same roster and seeds under the new sampler: the whale can be drawn again, so the
	// attacker's seats are the binomial of its share.
	let new = measure(CONTROL_CASE, SEATS, |seed, id| draw_seats(seed, id, 0, &roster, SEATS));

	println!();
	println!(
		"| sampler | p | n | expected P(majority) | observed | \
		 mean seats expected / observed |"
	);
	println!("|---|---|---|---|---|---|");
	let samplers = [("without replacement (old)", &old), ("with replacement (new)", &new)];
	for (sampler, measurement) in samplers {
		println!(
			"| {sampler} | {p:.2} | {SEATS} | {expected_share:.4} | {:.4} | {:.3} / {:.3} |",
			measurement.majority_share(),
			f64::from(SEATS) * p,
			measurement.mean_seats(),
		);
	}

	assert_eq!(old.majority_panels, DRAWS, "the old sampler hands the attacker every panel");
	assert!(
		(new.majority_share() - expected_share).abs() <= share_tolerance(expected_share),
		"new sampler: attacker majority in {:.4} of panels, expected {expected_share:.4} ± {:.4}",
		new.majority_share(),
		share_tolerance(expected_share),
	);
	assert!(
		(new.mean_seats() - f64::from(SEATS) * p).abs() <= mean_tolerance(SEATS, p),
		"new sampler: mean attacker seats {:.4}, expected {:.4} ± {:.4}",
		new.mean_seats(),
		f64::from(SEATS) * p,
		mean_tolerance(SEATS, p),
	);
}

#[test]
fn draw_seats_without_weight_draws_nobody() {
	let seed = H256::repeat_byte(1);
	let nobody: [(u64, u128); 0] = [];
	assert!(draw_seats(&seed, 0, 0, &nobody, 5).is_empty());
	// Candidates without weight: there is nothing to draw in proportion to.
	assert!(draw_seats(&seed, 0, 0, &[(1u64, 0u128), (2, 0), (3, 0)], 5).is_empty());
	// No seats, nobody drawn even with weight.
	assert!(draw_seats(&seed, 0, 0, &simulated_roster(33, 10), 0).is_empty());
}

#[test]
fn draw_seats_fills_every_seat_among_weighted_candidates() {
	// Zero-weight candidates sit among the weighted ones: they must never be drawn.
	let mut candidates = simulated_roster(20, 10);
	candidates.insert(5, (500, 0));
	candidates.push((501, 0));
	let order: Vec<u64> = candidates.iter().map(|(who, _)| *who).collect();
	for seats in [1u32, 2, 3, 5, 9, 64] {
		for draw in 0..50u32 {
			let seed = simulation_seed(CONTROL_CASE + 1, draw);
			let panel = draw_seats(&seed, RequestId::from(draw), 0, &candidates, seats);
			assert_eq!(panel.iter().map(|(_, held)| held).sum::<u32>(), seats);
			assert!(panel.iter().all(|(_, held)| *held > 0), "no member without a seat");
			assert!(panel.iter().all(|(who, _)| *who != 500 && *who != 501));
			// Each member once, in candidate order.
			let positions: Vec<usize> = panel
				.iter()
				.map(|(who, _)| order.iter().position(|candidate| candidate == who).unwrap())
				.collect();
			assert!(positions.windows(2).all(|pair| pair[0] < pair[1]));
		}
	}
	// A single weighted candidate takes every seat.
	assert_eq!(draw_seats(&H256::zero(), 7, 0, &[(9u64, 0u128), (4, 1)], 5), vec![(4u64, 5u32)]);
}

#[test]
fn draw_seats_is_a_function_of_seed_id_and_round() {
	let candidates = simulated_roster(33, 10);
	let seed = H256::repeat_byte(42);
	let panel = draw_seats(&seed, 3, 0, &candidates, 9);
	// The same inputs draw the same panel: every node must agree on it.
	assert_eq!(draw_seats(&seed, 3, 0, &candidates, 9), panel);
	// Another seed, request or round draws another panel, at least for one of a few tries
	// (a single try could coincide by chance).
	let other_seeds =
		(0..4u8).any(|byte| draw_seats(&H256::repeat_byte(byte), 3, 0, &candidates, 9) != panel);
	assert!(other_seeds, "the seed must matter");
	let other_ids = (4..8).any(|id| draw_seats(&seed, id, 0, &candidates, 9) != panel);
	assert!(other_ids, "the request id must matter");
	let other_rounds = (1..5).any(|round| draw_seats(&seed, 3, round, &candidates, 9) != panel);
	assert!(other_rounds, "the round must matter");
}
