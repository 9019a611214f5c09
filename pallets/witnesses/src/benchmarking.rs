//! Benchmarks of the witnesses pallet (frame-benchmarking v2), each at its worst case.

use super::*;
use crate::pallet::{
	CurrentRosters, DrawSeeds, DrawsAt, Entropy, FinalizationCursor, Panels, Requests,
	RoleMultipliers, Rosters,
};
use alloc::vec::Vec;
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{
		fungible::{Inspect, Mutate, MutateHold},
		EnsureOrigin, Get, Hooks,
	},
	BoundedVec,
};
use frame_system::RawOrigin;
use sp_core::H256;
use sp_runtime::{
	traits::{CheckedAdd, One, Zero},
	FixedU128, Perbill, Saturating,
};

fn assert_last_event<T: Config>(event: Event<T>) {
	frame_system::Pallet::<T>::assert_last_event(<T as frame_system::Config>::RuntimeEvent::from(
		event,
	));
}

fn bond<T: Config>() -> BalanceOf<T> {
	T::MinimumBond::get().saturating_mul(10u32.into()).max(10u32.into())
}

fn funded<T: Config>(name: &'static str, index: u32) -> T::AccountId {
	let who: T::AccountId = account(name, index, 0);
	let amount = bond::<T>()
		.saturating_add(T::Currency::minimum_balance())
		.saturating_add(T::RequestDeposit::get())
		.saturating_mul(1_000u32.into());
	T::Currency::set_balance(&who, amount);
	who
}

fn domain(i: u32) -> DomainId {
	let b = i.to_le_bytes();
	[b'b', b'e', b'n', b'c', b[0], b[1], b[2], b[3]]
}

fn domains<T: Config>(n: u32) -> DomainsOf<T> {
	let list: Vec<DomainId> = (0..n).map(domain).collect();
	BoundedVec::try_from(list).expect("n <= MaxDomainsPerWitness")
}

fn claims_only<T: Config>() -> DomainsOf<T> {
	BoundedVec::try_from(alloc::vec![T::ClaimsDomain::get()]).expect("one domain fits")
}

fn add_witness<T: Config>(name: &'static str, index: u32, ds: DomainsOf<T>) -> T::AccountId {
	add_witness_with::<T>(name, index, ds, bond::<T>())
}

fn add_witness_with<T: Config>(
	name: &'static str,
	index: u32,
	ds: DomainsOf<T>,
	bond: BalanceOf<T>,
) -> T::AccountId {
	let who = funded::<T>(name, index);
	Pallet::<T>::do_register(who.clone(), Role::Judge, bond, ds).expect("registers");
	who
}

/// Fill each of the first `MaxDomainsPerWitness` benchmark domains up to one below its limit.
fn fill_domains<T: Config>() {
	let all = domains::<T>(T::MaxDomainsPerWitness::get());
	for i in 0..T::MaxWitnessesPerDomain::get().saturating_sub(1) {
		add_witness::<T>("filler", i, all.clone());
	}
}

fn min_period<T: Config>(min: BlockNumberOf<T>) -> BlockNumberOf<T> {
	min.max(One::one())
}

fn params<T: Config>(panel: Panel<T::AccountId>, scored: bool) -> RequestParamsOf<T> {
	RequestParams {
		min_witnesses: 1,
		min_weight: 0,
		approval_threshold: Perbill::from_percent(50),
		commit_period: min_period::<T>(T::MinCommitPeriod::get()),
		reveal_period: min_period::<T>(T::MinRevealPeriod::get()),
		reward: bond::<T>(),
		score_range: scored.then_some(ScoreRange { min: 0, max: 100 }),
		panel,
	}
}

fn named<T: Config>(members: Vec<T::AccountId>) -> Panel<T::AccountId> {
	Panel::Named(BoundedVec::try_from(members).expect("p <= MaxPanelSize"))
}

fn salt(i: u32) -> [u8; 32] {
	let mut salt = [0u8; 32];
	for (s, b) in salt.iter_mut().zip(i.to_le_bytes().iter().cycle()) {
		*s = *b;
	}
	salt
}

