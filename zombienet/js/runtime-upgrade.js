// A runtime upgrade decided by referendum on the live network (the `local` chain has no sudo
// key): Alice notes the preimage of `system.authorizeUpgrade(hash of the new code)` and submits
// it on the root track, Bob places the decision deposit, the fourteen endowed development
// accounts vote aye, and once the referendum is enacted Alice submits
// `system.applyAuthorizedUpgrade(code)`. The new runtime is the same code one `spec_version`
// higher (built by runtime/build.rs when ARETE_UPGRADE_WASM_DIR is set; its path comes in
// ARETE_UPGRADE_WASM). Returns 1 once every node reports the new version and has finalized
// blocks built by it.
const fs = require('fs');
const { ARETE, SS58_PREFIX, Keyring, blake2AsHex, connect, finalizedNumber, signAndFinalize, u8aToHex, waitFor } = require('./lib');

const NODES = ['alice', 'bob', 'charlie', 'dave', 'eve'];
const VOTERS = ['Alice', 'Bob', 'Charlie', 'Dave', 'Eve', 'Ferdie', 'One', 'Two'].flatMap((name) =>
	['One', 'Two'].includes(name) ? [`//${name}`] : [`//${name}`, `//${name}//stash`],
);

async function run(nodeName, networkInfo) {
	const wasmPath = process.env.ARETE_UPGRADE_WASM;
	if (!wasmPath || !fs.existsSync(wasmPath)) {
		throw new Error(`ARETE_UPGRADE_WASM (${wasmPath}) names no file: build with ARETE_UPGRADE_WASM_DIR set`);
	}
	const code = fs.readFileSync(wasmPath);
	const api = await connect(networkInfo.nodesByName[nodeName].wsUri);
	try {
		const keyring = new Keyring({ type: 'sr25519', ss58Format: SS58_PREFIX });
		const [alice, bob] = [keyring.addFromUri('//Alice'), keyring.addFromUri('//Bob')];
		const before = (await api.rpc.state.getRuntimeVersion()).specVersion.toNumber();
		console.log(`spec_version ${before}; new code ${code.length} bytes from ${wasmPath}`);

		// The proposal is small: it authorizes the code's hash; the code itself comes later.
		const proposal = api.tx.system.authorizeUpgrade(blake2AsHex(code, 256)).method;
		await signAndFinalize(api, api.tx.preimage.notePreimage(proposal.toHex()), alice);
		const submitted = await signAndFinalize(
			api,
			api.tx.referenda.submit({ system: 'Root' }, { Lookup: { hash: proposal.hash, len: proposal.encodedLength } }, { After: 0 }),
			alice,
		);
		const event = submitted.map(({ event }) => event).find((e) => e.section === 'referenda' && e.method === 'Submitted');
		if (!event) throw new Error('no referenda.Submitted event');
		const index = event.data[0].toNumber();
		console.log(`referendum ${index} on the root track`);
		await signAndFinalize(api, api.tx.referenda.placeDecisionDeposit(index), bob);
		// Each votes with nine tenths of its balance (held funds count: bonds vote too).
		let total = 0n;
		await Promise.all(
			VOTERS.map(async (uri) => {
				const voter = keyring.addFromUri(uri);
				const { data } = await api.query.system.account(voter.address);
				const balance = ((data.free.toBigInt() + data.reserved.toBigInt()) * 9n) / 10n;
				total += balance;
				const vote = { Standard: { vote: { aye: true, conviction: 'Locked1x' }, balance } };
				await signAndFinalize(api, api.tx.convictionVoting.vote(index, vote), voter);
			}),
		);
		console.log(`${VOTERS.length} accounts voted aye with ${total / ARETE} ARETE in all`);

		await waitFor('the referendum to pass and authorize the upgrade', async () => {
			const info = await api.query.referenda.referendumInfoFor(index);
			if (info.isSome && (info.unwrap().isRejected || info.unwrap().isTimedOut || info.unwrap().isCancelled)) {
				throw new Error(`referendum ${index} ended ${info.unwrap().type}`);
			}
			return (await api.query.system.authorizedUpgrade()).isSome;
		}, { timeoutMs: 300_000, everyMs: 3_000 });
		console.log('upgrade authorized; applying the code');

		// As hex: Polkadot.js reads a bare Uint8Array as already length-prefixed.
		const applied = await signAndFinalize(api, api.tx.system.applyAuthorizedUpgrade(u8aToHex(code)), alice);
		console.log(`applied: ${applied.map(({ event }) => `${event.section}.${event.method}`).join(', ')}`);

		// Every node reports the new version and finalizes blocks past the upgrade.
		for (const name of NODES) {
			const nodeApi = await connect(networkInfo.nodesByName[name].wsUri);
			try {
				await waitFor(`${name} to report spec_version ${before + 1}`, async () =>
					(await nodeApi.rpc.state.getRuntimeVersion()).specVersion.toNumber() === before + 1,
				{ timeoutMs: 120_000 });
				const from = await finalizedNumber(nodeApi);
				await waitFor(`${name} to finalize 3 blocks after #${from}`, async () =>
					(await finalizedNumber(nodeApi)) >= from + 3,
				{ timeoutMs: 120_000 });
				// The first block of the new runtime recorded the upgrade.
				const last = (await nodeApi.query.system.lastRuntimeUpgrade()).unwrap();
				if (last.specVersion.toNumber() !== before + 1) throw new Error(`${name}: last upgrade ${last.toString()}`);
				console.log(`${name}: spec_version ${before + 1}, finalized past #${from + 3}`);
			} finally {
				await nodeApi.disconnect();
			}
		}
		return 1;
	} finally {
		await api.disconnect();
	}
}

module.exports = { run };
