// End-to-end check of Proof of Performance on a real `arete-node --dev`, driven by Polkadot.js
// and raw JSON-RPC as a dApp would: Ferdie registers as a HackySack athlete with a Nostr key,
// Bob, Charlie and Dave bond as witnesses and Alice rotates the performance domain's roster so
// that they can be drawn, Eve sponsors a challenge, Ferdie submits a trick, two fans stake on
// opposite outcomes before the lock, the chain draws the three seats of the trick's panel among
// the witnesses a few blocks after the submission (one witness may hold several), the drawn
// witnesses commit (bound to the request's domain, the request and themselves) and reveal
// approving scores, and the chain verifies the trick by itself (the witnesses' idle hook) after
// the reveal deadline. The consensus score (by seats), the rewards (by seats), the challenge
// prize (claimed pull-wise after the verification, here by Alice: it moves from Eve's escrow
// hold to Ferdie), the prediction settlement and claims (payouts + fee = pool), and the node's
// custom `performance_*` RPC (leaderboard, history, profile, Nostr NIP-01 event, bad input) are
// checked.
//
// Run with: NODE_BIN=... node --test scripts/e2e/performance.test.mjs

import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before } from 'node:test';

import { Keyring } from '@polkadot/keyring';
import { u8aToHex } from '@polkadot/util';
import { cryptoWaitReady, secp256k1PairFromSeed } from '@polkadot/util-crypto';

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
	findFinalEvent,
	freeAt,
	numberOf,
	parentOf,
	rotateRoster,
	signAndWaitFinalized,
	submitOk,
	totalAt,
	waitForDraw,
} from './lib/api.mjs';
import { NODE_START_TIMEOUT_MS, DevNode, assertRpcError, suiteSteps, withNodeLog } from './lib/node.mjs';

const MINUTE = 60_000;
const BOND = 1_000n * ARETE;
/** Seats of a performance's drawn panel (the runtime's `PanelSeats`). */
const SEATS = 3;
/** Ferdie pays this to his panel's three seats (1 ARETE a seat). */
const REWARD = 3n * ARETE;
/** Eve's escrow for one prize. */
const ESCROW = 50n * ARETE;
const FAN_FUNDS = 100n * ARETE;
const SUCCESS_STAKE = 10n * ARETE;
const FAILURE_STAKE = 20n * ARETE;
/** The runtime's prediction fee: 5 % of the losing side. */
const FEE_PERCENT = 5n;
/** Thousandths: a claimed 8.000, difficulty 7.500, execution 8.500. */
const METRICS = { score: 8_000, difficulty: 7_500, execution: 8_500 };
/** A CIDv1 of the trick's video. */
const EVIDENCE = 'bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi';
const TAGS = ['hackysack', 'trick'];
/** Golden Gate Park, in micro-degrees. */
const LOCATION = { coordinates: { lat: 37_769_421, lon: -122_486_214 }, venue: 'Golden Gate Park' };
/** The runtime's `PerformanceDomain`, "perform\0", the witness domain of performances. */
const PERFORM_DOMAIN = '0x706572666f726d00';

let node;
let api;
let alice;
let eve;
let ferdie;
/** The fans who stake on the trick: one on success, one on failure. */
let winnerFan;
let loserFan;
/** Ferdie's Nostr identity: the x-only (BIP-340) public key of a fixed secp256k1 key, bare hex. */
let nostrKey;
/** The witnesses, with the attestation each makes if drawn: all approve, with close scores. */
let witnesses;

/** What the tests learn along the way: ids, deadlines, blocks, the drawn panel, the consensus. */
const state = {};

/** One step of this suite; once a step fails the later ones are skipped (lib/node.mjs). */
const e2eTest = suiteSteps(() => node);

/**
 * The engine's weighted lower median of `[score, votes]` pairs: the smallest score at which the
 * votes of the scores up to it reach half of all votes. A drawn panel votes by seat.
 */
function weightedLowerMedian(pairs) {
	const sorted = [...pairs].sort(([a], [b]) => a - b);
	const total = sorted.reduce((sum, [, votes]) => sum + votes, 0);
	let cumulative = 0;
	for (const [score, votes] of sorted) {
		cumulative += votes;
		if (cumulative >= total - cumulative) return score;
	}
	return sorted.at(-1)?.[0];
}

