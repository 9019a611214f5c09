//! What the tool knows about the chain: identity and version (for signing), the block limits
//! (for fullness), storage keys, and signing with the runtime's own transaction extensions.
//!
//! Everything is computed from the native `arete-runtime` types, so an extrinsic the tool signs
//! is byte for byte what the runtime checks; [`ChainInfo::fetch`] refuses a node whose
//! transaction version differs, since its calls could encode differently.

use std::{
	collections::HashMap,
	thread,
	time::{Duration, Instant},
};

use arete_runtime::{
	AccountId, Address, Balance, Hash, Nonce, Runtime, RuntimeCall, RuntimeEvent, Signature,
	SignedPayload, TxExtension, UncheckedExtrinsic,
};
use codec::{Decode, Encode};
use frame_support::{dispatch::DispatchClass, traits::PalletInfoAccess, weights::Weight};
use frame_system::{EventRecord, Phase};
use serde_json::{json, Value};
use sp_core::{
	crypto::{Ss58AddressFormat, Ss58Codec},
	sr25519, Pair,
};
use sp_runtime::generic::Era;

use crate::rpc::{Client, Result};

/// Calls per JSON-RPC batch when reading many accounts (nonces, balances).
const READ_BATCH: usize = 500;
/// Extrinsics per JSON-RPC batch when submitting setup extrinsics.
const SUBMIT_BATCH: usize = 256;
/// `author_submitExtrinsic`'s answer when the pool holds the very same extrinsic.
pub const ALREADY_IMPORTED: i64 = 1013;

/// Genesis hash and runtime version: the implicit part of every signed payload.
#[derive(Clone, Debug)]
pub struct ChainInfo {
	pub genesis: Hash,
	pub spec_version: u32,
	pub tx_version: u32,
}

impl ChainInfo {
	/// Reads the genesis hash and the runtime version, and checks that the node runs the
	/// runtime this tool was compiled against.
	pub fn fetch(rpc: &mut Client) -> Result<Self> {
		let genesis = hash_from_json(&rpc.call("chain_getBlockHash", json!([0]))?)?;
		let version = rpc.call("state_getRuntimeVersion", json!([]))?;
		let spec_name = version["specName"].as_str().unwrap_or_default().to_string();
		let spec_version =
			version["specVersion"].as_u64().ok_or("runtime version without specVersion")? as u32;
		let tx_version = version["transactionVersion"]
			.as_u64()
			.ok_or("runtime version without transactionVersion")? as u32;
		let native = &arete_runtime::VERSION;
		// Call and extrinsic encodings change with the transaction version; a spec version
		// alone may differ (weights, logic), which lets one tool measure a node before and
		// after such a change. The signed payload takes the node's versions either way.
		if spec_name != native.spec_name || tx_version != native.transaction_version {
			return Err(format!(
				"the node runs {spec_name} with transaction version {tx_version} but this tool \
				 was built with {} transaction version {}: rebuild arete-load from the node's \
				 sources",
				native.spec_name, native.transaction_version
			)
			.into());
		}
		if spec_version != native.spec_version {
			eprintln!(
				"note: the node runs spec version {spec_version}, this tool was built with {}; \
				 the transaction version matches, so extrinsics encode the same",
				native.spec_version
			);
		}
		Ok(ChainInfo { genesis, spec_version, tx_version })
	}
}

/// The runtime's block limits, read natively from `frame_system::Config` of the runtime.
#[derive(Clone, Debug)]
pub struct Limits {
	/// The weight normal (non-operational) extrinsics may use in a block: the limit ordinary
	/// load runs into.
	pub normal_weight: Weight,
	/// The largest single normal extrinsic.
	pub normal_max_extrinsic: Weight,
	/// Weight every extrinsic adds on top of its call.
	pub base_extrinsic: Weight,
	/// Whole block weight (all classes).
	pub max_block: Weight,
	/// Weight every block charges before any extrinsic or hook (its execution base).
	pub base_block: Weight,
	/// Bytes normal extrinsics may use in a block.
	pub normal_length: u32,
}

