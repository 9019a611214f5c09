//! The pure half of `agreements_getProof` and `agreements_stateRoot` (see [`super::agreements`]):
//! reading their parameters and turning a child read proof into the JSON a client verifies.
//!
//! An agreement's authenticated state is one default child trie (`pallet_agreements`'
//! `features/state.rs`): the five tries of the seed are key ranges of it, a key being the
//! 32-byte agreement id, the trie's byte, then the item's SCALE key. Its root is the value of
//! the key `b":child_storage:default:" ++ b"arete/agreements/v1/state/" ++ agreement` of the
//! block's state trie. A read proof of a child item (`ProofProvider::read_child_proof`, the one
//! behind `state_getChildReadProof`) holds the nodes of both levels: the path to that key in
//! the state trie and the path to the item in the child trie.

use pallet_agreements::{state_item, state_key, AgreementId, Trie};
use sc_client_api::{ChildInfo, StorageProof};
use serde::Serialize;
use serde_json::Value as Json;
use sp_core::{
	storage::{ChildType, PrefixedStorageKey},
	Blake2Hasher, H256,
};

use super::performance::hex0x;

/// A trie's name in the RPC: `permissions`, `relationships`, `activities`, `assets`, `group`.
pub fn trie_name(trie: Trie) -> &'static str {
	match trie {
		Trie::Permissions => "permissions",
		Trie::Relationships => "relationships",
		Trie::Activities => "activities",
		Trie::Assets => "assets",
		Trie::Group => "group",
	}
}

/// A trie by name (any case) or byte (0 to 4).
pub fn parse_trie(trie: &Json) -> Result<Trie, String> {
	let found = match trie {
		Json::String(name) => {
			Trie::ALL.into_iter().find(|t| trie_name(*t).eq_ignore_ascii_case(name))
		},
		Json::Number(byte) => {
			byte.as_u64().and_then(|b| u8::try_from(b).ok()).and_then(Trie::from_byte)
		},
		_ => None,
	};
	found.ok_or_else(|| {
		format!(
			"invalid trie {trie}: expected one of \"permissions\", \"relationships\", \
			 \"activities\", \"assets\", \"group\" (or 0 to 4)"
		)
	})
}

/// An item's key within `trie` (without the agreement id and the trie byte). Either `0x` hex
/// of the raw item key, or an object naming the item:
/// - `assets`: `{"token": id}`;
/// - `relationships`: `{"group": id}` (the membership of that group);
/// - `activities`: `{"activity": "GAME"}` (the stream's head) or `{"activity": "GAME",
///   "ordinal": n}` (its event `n`);
/// - `group`: `{"group": id}` or `{"series": id}`.
///
/// Permissions have no object form: their keys are the delegations'.
pub fn parse_item_key(trie: Trie, key: &Json) -> Result<Vec<u8>, String> {
	let object = match key {
		Json::String(hex) => return super::agreements::parse_hex(hex, "key"),
		Json::Object(object) => object,
		_ => return Err("invalid key: expected 0x hex or an object naming the item".into()),
	};
	let number = |field: &str| -> Result<Option<u64>, String> {
		object
			.get(field)
			.map(|value| {
				value.as_u64().ok_or_else(|| format!("invalid key: `{field}` must be a number"))
			})
			.transpose()
	};
	let fields: Vec<&str> = object.keys().map(String::as_str).collect();
	let only = |allowed: &[&str]| -> Result<(), String> {
		match fields.iter().find(|field| !allowed.contains(field)) {
			Some(field) => {
				Err(format!("invalid key: `{field}` is not a key of the {} trie", trie_name(trie)))
			},
			None => Ok(()),
		}
	};
	let missing =
		|what: &str| format!("invalid key: the {} trie's key needs {what}", trie_name(trie));
	match trie {
		Trie::Assets => {
			only(&["token"])?;
			number("token")?.map(state_item::token).ok_or_else(|| missing("`token`"))
		},
		Trie::Relationships => {
			only(&["group"])?;
			number("group")?.map(state_item::membership).ok_or_else(|| missing("`group`"))
		},
		Trie::Activities => {
			only(&["activity", "ordinal"])?;
			let activity = object
				.get("activity")
				.and_then(Json::as_str)
				.ok_or_else(|| missing("an `activity` string"))?;
			Ok(match number("ordinal")? {
				Some(ordinal) => state_item::event(activity.as_bytes(), ordinal),
				None => state_item::stream(activity.as_bytes()),
			})
		},
		Trie::Group => {
			only(&["group", "series"])?;
			match (number("group")?, number("series")?) {
				(Some(group), None) => Ok(state_item::group(group)),
				(None, Some(series)) => Ok(state_item::series(series)),
				_ => Err(missing("either `group` or `series`")),
			}
		},
		Trie::Permissions => Err("invalid key: give a permissions key as 0x hex".into()),
	}
}

