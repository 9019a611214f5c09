// Polkadot.js helpers shared by the end-to-end suites: connecting, submitting a signed
// extrinsic and waiting for its inclusion or finalization, reading balances and fees at a given
// block, rotating a domain's witness roster, waiting for a drawn panel, and computing a
// witness's commitment.

import assert from 'node:assert/strict';

import { ApiPromise, WsProvider } from '@polkadot/api';
import { hexToU8a, isHex, stringToU8a, u8aConcat, u8aToHex } from '@polkadot/util';
import { blake2AsHex, decodeAddress } from '@polkadot/util-crypto';

import { DEFAULT_TIMEOUT_MS } from './node.mjs';

/** 1 ARETE in planck (12 decimals). */
export const ARETE = 10n ** 12n;

/** Arete's SS58 address prefix. */
export const SS58_PREFIX = 1337;

/**
 * Connects Polkadot.js to `wsUrl` and waits until the metadata is loaded.
 *
 * `noInitWarn` silences the start-up warnings (undecorated RPC methods, unknown runtime APIs)
 * that say nothing about the chain's correctness and would bury the test output.
 * `throwOnConnect` turns a refused connection into a rejection instead of endless retries.
 */
export async function connectApi(wsUrl, { timeoutMs = DEFAULT_TIMEOUT_MS } = {}) {
	const provider = new WsProvider(wsUrl, 1_000, {}, 60_000);
	let timer;
	const timeout = new Promise((_, reject) => {
		timer = setTimeout(() => reject(new Error(`Polkadot.js did not connect to ${wsUrl} within ${timeoutMs / 1000} s`)), timeoutMs);
	});
	const creating = ApiPromise.create({ provider, noInitWarn: true, throwOnConnect: true });
	try {
		return await Promise.race([creating, timeout]);
	} catch (error) {
		// Stop the provider's reconnect loop; otherwise it keeps the test process alive.
		creating.then((api) => api.disconnect()).catch(() => {});
		await provider.disconnect().catch(() => {});
		// With throwOnConnect the rejection can be a bare WebSocket ErrorEvent, not an Error.
		if (error instanceof Error) throw error;
		const detail = error?.message ?? error?.error?.message ?? error?.type ?? String(error);
		throw new Error(`Polkadot.js could not connect to ${wsUrl}: ${detail}`);
	} finally {
		clearTimeout(timer);
	}
}

/**
 * Hex public key of an account, for exact comparisons that do not depend on the SS58 prefix
 * used to print it. Accepts a key pair, an address string, or an AccountId / MultiAddress codec
 * (both print as an SS58 address).
 */
export function accountHex(who) {
	if (who?.publicKey) return u8aToHex(who.publicKey);
	return u8aToHex(decodeAddress(who.toString()));
}

/** Free balance of `who` at `blockHash`, as a BigInt in planck. */
export async function freeAt(api, blockHash, who) {
	const apiAt = await api.at(blockHash);
	const account = await apiAt.query.system.account(typeof who === 'string' ? who : who.address);
	return account.data.free.toBigInt();
}

/**
 * Total balance (free + reserved, holds included) of `who` at `blockHash`, as a BigInt in planck:
 * unlike the free balance, it does not move when funds are held or released.
 */
export async function totalAt(api, blockHash, who) {
	const apiAt = await api.at(blockHash);
	const { data } = await apiAt.query.system.account(typeof who === 'string' ? who : who.address);
	return data.free.toBigInt() + data.reserved.toBigInt();
}

/**
 * What `who` holds at `blockHash` under the hold reason `reason` of pallet `pallet`, as a BigInt
 * in planck (0n when nothing is held for it), e.g.
 * `heldAt(api, hash, ferdie, 'Witnesses', 'ClaimBond')`: `pallet` is the runtime's name of the
 * pallet (the variant of `RuntimeHoldReason`), `reason` the variant of its `HoldReason`.
 */
export async function heldAt(api, blockHash, who, pallet, reason) {
	const apiAt = await api.at(blockHash);
	const holds = await apiAt.query.balances.holds(typeof who === 'string' ? who : who.address);
	return holds
		.filter((hold) => hold.id.type === pallet && hold.id.value.type === reason)
		.reduce((sum, hold) => sum + hold.amount.toBigInt(), 0n);
}

