//! Load mixes: what the load accounts send.
//!
//! A mix prepares the chain ([`Mix::setup`]), signs its whole stock of extrinsics before the run
//! ([`Mix::presign`], so that signing costs nothing during the measurement) and says which
//! runtime events are the useful work it is measuring ([`Mix::is_verified`]). Adding a mix is a
//! module implementing [`Mix`], a variant of [`MixKind`] and a line in [`build`].
//!
//! Mixes whose later extrinsics depend on what the chain did (the commits of the witnesses a
//! request drew, known only once the panel is drawn) are *reactive*: besides their pre-signed
//! stock they implement [`Mix::on_block`], which the monitor calls for every new best block and
//! which signs those follow-ups with nonces the mix tracks itself; a submitter of its own sends
//! them (`driver::drive_follow_ups`). The other reactive hooks ([`Mix::in_flight`],
//! [`Mix::extra_accounts`], [`Mix::summary`], ...) default to nothing, so a pre-signed mix such
//! as `transfer` ignores them.

mod optimistic;
mod performance;
mod transfer;
mod verified;

use std::{thread, time::Duration};

use arete_runtime::{AccountId, Balance, Hash, RuntimeCall, RuntimeEvent};
use clap::ValueEnum;
use frame_support::weights::Weight;
use codec::Encode;
use frame_system::EventRecord;
use serde_json::Value;
use sp_core::sr25519;

use crate::{
	accounts::{LoadAccount, LoadSet},
	chain::{self, ChainInfo},
	rpc::{Client, Result},
};

/// The mixes the command line offers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum MixKind {
	/// `Balances::transfer_keep_alive` between load accounts.
	Transfer,
	/// `Performance::submit_performance` by the load accounts (athletes); the drawn witnesses
	/// commit and reveal, and the chain finalizes the rounds.
	Verified,
	/// `Performance::claim_performance` by the load accounts (athletes): optimistic claims that
	/// stand after their liveness window.
	Optimistic,
}

/// Options of the mixes that have witnesses (ignored by the others).
#[derive(Clone, Debug)]
pub struct MixOptions {
	/// Witnesses to register and act for (`None`: the mix's default).
	pub witnesses: Option<usize>,
}

/// A mix by its command-line name.
pub fn build(kind: MixKind, options: &MixOptions) -> Box<dyn Mix> {
	match kind {
		MixKind::Transfer => Box::new(transfer::Transfer::default()),
		MixKind::Verified => Box::new(verified::Verified::new(options)),
		MixKind::Optimistic => Box::new(optimistic::Optimistic::new(options)),
	}
}

/// What setup may use: the node, the chain, the funder and the (already funded) accounts.
// The transfer mix needs none of it but the accounts; mixes with on-chain setup use the rest.
#[allow(dead_code)]
pub struct SetupContext<'a> {
	pub rpc: &'a mut Client,
	pub chain: &'a ChainInfo,
	pub funder: &'a sr25519::Pair,
	pub accounts: &'a mut [LoadAccount],
}

/// One new best block, as the monitor hands it to [`Mix::on_block`].
pub struct BlockEvents<'a> {
	pub number: u32,
	/// The block's `Timestamp::set`, in milliseconds.
	pub timestamp: Option<u64>,
	/// Seconds since the start of the run when the monitor saw the block.
	pub seen: f64,
	/// The block's events; `None` when the node did not return them (see the monitor).
	pub events: Option<&'a [EventRecord<RuntimeEvent, Hash>]>,
	pub load: &'a LoadSet,
}

/// An extrinsic a reactive mix signed in reaction to a block.
pub struct FollowUp {
	/// SCALE-encoded, as `author_submitExtrinsic` takes it.
	pub xt: Vec<u8>,
	/// The mix's index of the signing account, handed back to [`Mix::follow_up_refused`].
	pub sender: u32,
}

/// The submission window, in seconds since the start of the run (as blocks are `seen`), for a
/// mix's own figures during and after submission.
pub struct RunWindow {
	pub started: f64,
	pub ended: f64,
}

/// A mix's own figures: lines for the summary and a JSON object for the results file.
pub struct MixSummary {
	pub lines: Vec<String>,
	pub json: Value,
}

