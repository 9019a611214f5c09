//! The credit economy in the runtime: genesis participants, and fee-free credit actions through
//! the runtime's real transaction extensions (`TxExtension`, with `FeelessCredits` around
//! `ChargeTransactionPayment`).

use frame_support::{
	assert_ok,
	traits::{fungible::Inspect, Get},
};
use sp_core::H256;
use sp_genesis_builder::DEV_RUNTIME_PRESET;
use sp_keyring::Sr25519Keyring;
use sp_runtime::{
	transaction_validity::{InvalidTransaction, TransactionValidityError},
	AccountId32,
};

use super::{execute_with_try_state, preset_ext, Applied};
use crate::{
	configs::credits::{CreditsEarlyGrant, CreditsGenesisTotal},
	AccountId, Balances, Credits, Runtime, RuntimeCall, RuntimeEvent, RuntimeOrigin, System,
};

/// Validates, prepares, dispatches and settles `call` from `who` as a signed transaction.
fn submit(who: &AccountId, call: RuntimeCall) -> Applied {
	super::submit_signed(who, call, 0)
}

fn post(n: u64) -> RuntimeCall {
	RuntimeCall::Credits(pallet_credits::Call::post { content: H256::from_low_u64_be(n), parent: None })
}

fn fee_paid_by(who: &AccountId) -> bool {
	System::events().iter().any(|record| {
		matches!(&record.event,
			RuntimeEvent::TransactionPayment(pallet_transaction_payment::Event::TransactionFeePaid { who: payer, .. })
			if payer == who)
	})
}

/// A fresh account holding no ARETE, enrolled by Alice.
fn newcomer() -> AccountId {
	let who = AccountId32::new([42; 32]);
	assert_ok!(Credits::enroll(RuntimeOrigin::signed(Sr25519Keyring::Alice.to_account_id()), who.clone()));
	assert_eq!(Balances::total_balance(&who), 0);
	who
}

#[test]
fn the_credits_domain_is_served_by_the_engine() {
	use pallet_witnesses::VerificationOutcomeHandler;
	type Handlers = <Runtime as pallet_witnesses::Config>::OutcomeHandler;
	let domains = <Handlers as VerificationOutcomeHandler<AccountId>>::domains();
	assert!(domains.contains(&crate::configs::credits::CreditsDomain::get()));
}

#[test]
fn the_development_preset_enrolls_the_six_named_accounts() {
	execute_with_try_state(preset_ext(DEV_RUNTIME_PRESET), || {
		for keyring in [Sr25519Keyring::Alice, Sr25519Keyring::Ferdie] {
			let ledger = pallet_credits::Ledgers::<Runtime>::get(keyring.to_account_id()).expect("enrolled");
			assert_eq!(ledger.content, CreditsEarlyGrant::get());
		}
		let pool = pallet_credits::GenesisPool::<Runtime>::get();
		assert_eq!(pool.available, CreditsGenesisTotal::get() - 6 * CreditsEarlyGrant::get());
		assert_eq!(pallet_credits::ParticipantCount::<Runtime>::get(), 6);
	});
}

#[test]
fn an_account_without_arete_posts_through_the_real_extensions_without_a_fee() {
	execute_with_try_state(preset_ext(DEV_RUNTIME_PRESET), || {
		let who = newcomer();
		let before = Credits::allowance(&who);
		assert_ok!(submit(&who, post(1)).expect("valid").map_err(|e| e.error));
		assert!(!fee_paid_by(&who));
		assert_eq!(Balances::total_balance(&who), 0);
		assert_eq!(Credits::allowance(&who), before - 1);
		assert_eq!(System::account_nonce(&who), 1);
		// Anything else it signs needs a fee it cannot pay.
		let transfer = RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
			dest: Sr25519Keyring::Bob.to_account_id().into(),
			value: 1,
		});
		assert_eq!(submit(&who, transfer), Err(TransactionValidityError::Invalid(InvalidTransaction::Payment)));
	});
}

