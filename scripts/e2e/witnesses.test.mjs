// End-to-end check of the witness network on a real `arete-node --dev`, driven by Polkadot.js
// as a dApp would: root weighs judges double, three witnesses register with bonds, Eve opens a
// verification request on a claim hash and pays the reward, the witnesses commit to their votes
// with commitments bound to the request's domain, the request and themselves (`commitmentOf`),
// a mismatched reveal is refused, the right reveals are accepted, and the chain finalizes the
// request by itself (the idle hook) after the reveal deadline. The outcome event, the reward
// payments and the witnesses' accuracy statistics (through the `WitnessesApi` runtime API) are
// checked.
//
// Run with: NODE_BIN=... node --test scripts/e2e/witnesses.test.mjs

import assert from 'node:assert/strict';
import { after, before } from 'node:test';

import { Keyring } from '@polkadot/keyring';
import { u8aToHex } from '@polkadot/util';
import { blake2AsHex, cryptoWaitReady } from '@polkadot/util-crypto';

import {
	ARETE,
	SS58_PREFIX,
	accountHex,
	commitmentOf,
	connectApi,
	describeDispatchError,
	eventField,
	eventNames,
	findEvent,
	findEventAfter,
	signAndWaitFinalized,
	submitOk,
} from './lib/api.mjs';
import { DevNode, suiteSteps, withNodeLog } from './lib/node.mjs';

const MINUTE = 60_000;
const BOND = 1_000n * ARETE;
const REWARD = 30n * ARETE;
/** Perbill parts of 2/3, rounded up. */
const TWO_THIRDS = 666_666_667;
/** FixedU128 inner value of 2 (18 decimals). */
const TWO = 2n * 10n ** 18n;
/** The runtime's `WitnessClaimsDomain`, "claims\0\0", of requests opened with `openClaimRequest`. */
const CLAIMS_DOMAIN = '0x636c61696d730000';

let node;
let api;
let keyring;
let alice;
let eve;
/** The witnesses with the attestation each makes: all approve, with close scores. */
let witnesses;

/** The request this suite opens, filled in by the test that opens it. */
const request = {};

/** One step of this suite; once a step fails the later ones are skipped (lib/node.mjs). */
const e2eTest = suiteSteps(() => node);

before(async () => {
	await cryptoWaitReady();
	keyring = new Keyring({ type: 'sr25519', ss58Format: SS58_PREFIX });
	alice = keyring.addFromUri('//Alice');
	eve = keyring.addFromUri('//Eve');
	witnesses = [
		{ pair: keyring.addFromUri('//Bob'), role: 'Judge', score: 80 },
		{ pair: keyring.addFromUri('//Charlie'), role: 'Spectator', score: 82 },
		{ pair: keyring.addFromUri('//Dave'), role: 'Peer', score: 85 },
	];
	for (const witness of witnesses) {
		// A random salt per witness, known only to it until the reveal.
		witness.salt = u8aToHex(crypto.getRandomValues(new Uint8Array(32)));
	}

	node = await DevNode.start();
	await withNodeLog(node, () => node.waitForRpc());
	await withNodeLog(node, async () => {
		api = await connectApi(node.wsUrl);
	});
}, { timeout: 3 * MINUTE });

after(async () => {
	await api?.disconnect().catch(() => {});
	await node?.cleanup();
});

e2eTest('root sets a role multiplier and three witnesses register with bonds', 3 * MINUTE, async () => {
	const { events } = await submitOk(api.tx.sudo.sudo(api.tx.witnesses.setRoleMultiplier('Judge', TWO)), alice);
	const sudid = findEvent(events, 'sudo', 'Sudid');
	assert.ok(sudid?.data[0].isOk, `sudo call failed; events: ${eventNames(events)}`);
	assert.equal((await api.query.witnesses.roleMultipliers('Judge')).toBigInt(), TWO);

	// A plain account cannot set multipliers.
	const refused = await signAndWaitFinalized(api.tx.witnesses.setRoleMultiplier('Peer', TWO), eve);
	assert.equal(refused.dispatchError?.toString(), 'BadOrigin');

	await Promise.all(
		witnesses.map(async ({ pair, role }) => {
			const { events: registered } = await submitOk(api.tx.witnesses.register(role, BOND, []), pair);
			const event = findEvent(registered, 'witnesses', 'WitnessRegistered');
			assert.ok(event, `no WitnessRegistered; events: ${eventNames(registered)}`);
			assert.equal(eventField(event, 'bond', 2).toBigInt(), BOND);
			const held = await api.query.balances.holds(pair.address);
			assert.ok(held.some((hold) => hold.amount.toBigInt() === BOND), `bond not held: ${held.toString()}`);
		}),
	);

	const bob = await api.call.witnessesApi.witnessRecord(witnesses[0].pair.address);
	assert.ok(bob.isSome, 'Bob is registered');
	assert.equal(bob.unwrap().role.toString(), 'Judge');
	assert.equal(bob.unwrap().roleMultiplier.toBigInt(), TWO);
	const eligible = await api.call.witnessesApi.eligibleWitnesses(CLAIMS_DOMAIN);
	assert.equal(eligible.length, 3, 'all three serve every domain, the claims domain included');
});