/**
 * `Perbill::mul_floor`: `perbill` (a Perbill codec, e.g. a constant, or its parts as a number or
 * BigInt) of `amount` (BigInt), rounded down.
 */
export function perbillOf(perbill, amount) {
	const parts = typeof perbill?.toBigInt === 'function' ? perbill.toBigInt() : BigInt(perbill);
	return (amount * parts) / 1_000_000_000n;
}

/**
 * Hex public key of the account of a pallet's `PalletId` (`into_account_truncating`): the bytes
 * "modl", the 8-byte id (e.g. "arete/tr", the treasury's), then zeros up to 32 bytes.
 */
export function palletAccountHex(palletId) {
	const id = fixedBytes(typeof palletId === 'string' && !isHex(palletId) ? stringToU8a(palletId) : palletId, 8, 'palletId');
	return u8aToHex(u8aConcat(stringToU8a('modl'), id, new Uint8Array(20)));
}

/** Parent hash of the block `blockHash` (hex string). */
export async function parentOf(api, blockHash) {
	const header = await api.rpc.chain.getHeader(blockHash);
	return header.parentHash.toHex();
}

/**
 * Signs `tx` with `signer`, submits it with a status subscription and resolves when it is
 * finalized, with `{ blockHash, events, dispatchError }`: `events` are only this extrinsic's
 * events (Polkadot.js filters the block's events by extrinsic index). Rejects if the pool
 * rejects it at submission (e.g. 1010 Invalid Transaction), if it is dropped, invalidated or
 * usurped later, or on timeout.
 */
export function signAndWaitFinalized(tx, signer, { timeoutMs = DEFAULT_TIMEOUT_MS } = {}) {
	return signAndWait(tx, signer, 'finalized', timeoutMs);
}

/**
 * `signAndWaitFinalized`, resolving as soon as the extrinsic is in a best block (the dev chain
 * has one author, so that block is final once GRANDPA catches up): for checks that must run
 * within a few blocks of the extrinsic, before finality's lag has passed.
 */
export function signAndWaitInBlock(tx, signer, { timeoutMs = DEFAULT_TIMEOUT_MS } = {}) {
	return signAndWait(tx, signer, 'in a block', timeoutMs);
}

/**
 * Signs every call of `txs` with `signer` under consecutive nonces and submits them all at once,
 * so that the pool executes them in this order, as many per block as fit: one round trip for a
 * sequence of dependent extrinsics of one account. Resolves, once each is in a block (or, with
 * `until: 'finalized'`, finalized), with their results in order (see `signAndWaitFinalized`),
 * failed dispatches included: the caller checks each `dispatchError`.
 */
export async function signAndSendInOrder(api, txs, signer, { until = 'in a block', timeoutMs = DEFAULT_TIMEOUT_MS } = {}) {
	const first = (await api.rpc.system.accountNextIndex(signer.address)).toNumber();
	return Promise.all(txs.map((tx, index) => signAndWait(tx, signer, until, timeoutMs, { nonce: first + index })));
}

function signAndWait(tx, signer, until, timeoutMs, options = {}) {
	return new Promise((resolve, reject) => {
		let unsubscribe;
		let settled = false;
		const finish = (fn, value) => {
			if (settled) return;
			settled = true;
			clearTimeout(timer);
			// Unsubscribing too early is harmless; the promise may still be pending here.
			Promise.resolve(unsubscribe).then((unsub) => unsub?.()).catch(() => {});
			fn(value);
		};
		const timer = setTimeout(
			() => finish(reject, new Error(`${tx.method.section}.${tx.method.method} not ${until} within ${timeoutMs / 1000} s`)),
			timeoutMs,
		);
		unsubscribe = tx
			.signAndSend(signer, options, (result) => {
				const { status } = result;
				if (status.isFinalized) {
					finish(resolve, { blockHash: status.asFinalized.toHex(), events: result.events, dispatchError: result.dispatchError });
				} else if (status.isInBlock && until === 'in a block') {
					finish(resolve, { blockHash: status.asInBlock.toHex(), events: result.events, dispatchError: result.dispatchError });
				} else if (status.isInvalid || status.isDropped || status.isUsurped || status.isFinalityTimeout) {
					finish(reject, new Error(`${tx.method.section}.${tx.method.method} failed in the pool: ${status.type}`));
				}
			})
			.catch((error) => finish(reject, error));
	});
}

