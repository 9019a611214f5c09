// End-to-end check of Proof of Execution (`pallet-streaming`) on a real `arete-node --dev`,
// driven by Polkadot.js and raw JSON-RPC as a dApp, a node operator and a viewer would.
//
// Bob, Charlie and Dave bond as witnesses for every domain and Alice builds the roster of the
// streaming domain ("stream\0\0"). Eve stakes an execution node, Ferdie a storage node. Alice
// registers a film: two renditions, 0.01 ARETE a second split 70 % creator / 20 % delivering
// node / 10 % storage, public, and the Merkle root of its 11 stored chunks of up to 1 KiB,
// computed in JavaScript (`lib/streaming.mjs`) with the pallet's scheme; Ferdie pins it.
//
// Transcodes verified by re-execution. Alice orders two 6-segment transcodes at 5 ARETE. Two
// blocks later the chain's block hook draws their executor: Eve, the only one. Eve posts the
// output hash of every segment of the first task honestly, and random hashes for the second
// (the fake-segment attack): each posting opens a drawn-panel request in the witness network,
// paid by Eve. "Transcoding" here is a deterministic stand-in shared by executor and
// verifiers, output hash = blake2_256(SCALE((input, rendition as u32, segment as u32))); a real
// deployment re-runs a deterministic transcoder (pinned encoder build and settings) and hashes
// its output. Each drawn verifier reads the sample from `streaming_taskSample` (null until two
// blocks after the posting: it comes from the hash of the block after it, and JavaScript draws
// the same one), re-executes those segments, compares with the posted results
// (`streaming_task`), and commits: approve the first task, reject the second. After the reveal
// and the appeal window the first is verified (Eve paid the fee, the requester's deposit back)
// and the second failed: half of Eve's stake is slashed, shared equally by the coherent
// rejecting verifiers (per witness, not per seat), the remainder burned, and Alice refunded.
// Every balance movement of the settlement is checked to the planck.
//
// While the panels deliberate (commit and reveal take 15 blocks) the suite runs the rest:
// Bob audits Ferdie's pin (the chunk comes from the block after the challenge; Ferdie answers
// it with the chunk and its JavaScript Merkle proof and earns Bob's bond, a wrong chunk fails
// `BadProof`); a fresh viewer opens a 10 ARETE reserve and signs one cumulative ticket per
// second for 60 seconds over the bytes of `streaming_ticketPayload` (equal to the JavaScript
// encoding), and Eve redeems the 20, 40 and 60 second tickets in one call: creator, node and
// storage node are paid exactly by the split, a replayed ticket fails `AlreadyRedeemed` and one
// beyond the reserve `Overdraft`, moving nothing. Malformed RPC input is a JSON-RPC error
// -32602.
//
// About 4 minutes: the two panels run in the same rounds (draw 3 blocks after the posting,
// commit 10, reveal 5, appeal 5).
//
// Run with: NODE_BIN=... node --test scripts/e2e/streaming.test.mjs

import assert from 'node:assert/strict';
import { after, before } from 'node:test';

import { Keyring } from '@polkadot/keyring';
import { hexToU8a, stringToU8a, u8aToHex } from '@polkadot/util';
import { blake2AsHex, blake2AsU8a, cryptoWaitReady, signatureVerify } from '@polkadot/util-crypto';

import {
	ARETE,
	SS58_PREFIX,
	accountHex,
	commitmentOf,
	connectApi,
	describeDispatchError,
	eventField,
	eventNames,
	eventsOf,
	feeOf,
	findEvent,
	findEventAfter,
	freeAt,
	heldAt,
	numberOf,
	panelMembers,
	parentOf,
	perbillOf,
	sendByWitness,
	signAndSendInOrder,
	submitOk,
	totalAt,
	waitForDraw,
	blockEvents,
	feeShares,
} from './lib/api.mjs';
import { NODE_START_TIMEOUT_MS, DevNode, assertRpcError, suiteSteps, withNodeLog } from './lib/node.mjs';
import {
	STREAMING_DOMAIN,
	TICKET_PAYLOAD_LENGTH,
	challengeChunk,
	chunkTree,
	chunksOf,
	contentIdOf,
	reexecute,
	signedTicket,
	taskSample,
	taskSubject,
	ticketPayload,
	transcode,
	verifyChunk,
} from './lib/streaming.mjs';

const MINUTE = 60_000;
const INVALID_PARAMS = -32602;
/** The node's code for a failed runtime API call (`node/src/rpc/performance.rs`). */
const RUNTIME_ERROR = 8001;
/** Perbill parts of the whole. */
const PERBILL = 1_000_000_000n;
/** Each witness's bond. */
const BOND = 1_000n * ARETE;
/** Eve's stake as an execution node, Ferdie's as a storage node. */
const EXECUTOR_STAKE = 1_000n * ARETE;
const STORAGE_STAKE = 200n * ARETE;
/** The film: its id (the hash of its manifest), price and split (Perbill parts). */
/** The hash Alice publishes the film under; its id binds it to her (`CONTENT`, set once the keys exist). */
const CONTENT_HASH = blake2AsHex('arete e2e: the manifest of a streamed film', 256);
let CONTENT;
const PRICE = ARETE / 100n;
const SPLIT = { creator: 700_000_000n, executor: 200_000_000n, storage: 100_000_000n };
const RENDITIONS = [
	{ codec: 'H264', height: 720, bitrateKbps: 3_000, fps: 30 },
	{ codec: 'Av1', height: 1_080, bitrateKbps: 4_500, fps: 30 },
];
/** The stored file: 10,540 bytes in 11 chunks of 1 KiB (the last one 300 bytes). */
const FILE_BYTES = 10 * 1_024 + 300;
const CHUNK_BYTES = 1_024;
/** Both transcodes: 6 segments at 5 ARETE. */
const SEGMENTS = 6;
const TASK_FEE = 5n * ARETE;
/** What Alice gives the viewer, its only funds, and the reserve it opens. */
const VIEWER_FUNDS = 20n * ARETE;
const RESERVE = 10n * ARETE;
/** Seconds watched, and the tickets Eve redeems. */
const WATCHED = 60;
const REDEEMED = [20, 40, 60];

let node;
let api;
let alice;
let eve;
let ferdie;
/** A fresh account whose balance moves only through this suite. */
let viewer;
/** Bob, Charlie and Dave. */
let witnesses;
/** The stored file as Ferdie keeps it (chunks, leaves, root, proofs). */
let file;
/** Runtime constants, read once connected (BigInt amounts, numbers for blocks). */
let consts;

/** What the steps learn along the way. */
const state = {};

/** One step of this suite; once a step fails the later ones are skipped (lib/node.mjs). */
const e2eTest = suiteSteps(() => node);

/** `streaming_*` over HTTP JSON-RPC (Polkadot.js does not know the custom methods). */
function streamingRpc(method, ...params) {
	return node.rpc(`streaming_${method}`, params);
}

/** A fresh 32-byte salt, as hex: a witness uses a new one for every request. */

/** Hash of block `number`, as hex. */
async function hashOf(number) {
	return (await api.rpc.chain.getBlockHash(number)).toHex();
}