/// Open a scored request with `n` committed and revealed witnesses (every third one
/// rejecting, so both rewards and slashes happen), and move past its reveal deadline.
fn finalizable<T: Config>(n: u32) -> (RequestId, BlockNumberOf<T>) {
	let requester = funded::<T>("requester", 0);
	let id = Pallet::<T>::do_open_request(
		T::ClaimsDomain::get(),
		H256::repeat_byte(1),
		requester,
		params::<T>(Panel::Open, true),
	)
	.expect("opens");
	let mut votes = Vec::new();
	for i in 0..n {
		let verdict = i % 3 != 2;
		// Alternate between the domain list and the general list so that up to
		// 2 × MaxWitnessesPerDomain witnesses fit; dissenters hold the minimum bond so that
		// their slash also deactivates them.
		let ds = if i % 2 == 0 { claims_only::<T>() } else { BoundedVec::default() };
		let bond = if verdict { bond::<T>() } else { T::MinimumBond::get().max(One::one()) };
		let who = add_witness_with::<T>("witness", i, ds, bond);
		let score = Some(if verdict { 50 } else { 90 });
		let commitment =
			Pallet::<T>::commitment_of(T::ClaimsDomain::get(), id, &who, verdict, score, &salt(i));
		Pallet::<T>::do_commit(id, who.clone(), commitment).expect("commits");
		votes.push((who, verdict, score, salt(i)));
	}
	// Finalization also clears the panel entries: count a full panel (client requests always
	// have one) although this open request lets anyone commit.
	for i in 0..T::MaxPanelSize::get() {
		Panels::<T>::insert(id, account::<T::AccountId>("panel", i, 0), 1);
	}
	Requests::<T>::mutate(id, |request| {
		if let Some(request) = request {
			request.panel_size = T::MaxPanelSize::get();
		}
	});
	let request = Requests::<T>::get(id).expect("open");
	frame_system::Pallet::<T>::set_block_number(request.commit_deadline.saturating_add(One::one()));
	for (who, verdict, score, salt) in votes {
		Pallet::<T>::do_reveal(id, who, verdict, score, salt).expect("reveals");
	}
	(id, request.reveal_deadline)
}

/// `c` witnesses of the claims domain, alternately in its list and in the general list (so that
/// up to `2 × MaxWitnessesPerDomain` fit), all with the same bond.
fn roster_candidates<T: Config>(c: u32) {
	for i in 0..c {
		let ds = if i % 2 == 0 { claims_only::<T>() } else { BoundedVec::default() };
		add_witness::<T>("candidate", i, ds);
	}
}

/// Build the claims domain's roster twice, `RosterPeriod` apart, and move another period on:
/// the next rotation removes a roster as well as writing one.
fn rotated_twice<T: Config>() {
	let rotator = funded::<T>("rotator", 0);
	let domain = T::ClaimsDomain::get();
	for _ in 0..2 {
		Pallet::<T>::do_rotate_roster(rotator.clone(), domain).expect("rotates");
		let now = frame_system::Pallet::<T>::block_number();
		frame_system::Pallet::<T>::set_block_number(now.saturating_add(T::RosterPeriod::get()));
	}
}

/// `MAX_EXCLUDED` accounts that are not candidates: each one is compared with every entry.
fn excluded<T: Config>() -> Vec<T::AccountId> {
	(0..verification_primitives::MAX_EXCLUDED).map(|i| account("excluded", i, 0)).collect()
}

/// The client domain of the claim benchmarks.
fn client_domain() -> DomainId {
	domain(0)
}

/// `c` witnesses of the client domain, alternately in its list and in the general list, and
/// the domain's roster rotated twice.
fn client_roster<T: Config>(c: u32) {
	for i in 0..c {
		let ds = if i % 2 == 0 { domains::<T>(1) } else { BoundedVec::default() };
		add_witness::<T>("client-candidate", i, ds);
	}
	let rotator = funded::<T>("rotator", 1);
	for _ in 0..2 {
		Pallet::<T>::do_rotate_roster(rotator.clone(), client_domain()).expect("rotates");
		let now = frame_system::Pallet::<T>::block_number();
		frame_system::Pallet::<T>::set_block_number(now.saturating_add(T::RosterPeriod::get()));
	}
}

