// End-to-end check of the witness network on a real `arete-node --dev`, driven by Polkadot.js
// as a dApp would: root weighs judges double, three witnesses register with bonds, and Alice
// builds the claims domain's roster from them. A drawn request waits for its seed block: Eve
// opens one, a commit right after the opening is refused (`NotDrawn`, no panel yet), the chain
// draws the panel's seats at or after the request's `drawAt`, and Eve's cancellation then
// forfeits her reward (to the drawn members, by seats) and deposit. Eve opens a verification
// request with an open panel on a claim hash and pays the reward, the witnesses commit to their
// votes with commitments bound to the request's domain, the request and themselves
// (`commitmentOf`), a mismatched reveal is refused, the right reveals are accepted, and the chain
// finalizes the request by itself (the idle hook) after the reveal deadline. The outcome event,
// the reward payments and the witnesses' accuracy statistics (through the `WitnessesApi` runtime
// API) are checked.
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
	feeOf,
	findEvent,
	findEventAfter,
	numberOf,
	parentOf,
	rotateRoster,
	signAndWaitFinalized,
	signAndWaitInBlock,
	submitOk,
	totalAt,
	waitForDraw,
} from './lib/api.mjs';
import { NODE_START_TIMEOUT_MS, DevNode, suiteSteps, withNodeLog } from './lib/node.mjs';

const MINUTE = 60_000;
const BOND = 1_000n * ARETE;
const REWARD = 30n * ARETE;
/** Seats of the drawn panel, and its reward: 1 ARETE a seat. */
const DRAWN_SEATS = 3;
const DRAWN_REWARD = 3n * ARETE;
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
}, { timeout: NODE_START_TIMEOUT_MS + MINUTE });

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

