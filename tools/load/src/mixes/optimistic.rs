//! The `optimistic` mix: optimistic performance claims that stand after their liveness window.
//!
//! 1. **Claims** (pre-signed stock): each load account (an athlete) sends
//!    `Performance::claim_performance(self, trick, MinWitnessReward, MinClaimBond)`: the engine
//!    holds the bond on the claim "approved, score 8000" and opens a request in `perform\0`
//!    with no draw: `Witnesses::RequestOpened { id, draw_at: None, reveal_deadline:
//!    liveness_until, .. }` and `Witnesses::ClaimOpened { id, liveness_until }` (opening block
//!    plus `ClaimLiveness`).
//! 2. **Standing** (the chain): nobody disputes; in the first block after the window that has
//!    room, the witnesses' idle hook lets the claim stand: `Witnesses::ClaimSettled { id,
//!    result: Stood }`, with `RequestFinalized` and `PerformanceVerified`, releasing bond,
//!    reward and the request's deposit.
//!
//! The verified event is that `ClaimSettled { result: Stood }` of a claim the mix opened. The
//! mix sends nothing after the claims; it follows the chain only to tell its claims apart and
//! to time them. A roster is still needed: opening a claim checks that a dispute's panel could
//! be drawn (`NoRoster`, `NotEnoughWitnesses`), so setup puts witnesses on it, as for
//! `verified`.

use std::{
	collections::HashMap,
	sync::{Mutex, MutexGuard},
	time::Duration,
};

use arete_runtime::{AccountId, Balance, Runtime, RuntimeCall, RuntimeEvent};
use pallet_witnesses::{ClaimResult, DomainId, RequestId};
use serde_json::json;

use super::{
	performance::{self, BlockTally},
	BlockEvents, FollowUp, Mix, MixOptions, MixSummary, Presigned, RunWindow, SetupContext,
	WorkCost,
};
use crate::{
	accounts::{LoadAccount, LoadSet},
	chain::{self, ChainInfo, Limits},
	rpc::Result,
};

/// Witnesses when `--witnesses` is not given: the fewest a claim's opening accepts (a dispute's
/// panel must have `MinWitnesses` distinct candidates); they never act.
const DEFAULT_WITNESSES: usize = 3;
/// Claims each athlete is funded for (beyond `--fund`), counting every claim's bond as if none
/// came back during the run.
const CLAIMS_FUNDED: u128 = 6;
/// Bytes a signature, address and extensions add to a call (a generous bound, for fees).
const SIGNED_OVERHEAD: usize = 160;

pub struct Optimistic {
	witnesses: usize,
	state: Mutex<State>,
}

#[derive(Default)]
struct Counts {
	opened: u64,
	stood: u64,
	disputed: u64,
	upheld: u64,
	overturned: u64,
	inconclusive: u64,
	unread_blocks: u64,
	/// Sum of the blocks from the first block after a window to its standing: how far the idle
	/// hook lagged.
	stand_lag: u64,
	stand_lag_max: u32,
}

#[derive(Default)]
struct State {
	domain: DomainId,
	/// Open claims of the mix: their opening block and their window's last block.
	claims: HashMap<RequestId, (u32, u32)>,
	affordable: u32,
	witnesses: Vec<AccountId>,
	counts: Counts,
	log: Vec<BlockTally>,
}

impl Optimistic {
	pub fn new(options: &MixOptions) -> Self {
		Optimistic {
			witnesses: options.witnesses.unwrap_or(DEFAULT_WITNESSES),
			state: Mutex::new(State::default()),
		}
	}