/// The child trie whose root the state trie holds under `child_key` (a prefixed key, as the
/// runtime API's `state_child_key` returns it).
pub fn child_info_of(child_key: &[u8]) -> Result<ChildInfo, String> {
	match ChildType::from_prefixed_key(PrefixedStorageKey::new_ref(&child_key.to_vec())) {
		Some((ChildType::ParentKeyId, storage_key)) => Ok(ChildInfo::new_default(storage_key)),
		None => Err(format!("{} is not a child trie's key", hex0x(child_key))),
	}
}

/// An item of an agreement's state with its proof, at a block.
#[derive(Serialize, Clone, PartialEq, Eq, Debug)]
#[serde(rename_all = "camelCase")]
pub struct StateProofJson {
	/// The agreement.
	pub agreement: String,
	/// The trie's name.
	pub trie: &'static str,
	/// The item's key in the agreement's child trie: the 32-byte agreement id, the trie's byte,
	/// then the item key.
	pub key: String,
	/// The item's value (SCALE, see the pallet's README), or `null`: the proof then shows
	/// there is none.
	pub value: Option<String>,
	/// The agreement's state root at the block (the empty trie's root if it holds nothing).
	pub root: String,
	/// The key of `root` in the block's state trie.
	pub child_key: String,
	/// The block's state root, from its header.
	pub state_root: String,
	/// The block's hash.
	pub block: String,
	/// The block's number.
	pub block_number: u32,
	/// The proof's trie nodes (`0x` hex, in byte order): `value` under `key` against `root`,
	/// and `root` under `childKey` against `stateRoot`.
	pub proof: Vec<String>,
}

/// An agreement's state root at a block.
#[derive(Serialize, Clone, PartialEq, Eq, Debug)]
#[serde(rename_all = "camelCase")]
pub struct StateRootJson {
	/// The agreement.
	pub agreement: String,
	/// Its state root.
	pub root: String,
	/// The key of `root` in the block's state trie.
	pub child_key: String,
	/// The block's hash.
	pub block: String,
}

/// The root of a trie holding nothing: `blake2_256([0])`.
pub fn empty_root() -> H256 {
	H256(sp_io::hashing::blake2_256(&[0u8]))
}

