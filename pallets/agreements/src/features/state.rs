//! Authenticated per-agreement state: one default child trie per agreement holds the seed's
//! five tries (permissions, relationships, activities, assets, group) as five key ranges.
//!
//! Why a child trie: an agreement's items (its tokens, memberships and event history) are
//! unbounded, so its root must follow each change incrementally instead of being rebuilt. A
//! child trie is kept by the state machine exactly like that, and its root is stored in the
//! block's state trie under `:child_storage:default:` + the child's storage key. Anyone can
//! therefore check an item against the agreement's root (a child read proof), and that root
//! against the block header's state root (a read proof of that key), with nothing but the
//! header to trust.
//!
//! Every write of the underlying pallet storage (`Tokens`, `Memberships`, `Groups`,
//! `SeriesById`, `Streams`, `EventRecords`) goes through the functions below, which write the
//! trie entry in the same breath, so the two cannot drift; `try_state` checks they agree.
//!
//! Keys are `agreement id (32 bytes) ++ [trie byte] ++ item key` (see [`state_key`]), with
//! SCALE item keys (see [`item`]):
//! - `Permissions` (0): `SCALE(delegation id)` → `SCALE(Delegation)`, for every link of the
//!   agreement not yet revoked or reaped.
//! - `Relationships` (1): `SCALE(group id)` → `SCALE(Membership)`, for every group the
//!   agreement is a member of (or asked to be).
//! - `Activities` (2): `SCALE(activity)` → `SCALE(StreamHead)`, and
//!   `SCALE((activity, ordinal))` → the 32-byte event hash of each recorded event, removed
//!   when `reap_events` removes its record.
//! - `Assets` (3): `SCALE(token id)` → `SCALE(Token)` as stored, for every token it owns.
//! - `Group` (4): `SCALE((0u8, group id))` → `SCALE(GroupDigest)` and
//!   `SCALE((1u8, series id))` → `SCALE(SeriesDigest)` for the groups it owns and their series.

use crate::{
	AgreementId, Config, EventRecordOf, EventRecords, GroupDigest, GroupId, GroupOf, Groups,
	MembershipOf, Memberships, NameOf, Pallet, SeriesById, SeriesDigest, SeriesId, SeriesOf,
	StreamHead, Streams, TokenId, TokenOf, Tokens, Trie,
};
use alloc::vec::Vec;
use codec::Encode;
use frame_support::{
	storage::child::{self, ChildInfo},
	traits::Get,
};
use sp_core::H256;

/// The start of every agreement's child storage key; the 32-byte agreement id follows. The
/// key in the block's state trie that holds the agreement's root is
/// `b":child_storage:default:" ++ STATE_TRIE_PREFIX ++ id`.
pub const STATE_TRIE_PREFIX: &[u8] = b"arete/agreements/v1/state/";

/// The child trie of agreement `id`.
pub fn state_child_info(id: &AgreementId) -> ChildInfo {
	let mut key = Vec::with_capacity(STATE_TRIE_PREFIX.len().saturating_add(32));
	key.extend_from_slice(STATE_TRIE_PREFIX);
	key.extend_from_slice(id.as_bytes());
	ChildInfo::new_default_from_vec(key)
}

/// The key of an item of `trie` in `agreement`'s child trie: the 32-byte agreement id, the
/// trie's byte, then `item`.
///
/// Why the agreement id leads every key, though the child trie is already the agreement's:
/// - every proven key names its agreement by itself (the child trie's root already binds the
///   item to it; the key now says so too);
/// - all keys of one agreement share their first 32 bytes, which is how frame-benchmarking-cli's
///   PoV analysis groups keys it does not know: one group per agreement, instead of one per
///   item (an item read in a single benchmark step, such as an event ordinal `reap_events`
///   removes, fails its regression).
///
/// The cost is the shared prefix, held once in the trie's root node, not per item.
pub fn state_key(agreement: &AgreementId, trie: Trie, item: &[u8]) -> Vec<u8> {
	let mut key = Vec::with_capacity(item.len().saturating_add(33));
	key.extend_from_slice(agreement.as_bytes());
	key.push(trie as u8);
	key.extend_from_slice(item);
	key
}

