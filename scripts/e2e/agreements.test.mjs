// End-to-end check of tokenized event streams (`pallet-agreements`) on a real
// `arete-node --dev`, with every signature made in JavaScript by sr25519 key pairs as a client
// would make them: Alice registers an athlete and Bob a team, each participant's fresh key
// signing `SCALE((b"arete/agreements/v1/participant", genesis hash, account, kind, key))`;
// Alice proposes an employment agreement (a lifecycle written as JSON and encoded by
// `agreements_encodeLifecycle`) with both keys' consent signatures, and it activates at once
// under the id computed here; the team creates a stats group and a series whose policies are
// JSON encoded by the node's `agreements_encode*Policy`, and `agreements_validatePolicy`
// reports a broken policy's findings; the athlete's key signs a game event whose data
// `agreements_encodeData` encoded, Charlie submits it and pays the token's and the record's
// deposits, and the token, its hash chain (`agreements_tokenHistory`), the event queries and
// dry runs of a next event and of a replay are checked; malformed RPC input gets JSON-RPC
// errors while the node keeps going; finally the agreement's authenticated state: the token
// proven at a block by `agreements_getProof` verifies in JavaScript (lib/trie-proof.mjs)
// against that block's agreement root, which verifies against the block header's state root
// through `state_getReadProof`, while a tampered value or a later block's root (the token
// voided since) fails. About 2.5 minutes (nine extrinsics, each awaited to finality).
//
// Run with: NODE_BIN=... node --test --test-reporter=spec scripts/e2e/agreements.test.mjs

import assert from 'node:assert/strict';
import { after, before } from 'node:test';

import { Keyring } from '@polkadot/keyring';
import { hexToU8a, u8aConcat, u8aToHex } from '@polkadot/util';
import { blake2AsHex, cryptoWaitReady, randomAsU8a } from '@polkadot/util-crypto';

import {
	ZERO_HASH,
	agreementId,
	agreementsRpc as callAgreementsRpc,
	argType as metadataArgType,
	consentsTo,
	registerParticipant as registerWithProof,
	signedEvent as signedEventOf,
} from './lib/agreements.mjs';
import {
	SS58_PREFIX,
	connectApi,
	eventField,
	eventNames,
	findEvent,
	heldAt,
	parentOf,
	submitOk,
} from './lib/api.mjs';
import { NODE_START_TIMEOUT_MS, DevNode, assertRpcError, suiteSteps, withNodeLog } from './lib/node.mjs';
import { readProof, verifyProof } from './lib/trie-proof.mjs';

const MINUTE = 60_000;
const INVALID_PARAMS = -32602;
const RUNTIME_ERROR = 8001;
/** The guard fuel each event may use (the runtime allows up to a million). */
const FUEL_LIMIT = 100_000;
const ACTIVITY = 'GAME_PERFORMANCE';

/** The agreement's own lifecycle: active once everybody consented, ended by an `END` event. */
const LIFECYCLE = {
	dfa: {
		initial: 'ACTIVE',
		states: [
			{ id: 'ACTIVE', terminal: false, accepting: false },
			{ id: 'ENDED', terminal: true, accepting: true },
		],
		transitions: [
			{ from: null, to: 'ACTIVE', event: 'START', guard: null },
			{ from: 'ACTIVE', to: 'ENDED', event: 'END', guard: null },
		],
	},
	variables: [],
};

/**
 * The team's stats group: every game performance creates a non-fungible token in `RECORDED`,
 * if the athlete played at most 120 minutes (the creation's guard) and scored no negative
 * points (the group's validation rule); a recorded game can be voided. Quantities may grow
 * where the series agrees (AND).
 */
const GROUP_POLICY = {
	fungible: false,
	allowIncrease: true,
	allowDecrease: false,
	conflictResolution: 'AND',
	dfa: {
		initial: 'RECORDED',
		states: [
			{ id: 'RECORDED', terminal: false, accepting: true },
			{ id: 'VOID', terminal: true, accepting: true },
		],
		transitions: [
			{ from: null, to: 'RECORDED', event: ACTIVITY, guard: { '<=': [{ var: ['minutes_played'] }, 120] } },
			{ from: 'RECORDED', to: 'VOID', event: 'VOID', guard: null },
		],
	},
	validation: { '>=': [{ var: ['points'] }, 0] },
	variables: ['minutes_played', 'points'],
};

