//! Runtime API of the witnesses pallet: witness records, open requests and eligible
//! witnesses, for wallets, explorers and client pallets' front ends.

use crate::types::{DomainId, RequestId, RequestView, WitnessInfoView};
use alloc::vec::Vec;
use codec::Codec;

sp_api::decl_runtime_apis! {
	/// Queries of the verification engine. The runtime implements it with
	/// `Witnesses::witness_record`, `Witnesses::request_view` and
	/// `Witnesses::eligible_witnesses`.
	pub trait WitnessesApi<AccountId, Balance, BlockNumber>
	where
		AccountId: Codec,
		Balance: Codec,
		BlockNumber: Codec,
	{
		/// The registry record of `who`, if registered.
		fn witness_record(who: AccountId) -> Option<WitnessInfoView<Balance, BlockNumber>>;
		/// Open request `id` (finalized and cancelled requests are removed).
		fn request(id: RequestId) -> Option<RequestView<AccountId, Balance, BlockNumber>>;
		/// Active witnesses eligible to attest in `domain`.
		fn eligible_witnesses(domain: DomainId) -> Vec<AccountId>;
	}
}
