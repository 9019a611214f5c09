//! Policies and guards: decoding and validating policy documents, authorizing parties, the
//! data guards read, and the chain's answers to the engine's custom operators.

use crate::{
	AgreementId, AgreementOf, Config, Error, NameOf, Pallet, ParticipantId, Participants, Tokens,
};
use alloc::{collections::BTreeMap, string::String, vec::Vec};
use codec::{Decode, DecodeAll, Encode};
use frame_support::ensure;
use policy_engine::{
	validate_dfa, Decimal, Dfa, EvalConfig, GuardSchema, HostError, Limits, Part, PolicyContext,
	Severity, Value,
};
use sp_core::H256;
use sp_runtime::{DispatchError, MultiSignature};

/// Which side of an agreement a party must be on.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Side {
	/// A producer.
	Left,
	/// A validator.
	Right,
	/// Either.
	Any,
}

/// Keys the pallet puts into every guard's data; event data may not use them.
pub const RESERVED_KEYS: [&str; 8] = [
	"current_time",
	"block",
	"activity",
	"quantity",
	"current_supply",
	"token_state",
	"token_quantity",
	"references",
];

/// The reserved keys every guard of an event reads; the others belong to one effect, so a
/// delegation's condition (checked once per event) cannot read them.
pub const EVENT_KEYS: [&str; 4] = ["current_time", "block", "activity", "references"];

/// The evaluation configuration of every guard: the engine's default limits and schedule.
pub const EVAL_CONFIG: EvalConfig = EvalConfig::DEFAULT;

impl<T: Config> Pallet<T> {
	/// Checks that `who` owns participant `id`, a party of `agreement` on `side`.
	pub(crate) fn ensure_party(
		who: &T::AccountId,
		agreement: &AgreementOf<T>,
		id: ParticipantId,
		side: Side,
	) -> Result<(), DispatchError> {
		let on_side = match side {
			Side::Left => agreement.terms.left.contains(&id),
			Side::Right => agreement.terms.right.contains(&id),
			Side::Any => agreement.terms.left.contains(&id) || agreement.terms.right.contains(&id),
		};
		ensure!(on_side, Error::<T>::Unauthorized);
		Self::owned_participant(who, id)?;
		Ok(())
	}

	/// A bounded name from a string of the engine.
	pub(crate) fn state_name(text: &str) -> Result<NameOf<T>, DispatchError> {
		NameOf::<T>::try_from(text.as_bytes().to_vec()).map_err(|_| Error::<T>::InvalidPolicy.into())
	}

	/// Decodes a policy document `SCALE((policy, declared variables))`, all bytes consumed.
	pub(crate) fn decode_document<P: Decode>(
		bytes: &[u8],
	) -> Result<(P, Vec<String>), DispatchError> {
		<(P, Vec<String>)>::decode_all(&mut &bytes[..])
			.map_err(|_| Error::<T>::UndecodablePolicy.into())
	}

	/// The guard schema of declared variables: the document's plus the reserved keys.
	pub(crate) fn schema(declared: &[&[String]]) -> GuardSchema {
		let variables = declared
			.iter()
			.flat_map(|list| list.iter().cloned())
			.chain(RESERVED_KEYS.iter().map(|k| String::from(*k)));
		GuardSchema::new(variables, core::iter::empty::<String>())
	}

	/// The guard schema of a delegation condition: its declared variables plus the event-wide
	/// reserved keys.
	pub(crate) fn condition_schema(declared: &[String]) -> GuardSchema {
		let variables =
			declared.iter().cloned().chain(EVENT_KEYS.iter().map(|k| String::from(*k)));
		GuardSchema::new(variables, core::iter::empty::<String>())
	}

	/// Refuses a lifecycle DFA with any error finding.
	pub(crate) fn check_lifecycle(dfa: &Dfa, declared: &[String]) -> Result<(), DispatchError> {
		let findings = validate_dfa(dfa, Part::Group, &Self::schema(&[declared]), &Limits::DEFAULT);
		ensure!(
			!findings.iter().any(|f| f.severity() == Severity::Error),
			Error::<T>::InvalidPolicy
		);
		Self::check_state_names(dfa)
	}