/** `performance_*` over HTTP JSON-RPC (Polkadot.js does not know the custom methods). */
function performanceRpc(method, ...params) {
	return node.rpc(`performance_${method}`, params);
}

/** What `who` holds at `blockHash` as challenge escrow (`Performance`'s `ChallengeEscrow`), as a BigInt. */
async function escrowAt(blockHash, who) {
	const apiAt = await api.at(blockHash);
	const holds = await apiAt.query.balances.holds(who.address);
	return holds
		.filter((hold) => hold.id.type === 'Performance' && hold.id.value.type === 'ChallengeEscrow')
		.reduce((sum, hold) => sum + hold.amount.toBigInt(), 0n);
}

const sha256Hex = (text) => createHash('sha256').update(text, 'utf8').digest('hex');

before(async () => {
	await cryptoWaitReady();
	const keyring = new Keyring({ type: 'sr25519', ss58Format: SS58_PREFIX });
	alice = keyring.addFromUri('//Alice');
	eve = keyring.addFromUri('//Eve');
	ferdie = keyring.addFromUri('//Ferdie');
	// Fresh accounts: their balances move only through this test.
	winnerFan = keyring.addFromUri('//PerformanceFanSuccess');
	loserFan = keyring.addFromUri('//PerformanceFanFailure');
	nostrKey = u8aToHex(secp256k1PairFromSeed(new Uint8Array(32).fill(7)).publicKey.slice(1), -1, false);
	witnesses = [
		{ pair: keyring.addFromUri('//Bob'), score: 8_000 },
		{ pair: keyring.addFromUri('//Charlie'), score: 8_200 },
		{ pair: keyring.addFromUri('//Dave'), score: 8_100 },
	];
	for (const witness of witnesses) {
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

e2eTest('an athlete registers, three witnesses bond and enter the roster, Eve sponsors a challenge, two fans are funded', 3 * MINUTE, async () => {
	const best = await node.bestNumber();
	state.challengeDeadline = best + 1_000;
	await Promise.all([
		(async () => {
			const { events } = await submitOk(api.tx.performance.registerAthlete('Ferdie', ['hackysack'], `0x${nostrKey}`), ferdie);
			assert.ok(findEvent(events, 'performance', 'AthleteRegistered'), `no AthleteRegistered; events: ${eventNames(events)}`);
		})(),
		...witnesses.map(async ({ pair }) => {
			// Empty domains: the witness serves every domain, performances included.
			const { events } = await submitOk(api.tx.witnesses.register('Peer', BOND, []), pair);
			assert.ok(findEvent(events, 'witnesses', 'WitnessRegistered'), `no WitnessRegistered; events: ${eventNames(events)}`);
		}),
		(async () => {
			const criteria = {
				sport: 'hackysack',
				minScore: 7_000,
				minDifficulty: 5_000,
				minLevel: 'Local',
				deadline: state.challengeDeadline,
				winners: 1,
			};
			const { events } = await submitOk(api.tx.performance.createChallenge(criteria, ESCROW), eve);
			const created = findEvent(events, 'performance', 'ChallengeCreated');
			assert.ok(created, `no ChallengeCreated; events: ${eventNames(events)}`);
			state.challenge = eventField(created, 'id', 0).toNumber();
			assert.equal(eventField(created, 'prize', 3).toBigInt(), ESCROW);
		})(),
		submitOk(
			api.tx.utility.batchAll([
				api.tx.balances.transferKeepAlive(winnerFan.address, FAN_FUNDS),
				api.tx.balances.transferKeepAlive(loserFan.address, FAN_FUNDS),
			]),
			alice,
		),
	]);

	const eligible = await api.call.witnessesApi.eligibleWitnesses(PERFORM_DOMAIN);
	assert.equal(eligible.length, 3, 'the three witnesses serve the performance domain');
	// Panels are drawn from the domain's roster as of its last rotation: Alice rotates it now
	// that the three are registered (the domain's first roster holds her deposit; none of the
	// balances checked below is hers).
	const roster = await rotateRoster(api, node, PERFORM_DOMAIN, alice);
	assert.equal(roster.candidates, witnesses.length, 'the roster holds the three witnesses');

	const profile = await performanceRpc('athlete', ferdie.address);
	assert.equal(profile.account, ferdie.address);
	assert.equal(profile.name, 'Ferdie');
	assert.deepEqual(profile.sports, ['hackysack']);
	assert.equal(profile.level, 'local');
	assert.equal(profile.nostrKey, `0x${nostrKey}`);
	assert.equal(profile.deposit, String(ARETE));
	assert.deepEqual([profile.verified, profile.pending, profile.history], [0, 0, []]);
	// Unregistered accounts have no profile.
	assert.equal(await performanceRpc('athlete', winnerFan.address), null);
});

e2eTest('Ferdie submits a trick; the fans stake before the lock, the chain draws the panel and the drawn witnesses commit', 3 * MINUTE, async () => {
	const trick = {
		sport: 'hackysack',
		metrics: METRICS,
		location: LOCATION,
		competition: null,
		evidence: EVIDENCE,
		related: null,
		tags: TAGS,
	};
	// Nobody names the panel: the engine draws three seats among the roster's witnesses (here
	// Bob, Charlie and Dave), never Ferdie, a few blocks after the submission.
	const submitted = await submitOk(api.tx.performance.submitPerformance(ferdie.address, trick, REWARD), ferdie);
	const event = findEvent(submitted.events, 'performance', 'PerformanceSubmitted');
	assert.ok(event, `no PerformanceSubmitted; events: ${eventNames(submitted.events)}`);
	state.id = eventField(event, 'id', 0).toNumber();
	state.request = eventField(event, 'request', 3).toNumber();
	const opened = findEvent(submitted.events, 'witnesses', 'RequestOpened');
	assert.ok(opened, `no RequestOpened; events: ${eventNames(submitted.events)}`);
	assert.equal(eventField(opened, 'id', 0).toNumber(), state.request);
	// Commitments are bound to the request's domain: the performance pallet's "perform\0".
	state.domain = eventField(opened, 'domain', 1).toU8a();
	assert.equal(u8aToHex(state.domain), PERFORM_DOMAIN);
	assert.ok(!findEvent(submitted.events, 'witnesses', 'PanelSelected'), 'the panel is not chosen at submission');
	state.submittedAt = await numberOf(api, submitted.blockHash);
	const drawAt = eventField(opened, 'drawAt', 5).unwrap().toNumber();
	assert.equal(drawAt, state.submittedAt + api.consts.witnesses.drawDelay.toNumber());

	// The chain draws the panel at block drawAt (or, if the blocks had no room, Alice draws it
	// with `advance`). Pools open once the panel exists (nobody could be drawn after staking)
	// and lock PredictionLockPeriod blocks after submission; the fans stake while the drawn
	// witnesses commit. The commit window counts from the draw; only drawn witnesses may
	// commit, and one the draw left out is refused.
	const drawn = await waitForDraw(api, node, state.request, drawAt, alice);
	assert.equal(drawn.members.reduce((sum, { seats }) => sum + seats, 0), SEATS);
	state.panel = drawn.members.map(({ who, seats }) => {
		const witness = witnesses.find(({ pair }) => accountHex(pair) === who);
		assert.ok(witness, `${who} is one of the three witnesses, never Ferdie`);
		return { ...witness, seats };
	});
	state.commitDeadline = drawn.commitDeadline;
	state.revealDeadline = drawn.revealDeadline;
	const [success, failure] = await Promise.all([
		submitOk(api.tx.performance.predict(state.id, 'Success', SUCCESS_STAKE), winnerFan),
		submitOk(api.tx.performance.predict(state.id, 'Failure', FAILURE_STAKE), loserFan),
		Promise.all(
			witnesses.map(async (witness) => {
				const { pair, score, salt } = witness;
				const commit = api.tx.witnesses.commit(state.request, commitmentOf(state.domain, state.request, pair, true, score, salt));
				if (state.panel.some((member) => member.pair === pair)) {
					const { events } = await submitOk(commit, pair);
					assert.ok(findEvent(events, 'witnesses', 'Committed'), `no Committed; events: ${eventNames(events)}`);
				} else {
					const refused = await signAndWaitFinalized(commit, pair);
					assert.match(describeDispatchError(refused.dispatchError), /^witnesses\.NotOnPanel/);
				}
			}),
		),
	]);
	// The consensus score is the median of the drawn witnesses' scores by seats (all three
	// scores lie within the engine's clip range of it, 10 % of the scale, so none is an
	// outlier).
	state.consensus = weightedLowerMedian(state.panel.map(({ score, seats }) => [score, seats]));
	for (const [result, side, amount] of [[success, 'Success', SUCCESS_STAKE], [failure, 'Failure', FAILURE_STAKE]]) {
		const predicted = findEvent(result.events, 'performance', 'Predicted');
		assert.ok(predicted, `no Predicted; events: ${eventNames(result.events)}`);
		assert.equal(eventField(predicted, 'side', 2).toString(), side);
		assert.equal(eventField(predicted, 'amount', 3).toBigInt(), amount);
	}
	const lockAt = (await api.query.performance.predictionPools(state.id)).unwrap().lockAt.toNumber();
	assert.ok((await api.rpc.chain.getHeader(success.blockHash)).number.toNumber() < lockAt, 'staked before the lock');

	// Pending: the RPC shows the request, and there is no Nostr event yet.
	const pending = await performanceRpc('performance', state.id);
	assert.deepEqual(pending.status, { state: 'pending', request: state.request });
	// Until verified, a performance lists no witnesses (the panel is the engine's).
	assert.deepEqual(pending.witnesses, []);
	assert.equal(await performanceRpc('nostrEvent', state.id), null);
});

// While the witnesses wait for the reveal phase (this test's two blocks cost no wall time).
e2eTest('bad RPC input is a JSON-RPC error and the node keeps producing blocks', 2 * MINUTE, async () => {
	const INVALID_PARAMS = -32602;
	await assertRpcError(performanceRpc('leaderboard', 'hackysack', 'galactic'), INVALID_PARAMS, /unknown level/);
	await assertRpcError(performanceRpc('leaderboard', '', 'local'), INVALID_PARAMS, /invalid sport: empty/);
	await assertRpcError(performanceRpc('leaderboard', 'x'.repeat(33), 'local'), INVALID_PARAMS, /at most 32/);
	await assertRpcError(performanceRpc('leaderboard', 'Hacky Sack', 'local'), INVALID_PARAMS, /lowercase slug/);
	await assertRpcError(performanceRpc('athlete', 'not-an-address'), INVALID_PARAMS, /invalid account/);
	await assertRpcError(performanceRpc('athleteHistory', '0x1234'), INVALID_PARAMS, /invalid account/);
	// A wrongly typed id is refused by jsonrpsee's own parameter parsing, with the same code.
	await assertRpcError(performanceRpc('performance', 'seven'), INVALID_PARAMS, /./);
	// An unknown block hash is a runtime API failure, with its own code.
	await assertRpcError(performanceRpc('performance', state.id, `0x${'11'.repeat(32)}`), 8001, /runtime API call failed/);

	const best = await node.bestNumber();
	await node.waitForBest(best + 2);
	assert.ok(node.isRunning, 'the node is still running');
});

e2eTest('the drawn witnesses reveal approving scores after the commit deadline', 3 * MINUTE, async () => {
	// The reveal phase starts in the block after the commit deadline.
	await node.waitForBest(state.commitDeadline);
	await Promise.all(
		state.panel.map(async ({ pair, score, salt }) => {
			const { events } = await submitOk(api.tx.witnesses.reveal(state.request, true, score, salt), pair);
			assert.ok(findEvent(events, 'witnesses', 'Revealed'), `no Revealed; events: ${eventNames(events)}`);
		}),
	);
});

e2eTest('the chain verifies the trick and settles the predictions; the challenge prize awaits its claim', 4 * MINUTE, async () => {
	// The witnesses' idle hook tallies the round in the first block after the reveal deadline
	// that has room, and finalizes the request after the appeal window; the outcome handler
	// runs in that block.
	const found = await findFinalEvent(api, node, state.revealDeadline, 'performance', 'PerformanceVerified');
	const { records } = found;
	state.verifiedHash = found.hash;
	const verified = findEvent(records, 'performance', 'PerformanceVerified');
	assert.equal(eventField(verified, 'id', 0).toNumber(), state.id);
	assert.equal(accountHex(eventField(verified, 'athlete', 1)), accountHex(ferdie));
	assert.equal(eventField(verified, 'score', 2).toNumber(), state.consensus);
	// The engine's outcome lists each drawn witness with its seats.
	const finalized = findEvent(records, 'witnesses', 'RequestFinalized');
	assert.ok(finalized, `no RequestFinalized; events: ${eventNames(records)}`);
	assert.equal(eventField(finalized, 'id', 0).toNumber(), state.request);
	const participants = eventField(finalized, 'outcome', 3).participants.map((participant) => [accountHex(participant.who), participant.seats.toNumber()]);
	assert.deepEqual(participants.sort(), state.panel.map(({ pair, seats }) => [accountHex(pair), seats]).sort());

	// Challenges are claimed pull-wise: the verification pays none (next step).
	assert.ok(!findEvent(records, 'performance', 'ChallengePrizePaid'), 'no prize is paid at the verification');
	assert.ok((await api.query.performance.challengeEligibility(state.id)).isSome, 'a drawn panel verified it: it may claim prizes');

	// The pool settled for Success; the fee (5 % of the losing side) went to Ferdie and the
	// agreeing witnesses.
	const settled = findEvent(records, 'performance', 'PredictionsSettled');
	assert.ok(settled, `no PredictionsSettled; events: ${eventNames(records)}`);
	assert.equal(eventField(settled, 'performance', 0).toNumber(), state.id);
	const settlement = eventField(settled, 'settlement', 1);
	assert.ok(settlement.isWon, `settlement: ${settlement.toString()}`);
	assert.equal(settlement.asWon.side.toString(), 'Success');
	state.feePaid = eventField(settled, 'feePaid', 2).toBigInt();
	assert.equal(state.feePaid, (FAILURE_STAKE * FEE_PERCENT) / 100n);
	assert.equal(settlement.asWon.distributable.toBigInt(), FAILURE_STAKE - state.feePaid);
	const fees = eventsOf(records, 'performance', 'PredictionFeePaid');
	assert.equal(fees.reduce((sum, event) => sum + eventField(event, 'amount', 2).toBigInt(), 0n), state.feePaid);
	const athleteFee = fees
		.filter((event) => accountHex(eventField(event, 'who', 1)) === accountHex(ferdie))
		.reduce((sum, event) => sum + eventField(event, 'amount', 2).toBigInt(), 0n);
	assert.ok(athleteFee >= state.feePaid / 2n, `Ferdie's half of the fee at least: ${athleteFee}`);

	// Ferdie's total balance (holds included) rose by his fee share, less the rewards his
	// witnesses were paid from his hold, by seats; Eve's escrow is still held.
	const rewarded = eventsOf(records, 'witnesses', 'WitnessRewarded');
	assert.equal(rewarded.length, state.panel.length, 'every drawn witness agreed and was paid');
	for (const { pair, seats } of state.panel) {
		const paid = rewarded.find((event) => accountHex(eventField(event, 'who', 1)) === accountHex(pair));
		assert.ok(paid, `${pair.address} was not paid`);
		assert.equal(eventField(paid, 'amount', 2).toBigInt(), (REWARD * BigInt(seats)) / BigInt(SEATS), `${seats} of ${SEATS} seats`);
	}
	const rewards = rewarded.reduce((sum, event) => sum + eventField(event, 'amount', 2).toBigInt(), 0n);
	const returned = eventsOf(records, 'witnesses', 'RewardReturned').reduce((sum, event) => sum + eventField(event, 'amount', 2).toBigInt(), 0n);
	assert.equal(rewards + returned, REWARD);
	const parent = await parentOf(api, state.verifiedHash);
	state.beforeVerifiedHash = parent;
	const [ferdieBefore, ferdieAfter, eveBefore, eveAfter] = await Promise.all([
		totalAt(api, parent, ferdie),
		totalAt(api, state.verifiedHash, ferdie),
		totalAt(api, parent, eve),
		totalAt(api, state.verifiedHash, eve),
	]);
	assert.equal(ferdieAfter - ferdieBefore, athleteFee - rewards);
	assert.equal(eveAfter, eveBefore);
	assert.equal(await escrowAt(state.verifiedHash, eve), ESCROW);
});

e2eTest('anyone claims the challenge prize for the verified trick: it moves from Eve\'s escrow hold to Ferdie', 2 * MINUTE, async () => {
	// Alice claims (she pays the fee; none of the balances checked here is hers).
	const { events, blockHash } = await submitOk(api.tx.performance.claimChallenge(state.challenge, state.id), alice);
	const prize = findEvent(events, 'performance', 'ChallengePrizePaid');
	assert.ok(prize, `no ChallengePrizePaid; events: ${eventNames(events)}`);
	assert.equal(eventField(prize, 'id', 0).toNumber(), state.challenge);
	assert.equal(accountHex(eventField(prize, 'athlete', 1)), accountHex(ferdie));
	assert.equal(eventField(prize, 'performance', 2).toNumber(), state.id);
	assert.equal(eventField(prize, 'amount', 3).toBigInt(), ESCROW);
	assert.ok(findEvent(events, 'performance', 'ChallengeCompleted'), 'the only prize completes the challenge');

	// Exactly the prize, the whole escrow, left Eve's escrow hold (her free balance did not
	// move) and reached Ferdie's free balance.
	const parent = await parentOf(api, blockHash);
	const [eveEscrowBefore, eveEscrowAfter, eveFreeBefore, eveFreeAfter, ferdieBefore, ferdieAfter] = await Promise.all([
		escrowAt(parent, eve),
		escrowAt(blockHash, eve),
		freeAt(api, parent, eve),
		freeAt(api, blockHash, eve),
		freeAt(api, parent, ferdie),
		freeAt(api, blockHash, ferdie),
	]);
	assert.equal(eveEscrowBefore, ESCROW);
	assert.equal(eveEscrowAfter, 0n);
	assert.equal(eveFreeAfter, eveFreeBefore);
	assert.equal(ferdieAfter - ferdieBefore, ESCROW);

	const challenge = (await api.query.performance.challenges(state.challenge)).unwrap();
	assert.equal(challenge.status.toString(), 'Completed');
	assert.equal(challenge.paid.toNumber(), 1);
	assert.equal((await api.query.performance.challengeWinners(state.challenge, ferdie.address)).unwrap().toNumber(), state.id);
});

e2eTest('the winning fan claims stake plus winnings, the losing fan nothing: payouts + fee = pool', 2 * MINUTE, async () => {
	const [won, lost] = await Promise.all([
		submitOk(api.tx.performance.claimPrediction(state.id), winnerFan),
		submitOk(api.tx.performance.claimPrediction(state.id), loserFan),
	]);
	const payouts = [];
	for (const [result, fan] of [[won, winnerFan], [lost, loserFan]]) {
		const claimed = findEvent(result.events, 'performance', 'PredictionClaimed');
		assert.ok(claimed, `no PredictionClaimed; events: ${eventNames(result.events)}`);
		assert.equal(accountHex(eventField(claimed, 'who', 1)), accountHex(fan));
		const amount = eventField(claimed, 'amount', 2).toBigInt();
		payouts.push(amount);
		// The fan's free balance moved by exactly the payout and the entry's deposit, released
		// with it, less the claim's fee.
		const deposit = api.consts.performance.predictionDeposit.toBigInt();
		assert.equal(eventField(claimed, 'deposit', 3).toBigInt(), deposit);
		const parent = await parentOf(api, result.blockHash);
		const [before, after] = await Promise.all([freeAt(api, parent, fan), freeAt(api, result.blockHash, fan)]);
		assert.equal(after - before, amount + deposit - feeOf(result.events));
	}
	const [winnerPayout, loserPayout] = payouts;
	assert.equal(winnerPayout, SUCCESS_STAKE + FAILURE_STAKE - state.feePaid, 'stake plus the losing side less the fee');
	assert.equal(loserPayout, 0n);
	assert.equal(winnerPayout + loserPayout + state.feePaid, SUCCESS_STAKE + FAILURE_STAKE);
	assert.ok((await api.query.performance.predictionPools(state.id)).isNone, 'the claimed pool left storage');
});

e2eTest('the performance RPC serves the leaderboard, the history, the profile and the Nostr event', 2 * MINUTE, async () => {
	// The trick counts at Ferdie's level at submission: local.
	const leaderboard = await performanceRpc('leaderboard', 'hackysack', 'local');
	assert.deepEqual(leaderboard, [{ rank: 0, athlete: ferdie.address, performance: state.id, score: state.consensus }]);
	// Level names are case-insensitive; `at` reads an older block, before the verification.
	assert.deepEqual(await performanceRpc('leaderboard', 'hackysack', 'LOCAL', state.verifiedHash), leaderboard);
	assert.deepEqual(await performanceRpc('leaderboard', 'hackysack', 'local', state.beforeVerifiedHash), []);
	assert.deepEqual(await performanceRpc('leaderboard', 'hackysack', 'regional'), []);

	// Accounts may be given as hex as well as SS58 of any prefix.
	const history = await performanceRpc('athleteHistory', accountHex(ferdie));
	assert.equal(history.length, 1);
	const [record] = history;
	assert.deepEqual(record, await performanceRpc('performance', state.id));
	assert.equal(record.id, state.id);
	assert.equal(record.athlete, ferdie.address);
	assert.equal(record.submitter, ferdie.address);
	assert.equal(record.level, 'local');
	assert.equal(record.sport, 'hackysack');
	assert.deepEqual(record.metrics, METRICS);
	assert.deepEqual(record.location, { lat: LOCATION.coordinates.lat, lon: LOCATION.coordinates.lon, venue: LOCATION.venue });
	assert.equal(record.competition, null);
	assert.equal(record.evidence, EVIDENCE);
	assert.equal(record.related, null);
	assert.deepEqual(record.tags, TAGS);
	// The verified performance lists the drawn witnesses, once each whatever their seats.
	assert.deepEqual([...record.witnesses].sort(), state.panel.map(({ pair }) => pair.address).sort());
	assert.equal(record.submittedAt, state.submittedAt);
	assert.deepEqual(record.status, { state: 'verified', score: state.consensus });
	assert.equal(await performanceRpc('performance', state.id + 1_000), null);

	// A verified 8.000 to 8.200 moved Ferdie up one level, from local to regional.
	const generic = api.createType('AccountId', ferdie.publicKey).toString(); // prefix 42
	const profile = await performanceRpc('athlete', generic);
	assert.equal(profile.account, ferdie.address, 'rendered with prefix 1337');
	assert.equal(profile.level, 'regional');
	assert.deepEqual([profile.verified, profile.pending, profile.history], [1, 0, [state.id]]);
	assert.deepEqual(profile.personalBests, [{ sport: 'hackysack', score: state.consensus, performance: state.id }]);

	// The NIP-01 event: its id is the sha256 of the serialization computed here. Every string
	// is ASCII without control characters, so JSON.stringify is NIP-01's serialization.
	const nostr = await performanceRpc('nostrEvent', state.id);
	assert.deepEqual(Object.keys(nostr).sort(), ['content', 'created_at', 'id', 'kind', 'pubkey', 'sig', 'tags']);
	assert.equal(nostr.kind, 1337);
	assert.equal(nostr.pubkey, nostrKey);
	assert.equal(nostr.created_at, record.createdAt);
	assert.equal(nostr.sig, '');
	assert.match(nostr.id, /^[0-9a-f]{64}$/);
	const serialized = JSON.stringify([0, nostr.pubkey, nostr.created_at, nostr.kind, nostr.tags, nostr.content]);
	assert.equal(nostr.id, sha256Hex(serialized));
	assert.deepEqual(nostr.tags[0], ['p', nostrKey]);
	const witnessTags = nostr.tags.filter(([name]) => name === 'witness').map(([, value]) => `0x${value}`).sort();
	assert.deepEqual(witnessTags, state.panel.map(({ pair }) => accountHex(pair)).sort());
	assert.deepEqual(nostr.tags.filter(([name]) => name === 't'), [['t', 'hackysack'], ...TAGS.map((tag) => ['t', tag])]);
	assert.deepEqual(JSON.parse(nostr.content), {
		type: 'performance',
		sport: 'hackysack',
		metrics: { score: state.consensus / 1000, difficulty: METRICS.difficulty / 1000, execution: METRICS.execution / 1000 },
		location: { coordinates: [LOCATION.coordinates.lat / 1e6, LOCATION.coordinates.lon / 1e6], venue: LOCATION.venue },
		evidence: EVIDENCE,
	});
	// Not verified yet at the block before the verification.
	assert.equal(await performanceRpc('nostrEvent', state.id, state.beforeVerifiedHash), null);
});
