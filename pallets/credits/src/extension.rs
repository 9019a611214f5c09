//! [`FeelessCredits`]: the transaction extension that makes credit actions fee-free while the
//! signer's allowance lasts.
//!
//! It wraps the runtime's payment extension `S`. For a call of this pallet that FRAME's
//! feeless mechanism (`#[pallet::feeless_if]`) reports fee-free, it skips `S` and takes one
//! action from the signer's [`crate::Allowance`] when the transaction is prepared. Preparation
//! happens before dispatch and outside the call's storage layer, so a call that then fails
//! still uses up its action: failing calls cannot be used to fill blocks for free. For every
//! other call it is `S`.
//!
//! It encodes exactly as `S` and carries `S`'s identifier and type, so wallets (Polkadot.js
//! among them) see the payment extension they know.

use crate::{Config, Pallet, WeightInfo};
use codec::{Decode, DecodeWithMemTracking, Encode};
use core::marker::PhantomData;
use frame_support::{dispatch::CheckIfFeeless, pallet_prelude::Weight, traits::IsSubType};
use scale_info::{StaticTypeInfo, TypeInfo};
use sp_runtime::{
	traits::{
		AsSystemOriginSigner, DispatchInfoOf, DispatchOriginOf, Dispatchable, Implication,
		PostDispatchInfoOf, TransactionExtension, TransactionExtensionMetadata, ValidateResult,
	},
	transaction_validity::{
		TransactionSource, TransactionValidity, TransactionValidityError, ValidTransaction,
	},
	DispatchResult,
};

/// Skips the wrapped payment extension `S` for fee-free credit actions and takes them from
/// the signer's allowance instead.
pub struct FeelessCredits<T, S>(pub S, PhantomData<T>);

impl<T, S> FeelessCredits<T, S> {
	/// Wraps the payment extension `inner`.
	pub fn new(inner: S) -> Self {
		Self(inner, PhantomData)
	}
}

impl<T, S> From<S> for FeelessCredits<T, S> {
	fn from(inner: S) -> Self {
		Self::new(inner)
	}
}

impl<T, S: Clone> Clone for FeelessCredits<T, S> {
	fn clone(&self) -> Self {
		Self::new(self.0.clone())
	}
}

impl<T, S: PartialEq> PartialEq for FeelessCredits<T, S> {
	fn eq(&self, other: &Self) -> bool {
		self.0 == other.0
	}
}

impl<T, S: Eq> Eq for FeelessCredits<T, S> {}

impl<T, S: core::fmt::Debug> core::fmt::Debug for FeelessCredits<T, S> {
	fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
		write!(f, "FeelessCredits<{:?}>", self.0)
	}
}

impl<T, S: Encode> Encode for FeelessCredits<T, S> {
	fn size_hint(&self) -> usize {
		self.0.size_hint()
	}
	fn encode_to<O: codec::Output + ?Sized>(&self, dest: &mut O) {
		self.0.encode_to(dest)
	}
}

impl<T, S: Decode> Decode for FeelessCredits<T, S> {
	fn decode<I: codec::Input>(input: &mut I) -> Result<Self, codec::Error> {
		Ok(Self::new(S::decode(input)?))
	}
}

impl<T, S: DecodeWithMemTracking> DecodeWithMemTracking for FeelessCredits<T, S> {}

impl<T, S: StaticTypeInfo> TypeInfo for FeelessCredits<T, S> {
	type Identity = S;
	fn type_info() -> scale_info::Type {
		S::type_info()
	}
}

/// What validation decided.
pub enum Val<AccountId, V> {
	/// A fee-free credit action of `AccountId`.
	Free(AccountId),
	/// Any other transaction: the wrapped extension's value.
	Charge(V),
}

/// What preparation left for after dispatch.
pub enum Pre<P> {
	/// A fee-free credit action (its allowance is already taken).
	Free,
	/// Any other transaction: the wrapped extension's value.
	Charge(P),
}