	/// Every state name of `dfa` must fit a stored name.
	pub(crate) fn check_state_names(dfa: &Dfa) -> Result<(), DispatchError> {
		dfa.states.iter().try_for_each(|state| Self::state_name(&state.id).map(|_| ()))
	}

	/// The event's public data as an object, refusing reserved keys.
	pub(crate) fn event_data(bytes: &[u8]) -> Result<BTreeMap<String, Value>, DispatchError> {
		if bytes.is_empty() {
			return Ok(BTreeMap::new());
		}
		let value = Value::decode_with_limits(&mut &bytes[..], policy_engine::DecodeLimits::DEFAULT)
			.map_err(|_| Error::<T>::InvalidEventData)?;
		let Value::Object(map) = value else { return Err(Error::<T>::InvalidEventData.into()) };
		ensure!(
			!RESERVED_KEYS.iter().any(|key| map.contains_key(*key)),
			Error::<T>::InvalidEventData
		);
		Ok(map)
	}

	/// A quantity as a guard number.
	pub(crate) fn quantity_value(quantity: u128) -> Result<Value, DispatchError> {
		i128::try_from(quantity)
			.ok()
			.and_then(|q| Decimal::from_i128(q))
			.map(Value::Number)
			.ok_or_else(|| Error::<T>::InvalidQuantity.into())
	}
}

/// The chain's side of the engine's custom operators.
///
/// - `owns_token(agreement, token)`: the agreement (`"0x…"` id) owns the token (number).
/// - `token_state(token)`: the token's state, `null` if none.
/// - `signature_valid({"participant": n, "message": "0x…", "signature": "0x…"})`: the
///   participant's key signed the message bound to the event (see [`ChainContext::for_event`];
///   the signature is a SCALE `MultiSignature`, hex).
/// - `has_permission(subject, permission)`: the subject holds the permission in the event's
///   agreement through a live delegation chain without conditions (see [`Pallet::delegate`]);
///   outside an event, never. The subject is a participant (number), whose chain may start at
///   any party, or `[participant, granter]`, whose chain must start at party `granter`: a
///   guard that should trust one party's grants only must name it, since every party can start
///   chains.
///
/// It counts its calls: each reads storage, which the call's weight pays for as a database
/// read on top of the fuel's computation weight (see [`Pallet::fuel_weight`]).
pub struct ChainContext<T> {
	host_calls: core::cell::Cell<u32>,
	/// The event being checked, `SCALE((agreement, activity, ordinal))`: `signature_valid`
	/// checks signatures of messages bound to it (see [`ChainContext::for_event`]).
	event: Option<Vec<u8>>,
	/// The event's agreement, whose delegations `has_permission` reads.
	agreement: Option<AgreementId>,
	_marker: core::marker::PhantomData<T>,
}

impl<T> Default for ChainContext<T> {
	fn default() -> Self {
		ChainContext {
			host_calls: core::cell::Cell::new(0),
			event: None,
			agreement: None,
			_marker: core::marker::PhantomData,
		}
	}
}

impl<T> ChainContext<T> {
	/// The context of guards checking one event. `signature_valid` then verifies
	/// `SCALE((prefix::GUARD, agreement, activity, ordinal, message))`: a signature made for
	/// this event's guard, never one the key made for anything else (a consent, another
	/// event, another chain: the agreement id binds the chain).
	pub fn for_event(agreement: &AgreementId, activity: &[u8], ordinal: u64) -> Self {
		ChainContext {
			event: Some((agreement, activity, ordinal).encode()),
			agreement: Some(*agreement),
			..Self::default()
		}
	}

	/// Calls answered so far.
	pub fn host_calls(&self) -> u32 {
		self.host_calls.get()
	}

	/// Counts one storage read.
	pub(crate) fn count(&self) {
		self.host_calls.set(self.host_calls.get().saturating_add(1));
	}
}

impl<T: Config> Pallet<T> {
	/// The weight of guards that used `fuel` and made `host_calls` storage reads.
	pub fn fuel_weight(fuel: u64, host_calls: u64) -> frame_support::weights::Weight {
		use crate::WeightInfo;
		use frame_support::traits::Get;
		// `integrity_test` checks that `MaxEventFuel` fits the benchmark's `u32` component.
		let fuel = u32::try_from(fuel).unwrap_or(u32::MAX);
		T::WeightInfo::guard_fuel(fuel).saturating_add(T::DbWeight::get().reads(host_calls))
	}

