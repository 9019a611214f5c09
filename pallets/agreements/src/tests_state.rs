//! Tests of the authenticated per-agreement state (`features/state.rs`): what each trie holds,
//! roots following every kind of change (and coming back when a change is undone), reaping
//! leaving an empty trie, and proofs of items checked against the agreement's root and the
//! state root. Every `test(..)` also runs `try_state`, which compares each agreement's trie
//! with the pallet's storage.

use crate::{mock::*, tests::*, *};
use codec::{Decode, Encode};
use frame_support::{assert_ok, storage::child};
use sp_core::{Blake2Hasher, H256};
use sp_trie::{LayoutV1, StorageProof};

fn root(agreement: AgreementId) -> H256 {
	AgreementsPallet::state_root(agreement)
}

/// The root of a trie holding nothing.
fn empty_root() -> H256 {
	H256(sp_io::hashing::blake2_256(&[0u8]))
}

/// An item of an agreement's trie.
fn entry(agreement: AgreementId, trie: Trie, item: Vec<u8>) -> Option<Vec<u8>> {
	child::get_raw(&state_child_info(&agreement), &state_key(&agreement, trie, &item))
}

/// Every key of an agreement's trie.
fn keys(agreement: AgreementId) -> Vec<Vec<u8>> {
	let info = state_child_info(&agreement);
	let mut keys = Vec::new();
	let mut key = Vec::new();
	while let Some(next) = sp_io::default_child_storage::next_key(info.storage_key(), &key) {
		keys.push(next.clone());
		key = next;
	}
	keys
}

/// Records `root` as a new root, never seen before.
fn fresh(seen: &mut Vec<H256>, root: H256) {
	assert!(!seen.contains(&root), "root {root:?} was seen before");
	seen.push(root);
}