impl Limits {
	pub fn of_runtime() -> Self {
		let weights = <Runtime as frame_system::Config>::BlockWeights::get();
		let length = <Runtime as frame_system::Config>::BlockLength::get();
		let normal = weights.get(DispatchClass::Normal);
		Limits {
			normal_weight: normal.max_total.unwrap_or(weights.max_block),
			normal_max_extrinsic: normal.max_extrinsic.unwrap_or(weights.max_block),
			base_extrinsic: normal.base_extrinsic,
			max_block: weights.max_block,
			base_block: weights.base_block,
			normal_length: *length.max.get(DispatchClass::Normal),
		}
	}

	/// How many extrinsics of `call_weight` and `length` bytes fit in a block: an upper bound,
	/// since extension weights are left out.
	pub fn capacity(&self, call_weight: Weight, length: usize) -> u64 {
		let per_extrinsic = self.base_extrinsic.saturating_add(call_weight).ref_time().max(1);
		let by_weight = self.normal_weight.ref_time() / per_extrinsic;
		let by_length = u64::from(self.normal_length) / (length.max(1) as u64);
		by_weight.min(by_length)
	}
}

/// What a signed extrinsic with `call` counts against its block's weight: the base extrinsic
/// weight, the call's benchmarked weight and the weight its transaction extensions declare
/// (`CheckWeight` adds exactly these up).
pub fn extrinsic_weight(limits: &Limits, call: &RuntimeCall) -> Weight {
	use frame_support::dispatch::GetDispatchInfo;
	use sp_runtime::traits::TransactionExtension;
	limits
		.base_extrinsic
		.saturating_add(call.get_dispatch_info().call_weight)
		.saturating_add(extensions(0, 0).weight(call))
}

/// How many units of `per_unit` fit in `budget`, in both weight dimensions.
pub fn fits(budget: Weight, per_unit: Weight) -> u64 {
	let by = |budget: u64, unit: u64| if unit == 0 { u64::MAX } else { budget / unit };
	by(budget.ref_time(), per_unit.ref_time()).min(by(budget.proof_size(), per_unit.proof_size()))
}

/// The transaction extensions of a signed transaction with `nonce` and `tip`: immortal.
///
/// Immortal so that a stock signed long before it is submitted stays valid. The stock has tip
/// 0, so that all load transactions have the same priority and the pool orders them by
/// arrival; a tip multiplies the pool priority by `tip + 1`, which follow-ups of reactive mixes
/// (a witness's commit or reveal, due within a window) use to be included ahead of the stock.
pub fn extensions(nonce: Nonce, tip: Balance) -> TxExtension {
	(
		frame_system::CheckNonZeroSender::<Runtime>::new(),
		frame_system::CheckSpecVersion::<Runtime>::new(),
		frame_system::CheckTxVersion::<Runtime>::new(),
		frame_system::CheckGenesis::<Runtime>::new(),
		frame_system::CheckEra::<Runtime>::from(Era::Immortal),
		frame_system::CheckNonce::<Runtime>::from(nonce),
		frame_system::CheckWeight::<Runtime>::new(),
		pallet_transaction_payment::ChargeTransactionPayment::<Runtime>::from(tip).into(),
		frame_system::WeightReclaim::<Runtime>::new(),
	)
}

/// Signs `call` as `signer` (whose account is `who`) with `nonce`.
pub fn sign(
	chain: &ChainInfo,
	signer: &sr25519::Pair,
	who: &AccountId,
	nonce: Nonce,
	call: RuntimeCall,
) -> UncheckedExtrinsic {
	sign_with_tip(chain, signer, who, nonce, 0, call)
}

/// [`sign`] with a `tip` (see [`extensions`]).
pub fn sign_with_tip(
	chain: &ChainInfo,
	signer: &sr25519::Pair,
	who: &AccountId,
	nonce: Nonce,
	tip: Balance,
	call: RuntimeCall,
) -> UncheckedExtrinsic {
	// The implicit data the extensions add to the signed payload, in the order of
	// `TxExtension`. The runtime computes it in `implicit()` from its storage (`BlockHash(0)`,
	// the version); outside the runtime it comes from the node: spec and transaction version,
	// the genesis hash for CheckGenesis and again for CheckEra (an immortal era's birth block
	// is block 0). The others add nothing.
	let implicit =
		((), chain.spec_version, chain.tx_version, chain.genesis, chain.genesis, (), (), (), ());
	let payload = SignedPayload::from_raw(call, extensions(nonce, tip), implicit);
	// `SignedPayload`'s encoding is the payload itself, or its blake2-256 hash when longer
	// than 256 bytes, exactly what the runtime verifies.
	let signature = payload.using_encoded(|bytes| signer.sign(bytes));
	let (call, extension, _) = payload.deconstruct();
	UncheckedExtrinsic::new_signed(
		call,
		Address::Id(who.clone()),
		Signature::Sr25519(signature),
		extension,
	)
}