/// Renders the child read proof `proof` of the full `key` (see [`full_key`]) in `agreement`'s trie
/// at block `block` of state root `state_root`. The proof is checked here as a client would:
/// the value and the agreement's root returned are the ones it proves.
#[allow(clippy::too_many_arguments)]
pub fn state_proof_json(
	agreement: AgreementId,
	trie: Trie,
	key: &[u8],
	child_key: &[u8],
	block: H256,
	block_number: u32,
	state_root: H256,
	proof: StorageProof,
) -> Result<StateProofJson, String> {
	let child_info = child_info_of(child_key)?;
	fn broken(error: impl std::fmt::Display) -> String {
		format!("the proof does not verify: {error}")
	}
	let root = sp_state_machine::read_proof_check::<Blake2Hasher, _>(
		state_root,
		proof.clone(),
		[child_key],
	)
	.map_err(broken)?
	.remove(child_key)
	.flatten();
	let root = match root {
		Some(root) if root.len() == 32 => H256::from_slice(&root),
		Some(root) => return Err(format!("the state holds a root of {} bytes", root.len())),
		None => empty_root(),
	};
	let value = sp_state_machine::read_child_proof_check::<Blake2Hasher, _>(
		state_root,
		proof.clone(),
		&child_info,
		[key],
	)
	.map_err(broken)?
	.remove(key)
	.flatten();
	Ok(StateProofJson {
		agreement: hex0x(agreement.as_bytes()),
		trie: trie_name(trie),
		key: hex0x(key),
		value: value.map(|value| hex0x(&value)),
		root: hex0x(root.as_bytes()),
		child_key: hex0x(child_key),
		state_root: hex0x(state_root.as_bytes()),
		block: hex0x(block.as_bytes()),
		block_number,
		proof: proof.into_iter_nodes().map(|node| hex0x(&node)).collect(),
	})
}

/// The full key of an item of `agreement`'s `trie`: `state_key` of the pallet, the 32-byte
/// agreement id, the trie's byte, then `item`.
pub fn full_key(agreement: &AgreementId, trie: Trie, item: &[u8]) -> Vec<u8> {
	state_key(agreement, trie, item)
}

#[cfg(test)]
mod tests {
	use super::*;
	use codec::Encode;
	use pallet_agreements::state_child_info;
	use serde_json::json;
	use sp_core::storage::StateVersion;
	use sp_state_machine::{prove_child_read, prove_read, Backend, InMemoryBackend};

	type Items = Vec<(Vec<u8>, Option<Vec<u8>>)>;

	/// A state with `top` items and an agreement's child trie of `child` items.
	fn backend(agreement: AgreementId, top: Items, child: Items) -> InMemoryBackend<Blake2Hasher> {
		InMemoryBackend::<Blake2Hasher>::from((
			vec![(None, top), (Some(state_child_info(&agreement)), child)],
			StateVersion::V1,
		))
	}

	#[test]
	fn tries_and_keys_parse_by_name_number_and_object() {
		assert_eq!(parse_trie(&json!("assets")), Ok(Trie::Assets));
		assert_eq!(parse_trie(&json!("Group")), Ok(Trie::Group));
		assert_eq!(parse_trie(&json!(2)), Ok(Trie::Activities));
		for bad in [json!("tokens"), json!(5), json!(-1), json!(null), json!([3])] {
			assert!(parse_trie(&bad).unwrap_err().contains("expected one of"), "{bad}");
		}
		assert_eq!(parse_item_key(Trie::Assets, &json!({"token": 7})), Ok(7u64.encode()));
		assert_eq!(parse_item_key(Trie::Assets, &json!("0x0700000000000000")), Ok(7u64.encode()));
		assert_eq!(parse_item_key(Trie::Relationships, &json!({"group": 1})), Ok(1u64.encode()));
		assert_eq!(
			parse_item_key(Trie::Activities, &json!({"activity": "GAME"})),
			Ok(b"GAME".to_vec().encode())
		);
		assert_eq!(
			parse_item_key(Trie::Activities, &json!({"activity": "GAME", "ordinal": 2})),
			Ok((b"GAME".as_slice(), 2u64).encode())
		);
		assert_eq!(parse_item_key(Trie::Group, &json!({"group": 3})), Ok((0u8, 3u64).encode()));
		assert_eq!(parse_item_key(Trie::Group, &json!({"series": 3})), Ok((1u8, 3u64).encode()));
		assert_eq!(parse_item_key(Trie::Permissions, &json!("0xabcd")), Ok(vec![0xab, 0xcd]));
		let agreement = H256::repeat_byte(0xa1);
		assert_eq!(
			full_key(&agreement, Trie::Assets, &7u64.encode()),
			[vec![0xa1; 32], vec![3u8], 7u64.encode()].concat()
		);
	}

