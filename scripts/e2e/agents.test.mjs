// End-to-end check of Proof of Training (`pallet-agents`) on a real `arete-node --dev`, driven by
// Polkadot.js and raw JSON-RPC as a dApp would.
//
// Bob, Charlie and Dave bond as witnesses for every domain and Alice builds the roster of the
// agents domain ("agents\0\0"). Ferdie, One and Two register translation agents at 2, 1 and 3
// ARETE a call; each registration holds the stake and the agent's deposit and opens an
// evaluation in the verification engine. The three panels (three seats each, drawn among the
// witnesses, never the provider) run in the same rounds: the drawn members commit to their
// scores (9.000 for Ferdie's agent, 8.000 for the others), reveal them, and after the appeal
// window every capability is listed with its score and each reputation moves a tenth of the way
// from 50 % towards it (54 %, 53 %, 53 %). `agents_best` ranks by reputation in whole percent
// (Ferdie first though dearer), then by price, then, once Two matches One's price, by stake;
// `maxPrice` filters, and bad input is a JSON-RPC error -32602.
//
// A client hires the route's primary (Ferdie) with its fallbacks; Ferdie delivers within the
// SLA and, after the dispute window, Alice settles the job: Ferdie receives exactly the price
// less 5 %, the evaluation pot 5 %, and the client pays exactly the price plus its fee. Eve
// hires Ferdie as well, disputes the delivered result, and the panel drawn for the dispute
// (never Eve or Ferdie) upholds the breach: twice the price is slashed from Ferdie's stake to
// Eve, who ends exactly at her balance before the job less her fees and the panel's reward plus
// the penalty. Ferdie's reputation records the slash, and below its required stake his agent
// is no longer routed to.
//
// Run with: NODE_BIN=... node --test scripts/e2e/agents.test.mjs

import assert from 'node:assert/strict';
import { after, before } from 'node:test';

import { Keyring } from '@polkadot/keyring';
import { compactAddLength, hexToU8a, stringToU8a, u8aConcat, u8aToHex } from '@polkadot/util';
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
	eventsOf,
	feeOf,
	findEvent,
	findEventAfter,
	freeAt,
	heldAt,
	numberOf,
	palletAccountHex,
	panelMembers,
	parentOf,
	perbillOf,
	rotateRoster,
	sendByWitness,
	signAndSendInOrder,
	signAndWaitFinalized,
	submitOk,
	totalAt,
	waitForDraw,
} from './lib/api.mjs';
import { NODE_START_TIMEOUT_MS, DevNode, assertRpcError, suiteSteps, withNodeLog } from './lib/node.mjs';

const MINUTE = 60_000;
const INVALID_PARAMS = -32602;
/** Each witness's bond. */
const BOND = 1_000n * ARETE;
/** The runtime's `AgentsDomain`, "agents\0\0". */
const AGENTS_DOMAIN = '0x6167656e74730000';
/** The evaluation pot: the account of `PalletId(*b"ar/agent")`. */
const POT = palletAccountHex('ar/agent');
const CAPABILITY = 'translate';
const SLA = { maxLatencyMs: 2_000, minQuality: 7_000 };
/** What Alice gives the client of the paid job, its only funds. */
const CLIENT_FUNDS = 100n * ARETE;
/** The most the clients pay a call: above every listed price, so the escrow is partly refunded. */
const MAX_PRICE = 5n * ARETE;
/** Perbill parts of the whole. */
const PERBILL = 1_000_000_000n;

let node;
let api;
let alice;
let eve;
/** The client of the paid job: a fresh account whose balance moves only through this suite. */
let client;
/** Bob, Charlie and Dave. */
let witnesses;
/** The providers and their agents: price, stake and the score their panels give them. */
let providers;
let ferdie;
/** Runtime constants, read once connected (BigInt amounts, numbers for blocks). */
let consts;

/** What the steps learn along the way. */
const state = {};

/** One step of this suite; once a step fails the later ones are skipped (lib/node.mjs). */
const e2eTest = suiteSteps(() => node);

/** `agents_*` over HTTP JSON-RPC (Polkadot.js does not know the custom methods). */
function agentsRpc(method, ...params) {
	return node.rpc(`agents_${method}`, params);
}

/** A fresh 32-byte salt, as hex: a witness uses a new one for every request. */

/** `Perbill::from_rational(score, MaxScore)` as parts. */
function sampleOf(score) {
	return (BigInt(score) * PERBILL) / BigInt(consts.maxScore);
}

/** The pallet's moving average: `current` (parts) moved `ReputationSmoothing` towards `sample`. */
function smoothed(current, sample) {
	return perbillOf(PERBILL - consts.smoothing, current) + perbillOf(consts.smoothing, sample);
}