	fn state(&self) -> MutexGuard<'_, State> {
		self.state.lock().unwrap_or_else(|e| e.into_inner())
	}

	/// The claim bond: the engine's least.
	fn bond() -> Balance {
		performance::balance::<<Runtime as pallet_witnesses::Config>::MinClaimBond>()
	}

	fn call(athlete: &AccountId) -> RuntimeCall {
		RuntimeCall::Performance(pallet_performance::Call::claim_performance {
			athlete: athlete.clone(),
			event: performance::event(),
			reward: performance::reward(),
			bond: Self::bond(),
		})
	}

	/// What one claim holds or costs its athlete: the performance's deposit (held until the
	/// record is reaped), the request's deposit, the reward and the bond (released when the
	/// claim stands), and the fee. The stock is budgeted as if nothing came back during the
	/// run, which holds for runs shorter than the window.
	fn claim_cost(athlete: &AccountId) -> Balance {
		let call = Self::call(athlete);
		let length = codec::Encode::encoded_size(&call) + SIGNED_OVERHEAD;
		performance::balance::<<Runtime as pallet_performance::Config>::PerformanceDeposit>()
			+ performance::balance::<<Runtime as pallet_witnesses::Config>::RequestDeposit>()
			+ performance::reward()
			+ Self::bond()
			+ chain::fee_bound(&call, length)
	}

	/// The liveness window in blocks; a claim stands in the block after it at the earliest.
	fn liveness() -> u32 {
		performance::blocks::<<Runtime as pallet_performance::Config>::ClaimLiveness>()
	}
}

