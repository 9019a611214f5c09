//! Load mixes: what the load accounts send.
//!
//! A mix prepares the chain ([`Mix::setup`]), signs its whole stock of extrinsics before the run
//! ([`Mix::presign`], so that signing costs nothing during the measurement) and says which
//! runtime events are the useful work it is measuring ([`Mix::is_verified`]). Adding a mix (e.g.
//! `verified` or `optimistic` verification requests) is a module implementing [`Mix`], a
//! variant of [`MixKind`] and a line in [`build`].

mod transfer;

use std::thread;

use arete_runtime::{Balance, RuntimeCall, RuntimeEvent};
use clap::ValueEnum;
use codec::Encode;
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
}

/// A mix by its command-line name.
pub fn build(kind: MixKind) -> Box<dyn Mix> {
	match kind {
		MixKind::Transfer => Box::new(transfer::Transfer::default()),
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
	/// verification concluded...).
	fn is_verified(&self, event: &RuntimeEvent, load: &LoadSet) -> bool;
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
