// End-to-end check of the community credit economy (`pallet-credits`) on a real
// `arete-node --dev`, driven by Polkadot.js and raw JSON-RPC as a dApp would.
//
// Alice, Bob, Charlie, Dave, Eve and Ferdie are genesis participants with the early grant.
// Alice sponsors a fresh account that holds no ARETE at all: her deposit is held, the newcomer
// receives the early grant from the genesis pool and can sign. Without paying a fee it posts
// (rewarded), reacts to Bob's post (rewarded as engagement), tips it (Bob receives the tip) and
// hypes it (80 % burned, of which 80 % returns to the pool, 20 % to Bob); its ARETE balance
// stays zero throughout. Its history, read over `credits_history`, verifies on the client
// against the head its ledger holds, and an altered, dropped or missing entry is detected.
//
// Then it floods the pool with more fee-free posts than its allowance holds: exactly the
// allowance gets in, the rest is cut off (the pool refuses a further post because the account
// cannot pay a fee), while Bob's transfer and Charlie's fee-free post sent during the flood
// are included. Malformed RPC input is a JSON-RPC error -32602.
//
// Run with: NODE_BIN=... node --test scripts/e2e/credits.test.mjs

import assert from 'node:assert/strict';
import { after, before } from 'node:test';

import { Keyring } from '@polkadot/keyring';
import { u8aToHex } from '@polkadot/util';
import { cryptoWaitReady } from '@polkadot/util-crypto';

import {
	ARETE,
	SS58_PREFIX,
	connectApi,
	eventField,
	eventNames,
	findEvent,
	heldAt,
	perbillOf,
	signAndSendInOrder,
	submitOk,
} from './lib/api.mjs';
import { verifyHistory } from './lib/credits.mjs';
import { NODE_START_TIMEOUT_MS, DevNode, assertRpcError, suiteSteps, waitUntil, withNodeLog } from './lib/node.mjs';

const MINUTE = 60_000;
const INVALID_PARAMS = -32602;
/** One credit, in the millionths the chain counts. */
const CREDIT = 1_000_000n;

let node;
let api;
let alice;
let bob;
let charlie;
/** A fresh account that never holds any ARETE. */
let newcomer;
/** Runtime constants, read once connected. */
let consts;

/** What the steps learn along the way. */
const state = {};

const e2eTest = suiteSteps(() => node);

/** `credits_*` over HTTP JSON-RPC (Polkadot.js does not know the custom methods). */
function creditsRpc(method, ...params) {
	return node.rpc(`credits_${method}`, params);
}

/** A content hash: 32 bytes, the first `tag`, the rest `n`. */
function content(tag, n) {
	const bytes = new Uint8Array(32);
	bytes[0] = tag;
	new DataView(bytes.buffer).setUint32(28, n);
	return u8aToHex(bytes);
}

/** Asserts that `result` (a signAndWait result) dispatched without paying any fee. */
function assertFeeFree(result, what) {
	assert.equal(result.dispatchError, undefined, `${what}: ${result.dispatchError}`);
	assert.equal(findEvent(result.events, 'transactionPayment', 'TransactionFeePaid'), undefined, `${what} paid a fee`);
}

function eventOf(result, method) {
	const event = findEvent(result.events, 'credits', method);
	assert.ok(event, `no credits.${method}; events: ${eventNames(result.events)}`);
	return event;
}

before(async () => {
	await cryptoWaitReady();
	const keyring = new Keyring({ type: 'sr25519', ss58Format: SS58_PREFIX });
	alice = keyring.addFromUri('//Alice');
	bob = keyring.addFromUri('//Bob');
	charlie = keyring.addFromUri('//Charlie');
	newcomer = keyring.addFromUri('//CreditsNewcomer');

	node = await DevNode.start();
	await withNodeLog(node, () => node.waitForRpc());
	await withNodeLog(node, async () => {
		api = await connectApi(node.wsUrl);
	});
	const credits = api.consts.credits;
	consts = {
		genesisTotal: credits.genesisTotal.toBigInt(),
		earlyGrant: credits.earlyGrant.toBigInt(),
		deposit: credits.enrollmentDeposit.toBigInt(),
		hypeBurn: credits.hypeBurnShare.toBigInt(),
		recycle: credits.recycleShare.toBigInt(),
		maxAllowance: credits.maxAllowance.toNumber(),
		maxLivePosts: credits.maxLivePosts.toNumber(),
	};
}, { timeout: NODE_START_TIMEOUT_MS + MINUTE });

after(async () => {
	await api?.disconnect().catch(() => {});
	await node?.cleanup();
});

e2eTest('genesis: six participants with the early grant, the rest in the pool', 2 * MINUTE, async () => {
	const stats = await creditsRpc('stats');
	assert.equal(stats.participants, 6);
	assert.equal(BigInt(stats.poolAvailable), consts.genesisTotal - 6n * consts.earlyGrant);
	assert.equal(stats.burned, '0');
	const ledger = await creditsRpc('ledger', bob.address);
	assert.equal(ledger.content, String(consts.earlyGrant));
	assert.equal(ledger.historyLen, 1);
	assert.equal(await creditsRpc('ledger', newcomer.address), null);
});

