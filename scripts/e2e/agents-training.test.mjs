// End-to-end: a Groth16 training proof verified on chain by a real node, through the BLS12-381
// host functions the node registers. Root (Alice, sudo) registers the circuit; Ferdie registers
// the chain's first agent (id 0) with the model the committed fixtures are bound to
// (pallets/agents/fixtures/training.scale: proofs whose first public input is the binding of
// agent 0 and model 0x0202…02); his proof verifies and raises the agent's trust. A tampered
// proof, a proof replayed for another agent and a malformed key are refused.
//
// Run with: NODE_BIN=target/release/arete-node node --test --test-reporter=spec scripts/e2e/agents-training.test.mjs

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before } from 'node:test';

import { Keyring } from '@polkadot/keyring';
import { stringToU8a, u8aToHex } from '@polkadot/util';
import { blake2AsHex, cryptoWaitReady } from '@polkadot/util-crypto';

import {
	ARETE,
	SS58_PREFIX,
	connectApi,
	eventField,
	findEvent,
	rotateRoster,
	signAndWaitFinalized,
	submitOk,
} from './lib/api.mjs';
import { NODE_START_TIMEOUT_MS, REPO_ROOT, DevNode, suiteSteps, withNodeLog } from './lib/node.mjs';

const MINUTE = 60_000;
const FIXTURE_MODEL = `0x${'02'.repeat(32)}`;

let node;
let api;
let alice;
let ferdie;
let eve;
const e2eTest = suiteSteps(() => node);

/** The committed fixtures: SCALE `Vec<(u32, Vec<u8>, Vec<u8>, Vec<[u8; 32]>)>`. */
function fixtures() {
	const bytes = readFileSync(`${REPO_ROOT}/pallets/agents/fixtures/training.scale`);
	return api.createType('Vec<(u32, Bytes, Bytes, Vec<[u8; 32]>)>', bytes).map(([n, key, proof, inputs]) => ({
		publicInputs: n.toNumber(),
		key: key.toHex(),
		proof: proof.toHex(),
		inputs: inputs.map((x) => x.toHex()),
	}));
}

/** The dispatch error of a finalized extrinsic: `pallet.Error`, or the variant (`BadOrigin`). */
async function failureOf(tx, signer) {
	const result = await signAndWaitFinalized(tx, signer);
	const error = result.dispatchError;
	assert.ok(error, `${tx.method.section}.${tx.method.method} should fail`);
	if (!error.isModule) return error.type;
	const { section, name } = api.registry.findMetaError(error.asModule);
	return `${section}.${name}`;
}

function registerAgent(who, model) {
	return submitOk(
		api.tx.agents.registerAgent(
			blake2AsHex('metadata'),
			model,
			['translate'],
			2n * ARETE,
			{ maxLatencyMs: 2_000, minQuality: 7_000 },
			100n * ARETE,
		),
		who,
	);
}