/** The first event `section.method` among `events` (EventRecords), or undefined. */
export function findEvent(events, section, method) {
	return events.map(({ event }) => event).find((event) => event.section === section && event.method === method);
}

/**
 * The first finalized block after `deadline`, at most `lag` blocks later, whose events include
 * `section.method` (one for which `where(event)` holds, e.g. the event of one request among
 * several): the witnesses' idle hook finalizes a due request with the block's spare weight, in
 * the first block after the deadline or a later one when that block had no room (a session
 * change takes a whole block). Returns `{ number, hash, records, event }`, the hash as hex.
 */
export async function findEventAfter(api, node, deadline, section, method, lag = 5, where = () => true) {
	for (let number = deadline + 1; number <= deadline + lag; number++) {
		await node.waitForFinalized(number);
		const hash = (await api.rpc.chain.getBlockHash(number)).toHex();
		const records = await (await api.at(hash)).query.system.events();
		const event = eventsOf(records, section, method).find(where);
		if (event) return { number, hash, records, event };
	}
	assert.fail(`no ${section}.${method} within ${lag} blocks after block ${deadline}`);
}

/**
 * The first event `section.method` once a client request is final: its round is tallied in the
 * first blocks after `revealDeadline` (`witnesses.RoundDecided`, with the last block of its
 * appeal window), and it becomes final in the first blocks after that window.
 */
export async function findFinalEvent(api, node, revealDeadline, section, method) {
	const decided = await findEventAfter(api, node, revealDeadline, 'witnesses', 'RoundDecided');
	const appealUntil = eventField(decided.event, 'appealUntil', 4).toNumber();
	return findEventAfter(api, node, appealUntil, section, method);
}

/** Every event `section.method` among `events` (EventRecords), in order. */
export function eventsOf(events, section, method) {
	return events.map(({ event }) => event).filter((event) => event.section === section && event.method === method);
}

/** Names of the events, "section.method", for failure messages. */
export function eventNames(events) {
	return events.map(({ event }) => `${event.section}.${event.method}`).join(', ');
}

/**
 * A named field of an event's data as a codec. Polkadot.js exposes named fields as getters when
 * the metadata carries names (FRAME's struct-like events do); fall back to the position.
 */
export function eventField(event, name, index) {
	const byName = event.data[name];
	// A name that clashes with an array/tuple method would give that method, not a codec.
	return typeof byName?.toU8a === 'function' ? byName : event.data[index];
}

/** Human-readable form of a DispatchError ("section.Name: docs"), for assertion messages. */
export function describeDispatchError(dispatchError) {
	if (!dispatchError) return 'none';
	if (dispatchError.isModule) {
		const { section, name, docs } = dispatchError.registry.findMetaError(dispatchError.asModule);
		return `${section}.${name}: ${docs.join(' ')}`;
	}
	return dispatchError.toString();
}

/**
 * Submits `tx` signed by `signer`, waits for finalization (with `inBlock`, only for its inclusion
 * in a best block, see `signAndWaitInBlock`) and asserts it dispatched.
 */
export async function submitOk(tx, signer, { inBlock = false } = {}) {
	const result = await (inBlock ? signAndWaitInBlock : signAndWaitFinalized)(tx, signer);
	assert.equal(
		result.dispatchError,
		undefined,
		`${tx.method.section}.${tx.method.method}: ${describeDispatchError(result.dispatchError)}`,
	);
	return result;
}

/** The fee `events` (one extrinsic's) charged its signer, as a BigInt in planck. */
export function feeOf(events) {
	const paid = findEvent(events, 'transactionPayment', 'TransactionFeePaid');
	assert.ok(paid, `no TransactionFeePaid; events: ${eventNames(events)}`);
	return eventField(paid, 'actualFee', 1).toBigInt();
}

/**
 * Percent of every transaction fee (its tip excluded) paid to the treasury; the rest and the
 * tip go to the block's author (`TREASURY_FEE_PERCENT` in runtime/src/configs/monetary.rs).
 */
export const TREASURY_FEE_PERCENT = 80n;

