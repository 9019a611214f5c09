//! The load accounts: derivation, funding from a rich account, and their nonces.
//!
//! Accounts are `//load//<i>` of the development phrase, so they are the same on every run and
//! on every machine: a second run finds them funded and skips the funding, and any of them can
//! be inspected with the same URI in polkadot.js.

use std::{
	collections::HashMap,
	thread,
	time::{Duration, Instant},
};

use arete_runtime::{currency::ARETE, AccountId, Address, Balance, Nonce, RuntimeCall};
use codec::Encode;
use frame_support::dispatch::GetDispatchInfo;
use sp_core::{crypto::DEV_PHRASE, sr25519, DeriveJunction, Pair};

use crate::{
	chain::{self, ChainInfo, Limits},
	rpc::{Client, Result},
};

/// How long funding may take to show up in the best block before the tool gives up.
const FUNDING_TIMEOUT: Duration = Duration::from_secs(120);

/// One load account: its key, its id, and the next nonce the tool will sign with.
pub struct LoadAccount {
	pub pair: sr25519::Pair,
	pub id: AccountId,
	pub nonce: Nonce,
}

/// The load accounts by id, for recognising their extrinsics and events in blocks.
pub struct LoadSet(HashMap<AccountId, u32>);

impl LoadSet {
	/// The load accounts and `extra` accounts a mix signs with besides them (its witnesses),
	/// numbered after the load accounts.
	pub fn with_extra(accounts: &[LoadAccount], extra: &[AccountId]) -> Self {
		LoadSet(
			accounts
				.iter()
				.map(|a| &a.id)
				.chain(extra)
				.enumerate()
				.map(|(i, id)| (id.clone(), i as u32))
				.collect(),
		)
	}

	pub fn contains(&self, who: &AccountId) -> bool {
		self.0.contains_key(who)
	}
}

/// Derives `//load//0` .. `//load//<n-1>` of the development phrase.
///
/// The phrase is turned into a key once (its PBKDF2 stretching costs milliseconds) and each
/// account is derived from `//load` by one hard junction, which `Pair::from_string` would do
/// too after re-stretching the phrase every time.
pub fn derive(n: usize) -> Result<Vec<LoadAccount>> {
	derive_under(&["load"], n)
}

/// Derives `//load//witness//0` .. `//load//witness//<n-1>`: the witnesses of the `verified` and
/// `optimistic` mixes. They are apart from the load accounts, so that a witness registered by
/// an earlier run (it stays registered, and on the domain's roster) is never also a load
/// account whose nonces the pre-signed stock uses, whatever `--accounts` and `--witnesses` are.
pub fn derive_witnesses(n: usize) -> Result<Vec<LoadAccount>> {
	derive_under(&["load", "witness"], n)
}

/// Derives `//<path[0]>//<path[1]>...//<i>` of the development phrase for `i` in `0..n`.
fn derive_under(path: &[&str], n: usize) -> Result<Vec<LoadAccount>> {
	let root = sr25519::Pair::from_string(DEV_PHRASE, None)
		.map_err(|e| format!("development phrase: {e:?}"))?;
	let uri = path.iter().map(|j| format!("//{j}")).collect::<String>();
	let (base, _) = root
		.derive(path.iter().map(|j| DeriveJunction::from(format!("/{j}"))), None)
		.map_err(|e| format!("{uri}: {e:?}"))?;
	(0..n)
		.map(|i| {
			let (pair, _) = base
				.derive([DeriveJunction::from(format!("/{i}"))].into_iter(), None)
				.map_err(|e| format!("{uri}//{i}: {e:?}"))?;
			let id = chain::account_of(&pair);
			Ok(LoadAccount { pair, id, nonce: 0 })
		})
		.collect()
}

/// `Balances::transfer_keep_alive` of `value` to `dest`.
pub fn transfer(dest: &AccountId, value: Balance) -> RuntimeCall {
	RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
		dest: Address::Id(dest.clone()),
		value,
	})
}

