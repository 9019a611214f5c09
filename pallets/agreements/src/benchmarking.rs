//! Benchmarks of the agreements pallet (frame-benchmarking v2), each at its worst case:
//! ECDSA keys (the dearest signature to check), the most parties, the largest policies and
//! lifecycles, the most effects and signers, and a guard doing the dearest work per fuel.

use super::*;
use crate::features::guards::{ChainContext, EVAL_CONFIG};
use alloc::{format, string::String, vec, vec::Vec};
use codec::Encode;
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{fungible::Mutate, Get},
	BoundedVec,
};
use frame_system::RawOrigin;
use policy_engine::{
	evaluate_guard, ConflictResolution, Dfa, Expr, GroupPolicy, Operator, SeriesPolicy, Value,
};
use sp_core::{crypto::KeyTypeId, ecdsa, H256};
use sp_runtime::{traits::Bounded, MultiSignature};

const KEY_TYPE: KeyTypeId = KeyTypeId(*b"agrt");

/// A generous balance, far above every deposit.
fn funded<T: Config>(name: &'static str, index: u32) -> T::AccountId {
	let who: T::AccountId = account(name, index, 0);
	T::Currency::set_balance(&who, BalanceOf::<T>::max_value() / 1_000_000u32.into());
	who
}

fn sign(public: &ecdsa::Public, message: &[u8]) -> MultiSignature {
	let signature = sp_io::crypto::ecdsa_sign(KEY_TYPE, public, message)
		.expect("the benchmark keystore holds the key");
	MultiSignature::Ecdsa(signature)
}

/// A participant with a fresh ECDSA key: its account, id and key.
fn participant<T: Config>(index: u32) -> (T::AccountId, ParticipantId, ecdsa::Public) {
	participant_of::<T>("party", index, ParticipantKind::Org)
}

/// An agent with a fresh ECDSA key: its account, id and key.
fn agent<T: Config>(index: u32) -> (T::AccountId, ParticipantId, ecdsa::Public) {
	participant_of::<T>("agent", index, ParticipantKind::Agent)
}

fn participant_of<T: Config>(
	account_name: &'static str,
	index: u32,
	kind: ParticipantKind,
) -> (T::AccountId, ParticipantId, ecdsa::Public) {
	let who = funded::<T>(account_name, index);
	let public = sp_io::crypto::ecdsa_generate(KEY_TYPE, None);
	let key = ParticipantKey::Ecdsa(public.0);
	let proof = sign(&public, &Pallet::<T>::participant_message(&who, kind, &key));
	let id = NextParticipantId::<T>::get();
	Pallet::<T>::register_participant(
		RawOrigin::Signed(who.clone()).into(),
		kind,
		key,
		H256::zero(),
		H256::zero(),
		proof,
	)
	.expect("registers");
	(who, id, public)
}

/// A chain of states `S0 → S1 → …` on events `e0, e1, …`, created into `S0`, every state
/// accepting, as large as fits in `bytes` once encoded as a document (at least two states).
/// Sizes are summed as states are added, so building it is linear in its size.
fn chain_dfa(bytes: u32, creation: &str) -> Dfa {
	// Headroom for the length prefixes and the empty variable list.
	let budget = (bytes as usize).saturating_sub(16);
	let mut dfa = Dfa::new("S0").with_transition(None, "S0", creation, None);
	let mut size = dfa.encoded_size();
	let mut i = 0u32;
	loop {
		let state = policy_engine::State { id: format!("S{i}"), terminal: false, accepting: true };
		let transition = (i > 0).then(|| policy_engine::Transition {
			from: Some(format!("S{}", i - 1)),
			to: format!("S{i}"),
			event: format!("e{i}"),
			guard: None,
		});
		let added = state.encoded_size() + transition.as_ref().map_or(0, |t| t.encoded_size());
		if i >= 2 && size + added > budget {
			return dfa;
		}
		size += added;
		dfa.states.push(state);
		dfa.transitions.extend(transition);
		i += 1;
	}
}

fn document<T: Config>(policy: impl Encode) -> PolicyOf<T> {
	BoundedVec::truncate_from((policy, Vec::<String>::new()).encode())
}

fn name<T: Config>(text: &str) -> NameOf<T> {
	BoundedVec::truncate_from(text.as_bytes().to_vec())
}

/// Terms with `left` producers and `right` validators among `parties`.
fn terms<T: Config>(
	parties: &[(T::AccountId, ParticipantId, ecdsa::Public)],
	left: usize,
	lifecycle: Option<PolicyOf<T>>,
) -> TermsOf<T> {
	let ids: Vec<ParticipantId> = parties.iter().map(|p| p.1).collect();
	AgreementTerms {
		left: BoundedVec::truncate_from(ids[..left].to_vec()),
		right: BoundedVec::truncate_from(ids[left..].to_vec()),
		kind: name::<T>("benchmark"),
		lifecycle,
		metadata_hash: H256::zero(),
		salt: H256::zero(),
		consent_deadline: frame_system::Pallet::<T>::block_number() + 1_000u32.into(),
	}
}

