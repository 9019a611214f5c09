// End-to-end check of optimistic performance claims on a real `arete-node --dev`, driven by
// Polkadot.js as a dApp would: Ferdie registers as a HackySack athlete, Bob, Charlie and Dave
// bond as witnesses and Alice rotates the performance domain's roster so that a dispute's panel
// can be drawn from them. Ferdie claims a trick with a bond in one extrinsic
// (`performance.claimPerformance`); nobody disputes it, and the witnesses' idle hook lets it
// stand after its liveness window: the trick is verified with the claimed score and bond,
// reward and deposits come back to Ferdie in that block. Ferdie then claims a score the trick
// does not deserve; Eve disputes it with a matching bond (`witnesses.dispute`), the chain draws
// a panel of three seats among the witnesses (never Ferdie or Eve) a few blocks later, the drawn
// witnesses commit and reveal a rejection, and the idle hook overturns the claim after the
// reveal deadline: Ferdie's bond pays the coherent members a fifth (by seats) and Eve the rest,
// Eve's own bond comes back, the witness reward goes to the members by seats, and the
// performance is rejected with a fifth of its deposit slashed to the treasury. Every balance
// movement is checked to the planck, from the events and the runtime's constants.
//
// Run with: NODE_BIN=... node --test scripts/e2e/claims.test.mjs

import assert from 'node:assert/strict';
import { after, before } from 'node:test';

import { Keyring } from '@polkadot/keyring';
import { u8aToHex } from '@polkadot/util';
import { cryptoWaitReady } from '@polkadot/util-crypto';

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
	findFinalEvent,
	freeAt,
	heldAt,
	numberOf,
	palletAccountHex,
	parentOf,
	perbillOf,
	rotateRoster,
	signAndWaitFinalized,
	submitOk,
	totalAt,
	waitForDraw,
} from './lib/api.mjs';
import { NODE_START_TIMEOUT_MS, DevNode, suiteSteps, withNodeLog } from './lib/node.mjs';

const MINUTE = 60_000;
const WITNESS_BOND = 1_000n * ARETE;
/** Ferdie's claim bond: the engine's minimum (`MinClaimBond`, checked below). */
const BOND = 10n * ARETE;
/** Ferdie pays this to a dispute panel's three seats (1 ARETE a seat). */
const REWARD = 3n * ARETE;
/** Seats of a dispute's drawn panel (the runtime's `PanelSeats`). */
const SEATS = 3;
/** Thousandths: the honest claim, the false one, and what the panel reveals about the latter. */
const HONEST_SCORE = 8_000;
const FALSE_SCORE = 9_900;
const PANEL_SCORE = 2_000;
/** A CIDv1 of the trick's video. */
const EVIDENCE = 'bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi';
/** The runtime's `PerformanceDomain`, "perform\0", the witness domain of performances. */
const PERFORM_DOMAIN = '0x706572666f726d00';
/** The runtime's treasury (`PalletId(*b"arete/tr")`), where slashed deposits go. */
const TREASURY = palletAccountHex('arete/tr');

let node;
let api;
let alice;
let eve;
let ferdie;
/** The witnesses Bob, Charlie and Dave, each with a fresh salt per dispute. */
let witnesses;
/** Runtime constants, read once connected (BigInt amounts, numbers for blocks). */
let consts;

/** What the tests learn along the way. */
const state = {};

/** One step of this suite; once a step fails the later ones are skipped (lib/node.mjs). */
const e2eTest = suiteSteps(() => node);

/** A HackySack trick claiming `score`. */
function trick(score) {
	return {
		sport: 'hackysack',
		metrics: { score, difficulty: 7_500, execution: 8_500 },
		location: null,
		competition: null,
		evidence: EVIDENCE,
		related: null,
		tags: ['trick'],
	};
}

/**
 * The engine's split of `amount` among `members` (`[{ who, seats }]`) by seats, each share
 * rounded down: `amount × seats / total seats`. Returns a Map from `who` to its share.
 */
function sharesBySeats(amount, members) {
	const total = BigInt(members.reduce((sum, { seats }) => sum + seats, 0));
	return new Map(members.map(({ who, seats }) => [who, (amount * BigInt(seats)) / total]));
}

/** The sum of the `amount` fields (at `index`) of `events`. */
function sumAmounts(events, index = 2) {
	return events.reduce((sum, event) => sum + eventField(event, 'amount', index).toBigInt(), 0n);
}