impl Mix for Optimistic {
	fn name(&self) -> &'static str {
		"optimistic"
	}

	/// The athlete deposit and `CLAIMS_FUNDED` claims.
	fn min_funding(&self) -> Balance {
		let sample = AccountId::from([0u8; 32]);
		performance::balance::<<Runtime as pallet_performance::Config>::AthleteDeposit>()
			+ CLAIMS_FUNDED * Self::claim_cost(&sample)
	}

	fn setup(&mut self, ctx: &mut SetupContext<'_>) -> Result<()> {
		performance::ensure_sport(ctx)?;
		performance::register_athletes(ctx)?;
		let witnesses = performance::setup_witnesses(ctx, self.witnesses)?;
		let cost = Self::claim_cost(&ctx.accounts[0].id);
		let affordable = performance::affordable(ctx, cost)?;
		if affordable == 0 {
			return Err(format!(
				"the athletes cannot pay for a claim ({:.2} ARETE each with its bond): raise \
				 --fund",
				cost as f64 / arete_runtime::currency::ARETE as f64
			)
			.into());
		}
		let liveness = Self::liveness();
		println!(
			"optimistic: a claim stands {} blocks ({}s) after it is opened at the earliest \
			 (ClaimLiveness); the idle hook lets at most {} claims stand a block with no \
			 extrinsics, fewer after them; athletes can pay for {affordable} claims each",
			liveness + 1,
			performance::blocks_to_duration(liveness + 1).as_secs(),
			performance::idle_entries_per_block(Limits::of_runtime().max_block)
		);
		let mut state = self.state();
		state.domain = performance::domain();
		state.affordable = affordable;
		state.witnesses = witnesses.keys.iter().map(|w| w.id.clone()).collect();
		Ok(())
	}

	fn sample_call(&self, accounts: &[LoadAccount]) -> RuntimeCall {
		Self::call(&accounts[0].id)
	}

	/// The claim, and the idle hook's entry that lets it stand.
	fn work_cost(&self, accounts: &[LoadAccount]) -> WorkCost {
		WorkCost { calls: vec![Self::call(&accounts[0].id)], hooks: performance::idle_entry_charge() }
	}

	fn sustained_per_sec(&self, window: &RunWindow) -> Option<f64> {
		performance::rates(&self.state().log, window).finished_per_sec_active
	}

	fn presign(
		&self,
		chain: &ChainInfo,
		accounts: &mut [LoadAccount],
		count: usize,
	) -> Result<Presigned> {
		let affordable = self.state().affordable;
		Ok(performance::presign_affordable(
			chain,
			accounts,
			count,
			affordable,
			"optimistic",
			"claims",
			Self::call,
		))
	}

	fn is_verified(&self, event: &RuntimeEvent, _load: &LoadSet) -> bool {
		match event {
			RuntimeEvent::Witnesses(pallet_witnesses::Event::ClaimSettled {
				id,
				result: ClaimResult::Stood,
				..
			}) => self.state().claims.contains_key(id),
			_ => false,
		}
	}

	/// The witnesses sign nothing, but a dispute by someone else could draw them: their
	/// extrinsics would be load too.
	fn extra_accounts(&self) -> Vec<AccountId> {
		self.state().witnesses.clone()
	}

	fn on_block(&self, block: &BlockEvents<'_>) -> Vec<FollowUp> {
		let mut guard = self.state();
		// A plain reference, so that fields borrow apart.
		let state = &mut *guard;
		let mut tally = BlockTally {
			number: block.number,
			seen: block.seen,
			timestamp: block.timestamp,
			opened: 0,
			finished: 0,
		};
		let Some(events) = block.events else {
			state.counts.unread_blocks += 1;
			state.log.push(tally);
			return Vec::new();
		};
		use pallet_witnesses::Event as E;
		for record in events {
			let RuntimeEvent::Witnesses(event) = &record.event else { continue };
			match event {
				// Performance opens claims without a draw and panels with one.
				E::RequestOpened {
					id, domain, requester, draw_at: None, reveal_deadline, ..
				} if *domain == state.domain && block.load.contains(requester) => {
					state.claims.insert(*id, (block.number, *reveal_deadline));
					state.counts.opened += 1;
					tally.opened += 1;
				},
				E::Disputed { id, .. } if state.claims.contains_key(id) => {
					state.counts.disputed += 1;
				},
				E::ClaimSettled { id, result, .. } => {
					let Some((_, liveness_until)) = state.claims.remove(id) else { continue };
					let counts = &mut state.counts;
					match result {
						ClaimResult::Stood => {
							counts.stood += 1;
							tally.finished += 1;
							let lag = block.number.saturating_sub(liveness_until.saturating_add(1));
							counts.stand_lag += u64::from(lag);
							counts.stand_lag_max = counts.stand_lag_max.max(lag);
						},
						ClaimResult::Upheld => counts.upheld += 1,
						ClaimResult::Overturned => counts.overturned += 1,
						ClaimResult::Inconclusive => counts.inconclusive += 1,
					}
				},
				_ => {},
			}
		}
		state.log.push(tally);
		Vec::new()
	}

	fn in_flight(&self) -> u64 {
		self.state().claims.len() as u64
	}

	fn completion_time(&self) -> Option<Duration> {
		Some(performance::blocks_to_duration(Self::liveness() + 1))
	}

	fn summary(&self, window: &RunWindow) -> Option<MixSummary> {
		let state = self.state();
		let c = &state.counts;
		let rates = performance::rates(&state.log, window);
		let mean_lag = if c.stood > 0 { c.stand_lag as f64 / c.stood as f64 } else { 0.0 };
		let active =
			rates.finished_per_sec_active.map_or("n/a".to_string(), |rate| format!("{rate:.2}/s"));
		let lines = vec![
			format!(
				"claims: {} opened, {} stood, {} disputed (by others: {} upheld, {} overturned, \
				 {} inconclusive), {} still open at the end",
				c.opened,
				c.stood,
				c.disputed,
				c.upheld,
				c.overturned,
				c.inconclusive,
				state.claims.len()
			),
			format!(
				"claims/s during submission: {:.2} submitted (included), {:.2} standing; {} \
				 standing while claims stood (first to last standing); {} stood after \
				 submission; the window is {} blocks ({}s)",
				rates.opened_per_sec,
				rates.finished_per_sec,
				active,
				rates.finished_after_run,
				Self::liveness(),
				performance::blocks_to_duration(Self::liveness()).as_secs()
			),
			format!(
				"idle hook lag after the window: {mean_lag:.1} blocks mean, {} max",
				c.stand_lag_max
			),
		];
		let json = json!({
			"witnesses": state.witnesses.len(),
			"claims_affordable_per_athlete": state.affordable,
			"liveness_blocks": Self::liveness(),
			"opened": c.opened,
			"stood": c.stood,
			"disputed": c.disputed,
			"upheld": c.upheld,
			"overturned": c.overturned,
			"inconclusive": c.inconclusive,
			"open_at_end": state.claims.len(),
			"submitted_during_submission": rates.opened_in_run,
			"stood_during_submission": rates.finished_in_run,
			"stood_after_submission": rates.finished_after_run,
			"submitted_per_second": rates.opened_per_sec,
			"standing_per_second": rates.finished_per_sec,
			"standing_per_second_while_standing": rates.finished_per_sec_active,
			"stand_lag_blocks_mean": mean_lag,
			"stand_lag_blocks_max": c.stand_lag_max,
			"unread_blocks": c.unread_blocks,
		});
		Some(MixSummary { lines, json })
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use crate::accounts;
	use arete_runtime::{currency::ARETE, Hash, UncheckedExtrinsic, VERSION};
	use codec::Decode;
	use frame_system::{EventRecord, Phase};
	use sp_core::H256;

	fn record(event: pallet_witnesses::Event<Runtime>) -> EventRecord<RuntimeEvent, Hash> {
		EventRecord {
			phase: Phase::Initialization,
			event: RuntimeEvent::Witnesses(event),
			topics: vec![],
		}
	}

	/// The stock is cut to what the athletes can hold bonds for, and each extrinsic claims the
	/// trick's score for its own athlete with the engine's least bond.
	#[test]
	fn claims_are_cut_to_the_budget_and_claim_the_trick() {
		let chain = ChainInfo {
			genesis: Hash::repeat_byte(1),
			spec_version: VERSION.spec_version,
			tx_version: VERSION.transaction_version,
		};
		let mut athletes = accounts::derive(2).unwrap();
		let mix = Optimistic::new(&MixOptions { witnesses: None });
		mix.state().affordable = 1;
		let stock = mix.presign(&chain, &mut athletes, 5).unwrap();
		assert_eq!(stock.senders, vec![0, 1]);
		let xt = UncheckedExtrinsic::decode(&mut &stock.xts[1][..]).unwrap();
		let RuntimeCall::Performance(pallet_performance::Call::claim_performance {
			athlete,
			event,
			reward,
			bond,
		}) = xt.function
		else {
			panic!("not a claim: {:?}", xt.function)
		};
		assert_eq!(athlete, athletes[1].id);
		assert_eq!(event.metrics.score, performance::SCORE);
		assert_eq!(bond, 10 * ARETE, "the runtime's MinClaimBond");
		assert_eq!(reward, ARETE, "the runtime's MinWitnessReward");
	}

	/// Claims of the mix are followed from their opening (a request without a draw) to their
	/// standing, which is the verified event; drawn requests and others' claims are not.
	#[test]
	fn a_claim_that_stands_is_the_verified_event() {
		let athletes = accounts::derive(1).unwrap();
		let load = LoadSet::with_extra(&athletes, &[]);
		let mix = Optimistic::new(&MixOptions { witnesses: None });
		let domain = performance::domain();
		mix.state().domain = domain;
		let opened = |id: RequestId, draw_at: Option<u32>| {
			record(pallet_witnesses::Event::RequestOpened {
				id,
				domain,
				subject: H256::zero(),
				requester: athletes[0].id.clone(),
				reward: ARETE,
				draw_at,
				commit_deadline: 120,
				reveal_deadline: 120,
			})
		};
		let block = |number: u32, events: &[EventRecord<RuntimeEvent, Hash>]| {
			mix.on_block(&BlockEvents {
				number,
				timestamp: Some(u64::from(number) * 6_000),
				seen: f64::from(number),
				events: Some(events),
				load: &load,
			})
		};
		assert!(block(100, &[opened(11, None), opened(12, Some(103))]).is_empty());
		assert_eq!(mix.in_flight(), 1);

		let stood = |id: RequestId| {
			record(pallet_witnesses::Event::ClaimSettled {
				id,
				result: ClaimResult::Stood,
				to_winner: 0,
				to_panel: 0,
			})
		};
		assert!(mix.is_verified(&stood(11).event, &load));
		assert!(!mix.is_verified(&stood(13).event, &load));
		block(122, &[stood(11), stood(13)]);
		assert_eq!(mix.in_flight(), 0);
		let state = mix.state();
		assert_eq!((state.counts.opened, state.counts.stood), (1, 1));
		// The window's last block is 120: standing in 122 is one block after the first
		// possible.
		assert_eq!(state.counts.stand_lag_max, 1);
	}
}