/// `count` parties, proposing with the signatures of all but the last `missing`.
fn proposal<T: Config>(
	count: u32,
	lifecycle: Option<PolicyOf<T>>,
	missing: usize,
) -> (AgreementId, Vec<(T::AccountId, ParticipantId, ecdsa::Public)>) {
	let parties: Vec<_> = (0..count).map(participant::<T>).collect();
	let left = (parties.len() / 2).max(1);
	let terms = terms::<T>(&parties, left, lifecycle);
	let id = Pallet::<T>::agreement_id(&parties[0].0, &terms);
	let message = consent_message(&id);
	let signing = parties.len().saturating_sub(missing);
	let consents: Vec<_> = parties[..signing].iter().map(|p| (p.1, sign(&p.2, &message))).collect();
	Pallet::<T>::propose_agreement(
		RawOrigin::Signed(parties[0].0.clone()).into(),
		terms,
		BoundedVec::truncate_from(consents),
	)
	.expect("proposes");
	(id, parties)
}

/// An active agreement of `producers` producers and one validator (fresh participants from
/// index `first`), with the largest lifecycle and every party's consent signature.
fn largest_agreement<T: Config>(
	first: u32,
	producers: u32,
) -> (AgreementId, Vec<(T::AccountId, ParticipantId, ecdsa::Public)>) {
	let parties: Vec<_> = (first..first + producers + 1).map(participant::<T>).collect();
	let lifecycle = Some(document::<T>(chain_dfa(T::MaxPolicyBytes::get(), "open")));
	let terms = terms::<T>(&parties, producers as usize, lifecycle);
	let id = Pallet::<T>::agreement_id(&parties[0].0, &terms);
	let message = consent_message(&id);
	let consents: Vec<_> = parties.iter().map(|p| (p.1, sign(&p.2, &message))).collect();
	Pallet::<T>::propose_agreement(
		RawOrigin::Signed(parties[0].0.clone()).into(),
		terms,
		BoundedVec::truncate_from(consents),
	)
	.expect("proposes");
	(id, parties)
}

/// A group owned by a fresh active agreement (one producer, one validator), with a policy
/// document of about `bytes` bytes and one fungible series; returns the agreement, its
/// parties, the group and the series.
fn group_with_series<T: Config>(
	bytes: u32,
	producers: u32,
) -> (AgreementId, Vec<(T::AccountId, ParticipantId, ecdsa::Public)>, GroupId, SeriesId) {
	// The owner carries the largest lifecycle: every change of its holdings re-encodes it.
	let (id, parties) = largest_agreement::<T>(0, producers);
	let validator = parties[producers as usize].clone();
	let group = NextGroupId::<T>::get();
	let policy = GroupPolicy {
		fungible: true,
		allow_increase: true,
		allow_decrease: true,
		conflict_resolution: ConflictResolution::And,
		dfa: Some(chain_dfa(bytes, "GAME")),
		validation: None,
	};
	Pallet::<T>::create_group(
		RawOrigin::Signed(validator.0.clone()).into(),
		id,
		validator.1,
		document::<T>(policy),
		H256::zero(),
	)
	.expect("creates the group");
	let series = NextSeriesId::<T>::get();
	let series_policy = SeriesPolicy {
		fungible: true,
		allow_increase: true,
		allow_decrease: true,
		dfa: None,
		validation: None,
	};
	Pallet::<T>::create_series(
		RawOrigin::Signed(validator.0.clone()).into(),
		group,
		validator.1,
		document::<T>(series_policy),
		H256::zero(),
	)
	.expect("creates the series");
	(id, parties, group, series)
}

/// The most permissions a delegation grants, each as long as a name may be, the first `GAME`.
fn full_permissions<T: Config>() -> PermissionsOf<T> {
	let longest = T::MaxNameLength::get() as usize;
	let list = (0..T::MaxPermissions::get())
		.map(|i| {
			if i == 0 {
				name::<T>("GAME")
			} else {
				let tag = format!("{i}");
				name::<T>(&format!("{}{tag}", "p".repeat(longest.saturating_sub(tag.len()))))
			}
		})
		.collect::<Vec<_>>();
	BoundedVec::truncate_from(list)
}

