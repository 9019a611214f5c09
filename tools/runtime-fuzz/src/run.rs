//! One run: a sequence of actions read from a [`Source`], applied to a fresh [`Chain`], with
//! the invariants checked after every block.
//!
//! Each action starts with one byte (`op % 16`):
//!
//! | op | action |
//! |---|---|
//! | 0, 1 | end the block, start the next |
//! | 2 | let time pass: 3 to 14,400 empty blocks (a day), every hook run ([`JUMPS`]) |
//! | 3 | a call decoded straight from the input bytes (depth-limited), then an origin byte |
//! | 4..=15 | an origin byte, then a call written by the [`Generator`] |
//!
//! An origin byte of `0 mod 8` means root (`Sudo::sudo` by the sudo key); otherwise it picks a
//! signer. Calls in [`crate::generate::DENIED`] are skipped, also inside batches and sudo.
//! Commitments are made to be revealable: a generated `Witnesses::commit` commits to a vote
//! the harness remembers, and a later `reveal` by the same witness for the same request reveals
//! it (each nine times in ten).

use std::collections::BTreeMap;

use codec::{DecodeLimit, Encode};
use frame_support::traits::{
	fungible::{Inspect, Mutate},
	tokens::{Fortitude, Preservation},
	GetCallMetadata,
};
use sp_core::H256;

use crate::{
	chain::{named_accounts, signers, Applied, BlockState, Chain, Finding},
	generate::{Context, Generator, Harvest, DENIED, SALTS},
	invariants,
	source::Source,
};
use arete_runtime::{
	currency::ARETE, AccountId, Balance, Balances, Runtime, RuntimeCall, RuntimeEvent, System,
};

/// The depth limit calls are decoded with (the executive's for extrinsics).
pub const MAX_DECODE_DEPTH: u32 = 256;
/// Extrinsics a block gets before the harness ends it.
pub const MAX_CALLS_PER_BLOCK: u32 = 48;
/// The jumps in time, in blocks (18 s to a day at 6-second blocks), each repeated by how
/// often it is drawn: short ones often, a day rarely.
pub const JUMPS: [u32; 20] =
	[3, 3, 3, 3, 3, 3, 3, 3, 10, 10, 10, 10, 10, 30, 30, 30, 100, 100, 600, 14_400];
/// Jumps this long or longer count against [`Limits::blocks`]; shorter ones always happen.
pub const LONG_JUMP: u32 = 100;
/// A signer whose spendable balance falls below this is topped up before its next call: the
/// harness mints to it (a `Minted` event, so the issuance invariant accounts for it).
pub const TOP_UP_BELOW: Balance = 100 * ARETE;
/// What a top-up adds.
pub const TOP_UP: Balance = 100_000 * ARETE;
/// Checkpoints between two walks of the whole state against the storage bounds. A walk takes
/// about 20 ms on the start state; at every checkpoint it was two thirds of the seeded run.
pub const WALK_EVERY: u64 = 8;
/// Calls a finding reports as the ones that led to it.
const RECENT_CALLS: usize = 12;

/// How often each call was included and how often it succeeded.
#[derive(Default, Debug, Clone, Copy, PartialEq, Eq)]
pub struct CallCount {
	/// In a block (valid), whatever the outcome.
	pub included: u64,
	/// Succeeded (for a root call: the call under sudo succeeded).
	pub succeeded: u64,
}

/// Figures of one or more runs.
#[derive(Default, Debug, Clone)]
pub struct Stats {
	/// Calls attempted (generated or decoded).
	pub calls: u64,
	/// Raw inputs that did not decode as a call.
	pub undecodable: u64,
	/// Calls skipped as denied.
	pub denied: u64,
	/// Calls left out of their block as invalid, by reason.
	pub invalid: BTreeMap<String, u64>,
	/// Top-ups of signers that could no longer pay fees (minted by the harness).
	pub top_ups: u64,
	/// Blocks built.
	pub blocks: u64,
	/// Blocks after which every invariant was checked.
	pub checkpoints: u64,
	/// Per `(pallet, call)`.
	pub per_call: BTreeMap<(&'static str, &'static str), CallCount>,
}