/** The events of block `hash`. */
async function eventsAt(hash) {
	return (await api.at(hash)).query.system.events();
}

/** The dispatched result's event `section.method`, asserted present. */
function eventOf(result, section, method) {
	const event = findEvent(result.events, section, method);
	assert.ok(event, `no ${section}.${method}; events: ${eventNames(result.events)}`);
	return event;
}

/** Asserts that every result of `results` (signAndWait results) dispatched. */
function assertDispatched(results, what) {
	results.forEach((result, index) => assert.equal(result.dispatchError, undefined, `${what} #${index}: ${describeDispatchError(result.dispatchError)}`));
}

/** A drawn panel's members (`waitForDraw`'s) among Bob, Charlie and Dave, none of `excluded`. */
function panelOf(drawn, excluded) {
	return panelMembers(drawn, witnesses.map(({ pair }) => pair), consts.seats, excluded);
}

/** Sends `call(panel, member)` from each member of each panel of `panels` (see `sendByWitness`). */
function sendByWitnesses(panels, call, expected) {
	return sendByWitness(api, witnesses.map(({ pair }) => pair), panels, call, expected);
}

/** The payment of `seconds` seconds by the content's split with `replicas` storage nodes (`split_payment`). */
function splitOf(seconds, replicas) {
	const amount = BigInt(seconds) * PRICE;
	const executor = perbillOf(SPLIT.executor, amount);
	const storageEach = replicas === 0 ? 0n : perbillOf(SPLIT.storage, amount) / BigInt(replicas);
	return { amount, executor, storageEach, creator: amount - executor - storageEach * BigInt(replicas) };
}

/** The viewer's signed ticket of `seconds` seconds of the film delivered by Eve, over the node's payload. */
async function ticketFor(seconds) {
	const ticket = { viewer: viewer.address, reserve: state.openedAt, content: CONTENT, node: eve.address, seconds };
	const payload = await streamingRpc('ticketPayload', viewer.address, state.openedAt, CONTENT, eve.address, seconds);
	assert.equal(payload, ticketPayload(api.genesisHash.toHex(), ticket), `the node's payload of the ${seconds} s ticket is the JavaScript encoding`);
	const signed = signedTicket(viewer, ticket, payload);
	assert.ok(signatureVerify(hexToU8a(payload), signed.signature.Sr25519, viewer.address).isValid, 'the viewer\'s signature verifies');
	return signed;
}

/** The free and total balances and the holds of `accounts` at `hash`, for comparisons. */
async function snapshot(hash, accounts) {
	return Promise.all(
		accounts.map(async (who) => ({
			free: await freeAt(api, hash, who),
			total: await totalAt(api, hash, who),
			holds: (await (await api.at(hash)).query.balances.holds(who.address)).toString(),
		})),
	);
}

/**
 * Checks the settlement block `hash` to the planck: every task whose request the engine
 * finalized there, its events and the free-balance deltas of Eve, Alice and the witnesses
 * (none of whom sent a transaction in that block), and Eve's stake hold. Memoized per block.
 */
const settlements = new Map();
function checkSettlement(hash) {
	if (!settlements.has(hash)) settlements.set(hash, settle(hash));
	return settlements.get(hash);
}

async function settle(hash) {
	const [records, parent] = await Promise.all([eventsAt(hash), parentOf(api, hash)]);
	const finalized = new Set(eventsOf(records, 'witnesses', 'RequestFinalized').map((event) => eventField(event, 'id', 0).toNumber()));
	const tasks = state.tasks.filter(({ request }) => finalized.has(request));
	assert.ok(tasks.length > 0, `a request of the suite is final in ${hash}`);
	const expected = new Map([eve, alice, ...witnesses.map(({ pair }) => pair)].map((pair) => [accountHex(pair), 0n]));
	const credit = (who, amount) => expected.set(who, expected.get(who) + amount);
	// Alice authors the block: the author's share of its fees is hers.
	credit(accountHex(alice), feeShares(records).author);
	const eveStakeBefore = await heldAt(api, parent, eve, 'Streaming', 'NodeStake');
	let slashedHere = 0n;
	// Eve's total balance (free and held): what she gains less what leaves her holds.
	let eveTotal = 0n;
	for (const task of tasks) {
		const { id, request, members, honest } = task;
		// The engine's reward, 0.1 ARETE paid by Eve, to the coherent members by seats (every
		// member agreed); the rounding's remainder and the request's deposit back to Eve.
		let paid = 0n;
		for (const { who, seats } of members) {
			const share = (consts.reward * BigInt(seats)) / BigInt(consts.seats);
			const rewarded = eventsOf(records, 'witnesses', 'WitnessRewarded').filter(
				(event) => eventField(event, 'id', 0).toNumber() === request && accountHex(eventField(event, 'who', 1)) === who,
			);
			assert.deepEqual(rewarded.map((event) => eventField(event, 'amount', 2).toBigInt()), [share], `request ${request}: ${who}'s share of the reward`);
			credit(who, share);
			paid += share;
		}
		const returned = consts.reward - paid;
		eveTotal -= paid;
		const returnedEvents = eventsOf(records, 'witnesses', 'RewardReturned').filter((event) => eventField(event, 'id', 0).toNumber() === request);
		assert.deepEqual(returnedEvents.map((event) => eventField(event, 'amount', 2).toBigInt()), returned === 0n ? [] : [returned]);
		const dissent = eventsOf(records, 'witnesses', 'WitnessSlashed').filter((event) => eventField(event, 'id', 0).toNumber() === request);
		assert.deepEqual(dissent, [], `no member of request ${request} is slashed`);
		credit(accountHex(eve), consts.requestDeposit + returned);

		const verified = eventsOf(records, 'streaming', 'TaskVerified').find((event) => eventField(event, 'task', 0).toNumber() === id);
		const failed = eventsOf(records, 'streaming', 'TaskFailed').find((event) => eventField(event, 'task', 0).toNumber() === id);
		if (honest) {
			assert.ok(verified && !failed, `task ${id} is verified; events: ${eventNames(records)}`);
			assert.equal(accountHex(eventField(verified, 'executor', 1)), accountHex(eve));
			assert.equal(eventField(verified, 'fee', 2).toBigInt(), TASK_FEE);
			// The fee moves from Alice's escrow to Eve; Alice's deposit is released.
			credit(accountHex(eve), TASK_FEE);
			credit(accountHex(alice), consts.taskDeposit);
			eveTotal += TASK_FEE;
		} else {
			assert.ok(failed && !verified, `task ${id} failed; events: ${eventNames(records)}`);
			assert.equal(accountHex(eventField(failed, 'executor', 1)), accountHex(eve));
			// Half of everything held for Eve, shared equally by the coherent rejecting members
			// (per witness, whatever its seats), the rest burned.
			const slashed = perbillOf(consts.resultSlash, eveStakeBefore);
			assert.equal(eventField(failed, 'slashed', 2).toBigInt(), slashed);
			const slashedEvents = eventsOf(records, 'streaming', 'Slashed').filter((event) => accountHex(eventField(event, 'node', 0)) === accountHex(eve));
			assert.deepEqual(slashedEvents.map((event) => eventField(event, 'amount', 1).toBigInt()), [slashed]);
			const each = slashed / BigInt(members.length);
			for (const { who } of members) credit(who, each);
			task.slash = { slashed, each, burned: slashed - each * BigInt(members.length) };
			slashedHere += slashed;
			eveTotal -= slashed;
			// Fee and deposit back to Alice.
			credit(accountHex(alice), TASK_FEE + consts.taskDeposit);
		}
		task.settledAt = hash;
	}
	for (const pair of [eve, alice, ...witnesses.map((witness) => witness.pair)]) {
		const [before, afterwards] = await Promise.all([freeAt(api, parent, pair), freeAt(api, hash, pair)]);
		assert.equal(afterwards - before, expected.get(accountHex(pair)), `${pair.address}'s free balance in the settlement block`);
	}
	assert.equal(await heldAt(api, hash, eve, 'Streaming', 'NodeStake'), eveStakeBefore - slashedHere, 'Eve\'s stake loses the slash');
	assert.equal((await totalAt(api, hash, eve)) - (await totalAt(api, parent, eve)), eveTotal, 'Eve\'s total balance in the settlement block');
	return { records, number: await numberOf(api, hash), tasks };
}