/// A condition document of about `bytes` bytes that is dear to decode and validate but
/// cheap to evaluate: half of it declared variables (each a string to decode and put in the
/// schema), half `{"or": [true, {"and": [n, n, …]}]}` (the `or` stops at `true`).
fn heavy_condition<T: Config>(bytes: u32) -> PolicyOf<T> {
	let half = (bytes / 2) as usize;
	let mut variables: Vec<String> = Vec::new();
	let mut variable_bytes = 0usize;
	while variable_bytes < half {
		let name = format!("v{}", variables.len());
		variable_bytes += name.len() + 1;
		variables.push(name);
	}
	let element = Expr::Const(Value::int(i64::MAX / 3));
	let guard = |count: usize| {
		let and = Expr::Op(Operator::And, vec![element.clone(); count]);
		Expr::Op(Operator::Or, vec![Expr::Const(Value::Bool(true)), and])
	};
	let size = |count: usize| (guard(count), &variables).encode().len();
	let per_element = size(2).saturating_sub(size(1)).max(1);
	// Within the engine's largest collection, and leaving room for the length prefixes.
	let count = ((bytes as usize).saturating_sub(size(0) + 8) / per_element).clamp(1, 1_000);
	let mut document = (guard(count), variables.clone()).encode();
	// Small sizes: fewer variables until it fits.
	while document.len() > bytes as usize && !variables.is_empty() {
		variables.pop();
		document = (guard(count), variables.clone()).encode();
	}
	BoundedVec::truncate_from(document)
}

/// A chain of `depth` links in `agreement`, from `principal` through fresh agents, each
/// granting every permission of [`full_permissions`] until block 1,000, allowing extension,
/// and conditioned by [`heavy_condition`] if `conditioned`; returns the last link and the
/// agents (the last is the chain's end).
fn delegation_chain<T: Config>(
	agreement: AgreementId,
	principal: &(T::AccountId, ParticipantId, ecdsa::Public),
	depth: u32,
	conditioned: bool,
) -> (Option<DelegationId>, Vec<(T::AccountId, ParticipantId, ecdsa::Public)>) {
	let mut agents: Vec<(T::AccountId, ParticipantId, ecdsa::Public)> = Vec::new();
	let mut parent = None;
	for i in 0..depth {
		let next = agent::<T>(1_000 + i);
		let from = agents.last().unwrap_or(principal).clone();
		let id = Delegations::<T>::get(agreement).next;
		Pallet::<T>::delegate(
			RawOrigin::Signed(from.0).into(),
			agreement,
			from.1,
			next.1,
			full_permissions::<T>(),
			1_000u32.into(),
			true,
			conditioned.then(|| heavy_condition::<T>(T::MaxPolicyBytes::get())),
			parent,
		)
		.expect("delegates");
		parent = Some(id);
		agents.push(next);
	}
	(parent, agents)
}

/// Root links from `parties` (in turn, each up to its share) to `delegate` until the set of
/// `agreement` has `total` links.
fn fill_delegations<T: Config>(
	agreement: AgreementId,
	parties: &[(T::AccountId, ParticipantId, ecdsa::Public)],
	delegate: ParticipantId,
	total: u32,
) {
	for party in parties {
		loop {
			let set = Delegations::<T>::get(agreement);
			let own = set.links.iter().filter(|link| link.root == party.1).count() as u32;
			if set.links.len() as u32 >= total || own >= T::MaxDelegationsPerParty::get() {
				break;
			}
			Pallet::<T>::delegate(
				RawOrigin::Signed(party.0.clone()).into(),
				agreement,
				party.1,
				delegate,
				full_permissions::<T>(),
				1_000u32.into(),
				false,
				None,
				None,
			)
			.expect("delegates");
		}
	}
}

/// Enough parties for their shares to fill a whole set, and one more.
fn parties_for_full_set<T: Config>() -> u32 {
	T::MaxDelegations::get().div_ceil(T::MaxDelegationsPerParty::get()).saturating_add(1).max(2)
}

/// An active agreement whose set is full but for `n` links, then a root link `R` from its
/// first party with `n - 1` conditioned links below it: paths of `MaxDelegationDepth - 1`
/// links hanging from `R`, each link created by the previous one's delegate. A link's
/// deposit is held from its delegator's account, so this gives the subtree of `R` the most
/// distinct depositors a subtree can have. Returns the agreement, `R`, and the account that
/// owns `R`'s delegate.
fn delegation_tree<T: Config>(n: u32) -> (AgreementId, DelegationId, T::AccountId) {
	let (agreement, parties) = proposal::<T>(parties_for_full_set::<T>(), None, 0);
	let outsider = agent::<T>(4_000).1;
	fill_delegations::<T>(agreement, &parties[1..], outsider, T::MaxDelegations::get() - n);
	let (root, agents) = delegation_chain::<T>(agreement, &parties[0], 1, true);
	let root = root.expect("a root link");
	let holder = agents.last().expect("an agent").clone();
	let mut made = 1u32;
	let mut index = 0u32;
	while made < n {
		// A new path from the root, as deep as allowed or as links remain.
		let mut from = holder.clone();
		let mut parent = root;
		for _ in 1..T::MaxDelegationDepth::get() {
			if made >= n {
				break;
			}
			index += 1;
			let to = agent::<T>(2_000 + index);
			let id = Delegations::<T>::get(agreement).next;
			Pallet::<T>::delegate(
				RawOrigin::Signed(from.0.clone()).into(),
				agreement,
				from.1,
				to.1,
				full_permissions::<T>(),
				1_000u32.into(),
				true,
				Some(heavy_condition::<T>(T::MaxPolicyBytes::get())),
				Some(parent),
			)
			.expect("extends the chain");
			made += 1;
			parent = id;
			from = to;
		}
	}
	(agreement, root, holder.0)
}