/** The subject of a dispute over `result` of job `job`: blake2_256 of SCALE((b"arete/agents/dispute", job, result)). */
function disputeSubject(job, result) {
	const id = new Uint8Array(8);
	new DataView(id.buffer).setBigUint64(0, BigInt(job), true);
	return blake2AsHex(u8aConcat(compactAddLength(stringToU8a('arete/agents/dispute')), id, hexToU8a(result)), 256);
}

/** A drawn panel's members (`waitForDraw`'s) among Bob, Charlie and Dave, none of `excluded`. */
function panelOf(drawn, excluded) {
	return panelMembers(drawn, witnesses.map(({ pair }) => pair), consts.seats, excluded);
}

/** Sends `call(panel, member)` from each member of each panel of `panels` (see `sendByWitness`). */
function sendByWitnesses(panels, call, expected) {
	return sendByWitness(api, witnesses.map(({ pair }) => pair), panels, call, expected);
}

/** The `witnesses.RoundDecided` of `request`, in the first blocks after `revealDeadline`. */
function roundDecided(request, revealDeadline) {
	return findEventAfter(api, node, revealDeadline, 'witnesses', 'RoundDecided', 5, (event) => eventField(event, 'id', 0).toNumber() === request);
}

/** The sum of the `amount` fields of the `witnesses.<method>` events of `request` among `records`. */
function paidFor(records, method, request) {
	return eventsOf(records, 'witnesses', method)
		.filter((event) => eventField(event, 'id', 0).toNumber() === request)
		.reduce((sum, event) => sum + eventField(event, 'amount', 2).toBigInt(), 0n);
}

before(async () => {
	await cryptoWaitReady();
	const keyring = new Keyring({ type: 'sr25519', ss58Format: SS58_PREFIX });
	alice = keyring.addFromUri('//Alice');
	eve = keyring.addFromUri('//Eve');
	client = keyring.addFromUri('//AgentsClient');
	witnesses = ['//Bob', '//Charlie', '//Dave'].map((uri) => ({ pair: keyring.addFromUri(uri) }));
	providers = [
		{ name: 'Ferdie', pair: keyring.addFromUri('//Ferdie'), price: 2n * ARETE, stake: 100n * ARETE, score: 9_000 },
		{ name: 'One', pair: keyring.addFromUri('//One'), price: 1n * ARETE, stake: 100n * ARETE, score: 8_000 },
		{ name: 'Two', pair: keyring.addFromUri('//Two'), price: 3n * ARETE, stake: 150n * ARETE, score: 8_000 },
	];
	[ferdie] = providers;

	node = await DevNode.start();
	await withNodeLog(node, () => node.waitForRpc());
	await withNodeLog(node, async () => {
		api = await connectApi(node.wsUrl);
	});
	const agents = api.consts.agents;
	consts = {
		agentDeposit: agents.agentDeposit.toBigInt(),
		minStake: agents.minStakePerCapability.toBigInt(),
		maxScore: agents.maxScore.toNumber(),
		seats: agents.evaluationSeats.toNumber(),
		evaluationReward: agents.evaluationReward.toBigInt(),
		commitPeriod: agents.evaluationCommitPeriod.toNumber(),
		revealPeriod: agents.evaluationRevealPeriod.toNumber(),
		appealPeriod: agents.evaluationAppealPeriod.toNumber(),
		smoothing: agents.reputationSmoothing.toBigInt(),
		initialReputation: agents.initialReputation.toBigInt(),
		jobDeposit: agents.jobDeposit.toBigInt(),
		resultTimeout: agents.resultTimeout.toNumber(),
		disputeWindow: agents.disputeWindow.toNumber(),
		breachMultiplier: agents.breachMultiplier.toBigInt(),
		minBreachPenalty: agents.minBreachPenalty.toBigInt(),
		protocolShare: agents.protocolShare,
		disputeSeats: agents.disputeSeats.toNumber(),
		disputeReward: agents.disputeReward.toBigInt(),
		requestDeposit: api.consts.witnesses.requestDeposit.toBigInt(),
		drawDelay: api.consts.witnesses.drawDelay.toNumber(),
	};
}, { timeout: NODE_START_TIMEOUT_MS + MINUTE });

after(async () => {
	await api?.disconnect().catch(() => {});
	await node?.cleanup();
});

