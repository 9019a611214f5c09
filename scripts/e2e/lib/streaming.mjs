// The pallet-streaming client (Proof of Execution): the byte layouts the chain hashes or checks
// signatures over, assembled by hand from their Rust definitions, so that a test can compute
// what the chain should say before asking it.
//
// - The Merkle tree over a content's stored chunks (`pallets/streaming/src/merkle.rs`): leaves
//   `blake2_256(0x00 ‖ chunk)`, inner nodes `blake2_256(0x01 ‖ left ‖ right)`, a level with an
//   odd number of nodes carries its last node up unchanged, and a proof lists the siblings from
//   the leaf up, skipping the levels where the path's node is carried.
// - The seeds the pallet draws from the hash of the block after an action (`seed_after`): a
//   task's re-execution sample (`task_sample`, a partial Fisher–Yates shuffle) and a storage
//   challenge's chunk (`chunk_of`).
// - A task's verification subject (`task_subject`).
// - A content's id from its creator and content hash (`content_id_of`).
// - A viewer's ticket and the bytes it signs (`Ticket::signing_payload`).
// - The suite's stand-in for a transcoder: a deterministic function of (input, rendition,
//   segment) that the executor and the verifiers both run.
//
// Only `@polkadot/util` and `@polkadot/util-crypto`.

import { compactAddLength, compactToU8a, hexToU8a, isHex, stringToU8a, u8aConcat, u8aEq, u8aToHex } from '@polkadot/util';
import { blake2AsU8a, decodeAddress } from '@polkadot/util-crypto';

/** The runtime's `StreamingDomain`, the 8 bytes "stream\0\0", as hex. */
export const STREAMING_DOMAIN = '0x73747265616d0000';

/** Domain-separation prefixes of `pallet_streaming::prefix`. */
export const PREFIX = {
	content: 'arete/streaming/v1/content',
	ticket: 'arete/streaming/v1/ticket',
	task: 'arete/streaming/v1/task',
	assign: 'arete/streaming/v1/assign',
	sample: 'arete/streaming/v1/sample',
	chunk: 'arete/streaming/v1/chunk',
};

/** Length of a ticket's signing payload: 1 + 25 prefix bytes, genesis, and the ticket (104). */
export const TICKET_PAYLOAD_LENGTH = 1 + 25 + 32 + 32 + 4 + 32 + 32 + 4;

// ---------------------------------------------------------------------------------------------
// SCALE pieces
// ---------------------------------------------------------------------------------------------

/** `value` as a u32, little-endian (4 bytes). */
export function u32le(value) {
	const bytes = new Uint8Array(4);
	new DataView(bytes.buffer).setUint32(0, Number(value), true);
	return bytes;
}

/** `value` as a u64, little-endian (8 bytes). */
export function u64le(value) {
	const bytes = new Uint8Array(8);
	new DataView(bytes.buffer).setBigUint64(0, BigInt(value), true);
	return bytes;
}

/** SCALE of a byte string (`&[u8]` / `Vec<u8>`): its compact length, then its bytes. */
export function scaleBytes(bytes) {
	return compactAddLength(typeof bytes === 'string' && !isHex(bytes) ? stringToU8a(bytes) : bytes);
}

/** Exactly 32 bytes: a Uint8Array, 0x-hex, a key pair, an address, or a codec. */
export function bytes32(value, what = 'value') {
	let bytes;
	if (value instanceof Uint8Array) bytes = value;
	else if (value?.publicKey) bytes = value.publicKey;
	else if (typeof value === 'string' && isHex(value)) bytes = hexToU8a(value);
	else if (typeof value === 'string') bytes = decodeAddress(value);
	else if (typeof value?.toU8a === 'function') bytes = value.toU8a();
	else throw new TypeError(`${what}: expected 32 bytes, got ${value}`);
	if (bytes.length !== 32) throw new RangeError(`${what}: expected 32 bytes, got ${bytes.length}`);
	return bytes;
}

/** `blake2_256(bytes)`. */
export function blake256(...parts) {
	return blake2AsU8a(u8aConcat(...parts), 256);
}

// ---------------------------------------------------------------------------------------------
// Chunks and their Merkle tree (`merkle.rs`)
// ---------------------------------------------------------------------------------------------

/** `bytes` cut into chunks of `size` bytes (the last one shorter if need be). */
export function chunksOf(bytes, size) {
	const chunks = [];
	for (let offset = 0; offset < bytes.length; offset += size) chunks.push(bytes.slice(offset, offset + size));
	return chunks;
}

