// Verification of Substrate read proofs in JavaScript: whether a set of trie nodes proves that
// a key holds a value (or nothing) in the trie of a given root. Written from sp-trie's
// definition of its `LayoutV1` trie (polkadot-sdk's `sp-trie`, `node_header.rs` and
// `node_codec.rs`), hashed with Blake2-256:
//
// - A proof is a set of encoded nodes; a node is found by its hash. A child node shorter than
//   32 bytes is not hashed but inlined in its parent, and a value of 33 bytes or more is
//   stored as a node of its own, named in its leaf or branch by its hash.
// - A node starts with a header: its kind in the high bits of the first byte, then the number
//   of nibbles of its partial key in the low bits (and further bytes when they overflow):
//     0b01 leaf, 0b10 branch without value, 0b11 branch with value (6 bits of count),
//     0b001 leaf with a hashed value (5 bits), 0b0001 branch with a hashed value (4 bits),
//     0x00 the empty trie. A count equal to the field's maximum continues in the next bytes:
//     each 255 adds 255 and goes on, any other byte adds itself and ends.
// - The partial key follows: its nibbles packed two to a byte, high nibble first, an odd
//   count padded with a zero high nibble in the first byte.
// - A leaf then holds its value: inline as SCALE `Vec<u8>` (compact length, bytes), or its
//   32-byte hash.
// - A branch holds a 16-bit little-endian bitmap of its children, then its value if it has
//   one (as a leaf's), then each present child in nibble order as SCALE `Vec<u8>`: 32 bytes
//   are the child's hash, fewer the child node itself.
//
// A key is looked up nibble by nibble from the root, the way `sp_trie::read_trie_value`
// does; a proof missing a node on that path, or holding a malformed one, proves nothing.

import { hexToU8a, u8aEq, u8aToHex } from '@polkadot/util';
import { blake2AsU8a } from '@polkadot/util-crypto';

const HASH_LENGTH = 32;

/** The root of the empty trie: the hash of its one node, `0x00`. */
export const EMPTY_TRIE_ROOT = u8aToHex(blake2AsU8a(new Uint8Array([0])));

/** A proof that proves nothing: a node missing on the key's path, or malformed. */
export class ProofError extends Error {}

function bytes(input) {
	return typeof input === 'string' ? hexToU8a(input) : input;
}

/** A reader over one node's bytes. */
class Reader {
	constructor(data) {
		this.data = data;
		this.offset = 0;
	}

	byte() {
		if (this.offset >= this.data.length) throw new ProofError('node ends early');
		return this.data[this.offset++];
	}

	take(count) {
		if (this.offset + count > this.data.length) throw new ProofError('node ends early');
		const slice = this.data.subarray(this.offset, this.offset + count);
		this.offset += count;
		return slice;
	}

	/** A SCALE compact integer (the lengths here are `Compact<u32>`). */
	compact() {
		const first = this.byte();
		switch (first & 0b11) {
			case 0b00:
				return first >>> 2;
			case 0b01:
				return (first | (this.byte() << 8)) >>> 2;
			case 0b10: {
				const rest = this.take(3);
				return ((first | (rest[0] << 8) | (rest[1] << 16)) >>> 2) + rest[2] * (1 << 22);
			}
			default: {
				// The big-integer mode: 4 + (first >> 2) bytes follow; a u32 has at most 4.
				const length = (first >>> 2) + 4;
				if (length !== 4) throw new ProofError('length beyond u32');
				const [a, b, c, d] = this.take(4);
				return a + b * 2 ** 8 + c * 2 ** 16 + d * 2 ** 24;
			}
		}
	}

	/** A SCALE `Vec<u8>`. */
	vec() {
		return this.take(this.compact());
	}
}

/** The partial-key nibble count from a header byte whose low `bits` bits hold it. */
function nibbleCount(first, bits, reader) {
	const max = (1 << bits) - 1;
	let count = first & max;
	if (count < max) return count;
	for (;;) {
		const next = reader.byte();
		count += next;
		if (next < 255) return count;
	}
}

/**
 * Decodes one node: `{ kind: 'empty' | 'leaf' | 'branch', partial: [nibbles], value:
 * { inline } | { hash } | null, children: [16 × ({ inline } | { hash } | null)] }`.
 */
