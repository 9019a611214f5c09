// End-to-end check of appeals on a real `arete-node --dev`, driven by Polkadot.js as a dApp
// would: a disputed claim that a bought panel upholds is overturned on appeal, and every bond,
// fee, reward and slash moves exactly.
//
// Ferdie registers as a HackySack athlete, Bob, Charlie and Dave bond as witnesses and Alice
// rotates the performance domain's roster; Alice also funds a fresh appellant. Ferdie claims a
// score the trick does not deserve and Eve disputes it with a matching bond. The chain draws a
// panel of three seats among the witnesses, and the drawn members, colluding with Ferdie,
// commit and reveal an approval of the claimed score. After the reveal deadline the idle hook
// tallies the round (`witnesses.RoundDecided`, Approved) and opens its appeal window
// (`AppealPeriod`, 10 blocks): the request stays open. A member of that panel may not appeal
// it (`AppellantOnPanel`); the appellant does (`witnesses.appeal`), holding a fee of 1 ARETE
// for each of the next panel's 2 × 3 + 1 = 7 seats and a deposit. Seven seats are drawn a few
// blocks later, their members commit (with fresh salts) and reveal a rejection with a low
// score, the round is tallied (Rejected) and, once its own window has passed without appeal,
// the idle hook settles everything in one block against the final decision: the claim is
// overturned and, as no member of the first panel was coherent, Eve takes Ferdie's whole bond;
// every member of the first panel loses `DissentSlash` of its bond per seat; the appeal panel's
// members share the appeal fee by seats; the appellant is reimbursed what its fee paid out from
// the slashes and gets back the unpaid fee and its deposit; the rest of the slashes and a fifth
// of the performance deposit go to the treasury; the reward, earned by nobody, returns to
// Ferdie, and the performance is rejected. Every balance movement is checked to the planck,
// from the events and the runtime's constants.
//
// Run with: NODE_BIN=... node --test scripts/e2e/appeals.test.mjs

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
	freeAt,
	heldAt,
	numberOf,
	palletAccountHex,
	parentOf,
	perbillOf,
	rotateRoster,
	signAndWaitFinalized,
	signAndWaitInBlock,
	submitOk,
	totalAt,
	waitForDraw,
	feeShares as blockFeeShares,
} from './lib/api.mjs';
import { NODE_START_TIMEOUT_MS, DevNode, suiteSteps, withNodeLog } from './lib/node.mjs';

const MINUTE = 60_000;
const WITNESS_BOND = 1_000n * ARETE;
/** What Alice gives the appellant, its only funds. */
const APPELLANT_FUNDS = 100n * ARETE;
/** Ferdie's claim bond: the engine's minimum (`MinClaimBond`, checked below). */
const BOND = 10n * ARETE;
/** Ferdie pays this to a dispute panel's three seats (1 ARETE a seat). */
const REWARD = 3n * ARETE;
/** Seats of a dispute's drawn panel (the runtime's `PanelSeats`) and of its appeal panel. */
const SEATS = 3;
const APPEAL_SEATS = 2 * SEATS + 1;
/** Thousandths: the false claim (which the bought panel upholds) and the appeal panel's score. */
const FALSE_SCORE = 9_900;
const APPEAL_SCORE = 2_000;
/** A CIDv1 of the trick's video. */
const EVIDENCE = 'bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi';
/** The runtime's `PerformanceDomain`, "perform\0", the witness domain of performances. */
const PERFORM_DOMAIN = '0x706572666f726d00';
/** The runtime's treasury (`PalletId(*b"arete/tr")`), where slashes go. */
const TREASURY = palletAccountHex('arete/tr');
/** Parts of a Perbill's whole. */
const PERBILL = 1_000_000_000n;

let node;
let api;
let alice;
let eve;
let ferdie;
let appellant;
/** The witnesses Bob, Charlie and Dave. */
let witnesses;
/** Runtime constants, read once connected (BigInt amounts, numbers for blocks). */
let consts;

/** What the steps learn along the way. */
const state = {};