	#[test]
	fn bad_keys_are_refused_with_the_reason() {
		let refused = |trie, key: Json, reason: &str| {
			let error = parse_item_key(trie, &key).unwrap_err();
			assert!(error.contains(reason), "{key}: {error}");
		};
		refused(Trie::Assets, json!({"group": 1}), "`group` is not a key of the assets trie");
		refused(Trie::Assets, json!({}), "needs `token`");
		refused(Trie::Assets, json!({"token": "7"}), "`token` must be a number");
		refused(Trie::Assets, json!({"token": -1}), "`token` must be a number");
		refused(Trie::Group, json!({"group": 1, "series": 2}), "either `group` or `series`");
		refused(Trie::Activities, json!({"ordinal": 1}), "an `activity` string");
		refused(Trie::Permissions, json!({"token": 1}), "as 0x hex");
		refused(Trie::Assets, json!("0x123"), "odd number of hex digits");
		refused(Trie::Assets, json!(7), "expected 0x hex or an object");
		assert!(child_info_of(b"not a child key").is_err());
	}

	#[test]
	fn a_proof_renders_with_the_value_and_the_roots_it_proves() {
		let agreement = H256::repeat_byte(0xa1);
		let token_key = full_key(&agreement, Trie::Assets, &state_item::token(7));
		let event_key = full_key(&agreement, Trie::Activities, &state_item::event(b"GAME", 1));
		let token = vec![0x55; 90];
		let child = vec![(token_key.clone(), Some(token.clone())), (event_key, Some(vec![9; 32]))];
		let top = vec![(b":code".to_vec(), Some(vec![1; 40])), (b"other".to_vec(), Some(vec![2]))];
		let state = backend(agreement, top.clone(), child.clone());
		let state_root = *state.root();
		let info = state_child_info(&agreement);
		let child_key = info.prefixed_storage_key().into_inner();
		let agreement_root =
			state.storage(&child_key).unwrap().map(|root| H256::from_slice(&root)).unwrap();

		let proof = prove_child_read(state, &info, [&token_key]).unwrap();
		let rendered = state_proof_json(
			agreement,
			Trie::Assets,
			&token_key,
			&child_key,
			H256::repeat_byte(0xbb),
			12,
			state_root,
			proof.clone(),
		)
		.unwrap();
		assert_eq!(rendered.value, Some(hex0x(&token)));
		assert_eq!(rendered.root, hex0x(agreement_root.as_bytes()));
		assert_eq!(rendered.trie, "assets");
		assert_eq!(rendered.key, hex0x(&token_key));
		assert_eq!(rendered.child_key, hex0x(&child_key));
		assert!(rendered
			.child_key
			.starts_with(&hex0x(b":child_storage:default:arete/agreements/v1/state/")));
		assert_eq!(
			(rendered.block.as_str(), rendered.block_number),
			(hex0x(&[0xbb; 32]).as_str(), 12)
		);
		assert_eq!(rendered.proof.len(), proof.iter_nodes().count());
		let json = serde_json::to_value(&rendered).unwrap();
		for field in ["value", "root", "childKey", "stateRoot", "blockNumber", "proof"] {
			assert!(json.get(field).is_some(), "{field}");
		}

		// An absent item: `null`, proven absent.
		let state = backend(agreement, top.clone(), child.clone());
		let absent = full_key(&agreement, Trie::Assets, &state_item::token(8));
		let proof = prove_child_read(state, &info, [&absent]).unwrap();
		let rendered = state_proof_json(
			agreement,
			Trie::Assets,
			&absent,
			&child_key,
			H256::zero(),
			12,
			state_root,
			proof,
		)
		.unwrap();
		assert_eq!(rendered.value, None);
		assert_eq!(rendered.root, hex0x(agreement_root.as_bytes()));

		// An agreement whose trie is empty: no root in the state, the empty root, no value.
		let empty = backend(agreement, top.clone(), vec![]);
		let empty_state_root = *empty.root();
		let proof = prove_child_read(empty, &info, [&token_key]).unwrap();
		let rendered = state_proof_json(
			agreement,
			Trie::Assets,
			&token_key,
			&child_key,
			H256::zero(),
			1,
			empty_state_root,
			proof,
		)
		.unwrap();
		assert_eq!((rendered.value, rendered.root), (None, hex0x(empty_root().as_bytes())));

		// A proof checked against another state root does not verify.
		let state = backend(agreement, top, child);
		let proof = prove_child_read(state, &info, [&token_key]).unwrap();
		let error = state_proof_json(
			agreement,
			Trie::Assets,
			&token_key,
			&child_key,
			H256::zero(),
			1,
			empty_state_root,
			proof,
		)
		.unwrap_err();
		assert!(error.contains("does not verify"), "{error}");
	}