e2eTest('three witnesses bond for every domain and Alice builds the agents domain\'s roster', 3 * MINUTE, async () => {
	// The runtime's terms (runtime/src/configs/agents.rs), which the amounts below rely on.
	assert.deepEqual(
		[consts.seats, api.consts.agents.evaluationMinSeats.toNumber(), consts.commitPeriod, consts.revealPeriod, consts.appealPeriod, consts.disputeSeats],
		[3, 3, 10, 5, 5, 3],
	);
	assert.deepEqual(
		[consts.agentDeposit, consts.minStake, consts.evaluationReward, consts.jobDeposit, consts.disputeReward, consts.minBreachPenalty],
		[ARETE, 100n * ARETE, ARETE, ARETE / 10n, ARETE, ARETE],
	);
	assert.deepEqual([consts.disputeWindow, consts.breachMultiplier, consts.protocolShare.toNumber()], [10, 2n, 50_000_000]);
	assert.equal(api.consts.agents.domain.toHex(), AGENTS_DOMAIN);

	await Promise.all([
		...witnesses.map(async ({ pair }) => {
			// No domains: the witness serves every domain, the agents domain included.
			const { events } = await submitOk(api.tx.witnesses.register('Judge', BOND, []), pair, { inBlock: true });
			assert.ok(findEvent(events, 'witnesses', 'WitnessRegistered'), `no WitnessRegistered; events: ${eventNames(events)}`);
		}),
		submitOk(api.tx.balances.transferKeepAlive(client.address, CLIENT_FUNDS), alice, { inBlock: true }),
	]);
	const eligible = await api.call.witnessesApi.eligibleWitnesses(AGENTS_DOMAIN);
	assert.equal(eligible.length, witnesses.length, 'the three witnesses serve the agents domain');
	// Panels are drawn from the domain's roster as of its last rotation (Alice's deposit for the
	// domain's first roster moves no balance checked below).
	const roster = await rotateRoster(api, node, AGENTS_DOMAIN, alice);
	assert.equal(roster.candidates, witnesses.length, 'the roster holds the three witnesses');
});

e2eTest('three providers register translation agents; each registration holds stake and deposit and opens an evaluation', 3 * MINUTE, async () => {
	// In parallel, so that the three evaluations run in the same rounds.
	await Promise.all(
		providers.map(async (provider, index) => {
			const { pair, price, stake } = provider;
			const metadata = blake2AsHex(`${provider.name}'s translation agent`, 256);
			const model = blake2AsHex(`translation model ${index}`, 256);
			const result = await submitOk(api.tx.agents.registerAgent(metadata, model, [CAPABILITY], price, SLA, stake), pair);
			const { events, blockHash } = result;
			const registered = findEvent(events, 'agents', 'AgentRegistered');
			assert.ok(registered, `no AgentRegistered; events: ${eventNames(events)}`);
			provider.id = eventField(registered, 'agent', 0).toNumber();
			assert.equal(accountHex(eventField(registered, 'provider', 1)), accountHex(pair));
			assert.equal(eventField(registered, 'stake', 2).toBigInt(), stake);

			const requested = findEvent(events, 'agents', 'EvaluationRequested');
			assert.ok(requested, `no EvaluationRequested; events: ${eventNames(events)}`);
			assert.equal(eventField(requested, 'agent', 0).toNumber(), provider.id);
			assert.equal(eventField(requested, 'capability', 1).toUtf8(), CAPABILITY);
			provider.request = eventField(requested, 'request', 2).toNumber();
			assert.equal(accountHex(eventField(requested, 'payer', 3)), accountHex(pair), 'the provider pays its evaluation');
			// The engine's drawn request in the agents domain, the panel's reward paid by the provider.
			const opened = findEvent(events, 'witnesses', 'RequestOpened');
			assert.ok(opened, `no RequestOpened; events: ${eventNames(events)}`);
			assert.equal(eventField(opened, 'id', 0).toNumber(), provider.request);
			assert.equal(eventField(opened, 'domain', 1).toHex(), AGENTS_DOMAIN);
			assert.equal(accountHex(eventField(opened, 'requester', 3)), accountHex(pair));
			assert.equal(eventField(opened, 'reward', 4).toBigInt(), consts.evaluationReward);
			provider.registeredAt = await numberOf(api, blockHash);
			provider.drawAt = eventField(opened, 'drawAt', 5).unwrap().toNumber();
			assert.equal(provider.drawAt, provider.registeredAt + consts.drawDelay);

			// Held: the stake and the agent's deposit, and the evaluation's reward and request
			// deposit in the engine; the free balance paid exactly those and the fee.
			const [agentStake, agentDeposit, reward, requestDeposit, freeBefore, freeAfter] = await Promise.all([
				heldAt(api, blockHash, pair, 'Agents', 'AgentStake'),
				heldAt(api, blockHash, pair, 'Agents', 'AgentDeposit'),
				heldAt(api, blockHash, pair, 'Witnesses', 'RequestReward'),
				heldAt(api, blockHash, pair, 'Witnesses', 'RequestDeposit'),
				freeAt(api, await parentOf(api, blockHash), pair),
				freeAt(api, blockHash, pair),
			]);
			assert.deepEqual([agentStake, agentDeposit, reward, requestDeposit], [stake, consts.agentDeposit, consts.evaluationReward, consts.requestDeposit]);
			assert.equal(freeBefore - freeAfter, stake + consts.agentDeposit + consts.evaluationReward + consts.requestDeposit + feeOf(events));

			const agent = await agentsRpc('agent', provider.id, blockHash);
			assert.deepEqual(agent, {
				id: provider.id,
				provider: pair.address,
				metadata,
				model,
				price: String(price),
				sla: SLA,
				stake: String(stake),
				committed: '0',
				deposit: String(consts.agentDeposit),
				status: 'active',
				unbondingUntil: null,
				capabilities: [{ tag: CAPABILITY, listed: false, score: null, evaluatedAt: null, pending: provider.request }],
				registeredAt: provider.registeredAt,
			});
			const reputation = await agentsRpc('reputation', provider.id);
			assert.equal(BigInt(reputation.score), consts.initialReputation);
			assert.deepEqual([reputation.evaluations, reputation.jobsServed, reputation.jobsFailed, reputation.slashes, reputation.history], [0, 0, 0, 0, []]);
		}),
	);
	assert.deepEqual(providers.map(({ id }) => id).sort(), [0, 1, 2]);
	// Nothing is listed before its evaluation.
	assert.deepEqual(await agentsRpc('best', CAPABILITY, String(10n * ARETE), 16), { ranked: [], primary: null, fallbacks: [] });
});