/** One step of this suite; once a step fails the later ones are skipped (lib/node.mjs). */
const e2eTest = suiteSteps(() => node);

/** A fresh 32-byte salt, as hex: a witness uses a new one in every round. */
function freshSalt() {
	return u8aToHex(crypto.getRandomValues(new Uint8Array(32)));
}

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

/** The events `section.method` of `records` whose `id` (the first field) is request `id`. */
function eventsOfRequest(records, section, method, id) {
	return eventsOf(records, section, method).filter((event) => eventField(event, 'id', 0).toNumber() === id);
}

/** The events among `events` whose field `who` (at `index`) is the account `who` (hex). */
function eventsFor(events, who, index = 1) {
	return events.filter((event) => accountHex(eventField(event, 'who', index)) === who);
}

/**
 * A dissenting member's slash: `DissentSlash` of its bond per seat held, at most the whole
 * bond (`Perbill::from_parts` saturates), rounded down.
 */
function dissentSlashOf(seats, bond) {
	const parts = consts.dissentSlash * BigInt(seats);
	return perbillOf(parts < PERBILL ? parts : PERBILL, bond);
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

/** What the appellant holds at `blockHash` for its appeal: the fee and the deposit. */
async function appealHolds(blockHash) {
	const [fee, deposit] = await Promise.all([
		heldAt(api, blockHash, appellant, 'Witnesses', 'AppealFee'),
		heldAt(api, blockHash, appellant, 'Witnesses', 'AppealDeposit'),
	]);
	return { fee, deposit };
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

/**
 * The drawn members of `drawn` (a `waitForDraw` result) as `[{ who, seats, pair, salt }]`, each
 * one of the witnesses with a fresh salt, none of them an account the draw must leave out.
 */
function panelOf(drawn, seats) {
	assert.equal(drawn.members.reduce((sum, member) => sum + member.seats, 0), seats, `a panel of ${seats} seats`);
	return drawn.members.map(({ who, seats: held }) => {
		for (const [name, excluded] of [['Ferdie', ferdie], ['Eve', eve], ['the appellant', appellant]]) {
			assert.notEqual(who, accountHex(excluded), `${name} is never drawn`);
		}
		const witness = witnesses.find(({ pair }) => accountHex(pair) === who);
		assert.ok(witness, `${who} is one of Bob, Charlie and Dave`);
		return { who, seats: held, pair: witness.pair, salt: freshSalt() };
	});
}

/**
 * The members of `panel` commit to `verdict` and `score` for `request`; a witness the draw left
 * out is refused (`NotOnPanel`). Then, in the reveal phase (the block after `commitDeadline`),
 * they reveal.
 */
async function commitAndReveal(request, panel, drawn, verdict, score) {
	await Promise.all(
		witnesses.map(async ({ pair }) => {
			const member = panel.find((candidate) => candidate.pair === pair);
			const salt = member?.salt ?? freshSalt();
			const commit = api.tx.witnesses.commit(request, commitmentOf(PERFORM_DOMAIN, request, pair, verdict, score, salt));
			if (member) {
				const { events } = await submitOk(commit, pair);
				assert.ok(findEvent(events, 'witnesses', 'Committed'), `no Committed; events: ${eventNames(events)}`);
			} else {
				const refused = await signAndWaitFinalized(commit, pair);
				assert.match(describeDispatchError(refused.dispatchError), /^witnesses\.NotOnPanel/);
			}
		}),
	);
	await node.waitForBest(drawn.commitDeadline, { timeoutMs: 3 * MINUTE });
	await Promise.all(
		panel.map(async ({ pair, salt }) => {
			const { events } = await submitOk(api.tx.witnesses.reveal(request, verdict, score, salt), pair);
			const revealed = findEvent(events, 'witnesses', 'Revealed');
			assert.ok(revealed, `no Revealed; events: ${eventNames(events)}`);
			assert.equal(eventField(revealed, 'verdict', 2).isTrue, verdict);
		}),
	);
}

/**
 * Waits for the tally of `request`'s current round, in the first blocks after
 * `revealDeadline`, and checks its `RoundDecided` and the stored rounds. Returns
 * `{ number, hash, appealUntil }`.
 */
async function roundDecided(request, revealDeadline, round, verdict, score) {
	await node.waitForFinalized(revealDeadline, { timeoutMs: 3 * MINUTE });
	const { number, hash, event } = await findEventAfter(api, node, revealDeadline, 'witnesses', 'RoundDecided');
	assert.equal(eventField(event, 'id', 0).toNumber(), request);
	assert.equal(eventField(event, 'round', 1).toNumber(), round);
	assert.equal(eventField(event, 'verdict', 2).toString(), verdict);
	assert.equal(eventField(event, 'score', 3).unwrap().toNumber(), score);
	const appealUntil = eventField(event, 'appealUntil', 4).toNumber();
	assert.equal(appealUntil, number + consts.appealPeriod, 'the window is AppealPeriod blocks from the tally');

	const rounds = (await (await api.at(hash)).query.witnesses.rounds(request)).unwrap();
	assert.equal(rounds.round.toNumber(), round);
	assert.equal(rounds.appealPeriod.toNumber(), consts.appealPeriod);
	assert.equal(rounds.appealUntil.unwrap().toNumber(), appealUntil);
	const current = rounds.current.unwrap();
	assert.equal(current.round.toNumber(), round);
	assert.equal(current.verdict.toString(), verdict);
	assert.equal(current.score.unwrap().toNumber(), score);
	// A conclusive round is the standing decision.
	assert.equal(rounds.standing.unwrap().toHex(), current.toHex(), 'the standing decision is this round\'s');
	assert.ok(rounds.firstPanel.isDrawn, `first panel: ${rounds.firstPanel.toString()}`);
	return { number, hash, appealUntil };
}

before(async () => {
	await cryptoWaitReady();
	const keyring = new Keyring({ type: 'sr25519', ss58Format: SS58_PREFIX });
	alice = keyring.addFromUri('//Alice');
	eve = keyring.addFromUri('//Eve');
	ferdie = keyring.addFromUri('//Ferdie');
	appellant = keyring.addFromUri('//Appellant');
	witnesses = ['//Bob', '//Charlie', '//Dave'].map((uri) => ({ pair: keyring.addFromUri(uri) }));

	node = await DevNode.start();
	await withNodeLog(node, () => node.waitForRpc());
	await withNodeLog(node, async () => {
		api = await connectApi(node.wsUrl);
	});
	consts = {
		performanceDeposit: api.consts.performance.performanceDeposit.toBigInt(),
		rejectionSlash: api.consts.performance.rejectionSlash,
		claimLiveness: api.consts.performance.claimLiveness.toNumber(),
		appealPeriod: api.consts.performance.appealPeriod.toNumber(),
		requestDeposit: api.consts.witnesses.requestDeposit.toBigInt(),
		minClaimBond: api.consts.witnesses.minClaimBond.toBigInt(),
		drawDelay: api.consts.witnesses.drawDelay.toNumber(),
		appealFeePerSeat: api.consts.witnesses.appealFeePerSeat.toBigInt(),
		appealDeposit: api.consts.witnesses.appealDeposit.toBigInt(),
		maxAppealRounds: api.consts.witnesses.maxAppealRounds.toNumber(),
		dissentSlash: api.consts.witnesses.dissentSlash.toBigInt(),
	};
}, { timeout: NODE_START_TIMEOUT_MS + MINUTE });

after(async () => {
	await api?.disconnect().catch(() => {});
	await node?.cleanup();
});

e2eTest('Ferdie registers as an athlete, three witnesses bond, the roster rotates, an appellant is funded', 3 * MINUTE, async () => {
	// The runtime's appeal parameters this suite's arithmetic assumes.
	assert.equal(BOND, consts.minClaimBond, 'BOND is MinClaimBond');
	assert.equal(consts.appealPeriod, 10, 'the performance domain\'s AppealPeriod is 10 blocks');
	assert.equal(consts.appealFeePerSeat, ARETE, 'AppealFeePerSeat is 1 ARETE');
	assert.equal(consts.appealDeposit, ARETE, 'AppealDeposit is 1 ARETE');
	assert.equal(consts.maxAppealRounds, 2, 'MaxAppealRounds is 2');
	assert.equal(consts.dissentSlash, PERBILL / 20n, 'DissentSlash is 5 %');
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
	// A dispute's panel and an appeal's are drawn from the domain's current roster: Alice builds
	// it now that the three are registered, then funds the appellant (none of the balances
	// checked below is hers).
	const roster = await rotateRoster(api, node, PERFORM_DOMAIN, alice);
	assert.equal(roster.candidates, witnesses.length, 'the roster holds the three witnesses');
	const funded = await submitOk(api.tx.balances.transferKeepAlive(appellant.address, APPELLANT_FUNDS), alice);
	assert.equal(await freeAt(api, funded.blockHash, appellant), APPELLANT_FUNDS, 'the appellant has nothing but Alice\'s transfer');
});

e2eTest('a false claim is disputed and upheld by a bought panel, pending its appeal window', 8 * MINUTE, async () => {
	const { id, request, livenessUntil } = await claim(FALSE_SCORE);

	// Eve disputes within the window, holding a bond equal to the claim's.
	const disputed = await submitOk(api.tx.witnesses.dispute(request), eve);
	const disputedAt = await numberOf(api, disputed.blockHash);
	assert.ok(disputedAt <= livenessUntil, `disputed in block ${disputedAt}, after the window's end ${livenessUntil}`);
	const dispute = findEvent(disputed.events, 'witnesses', 'Disputed');
	assert.ok(dispute, `no Disputed; events: ${eventNames(disputed.events)}`);
	assert.equal(eventField(dispute, 'id', 0).toNumber(), request);
	assert.equal(eventField(dispute, 'bond', 2).toBigInt(), BOND);
	const drawAt = eventField(dispute, 'drawAt', 3).toNumber();
	assert.equal(drawAt, disputedAt + consts.drawDelay, 'drawn DrawDelay blocks after the dispute');
	assert.equal(await heldAt(api, disputed.blockHash, eve, 'Witnesses', 'DisputeBond'), BOND);

	// Three seats among the roster's witnesses; the drawn members, bought by Ferdie, commit to
	// and reveal an approval of the claimed score.
	const drawn = await waitForDraw(api, node, request, drawAt, alice);
	const panel = panelOf(drawn, SEATS);
	await commitAndReveal(request, panel, drawn, true, FALSE_SCORE);

	// After the reveal deadline the round is tallied, not final: the claim stands for now, and
	// the request, its claim and the pending performance wait out the appeal window.
	const decided = await roundDecided(request, drawn.revealDeadline, 0, 'Approved', FALSE_SCORE);
	const atTally = await api.at(decided.hash);
	assert.ok((await atTally.query.witnesses.requests(request)).isSome, 'the request is still open');
	assert.ok((await atTally.query.witnesses.claims(request)).isSome, 'the claim is still open');
	assert.ok((await atTally.query.performance.performances(id)).unwrap().status.isPending, 'the performance is still pending');
	const tallied = await atTally.query.system.events();
	assert.ok(!findEvent(tallied, 'witnesses', 'ClaimSettled'), 'nothing is settled at the tally');
	assert.ok(!findEvent(tallied, 'witnesses', 'RequestFinalized'), 'nothing is final at the tally');
	assert.equal(await heldAt(api, decided.hash, ferdie, 'Witnesses', 'ClaimBond'), BOND, 'Ferdie\'s bond stays held');
	assert.equal(await heldAt(api, decided.hash, eve, 'Witnesses', 'DisputeBond'), BOND, 'Eve\'s bond stays held');

	Object.assign(state, { id, request, panel, decided });
});

e2eTest('an appellant appeals within the window; a member of the appealed panel may not', 2 * MINUTE, async () => {
	const { request, panel, decided } = state;

	// A member of the decided round cannot appeal it. Only inclusion is awaited: the window is
	// 10 blocks and the appeal must follow within it.
	const own = await signAndWaitInBlock(api.tx.witnesses.appeal(request), panel[0].pair);
	assert.match(describeDispatchError(own.dispatchError), /^witnesses\.AppellantOnPanel/);

	const appealed = await submitOk(api.tx.witnesses.appeal(request), appellant);
	const appealedAt = await numberOf(api, appealed.blockHash);
	assert.ok(appealedAt <= decided.appealUntil, `appealed in block ${appealedAt}, after the window's end ${decided.appealUntil}`);
	const event = findEvent(appealed.events, 'witnesses', 'Appealed');
	assert.ok(event, `no Appealed; events: ${eventNames(appealed.events)}`);
	const fee = BigInt(APPEAL_SEATS) * consts.appealFeePerSeat;
	assert.equal(eventField(event, 'id', 0).toNumber(), request);
	assert.equal(eventField(event, 'round', 1).toNumber(), 1);
	assert.equal(accountHex(eventField(event, 'appellant', 2)), accountHex(appellant));
	assert.equal(eventField(event, 'seats', 3).toNumber(), APPEAL_SEATS, 'the appeal panel has 2n + 1 seats');
	assert.equal(eventField(event, 'fee', 4).toBigInt(), fee);
	assert.equal(eventField(event, 'deposit', 5).toBigInt(), consts.appealDeposit);
	const drawAt = eventField(event, 'drawAt', 6).toNumber();
	assert.equal(drawAt, appealedAt + consts.drawDelay, 'drawn DrawDelay blocks after the appeal');

	// The appellant holds the fee and the deposit, and paid them and the fee of the extrinsic
	// from its free balance, exactly.
	const parent = await parentOf(api, appealed.blockHash);
	const [freeBefore, freeAfter, heldBefore, heldAfter] = await Promise.all([
		freeAt(api, parent, appellant),
		freeAt(api, appealed.blockHash, appellant),
		appealHolds(parent),
		appealHolds(appealed.blockHash),
	]);
	assert.deepEqual(heldBefore, { fee: 0n, deposit: 0n });
	assert.deepEqual(heldAfter, { fee, deposit: consts.appealDeposit });
	assert.equal(freeBefore - freeAfter, feeOf(appealed.events) + fee + consts.appealDeposit);

	// The decided round and its members wait, unsettled, in PastRounds; the request starts
	// round 1 with a drawn panel of seven seats, a majority of which must reveal (2 × 3 + 1
	// would be all seven: one silent seat would keep the bought decision standing).
	const at = await api.at(appealed.blockHash);
	const past = (await at.query.witnesses.pastRounds(request, 0)).unwrap();
	assert.equal(past.tally.verdict.toString(), 'Approved');
	assert.deepEqual(
		past.members.map(([who, member]) => [accountHex(who), member.seats.toNumber(), member.reveal.unwrap().verdict.isTrue]).sort(),
		panel.map(({ who, seats }) => [who, seats, true]).sort(),
	);
	const stored = (await at.query.witnesses.appeals(request, 1)).unwrap();
	assert.equal(accountHex(stored.appellant), accountHex(appellant));
	assert.equal(stored.fee.toBigInt(), fee);
	assert.equal(stored.deposit.toBigInt(), consts.appealDeposit);
	const rounds = (await at.query.witnesses.rounds(request)).unwrap();
	assert.equal(rounds.round.toNumber(), 1);
	assert.ok(rounds.appealUntil.isNone && rounds.current.isNone, 'round 1 is not decided yet');
	assert.equal(rounds.standing.unwrap().verdict.toString(), 'Approved', 'the approval stands until decided again');
	const open = (await at.query.witnesses.requests(request)).unwrap();
	assert.equal(open.panelSize.toNumber(), APPEAL_SEATS);
	assert.equal(open.minWitnesses.toNumber(), Math.floor(APPEAL_SEATS / 2) + 1, 'the appeal round needs a majority of its seats revealed');
	assert.equal(open.draw.unwrap().seedBlock.toNumber(), drawAt);

	Object.assign(state, { fee, appealDrawAt: drawAt, appealTxFee: feeOf(appealed.events), appealHash: appealed.blockHash });
});

e2eTest('the appeal panel of seven seats rejects the claim and the request becomes final after its window', 8 * MINUTE, async () => {
	const { request, appealDrawAt } = state;

	// Seven seats among the same witnesses (a witness may hold several, and may have sat in
	// round 0), never Ferdie, Eve or the appellant; each commits again with a fresh salt.
	const drawn = await waitForDraw(api, node, request, appealDrawAt, alice);
	const appealPanel = panelOf(drawn, APPEAL_SEATS);
	await commitAndReveal(request, appealPanel, drawn, false, APPEAL_SCORE);

	const decided = await roundDecided(request, drawn.revealDeadline, 1, 'Rejected', APPEAL_SCORE);
	assert.ok((await (await api.at(decided.hash)).query.witnesses.requests(request)).isSome, 'the request is still open');

	// Nobody appeals again: the idle hook settles everything in the first blocks after the
	// window.
	await node.waitForFinalized(decided.appealUntil, { timeoutMs: 3 * MINUTE });
	const settlement = await findEventAfter(api, node, decided.appealUntil, 'witnesses', 'ClaimSettled');
	Object.assign(state, { appealPanel, settlement });
});

e2eTest('the settlement moves every bond, fee, reward and slash exactly', 2 * MINUTE, async () => {
	const { id, request, panel, appealPanel, fee, settlement } = state;
	const { hash, records, event: settled } = settlement;
	const parent = await parentOf(api, hash);

	// The claim is overturned; no member of round 0 was coherent, so Eve takes the whole bond
	// and gets hers back.
	assert.equal(eventField(settled, 'id', 0).toNumber(), request);
	assert.equal(eventField(settled, 'result', 1).toString(), 'Overturned');
	assert.equal(eventField(settled, 'toWinner', 2).toBigInt(), BOND);
	assert.equal(eventField(settled, 'toPanel', 3).toBigInt(), 0n);
	const [eveBefore, eveAfter, eveHeldBefore, eveHeldAfter] = await Promise.all([
		freeAt(api, parent, eve),
		freeAt(api, hash, eve),
		heldAt(api, parent, eve, 'Witnesses', 'DisputeBond'),
		heldAt(api, hash, eve, 'Witnesses', 'DisputeBond'),
	]);
	assert.equal(eveHeldBefore, BOND);
	assert.equal(eveHeldAfter, 0n);
	assert.equal(eveAfter - eveBefore, 2n * BOND, 'Eve gets her bond and Ferdie\'s');

	// The final decision and every member of every round, with its round.
	const finalized = findEvent(records, 'witnesses', 'RequestFinalized');
	assert.ok(finalized, `no RequestFinalized; events: ${eventNames(records)}`);
	assert.equal(eventField(finalized, 'id', 0).toNumber(), request);
	const outcome = eventField(finalized, 'outcome', 3);
	assert.equal(outcome.verdict.toString(), 'Rejected');
	assert.equal(outcome.score.unwrap().toNumber(), APPEAL_SCORE);
	assert.deepEqual(
		outcome.participants.map((p) => [p.round.toNumber(), accountHex(p.who), p.seats.toNumber(), p.reveal.unwrap().verdict.isTrue, p.agreed.isTrue]).sort(),
		[
			...panel.map(({ who, seats }) => [0, who, seats, true, false]),
			...appealPanel.map(({ who, seats }) => [1, who, seats, false, true]),
		].sort(),
		'round 0 approved and dissented, round 1 rejected and agreed',
	);

	// Every member of round 0 loses DissentSlash of its bond per seat, from its WitnessBond
	// hold; nobody of round 1 is slashed.
	const slashes = eventsOfRequest(records, 'witnesses', 'WitnessSlashed', request);
	assert.equal(slashes.length, panel.length, 'one slash per member of round 0');
	const slashOf = new Map();
	for (const { who, seats, pair } of panel) {
		const [bondBefore, info] = await Promise.all([
			heldAt(api, parent, pair, 'Witnesses', 'WitnessBond'),
			(await api.at(parent)).query.witnesses.witnesses(pair.address),
		]);
		assert.equal(info.unwrap().bond.toBigInt(), bondBefore, 'the stored bond is the held one');
		const [slash] = eventsFor(slashes, who);
		assert.ok(slash, `${pair.address} is slashed`);
		assert.equal(eventField(slash, 'reason', 3).toString(), 'Dissent');
		const amount = eventField(slash, 'amount', 2).toBigInt();
		assert.equal(amount, dissentSlashOf(seats, bondBefore), `${pair.address}: ${seats} seats × DissentSlash of ${bondBefore}`);
		slashOf.set(who, amount);
	}
	const totalSlashed = [...slashOf.values()].reduce((sum, amount) => sum + amount, 0n);
	assert.equal(totalSlashed, dissentSlashOf(SEATS, WITNESS_BOND), 'three seats\' worth of slashes of untouched bonds');

	// Round 1's coherent members share the appeal fee by seats; nothing else is paid to anyone
	// for this request (no round-0 member earned the reward or the dispute's panel share).
	const feeShares = sharesBySeats(fee, appealPanel);
	const feePaid = [...feeShares.values()].reduce((sum, share) => sum + share, 0n);
	const rewarded = eventsOfRequest(records, 'witnesses', 'WitnessRewarded', request);
	assert.equal(sumAmounts(rewarded), feePaid, 'only the appeal fee is paid out');
	for (const { pair } of witnesses) {
		const who = accountHex(pair);
		const share = feeShares.get(who) ?? 0n;
		const slash = slashOf.get(who) ?? 0n;
		assert.equal(sumAmounts(eventsFor(rewarded, who)), share, `${pair.address}'s fee share`);
		const [freeBefore, freeAfter, heldBefore, heldAfter, info] = await Promise.all([
			freeAt(api, parent, pair),
			freeAt(api, hash, pair),
			heldAt(api, parent, pair, 'Witnesses', 'WitnessBond'),
			heldAt(api, hash, pair, 'Witnesses', 'WitnessBond'),
			(await api.at(hash)).query.witnesses.witnesses(pair.address),
		]);
		assert.equal(freeAfter - freeBefore, share, `${pair.address}'s free balance rose by its fee share`);
		assert.equal(heldBefore - heldAfter, slash, `${pair.address}'s bond fell by its slash`);
		assert.equal(info.unwrap().bond.toBigInt(), heldAfter, `${pair.address}'s stored bond is the held one`);
		assert.equal(info.unwrap().pending.toNumber(), 0, `${pair.address} has nothing pending`);
	}

	// The appeal changed the decision standing when it was made: the appellant is reimbursed
	// what its fee paid out, from the slashes, and gets the unpaid fee and its deposit back.
	const reimbursements = eventsOfRequest(records, 'witnesses', 'AppellantReimbursed', request);
	assert.equal(reimbursements.length, 1, `events: ${eventNames(records)}`);
	const [reimbursement] = reimbursements;
	assert.equal(eventField(reimbursement, 'round', 1).toNumber(), 1);
	assert.equal(accountHex(eventField(reimbursement, 'who', 2)), accountHex(appellant));
	const reimbursed = eventField(reimbursement, 'amount', 3).toBigInt();
	assert.equal(reimbursed, feePaid < totalSlashed ? feePaid : totalSlashed, 'min(fee paid out, slashes)');
	const [appellantBefore, appellantAfter, appellantHeldBefore, appellantHeldAfter, appellantTotal] = await Promise.all([
		freeAt(api, parent, appellant),
		freeAt(api, hash, appellant),
		appealHolds(parent),
		appealHolds(hash),
		totalAt(api, hash, appellant),
	]);
	assert.deepEqual(appellantHeldBefore, { fee, deposit: consts.appealDeposit });
	assert.deepEqual(appellantHeldAfter, { fee: 0n, deposit: 0n });
	assert.equal(appellantAfter - appellantBefore, reimbursed + (fee - feePaid) + consts.appealDeposit);
	// Over the whole appeal it lost only the extrinsic's fee (and whatever the slashes could not
	// reimburse of what its fee paid).
	assert.equal(appellantTotal, APPELLANT_FUNDS - state.appealTxFee - (feePaid - reimbursed));

	// The reward, earned by nobody, returns to Ferdie; the performance is rejected with
	// RejectionSlash of its deposit to the treasury.
	const returned = eventsOfRequest(records, 'witnesses', 'RewardReturned', request);
	assert.equal(returned.length, 1, `events: ${eventNames(records)}`);
	assert.equal(accountHex(eventField(returned[0], 'requester', 1)), accountHex(ferdie));
	assert.equal(eventField(returned[0], 'amount', 2).toBigInt(), REWARD);
	const rejected = findEvent(records, 'performance', 'PerformanceRejected');
	assert.ok(rejected, `no PerformanceRejected; events: ${eventNames(records)}`);
	assert.equal(eventField(rejected, 'id', 0).toNumber(), id);
	assert.equal(accountHex(eventField(rejected, 'athlete', 1)), accountHex(ferdie));
	const rejectionSlash = eventField(rejected, 'slashed', 2).toBigInt();
	assert.equal(rejectionSlash, perbillOf(consts.rejectionSlash, consts.performanceDeposit));

	// The treasury gets the slashes the appellant was not reimbursed from, the rejection's, and
	// its share of the fees paid in the block.
	const [treasuryBefore, treasuryAfter] = await Promise.all([freeAt(api, parent, TREASURY), freeAt(api, hash, TREASURY)]);
	assert.equal(treasuryAfter - treasuryBefore, totalSlashed - reimbursed + rejectionSlash + blockFeeShares(records).treasury);

	// Ferdie gets back the request deposit and the reward; the unslashed performance deposit
	// stays held until the record is reaped;
	// his bond and the rejection's slash left his account.
	const [ferdieBefore, ferdieAfter, ferdieTotalBefore, ferdieTotalAfter, held] = await Promise.all([
		freeAt(api, parent, ferdie),
		freeAt(api, hash, ferdie),
		totalAt(api, parent, ferdie),
		totalAt(api, hash, ferdie),
		claimHolds(hash),
	]);
	// The rejected record keeps the rest of its deposit held until it is reaped (ReapDelay
	// after the outcome).
	assert.equal(ferdieAfter - ferdieBefore, consts.requestDeposit + REWARD);
	assert.equal(ferdieTotalBefore - ferdieTotalAfter, BOND + rejectionSlash);
	assert.deepEqual(held, {
		performanceDeposit: consts.performanceDeposit - rejectionSlash,
		requestDeposit: 0n,
		reward: 0n,
		claimBond: 0n,
	});

	// The performance is rejected, and the request, its claim, rounds and appeal left storage.
	const [atParent, atSettlement] = await Promise.all([api.at(parent), api.at(hash)]);
	const performance = (await atSettlement.query.performance.performances(id)).unwrap();
	assert.ok(performance.status.isRejected, `status: ${performance.status.toString()}`);
	assert.equal(performance.deposit.toBigInt(), consts.performanceDeposit - rejectionSlash, 'the unslashed deposit stays held until the record is reaped');
	assert.ok((await atParent.query.witnesses.requests(request)).isSome, 'open until that block');
	for (const [name, query] of [
		['requests', (at) => at.query.witnesses.requests(request)],
		['claims', (at) => at.query.witnesses.claims(request)],
		['rounds', (at) => at.query.witnesses.rounds(request)],
		['pastRounds', (at) => at.query.witnesses.pastRounds(request, 0)],
		['appeals', (at) => at.query.witnesses.appeals(request, 1)],
	]) {
		assert.ok((await query(atSettlement)).isNone, `witnesses.${name} of the request left storage`);
	}
});