#[test]
fn a_flood_from_one_account_stops_at_its_allowance_while_others_get_in() {
	execute_with_try_state(preset_ext(DEV_RUNTIME_PRESET), || {
		let flooder = newcomer();
		let allowance = <Runtime as pallet_credits::Config>::MaxAllowance::get();
		let attempts = allowance + 50;
		let mut included = 0u32;
		let mut refused = 0u32;
		let charlie = Sr25519Keyring::Charlie.to_account_id();
		let bob = Sr25519Keyring::Bob.to_account_id();
		let mut others = 0u32;
		for n in 0..attempts {
			match submit(&flooder, post(u64::from(n))) {
				Ok(_) => included += 1,
				Err(TransactionValidityError::Invalid(InvalidTransaction::Payment)) => refused += 1,
				Err(other) => panic!("unexpected refusal {other:?}"),
			}
			// Every tenth attempt, Charlie posts fee-free and Bob pays for a transfer.
			if n % 10 == 0 {
				let charlie_post = post(1_000_000 + u64::from(n));
				assert_ok!(submit(&charlie, charlie_post).expect("Charlie's post is valid").map_err(|e| e.error));
				let transfer = RuntimeCall::Balances(pallet_balances::Call::transfer_keep_alive {
					dest: charlie.clone().into(),
					value: crate::currency::ARETE,
				});
				assert_ok!(submit(&bob, transfer).expect("Bob's transfer is valid").map_err(|e| e.error));
				others += 2;
			}
		}
		println!(
			"fee-free flood in one block: {attempts} attempts from one account without ARETE, {included} included, \
			 {refused} refused (allowance {allowance}); {others} transactions of two other accounts all included"
		);
		assert_eq!((included, refused), (allowance, attempts - allowance));
		assert!(fee_paid_by(&bob));
		assert!(!fee_paid_by(&charlie) && !fee_paid_by(&flooder));
		assert_eq!(Balances::total_balance(&flooder), 0);
	});
}

#[test]
fn a_funded_participant_pays_once_its_allowance_is_spent() {
	execute_with_try_state(preset_ext(DEV_RUNTIME_PRESET), || {
		let bob = Sr25519Keyring::Bob.to_account_id();
		pallet_credits::Allowances::<Runtime>::insert(&bob, pallet_credits::Allowance { left: 0, at: 1 });
		let before = Balances::balance(&bob);
		assert_ok!(submit(&bob, post(7)).expect("valid").map_err(|e| e.error));
		assert!(fee_paid_by(&bob));
		assert!(Balances::balance(&bob) < before);
	});
}

#[test]
fn a_failing_fee_free_call_uses_its_action_up() {
	execute_with_try_state(preset_ext(DEV_RUNTIME_PRESET), || {
		let who = newcomer();
		let before = Credits::allowance(&who);
		let tip = RuntimeCall::Credits(pallet_credits::Call::tip { post: H256::zero(), amount: 1 });
		let result = submit(&who, tip).expect("valid: fee-free");
		assert_eq!(result.map_err(|e| e.error), Err(pallet_credits::Error::<Runtime>::PostNotFound.into()));
		assert_eq!(Credits::allowance(&who), before - 1);
		assert!(!fee_paid_by(&who));
	});
}

mod nodes {
	//! Node credits through the real witness network: a hosting proof verified by a drawn
	//! swarm, and an uptime proof the swarm rejects, forfeiting the node's bond.

	use frame_support::{assert_ok, traits::Get};
	use pallet_witnesses::Role;
	use sp_core::H256;
	use sp_keyring::Sr25519Keyring::*;

	use super::super::witnesses::{
		account, drawn_panel_decides, register, rotate_roster, run_on_dev_chain, run_to,
	};
	use crate::{
		configs::credits::CreditsDomain, Credits, Runtime, RuntimeEvent, RuntimeOrigin, System,
	};

	type CreditsEvent = pallet_credits::Event<Runtime>;

	fn credits_events() -> Vec<CreditsEvent> {
		System::events()
			.into_iter()
			.filter_map(|record| match record.event {
				RuntimeEvent::Credits(event) => Some(event),
				_ => None,
			})
			.collect()
	}