e2eTest('the chain draws each evaluation\'s panel among the witnesses, never the provider; the drawn members commit their scores', 3 * MINUTE, async () => {
	for (const provider of providers) {
		const drawn = await waitForDraw(api, node, provider.request, provider.drawAt, alice);
		provider.members = panelOf(drawn, providers.map(({ pair }) => pair));
		provider.commitDeadline = drawn.commitDeadline;
		provider.revealDeadline = drawn.revealDeadline;
		assert.equal(drawn.commitDeadline, drawn.number + consts.commitPeriod, 'the commit window counts from the draw');
		assert.equal(drawn.revealDeadline, drawn.commitDeadline + consts.revealPeriod);
	}
	// A witness may sit on several panels (and hold several seats on one): it commits to each
	// request with its own salt, the commitment bound to the domain, the request and itself.
	const panels = providers.map(({ request, members, score }) => ({ request, members, score }));
	await sendByWitnesses(
		panels,
		({ request, score }, { pair, salt }) => api.tx.witnesses.commit(request, commitmentOf(AGENTS_DOMAIN, request, pair, true, score, salt)),
		'Committed',
	);
});

e2eTest('the panels reveal; after the appeal window each capability is listed with its score and reputations move', 5 * MINUTE, async () => {
	// The reveal phase starts in the block after the commit deadline.
	await node.waitForBest(Math.max(...providers.map(({ commitDeadline }) => commitDeadline)), { timeoutMs: 3 * MINUTE });
	const panels = providers.map(({ request, members, score }) => ({ request, members, score }));
	await sendByWitnesses(panels, ({ request, score }, { salt }) => api.tx.witnesses.reveal(request, true, score, salt), 'Revealed');

	await Promise.all(
		providers.map(async (provider) => {
			const { pair, id, request, score, stake } = provider;
			const decided = await roundDecided(request, provider.revealDeadline);
			assert.equal(eventField(decided.event, 'verdict', 2).toString(), 'Approved');
			assert.equal(eventField(decided.event, 'score', 3).unwrap().toNumber(), score);
			const appealUntil = eventField(decided.event, 'appealUntil', 4).toNumber();
			assert.equal(appealUntil, decided.number + consts.appealPeriod);

			// Final after the appeal window: the outcome reaches the agents pallet in that block.
			const listed = await findEventAfter(api, node, appealUntil, 'agents', 'CapabilityListed', 5, (event) => eventField(event, 'agent', 0).toNumber() === id);
			const { records, hash, number } = listed;
			assert.equal(eventField(listed.event, 'capability', 1).toUtf8(), CAPABILITY);
			assert.equal(eventField(listed.event, 'score', 2).toNumber(), score);
			assert.ok(
				eventsOf(records, 'witnesses', 'RequestFinalized').some((event) => eventField(event, 'id', 0).toNumber() === request),
				`request ${request} is final in block ${number}`,
			);
			provider.reputation = smoothed(consts.initialReputation, sampleOf(score));
			const updated = eventsOf(records, 'agents', 'ReputationUpdated').find((event) => eventField(event, 'agent', 0).toNumber() === id);
			assert.ok(updated, `no ReputationUpdated of agent ${id}; events: ${eventNames(records)}`);
			assert.equal(eventField(updated, 'reputation', 1).toBigInt(), provider.reputation);

			// The coherent members were paid the reward by seats; the rounding's remainder went back.
			const paid = paidFor(records, 'WitnessRewarded', request);
			const returned = paidFor(records, 'RewardReturned', request);
			assert.equal(paid + returned, consts.evaluationReward);
			assert.ok(returned < BigInt(consts.seats), `only the rounding is returned: ${returned}`);

			// The engine released its holds; stake and deposit stay held.
			const held = await Promise.all([
				heldAt(api, hash, pair, 'Agents', 'AgentStake'),
				heldAt(api, hash, pair, 'Agents', 'AgentDeposit'),
				heldAt(api, hash, pair, 'Witnesses', 'RequestReward'),
				heldAt(api, hash, pair, 'Witnesses', 'RequestDeposit'),
			]);
			assert.deepEqual(held, [stake, consts.agentDeposit, 0n, 0n]);
			const agent = await agentsRpc('agent', id, hash);
			assert.deepEqual(agent.capabilities, [{ tag: CAPABILITY, listed: true, score, evaluatedAt: number, pending: null }]);
			const reputation = await agentsRpc('reputation', id, hash);
			assert.equal(BigInt(reputation.score), provider.reputation);
			assert.equal(reputation.evaluations, 1);
		}),
	);
	// 9.000 and 8.000 of 10.000 from 50 %: 54 % and 53 %.
	assert.deepEqual(providers.map(({ reputation }) => reputation), [540_000_000n, 530_000_000n, 530_000_000n]);
});