export function decodeNode(data) {
	const reader = new Reader(bytes(data));
	const first = reader.byte();
	let kind;
	let hashedValue = false;
	let hasValue = true;
	let count;
	if (first === 0) {
		if (reader.data.length !== 1) throw new ProofError('trailing bytes after the empty node');
		return { kind: 'empty', partial: [], value: null, children: [] };
	}
	switch (first >>> 6) {
		case 0b01:
			kind = 'leaf';
			count = nibbleCount(first, 6, reader);
			break;
		case 0b10:
			kind = 'branch';
			hasValue = false;
			count = nibbleCount(first, 6, reader);
			break;
		case 0b11:
			kind = 'branch';
			count = nibbleCount(first, 6, reader);
			break;
		default:
			if ((first & 0b1110_0000) === 0b0010_0000) {
				kind = 'leaf';
				hashedValue = true;
				count = nibbleCount(first, 5, reader);
			} else if ((first & 0b1111_0000) === 0b0001_0000) {
				kind = 'branch';
				hashedValue = true;
				count = nibbleCount(first, 4, reader);
			} else {
				throw new ProofError(`unknown node header ${first}`);
			}
	}

	const packed = reader.take(Math.ceil(count / 2));
	const partial = [];
	for (const byte of packed) partial.push(byte >>> 4, byte & 0x0f);
	if (count % 2 === 1) {
		if (partial[0] !== 0) throw new ProofError('bad padding of an odd partial key');
		partial.shift();
	}

	const value = () => (hashedValue ? { hash: reader.take(HASH_LENGTH) } : { inline: reader.vec() });
	const node = { kind, partial, value: null, children: [] };
	if (kind === 'leaf') {
		node.value = value();
	} else {
		const [low, high] = reader.take(2);
		const bitmap = low | (high << 8);
		if (bitmap === 0) throw new ProofError('a branch without children');
		if (hasValue) node.value = value();
		for (let nibble = 0; nibble < 16; nibble++) {
			if (!(bitmap & (1 << nibble))) {
				node.children.push(null);
				continue;
			}
			const child = reader.vec();
			node.children.push(child.length === HASH_LENGTH ? { hash: child } : { inline: child });
		}
	}
	if (reader.offset !== reader.data.length) throw new ProofError('trailing bytes in a node');
	return node;
}

function nibblesOf(key) {
	const nibbles = [];
	for (const byte of key) nibbles.push(byte >>> 4, byte & 0x0f);
	return nibbles;
}

/**
 * The value under `key` in the trie of `root` that `proof` (an array of nodes, hex or bytes)
 * proves: its bytes, or `null` when the proof shows there is none. Throws `ProofError` when
 * the proof does not reach the key from that root (a missing, altered or malformed node).
 */
export function readProof(root, proof, key) {
	const rootHex = u8aToHex(bytes(root));
	if (rootHex === EMPTY_TRIE_ROOT) return null;
	const nodes = new Map();
	for (const node of proof) {
		const data = bytes(node);
		nodes.set(u8aToHex(blake2AsU8a(data)), data);
	}
	const byHash = (hash) => {
		const found = nodes.get(u8aToHex(hash));
		if (!found) throw new ProofError(`the proof lacks node ${u8aToHex(hash)}`);
		return found;
	};
	const valueOf = (value) => (value.inline ? value.inline : byHash(value.hash));

	const nibbles = nibblesOf(bytes(key));
	let at = 0;
	let node = decodeNode(byHash(hexToU8a(rootHex)));
	for (;;) {
		if (node.kind === 'empty') return null;
		const { partial } = node;
		if (node.kind === 'leaf') {
			const rest = nibbles.slice(at);
			const same = rest.length === partial.length && rest.every((n, i) => n === partial[i]);
			return same ? valueOf(node.value) : null;
		}
		for (let i = 0; i < partial.length; i++) {
			if (nibbles[at + i] !== partial[i]) return null;
		}
		at += partial.length;
		if (at === nibbles.length) return node.value ? valueOf(node.value) : null;
		const child = node.children[nibbles[at]];
		at += 1;
		if (!child) return null;
		node = decodeNode(child.inline ? child.inline : byHash(child.hash));
	}
}

/**
 * Whether `proof` proves that `key` holds `value` (`null`: holds nothing) in the trie of
 * `root`. A proof that proves something else, or nothing, gives `false`.
 */
export function verifyProof({ root, proof, key, value }) {
	let proven;
	try {
		proven = readProof(root, proof, key);
	} catch (error) {
		if (error instanceof ProofError) return false;
		throw error;
	}
	if (value === null || value === undefined) return proven === null;
	return proven !== null && u8aEq(proven, bytes(value));
}

/** `b":child_storage:default:"`, the state-trie prefix of default child tries' roots. */
export const CHILD_STORAGE_PREFIX = u8aToHex(new TextEncoder().encode(':child_storage:default:'));
