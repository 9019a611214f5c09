//! The `verified` mix: complete verification rounds of drawn panels, as the Performance pallet
//! uses the witness engine.
//!
//! 1. **Openings** (pre-signed stock): each load account (an athlete) sends
//!    `Performance::submit_performance(self, trick, MinWitnessReward)`, which opens a request of
//!    `PanelSeats` (3) drawn seats in the `perform\0` domain: `Witnesses::RequestOpened { id,
//!    draw_at: Some(opened + DrawDelay), .. }` and `Performance::PerformanceSubmitted`.
//! 2. **Draw** (the chain): from the seed block on, the witnesses' idle hook draws the panel:
//!    `Witnesses::PanelDrawn { id, members: [(who, seats)], commit_deadline, reveal_deadline }`.
//! 3. **Commits** (follow-ups): in reaction to that block, each drawn witness that is ours
//!    sends `Witnesses::commit(id, commitment_of(perform\0, id, who, true, Some(8000), salt))`.
//! 4. **Reveals** (follow-ups): once the best block is the commit deadline (the next block
//!    opens the reveal phase), each witness that committed sends `Witnesses::reveal(id, true,
//!    Some(8000), salt)`.
//! 5. **Tally and finalization** (the chain): the idle hook tallies the round after the reveal
//!    deadline (`RoundDecided { appeal_until }`) and finalizes the request after the appeal
//!    window: `Witnesses::RequestFinalized { id, outcome }`, with `PerformanceVerified`.
//!
//! The verified event is that `RequestFinalized` of a request the mix opened, with a conclusive
//! outcome (approved or rejected: every witness approves, so approved): one per finished
//! round. Inconclusive ones (a seat that did not reveal) are counted apart.
//!
//! Witness nonces are tracked here: the witnesses sign nothing else during the run, and every
//! follow-up the pool accepts uses its nonce whether its call then succeeds or fails.

use std::{
	collections::{BTreeMap, HashMap},
	sync::{Mutex, MutexGuard},
	time::Duration,
};

use arete_runtime::{AccountId, Balance, Runtime, RuntimeCall, RuntimeEvent};
use pallet_witnesses::{DomainId, RequestId, Verdict};
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

/// Witnesses when `--witnesses` is not given: enough that each signs about one follow-up a
/// second at a few rounds a second.
const DEFAULT_WITNESSES: usize = 64;
/// Openings each athlete is funded for (beyond `--fund`).
const OPENINGS_FUNDED: u128 = 8;
/// Bytes a signature, address and extensions add to a call (a generous bound, for fees).
const SIGNED_OVERHEAD: usize = 160;

pub struct Verified {
	witnesses: usize,
	state: Mutex<State>,
}

/// One round the mix opened and has not seen finalized.
struct Round {
	opened_at: u32,
	draw_at: Option<u32>,
	drawn_at: Option<u32>,
	commit_deadline: u32,
	reveal_deadline: u32,
	/// Our witnesses whose commits were signed (indices into `State::witnesses`).
	committed: Vec<u32>,
	decided_at: Option<u32>,
}

#[derive(Default)]
struct Counts {
	opened: u64,
	drawn: u64,
	commits_signed: u64,
	commits_seen: u64,
	reveals_signed: u64,
	reveals_seen: u64,
	decided: u64,
	approved: u64,
	rejected: u64,
	inconclusive: u64,
	/// Seats drawn for witnesses that are not the tool's.
	foreign_seats: u64,
	/// Seats of our witnesses whose nonces were lost (no follow-up signed).
	broken_seats: u64,
	/// Reveals not signed because the reveal phase was over when the monitor got there.
	reveals_missed: u64,
	/// Blocks whose events the monitor could not read: what they drew was missed.
	unread_blocks: u64,
	/// Sums of the blocks from the seed block to the draw, and from the first block after the
	/// reveal deadline to the tally: how far the idle hook lagged behind what was due.
	draw_lag: u64,
	tally_lag: u64,
	/// Blocks from opening to finalization, per finished round.
	latency_sum: u64,
	latency_min: Option<u32>,
	latency_max: u32,
}