impl Stats {
	/// Adds `other`'s figures to these.
	pub fn merge(&mut self, other: &Stats) {
		self.calls += other.calls;
		self.undecodable += other.undecodable;
		self.denied += other.denied;
		for (reason, n) in &other.invalid {
			*self.invalid.entry(reason.clone()).or_default() += n;
		}
		self.top_ups += other.top_ups;
		self.blocks += other.blocks;
		self.checkpoints += other.checkpoints;
		for (key, count) in &other.per_call {
			let entry = self.per_call.entry(*key).or_default();
			entry.included += count.included;
			entry.succeeded += count.succeeded;
		}
	}

	/// Calls included in blocks.
	pub fn included(&self) -> u64 {
		self.per_call.values().map(|c| c.included).sum()
	}

	/// Calls that succeeded.
	pub fn succeeded(&self) -> u64 {
		self.per_call.values().map(|c| c.succeeded).sum()
	}

	/// Per pallet: calls it has, distinct calls included, distinct calls that succeeded.
	pub fn coverage(&self, generator: &Generator) -> Vec<(String, usize, usize, usize)> {
		generator
			.call_names()
			.into_iter()
			.map(|(pallet, calls)| {
				let count = |f: fn(&CallCount) -> bool| {
					calls
						.iter()
						.filter(|call| {
							self.per_call.iter().any(|((p, c), n)| {
								*p == pallet.as_str() && *c == call.as_str() && f(n)
							})
						})
						.count()
				};
				let included = count(|n| n.included > 0);
				let succeeded = count(|n| n.succeeded > 0);
				(pallet, calls.len(), included, succeeded)
			})
			.collect()
	}
}

/// Limits of one run.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
	/// Calls after which the run stops.
	pub calls: u64,
	/// Blocks after which long jumps in time ([`LONG_JUMP`] and more) are skipped.
	pub blocks: u64,
}

/// What a run needs that does not change between runs.
pub struct Runner {
	generator: Generator,
	bounds: invariants::StorageBounds,
	signers: Vec<AccountId>,
	accounts: Vec<AccountId>,
	sudo: AccountId,
}

impl Default for Runner {
	fn default() -> Self {
		Self::new()
	}
}

/// A run in progress.
struct Run<'r> {
	runner: &'r Runner,
	chain: Chain,
	stats: Stats,
	harvest: Harvest,
	reveals: BTreeMap<(u64, AccountId), (bool, Option<u32>, [u8; 32])>,
	issuance_before: Balance,
	in_block: u32,
	/// The last calls applied, for a finding's report.
	recent: std::collections::VecDeque<String>,
	/// Set for the last checkpoint of the run.
	ending: bool,
}

impl Runner {
	/// Reads the runtime's types and storage bounds; builds the start state on first use.
	pub fn new() -> Self {
		Self {
			generator: Generator::new(),
			bounds: invariants::StorageBounds::new(),
			signers: signers(),
			accounts: named_accounts(),
			sudo: sp_keyring::Sr25519Keyring::Alice.to_account_id(),
		}
	}

	/// The call generator (for coverage reports).
	pub fn generator(&self) -> &Generator {
		&self.generator
	}

	/// Runs the actions of `source` on a fresh chain until it is used up or `limits.calls`
	/// calls were made; returns the run's figures, or the first finding.
	pub fn run(&self, source: &mut Source, limits: Limits) -> (Stats, Result<(), Finding>) {
		let mut chain = Chain::new();
		chain.begin_block();
		let issuance_before = chain.with(|_| pallet_balances::TotalIssuance::<Runtime>::get());
		let mut run = Run {
			runner: self,
			chain,
			stats: Stats::default(),
			harvest: Harvest::default(),
			reveals: BTreeMap::new(),
			issuance_before,
			in_block: 0,
			recent: Default::default(),
			ending: false,
		};
		let result = run.actions(source, limits);
		(run.stats, result)
	}
}