/** What Ferdie holds for a claim at `blockHash`, by hold reason. */
async function claimHolds(blockHash) {
	const [performanceDeposit, requestDeposit, reward, claimBond] = await Promise.all([
		heldAt(api, blockHash, ferdie, 'Performance', 'PerformanceDeposit'),
		heldAt(api, blockHash, ferdie, 'Witnesses', 'RequestDeposit'),
		heldAt(api, blockHash, ferdie, 'Witnesses', 'RequestReward'),
		heldAt(api, blockHash, ferdie, 'Witnesses', 'ClaimBond'),
	]);
	return { performanceDeposit, requestDeposit, reward, claimBond };
}

/**
 * Ferdie claims a trick of `score` with `BOND` and `REWARD` in one extrinsic. Checks the events
 * of the claim (the pending performance, the request opened without a draw, the claim with its
 * liveness window), the holds it added and Ferdie's free balance (down by the fee and
 * everything held, exactly). Returns `{ id, request, blockHash, number, livenessUntil }`.
 */
async function claim(score) {
	const result = await submitOk(api.tx.performance.claimPerformance(ferdie.address, trick(score), REWARD, BOND), ferdie);
	const { events, blockHash } = result;
	const number = await numberOf(api, blockHash);

	const submitted = findEvent(events, 'performance', 'PerformanceSubmitted');
	assert.ok(submitted, `no PerformanceSubmitted; events: ${eventNames(events)}`);
	const id = eventField(submitted, 'id', 0).toNumber();
	assert.equal(accountHex(eventField(submitted, 'athlete', 1)), accountHex(ferdie));
	assert.equal(accountHex(eventField(submitted, 'submitter', 2)), accountHex(ferdie));
	const request = eventField(submitted, 'request', 3).toNumber();
	assert.ok(eventField(submitted, 'competition', 4).isNone);

	const opened = findEvent(events, 'witnesses', 'RequestOpened');
	assert.ok(opened, `no RequestOpened; events: ${eventNames(events)}`);
	assert.equal(eventField(opened, 'id', 0).toNumber(), request);
	assert.equal(eventField(opened, 'domain', 1).toHex(), PERFORM_DOMAIN);
	assert.equal(accountHex(eventField(opened, 'requester', 3)), accountHex(ferdie));
	assert.equal(eventField(opened, 'reward', 4).toBigInt(), REWARD);
	// A claim is drawn only if disputed: no seed block at opening.
	assert.ok(eventField(opened, 'drawAt', 5).isNone, 'an optimistic claim has no draw at opening');
	assert.ok(!findEvent(events, 'witnesses', 'PanelDrawn'), 'no panel at opening');

	const opening = findEvent(events, 'witnesses', 'ClaimOpened');
	assert.ok(opening, `no ClaimOpened; events: ${eventNames(events)}`);
	assert.equal(eventField(opening, 'id', 0).toNumber(), request);
	const claimed = eventField(opening, 'claim', 1);
	assert.equal(claimed.verdict.isTrue, true, 'the claim approves the trick');
	assert.equal(claimed.score.unwrap().toNumber(), score, 'the claim is the event\'s score');
	assert.equal(eventField(opening, 'bond', 2).toBigInt(), BOND);
	const livenessUntil = eventField(opening, 'livenessUntil', 3).toNumber();
	assert.equal(livenessUntil, number + consts.claimLiveness, 'the window is ClaimLiveness blocks from the claim');
	// Until a dispute, both deadlines are the window's last block.
	assert.equal(eventField(opened, 'commitDeadline', 6).toNumber(), livenessUntil);
	assert.equal(eventField(opened, 'revealDeadline', 7).toNumber(), livenessUntil);

	// One extrinsic held the deposits, the reward and the bond, and charged its fee.
	const parent = await parentOf(api, blockHash);
	const [before, after, heldBefore, heldAfter] = await Promise.all([
		freeAt(api, parent, ferdie),
		freeAt(api, blockHash, ferdie),
		claimHolds(parent),
		claimHolds(blockHash),
	]);
	assert.deepEqual(
		{
			performanceDeposit: heldAfter.performanceDeposit - heldBefore.performanceDeposit,
			requestDeposit: heldAfter.requestDeposit - heldBefore.requestDeposit,
			reward: heldAfter.reward - heldBefore.reward,
			claimBond: heldAfter.claimBond - heldBefore.claimBond,
		},
		{ performanceDeposit: consts.performanceDeposit, requestDeposit: consts.requestDeposit, reward: REWARD, claimBond: BOND },
	);
	assert.equal(before - after, feeOf(events) + consts.performanceDeposit + consts.requestDeposit + REWARD + BOND);

	const stored = (await (await api.at(blockHash)).query.performance.performances(id)).unwrap();
	assert.ok(stored.status.isPending, `status: ${stored.status.toString()}`);
	assert.equal(stored.status.asPending.request.toNumber(), request);
	return { id, request, blockHash, number, livenessUntil };
}