/// The item keys of each trie (without the agreement id and the trie byte), all SCALE.
pub mod item {
	use super::*;

	/// `Assets`: a token.
	pub fn token(id: TokenId) -> Vec<u8> {
		id.encode()
	}

	/// `Permissions`: a delegation link of the agreement.
	pub fn delegation(id: crate::DelegationId) -> Vec<u8> {
		id.encode()
	}

	/// `Relationships`: a membership of group `group`.
	pub fn membership(group: GroupId) -> Vec<u8> {
		group.encode()
	}

	/// `Activities`: the head of stream `activity`.
	pub fn stream(activity: &[u8]) -> Vec<u8> {
		activity.encode()
	}

	/// `Activities`: the event of stream `activity` at `ordinal`.
	pub fn event(activity: &[u8], ordinal: u64) -> Vec<u8> {
		(activity, ordinal).encode()
	}

	/// `Group`: an owned group.
	pub fn group(id: GroupId) -> Vec<u8> {
		(0u8, id).encode()
	}

	/// `Group`: a series of an owned group.
	pub fn series(id: SeriesId) -> Vec<u8> {
		(1u8, id).encode()
	}
}

impl<T: Config> Pallet<T> {
	/// Sets an item of `agreement`'s trie. Its deposit is whatever pays for the state it
	/// mirrors.
	pub(crate) fn state_put(agreement: AgreementId, trie: Trie, key: &[u8], value: &[u8]) {
		child::put_raw(&state_child_info(&agreement), &state_key(&agreement, trie, key), value);
	}

	/// Removes an item of `agreement`'s trie.
	pub(crate) fn state_remove(agreement: AgreementId, trie: Trie, key: &[u8]) {
		child::kill(&state_child_info(&agreement), &state_key(&agreement, trie, key));
	}

	/// The root of `agreement`'s trie (the empty trie's root when it holds nothing), computed
	/// with the runtime's state version, as the block's state root commits it.
	pub fn state_root(agreement: AgreementId) -> H256 {
		let version = <T as frame_system::Config>::Version::get().state_version();
		let root = child::root(&state_child_info(&agreement), version);
		<[u8; 32]>::try_from(root.as_slice()).map(H256).unwrap_or_default()
	}

	/// The key of `agreement`'s root in the block's state trie:
	/// `b":child_storage:default:" ++ STATE_TRIE_PREFIX ++ agreement`.
	pub fn state_child_key(agreement: AgreementId) -> Vec<u8> {
		state_child_info(&agreement).prefixed_storage_key().into_inner()
	}

	/// Stores token `id` and commits it to its owner's `Assets`.
	pub(crate) fn store_token(id: TokenId, token: TokenOf<T>) {
		Self::state_put(token.owner, Trie::Assets, &item::token(id), &token.encode());
		Tokens::<T>::insert(id, token);
	}

	/// Removes token `id` of `owner`.
	pub(crate) fn delete_token(id: TokenId, owner: AgreementId) {
		Self::state_remove(owner, Trie::Assets, &item::token(id));
		Tokens::<T>::remove(id);
	}

	/// Hands token `id` to agreement `to`: it leaves its previous owner's `Assets`.
	pub(crate) fn move_token(id: TokenId, mut token: TokenOf<T>, to: AgreementId) {
		Self::state_remove(token.owner, Trie::Assets, &item::token(id));
		token.owner = to;
		Self::store_token(id, token);
	}

	/// Stores `agreement`'s membership of `group` and commits it to its `Relationships`.
	pub(crate) fn store_membership(
		group: GroupId,
		agreement: AgreementId,
		membership: MembershipOf<T>,
	) {
		Self::state_put(
			agreement,
			Trie::Relationships,
			&item::membership(group),
			&membership.encode(),
		);
		Memberships::<T>::insert(group, agreement, membership);
	}