/** The season's series: editions, growth allowed (with the group's AND: behaviour 0010). */
const SERIES_POLICY = {
	fungible: false,
	allowIncrease: true,
	allowDecrease: false,
	dfa: null,
	validation: null,
	variables: [],
};

/** A group policy no token could live under: no creation, a guard reading an undeclared name. */
const BROKEN_POLICY = {
	fungible: false,
	allowIncrease: false,
	allowDecrease: false,
	conflictResolution: 'XOR',
	dfa: {
		initial: 'A',
		states: [{ id: 'A', accepting: true }, { id: 'B', accepting: true }],
		transitions: [{ from: 'A', to: 'B', event: 'x', guard: { '>': [{ var: 'undeclared' }, 1] } }],
	},
};

let node;
let api;
let alice;
let bob;
let charlie;
/** The participants' own keys (not accounts): fresh sr25519 pairs. */
let athleteKey;
let teamKey;

/** What the steps learn along the way. */
const state = {};

/** One step of this suite; once a step fails the later ones are skipped (lib/node.mjs). */
const e2eTest = suiteSteps(() => node);

/** `agreements_*` over HTTP JSON-RPC (Polkadot.js does not know the custom methods). */
function agreementsRpc(method, ...params) {
	return callAgreementsRpc(node, method, ...params);
}

/** The metadata's type of argument `index` of `agreements.<call>`, for `createType`. */
function argType(call, index) {
	return metadataArgType(api, call, index);
}

/**
 * `agreements.registerParticipant` for `owner` (who signs the extrinsic) with `key`'s proof of
 * `SCALE((b"arete/agreements/v1/participant", genesis hash, account, kind, key))`
 * (lib/agreements.mjs).
 */
function registerParticipant(owner, kind, key, name) {
	return registerWithProof(api, owner, kind, key, name);
}

/**
 * Event content for the athlete's stream with its hash and the athlete key's proof: the hash
 * is blake2_256(SCALE((b"arete/agreements/v1/event", content))) and every producer signs those
 * 32 bytes (lib/agreements.mjs). Returns the SCALE hex of the content and of the proofs, as
 * `submitEvent` and `agreements_dryRunEvent` take them.
 */
function signedEvent({ parent, ordinal, edition, data, activity = ACTIVITY, effects }) {
	return signedEventOf(api, {
		agreement: state.agreement,
		activity,
		parent,
		ordinal,
		data,
		sensitiveHash: blake2AsHex(`medical notes of game ${ordinal}`),
		effects: effects ?? [{ Mint: { series: state.series, quantity: 1, uniqueId: edition, attributes: blake2AsHex(`game ${ordinal}`), to: 'RECORDED' } }],
	}, [{ id: state.athlete, key: athleteKey }]);
}