before(async () => {
	await cryptoWaitReady();
	const keyring = new Keyring({ type: 'sr25519', ss58Format: SS58_PREFIX });
	alice = keyring.addFromUri('//Alice');
	eve = keyring.addFromUri('//Eve');
	ferdie = keyring.addFromUri('//Ferdie');
	viewer = keyring.addFromUri('//StreamingViewer');
	CONTENT = contentIdOf(alice, CONTENT_HASH);
	witnesses = ['//Bob', '//Charlie', '//Dave'].map((uri) => ({ pair: keyring.addFromUri(uri) }));

	// The film's bytes: a deterministic stream of BLAKE2 blocks, cut into 1 KiB chunks.
	const bytes = new Uint8Array(FILE_BYTES);
	for (let offset = 0, block = 0; offset < FILE_BYTES; offset += 32, block++) {
		bytes.set(blake2AsU8a(stringToU8a(`film block ${block}`), 256).subarray(0, Math.min(32, FILE_BYTES - offset)), offset);
	}
	file = chunkTree(chunksOf(bytes, CHUNK_BYTES));

	node = await DevNode.start();
	await withNodeLog(node, () => node.waitForRpc());
	await withNodeLog(node, async () => {
		api = await connectApi(node.wsUrl);
	});
	const streaming = api.consts.streaming;
	const terms = streaming.verificationTerms;
	consts = {
		contentDeposit: streaming.contentDeposit.toBigInt(),
		minNodeStake: streaming.minNodeStake.toBigInt(),
		taskDeposit: streaming.taskDeposit.toBigInt(),
		challengeBond: streaming.challengeBond.toBigInt(),
		viewerDeposit: streaming.viewerDeposit.toBigInt(),
		resultSlash: streaming.resultSlash.toBigInt(),
		sampleSize: streaming.sampleSize.toNumber(),
		seats: streaming.verificationSeats.toNumber(),
		maxOpenTasks: streaming.maxOpenTasks.toNumber(),
		resultWindow: streaming.resultWindow.toNumber(),
		challengeWindow: streaming.challengeWindow.toNumber(),
		minSeats: terms.minSeats.toNumber(),
		commitPeriod: terms.commitPeriod.toNumber(),
		revealPeriod: terms.revealPeriod.toNumber(),
		appealPeriod: terms.appealPeriod.toNumber(),
		reward: terms.reward.toBigInt(),
		requestDeposit: api.consts.witnesses.requestDeposit.toBigInt(),
		drawDelay: api.consts.witnesses.drawDelay.toNumber(),
		rosterDeposit: api.consts.witnesses.rosterDeposit.toBigInt(),
	};
}, { timeout: NODE_START_TIMEOUT_MS + MINUTE });

after(async () => {
	await api?.disconnect().catch(() => {});
	await node?.cleanup();
});

