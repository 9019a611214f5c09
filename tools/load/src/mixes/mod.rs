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