e2eTest('a sponsor enrolls an account that holds no ARETE', 3 * MINUTE, async () => {
	const result = await submitOk(api.tx.credits.enroll(newcomer.address), alice);
	const enrolled = eventOf(result, 'Enrolled');
	assert.equal(eventField(enrolled, 'grant', 3).toBigInt(), consts.earlyGrant);
	assert.equal(await heldAt(api, result.blockHash, alice, 'Credits', 'Enrollment'), consts.deposit);
	const account = await (await api.at(result.blockHash)).query.system.account(newcomer.address);
	assert.equal(account.data.free.toBigInt(), 0n);
	assert.equal(account.sufficients.toNumber(), 1, 'the ledger makes the account exist');
	const ledger = await creditsRpc('ledger', newcomer.address, result.blockHash);
	assert.equal(ledger.total, String(consts.earlyGrant));
	assert.equal(ledger.sponsor, alice.address);
	assert.equal(await creditsRpc('allowance', newcomer.address), consts.maxAllowance);
});

e2eTest('without ARETE it posts, reacts, tips and hypes, and pays no fee', 4 * MINUTE, async () => {
	const bobContent = content(0xb0, 1);
	assertFeeFree(await submitOk(api.tx.credits.post(bobContent, null), bob), 'Bob\'s post');
	const bobPost = await creditsRpc('postId', bob.address, bobContent);
	const mine = content(0xc0, 1);
	const tip = 10n * CREDIT;
	const hype = 20n * CREDIT;
	const bobBefore = BigInt((await creditsRpc('ledger', bob.address)).total);

	const results = await signAndSendInOrder(
		api,
		[
			api.tx.credits.post(mine, null),
			api.tx.credits.react(bobPost),
			api.tx.credits.tip(bobPost, tip),
			api.tx.credits.hype(bobPost, hype),
		],
		newcomer,
		{ until: 'finalized' },
	);
	results.forEach((result, i) => assertFeeFree(result, ['post', 'react', 'tip', 'hype'][i]));
	const [posted, reacted, tipped, hyped] = results;
	const postReward = eventField(eventOf(posted, 'Rewarded'), 'amount', 2).toBigInt();
	const engagement = eventField(eventOf(reacted, 'Rewarded'), 'amount', 2).toBigInt();
	assert.ok(postReward > (99n * CREDIT) / 100n && postReward <= CREDIT, `a post earns about one credit: ${postReward}`);
	assert.ok(engagement > (4n * CREDIT) / 100n && engagement <= CREDIT / 20n, `an engagement about 0.05: ${engagement}`);
	assert.equal(eventField(eventOf(tipped, 'Tipped'), 'toAuthor', 3).toBigInt(), tip);
	const hypedEvent = eventOf(hyped, 'Hyped');
	const burned = eventField(hypedEvent, 'burned', 3).toBigInt();
	assert.equal(burned, perbillOf(consts.hypeBurn, hype));
	assert.equal(eventField(hypedEvent, 'recycled', 4).toBigInt(), perbillOf(consts.recycle, burned));
	assert.equal(eventField(hypedEvent, 'toAuthor', 5).toBigInt(), hype - burned);

	const last = hyped.blockHash;
	const account = await (await api.at(last)).query.system.account(newcomer.address);
	assert.equal(account.data.free.toBigInt(), 0n, 'still no ARETE');
	const ledger = await creditsRpc('ledger', newcomer.address, last);
	assert.equal(BigInt(ledger.total), consts.earlyGrant + postReward + engagement - tip - hype);
	assert.equal(ledger.lifetimeSpent, String(tip + hype));
	assert.equal(BigInt((await creditsRpc('ledger', bob.address, last)).total), bobBefore + tip + (hype - burned));
	const post = await creditsRpc('post', bobPost, last);
	assert.deepEqual([post.tips, post.hype, post.reactions, post.author], [String(tip), String(hype), 1, bob.address]);
	const minePost = await creditsRpc('postId', newcomer.address, mine);
	const ranked = await creditsRpc('trending', [minePost, bobPost, content(0xee, 0)], last);
	assert.deepEqual(ranked.map(({ post }) => post), [bobPost, minePost], 'hyped first; the unknown post left out');
	assert.equal(ranked[1].score, '0', 'a post nobody hyped scores nothing');
	assert.ok(BigInt(ranked[0].score) > hype && BigInt(ranked[0].score) <= (hype * 105n) / 100n, `hype × the reaction's boost: ${ranked[0].score}`);
	const stats = await creditsRpc('stats', last);
	assert.equal(BigInt(stats.burned), burned - perbillOf(consts.recycle, burned));
	assert.equal(await creditsRpc('allowance', newcomer.address, last), consts.maxAllowance - 4);
	state.lastBlock = last;
});

