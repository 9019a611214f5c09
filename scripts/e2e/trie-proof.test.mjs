// Unit tests of the JavaScript read-proof verifier (lib/trie-proof.mjs) against proofs made by
// sp-trie itself: lib/trie-proof.vectors.json, which a Rust test of the node
// (node/src/rpc/state_proof.rs) generates and keeps in step. Needs no node.
//
// Run with: node --test --test-reporter=spec scripts/e2e/trie-proof.test.mjs

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

import { hexToU8a, u8aToHex } from '@polkadot/util';
import { cryptoWaitReady } from '@polkadot/util-crypto';

import { EMPTY_TRIE_ROOT, ProofError, decodeNode, readProof, verifyProof } from './lib/trie-proof.mjs';

const { cases } = JSON.parse(readFileSync(new URL('./lib/trie-proof.vectors.json', import.meta.url), 'utf8'));
const byName = (name) => {
	const found = cases.find((c) => c.name === name);
	assert.ok(found, `no vector "${name}"`);
	return found;
};

/** `hex` with its byte at `index` changed. */
function flipped(hex, index = 0) {
	const data = hexToU8a(hex);
	data[index] ^= 0x01;
	return u8aToHex(data);
}

await cryptoWaitReady();

test('every sp-trie proof verifies with its value, or its absence', () => {
	assert.ok(cases.length >= 10, 'the vectors cover every node kind');
	for (const c of cases) {
		assert.equal(verifyProof(c), true, c.name);
		const proven = readProof(c.root, c.proof, c.key);
		assert.equal(proven === null ? null : u8aToHex(proven), c.value, c.name);
	}
});

test('a tampered value, or a value claimed for an absent key, does not verify', () => {
	for (const c of cases) {
		if (c.value === null) {
			assert.equal(verifyProof({ ...c, value: '0x01' }), false, c.name);
		} else {
			const tampered = c.value === '0x' ? '0x00' : flipped(c.value, hexToU8a(c.value).length - 1);
			assert.equal(verifyProof({ ...c, value: tampered }), false, c.name);
			assert.equal(verifyProof({ ...c, value: null }), false, `${c.name}: not absent`);
		}
	}
});

test('a proof does not verify against another root, nor with an altered or missing node', () => {
	const token = byName('hashed value in a leaf (a token)');
	const other = byName('a partial key of 80 nibbles');
	assert.equal(verifyProof({ ...token, root: other.root }), false, 'another trie\'s root');
	assert.equal(verifyProof({ ...token, root: flipped(token.root) }), false, 'an altered root');
	assert.throws(() => readProof(flipped(token.root), token.proof, token.key), ProofError);
	// Every node of this proof is on the token's path (or is its value): altering or dropping
	// any of them breaks the proof.
	for (let i = 0; i < token.proof.length; i++) {
		const altered = token.proof.map((node, j) => (i === j ? flipped(node, hexToU8a(node).length - 1) : node));
		assert.equal(verifyProof({ ...token, proof: altered }), false, `node ${i} altered`);
		const dropped = token.proof.filter((_, j) => j !== i);
		assert.equal(verifyProof({ ...token, proof: dropped }), false, `node ${i} dropped`);
	}
	// The value node of the token (100 bytes, above the inline threshold) is in the proof.
	assert.ok(token.proof.includes(token.value), 'a hashed value is a node of the proof');
});

test('two levels: the agreement\'s root is proven in the state trie under its child key', () => {
	const level1 = byName('an agreement\'s root in the state trie');
	assert.match(level1.key, new RegExp(`^${u8aToHex(new TextEncoder().encode(':child_storage:default:arete/agreements/v1/state/'))}`));
	const token = byName('hashed value in a leaf (a token)');
	assert.equal(level1.value, token.root, 'the child trie\'s root is the value the state trie holds');
	assert.equal(verifyProof(level1), true);
	assert.equal(verifyProof({ ...level1, value: flipped(level1.value) }), false);
});

test('the empty trie holds nothing; headers and malformed nodes decode as the codec says', () => {
	assert.equal(EMPTY_TRIE_ROOT, '0x03170a2e7597b7b7e3d84c05391d139a62b157e78786d8c082f29dcf4c111314');
	assert.equal(readProof(EMPTY_TRIE_ROOT, [], '0x0102'), null);
	assert.deepEqual(decodeNode('0x00').kind, 'empty');
	// A leaf of 3 nibbles (odd: padded), value 0x0a; the same with a count overflowing 6 bits.
	assert.deepEqual(decodeNode('0x430123040a'), { kind: 'leaf', partial: [1, 2, 3], value: { inline: hexToU8a('0x0a') }, children: [] });
	const long = decodeNode(`0x7f01${'77'.repeat(32)}040a`);
	assert.equal(long.partial.length, 64);
	// Malformed: bad padding, trailing bytes, a branch without children, an unknown header.
	for (const bad of ['0x431123040a', '0x430123040aff', '0x8000000000', '0x0f', '0x4301']) {
		assert.throws(() => decodeNode(bad), ProofError, bad);
	}
});