e2eTest('agents_best ranks by whole-percent reputation, then price, then stake; maxPrice filters; bad input is -32602', 3 * MINUTE, async () => {
	const [, one, two] = providers;
	const ranked = (provider) => ({
		agent: provider.id,
		provider: provider.pair.address,
		price: String(provider.price),
		stake: String(provider.stake),
		reputation: Number(provider.reputation),
		score: provider.score,
		sla: SLA,
	});
	// Ferdie's 54 % ranks first though he is dearer; One and Two, both at 53 %, by price.
	const route = await agentsRpc('best', CAPABILITY, String(10n * ARETE), 16);
	assert.deepEqual(route, { ranked: [ferdie, one, two].map(ranked), primary: ferdie.id, fallbacks: [one.id, two.id] });
	// `limit` truncates; a JSON number is a price too.
	assert.deepEqual(await agentsRpc('best', CAPABILITY, Number(10n * ARETE), 1), { ranked: [ranked(ferdie)], primary: ferdie.id, fallbacks: [] });
	// A price ceiling leaves out the dearer agents: at 2 ARETE Two (3 ARETE), one planck less Ferdie too.
	assert.deepEqual(await agentsRpc('best', CAPABILITY, String(ferdie.price), 16), { ranked: [ranked(ferdie), ranked(one)], primary: ferdie.id, fallbacks: [one.id] });
	assert.deepEqual(await agentsRpc('best', CAPABILITY, String(ferdie.price - 1n), 16), { ranked: [ranked(one)], primary: one.id, fallbacks: [] });
	assert.deepEqual(await agentsRpc('best', CAPABILITY, '0', 16), { ranked: [], primary: null, fallbacks: [] });
	assert.deepEqual(await agentsRpc('best', 'summarize', String(10n * ARETE), 16), { ranked: [], primary: null, fallbacks: [] });

	await assertRpcError(agentsRpc('best', '', '1', 16), INVALID_PARAMS, /capability: empty/);
	await assertRpcError(agentsRpc('best', 'x'.repeat(33), '1', 16), INVALID_PARAMS, /capability: longer than 32 bytes/);
	await assertRpcError(agentsRpc('best', CAPABILITY, '-1', 16), INVALID_PARAMS, /maxPrice: not a non-negative integer/);
	await assertRpcError(agentsRpc('best', CAPABILITY, '1.5', 16), INVALID_PARAMS, /maxPrice: not a non-negative integer/);
	assert.equal(await agentsRpc('agent', 999), null);
	assert.equal(await agentsRpc('reputation', 999), null);

	// Two lowers its price to One's: at equal reputation and price, the higher stake ranks first.
	const agent = await agentsRpc('agent', two.id);
	const { events } = await submitOk(api.tx.agents.updateAgent(two.id, agent.metadata, one.price, SLA), two.pair, { inBlock: true });
	const updated = findEvent(events, 'agents', 'AgentUpdated');
	assert.ok(updated, `no AgentUpdated; events: ${eventNames(events)}`);
	assert.equal(eventField(updated, 'price', 1).toBigInt(), one.price);
	two.price = one.price;
	state.route = await agentsRpc('best', CAPABILITY, String(MAX_PRICE), 16);
	assert.deepEqual(state.route, { ranked: [ferdie, two, one].map(ranked), primary: ferdie.id, fallbacks: [two.id, one.id] });
});

