#!/usr/bin/env node
// A small staking command line for Arete validators and nominators, built on the end-to-end
// tests' pinned @polkadot/api (run `scripts/setup.sh` first so scripts/e2e/node_modules exists).
//
//   SURI='//Alice' node scripts/staking-cli.mjs <command> [args]   (RPC: $RPC, default ws://127.0.0.1:9944)
//
//   bond <ARETE>                 bond that many ARETE (rewards restaked)
//   bond-extra <ARETE>           add to an existing bond
//   set-keys [node-rpc-url]      have the node generate session keys for this account
//                                (author_rotateKeysWithOwner) and register them with session.setKeys
//   validate [commission-%]      become a validator candidate
//   nominate <address> [...]     back up to 16 validators
//   chill                        stop validating or nominating
//   unbond <ARETE>               start unbonding (withdrawable after the bonding duration)
//   payout <validator> <era>     pay a validator and its nominators for an era (anyone may call)
//   status [address]             ledger, role, active era and the validator set
import { ApiPromise, WsProvider } from './e2e/node_modules/@polkadot/api/index.js';
import { Keyring } from './e2e/node_modules/@polkadot/keyring/index.js';
import { u8aToHex } from './e2e/node_modules/@polkadot/util/index.js';
import { cryptoWaitReady } from './e2e/node_modules/@polkadot/util-crypto/index.js';

const ARETE = 10n ** 12n;
const rpc = process.env.RPC ?? 'ws://127.0.0.1:9944';
const [command, ...args] = process.argv.slice(2);

const toPlanck = (arete) => {
	const [whole, fraction = ''] = String(arete).split('.');
	return BigInt(whole) * ARETE + BigInt((fraction + '0'.repeat(12)).slice(0, 12));
};

function submit(api, tx, signer) {
	return new Promise((resolve, reject) => {
		tx.signAndSend(signer, ({ status, dispatchError, events }) => {
			if (dispatchError) {
				const detail = dispatchError.isModule
					? (({ section, name, docs }) => `${section}.${name}: ${docs.join(' ')}`)(api.registry.findMetaError(dispatchError.asModule))
					: dispatchError.toString();
				reject(new Error(detail));
			} else if (status.isFinalized) {
				for (const { event } of events) console.log(`  event ${event.section}.${event.method} ${JSON.stringify(event.data.toHuman())}`);
				resolve();
			}
		}).catch(reject);
	});
}

async function main() {
	await cryptoWaitReady();
	const provider = new WsProvider(rpc);
	const api = await ApiPromise.create({ provider, noInitWarn: true });
	const keyring = new Keyring({ type: 'sr25519', ss58Format: api.registry.chainSS58 });
	const account = () => {
		if (!process.env.SURI) throw new Error('set SURI to the account secret (seed, mnemonic or //Dev path)');
		return keyring.addFromUri(process.env.SURI);
	};
	try {
		switch (command) {
		case 'bond':
			await submit(api, api.tx.staking.bond(toPlanck(args[0]), 'Staked'), account());
			break;
		case 'bond-extra':
			await submit(api, api.tx.staking.bondExtra(toPlanck(args[0])), account());
			break;
		case 'unbond':
			await submit(api, api.tx.staking.unbond(toPlanck(args[0])), account());
			break;
		case 'set-keys': {
			const who = account();
			const nodeProvider = new WsProvider(args[0] ?? rpc);
			await nodeProvider.isReady;
			const generated = await nodeProvider.send('author_rotateKeysWithOwner', [u8aToHex(who.publicKey)]);
			await nodeProvider.disconnect();
			console.log(`session keys: ${generated.keys}`);
			await submit(api, api.tx.session.setKeys(generated.keys, generated.proof), who);
			break;
		}
		case 'validate': {
			const commission = Math.round(Number(args[0] ?? 0) * 10_000_000); // Perbill
			await submit(api, api.tx.staking.validate({ commission, blocked: false }), account());
			break;
		}
		case 'nominate':
			await submit(api, api.tx.staking.nominate(args), account());
			break;
		case 'chill':
			await submit(api, api.tx.staking.chill(), account());
			break;
		case 'payout':
			await submit(api, api.tx.staking.payoutStakers(args[0], Number(args[1])), account());
			break;
		case 'status': {
			const who = args[0] ?? account().address;
			const [ledger, validatorPrefs, nominations, era, validators] = await Promise.all([
				api.query.staking.ledger(who),
				api.query.staking.validators(who),
				api.query.staking.nominators(who),
				api.query.staking.activeEra(),
				api.query.session.validators(),
			]);
			console.log(JSON.stringify({
				account: who,
				ledger: ledger.toHuman(),
				validatorCandidate: !(await api.query.staking.validators.size(who)).isZero() && validatorPrefs.toHuman(),
				nominations: nominations.toHuman(),
				activeEra: era.toHuman(),
				activeValidators: validators.map((v) => v.toString()),
			}, null, 2));
			break;
		}
		default:
			console.error('usage: SURI=... node scripts/staking-cli.mjs bond|bond-extra|set-keys|validate|nominate|chill|unbond|payout|status [args]');
			process.exitCode = 2;
		}
	} finally {
		await api.disconnect();
	}
}

main().catch((error) => {
	console.error(`error: ${error.message}`);
	process.exit(1);
});