/// A stats event of the world's agreement on `GAME`.
fn game(
	w: &World,
	ordinal: u64,
	minutes: u32,
	effects: Vec<Effect<<Test as Config>::MaxNameLength>>,
) {
	let parent = head(w.agreement, "GAME").last;
	let data = format!(r#"{{"minutes_played": {minutes}}}"#);
	assert_ok!(submit(
		content(w.agreement, "GAME", parent, ordinal, &data, effects),
		&[(w.athlete, 1)]
	));
}

#[test]
fn the_tries_hold_what_the_agreement_owns_and_records() {
	test(|| {
		let w = world();
		assert_eq!(root(w.agreement), empty_root());
		assert!(keys(w.agreement).is_empty());
		assert_eq!(
			AgreementsPallet::state_child_key(w.agreement),
			[&b":child_storage:default:arete/agreements/v1/state/"[..], w.agreement.as_bytes()]
				.concat()
		);

		let (group, series) =
			group_and_series(&w, stats_group(), stats_series(), &["minutes_played"]);
		let stored = Groups::<Test>::get(group).unwrap();
		let digest = GroupDigest {
			policy_hash: H256(sp_io::hashing::blake2_256(&stored.policy)),
			name_hash: H256::zero(),
			series: 1,
			members: 1,
		};
		assert_eq!(
			entry(w.agreement, Trie::Group, state_item::group(group)),
			Some(digest.encode())
		);
		let membership = Memberships::<Test>::get(group, w.agreement).unwrap();
		assert_eq!(
			entry(w.agreement, Trie::Relationships, state_item::membership(group)),
			Some(membership.encode())
		);
		let membership_token = membership.token.unwrap();
		assert_eq!(
			entry(w.agreement, Trie::Assets, state_item::token(membership_token)),
			Some(Tokens::<Test>::get(membership_token).unwrap().encode())
		);

		let token = NextTokenId::<Test>::get();
		game(&w, 1, 36, vec![mint(series, 36, None, "ACTIVE")]);
		let hash = head(w.agreement, "GAME").last;
		assert_eq!(
			entry(w.agreement, Trie::Assets, state_item::token(token)),
			Some(Tokens::<Test>::get(token).unwrap().encode())
		);
		assert_eq!(
			entry(w.agreement, Trie::Activities, state_item::stream(b"GAME")),
			Some(StreamHead { last: hash, ordinal: 1 }.encode())
		);
		assert_eq!(
			entry(w.agreement, Trie::Activities, state_item::event(b"GAME", 1)),
			Some(hash.as_bytes().to_vec())
		);
		let series_digest = entry(w.agreement, Trie::Group, state_item::series(series)).unwrap();
		let series_digest = SeriesDigest::decode(&mut &series_digest[..]).unwrap();
		assert_eq!((series_digest.group, series_digest.behavior), (group, 0b1110));
		assert_eq!((series_digest.supply, series_digest.tokens), (36, 1));

		// Group, series, membership, two tokens, a stream head and an event.
		let keys = keys(w.agreement);
		assert_eq!(keys.len(), 7);
		// Every key starts with the agreement id, then the trie's byte.
		assert!(keys.iter().all(|k| k.starts_with(w.agreement.as_bytes())));
		let kinds: Vec<u8> = keys.iter().map(|k| k[32]).collect();
		assert_eq!(kinds, vec![1, 2, 2, 3, 3, 4, 4], "relationships, activities, assets, group");
	});
}

#[test]
fn roots_change_with_every_kind_of_change_and_come_back_when_it_is_undone() {
	test(|| {
		let w = world();
		let mut seen = vec![root(w.agreement)];
		let (group, series) =
			group_and_series(&w, stats_group(), stats_series(), &["minutes_played"]);
		fresh(&mut seen, root(w.agreement));

		// Mint, transition (the self-loop still moves the token's own chain), adjust.
		let token = NextTokenId::<Test>::get();
		game(&w, 1, 40, vec![mint(series, 40, None, "ACTIVE")]);
		fresh(&mut seen, root(w.agreement));
		game(
			&w,
			2,
			5,
			vec![Effect::Transition { token, from: name("ACTIVE"), to: name("ACTIVE") }],
		);
		fresh(&mut seen, root(w.agreement));
		game(&w, 3, 5, vec![Effect::Adjust { token, from: 40, to: 45 }]);
		fresh(&mut seen, root(w.agreement));

		// Split, then merge back: the same token and series, the same root.
		let before_split = root(w.agreement);
		let part = NextTokenId::<Test>::get();
		assert_ok!(AgreementsPallet::split_token(RuntimeOrigin::signed(1), token, w.athlete, 15));
		fresh(&mut seen, root(w.agreement));
		assert_ok!(AgreementsPallet::merge_tokens(
			RuntimeOrigin::signed(1),
			token,
			part,
			w.athlete
		));
		assert_eq!(root(w.agreement), before_split);

		// Another agreement asks to join, then leaves: both roots come back.
		let other =
			propose(3, terms(&[w.athlete], &[w.team], None, 1), &[(w.athlete, 1), (w.team, 2)]);
		let (owner_before, other_before) = (root(w.agreement), root(other));
		assert_eq!(other_before, empty_root());
		assert_ok!(AgreementsPallet::request_membership(
			RuntimeOrigin::signed(1),
			group,
			other,
			w.athlete
		));
		fresh(&mut seen, root(w.agreement));
		fresh(&mut seen, root(other));
		assert_ok!(AgreementsPallet::leave_group(
			RuntimeOrigin::signed(1),
			group,
			other,
			w.athlete
		));
		assert_eq!((root(w.agreement), root(other)), (owner_before, other_before));

		// Admitted this time: a membership token in its assets.
		assert_ok!(AgreementsPallet::request_membership(
			RuntimeOrigin::signed(1),
			group,
			other,
			w.athlete
		));
		let pending = root(other);
		assert_ok!(AgreementsPallet::admit_member(RuntimeOrigin::signed(2), group, other, w.team));
		assert_ne!(root(other), pending);
		fresh(&mut seen, root(other));

		// The whole token goes to the other agreement and comes back.
		let (owner_before, other_before) = (root(w.agreement), root(other));
		assert_ok!(AgreementsPallet::transfer_token(
			RuntimeOrigin::signed(1),
			token,
			w.athlete,
			other,
			45
		));
		assert!(entry(w.agreement, Trie::Assets, state_item::token(token)).is_none());
		assert!(entry(other, Trie::Assets, state_item::token(token)).is_some());
		fresh(&mut seen, root(w.agreement));
		fresh(&mut seen, root(other));
		assert_ok!(AgreementsPallet::transfer_token(
			RuntimeOrigin::signed(1),
			token,
			w.athlete,
			w.agreement,
			45
		));
		assert_eq!((root(w.agreement), root(other)), (owner_before, other_before));

		// A partial transfer changes both.
		assert_ok!(AgreementsPallet::transfer_token(
			RuntimeOrigin::signed(1),
			token,
			w.athlete,
			other,
			5
		));
		fresh(&mut seen, root(w.agreement));
		fresh(&mut seen, root(other));

		// A series created and destroyed leaves the owner's root as it was.
		let before_series = root(w.agreement);
		let extra = NextSeriesId::<Test>::get();
		assert_ok!(AgreementsPallet::create_series(
			RuntimeOrigin::signed(2),
			group,
			w.team,
			document(stats_series(), &[]),
			H256::zero()
		));
		fresh(&mut seen, root(w.agreement));
		assert_ok!(AgreementsPallet::destroy_series(RuntimeOrigin::signed(2), extra, w.team));
		assert_eq!(root(w.agreement), before_series);

		// Burning a token: the other agreement's root changes.
		let carved =
			Tokens::<Test>::iter().find(|(_, t)| t.owner == other && t.quantity == 5).unwrap().0;
		let other_before_burn = root(other);
		assert_ok!(AgreementsPallet::burn_token(RuntimeOrigin::signed(1), carved, w.athlete));
		assert_ne!(root(other), other_before_burn);
		// Its supply left the series: the owner's root is new too.
		fresh(&mut seen, root(w.agreement));
	});
}

#[test]
fn reaping_events_then_the_agreement_leaves_an_empty_trie() {
	test(|| {
		let w = world();
		let (group, series) =
			group_and_series(&w, stats_group(), stats_series(), &["minutes_played"]);
		let token = NextTokenId::<Test>::get();
		game(&w, 1, 10, vec![mint(series, 10, None, "ACTIVE")]);
		game(&w, 2, 10, vec![Effect::Adjust { token, from: 10, to: 20 }]);
		assert_ok!(AgreementsPallet::terminate_agreement(
			RuntimeOrigin::signed(2),
			w.agreement,
			w.team
		));

		// Reaping records removes their events from the trie; the stream head stays.
		assert_ok!(AgreementsPallet::reap_events(RuntimeOrigin::signed(5), w.agreement, 1));
		assert!(entry(w.agreement, Trie::Activities, state_item::event(b"GAME", 1)).is_none());
		assert!(entry(w.agreement, Trie::Activities, state_item::event(b"GAME", 2)).is_some());
		assert_ok!(AgreementsPallet::reap_events(RuntimeOrigin::signed(5), w.agreement, 10));
		assert!(entry(w.agreement, Trie::Activities, state_item::event(b"GAME", 2)).is_none());
		assert!(entry(w.agreement, Trie::Activities, state_item::stream(b"GAME")).is_some());

		// Everything it holds is cleared by its own calls, then the agreement is reaped.
		assert_ok!(AgreementsPallet::burn_token(RuntimeOrigin::signed(1), token, w.athlete));
		assert_ok!(AgreementsPallet::destroy_series(RuntimeOrigin::signed(2), series, w.team));
		assert_ok!(AgreementsPallet::destroy_group(RuntimeOrigin::signed(2), group, w.team));
		assert_eq!(keys(w.agreement).len(), 1, "only the stream head is left");
		assert_ne!(root(w.agreement), empty_root());
		System::set_block_number(100);
		assert_ok!(AgreementsPallet::reap_agreement(RuntimeOrigin::signed(5), w.agreement));
		assert!(keys(w.agreement).is_empty());
		assert_eq!(root(w.agreement), empty_root());
	});
}

/// The proof of `keys` of `agreement`'s trie in the state of `ext`, with that state's root.
fn prove(
	ext: &mut sp_io::TestExternalities,
	agreement: AgreementId,
	keys: &[&[u8]],
) -> (H256, StorageProof) {
	let backend = ext.as_backend();
	let state_root = *backend.root();
	let proof =
		sp_state_machine::prove_child_read(backend, &state_child_info(&agreement), keys).unwrap();
	(state_root, proof)
}

/// The value of `key` in the trie of root `root` that `proof` proves, or the error of a proof
/// that does not reach it.
fn read(proof: &StorageProof, root: H256, key: &[u8]) -> Result<Option<Vec<u8>>, String> {
	let db = proof.to_memory_db::<Blake2Hasher>();
	sp_trie::read_trie_value::<LayoutV1<Blake2Hasher>, _>(&db, &root, key, None, None)
		.map_err(|e| format!("{e:?}"))
}

#[test]
fn an_item_proven_at_a_block_verifies_against_its_roots_only() {
	let mut ext = new_test_ext();
	let (w, token, series) = ext.execute_with(|| {
		let w = world();
		let (_, series) = group_and_series(&w, stats_group(), stats_series(), &["minutes_played"]);
		let token = NextTokenId::<Test>::get();
		game(&w, 1, 30, vec![mint(series, 30, None, "ACTIVE")]);
		(w, token, series)
	});
	let (stored, event_hash, agreement_root, child_key) = ext.execute_with(|| {
		(
			Tokens::<Test>::get(token).unwrap(),
			head(w.agreement, "GAME").last,
			root(w.agreement),
			AgreementsPallet::state_child_key(w.agreement),
		)
	});
	let token_key = state_key(&w.agreement, Trie::Assets, &state_item::token(token));
	let event_key = state_key(&w.agreement, Trie::Activities, &state_item::event(b"GAME", 1));
	let absent_key = state_key(&w.agreement, Trie::Assets, &state_item::token(999));
	let (state_root, proof) = prove(&mut ext, w.agreement, &[&token_key, &event_key, &absent_key]);

	// First level: the state trie holds the agreement's root under its child key.
	assert_eq!(read(&proof, state_root, &child_key), Ok(Some(agreement_root.as_bytes().to_vec())));
	// Second level: the items against the agreement's root alone. The token's SCALE (more
	// than 32 bytes) is a value node of its own, the event hash is inline.
	assert!(stored.encoded_size() > 32);
	assert!(proof.iter_nodes().any(|node| *node == stored.encode()));
	assert_eq!(read(&proof, agreement_root, &token_key), Ok(Some(stored.encode())));
	assert_eq!(read(&proof, agreement_root, &event_key), Ok(Some(event_hash.as_bytes().to_vec())));
	assert_eq!(read(&proof, agreement_root, &absent_key), Ok(None));
	// The same, through the state machine's own check of both levels at once.
	let checked = sp_state_machine::read_child_proof_check::<Blake2Hasher, _>(
		state_root,
		proof.clone(),
		&state_child_info(&w.agreement),
		[&token_key],
	)
	.unwrap();
	assert_eq!(checked.get(&token_key), Some(&Some(stored.encode())));

	// A tampered value: the value node no longer hashes to what the leaf names.
	let mut tampered = stored.clone();
	tampered.quantity = 1_000;
	let forged = StorageProof::new(proof.iter_nodes().map(|node| {
		if *node == stored.encode() {
			tampered.encode()
		} else {
			node.clone()
		}
	}));
	assert!(read(&forged, agreement_root, &token_key).is_err());

	// The next block changes the token: the old proof does not verify against the new root,
	// the new proof does, with the new value.
	ext.execute_with(|| {
		System::set_block_number(2);
		game(&w, 2, 3, vec![Effect::Adjust { token, from: 30, to: 33 }]);
		assert_eq!(SeriesById::<Test>::get(series).unwrap().supply, 33);
	});
	let (next_agreement_root, next_stored) =
		ext.execute_with(|| (root(w.agreement), Tokens::<Test>::get(token).unwrap()));
	assert_ne!(next_agreement_root, agreement_root);
	assert!(read(&proof, next_agreement_root, &token_key).is_err());
	let (next_state_root, next_proof) = prove(&mut ext, w.agreement, &[&token_key]);
	assert_ne!(next_state_root, state_root);
	assert_eq!(
		read(&next_proof, next_state_root, &child_key),
		Ok(Some(next_agreement_root.as_bytes().to_vec()))
	);
	assert_eq!(read(&next_proof, next_agreement_root, &token_key), Ok(Some(next_stored.encode())));
	// And the new proof does not give the old root's answer.
	assert!(read(&next_proof, agreement_root, &token_key).is_err());
	ext.execute_with(|| AgreementsPallet::do_try_state().expect("try_state"));
}

#[test]
fn try_state_catches_a_trie_out_of_step_with_storage() {
	test(|| {
		let w = world();
		let (_, series) = group_and_series(&w, stats_group(), stats_series(), &["minutes_played"]);
		let token = NextTokenId::<Test>::get();
		game(&w, 1, 30, vec![mint(series, 30, None, "ACTIVE")]);
		// Storage changed behind the trie's back.
		Tokens::<Test>::mutate(token, |t| t.as_mut().unwrap().quantity = 31);
		assert!(AgreementsPallet::check_state_tries().is_err());
		Tokens::<Test>::mutate(token, |t| t.as_mut().unwrap().quantity = 30);
		assert_ok!(AgreementsPallet::check_state_tries());
		// An item the storage does not imply.
		AgreementsPallet::state_put(w.agreement, Trie::Assets, &state_item::token(77), b"x");
		assert!(AgreementsPallet::check_state_tries().is_err());
		AgreementsPallet::state_remove(w.agreement, Trie::Assets, &state_item::token(77));
		// Permissions mirror the delegations like every other range.
		AgreementsPallet::state_put(w.agreement, Trie::Permissions, &state_item::delegation(0), b"x");
		assert!(AgreementsPallet::check_state_tries().is_err());
		AgreementsPallet::state_remove(w.agreement, Trie::Permissions, &state_item::delegation(0));
		assert_ok!(AgreementsPallet::check_state_tries());
	});
}

/// Measures what the README quotes: a token's proof (both levels, as `agreements_getProof`
/// gives it) in an agreement of 1, 100 and 10,000 tokens of 233 bytes (a stored token's size
/// in the runtime), and the time to bring the agreement's root up to date after one token
/// changes. `cargo test … proofs_grow -- --nocapture` prints them.
#[test]
fn proofs_grow_with_the_logarithm_of_the_items() {
	let agreement = H256::repeat_byte(7);
	let mut nodes = Vec::new();
	for n in [1u64, 100, 10_000] {
		let mut ext = new_test_ext();
		ext.execute_with(|| {
			for id in 0..n {
				AgreementsPallet::state_put(
					agreement,
					Trie::Assets,
					&state_item::token(id),
					&[0x55; 233],
				);
			}
		});
		ext.commit_all().unwrap();
		let key = state_key(&agreement, Trie::Assets, &state_item::token(n / 2));
		let (_, proof) = prove(&mut ext, agreement, &[&key]);
		let bytes: usize = proof.iter_nodes().map(|node| node.len()).sum();
		let started = std::time::Instant::now();
		ext.execute_with(|| {
			AgreementsPallet::state_put(
				agreement,
				Trie::Assets,
				&state_item::token(n / 2),
				&[0x66; 233],
			);
			root(agreement)
		});
		println!(
			"{n} tokens: proof of one {} nodes, {bytes} bytes; root after one change {:?}",
			proof.iter_nodes().count(),
			started.elapsed()
		);
		nodes.push(proof.iter_nodes().count());
	}
	// Each factor of 16 in items adds about one branch node to the path.
	assert!(nodes[2] <= nodes[0] + 5, "{nodes:?}");
}
