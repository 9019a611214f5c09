//! The `transfer` mix: each load account sends a small `transfer_keep_alive` to the next one.
//!
//! The ring (account i pays account i+1) gives every account as much as it sends, so only fees
//! wear balances down and any number of runs can reuse the same accounts; every destination
//! already exists, so no transfer creates an account or trips the existential deposit.

use arete_runtime::{
	currency::{ARETE, EXISTENTIAL_DEPOSIT},
	Balance, RuntimeCall, RuntimeEvent,
};

use frame_support::weights::Weight;

use super::{presign_round_robin, Mix, Presigned, SetupContext, WorkCost};
use crate::{
	accounts::{self, LoadAccount, LoadSet},
	chain::ChainInfo,
	rpc::Result,
};

/// Sends the existential deposit around the ring of load accounts.
#[derive(Default)]
pub struct Transfer;

impl Transfer {
	/// The amount sent: the smallest that is meaningful on this chain.
	const AMOUNT: Balance = EXISTENTIAL_DEPOSIT;

	fn call(accounts: &[LoadAccount], sender: usize) -> RuntimeCall {
		let dest = &accounts[(sender + 1) % accounts.len()].id;
		accounts::transfer(dest, Self::AMOUNT)
	}
}

impl Mix for Transfer {
	fn name(&self) -> &'static str {
		"transfer"
	}

	/// A transfer costs about 0.0003 ARETE in fees; one ARETE pays for thousands.
	fn min_funding(&self) -> Balance {
		ARETE
	}

	fn setup(&mut self, ctx: &mut SetupContext<'_>) -> Result<()> {
		if ctx.accounts.len() < 2 {
			return Err("the transfer mix needs at least 2 accounts".into());
		}
		Ok(())
	}

	fn sample_call(&self, accounts: &[LoadAccount]) -> RuntimeCall {
		Self::call(accounts, 0)
	}

	fn work_cost(&self, accounts: &[LoadAccount]) -> WorkCost {
		WorkCost { calls: vec![Self::call(accounts, 0)], hooks: Weight::zero() }
	}

	fn presign(
		&self,
		chain: &ChainInfo,
		accounts: &mut [LoadAccount],
		count: usize,
	) -> Result<Presigned> {
		// The calls only depend on the ring, not on the accounts' mutable nonces: clone the ids.
		let ids: Vec<_> = accounts.iter().map(|a| a.id.clone()).collect();
		let n = ids.len();
		Ok(presign_round_robin(chain, accounts, count, |sender, _round| {
			accounts::transfer(&ids[(sender + 1) % n], Self::AMOUNT)
		}))
	}

	fn is_verified(&self, event: &RuntimeEvent, load: &LoadSet) -> bool {
		matches!(
			event,
			RuntimeEvent::Balances(pallet_balances::Event::Transfer { from, .. }) if load.contains(from)
		)
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use crate::chain::ChainInfo;
	use arete_runtime::{Address, Runtime, UncheckedExtrinsic};
	use codec::Decode;
	use frame_system::ChainContext;
	use sp_runtime::{
		generic::{ExtrinsicFormat, Preamble},
		traits::Checkable,
	};

	/// A pre-signed transfer decodes as a signed extrinsic of its load account, with the right
	/// nonce and call, and passes the runtime's own signature check (`Checkable::check`, which
	/// recomputes the implicit payload from storage and the runtime version): the implicit data
	/// the tool fills in by hand is the runtime's.
	#[test]
	fn a_presigned_transfer_is_a_valid_signed_extrinsic_of_its_account() {
		let genesis = arete_runtime::Hash::repeat_byte(0x47);
		let chain = ChainInfo {
			genesis,
			spec_version: arete_runtime::VERSION.spec_version,
			tx_version: arete_runtime::VERSION.transaction_version,
		};
		let mut accounts = accounts::derive(3).unwrap();
		accounts[1].nonce = 5;
		let stock = Transfer.presign(&chain, &mut accounts, 7).unwrap();

		// Round-robin: accounts 0, 1, 2, 0, 1, 2, 0; every account's nonce moved past its stock.
		assert_eq!(stock.senders, vec![0, 1, 2, 0, 1, 2, 0]);
		assert_eq!(accounts.iter().map(|a| a.nonce).collect::<Vec<_>>(), vec![3, 7, 2]);

		// The fourth extrinsic is account 1's second one: nonce 6, paying account 2.
		let xt = UncheckedExtrinsic::decode(&mut &stock.xts[4][..]).unwrap();
		let Preamble::Signed(Address::Id(ref signer), _, ref extension) = xt.preamble else {
			panic!("not a signed extrinsic: {:?}", xt.preamble)
		};
		assert_eq!(*signer, accounts[1].id);
		assert_eq!(extension.5 .0, 6);
		assert_eq!(xt.function, Transfer::call(&accounts, 1));

		sp_io::TestExternalities::default().execute_with(|| {
			frame_system::BlockHash::<Runtime>::insert(0, genesis);
			let checked = xt.clone().check(&ChainContext::<Runtime>::default()).unwrap();
			assert!(
				matches!(checked.format, ExtrinsicFormat::Signed(ref who, _) if *who == accounts[1].id)
			);

			// Signed for another chain, the same extrinsic fails the check.
			frame_system::BlockHash::<Runtime>::insert(0, arete_runtime::Hash::repeat_byte(1));
			assert!(xt.check(&ChainContext::<Runtime>::default()).is_err());
		});

		// The encoding is what the submitter sends: the same bytes come back out.
		let first = UncheckedExtrinsic::decode(&mut &stock.xts[0][..]).unwrap();
		assert_eq!(codec::Encode::encode(&first), stock.xts[0]);
	}
}
