// The witness commitment computed by `commitmentOf` (lib/api.mjs) against the worked example
// that the Rust crates pin (verification-primitives' unit tests, pallet-witnesses' and the
// runtime's tests): the same bytes and the same hash, so the suites that commit on a real node
// use exactly the chain's encoding. Needs no node.
//
// Run with: node --test scripts/e2e/commitment.test.mjs

import assert from 'node:assert/strict';
import { before, test } from 'node:test';

import { Keyring } from '@polkadot/keyring';
import { stringToU8a, u8aToHex } from '@polkadot/util';
import { cryptoWaitReady } from '@polkadot/util-crypto';

import { SS58_PREFIX, commitmentOf, commitmentPreimage } from './lib/api.mjs';

const ALICE = '0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d';
/** 0x00, 0x01, ..., 0x1f. */
const SALT = Uint8Array.from({ length: 32 }, (_, i) => i);
const PERFORM = stringToU8a('perform\0');

let alice;

before(async () => {
	await cryptoWaitReady();
	alice = new Keyring({ type: 'sr25519', ss58Format: SS58_PREFIX }).addFromUri('//Alice');
});

test('the worked example: Alice approves request 42 of perform\\0 with 9.500', () => {
	assert.equal(u8aToHex(alice.publicKey), ALICE);
	const preimage = commitmentPreimage(PERFORM, 42, alice, true, 9_500, SALT);
	assert.equal(preimage.length, 102);
	assert.equal(
		u8aToHex(preimage),
		'0x' +
			'61726574653a636f6d6d69743a76313a' + // "arete:commit:v1:"
			'706572666f726d00' + // domain "perform\0"
			'2a00000000000000' + // request 42
			ALICE.slice(2) + // witness
			'01' + // approved
			'011c250000' + // Some(9_500)
			'000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f', // salt
	);
	const expected = '0x89b494327d423f126cd7afa12a16d16537333da60d0216d7b87a7c08b0971951';
	assert.equal(commitmentOf(PERFORM, 42, alice, true, 9_500, SALT), expected);
	// The same from the address, the hex public key, a hex domain, a BigInt id and a hex salt.
	assert.equal(commitmentOf('0x706572666f726d00', 42n, alice.address, true, 9_500, u8aToHex(SALT)), expected);
	assert.equal(commitmentOf(PERFORM, 42, ALICE, true, 9_500, SALT), expected);
	// Rejected instead.
	assert.equal(
		commitmentOf(PERFORM, 42, alice, false, 9_500, SALT),
		'0xcd710b1d056df1244528eeee38aeee4a095f1bfeeae4fa302d95c486b15f4a2f',
	);
});

test('bound to the domain, the request and the witness; bad input is refused', () => {
	const base = commitmentOf(PERFORM, 42, alice, true, 9_500, SALT);
	const bob = new Keyring({ type: 'sr25519' }).addFromUri('//Bob');
	for (const other of [
		commitmentOf(stringToU8a('claims\0\0'), 42, alice, true, 9_500, SALT),
		commitmentOf(PERFORM, 43, alice, true, 9_500, SALT),
		commitmentOf(PERFORM, 42, bob, true, 9_500, SALT),
		commitmentOf(PERFORM, 42, alice, true, null, SALT),
	]) {
		assert.notEqual(other, base);
	}
	// Without a score: 0x00 in place of 0x01 ++ u32.
	assert.equal(commitmentPreimage(PERFORM, 42, alice, true, null, SALT).length, 98);
	assert.throws(() => commitmentOf(stringToU8a('perform'), 42, alice, true, 1, SALT), RangeError);
	assert.throws(() => commitmentOf(PERFORM, 42, alice, true, 1, SALT.slice(1)), RangeError);
	assert.throws(() => commitmentOf(PERFORM, 42, alice, true, -1, SALT), RangeError);
	assert.throws(() => commitmentOf(PERFORM, 42, alice, 1, 1, SALT), TypeError);
});