/// What one verified event of a mix costs a block, as the runtime charges it.
pub struct WorkCost {
	/// The extrinsics one unit of work takes at most (a round's opening, commits and reveals).
	pub calls: Vec<RuntimeCall>,
	/// What the block hooks charge for it (the witnesses' idle hook: a draw, a tally, a
	/// finalization, each at the weight the hook charges an entry).
	pub hooks: Weight,
}

/// How many verified events of a mix a block can hold by the runtime's benchmarked weights and
/// limits, and which limit binds.
pub struct Allowance {
	pub per_block: u64,
	/// `normal weight`, `normal length` or `block weight` (extrinsics and hooks together).
	pub bound: &'static str,
	/// One unit's extrinsics: their weight and encoded length, and the hooks' weight.
	pub extrinsics: Weight,
	pub length: u64,
	pub hooks: Weight,
}

impl Allowance {
	/// Verified events per second of chain time the weights allow.
	pub fn per_second(&self) -> f64 {
		self.per_block as f64 * 1000.0 / arete_runtime::time::MILLISECS_PER_BLOCK as f64
	}

	/// Works out the allowance of `cost`: its extrinsics must fit the normal class (weight and
	/// length), and extrinsics and hooks together the whole block less its execution base (the
	/// idle hook gets what the block's extrinsics leave of the whole block).
	pub fn of(chain: &ChainInfo, limits: &chain::Limits, signer: &LoadAccount, cost: WorkCost) -> Self {
		let (extrinsics, length) =
			cost.calls.into_iter().fold((Weight::zero(), 0u64), |(weight, length), call| {
				let weight = weight.saturating_add(chain::extrinsic_weight(limits, &call));
				let signed = chain::sign(chain, &signer.pair, &signer.id, 0, call);
				(weight, length.saturating_add(signed.encoded_size() as u64))
			});
		let by_weight = chain::fits(limits.normal_weight, extrinsics);
		let by_length = u64::from(limits.normal_length) / length.max(1);
		let by_block = if cost.hooks == Weight::zero() {
			u64::MAX
		} else {
			chain::fits(
				limits.max_block.saturating_sub(limits.base_block),
				extrinsics.saturating_add(cost.hooks),
			)
		};
		let (per_block, bound) = [
			(by_weight, "normal-class weight"),
			(by_length, "normal-class length"),
			(by_block, "block weight, extrinsics and the idle hook's charges together"),
		]
		.into_iter()
		.min_by_key(|(count, _)| *count)
		.unwrap_or((by_weight, "normal-class weight"));
		Allowance { per_block, bound, extrinsics, length, hooks: cost.hooks }
	}
}

/// A stock of signed extrinsics in submission order.
pub struct Presigned {
	/// SCALE-encoded extrinsics, as `author_submitExtrinsic` takes them.
	pub xts: Vec<Vec<u8>>,
	/// The index of the signing load account of each extrinsic, so that the submitter can skip
	/// an account's later extrinsics once one of its nonces is lost.
	pub senders: Vec<u32>,
}

/// A load mix.
pub trait Mix: Send + Sync {
	/// Name shown in reports.
	fn name(&self) -> &'static str;

	/// The least each load account must hold for the mix (fees and whatever it spends or
	/// locks); the funding amount is the larger of this and `--fund`.
	fn min_funding(&self) -> Balance;

