//! Benchmarks of the credits pallet (frame-benchmarking v2), each at its worst case: the
//! acting ledger has decay due (an extra history entry and event), rewards are paid, lists
//! are full, and credits overflow a receiver's cap.

use super::*;
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{fungible::Mutate, EnsureOrigin, Get},
	BoundedVec,
};
use frame_system::{pallet_prelude::BlockNumberFor, RawOrigin};
use sp_core::H256;
use sp_runtime::{
	traits::{UniqueSaturatedInto, Zero},
	Perbill, Saturating,
};
use alloc::vec::Vec;
use verification_primitives::{
	Decision, Outcome, Participant, Resolution, Verdict, Vote, MAX_PARTICIPANTS,
};

/// A participant enrolled at the current block without sponsor.
fn participant<T: Config>(name: &'static str, index: u32) -> T::AccountId {
	let who: T::AccountId = account(name, index, 0);
	if !Ledgers::<T>::contains_key(&who) {
		Pallet::<T>::open_ledger(&who, None, Zero::zero());
	}
	who
}

/// A distinct hash for each `i`.
fn numbered(i: u32) -> H256 {
	let mut bytes = [0u8; 32];
	bytes[..4].copy_from_slice(&i.to_le_bytes());
	H256(bytes)
}

/// Moves to a block at which every ledger last active at `since` has two decay steps due.
fn decay_due<T: Config>(since: BlockNumberFor<T>) {
	let block = since
		.saturating_add(T::InactivityPeriod::get())
		.saturating_add(T::DecayPeriod::get().saturating_mul(2u32.into()))
		.saturating_add(1u32.into());
	frame_system::Pallet::<T>::set_block_number(block);
}

/// A post of `author`, registered now.
fn post_of<T: Config>(author: &T::AccountId, n: u8) -> PostId {
	let content = H256::repeat_byte(n);
	Pallet::<T>::post(RawOrigin::Signed(author.clone()).into(), content, None).expect("posts");
	post_id(author, &content)
}

/// Fills `who`'s ledger to `BalanceCap` less `room`, from the pool.
fn fill<T: Config>(who: &T::AccountId, room: Credits) {
	let mut ledger = Ledgers::<T>::get(who).expect("a participant");
	let want = T::BalanceCap::get().saturating_sub(room).saturating_sub(ledger.total());
	Pallet::<T>::pay_from_pool(who, &mut ledger, Category::Content, want, EntryKind::Grant);
	Ledgers::<T>::insert(who, ledger);
}

/// A participant that bonded, funded with ARETE to pay swarms.
fn node<T: Config>(name: &'static str, index: u32) -> T::AccountId {
	let who = participant::<T>(name, index);
	let funds = T::SwarmReward::get().saturating_mul(1_000u32.into());
	T::Currency::set_balance(&who, funds);
	if !Nodes::<T>::contains_key(&who) {
		Pallet::<T>::bond_node(RawOrigin::Signed(who.clone()).into()).expect("bonds");
	}
	who
}

/// Moves past the validation delay of every node bonded so far.
fn validating<T: Config>() {
	let now = frame_system::Pallet::<T>::block_number();
	frame_system::Pallet::<T>::set_block_number(now.saturating_add(T::ValidationDelay::get()));
}

/// A node with a full vouch list both ways and the most hosting declarations.
fn full_node<T: Config>() -> T::AccountId {
	let who = node::<T>("node", 0);
	validating::<T>();
	for i in 0..T::MaxVouches::get() {
		let target = node::<T>("target", i);
		Pallet::<T>::vouch(RawOrigin::Signed(who.clone()).into(), target).expect("vouches");
	}
	for i in 0..T::MaxVouchers::get() {
		let voucher = node::<T>("voucher", i);
		validating::<T>();
		Pallet::<T>::vouch(RawOrigin::Signed(voucher).into(), who.clone()).expect("vouched");
	}
	for i in 0..T::MaxHostingPerNode::get() {
		let content = numbered(i);
		Pallet::<T>::declare_hosting(RawOrigin::Signed(who.clone()).into(), content, T::HostingUnit::get())
			.expect("declares");
	}
	who
}