before(async () => {
	await cryptoWaitReady();
	const keyring = new Keyring({ type: 'sr25519', ss58Format: SS58_PREFIX });
	alice = keyring.addFromUri('//Alice');
	ferdie = keyring.addFromUri('//Ferdie');
	eve = keyring.addFromUri('//Eve');
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

const state = {};

e2eTest('witnesses serve the agents domain, whose roster evaluations are drawn from', 3 * MINUTE, async () => {
	// Registration opens an evaluation, a drawn panel: the domain needs a roster. The panel is
	// never decided here; this suite is about training proofs.
	// A panel needs three candidates (the quorum).
	const keyring = new Keyring({ type: 'sr25519', ss58Format: SS58_PREFIX });
	await Promise.all(['//Bob', '//Charlie', '//Dave'].map((uri) =>
		submitOk(api.tx.witnesses.register('Judge', 100n * ARETE, []), keyring.addFromUri(uri))));
	await rotateRoster(api, node, stringToU8a('agents\0\0'), alice);
});

e2eTest('Root registers a circuit; a malformed key is refused', 3 * MINUTE, async () => {
	const fixture = fixtures().find((f) => f.publicInputs === 2);
	assert.ok(fixture, 'a committed fixture with two inputs');
	state.fixture = fixture;
	const description = blake2AsHex('training commitment, 2 inputs');
	const { events } = await submitOk(api.tx.sudo.sudo(api.tx.agents.registerCircuit(fixture.key, description)), alice);
	const registered = findEvent(events, 'agents', 'CircuitRegistered');
	assert.ok(registered, 'CircuitRegistered');
	assert.equal(eventField(registered, 'publicInputs', 1).toNumber(), 2);
	state.circuit = eventField(registered, 'circuit', 0).toNumber();

	// A key with a flipped coordinate bit: the sudo call succeeds, the inner call fails.
	const bad = Uint8Array.from(Buffer.from(fixture.key.slice(2), 'hex'));
	bad[100] ^= 1;
	const { events: badEvents } = await submitOk(api.tx.sudo.sudo(api.tx.agents.registerCircuit(u8aToHex(bad), description)), alice);
	const sudid = findEvent(badEvents, 'sudo', 'Sudid');
	const result = eventField(sudid, 'sudoResult', 0);
	assert.ok(result.isErr, 'the malformed key is refused');
	assert.equal(api.registry.findMetaError(result.asErr.asModule).name, 'MalformedVerifyingKey');
	// Nobody else registers circuits.
	assert.equal(await failureOf(api.tx.agents.registerCircuit(fixture.key, description), eve), 'BadOrigin');
});

e2eTest('the first agent, bound to the fixtures, proves its training on chain', 3 * MINUTE, async () => {
	const { events } = await registerAgent(ferdie, FIXTURE_MODEL);
	const registered = findEvent(events, 'agents', 'AgentRegistered');
	assert.equal(eventField(registered, 'agent', 0).toNumber(), 0, 'the chain\'s first agent');

	const { fixture, circuit } = state;
	const { events: proved } = await submitOk(
		api.tx.agents.submitTrainingProof(0, circuit, fixture.proof, fixture.inputs),
		ferdie,
	);
	const verified = findEvent(proved, 'agents', 'TrainingProofVerified');
	assert.ok(verified, 'TrainingProofVerified');
	assert.equal(eventField(verified, 'agent', 0).toNumber(), 0);
	// The initial 50 % plus 2 % of trust for one proof.
	assert.equal(eventField(verified, 'trust', 3).toNumber(), 520_000_000);
	const reputation = await node.rpc('agents_reputation', [0]);
	assert.equal(reputation.trainingProofs, 1);

	// Replayed: refused without verifying again.
	assert.equal(
		await failureOf(api.tx.agents.submitTrainingProof(0, circuit, fixture.proof, fixture.inputs), ferdie),
		'agents.ProofAlreadyRecorded',
	);
});

e2eTest('tampered, replayed-for-another-agent and foreign proofs are refused', 3 * MINUTE, async () => {
	const { fixture, circuit } = state;
	// Eve's agent (id 1) replays Ferdie's proof: its binding names agent 0.
	await registerAgent(eve, FIXTURE_MODEL);
	assert.equal(
		await failureOf(api.tx.agents.submitTrainingProof(1, circuit, fixture.proof, fixture.inputs), eve),
		'agents.WrongBinding',
	);
	// Eve cannot submit for Ferdie's agent.
	assert.equal(
		await failureOf(api.tx.agents.submitTrainingProof(0, circuit, fixture.proof, fixture.inputs), eve),
		'agents.NotProvider',
	);
	// Another value for the second input than the one proven: the pairing check fails.
	const forged = [fixture.inputs[0], `0x${'07'.padEnd(64, '0')}`];
	assert.equal(
		await failureOf(api.tx.agents.submitTrainingProof(0, circuit, fixture.proof, forged), ferdie),
		'agents.InvalidProof',
	);
	const { inputs } = fixtures().find((f) => f.publicInputs === 3);
	assert.equal(
		await failureOf(api.tx.agents.submitTrainingProof(0, circuit, fixture.proof, inputs), ferdie),
		'agents.InputCountMismatch',
	);
	const reputation = await node.rpc('agents_reputation', [0]);
	assert.equal(reputation.trainingProofs, 1, 'nothing more was recorded');
});