/** The leaf of `chunk`: `blake2_256(0x00 ‖ chunk)`. */
export function chunkLeaf(chunk) {
	return blake256(new Uint8Array([0]), chunk);
}

/** The inner node above `left` and `right`: `blake2_256(0x01 ‖ left ‖ right)`. */
export function innerNode(left, right) {
	return blake256(new Uint8Array([1]), left, right);
}

/** The level above `level`: pairs hashed, an odd last node carried up unchanged. */
function levelAbove(level) {
	const above = [];
	for (let i = 0; i < level.length; i += 2) above.push(i + 1 < level.length ? innerNode(level[i], level[i + 1]) : level[i]);
	return above;
}

/** The root over `leaves` (32 zero bytes for none). */
export function merkleRoot(leaves) {
	if (leaves.length === 0) return new Uint8Array(32);
	let level = leaves;
	while (level.length > 1) level = levelAbove(level);
	return level[0];
}

/**
 * The proof of leaf `index` among `leaves`: the siblings from the leaf up, none for a level
 * where the path's node is the carried last one. Empty when `index` is out of range.
 */
export function merkleProof(leaves, index) {
	const path = [];
	if (index < 0 || index >= leaves.length) return path;
	let level = leaves;
	let position = index;
	while (level.length > 1) {
		const sibling = position ^ 1;
		if (sibling < level.length) path.push(level[sibling]);
		level = levelAbove(level);
		position = Math.floor(position / 2);
	}
	return path;
}

/** Whether `chunk` is chunk `index` of the `count` chunks under `root` by `path` (`merkle::verify`). */
export function verifyChunk(root, count, index, chunk, path) {
	if (index >= count) return false;
	let hash = chunkLeaf(chunk);
	let position = index;
	let width = count;
	let next = 0;
	while (width > 1) {
		const carried = position % 2 === 0 && position === width - 1;
		if (!carried) {
			if (next >= path.length) return false;
			const sibling = path[next++];
			hash = position % 2 === 0 ? innerNode(hash, sibling) : innerNode(sibling, hash);
		}
		position = Math.floor(position / 2);
		width = Math.ceil(width / 2);
	}
	return next === path.length && u8aEq(hash, root);
}

/**
 * A stored file as a storage node keeps it: its chunks, their leaves, the root (hex), and
 * `proof(index)`, the hex siblings of chunk `index`.
 */
export function chunkTree(chunks) {
	const leaves = chunks.map(chunkLeaf);
	return {
		chunks,
		leaves,
		root: u8aToHex(merkleRoot(leaves)),
		proof: (index) => merkleProof(leaves, index).map((hash) => u8aToHex(hash)),
	};
}

// ---------------------------------------------------------------------------------------------
// Seeds drawn after an action (`seed_after`)
// ---------------------------------------------------------------------------------------------

/**
 * `blake2_256(SCALE((tag, subject, hash)))`: the seed of an action at block `n`, from the hash
 * of block `n + 1` (`hashAfter`). `subject` is already SCALE-encoded.
 */
export function seedAfter(tag, subject, hashAfter) {
	return blake256(scaleBytes(tag), subject, bytes32(hashAfter, 'hash'));
}

/**
 * The segments of task `task` (of `segments` segments) its panel re-executes, as
 * `Pallet::task_sample` draws them from the hash of the block after the results were posted:
 * `size` distinct indices by a partial Fisher–Yates shuffle, ascending.
 */
export function taskSample(task, hashAfterPosting, segments, size) {
	const seed = seedAfter(PREFIX.sample, u64le(task), hashAfterPosting);
	const indices = Array.from({ length: segments }, (_, i) => i);
	const take = Math.min(size, segments);
	for (let i = 0; i < take; i++) {
		const word = blake256(seed, u32le(i));
		const draw = new DataView(word.buffer, word.byteOffset).getUint32(0, true);
		const remaining = Math.max(indices.length - i, 1);
		const j = i + (draw % remaining);
		[indices[i], indices[j]] = [indices[j], indices[i]];
	}
	return indices.slice(0, take).sort((a, b) => a - b);
}

/**
 * The chunk a storage challenge of `node` on `content` (of `chunks` chunks) asks for, as
 * `chunk_of` draws it from the hash of the block after the challenge.
 */