impl Run<'_> {
	fn actions(&mut self, source: &mut Source, limits: Limits) -> Result<(), Finding> {
		while self.stats.calls < limits.calls && !source.exhausted() {
			match source.byte() % 16 {
				0 | 1 => self.next_block(true)?,
				2 => {
					let blocks = source.pick(&JUMPS).copied().unwrap_or(3);
					if blocks >= LONG_JUMP &&
						self.stats.blocks.saturating_add(u64::from(blocks)) > limits.blocks
					{
						continue;
					}
					self.next_block(true)?;
					for _ in 1..blocks {
						self.next_block(false)?;
					}
					self.checkpoint()?;
				},
				3 => {
					let tail = source.raw_tail();
					let mut input = &tail[..];
					let decoded = RuntimeCall::decode_with_depth_limit(MAX_DECODE_DEPTH, &mut input);
					source.skip(tail.len().saturating_sub(input.len()).max(1));
					let origin = source.byte();
					match decoded {
						Ok(call) => self.call(origin, call, source)?,
						Err(_) => {
							self.stats.calls += 1;
							self.stats.undecodable += 1;
						},
					}
				},
				_ => {
					let origin = source.byte();
					let bytes = {
						let context = Context {
							accounts: &self.runner.accounts,
							now: self.chain.number(),
							harvest: &self.harvest,
						};
						self.runner.generator.call(source, &context, 0)
					};
					match RuntimeCall::decode_all_with_depth_limit(MAX_DECODE_DEPTH, &mut &bytes[..])
					{
						Ok(call) => self.call(origin, call, source)?,
						Err(_) => {
							self.stats.calls += 1;
							self.stats.undecodable += 1;
						},
					}
				},
			}
			if self.in_block >= MAX_CALLS_PER_BLOCK {
				self.next_block(true)?;
			}
		}
		self.close_block(false)?;
		self.ending = true;
		self.checkpoint()
	}

	/// Applies `call` with the origin `origin` picks.
	fn call(&mut self, origin: u8, call: RuntimeCall, source: &mut Source) -> Result<(), Finding> {
		self.stats.calls += 1;
		if is_denied(&call) {
			self.stats.denied += 1;
			return Ok(());
		}
		let root = origin % 8 == 0;
		let signer = self
			.runner
			.signers
			.get(usize::from(origin) % self.runner.signers.len().max(1))
			.cloned()
			.unwrap_or_else(|| AccountId::new([0; 32]));
		let meta = call.get_call_metadata();
		let key = (meta.pallet_name, meta.function_name);
		let (choice, salt) = (source.byte(), source.byte());
		let reveals = &mut self.reveals;
		let top_ups = &mut self.stats.top_ups;
		let sudo = self.runner.sudo.clone();
		let (applied, finding, sudo_ok, call_text) = self.chain.with(|state: &mut BlockState| {
			// A signer that gave away, bonded or held all it had is topped up, so that it keeps
			// taking part (the sudo key for a root call).
			let payer = if root { &sudo } else { &signer };
			if spendable(payer) < TOP_UP_BELOW &&
				<Balances as Mutate<AccountId>>::mint_into(payer, TOP_UP).is_ok()
			{
				*top_ups += 1;
			}
			let call = make_revealable(call, &signer, choice, salt, reveals);
			let call_text = format!("{call:?}");
			let (applied, finding) =
				if root { state.apply_root(call) } else { state.apply_signed(&signer, call) };
			let sudo_ok = if root { last_sudo_result() } else { None };
			(applied, finding, sudo_ok, call_text)
		});
		let mut line = format!(
			"block {} {} {applied:?}: {call_text}",
			self.chain.number(),
			if root { "root".to_string() } else { signer.to_string() },
		);
		line.truncate(600);
		if tracing() {
			eprintln!("{line}");
		}
		if self.recent.len() >= RECENT_CALLS {
			self.recent.pop_front();
		}
		self.recent.push_back(line);
		match applied {
			Applied::Invalid(reason) => *self.stats.invalid.entry(reason).or_default() += 1,
			Applied::Ok | Applied::Failed => {
				self.in_block += 1;
				let count = self.stats.per_call.entry(key).or_default();
				count.included += 1;
				let ok = if root { sudo_ok.unwrap_or(false) } else { applied == Applied::Ok };
				if ok {
					count.succeeded += 1;
				}
			},
		}
		match finding {
			Some(what) => Err(self.finding(format!("{key:?}: {what}"))),
			None => Ok(()),
		}
	}

	fn next_block(&mut self, checkpoint: bool) -> Result<(), Finding> {
		self.close_block(checkpoint)?;
		self.chain.begin_block();
		self.in_block = 0;
		Ok(())
	}

	/// Ends the block and checks the per-block invariants (all of them at a checkpoint).
	fn close_block(&mut self, checkpoint: bool) -> Result<(), Finding> {
		let had_calls = self.in_block > 0;
		self.chain.end_block();
		self.stats.blocks += 1;
		let before = self.issuance_before;
		let generator = &self.runner.generator;
		let harvest = &mut self.harvest;
		let (result, after) = self.chain.with(|_| {
			let result = invariants::check_issuance(before, invariants::issuance_moves())
				.and_then(|()| invariants::check_block_weight());
			for record in System::read_events_no_consensus() {
				generator.harvest(&record.event.encode(), harvest);
			}
			(result, pallet_balances::TotalIssuance::<Runtime>::get())
		});
		self.issuance_before = after;
		if let Err(what) = result {
			return Err(self.finding(what));
		}
		if checkpoint && had_calls {
			self.checkpoint()?;
		}
		Ok(())
	}

	/// Checks every invariant on the last finished block; the storage walk (most of a
	/// checkpoint's cost) at every [`WALK_EVERY`]th checkpoint and at the end of the run.
	fn checkpoint(&mut self) -> Result<(), Finding> {
		let walk = self.stats.checkpoints % WALK_EVERY == 0 || self.ending;
		self.stats.checkpoints += 1;
		let block = self.chain.number();
		let bounds = &self.runner.bounds;
		let result = self.chain.with(|_| {
			invariants::check_accounts_sum()
				.and_then(|()| invariants::check_try_state(block))
				.and_then(|()| if walk { bounds.check() } else { Ok(()) })
		});
		result.map_err(|what| self.finding(what))
	}

	/// A finding on the current block, with the calls that led to it.
	fn finding(&self, what: String) -> Finding {
		let recent: Vec<&str> = self.recent.iter().map(String::as_str).collect();
		Finding {
			block: self.chain.number(),
			what: format!("{what}\n  after these calls:\n    {}", recent.join("\n    ")),
		}
	}
}