e2eTest('two clients hire the route\'s primary with its fallbacks; Ferdie delivers both within the SLA; Eve disputes hers', 3 * MINUTE, async () => {
	const agents = [state.route.primary, ...state.route.fallbacks];
	state.penalty = ferdie.price * consts.breachMultiplier > consts.minBreachPenalty ? ferdie.price * consts.breachMultiplier : consts.minBreachPenalty;
	assert.equal(state.penalty, 4n * ARETE);
	const [paid, disputed] = await Promise.all(
		[[client, 'a paragraph to translate'], [eve, 'another paragraph to translate']].map(async ([who, text]) => {
			const input = blake2AsHex(text, 256);
			const { events, blockHash } = await submitOk(api.tx.agents.openJob(CAPABILITY, input, agents, MAX_PRICE), who, { inBlock: true });
			const opened = findEvent(events, 'agents', 'JobOpened');
			assert.ok(opened, `no JobOpened; events: ${eventNames(events)}`);
			const job = eventField(opened, 'job', 0).toNumber();
			assert.equal(accountHex(eventField(opened, 'client', 1)), accountHex(who));
			assert.equal(eventField(opened, 'maxPrice', 2).toBigInt(), MAX_PRICE);
			// The first eligible agent of the list takes it: the primary, at its own price.
			const assigned = findEvent(events, 'agents', 'JobAssigned');
			assert.ok(assigned, `no JobAssigned; events: ${eventNames(events)}`);
			assert.equal(eventField(assigned, 'job', 0).toNumber(), job);
			assert.equal(eventField(assigned, 'agent', 1).toNumber(), ferdie.id);
			assert.equal(eventField(assigned, 'price', 2).toBigInt(), ferdie.price);
			const number = await numberOf(api, blockHash);
			assert.equal(eventField(assigned, 'deadline', 3).toNumber(), number + consts.resultTimeout);
			// The escrow and the job's deposit are held from the client.
			const held = await Promise.all([heldAt(api, blockHash, who, 'Agents', 'JobEscrow'), heldAt(api, blockHash, who, 'Agents', 'JobDeposit')]);
			assert.deepEqual(held, [MAX_PRICE, consts.jobDeposit]);
			return { who, job, openedHash: blockHash, openFee: feeOf(events), result: blake2AsHex(`translation of ${text}`, 256) };
		}),
	);
	state.paid = paid;
	state.disputed = disputed;
	// Each job commits its breach penalty from Ferdie's stake.
	assert.equal((await agentsRpc('agent', ferdie.id)).committed, String(2n * state.penalty));

	// Ferdie delivers both, faster than his SLA's 2 seconds.
	const delivered = await signAndSendInOrder(
		api,
		[paid, disputed].map(({ job, result }, index) => api.tx.agents.submitResult(job, result, 1_500 - 300 * index)),
		ferdie.pair,
	);
	for (const [index, { job, result }] of [paid, disputed].entries()) {
		const { events, blockHash, dispatchError } = delivered[index];
		assert.equal(dispatchError, undefined, `submitResult(${job}): ${describeDispatchError(dispatchError)}`);
		const submitted = findEvent(events, 'agents', 'ResultSubmitted');
		assert.ok(submitted, `no ResultSubmitted; events: ${eventNames(events)}`);
		assert.equal(eventField(submitted, 'result', 2).toHex(), result);
		const stored = (await (await api.at(blockHash)).query.agents.jobs(job)).unwrap();
		assert.ok(stored.status.isDelivered, `job ${job}: ${stored.status.toString()}`);
		const windowEnd = stored.status.asDelivered.windowEnd.toNumber();
		assert.equal(windowEnd, (await numberOf(api, blockHash)) + consts.disputeWindow);
		[paid, disputed][index].windowEnd = windowEnd;
	}

	// Eve disputes within the window; a settlement before the window closes is refused.
	const [dispute, early] = await Promise.all([
		submitOk(api.tx.agents.disputeJob(disputed.job), eve),
		signAndWaitFinalized(api.tx.agents.settleJob(paid.job), alice),
	]);
	assert.match(describeDispatchError(early.dispatchError), /^agents\.WindowOpen/);
	const { events, blockHash } = dispute;
	disputed.disputeFee = feeOf(events);
	const event = findEvent(events, 'agents', 'JobDisputed');
	assert.ok(event, `no JobDisputed; events: ${eventNames(events)}`);
	assert.equal(eventField(event, 'job', 0).toNumber(), disputed.job);
	disputed.request = eventField(event, 'request', 1).toNumber();
	// The engine's request on the disputed result, paid by Eve: its panel decides whether the
	// SLA was breached.
	const opened = findEvent(events, 'witnesses', 'RequestOpened');
	assert.ok(opened, `no RequestOpened; events: ${eventNames(events)}`);
	assert.equal(eventField(opened, 'id', 0).toNumber(), disputed.request);
	assert.equal(eventField(opened, 'domain', 1).toHex(), AGENTS_DOMAIN);
	disputed.subject = disputeSubject(disputed.job, disputed.result);
	assert.equal(eventField(opened, 'subject', 2).toHex(), disputed.subject);
	assert.equal(accountHex(eventField(opened, 'requester', 3)), accountHex(eve));
	assert.equal(eventField(opened, 'reward', 4).toBigInt(), consts.disputeReward);
	disputed.drawAt = eventField(opened, 'drawAt', 5).unwrap().toNumber();
	const held = await Promise.all([heldAt(api, blockHash, eve, 'Witnesses', 'RequestReward'), heldAt(api, blockHash, eve, 'Witnesses', 'RequestDeposit')]);
	assert.deepEqual(held, [consts.disputeReward, consts.requestDeposit]);
	const stored = (await (await api.at(blockHash)).query.agents.jobs(disputed.job)).unwrap();
	assert.ok(stored.status.isDisputed, `job ${disputed.job}: ${stored.status.toString()}`);
});