before(async () => {
	await cryptoWaitReady();
	const keyring = new Keyring({ type: 'sr25519', ss58Format: SS58_PREFIX });
	alice = keyring.addFromUri('//Alice');
	bob = keyring.addFromUri('//Bob');
	charlie = keyring.addFromUri('//Charlie');
	athleteKey = keyring.addFromSeed(randomAsU8a(32));
	teamKey = keyring.addFromSeed(randomAsU8a(32));

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

e2eTest('an athlete (Alice) and a team (Bob) register participants proven by their own keys', 3 * MINUTE, async () => {
	const methods = (await node.rpc('rpc_methods')).methods;
	for (const method of ['participant', 'agreement', 'token', 'tokenHistory', 'events', 'dryRunEvent', 'encodeGroupPolicy', 'decodePolicy']) {
		assert.ok(methods.includes(`agreements_${method}`), `the node serves agreements_${method}`);
	}
	const [athlete, team] = await Promise.all([
		registerParticipant(alice, 'User', athleteKey, 'Alice the athlete'),
		registerParticipant(bob, 'Org', teamKey, 'Bob\'s team'),
	]);
	state.athlete = athlete.id;
	state.team = team.id;
	const deposit = api.consts.agreements.participantDeposit.toBigInt();
	assert.equal(await heldAt(api, athlete.blockHash, alice, 'Agreements', 'ParticipantDeposit'), deposit);
	assert.equal(await heldAt(api, team.blockHash, bob, 'Agreements', 'ParticipantDeposit'), deposit);

	assert.deepEqual(await agreementsRpc('participant', state.athlete), {
		id: state.athlete,
		owner: alice.address,
		kind: 'user',
		key: { scheme: 'sr25519', public: u8aToHex(athleteKey.publicKey) },
		nameHash: blake2AsHex('Alice the athlete'),
		metadataHash: blake2AsHex('Alice the athlete metadata'),
		deposit: String(deposit),
		agreements: 0,
	});
	const teamView = await agreementsRpc('participant', state.team);
	assert.equal(teamView.kind, 'org');
	assert.equal(teamView.owner, bob.address);
	assert.equal(await agreementsRpc('participant', 1_000), null);
});

e2eTest('Alice proposes the agreement with both consent signatures: it activates under the id computed in JavaScript', 2 * MINUTE, async () => {
	const lifecycle = await agreementsRpc('encodeLifecycle', LIFECYCLE);
	assert.deepEqual(await agreementsRpc('decodePolicy', lifecycle, 'lifecycle'), LIFECYCLE);
	const terms = api.createType(argType('proposeAgreement', 0), {
		left: [state.athlete],
		right: [state.team],
		kind: 'employment',
		lifecycle,
		metadataHash: blake2AsHex('season 2025 contract'),
		salt: u8aToHex(randomAsU8a(32)),
		consentDeadline: (await node.bestNumber()) + 100,
	});
	// id = blake2_256(SCALE((b"arete/agreements/v1/agreement", genesis hash, proposer, terms)));
	// each key signs SCALE((b"arete/agreements/v1/consent", id)) (lib/agreements.mjs).
	const id = agreementId(api, alice, terms);
	const consents = consentsTo(api, id, [{ id: state.athlete, key: athleteKey }, { id: state.team, key: teamKey }]);
	const { events, blockHash } = await submitOk(api.tx.agreements.proposeAgreement(terms, consents), alice);
	const activated = findEvent(events, 'agreements', 'AgreementActivated');
	assert.ok(activated, `no AgreementActivated; events: ${eventNames(events)}`);
	assert.equal(eventField(activated, 'id', 0).toHex(), id, 'the chain\'s id is the one computed here');
	assert.equal(eventField(activated, 'state', 1).unwrap().toUtf8(), 'ACTIVE');
	state.agreement = id;

	// The proposer holds the deposit plus a milli-ARETE per lifecycle byte.
	const lifecycleBytes = BigInt(hexToU8a(lifecycle).length);
	const deposit = api.consts.agreements.agreementDeposit.toBigInt() + api.consts.agreements.policyByteDeposit.toBigInt() * lifecycleBytes;
	assert.equal(await heldAt(api, blockHash, alice, 'Agreements', 'AgreementDeposit'), deposit);

	const view = await agreementsRpc('agreement', id);
	assert.equal(view.id, id);
	// Sorted in a copy: the view is compared whole below.
	assert.deepEqual([view.left, view.right, [...view.consented].sort()], [[state.athlete], [state.team], [state.athlete, state.team].sort()]);
	assert.equal(view.kind, 'employment');
	assert.equal(view.lifecycle, lifecycle);
	assert.deepEqual(view.status, { state: 'active' });
	assert.equal(view.state, 'ACTIVE');
	assert.equal(view.proposer, alice.address);
	assert.equal(view.deposit, String(deposit));
	assert.deepEqual(view.streams, []);
	// Ids are accepted in either case of hex.
	assert.deepEqual(await agreementsRpc('agreement', id.toUpperCase().replace('0X', '0x')), view);
	assert.equal(await agreementsRpc('agreement', ZERO_HASH), null);
});

e2eTest('the team creates a stats group and a series from JSON policies; a broken policy gets findings', 2 * MINUTE, async () => {
	const groupPolicy = await agreementsRpc('encodeGroupPolicy', GROUP_POLICY);
	const seriesPolicy = await agreementsRpc('encodeSeriesPolicy', SERIES_POLICY);
	// A document sent as text encodes the same.
	assert.equal(await agreementsRpc('encodeGroupPolicy', JSON.stringify(GROUP_POLICY)), groupPolicy);

	const good = await agreementsRpc('validatePolicy', groupPolicy, seriesPolicy);
	assert.deepEqual([good.decodable, good.valid, good.behavior], [true, true, '0010'], JSON.stringify(good));
	const broken = await agreementsRpc('validatePolicy', await agreementsRpc('encodeGroupPolicy', BROKEN_POLICY));
	assert.equal(broken.decodable, true);
	assert.equal(broken.valid, false);
	assert.ok(broken.findings.some((finding) => finding.startsWith('error:')), JSON.stringify(broken.findings));
	assert.ok(broken.findings.length >= 2, `no creation and an undeclared variable: ${JSON.stringify(broken.findings)}`);
	const garbage = await agreementsRpc('validatePolicy', '0x0102');
	assert.deepEqual([garbage.decodable, garbage.valid, garbage.findings], [false, false, []]);

	const created = await submitOk(api.tx.agreements.createGroup(state.agreement, state.team, groupPolicy, blake2AsHex('stats')), bob);
	const groupCreated = findEvent(created.events, 'agreements', 'GroupCreated');
	assert.ok(groupCreated, `no GroupCreated; events: ${eventNames(created.events)}`);
	state.group = eventField(groupCreated, 'id', 0).toNumber();
	const admitted = findEvent(created.events, 'agreements', 'MemberAdmitted');
	assert.ok(admitted, 'the owner agreement is a member from the start');
	state.membershipToken = eventField(admitted, 'token', 2).toNumber();

	const series = await submitOk(api.tx.agreements.createSeries(state.group, state.team, seriesPolicy, blake2AsHex('season 2025')), bob);
	const seriesCreated = findEvent(series.events, 'agreements', 'SeriesCreated');
	assert.ok(seriesCreated, `no SeriesCreated; events: ${eventNames(series.events)}`);
	state.series = eventField(seriesCreated, 'id', 0).toNumber();
	assert.equal(eventField(seriesCreated, 'behavior', 2).toNumber(), 0b0010);

	// Bob holds the group's and the series' deposits, a milli-ARETE per policy byte on top.
	const { consts } = api;
	const policyBytes = BigInt(hexToU8a(groupPolicy).length + hexToU8a(seriesPolicy).length);
	assert.equal(
		await heldAt(api, series.blockHash, bob, 'Agreements', 'GroupDeposit'),
		consts.agreements.groupDeposit.toBigInt() + consts.agreements.seriesDeposit.toBigInt() + consts.agreements.policyByteDeposit.toBigInt() * policyBytes,
	);

	const group = await agreementsRpc('group', state.group);
	assert.equal(group.owner, state.agreement);
	assert.equal(group.policy, groupPolicy);
	assert.equal(group.depositor, bob.address);
	assert.deepEqual(group.series, [state.series]);
	assert.deepEqual(group.members, [{ agreement: state.agreement, status: 'active' }]);
	// The stored policy reads back as the JSON it was written as.
	assert.deepEqual(await agreementsRpc('decodePolicy', group.policy, 'group'), GROUP_POLICY);
	const seriesView = await agreementsRpc('series', state.series);
	assert.deepEqual(
		[seriesView.group, seriesView.behavior, seriesView.supply, seriesView.tokens, seriesView.policy],
		[state.group, '0010', '0', 0, seriesPolicy],
	);
	assert.deepEqual(await agreementsRpc('decodePolicy', seriesPolicy, 'series'), SERIES_POLICY);
});

e2eTest('the athlete\'s key signs a game, Charlie submits it: a token, a record, their deposits and a linked history', 2 * MINUTE, async () => {
	const data = await agreementsRpc('encodeData', { minutes_played: 34, points: 21.5, opponent: 'Lakers' });
	const first = signedEvent({ parent: ZERO_HASH, ordinal: 1, edition: 1, data });
	state.first = first;
	const { events, blockHash } = await submitOk(api.tx.agreements.submitEvent(first.content, first.proofs, FUEL_LIMIT), charlie);

	const minted = findEvent(events, 'agreements', 'TokenMinted');
	assert.ok(minted, `no TokenMinted; events: ${eventNames(events)}`);
	state.token = eventField(minted, 'id', 0).toNumber();
	assert.equal(eventField(minted, 'class', 1).asSeries.toNumber(), state.series);
	assert.equal(eventField(minted, 'owner', 2).toHex(), state.agreement);
	assert.equal(eventField(minted, 'quantity', 3).toBigInt(), 1n);
	const recorded = findEvent(events, 'agreements', 'EventRecorded');
	assert.ok(recorded, `no EventRecorded; events: ${eventNames(events)}`);
	assert.equal(eventField(recorded, 'agreement', 0).toHex(), state.agreement);
	assert.equal(eventField(recorded, 'activity', 1).toUtf8(), ACTIVITY);
	assert.equal(eventField(recorded, 'ordinal', 2).toNumber(), 1);
	// By position: `data.hash` is the codec's own hash getter, not the field.
	assert.equal(recorded.data[3].toHex(), first.hash, 'the chain\'s event hash is the one signed here');
	const fuel = eventField(recorded, 'fuel', 4).toNumber();
	assert.ok(fuel > 0 && fuel <= FUEL_LIMIT, `the guard and the validation rule used fuel: ${fuel}`);

	// Charlie, the submitter, holds the token's and the record's deposits from this block on.
	const parent = await parentOf(api, blockHash);
	const tokenDeposit = api.consts.agreements.tokenDeposit.toBigInt();
	const eventDeposit = api.consts.agreements.eventDeposit.toBigInt();
	for (const [reason, amount] of [['TokenDeposit', tokenDeposit], ['EventDeposit', eventDeposit]]) {
		const [before, after] = await Promise.all([heldAt(api, parent, charlie, 'Agreements', reason), heldAt(api, blockHash, charlie, 'Agreements', reason)]);
		assert.equal(after - before, amount, reason);
	}

	const token = await agreementsRpc('token', state.token);
	assert.deepEqual(token, {
		id: state.token,
		class: { series: state.series },
		owner: state.agreement,
		quantity: '1',
		state: 'RECORDED',
		behavior: '0010',
		parentEvent: first.hash,
		generatedBy: first.hash,
		uniqueId: 1,
		origin: null,
		attributes: blake2AsHex('game 1'),
		depositor: charlie.address,
		deposit: String(tokenDeposit),
		created: token.created,
	});
	// The membership token and the game token.
	assert.deepEqual(await agreementsRpc('tokensOf', state.agreement), [state.membershipToken, state.token].sort((a, b) => a - b));
	assert.deepEqual(await agreementsRpc('tokensOf', state.agreement, state.token, 1), [state.token]);

	const history = await agreementsRpc('tokenHistory', state.token);
	assert.equal(history.complete, true, 'the chain reaches the mint');
	assert.equal(history.linked, true, 'every link checks');
	assert.deepEqual(history.token, token);
	assert.equal(history.events.length, 1);
	const [record] = history.events;
	assert.equal(record.hash, first.hash);
	assert.equal(record.agreement, state.agreement);
	assert.deepEqual([record.seq, record.ordinal, record.parent, record.activity], [0, 1, ZERO_HASH, ACTIVITY]);
	assert.equal(record.fuel, fuel);
	assert.equal(record.submitter, charlie.address);
	assert.equal(record.deposit, String(eventDeposit));
	assert.deepEqual(record.tokens, [{ token: state.token, class: { series: state.series }, previous: ZERO_HASH }]);
	assert.deepEqual(await agreementsRpc('event', first.hash), record);
	assert.deepEqual(await agreementsRpc('events', { agreement: state.agreement }), { events: [record], next: null });
	assert.deepEqual(await agreementsRpc('events', { group: state.group, series: state.series, activity: ACTIVITY }), { events: [record], next: null });
	assert.deepEqual(await agreementsRpc('events', { agreement: state.agreement, activity: 'VOID' }), { events: [], next: null });
	// A page of one ends where the next page would start.
	const firstPage = await agreementsRpc('events', { agreement: state.agreement, limit: 0 });
	assert.deepEqual(firstPage, { events: [], next: { agreement: state.agreement, seq: 0 } });
	assert.deepEqual(await agreementsRpc('events', { agreement: state.agreement, cursor: firstPage.next }), { events: [record], next: null });

	const agreement = await agreementsRpc('agreement', state.agreement);
	assert.deepEqual(agreement.streams, [{ activity: ACTIVITY, last: first.hash, ordinal: 1 }]);
	state.tokenBlock = blockHash;
});

e2eTest('dry runs: the next game would mint a token, a replay of the first is stale; nothing is kept', 2 * MINUTE, async () => {
	const data = await agreementsRpc('encodeData', { minutes_played: 90, points: 3 });
	const second = signedEvent({ parent: state.first.hash, ordinal: 2, edition: 2, data });
	const next = await agreementsRpc('dryRunEvent', charlie.address, second.contentHex, second.proofsHex, FUEL_LIMIT);
	assert.equal(next.wouldSucceed, true, JSON.stringify(next));
	assert.equal(next.error, null);
	assert.ok(next.fuelUsed > 0 && next.fuelUsed <= FUEL_LIMIT, `fuel: ${next.fuelUsed}`);
	assert.equal(next.tokens.length, 1);
	assert.deepEqual(next.tokens[0].class, { series: state.series });
	assert.equal(next.tokens[0].previous, ZERO_HASH, 'a minted token starts its chain');
	assert.ok(next.tokens[0].token > state.token);

	const replay = await agreementsRpc('dryRunEvent', charlie.address, state.first.contentHex, state.first.proofsHex, FUEL_LIMIT);
	assert.deepEqual(replay, { wouldSucceed: false, error: 'Module(Agreements::StaleState)', fuelUsed: 0, hostCalls: 0, tokens: [] });
	// A guard refusing: 130 minutes is more than the creation allows.
	const tooLong = signedEvent({ parent: state.first.hash, ordinal: 2, edition: 2, data: await agreementsRpc('encodeData', { minutes_played: 130, points: 0 }) });
	const refused = await agreementsRpc('dryRunEvent', charlie.address, tooLong.contentHex, tooLong.proofsHex, FUEL_LIMIT);
	assert.equal(refused.error, 'Module(Agreements::PolicyViolation)', JSON.stringify(refused));
	// The dry runs left nothing behind.
	assert.equal(await agreementsRpc('token', next.tokens[0].token), null);
	const agreement = await agreementsRpc('agreement', state.agreement);
	assert.deepEqual(agreement.streams, [{ activity: ACTIVITY, last: state.first.hash, ordinal: 1 }]);
	// At the block before the game, the token did not exist yet.
	assert.equal(await agreementsRpc('token', state.token, await parentOf(api, state.tokenBlock)), null);
});

e2eTest('malformed RPC input is a JSON-RPC error and the node keeps producing blocks', 2 * MINUTE, async () => {
	await assertRpcError(agreementsRpc('agreement', '0x1234'), INVALID_PARAMS, /invalid agreement: 2 bytes, expected 32/);
	await assertRpcError(agreementsRpc('agreement', 'not hex'), INVALID_PARAMS, /expected 0x-prefixed hex/);
	await assertRpcError(agreementsRpc('event', `0x${'zz'.repeat(32)}`), INVALID_PARAMS, /not hex/);
	await assertRpcError(agreementsRpc('tokensOf', '0xabc'), INVALID_PARAMS, /odd number of hex digits/);
	await assertRpcError(agreementsRpc('dryRunEvent', 'not-an-address', state.first.contentHex, state.first.proofsHex, FUEL_LIMIT), INVALID_PARAMS, /invalid account/);
	await assertRpcError(agreementsRpc('dryRunEvent', charlie.address, '0x00', state.first.proofsHex, FUEL_LIMIT), INVALID_PARAMS, /invalid event content/);
	await assertRpcError(agreementsRpc('dryRunEvent', charlie.address, state.first.contentHex, '0x0102', FUEL_LIMIT), INVALID_PARAMS, /invalid event proofs/);
	await assertRpcError(agreementsRpc('validatePolicy', 'policy'), INVALID_PARAMS, /invalid group policy document/);
	await assertRpcError(agreementsRpc('events', {}), INVALID_PARAMS, /`agreement` or a `group`/);
	await assertRpcError(agreementsRpc('events', { agreement: state.agreement, form: 1 }), INVALID_PARAMS, /unknown field `form`/);
	await assertRpcError(agreementsRpc('encodeGroupPolicy', { ...GROUP_POLICY, fungible: 'yes' }), INVALID_PARAMS, /invalid group policy/);
	await assertRpcError(agreementsRpc('encodeGroupPolicy', { ...GROUP_POLICY, conflictResolution: 'OR' }), INVALID_PARAMS, /"XOR" or "AND"/);
	await assertRpcError(agreementsRpc('encodeSeriesPolicy', '{"fungible":'), INVALID_PARAMS, /invalid series policy: invalid JSON/);
	await assertRpcError(agreementsRpc('encodeLifecycle', { variables: [] }), INVALID_PARAMS, /missing field `dfa`/);
	await assertRpcError(agreementsRpc('encodeData', [1, 2]), INVALID_PARAMS, /must be a JSON object/);
	await assertRpcError(agreementsRpc('encodeData', { block: 7 }), INVALID_PARAMS, /"block" is reserved/);
	await assertRpcError(agreementsRpc('decodePolicy', '0x00', 'token'), INVALID_PARAMS, /invalid kind/);
	await assertRpcError(agreementsRpc('decodePolicy', '0x00', 'group'), INVALID_PARAMS, /not a SCALE-encoded/);
	// The compiler refuses numbers it cannot take exactly: beyond the engine's ±1.7 × 10²⁹, or
	// longer than a double carries (sent as raw JSON text: JavaScript's numbers cannot even
	// express 123456789012345678901).
	await assertRpcError(
		agreementsRpc('encodeGroupPolicy', { ...GROUP_POLICY, validation: { '<': [{ var: 'points' }, 1e40] } }),
		INVALID_PARAMS,
		/validation: number out of range/,
	);
	const inexact = await node.rpcRaw('{"jsonrpc":"2.0","id":7,"method":"agreements_encodeData","params":[{"points":123456789012345678901}]}');
	assert.equal(inexact.json?.error?.code, INVALID_PARAMS, inexact.text);
	assert.match(inexact.json.error.message, /number 123456789012345678901 cannot be read exactly/);
	await assertRpcError(agreementsRpc('encodeData', '{"points":0.30000000000000004}'), INVALID_PARAMS, /cannot be read exactly/);
	// Wrongly typed parameters are refused by jsonrpsee itself, with the same code.
	await assertRpcError(agreementsRpc('token', 'seven'), INVALID_PARAMS, /./);
	// An unknown block is a runtime API failure.
	await assertRpcError(agreementsRpc('token', state.token, `0x${'11'.repeat(32)}`), RUNTIME_ERROR, /runtime API call failed/);

	const best = await node.bestNumber();
	await node.waitForBest(best + 2);
	assert.ok(node.isRunning, 'the node is still running');
	assert.equal((await agreementsRpc('token', state.token)).state, 'RECORDED', 'and still answers');
});

/** `hex` with its last byte changed. */
function tampered(hex) {
	const bytes = hexToU8a(hex);
	bytes[bytes.length - 1] ^= 0x01;
	return u8aToHex(bytes);
}

/** Whether `getProof`'s item verifies against its agreement root in JavaScript. */
function itemVerifies(proven, value = proven.value) {
	return verifyProof({ root: proven.root, proof: proven.proof, key: proven.key, value });
}

/**
 * Whether `root` is the agreement's root in block `blockHash`'s state: `state_getReadProof`
 * of its child key, checked against the state root of the block's header.
 */
async function rootVerifiesAt(blockHash, childKey, root) {
	const [header, readProof] = await Promise.all([
		node.rpc('chain_getHeader', [blockHash]),
		node.rpc('state_getReadProof', [[childKey], blockHash]),
	]);
	assert.equal(readProof.at, blockHash);
	return verifyProof({ root: header.stateRoot, proof: readProof.proof, key: childKey, value: root });
}

e2eTest('authenticated state: the token proven at block N verifies against N\'s roots, not tampered or against a later block', 2 * MINUTE, async () => {
	// A finalized block: every earlier step's extrinsic is in it.
	const blockN = (await node.finalizedHead()).hash;
	const proven = await agreementsRpc('getProof', state.agreement, 'assets', { token: state.token }, blockN);
	// The key is the agreement id, the Assets trie's byte and the token id's SCALE; the value
	// the stored token.
	assert.equal(proven.key, u8aToHex(u8aConcat(hexToU8a(state.agreement), [3], api.createType('u64', state.token).toU8a())));
	assert.equal(proven.trie, 'assets');
	assert.equal(proven.block, blockN);
	const stored = await (await api.at(blockN)).query.agreements.tokens(state.token);
	assert.equal(proven.value, stored.unwrap().toHex(), 'the proven value is the token as stored');
	// The same item named by its raw key (the full key without the 32-byte agreement id and the
	// trie's byte); the agreement's root by agreements_stateRoot.
	const itemKey = u8aToHex(hexToU8a(proven.key).subarray(33));
	assert.deepEqual(await agreementsRpc('getProof', state.agreement, 3, itemKey, blockN), proven);
	const rootN = await agreementsRpc('stateRoot', state.agreement, blockN);
	assert.deepEqual(rootN, { agreement: state.agreement, root: proven.root, childKey: proven.childKey, block: blockN });
	assert.equal(proven.childKey, u8aToHex(u8aConcat(new TextEncoder().encode(':child_storage:default:arete/agreements/v1/state/'), hexToU8a(state.agreement))));

	// What a proof costs (the README quotes it): both levels' nodes.
	const proofBytes = proven.proof.reduce((sum, node) => sum + hexToU8a(node).length, 0);
	console.log(`# getProof of token ${state.token} (${hexToU8a(proven.value).length} bytes): ${proven.proof.length} nodes, ${proofBytes} bytes`);

	// Level 2: the token against the agreement's root at N, in JavaScript; a tampered token fails.
	assert.equal(itemVerifies(proven), true);
	assert.equal(itemVerifies(proven, tampered(proven.value)), false, 'a tampered value fails');
	assert.equal(itemVerifies(proven, null), false, 'the token is not absent');
	// Level 1: that root against block N's header, through state_getReadProof, and through the
	// nodes getProof gave too; another root fails.
	const header = await node.rpc('chain_getHeader', [blockN]);
	assert.equal(proven.stateRoot, header.stateRoot);
	assert.equal(await rootVerifiesAt(blockN, proven.childKey, proven.root), true);
	assert.equal(verifyProof({ root: header.stateRoot, proof: proven.proof, key: proven.childKey, value: proven.root }), true);
	assert.equal(await rootVerifiesAt(blockN, proven.childKey, tampered(proven.root)), false);

	// The other tries: the event's hash (activities), the membership (relationships), the
	// series' digest (group); and an absent token, proven absent.
	const event = await agreementsRpc('getProof', state.agreement, 'activities', { activity: ACTIVITY, ordinal: 1 }, blockN);
	assert.equal(event.value, state.first.hash);
	assert.equal(itemVerifies(event), true);
	const membership = await agreementsRpc('getProof', state.agreement, 'relationships', { group: state.group }, blockN);
	assert.ok(membership.value, 'the owner agreement is a member of its group');
	assert.equal(itemVerifies(membership), true);
	const series = await agreementsRpc('getProof', state.agreement, 'group', { series: state.series }, blockN);
	assert.equal(itemVerifies(series), true);
	const absent = await agreementsRpc('getProof', state.agreement, 'assets', { token: 999_999 }, blockN);
	assert.equal(absent.value, null);
	assert.equal(absent.root, proven.root);
	assert.equal(itemVerifies(absent, null), true);
	assert.equal(itemVerifies(absent, proven.value), false);

	// The token changes: the athlete's key signs a VOID event moving it RECORDED → VOID.
	const data = await agreementsRpc('encodeData', {});
	const voided = signedEvent({ parent: ZERO_HASH, ordinal: 1, data, activity: 'VOID', effects: [{ Transition: { token: state.token, from: 'RECORDED', to: 'VOID' } }] });
	const { blockHash: blockM } = await submitOk(api.tx.agreements.submitEvent(voided.content, voided.proofs, FUEL_LIMIT), charlie);
	const later = await agreementsRpc('getProof', state.agreement, 'assets', { token: state.token }, blockM);
	assert.notEqual(later.root, proven.root, 'the agreement\'s root moved with the token');
	assert.notEqual(later.value, proven.value);
	assert.equal(itemVerifies(later), true);
	assert.equal(await rootVerifiesAt(blockM, later.childKey, later.root), true);
	// N's token and N's proof against M's root fail; M's root is not N's in N's state.
	assert.equal(verifyProof({ root: later.root, proof: proven.proof, key: proven.key, value: proven.value }), false);
	assert.equal(verifyProof({ root: later.root, proof: later.proof, key: proven.key, value: proven.value }), false);
	assert.equal(await rootVerifiesAt(blockN, proven.childKey, later.root), false);
	assert.equal(u8aToHex(readProof(proven.root, proven.proof, proven.key)), proven.value, 'N\'s proof still proves N\'s token');
	assert.equal((await agreementsRpc('token', state.token, blockM)).state, 'VOID');

	// Bad input is a JSON-RPC error.
	await assertRpcError(agreementsRpc('getProof', state.agreement, 'tokens', { token: 1 }), INVALID_PARAMS, /invalid trie/);
	await assertRpcError(agreementsRpc('getProof', state.agreement, 'assets', { group: 1 }), INVALID_PARAMS, /not a key of the assets trie/);
	await assertRpcError(agreementsRpc('getProof', state.agreement, 'assets', '0x123'), INVALID_PARAMS, /odd number of hex digits/);
	await assertRpcError(agreementsRpc('getProof', '0x12', 'assets', { token: 1 }), INVALID_PARAMS, /invalid agreement/);
	await assertRpcError(agreementsRpc('getProof', state.agreement, 'assets', { token: 1 }, `0x${'11'.repeat(32)}`), RUNTIME_ERROR, /./);
});
