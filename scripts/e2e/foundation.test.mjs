// End-to-end checks of the foundation runtime on a real `arete-node --dev`: block production
// and finality, metadata decoding by Polkadot.js, signed transfers and their balance effects,
// RPC robustness, Prometheus metrics, and recovery after kill -9.
//
// One node is shared by all tests, which run in file order (node:test runs a file's top-level
// tests one after another). Run with: NODE_BIN=... node --test scripts/e2e/

import assert from 'node:assert/strict';
import { after, before } from 'node:test';

import { Keyring } from '@polkadot/keyring';
import { stringCamelCase } from '@polkadot/util';
import { cryptoWaitReady, mnemonicGenerate } from '@polkadot/util-crypto';

import {
	ARETE,
	SS58_PREFIX,
	accountHex,
	connectApi,
	describeDispatchError,
	eventField,
	eventNames,
	findEvent,
	freeAt,
	parentOf,
	signAndWaitFinalized,
	blockEvents,
	feeShares,
	palletAccountHex,
} from './lib/api.mjs';
import { NODE_START_TIMEOUT_MS, DevNode, suiteSteps, withNodeLog } from './lib/node.mjs';

/** Pallets the foundation runtime must expose, by metadata name. */
const EXPECTED_PALLETS = [
	'System',
	'Timestamp',
	'Utility',
	'Sudo',
	'Babe',
	'Grandpa',
	'Authorship',
	'Balances',
	'TransactionPayment',
];

// Each wait inside a test has its own 120 s limit (lib/node.mjs DEFAULT_TIMEOUT_MS); the test
// limits below only bound the sum, so a hang still ends the run.
const MINUTE = 60_000;

let node;
let api;
let alice;
let bob;
let charlie;
let keyring;

/** One step of this suite; once a step fails the later ones are skipped (lib/node.mjs). */
const e2eTest = suiteSteps(() => node);

/** The shared Polkadot.js connection, (re)opened on demand so each test can run on its own. */
async function ensureApi() {
	if (!api) api = await connectApi(node.wsUrl);
	return api;
}

/** `transactionPayment.TransactionFeePaid` of `events`, checked to be paid by `payer`; returns the fee. */
function feePaidBy(events, payer) {
	const feePaid = findEvent(events, 'transactionPayment', 'TransactionFeePaid');
	assert.ok(feePaid, `no transactionPayment.TransactionFeePaid event; events: ${eventNames(events)}`);
	assert.equal(accountHex(eventField(feePaid, 'who', 0)), accountHex(payer), 'fee payer');
	const actualFee = eventField(feePaid, 'actualFee', 1).toBigInt();
	const tip = eventField(feePaid, 'tip', 2).toBigInt();
	assert.equal(tip, 0n, 'no tip was offered');
	assert.ok(actualFee > 0n, `actual fee should be positive, got ${actualFee}`);
	return actualFee;
}

/**
 * Free balances of `accounts` at the parent of `blockHash` and at `blockHash`, as
 * `[[before, after], ...]`: comparing a block with its parent isolates exactly that block's
 * effects, whatever else happened since the test read balances.
 */
/** The treasury account (`PalletId(*b"arete/tr")`). */
const TREASURY = palletAccountHex('arete/tr');

async function freeAcrossBlock(blockHash, accounts) {
	const parentHash = await parentOf(api, blockHash);
	return Promise.all(
		accounts.map((who) => Promise.all([freeAt(api, parentHash, who), freeAt(api, blockHash, who)])),
	);
}

before(async () => {
	await cryptoWaitReady();
	keyring = new Keyring({ type: 'sr25519', ss58Format: SS58_PREFIX });
	alice = keyring.addFromUri('//Alice');
	bob = keyring.addFromUri('//Bob');
	charlie = keyring.addFromUri('//Charlie');

	node = await DevNode.start();
	// The first start compiles the runtime to native code and opens a fresh database.
	await withNodeLog(node, () => node.waitForRpc());
}, { timeout: NODE_START_TIMEOUT_MS + MINUTE });

after(async () => {
	// Disconnect first: a live WebSocket would keep reconnecting to the killed node.
	await api?.disconnect().catch(() => {});
	api = undefined;
	await node?.cleanup();
});

e2eTest('dev chain produces and finalizes blocks', 3 * MINUTE, async () => {
	const finalized = await node.waitForFinalized(2);
	assert.ok(finalized.number >= 2, `finalized number ${finalized.number}`);
	const best = await node.bestNumber();
	assert.ok(best >= finalized.number, `best ${best} is behind finalized ${finalized.number}`);
});