e2eTest('setup: three witnesses serve the streaming domain, Eve and Ferdie stake nodes, Alice registers a film whose chunk root JavaScript computed, Ferdie pins it, Alice orders two transcodes', 3 * MINUTE, async () => {
	// The runtime's terms (runtime/src/configs/streaming.rs), which the amounts below rely on.
	assert.equal(api.consts.streaming.domain.toHex(), STREAMING_DOMAIN);
	assert.deepEqual(
		[consts.seats, consts.minSeats, consts.sampleSize, consts.commitPeriod, consts.revealPeriod, consts.appealPeriod, consts.maxOpenTasks, consts.challengeWindow],
		[3, 3, 3, 10, 5, 5, 8, 10],
	);
	assert.deepEqual(
		[consts.contentDeposit, consts.minNodeStake, consts.taskDeposit, consts.challengeBond, consts.viewerDeposit, consts.reward, consts.resultSlash],
		[ARETE, 100n * ARETE, ARETE / 10n, ARETE, ARETE / 10n, ARETE / 10n, 500_000_000n],
	);
	// The JavaScript tree: 11 chunks, every proof verifies, a carried level is skipped.
	assert.equal(file.chunks.length, 11);
	for (const [index, chunk] of file.chunks.entries()) {
		assert.ok(verifyChunk(hexToU8a(file.root), 11, index, chunk, file.proof(index).map((hash) => hexToU8a(hash))), `chunk ${index} verifies`);
	}
	assert.deepEqual(file.chunks.map((_, index) => file.proof(index).length), [4, 4, 4, 4, 4, 4, 4, 4, 3, 3, 2]);

	const [witnessResults, eveResult, ferdieResult, aliceResults] = await Promise.all([
		// No domains: each witness serves every domain, the streaming domain included.
		Promise.all(witnesses.map(({ pair }) => submitOk(api.tx.witnesses.register('Judge', BOND, []), pair, { inBlock: true }))),
		submitOk(api.tx.streaming.registerNode({ execution: true, storage: false }, EXECUTOR_STAKE), eve, { inBlock: true }),
		submitOk(api.tx.streaming.registerNode({ execution: false, storage: true }, STORAGE_STAKE), ferdie, { inBlock: true }),
		signAndSendInOrder(
			api,
			[
				api.tx.streaming.registerContent(CONTENT_HASH, RENDITIONS, PRICE, SPLIT, 'Public', file.root, file.chunks.length),
				// Only storage nodes the creator approves may pin the film and share its pay.
				api.tx.streaming.approveStorage(CONTENT, ferdie.address),
				api.tx.balances.transferKeepAlive(viewer.address, VIEWER_FUNDS),
			],
			alice,
		),
	]);
	for (const result of witnessResults) eventOf(result, 'witnesses', 'WitnessRegistered');
	assertDispatched(aliceResults, 'Alice');

	// Eve: execution node in the draw list, her stake held.
	const eveRegistered = eventOf(eveResult, 'streaming', 'NodeRegistered');
	assert.equal(accountHex(eventField(eveRegistered, 'node', 0)), accountHex(eve));
	assert.equal(eventField(eveRegistered, 'stake', 2).toBigInt(), EXECUTOR_STAKE);
	eventOf(eveResult, 'streaming', 'ExecutorListed');
	assert.equal(await heldAt(api, eveResult.blockHash, eve, 'Streaming', 'NodeStake'), EXECUTOR_STAKE);
	state.eveRegisteredAt = await numberOf(api, eveResult.blockHash);
	// Ferdie: a storage node, not drawn for tasks.
	eventOf(ferdieResult, 'streaming', 'NodeRegistered');
	assert.equal(findEvent(ferdieResult.events, 'streaming', 'ExecutorListed'), undefined, 'a storage node is not drawn for tasks');
	assert.equal(await heldAt(api, ferdieResult.blockHash, ferdie, 'Streaming', 'NodeStake'), STORAGE_STAKE);

	// Alice's content: the deposit held, the JavaScript root stored.
	const [registerResult, approveResult] = aliceResults;
	const approved = eventOf(approveResult, 'streaming', 'StorageApproved');
	assert.equal(accountHex(eventField(approved, 'node', 1)), accountHex(ferdie));
	const registered = eventOf(registerResult, 'streaming', 'ContentRegistered');
	// Its id binds the hash to Alice, as JavaScript and the node compute it.
	assert.equal(eventField(registered, 'content', 0).toHex(), CONTENT);
	assert.equal(await streamingRpc('contentId', alice.address, CONTENT_HASH), CONTENT);
	assert.equal(accountHex(eventField(registered, 'creator', 1)), accountHex(alice));
	assert.equal(eventField(registered, 'pricePerSecond', 2).toBigInt(), PRICE);
	assert.equal(await heldAt(api, registerResult.blockHash, alice, 'Streaming', 'ContentDeposit'), consts.contentDeposit);
	state.registeredAt = await numberOf(api, registerResult.blockHash);

	// Then, together: Alice builds the streaming domain's first roster (its deposit held from her)
	// and orders the two transcodes; Ferdie pins the film; the viewer opens its reserve.
	const tasks = [
		{ id: 0, rendition: 0, input: blake2AsHex('arete e2e: mezzanine segments of the film, cut at 6 s', 256), honest: true },
		{ id: 1, rendition: 1, input: blake2AsHex('arete e2e: mezzanine segments of the trailer, cut at 6 s', 256), honest: false },
	];
	const [aliceBatch, pinResult, reserveResult] = await Promise.all([
		signAndSendInOrder(
			api,
			[api.tx.witnesses.rotateRoster(STREAMING_DOMAIN), ...tasks.map(({ rendition, input }) => api.tx.streaming.createTask(CONTENT, rendition, input, SEGMENTS, TASK_FEE))],
			alice,
		),
		submitOk(api.tx.streaming.pinContent(CONTENT), ferdie, { inBlock: true }),
		submitOk(api.tx.streaming.openReserve(eve.address, RESERVE), viewer, { inBlock: true }),
	]);
	assertDispatched(aliceBatch, 'Alice');
	const [rosterResult, ...taskResults] = aliceBatch;
	const rotated = eventOf(rosterResult, 'witnesses', 'RosterRotated');
	assert.equal(eventField(rotated, 'domain', 0).toHex(), STREAMING_DOMAIN);
	assert.equal(eventField(rotated, 'candidates', 2).toNumber(), witnesses.length, 'the roster holds the three witnesses');
	assert.equal(await heldAt(api, rosterResult.blockHash, alice, 'Witnesses', 'RosterDeposit'), consts.rosterDeposit);

	for (const [index, task] of tasks.entries()) {
		const { events, blockHash } = taskResults[index];
		const created = eventOf(taskResults[index], 'streaming', 'TaskCreated');
		assert.deepEqual(
			[eventField(created, 'task', 0).toNumber(), eventField(created, 'content', 1).toHex(), eventField(created, 'segments', 2).toNumber(), eventField(created, 'fee', 3).toBigInt()],
			[task.id, CONTENT, SEGMENTS, TASK_FEE],
		);
		task.createdAt = await numberOf(api, blockHash);
		task.createFee = feeOf(events);
		const json = await streamingRpc('task', task.id, blockHash);
		assert.deepEqual(json, {
			id: task.id,
			content: CONTENT,
			rendition: task.rendition,
			input: task.input,
			segments: SEGMENTS,
			fee: String(TASK_FEE),
			requester: alice.address,
			createdAt: task.createdAt,
			state: 'created',
			executor: null,
			deadline: null,
			postedAt: null,
			request: null,
			results: [],
		});
	}
	state.tasks = tasks;
	const lastTask = taskResults.at(-1).blockHash;
	// Each task holds its fee and deposit from Alice.
	assert.equal(await heldAt(api, lastTask, alice, 'Streaming', 'TaskEscrow'), 2n * (TASK_FEE + consts.taskDeposit));

	eventOf(pinResult, 'streaming', 'Pinned');
	const funded = eventOf(reserveResult, 'streaming', 'ReserveFunded');
	assert.equal(accountHex(eventField(funded, 'node', 1)), accountHex(eve), 'the reserve is an allowance for Eve');
	assert.equal(eventField(funded, 'amount', 2).toBigInt(), RESERVE);
	assert.equal(await streamingRpc('allowance', viewer.address, eve.address, reserveResult.blockHash), String(RESERVE));
	state.openedAt = await numberOf(api, reserveResult.blockHash);
	assert.deepEqual(
		await Promise.all([
			heldAt(api, reserveResult.blockHash, viewer, 'Streaming', 'ViewerReserve'),
			heldAt(api, reserveResult.blockHash, viewer, 'Streaming', 'ViewerDeposit'),
		]),
		[RESERVE, consts.viewerDeposit],
	);
	assert.deepEqual(await streamingRpc('viewer', viewer.address, reserveResult.blockHash), {
		reserve: String(RESERVE),
		nodes: 1,
		deposit: String(consts.viewerDeposit),
		openedAt: state.openedAt,
		leavingAt: null,
		channels: 0,
	});

	// The node's view once everything is in.
	const at = (await numberOf(api, pinResult.blockHash)) >= (await numberOf(api, lastTask)) ? pinResult.blockHash : lastTask;
	assert.deepEqual(await streamingRpc('content', CONTENT, at), {
		id: CONTENT,
		creator: alice.address,
		renditions: RENDITIONS.map(({ codec, height, bitrateKbps, fps }) => ({ codec: codec.toLowerCase(), height, bitrateKbps, fps })),
		pricePerSecond: String(PRICE),
		split: [SPLIT.creator, SPLIT.executor, SPLIT.storage].map(Number),
		access: 'public',
		allowed: [],
		token: null,
		pending: null,
		retiringAt: null,
		chunkRoot: file.root,
		chunks: file.chunks.length,
		approvedStorage: [ferdie.address],
		storageNodes: [ferdie.address],
		openTasks: 2,
		earned: '0',
		deposit: String(consts.contentDeposit),
		registeredAt: state.registeredAt,
	});
	assert.deepEqual(await streamingRpc('executors', at), [{ account: eve.address, stake: String(EXECUTOR_STAKE) }]);
	assert.deepEqual(await streamingRpc('node', eve.address, at), {
		execution: true,
		storage: false,
		stake: String(EXECUTOR_STAKE),
		unbonding: null,
		withdrawableAt: null,
		leaving: false,
		pins: 0,
		openTasks: 0,
		tasksVerified: 0,
		tasksFailed: 0,
		challengesPassed: 0,
		challengesFailed: 0,
		secondsDelivered: 0,
		earned: '0',
		slashed: '0',
		score: Number(PERBILL),
		drawable: true,
		registeredAt: state.eveRegisteredAt,
	});
	const ferdieNode = await streamingRpc('node', ferdie.address, at);
	assert.deepEqual([ferdieNode.storage, ferdieNode.execution, ferdieNode.pins, ferdieNode.drawable], [true, false, 1, false]);
	assert.deepEqual(await streamingRpc('creator', alice.address, at), { contents: 1, earned: '0' });
});

