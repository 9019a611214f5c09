// Client-side checks of the credit economy (`pallet-credits`): the hash chain of a participant's
// history, as a wallet or an indexer verifies entries it got from `credits_history` (or from
// anywhere) against the head the chain holds.
//
// An entry's hash is blake2_256 of the SCALE encoding of
// `("arete/credits/arc", account, seq: u64, kind: EntryKind, amount: u128,
//   counterparty: Option<AccountId>, post: Option<H256>, block: u32, prev: H256)`.

import { compactAddLength, hexToU8a, stringToU8a, u8aConcat, u8aToHex } from '@polkadot/util';
import { blake2AsU8a, decodeAddress } from '@polkadot/util-crypto';

/** `EntryKind` variant indices; `reward:<action>` carries the action's index. */
const KINDS = { grant: 0, reward: 1, tipSent: 2, tipReceived: 3, royalty: 4, hypeSpent: 5, hypeReceived: 6, decay: 7, bonded: 8, unbonded: 9, bondForfeited: 10 };
const ACTIONS = { post: 0, engagement: 1, uptime: 2, hosting: 3 };

function le(value, bytes) {
	const out = new Uint8Array(bytes);
	let v = BigInt(value);
	for (let i = 0; i < bytes; i++) {
		out[i] = Number(v & 0xffn);
		v >>= 8n;
	}
	return out;
}

function option(bytes) {
	return bytes ? u8aConcat(new Uint8Array([1]), bytes) : new Uint8Array([0]);
}

function kindBytes(kind) {
	const [name, action] = kind.split(':');
	if (!(name in KINDS)) throw new Error(`unknown entry kind ${kind}`);
	return action === undefined ? new Uint8Array([KINDS[name]]) : new Uint8Array([KINDS[name], ACTIONS[action]]);
}

/** The hash of a `credits_history` entry of `account` (SS58 or hex), recomputed from its fields. */
export function entryHash(account, entry) {
	const encoded = u8aConcat(
		compactAddLength(stringToU8a('arete/credits/arc')),
		decodeAddress(account),
		le(entry.seq, 8),
		kindBytes(entry.kind),
		le(entry.amount, 16),
		option(entry.counterparty && decodeAddress(entry.counterparty)),
		option(entry.post && hexToU8a(entry.post)),
		le(entry.block, 4),
		hexToU8a(entry.prev),
	);
	return u8aToHex(blake2AsU8a(encoded, 256));
}

/**
 * Checks consecutive `entries` (oldest first) of `account` against the chain's `head`:
 * returns `null` when they are an unaltered stretch of its history ending at the head, else
 * `{ fault, seq }` with `fault` one of `tampered` (an entry's fields do not hash to its hash),
 * `broken` (an entry does not follow the one before) or `head` (the last entry is not the head).
 */
export function verifyHistory(account, entries, head) {
	let before;
	for (const entry of entries) {
		if (entryHash(account, entry) !== entry.hash) return { fault: 'tampered', seq: entry.seq };
		if (before && (entry.prev !== before.hash || entry.seq !== before.seq + 1)) return { fault: 'broken', seq: entry.seq };
		before = entry;
	}
	if (before && before.hash !== head) return { fault: 'head', seq: before.seq };
	return null;
}