e2eTest('polkadot.js decodes all metadata', 3 * MINUTE, async () => {
	await ensureApi();

	assert.equal(api.runtimeVersion.specName.toString(), 'arete', 'spec name');

	const pallets = api.runtimeMetadata.asLatest.pallets;
	const palletNames = pallets.map((pallet) => pallet.name.toString());
	for (const expected of EXPECTED_PALLETS) {
		assert.ok(palletNames.includes(expected), `pallet ${expected} missing from metadata; present: ${palletNames.join(', ')}`);
	}

	// Every type of the portable registry must resolve to a Polkadot.js type definition; an
	// unknown shape here would surface later as an undecodable event or storage value.
	const typeFailures = [];
	for (const { id } of api.registry.lookup.types) {
		try {
			api.registry.lookup.getTypeDef(id.toNumber());
		} catch (error) {
			typeFailures.push(`type #${id}: ${error.message}`);
		}
	}
	assert.deepEqual(typeFailures, [], 'every metadata type decodes');

	// Walk each pallet through the decorated API. Storage is also read from the live chain
	// (plain values, and the first page of each map) so that values, not only names, decode.
	const counts = {};
	for (const pallet of pallets) {
		const name = pallet.name.toString();
		const section = stringCamelCase(name);
		const count = { calls: 0, events: 0, errors: 0, storage: 0, constants: 0 };
		counts[name] = count;

		if (pallet.calls.isSome) {
			assert.ok(api.tx[section], `api.tx.${section} missing`);
			for (const [method, fn] of Object.entries(api.tx[section])) {
				assert.ok(Array.isArray(fn.meta.args), `api.tx.${section}.${method}.meta.args`);
				count.calls++;
			}
		}
		if (pallet.events.isSome) {
			assert.ok(api.events[section], `api.events.${section} missing`);
			for (const [method, ev] of Object.entries(api.events[section])) {
				assert.equal(ev.meta.name.toString(), method, `api.events.${section}.${method}.meta.name`);
				count.events++;
			}
		}
		if (pallet.errors.isSome) {
			assert.ok(api.errors[section], `api.errors.${section} missing`);
			for (const [method, err] of Object.entries(api.errors[section])) {
				assert.equal(err.meta.name.toString(), method, `api.errors.${section}.${method}.meta.name`);
				count.errors++;
			}
		}
		if (pallet.storage.isSome) {
			assert.ok(api.query[section], `api.query.${section} missing`);
			for (const [method, query] of Object.entries(api.query[section])) {
				const where = `api.query.${section}.${method}`;
				try {
					if (query.creator.meta.type.isPlain) {
						(await query()).toJSON();
					} else {
						for (const [key, value] of await query.entriesPaged({ args: [], pageSize: 5 })) {
							key.toHuman();
							value.toJSON();
						}
					}
				} catch (error) {
					assert.fail(`${where} does not decode: ${error.message}`);
				}
				count.storage++;
			}
		}
		for (const [method, value] of Object.entries(api.consts[section] ?? {})) {
			assert.doesNotThrow(() => value.toJSON(), `api.consts.${section}.${method}`);
			count.constants++;
		}
	}

	const balances = counts.Balances;
	for (const kind of ['calls', 'events', 'errors', 'storage']) {
		assert.ok(balances[kind] > 0, `Balances has no decoded ${kind}: ${JSON.stringify(balances)}`);
	}
	assert.equal(api.consts.balances.existentialDeposit.toBigInt(), ARETE / 1000n, 'existential deposit is 0.001 ARETE');

	// Chain properties come from the chain spec and drive address and amount formatting.
	assert.equal(api.registry.chainDecimals[0], 12, 'token decimals');
	assert.equal(api.registry.chainTokens[0], 'ARETE', 'token symbol');
	assert.equal(api.registry.chainSS58, SS58_PREFIX, 'SS58 prefix');
});