	/// Prepares chain state the mix needs beyond funded accounts (registrations, deposits...).
	/// Runs after funding and before the nonces are read for pre-signing.
	fn setup(&mut self, ctx: &mut SetupContext<'_>) -> Result<()>;

	/// A representative call, to estimate how many fit in a block.
	fn sample_call(&self, accounts: &[LoadAccount]) -> RuntimeCall;

	/// What one verified event costs a block (see [`Allowance`]).
	fn work_cost(&self, accounts: &[LoadAccount]) -> WorkCost;

	/// Signs `count` extrinsics, starting at each account's `nonce` and advancing it. Each
	/// account's extrinsics must come in nonce order in the result.
	fn presign(
		&self,
		chain: &ChainInfo,
		accounts: &mut [LoadAccount],
		count: usize,
	) -> Result<Presigned>;

	/// Whether `event` is an outcome the mix counts as useful work (a transfer made, a
	/// verification concluded...). The monitor asks for every event of a block before it
	/// hands the block to [`Mix::on_block`].
	fn is_verified(&self, event: &RuntimeEvent, load: &LoadSet) -> bool;

	/// Accounts the mix signs with besides the load accounts (e.g. witnesses): their
	/// extrinsics count as load extrinsics too. Known after [`Mix::setup`].
	fn extra_accounts(&self) -> Vec<AccountId> {
		Vec::new()
	}

	/// Reacts to a new best block, in chain order: returns extrinsics to submit now, signed
	/// with nonces the mix tracks (e.g. the commits of the witnesses a request just drew, the
	/// reveals of a panel whose reveal phase opens with the next block). Called from the
	/// monitor thread, hence `&self`: a reactive mix keeps its state behind a lock.
	fn on_block(&self, _block: &BlockEvents<'_>) -> Vec<FollowUp> {
		Vec::new()
	}

	/// The pool refused follow-up of `sender` for good: its nonce is lost, so the mix signs
	/// nothing more for that account (its later nonces could never become ready).
	fn follow_up_refused(&self, _sender: u32) {}

	/// Work the mix started on chain and has not seen finish (rounds, claims): the drain keeps
	/// measuring while there is any.
	fn in_flight(&self) -> u64 {
		0
	}

	/// How long after its opening the mix's work completes at the earliest (the chain's
	/// windows), to warn when `--drain` is shorter.
	fn completion_time(&self) -> Option<Duration> {
		None
	}

	/// The rate of verified events the run sustained, when the mix measures it better than the
	/// count during submission (work that completes minutes after it is opened: its rate from
	/// the first completion to the last).
	fn sustained_per_sec(&self, _window: &RunWindow) -> Option<f64> {
		None
	}

	/// The mix's own figures for the summary.
	fn summary(&self, _window: &RunWindow) -> Option<MixSummary> {
		None
	}
}

/// Signs `count` extrinsics round-robin over the accounts: the first extrinsic of every account,
/// then the second of every account, and so on. `call(sender, round)` gives the call of the
/// `round`-th extrinsic of account `sender`.
///
/// Round-robin submission keeps each account's nonces in order and spreads consecutive
/// submissions over many senders, so that the pool sees ready transactions rather than long
/// chains of future ones. Signing is spread over all cores, one slice of accounts per thread.
pub fn presign_round_robin<F>(
	chain: &ChainInfo,
	accounts: &mut [LoadAccount],
	count: usize,
	call: F,
) -> Presigned
where
	F: Fn(usize, u32) -> RuntimeCall + Sync,
{
	let n = accounts.len();
	if n == 0 || count == 0 {
		return Presigned { xts: Vec::new(), senders: Vec::new() };
	}
	let rounds = count.div_ceil(n);
	// Account `i` signs one extrinsic per round r with r * n + i < count.
	let per_account = |i: usize| if i < count { (count - i).div_ceil(n) } else { 0 };

	let threads = thread::available_parallelism().map(|p| p.get()).unwrap_or(1).min(n);
	let slice = n.div_ceil(threads);
	let call = &call;
	let mut signed: Vec<Vec<Vec<u8>>> = thread::scope(|scope| {
		let workers: Vec<_> = accounts
			.chunks(slice)
			.enumerate()
			.map(|(t, part)| {
				scope.spawn(move || {
					part.iter()
						.enumerate()
						.map(|(k, account)| {
							let i = t * slice + k;
							(0..per_account(i) as u32)
								.map(|round| {
									let nonce = account.nonce + round;
									chain::sign(
										chain,
										&account.pair,
										&account.id,
										nonce,
										call(i, round),
									)
									.encode()
								})
								.collect::<Vec<_>>()
						})
						.collect::<Vec<_>>()
				})
			})
			.collect();
		workers.into_iter().flat_map(|w| w.join().expect("a signing thread panicked")).collect()
	});

	for (i, account) in accounts.iter_mut().enumerate() {
		account.nonce += per_account(i) as u32;
	}

	// Interleave: round by round, account by account. Moves the buffers, copies no bytes.
	let mut xts = Vec::with_capacity(count);
	let mut senders = Vec::with_capacity(count);
	let mut columns: Vec<std::vec::IntoIter<Vec<u8>>> =
		signed.drain(..).map(|v| v.into_iter()).collect();
	for _ in 0..rounds {
		for (i, column) in columns.iter_mut().enumerate() {
			if let Some(xt) = column.next() {
				xts.push(xt);
				senders.push(i as u32);
			}
		}
	}
	Presigned { xts, senders }
}

#[cfg(test)]
mod tests {
	use super::*;
	use crate::accounts;

