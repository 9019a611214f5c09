// Shared helpers of the zombienet js-scripts. They reuse the end-to-end tests' pinned
// @polkadot/api (scripts/e2e/node_modules) rather than zombienet's bundled copy, so that the
// client that talks to the network is the one the rest of the test suite is pinned to.
const path = require('path');

const e2eModule = (name) => require(path.resolve(__dirname, '../../scripts/e2e/node_modules', name));
const { ApiPromise, WsProvider } = e2eModule('@polkadot/api');
const { Keyring } = e2eModule('@polkadot/keyring');
const { blake2AsHex, cryptoWaitReady, mnemonicGenerate } = e2eModule('@polkadot/util-crypto');
const { u8aToHex } = e2eModule('@polkadot/util');

const ARETE = 10n ** 12n;
const SS58_PREFIX = 1337;

/**
 * A Polkadot.js connection to `wsUri`, retried until the node accepts it (at most `timeoutMs`):
 * a node that zombienet has just restarted answers only once it has reopened its database and
 * RPC server, which takes seconds more when the machine is busy.
 */
async function connect(wsUri, { timeoutMs = 90_000 } = {}) {
	await cryptoWaitReady();
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const provider = new WsProvider(wsUri);
		try {
			// throwOnConnect: a refused connection rejects here instead of retrying forever.
			return await ApiPromise.create({ provider, noInitWarn: true, throwOnConnect: true });
		} catch (error) {
			await provider.disconnect().catch(() => {});
			if (Date.now() > deadline) {
				const detail = error?.message ?? error?.type ?? String(error);
				throw new Error(`could not connect to ${wsUri} within ${timeoutMs / 1000} s: ${detail}`);
			}
			await sleep(1_000);
		}
	}
}

/** One raw JSON-RPC call, for methods Polkadot.js does not decorate. */
async function rawRpc(wsUri, method, params) {
	const provider = new WsProvider(wsUri);
	try {
		await provider.isReady;
		return await provider.send(method, params);
	} finally {
		await provider.disconnect();
	}
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Finalized block number of a node. */
async function finalizedNumber(api) {
	const hash = await api.rpc.chain.getFinalizedHead();
	return (await api.rpc.chain.getHeader(hash)).number.toNumber();
}

/** Polls `check` every `everyMs` until it returns a truthy value or `timeoutMs` passes. */
async function waitFor(what, check, { timeoutMs, everyMs = 2000 }) {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const value = await check();
		if (value) return value;
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
		await sleep(everyMs);
	}
}

/** Signs and submits `tx`, resolves with the events once it is finalized; rejects on failure. */
function signAndFinalize(api, tx, signer) {
	return new Promise((resolve, reject) => {
		tx.signAndSend(signer, ({ status, events, dispatchError }) => {
			if (dispatchError) {
				const detail = dispatchError.isModule
					? (({ section, name }) => `${section}.${name}`)(api.registry.findMetaError(dispatchError.asModule))
					: dispatchError.toString();
				reject(new Error(`dispatch failed: ${detail}`));
			} else if (status.isFinalized) {
				resolve(events);
			}
		}).catch(reject);
	});
}

module.exports = {
	ARETE,
	SS58_PREFIX,
	Keyring,
	blake2AsHex,
	connect,
	finalizedNumber,
	mnemonicGenerate,
	rawRpc,
	signAndFinalize,
	sleep,
	u8aToHex,
	waitFor,
};