/** The treasury's share of a fee of `fee` planck (tip excluded): it rounds down. */
export function treasuryShareOf(fee) {
	return (fee * TREASURY_FEE_PERCENT) / 100n;
}

/**
 * What the fees paid in `records` (a whole block's events) brought the treasury and the block's
 * author, as BigInts in planck: `{ treasury, author }`.
 */
export function feeShares(records) {
	let treasury = 0n;
	let author = 0n;
	for (const paid of eventsOf(records, 'transactionPayment', 'TransactionFeePaid')) {
		const tip = eventField(paid, 'tip', 2).toBigInt();
		const fee = eventField(paid, 'actualFee', 1).toBigInt() - tip;
		treasury += treasuryShareOf(fee);
		author += fee - treasuryShareOf(fee) + tip;
	}
	return { treasury, author };
}

/** All the events of the block `blockHash`. */
export async function blockEvents(api, blockHash) {
	return (await api.at(blockHash)).query.system.events();
}

/** Number of the block `blockHash`. */
export async function numberOf(api, blockHash) {
	return (await api.rpc.chain.getHeader(blockHash)).number.toNumber();
}

/**
 * Rotates the witness roster of `domain` (8 bytes: Uint8Array or 0x-hex, e.g. "perform\0")
 * with `witnesses.rotateRoster`, signed by `signer`, so that every witness registered by now
 * can be drawn: a drawn panel is drawn from the roster that was current when its request was
 * opened, never from the live registry, and a drawn request of a domain without a roster fails
 * `NoRoster`. Call it after registering the witnesses and before opening the request.
 *
 * A domain's first roster holds `RosterDeposit` from `signer` (asserted here, with the
 * `RosterDeposit` hold reason). A later rotation needs `RosterPeriod` blocks since the last
 * one: if the domain already has a roster (another suite on the same chain built it), this
 * waits until that many blocks have passed, and the deposit stays with whoever paid it.
 * Returns `{ first, era, candidates, blockHash, events }`: `first` whether this built the
 * domain's first roster, `candidates` the number of witnesses the roster holds.
 */
export async function rotateRoster(api, node, domain, signer) {
	const current = await api.query.witnesses.currentRosters(domain);
	if (current.isSome) {
		// The rotation's block must be at least `builtAt + RosterPeriod`: it comes after the best.
		const period = api.consts.witnesses.rosterPeriod.toNumber();
		await node.waitForBest(current.unwrap().builtAt.toNumber() + period - 1);
	}
	const result = await submitOk(api.tx.witnesses.rotateRoster(domain), signer);
	const rotated = findEvent(result.events, 'witnesses', 'RosterRotated');
	assert.ok(rotated, `no RosterRotated; events: ${eventNames(result.events)}`);
	assert.equal(eventField(rotated, 'domain', 0).toHex(), u8aToHex(fixedBytes(domain, 8, 'domain')));
	const first = current.isNone;
	if (first) {
		const deposit = api.consts.witnesses.rosterDeposit.toBigInt();
		const apiAt = await api.at(result.blockHash);
		const holds = await apiAt.query.balances.holds(signer.address);
		assert.ok(
			holds.some((hold) => hold.id.isWitnesses && hold.id.asWitnesses.isRosterDeposit && hold.amount.toBigInt() === deposit),
			`the first roster holds ${deposit} from its builder: ${holds.toString()}`,
		);
		const info = (await apiAt.query.witnesses.currentRosters(domain)).unwrap();
		assert.equal(accountHex(info.depositor), accountHex(signer));
	}
	return {
		first,
		era: eventField(rotated, 'era', 1).toNumber(),
		candidates: eventField(rotated, 'candidates', 2).toNumber(),
		...result,
	};
}

/** Whether `event` is the `witnesses.PanelDrawn` of request `id`. */
function isPanelDrawn(event, id) {
	return event.section === 'witnesses' && event.method === 'PanelDrawn' && eventField(event, 'id', 0).toNumber() === Number(id);
}