#[derive(Default)]
struct State {
	chain: Option<ChainInfo>,
	domain: DomainId,
	witnesses: Vec<LoadAccount>,
	index: HashMap<AccountId, u32>,
	broken: Vec<bool>,
	secret: [u8; 32],
	/// Openings each athlete can pay for.
	affordable: u32,
	rounds: HashMap<RequestId, Round>,
	/// Rounds by commit deadline: their reveals go out once the best block reaches it.
	reveals_due: BTreeMap<u32, Vec<RequestId>>,
	counts: Counts,
	log: Vec<BlockTally>,
	roster_len: usize,
	foreign_candidates: usize,
}

impl Verified {
	pub fn new(options: &MixOptions) -> Self {
		Verified {
			witnesses: options.witnesses.unwrap_or(DEFAULT_WITNESSES),
			state: Mutex::new(State::default()),
		}
	}

	fn state(&self) -> MutexGuard<'_, State> {
		// A panic elsewhere leaves counts and rounds usable for the report.
		self.state.lock().unwrap_or_else(|e| e.into_inner())
	}

	fn call(athlete: &AccountId) -> RuntimeCall {
		RuntimeCall::Performance(pallet_performance::Call::submit_performance {
			athlete: athlete.clone(),
			event: performance::event(),
			reward: performance::reward(),
		})
	}

	/// What one opening costs its athlete at most: the performance's deposit (held until the
	/// record is reaped), the request's deposit (until finalization), the reward (paid to the
	/// panel) and the fee.
	fn opening_cost(athlete: &AccountId) -> Balance {
		let call = Self::call(athlete);
		let length = codec::Encode::encoded_size(&call) + SIGNED_OVERHEAD;
		performance::balance::<<Runtime as pallet_performance::Config>::PerformanceDeposit>()
			+ performance::balance::<<Runtime as pallet_witnesses::Config>::RequestDeposit>()
			+ performance::reward()
			+ chain::fee_bound(&call, length)
	}

	/// Blocks from opening to finalization at the earliest: the draw delay, the commit and
	/// reveal phases, the tally's block, the appeal window and the finalization's block.
	fn round_blocks() -> u32 {
		performance::blocks::<<Runtime as pallet_witnesses::Config>::DrawDelay>()
			+ performance::blocks::<<Runtime as pallet_performance::Config>::CommitPeriod>()
			+ performance::blocks::<<Runtime as pallet_performance::Config>::RevealPeriod>()
			+ 1 + performance::blocks::<<Runtime as pallet_performance::Config>::AppealPeriod>()
			+ 1
	}
}

impl State {
	/// Signs `call` by witness `w` with its next nonce, as a follow-up.
	fn sign(&mut self, w: u32, call: RuntimeCall) -> Option<FollowUp> {
		let chain = self.chain.as_ref()?;
		let witness = self.witnesses.get_mut(w as usize)?;
		Some(FollowUp { xt: performance::sign_follow_up(chain, witness, call), sender: w })
	}

	fn commit(&mut self, w: u32, id: RequestId) -> Option<FollowUp> {
		let who = &self.witnesses.get(w as usize)?.id;
		let salt = performance::salt(&self.secret, id, who);
		let (verdict, score) = performance::vote();
		let commitment = performance::commitment(self.domain, id, who, verdict, score, &salt);
		self.sign(w, RuntimeCall::Witnesses(pallet_witnesses::Call::commit { id, commitment }))
	}

	fn reveal(&mut self, w: u32, id: RequestId) -> Option<FollowUp> {
		let who = &self.witnesses.get(w as usize)?.id;
		let salt = performance::salt(&self.secret, id, who);
		let (verdict, score) = performance::vote();
		self.sign(
			w,
			RuntimeCall::Witnesses(pallet_witnesses::Call::reveal { id, verdict, score, salt }),
		)
	}