	/// Removes and returns `agreement`'s membership of `group`.
	pub(crate) fn take_membership(
		group: GroupId,
		agreement: AgreementId,
	) -> Option<MembershipOf<T>> {
		Self::state_remove(agreement, Trie::Relationships, &item::membership(group));
		Memberships::<T>::take(group, agreement)
	}

	fn group_digest(group: &GroupOf<T>) -> GroupDigest {
		GroupDigest {
			policy_hash: H256(sp_io::hashing::blake2_256(&group.policy)),
			name_hash: group.name_hash,
			series: group.series,
			members: group.members,
		}
	}

	/// Stores group `id` and commits its digest to its owner's `Group` trie.
	pub(crate) fn store_group(id: GroupId, group: GroupOf<T>) {
		let digest = Self::group_digest(&group);
		Self::state_put(group.owner, Trie::Group, &item::group(id), &digest.encode());
		Groups::<T>::insert(id, group);
	}

	/// Changes group `id`, if it exists.
	pub(crate) fn update_group(id: GroupId, change: impl FnOnce(&mut GroupOf<T>)) {
		if let Some(mut group) = Groups::<T>::get(id) {
			change(&mut group);
			Self::store_group(id, group);
		}
	}

	/// Removes group `id` of `owner`.
	pub(crate) fn delete_group(id: GroupId, owner: AgreementId) {
		Self::state_remove(owner, Trie::Group, &item::group(id));
		Groups::<T>::remove(id);
	}

	fn series_digest(series: &SeriesOf<T>) -> SeriesDigest {
		SeriesDigest {
			group: series.group,
			policy_hash: H256(sp_io::hashing::blake2_256(&series.policy)),
			behavior: series.behavior,
			name_hash: series.name_hash,
			supply: series.supply,
			tokens: series.tokens,
		}
	}

	/// The agreement owning the group of a series: its trie holds the series' digest.
	fn series_owner(series: &SeriesOf<T>) -> Option<AgreementId> {
		Groups::<T>::get(series.group).map(|group| group.owner)
	}

	/// Stores series `id` and commits its digest to its group owner's `Group` trie.
	pub(crate) fn store_series(id: SeriesId, series: SeriesOf<T>) {
		// Series live only in existing groups (`try_state` checks it).
		if let Some(owner) = Self::series_owner(&series) {
			let digest = Self::series_digest(&series);
			Self::state_put(owner, Trie::Group, &item::series(id), &digest.encode());
		}
		SeriesById::<T>::insert(id, series);
	}

	/// Changes series `id`, if it exists.
	pub(crate) fn update_series(id: SeriesId, change: impl FnOnce(&mut SeriesOf<T>)) {
		if let Some(mut series) = SeriesById::<T>::get(id) {
			change(&mut series);
			Self::store_series(id, series);
		}
	}

	/// Removes series `id`.
	pub(crate) fn delete_series(id: SeriesId, series: &SeriesOf<T>) {
		if let Some(owner) = Self::series_owner(series) {
			Self::state_remove(owner, Trie::Group, &item::series(id));
		}
		SeriesById::<T>::remove(id);
	}

	/// Stores `agreement`'s event record `seq` and commits its hash to its `Activities`.
	pub(crate) fn store_event_record(agreement: AgreementId, seq: u64, record: EventRecordOf<T>) {
		Self::state_put(
			agreement,
			Trie::Activities,
			&item::event(&record.activity, record.ordinal),
			record.hash.as_bytes(),
		);
		EventRecords::<T>::insert(agreement, seq, record);
	}

	/// Removes and returns `agreement`'s event record `seq`.
	pub(crate) fn take_event_record(agreement: AgreementId, seq: u64) -> Option<EventRecordOf<T>> {
		let record = EventRecords::<T>::take(agreement, seq)?;
		Self::state_remove(
			agreement,
			Trie::Activities,
			&item::event(&record.activity, record.ordinal),
		);
		Some(record)
	}