	fn chain() -> ChainInfo {
		ChainInfo {
			genesis: Hash::repeat_byte(0x47),
			spec_version: arete_runtime::VERSION.spec_version,
			tx_version: arete_runtime::VERSION.transaction_version,
		}
	}

	fn allowance(kind: MixKind) -> (Allowance, Vec<RuntimeCall>) {
		let accounts = accounts::derive(2).unwrap();
		let mix = build(kind, &MixOptions { witnesses: None });
		let cost = mix.work_cost(&accounts);
		let calls = cost.calls.clone();
		(Allowance::of(&chain(), &chain::Limits::of_runtime(), &accounts[0], cost), calls)
	}

	/// A transfer has no hook work: the normal class's weight bounds it, and the allowance is
	/// exactly how many times its base, call and extension weights fit the class's limit.
	#[test]
	fn transfers_are_bounded_by_the_normal_class() {
		let limits = chain::Limits::of_runtime();
		let (allowance, calls) = allowance(MixKind::Transfer);
		assert_eq!(calls.len(), 1);
		let one = chain::extrinsic_weight(&limits, &calls[0]);
		assert!(one.ref_time() > limits.base_extrinsic.ref_time());
		assert_eq!(allowance.bound, "normal-class weight");
		assert_eq!(allowance.per_block, limits.normal_weight.ref_time() / one.ref_time());
		assert_eq!(allowance.hooks, Weight::zero());
		// Thousands fit: the figure the README's before/after compares.
		assert!(allowance.per_block > 4_000, "{}", allowance.per_block);
	}

	/// A verified round is seven extrinsics (the opening, three commits, three reveals) and three
	/// idle-hook entries; the hook's entries, each charged the worst case of any entry, make the
	/// whole block's weight the bound, far below what the extrinsics alone would allow.
	#[test]
	fn rounds_are_bounded_by_the_idle_hooks_charges() {
		let limits = chain::Limits::of_runtime();
		let (allowance, calls) = allowance(MixKind::Verified);
		assert_eq!(calls.len(), 7);
		assert_eq!(allowance.hooks, performance::idle_entry_charge().saturating_mul(3));
		assert!(allowance.bound.starts_with("block weight"), "{}", allowance.bound);
		let free = limits.max_block.saturating_sub(limits.base_block);
		assert_eq!(
			allowance.per_block,
			chain::fits(free, allowance.extrinsics.saturating_add(allowance.hooks))
		);
		assert!(allowance.per_block < chain::fits(limits.normal_weight, allowance.extrinsics));
		assert!((allowance.per_second() - allowance.per_block as f64 / 6.0).abs() < 1e-9);
	}

	/// An optimistic claim is one extrinsic and one idle-hook entry.
	#[test]
	fn claims_cost_one_extrinsic_and_one_hook_entry() {
		let (allowance, calls) = allowance(MixKind::Optimistic);
		assert_eq!(calls.len(), 1);
		assert_eq!(allowance.hooks, performance::idle_entry_charge());
		assert!(allowance.bound.starts_with("block weight"), "{}", allowance.bound);
		let (rounds, _) = super::tests::allowance(MixKind::Verified);
		assert!(allowance.per_block > rounds.per_block);
	}

	/// `fits` counts both dimensions and treats a zero cost as unbounded.
	#[test]
	fn fits_takes_the_tighter_dimension() {
		assert_eq!(chain::fits(Weight::from_parts(100, 10), Weight::from_parts(10, 5)), 2);
		assert_eq!(chain::fits(Weight::from_parts(100, 10), Weight::from_parts(30, 0)), 3);
		assert_eq!(chain::fits(Weight::from_parts(100, 10), Weight::zero()), u64::MAX);
	}
}