/// Optimistic client parameters at the engine's minimums, with `seats` dispute seats and the
/// most excluded accounts.
fn claim_params<T: Config>(seats: u32) -> crate::features::provider::ClientParamsOf<T> {
	let limits = Pallet::<T>::limits();
	primitives::RequestParams {
		mode: primitives::VerificationMode::Optimistic(primitives::ClaimTerms {
			claim: primitives::Vote { verdict: primitives::Verdict::Approved, score: Some(80) },
			bond: T::MinClaimBond::get()
				.max(T::Currency::minimum_balance())
				.min(T::MaxClaimBond::get()),
			liveness: limits.min_liveness,
			dispute_seats: seats,
		}),
		panel: primitives::PanelTerms {
			min_seats: 1,
			min_weight: limits.min_quorum_weight,
			approval_threshold: Perbill::from_percent(50),
			commit_period: limits.min_commit_period,
			reveal_period: limits.min_reveal_period,
			appeal_period: limits.min_appeal_period,
			reward: bond::<T>(),
		},
		score_range: Some(primitives::ScoreRange { min: 0, max: 100 }),
		excluded: BoundedVec::truncate_from(excluded::<T>()),
	}
}

/// A claim of `requester` in the client domain (whose roster must exist).
fn open_claim<T: Config>(requester: &T::AccountId) -> RequestId {
	Pallet::<T>::do_open_client_request(
		client_domain(),
		H256::repeat_byte(2),
		requester.clone(),
		claim_params::<T>(T::MaxPanelSize::get()),
	)
	.expect("opens")
}

/// Drawn-panel client parameters at the engine's minimums with `seats` seats.
fn drawn_params<T: Config>(seats: u32) -> crate::features::provider::ClientParamsOf<T> {
	let mut params = claim_params::<T>(seats);
	params.mode = primitives::VerificationMode::Panel(primitives::PanelPolicy::Drawn { seats });
	params
}

/// A drawn client request of `seats` seats over a roster of `4 × MaxPanelSize` candidates,
/// drawn, every member committed and revealed (approving), and the block past its reveal
/// deadline: its round waits for its tally.
fn revealed_client_request<T: Config>(seats: u32) -> RequestId {
	client_roster::<T>(T::MaxPanelSize::get().saturating_mul(4).min(Pallet::<T>::max_roster_len()));
	let requester = funded::<T>("requester", 0);
	let id = Pallet::<T>::do_open_client_request(
		client_domain(),
		H256::repeat_byte(3),
		requester,
		drawn_params::<T>(seats),
	)
	.expect("opens");
	let seed_block = Requests::<T>::get(id).and_then(|r| r.draw).expect("waits").seed_block;
	frame_system::Pallet::<T>::set_block_number(seed_block);
	Pallet::<T>::on_initialize(seed_block);
	Pallet::<T>::do_advance(id).expect("draws");
	let members: Vec<T::AccountId> = Panels::<T>::iter_key_prefix(id).collect();
	let score = Some(80);
	for (i, who) in members.iter().enumerate() {
		let salt = salt(i as u32);
		let commitment = Pallet::<T>::commitment_of(client_domain(), id, who, true, score, &salt);
		Pallet::<T>::do_commit(id, who.clone(), commitment).expect("commits");
	}
	let request = Requests::<T>::get(id).expect("open");
	frame_system::Pallet::<T>::set_block_number(request.commit_deadline.saturating_add(One::one()));
	for (i, who) in members.iter().enumerate() {
		Pallet::<T>::do_reveal(id, who.clone(), true, score, salt(i as u32)).expect("reveals");
	}
	frame_system::Pallet::<T>::set_block_number(request.reveal_deadline.saturating_add(One::one()));
	id
}

#[benchmarks]
mod benchmarks {
	use super::*;