e2eTest('two blocks after creation the chain draws the executor (Eve, the only one) in its block hook; Eve posts honest results for task 0 and random hashes for task 1, opening two verification requests she pays', 3 * MINUTE, async () => {
	const { tasks } = state;
	// The draw reads the hash of the block after creation, at the start of the block after
	// that, before any transaction of it: nobody sends anything for it.
	let assignedAt;
	for (const task of tasks) {
		const drawBlock = task.createdAt + 2;
		await node.waitForBest(drawBlock);
		assignedAt = await hashOf(drawBlock);
		const records = await eventsAt(assignedAt);
		const event = records
			.map((record) => record.event)
			.find((candidate) => candidate.section === 'streaming' && candidate.method === 'TaskAssigned' && eventField(candidate, 'task', 0).toNumber() === task.id);
		assert.ok(event, `task ${task.id}: no TaskAssigned in block ${drawBlock}; events: ${eventNames(records)}`);
		assert.equal(accountHex(eventField(event, 'executor', 1)), accountHex(eve), 'Eve, the only execution node, is drawn');
		assert.equal(eventField(event, 'deadline', 2).toNumber(), drawBlock + consts.resultWindow);
	}
	const eveNode = await streamingRpc('node', eve.address, assignedAt);
	assert.deepEqual([eveNode.openTasks, eveNode.drawable], [2, true], `Eve holds two of her ${consts.maxOpenTasks} open tasks`);

	// Eve "transcodes" task 0 and posts every segment's hash; for task 1 she posts hashes she
	// never computed.
	for (const task of tasks) {
		task.results = task.honest
			? transcode(task.input, task.rendition, SEGMENTS)
			: Array.from({ length: SEGMENTS }, () => u8aToHex(crypto.getRandomValues(new Uint8Array(32))));
	}
	const posted = await signAndSendInOrder(api, tasks.map(({ id, results }) => api.tx.streaming.submitResults(id, results)), eve);
	assertDispatched(posted, 'submitResults');
	// Eve sent nothing else since her registration.
	const eveBefore = await freeAt(api, await parentOf(api, posted[0].blockHash), eve);
	let fees = 0n;
	for (const [index, task] of tasks.entries()) {
		const result = posted[index];
		fees += feeOf(result.events);
		const event = eventOf(result, 'streaming', 'ResultsPosted');
		assert.equal(eventField(event, 'task', 0).toNumber(), task.id);
		assert.equal(accountHex(eventField(event, 'executor', 1)), accountHex(eve));
		task.request = eventField(event, 'request', 2).toNumber();
		task.postedAt = await numberOf(api, result.blockHash);
		// The engine's drawn request on the task's terms and results, paid by Eve.
		const opened = eventOf(result, 'witnesses', 'RequestOpened');
		assert.equal(eventField(opened, 'id', 0).toNumber(), task.request);
		assert.equal(eventField(opened, 'domain', 1).toHex(), STREAMING_DOMAIN);
		assert.equal(eventField(opened, 'subject', 2).toHex(), taskSubject(task.id, CONTENT, task.rendition, task.input, task.results));
		assert.equal(accountHex(eventField(opened, 'requester', 3)), accountHex(eve));
		assert.equal(eventField(opened, 'reward', 4).toBigInt(), consts.reward);
		task.drawAt = eventField(opened, 'drawAt', 5).unwrap().toNumber();
		assert.equal(task.drawAt, task.postedAt + consts.drawDelay);
		const json = await streamingRpc('task', task.id, result.blockHash);
		assert.deepEqual(
			[json.state, json.executor, json.postedAt, json.request, json.deadline, json.results],
			['verifying', eve.address, task.postedAt, task.request, null, task.results],
		);
	}
	// Eve paid her fees and the reward and deposit of both requests, which the engine holds.
	const postedAt = posted.at(-1).blockHash;
	assert.equal(eveBefore - (await freeAt(api, postedAt, eve)), fees + 2n * (consts.reward + consts.requestDeposit));
	assert.deepEqual(
		await Promise.all([
			heldAt(api, postedAt, eve, 'Witnesses', 'RequestReward'),
			heldAt(api, postedAt, eve, 'Witnesses', 'RequestDeposit'),
			heldAt(api, postedAt, eve, 'Streaming', 'NodeStake'),
		]),
		[2n * consts.reward, 2n * consts.requestDeposit, EXECUTOR_STAKE],
	);
	// Nobody, Eve included, can know the sample yet: it comes from the next block's hash.
	for (const task of tasks) assert.equal(await streamingRpc('taskSample', task.id, await hashOf(task.postedAt)), null);
});

e2eTest('each drawn verifier re-executes the sample streaming_taskSample names: it approves task 0, finds task 1\'s hashes fake, and commits', 3 * MINUTE, async () => {
	const { tasks } = state;
	for (const task of tasks) {
		// The sample: null at the posting block and the next, then drawn from the hash of the
		// block after the posting, as JavaScript draws it.
		await node.waitForBest(task.postedAt + 2);
		const [afterPosting, sampleBlock] = await Promise.all([hashOf(task.postedAt + 1), hashOf(task.postedAt + 2)]);
		assert.equal(await streamingRpc('taskSample', task.id, afterPosting), null, 'no sample until the block after the posting has a successor');
		task.sample = taskSample(task.id, afterPosting, SEGMENTS, consts.sampleSize);
		assert.equal(task.sample.length, consts.sampleSize);
		assert.deepEqual(await streamingRpc('taskSample', task.id, sampleBlock), task.sample);

		// The panel, drawn 3 blocks after the posting among the witnesses: never Eve (the
		// request's requester) nor Alice (the task's).
		const drawn = await waitForDraw(api, node, task.request, task.drawAt, alice);
		task.members = panelOf(drawn, [eve, alice]);
		task.commitDeadline = drawn.commitDeadline;
		task.revealDeadline = drawn.revealDeadline;
		assert.equal(drawn.commitDeadline, drawn.number + consts.commitPeriod, 'the commit window counts from the draw');
		assert.equal(drawn.revealDeadline, drawn.commitDeadline + consts.revealPeriod);
	}
	// Each member does its own work: reads the task and its sample from the node, re-runs the
	// sampled segments and compares them with the posted hashes.
	for (const task of tasks) {
		for (const member of task.members) {
			const [json, sample] = await Promise.all([streamingRpc('task', task.id), streamingRpc('taskSample', task.id)]);
			assert.deepEqual(sample, task.sample, 'the sample does not change');
			const { approve, mismatches } = reexecute(json.input, json.rendition, json.results, sample);
			member.verdict = approve;
			assert.equal(approve, task.honest, `${member.pair.address} on task ${task.id}: mismatches ${mismatches}`);
			if (!task.honest) assert.deepEqual(mismatches, task.sample, 'every sampled fake hash is caught');
		}
	}
	await sendByWitnesses(
		tasks,
		({ request }, { pair, verdict, salt }) => api.tx.witnesses.commit(request, commitmentOf(STREAMING_DOMAIN, request, pair, verdict, null, salt)),
		'Committed',
	);
});