	/// Follows one event; returns the witnesses to commit for a panel it drew.
	fn follow(
		&mut self,
		event: &RuntimeEvent,
		block: &BlockEvents<'_>,
		tally: &mut BlockTally,
	) -> Vec<(u32, RequestId)> {
		let number = block.number;
		let RuntimeEvent::Witnesses(event) = event else { return Vec::new() };
		use pallet_witnesses::Event as E;
		match event {
			E::RequestOpened {
				id,
				domain,
				requester,
				draw_at: Some(draw_at),
				commit_deadline,
				reveal_deadline,
				..
			} if *domain == self.domain && block.load.contains(requester) => {
				self.rounds.insert(
					*id,
					Round {
						opened_at: number,
						draw_at: Some(*draw_at),
						drawn_at: None,
						commit_deadline: *commit_deadline,
						reveal_deadline: *reveal_deadline,
						committed: Vec::new(),
						decided_at: None,
					},
				);
				self.counts.opened += 1;
				tally.opened += 1;
			},
			E::PanelDrawn { id, members, commit_deadline, reveal_deadline } => {
				let Some(round) = self.rounds.get_mut(id) else { return Vec::new() };
				round.drawn_at = Some(number);
				round.commit_deadline = *commit_deadline;
				round.reveal_deadline = *reveal_deadline;
				self.counts.drawn += 1;
				self.counts.draw_lag +=
					u64::from(number.saturating_sub(round.draw_at.unwrap_or(number)));
				let mut ours = Vec::new();
				for (who, seats) in members.iter() {
					match self.index.get(who) {
						Some(&w) if !self.broken.get(w as usize).copied().unwrap_or(true) => {
							round.committed.push(w);
							ours.push((w, *id));
						},
						Some(_) => self.counts.broken_seats += u64::from(*seats),
						None => self.counts.foreign_seats += u64::from(*seats),
					}
				}
				self.reveals_due.entry(*commit_deadline).or_default().push(*id);
				return ours;
			},
			E::Committed { id, .. } if self.rounds.contains_key(id) => {
				self.counts.commits_seen += 1
			},
			E::Revealed { id, .. } if self.rounds.contains_key(id) => self.counts.reveals_seen += 1,
			E::RoundDecided { id, .. } => {
				if let Some(round) = self.rounds.get_mut(id) {
					round.decided_at = Some(number);
					self.counts.decided += 1;
					self.counts.tally_lag +=
						u64::from(number.saturating_sub(round.reveal_deadline.saturating_add(1)));
				}
			},
			E::RequestFinalized { id, outcome, .. } => {
				let Some(round) = self.rounds.remove(id) else { return Vec::new() };
				match outcome.verdict {
					Verdict::Approved => self.counts.approved += 1,
					Verdict::Rejected => self.counts.rejected += 1,
					Verdict::Inconclusive => self.counts.inconclusive += 1,
				}
				if outcome.verdict != Verdict::Inconclusive {
					tally.finished += 1;
				}
				let latency = number.saturating_sub(round.opened_at);
				let counts = &mut self.counts;
				counts.latency_sum += u64::from(latency);
				counts.latency_min = Some(counts.latency_min.map_or(latency, |m| m.min(latency)));
				counts.latency_max = counts.latency_max.max(latency);
			},
			_ => {},
		}
		Vec::new()
	}
}