	#[benchmark]
	fn register(d: Linear<0, { T::MaxDomainsPerWitness::get() }>) {
		// Every list full: the heavier caller goes first and evicts the lightest entry.
		fill_domains::<T>();
		add_witness::<T>("last-filler", 0, domains::<T>(T::MaxDomainsPerWitness::get()));
		let caller = funded::<T>("caller", 0);
		let ds = domains::<T>(d);
		let heavier = bond::<T>().saturating_add(One::one());

		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()), Role::Judge, heavier, ds.clone());

		assert_last_event::<T>(Event::WitnessRegistered {
			who: caller,
			role: Role::Judge,
			bond: heavier,
			domains: ds,
		});
	}

	#[benchmark]
	fn bond_extra(d: Linear<0, { T::MaxDomainsPerWitness::get() }>) {
		// A deactivated witness pruned from full lists: bond_extra reactivates it and puts it
		// back at the top of every list, evicting the lightest entry of each.
		fill_domains::<T>();
		let caller = add_witness::<T>("caller", 0, domains::<T>(d));
		Witnesses::<T>::mutate(&caller, |info| {
			if let Some(info) = info {
				Pallet::<T>::index_remove(&caller, &info.domains);
				info.status = WitnessStatus::Deactivated;
			}
		});
		add_witness::<T>("last-filler", 0, domains::<T>(T::MaxDomainsPerWitness::get()));
		let amount = T::MinimumBond::get().max(One::one());

		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()), amount);

		assert_last_event::<T>(Event::WitnessReactivated { who: caller });
	}

	#[benchmark]
	fn prune_witness(d: Linear<1, { T::MaxDomainsPerWitness::get() }>) {
		// A deactivated witness still in `d` full lists.
		fill_domains::<T>();
		let target = add_witness::<T>("target", 0, domains::<T>(d));
		Witnesses::<T>::mutate(&target, |info| {
			if let Some(info) = info {
				info.status = WitnessStatus::Deactivated;
			}
		});
		let caller = funded::<T>("caller", 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), target.clone());

		assert_last_event::<T>(Event::WitnessPruned { who: target });
	}

	#[benchmark]
	fn unbond(d: Linear<0, { T::MaxDomainsPerWitness::get() }>) {
		fill_domains::<T>();
		let caller = add_witness::<T>("caller", 0, domains::<T>(d));

		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()));

		let unlock_at =
			frame_system::Pallet::<T>::block_number().saturating_add(T::UnbondingPeriod::get());
		assert_last_event::<T>(Event::UnbondingStarted { who: caller, unlock_at });
	}

	#[benchmark]
	fn withdraw_unbonded() {
		let caller = add_witness::<T>("caller", 0, claims_only::<T>());
		Pallet::<T>::do_unbond(caller.clone()).expect("unbonds");
		let now = frame_system::Pallet::<T>::block_number();
		frame_system::Pallet::<T>::set_block_number(now.saturating_add(T::UnbondingPeriod::get()));

		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()));

		assert_last_event::<T>(Event::BondWithdrawn { who: caller, amount: bond::<T>() });
	}

	#[benchmark]
	fn set_role_multiplier() -> Result<(), BenchmarkError> {
		let origin =
			T::RoleOrigin::try_successful_origin().map_err(|_| BenchmarkError::Weightless)?;
		let multiplier = FixedU128::from_u32(1).min(T::MaxRoleMultiplier::get());

		#[extrinsic_call]
		_(origin as T::RuntimeOrigin, Role::Oracle, multiplier);

		assert_eq!(RoleMultipliers::<T>::get(Role::Oracle), multiplier);
		Ok(())
	}

	#[benchmark]
	fn open_request_named(p: Linear<0, { T::MaxPanelSize::get() }>) {
		let members: Vec<T::AccountId> =
			(0..p).map(|i| add_witness::<T>("member", i, claims_only::<T>())).collect();
		let panel = if p == 0 { Panel::Open } else { named::<T>(members) };
		let caller = funded::<T>("caller", 0);

		#[extrinsic_call]
		open_claim_request(
			RawOrigin::Signed(caller),
			H256::repeat_byte(1),
			params::<T>(panel, true),
		);

		assert!(Requests::<T>::contains_key(0));
	}

	#[benchmark]
	fn open_request_random(p: Linear<1, { T::MaxPanelSize::get() }>) {
		// A full roster to count the candidates of.
		roster_candidates::<T>(Pallet::<T>::max_roster_len());
		rotated_twice::<T>();
		let caller = funded::<T>("caller", 0);

		#[extrinsic_call]
		open_claim_request(
			RawOrigin::Signed(caller),
			H256::repeat_byte(1),
			params::<T>(Panel::RandomDraw(p), true),
		);

		assert_eq!(Requests::<T>::get(0).map(|r| r.panel_size), Some(p));
	}

	#[benchmark]
	fn cancel_request(p: Linear<0, { T::MaxPanelSize::get() }>) {
		// A known panel of `p` members: the reward is forfeited to each of them and the
		// deposit to `SlashDestination` (no panel: both released).
		let members: Vec<T::AccountId> =
			(0..p).map(|i| add_witness::<T>("member", i, claims_only::<T>())).collect();
		let panel = if p == 0 { Panel::Open } else { named::<T>(members) };
		let caller = funded::<T>("caller", 0);
		let id = Pallet::<T>::do_open_request(
			T::ClaimsDomain::get(),
			H256::repeat_byte(1),
			caller.clone(),
			params::<T>(panel, true),
		)
		.expect("opens");

		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()), id);

		assert!(!Requests::<T>::contains_key(id));
	}

	#[benchmark]
	fn commit() {
		// Named panel (one more read), all but one slot taken.
		let size = T::MaxPanelSize::get().min(T::MaxWitnessesPerRequest::get());
		let members: Vec<T::AccountId> =
			(0..size).map(|i| add_witness::<T>("member", i, claims_only::<T>())).collect();
		let requester = funded::<T>("requester", 0);
		let id = Pallet::<T>::do_open_request(
			T::ClaimsDomain::get(),
			H256::repeat_byte(1),
			requester,
			params::<T>(named::<T>(members.clone()), true),
		)
		.expect("opens");
		let (caller, others) = members.split_last().expect("panel is not empty");
		for (i, who) in others.iter().enumerate() {
			let salt = salt(u32::try_from(i).unwrap_or_default());
			let c =
				Pallet::<T>::commitment_of(T::ClaimsDomain::get(), id, who, true, Some(50), &salt);
			Pallet::<T>::do_commit(id, who.clone(), c).expect("commits");
		}
		let commitment = Pallet::<T>::commitment_of(
			T::ClaimsDomain::get(),
			id,
			caller,
			true,
			Some(50),
			&salt(999),
		);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()), id, commitment);

		assert!(crate::pallet::Attestations::<T>::contains_key(id, caller));
	}

	#[benchmark]
	fn reveal() {
		let caller = add_witness::<T>("caller", 0, claims_only::<T>());
		let requester = funded::<T>("requester", 0);
		let id = Pallet::<T>::do_open_request(
			T::ClaimsDomain::get(),
			H256::repeat_byte(1),
			requester,
			params::<T>(Panel::Open, true),
		)
		.expect("opens");
		let salt = salt(7);
		Pallet::<T>::do_commit(
			id,
			caller.clone(),
			Pallet::<T>::commitment_of(T::ClaimsDomain::get(), id, &caller, true, Some(50), &salt),
		)
		.expect("commits");
		let request = Requests::<T>::get(id).expect("open");
		frame_system::Pallet::<T>::set_block_number(
			request.commit_deadline.saturating_add(One::one()),
		);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()), id, true, Some(50), salt);

		assert_last_event::<T>(Event::Revealed { id, who: caller, verdict: true, score: Some(50) });
	}

	// The proof is measured: the prefix drains (panel, attestations, past rounds, appeals)
	// have no useful worst-case size estimate.
	#[benchmark(pov_mode = Measured)]
	fn finalize_request(n: Linear<0, { T::MaxWitnessesPerRequest::get() }>) {
		let (id, deadline) = finalizable::<T>(n);
		frame_system::Pallet::<T>::set_block_number(deadline.saturating_add(One::one()));
		let caller = funded::<T>("caller", 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), id);

		assert!(!Requests::<T>::contains_key(id));
	}

	#[benchmark]
	fn on_idle_scan() {
		let now = frame_system::Pallet::<T>::block_number().saturating_add(One::one());
		// One empty block to move over: the weight of one step of the cursor.
		FinalizationCursor::<T>::put(now);
		frame_system::Pallet::<T>::set_block_number(now);

		#[block]
		{
			Pallet::<T>::on_idle(now, Weight::MAX);
		}

		assert_eq!(FinalizationCursor::<T>::get(), now.checked_add(&One::one()));
	}

	// The proof is measured: the prefix drains (panel, attestations, past rounds, appeals)
	// have no useful worst-case size estimate.
	#[benchmark(pov_mode = Measured)]
	fn on_idle_finalize(n: Linear<0, { T::MaxWitnessesPerRequest::get() }>) {
		let (id, deadline) = finalizable::<T>(n);
		let now = deadline.saturating_add(One::one());
		FinalizationCursor::<T>::put(now);
		frame_system::Pallet::<T>::set_block_number(now);

		#[block]
		{
			Pallet::<T>::on_idle(now, Weight::MAX);
		}

		assert!(!Requests::<T>::contains_key(id));
	}

	#[benchmark]
	fn rotate_roster(c: Linear<0, { Pallet::<T>::max_roster_len() }>) {
		// `c` list entries to read and weigh; the rotation also removes the previous roster.
		roster_candidates::<T>(c);
		rotated_twice::<T>();
		let caller = funded::<T>("caller", 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), T::ClaimsDomain::get());

		assert_eq!(CurrentRosters::<T>::get(T::ClaimsDomain::get()).map(|i| i.era), Some(2));
	}

	#[benchmark]
	fn retire_roster() {
		// Two full rosters to remove.
		roster_candidates::<T>(Pallet::<T>::max_roster_len());
		rotated_twice::<T>();
		let now = frame_system::Pallet::<T>::block_number();
		frame_system::Pallet::<T>::set_block_number(now.saturating_add(T::RosterRetirement::get()));
		let caller = funded::<T>("caller", 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), T::ClaimsDomain::get());

		assert!(Rosters::<T>::iter_key_prefix(T::ClaimsDomain::get()).next().is_none());
	}

	#[benchmark]
	fn advance_draw(
		c: Linear<1, { Pallet::<T>::max_roster_len() }>,
		s: Linear<1, { T::MaxPanelSize::get() }>,
	) {
		// A roster of `c` equally weighted candidates, `s` seats (mostly distinct members on a
		// large roster) and the most excluded accounts to filter out.
		roster_candidates::<T>(c);
		rotated_twice::<T>();
		let requester = funded::<T>("requester", 0);
		let id = Pallet::<T>::do_open_request_excluding(
			T::ClaimsDomain::get(),
			H256::repeat_byte(1),
			requester,
			params::<T>(Panel::RandomDraw(s), true),
			&excluded::<T>(),
			None,
			None,
		)
		.expect("opens");
		let seed_block = Requests::<T>::get(id).and_then(|r| r.draw).expect("waits").seed_block;
		frame_system::Pallet::<T>::set_block_number(seed_block);
		Pallet::<T>::on_initialize(seed_block);
		let caller = funded::<T>("caller", 0);

		#[extrinsic_call]
		advance(RawOrigin::Signed(caller), id);

		assert_eq!(
			Panels::<T>::iter_prefix_values(id).fold(0u32, |a, seats| a.saturating_add(seats)),
			s
		);
	}

	#[benchmark]
	fn on_initialize_entropy() {
		let now = frame_system::Pallet::<T>::block_number().saturating_add(One::one());
		frame_system::Pallet::<T>::set_block_number(now);
		let before = Entropy::<T>::get();

		#[block]
		{
			Pallet::<T>::on_initialize(now);
		}

		assert_ne!(Entropy::<T>::get(), before);
	}

	#[benchmark]
	fn on_initialize_seed() {
		let now = frame_system::Pallet::<T>::block_number().saturating_add(One::one());
		frame_system::Pallet::<T>::set_block_number(now);
		DrawsAt::<T>::insert(now, 1);

		#[block]
		{
			Pallet::<T>::on_initialize(now);
		}

		assert_eq!(DrawSeeds::<T>::get(now), Some(Entropy::<T>::get()));
		// Leave the counts consistent for the suite's checks.
		DrawsAt::<T>::remove(now);
		DrawSeeds::<T>::remove(now);
	}

	#[benchmark]
	fn open_request_claim() {
		// A full roster to count the candidates of, and the most excluded accounts.
		client_roster::<T>(Pallet::<T>::max_roster_len());
		let requester = funded::<T>("requester", 0);
		let params = claim_params::<T>(T::MaxPanelSize::get());

		#[block]
		{
			Pallet::<T>::do_open_client_request(
				client_domain(),
				H256::repeat_byte(2),
				requester,
				params,
			)
			.expect("opens");
		}

		assert!(crate::pallet::Claims::<T>::contains_key(0));
	}

	#[benchmark]
	fn dispute() {
		client_roster::<T>(1);
		let requester = funded::<T>("requester", 0);
		let id = open_claim::<T>(&requester);
		let disputer = funded::<T>("disputer", 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(disputer.clone()), id);

		assert_eq!(
			crate::pallet::Claims::<T>::get(id).and_then(|claim| claim.disputer),
			Some(disputer)
		);
	}

	#[benchmark]
	fn advance_undisputed() {
		client_roster::<T>(1);
		let requester = funded::<T>("requester", 0);
		let id = open_claim::<T>(&requester);
		let until = Requests::<T>::get(id).expect("open").reveal_deadline;
		frame_system::Pallet::<T>::set_block_number(until.saturating_add(One::one()));
		let caller = funded::<T>("caller", 0);

		#[extrinsic_call]
		advance(RawOrigin::Signed(caller), id);

		assert!(!Requests::<T>::contains_key(id));
	}

	#[benchmark]
	fn settle_dispute(c: Linear<1, { T::MaxPanelSize::get() }>) {
		// An overturned claim: the requester's bond pays `c` coherent members and the
		// disputer.
		client_roster::<T>(1);
		let requester = funded::<T>("requester", 0);
		let id = open_claim::<T>(&requester);
		let disputer = funded::<T>("disputer", 0);
		Pallet::<T>::do_dispute(id, disputer.clone()).expect("disputes");
		let request = Requests::<T>::get(id).expect("open");
		let claim = crate::pallet::Claims::<T>::get(id).expect("claimed");
		let coherent: Vec<(T::AccountId, u128)> =
			(0..c).map(|i| (funded::<T>("coherent", i), 1u128)).collect();
		let consensus = crate::features::consensus::Consensus {
			verdict: Verdict::Rejected,
			approval: Perbill::zero(),
			revealed_weight: 1,
			revealed: c,
			score: Some(10),
			inliers: Some((0, 20)),
		};
		let result;

		#[block]
		{
			result = Pallet::<T>::settle_dispute(id, &request, &claim, &consensus, &coherent);
		}

		assert_eq!(result, ClaimResult::Overturned);
	}

	#[benchmark]
	fn advance_tally(c: Linear<1, { T::MaxPanelSize::get() }>) {
		let id = revealed_client_request::<T>(c);
		let caller = funded::<T>("caller", 0);

		#[extrinsic_call]
		advance(RawOrigin::Signed(caller), id);

		assert!(crate::pallet::Rounds::<T>::get(id).is_some_and(|r| r.appeal_until.is_some()));
	}

	#[benchmark]
	fn appeal() {
		// The largest round that may be appealed (its appeal panel of 2n + 1 seats fits
		// `MaxPanelSize`), every member revealed: all move to the past rounds.
		let seats = T::MaxPanelSize::get().saturating_sub(1) / 2;
		let id = revealed_client_request::<T>(seats.max(1));
		Pallet::<T>::do_advance(id).expect("tallies");
		let appellant = funded::<T>("appellant", 0);

		#[extrinsic_call]
		_(RawOrigin::Signed(appellant.clone()), id);

		assert_eq!(crate::pallet::Appeals::<T>::get(id, 1).map(|a| a.appellant), Some(appellant));
	}

	// The proof is measured: the prefix drains (panel, attestations, past rounds, appeals)
	// have no useful worst-case size estimate.
	#[benchmark(pov_mode = Measured)]
	fn settle_past_rounds(r: Linear<0, { u32::from(T::MaxAppealRounds::get()) }>) {
		// A request at round `r` whose current round is empty and whose `r` past rounds each
		// have `MaxPanelSize` members, half coherent with the final decision (paid from the
		// round's pot) and half not (slashed to the minimum, deactivated); every appeal
		// changed the decision it appealed, so each appellant is reimbursed from the slashes.
		let requester = funded::<T>("requester", 0);
		let id = Pallet::<T>::do_open_request(
			T::ClaimsDomain::get(),
			H256::repeat_byte(4),
			requester,
			params::<T>(Panel::Open, true),
		)
		.expect("opens");
		let round = r as Round;
		let decision = Tally {
			round: 0,
			verdict: Verdict::Approved,
			score: Some(80),
			inliers: Some((70, 90)),
			approval: Perbill::one(),
			revealed_weight: 1,
			revealed: 1,
		};
		let appealed = Tally { verdict: Verdict::Rejected, score: Some(10), ..decision };
		let fee = T::AppealFeePerSeat::get().saturating_mul(T::MaxPanelSize::get().into());
		for k in 0..round {
			let mut members = Vec::new();
			for i in 0..T::MaxPanelSize::get() {
				let coherent = i % 2 == 0;
				let index = u32::from(k).saturating_mul(1_000).saturating_add(i);
				let bond =
					if coherent { bond::<T>() } else { T::MinimumBond::get().max(One::one()) };
				let who = add_witness_with::<T>("past", index, BoundedVec::default(), bond);
				crate::pallet::Witnesses::<T>::mutate(&who, |info| {
					if let Some(info) = info {
						info.pending = info.pending.saturating_add(1);
					}
				});
				let vote =
					Reveal { verdict: coherent, score: Some(if coherent { 80 } else { 10 }) };
				members.push((
					who,
					PastMember { seats: 1, weight: 1, committed: true, reveal: Some(vote) },
				));
			}
			crate::pallet::PastRounds::<T>::insert(
				id,
				k,
				PastRound {
					panel: PanelKind::Drawn,
					tally: Tally { round: k, ..appealed },
					members: BoundedVec::truncate_from(members),
				},
			);
			let appellant = funded::<T>("appellant", u32::from(k));
			T::Currency::hold(&HoldReason::AppealFee.into(), &appellant, fee).expect("holds");
			crate::pallet::Appeals::<T>::insert(
				id,
				k.saturating_add(1),
				Appeal { appellant, fee, deposit: Zero::zero() },
			);
		}
		let now = frame_system::Pallet::<T>::block_number();
		crate::pallet::Rounds::<T>::insert(
			id,
			RoundInfo {
				round,
				appeal_period: One::one(),
				appeal_until: Some(now),
				current: Some(Tally { round, verdict: Verdict::Inconclusive, ..appealed }),
				standing: Some(decision),
				first_panel: PanelKind::Drawn,
			},
		);
		let request = Requests::<T>::get(id).expect("open");
		crate::pallet::Schedule::<T>::remove(request.due_block(), id);

		#[block]
		{
			Pallet::<T>::finalize(id, request);
		}

		assert!(!Requests::<T>::contains_key(id));
		assert!(crate::pallet::PastRounds::<T>::iter_prefix(id).next().is_none());
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