e2eTest('Bob audits Ferdie\'s pin: the chunk comes from the next block, Ferdie answers with it and its JavaScript Merkle proof and earns Bob\'s bond; a wrong chunk fails BadProof', 3 * MINUTE, async () => {
	const bob = witnesses[0].pair;
	const challenge = await submitOk(api.tx.streaming.challengeStorage(ferdie.address, CONTENT), bob, { inBlock: true });
	const issued = eventOf(challenge, 'streaming', 'ChallengeIssued');
	const issuedAt = await numberOf(api, challenge.blockHash);
	assert.equal(accountHex(eventField(issued, 'node', 0)), accountHex(ferdie));
	assert.equal(accountHex(eventField(issued, 'challenger', 2)), accountHex(bob));
	const deadline = eventField(issued, 'deadline', 3).toNumber();
	assert.equal(deadline, issuedAt + 1 + consts.challengeWindow, 'answerable until 11 blocks after the challenge');
	assert.equal(await heldAt(api, challenge.blockHash, bob, 'Streaming', 'ChallengeBond'), consts.challengeBond);
	assert.equal(await streamingRpc('challengeChunk', ferdie.address, CONTENT, challenge.blockHash), null, 'no chunk in the challenge\'s block');

	// Ferdie polls the node until the chunk is drawn (from the challenge's block + 2).
	const index = await node.waitUntil('the challenged chunk', async () => {
		const drawn = await streamingRpc('challengeChunk', ferdie.address, CONTENT);
		return drawn === null ? null : { drawn };
	}, { intervalMs: 1_000 });
	const afterIssue = await hashOf(issuedAt + 1);
	assert.equal(await streamingRpc('challengeChunk', ferdie.address, CONTENT, afterIssue), null, 'nor in the next');
	assert.equal(index.drawn, challengeChunk(ferdie.address, CONTENT, afterIssue, file.chunks.length), 'JavaScript draws the same chunk');
	const chunk = index.drawn;
	state.challengedChunk = chunk;
	const proof = file.proof(chunk);
	const wrong = file.chunks[(chunk + 1) % file.chunks.length];

	const answers = await signAndSendInOrder(
		api,
		[
			api.tx.streaming.answerChallenge(CONTENT, u8aToHex(wrong), proof),
			api.tx.streaming.answerChallenge(CONTENT, u8aToHex(file.chunks[chunk]), proof),
		],
		ferdie,
	);
	const [bad, good] = answers;
	assert.match(describeDispatchError(bad.dispatchError), /^streaming\.BadProof/);
	assert.equal(good.dispatchError, undefined, describeDispatchError(good.dispatchError));
	const answered = eventOf(good, 'streaming', 'ChallengeAnswered');
	assert.equal(accountHex(eventField(answered, 'node', 0)), accountHex(ferdie));
	assert.equal(eventField(answered, 'chunk', 2).toNumber(), chunk);
	const answeredAt = await numberOf(api, good.blockHash);
	assert.ok(answeredAt <= deadline);

	// The bond moved from Bob's hold to Ferdie; Ferdie paid both fees. Bob sent nothing since
	// his challenge, Ferdie nothing but the two answers.
	const from = await parentOf(api, bad.blockHash);
	const [bobBefore, bobAfter, ferdieFrom, ferdieAfter, bobHeld] = await Promise.all([
		totalAt(api, from, bob),
		totalAt(api, good.blockHash, bob),
		freeAt(api, from, ferdie),
		freeAt(api, good.blockHash, ferdie),
		heldAt(api, good.blockHash, bob, 'Streaming', 'ChallengeBond'),
	]);
	assert.equal(bobBefore - bobAfter, consts.challengeBond, 'Bob loses his bond');
	assert.equal(bobHeld, 0n);
	assert.equal(ferdieAfter - ferdieFrom, consts.challengeBond - feeOf(bad.events) - feeOf(good.events), 'Ferdie earns the bond');
	assert.equal(await streamingRpc('challengeChunk', ferdie.address, CONTENT, good.blockHash), null, 'the challenge is closed');
	const ferdieNode = await streamingRpc('node', ferdie.address, good.blockHash);
	assert.deepEqual(
		[ferdieNode.challengesPassed, ferdieNode.challengesFailed, ferdieNode.earned, ferdieNode.stake, ferdieNode.pins, ferdieNode.score],
		[1, 0, String(consts.challengeBond), String(STORAGE_STAKE), 1, Number(PERBILL)],
	);
});