	// --- Vectors of the JavaScript verifier (`scripts/e2e/lib/trie-proof.mjs`) ---------------

	const VECTORS: &str =
		concat!(env!("CARGO_MANIFEST_DIR"), "/../scripts/e2e/lib/trie-proof.vectors.json");

	/// One case: `value` (or its absence) under `key` in the trie of root `root`, by `proof`.
	#[derive(Serialize)]
	struct Case {
		name: &'static str,
		root: String,
		key: String,
		value: Option<String>,
		proof: Vec<String>,
	}

	fn case(
		name: &'static str,
		root: H256,
		key: &[u8],
		value: Option<&[u8]>,
		proof: StorageProof,
	) -> Case {
		Case {
			name,
			root: hex0x(root.as_bytes()),
			key: hex0x(key),
			value: value.map(hex0x),
			proof: proof.into_iter_nodes().map(|node| hex0x(&node)).collect(),
		}
	}

	/// Cases covering every node kind of sp-trie's `LayoutV1` codec: leaves and branches with
	/// inline and hashed values, inline child nodes, odd and long partial keys, absences,
	/// the empty trie, and the two levels of a child trie.
	fn vectors() -> Vec<Case> {
		let agreement = H256::repeat_byte(0x42);
		let info = state_child_info(&agreement);
		let child_key = info.prefixed_storage_key().into_inner();
		let long = vec![0x5a; 100];
		let token_key = full_key(&agreement, Trie::Assets, &state_item::token(3));
		let event_key = full_key(&agreement, Trie::Activities, &state_item::event(b"GAME", 1));
		let head_key = full_key(&agreement, Trie::Activities, &state_item::stream(b"GAME"));
		let child: Items = vec![
			// Tiny items: their nodes are shorter than 32 bytes, inlined in their branch.
			(vec![0x01, 0x10], Some(vec![0x0a])),
			(vec![0x01, 0x11], Some(vec![0x0b])),
			// A key that is a prefix of others: a branch with a (hashed, > 32 bytes) value.
			(vec![0x02], Some(long.clone())),
			(vec![0x02, 0x01], Some(vec![0x0c; 33])),
			(vec![0x02, 0x02], Some(vec![])),
			(token_key.clone(), Some(long.clone())),
			(event_key.clone(), Some(vec![0xee; 32])),
			(head_key.clone(), Some(vec![0xdd; 40])),
		];
		let top: Items = vec![
			(b":code".to_vec(), Some(vec![0x00; 64])),
			(b"balances".to_vec(), Some(vec![0x07; 3])),
		];
		let state = || backend(agreement, top.clone(), child.clone());
		let state_root = *state().root();
		let child_root =
			state().storage(&child_key).unwrap().map(|r| H256::from_slice(&r)).unwrap();
		// The child trie's nodes only: a child read proof also holds the state trie's path to
		// the child's root, which the "two levels" case covers.
		let top_nodes: std::collections::BTreeSet<Vec<u8>> =
			prove_read(state(), [&child_key]).unwrap().into_iter_nodes().collect();
		let child_proof = |keys: &[&[u8]]| {
			let proof = prove_child_read(state(), &info, keys.iter().copied()).unwrap();
			StorageProof::new(proof.into_iter_nodes().filter(|node| !top_nodes.contains(node)))
		};

		let mut cases = vec![
			case(
				"hashed value in a leaf (a token)",
				child_root,
				&token_key,
				Some(&long),
				child_proof(&[&token_key]),
			),
			case(
				"inline 32-byte value (an event hash)",
				child_root,
				&event_key,
				Some(&[0xee; 32]),
				child_proof(&[&event_key]),
			),
			case(
				"prefix of another key (a stream head)",
				child_root,
				&head_key,
				Some(&[0xdd; 40]),
				child_proof(&[&head_key]),
			),
			case(
				"inline child node",
				child_root,
				&[0x01, 0x10],
				Some(&[0x0a]),
				child_proof(&[&[0x01, 0x10]]),
			),
			case(
				"hashed value in a branch",
				child_root,
				&[0x02],
				Some(&long),
				child_proof(&[&[0x02]]),
			),
			case(
				"empty value",
				child_root,
				&[0x02, 0x02],
				Some(&[]),
				child_proof(&[&[0x02, 0x02]]),
			),
			case(
				"absent: no child at the nibble",
				child_root,
				&[0x09],
				None,
				child_proof(&[&[0x09]]),
			),
			case(
				"absent: a leaf of another key",
				child_root,
				&[0x01, 0x12],
				None,
				child_proof(&[&[0x01, 0x12]]),
			),
			case(
				"absent: the key ends inside a partial key",
				child_root,
				&token_key[..3],
				None,
				child_proof(&[&token_key[..3]]),
			),
		];
		let top_proof = prove_read(state(), [&child_key]).unwrap();
		cases.push(case(
			"an agreement's root in the state trie",
			state_root,
			&child_key,
			Some(child_root.as_bytes()),
			top_proof,
		));
		// A single long key: its leaf's partial key is too long for the header's first byte.
		let single = vec![(vec![0x77; 40], Some(vec![1, 2, 3]))];
		let lone = InMemoryBackend::<Blake2Hasher>::from((vec![(None, single)], StateVersion::V1));
		let lone_root = *lone.root();
		cases.push(case(
			"a partial key of 80 nibbles",
			lone_root,
			&[0x77; 40],
			Some(&[1, 2, 3]),
			prove_read(lone, [&[0x77u8; 40][..]]).unwrap(),
		));
		cases.push(Case {
			name: "the empty trie",
			root: hex0x(empty_root().as_bytes()),
			key: hex0x(&token_key),
			value: None,
			proof: vec![],
		});
		cases
	}

	/// The committed vectors are the ones this code produces (so the JavaScript verifier is
	/// tested against sp-trie's real proofs). `ARETE_WRITE_TRIE_VECTORS=1` rewrites the file.
	#[test]
	fn the_javascript_verifiers_vectors_are_sp_tries_proofs() {
		let generated = serde_json::to_string_pretty(&serde_json::json!({
			"about": "sp-trie LayoutV1 (Blake2-256) read proofs: `value` (null: absent) under `key` in the trie of `root`. Generated by node/src/rpc/state_proof.rs (ARETE_WRITE_TRIE_VECTORS=1 cargo test -p arete-node the_javascript_verifiers_vectors).",
			"cases": vectors(),
		}))
		.unwrap() + "\n";
		if std::env::var_os("ARETE_WRITE_TRIE_VECTORS").is_some() {
			std::fs::write(VECTORS, &generated).unwrap();
		}
		let committed = std::fs::read_to_string(VECTORS).unwrap_or_default();
		assert!(
			committed == generated,
			"{VECTORS} is stale: rerun with ARETE_WRITE_TRIE_VECTORS=1"
		);
	}
}