before(async () => {
	await cryptoWaitReady();
	const keyring = new Keyring({ type: 'sr25519', ss58Format: SS58_PREFIX });
	alice = keyring.addFromUri('//Alice');
	eve = keyring.addFromUri('//Eve');
	ferdie = keyring.addFromUri('//Ferdie');
	witnesses = ['//Bob', '//Charlie', '//Dave'].map((uri) => ({
		pair: keyring.addFromUri(uri),
		salt: u8aToHex(crypto.getRandomValues(new Uint8Array(32))),
	}));

	node = await DevNode.start();
	await withNodeLog(node, () => node.waitForRpc());
	await withNodeLog(node, async () => {
		api = await connectApi(node.wsUrl);
	});
	consts = {
		performanceDeposit: api.consts.performance.performanceDeposit.toBigInt(),
		rejectionSlash: api.consts.performance.rejectionSlash,
		claimLiveness: api.consts.performance.claimLiveness.toNumber(),
		requestDeposit: api.consts.witnesses.requestDeposit.toBigInt(),
		minClaimBond: api.consts.witnesses.minClaimBond.toBigInt(),
		disputePanelShare: api.consts.witnesses.disputePanelShare,
		drawDelay: api.consts.witnesses.drawDelay.toNumber(),
	};
}, { timeout: NODE_START_TIMEOUT_MS + MINUTE });

after(async () => {
	await api?.disconnect().catch(() => {});
	await node?.cleanup();
});

e2eTest('Ferdie registers as an athlete, three witnesses bond and enter the performance roster', 3 * MINUTE, async () => {
	// The bond is the engine's minimum: a disputer holds as much.
	assert.equal(BOND, consts.minClaimBond, 'BOND is MinClaimBond');
	await Promise.all([
		(async () => {
			const { events } = await submitOk(api.tx.performance.registerAthlete('Ferdie', ['hackysack'], null), ferdie);
			assert.ok(findEvent(events, 'performance', 'AthleteRegistered'), `no AthleteRegistered; events: ${eventNames(events)}`);
		})(),
		...witnesses.map(async ({ pair }) => {
			// Empty domains: the witness serves every domain, performances included.
			const { events } = await submitOk(api.tx.witnesses.register('Peer', WITNESS_BOND, []), pair);
			assert.ok(findEvent(events, 'witnesses', 'WitnessRegistered'), `no WitnessRegistered; events: ${eventNames(events)}`);
		}),
	]);
	// A dispute's panel is drawn from the domain's roster current at the dispute: Alice builds
	// it now that the three are registered (none of the balances checked below is hers).
	const roster = await rotateRoster(api, node, PERFORM_DOMAIN, alice);
	assert.equal(roster.candidates, witnesses.length, 'the roster holds the three witnesses');
});

