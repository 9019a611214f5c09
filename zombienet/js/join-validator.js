// Live join: a fresh account is funded by Alice, bonds, has this node generate its session
// keys (author_rotateKeysWithOwner, which also proves ownership), sets them, and validates.
// Returns 1 once it is in the active validator set and has authored a block.
const { ARETE, SS58_PREFIX, Keyring, connect, mnemonicGenerate, rawRpc, signAndFinalize, u8aToHex, waitFor } = require('./lib');

async function run(nodeName, networkInfo) {
	const api = await connect(networkInfo.nodesByName.alice.wsUri);
	try {
		const keyring = new Keyring({ type: 'sr25519', ss58Format: SS58_PREFIX });
		const alice = keyring.addFromUri('//Alice');
		const stash = keyring.addFromUri(mnemonicGenerate());

		await signAndFinalize(api, api.tx.balances.transferKeepAlive(stash.address, 200_000n * ARETE), alice);
		console.log(`funded ${stash.address}`);

		// The node creates BABE + GRANDPA keys in its keystore and signs the stash's id with them.
		const generated = await rawRpc(networkInfo.nodesByName[nodeName].wsUri, 'author_rotateKeysWithOwner', [
			u8aToHex(stash.publicKey),
		]);
		console.log(`session keys ${generated.keys}`);

		await signAndFinalize(
			api,
			api.tx.utility.batchAll([
				api.tx.staking.bond(150_000n * ARETE, 'Staked'),
				api.tx.session.setKeys(generated.keys, generated.proof),
				api.tx.staking.validate({ commission: 0, blocked: false }),
			]),
			stash,
		);
		console.log('bonded, keys set, validating');

		const era = async () => (await api.query.staking.activeEra()).unwrap().index.toNumber();
		const startEra = await era();
		await waitFor('the new validator in the active set', async () => {
			const validators = await api.query.session.validators();
			return validators.some((v) => v.toString() === stash.address);
		}, { timeoutMs: 600_000, everyMs: 6_000 });
		console.log(`active from era ${await era()} (validated in era ${startEra})`);

		await new Promise((resolve, reject) => {
			const timer = setTimeout(() => reject(new Error('the new validator authored no block')), 240_000);
			api.derive.chain.subscribeNewHeads((header) => {
				if (header.author && header.author.toString() === stash.address) {
					clearTimeout(timer);
					console.log(`authored block #${header.number}`);
					resolve();
				}
			}).catch(reject);
		});
		return 1;
	} finally {
		await api.disconnect();
	}
}

module.exports = { run };