/// The account of an sr25519 key.
pub fn account_of(pair: &sr25519::Pair) -> AccountId {
	AccountId::from(pair.public())
}

/// SS58 with the generic prefix 42, which every node accepts in RPC parameters (the node's own
/// prefix is a custom one, accepted only where it is configured as the default).
pub fn ss58(who: &AccountId) -> String {
	who.to_ss58check_with_version(Ss58AddressFormat::custom(42))
}

/// `0x`-prefixed hex.
pub fn hex(bytes: &[u8]) -> String {
	sp_core::bytes::to_hex(bytes, false)
}

/// Bytes from a JSON hex string.
pub fn bytes_from_json(value: &Value) -> Result<Vec<u8>> {
	let text = value.as_str().ok_or_else(|| format!("expected a hex string, got {value}"))?;
	Ok(sp_core::bytes::from_hex(text).map_err(|e| format!("bad hex {text:?}: {e}"))?)
}

/// A hash from a JSON hex string.
pub fn hash_from_json(value: &Value) -> Result<Hash> {
	let bytes = bytes_from_json(value)?;
	if bytes.len() != 32 {
		return Err(format!("expected a 32-byte hash, got {value}").into());
	}
	Ok(Hash::from_slice(&bytes))
}

/// A block number from a header's `number` (a hex quantity such as "0x1a").
pub fn number_from_json(value: &Value) -> Result<u32> {
	let text = value.as_str().ok_or_else(|| format!("expected a hex number, got {value}"))?;
	Ok(u32::from_str_radix(text.trim_start_matches("0x"), 16)
		.map_err(|e| format!("bad block number {text:?}: {e}"))?)
}

/// The storage key of `System::Events`. The storage item is private to frame-system, so the key
/// is built from the pallet's name in this runtime and the item's name.
pub fn events_key() -> Vec<u8> {
	let pallet = <arete_runtime::System as PalletInfoAccess>::name();
	frame_support::storage::storage_prefix(pallet.as_bytes(), b"Events").to_vec()
}

/// The storage key of `System::BlockWeight` (the weight used by the block, per class).
pub fn block_weight_key() -> Vec<u8> {
	frame_system::BlockWeight::<Runtime>::hashed_key().to_vec()
}

/// The next nonce of each account, counting transactions already in the node's pool.
pub fn next_nonces(rpc: &mut Client, accounts: &[AccountId]) -> Result<Vec<Nonce>> {
	let mut nonces = Vec::with_capacity(accounts.len());
	for chunk in accounts.chunks(READ_BATCH) {
		let calls: Vec<(&str, Value)> =
			chunk.iter().map(|who| ("system_accountNextIndex", json!([ss58(who)]))).collect();
		for (who, result) in chunk.iter().zip(rpc.batch(&calls)?) {
			let value = result.map_err(|e| format!("nonce of {}: {e}", ss58(who)))?;
			let nonce = value.as_u64().ok_or_else(|| format!("nonce of {}: {value}", ss58(who)))?;
			nonces.push(nonce as Nonce);
		}
	}
	Ok(nonces)
}

/// The free balance of each account at the best block (0 for accounts that do not exist).
pub fn free_balances(rpc: &mut Client, accounts: &[AccountId]) -> Result<Vec<Balance>> {
	type AccountInfo = frame_system::AccountInfo<Nonce, pallet_balances::AccountData<Balance>>;
	let mut balances = Vec::with_capacity(accounts.len());
	for chunk in accounts.chunks(READ_BATCH) {
		let calls: Vec<(&str, Value)> = chunk
			.iter()
			.map(|who| {
				let key = frame_system::Account::<Runtime>::hashed_key_for(who);
				("state_getStorage", json!([hex(&key)]))
			})
			.collect();
		for (who, result) in chunk.iter().zip(rpc.batch(&calls)?) {
			let value = result.map_err(|e| format!("account of {}: {e}", ss58(who)))?;
			let free = match value {
				Value::Null => 0,
				value => {
					let bytes = bytes_from_json(&value)?;
					AccountInfo::decode(&mut &bytes[..])
						.map_err(|e| format!("account of {}: {e}", ss58(who)))?
						.data
						.free
				},
			};
			balances.push(free);
		}
	}
	Ok(balances)
}