/// The most root may set a balance to. Root can mint any amount with `force_set_balance`;
/// near `u128::MAX` pallet-balances saturates total issuance by design, after which the
/// issuance invariants mean nothing and minting fails for everyone. A billion ARETE is far
/// beyond any real supply and far from saturation.
pub const MAX_FORCED_BALANCE: Balance = 1_000_000_000 * ARETE;

/// Whether `call`, or a call it carries, is one the harness never makes.
pub fn is_denied(call: &RuntimeCall) -> bool {
	use pallet_sudo::Call as S;
	use pallet_utility::Call as U;
	let meta = call.get_call_metadata();
	if DENIED
		.iter()
		.any(|(pallet, calls)| *pallet == meta.pallet_name && calls.contains(&meta.function_name))
	{
		return true;
	}
	match call {
		RuntimeCall::Balances(pallet_balances::Call::force_set_balance { new_free, .. }) =>
			*new_free > MAX_FORCED_BALANCE,
		RuntimeCall::Utility(
			U::batch { calls } | U::batch_all { calls } | U::force_batch { calls },
		) => calls.iter().any(is_denied),
		RuntimeCall::Utility(
			U::as_derivative { call, .. } |
			U::dispatch_as { call, .. } |
			U::with_weight { call, .. } |
			U::dispatch_as_fallible { call, .. },
		) => is_denied(call),
		RuntimeCall::Utility(U::if_else { main, fallback }) =>
			is_denied(main) || is_denied(fallback),
		RuntimeCall::Sudo(
			S::sudo { call } | S::sudo_unchecked_weight { call, .. } | S::sudo_as { call, .. },
		) => is_denied(call),
		// Calls that carry a call to dispatch later, or as someone else.
		RuntimeCall::Scheduler(
			pallet_scheduler::Call::schedule { call, .. } |
			pallet_scheduler::Call::schedule_named { call, .. } |
			pallet_scheduler::Call::schedule_after { call, .. } |
			pallet_scheduler::Call::schedule_named_after { call, .. },
		) |
		RuntimeCall::Proxy(
			pallet_proxy::Call::proxy { call, .. } | pallet_proxy::Call::proxy_announced { call, .. },
		) |
		RuntimeCall::Multisig(
			pallet_multisig::Call::as_multi { call, .. } |
			pallet_multisig::Call::as_multi_threshold_1 { call, .. },
		) => is_denied(call),
		// A referendum's call, inline or as a preimage, is a call like any other once enacted.
		RuntimeCall::Referenda(pallet_referenda::Call::submit {
			proposal: frame_support::traits::Bounded::Inline(bytes),
			..
		}) => encodes_denied(bytes),
		RuntimeCall::Preimage(pallet_preimage::Call::note_preimage { bytes }) =>
			encodes_denied(bytes),
		_ => false,
	}
}

