//! Tests of participants, agreements, groups, series and memberships.

#[allow(unused_imports)]
use crate::{mock::*, tests::*, *};
use codec::Encode;
use frame_support::{assert_noop, assert_ok, BoundedVec};
use policy_engine::{ConflictResolution, Dfa, GroupPolicy, SeriesPolicy};
use sp_core::{ecdsa, ed25519, sr25519, Pair, H256};
use sp_runtime::{DispatchResult, MultiSignature, TokenError};

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

/// Every pallet event so far, in order.
fn events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|r| if let RuntimeEvent::AgreementsPallet(e) = r.event { Some(e) } else { None })
		.collect()
}

/// Whether the pallet emitted `event`.
fn emitted(event: Event<Test>) -> bool {
	events().contains(&event)
}

/// `register_participant` with an explicit key and proof (for the refusal paths).
fn register_with(account: u64, kind: ParticipantKind, key: ParticipantKey, proof: MultiSignature) -> DispatchResult {
	AgreementsPallet::register_participant(RuntimeOrigin::signed(account), kind, key, H256::zero(), H256::zero(), proof)
}

/// The sr25519 key proof of `seed` for `(account, kind, key)`.
fn sr_proof(seed: u8, account: u64, kind: ParticipantKind, key: &ParticipantKey) -> MultiSignature {
	MultiSignature::Sr25519(pair(seed).sign(&AgreementsPallet::participant_message(&account, kind, key)))
}

/// Consent signatures of `(participant, seed)` for the agreement `id`.
fn consents(id: &AgreementId, signers: &[(ParticipantId, u8)]) -> ConsentsOf<Test> {
	BoundedVec::try_from(signers.iter().map(|(p, seed)| (*p, consent_signature(*seed, id))).collect::<Vec<_>>()).unwrap()
}

/// `propose_agreement` returning its result (for the refusal paths).
fn try_propose(proposer: u64, terms: TermsOf<Test>, signers: &[(ParticipantId, u8)]) -> DispatchResult {
	let consents = consents(&AgreementsPallet::agreement_id(&proposer, &terms), signers);
	AgreementsPallet::propose_agreement(RuntimeOrigin::signed(proposer), terms, consents)
}

/// A valid agreement lifecycle: TRYOUT -> SIGNED -> RELEASED (terminal).
fn contract_lifecycle() -> Dfa {
	Dfa::new("TRYOUT")
		.with_state("TRYOUT", false, false)
		.with_state("SIGNED", false, true)
		.with_state("RELEASED", true, true)
		.with_transition(None, "TRYOUT", "open", None)
		.with_transition(Some("TRYOUT"), "SIGNED", "sign", None)
		.with_transition(Some("SIGNED"), "RELEASED", "release", None)
}

/// A one-state DFA good for any group or series.
fn simple_dfa() -> Dfa {
	Dfa::new("ACTIVE").with_state("ACTIVE", false, true).with_transition(None, "ACTIVE", "GAME", None)
}

/// The deposit of a policy document or lifecycle on top of `base`.
fn with_bytes(base: u64, document: &PolicyOf<Test>) -> u64 {
	base + document.len() as u64 * BYTE_DEPOSIT
}

/// A second active agreement: producer (account, seed) and validator (account, seed), proposed
/// by the producer's account with both signatures.
struct Other {
	producer: ParticipantId,
	validator: ParticipantId,
	agreement: AgreementId,
}

fn other(producer: (u64, u8), validator: (u64, u8), salt: u8) -> Other {
	let p = register(producer.0, producer.1);
	let v = register(validator.0, validator.1);
	let agreement = propose(producer.0, terms(&[p], &[v], None, salt), &[(p, producer.1), (v, validator.1)]);
	Other { producer: p, validator: v, agreement }
}

/// Creates a stats group owned by the world's agreement (account 2, the team, calls).
fn stats_group_of(w: &World) -> GroupId {
	let id = NextGroupId::<Test>::get();
	assert_ok!(AgreementsPallet::create_group(
		RuntimeOrigin::signed(2),
		w.agreement,
		w.team,
		document(stats_group(), &["minutes_played"]),
		H256::zero()
	));
	id
}

// ---------------------------------------------------------------------------------------------
// Participants
// ---------------------------------------------------------------------------------------------

#[test]
fn register_binds_the_key_to_the_caller_and_holds_a_deposit() {
	test(|| {
		let free = Balances::free_balance(1);
		let id = register_kind(1, 1, ParticipantKind::Org);
		assert_eq!(id, 0);
		assert_eq!(
			Participants::<Test>::get(id),
			Some(Participant {
				owner: 1,
				kind: ParticipantKind::Org,
				key: key(1),
				name_hash: H256::repeat_byte(1),
				metadata_hash: H256::zero(),
				deposit: PARTICIPANT_DEPOSIT,
				agreements: 0,
			})
		);
		assert_eq!(ParticipantByKey::<Test>::get(key(1)), Some(id));
		assert_eq!(held(HoldReason::ParticipantDeposit, 1), PARTICIPANT_DEPOSIT);
		assert_eq!(Balances::free_balance(1), free - PARTICIPANT_DEPOSIT);
		assert_eq!(last_event(), Event::ParticipantRegistered { id, owner: 1, kind: ParticipantKind::Org });
		// Ids count up; one account may own several participants (several keys).
		assert_eq!(register(1, 2), 1);
		assert_eq!(held(HoldReason::ParticipantDeposit, 1), 2 * PARTICIPANT_DEPOSIT);
	});
}

#[test]
fn a_thief_cannot_register_someone_elses_public_key() {
	test(|| {
		let kind = ParticipantKind::User;
		// The thief (account 3) signs the message for the victim's key with its own key.
		assert_noop!(register_with(3, kind, key(1), sr_proof(3, 3, kind, &key(1))), Error::<Test>::InvalidSignature);
		// It replays the victim's genuine proof, made for the victim's account 1.
		let victims_proof = sr_proof(1, 1, kind, &key(1));
		assert_noop!(register_with(3, kind, key(1), victims_proof.clone()), Error::<Test>::InvalidSignature);
		// A proof for one kind does not register another kind, even for the right account.
		assert_noop!(register_with(1, ParticipantKind::Agent, key(1), victims_proof.clone()), Error::<Test>::InvalidSignature);
		// A proof over another key's message (the thief's own) does not carry over either.
		assert_noop!(register_with(3, kind, key(1), sr_proof(1, 3, kind, &key(3))), Error::<Test>::InvalidSignature);
		assert!(ParticipantByKey::<Test>::get(key(1)).is_none());
		// The victim's proof works for the victim.
		assert_ok!(register_with(1, kind, key(1), victims_proof));
		assert_eq!(Participants::<Test>::get(0).unwrap().owner, 1);
	});
}

#[test]
fn a_signature_of_another_scheme_is_refused() {
	test(|| {
		let ed = ed25519::Pair::from_seed(&[7; 32]);
		let ed_key = ParticipantKey::Ed25519(ed.public().0);
		let message = AgreementsPallet::participant_message(&3, ParticipantKind::User, &ed_key);
		// The same 64 signature bytes presented as sr25519 do not verify against an ed25519 key.
		let bytes = ed.sign(&message).0;
		let confused = MultiSignature::Sr25519(sr25519::Signature::from_raw(bytes));
		assert_noop!(register_with(3, ParticipantKind::User, ed_key, confused), Error::<Test>::InvalidSignature);
		assert_ok!(register_with(3, ParticipantKind::User, ed_key, MultiSignature::Ed25519(ed.sign(&message))));
	});
}

#[test]
fn a_key_belongs_to_one_participant() {
	test(|| {
		register(1, 1);
		let kind = ParticipantKind::User;
		// Same account again, and another account with a genuine proof from the key's holder.
		assert_noop!(register_with(1, kind, key(1), sr_proof(1, 1, kind, &key(1))), Error::<Test>::KeyInUse);
		assert_noop!(register_with(2, kind, key(1), sr_proof(1, 2, kind, &key(1))), Error::<Test>::KeyInUse);
		assert_noop!(
			register_with(1, ParticipantKind::Delegate, key(1), sr_proof(1, 1, ParticipantKind::Delegate, &key(1))),
			Error::<Test>::KeyInUse
		);
	});
}

#[test]
fn ed25519_and_ecdsa_participants_register_and_consent() {
	test(|| {
		let ed = ed25519::Pair::from_seed(&[7; 32]);
		let ed_key = ParticipantKey::Ed25519(ed.public().0);
		let ec = ecdsa::Pair::from_seed(&[8; 32]);
		let ec_key = ParticipantKey::Ecdsa(ec.public().0);
		let ed_message = AgreementsPallet::participant_message(&3, ParticipantKind::Agent, &ed_key);
		let ec_message = AgreementsPallet::participant_message(&4, ParticipantKind::Org, &ec_key);
		// Each refuses the other's proof.
		assert_noop!(
			register_with(4, ParticipantKind::Org, ec_key, MultiSignature::Ed25519(ed.sign(&ec_message))),
			Error::<Test>::InvalidSignature
		);
		assert_ok!(register_with(3, ParticipantKind::Agent, ed_key, MultiSignature::Ed25519(ed.sign(&ed_message))));
		assert_ok!(register_with(4, ParticipantKind::Org, ec_key, MultiSignature::Ecdsa(ec.sign(&ec_message))));
		let (ed_id, ec_id) = (0, 1);
		assert_eq!(ParticipantByKey::<Test>::get(ed_key), Some(ed_id));
		assert_eq!(ParticipantByKey::<Test>::get(ec_key), Some(ec_id));
		assert_eq!(Participants::<Test>::get(ec_id).unwrap().kind, ParticipantKind::Org);
		// Their consent signatures verify too: the agreement activates at once.
		let t = terms(&[ed_id], &[ec_id], None, 0);
		let id = AgreementsPallet::agreement_id(&3, &t);
		let message = consent_message(&id);
		let signed = vec![
			(ed_id, MultiSignature::Ed25519(ed.sign(&message))),
			(ec_id, MultiSignature::Ecdsa(ec.sign(&message))),
		];
		// An ECDSA signature over another agreement is refused.
		let wrong = vec![
			(ed_id, MultiSignature::Ed25519(ed.sign(&message))),
			(ec_id, MultiSignature::Ecdsa(ec.sign(&consent_message(&H256::repeat_byte(1))))),
		];
		assert_noop!(
			AgreementsPallet::propose_agreement(RuntimeOrigin::signed(3), t.clone(), BoundedVec::try_from(wrong).unwrap()),
			Error::<Test>::InvalidSignature
		);
		assert_ok!(AgreementsPallet::propose_agreement(RuntimeOrigin::signed(3), t, BoundedVec::try_from(signed).unwrap()));
		assert_eq!(Agreements::<Test>::get(id).unwrap().status, AgreementStatus::Active);
	});
}