e2eTest('a drawn panel is drawn after its opening, from the roster; cancelling once it is known forfeits', 3 * MINUTE, async () => {
	const claim = blake2AsHex('Eve swam 1500 m in 21:40 on 2026-11-22', 256);
	const params = {
		minWitnesses: DRAWN_SEATS,
		minWeight: 0,
		approvalThreshold: TWO_THIRDS,
		commitPeriod: 8,
		revealPeriod: 10,
		reward: DRAWN_REWARD,
		scoreRange: { min: 0, max: 100 },
		panel: { RandomDraw: DRAWN_SEATS },
	};
	// Panels are drawn from the domain's roster, not from the live registry: without one, a
	// drawn request cannot open.
	if ((await api.query.witnesses.currentRosters(CLAIMS_DOMAIN)).isNone) {
		const refused = await signAndWaitFinalized(api.tx.witnesses.openClaimRequest(claim, params), eve);
		assert.match(describeDispatchError(refused.dispatchError), /^witnesses\.NoRoster/);
	}
	// Alice builds it from the three witnesses registered above (the first roster of the domain
	// holds her deposit, which rotateRoster checks).
	const roster = await rotateRoster(api, node, CLAIMS_DOMAIN, alice);
	assert.equal(roster.candidates, witnesses.length, 'the roster holds the three witnesses');

	// Nobody knows the panel at opening: its seed block is DrawDelay blocks ahead.
	const opened = await signAndWaitInBlock(api.tx.witnesses.openClaimRequest(claim, params), eve);
	assert.equal(opened.dispatchError, undefined, `openClaimRequest: ${describeDispatchError(opened.dispatchError)}`);
	const event = findEvent(opened.events, 'witnesses', 'RequestOpened');
	assert.ok(event, `no RequestOpened; events: ${eventNames(opened.events)}`);
	assert.ok(!findEvent(opened.events, 'witnesses', 'PanelSelected'), 'a drawn panel is not selected at opening');
	const id = eventField(event, 'id', 0).toNumber();
	const drawAt = eventField(event, 'drawAt', 5).unwrap().toNumber();

	// Right after the opening, while the seed block is still ahead, a witness's commit is
	// refused: there is no panel to sit on yet. (Sent before anything else: the draw is three
	// blocks away.)
	const bob = witnesses[0];
	const salt = u8aToHex(crypto.getRandomValues(new Uint8Array(32)));
	const [early, openedAt] = await Promise.all([
		signAndWaitFinalized(api.tx.witnesses.commit(id, commitmentOf(CLAIMS_DOMAIN, id, bob.pair, true, bob.score, salt)), bob.pair),
		numberOf(api, opened.blockHash),
	]);
	assert.equal(drawAt, openedAt + api.consts.witnesses.drawDelay.toNumber(), 'drawn DrawDelay blocks after the opening');
	// Until the draw the deadlines are the earliest they can be: the windows count from the draw.
	assert.equal(eventField(event, 'commitDeadline', 6).toNumber(), drawAt + params.commitPeriod);
	const committedAt = await numberOf(api, early.blockHash);
	assert.match(
		describeDispatchError(early.dispatchError),
		/^witnesses\.NotDrawn/,
		`commit in block ${committedAt}, the request opened in block ${openedAt} draws at ${drawAt}`,
	);
	for (const hash of [opened.blockHash, early.blockHash]) {
		const apiAt = await api.at(hash);
		assert.deepEqual(await apiAt.query.witnesses.panels.entries(id), [], 'no panel before the draw');
		const view = (await apiAt.call.witnessesApi.request(id)).unwrap();
		assert.equal(view.phase.toString(), 'Drawing');
		assert.equal(view.panelMembers.length, 0);
	}
	// Still undrawn in the block before its seed block.
	await node.waitForFinalized(drawAt - 1);
	const beforeDraw = await api.at(await api.rpc.chain.getBlockHash(drawAt - 1));
	assert.ok((await beforeDraw.query.witnesses.requests(id)).unwrap().draw.isSome, `request ${id} still waits for its draw at block ${drawAt - 1}`);
	assert.deepEqual(await beforeDraw.query.witnesses.panels.entries(id), []);

	// The chain draws the seats at or after drawAt (the idle hook, or Alice's `advance` if the
	// blocks had no room), with replacement: a witness may hold several.
	const drawn = await waitForDraw(api, node, id, drawAt, alice);
	assert.ok(drawn.number >= drawAt, `drawn in block ${drawn.number}, before its seed block ${drawAt}`);
	assert.equal(drawn.members.reduce((sum, { seats }) => sum + seats, 0), DRAWN_SEATS);
	const candidates = witnesses.map(({ pair }) => accountHex(pair));
	for (const { who } of drawn.members) assert.ok(candidates.includes(who), `${who} is one of the witnesses, never Eve`);
	assert.equal(drawn.commitDeadline, drawn.number + params.commitPeriod, 'the commit window counts from the draw');
	assert.equal(drawn.revealDeadline, drawn.commitDeadline + params.revealPeriod);
	const drawnAt = await api.at(drawn.hash);
	const stored = (await drawnAt.query.witnesses.panels.entries(id))
		.map(([key, seats]) => ({ who: accountHex(key.args[1]), seats: seats.unwrap().toNumber() }))
		.sort((a, b) => a.who.localeCompare(b.who));
	assert.deepEqual(stored, [...drawn.members].sort((a, b) => a.who.localeCompare(b.who)));
	assert.equal((await drawnAt.call.witnessesApi.request(id)).unwrap().phase.toString(), 'Commit');

	// Once the panel is known, cancelling costs Eve the reward (paid to the members by seats)
	// and the deposit (to the treasury).
	const cancelled = await submitOk(api.tx.witnesses.cancelRequest(id), eve);
	const cancel = findEvent(cancelled.events, 'witnesses', 'RequestCancelled');
	assert.ok(cancel, `no RequestCancelled; events: ${eventNames(cancelled.events)}`);
	assert.equal(eventField(cancel, 'id', 0).toNumber(), id);
	assert.equal(accountHex(eventField(cancel, 'requester', 1)), accountHex(eve));
	const deposit = api.consts.witnesses.requestDeposit.toBigInt();
	assert.equal(eventField(cancel, 'released', 2).toBigInt(), 0n);
	assert.equal(eventField(cancel, 'forfeited', 3).toBigInt(), DRAWN_REWARD + deposit);
	const shares = new Map(
		cancelled.events
			.map((record) => record.event)
			.filter((paid) => paid.section === 'witnesses' && paid.method === 'WitnessRewarded')
			.map((paid) => [accountHex(eventField(paid, 'who', 1)), eventField(paid, 'amount', 2).toBigInt()]),
	);
	assert.equal(shares.size, drawn.members.length, 'every drawn member is paid');
	const parent = await parentOf(api, cancelled.blockHash);
	for (const { who, seats } of drawn.members) {
		const share = (DRAWN_REWARD * BigInt(seats)) / BigInt(DRAWN_SEATS);
		assert.equal(shares.get(who), share, `${who} holds ${seats} of ${DRAWN_SEATS} seats`);
		const [before, after] = await Promise.all([totalAt(api, parent, who), totalAt(api, cancelled.blockHash, who)]);
		assert.equal(after - before, share);
	}
	const [eveBefore, eveAfter] = await Promise.all([totalAt(api, parent, eve), totalAt(api, cancelled.blockHash, eve)]);
	assert.equal(eveBefore - eveAfter, DRAWN_REWARD + deposit + feeOf(cancelled.events));
	assert.ok((await api.query.witnesses.requests(id)).isNone, 'the cancelled request left storage');
	assert.deepEqual(await api.query.witnesses.panels.entries(id), []);
});

e2eTest('Eve opens a request with an open panel on a claim hash and pays the reward', 2 * MINUTE, async () => {
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
	// An open panel is not drawn: its windows count from the opening.
	assert.ok(eventField(opened, 'drawAt', 5).isNone, 'an open panel has no draw');
	request.commitDeadline = eventField(opened, 'commitDeadline', 6).toNumber();
	request.revealDeadline = eventField(opened, 'revealDeadline', 7).toNumber();

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
	// Everyone on an open panel holds one seat.
	assert.deepEqual(outcome.participants.map((participant) => participant.seats.toNumber()), [1, 1, 1]);

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