/// Brings every load account to at least `amount` free balance, paid by `funder`.
///
/// Accounts holding at least half of `amount` are left alone, so repeated runs do not drain the
/// funder. The transfers go out as `Utility::batch_all` extrinsics sized to a fraction of a
/// block, so that a thousand accounts cost a couple of extrinsics and one or two blocks.
pub fn fund(
	rpc: &mut Client,
	chain: &ChainInfo,
	limits: &Limits,
	funder: &sr25519::Pair,
	accounts: &[LoadAccount],
	amount: Balance,
) -> Result<()> {
	let ids: Vec<AccountId> = accounts.iter().map(|a| a.id.clone()).collect();
	let balances = chain::free_balances(rpc, &ids)?;
	let needy: Vec<&AccountId> = ids
		.iter()
		.zip(&balances)
		.filter(|(_, free)| **free < amount / 2)
		.map(|(id, _)| id)
		.collect();
	if needy.is_empty() {
		println!(
			"setup: all {} load accounts hold at least {} ARETE",
			ids.len(),
			amount / 2 / ARETE
		);
		return Ok(());
	}

	let funder_id = chain::account_of(funder);
	let funder_free = chain::free_balances(rpc, std::slice::from_ref(&funder_id))?[0];
	let needed = amount.saturating_mul(needy.len() as Balance);
	if funder_free < needed {
		return Err(format!(
			"the funder {} holds {} ARETE, {} needed to fund {} accounts with {} ARETE each \
			 (lower --fund or --accounts, or pick another --funder)",
			chain::ss58(&funder_id),
			funder_free / ARETE,
			needed / ARETE,
			needy.len(),
			amount / ARETE
		)
		.into());
	}

	// Size a batch to half the largest extrinsic and half a block's length: well inside the
	// limits, whatever else the block holds.
	let sample = transfer(needy[0], amount);
	let per_call = sample.get_dispatch_info().total_weight().ref_time().max(1);
	let by_weight = limits.normal_max_extrinsic.ref_time() / 2 / per_call;
	let by_length = u64::from(limits.normal_length) / 2 / sample.encoded_size() as u64;
	let chunk = by_weight.min(by_length).clamp(1, 1000) as usize;

	let mut nonce = chain::next_nonces(rpc, std::slice::from_ref(&funder_id))?[0];
	let batches = needy.len().div_ceil(chunk);
	for part in needy.chunks(chunk) {
		let calls = part.iter().map(|dest| transfer(dest, amount)).collect();
		let call = RuntimeCall::Utility(pallet_utility::Call::batch_all { calls });
		let xt = chain::sign(chain, funder, &funder_id, nonce, call);
		chain::submit(rpc, &xt).map_err(|e| format!("funding batch with nonce {nonce}: {e}"))?;
		nonce += 1;
	}
	println!(
		"setup: funding {} accounts with {} ARETE each from {} in {batches} batch_all extrinsic(s)",
		needy.len(),
		amount / ARETE,
		chain::ss58(&funder_id)
	);

	// Wait until the best block shows the funds: pre-signed transfers of unfunded accounts
	// would be rejected by the pool as unable to pay fees.
	let needy: Vec<AccountId> = needy.into_iter().cloned().collect();
	let started = Instant::now();
	loop {
		thread::sleep(Duration::from_secs(1));
		let balances = chain::free_balances(rpc, &needy)?;
		let funded = balances.iter().filter(|free| **free >= amount / 2).count();
		if funded == needy.len() {
			println!("setup: funded after {:.1}s", started.elapsed().as_secs_f64());
			return Ok(());
		}
		if started.elapsed() > FUNDING_TIMEOUT {
			return Err(format!(
				"only {funded} of {} accounts funded after {}s: is the chain producing blocks, \
				 and could the funder pay?",
				needy.len(),
				FUNDING_TIMEOUT.as_secs()
			)
			.into());
		}
	}
}

/// Sets each account's next nonce from the node (which counts its pool).
pub fn load_nonces(rpc: &mut Client, accounts: &mut [LoadAccount]) -> Result<()> {
	let ids: Vec<AccountId> = accounts.iter().map(|a| a.id.clone()).collect();
	for (account, nonce) in accounts.iter_mut().zip(chain::next_nonces(rpc, &ids)?) {
		account.nonce = nonce;
	}
	Ok(())
}

#[cfg(test)]
mod tests {
	use super::*;

	/// The cheap derivation gives the accounts of the documented URIs.
	#[test]
	fn accounts_are_the_load_uris_of_the_dev_phrase() {
		let accounts = derive(12).unwrap();
		for i in [0usize, 7, 11] {
			let expected = sr25519::Pair::from_string(&format!("//load//{i}"), None).unwrap();
			assert_eq!(accounts[i].pair.public(), expected.public(), "//load//{i}");
			assert_eq!(accounts[i].id, AccountId::from(expected.public()));
		}
		assert_ne!(accounts[0].id, accounts[1].id);

		let witnesses = derive_witnesses(3).unwrap();
		let expected = sr25519::Pair::from_string("//load//witness//2", None).unwrap();
		assert_eq!(witnesses[2].pair.public(), expected.public());
		assert!(accounts.iter().all(|a| witnesses.iter().all(|w| w.id != a.id)));
	}
}
