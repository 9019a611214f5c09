//! Benchmarks of the streaming pallet (frame-benchmarking v2), each at its worst case:
//! contents of the largest size (longest rendition ladder, fullest allow-list, most storage
//! nodes), a full executor draw list re-ranked or evicted from, every bond and slash paid
//! out, and every storage item touched distinct (so nothing is read twice for free).

use super::*;
use crate::merkle;
use alloc::{vec, vec::Vec};
use codec::Encode;
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{
		fungible::{Inspect, Mutate},
		Get,
	},
	BoundedVec,
};
use frame_system::{pallet_prelude::BlockNumberFor, RawOrigin};
use sp_core::H256;
use sp_runtime::{
	traits::{Hash, One, Saturating, Zero},
	Perbill,
};
use verification_primitives::{
	Decision, Outcome, Participant, Resolution, Round, Verdict, VerificationOutcomeHandler,
	VerificationProvider, Vote, MAX_APPEAL_ROUNDS, MAX_PARTICIPANTS, MAX_SEATS,
};

const SEED: u32 = 0;

/// Seconds of every ticket the benchmarks redeem.
const SECONDS: u32 = 10;

fn assert_last_event<T: Config>(event: Event<T>) {
	frame_system::Pallet::<T>::assert_last_event(<T as frame_system::Config>::RuntimeEvent::from(
		event,
	));
}

fn now<T: Config>() -> BlockNumberFor<T> {
	frame_system::Pallet::<T>::block_number()
}

/// Gives the current block a distinct hash and moves to the next block (the pallet draws
/// executors, samples and chunks from the hash of the block after an event).
fn next_block<T: Config>() {
	let now = now::<T>();
	frame_system::BlockHash::<T>::insert(now, T::Hashing::hash_of(&(b"block", now)));
	frame_system::Pallet::<T>::set_block_number(now.saturating_add(One::one()));
}

/// Moves to block `n`.
fn go_to<T: Config>(n: BlockNumberFor<T>) {
	frame_system::Pallet::<T>::set_block_number(n);
}

/// A distinct hash for each (`tag`, `i`).
fn tagged(tag: &[u8], i: u32) -> H256 {
	H256(sp_io::hashing::blake2_256(&(tag, i).encode()))
}

/// The sum of everything one operation can hold from an account: a node's minimum stake,
/// every deposit and bond, the engine's deposit and reward for a task's request, and the
/// existential deposit.
fn unit<T: Config>() -> BalanceOf<T> {
	let limits = T::Verifier::limits();
	let seats = BalanceOf::<T>::from(T::VerificationSeats::get());
	[
		T::MinNodeStake::get(),
		T::ContentDeposit::get(),
		T::TaskDeposit::get(),
		T::ChallengeBond::get(),
		T::ViewerDeposit::get(),
		T::Currency::minimum_balance(),
		limits.request_deposit,
		limits.deposit_per_seat.saturating_mul(seats),
		T::VerificationTerms::get().reward,
	]
	.into_iter()
	.fold(One::one(), |sum: BalanceOf<T>, amount| sum.saturating_add(amount))
}

/// A stake far above the minimum, and large enough that a rejected task's slash, split among
/// the largest panel, pays every seat above the existential deposit.
fn big_stake<T: Config>() -> BalanceOf<T> {
	let ed = T::Currency::minimum_balance().max(One::one());
	let shares = ed.saturating_mul(BalanceOf::<T>::from(MAX_SEATS.saturating_add(1)));
	let slash = T::ResultSlash::get();
	let for_shares = if slash.is_zero() {
		Zero::zero()
	} else {
		slash.saturating_reciprocal_mul_ceil(shares.saturating_mul(2u32.into()))
	};
	unit::<T>().saturating_mul(1_000u32.into()).max(for_shares)
}

/// What every benchmark account holds.
fn plenty<T: Config>() -> BalanceOf<T> {
	big_stake::<T>().saturating_mul(1_000u32.into())
}

fn funded<T: Config>(name: &'static str, index: u32, seed: u32) -> T::AccountId {
	let who: T::AccountId = account(name, index, seed);
	T::Currency::set_balance(&who, plenty::<T>());
	who
}

/// Price per second of the benchmark contents: every share of a ticket's payment, each
/// storage node's included, is above zero.
fn price<T: Config>() -> BalanceOf<T> {
	T::Currency::minimum_balance()
		.saturating_add(One::one())
		.saturating_mul(1_000u32.into())
		.saturating_mul(T::MaxReplicas::get().max(1).into())
}

/// 70 % creator, 20 % executor, 10 % storage.
fn split() -> Split {
	Split {
		creator: Perbill::from_percent(70),
		executor: Perbill::from_percent(20),
		storage: Perbill::from_percent(10),
	}
}

/// The content hash of content `index`.
fn content_hash(index: u32) -> H256 {
	tagged(b"content", index)
}