#[test]
fn retire_releases_the_deposit_and_frees_the_key() {
	test(|| {
		let free = Balances::free_balance(1);
		let id = register(1, 1);
		assert_ok!(AgreementsPallet::retire_participant(RuntimeOrigin::signed(1), id));
		assert!(Participants::<Test>::get(id).is_none());
		assert!(ParticipantByKey::<Test>::get(key(1)).is_none());
		assert_eq!(held(HoldReason::ParticipantDeposit, 1), 0);
		assert_eq!(Balances::free_balance(1), free);
		assert_eq!(last_event(), Event::ParticipantRetired { id });
		// The key can be registered again, under a new id (ids are never reused).
		assert_eq!(register(1, 1), id + 1);
	});
}

#[test]
fn only_the_owner_retires_an_existing_participant() {
	test(|| {
		let id = register(1, 1);
		assert_noop!(AgreementsPallet::retire_participant(RuntimeOrigin::signed(2), id), Error::<Test>::Unauthorized);
		assert_noop!(AgreementsPallet::retire_participant(RuntimeOrigin::signed(1), 99), Error::<Test>::ParticipantNotFound);
		assert_ok!(AgreementsPallet::retire_participant(RuntimeOrigin::signed(1), id));
		// Retired: gone.
		assert_noop!(AgreementsPallet::retire_participant(RuntimeOrigin::signed(1), id), Error::<Test>::ParticipantNotFound);
	});
}

#[test]
fn a_party_cannot_retire_while_an_agreement_naming_it_is_live_or_unreaped() {
	test(|| {
		let a = register(1, 1);
		let t = register(2, 2);
		let x = register(3, 3);
		// A proposal does not pin its parties (nobody can pin a participant with one): x, named
		// and even consenting, may still retire.
		propose(1, terms(&[a], &[x], None, 9), &[(x, 3)]);
		assert_eq!(Participants::<Test>::get(x).unwrap().agreements, 0);
		// Active: both parties are in use.
		let active = propose(1, terms(&[a], &[t], None, 1), &[(a, 1), (t, 2)]);
		assert_eq!(Participants::<Test>::get(a).unwrap().agreements, 1);
		assert_noop!(AgreementsPallet::retire_participant(RuntimeOrigin::signed(1), a), Error::<Test>::ParticipantInUse);
		assert_noop!(AgreementsPallet::retire_participant(RuntimeOrigin::signed(2), t), Error::<Test>::ParticipantInUse);
		// Terminated but not reaped: still in use.
		assert_ok!(AgreementsPallet::terminate_agreement(RuntimeOrigin::signed(2), active, t));
		assert_noop!(AgreementsPallet::retire_participant(RuntimeOrigin::signed(1), a), Error::<Test>::ParticipantInUse);
		System::set_block_number(100);
		assert_ok!(AgreementsPallet::reap_agreement(RuntimeOrigin::signed(5), active));
		assert_eq!(Participants::<Test>::get(a).unwrap().agreements, 0);
		assert_ok!(AgreementsPallet::retire_participant(RuntimeOrigin::signed(1), a));
		assert_ok!(AgreementsPallet::retire_participant(RuntimeOrigin::signed(2), t));
		assert_ok!(AgreementsPallet::retire_participant(RuntimeOrigin::signed(3), x));
		assert_eq!((1..=3).map(|acc| held(HoldReason::ParticipantDeposit, acc)).sum::<u64>(), 0);
	});
}

#[test]
fn a_party_that_retired_after_consenting_keeps_the_proposal_from_activating() {
	test(|| {
		let a = register(1, 1);
		let t = register(2, 2);
		let id = propose(1, terms(&[a], &[t], None, 0), &[(a, 1)]);
		assert_ok!(AgreementsPallet::retire_participant(RuntimeOrigin::signed(1), a));
		// The last consent would activate an agreement naming a missing participant.
		assert_noop!(AgreementsPallet::consent(RuntimeOrigin::signed(2), id, t), Error::<Test>::ParticipantNotFound);
		assert_eq!(Agreements::<Test>::get(id).unwrap().status, AgreementStatus::Proposed);
		assert_eq!(Participants::<Test>::get(t).unwrap().agreements, 0);
		// New proposals naming it are refused; the stuck one is reaped after its deadline.
		assert_noop!(try_propose(2, terms(&[a], &[t], None, 1), &[(t, 2)]), Error::<Test>::ParticipantNotFound);
		System::set_block_number(100);
		assert_ok!(AgreementsPallet::reap_agreement(RuntimeOrigin::signed(5), id));
		assert_eq!(held(HoldReason::AgreementDeposit, 1), 0);
		assert_eq!(Participants::<Test>::get(t).unwrap().agreements, 0);
	});
}

// ---------------------------------------------------------------------------------------------
// Agreements
// ---------------------------------------------------------------------------------------------

#[test]
fn propose_with_every_signature_activates_and_holds_the_proposers_deposit() {
	test(|| {
		let a = register(1, 1);
		let t = register(2, 2);
		let expected_terms = terms(&[a], &[t], None, 0);
		// The id is the domain-separated hash of the chain, the proposer and the terms.
		let genesis = AgreementsPallet::genesis_hash();
		let expected_id =
			H256(sp_io::hashing::blake2_256(&(prefix::AGREEMENT, genesis, 3u64, &expected_terms).encode()));
		// Anyone may propose: here account 3, who is no party.
		let id = propose(3, expected_terms.clone(), &[(a, 1), (t, 2)]);
		assert_eq!(id, expected_id);
		let stored = Agreements::<Test>::get(id).unwrap();
		assert_eq!(stored.terms, expected_terms);
		assert_eq!(stored.proposer, 3);
		assert_eq!(stored.deposit, AGREEMENT_DEPOSIT);
		assert_eq!(stored.status, AgreementStatus::Active);
		assert_eq!(stored.consented.to_vec(), vec![a, t]);
		assert_eq!(stored.state, None);
		assert_eq!(stored.holdings, 0);
		assert_eq!(stored.created, 1);
		assert_eq!(held(HoldReason::AgreementDeposit, 3), AGREEMENT_DEPOSIT);
		assert_eq!(held(HoldReason::AgreementDeposit, 1), 0);
		assert_eq!(Participants::<Test>::get(a).unwrap().agreements, 1);
		assert_eq!(Participants::<Test>::get(t).unwrap().agreements, 1);
		assert_eq!(
			events()[2..].to_vec(),
			vec![
				Event::AgreementProposed { id, proposer: 3 },
				Event::Consented { id, participant: a },
				Event::Consented { id, participant: t },
				Event::AgreementActivated { id, state: None },
			]
		);
	});
}

#[test]
fn a_lifecycle_costs_its_bytes_and_activation_enters_its_initial_state() {
	test(|| {
		let a = register(1, 1);
		let t = register(2, 2);
		let lifecycle = document(contract_lifecycle(), &[]);
		let id = propose(1, terms(&[a], &[t], Some(lifecycle.clone()), 0), &[(a, 1), (t, 2)]);
		let stored = Agreements::<Test>::get(id).unwrap();
		assert_eq!(stored.deposit, with_bytes(AGREEMENT_DEPOSIT, &lifecycle));
		assert_eq!(held(HoldReason::AgreementDeposit, 1), with_bytes(AGREEMENT_DEPOSIT, &lifecycle));
		assert_eq!(stored.state, Some(name("TRYOUT")));
		assert_eq!(last_event(), Event::AgreementActivated { id, state: Some(name("TRYOUT")) });
	});
}

#[test]
fn partial_signatures_propose_and_the_last_consent_activates() {
	test(|| {
		let a = register(1, 1);
		let t = register(2, 2);
		let id = propose(1, terms(&[a], &[t], Some(document(contract_lifecycle(), &[])), 0), &[(a, 1)]);
		let stored = Agreements::<Test>::get(id).unwrap();
		assert_eq!(stored.status, AgreementStatus::Proposed);
		assert_eq!(stored.consented.to_vec(), vec![a]);
		assert_eq!(stored.state, None);
		// Parties count an agreement only once it is active.
		assert_eq!(Participants::<Test>::get(a).unwrap().agreements, 0);
		assert_eq!(Participants::<Test>::get(t).unwrap().agreements, 0);
		assert!(!emitted(Event::AgreementActivated { id, state: Some(name("TRYOUT")) }));
		// The team consents from its own account.
		assert_ok!(AgreementsPallet::consent(RuntimeOrigin::signed(2), id, t));
		let stored = Agreements::<Test>::get(id).unwrap();
		assert_eq!(stored.status, AgreementStatus::Active);
		assert_eq!(stored.consented.to_vec(), vec![a, t]);
		assert_eq!(stored.state, Some(name("TRYOUT")));
		assert_eq!(Participants::<Test>::get(a).unwrap().agreements, 1);
		assert_eq!(Participants::<Test>::get(t).unwrap().agreements, 1);
		let tail = events();
		assert_eq!(
			tail[tail.len() - 2..].to_vec(),
			vec![Event::Consented { id, participant: t }, Event::AgreementActivated { id, state: Some(name("TRYOUT")) }]
		);
	});
}