e2eTest('a viewer signs a ticket per second for 60 seconds; Eve redeems 20, 40 and 60 in one call: creator, node and storage node paid exactly by the split; a replay fails AlreadyRedeemed, an overdraft Overdraft', 3 * MINUTE, async () => {
	// One cumulative ticket per second watched, each over the node's payload, which is the
	// JavaScript encoding: 162 bytes.
	const tickets = [];
	for (let seconds = 1; seconds <= WATCHED; seconds++) tickets[seconds] = await ticketFor(seconds);
	const payload = await streamingRpc('ticketPayload', viewer.address, state.openedAt, CONTENT, eve.address, WATCHED);
	assert.equal(hexToU8a(payload).length, TICKET_PAYLOAD_LENGTH);
	assert.equal(TICKET_PAYLOAD_LENGTH, 162);

	const earnedBefore = BigInt((await streamingRpc('node', ferdie.address)).earned);
	const redeemed = await submitOk(api.tx.streaming.redeemTickets(REDEEMED.map((seconds) => tickets[seconds])), eve, { inBlock: true });
	const { events, blockHash } = redeemed;
	const parent = await parentOf(api, blockHash);
	// Each ticket pays the seconds since the last one: 20 s each, split 70 / 20 / 10 with one
	// storage node.
	const step = splitOf(20, 1);
	assert.deepEqual([step.amount, step.creator, step.executor, step.storageEach], [20n * PRICE, 14n * PRICE, 4n * PRICE, 2n * PRICE]);
	const ticketEvents = eventsOf(events, 'streaming', 'TicketRedeemed');
	assert.deepEqual(
		ticketEvents.map((event) => [
			accountHex(eventField(event, 'viewer', 0)),
			eventField(event, 'content', 1).toHex(),
			accountHex(eventField(event, 'node', 2)),
			eventField(event, 'seconds', 3).toNumber(),
			eventField(event, 'amount', 4).toBigInt(),
		]),
		REDEEMED.map(() => [accountHex(viewer), CONTENT, accountHex(eve), 20, step.amount]),
	);
	const splitEvents = eventsOf(events, 'streaming', 'PaymentSplit');
	assert.deepEqual(
		splitEvents.map((event) => ['creator', 'executor', 'storageEach', 'storageNodes'].map((name, index) => eventField(event, name, index + 1).toString())),
		REDEEMED.map(() => [step.creator, step.executor, step.storageEach, 1].map(String)),
	);
	const total = splitOf(WATCHED, 1);
	assert.equal(total.amount, 60n * PRICE);
	assert.deepEqual([total.creator, total.executor, total.storageEach], [3n * step.creator, 3n * step.executor, 3n * step.storageEach]);

	// Exact deltas between the block and its parent: Alice and Ferdie sent nothing in it, Eve
	// only the redemption.
	const fee = feeOf(events);
	const [aliceBefore, aliceAfter, eveBefore, eveAfter, ferdieBefore, ferdieAfter, viewerBefore, viewerAfter, reserveBefore, reserveAfter] = await Promise.all([
		freeAt(api, parent, alice),
		freeAt(api, blockHash, alice),
		freeAt(api, parent, eve),
		freeAt(api, blockHash, eve),
		freeAt(api, parent, ferdie),
		freeAt(api, blockHash, ferdie),
		freeAt(api, parent, viewer),
		freeAt(api, blockHash, viewer),
		heldAt(api, parent, viewer, 'Streaming', 'ViewerReserve'),
		heldAt(api, blockHash, viewer, 'Streaming', 'ViewerReserve'),
	]);
	// Alice also authors the block: she receives the author's share of its fees.
	const { author: authorShare } = feeShares(await blockEvents(api, blockHash));
	assert.equal(aliceAfter - aliceBefore, total.creator + authorShare, 'the creator receives 70 %');
	assert.equal(eveAfter - eveBefore, total.executor - fee, 'the delivering node receives 20 %, less its fee');
	assert.equal(ferdieAfter - ferdieBefore, total.storageEach, 'the storage node receives 10 %');
	assert.equal(viewerAfter, viewerBefore, 'the viewer\'s free balance does not move');
	assert.equal(reserveBefore - reserveAfter, total.amount, 'the reserve pays exactly 60 seconds');
	assert.equal(reserveAfter, RESERVE - total.amount);

	const affordable = Number((RESERVE - total.amount) / PRICE);
	assert.deepEqual(await streamingRpc('channels', viewer.address, blockHash), [
		{ content: CONTENT, node: eve.address, seconds: WATCHED, paid: String(total.amount), affordableSeconds: affordable },
	]);
	assert.deepEqual(await streamingRpc('viewer', viewer.address, blockHash), {
		reserve: String(RESERVE - total.amount),
		nodes: 1,
		deposit: String(consts.viewerDeposit),
		openedAt: state.openedAt,
		leavingAt: null,
		channels: 1,
	});
	assert.equal(await streamingRpc('allowance', viewer.address, eve.address, blockHash), String(RESERVE - total.amount));
	assert.deepEqual(await streamingRpc('creator', alice.address, blockHash), { contents: 1, earned: String(total.creator) });
	assert.equal((await streamingRpc('content', CONTENT, blockHash)).earned, String(total.amount));
	const eveNode = await streamingRpc('node', eve.address, blockHash);
	assert.deepEqual([eveNode.secondsDelivered, eveNode.earned], [WATCHED, String(total.executor)]);
	assert.equal(BigInt((await streamingRpc('node', ferdie.address, blockHash)).earned) - earnedBefore, total.storageEach);
	state.ticketEarnings = total;

	// A replayed ticket (40 s, already paid) and one beyond the reserve (one second more than it
	// can pay) are refused, and move nothing but Eve's fees.
	const overdraft = await ticketFor(WATCHED + affordable + 1);
	const refused = await signAndSendInOrder(api, [api.tx.streaming.redeemTickets([tickets[40]]), api.tx.streaming.redeemTickets([overdraft])], eve);
	assert.match(describeDispatchError(refused[0].dispatchError), /^streaming\.AlreadyRedeemed/);
	assert.match(describeDispatchError(refused[1].dispatchError), /^streaming\.Overdraft/);
	for (const result of refused) assert.deepEqual(eventsOf(result.events, 'streaming', 'TicketRedeemed'), []);
	const from = await parentOf(api, refused[0].blockHash);
	const to = refused[1].blockHash;
	const [before, afterwards] = await Promise.all([snapshot(from, [ferdie, viewer]), snapshot(to, [ferdie, viewer])]);
	assert.deepEqual(afterwards, before, 'Ferdie and the viewer are untouched');
	// Alice, who authors every block, gains only the author's share of the fees paid meanwhile.
	let authorShares = 0n;
	for (let hash = to; hash !== from; hash = await parentOf(api, hash)) authorShares += feeShares(await blockEvents(api, hash)).author;
	const [[aliceFrom], [aliceTo]] = await Promise.all([snapshot(from, [alice]), snapshot(to, [alice])]);
	assert.equal(aliceTo.holds, aliceFrom.holds, 'Alice\'s holds are untouched');
	assert.equal(aliceTo.free - aliceFrom.free, authorShares, 'Alice gains only the author\'s share of the fees');
	assert.equal((await freeAt(api, from, eve)) - (await freeAt(api, to, eve)), feeOf(refused[0].events) + feeOf(refused[1].events), 'Eve pays only her fees');
	assert.deepEqual((await streamingRpc('channels', viewer.address, to))[0].seconds, WATCHED);
});