e2eTest('signed transfer_keep_alive succeeds', 3 * MINUTE, async () => {
	await ensureApi();
	const amount = 7n * ARETE;

	const { blockHash, events, dispatchError } = await signAndWaitFinalized(
		api.tx.balances.transferKeepAlive(bob.address, amount),
		alice,
	);

	assert.equal(dispatchError, undefined, `dispatch failed: ${describeDispatchError(dispatchError)}`);
	assert.ok(findEvent(events, 'system', 'ExtrinsicSuccess'), `no system.ExtrinsicSuccess; events: ${eventNames(events)}`);

	const transfer = findEvent(events, 'balances', 'Transfer');
	assert.ok(transfer, `no balances.Transfer event; events: ${eventNames(events)}`);
	assert.equal(accountHex(eventField(transfer, 'from', 0)), accountHex(alice), 'Transfer.from');
	assert.equal(accountHex(eventField(transfer, 'to', 1)), accountHex(bob), 'Transfer.to');
	assert.equal(eventField(transfer, 'amount', 2).toBigInt(), amount, 'Transfer.amount');

	const actualFee = feePaidBy(events, alice);

	const [[aliceBefore, aliceAfter], [bobBefore, bobAfter]] = await freeAcrossBlock(blockHash, [alice, bob]);
	assert.equal(bobAfter - bobBefore, amount, 'Bob receives exactly the amount');
	// Alice authors every block of the dev chain: the author's share of the block's fees (hers
	// among them) comes back to her; the treasury receives the rest.
	const shares = feeShares(await blockEvents(api, blockHash));
	assert.ok(shares.author > 0n && shares.treasury > shares.author, `fee shares: ${shares.treasury} to the treasury, ${shares.author} to the author`);
	assert.equal(aliceBefore - aliceAfter, amount + actualFee - shares.author, 'Alice pays exactly amount + fee, less the author\'s share');
	const [[treasuryBefore, treasuryAfter]] = await freeAcrossBlock(blockHash, [TREASURY]);
	assert.equal(treasuryAfter - treasuryBefore, shares.treasury, 'the treasury receives 80 % of the fees');
});

e2eTest('overspending transfer is rejected and balances stay unchanged', 5 * MINUTE, async () => {
	await ensureApi();

	// 1. Funds unavailable: the extrinsic is valid (Alice can pay the fee), is included, and its
	//    dispatch fails; only the fee leaves Alice's account.
	const aliceFree = (await api.query.system.account(alice.address)).data.free.toBigInt();
	const { blockHash, events, dispatchError } = await signAndWaitFinalized(
		api.tx.balances.transferKeepAlive(bob.address, aliceFree * 2n),
		alice,
	);

	assert.ok(findEvent(events, 'system', 'ExtrinsicFailed'), `no system.ExtrinsicFailed; events: ${eventNames(events)}`);
	assert.ok(!findEvent(events, 'balances', 'Transfer'), 'a failed transfer must not emit balances.Transfer');
	assert.ok(dispatchError, 'dispatchError is set');
	assert.ok(
		dispatchError.isToken && dispatchError.asToken.isFundsUnavailable,
		`expected Token(FundsUnavailable), got ${describeDispatchError(dispatchError)}`,
	);

	const actualFee = feePaidBy(events, alice);
	const [[aliceBefore, aliceAfter], [bobBefore, bobAfter]] = await freeAcrossBlock(blockHash, [alice, bob]);
	assert.equal(bobAfter, bobBefore, 'Bob is unchanged');
	const { author } = feeShares(await blockEvents(api, blockHash));
	assert.equal(aliceBefore - aliceAfter, actualFee - author, 'Alice loses only the fee (less her share as the author)');

	// 2. No funds at all: a fresh account cannot pay the fee, so the pool refuses the
	//    extrinsic at submission (1010 Invalid Transaction: Inability to pay some fees).
	const pauper = keyring.addFromUri(mnemonicGenerate());
	const start = await node.finalizedHead();
	const [pauperBefore, charlieBefore] = await Promise.all([freeAt(api, start.hash, pauper), freeAt(api, start.hash, charlie)]);
	assert.equal(pauperBefore, 0n, 'the fresh account starts empty');

	await assert.rejects(
		api.tx.balances.transferKeepAlive(charlie.address, ARETE).signAndSend(pauper),
		(error) => {
			assert.match(error.message, /1010|Inability to pay some fees/, `unexpected rejection: ${error.message}`);
			return true;
		},
		'the pool must reject a transfer from an account that cannot pay fees',
	);

	const pending = await api.rpc.author.pendingExtrinsics();
	assert.ok(
		!pending.some((xt) => xt.isSigned && accountHex(xt.signer) === accountHex(pauper)),
		'the rejected extrinsic must not sit in the pool',
	);

	// Let a couple of blocks finalize so that an (erroneously) accepted extrinsic would show up.
	const later = await node.waitForFinalized(start.number + 2);
	const [pauperAfter, charlieAfter] = await Promise.all([freeAt(api, later.hash, pauper), freeAt(api, later.hash, charlie)]);
	assert.equal(pauperAfter, 0n, 'the fresh account is still empty');
	assert.equal(charlieAfter, charlieBefore, 'the recipient is unchanged');
});