#[test]
fn propose_refuses_a_deadline_not_in_the_future() {
	test(|| {
		let a = register(1, 1);
		let t = register(2, 2);
		System::set_block_number(10);
		for deadline in [0, 9, 10] {
			let mut late = terms(&[a], &[t], None, 0);
			late.consent_deadline = deadline;
			assert_noop!(try_propose(1, late, &[(a, 1), (t, 2)]), Error::<Test>::ConsentDeadlinePassed);
		}
		// At most `MaxConsentPeriod` ahead: a far deadline would keep an ended agreement from
		// being reaped for that long.
		for deadline in [10 + MAX_CONSENT_PERIOD + 1, u64::MAX] {
			let mut far = terms(&[a], &[t], None, 0);
			far.consent_deadline = deadline;
			assert_noop!(try_propose(1, far, &[(a, 1), (t, 2)]), Error::<Test>::ConsentDeadlineTooFar);
		}
		for (salt, deadline) in [(0, 11), (1, 10 + MAX_CONSENT_PERIOD)] {
			let mut fine = terms(&[a], &[t], None, salt);
			fine.consent_deadline = deadline;
			assert_ok!(try_propose(1, fine, &[(a, 1), (t, 2)]));
		}
	});
}

#[test]
fn consent_counts_only_before_the_deadline() {
	test(|| {
		let a = register(1, 1);
		let t = register(2, 2);
		let late = propose(1, terms(&[a], &[t], None, 0), &[(a, 1)]);
		let in_time = propose(1, terms(&[a], &[t], None, 1), &[(a, 1)]);
		// The deadline is block 100: the last block to consent is 99.
		System::set_block_number(99);
		assert_ok!(AgreementsPallet::consent(RuntimeOrigin::signed(2), in_time, t));
		assert_eq!(Agreements::<Test>::get(in_time).unwrap().status, AgreementStatus::Active);
		System::set_block_number(100);
		assert_noop!(AgreementsPallet::consent(RuntimeOrigin::signed(2), late, t), Error::<Test>::ConsentDeadlinePassed);
		assert_eq!(Agreements::<Test>::get(late).unwrap().status, AgreementStatus::Proposed);
	});
}

#[test]
fn propose_refuses_an_empty_side_or_a_duplicate_on_one_side() {
	test(|| {
		let a = register(1, 1);
		let b = register(3, 3);
		let t = register(2, 2);
		assert_noop!(try_propose(1, terms(&[], &[t], None, 0), &[]), Error::<Test>::InvalidParties);
		assert_noop!(try_propose(1, terms(&[a], &[], None, 0), &[]), Error::<Test>::InvalidParties);
		assert_noop!(try_propose(1, terms(&[a, b, a], &[t], None, 0), &[]), Error::<Test>::InvalidParties);
		assert_noop!(try_propose(1, terms(&[a], &[t, t], None, 0), &[]), Error::<Test>::InvalidParties);
		// One participant on both sides is one party, who consents once and is counted once.
		let id = propose(1, terms(&[a], &[a], None, 0), &[(a, 1)]);
		assert_eq!(Agreements::<Test>::get(id).unwrap().status, AgreementStatus::Active);
		assert_eq!(Participants::<Test>::get(a).unwrap().agreements, 1);
	});
}

#[test]
fn propose_refuses_unknown_participants() {
	test(|| {
		let a = register(1, 1);
		assert_noop!(try_propose(1, terms(&[a], &[7], None, 0), &[(a, 1)]), Error::<Test>::ParticipantNotFound);
		assert_noop!(try_propose(1, terms(&[7], &[a], None, 0), &[]), Error::<Test>::ParticipantNotFound);
	});
}

#[test]
fn the_same_proposer_cannot_propose_the_same_terms_twice() {
	test(|| {
		let a = register(1, 1);
		let t = register(2, 2);
		let first = propose(1, terms(&[a], &[t], None, 0), &[(a, 1)]);
		// With or without consents.
		assert_noop!(try_propose(1, terms(&[a], &[t], None, 0), &[(a, 1)]), Error::<Test>::AgreementExists);
		assert_noop!(try_propose(1, terms(&[a], &[t], None, 0), &[]), Error::<Test>::AgreementExists);
		// Another salt makes other terms.
		let second = propose(1, terms(&[a], &[t], None, 1), &[(a, 1)]);
		assert_ne!(first, second);
		assert!(Agreements::<Test>::contains_key(first) && Agreements::<Test>::contains_key(second));
		assert_eq!(held(HoldReason::AgreementDeposit, 1), 2 * AGREEMENT_DEPOSIT);
	});
}

#[test]
fn attack_a_front_runner_cannot_take_a_proposals_id_or_signatures() {
	test(|| {
		let a = register(1, 1);
		let t = register(2, 2);
		let honest = terms(&[a], &[t], None, 0);
		let id = AgreementsPallet::agreement_id(&1, &honest);
		let signed = consents(&id, &[(a, 1), (t, 2)]);
		// The attacker (account 5) submits the same terms and signatures first: the id covers
		// the proposer, so the signatures do not verify for its proposal...
		assert_noop!(
			AgreementsPallet::propose_agreement(RuntimeOrigin::signed(5), honest.clone(), signed.clone()),
			Error::<Test>::InvalidSignature
		);
		// ...and an unsigned copy is another agreement, which does not block the honest one.
		assert_ok!(try_propose(5, honest.clone(), &[]));
		let copy = AgreementsPallet::agreement_id(&5, &honest);
		assert_ne!(copy, id);
		assert_ok!(AgreementsPallet::propose_agreement(RuntimeOrigin::signed(1), honest, signed));
		assert_eq!(Agreements::<Test>::get(id).unwrap().status, AgreementStatus::Active);
		assert_eq!(Agreements::<Test>::get(copy).unwrap().status, AgreementStatus::Proposed);
		// The copy never counted against anyone.
		assert_eq!(Participants::<Test>::get(a).unwrap().agreements, 1);
	});
}

#[test]
fn propose_refuses_foreign_duplicate_and_misdirected_signatures() {
	test(|| {
		let a = register(1, 1);
		let t = register(2, 2);
		let stranger = register(3, 3);
		let t0 = terms(&[a], &[t], None, 0);
		let id = AgreementsPallet::agreement_id(&1, &t0);
		let other_id = AgreementsPallet::agreement_id(&1, &terms(&[a], &[t], None, 1));
		let with = |list: Vec<(ParticipantId, MultiSignature)>| {
			AgreementsPallet::propose_agreement(RuntimeOrigin::signed(1), t0.clone(), BoundedVec::try_from(list).unwrap())
		};
		// A non-party's (valid) signature.
		assert_noop!(with(vec![(a, consent_signature(1, &id)), (stranger, consent_signature(3, &id))]), Error::<Test>::NotAParty);
		// The same party twice.
		assert_noop!(with(vec![(a, consent_signature(1, &id)), (a, consent_signature(1, &id))]), Error::<Test>::AlreadyConsented);
		// A's signature of another agreement; A signing in T's place; A's key signing the bare id
		// without the consent prefix.
		assert_noop!(with(vec![(a, consent_signature(1, &other_id))]), Error::<Test>::InvalidSignature);
		assert_noop!(with(vec![(t, consent_signature(1, &id))]), Error::<Test>::InvalidSignature);
		assert_noop!(with(vec![(a, MultiSignature::Sr25519(pair(1).sign(id.as_bytes())))]), Error::<Test>::InvalidSignature);
		assert!(Agreements::<Test>::get(id).is_none());
	});
}

#[test]
fn consent_by_extrinsic_refusals() {
	test(|| {
		let a = register(1, 1);
		let t = register(2, 2);
		let stranger = register(3, 3);
		let id = propose(1, terms(&[a], &[t], None, 0), &[(a, 1)]);
		// Account 1 cannot consent for the team's participant it does not own.
		assert_noop!(AgreementsPallet::consent(RuntimeOrigin::signed(1), id, t), Error::<Test>::Unauthorized);
		// A participant of the caller that is no party.
		assert_noop!(AgreementsPallet::consent(RuntimeOrigin::signed(3), id, stranger), Error::<Test>::NotAParty);
		// The athlete already consented by signature.
		assert_noop!(AgreementsPallet::consent(RuntimeOrigin::signed(1), id, a), Error::<Test>::AlreadyConsented);
		assert_noop!(AgreementsPallet::consent(RuntimeOrigin::signed(2), H256::repeat_byte(9), t), Error::<Test>::AgreementNotFound);
		assert_noop!(AgreementsPallet::consent(RuntimeOrigin::signed(2), id, 99), Error::<Test>::ParticipantNotFound);
		assert_ok!(AgreementsPallet::consent(RuntimeOrigin::signed(2), id, t));
		// Active now: nothing more to consent to.
		assert_noop!(AgreementsPallet::consent(RuntimeOrigin::signed(2), id, t), Error::<Test>::NotProposed);
	});
}