e2eTest('malformed streaming_* input is a JSON-RPC error -32602; unknown ids are null', 2 * MINUTE, async () => {
	await assertRpcError(streamingRpc('content', '0x1234'), INVALID_PARAMS, /content: 4 hex digits after 0x, expected 64/);
	await assertRpcError(streamingRpc('content', 'a film'), INVALID_PARAMS, /content: expected 0x-prefixed hex of 32 bytes/);
	await assertRpcError(streamingRpc('content', `0x${'zz'.repeat(32)}`), INVALID_PARAMS, /content: not hex/);
	await assertRpcError(streamingRpc('node', 'nonsense'), INVALID_PARAMS, /invalid account "nonsense"/);
	await assertRpcError(streamingRpc('viewer', '0x1234'), INVALID_PARAMS, /invalid account "0x1234"/);
	await assertRpcError(streamingRpc('channels', eve.address.slice(0, -1)), INVALID_PARAMS, /invalid account/);
	await assertRpcError(streamingRpc('creator', ''), INVALID_PARAMS, /invalid account/);
	await assertRpcError(streamingRpc('challengeChunk', ferdie.address, 'zz'), INVALID_PARAMS, /content: expected 0x/);
	await assertRpcError(streamingRpc('challengeChunk', 'ferdie', CONTENT), INVALID_PARAMS, /invalid account "ferdie"/);
	await assertRpcError(streamingRpc('catalogue', '0x00', 10), INVALID_PARAMS, /after: 2 hex digits/);
	await assertRpcError(streamingRpc('ticketPayload', 'viewer', 1, CONTENT, eve.address, 60), INVALID_PARAMS, /invalid account "viewer"/);
	await assertRpcError(streamingRpc('ticketPayload', viewer.address, 1, '0x', eve.address, 60), INVALID_PARAMS, /content: 0 hex digits/);
	await assertRpcError(streamingRpc('ticketPayload', viewer.address, 1, CONTENT, 'eve', 60), INVALID_PARAMS, /invalid account "eve"/);
	// A parameter of the wrong JSON type is refused by the server's decoding, with the same code.
	await assertRpcError(streamingRpc('task', 'zero'), INVALID_PARAMS, /.+/);
	await assertRpcError(streamingRpc('ticketPayload', viewer.address, -1, CONTENT, eve.address, 60), INVALID_PARAMS, /.+/);
	// An unknown block is the runtime API's failure, not bad input.
	await assertRpcError(streamingRpc('task', 0, `0x${'00'.repeat(32)}`), RUNTIME_ERROR, /runtime API call failed/);

	assert.equal(await streamingRpc('content', `0x${'00'.repeat(32)}`), null);
	assert.equal(await streamingRpc('task', 99), null);
	assert.equal(await streamingRpc('taskSample', 99), null);
	assert.equal(await streamingRpc('node', alice.address), null);
	assert.equal(await streamingRpc('viewer', alice.address), null);
	assert.deepEqual(await streamingRpc('channels', alice.address), []);
	assert.deepEqual(await streamingRpc('creator', eve.address), { contents: 0, earned: '0' });
	assert.equal(await streamingRpc('challengeChunk', ferdie.address, CONTENT), null);
	// Accounts in SS58 and as hex name the same node; the catalogue lists the film.
	assert.deepEqual(await streamingRpc('node', accountHex(eve)), await streamingRpc('node', eve.address));
	assert.deepEqual((await streamingRpc('catalogue', null, 10)).map(({ id }) => id), [CONTENT]);
});

e2eTest('the verifiers reveal; after the appeal window task 0 is verified: Eve is paid the fee, Alice\'s deposit comes back, the task leaves storage', 5 * MINUTE, async () => {
	const { tasks } = state;
	// The reveal phase starts in the block after the commit deadline.
	await node.waitForBest(Math.max(...tasks.map(({ commitDeadline }) => commitDeadline)), { timeoutMs: 3 * MINUTE });
	await sendByWitnesses(tasks, ({ request }, { verdict, salt }) => api.tx.witnesses.reveal(request, verdict, null, salt), 'Revealed');

	// Each round is tallied after its reveal deadline and stands after its appeal window.
	await Promise.all(
		tasks.map(async (task) => {
			const decided = await findEventAfter(api, node, task.revealDeadline, 'witnesses', 'RoundDecided', 5, (event) => eventField(event, 'id', 0).toNumber() === task.request);
			assert.equal(eventField(decided.event, 'verdict', 2).toString(), task.honest ? 'Approved' : 'Rejected');
			assert.ok(eventField(decided.event, 'score', 3).isNone, 'a task\'s verification has no score');
			task.appealUntil = eventField(decided.event, 'appealUntil', 4).toNumber();
			assert.equal(task.appealUntil, decided.number + consts.appealPeriod);
			// Still open during the window: the task is verifying.
			assert.equal((await streamingRpc('task', task.id, decided.hash)).state, 'verifying');
		}),
	);

	const [honest] = tasks;
	const verified = await findEventAfter(api, node, honest.appealUntil, 'streaming', 'TaskVerified', 5, (event) => eventField(event, 'task', 0).toNumber() === honest.id);
	const { number } = await checkSettlement(verified.hash);
	assert.ok(
		eventsOf(verified.records, 'witnesses', 'RequestFinalized').some((event) => eventField(event, 'id', 0).toNumber() === honest.request),
		`request ${honest.request} is final in block ${number}`,
	);
	assert.equal(await streamingRpc('task', honest.id, verified.hash), null, 'the verified task left storage');
	const eveNode = await streamingRpc('node', eve.address, verified.hash);
	assert.deepEqual([eveNode.tasksVerified, eveNode.earned], [1, String(TASK_FEE + state.ticketEarnings.executor)], 'the fee counts among Eve\'s earnings');
	assert.equal((await streamingRpc('content', CONTENT, verified.hash)).openTasks, tasks[1].settledAt === verified.hash ? 0 : 1);
	// The escrow of the verified task left Alice's hold (the failed task's too if it settled
	// in the same block).
	const escrow = tasks[1].settledAt === verified.hash ? 0n : TASK_FEE + consts.taskDeposit;
	assert.equal(await heldAt(api, verified.hash, alice, 'Streaming', 'TaskEscrow'), escrow);
});

e2eTest('task 1 failed: half of Eve\'s stake is slashed, shared equally by the coherent rejecting verifiers, the rest burned; Alice gets fee and deposit back', 3 * MINUTE, async () => {
	const { tasks } = state;
	const fake = tasks[1];
	const failed = await findEventAfter(api, node, fake.appealUntil, 'streaming', 'TaskFailed', 5, (event) => eventField(event, 'task', 0).toNumber() === fake.id);
	await checkSettlement(failed.hash);
	const { slashed, each, burned } = fake.slash;
	assert.equal(slashed, EXECUTOR_STAKE / 2n, 'half of Eve\'s stake');
	assert.equal(each, slashed / BigInt(fake.members.length));
	assert.ok(burned < BigInt(fake.members.length), `only the rounding is burned: ${burned}`);

	const { hash } = failed;
	const stake = EXECUTOR_STAKE - slashed;
	assert.equal(await heldAt(api, hash, eve, 'Streaming', 'NodeStake'), stake);
	const eveNode = await streamingRpc('node', eve.address, hash);
	assert.deepEqual(
		[eveNode.stake, eveNode.slashed, eveNode.tasksVerified, eveNode.tasksFailed, eveNode.openTasks, eveNode.score, eveNode.drawable],
		[String(stake), String(slashed), 1, 1, 0, Number(PERBILL / 2n), true],
	);
	assert.equal(BigInt(eveNode.earned), TASK_FEE + state.ticketEarnings.executor);
	assert.deepEqual(await streamingRpc('executors', hash), [{ account: eve.address, stake: String(stake) }]);
	assert.equal(await streamingRpc('task', fake.id, hash), null, 'the failed task left storage');
	assert.equal((await streamingRpc('content', CONTENT, hash)).openTasks, 0);
	// Both tasks are settled: nothing stays held for them, from Alice or from Eve.
	assert.deepEqual(
		await Promise.all([
			heldAt(api, hash, alice, 'Streaming', 'TaskEscrow'),
			heldAt(api, hash, eve, 'Witnesses', 'RequestReward'),
			heldAt(api, hash, eve, 'Witnesses', 'RequestDeposit'),
		]),
		[0n, 0n, 0n],
	);
	for (const task of tasks) assert.ok(task.settledAt, `task ${task.id} settled`);
});