/// An active agreement of `producers` producers and one validator, carrying the largest
/// lifecycle (every change of its holdings re-encodes it), admitted to `group` by the owner's
/// `validator`; returns it and its parties (producers first).
fn member_agreement<T: Config>(
	group: GroupId,
	validator: &(T::AccountId, ParticipantId, ecdsa::Public),
	producers: u32,
) -> (AgreementId, Vec<(T::AccountId, ParticipantId, ecdsa::Public)>) {
	let (id, parties) = largest_agreement::<T>(5_000, producers);
	Pallet::<T>::request_membership(
		RawOrigin::Signed(parties[0].0.clone()).into(),
		group,
		id,
		parties[0].1,
	)
	.expect("requests");
	Pallet::<T>::admit_member(RawOrigin::Signed(validator.0.clone()).into(), group, id, validator.1)
		.expect("admits");
	(id, parties)
}

/// Public event data of about `bytes` bytes: `{"pad": "xxx…"}`.
fn padded_data<T: Config>(bytes: u32) -> BoundedVec<u8, T::MaxDataBytes> {
	let pad = |n: usize| Value::object([("pad", Value::String("x".repeat(n)))]).encode();
	let overhead = pad(0).len() as u32 + 4;
	BoundedVec::truncate_from(pad(bytes.saturating_sub(overhead) as usize))
}

/// A terminated agreement without a lifecycle (a validator ended it).
fn terminated<T: Config>(parties: u32) -> (AgreementId, Vec<(T::AccountId, ParticipantId, ecdsa::Public)>) {
	let (id, parties) = proposal::<T>(parties, None, 0);
	let validator = parties.last().expect("two parties").clone();
	Pallet::<T>::terminate_agreement(RawOrigin::Signed(validator.0).into(), id, validator.1)
		.expect("terminates");
	(id, parties)
}