/// Submits one extrinsic and returns its hash; for setup, where every failure is fatal.
pub fn submit(rpc: &mut Client, xt: &UncheckedExtrinsic) -> Result<Value> {
	rpc.call("author_submitExtrinsic", json!([hex(&xt.encode())]))
}

/// The number of the best block.
pub fn best_number(rpc: &mut Client) -> Result<u32> {
	let header = rpc.call("chain_getHeader", json!([]))?;
	number_from_json(&header["number"])
}

/// The raw values under `keys` at the best block (`None` where nothing is stored).
pub fn storage_values(rpc: &mut Client, keys: &[Vec<u8>]) -> Result<Vec<Option<Vec<u8>>>> {
	let mut values = Vec::with_capacity(keys.len());
	for chunk in keys.chunks(READ_BATCH) {
		let calls: Vec<(&str, Value)> =
			chunk.iter().map(|key| ("state_getStorage", json!([hex(key)]))).collect();
		for (key, result) in chunk.iter().zip(rpc.batch(&calls)?) {
			let value = result.map_err(|e| format!("storage {}: {e}", hex(key)))?;
			values.push(match value {
				Value::Null => None,
				value => Some(bytes_from_json(&value)?),
			});
		}
	}
	Ok(values)
}

/// The value under `key` at the best block, decoded as `T` (`None` where nothing is stored).
pub fn storage_value<T: Decode>(rpc: &mut Client, key: Vec<u8>) -> Result<Option<T>> {
	let Some(bytes) = storage_values(rpc, &[key])?.pop().flatten() else { return Ok(None) };
	let value = T::decode(&mut &bytes[..])
		.map_err(|e| format!("undecodable storage value ({} bytes): {e}", bytes.len()))?;
	Ok(Some(value))
}

/// An upper bound of the fee of `call` signed in `length` bytes: the runtime's weight fee (of
/// the call and the base extrinsic) and length fee, the weight fee doubled for the fee
/// multiplier. The multiplier moves by a factor of at most `1 + 3/100_000 × 3/4` a block
/// (`TargetedFeeAdjustment`), a few per cent over the thousand blocks of a long run, so twice
/// the base is a wide margin for budgeting a stock, not an exact fee.
pub fn fee_bound(call: &RuntimeCall, length: usize) -> Balance {
	use frame_support::{dispatch::GetDispatchInfo, weights::WeightToFee as _};
	type WeightToFee = <Runtime as pallet_transaction_payment::Config>::WeightToFee;
	type LengthToFee = <Runtime as pallet_transaction_payment::Config>::LengthToFee;
	let weight =
		Limits::of_runtime().base_extrinsic.saturating_add(call.get_dispatch_info().total_weight());
	let length = Weight::from_parts(length as u64, 0);
	WeightToFee::weight_to_fee(&weight)
		.saturating_mul(2)
		.saturating_add(LengthToFee::weight_to_fee(&length))
}

/// A dispatch error as the runtime names it (e.g. `Witnesses(DomainFull)`).
pub fn describe_dispatch_error(error: &sp_runtime::DispatchError) -> String {
	match arete_runtime::RuntimeError::from_dispatch_error(*error) {
		Some(named) => format!("{named:?}"),
		None => format!("{error:?}"),
	}
}

/// Submits `xts` (each with a label naming it in errors) and waits until every one is in a
/// best block. Fails if the pool refuses one, if one fails to dispatch (with the runtime's name
/// of the error), or if some are not included within `timeout`.
pub fn submit_and_wait(
	rpc: &mut Client,
	xts: &[(String, UncheckedExtrinsic)],
	timeout: Duration,
) -> Result<()> {
	let plain: Vec<UncheckedExtrinsic> = xts.iter().map(|(_, xt)| xt.clone()).collect();
	let outcomes = submit_and_watch(rpc, &plain, timeout)
		.map_err(|e| format!("{} (first: {})", e, xts.first().map_or("", |(l, _)| l.as_str())))?;
	let failures: Vec<String> = xts
		.iter()
		.zip(outcomes)
		.filter_map(|((label, _), outcome)| {
			outcome.map(|error| format!("{label}: {}", describe_dispatch_error(&error)))
		})
		.collect();
	if failures.is_empty() {
		return Ok(());
	}
	let shown: Vec<&str> = failures.iter().take(5).map(String::as_str).collect();
	Err(format!(
		"{} of {} setup extrinsics failed: {}",
		failures.len(),
		xts.len(),
		shown.join("; ")
	)
	.into())
}