	/// The most weight guards given `fuel` can take: every unit spent, and as many storage
	/// reads as the fuel pays host calls for.
	pub fn max_fuel_weight(fuel: u64) -> frame_support::weights::Weight {
		let per_call = EVAL_CONFIG.schedule.host_call.max(1);
		Self::fuel_weight(fuel, fuel / per_call)
	}
}

/// Bytes from `"0x…"` hex.
pub(crate) fn from_hex(text: &str) -> Option<Vec<u8>> {
	let digits = text.strip_prefix("0x")?.as_bytes();
	if digits.len() % 2 != 0 {
		return None;
	}
	let nibble = |c: u8| -> Option<u8> {
		match c {
			b'0'..=b'9' => c.checked_sub(b'0'),
			b'a'..=b'f' => c.checked_sub(b'a').and_then(|v| v.checked_add(10)),
			b'A'..=b'F' => c.checked_sub(b'A').and_then(|v| v.checked_add(10)),
			_ => None,
		}
	};
	digits
		.chunks(2)
		.map(|pair| match pair {
			[high, low] => Some(nibble(*high)?.checked_mul(16)?.checked_add(nibble(*low)?)?),
			_ => None,
		})
		.collect()
}

fn as_u64(value: &Value) -> Result<u64, HostError> {
	value
		.as_number()
		.filter(|n| n.is_integer())
		.and_then(|n| n.to_i128())
		.and_then(|n| u64::try_from(n).ok())
		.ok_or(HostError::InvalidArgument)
}

fn as_agreement(value: &Value) -> Result<AgreementId, HostError> {
	let bytes = value.as_str().and_then(from_hex).ok_or(HostError::InvalidArgument)?;
	let array: [u8; 32] = bytes.try_into().map_err(|_| HostError::InvalidArgument)?;
	Ok(H256(array))
}

impl<T: Config> PolicyContext for ChainContext<T> {
	fn owns_token(&self, owner: &Value, token: &Value) -> Result<bool, HostError> {
		self.count();
		let owner = as_agreement(owner)?;
		Ok(Tokens::<T>::get(as_u64(token)?).is_some_and(|t| t.owner == owner))
	}

	fn token_state(&self, token: &Value) -> Result<Option<Value>, HostError> {
		self.count();
		Ok(Tokens::<T>::get(as_u64(token)?)
			.map(|t| Value::String(String::from_utf8_lossy(&t.state).into_owned())))
	}

	fn has_permission(&self, subject: &Value, permission: &Value) -> Result<bool, HostError> {
		self.count();
		let (subject, granted_by) = match subject {
			Value::Array(pair) => match pair.as_slice() {
				[participant, granter] => (as_u64(participant)?, Some(as_u64(granter)?)),
				_ => return Err(HostError::InvalidArgument),
			},
			_ => (as_u64(subject)?, None),
		};
		let permission = permission.as_str().ok_or(HostError::InvalidArgument)?;
		let Some(agreement) = self.agreement else { return Ok(false) };
		let now = frame_system::Pallet::<T>::block_number();
		Ok(Pallet::<T>::holds_permission(
			&crate::Delegations::<T>::get(agreement),
			subject,
			permission.as_bytes(),
			granted_by,
			now,
		))
	}

	fn signature_valid(&self, proof: &Value) -> Result<bool, HostError> {
		self.count();
		let participant = as_u64(proof.get("participant").ok_or(HostError::InvalidArgument)?)?;
		let message = proof
			.get("message")
			.and_then(Value::as_str)
			.and_then(from_hex)
			.ok_or(HostError::InvalidArgument)?;
		let signature = proof
			.get("signature")
			.and_then(Value::as_str)
			.and_then(from_hex)
			.and_then(|bytes| MultiSignature::decode_all(&mut &bytes[..]).ok())
			.ok_or(HostError::InvalidArgument)?;
		// Outside an event there is nothing to bind the message to: nothing verifies.
		let Some(event) = &self.event else { return Ok(false) };
		let Some(participant) = Participants::<T>::get(participant) else { return Ok(false) };
		let mut bound = crate::prefix::GUARD.encode();
		bound.extend_from_slice(event);
		bound.extend_from_slice(&message.encode());
		Ok(participant.key.verify(&bound, &signature))
	}
}