/// A guard that never ends before its fuel does, doing the dearest work per unit of fuel
/// the engine's review found (`+` parsing a string into a number, inside nested loops), building
/// nothing so that only fuel ends it.
fn fuel_burning_guard() -> Expr {
	let numbers = Expr::constant(Value::array((0..1024).map(Value::int)));
	let inner = Expr::op(
		Operator::All,
		vec![
			numbers.clone(),
			Expr::op(Operator::Add, vec![Expr::var(""), Expr::constant(Value::String("12345.678".into()))]),
		],
	);
	Expr::op(Operator::All, vec![numbers, inner])
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn register_participant() {
		let who = funded::<T>("caller", 0);
		let public = sp_io::crypto::ecdsa_generate(KEY_TYPE, None);
		let key = ParticipantKey::Ecdsa(public.0);
		let kind = ParticipantKind::User;
		let proof = sign(&public, &Pallet::<T>::participant_message(&who, kind, &key));
		#[extrinsic_call]
		_(RawOrigin::Signed(who), kind, key, H256::zero(), H256::zero(), proof);
		assert!(ParticipantByKey::<T>::contains_key(key));
	}

	#[benchmark]
	fn retire_participant() {
		let (who, id, _) = participant::<T>(0);
		#[extrinsic_call]
		_(RawOrigin::Signed(who), id);
		assert!(!Participants::<T>::contains_key(id));
	}

	#[benchmark]
	fn propose_agreement(
		p: Linear<2, { T::MaxParties::get() * 2 }>,
		l: Linear<0, { T::MaxPolicyBytes::get() }>,
	) {
		let parties: Vec<_> = (0..p).map(participant::<T>).collect();
		let lifecycle = (l > 0).then(|| document::<T>(chain_dfa(l.max(64), "open")));
		let left = (parties.len() / 2).max(1);
		let terms = terms::<T>(&parties, left, lifecycle);
		let id = Pallet::<T>::agreement_id(&parties[0].0, &terms);
		let message = consent_message(&id);
		let consents: Vec<_> = parties.iter().map(|p| (p.1, sign(&p.2, &message))).collect();
		#[extrinsic_call]
		_(RawOrigin::Signed(parties[0].0.clone()), terms, BoundedVec::truncate_from(consents));
		assert_eq!(Agreements::<T>::get(id).map(|a| a.status), Some(AgreementStatus::Active));
	}

	#[benchmark]
	fn consent(l: Linear<64, { T::MaxPolicyBytes::get() }>) {
		let lifecycle = Some(document::<T>(chain_dfa(l, "open")));
		let (id, parties) = proposal::<T>(T::MaxParties::get() * 2, lifecycle, 1);
		let last = parties.last().expect("parties").clone();
		#[extrinsic_call]
		_(RawOrigin::Signed(last.0), id, last.1);
		assert_eq!(Agreements::<T>::get(id).map(|a| a.status), Some(AgreementStatus::Active));
	}

	#[benchmark]
	fn withdraw_proposal() {
		let (id, parties) = proposal::<T>(T::MaxParties::get() * 2, None, 1);
		#[extrinsic_call]
		_(RawOrigin::Signed(parties[0].0.clone()), id);
		assert!(!Agreements::<T>::contains_key(id));
	}

	#[benchmark]
	fn terminate_agreement() {
		let (id, parties) = proposal::<T>(T::MaxParties::get() * 2, None, 0);
		let validator = parties.last().expect("parties").clone();
		#[extrinsic_call]
		_(RawOrigin::Signed(validator.0), id, validator.1);
		assert!(matches!(
			Agreements::<T>::get(id).map(|a| a.status),
			Some(AgreementStatus::Terminated { .. })
		));
	}

	#[benchmark]
	fn reap_agreement() {
		let (id, _) = terminated::<T>(T::MaxParties::get() * 2);
		// The most streams to clear.
		for i in 0..T::MaxStreams::get() {
			// Through the pallet, so that the agreement's trie holds the heads too.
			Pallet::<T>::store_stream_head(id, &name::<T>(&format!("stream{i}")), StreamHead::default());
		}
		StreamCount::<T>::insert(id, T::MaxStreams::get());
		frame_system::Pallet::<T>::set_block_number(
			frame_system::Pallet::<T>::block_number() + 1_000u32.into(),
		);
		let caller = funded::<T>("caller", 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), id);
		assert!(!Agreements::<T>::contains_key(id));
	}

	#[benchmark]
	fn create_group(l: Linear<64, { T::MaxPolicyBytes::get() }>) {
		let (id, parties) = proposal::<T>(2, None, 0);
		let validator = parties[1].clone();
		let policy = GroupPolicy {
			fungible: false,
			allow_increase: false,
			allow_decrease: true,
			conflict_resolution: ConflictResolution::Xor,
			dfa: Some(chain_dfa(l, "mint")),
			validation: None,
		};
		let group = NextGroupId::<T>::get();
		#[extrinsic_call]
		_(RawOrigin::Signed(validator.0), id, validator.1, document::<T>(policy), H256::zero());
		assert!(Groups::<T>::contains_key(group));
	}

	#[benchmark]
	fn create_series(l: Linear<64, { T::MaxPolicyBytes::get() }>) {
		// The group's own policy is as large as allowed; the series' DFA is `l` bytes.
		let (_, parties, group, _) = group_with_series::<T>(T::MaxPolicyBytes::get(), 1);
		let validator = parties[1].clone();
		let policy = SeriesPolicy {
			fungible: true,
			allow_increase: true,
			allow_decrease: false,
			dfa: Some(chain_dfa(l, "GAME")),
			validation: None,
		};
		let series = NextSeriesId::<T>::get();
		#[extrinsic_call]
		_(RawOrigin::Signed(validator.0), group, validator.1, document::<T>(policy), H256::zero());
		assert!(SeriesById::<T>::contains_key(series));
	}

	#[benchmark]
	fn request_membership() {
		let (_, _, group, _) = group_with_series::<T>(64, 1);
		let (member, parties) = proposal::<T>(2, None, 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(parties[0].0.clone()), group, member, parties[0].1);
		assert!(Memberships::<T>::contains_key(group, member));
	}

	#[benchmark]
	fn admit_member() {
		let (_, owner_parties, group, _) = group_with_series::<T>(64, 1);
		let (member, parties) = proposal::<T>(2, None, 0);
		Pallet::<T>::request_membership(
			RawOrigin::Signed(parties[0].0.clone()).into(),
			group,
			member,
			parties[0].1,
		)
		.expect("requests");
		let validator = owner_parties[1].clone();
		#[extrinsic_call]
		_(RawOrigin::Signed(validator.0), group, member, validator.1);
		assert_eq!(
			Memberships::<T>::get(group, member).map(|m| m.status),
			Some(MembershipStatus::Active)
		);
	}

	#[benchmark]
	fn leave_group() {
		let (_, owner_parties, group, _) = group_with_series::<T>(64, 1);
		let (member, parties) = proposal::<T>(2, None, 0);
		Pallet::<T>::request_membership(
			RawOrigin::Signed(parties[0].0.clone()).into(),
			group,
			member,
			parties[0].1,
		)
		.expect("requests");
		let validator = owner_parties[1].clone();
		Pallet::<T>::admit_member(RawOrigin::Signed(validator.0).into(), group, member, validator.1)
			.expect("admits");
		#[extrinsic_call]
		_(RawOrigin::Signed(parties[0].0.clone()), group, member, parties[0].1);
		assert!(!Memberships::<T>::contains_key(group, member));
	}

	/// An event signed by the most producers an agreement can have (see `event_signers` for
	/// fewer) with `e` effects.
	#[benchmark]
	fn submit_event(e: Linear<1, { T::MaxEffects::get() }>) {
		// Every effect mints into its own series, each with its own DFA as large as allowed,
		// in a group whose policy is as large as allowed: every effect decodes two full
		// policies and reads its own series. The group belongs to another agreement, so each
		// mint changes two state tries: the minter's assets and the owner's series digest.
		let s = T::MaxParties::get();
		let (_, owner_parties, group, first) = group_with_series::<T>(T::MaxPolicyBytes::get(), 1);
		let validator = owner_parties[1].clone();
		let (agreement, parties) = member_agreement::<T>(group, &validator, s);
		let mut all_series = vec![first];
		for _ in 1..e {
			let series = NextSeriesId::<T>::get();
			let policy = SeriesPolicy {
				fungible: true,
				allow_increase: true,
				allow_decrease: true,
				dfa: Some(chain_dfa(T::MaxPolicyBytes::get(), "GAME")),
				validation: None,
			};
			Pallet::<T>::create_series(
				RawOrigin::Signed(validator.0.clone()).into(),
				group,
				validator.1,
				document::<T>(policy),
				H256::zero(),
			)
			.expect("creates a series");
			all_series.push(series);
		}
		let effects: Vec<_> = all_series
			.iter()
			.map(|series| Effect::Mint {
				series: *series,
				quantity: 10,
				unique_id: None,
				attributes: H256::zero(),
				to: name::<T>("S0"),
			})
			.collect();
		let content = EventContent {
			agreement,
			activity: name::<T>("GAME"),
			parent: H256::zero(),
			ordinal: 1,
			timestamp: 0,
			data: padded_data::<T>(T::MaxDataBytes::get()),
			sensitive_hash: H256::zero(),
			references: BoundedVec::new(),
			effects: BoundedVec::truncate_from(effects),
		};
		let hash = content.hash();
		let proofs: Vec<_> = parties[..s as usize]
			.iter()
			.map(|p| ProducerProof {
				participant: p.1,
				signature: sign(&p.2, hash.as_bytes()),
				delegation: None,
			})
			.collect();
		let relayer = funded::<T>("relayer", 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(relayer), content, BoundedVec::truncate_from(proofs), 0);
		assert_eq!(Streams::<T>::get(agreement, name::<T>("GAME")).map(|h| h.last), Some(hash));
	}

	/// Checking the proofs of `s` producers: each producer's key read and its ECDSA signature
	/// over the event hash verified. `submit_event` is measured at the most producers; this
	/// slope takes off what fewer cost less.
	#[benchmark]
	fn event_signers(s: Linear<1, { T::MaxParties::get() }>) {
		let (agreement_id, parties) = largest_agreement::<T>(5_000, s);
		let agreement = Agreements::<T>::get(agreement_id).expect("proposed");
		let hash = H256::repeat_byte(7);
		let proofs: Vec<_> = parties[..s as usize]
			.iter()
			.map(|p| ProducerProof {
				participant: p.1,
				signature: sign(&p.2, hash.as_bytes()),
				delegation: None,
			})
			.collect();
		let proofs: ProofsOf<T> = BoundedVec::truncate_from(proofs);
		let checks;
		#[block]
		{
			checks = Pallet::<T>::check_producers(agreement_id, &agreement, b"GAME", &hash, &proofs)
				.expect("every producer signed");
		}
		assert_eq!(checks.links, 0);
	}

	/// Checking `d` links of delegation chains in an event's proofs, beyond `submit_event`: the
	/// agreement's set read once, each link walked, and each link's condition (as large as
	/// allowed, dear to decode) read and decoded. The conditions' evaluation is paid as fuel.
	#[benchmark]
	fn delegation_links(d: Linear<1, { T::MaxDelegationDepth::get() }>) {
		let (agreement, parties) = proposal::<T>(2, None, 0);
		let (last, _) = delegation_chain::<T>(agreement, &parties[0], d, true);
		let last = last.expect("a chain of at least one link");
		let context = ChainContext::<T>::for_event(&agreement, b"GAME", 1);
		let data = Value::Object(Default::default());
		let links;
		#[block]
		{
			let set = Delegations::<T>::get(agreement);
			let chain = Pallet::<T>::signing_chain(&set, last, parties[0].1, b"GAME")
				.expect("the chain signs");
			Pallet::<T>::check_conditions(
				agreement,
				&chain.conditioned,
				&data,
				&context,
				T::MaxEventFuel::get(),
			)
			.map_err(|(_, e)| e)
			.expect("the conditions pass");
			links = chain.links;
		}
		assert_eq!(links, d);
	}

	/// The computation one unit of fuel stands for (host calls' reads are added separately).
	#[benchmark]
	fn guard_fuel(f: Linear<0, { T::MaxEventFuel::get() as u32 }>) {
		let guard = fuel_burning_guard();
		let context = ChainContext::<T>::default();
		let outcome;
		#[block]
		{
			outcome = evaluate_guard(&guard, &Value::Null, &context, &EVAL_CONFIG, u64::from(f));
		}
		// It runs until its fuel is gone.
		let used = match outcome {
			Ok(verdict) => verdict.fuel_used,
			Err(failure) => failure.fuel_used,
		};
		assert!(used + 10_000 >= u64::from(f));
	}

	#[benchmark]
	fn transfer_token() {
		// A partial transfer of a fungible token: a new token is carved off.
		let (agreement, parties, group, series) = group_with_series::<T>(64, 1);
		let token = mint_one::<T>(agreement, &parties, series);
		let (member, member_parties) = proposal::<T>(2, None, 0);
		Pallet::<T>::request_membership(
			RawOrigin::Signed(member_parties[0].0.clone()).into(),
			group,
			member,
			member_parties[0].1,
		)
		.expect("requests");
		let validator = parties[1].clone();
		Pallet::<T>::admit_member(RawOrigin::Signed(validator.0).into(), group, member, validator.1)
			.expect("admits");
		#[extrinsic_call]
		_(RawOrigin::Signed(parties[0].0.clone()), token, parties[0].1, member, 4);
		assert_eq!(Tokens::<T>::get(token).map(|t| t.quantity), Some(6));
	}

	#[benchmark]
	fn split_token() {
		let (agreement, parties, _, series) = group_with_series::<T>(64, 1);
		let token = mint_one::<T>(agreement, &parties, series);
		#[extrinsic_call]
		_(RawOrigin::Signed(parties[0].0.clone()), token, parties[0].1, 4);
		assert_eq!(Tokens::<T>::get(token).map(|t| t.quantity), Some(6));
	}

	#[benchmark]
	fn merge_tokens() {
		let (agreement, parties, _, series) = group_with_series::<T>(64, 1);
		let token = mint_one::<T>(agreement, &parties, series);
		let part = NextTokenId::<T>::get();
		Pallet::<T>::split_token(RawOrigin::Signed(parties[0].0.clone()).into(), token, parties[0].1, 4)
			.expect("splits");
		#[extrinsic_call]
		_(RawOrigin::Signed(parties[0].0.clone()), token, part, parties[0].1);
		assert_eq!(Tokens::<T>::get(token).map(|t| t.quantity), Some(10));
	}

	#[benchmark]
	fn burn_token() {
		let (agreement, parties, _, series) = group_with_series::<T>(64, 1);
		let token = mint_one::<T>(agreement, &parties, series);
		#[extrinsic_call]
		_(RawOrigin::Signed(parties[0].0.clone()), token, parties[0].1);
		assert!(!Tokens::<T>::contains_key(token));
	}

	#[benchmark]
	fn destroy_series() {
		let (_, parties, _, series) = group_with_series::<T>(64, 1);
		let validator = parties[1].clone();
		#[extrinsic_call]
		_(RawOrigin::Signed(validator.0), series, validator.1);
		assert!(!SeriesById::<T>::contains_key(series));
	}

	#[benchmark]
	fn destroy_group() {
		let (_, parties, group, series) = group_with_series::<T>(64, 1);
		let validator = parties[1].clone();
		Pallet::<T>::destroy_series(RawOrigin::Signed(validator.0.clone()).into(), series, validator.1)
			.expect("destroys the series");
		#[extrinsic_call]
		_(RawOrigin::Signed(validator.0), group, validator.1);
		assert!(!Groups::<T>::contains_key(group));
	}

	#[benchmark]
	fn reap_events(n: Linear<1, 100>) {
		let (agreement, parties, _, series) = group_with_series::<T>(64, 1);
		let mut parent = H256::zero();
		for ordinal in 1..=u64::from(n) {
			parent = submit_mint::<T>(agreement, &parties, series, parent, ordinal);
			// Stay within the rate limit.
			frame_system::Pallet::<T>::set_block_number(
				frame_system::Pallet::<T>::block_number() + T::RateWindow::get(),
			);
		}
		let validator = parties[1].clone();
		Agreements::<T>::mutate(agreement, |a| {
			if let Some(a) = a {
				a.status = AgreementStatus::Terminated { at: 0u32.into() };
			}
		});
		let _ = validator;
		let caller = funded::<T>("caller", 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), agreement, n);
		assert_eq!(EventCursor::<T>::get(agreement), (u64::from(n), u64::from(n)));
	}

	#[benchmark]
	fn delegate(c: Linear<0, { T::MaxPolicyBytes::get() }>) {
		// The new link extends a chain one short of the deepest, in a set one short of full
		// whose every link grants the most permissions: the dearest checks and the largest
		// set read and written.
		let (agreement, parties) = proposal::<T>(parties_for_full_set::<T>(), None, 0);
		let depth = T::MaxDelegationDepth::get().saturating_sub(1);
		let (parent, agents) = delegation_chain::<T>(agreement, &parties[0], depth, false);
		let filler = agent::<T>(4_000).1;
		// The first party one short of its share, the others filling the set but for one.
		let share = T::MaxDelegationsPerParty::get();
		let own = Delegations::<T>::get(agreement).links.len() as u32;
		fill_delegations::<T>(agreement, &parties[..1], filler, share.saturating_sub(1).max(own));
		fill_delegations::<T>(agreement, &parties[1..], filler, T::MaxDelegations::get() - 1);
		let from = agents.last().unwrap_or(&parties[0]).clone();
		let to = agent::<T>(3_000);
		let condition = (c > 0).then(|| heavy_condition::<T>(c));
		#[extrinsic_call]
		_(
			RawOrigin::Signed(from.0),
			agreement,
			from.1,
			to.1,
			full_permissions::<T>(),
			900u32.into(),
			false,
			condition,
			parent,
		);
		assert_eq!(Delegations::<T>::get(agreement).links.len() as u32, T::MaxDelegations::get());
	}

	#[benchmark]
	fn revoke_delegation(n: Linear<1, { T::MaxDelegationsPerParty::get() }>) {
		// The root's delegate renounces it, the dearest authorisation (no creator matches, so
		// its owner is read): `n` conditioned links go, from a full set, releasing the
		// deposits of as many accounts as a subtree can have (see `delegation_tree`).
		let (agreement, root, delegate_owner) = delegation_tree::<T>(n);
		#[extrinsic_call]
		_(RawOrigin::Signed(delegate_owner), agreement, root);
		assert_eq!(
			Delegations::<T>::get(agreement).links.len() as u32,
			T::MaxDelegations::get() - n
		);
	}

	#[benchmark]
	fn reap_delegation(n: Linear<1, { T::MaxDelegationsPerParty::get() }>) {
		let (agreement, root, _) = delegation_tree::<T>(n);
		frame_system::Pallet::<T>::set_block_number(1_000u32.into());
		let caller = funded::<T>("caller", 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), agreement, root);
		assert_eq!(
			Delegations::<T>::get(agreement).links.len() as u32,
			T::MaxDelegations::get() - n
		);
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}

