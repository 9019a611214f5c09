//! The interface between the verification engine and its client pallets.

use crate::types::{DomainId, Outcome, Panel, RequestId, RequestParams, RequestView};
use frame_support::weights::Weight;
use sp_core::H256;
use sp_runtime::{DispatchError, DispatchResult};

/// Opens and manages verification requests. Implemented by `pallet_witnesses::Pallet<T>`;
/// client pallets take it as a `Config` item.
pub trait VerificationProvider<AccountId, Balance, BlockNumber> {
	/// Open a request on `subject` in `domain`. The reward and `RequestDeposit` are held from
	/// `requester`; the outcome is later reported to the runtime's outcome handler. Either
	/// everything happens or nothing does.
	fn open_request(
		domain: DomainId,
		subject: H256,
		requester: &AccountId,
		params: RequestParams<AccountId, Balance, BlockNumber>,
	) -> Result<RequestId, DispatchError>;

	/// Cancel request `id`, opened by `requester`, while nobody has committed yet. The reward
	/// and deposit are released. The outcome handler is not called.
	fn cancel_request(id: RequestId, requester: &AccountId) -> DispatchResult;

	/// The state of open request `id`; `None` if unknown or already finalized.
	fn request_state(id: RequestId) -> Option<RequestView<AccountId, Balance, BlockNumber>>;

	/// Upper bound of the weight of `open_request` with this panel, for the caller's own
	/// weight annotation.
	fn open_request_weight(panel: &Panel<AccountId>) -> Weight;

	/// Upper bound of the weight of `cancel_request`.
	fn cancel_request_weight() -> Weight;
}

/// A provider that refuses every request: for client pallets' mocks that do not verify.
impl<AccountId, Balance, BlockNumber> VerificationProvider<AccountId, Balance, BlockNumber> for () {
	fn open_request(
		_: DomainId,
		_: H256,
		_: &AccountId,
		_: RequestParams<AccountId, Balance, BlockNumber>,
	) -> Result<RequestId, DispatchError> {
		Err(DispatchError::Other("no verification provider"))
	}

	fn cancel_request(_: RequestId, _: &AccountId) -> DispatchResult {
		Err(DispatchError::Other("no verification provider"))
	}

	fn request_state(_: RequestId) -> Option<RequestView<AccountId, Balance, BlockNumber>> {
		None
	}

	fn open_request_weight(_: &Panel<AccountId>) -> Weight {
		Weight::zero()
	}

	fn cancel_request_weight() -> Weight {
		Weight::zero()
	}
}

/// Receives the outcome of every finalized request. The runtime wires a tuple of handlers,
/// one per client pallet; each handler ignores domains that are not its own.
pub trait VerificationOutcomeHandler<AccountId> {
	/// Called once when request `request` on `subject` in `domain` is finalized. Returns the
	/// weight it consumed, which must stay within the runtime's `OutcomeHandlerWeight`.
	fn on_outcome(
		domain: DomainId,
		subject: H256,
		request: RequestId,
		outcome: &Outcome<AccountId>,
	) -> Weight;
}

#[impl_trait_for_tuples::impl_for_tuples(16)]
impl<AccountId> VerificationOutcomeHandler<AccountId> for Tuple {
	fn on_outcome(
		domain: DomainId,
		subject: H256,
		request: RequestId,
		outcome: &Outcome<AccountId>,
	) -> Weight {
		let mut weight = Weight::zero();
		for_tuples!( #( weight = weight.saturating_add(
			Tuple::on_outcome(domain, subject, request, outcome)
		); )* );
		weight
	}
}