/// Heartbeats of `who` in every hour of a day, then the next day.
fn full_day_of_heartbeats<T: Config>(who: &T::AccountId) {
	let day: u32 = T::BlocksPerDay::get().unique_saturated_into();
	let now: u32 = frame_system::Pallet::<T>::block_number().unique_saturated_into();
	let start = (now / day.max(1)).saturating_add(1).saturating_mul(day);
	for hour in 0..24u32 {
		let block = start.saturating_add(hour.saturating_mul(day) / 24).saturating_add(1);
		frame_system::Pallet::<T>::set_block_number(block.into());
		let _ = Pallet::<T>::heartbeat(RawOrigin::Signed(who.clone()).into());
	}
	frame_system::Pallet::<T>::set_block_number(start.saturating_add(day).saturating_add(1).into());
}

/// A content of one hosting unit declared by `who`; returns the content.
fn declared<T: Config>(who: &T::AccountId) -> H256 {
	let content = H256::repeat_byte(1);
	Pallet::<T>::declare_hosting(RawOrigin::Signed(who.clone()).into(), content, T::HostingUnit::get())
		.expect("declares");
	content
}

/// A content of `who`'s with a challenge ready to answer; returns the content.
fn challenged<T: Config>(who: &T::AccountId) -> H256 {
	let content = declared::<T>(who);
	Pallet::<T>::request_challenge(RawOrigin::Signed(who.clone()).into(), content).expect("requests");
	let now = frame_system::Pallet::<T>::block_number();
	frame_system::Pallet::<T>::set_block_number(now.saturating_add(2u32.into()));
	content
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn enroll() {
		let sponsor: T::AccountId = account("sponsor", 0, 0);
		let funds = T::EnrollmentDeposit::get().saturating_mul(100u32.into());
		T::Currency::set_balance(&sponsor, funds);
		let who: T::AccountId = account("newcomer", 0, 0);
		#[extrinsic_call]
		_(RawOrigin::Signed(sponsor), who.clone());
		assert!(Ledgers::<T>::contains_key(&who));
	}

	/// A comment on another's post by a decaying participant, rewarded as engagement.
	#[benchmark]
	fn post() {
		let start = frame_system::Pallet::<T>::block_number();
		let owner = participant::<T>("owner", 0);
		let parent = post_of::<T>(&owner, 0);
		let author = participant::<T>("author", 0);
		decay_due::<T>(start);
		let content = H256::repeat_byte(1);
		#[extrinsic_call]
		_(RawOrigin::Signed(author.clone()), content, Some(parent));
		assert_eq!(Posts::<T>::get(parent).map(|p| p.comments), Some(1));
		assert!(ActionStats::<T>::contains_key(&author, Action::Engagement));
	}

	/// A reaction by a decaying participant whose recent reactions are full (the oldest is
	/// shifted out), rewarded as engagement.
	#[benchmark]
	fn react() {
		let start = frame_system::Pallet::<T>::block_number();
		let owner = participant::<T>("owner", 0);
		let who = participant::<T>("reactor", 0);
		let full: BoundedVec<PostId, T::MaxRecentReactions> = BoundedVec::truncate_from(
			(0..T::MaxRecentReactions::get()).map(numbered).collect(),
		);
		RecentReactions::<T>::insert(&who, full);
		let target = post_of::<T>(&owner, 0);
		decay_due::<T>(start);
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), target);
		assert_eq!(Posts::<T>::get(target).map(|p| p.reactions), Some(1));
		assert!(RecentReactions::<T>::get(&who).contains(&target));
	}

	/// A tip by a decaying participant to a comment: the comment's author and the original
	/// author both receive, both past their caps (the excess returns to the pool).
	#[benchmark]
	fn tip() {
		let start = frame_system::Pallet::<T>::block_number();
		let original = participant::<T>("original", 0);
		let commenter = participant::<T>("commenter", 0);
		let tipper = participant::<T>("tipper", 0);
		let parent = post_of::<T>(&original, 0);
		let content = H256::repeat_byte(1);
		Pallet::<T>::post(RawOrigin::Signed(commenter.clone()).into(), content, Some(parent))
			.expect("comments");
		let comment = post_id(&commenter, &content);
		let amount = T::GenesisGrant::get() / 2;
		let royalty = T::RoyaltyShare::get().mul_floor(amount);
		fill::<T>(&commenter, 1);
		fill::<T>(&original, royalty.min(1));
		decay_due::<T>(start);
		#[extrinsic_call]
		_(RawOrigin::Signed(tipper.clone()), comment, amount);
		assert_eq!(Posts::<T>::get(comment).map(|p| p.tips), Some(amount));
	}

	/// The largest hype by a decaying participant; the author receives past its cap.
	#[benchmark]
	fn hype() {
		let start = frame_system::Pallet::<T>::block_number();
		let author = participant::<T>("author", 0);
		let who = participant::<T>("hyper", 0);
		let target = post_of::<T>(&author, 0);
		fill::<T>(&author, 1);
		fill::<T>(&who, 0);
		decay_due::<T>(start);
		let amount = T::MaxHype::get();
		#[extrinsic_call]
		_(RawOrigin::Signed(who), target, amount);
		assert_eq!(Posts::<T>::get(target).map(|p| p.hype), Some(amount));
	}

	#[benchmark]
	fn reap_post() {
		let author = participant::<T>("author", 0);
		let target = post_of::<T>(&author, 0);
		let now = frame_system::Pallet::<T>::block_number();
		frame_system::Pallet::<T>::set_block_number(now.saturating_add(T::PostLifetime::get()));
		let caller: T::AccountId = whitelisted_caller();
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), target);
		assert!(!Posts::<T>::contains_key(target));
	}

	#[benchmark]
	fn set_rule() -> Result<(), BenchmarkError> {
		let origin =
			T::RuleOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let rule = Rule {
			category: Category::Content,
			base_reward: 2 * CREDIT,
			cooldown: 1u32.into(),
			diminishing: Perbill::from_percent(50),
			daily_cap: 5,
		};
		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, Action::Post, rule);
		assert_eq!(Rules::<T>::get(Action::Post), Some(rule));
		Ok(())
	}

	/// Decay of an active participant, found inactive (counted out) with two steps due.
	#[benchmark]
	fn apply_decay() {
		let start = frame_system::Pallet::<T>::block_number();
		let who = participant::<T>("idle", 0);
		decay_due::<T>(start);
		let caller: T::AccountId = whitelisted_caller();
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), who.clone());
		assert!(Ledgers::<T>::get(&who).map(|l| l.inactive).unwrap_or_default());
	}

	/// The transaction extension's work for a fee-free call: the check and the action taken.
	#[benchmark]
	fn use_free_action() {
		let who = participant::<T>("actor", 0);
		Pallet::<T>::use_free_action(&who);
		let now = frame_system::Pallet::<T>::block_number();
		frame_system::Pallet::<T>::set_block_number(now.saturating_add(1u32.into()));
		#[block]
		{
			assert!(Pallet::<T>::free_action_signer(&who));
			Pallet::<T>::use_free_action(&who);
		}
		assert!(Allowances::<T>::contains_key(&who));
	}

	#[benchmark]
	fn bond_node() {
		let start = frame_system::Pallet::<T>::block_number();
		let who = participant::<T>("node", 0);
		decay_due::<T>(start);
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));
		assert!(Nodes::<T>::contains_key(&who));
	}

	/// A node vouching for the most nodes, vouched for by the most, hosting the most
	/// contents: every vouch is undone on both sides and every declaration removed.
	#[benchmark]
	fn unbond_node() {
		let who = full_node::<T>();
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));
		assert!(!Nodes::<T>::contains_key(&who));
	}

	#[benchmark]
	fn vouch() {
		let voucher = node::<T>("voucher", 0);
		let target = node::<T>("target", 0);
		validating::<T>();
		#[extrinsic_call]
		_(RawOrigin::Signed(voucher.clone()), target.clone());
		assert!(Nodes::<T>::get(&target).is_some_and(|r| r.vouchers.contains(&voucher)));
	}

	/// Withdrawing the last vouch of a full list from a node with full vouchers.
	#[benchmark]
	fn unvouch() {
		let voucher = node::<T>("voucher", 0);
		validating::<T>();
		let mut last = voucher.clone();
		for i in 0..T::MaxVouches::get() {
			last = node::<T>("target", i);
			Pallet::<T>::vouch(RawOrigin::Signed(voucher.clone()).into(), last.clone()).expect("vouches");
		}
		let others = T::MaxVouchers::get().saturating_sub(1);
		for i in 0..others {
			let other = node::<T>("other", i);
			validating::<T>();
			Pallet::<T>::vouch(RawOrigin::Signed(other).into(), last.clone()).expect("vouches");
		}
		#[extrinsic_call]
		_(RawOrigin::Signed(voucher.clone()), last.clone());
		assert!(Nodes::<T>::get(&last).is_some_and(|r| !r.vouchers.contains(&voucher)));
	}

	/// The first heartbeat of a day after a day of heartbeats, from a decaying ledger.
	#[benchmark]
	fn heartbeat() {
		let start = frame_system::Pallet::<T>::block_number();
		let who = node::<T>("node", 0);
		Pallet::<T>::heartbeat(RawOrigin::Signed(who.clone()).into()).expect("beats");
		decay_due::<T>(start);
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));
		assert!(Nodes::<T>::get(&who).is_some_and(|r| r.heartbeats.previous_day.is_some()));
	}

	/// A day of heartbeats claimed: the swarm's request opened in the engine.
	#[benchmark]
	fn claim_uptime() {
		T::BenchmarkHelper::prepare_verifier();
		let who = node::<T>("node", 0);
		full_day_of_heartbeats::<T>(&who);
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()));
		assert!(Ledgers::<T>::get(&who).is_some_and(|l| l.pending_proofs == 1));
	}

	#[benchmark]
	fn declare_hosting() {
		let who = node::<T>("node", 0);
		let content = H256::repeat_byte(1);
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), content, T::HostingUnit::get().saturating_mul(1_000));
		assert!(Hosted::<T>::contains_key(&who, content));
	}

	#[benchmark]
	fn withdraw_hosting() {
		let who = node::<T>("node", 0);
		let content = declared::<T>(&who);
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), content);
		assert!(!Hosted::<T>::contains_key(&who, content));
	}

	#[benchmark]
	fn request_challenge() {
		let who = node::<T>("node", 0);
		let content = declared::<T>(&who);
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), content);
		assert!(Hosted::<T>::get(&who, content).is_some_and(|h| h.challenge.is_some()));
	}

	/// An answer: the chunk picked and the swarm's request opened in the engine.
	#[benchmark]
	fn answer_challenge() {
		T::BenchmarkHelper::prepare_verifier();
		let who = node::<T>("node", 0);
		let content = challenged::<T>(&who);
		#[extrinsic_call]
		_(RawOrigin::Signed(who.clone()), content, H256::repeat_byte(9));
		assert!(Ledgers::<T>::get(&who).is_some_and(|l| l.pending_proofs == 1));
	}

	#[benchmark]
	fn expire_challenge() {
		let who = node::<T>("node", 0);
		let content = challenged::<T>(&who);
		let now = frame_system::Pallet::<T>::block_number();
		frame_system::Pallet::<T>::set_block_number(now.saturating_add(T::ChallengeWindow::get()));
		let caller: T::AccountId = whitelisted_caller();
		#[extrinsic_call]
		_(RawOrigin::Signed(caller), who.clone(), content);
		assert!(Hosted::<T>::get(&who, content).is_some_and(|h| h.challenge.is_none()));
	}

	/// A verified hosting proof of the most units, `p` swarm members all nodes: each member's
	/// trust read for the tally and its record updated, the most rewards paid.
	#[benchmark]
	fn on_outcome(p: Linear<1, { MAX_PARTICIPANTS }>) {
		let who = node::<T>("node", 0);
		let content = H256::repeat_byte(1);
		let size = T::HostingUnit::get().saturating_mul(u64::from(T::MaxUnitsPerProof::get()));
		Pallet::<T>::declare_hosting(RawOrigin::Signed(who.clone()).into(), content, size)
			.expect("declares");
		let request: RequestId = 7;
		let proof = NodeProof::Hosting {
			content,
			chunk: 0,
			answer: H256::zero(),
			units: T::MaxUnitsPerProof::get(),
		};
		Proofs::<T>::insert(request, ProofTicket { node: who.clone(), proof });
		Ledgers::<T>::mutate(&who, |l| {
			if let Some(l) = l {
				l.pending_proofs = 1;
			}
		});
		let members: Vec<_> = (0..p).map(|i| node::<T>("member", i)).collect();
		validating::<T>();
		let participants = members
			.iter()
			.map(|member| Participant {
				who: member.clone(),
				round: 0,
				seats: 1,
				weight: 1,
				vote: Some(Vote { verdict: Verdict::Approved, score: None }),
				coherent: true,
			})
			.collect::<Vec<_>>();
		let outcome = Outcome {
			decision: Decision::Approved,
			score: None,
			resolution: Resolution::DrawnPanel,
			appeals: 0,
			approval: Perbill::one(),
			participants: BoundedVec::truncate_from(participants),
		};
		#[block]
		{
			Pallet::<T>::do_on_outcome(request, &outcome);
		}
		assert!(Nodes::<T>::get(&who).is_some_and(|r| r.hosted_units == T::MaxUnitsPerProof::get()));
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