/**
 * The `witnesses.PanelDrawn` event of the drawn request `id` whose seed block is `drawAt` (the
 * `drawAt` of its `RequestOpened`). The idle hook draws the panel with a block's spare weight,
 * in block `drawAt` or, when that block has no room (a session change takes a whole block), a
 * later one; if no block up to `drawAt + lag` drew it, `signer` draws it with
 * `witnesses.advance(id)`, which anyone may call from the seed block on. Returns
 * `{ number, hash, event, members, commitDeadline, revealDeadline }`: the block that drew the
 * panel, the event, the drawn witnesses as `[{ who, seats }]` (`who` a hex public key, see
 * `accountHex`; a witness may hold several seats) and the deadlines, counted from the draw.
 */
export async function waitForDraw(api, node, id, drawAt, signer, lag = 2) {
	const drawnIn = async (number) => {
		await node.waitForFinalized(number);
		const hash = (await api.rpc.chain.getBlockHash(number)).toHex();
		const records = await (await api.at(hash)).query.system.events();
		const event = records.map((record) => record.event).find((candidate) => isPanelDrawn(candidate, id));
		return event && { number, hash, event };
	};
	const described = ({ number, hash, event }) => ({
		number,
		hash,
		event,
		members: eventField(event, 'members', 1).map(([who, seats]) => ({ who: accountHex(who), seats: seats.toNumber() })),
		commitDeadline: eventField(event, 'commitDeadline', 2).toNumber(),
		revealDeadline: eventField(event, 'revealDeadline', 3).toNumber(),
	});
	for (let number = drawAt; number <= drawAt + lag; number++) {
		const found = await drawnIn(number);
		if (found) return described(found);
	}
	const advanced = await signAndWaitFinalized(api.tx.witnesses.advance(id), signer);
	const number = await numberOf(api, advanced.blockHash);
	if (!advanced.dispatchError) {
		const event = advanced.events.map((record) => record.event).find((candidate) => isPanelDrawn(candidate, id));
		assert.ok(event, `advance(${id}) drew no panel; events: ${eventNames(advanced.events)}`);
		return described({ number, hash: advanced.blockHash, event });
	}
	// The idle hook drew it while `advance` waited in the pool (which then fails `NotDue`).
	for (let later = drawAt + lag + 1; later <= number; later++) {
		const found = await drawnIn(later);
		if (found) return described(found);
	}
	assert.fail(`request ${id}: no PanelDrawn from block ${drawAt} to ${number}; advance: ${describeDispatchError(advanced.dispatchError)}`);
}

/** Domain-separation prefix of witness commitments: the 16 ASCII bytes "arete:commit:v1:". */
export const COMMITMENT_PREFIX = stringToU8a('arete:commit:v1:');

/** `value` (Uint8Array, 0x-hex string or codec) as exactly `length` bytes. */
function fixedBytes(value, length, what) {
	let bytes;
	if (value instanceof Uint8Array) bytes = value;
	else if (typeof value === 'string' && isHex(value)) bytes = hexToU8a(value);
	else if (typeof value?.toU8a === 'function') bytes = value.toU8a();
	else throw new TypeError(`${what}: expected bytes, a 0x-hex string or a codec, got ${value}`);
	if (bytes.length !== length) throw new RangeError(`${what}: expected ${length} bytes, got ${bytes.length}`);
	return bytes;
}

/**
 * The preimage of a witness's commitment (pallet-witnesses' `Pallet::commitment_of`, that is
 * `verification_primitives::commitment_hash`): the SCALE encoding of
 * `(*b"arete:commit:v1:", domain, requestId, witness, verdict, score, salt)`, i.e. the
 * concatenation of
 *
 *   prefix     16 bytes  the ASCII bytes "arete:commit:v1:"
 *   domain      8 bytes  the request's domain, e.g. "perform\0" or "claims\0\0"
 *   requestId   8 bytes  u64 little-endian
 *   witness    32 bytes  the committing account's public key (AccountId32)
 *   verdict     1 byte   0x01 approves (true), 0x00 rejects (false)
 *   score    1 or 5 bytes  Option<u32>: 0x00 for none, or 0x01 then u32 little-endian
 *   salt       32 bytes  the witness's secret, fresh for every request
 *
 * `domain`: 8 bytes (Uint8Array, 0x-hex string, or the `[u8; 8]` codec of an event or of the
 * stored request). `witness`: a key pair, an address, a 0x-hex public key or an AccountId
 * codec. `requestId`: a number or a BigInt. `verdict`: a boolean. `score`: a number, or
 * null/undefined for none. `salt`: 32 bytes or 0x-hex.
 */