e2eTest('its history verifies on the client, and tampering is detected', 2 * MINUTE, async () => {
	const ledger = await creditsRpc('ledger', newcomer.address, state.lastBlock);
	const entries = await creditsRpc('history', newcomer.address, 0, 32, state.lastBlock);
	assert.equal(entries.length, ledger.historyLen);
	assert.deepEqual(
		entries.map((e) => e.kind),
		['grant', 'reward:post', 'reward:engagement', 'tipSent', 'hypeSpent'],
	);
	assert.equal(verifyHistory(newcomer.address, entries, ledger.historyHead), null);
	const altered = entries.map((e, i) => (i === 3 ? { ...e, amount: String(BigInt(e.amount) + 1n) } : e));
	assert.deepEqual(verifyHistory(newcomer.address, altered, ledger.historyHead), { fault: 'tampered', seq: 3 });
	const dropped = entries.filter((_, i) => i !== 2);
	assert.deepEqual(verifyHistory(newcomer.address, dropped, ledger.historyHead), { fault: 'broken', seq: 3 });
	assert.deepEqual(verifyHistory(newcomer.address, entries.slice(0, -1), ledger.historyHead), { fault: 'head', seq: 3 });
	assert.deepEqual(verifyHistory(bob.address, entries, ledger.historyHead), { fault: 'tampered', seq: 0 });
});

e2eTest('a flood of fee-free posts is cut off at the allowance while others get in', 5 * MINUTE, async () => {
	const left = await creditsRpc('allowance', newcomer.address);
	const flood = left + 20;
	const firstNonce = (await api.rpc.system.accountNextIndex(newcomer.address)).toNumber();
	const started = Date.now();
	const signed = await Promise.all(
		Array.from({ length: flood }, (_, i) =>
			api.tx.credits.post(content(0xf0, i), null).signAsync(newcomer, { nonce: firstNonce + i }),
		),
	);
	const accepted = [];
	for (const tx of signed) {
		accepted.push(await api.rpc.author.submitExtrinsic(tx).then(() => true, () => false));
	}
	// Others during the flood: Bob pays for a transfer, Charlie posts fee-free.
	const others = Promise.all([
		submitOk(api.tx.balances.transferKeepAlive(alice.address, ARETE), bob, { inBlock: true }),
		submitOk(api.tx.credits.post(content(0xcc, 1), null), charlie, { inBlock: true }),
	]);

	// The flood settles once the account's allowance is spent.
	await waitUntil('the newcomer\'s allowance to run out', async () => (await creditsRpc('allowance', newcomer.address)) === 0, { timeoutMs: 3 * MINUTE });
	// Two more blocks: nothing more of the flood gets in.
	const best = (await api.rpc.chain.getHeader()).number.toNumber();
	await node.waitForBest(best + 2);
	const [bobTransfer, charliePost] = await others;
	const nonceAfter = (await api.query.system.account(newcomer.address)).nonce.toNumber();
	const included = nonceAfter - firstNonce;
	console.log(
		`fee-free flood: ${flood} posts signed, ${accepted.filter(Boolean).length} accepted by the pool, ` +
			`${included} included (allowance ${left}) in ${((Date.now() - started) / 1000).toFixed(1)} s; ` +
			`Bob's transfer and Charlie's post included in blocks ${bobTransfer.blockHash.slice(0, 10)}…, ${charliePost.blockHash.slice(0, 10)}…`,
	);
	assert.equal(included, left, 'exactly the allowance got in');
	// Posts past `MaxLivePosts` fail in dispatch (`TooManyLivePosts`) and still use up their
	// action: the flood's failing calls are no cheaper than its successful ones.
	assert.equal((await creditsRpc('ledger', newcomer.address)).livePosts, Math.min(1 + left, consts.maxLivePosts));
	assertFeeFree(charliePost, 'Charlie\'s post during the flood');

	// One more: no longer fee-free, and the account cannot pay.
	const more = api.tx.credits.post(content(0xf1, 0), null);
	await assert.rejects(
		more.signAsync(newcomer, { nonce: nonceAfter }).then((tx) => api.rpc.author.submitExtrinsic(tx)),
		/1010|Inability to pay some fees/,
	);
});

e2eTest('malformed input is a JSON-RPC error', MINUTE, async () => {
	await assertRpcError(creditsRpc('ledger', 'nonsense'), INVALID_PARAMS, /invalid account/);
	await assertRpcError(creditsRpc('post', '0x1234'), INVALID_PARAMS, /post: 4 hex digits/);
	const many = Array.from({ length: 257 }, (_, i) => content(1, i));
	await assertRpcError(creditsRpc('trending', many), INVALID_PARAMS, /at most 256/);
	await assertRpcError(creditsRpc('postId', alice.address, 'zz'), INVALID_PARAMS, /content: expected 0x/);
});