/// Submits a one-mint event of 10 units signed by the one producer; returns its hash.
fn submit_mint<T: Config>(
	agreement: AgreementId,
	parties: &[(T::AccountId, ParticipantId, ecdsa::Public)],
	series: SeriesId,
	parent: H256,
	ordinal: u64,
) -> H256 {
	let content = EventContent {
		agreement,
		activity: name::<T>("GAME"),
		parent,
		ordinal,
		timestamp: 0,
		data: BoundedVec::new(),
		sensitive_hash: H256::zero(),
		references: BoundedVec::new(),
		effects: BoundedVec::truncate_from(vec![Effect::Mint {
			series,
			quantity: 10,
			unique_id: None,
			attributes: H256::zero(),
			to: name::<T>("S0"),
		}]),
	};
	let hash = content.hash();
	let proofs = vec![ProducerProof {
		participant: parties[0].1,
		signature: sign(&parties[0].2, hash.as_bytes()),
		delegation: None,
	}];
	// A submitter of its own per event: reaping releases a hold on every one of them.
	let submitter = funded::<T>("submitter", ordinal as u32);
	Pallet::<T>::submit_event(
		RawOrigin::Signed(submitter).into(),
		content,
		BoundedVec::truncate_from(proofs),
		0,
	)
	.expect("submits");
	hash
}

/// Mints one token of 10 units; returns its id.
fn mint_one<T: Config>(
	agreement: AgreementId,
	parties: &[(T::AccountId, ParticipantId, ecdsa::Public)],
	series: SeriesId,
) -> TokenId {
	let token = NextTokenId::<T>::get();
	submit_mint::<T>(agreement, parties, series, H256::zero(), 1);
	token
}