e2eTest('an optimistic claim is accepted after its window', 5 * MINUTE, async () => {
	const { id, request, livenessUntil } = await claim(HONEST_SCORE);

	// Nobody disputes: the idle hook lets the claim stand in the first block after the window
	// that has room. The wait is longer than one default wait (120 s).
	await node.waitForFinalized(livenessUntil, { timeoutMs: 4 * MINUTE });
	const { hash, records, event: settled } = await findEventAfter(api, node, livenessUntil, 'witnesses', 'ClaimSettled');
	assert.equal(eventField(settled, 'id', 0).toNumber(), request);
	assert.equal(eventField(settled, 'result', 1).toString(), 'Stood');
	assert.equal(eventField(settled, 'toWinner', 2).toBigInt(), 0n);
	assert.equal(eventField(settled, 'toPanel', 3).toBigInt(), 0n);

	const finalized = findEvent(records, 'witnesses', 'RequestFinalized');
	assert.ok(finalized, `no RequestFinalized; events: ${eventNames(records)}`);
	assert.equal(eventField(finalized, 'id', 0).toNumber(), request);
	const outcome = eventField(finalized, 'outcome', 3);
	assert.equal(outcome.verdict.toString(), 'Approved');
	assert.equal(outcome.score.unwrap().toNumber(), HONEST_SCORE);
	assert.equal(outcome.participants.length, 0, 'an undisputed claim has no witnesses');
	assert.deepEqual(eventsOf(records, 'witnesses', 'WitnessRewarded'), [], 'nobody is paid');

	const verified = findEvent(records, 'performance', 'PerformanceVerified');
	assert.ok(verified, `no PerformanceVerified; events: ${eventNames(records)}`);
	assert.equal(eventField(verified, 'id', 0).toNumber(), id);
	assert.equal(accountHex(eventField(verified, 'athlete', 1)), accountHex(ferdie));
	assert.equal(eventField(verified, 'score', 2).toNumber(), HONEST_SCORE);

	const parent = await parentOf(api, hash);
	const [atParent, atSettlement] = await Promise.all([api.at(parent), api.at(hash)]);
	const performance = (await atSettlement.query.performance.performances(id)).unwrap();
	assert.ok(performance.status.isVerified, `status: ${performance.status.toString()}`);
	assert.equal(performance.status.asVerified.score.toNumber(), HONEST_SCORE);
	assert.ok((await atParent.query.performance.performances(id)).unwrap().status.isPending, 'pending until that block');
	// The request and its claim left storage in that block.
	assert.ok((await atParent.query.witnesses.requests(request)).isSome);
	assert.ok((await atSettlement.query.witnesses.requests(request)).isNone, 'the request left storage');
	assert.ok((await atSettlement.query.witnesses.claims(request)).isNone, 'the claim left storage');

	// Bond, reward and request deposit came back to Ferdie's free balance in that block; the
	// performance deposit stays held while the verified record lives.
	const [before, after, held] = await Promise.all([freeAt(api, parent, ferdie), freeAt(api, hash, ferdie), claimHolds(hash)]);
	assert.equal(after - before, consts.requestDeposit + REWARD + BOND);
	assert.deepEqual(held, { performanceDeposit: consts.performanceDeposit, requestDeposit: 0n, reward: 0n, claimBond: 0n });
});