e2eTest('malformed JSON-RPC gets JSON-RPC errors and the node keeps running', 3 * MINUTE, async () => {
	const request = (method, params) => node.rpcRaw({ jsonrpc: '2.0', id: 1, method, params });
	const expectError = (what, { status, text, json }) => {
		assert.ok(json, `${what}: body is not JSON (HTTP ${status}): ${text.slice(0, 200)}`);
		assert.ok(json.error, `${what}: expected an error, got ${text.slice(0, 200)}`);
		assert.ok(!('result' in json), `${what}: an error response must not carry a result`);
		assert.equal(typeof json.error.code, 'number', `${what}: numeric error code`);
		assert.equal(typeof json.error.message, 'string', `${what}: error message`);
		return json.error;
	};

	// (1) Bytes that are not an extrinsic.
	expectError('author_submitExtrinsic(0xdeadbeef)', await request('author_submitExtrinsic', ['0xdeadbeef']));

	// (2) Unknown method.
	const unknown = expectError('unknown method', await request('arete_doesNotExist', []));
	assert.equal(unknown.code, -32601, 'unknown method is "Method not found"');

	// (3) Parameters of the wrong type.
	const badNumber = expectError('chain_getBlockHash("not-a-number")', await request('chain_getBlockHash', ['not-a-number']));
	assert.equal(badNumber.code, -32602, 'a non-number block number is "Invalid params"');
	expectError('state_getStorage(12345)', await request('state_getStorage', [12345]));

	// (4) A body that is not JSON at all. jsonrpsee answers with a JSON-RPC parse error; the
	//     HTTP status is not part of the contract, so only the body is checked.
	const parse = expectError('non-JSON body', await node.rpcRaw('{this is not json'));
	assert.equal(parse.code, -32700, 'a non-JSON body is "Parse error"');

	// The node is still healthy and still producing blocks.
	const health = await node.rpc('system_health');
	assert.equal(typeof health.isSyncing, 'boolean', `system_health result: ${JSON.stringify(health)}`);
	const best = await node.bestNumber();
	await node.waitForBest(best + 1);
});

e2eTest('prometheus metrics are served', MINUTE, async () => {
	const response = await fetch(node.metricsUrl, { signal: AbortSignal.timeout(10_000) });
	assert.equal(response.status, 200, `GET ${node.metricsUrl}`);
	const text = await response.text();
	assert.ok(text.includes('substrate_block_height'), `no substrate_block_height in ${node.metricsUrl}`);
	const best = text.match(/^substrate_block_height\{[^}]*status="best"[^}]*\}\s+(\d+)/m);
	assert.ok(best, 'a substrate_block_height sample for the best block');
	assert.ok(Number(best[1]) >= 1, `best block height metric is ${best[1]}`);
});

e2eTest('node survives kill -9 and resumes on the same base path', 8 * MINUTE, async () => {
	// Close Polkadot.js first; otherwise its provider would log reconnect attempts while the
	// node is down.
	await api?.disconnect();
	api = undefined;

	const finalized = await node.finalizedHead();
	const bestBefore = await node.bestNumber();
	assert.ok(finalized.number >= 1, `something must be finalized before the kill (finalized ${finalized.number})`);

	const exit = await node.kill('SIGKILL');
	assert.equal(exit.signal, 'SIGKILL', `node exit: ${JSON.stringify(exit)}`);

	// Same base path and ports: the database must open again after the unclean shutdown.
	await node.restart();

	const hash = await node.rpc('chain_getBlockHash', [finalized.number]);
	assert.equal(hash, finalized.hash, `block #${finalized.number} must be the one finalized before the kill`);
	const finalizedAfterRestart = await node.finalizedNumber();
	assert.ok(
		finalizedAfterRestart >= finalized.number,
		`finality went back from ${finalized.number} to ${finalizedAfterRestart}`,
	);

	// Production and finality resume past where they were.
	await node.waitForBest(bestBefore + 1);
	await node.waitForFinalized(finalized.number + 1);
});