impl<T, S, RuntimeCall> TransactionExtension<RuntimeCall> for FeelessCredits<T, S>
where
	T: Config + Send + Sync,
	S: TransactionExtension<RuntimeCall>,
	RuntimeCall: Dispatchable
		+ CheckIfFeeless<Origin = DispatchOriginOf<RuntimeCall>>
		+ IsSubType<crate::Call<T>>,
	DispatchOriginOf<RuntimeCall>: AsSystemOriginSigner<T::AccountId>,
{
	const IDENTIFIER: &'static str = S::IDENTIFIER;
	type Implicit = S::Implicit;
	type Val = Val<T::AccountId, S::Val>;
	type Pre = Pre<S::Pre>;

	fn implicit(&self) -> Result<Self::Implicit, TransactionValidityError> {
		self.0.implicit()
	}

	fn metadata() -> alloc::vec::Vec<TransactionExtensionMetadata> {
		S::metadata()
	}

	fn weight(&self, call: &RuntimeCall) -> Weight {
		// Either path: the allowance's read and write, or the wrapped extension.
		self.0.weight(call).max(<T as Config>::WeightInfo::use_free_action())
	}

	fn validate(
		&self,
		origin: DispatchOriginOf<RuntimeCall>,
		call: &RuntimeCall,
		info: &DispatchInfoOf<RuntimeCall>,
		len: usize,
		self_implicit: Self::Implicit,
		inherited_implication: &impl Implication,
		source: TransactionSource,
	) -> ValidateResult<Self::Val, RuntimeCall> {
		if call.is_sub_type().is_some() && call.is_feeless(&origin) {
			if let Some(who) = origin.as_system_origin_signer() {
				let who = who.clone();
				return Ok((ValidTransaction::default(), Val::Free(who), origin));
			}
		}
		let (valid, val, origin) = self.0.validate(
			origin,
			call,
			info,
			len,
			self_implicit,
			inherited_implication,
			source,
		)?;
		Ok((valid, Val::Charge(val), origin))
	}

	fn prepare(
		self,
		val: Self::Val,
		origin: &DispatchOriginOf<RuntimeCall>,
		call: &RuntimeCall,
		info: &DispatchInfoOf<RuntimeCall>,
		len: usize,
	) -> Result<Self::Pre, TransactionValidityError> {
		match val {
			Val::Free(who) => {
				Pallet::<T>::use_free_action(&who);
				Ok(Pre::Free)
			},
			Val::Charge(val) => Ok(Pre::Charge(self.0.prepare(val, origin, call, info, len)?)),
		}
	}

	fn post_dispatch_details(
		pre: Self::Pre,
		info: &DispatchInfoOf<RuntimeCall>,
		post_info: &PostDispatchInfoOf<RuntimeCall>,
		len: usize,
		result: &DispatchResult,
	) -> Result<Weight, TransactionValidityError> {
		match pre {
			Pre::Free => Ok(Weight::zero()),
			Pre::Charge(pre) => S::post_dispatch_details(pre, info, post_info, len, result),
		}
	}

	fn bare_validate(
		call: &RuntimeCall,
		info: &DispatchInfoOf<RuntimeCall>,
		len: usize,
	) -> TransactionValidity {
		S::bare_validate(call, info, len)
	}

	fn bare_validate_and_prepare(
		call: &RuntimeCall,
		info: &DispatchInfoOf<RuntimeCall>,
		len: usize,
	) -> Result<(), TransactionValidityError> {
		S::bare_validate_and_prepare(call, info, len)
	}

	fn bare_post_dispatch(
		info: &DispatchInfoOf<RuntimeCall>,
		post_info: &mut PostDispatchInfoOf<RuntimeCall>,
		len: usize,
		result: &DispatchResult,
	) -> Result<(), TransactionValidityError> {
		S::bare_post_dispatch(info, post_info, len, result)
	}
}