	fn last_proof_request() -> u64 {
		credits_events()
			.into_iter()
			.rev()
			.find_map(|event| match event {
				CreditsEvent::ProofSubmitted { request, .. } => Some(request),
				_ => None,
			})
			.expect("a proof was submitted")
	}

	/// Every member of the swarm of `request` votes `verdict`; the request is final after its
	/// appeal window.
	fn swarm_decides(request: u64, verdict: bool) {
		let appeal: u32 = <Runtime as pallet_credits::Config>::SwarmAppealPeriod::get();
		drawn_panel_decides(CreditsDomain::get(), request, verdict, None, appeal);
	}

	fn witnesses_serve_credits() {
		for who in [Bob, Charlie, Dave] {
			register(who, Role::Judge);
		}
		rotate_roster(CreditsDomain::get());
	}

	#[test]
	fn a_hosting_proof_verified_by_a_drawn_swarm_earns_node_credits() {
		run_on_dev_chain(|| {
			witnesses_serve_credits();
			let ferdie = account(Ferdie);
			assert_ok!(Credits::bond_node(RuntimeOrigin::signed(ferdie.clone())));
			let content = H256::repeat_byte(7);
			// 250 MB: two hosting units.
			assert_ok!(Credits::declare_hosting(RuntimeOrigin::signed(ferdie.clone()), content, 250_000_000));
			assert_ok!(Credits::request_challenge(RuntimeOrigin::signed(ferdie.clone()), content));
			run_to(System::block_number() + 2);
			assert!(Credits::challenge_chunk(&ferdie, &content).is_some());
			assert_ok!(Credits::answer_challenge(RuntimeOrigin::signed(ferdie.clone()), content, H256::repeat_byte(1)));
			let request = last_proof_request();
			let before = pallet_credits::Ledgers::<Runtime>::get(&ferdie).unwrap().node;
			swarm_decides(request, true);
			let earned = pallet_credits::Ledgers::<Runtime>::get(&ferdie).unwrap().node - before;
			assert!(credits_events().iter().any(|e| matches!(e,
				CreditsEvent::ProofVerified { reward, .. } if *reward == earned)));
			// Two units: two hosting rewards of about a credit each.
			assert!(earned > 19 * pallet_credits::CREDIT / 10 && earned <= 2 * pallet_credits::CREDIT, "{earned}");
			assert_eq!(Credits::node_view(&ferdie).expect("a node").hosted_units, 2);
			assert_eq!(pallet_credits::Ledgers::<Runtime>::get(&ferdie).unwrap().pending_proofs, 0);
		});
	}

	#[test]
	fn an_uptime_proof_the_swarm_rejects_forfeits_the_bond() {
		run_on_dev_chain(|| {
			witnesses_serve_credits();
			let eve = account(Eve);
			assert_ok!(Credits::bond_node(RuntimeOrigin::signed(eve.clone())));
			// Heartbeats in the first 20 hours of day 1, then the claim on day 2.
			let day: u32 = <Runtime as pallet_credits::Config>::BlocksPerDay::get();
			for hour in 0..20u32 {
				System::set_block_number(day + hour * day / 24 + 1);
				assert_ok!(Credits::heartbeat(RuntimeOrigin::signed(eve.clone())));
			}
			System::set_block_number(2 * day + 1);
			assert_ok!(Credits::claim_uptime(RuntimeOrigin::signed(eve.clone())));
			let request = last_proof_request();
			let pool = pallet_credits::GenesisPool::<Runtime>::get();
			swarm_decides(request, false);
			assert!(Credits::node_view(&eve).is_none(), "no longer a node");
			let ledger = pallet_credits::Ledgers::<Runtime>::get(&eve).unwrap();
			assert_eq!(ledger.bonded, 0);
			let bond: u128 = <Runtime as pallet_credits::Config>::VerificationBond::get();
			assert_eq!(pallet_credits::GenesisPool::<Runtime>::get().burned, pool.burned + bond / 5);
			assert!(credits_events().iter().any(|e| matches!(e,
				CreditsEvent::ProofRejected { forfeited, .. } if *forfeited == bond)));
		});
	}
}
