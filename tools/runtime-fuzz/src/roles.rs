//! The roles the start state gives the development accounts, so that a run begins with panels
//! to draw, athletes to submit for, nodes to assign and an agent to hire.
//!
//! Alice is the validator and sudo key, and every development account is a credits
//! participant, from the `development` genesis. On top of that, in block 1:
//!
//! | account | role |
//! |---|---|
//! | Bob, Charlie, Dave, Eve, Ferdie and the six `//stash` accounts | witnesses (judge), 1,000 ARETE bonded, in every verification domain |
//! | Alice | the first roster of every domain (its deposit held) |
//! | Alice, Bob, Charlie | athletes in `hackysack` |
//! | Dave, Eve | streaming nodes (execution and storage), 1,000 ARETE staked |
//! | Alice to Ferdie | agreement participants (users) with their sr25519 keys |
//! | Ferdie | an agent with one capability, 500 ARETE staked |

use sp_core::H256;
use sp_keyring::Sr25519Keyring as Key;

use crate::generate::DOMAINS;
use sp_runtime::MultiSignature;

use arete_runtime::{currency::ARETE, AccountId, Runtime, RuntimeCall};

/// The set-up calls, with their signers. Runs inside the chain's externalities.
pub fn calls() -> Vec<(AccountId, RuntimeCall)> {
	let mut calls = Vec::new();
	let witnesses = [
		Key::Bob,
		Key::Charlie,
		Key::Dave,
		Key::Eve,
		Key::Ferdie,
		Key::AliceStash,
		Key::BobStash,
		Key::CharlieStash,
		Key::DaveStash,
		Key::EveStash,
		Key::FerdieStash,
	];
	for key in witnesses {
		calls.push((
			key.to_account_id(),
			RuntimeCall::Witnesses(pallet_witnesses::Call::register {
				role: pallet_witnesses::Role::Judge,
				bond: 1_000 * ARETE,
				domains: DOMAINS.to_vec().try_into().unwrap_or_default(),
			}),
		));
	}
	// Draws need a roster per domain; an agent registers only where one exists.
	for domain in DOMAINS {
		calls.push((
			Key::Alice.to_account_id(),
			RuntimeCall::Witnesses(pallet_witnesses::Call::rotate_roster { domain }),
		));
	}
	for key in [Key::Alice, Key::Bob, Key::Charlie] {
		let name = format!("{key:?}").into_bytes();
		calls.push((
			key.to_account_id(),
			RuntimeCall::Performance(pallet_performance::Call::register_athlete {
				name: name.try_into().unwrap_or_default(),
				sports: vec![b"hackysack".to_vec().try_into().unwrap_or_default()]
					.try_into()
					.unwrap_or_default(),
				nostr_key: None,
			}),
		));
	}
	for key in [Key::Dave, Key::Eve] {
		calls.push((
			key.to_account_id(),
			RuntimeCall::Streaming(pallet_streaming::Call::register_node {
				roles: pallet_streaming::Roles { execution: true, storage: true },
				stake: 1_000 * ARETE,
			}),
		));
	}
	// Agreement participants sign their registration with their own key (the message binds
	// the chain's genesis hash, so this runs inside the chain's externalities).
	for key in [Key::Alice, Key::Bob, Key::Charlie, Key::Dave, Key::Eve, Key::Ferdie] {
		let owner = key.to_account_id();
		let participant_key = pallet_agreements::ParticipantKey::Sr25519(key.public().0);
		let kind = pallet_agreements::ParticipantKind::User;
		let message = pallet_agreements::Pallet::<Runtime>::participant_message(
			&owner,
			kind,
			&participant_key,
		);
		calls.push((
			owner,
			RuntimeCall::Agreements(pallet_agreements::Call::register_participant {
				kind,
				key: participant_key,
				name_hash: H256::repeat_byte(0x33),
				metadata_hash: H256::repeat_byte(0x44),
				key_proof: MultiSignature::Sr25519(key.sign(&message)),
			}),
		));
	}
	calls.push((
		Key::Ferdie.to_account_id(),
		RuntimeCall::Agents(pallet_agents::Call::register_agent {
			metadata: H256::repeat_byte(0x11),
			model: H256::repeat_byte(0x22),
			capabilities: vec![b"summarize".to_vec().try_into().unwrap_or_default()]
				.try_into()
				.unwrap_or_default(),
			price: ARETE,
			sla: pallet_agents::Sla { max_latency_ms: 60_000, min_quality: 5_000 },
			stake: 500 * ARETE,
		}),
	));
	calls
}