/// Whether `bytes` decode to a denied call (a proposal's call, enacted later with its track's
/// origin).
fn encodes_denied(bytes: &[u8]) -> bool {
	use codec::DecodeLimit;
	RuntimeCall::decode_with_depth_limit(256, &mut &bytes[..]).is_ok_and(|call| is_denied(&call))
}

/// A generated commit commits to a vote the run remembers; a reveal reveals the remembered
/// vote. `choice` and `salt` are choice bytes: one in ten calls is left as generated.
fn make_revealable(
	call: RuntimeCall,
	signer: &AccountId,
	choice: u8,
	salt: u8,
	reveals: &mut BTreeMap<(u64, AccountId), (bool, Option<u32>, [u8; 32])>,
) -> RuntimeCall {
	use pallet_witnesses::Call as W;
	if choice % 10 == 0 {
		return call;
	}
	match call {
		RuntimeCall::Witnesses(W::commit { id, commitment }) => {
			let Some(request) = pallet_witnesses::Requests::<Runtime>::get(id) else {
				return RuntimeCall::Witnesses(W::commit { id, commitment });
			};
			let verdict = choice % 4 != 1;
			let score = [None, Some(1), Some(100), Some(8_000)].get(usize::from(choice / 10 % 4)).copied().flatten();
			let salt = SALTS.get(usize::from(salt % 2)).copied().unwrap_or_default();
			let commitment: H256 = pallet_witnesses::Pallet::<Runtime>::commitment_of(
				request.domain,
				id,
				signer,
				verdict,
				score,
				&salt,
			);
			reveals.insert((id, signer.clone()), (verdict, score, salt));
			RuntimeCall::Witnesses(W::commit { id, commitment })
		},
		RuntimeCall::Witnesses(W::reveal { id, verdict, score, salt }) =>
			match reveals.get(&(id, signer.clone())) {
				Some((verdict, score, salt)) => RuntimeCall::Witnesses(W::reveal {
					id,
					verdict: *verdict,
					score: *score,
					salt: *salt,
				}),
				None => RuntimeCall::Witnesses(W::reveal { id, verdict, score, salt }),
			},
		other => other,
	}
}

/// The result of the last `Sudo::sudo` in this block's events.
fn last_sudo_result() -> Option<bool> {
	System::read_events_no_consensus().filter_map(|record| match &record.event {
		RuntimeEvent::Sudo(pallet_sudo::Event::Sudid { sudo_result }) => Some(sudo_result.is_ok()),
		_ => None,
	}).last()
}

/// The limits of one fuzzer input: at most 256 calls, and long jumps in time only while the
/// input has built fewer than 3,000 blocks, so that one input takes at most a few seconds (a
/// block with no calls takes about 0.7 ms). Jumps of a day happen in the seeded run.
pub const FUZZ_LIMITS: Limits = Limits { calls: 256, blocks: 3_000 };

/// Whether `ARETE_FUZZ_TRACE` asks for every call to be printed to stderr as it is applied.
pub(crate) fn tracing() -> bool {
	static TRACE: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
	*TRACE.get_or_init(|| std::env::var_os("ARETE_FUZZ_TRACE").is_some())
}

/// The limits of the seeded run in the test command: 20,000 calls, and long jumps in time
/// while the run has built fewer than 25,000 blocks (about two days of chain time).
pub const SEEDED_LIMITS: Limits = Limits { calls: 20_000, blocks: 25_000 };

/// What `who` can spend and stay alive.
fn spendable(who: &AccountId) -> Balance {
	<Balances as Inspect<AccountId>>::reducible_balance(who, Preservation::Preserve, Fortitude::Polite)
}