/// The longest rendition ladder.
fn renditions<T: Config>() -> BoundedVec<Rendition, T::MaxRenditions> {
	BoundedVec::truncate_from(
		(0..T::MaxRenditions::get())
			.map(|i| Rendition {
				codec: Codec::Av1,
				height: 2160,
				bitrate_kbps: 20_000u32.saturating_add(i),
				fps: 60,
			})
			.collect(),
	)
}

/// A full allow-list of accounts numbered under `tag`, its last entry `last` if given.
fn allow_list<T: Config>(tag: u32, last: Option<&T::AccountId>) -> AccessRuleOf<T> {
	let mut list: Vec<T::AccountId> =
		(0..T::MaxAllowed::get()).map(|i| account("allowed", i, tag)).collect();
	match (last, list.last_mut()) {
		(Some(who), Some(slot)) => *slot = who.clone(),
		(Some(_), None) => return AccessRule::Public,
		_ => {},
	}
	AccessRule::AllowList(BoundedVec::truncate_from(list))
}

/// Registers content `index` of `chunks` chunks with the longest ladder and `access`, by a
/// new creator; returns the creator and the content.
fn content<T: Config>(
	index: u32,
	access: AccessRuleOf<T>,
	chunks: u32,
) -> (T::AccountId, ContentId) {
	let creator = funded::<T>("creator", index, SEED);
	let hash = content_hash(index);
	let id = Pallet::<T>::content_id(&creator, &hash);
	Pallet::<T>::register_content(
		RawOrigin::Signed(creator.clone()).into(),
		hash,
		renditions::<T>(),
		price::<T>(),
		split(),
		access,
		merkle::leaf(b"chunk"),
		chunks,
	)
	.expect("registers the content");
	(creator, id)
}

/// A registered node with `roles` and `stake`.
fn node<T: Config>(
	name: &'static str,
	index: u32,
	seed: u32,
	roles: Roles,
	stake: BalanceOf<T>,
) -> T::AccountId {
	let who = funded::<T>(name, index, seed);
	Pallet::<T>::register_node(RawOrigin::Signed(who.clone()).into(), roles, stake)
		.expect("registers the node");
	who
}

fn execution() -> Roles {
	Roles { execution: true, storage: false }
}

fn storage() -> Roles {
	Roles { execution: false, storage: true }
}

/// An execution node staking `stake`.
fn executor<T: Config>(name: &'static str, index: u32, stake: BalanceOf<T>) -> T::AccountId {
	node::<T>(name, index, SEED, execution(), stake)
}

/// `count` execution nodes, node `i` staking `stake + i`: the draw list fills, lightest
/// first.
fn executors<T: Config>(count: u32, stake: BalanceOf<T>) -> Vec<T::AccountId> {
	(0..count).map(|i| executor::<T>("executor", i, stake.saturating_add(i.into()))).collect()
}

fn is_listed<T: Config>(who: &T::AccountId) -> bool {
	Executors::<T>::get().iter().any(|(listed, _)| listed == who)
}

/// `count` new storage nodes pin content `id` (number `index`); returns them in pin order.
fn pinned<T: Config>(index: u32, id: ContentId, count: u32) -> Vec<T::AccountId> {
	(0..count)
		.map(|i| {
			let who = node::<T>("storage", i, index, storage(), T::MinNodeStake::get());
			approve::<T>(id, &who);
			Pallet::<T>::pin_content(RawOrigin::Signed(who.clone()).into(), id)
				.expect("pins the content");
			who
		})
		.collect()
}

/// Content `id`'s creator approves storage node `who`.
fn approve<T: Config>(id: ContentId, who: &T::AccountId) {
	let creator = Contents::<T>::get(id).map(|c| c.creator).expect("a content");
	Pallet::<T>::approve_storage(RawOrigin::Signed(creator).into(), id, who.clone())
		.expect("approves the node");
}

/// The largest content: the longest ladder, a full allow-list and `MaxReplicas` storage
/// nodes; returns the creator, the content and its storage nodes in pin order.
fn full_content<T: Config>(
	index: u32,
	chunks: u32,
) -> (T::AccountId, ContentId, Vec<T::AccountId>) {
	let (creator, id) = content::<T>(index, allow_list::<T>(index, None), chunks);
	let nodes = pinned::<T>(index, id, T::MaxReplicas::get());
	(creator, id, nodes)
}

/// A challenge of `node`'s pin of `id` by a new challenger; returns the challenger.
fn challenge<T: Config>(index: u32, node: &T::AccountId, id: ContentId) -> T::AccountId {
	let challenger = funded::<T>("challenger", index, SEED);
	Pallet::<T>::challenge_storage(RawOrigin::Signed(challenger.clone()).into(), node.clone(), id)
		.expect("challenges the pin");
	challenger
}