export function challengeChunk(node, content, hashAfterIssue, chunks) {
	const seed = seedAfter(PREFIX.chunk, u8aConcat(bytes32(node, 'node'), bytes32(content, 'content')), hashAfterIssue);
	return new DataView(seed.buffer, seed.byteOffset).getUint32(0, true) % Math.max(chunks, 1);
}

// ---------------------------------------------------------------------------------------------
// Tasks
// ---------------------------------------------------------------------------------------------

/**
 * The suite's deterministic stand-in for transcoding segment `segment` of the input `input`
 * into rendition `rendition`: the hash of the output segment, `blake2_256(SCALE((input,
 * rendition as u32, segment as u32)))`. A real executor and a real verifier both run the same
 * deterministic transcoder (fixed encoder build and settings) and hash its output.
 */
export function segmentOutput(input, rendition, segment) {
	return u8aToHex(blake256(bytes32(input, 'input'), u32le(rendition), u32le(segment)));
}

/** Every segment's output hash (hex) of a task: what an honest executor posts. */
export function transcode(input, rendition, segments) {
	return Array.from({ length: segments }, (_, segment) => segmentOutput(input, rendition, segment));
}

/**
 * What a verifier concludes after re-executing `sample` of a task's segments: whether every
 * sampled segment's posted hash (`results`, hex) equals its own output. Returns
 * `{ approve, mismatches }`, the sampled indices whose hashes differ.
 */
export function reexecute(input, rendition, results, sample) {
	const mismatches = sample.filter((segment) => results[segment] !== segmentOutput(input, rendition, segment));
	return { approve: mismatches.length === 0, mismatches };
}

/**
 * The subject of task `task`'s verification request (`Pallet::task_subject`):
 * `blake2_256(SCALE((b"arete/streaming/v1/task", task as u64, content, rendition as u32,
 * input, results as Vec<H256>)))`, hex.
 */
export function taskSubject(task, content, rendition, input, results) {
	const encodedResults = u8aConcat(compactToU8a(results.length), ...results.map((hash) => bytes32(hash, 'result')));
	return u8aToHex(blake256(scaleBytes(PREFIX.task), u64le(task), bytes32(content, 'content'), u32le(rendition), bytes32(input, 'input'), encodedResults));
}

// ---------------------------------------------------------------------------------------------
// Tickets
// ---------------------------------------------------------------------------------------------

/**
 * SCALE of a ticket (`Ticket { viewer, reserve, content, node, seconds }`): viewer (32 bytes),
 * the `openedAt` block of its reserve (u32), content (32), delivering node (32), cumulative
 * seconds (u32): 104 bytes.
 */
export function ticketBytes({ viewer, reserve, content, node, seconds }) {
	return u8aConcat(bytes32(viewer, 'viewer'), u32le(reserve), bytes32(content, 'content'), bytes32(node, 'node'), u32le(seconds));
}

/**
 * The id of `creator`'s content published under `contentHash` (`content_id_of`):
 * blake2_256 of SCALE of (b"arete/streaming/v1/content" as bytes, creator, content hash), hex.
 */
export function contentIdOf(creator, contentHash) {
	return u8aToHex(blake256(scaleBytes(PREFIX.content), bytes32(creator, 'creator'), bytes32(contentHash, 'content hash')));
}

/**
 * The bytes a viewer signs for `ticket` on the chain of genesis hash `genesis`
 * (`Ticket::signing_payload`): SCALE of (b"arete/streaming/v1/ticket" as bytes, genesis,
 * ticket), 162 bytes, as hex.
 */
export function ticketPayload(genesis, ticket) {
	return u8aToHex(u8aConcat(scaleBytes(PREFIX.ticket), bytes32(genesis, 'genesis'), ticketBytes(ticket)));
}

/**
 * A signed ticket as `redeemTickets` takes it: the ticket (addresses as hex keys) and the
 * viewer's sr25519 signature of `payload` (hex) as a `MultiSignature`.
 */
export function signedTicket(viewerPair, ticket, payload) {
	const signature = viewerPair.sign(hexToU8a(payload));
	return {
		ticket: {
			viewer: u8aToHex(bytes32(ticket.viewer, 'viewer')),
			reserve: ticket.reserve,
			content: u8aToHex(bytes32(ticket.content, 'content')),
			node: u8aToHex(bytes32(ticket.node, 'node')),
			seconds: ticket.seconds,
		},
		signature: { Sr25519: u8aToHex(signature) },
	};
}