/// Submits `xts` and waits until every one is in a best block; returns, for each, its dispatch
/// error (`None`: it succeeded). Fails if the pool refuses one or if some are not included
/// within `timeout`.
///
/// For setup: every block from the best one at submission on is fetched and searched for the
/// extrinsics' exact bytes, and their `ExtrinsicFailed` read from the block's events, so a
/// failed registration is reported as what failed rather than as a timeout of a state that
/// never appears.
pub fn submit_and_watch(
	rpc: &mut Client,
	xts: &[UncheckedExtrinsic],
	timeout: Duration,
) -> Result<Vec<Option<sp_runtime::DispatchError>>> {
	let mut outcomes = vec![None; xts.len()];
	if xts.is_empty() {
		return Ok(outcomes);
	}
	let mut scanned = best_number(rpc)?;
	let mut waiting: HashMap<Vec<u8>, usize> = HashMap::with_capacity(xts.len());
	for (chunk_index, chunk) in xts.chunks(SUBMIT_BATCH).enumerate() {
		let encoded: Vec<Vec<u8>> = chunk.iter().map(Encode::encode).collect();
		let calls: Vec<(&str, Value)> =
			encoded.iter().map(|bytes| ("author_submitExtrinsic", json!([hex(bytes)]))).collect();
		for (offset, (bytes, answer)) in encoded.into_iter().zip(rpc.batch(&calls)?).enumerate() {
			let index = chunk_index * SUBMIT_BATCH + offset;
			match answer {
				Ok(_) => {},
				// The pool holds this very extrinsic already (a resubmission): wait for it.
				Err(e) if e.code == ALREADY_IMPORTED => {},
				Err(e) => return Err(format!("extrinsic {index} refused by the pool: {e}").into()),
			}
			waiting.insert(bytes, index);
		}
	}

	let events_key = hex(&events_key());
	let started = Instant::now();
	while !waiting.is_empty() {
		if started.elapsed() > timeout {
			return Err(format!(
				"{} of {} setup extrinsics not in a block after {}s: is the chain producing \
				 blocks?",
				waiting.len(),
				xts.len(),
				timeout.as_secs()
			)
			.into());
		}
		thread::sleep(Duration::from_millis(500));
		let best = best_number(rpc)?;
		for number in scanned + 1..=best {
			let hash = rpc.call("chain_getBlockHash", json!([number]))?;
			let mut answers = rpc
				.batch(&[
					("chain_getBlock", json!([hash.clone()])),
					("state_getStorage", json!([events_key.clone(), hash])),
				])?
				.into_iter();
			let block = answers.next().ok_or("no block")??;
			let events = answers.next().ok_or("no events")??;
			let records = if events.is_null() {
				Vec::new()
			} else {
				let bytes = bytes_from_json(&events)?;
				Vec::<EventRecord<RuntimeEvent, Hash>>::decode(&mut &bytes[..])
					.map_err(|e| format!("events of #{number}: {e}"))?
			};
			for (position, bytes) in block_extrinsics(&block)?.into_iter().enumerate() {
				let Some(index) = waiting.remove(&bytes) else { continue };
				outcomes[index] =
					records.iter().find_map(|record| match (&record.phase, &record.event) {
						(
							Phase::ApplyExtrinsic(at),
							RuntimeEvent::System(frame_system::Event::ExtrinsicFailed {
								dispatch_error,
								..
							}),
						) if *at as usize == position => Some(*dispatch_error),
						_ => None,
					});
			}
		}
		scanned = scanned.max(best);
	}
	Ok(outcomes)
}

/// The encoded extrinsics of a `chain_getBlock` answer. Each is the length-prefixed encoding,
/// exactly what `UncheckedExtrinsic::decode` reads, what the block's length limit counts and
/// what `author_submitExtrinsic` took.
pub fn block_extrinsics(block: &Value) -> Result<Vec<Vec<u8>>> {
	block["block"]["extrinsics"]
		.as_array()
		.ok_or("block without extrinsics")?
		.iter()
		.map(bytes_from_json)
		.collect()
}