e2eTest('a false claim is disputed and overturned by the drawn panel', 9 * MINUTE, async () => {
	const { id, request, livenessUntil } = await claim(FALSE_SCORE);

	// Neither the claimant nor the athlete may dispute (here both are Ferdie).
	const own = await signAndWaitFinalized(api.tx.witnesses.dispute(request), ferdie);
	assert.match(describeDispatchError(own.dispatchError), /^witnesses\.SelfDispute/);

	// Eve disputes within the window, holding a bond equal to the claim's.
	const disputed = await submitOk(api.tx.witnesses.dispute(request), eve);
	const disputedAt = await numberOf(api, disputed.blockHash);
	assert.ok(disputedAt <= livenessUntil, `disputed in block ${disputedAt}, after the window's end ${livenessUntil}`);
	const dispute = findEvent(disputed.events, 'witnesses', 'Disputed');
	assert.ok(dispute, `no Disputed; events: ${eventNames(disputed.events)}`);
	assert.equal(eventField(dispute, 'id', 0).toNumber(), request);
	assert.equal(accountHex(eventField(dispute, 'disputer', 1)), accountHex(eve));
	assert.equal(eventField(dispute, 'bond', 2).toBigInt(), BOND);
	const drawAt = eventField(dispute, 'drawAt', 3).toNumber();
	assert.equal(drawAt, disputedAt + consts.drawDelay, 'drawn DrawDelay blocks after the dispute');
	const disputeParent = await parentOf(api, disputed.blockHash);
	const [eveBefore, eveAfter, eveHeld] = await Promise.all([
		freeAt(api, disputeParent, eve),
		freeAt(api, disputed.blockHash, eve),
		heldAt(api, disputed.blockHash, eve, 'Witnesses', 'DisputeBond'),
	]);
	assert.equal(eveBefore - eveAfter, feeOf(disputed.events) + BOND);
	assert.equal(eveHeld, BOND);

	// The chain draws three seats among the roster's witnesses: never Ferdie (requester and
	// athlete) nor Eve (disputer), who are not on the roster either.
	const drawn = await waitForDraw(api, node, request, drawAt, alice);
	assert.equal(drawn.members.reduce((sum, { seats }) => sum + seats, 0), SEATS);
	const panel = drawn.members.map(({ who, seats }) => {
		assert.notEqual(who, accountHex(ferdie), 'Ferdie is never drawn');
		assert.notEqual(who, accountHex(eve), 'Eve is never drawn');
		const witness = witnesses.find(({ pair }) => accountHex(pair) === who);
		assert.ok(witness, `${who} is one of Bob, Charlie and Dave`);
		return { ...witness, who, seats };
	});

	// The drawn members commit to a rejection; a witness the draw left out is refused.
	await Promise.all(
		witnesses.map(async ({ pair, salt }) => {
			const commit = api.tx.witnesses.commit(request, commitmentOf(PERFORM_DOMAIN, request, pair, false, PANEL_SCORE, salt));
			if (panel.some((member) => member.pair === pair)) {
				const { events } = await submitOk(commit, pair);
				assert.ok(findEvent(events, 'witnesses', 'Committed'), `no Committed; events: ${eventNames(events)}`);
			} else {
				const refused = await signAndWaitFinalized(commit, pair);
				assert.match(describeDispatchError(refused.dispatchError), /^witnesses\.NotOnPanel/);
			}
		}),
	);
	// The reveal phase starts in the block after the commit deadline.
	await node.waitForBest(drawn.commitDeadline, { timeoutMs: 3 * MINUTE });
	await Promise.all(
		panel.map(async ({ pair, salt }) => {
			const { events } = await submitOk(api.tx.witnesses.reveal(request, false, PANEL_SCORE, salt), pair);
			assert.ok(findEvent(events, 'witnesses', 'Revealed'), `no Revealed; events: ${eventNames(events)}`);
		}),
	);

	// The idle hook tallies the panel's round after the reveal deadline; nobody appeals, and
	// after the appeal window it settles the bonds against the panel's decision.
	await node.waitForFinalized(drawn.revealDeadline, { timeoutMs: 3 * MINUTE });
	const { hash, records, event: settled } = await findFinalEvent(api, node, drawn.revealDeadline, 'witnesses', 'ClaimSettled');
	assert.equal(eventField(settled, 'id', 0).toNumber(), request);
	assert.equal(eventField(settled, 'result', 1).toString(), 'Overturned');
	const toWinner = eventField(settled, 'toWinner', 2).toBigInt();
	const toPanel = eventField(settled, 'toPanel', 3).toBigInt();
	assert.equal(toWinner + toPanel, BOND, 'Ferdie\'s whole bond is paid out');
	// DisputePanelShare (20 %) of the bond to the panel, less at most a planck a member.
	const panelShare = perbillOf(consts.disputePanelShare, BOND);
	assert.equal(panelShare, BOND / 5n, 'DisputePanelShare is 20 %');
	assert.ok(toPanel <= panelShare && toPanel >= panelShare - 3n, `toPanel ${toPanel} of ${panelShare}`);

	const finalized = findEvent(records, 'witnesses', 'RequestFinalized');
	assert.ok(finalized, `no RequestFinalized; events: ${eventNames(records)}`);
	assert.equal(eventField(finalized, 'id', 0).toNumber(), request);
	const outcome = eventField(finalized, 'outcome', 3);
	assert.equal(outcome.verdict.toString(), 'Rejected');
	assert.deepEqual(
		outcome.participants.map((p) => [accountHex(p.who), p.seats.toNumber(), p.agreed.isTrue]).sort(),
		panel.map(({ who, seats }) => [who, seats, true]).sort(),
		'every drawn member revealed and is coherent',
	);
	assert.deepEqual(eventsOf(records, 'witnesses', 'WitnessSlashed'), [], 'nobody is slashed');

	// The members are paid by seats, each share rounded down: the reward, then the panel's
	// part of Ferdie's bond, each a WitnessRewarded of this request.
	const rewardShares = sharesBySeats(REWARD, panel);
	const bondShares = sharesBySeats(panelShare, panel);
	const rewardPaid = [...rewardShares.values()].reduce((sum, share) => sum + share, 0n);
	assert.equal(toPanel, [...bondShares.values()].reduce((sum, share) => sum + share, 0n), 'toPanel is the members\' shares');
	const rewarded = eventsOf(records, 'witnesses', 'WitnessRewarded').filter((event) => eventField(event, 'id', 0).toNumber() === request);
	assert.equal(sumAmounts(rewarded), rewardPaid + toPanel);
	const returned = eventsOf(records, 'witnesses', 'RewardReturned').filter((event) => eventField(event, 'id', 0).toNumber() === request);
	assert.equal(sumAmounts(returned), REWARD - rewardPaid, 'the unpaid reward (rounding) returns to Ferdie');

	const parent = await parentOf(api, hash);
	for (const { who, pair, seats } of panel) {
		const received = sumAmounts(rewarded.filter((event) => accountHex(eventField(event, 'who', 1)) === who));
		assert.equal(received, rewardShares.get(who) + bondShares.get(who), `${pair.address} holds ${seats} of ${SEATS} seats`);
		const [before, after] = await Promise.all([freeAt(api, parent, pair), freeAt(api, hash, pair)]);
		assert.equal(after - before, received, `${pair.address}'s free balance rose by its payments`);
	}

	// Eve gets her bond back and the rest of Ferdie's.
	const [eveFreeBefore, eveFreeAfter, eveHeldAfter] = await Promise.all([
		freeAt(api, parent, eve),
		freeAt(api, hash, eve),
		heldAt(api, hash, eve, 'Witnesses', 'DisputeBond'),
	]);
	assert.equal(eveFreeAfter - eveFreeBefore, BOND + toWinner);
	assert.equal(eveHeldAfter, 0n);

	// The performance is rejected: RejectionSlash (20 %) of its deposit goes to the treasury.
	const rejected = findEvent(records, 'performance', 'PerformanceRejected');
	assert.ok(rejected, `no PerformanceRejected; events: ${eventNames(records)}`);
	assert.equal(eventField(rejected, 'id', 0).toNumber(), id);
	assert.equal(accountHex(eventField(rejected, 'athlete', 1)), accountHex(ferdie));
	const slashed = eventField(rejected, 'slashed', 2).toBigInt();
	assert.equal(slashed, perbillOf(consts.rejectionSlash, consts.performanceDeposit));
	assert.equal(slashed, consts.performanceDeposit / 5n, 'RejectionSlash is 20 %');
	const toTreasury = eventsOf(records, 'balances', 'Deposit').filter((event) => accountHex(eventField(event, 'who', 0)) === TREASURY);
	assert.ok(
		toTreasury.some((event) => eventField(event, 'amount', 1).toBigInt() === slashed),
		`the slashed deposit went to the treasury; deposits to it: ${toTreasury.map((event) => event.data.toString()).join(', ')}`,
	);
	const [treasuryBefore, treasuryAfter] = await Promise.all([freeAt(api, parent, TREASURY), freeAt(api, hash, TREASURY)]);
	assert.equal(treasuryAfter - treasuryBefore, sumAmounts(toTreasury, 1));
	const atSettlement = await api.at(hash);
	const performance = (await atSettlement.query.performance.performances(id)).unwrap();
	assert.ok(performance.status.isRejected, `status: ${performance.status.toString()}`);
	assert.equal(performance.deposit.toBigInt(), consts.performanceDeposit - slashed, 'the unslashed deposit stays held until the record is reaped');
	assert.ok((await atSettlement.query.witnesses.requests(request)).isNone, 'the request left storage');
	assert.ok((await atSettlement.query.witnesses.claims(request)).isNone, 'the claim left storage');

	// Ferdie gets back the request deposit, the unpaid reward and the unslashed deposit; his
	// bond, the paid reward and the slash left his account; nothing stays held for the claim.
	const [ferdieBefore, ferdieAfter, ferdieTotalBefore, ferdieTotalAfter, held] = await Promise.all([
		freeAt(api, parent, ferdie),
		freeAt(api, hash, ferdie),
		totalAt(api, parent, ferdie),
		totalAt(api, hash, ferdie),
		claimHolds(hash),
	]);
	// The rejected record keeps the rest of its deposit held until it is reaped (ReapDelay
	// after the outcome), besides the verified claim's deposit from the step before.
	assert.equal(ferdieAfter - ferdieBefore, consts.requestDeposit + (REWARD - rewardPaid));
	assert.equal(ferdieTotalBefore - ferdieTotalAfter, BOND + rewardPaid + slashed);
	assert.deepEqual(held, {
		performanceDeposit: consts.performanceDeposit + (consts.performanceDeposit - slashed),
		requestDeposit: 0n,
		reward: 0n,
		claimBond: 0n,
	});
});