e2eTest('the dispute\'s panel is drawn among the witnesses, never Eve or Ferdie, and commits to upholding the breach', 3 * MINUTE, async () => {
	const { disputed } = state;
	const drawn = await waitForDraw(api, node, disputed.request, disputed.drawAt, alice);
	disputed.members = panelOf(drawn, [eve, ferdie.pair]);
	disputed.commitDeadline = drawn.commitDeadline;
	disputed.revealDeadline = drawn.revealDeadline;
	// Approving the dispute upholds the breach; a dispute carries no score.
	await sendByWitnesses(
		[{ request: disputed.request, members: disputed.members }],
		({ request }, { pair, salt }) => api.tx.witnesses.commit(request, commitmentOf(AGENTS_DOMAIN, request, pair, true, null, salt)),
		'Committed',
	);
});

e2eTest('after the dispute window Alice settles the first job: Ferdie gets the price less 5 %, the pot 5 %, the client pays exactly the price', 3 * MINUTE, async () => {
	const { paid } = state;
	// The window's last block is `windowEnd`: a settlement sent now lands after it.
	await node.waitForBest(paid.windowEnd);
	const { events, blockHash } = await submitOk(api.tx.agents.settleJob(paid.job), alice);
	const settled = findEvent(events, 'agents', 'JobSettled');
	assert.ok(settled, `no JobSettled; events: ${eventNames(events)}`);
	const protocol = perbillOf(consts.protocolShare, ferdie.price);
	assert.equal(protocol, ferdie.price / 20n, '5 %');
	assert.equal(eventField(settled, 'job', 0).toNumber(), paid.job);
	assert.equal(eventField(settled, 'agent', 1).unwrap().toNumber(), ferdie.id);
	assert.equal(eventField(settled, 'end', 2).toString(), 'Served');
	assert.deepEqual(
		['paid', 'protocol', 'refunded', 'compensation'].map((name, index) => eventField(settled, name, index + 3).toBigInt()),
		[ferdie.price - protocol, protocol, MAX_PRICE - ferdie.price, 0n],
	);

	const parent = await parentOf(api, blockHash);
	const [ferdieBefore, ferdieAfter, potBefore, potAfter, clientBefore, clientAfter] = await Promise.all([
		freeAt(api, parent, ferdie.pair),
		freeAt(api, blockHash, ferdie.pair),
		totalAt(api, parent, POT),
		totalAt(api, blockHash, POT),
		freeAt(api, await parentOf(api, paid.openedHash), client),
		freeAt(api, blockHash, client),
	]);
	assert.equal(ferdieAfter - ferdieBefore, ferdie.price - protocol, 'Ferdie receives the price less the protocol share');
	assert.equal(potAfter - potBefore, protocol, 'the evaluation pot receives the protocol share');
	// From before the job to its settlement the client paid the price and its one fee; escrow
	// and deposit are released.
	assert.equal(clientBefore - clientAfter, ferdie.price + paid.openFee);
	const held = await Promise.all([heldAt(api, blockHash, client, 'Agents', 'JobEscrow'), heldAt(api, blockHash, client, 'Agents', 'JobDeposit')]);
	assert.deepEqual(held, [0n, 0n]);
	assert.ok((await (await api.at(blockHash)).query.agents.jobs(paid.job)).isNone, 'the settled job left storage');

	// The other job still commits its penalty; a served job counts but does not move reputation.
	assert.equal((await agentsRpc('agent', ferdie.id, blockHash)).committed, String(state.penalty));
	const reputation = await agentsRpc('reputation', ferdie.id, blockHash);
	assert.equal(BigInt(reputation.score), ferdie.reputation);
	assert.deepEqual([reputation.jobsServed, reputation.jobsFailed], [1, 0]);
});