#[test]
fn a_lifecycle_that_is_not_a_valid_dfa_is_refused() {
	test(|| {
		let a = register(1, 1);
		let t = register(2, 2);
		let refused = |lifecycle: PolicyOf<Test>| try_propose(1, terms(&[a], &[t], Some(lifecycle), 0), &[(a, 1), (t, 2)]);
		// Garbage, and a valid document followed by a stray byte.
		assert_noop!(refused(BoundedVec::try_from(vec![0xff, 0x01, 0x02]).unwrap()), Error::<Test>::UndecodablePolicy);
		let mut trailing = document(contract_lifecycle(), &[]).to_vec();
		trailing.push(0);
		assert_noop!(refused(BoundedVec::try_from(trailing).unwrap()), Error::<Test>::UndecodablePolicy);
		// A group policy is not a DFA document.
		assert_noop!(refused(document(stats_group(), &["minutes_played"])), Error::<Test>::UndecodablePolicy);
		// A transition out of the terminal state.
		let from_terminal = contract_lifecycle().with_transition(Some("RELEASED"), "SIGNED", "rehire", None);
		assert_noop!(refused(document(from_terminal, &[])), Error::<Test>::InvalidPolicy);
		// An initial state that is no state.
		let mut unknown_initial = contract_lifecycle();
		unknown_initial.initial = "NOWHERE".into();
		assert_noop!(refused(document(unknown_initial, &[])), Error::<Test>::InvalidPolicy);
		// A guard reading an undeclared variable; declaring it makes the lifecycle valid.
		let guarded = Dfa::new("TRYOUT")
			.with_state("TRYOUT", false, false)
			.with_state("SIGNED", false, true)
			.with_transition(None, "TRYOUT", "open", None)
			.with_transition(Some("TRYOUT"), "SIGNED", "sign", Some(guard(r#"{">": [{"var": "salary"}, 0]}"#)));
		assert_noop!(refused(document(guarded.clone(), &[])), Error::<Test>::InvalidPolicy);
		// A state name longer than a stored name (32 bytes).
		let long = "S".repeat(33);
		let long_state = Dfa::new(long.as_str()).with_state(long.as_str(), false, true).with_transition(None, long.as_str(), "open", None);
		assert_noop!(refused(document(long_state, &[])), Error::<Test>::InvalidPolicy);
		assert_ok!(refused(document(guarded, &["salary"])));
	});
}

#[test]
fn propose_and_register_need_funds_for_their_deposits() {
	test(|| {
		let a = register(1, 1);
		let t = register(2, 2);
		// Account 50 has nothing.
		assert_noop!(
			register_with(50, ParticipantKind::User, key(50), sr_proof(50, 50, ParticipantKind::User, &key(50))),
			TokenError::FundsUnavailable
		);
		assert_noop!(try_propose(50, terms(&[a], &[t], None, 0), &[(a, 1), (t, 2)]), TokenError::FundsUnavailable);
	});
}

#[test]
fn only_the_proposer_withdraws_and_only_a_proposal() {
	test(|| {
		let a = register(1, 1);
		let t = register(2, 2);
		let free = Balances::free_balance(1);
		let id = propose(1, terms(&[a], &[t], None, 0), &[(a, 1)]);
		assert_eq!(Balances::free_balance(1), free - AGREEMENT_DEPOSIT);
		// Not even a party other than the proposer may withdraw.
		assert_noop!(AgreementsPallet::withdraw_proposal(RuntimeOrigin::signed(2), id), Error::<Test>::Unauthorized);
		assert_ok!(AgreementsPallet::withdraw_proposal(RuntimeOrigin::signed(1), id));
		assert!(Agreements::<Test>::get(id).is_none());
		assert_eq!(held(HoldReason::AgreementDeposit, 1), 0);
		assert_eq!(Balances::free_balance(1), free);
		assert_eq!(Participants::<Test>::get(a).unwrap().agreements, 0);
		assert_eq!(Participants::<Test>::get(t).unwrap().agreements, 0);
		assert_eq!(last_event(), Event::ProposalWithdrawn { id });
		assert_noop!(AgreementsPallet::withdraw_proposal(RuntimeOrigin::signed(1), id), Error::<Test>::AgreementNotFound);
		// An active agreement is not withdrawn.
		let active = propose(1, terms(&[a], &[t], None, 1), &[(a, 1), (t, 2)]);
		assert_noop!(AgreementsPallet::withdraw_proposal(RuntimeOrigin::signed(1), active), Error::<Test>::NotProposed);
	});
}

#[test]
fn only_a_validators_account_terminates_an_active_agreement_without_lifecycle() {
	test(|| {
		let w = world();
		// The producer, with its own participant or naming the validator's.
		assert_noop!(AgreementsPallet::terminate_agreement(RuntimeOrigin::signed(1), w.agreement, w.athlete), Error::<Test>::Unauthorized);
		assert_noop!(AgreementsPallet::terminate_agreement(RuntimeOrigin::signed(1), w.agreement, w.team), Error::<Test>::Unauthorized);
		System::set_block_number(7);
		assert_ok!(AgreementsPallet::terminate_agreement(RuntimeOrigin::signed(2), w.agreement, w.team));
		assert_eq!(Agreements::<Test>::get(w.agreement).unwrap().status, AgreementStatus::Terminated { at: 7 });
		assert_eq!(last_event(), Event::AgreementTerminated { id: w.agreement });
		assert_noop!(AgreementsPallet::terminate_agreement(RuntimeOrigin::signed(2), w.agreement, w.team), Error::<Test>::NotActive);
		// A proposal is not active.
		let proposed = propose(1, terms(&[w.athlete], &[w.team], None, 1), &[(w.athlete, 1)]);
		assert_noop!(AgreementsPallet::terminate_agreement(RuntimeOrigin::signed(2), proposed, w.team), Error::<Test>::NotActive);
		// With a lifecycle, only its events end it.
		let with_lifecycle =
			propose(1, terms(&[w.athlete], &[w.team], Some(document(contract_lifecycle(), &[])), 2), &[(w.athlete, 1), (w.team, 2)]);
		assert_noop!(
			AgreementsPallet::terminate_agreement(RuntimeOrigin::signed(2), with_lifecycle, w.team),
			Error::<Test>::HasLifecycle
		);
		assert_noop!(
			AgreementsPallet::terminate_agreement(RuntimeOrigin::signed(2), H256::repeat_byte(9), w.team),
			Error::<Test>::AgreementNotFound
		);
	});
}

#[test]
fn reap_refuses_live_agreements_and_reaps_expired_proposals() {
	test(|| {
		let w = world();
		assert_noop!(AgreementsPallet::reap_agreement(RuntimeOrigin::signed(5), w.agreement), Error::<Test>::AgreementInUse);
		let proposed = propose(1, terms(&[w.athlete], &[w.team], None, 1), &[(w.athlete, 1)]);
		assert_eq!(held(HoldReason::AgreementDeposit, 1), 2 * AGREEMENT_DEPOSIT);
		System::set_block_number(99);
		assert_noop!(AgreementsPallet::reap_agreement(RuntimeOrigin::signed(5), proposed), Error::<Test>::ConsentDeadlineNotPassed);
		System::set_block_number(100);
		// Anyone reaps it; the proposer gets its deposit back.
		assert_ok!(AgreementsPallet::reap_agreement(RuntimeOrigin::signed(5), proposed));
		assert!(Agreements::<Test>::get(proposed).is_none());
		assert_eq!(held(HoldReason::AgreementDeposit, 1), AGREEMENT_DEPOSIT);
		assert_eq!(Participants::<Test>::get(w.team).unwrap().agreements, 1);
		assert_eq!(last_event(), Event::AgreementReaped { id: proposed });
		// The active one, past its deadline, is still in use.
		assert_noop!(AgreementsPallet::reap_agreement(RuntimeOrigin::signed(5), w.agreement), Error::<Test>::AgreementInUse);
		assert_noop!(AgreementsPallet::reap_agreement(RuntimeOrigin::signed(5), proposed), Error::<Test>::AgreementNotFound);
	});
}

#[test]
fn a_terminated_agreement_is_reaped_once_its_deadline_passed() {
	test(|| {
		let w = world();
		assert_ok!(AgreementsPallet::terminate_agreement(RuntimeOrigin::signed(2), w.agreement, w.team));
		assert_noop!(AgreementsPallet::reap_agreement(RuntimeOrigin::signed(5), w.agreement), Error::<Test>::ConsentDeadlineNotPassed);
		System::set_block_number(100);
		assert_ok!(AgreementsPallet::reap_agreement(RuntimeOrigin::signed(5), w.agreement));
		assert_eq!(held(HoldReason::AgreementDeposit, 1), 0);
		assert_eq!(Participants::<Test>::get(w.athlete).unwrap().agreements, 0);
	});
}

/// Registers 8 producers (seeds 10..18) and 8 validators (seeds 30..38), all distinct, spread
/// over accounts 1..=6: the most parties an agreement can have.
fn sixteen_parties() -> (Vec<(ParticipantId, u8)>, Vec<(ParticipantId, u8)>) {
	let producers = (10..18u8).map(|seed| (register(1 + u64::from(seed % 6), seed), seed)).collect();
	let validators = (30..38u8).map(|seed| (register(1 + u64::from(seed % 6), seed), seed)).collect();
	(producers, validators)
}

fn ids(signers: &[(ParticipantId, u8)]) -> Vec<ParticipantId> {
	signers.iter().map(|(p, _)| *p).collect()
}

/// Regression: `consented` was bounded by `MaxParties` (8) although both sides together name up
/// to 16 distinct parties, so the 9th consent failed and such an agreement never activated.
#[test]
fn sixteen_distinct_parties_can_all_sign_at_proposal() {
	test(|| {
		let (producers, validators) = sixteen_parties();
		let t = terms(&ids(&producers), &ids(&validators), None, 0);
		let all: Vec<_> = producers.iter().chain(validators.iter()).copied().collect();
		let id = propose(1, t, &all);
		let stored = Agreements::<Test>::get(id).unwrap();
		assert_eq!(stored.status, AgreementStatus::Active);
		assert_eq!(stored.consented.len(), 16);
	});
}

/// Regression (as above), through the consent extrinsic: 15 signatures, then the last party.
#[test]
fn the_sixteenth_partys_consent_activates_the_largest_agreement() {
	test(|| {
		let (producers, validators) = sixteen_parties();
		let t = terms(&ids(&producers), &ids(&validators), None, 0);
		let (last, last_seed) = validators[7];
		let early: Vec<_> = producers.iter().chain(validators[..7].iter()).copied().collect();
		let id = propose(1, t, &early);
		assert_eq!(Agreements::<Test>::get(id).unwrap().status, AgreementStatus::Proposed);
		assert_eq!(Agreements::<Test>::get(id).unwrap().consented.len(), 15);
		let owner = 1 + u64::from(last_seed % 6);
		assert_ok!(AgreementsPallet::consent(RuntimeOrigin::signed(owner), id, last));
		assert_eq!(Agreements::<Test>::get(id).unwrap().status, AgreementStatus::Active);
		assert_eq!(last_event(), Event::AgreementActivated { id, state: None });
	});
}

// ---------------------------------------------------------------------------------------------
// Attacks
// ---------------------------------------------------------------------------------------------

#[test]
fn attack_consents_of_a_reaped_agreement_cannot_be_replayed() {
	test(|| {
		let w = world();
		let original = terms(&[w.athlete], &[w.team], None, 0);
		let signed = consents(&w.agreement, &[(w.athlete, 1), (w.team, 2)]);
		assert_ok!(AgreementsPallet::terminate_agreement(RuntimeOrigin::signed(2), w.agreement, w.team));
		// While it is stored, its proposer cannot propose its terms again; anyone else's
		// proposal has another id, which the signatures do not cover.
		assert_noop!(
			AgreementsPallet::propose_agreement(RuntimeOrigin::signed(1), original.clone(), signed.clone()),
			Error::<Test>::AgreementExists
		);
		assert_noop!(
			AgreementsPallet::propose_agreement(RuntimeOrigin::signed(5), original.clone(), signed.clone()),
			Error::<Test>::InvalidSignature
		);
		// It can only be reaped once the consent deadline has passed...
		assert_noop!(AgreementsPallet::reap_agreement(RuntimeOrigin::signed(5), w.agreement), Error::<Test>::ConsentDeadlineNotPassed);
		System::set_block_number(100);
		assert_ok!(AgreementsPallet::reap_agreement(RuntimeOrigin::signed(5), w.agreement));
		// ...by which time the old signatures no longer make it live again.
		assert_noop!(
			AgreementsPallet::propose_agreement(RuntimeOrigin::signed(1), original.clone(), signed.clone()),
			Error::<Test>::ConsentDeadlinePassed
		);
		// Moving the deadline changes the id, so the old signatures no longer verify.
		let mut moved = original;
		moved.consent_deadline = 200;
		assert_noop!(
			AgreementsPallet::propose_agreement(RuntimeOrigin::signed(1), moved, signed),
			Error::<Test>::InvalidSignature
		);
		assert!(Agreements::<Test>::get(w.agreement).is_none());
	});
}

#[test]
fn attack_a_stranger_cannot_take_over_a_group_or_act_for_others() {
	test(|| {
		let w = world();
		let (group, series) = group_and_series(&w, stats_group(), stats_series(), &["minutes_played"]);
		let member = other((3, 3), (4, 4), 1);
		assert_ok!(AgreementsPallet::request_membership(RuntimeOrigin::signed(3), group, member.agreement, member.producer));
		assert_ok!(AgreementsPallet::admit_member(RuntimeOrigin::signed(2), group, member.agreement, w.team));
		// The stranger (account 5) has a participant and a one-party agreement of its own.
		let s = register(5, 5);
		let own = propose(5, terms(&[s], &[s], None, 9), &[(s, 5)]);
		let policy = document(stats_group(), &["minutes_played"]);
		// No group on the world's agreement, with its own participant or naming the team's.
		assert_noop!(AgreementsPallet::create_group(RuntimeOrigin::signed(5), w.agreement, s, policy.clone(), H256::zero()), Error::<Test>::Unauthorized);
		assert_noop!(AgreementsPallet::create_group(RuntimeOrigin::signed(5), w.agreement, w.team, policy, H256::zero()), Error::<Test>::Unauthorized);
		// No series in the world's group.
		let series_policy = document(stats_series(), &[]);
		assert_noop!(AgreementsPallet::create_series(RuntimeOrigin::signed(5), group, s, series_policy.clone(), H256::zero()), Error::<Test>::Unauthorized);
		assert_noop!(AgreementsPallet::create_series(RuntimeOrigin::signed(5), group, w.team, series_policy, H256::zero()), Error::<Test>::Unauthorized);
		// It may ask to join for its own agreement (paying), but not for an agreement it is no
		// party to, and it cannot admit itself.
		assert_noop!(AgreementsPallet::request_membership(RuntimeOrigin::signed(5), group, w.agreement, s), Error::<Test>::Unauthorized);
		assert_ok!(AgreementsPallet::request_membership(RuntimeOrigin::signed(5), group, own, s));
		assert_noop!(AgreementsPallet::admit_member(RuntimeOrigin::signed(5), group, own, s), Error::<Test>::Unauthorized);
		assert_noop!(AgreementsPallet::admit_member(RuntimeOrigin::signed(5), group, own, w.team), Error::<Test>::Unauthorized);
		assert_eq!(Memberships::<Test>::get(group, own).unwrap().status, MembershipStatus::Pending);
		// Pending is not a member: it cannot mint in the group's series.
		let c = content(own, "GAME", H256::zero(), 1, r#"{"minutes_played": 1}"#, vec![mint(series, 1, None, "ACTIVE")]);
		assert_noop!(submit(c, &[(s, 5)]), Error::<Test>::NotMember);
		// It cannot expel a member, with its own participant or naming a party's.
		assert_noop!(AgreementsPallet::leave_group(RuntimeOrigin::signed(5), group, member.agreement, s), Error::<Test>::Unauthorized);
		assert_noop!(AgreementsPallet::leave_group(RuntimeOrigin::signed(5), group, member.agreement, member.producer), Error::<Test>::Unauthorized);
		assert_noop!(AgreementsPallet::leave_group(RuntimeOrigin::signed(5), group, member.agreement, w.team), Error::<Test>::Unauthorized);
		// Nor consent, withdraw, terminate or retire for others.
		let proposal = propose(1, terms(&[w.athlete], &[w.team], None, 1), &[(w.athlete, 1)]);
		assert_noop!(AgreementsPallet::consent(RuntimeOrigin::signed(5), proposal, w.team), Error::<Test>::Unauthorized);
		assert_noop!(AgreementsPallet::withdraw_proposal(RuntimeOrigin::signed(5), proposal), Error::<Test>::Unauthorized);
		assert_noop!(AgreementsPallet::terminate_agreement(RuntimeOrigin::signed(5), w.agreement, w.team), Error::<Test>::Unauthorized);
		assert_noop!(AgreementsPallet::terminate_agreement(RuntimeOrigin::signed(5), w.agreement, s), Error::<Test>::Unauthorized);
		assert_noop!(AgreementsPallet::retire_participant(RuntimeOrigin::signed(5), w.team), Error::<Test>::Unauthorized);
		assert_eq!(Memberships::<Test>::get(group, member.agreement).unwrap().status, MembershipStatus::Active);
	});
}

#[test]
fn attack_fresh_accounts_pay_a_deposit_for_every_request_while_it_lives() {
	test(|| {
		let w = world();
		let group = stats_group_of(&w);
		let owner_holds = (held(HoldReason::GroupDeposit, 2), held(HoldReason::TokenDeposit, 2));
		// To ask to join, a fresh account needs a participant, an active agreement it is party
		// to (here one participant on both sides), and the request: three deposits.
		let cost = PARTICIPANT_DEPOSIT + AGREEMENT_DEPOSIT + MEMBERSHIP_DEPOSIT;
		let mut joined = Vec::new();
		for i in 0..20u8 {
			let account = 100 + u64::from(i);
			let seed = 100 + i;
			// Funded with exactly the deposits plus the existential deposit.
			assert_ok!(Balances::transfer_allow_death(RuntimeOrigin::signed(5), account, cost + ED));
			let p = register(account, seed);
			let agreement = propose(account, terms(&[p], &[p], None, seed), &[(p, seed)]);
			assert_ok!(AgreementsPallet::request_membership(RuntimeOrigin::signed(account), group, agreement, p));
			assert_eq!(Balances::free_balance(account), ED);
			joined.push((account, p, agreement));
		}
		let total = |reason: HoldReason| joined.iter().map(|(a, _, _)| held(reason.clone(), *a)).sum::<u64>();
		assert_eq!(total(HoldReason::ParticipantDeposit), 20 * PARTICIPANT_DEPOSIT);
		assert_eq!(total(HoldReason::AgreementDeposit), 20 * AGREEMENT_DEPOSIT);
		assert_eq!(total(HoldReason::MembershipDeposit), 20 * MEMBERSHIP_DEPOSIT);
		assert_eq!(Groups::<Test>::get(group).unwrap().members, 21);
		// The group's owner pays nothing for the requests.
		assert_eq!((held(HoldReason::GroupDeposit, 2), held(HoldReason::TokenDeposit, 2)), owner_holds);
		// One unit short, the last deposit cannot be held.
		assert_ok!(Balances::transfer_allow_death(RuntimeOrigin::signed(5), 200, cost + ED - 1));
		let poor = register(200, 200);
		let poor_agreement = propose(200, terms(&[poor], &[poor], None, 200), &[(poor, 200)]);
		assert_noop!(
			AgreementsPallet::request_membership(RuntimeOrigin::signed(200), group, poor_agreement, poor),
			TokenError::FundsUnavailable
		);
		// Leaving releases each request's deposit; ending, reaping and retiring the rest.
		System::set_block_number(100);
		for (account, p, agreement) in joined {
			assert_ok!(AgreementsPallet::leave_group(RuntimeOrigin::signed(account), group, agreement, p));
			assert_eq!(held(HoldReason::MembershipDeposit, account), 0);
			assert_eq!(Balances::free_balance(account), ED + MEMBERSHIP_DEPOSIT);
			assert_ok!(AgreementsPallet::terminate_agreement(RuntimeOrigin::signed(account), agreement, p));
			assert_ok!(AgreementsPallet::reap_agreement(RuntimeOrigin::signed(account), agreement));
			assert_ok!(AgreementsPallet::retire_participant(RuntimeOrigin::signed(account), p));
			assert_eq!(Balances::free_balance(account), cost + ED);
		}
		assert_eq!(Groups::<Test>::get(group).unwrap().members, 1);
	});
}

/// Anyone may propose an agreement naming any participants. If proposals counted against their
/// parties, a stranger's proposal would pin a participant (and its deposit) until its deadline.
#[test]
fn attack_a_strangers_proposals_cannot_pin_a_participant() {
	test(|| {
		let victim = register(1, 1);
		let attacker = register(5, 5);
		for salt in 0..3 {
			let mut pinning = terms(&[attacker], &[victim], None, salt);
			pinning.consent_deadline = 1 + MAX_CONSENT_PERIOD;
			assert_ok!(try_propose(5, pinning, &[(attacker, 5)]));
		}
		assert_eq!(Participants::<Test>::get(victim).unwrap().agreements, 0);
		// The victim never consented to anything: it leaves with its deposit.
		assert_ok!(AgreementsPallet::retire_participant(RuntimeOrigin::signed(1), victim));
		assert_eq!(held(HoldReason::ParticipantDeposit, 1), 0);
		// The attacker's deposits stay held until it withdraws its proposals.
		assert_eq!(held(HoldReason::AgreementDeposit, 5), 3 * AGREEMENT_DEPOSIT);
	});
}

// ---------------------------------------------------------------------------------------------
// Groups and series
// ---------------------------------------------------------------------------------------------

#[test]
fn create_group_holds_a_deposit_and_makes_the_owner_an_active_member() {
	test(|| {
		let w = world();
		let policy = document(stats_group(), &["minutes_played"]);
		let group = NextGroupId::<Test>::get();
		let token = NextTokenId::<Test>::get();
		assert_ok!(AgreementsPallet::create_group(RuntimeOrigin::signed(2), w.agreement, w.team, policy.clone(), H256::repeat_byte(9)));
		let deposit = with_bytes(GROUP_DEPOSIT, &policy);
		assert_eq!(
			Groups::<Test>::get(group),
			Some(Group { owner: w.agreement, policy, name_hash: H256::repeat_byte(9), depositor: 2, deposit, series: 0, members: 1 })
		);
		assert_eq!(held(HoldReason::GroupDeposit, 2), deposit);
		// The owner's membership costs no membership deposit, only its token's.
		assert_eq!(
			Memberships::<Test>::get(group, w.agreement),
			Some(Membership { status: MembershipStatus::Active, token: Some(token), depositor: 2, deposit: 0 })
		);
		assert_eq!(held(HoldReason::MembershipDeposit, 2), 0);
		let stored = Tokens::<Test>::get(token).unwrap();
		assert_eq!(stored.class, TokenClass::Membership(group));
		assert_eq!(stored.owner, w.agreement);
		assert_eq!(stored.quantity, 1);
		assert_eq!(stored.state, name("ACTIVE"));
		assert_eq!(stored.behavior, 0);
		assert_eq!((stored.depositor, stored.deposit), (2, TOKEN_DEPOSIT));
		assert_eq!(held(HoldReason::TokenDeposit, 2), TOKEN_DEPOSIT);
		assert!(TokensByOwner::<Test>::contains_key(w.agreement, token));
		// The group, the membership and its token.
		assert_eq!(Agreements::<Test>::get(w.agreement).unwrap().holdings, 3);
		let tail = events();
		assert_eq!(
			tail[tail.len() - 3..].to_vec(),
			vec![
				Event::GroupCreated { id: group, owner: w.agreement },
				Event::TokenMinted { id: token, class: TokenClass::Membership(group), owner: w.agreement, quantity: 1 },
				Event::MemberAdmitted { group, agreement: w.agreement, token },
			]
		);
	});
}

#[test]
fn create_group_is_for_a_validator_of_an_active_agreement() {
	test(|| {
		let w = world();
		let policy = document(stats_group(), &["minutes_played"]);
		let create = |account: u64, owner: AgreementId, validator: ParticipantId| {
			AgreementsPallet::create_group(RuntimeOrigin::signed(account), owner, validator, policy.clone(), H256::zero())
		};
		// The producer is no validator.
		assert_noop!(create(1, w.agreement, w.athlete), Error::<Test>::Unauthorized);
		let proposed = propose(1, terms(&[w.athlete], &[w.team], None, 1), &[(w.athlete, 1)]);
		assert_noop!(create(2, proposed, w.team), Error::<Test>::NotActive);
		let ended = propose(1, terms(&[w.athlete], &[w.team], None, 2), &[(w.athlete, 1), (w.team, 2)]);
		assert_ok!(AgreementsPallet::terminate_agreement(RuntimeOrigin::signed(2), ended, w.team));
		assert_noop!(create(2, ended, w.team), Error::<Test>::NotActive);
		assert_noop!(create(2, H256::repeat_byte(9), w.team), Error::<Test>::AgreementNotFound);
		assert!(Groups::<Test>::get(0).is_none());
	});
}

#[test]
fn create_group_refuses_undecodable_and_invalid_policies() {
	test(|| {
		let w = world();
		let create = |policy: PolicyOf<Test>| {
			AgreementsPallet::create_group(RuntimeOrigin::signed(2), w.agreement, w.team, policy, H256::zero())
		};
		assert_noop!(create(BoundedVec::try_from(vec![1, 2, 3, 4, 5, 6, 7]).unwrap()), Error::<Test>::UndecodablePolicy);
		assert_noop!(create(BoundedVec::new()), Error::<Test>::UndecodablePolicy);
		// A DFA with a dead state: STUCK is not accepting and leads nowhere.
		let mut dead = stats_group();
		dead.dfa = Some(simple_dfa().with_state("STUCK", false, false).with_transition(Some("ACTIVE"), "STUCK", "jam", None));
		assert_noop!(create(document(dead, &["minutes_played"])), Error::<Test>::InvalidPolicy);
		// A transition out of a terminal state.
		let mut from_terminal = stats_group();
		from_terminal.dfa = Some(
			simple_dfa()
				.with_state("DONE", true, true)
				.with_transition(Some("ACTIVE"), "DONE", "end", None)
				.with_transition(Some("DONE"), "ACTIVE", "revive", None),
		);
		assert_noop!(create(document(from_terminal, &["minutes_played"])), Error::<Test>::InvalidPolicy);
		// The validation rule reads `minutes_played`, which must be declared.
		assert_noop!(create(document(stats_group(), &[])), Error::<Test>::InvalidPolicy);
		assert_noop!(create(document(stats_group(), &["minutes"])), Error::<Test>::InvalidPolicy);
		// Reserved keys are always known.
		let mut reserved = stats_group();
		reserved.validation = Some(guard(r#"{">": [{"var": "current_supply"}, -1]}"#));
		assert_ok!(create(document(reserved, &[])));
		assert_eq!(NextGroupId::<Test>::get(), 1);
	});
}

/// A group with a one-state DFA and the given quantity rules.
fn quantity_group(resolution: ConflictResolution, increase: bool, decrease: bool) -> GroupPolicy {
	GroupPolicy {
		fungible: true,
		allow_increase: increase,
		allow_decrease: decrease,
		conflict_resolution: resolution,
		dfa: Some(simple_dfa()),
		validation: None,
	}
}

fn quantity_series(fungible: bool, increase: bool, decrease: bool) -> SeriesPolicy {
	SeriesPolicy { fungible, allow_increase: increase, allow_decrease: decrease, dfa: None, validation: None }
}

/// Creates a group of `group` policy on the world's agreement and a series of `series` policy in
/// it: the series' behaviour bits, or the error.
fn series_bits(w: &World, group: GroupPolicy, series: SeriesPolicy) -> Result<u8, sp_runtime::DispatchError> {
	let group_id = NextGroupId::<Test>::get();
	assert_ok!(AgreementsPallet::create_group(RuntimeOrigin::signed(2), w.agreement, w.team, document(group, &[]), H256::zero()));
	let id = NextSeriesId::<Test>::get();
	AgreementsPallet::create_series(RuntimeOrigin::signed(2), group_id, w.team, document(series, &[]), H256::zero())?;
	let behavior = SeriesById::<Test>::get(id).unwrap().behavior;
	assert_eq!(last_event(), Event::SeriesCreated { id, group: group_id, behavior });
	Ok(behavior)
}

#[test]
fn series_behaviour_bits_resolve_quantity_rules_by_the_groups_rule() {
	test(|| {
		let w = world();
		use ConflictResolution::{And, Xor};
		// Bits: [group fungible, series fungible, increase, decrease].
		// XOR: group increase, series neither -> increase only.
		assert_eq!(series_bits(&w, quantity_group(Xor, true, false), quantity_series(true, false, false)), Ok(0b1110));
		// XOR: group neither, series both -> both; a non-fungible series in a fungible group.
		assert_eq!(series_bits(&w, quantity_group(Xor, false, false), quantity_series(false, true, true)), Ok(0b1011));
		// XOR: group increase, series decrease -> both.
		assert_eq!(series_bits(&w, quantity_group(Xor, true, false), quantity_series(true, false, true)), Ok(0b1111));
		// AND: group increase, series increase -> increase (true & true).
		assert_eq!(series_bits(&w, quantity_group(And, true, false), quantity_series(true, true, false)), Ok(0b1110));
		// AND: the series narrows the group: group both, series increase only -> increase.
		assert_eq!(series_bits(&w, quantity_group(And, true, true), quantity_series(true, true, false)), Ok(0b1110));
		// AND: group increase, series none -> nothing (a warning, not an error).
		assert_eq!(series_bits(&w, quantity_group(And, true, false), quantity_series(true, false, false)), Ok(0b1100));
	});
}

#[test]
fn xor_refuses_a_series_that_cancels_its_groups_permission() {
	test(|| {
		let w = world();
		// Both levels allow increase: XOR would make it false, which the policy engine reports
		// as an error (XorCancels), so the series is refused rather than silently denying it.
		let group = NextGroupId::<Test>::get();
		let group_policy = document(quantity_group(ConflictResolution::Xor, true, false), &[]);
		assert_ok!(AgreementsPallet::create_group(RuntimeOrigin::signed(2), w.agreement, w.team, group_policy, H256::zero()));
		let cancelling = document(quantity_series(true, true, false), &[]);
		assert_noop!(
			AgreementsPallet::create_series(RuntimeOrigin::signed(2), group, w.team, cancelling, H256::zero()),
			Error::<Test>::InvalidPolicy
		);
		assert_eq!(Groups::<Test>::get(group).unwrap().series, 0);
		assert!(SeriesById::<Test>::get(0).is_none());
	});
}

#[test]
fn create_series_holds_a_deposit_and_is_bounded_per_group() {
	test(|| {
		let w = world();
		let group = stats_group_of(&w);
		let group_deposit = held(HoldReason::GroupDeposit, 2);
		let policy = document(stats_series(), &[]);
		let create = |account: u64, group: GroupId, validator: ParticipantId, policy: PolicyOf<Test>| {
			AgreementsPallet::create_series(RuntimeOrigin::signed(account), group, validator, policy, H256::zero())
		};
		for n in 1..=4u32 {
			let id = NextSeriesId::<Test>::get();
			assert_ok!(create(2, group, w.team, policy.clone()));
			let stored = SeriesById::<Test>::get(id).unwrap();
			assert_eq!((stored.group, stored.depositor, stored.deposit), (group, 2, with_bytes(SERIES_DEPOSIT, &policy)));
			assert_eq!((stored.supply, stored.tokens, stored.behavior), (0, 0, 0b1110));
			assert_eq!(Groups::<Test>::get(group).unwrap().series, n);
		}
		assert_eq!(held(HoldReason::GroupDeposit, 2), group_deposit + 4 * with_bytes(SERIES_DEPOSIT, &policy));
		assert_noop!(create(2, group, w.team, policy.clone()), Error::<Test>::TooManySeries);
		// Another group has its own allowance.
		let second = stats_group_of(&w);
		assert_ok!(create(2, second, w.team, policy.clone()));
		assert_noop!(create(2, 99, w.team, policy.clone()), Error::<Test>::GroupNotFound);
		assert_noop!(create(1, second, w.athlete, policy.clone()), Error::<Test>::Unauthorized);
		assert_noop!(create(2, second, w.team, BoundedVec::try_from(vec![9; 3]).unwrap()), Error::<Test>::UndecodablePolicy);
		// A series DFA with a dead state.
		let mut dead = stats_series();
		dead.dfa = Some(simple_dfa().with_state("STUCK", false, false).with_transition(Some("ACTIVE"), "STUCK", "jam", None));
		assert_noop!(create(2, second, w.team, document(dead, &[])), Error::<Test>::InvalidPolicy);
		// Once the owner agreement ends, no more series.
		assert_ok!(AgreementsPallet::terminate_agreement(RuntimeOrigin::signed(2), w.agreement, w.team));
		assert_noop!(create(2, second, w.team, policy), Error::<Test>::NotActive);
	});
}

// ---------------------------------------------------------------------------------------------
// Memberships
// ---------------------------------------------------------------------------------------------

#[test]
fn a_party_requests_membership_for_its_active_agreement_paying_a_deposit() {
	test(|| {
		let w = world();
		let group = stats_group_of(&w);
		let o = other((3, 3), (4, 4), 1);
		// Any party may ask: here the joining agreement's validator.
		assert_ok!(AgreementsPallet::request_membership(RuntimeOrigin::signed(4), group, o.agreement, o.validator));
		assert_eq!(
			Memberships::<Test>::get(group, o.agreement),
			Some(Membership { status: MembershipStatus::Pending, token: None, depositor: 4, deposit: MEMBERSHIP_DEPOSIT })
		);
		assert_eq!(held(HoldReason::MembershipDeposit, 4), MEMBERSHIP_DEPOSIT);
		assert_eq!(Groups::<Test>::get(group).unwrap().members, 2);
		assert_eq!(Agreements::<Test>::get(o.agreement).unwrap().holdings, 1);
		assert_eq!(last_event(), Event::MembershipRequested { group, agreement: o.agreement });
		let request = |account: u64, group: GroupId, agreement: AgreementId, party: ParticipantId| {
			AgreementsPallet::request_membership(RuntimeOrigin::signed(account), group, agreement, party)
		};
		// Twice, by the other party, or for the owner itself.
		assert_noop!(request(4, group, o.agreement, o.validator), Error::<Test>::AlreadyMember);
		assert_noop!(request(3, group, o.agreement, o.producer), Error::<Test>::AlreadyMember);
		assert_noop!(request(1, group, w.agreement, w.athlete), Error::<Test>::AlreadyMember);
		// A non-party (the athlete is no party of `o`).
		let o2 = propose(3, terms(&[o.producer], &[o.validator], None, 2), &[(o.producer, 3), (o.validator, 4)]);
		assert_noop!(request(1, group, o2, w.athlete), Error::<Test>::Unauthorized);
		// A proposal is not active.
		let proposed = propose(3, terms(&[o.producer], &[o.validator], None, 3), &[(o.producer, 3)]);
		assert_noop!(request(3, group, proposed, o.producer), Error::<Test>::NotActive);
		assert_noop!(request(3, 99, o2, o.producer), Error::<Test>::GroupNotFound);
		assert_noop!(request(3, group, H256::repeat_byte(9), o.producer), Error::<Test>::AgreementNotFound);
	});
}

#[test]
fn only_a_validator_of_the_owner_admits_and_admission_mints_the_membership_token() {
	test(|| {
		let w = world();
		let group = stats_group_of(&w);
		let o = other((3, 3), (4, 4), 1);
		// Nothing requested yet.
		assert_noop!(AgreementsPallet::admit_member(RuntimeOrigin::signed(2), group, o.agreement, w.team), Error::<Test>::NotMember);
		assert_ok!(AgreementsPallet::request_membership(RuntimeOrigin::signed(3), group, o.agreement, o.producer));
		// Neither the member's own validator nor the owner's producer admits.
		assert_noop!(AgreementsPallet::admit_member(RuntimeOrigin::signed(4), group, o.agreement, o.validator), Error::<Test>::Unauthorized);
		assert_noop!(AgreementsPallet::admit_member(RuntimeOrigin::signed(1), group, o.agreement, w.athlete), Error::<Test>::Unauthorized);
		assert_noop!(AgreementsPallet::admit_member(RuntimeOrigin::signed(2), 99, o.agreement, w.team), Error::<Test>::GroupNotFound);
		let token = NextTokenId::<Test>::get();
		assert_ok!(AgreementsPallet::admit_member(RuntimeOrigin::signed(2), group, o.agreement, w.team));
		assert_eq!(
			Memberships::<Test>::get(group, o.agreement),
			Some(Membership { status: MembershipStatus::Active, token: Some(token), depositor: 3, deposit: MEMBERSHIP_DEPOSIT })
		);
		let stored = Tokens::<Test>::get(token).unwrap();
		assert_eq!((stored.class, stored.owner, stored.quantity, stored.behavior), (TokenClass::Membership(group), o.agreement, 1, 0));
		assert_eq!(stored.state, name("ACTIVE"));
		// The requester pays the token's deposit, not the admitting validator.
		assert_eq!((stored.depositor, stored.deposit), (3, TOKEN_DEPOSIT));
		assert_eq!(held(HoldReason::TokenDeposit, 3), TOKEN_DEPOSIT);
		assert_eq!(held(HoldReason::TokenDeposit, 2), TOKEN_DEPOSIT);
		assert_eq!(Agreements::<Test>::get(o.agreement).unwrap().holdings, 2);
		assert_eq!(last_event(), Event::MemberAdmitted { group, agreement: o.agreement, token });
		assert_noop!(AgreementsPallet::admit_member(RuntimeOrigin::signed(2), group, o.agreement, w.team), Error::<Test>::AlreadyMember);
	});
}

#[test]
fn leaving_burns_the_membership_token_and_releases_both_deposits() {
	test(|| {
		let w = world();
		let group = stats_group_of(&w);
		let o = other((3, 3), (4, 4), 1);
		let free = Balances::free_balance(3);
		assert_ok!(AgreementsPallet::request_membership(RuntimeOrigin::signed(3), group, o.agreement, o.producer));
		let token = NextTokenId::<Test>::get();
		assert_ok!(AgreementsPallet::admit_member(RuntimeOrigin::signed(2), group, o.agreement, w.team));
		assert_eq!(Balances::free_balance(3), free - MEMBERSHIP_DEPOSIT - TOKEN_DEPOSIT);
		// The member's validator leaves on its behalf (any party may).
		assert_ok!(AgreementsPallet::leave_group(RuntimeOrigin::signed(4), group, o.agreement, o.validator));
		assert!(Memberships::<Test>::get(group, o.agreement).is_none());
		assert!(Tokens::<Test>::get(token).is_none());
		assert!(!TokensByOwner::<Test>::contains_key(o.agreement, token));
		assert_eq!(held(HoldReason::MembershipDeposit, 3), 0);
		assert_eq!(held(HoldReason::TokenDeposit, 3), 0);
		assert_eq!(Balances::free_balance(3), free);
		assert_eq!(Groups::<Test>::get(group).unwrap().members, 1);
		assert_eq!(Agreements::<Test>::get(o.agreement).unwrap().holdings, 0);
		let tail = events();
		assert_eq!(
			tail[tail.len() - 2..].to_vec(),
			vec![Event::TokenBurned { id: token }, Event::MemberLeft { group, agreement: o.agreement }]
		);
		assert_noop!(AgreementsPallet::leave_group(RuntimeOrigin::signed(3), group, o.agreement, o.producer), Error::<Test>::NotMember);
		// It may ask again.
		assert_ok!(AgreementsPallet::request_membership(RuntimeOrigin::signed(3), group, o.agreement, o.producer));
	});
}

#[test]
fn an_owner_validator_expels_members_and_drops_requests() {
	test(|| {
		let w = world();
		let group = stats_group_of(&w);
		let o = other((3, 3), (4, 4), 1);
		assert_ok!(AgreementsPallet::request_membership(RuntimeOrigin::signed(3), group, o.agreement, o.producer));
		let token = NextTokenId::<Test>::get();
		assert_ok!(AgreementsPallet::admit_member(RuntimeOrigin::signed(2), group, o.agreement, w.team));
		// The owner's producer may not expel.
		assert_noop!(AgreementsPallet::leave_group(RuntimeOrigin::signed(1), group, o.agreement, w.athlete), Error::<Test>::Unauthorized);
		assert_ok!(AgreementsPallet::leave_group(RuntimeOrigin::signed(2), group, o.agreement, w.team));
		assert!(Tokens::<Test>::get(token).is_none());
		// The deposits go back to whoever paid them (the requester), not the expeller.
		assert_eq!(held(HoldReason::MembershipDeposit, 3) + held(HoldReason::TokenDeposit, 3), 0);
		assert_eq!(held(HoldReason::TokenDeposit, 2), TOKEN_DEPOSIT);
		// A pending request is dropped the same way, with no token to burn.
		let pending = propose(3, terms(&[o.producer], &[o.validator], None, 2), &[(o.producer, 3), (o.validator, 4)]);
		assert_ok!(AgreementsPallet::request_membership(RuntimeOrigin::signed(4), group, pending, o.validator));
		let tokens_before = NextTokenId::<Test>::get();
		assert_ok!(AgreementsPallet::leave_group(RuntimeOrigin::signed(2), group, pending, w.team));
		assert!(Memberships::<Test>::get(group, pending).is_none());
		assert_eq!(held(HoldReason::MembershipDeposit, 4), 0);
		assert_eq!(NextTokenId::<Test>::get(), tokens_before);
		assert_eq!(last_event(), Event::MemberLeft { group, agreement: pending });
		assert_eq!(Groups::<Test>::get(group).unwrap().members, 1);
	});
}

#[test]
fn the_owner_cannot_leave_its_own_group() {
	test(|| {
		let w = world();
		let group = stats_group_of(&w);
		assert_noop!(AgreementsPallet::leave_group(RuntimeOrigin::signed(2), group, w.agreement, w.team), Error::<Test>::OwnerCannotLeave);
		assert_noop!(AgreementsPallet::leave_group(RuntimeOrigin::signed(1), group, w.agreement, w.athlete), Error::<Test>::OwnerCannotLeave);
		assert_noop!(AgreementsPallet::leave_group(RuntimeOrigin::signed(2), 99, w.agreement, w.team), Error::<Test>::GroupNotFound);
	});
}

#[test]
fn only_active_members_mint_in_a_groups_series() {
	test(|| {
		let w = world();
		let (group, series) = group_and_series(&w, stats_group(), stats_series(), &["minutes_played"]);
		let o = other((3, 3), (4, 4), 1);
		let minting = |ordinal: u64, parent: H256| {
			content(o.agreement, "GAME", parent, ordinal, r#"{"minutes_played": 5}"#, vec![mint(series, 5, None, "ACTIVE")])
		};
		// Not a member, then only pending.
		assert_noop!(submit(minting(1, H256::zero()), &[(o.producer, 3)]), Error::<Test>::NotMember);
		assert_ok!(AgreementsPallet::request_membership(RuntimeOrigin::signed(3), group, o.agreement, o.producer));
		assert_noop!(submit(minting(1, H256::zero()), &[(o.producer, 3)]), Error::<Test>::NotMember);
		// Admitted: it mints.
		assert_ok!(AgreementsPallet::admit_member(RuntimeOrigin::signed(2), group, o.agreement, w.team));
		let first = minting(1, H256::zero());
		let first_hash = first.hash();
		let token = NextTokenId::<Test>::get();
		assert_ok!(submit(first, &[(o.producer, 3)]));
		assert_eq!(Tokens::<Test>::get(token).unwrap().owner, o.agreement);
		// Expelled: no more.
		assert_ok!(AgreementsPallet::leave_group(RuntimeOrigin::signed(2), group, o.agreement, w.team));
		assert_noop!(submit(minting(2, first_hash), &[(o.producer, 3)]), Error::<Test>::NotMember);
	});
}

// ---------------------------------------------------------------------------------------------
// Reaping and holdings
// ---------------------------------------------------------------------------------------------

#[test]
fn an_ended_agreement_holding_records_tokens_or_memberships_is_not_reaped() {
	test(|| {
		let w = world();
		let (group, series) = group_and_series(&w, stats_group(), stats_series(), &["minutes_played"]);
		let o = other((3, 3), (4, 4), 1);
		assert_ok!(AgreementsPallet::request_membership(RuntimeOrigin::signed(3), group, o.agreement, o.producer));
		assert_ok!(AgreementsPallet::admit_member(RuntimeOrigin::signed(2), group, o.agreement, w.team));
		let token = NextTokenId::<Test>::get();
		let c = content(o.agreement, "GAME", H256::zero(), 1, r#"{"minutes_played": 5}"#, vec![mint(series, 5, None, "ACTIVE")]);
		assert_ok!(submit(c, &[(o.producer, 3)]));
		assert_ok!(AgreementsPallet::terminate_agreement(RuntimeOrigin::signed(4), o.agreement, o.validator));
		// Past the deadline, so only holdings stand in the way.
		System::set_block_number(100);
		let reap = || AgreementsPallet::reap_agreement(RuntimeOrigin::signed(5), o.agreement);
		let holdings = || Agreements::<Test>::get(o.agreement).unwrap().holdings;
		// Membership, membership token, series token, event record.
		assert_eq!(holdings(), 4);
		assert_noop!(reap(), Error::<Test>::AgreementInUse);
		assert_ok!(AgreementsPallet::reap_events(RuntimeOrigin::signed(5), o.agreement, 10));
		assert_eq!(holdings(), 3);
		assert_noop!(reap(), Error::<Test>::AgreementInUse);
		// The producer hands the token over to the owner agreement: only the membership is left.
		assert_ok!(AgreementsPallet::transfer_token(RuntimeOrigin::signed(3), token, o.producer, w.agreement, 5));
		assert_eq!(holdings(), 2);
		assert_noop!(reap(), Error::<Test>::AgreementInUse);
		assert_ok!(AgreementsPallet::leave_group(RuntimeOrigin::signed(3), group, o.agreement, o.producer));
		assert_eq!(holdings(), 0);
		assert_ok!(reap());
		assert!(Agreements::<Test>::get(o.agreement).is_none());
		assert_eq!(held(HoldReason::AgreementDeposit, 3), 0);
		assert_eq!(last_event(), Event::AgreementReaped { id: o.agreement });
	});
}

#[test]
fn an_ended_group_owner_stays_in_use_until_its_group_is_destroyed() {
	test(|| {
		let w = world();
		let (group, series) = group_and_series(&w, stats_group(), stats_series(), &["minutes_played"]);
		let o = other((3, 3), (4, 4), 1);
		assert_ok!(AgreementsPallet::request_membership(RuntimeOrigin::signed(3), group, o.agreement, o.producer));
		assert_ok!(AgreementsPallet::terminate_agreement(RuntimeOrigin::signed(2), w.agreement, w.team));
		System::set_block_number(100);
		// The group, the owner's membership and its token.
		assert_eq!(Agreements::<Test>::get(w.agreement).unwrap().holdings, 3);
		assert_noop!(AgreementsPallet::reap_agreement(RuntimeOrigin::signed(5), w.agreement), Error::<Test>::AgreementInUse);
		assert_noop!(AgreementsPallet::leave_group(RuntimeOrigin::signed(2), group, w.agreement, w.team), Error::<Test>::OwnerCannotLeave);
		// Its parties therefore stay in use too.
		assert_noop!(AgreementsPallet::retire_participant(RuntimeOrigin::signed(2), w.team), Error::<Test>::ParticipantInUse);
		// The group goes only without series and other members (even pending ones).
		let destroy = |account: u64, validator: ParticipantId| AgreementsPallet::destroy_group(RuntimeOrigin::signed(account), group, validator);
		assert_noop!(destroy(2, w.team), Error::<Test>::GroupInUse);
		assert_ok!(AgreementsPallet::destroy_series(RuntimeOrigin::signed(2), series, w.team));
		assert_noop!(destroy(2, w.team), Error::<Test>::GroupInUse);
		assert_ok!(AgreementsPallet::leave_group(RuntimeOrigin::signed(3), group, o.agreement, o.producer));
		// Only a validator of the owner destroys it.
		assert_noop!(destroy(1, w.athlete), Error::<Test>::Unauthorized);
		assert_ok!(destroy(2, w.team));
		assert!(Groups::<Test>::get(group).is_none());
		assert!(Memberships::<Test>::get(group, w.agreement).is_none());
		assert_eq!(held(HoldReason::GroupDeposit, 2) + held(HoldReason::TokenDeposit, 2), 0);
		assert_eq!(Agreements::<Test>::get(w.agreement).unwrap().holdings, 0);
		assert_ok!(AgreementsPallet::reap_agreement(RuntimeOrigin::signed(5), w.agreement));
		assert_ok!(AgreementsPallet::retire_participant(RuntimeOrigin::signed(2), w.team));
	});
}