/// The root over a tree of `count` chunks and the Merkle path of chunk `index`, whose leaf is
/// `leaf`: every other subtree is a synthetic hash, so that a tree of `2^d` chunks costs `d`
/// hashes to build. Mirrors [`merkle::verify`] (a level's last node, when alone, is carried
/// up without a sibling).
fn synthetic_path(count: u32, index: u32, leaf: H256) -> (H256, Vec<H256>) {
	let mut hash = leaf;
	let mut path = Vec::new();
	let mut position = index;
	let mut width = count;
	let mut level = 0u32;
	while width > 1 {
		let carried = position % 2 == 0 && position == width.saturating_sub(1);
		if !carried {
			let sibling = tagged(b"subtree", level);
			hash = if position % 2 == 0 {
				merkle::node(&hash, &sibling)
			} else {
				merkle::node(&sibling, &hash)
			};
			path.push(sibling);
		}
		position /= 2;
		width = width.div_ceil(2);
		level = level.saturating_add(1);
	}
	(hash, path)
}

/// Task on `id` by its creator, into its last rendition, of `segments` segments.
fn task<T: Config>(creator: &T::AccountId, id: ContentId, segments: u32) -> TaskId {
	let task = NextTaskId::<T>::get();
	Pallet::<T>::create_task(
		RawOrigin::Signed(creator.clone()).into(),
		id,
		T::MaxRenditions::get().saturating_sub(1),
		H256::repeat_byte(0x1a),
		segments,
		unit::<T>(),
	)
	.expect("creates the task");
	task
}

/// The executor of a drawn task.
fn executor_of<T: Config>(task: TaskId) -> T::AccountId {
	match Tasks::<T>::get(task).map(|t| t.state) {
		Some(TaskState::Assigned { executor, .. })
		| Some(TaskState::Verifying { executor, .. }) => executor,
		_ => panic!("the task has an executor"),
	}
}

/// Draws `task`'s executor as soon as possible; returns it.
fn assign<T: Config>(task: TaskId) -> T::AccountId {
	next_block::<T>();
	next_block::<T>();
	let caller: T::AccountId = whitelisted_caller();
	Pallet::<T>::assign_task(RawOrigin::Signed(caller).into(), task).expect("draws an executor");
	executor_of::<T>(task)
}

/// `segments` distinct output hashes.
fn results<T: Config>(segments: u32) -> BoundedVec<H256, T::MaxSegments> {
	BoundedVec::truncate_from((0..segments).map(|i| tagged(b"result", i)).collect())
}

/// A rejection decided in the last appeal round, whose `p` coherent members (new accounts)
/// voted Rejected, the rest of that round approving; the earlier rounds fill the outcome to
/// `MAX_PARTICIPANTS`. Returns the outcome and the `p` accounts that share the slash.
fn rejection<T: Config>(p: u32) -> (Outcome<T::AccountId>, Vec<T::AccountId>) {
	let deciding: Round = MAX_APPEAL_ROUNDS;
	let member = |who: T::AccountId, round: Round, verdict: Verdict, coherent: bool| Participant {
		who,
		round,
		seats: 1,
		weight: 1,
		vote: Some(Vote { verdict, score: None }),
		coherent,
	};
	let earlier = MAX_PARTICIPANTS.saturating_sub(MAX_SEATS);
	let mut participants: Vec<Participant<T::AccountId>> = (0..earlier)
		.map(|i| {
			let round = (i / MAX_SEATS).min(u32::from(deciding).saturating_sub(1)) as Round;
			member(account("juror", i, SEED), round, Verdict::Approved, false)
		})
		.collect();
	let verifiers: Vec<T::AccountId> = (0..p).map(|i| account("verifier", i, SEED)).collect();
	participants
		.extend(verifiers.iter().map(|who| member(who.clone(), deciding, Verdict::Rejected, true)));
	participants.extend(
		(p..MAX_SEATS)
			.map(|i| member(account("outvoted", i, SEED), deciding, Verdict::Approved, false)),
	);
	let outcome = Outcome {
		decision: Decision::Rejected,
		score: None,
		resolution: Resolution::DrawnPanel,
		appeals: deciding,
		approval: Perbill::from_rational(MAX_SEATS.saturating_sub(p), MAX_SEATS),
		participants: BoundedVec::truncate_from(participants),
	};
	(outcome, verifiers)
}

/// Viewer `seed` (an account the benchmark helper signs for) with an allowance of
/// `allowance` for `node`.
fn viewer<T: Config>(seed: u32, node: &T::AccountId, allowance: BalanceOf<T>) -> T::AccountId {
	let who = T::BenchmarkHelper::viewer(seed);
	T::Currency::set_balance(&who, plenty::<T>());
	fund::<T>(&who, node, allowance);
	who
}

/// `who` adds `amount` to its allowance for `node`.
fn fund<T: Config>(who: &T::AccountId, node: &T::AccountId, amount: BalanceOf<T>) {
	Pallet::<T>::open_reserve(RawOrigin::Signed(who.clone()).into(), node.clone(), amount)
		.expect("funds the allowance");
}

/// `viewer`'s signed ticket for `seconds` of `id` delivered by `node`.
fn ticket<T: Config>(
	viewer: &T::AccountId,
	id: ContentId,
	node: &T::AccountId,
	seconds: u32,
) -> SignedTicketOf<T> {
	let reserve = Viewers::<T>::get(viewer).map(|v| v.opened_at).unwrap_or_default();
	let ticket =
		Ticket { viewer: viewer.clone(), reserve, content: id, node: node.clone(), seconds };
	let genesis = frame_system::Pallet::<T>::block_hash(BlockNumberFor::<T>::zero());
	// Signed as a browser wallet signs raw bytes: the bare form is checked first and fails,
	// so both checks run (the worst case).
	let signature = T::BenchmarkHelper::sign(viewer, &ticket.wrapped_payload(&genesis));
	SignedTicket { ticket, signature }
}