e2eTest('the panel reveals and upholds the breach: Ferdie\'s stake is slashed to Eve, exactly', 5 * MINUTE, async () => {
	const { disputed, penalty } = state;
	await node.waitForBest(disputed.commitDeadline, { timeoutMs: 3 * MINUTE });
	await sendByWitnesses(
		[{ request: disputed.request, members: disputed.members }],
		({ request }, { salt }) => api.tx.witnesses.reveal(request, true, null, salt),
		'Revealed',
	);
	const decided = await roundDecided(disputed.request, disputed.revealDeadline);
	assert.equal(eventField(decided.event, 'verdict', 2).toString(), 'Approved');
	assert.ok(eventField(decided.event, 'score', 3).isNone, 'a dispute has no score');
	const appealUntil = eventField(decided.event, 'appealUntil', 4).toNumber();

	const final = await findEventAfter(api, node, appealUntil, 'agents', 'JobSettled', 5, (event) => eventField(event, 'job', 0).toNumber() === disputed.job);
	const { records, hash, number } = final;
	const settled = final.event;
	assert.equal(eventField(settled, 'agent', 1).unwrap().toNumber(), ferdie.id);
	assert.equal(eventField(settled, 'end', 2).toString(), 'Breached');
	assert.deepEqual(
		['paid', 'protocol', 'refunded', 'compensation'].map((name, index) => eventField(settled, name, index + 3).toBigInt()),
		[0n, 0n, MAX_PRICE, penalty],
	);
	const slashed = findEvent(records, 'agents', 'AgentSlashed');
	assert.ok(slashed, `no AgentSlashed; events: ${eventNames(records)}`);
	assert.equal(eventField(slashed, 'agent', 0).toNumber(), ferdie.id);
	assert.equal(eventField(slashed, 'amount', 1).toBigInt(), penalty);
	assert.equal(eventField(slashed, 'subject', 2).toHex(), disputed.subject);
	// A breach is a zero sample: 54 % moves a tenth of the way to 0.
	const reputation = smoothed(ferdie.reputation, 0n);
	assert.equal(reputation, 486_000_000n);
	const updated = eventsOf(records, 'agents', 'ReputationUpdated').find((event) => eventField(event, 'agent', 0).toNumber() === ferdie.id);
	assert.ok(updated, `no ReputationUpdated; events: ${eventNames(records)}`);
	assert.equal(eventField(updated, 'reputation', 1).toBigInt(), reputation);

	// The panel's reward went to its members by seats, the rounding's remainder back to Eve.
	const rewards = paidFor(records, 'WitnessRewarded', disputed.request);
	const returned = paidFor(records, 'RewardReturned', disputed.request);
	assert.equal(rewards + returned, consts.disputeReward);
	assert.ok(returned < BigInt(consts.disputeSeats), `only the rounding is returned: ${returned}`);

	// Eve, from before her job to its end: her two fees and the panel's reward paid, the
	// penalty received; escrow, job deposit and the engine's deposit all came back.
	const parent = await parentOf(api, hash);
	const [eveBefore, eveAfter, ferdieBefore, ferdieAfter, ...held] = await Promise.all([
		freeAt(api, await parentOf(api, disputed.openedHash), eve),
		freeAt(api, hash, eve),
		totalAt(api, parent, ferdie.pair),
		totalAt(api, hash, ferdie.pair),
		heldAt(api, hash, eve, 'Agents', 'JobEscrow'),
		heldAt(api, hash, eve, 'Agents', 'JobDeposit'),
		heldAt(api, hash, eve, 'Witnesses', 'RequestReward'),
		heldAt(api, hash, eve, 'Witnesses', 'RequestDeposit'),
		heldAt(api, hash, ferdie.pair, 'Agents', 'AgentStake'),
	]);
	assert.equal(eveAfter - eveBefore, penalty - disputed.openFee - disputed.disputeFee - consts.disputeReward + returned);
	assert.equal(ferdieBefore - ferdieAfter, penalty, 'the penalty left Ferdie\'s stake');
	assert.deepEqual(held, [0n, 0n, 0n, 0n, ferdie.stake - penalty]);
	assert.ok((await (await api.at(hash)).query.agents.jobs(disputed.job)).isNone, 'the decided job left storage');

	const agent = await agentsRpc('agent', ferdie.id, hash);
	assert.deepEqual([agent.stake, agent.committed], [String(ferdie.stake - penalty), '0']);
	assert.deepEqual(await agentsRpc('reputation', ferdie.id, hash), {
		score: Number(reputation),
		evaluations: 1,
		jobsServed: 1,
		jobsFailed: 1,
		trainingProofs: 0,
		slashed: String(penalty),
		slashes: 1,
		history: [{ at: number, amount: String(penalty), subject: disputed.subject }],
	});
	// Below its required stake, Ferdie's agent is no longer routed to.
	const [, one, two] = providers;
	const route = await agentsRpc('best', CAPABILITY, String(MAX_PRICE), 16, hash);
	assert.deepEqual(route.ranked.map(({ agent: id }) => id), [two.id, one.id]);
	assert.deepEqual([route.primary, route.fallbacks], [two.id, [one.id]]);
});