impl Mix for Verified {
	fn name(&self) -> &'static str {
		"verified"
	}

	/// The athlete deposit and `OPENINGS_FUNDED` openings.
	fn min_funding(&self) -> Balance {
		let sample = AccountId::from([0u8; 32]);
		performance::balance::<<Runtime as pallet_performance::Config>::AthleteDeposit>()
			+ OPENINGS_FUNDED * Self::opening_cost(&sample)
	}

	fn setup(&mut self, ctx: &mut SetupContext<'_>) -> Result<()> {
		performance::ensure_sport(ctx)?;
		performance::register_athletes(ctx)?;
		let witnesses = performance::setup_witnesses(ctx, self.witnesses)?;
		let cost = Self::opening_cost(&ctx.accounts[0].id);
		let affordable = performance::affordable(ctx, cost)?;
		if affordable == 0 {
			return Err(format!(
				"the athletes cannot pay for an opening ({:.2} ARETE each): raise --fund",
				cost as f64 / arete_runtime::currency::ARETE as f64
			)
			.into());
		}

		let blocks = Self::round_blocks();
		let free = Limits::of_runtime().max_block;
		println!(
			"verified: a round takes at least {blocks} blocks ({}s) from opening to \
			 finalization; the idle hook works off at most {} due entries a block (3 per \
			 round: draw, tally, finalization) in a block with no extrinsics, fewer after them; \
			 athletes can pay for {affordable} openings each",
			performance::blocks_to_duration(blocks).as_secs(),
			performance::idle_entries_per_block(free)
		);

		let mut state = self.state();
		state.chain = Some(ctx.chain.clone());
		state.domain = performance::domain();
		state.broken = vec![false; witnesses.keys.len()];
		state.index = witnesses.index;
		state.witnesses = witnesses.keys;
		state.secret = performance::salt_secret();
		state.affordable = affordable;
		state.roster_len = witnesses.roster_len;
		state.foreign_candidates = witnesses.foreign;
		Ok(())
	}

	fn sample_call(&self, accounts: &[LoadAccount]) -> RuntimeCall {
		Self::call(&accounts[0].id)
	}

	/// A round at its largest: the opening, then a commit and a reveal by each of three
	/// distinct witnesses; the idle hook's draw, tally and finalization.
	fn work_cost(&self, accounts: &[LoadAccount]) -> WorkCost {
		let (verdict, score) = performance::vote();
		let commit = RuntimeCall::Witnesses(pallet_witnesses::Call::commit {
			id: 0,
			commitment: Default::default(),
		});
		let reveal = RuntimeCall::Witnesses(pallet_witnesses::Call::reveal {
			id: 0,
			verdict,
			score,
			salt: Default::default(),
		});
		let mut calls = vec![Self::call(&accounts[0].id)];
		let seats = <<Runtime as pallet_performance::Config>::PanelSeats as frame_support::traits::Get<u32>>::get();
		for _ in 0..seats {
			calls.push(commit.clone());
			calls.push(reveal.clone());
		}
		WorkCost { calls, hooks: performance::idle_entry_charge().saturating_mul(3) }
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
			"verified",
			"openings",
			Self::call,
		))
	}

	fn is_verified(&self, event: &RuntimeEvent, _load: &LoadSet) -> bool {
		match event {
			RuntimeEvent::Witnesses(pallet_witnesses::Event::RequestFinalized {
				id,
				outcome,
				..
			}) => outcome.verdict != Verdict::Inconclusive && self.state().rounds.contains_key(id),
			_ => false,
		}
	}

	fn extra_accounts(&self) -> Vec<AccountId> {
		self.state().witnesses.iter().map(|w| w.id.clone()).collect()
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
		let mut follow_ups = Vec::new();
		match block.events {
			Some(events) => {
				for record in events {
					for (w, id) in state.follow(&record.event, block, &mut tally) {
						if let Some(commit) = state.commit(w, id) {
							state.counts.commits_signed += 1;
							follow_ups.push(commit);
						}
					}
				}
			},
			None => state.counts.unread_blocks += 1,
		}

		// Reveals: the reveal phase of a round opens in the block after its commit deadline,
		// the next block to be built once the best block is the deadline.
		while let Some(entry) = state.reveals_due.first_entry() {
			if *entry.key() > block.number {
				break;
			}
			for id in entry.remove() {
				let Some(round) = state.rounds.get(&id) else { continue };
				let committed = round.committed.clone();
				if block.number >= round.reveal_deadline {
					state.counts.reveals_missed += committed.len() as u64;
					continue;
				}
				for w in committed {
					if state.broken.get(w as usize).copied().unwrap_or(true) {
						continue;
					}
					if let Some(reveal) = state.reveal(w, id) {
						state.counts.reveals_signed += 1;
						follow_ups.push(reveal);
					}
				}
			}
		}
		state.log.push(tally);
		follow_ups
	}

	fn follow_up_refused(&self, sender: u32) {
		let mut state = self.state();
		if let Some(broken) = state.broken.get_mut(sender as usize) {
			*broken = true;
		}
	}

	fn in_flight(&self) -> u64 {
		self.state().rounds.len() as u64
	}

	fn completion_time(&self) -> Option<Duration> {
		Some(performance::blocks_to_duration(Self::round_blocks()))
	}

	fn summary(&self, window: &RunWindow) -> Option<super::MixSummary> {
		let state = self.state();
		let c = &state.counts;
		let rates = performance::rates(&state.log, window);
		let finished = c.approved + c.rejected + c.inconclusive;
		let mean = |sum: u64, n: u64| if n > 0 { sum as f64 / n as f64 } else { 0.0 };
		let (waiting_draw, committing, revealing, deciding) =
			state.rounds.values().fold((0u64, 0u64, 0u64, 0u64), |(d, c, r, a), round| {
				match (round.drawn_at, round.decided_at) {
					(None, _) => (d + 1, c, r, a),
					(Some(_), Some(_)) => (d, c, r, a + 1),
					(Some(_), None) => {
						let last = state.log.last().map_or(0, |b| b.number);
						if last < round.commit_deadline {
							(d, c + 1, r, a)
						} else {
							(d, c, r + 1, a)
						}
					},
				}
			});
		let active =
			rates.finished_per_sec_active.map_or("n/a".to_string(), |rate| format!("{rate:.2}/s"));
		let lines =
			vec![
				format!(
				"rounds: {} opened, {} drawn, {} decided, {} finalized ({} approved, {} rejected, \
				 {} inconclusive), {} in flight at the end ({} awaiting the draw, {} committing, \
				 {} revealing, {} in the appeal window)",
				c.opened, c.drawn, c.decided, finished, c.approved, c.rejected, c.inconclusive,
				state.rounds.len(), waiting_draw, committing, revealing, deciding
			),
				format!(
					"rounds/s: {:.2} opened and {:.2} finalized during submission; {} finalized \
				 while completing (first to last finalization); {} finalized after submission",
					rates.opened_per_sec, rates.finished_per_sec, active, rates.finished_after_run
				),
				format!(
				"follow-ups: {} commits signed ({} seen), {} reveals signed ({} seen); seats not \
				 served: {} of other witnesses, {} of witnesses whose nonce was lost, {} reveals \
				 too late",
				c.commits_signed, c.commits_seen, c.reveals_signed, c.reveals_seen,
				c.foreign_seats, c.broken_seats, c.reveals_missed
			),
				format!(
				"latency: opening to finalization {:.1} blocks mean ({}..{}, at least {}); idle \
				 hook lag: {:.1} blocks to draw, {:.1} to tally",
				mean(c.latency_sum, finished),
				c.latency_min.unwrap_or(0),
				c.latency_max,
				Self::round_blocks(),
				mean(c.draw_lag, c.drawn),
				mean(c.tally_lag, c.decided)
			),
			];
		let json = json!({
			"witnesses": state.witnesses.len(),
			"roster_candidates": state.roster_len,
			"foreign_candidates": state.foreign_candidates,
			"openings_affordable_per_athlete": state.affordable,
			"round_blocks_min": Self::round_blocks(),
			"opened": c.opened,
			"drawn": c.drawn,
			"decided": c.decided,
			"approved": c.approved,
			"rejected": c.rejected,
			"inconclusive": c.inconclusive,
			"in_flight_at_end": state.rounds.len(),
			"opened_during_submission": rates.opened_in_run,
			"finalized_during_submission": rates.finished_in_run,
			"finalized_after_submission": rates.finished_after_run,
			"opened_per_second": rates.opened_per_sec,
			"finalized_per_second": rates.finished_per_sec,
			"finalized_per_second_while_completing": rates.finished_per_sec_active,
			"commits_signed": c.commits_signed,
			"commits_seen": c.commits_seen,
			"reveals_signed": c.reveals_signed,
			"reveals_seen": c.reveals_seen,
			"foreign_seats": c.foreign_seats,
			"broken_seats": c.broken_seats,
			"reveals_missed": c.reveals_missed,
			"unread_blocks": c.unread_blocks,
			"latency_blocks_mean": mean(c.latency_sum, finished),
			"latency_blocks_min": c.latency_min,
			"latency_blocks_max": c.latency_max,
			"draw_lag_blocks_mean": mean(c.draw_lag, c.drawn),
			"tally_lag_blocks_mean": mean(c.tally_lag, c.decided),
		});
		Some(MixSummary { lines, json })
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use crate::accounts;
	use arete_runtime::{
		currency::ARETE, Address, Hash, RuntimeOrigin, System, UncheckedExtrinsic, VERSION,
	};
	use codec::{Decode, Encode};
	use frame_support::BoundedVec;
	use frame_system::{ChainContext, EventRecord, Phase};
	use pallet_witnesses::{Attestation, Outcome, PanelKind, Request, Reveal, ScoreRange};
	use sp_core::H256;
	use sp_runtime::{
		generic::Preamble,
		traits::{Checkable, Dispatchable},
		DispatchError, Perbill,
	};

	fn record(event: pallet_witnesses::Event<Runtime>) -> EventRecord<RuntimeEvent, Hash> {
		EventRecord {
			phase: Phase::Initialization,
			event: RuntimeEvent::Witnesses(event),
			topics: vec![],
		}
	}

	/// A follow-up's extrinsic, signer, nonce and call; asserts it carries the follow-up tip.
	fn decode(follow_up: &FollowUp) -> (UncheckedExtrinsic, AccountId, u32, RuntimeCall) {
		let xt = UncheckedExtrinsic::decode(&mut &follow_up.xt[..]).unwrap();
		let Preamble::Signed(Address::Id(ref who), _, ref extension) = xt.preamble else {
			panic!("not a signed extrinsic: {:?}", xt.preamble)
		};
		let tip = pallet_transaction_payment::ChargeTransactionPayment::<Runtime>::from(
			performance::FOLLOW_UP_TIP,
		);
		assert_eq!(extension.7.encode(), tip.encode(), "the follow-up tip");
		let (who, nonce) = (who.clone(), extension.5 .0);
		let call = xt.function.clone();
		(xt, who, nonce, call)
	}

	/// A round as the chain plays it, fed to the mix block by block: the opening is followed,
	/// the drawn seats of our witnesses get commits at once (with their tracked nonces), the
	/// foreign seat none, the reveals come when the best block is the commit deadline, and
	/// the finalization is the verified event. The signed follow-ups pass the runtime's
	/// signature check, and the pallet's own `reveal` accepts each reveal against the
	/// commitment its witness committed (so the salt the mix recomputes is the committed one),
	/// and refuses another salt.
	#[test]
	fn a_drawn_panel_is_committed_and_revealed_as_the_pallet_checks() {
		let genesis = Hash::repeat_byte(0x47);
		let chain = ChainInfo {
			genesis,
			spec_version: VERSION.spec_version,
			tx_version: VERSION.transaction_version,
		};
		let athletes = accounts::derive(2).unwrap();
		let load = LoadSet::with_extra(&athletes, &[]);
		let mut witnesses = accounts::derive_witnesses(3).unwrap();
		witnesses[0].nonce = 4;
		let ids: Vec<AccountId> = witnesses.iter().map(|w| w.id.clone()).collect();
		let foreign = AccountId::from([9u8; 32]);
		let domain = performance::domain();

		let mix = Verified::new(&MixOptions { witnesses: None });
		{
			let mut state = mix.state();
			state.chain = Some(chain.clone());
			state.domain = domain;
			state.index = ids.iter().enumerate().map(|(i, id)| (id.clone(), i as u32)).collect();
			state.broken = vec![false; ids.len()];
			state.witnesses = witnesses;
			state.secret = [7; 32];
		}
		let block = |number: u32, events: &[EventRecord<RuntimeEvent, Hash>]| {
			mix.on_block(&BlockEvents {
				number,
				timestamp: Some(u64::from(number) * 6_000),
				seen: f64::from(number),
				events: Some(events),
				load: &load,
			})
		};
		let opened = |id: RequestId, requester: &AccountId| {
			record(pallet_witnesses::Event::RequestOpened {
				id,
				domain,
				subject: H256::zero(),
				requester: requester.clone(),
				reward: ARETE,
				draw_at: Some(103),
				commit_deadline: 123,
				reveal_deadline: 133,
			})
		};

		// Block 100: our athlete's request 7 is followed, someone else's request 8 is not.
		assert!(block(100, &[opened(7, &athletes[0].id), opened(8, &foreign)]).is_empty());
		assert_eq!(mix.in_flight(), 1);

		// Block 103: the draw seats witnesses 0 and 2 and a foreign account: two commits.
		let members = BoundedVec::truncate_from(vec![
			(ids[0].clone(), 2),
			(foreign.clone(), 1),
			(ids[2].clone(), 1),
		]);
		let drawn = record(pallet_witnesses::Event::PanelDrawn {
			id: 7,
			members,
			commit_deadline: 123,
			reveal_deadline: 133,
		});
		let commits = block(103, &[drawn]);
		assert_eq!(commits.len(), 2);
		assert_eq!(mix.state().counts.foreign_seats, 1);
		let mut committed = Vec::new();
		for (follow_up, (witness, nonce)) in commits.iter().zip([(0usize, 4u32), (2, 0)]) {
			let (_, who, signed_nonce, call) = decode(follow_up);
			assert_eq!((who.clone(), signed_nonce), (ids[witness].clone(), nonce));
			let RuntimeCall::Witnesses(pallet_witnesses::Call::commit { id: 7, commitment }) = call
			else {
				panic!("not a commit to request 7: {call:?}")
			};
			committed.push((who, commitment));
		}

		// Nothing until the commit deadline; at it, the reveals, with the next nonces.
		assert!(block(122, &[]).is_empty());
		let reveals = block(123, &[]);
		assert_eq!(reveals.len(), 2);
		for (follow_up, (witness, nonce)) in reveals.iter().zip([(0usize, 5u32), (2, 1)]) {
			let (_, who, signed_nonce, call) = decode(follow_up);
			assert_eq!((who, signed_nonce), (ids[witness].clone(), nonce));
			assert!(matches!(
				call,
				RuntimeCall::Witnesses(pallet_witnesses::Call::reveal {
					id: 7,
					verdict: true,
					score: Some(performance::SCORE),
					..
				})
			));
		}

		sp_io::TestExternalities::default().execute_with(|| {
			frame_system::BlockHash::<Runtime>::insert(0, genesis);
			for follow_up in commits.iter().chain(&reveals) {
				let (xt, ..) = decode(follow_up);
				xt.check(&ChainContext::<Runtime>::default()).expect("a valid signed extrinsic");
			}

			// The request as the draw left it, and the two commitments as committed; block
			// 124 is in the reveal phase.
			System::set_block_number(124);
			pallet_witnesses::Requests::<Runtime>::insert(
				7,
				Request {
					domain,
					subject: H256::zero(),
					requester: athletes[0].id.clone(),
					reward: ARETE,
					deposit: ARETE,
					min_witnesses: 3,
					min_weight: 0,
					approval_threshold: Perbill::from_percent(60),
					score_range: Some(ScoreRange { min: 0, max: 10_000 }),
					panel: PanelKind::Drawn,
					panel_size: 4,
					opened_at: 100,
					commit_deadline: 123,
					reveal_deadline: 133,
					commits: 2,
					reveals: 0,
					excluded: Default::default(),
					commit_period: 20,
					reveal_period: 10,
					draw: None,
				},
			);
			for (who, commitment) in &committed {
				pallet_witnesses::Attestations::<Runtime>::insert(
					7,
					who,
					Attestation { commitment: *commitment, weight: 1, seats: 1, reveal: None },
				);
			}

			// Another salt does not open witness 2's commitment.
			let wrong = RuntimeCall::Witnesses(pallet_witnesses::Call::reveal {
				id: 7,
				verdict: true,
				score: Some(performance::SCORE),
				salt: [0; 32],
			});
			let refused = wrong.dispatch(RuntimeOrigin::signed(ids[2].clone())).unwrap_err();
			assert_eq!(
				refused.error,
				DispatchError::from(pallet_witnesses::Error::<Runtime>::CommitmentMismatch)
			);

			// The mix's reveals do.
			for follow_up in &reveals {
				let (_, who, _, call) = decode(follow_up);
				call.dispatch(RuntimeOrigin::signed(who.clone()))
					.expect("the reveal opens the commitment");
				let attestation = pallet_witnesses::Attestations::<Runtime>::get(7, &who).unwrap();
				assert_eq!(
					attestation.reveal,
					Some(Reveal { verdict: true, score: Some(performance::SCORE) })
				);
			}
		});

		// The finalization: a verified event while the round is followed, then no longer in
		// flight.
		let finalized = |id: RequestId, verdict: Verdict| {
			record(pallet_witnesses::Event::RequestFinalized {
				id,
				domain,
				subject: H256::zero(),
				outcome: Outcome {
					verdict,
					score: Some(performance::SCORE),
					approval: Perbill::one(),
					revealed_weight: 1,
					committed: 2,
					revealed: 2,
					participants: Default::default(),
				},
			})
		};
		let event = finalized(7, Verdict::Approved);
		assert!(mix.is_verified(&event.event, &load));
		assert!(!mix.is_verified(&finalized(8, Verdict::Approved).event, &load));
		assert!(!mix.is_verified(&finalized(7, Verdict::Inconclusive).event, &load));
		assert!(block(140, &[event]).is_empty());
		assert_eq!(mix.in_flight(), 0);
		assert_eq!(mix.state().counts.approved, 1);
	}

	/// A witness whose follow-up the pool refused for good signs nothing more.
	#[test]
	fn a_refused_witness_is_left_out() {
		let athletes = accounts::derive(1).unwrap();
		let load = LoadSet::with_extra(&athletes, &[]);
		let witnesses = accounts::derive_witnesses(1).unwrap();
		let mix = Verified::new(&MixOptions { witnesses: None });
		let domain = performance::domain();
		{
			let mut state = mix.state();
			state.chain = Some(ChainInfo {
				genesis: Hash::zero(),
				spec_version: VERSION.spec_version,
				tx_version: VERSION.transaction_version,
			});
			state.domain = domain;
			state.index.insert(witnesses[0].id.clone(), 0);
			state.broken = vec![false];
			state.witnesses = witnesses;
		}
		mix.follow_up_refused(0);
		let who = mix.state().witnesses[0].id.clone();
		let events = [
			record(pallet_witnesses::Event::RequestOpened {
				id: 1,
				domain,
				subject: H256::zero(),
				requester: athletes[0].id.clone(),
				reward: ARETE,
				draw_at: Some(3),
				commit_deadline: 23,
				reveal_deadline: 33,
			}),
			record(pallet_witnesses::Event::PanelDrawn {
				id: 1,
				members: BoundedVec::truncate_from(vec![(who, 3)]),
				commit_deadline: 23,
				reveal_deadline: 33,
			}),
		];
		let follow_ups = mix.on_block(&BlockEvents {
			number: 3,
			timestamp: None,
			seen: 0.0,
			events: Some(&events),
			load: &load,
		});
		assert!(follow_ups.is_empty());
		assert_eq!(mix.state().counts.broken_seats, 3);
	}
}