e2eTest('Eve opens a request on a claim hash and pays the reward', 2 * MINUTE, async () => {
	request.claim = blake2AsHex('Eve ran 10 km in 38:12 on 2026-11-21', 256);
	const params = {
		minWitnesses: 3,
		minWeight: 0,
		approvalThreshold: TWO_THIRDS,
		commitPeriod: 8,
		revealPeriod: 10,
		reward: REWARD,
		scoreRange: { min: 0, max: 100 },
		panel: 'Open',
	};
	const { events } = await submitOk(api.tx.witnesses.openClaimRequest(request.claim, params), eve);
	const opened = findEvent(events, 'witnesses', 'RequestOpened');
	assert.ok(opened, `no RequestOpened; events: ${eventNames(events)}`);
	assert.equal(eventField(opened, 'subject', 2).toHex(), request.claim);
	assert.equal(accountHex(eventField(opened, 'requester', 3)), accountHex(eve));
	request.id = eventField(opened, 'id', 0).toNumber();
	// Commitments are bound to the request's domain, read from the stored request.
	const stored = await api.query.witnesses.requests(request.id);
	assert.ok(stored.isSome, 'the request is stored');
	request.domain = stored.unwrap().domain.toU8a();
	assert.equal(u8aToHex(request.domain), CLAIMS_DOMAIN);
	assert.equal(eventField(opened, 'domain', 1).toHex(), CLAIMS_DOMAIN);
	request.commitDeadline = eventField(opened, 'commitDeadline', 5).toNumber();
	request.revealDeadline = eventField(opened, 'revealDeadline', 6).toNumber();

	const view = await api.call.witnessesApi.request(request.id);
	assert.ok(view.isSome, 'the runtime API serves the open request');
	assert.equal(view.unwrap().request.reward.toBigInt(), REWARD);
});

e2eTest('witnesses commit, a mismatched reveal is refused, the reveals are accepted', 3 * MINUTE, async () => {
	await Promise.all(
		witnesses.map(({ pair, score, salt }) =>
			submitOk(api.tx.witnesses.commit(request.id, commitmentOf(request.domain, request.id, pair, true, score, salt)), pair),
		),
	);

	// The reveal phase starts in the block after the commit deadline.
	await node.waitForBest(request.commitDeadline);
	const dave = witnesses[2];
	const wrong = await signAndWaitFinalized(api.tx.witnesses.reveal(request.id, true, dave.score + 1, dave.salt), dave.pair);
	assert.match(describeDispatchError(wrong.dispatchError), /^witnesses\.CommitmentMismatch/);

	await Promise.all(
		witnesses.map(async ({ pair, score, salt }) => {
			const { events } = await submitOk(api.tx.witnesses.reveal(request.id, true, score, salt), pair);
			assert.ok(findEvent(events, 'witnesses', 'Revealed'), `no Revealed; events: ${eventNames(events)}`);
		}),
	);
});

e2eTest('the chain finalizes the request after the deadline and pays the witnesses', 3 * MINUTE, async () => {
	// The idle hook finalizes it in the first block after the reveal deadline that has room.
	const { records, event: outcomeEvent } = await findEventAfter(api, node, request.revealDeadline, 'witnesses', 'RequestFinalized');
	assert.equal(eventField(outcomeEvent, 'id', 0).toNumber(), request.id);
	assert.equal(eventField(outcomeEvent, 'subject', 2).toHex(), request.claim);
	const outcome = eventField(outcomeEvent, 'outcome', 3);
	assert.equal(outcome.verdict.toString(), 'Approved');
	// Weighted lower median: Bob's 80 carries half the weight (judge, double multiplier).
	assert.equal(outcome.score.unwrap().toNumber(), 80);
	assert.equal(outcome.committed.toNumber(), 3);

	const rewarded = records
		.map(({ event }) => event)
		.filter((event) => event.section === 'witnesses' && event.method === 'WitnessRewarded');
	assert.equal(rewarded.length, 3, 'every agreeing witness is paid');
	const returned = findEvent(records, 'witnesses', 'RewardReturned');
	const paid = rewarded.reduce((sum, event) => sum + eventField(event, 'amount', 2).toBigInt(), 0n);
	assert.equal(paid + (returned ? eventField(returned, 'amount', 2).toBigInt() : 0n), REWARD);

	// The request left storage; the witnesses' accuracy statistics recorded the agreement.
	assert.ok((await api.call.witnessesApi.request(request.id)).isNone);
	for (const { pair } of witnesses) {
		const record = (await api.call.witnessesApi.witnessRecord(pair.address)).unwrap();
		assert.equal(record.stats.attestations.toNumber(), 1);
		assert.equal(record.stats.agreed.toNumber(), 1);
		assert.equal(record.pending.toNumber(), 0);
		// Credibility moved from 50 % a tenth of the way to 100 %.
		assert.equal(record.credibility.toNumber(), 550_000_000);
	}
});