	/// Moves the head of `agreement`'s stream `activity` and commits it to its `Activities`.
	pub(crate) fn store_stream_head(
		agreement: AgreementId,
		activity: &NameOf<T>,
		head: StreamHead,
	) {
		Self::state_put(agreement, Trie::Activities, &item::stream(activity), &head.encode());
		Streams::<T>::insert(agreement, activity, head);
	}

	/// Clears a removed agreement's streams and its trie. An agreement is removed only once it
	/// holds nothing (no tokens, groups, memberships or event records, so none of their
	/// entries): what is left of its trie is its stream heads, at most `MaxStreams`, so the
	/// clearing is bounded.
	pub(crate) fn clear_agreement_state(agreement: AgreementId) {
		let streams = T::MaxStreams::get();
		let _ = Streams::<T>::clear_prefix(agreement, streams, None);
		// One more than the stream heads: a trie still holding more would show it as a cursor.
		let cleared = child::clear_storage(
			&state_child_info(&agreement),
			Some(streams.saturating_add(1)),
			None,
		);
		if cleared.maybe_cursor.is_some() {
			log::error!(
				target: "runtime::agreements",
				"the state trie of reaped agreement {agreement:?} held more than its stream heads"
			);
		}
	}
}

#[cfg(any(feature = "try-runtime", test))]
impl<T: Config> Pallet<T> {
	/// Every agreement's trie holds exactly the items its storage implies, with the same values;
	/// no item names a missing agreement.
	/// The work is linear in the pallet's state, like the rest of `try_state`.
	pub(crate) fn check_state_tries() -> Result<(), sp_runtime::TryRuntimeError> {
		use alloc::collections::BTreeMap;
		type Items = BTreeMap<Vec<u8>, Vec<u8>>;
		let mut expected: BTreeMap<AgreementId, Items> =
			crate::Agreements::<T>::iter_keys().map(|id| (id, Items::new())).collect();
		let mut expect = |agreement: AgreementId,
		                  trie: Trie,
		                  key: Vec<u8>,
		                  value: Vec<u8>|
		 -> Result<(), sp_runtime::TryRuntimeError> {
			let items = expected.get_mut(&agreement).ok_or("state item of a missing agreement")?;
			items.insert(state_key(&agreement, trie, &key), value);
			Ok(())
		};
		for (id, token) in Tokens::<T>::iter() {
			expect(token.owner, Trie::Assets, item::token(id), token.encode())?;
		}
		for (group, agreement, membership) in Memberships::<T>::iter() {
			expect(agreement, Trie::Relationships, item::membership(group), membership.encode())?;
		}
		for (id, group) in Groups::<T>::iter() {
			expect(group.owner, Trie::Group, item::group(id), Self::group_digest(&group).encode())?;
		}
		for (id, series) in SeriesById::<T>::iter() {
			let owner = Self::series_owner(&series).ok_or("series of a missing group")?;
			expect(owner, Trie::Group, item::series(id), Self::series_digest(&series).encode())?;
		}
		for (agreement, activity, head) in Streams::<T>::iter() {
			expect(agreement, Trie::Activities, item::stream(&activity), head.encode())?;
		}
		for (agreement, _, record) in EventRecords::<T>::iter() {
			let key = item::event(&record.activity, record.ordinal);
			expect(agreement, Trie::Activities, key, record.hash.encode())?;
		}
		for (agreement, set) in crate::Delegations::<T>::iter() {
			for link in set.links.iter() {
				expect(agreement, Trie::Permissions, item::delegation(link.id), link.encode())?;
			}
		}

		for (agreement, items) in expected {
			let info = state_child_info(&agreement);
			let mut found = 0usize;
			let mut key = Vec::new();
			while let Some(next) = sp_io::default_child_storage::next_key(info.storage_key(), &key)
			{
				if items.get(&next) != child::get_raw(&info, &next).as_ref() {
					return Err("state trie item differs from the pallet's storage".into());
				}
				found = found.saturating_add(1);
				key = next;
			}
			if found != items.len() {
				return Err("state trie lacks an item of the pallet's storage".into());
			}
		}
		Ok(())
	}
}