#[benchmarks]
mod benchmarks {
	use super::*;

	/// The longest ladder and a full allow-list.
	#[benchmark]
	fn register_content() {
		let creator = funded::<T>("creator", 0, SEED);
		let hash = content_hash(0);
		let id = Pallet::<T>::content_id(&creator, &hash);
		let access = allow_list::<T>(0, None);
		#[extrinsic_call]
		_(
			RawOrigin::Signed(creator.clone()),
			hash,
			renditions::<T>(),
			price::<T>(),
			split(),
			access.clone(),
			merkle::leaf(b"chunk"),
			1,
		);
		let stored = Contents::<T>::get(id).expect("registered");
		assert_eq!(stored.access, access);
		assert_eq!(stored.renditions.len() as u32, T::MaxRenditions::get());
		assert_last_event::<T>(Event::ContentRegistered {
			content: id,
			creator,
			price_per_second: price::<T>(),
		});
	}

	/// The largest content with announced terms that are due (they come into force first),
	/// given new terms with another full allow-list.
	#[benchmark]
	fn update_content() {
		let (creator, id, _) = full_content::<T>(0, 1);
		let new_split = Split {
			creator: Perbill::from_percent(50),
			executor: Perbill::from_percent(30),
			storage: Perbill::from_percent(20),
		};
		Pallet::<T>::update_content(
			RawOrigin::Signed(creator.clone()).into(),
			id,
			price::<T>(),
			new_split,
			allow_list::<T>(2, None),
		)
		.expect("announces terms");
		go_to::<T>(now::<T>().saturating_add(T::TermsNotice::get()));
		let access = allow_list::<T>(1, None);
		let new_price = price::<T>().saturating_mul(2u32.into());
		#[extrinsic_call]
		_(RawOrigin::Signed(creator), id, new_price, new_split, access.clone());
		let stored = Contents::<T>::get(id).expect("still registered");
		let pending = stored.pending.expect("announced");
		assert_eq!(pending.access, access);
		assert_eq!(pending.price_per_second, new_price);
		assert_eq!(stored.split, new_split);
		let effective_at = now::<T>().saturating_add(T::TermsNotice::get());
		assert_last_event::<T>(Event::ContentUpdated { content: id, effective_at });
	}

	/// The removal of the largest content with `MaxReplicas` storage nodes, none challenged
	/// (a challenge refuses removal), after its announced notice: every pin checked for a
	/// challenge and dropped.
	#[benchmark]
	fn retire_content() {
		let (creator, id, nodes) = full_content::<T>(0, 1);
		// The second call, after the announcement's notice: the removal.
		Pallet::<T>::retire_content(RawOrigin::Signed(creator.clone()).into(), id)
			.expect("announces the retirement");
		go_to::<T>(now::<T>().saturating_add(T::TermsNotice::get()));
		#[extrinsic_call]
		_(RawOrigin::Signed(creator.clone()), id);
		assert!(!Contents::<T>::contains_key(id));
		assert!(!Creators::<T>::contains_key(&creator));
		for node in nodes.iter() {
			assert!(!Challenges::<T>::contains_key(node, id));
			assert_eq!(Nodes::<T>::get(node).map(|n| n.pins), Some(0));
		}
		assert_last_event::<T>(Event::ContentRetired { content: id });
	}