export function commitmentPreimage(domain, requestId, witness, verdict, score, salt) {
	if (typeof verdict !== 'boolean') throw new TypeError(`verdict: expected a boolean, got ${verdict}`);
	const id = new Uint8Array(8);
	new DataView(id.buffer).setBigUint64(0, BigInt(requestId), true);
	const account = witness?.publicKey ?? (witness instanceof Uint8Array ? witness : decodeAddress(witness.toString()));
	let scoreBytes = new Uint8Array([0]);
	if (score !== null && score !== undefined) {
		if (!Number.isInteger(score) || score < 0 || score > 0xffff_ffff) throw new RangeError(`score: not a u32: ${score}`);
		scoreBytes = new Uint8Array(5);
		scoreBytes[0] = 1;
		new DataView(scoreBytes.buffer).setUint32(1, score, true);
	}
	return u8aConcat(
		COMMITMENT_PREFIX,
		fixedBytes(domain, 8, 'domain'),
		id,
		fixedBytes(account, 32, 'witness'),
		new Uint8Array([verdict ? 1 : 0]),
		scoreBytes,
		fixedBytes(salt, 32, 'salt'),
	);
}

/**
 * A witness's commitment as pallet-witnesses expects it: blake2_256 of
 * `commitmentPreimage(domain, requestId, witness, verdict, score, salt)`, bound to the
 * request's domain, the request and the witness. Reveal the same verdict, score and salt.
 *
 * Self-check (the worked example the Rust crates pin; `commitment.test.mjs` asserts it):
 * Alice (0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d) approving
 * request 42 of "perform\0" with score 9500 and salt 0x000102...1f:
 *
 *   commitmentOf(stringToU8a('perform\0'), 42, alice, true, 9_500, salt)
 *     === '0x89b494327d423f126cd7afa12a16d16537333da60d0216d7b87a7c08b0971951'
 */
export function commitmentOf(domain, requestId, witness, verdict, score, salt) {
	return blake2AsHex(commitmentPreimage(domain, requestId, witness, verdict, score, salt), 256);
}

/** A fresh 32-byte salt for a witness commitment, as hex. */
export function freshSalt() {
	return u8aToHex(crypto.getRandomValues(new Uint8Array(32)));
}

/**
 * The members of a drawn panel (`waitForDraw`'s `drawn`) as `[{ who, seats, pair, salt }]`:
 * each member's key pair found among `pairs` (the suite's witnesses) and a fresh salt.
 * Asserts that the panel has `seats` seats in all, that every member is one of `pairs`, and
 * that none of `excluded` (key pairs) was drawn.
 */
export function panelMembers(drawn, pairs, seats, excluded = []) {
	assert.equal(drawn.members.reduce((sum, member) => sum + member.seats, 0), seats, `a panel of ${seats} seats`);
	return drawn.members.map(({ who, seats: held }) => {
		for (const pair of excluded) assert.notEqual(who, accountHex(pair), `${pair.address} is never drawn`);
		const pair = pairs.find((candidate) => accountHex(candidate) === who);
		assert.ok(pair, `${who} is one of the suite's witnesses`);
		return { who, seats: held, pair, salt: freshSalt() };
	});
}

/**
 * Sends, for every panel of `panels` (`[{ request, members, ... }]`, members from
 * `panelMembers`), `call(panel, member)` from each of its members: each witness of `pairs`
 * sends its calls under consecutive nonces, the witnesses in parallel. Asserts that each call
 * dispatched with the event `witnesses.<expected>`.
 */
export async function sendByWitness(api, pairs, panels, call, expected) {
	await Promise.all(
		pairs.map(async (pair) => {
			const mine = panels.flatMap((panel) => panel.members.filter((member) => member.pair === pair).map((member) => ({ panel, member })));
			if (mine.length === 0) return;
			const results = await signAndSendInOrder(api, mine.map(({ panel, member }) => call(panel, member)), pair);
			results.forEach((result, index) => {
				assert.equal(result.dispatchError, undefined, `${pair.address} on request ${mine[index].panel.request}: ${describeDispatchError(result.dispatchError)}`);
				assert.ok(findEvent(result.events, 'witnesses', expected), `no ${expected}; events: ${eventNames(result.events)}`);
			});
		}),
	);
}