	/// An execution node heavier than every node of a full draw list: it evicts the lightest.
	#[benchmark]
	fn register_node() {
		let min = T::MinNodeStake::get();
		let listed = executors::<T>(T::MaxExecutors::get(), min);
		let who = funded::<T>("node", 0, SEED);
		let stake = min.saturating_add(T::MaxExecutors::get().into());
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), execution(), stake);
		let list = Executors::<T>::get();
		assert_eq!(list.len() as u32, T::MaxExecutors::get());
		assert_eq!(list.first(), Some(&(who.clone(), stake)));
		if let Some(lightest) = listed.first() {
			assert!(!is_listed::<T>(lightest));
		}
		assert_last_event::<T>(Event::ExecutorListed { node: who });
	}

	/// An execution node left out of a full draw list becomes heavier than every listed node:
	/// it evicts the lightest and goes first.
	#[benchmark]
	fn bond_extra() {
		let min = T::MinNodeStake::get();
		let listed = executors::<T>(T::MaxExecutors::get(), min.saturating_add(One::one()));
		let who = executor::<T>("node", 0, min);
		assert!(!is_listed::<T>(&who));
		let amount = BalanceOf::<T>::from(T::MaxExecutors::get().saturating_add(1));
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), amount);
		let list = Executors::<T>::get();
		assert_eq!(list.first(), Some(&(who.clone(), min.saturating_add(amount))));
		if let Some(lightest) = listed.first() {
			assert!(!is_listed::<T>(lightest));
		}
		assert_last_event::<T>(Event::ExecutorListed { node: who });
	}

	/// A partial unbond of the heaviest node of a full draw list, down to the minimum: it
	/// moves from first to last.
	#[benchmark]
	fn unbond() {
		let min = T::MinNodeStake::get();
		executors::<T>(T::MaxExecutors::get().saturating_sub(1), min.saturating_add(One::one()));
		let stake = min.saturating_mul(2u32.into()).saturating_add(T::MaxExecutors::get().into());
		let who = executor::<T>("node", 0, stake);
		assert_eq!(
			Executors::<T>::get().first().map(|(first, _)| first.clone()),
			Some(who.clone())
		);
		let amount = stake.saturating_sub(min);
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), amount);
		assert_eq!(Executors::<T>::get().last(), Some(&(who.clone(), min)));
		let node = Nodes::<T>::get(&who).expect("still a node");
		assert_eq!(node.unbonding.map(|(pending, _)| pending), Some(amount));
		assert!(!node.leaving);
	}

	/// A leaving node withdraws everything and is removed.
	#[benchmark]
	fn withdraw_unbonded() {
		let stake = T::MinNodeStake::get();
		let who = executor::<T>("node", 0, stake);
		Pallet::<T>::unbond(RawOrigin::Signed(who.clone()).into(), stake).expect("unbonds");
		go_to::<T>(now::<T>().saturating_add(T::UnbondDelay::get()));
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));
		assert!(!Nodes::<T>::contains_key(&who));
		assert_last_event::<T>(Event::Withdrawn { node: who, amount: stake, removed: true });
	}

	/// The last pin a content of the largest size takes.
	#[benchmark]
	fn pin_content() {
		let (_, id) = content::<T>(0, allow_list::<T>(0, None), 1);
		let replicas = T::MaxReplicas::get();
		pinned::<T>(0, id, replicas.saturating_sub(1));
		let who = node::<T>("pinner", 0, SEED, storage(), T::MinNodeStake::get());
		approve::<T>(id, &who);
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), id);
		let stored = Contents::<T>::get(id).expect("registered");
		assert_eq!(stored.storage_nodes.len() as u32, replicas);
		assert_eq!(stored.storage_nodes.last(), Some(&who));
		assert_last_event::<T>(Event::Pinned { node: who, content: id });
	}

	/// The last of `MaxReplicas` storage nodes of the largest content removes its pin, after
	/// the notice it announced.
	#[benchmark]
	fn unpin_content() {
		let (_, id, nodes) = full_content::<T>(0, 1);
		let who = nodes.last().cloned().expect("a storage node");
		Pallet::<T>::unpin_content(RawOrigin::Signed(who.clone()).into(), id)
			.expect("announces the unpinning");
		let at = Unpinning::<T>::get(&who, id).expect("announced");
		go_to::<T>(at);
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), id);
		let stored = Contents::<T>::get(id).expect("registered");
		assert!(!stored.storage_nodes.contains(&who));
		assert_eq!(Nodes::<T>::get(&who).map(|n| n.pins), Some(0));
		assert_last_event::<T>(Event::Unpinned { node: who, content: id });
	}

	/// A challenge of the last of `MaxReplicas` storage nodes of the largest content.
	#[benchmark]
	fn challenge_storage() {
		let (_, id, nodes) = full_content::<T>(0, 1);
		let target = nodes.last().cloned().expect("a storage node");
		let challenger = funded::<T>("challenger", 0, SEED);
		#[extrinsic_call]
		_(RawOrigin::Signed(challenger.clone()), target.clone(), id);
		// The harness may move the block number before the call: count from the call's block.
		let deadline =
			now::<T>().saturating_add(One::one()).saturating_add(T::ChallengeWindow::get());
		assert!(Challenges::<T>::contains_key(&target, id));
		assert_last_event::<T>(Event::ChallengeIssued {
			node: target,
			content: id,
			challenger,
			deadline,
		});
	}

	/// An answer with a chunk of `MaxChunkBytes` bytes and a Merkle path of `d` hashes: the
	/// content's tree holds `2^d` chunks (every path has `d` hashes). The drawn chunk is only
	/// known once the challenge is answerable, so the tree is built then, around it, and the
	/// content's root set to it.
	#[benchmark]
	fn answer_challenge(d: Linear<1, { T::MaxProofDepth::get() }>) {
		let chunks = if d >= 32 { u32::MAX } else { 1u32 << d };
		let (_, id, nodes) = full_content::<T>(0, chunks);
		let who = nodes.last().cloned().expect("a storage node");
		let challenger = challenge::<T>(0, &who, id);
		next_block::<T>();
		next_block::<T>();
		let index = Pallet::<T>::challenge_chunk(&who, id).expect("the chunk is drawn");
		let chunk: Vec<u8> = (0..T::MaxChunkBytes::get()).map(|i| (i % 251) as u8 ^ 0x5a).collect();
		let (root, path) = synthetic_path(chunks, index, merkle::leaf(&chunk));
		assert!(d >= 32 || path.len() as u32 == d);
		Contents::<T>::mutate(id, |stored| {
			if let Some(stored) = stored {
				stored.chunk_root = root;
			}
		});
		let chunk = BoundedVec::truncate_from(chunk);
		let proof = BoundedVec::truncate_from(path);
		let bond = T::ChallengeBond::get();
		let before = T::Currency::balance(&who);
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), id, chunk, proof);
		assert!(!Challenges::<T>::contains_key(&who, id));
		assert_eq!(T::Currency::balance(&who), before.saturating_add(bond));
		assert_eq!(T::Currency::total_balance(&challenger), plenty::<T>().saturating_sub(bond));
		assert_last_event::<T>(Event::ChallengeAnswered { node: who, content: id, chunk: index });
	}

	/// An unanswered challenge of the last storage node of the largest content, also the
	/// heaviest node of a full draw list: the slash is shared with the challenger, the node
	/// re-ranked and its pin dropped.
	#[benchmark]
	fn expire_challenge() {
		let min = T::MinNodeStake::get();
		executors::<T>(T::MaxExecutors::get().saturating_sub(1), min);
		let stake = big_stake::<T>();
		let roles = Roles { execution: true, storage: true };
		let who = node::<T>("node", 0, SEED, roles, stake);
		assert!(is_listed::<T>(&who));
		let (_, id) = content::<T>(0, allow_list::<T>(0, None), 1);
		pinned::<T>(0, id, T::MaxReplicas::get().saturating_sub(1));
		approve::<T>(id, &who);
		Pallet::<T>::pin_content(RawOrigin::Signed(who.clone()).into(), id).expect("pins");
		let challenger = challenge::<T>(0, &who, id);
		let deadline = Challenges::<T>::get(&who, id).map(|c| c.deadline).expect("challenged");
		go_to::<T>(deadline.saturating_add(One::one()));
		let before = T::Currency::balance(&challenger);
		let slashed = T::StorageSlash::get() * stake;
		let caller: T::AccountId = whitelisted_caller();
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), who.clone(), id);
		assert!(!Challenges::<T>::contains_key(&who, id));
		let stored = Contents::<T>::get(id).expect("registered");
		assert!(!stored.storage_nodes.contains(&who));
		let gained = T::ChallengeBond::get().saturating_add(T::ChallengerShare::get() * slashed);
		assert_eq!(T::Currency::balance(&challenger), before.saturating_add(gained));
		assert_last_event::<T>(Event::ChallengeFailed { node: who, content: id, slashed });
	}

	/// A task of `MaxSegments` segments on the largest content.
	#[benchmark]
	fn create_task() {
		let (creator, id, _) = full_content::<T>(0, 1);
		let task = NextTaskId::<T>::get();
		let segments = T::MaxSegments::get();
		let fee = unit::<T>();
		#[extrinsic_call]
		_(
			RawOrigin::Signed(creator),
			id,
			T::MaxRenditions::get().saturating_sub(1),
			H256::repeat_byte(0x1a),
			segments,
			fee,
		);
		assert!(Tasks::<T>::contains_key(task));
		assert_eq!(Contents::<T>::get(id).map(|c| c.open_tasks), Some(1));
		assert_last_event::<T>(Event::TaskCreated { task, content: id, segments, fee });
	}

	#[benchmark]
	fn cancel_task() {
		let (creator, id, _) = full_content::<T>(0, 1);
		let task = task::<T>(&creator, id, T::MaxSegments::get());
		#[extrinsic_call]
		_(RawOrigin::Signed(creator), task);
		assert!(!Tasks::<T>::contains_key(task));
		assert_eq!(Contents::<T>::get(id).map(|c| c.open_tasks), Some(0));
		assert_last_event::<T>(Event::TaskCancelled { task });
	}

	/// A draw over `n` listed executors.
	#[benchmark]
	fn assign_task(n: Linear<1, { T::MaxExecutors::get() }>) {
		executors::<T>(n, big_stake::<T>());
		let (creator, id, _) = full_content::<T>(0, 1);
		let task = task::<T>(&creator, id, T::MaxSegments::get());
		next_block::<T>();
		next_block::<T>();
		let caller: T::AccountId = whitelisted_caller();
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), task);
		let executor = executor_of::<T>(task);
		assert_eq!(Nodes::<T>::get(&executor).map(|n| n.open_tasks), Some(1));
	}

	/// Results of `s` segments, opening the task's verification request in the engine.
	#[benchmark]
	fn submit_results(s: Linear<1, { T::MaxSegments::get() }>) {
		T::BenchmarkHelper::prepare_verifier();
		executors::<T>(1, big_stake::<T>());
		let (creator, id, _) = full_content::<T>(0, 1);
		let task = task::<T>(&creator, id, s);
		let executor = assign::<T>(task);
		let results = results::<T>(s);
		#[extrinsic_call]
		_(RawOrigin::Signed(executor.clone()), task, results);
		let Some(TaskState::Verifying { request, .. }) = Tasks::<T>::get(task).map(|t| t.state)
		else {
			panic!("the task is being verified")
		};
		assert_eq!(TaskOfRequest::<T>::get(request), Some(task));
		assert_last_event::<T>(Event::ResultsPosted { task, executor, request });
	}

	/// An executor of a full draw list posted nothing: it is slashed to the requester and
	/// re-ranked, the requester refunded.
	#[benchmark]
	fn expire_task() {
		executors::<T>(T::MaxExecutors::get(), big_stake::<T>());
		let (creator, id, _) = full_content::<T>(0, 1);
		let task = task::<T>(&creator, id, T::MaxSegments::get());
		let executor = assign::<T>(task);
		let Some(TaskState::Assigned { deadline, .. }) = Tasks::<T>::get(task).map(|t| t.state)
		else {
			panic!("the task is assigned")
		};
		go_to::<T>(deadline.saturating_add(One::one()));
		let held = Nodes::<T>::get(&executor).map(|n| n.held()).expect("a node");
		let slashed = T::MissSlash::get() * held;
		let caller: T::AccountId = whitelisted_caller();
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), task);
		assert!(!Tasks::<T>::contains_key(task));
		assert_eq!(Nodes::<T>::get(&executor).map(|n| n.stats.tasks_failed), Some(1));
		// The slash is burned; the requester has fee and deposit back.
		assert_eq!(T::Currency::balance(&creator), plenty::<T>().saturating_sub(T::ContentDeposit::get()));
		assert_last_event::<T>(Event::TaskExpired { task, executor, slashed });
	}

	/// A rejection of a task of `MaxSegments` segments whose deciding round has `p` coherent
	/// members: the slash of an executor of a full draw list is split among `p` new
	/// accounts, the executor re-ranked, the requester refunded.
	#[benchmark]
	fn task_outcome(p: Linear<0, { MAX_SEATS }>) {
		T::BenchmarkHelper::prepare_verifier();
		executors::<T>(T::MaxExecutors::get(), big_stake::<T>());
		let (creator, id, _) = full_content::<T>(0, 1);
		let segments = T::MaxSegments::get();
		let task = task::<T>(&creator, id, segments);
		let executor = assign::<T>(task);
		Pallet::<T>::submit_results(
			RawOrigin::Signed(executor.clone()).into(),
			task,
			results::<T>(segments),
		)
		.expect("posts the results");
		let stored = Tasks::<T>::get(task).expect("a task");
		let TaskState::Verifying { request, .. } = stored.state else {
			panic!("the task is being verified")
		};
		let subject = Pallet::<T>::task_subject(task, &stored);
		let (outcome, verifiers) = rejection::<T>(p);
		let held = Nodes::<T>::get(&executor).map(|n| n.held()).expect("a node");
		let slashed = T::ResultSlash::get() * held;
		#[block]
		{
			<Pallet<T> as VerificationOutcomeHandler<T::AccountId>>::on_outcome(
				T::Domain::get(),
				subject,
				request,
				&outcome,
			);
		}
		assert!(!Tasks::<T>::contains_key(task));
		assert!(!TaskOfRequest::<T>::contains_key(request));
		// At most `max_paid_verifiers` (the engine's panel size) are paid; `p` above it costs
		// what that bound costs.
		let ed = T::Currency::minimum_balance();
		let paid = Pallet::<T>::max_paid_verifiers() as usize;
		for verifier in verifiers.iter().take(paid) {
			let share = T::Currency::balance(verifier);
			assert!(!share.is_zero() && share >= ed);
		}
		assert_last_event::<T>(Event::TaskFailed { task, executor, slashed });
	}

	/// A first opening: the deposit and the reserve held, a new allowance.
	#[benchmark]
	fn open_reserve() {
		let node = executor::<T>("deliverer", 0, T::MinNodeStake::get());
		let who = funded::<T>("viewer", 0, SEED);
		let amount = price::<T>().saturating_mul(1_000u32.into());
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), node.clone(), amount);
		assert_eq!(Viewers::<T>::get(&who).map(|v| (v.reserve, v.nodes)), Some((amount, 1)));
		assert_eq!(Allowances::<T>::get(&who, &node), amount);
		assert_last_event::<T>(Event::ReserveFunded {
			viewer: who,
			node,
			amount,
			allowance: amount,
			reserve: amount,
		});
	}

	#[benchmark]
	fn leave() {
		let node = executor::<T>("deliverer", 0, T::MinNodeStake::get());
		let who = viewer::<T>(0, &node, price::<T>().saturating_mul(1_000u32.into()));
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));
		// The harness may move the block number before the call: count from the call's block.
		let withdrawable_at = now::<T>().saturating_add(T::ViewerExitDelay::get());
		assert_eq!(Viewers::<T>::get(&who).and_then(|v| v.leaving_at), Some(withdrawable_at));
		assert_last_event::<T>(Event::ViewerLeaving { viewer: who, withdrawable_at });
	}

	/// A left reserve with `c` channels, each with a different node, and an allowance for
	/// each of those nodes (at least one).
	#[benchmark]
	fn withdraw_reserve(c: Linear<0, { T::MaxChannels::get() }>) {
		let (_, id) = content::<T>(0, AccessRule::Public, 1);
		let cost = price::<T>().saturating_mul(SECONDS.into());
		let first = executor::<T>("deliverer", 0, T::MinNodeStake::get());
		let who = viewer::<T>(0, &first, cost);
		let mut reserve = cost;
		for i in 0..c {
			let node = if i == 0 {
				first.clone()
			} else {
				let node = executor::<T>("deliverer", i, T::MinNodeStake::get());
				fund::<T>(&who, &node, cost);
				reserve = reserve.saturating_add(cost);
				node
			};
			let batch = BoundedVec::truncate_from(vec![ticket::<T>(&who, id, &node, SECONDS)]);
			Pallet::<T>::redeem_tickets(RawOrigin::Signed(node).into(), batch)
				.expect("redeems the ticket");
		}
		assert_eq!(Viewers::<T>::get(&who).map(|v| v.channels), Some(c));
		Pallet::<T>::leave(RawOrigin::Signed(who.clone()).into()).expect("leaves");
		go_to::<T>(now::<T>().saturating_add(T::ViewerExitDelay::get()));
		let refunded = reserve.saturating_sub(cost.saturating_mul(c.into()));
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));
		assert!(!Viewers::<T>::contains_key(&who));
		assert!(Channels::<T>::iter_prefix(&who).next().is_none());
		assert!(Allowances::<T>::iter_prefix(&who).next().is_none());
		assert_last_event::<T>(Event::ReserveWithdrawn { viewer: who, refunded });
	}

	/// `t` tickets, each opening a new channel of a different viewer on a different content
	/// of a different creator: the longest ladder, a full allow-list ending with the viewer,
	/// and `MaxReplicas` storage nodes of its own, so that each payment is split among the
	/// most payees and no storage item is read twice.
	#[benchmark]
	fn redeem_tickets(t: Linear<1, { T::MaxTicketsPerBatch::get() }>) {
		let node = executor::<T>("deliverer", 0, T::MinNodeStake::get());
		let cost = price::<T>().saturating_mul(SECONDS.into());
		let mut redeemed = Vec::new();
		let mut batch = Vec::new();
		for i in 0..t {
			let viewer = viewer::<T>(i, &node, cost.saturating_mul(2u32.into()));
			let (_, id) = content::<T>(i, allow_list::<T>(i, Some(&viewer)), 1);
			pinned::<T>(i, id, T::MaxReplicas::get());
			batch.push(ticket::<T>(&viewer, id, &node, SECONDS));
			redeemed.push((viewer, id));
		}
		let batch: TicketBatchOf<T> = BoundedVec::truncate_from(batch);
		#[extrinsic_call]
		_(RawOrigin::Signed(node.clone()), batch);
		for (viewer, id) in redeemed.iter() {
			let channel = Channels::<T>::get(viewer, (*id, node.clone())).expect("a channel");
			assert_eq!(channel.seconds, SECONDS);
			assert_eq!(Viewers::<T>::get(viewer).map(|v| (v.channels, v.reserve)), Some((1, cost)));
		}
		if let Some((viewer, id)) = redeemed.pop() {
			assert_last_event::<T>(Event::TicketRedeemed {
				viewer,
				content: id,
				node,
				seconds: SECONDS,
				amount: cost,
			});
		}
	}

	/// The creator of the largest content approves its `MaxReplicas`-th storage node.
	#[benchmark]
	fn approve_storage() {
		let (creator, id) = content::<T>(0, allow_list::<T>(0, None), 1);
		for i in 0..T::MaxReplicas::get().saturating_sub(1) {
			approve::<T>(id, &account("approved", i, SEED));
		}
		let who: T::AccountId = account("storage", 0, SEED);
		#[extrinsic_call]
		_(RawOrigin::Signed(creator), id, who.clone());
		let stored = Contents::<T>::get(id).expect("registered");
		assert_eq!(stored.approved_storage.len() as u32, T::MaxReplicas::get());
		assert_last_event::<T>(Event::StorageApproved { content: id, node: who });
	}

	/// The creator of the largest content revokes the last of its `MaxReplicas` pinned
	/// storage nodes, which is announcing its unpinning: the pin and the announcement go.
	#[benchmark]
	fn revoke_storage() {
		let (creator, id, nodes) = full_content::<T>(0, 1);
		let who = nodes.last().cloned().expect("a storage node");
		Pallet::<T>::unpin_content(RawOrigin::Signed(who.clone()).into(), id)
			.expect("announces the unpinning");
		#[extrinsic_call]
		_(RawOrigin::Signed(creator), id, who.clone());
		let stored = Contents::<T>::get(id).expect("registered");
		assert!(!stored.approved_storage.contains(&who) && !stored.storage_nodes.contains(&who));
		assert!(!Unpinning::<T>::contains_key(&who, id));
		assert_eq!(Nodes::<T>::get(&who).map(|n| n.pins), Some(0));
		assert_last_event::<T>(Event::StorageRevoked { content: id, node: who });
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
