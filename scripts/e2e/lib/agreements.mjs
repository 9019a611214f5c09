// Client side of pallet-agreements (tokenized event streams) for the end-to-end suites: the
// messages participants' keys sign (registration, consent, events, guard approvals), agreement
// ids, event content and producer proofs, stream heads tracked in JavaScript, and the node's
// `agreements_*` JSON-RPC. Every byte layout here is the pallet's (`pallets/agreements`,
// `types.rs` and `features/guards.rs`), assembled by hand so that the suites check the chain
// against an independent implementation.
//
// Functions take the Polkadot.js `api` first: the types of the call arguments come from the
// runtime's metadata, so these helpers follow the runtime's definitions.

import assert from 'node:assert/strict';

import { compactAddLength, hexToU8a, stringToU8a, u8aConcat, u8aToHex } from '@polkadot/util';
import { blake2AsHex, blake2AsU8a } from '@polkadot/util-crypto';

import { accountHex, describeDispatchError, eventField, eventNames, eventsOf, findEvent, submitOk } from './api.mjs';

/** The event hash of a stream's first event's parent. */
export const ZERO_HASH = `0x${'00'.repeat(32)}`;

/** Domain-separation prefixes (`types.rs`, `mod prefix`), each SCALE-encoded as a `Vec<u8>`. */
export const PREFIX = {
	participant: 'arete/agreements/v1/participant',
	agreement: 'arete/agreements/v1/agreement',
	consent: 'arete/agreements/v1/consent',
	event: 'arete/agreements/v1/event',
	guard: 'arete/agreements/v1/guard',
};

/** The metadata's type of argument `index` of `agreements.<call>`, for `createType`. */
export function argType(api, call, index) {
	return api.tx.agreements[call].meta.args[index].type.toString();
}

/**
 * SCALE of a byte string (a Rust `&[u8]` / `Vec<u8>`): compact length, then the bytes. `bytes`:
 * a Uint8Array, or text taken as UTF-8.
 */
export function scaleBytes(bytes) {
	return compactAddLength(typeof bytes === 'string' ? stringToU8a(bytes) : bytes);
}

/** An sr25519 `MultiSignature` of `message` by `pair`, as extrinsics take it. */
export function sr25519Signature(pair, message) {
	return { Sr25519: u8aToHex(pair.sign(message)) };
}

/** `agreements_<method>` over HTTP JSON-RPC (Polkadot.js does not know the custom methods). */
export function agreementsRpc(node, method, ...params) {
	return node.rpc(`agreements_${method}`, params);
}

// ---------------------------------------------------------------------------------------------
// Participants
// ---------------------------------------------------------------------------------------------

/**
 * `agreements.registerParticipant` for `owner` (the account that will sign the extrinsic) with
 * `key`'s proof: the key consents to belong to `owner` on this chain by signing
 * `SCALE((b"arete/agreements/v1/participant", genesis hash, account, kind, key))`. Returns the
 * call, unsigned, so that it can go into a batch.
 */
export function registerParticipantCall(api, owner, kind, key, name) {
	const kindCodec = api.createType(argType(api, 'registerParticipant', 0), kind);
	const keyCodec = api.createType(argType(api, 'registerParticipant', 1), { Sr25519: u8aToHex(key.publicKey) });
	const message = u8aConcat(
		scaleBytes(PREFIX.participant),
		api.genesisHash.toU8a(),
		api.createType('AccountId', owner.address).toU8a(),
		kindCodec.toU8a(),
		keyCodec.toU8a(),
	);
	return api.tx.agreements.registerParticipant(kindCodec, keyCodec, blake2AsHex(name), blake2AsHex(`${name} metadata`), sr25519Signature(key, message));
}

/** Ids of the participants `events` registered, in order, each checked to belong to `owner`. */
export function registeredIds(events, owner) {
	return eventsOf(events, 'agreements', 'ParticipantRegistered').map((registered) => {
		assert.equal(accountHex(eventField(registered, 'owner', 1)), accountHex(owner));
		return eventField(registered, 'id', 0).toNumber();
	});
}

/** Registers one participant (see `registerParticipantCall`), awaited to finality. */
export async function registerParticipant(api, owner, kind, key, name) {
	const result = await submitOk(registerParticipantCall(api, owner, kind, key, name), owner);
	assert.ok(findEvent(result.events, 'agreements', 'ParticipantRegistered'), `no ParticipantRegistered; events: ${eventNames(result.events)}`);
	const [id] = registeredIds(result.events, owner);
	return { id, ...result };
}

// ---------------------------------------------------------------------------------------------
// Agreements
// ---------------------------------------------------------------------------------------------

/**
 * Agreement terms as the metadata types them: producers `left`, validators `right`, a short
 * `kind`, the SCALE lifecycle (hex, from `agreements_encodeLifecycle`) or null, a metadata
 * text (hashed), a salt and a consent deadline (block number).
 */
export function agreementTerms(api, { left, right, kind, lifecycle = null, metadata, salt, consentDeadline }) {
	return api.createType(argType(api, 'proposeAgreement', 0), {
		left,
		right,
		kind,
		lifecycle,
		metadataHash: blake2AsHex(metadata),
		salt: salt ?? blake2AsHex(`${metadata} salt`),
		consentDeadline,
	});
}

/**
 * The id the chain gives the agreement `proposer` proposes with `terms`:
 * `blake2_256(SCALE((b"arete/agreements/v1/agreement", genesis hash, proposer, terms)))`.
 */
export function agreementId(api, proposer, terms) {
	return blake2AsHex(u8aConcat(
		scaleBytes(PREFIX.agreement),
		api.genesisHash.toU8a(),
		api.createType('AccountId', proposer.address).toU8a(),
		terms.toU8a(),
	));
}

/**
 * Consent signatures for the agreement `id`, as `proposeAgreement` takes them: each party's key
 * signs `SCALE((b"arete/agreements/v1/consent", id))`. `parties`: `[{ id, key }]`.
 */
export function consentsTo(api, id, parties) {
	const message = u8aConcat(scaleBytes(PREFIX.consent), hexToU8a(id));
	return parties.map((party) => [party.id, sr25519Signature(party.key, message)]);
}

/**
 * A proposal that every party consents to at once, by signature: `{ id, terms, call }`, the
 * call activating the agreement when `proposer` signs it. `parties` are the distinct parties,
 * `[{ id, key }]`.
 */
export function consentedAgreement(api, proposer, fields, parties) {
	const terms = agreementTerms(api, fields);
	const id = agreementId(api, proposer, terms);
	return { id, terms, call: api.tx.agreements.proposeAgreement(terms, consentsTo(api, id, parties)) };
}

// ---------------------------------------------------------------------------------------------
// Events
// ---------------------------------------------------------------------------------------------

/** `Effect::Mint`: a token of `series` owned by the event's agreement, entering `to`. */
export function mint(series, quantity, to, { edition = null, attributes = `${to} ${series}` } = {}) {
	return { Mint: { series, quantity, uniqueId: edition, attributes: blake2AsHex(attributes), to } };
}

/** `Effect::Transition` of a token of the event's agreement from `from` to `to`. */
export function transition(token, from, to) {
	return { Transition: { token, from, to } };
}

/** `Effect::Lifecycle`: the agreement's own lifecycle from `from` to `to`. */
export function lifecycle(from, to) {
	return { Lifecycle: { from, to } };
}

/**
 * One producer's proof of an event: its participant id and a signature of the event hash by
 * `key`. Every proof of every suite is built here, so a field added to the pallet's
 * `ProducerProof` is added once. `delegation: null` (the default): `key` is the producer's own.
 * With a delegation number, `key` is that of the `Agent` the producer's chain of the event's
 * agreement ends at, signing in the producer's place. A runtime whose `ProducerProof` has no
 * such field ignores it, as Polkadot.js encodes only the fields the metadata declares.
 */
export function producerProof(participant, key, hash, delegation = null) {
	return { participant, signature: sr25519Signature(key, hash), delegation };
}

/**
 * Event content signed by its producers, with its hash
 * `blake2_256(SCALE((b"arete/agreements/v1/event", content)))` (the message every producer's
 * key signs). `fields`: the `EventContent` fields (`timestamp` defaults to now,
 * `sensitiveHash` to a hash of the activity and ordinal, `references` to none); `producers`:
 * `[{ id, key, delegation }]`, one proof each, in this order (`delegation`, optional: the
 * chain through which `key`, an agent's, signs for producer `id`; see `producerProof`).
 * Returns the codecs, the hash and the SCALE hex of content and proofs (as
 * `agreements_dryRunEvent` takes them).
 */
export function signedEvent(api, fields, producers) {
	const content = api.createType(argType(api, 'submitEvent', 0), {
		timestamp: Date.now(),
		sensitiveHash: blake2AsHex(`off-chain data of ${fields.activity} ${fields.ordinal}`),
		references: [],
		...fields,
	});
	const hash = blake2AsU8a(u8aConcat(scaleBytes(PREFIX.event), content.toU8a()));
	const proofs = api.createType(argType(api, 'submitEvent', 1), producers.map((producer) => producerProof(producer.id, producer.key, hash, producer.delegation ?? null)));
	return { content, proofs, hash: u8aToHex(hash), contentHex: content.toHex(), proofsHex: proofs.toHex() };
}

/** `agreements.submitEvent` of a `signedEvent`, with the guards' shared fuel limit. */
export function submitEventCall(api, signed, fuelLimit) {
	return api.tx.agreements.submitEvent(signed.content, signed.proofs, fuelLimit);
}

/**
 * The head of one activity stream `(agreement, activity)` as the client tracks it: each event
 * names its parent (the stream's last event hash, zero for the first) and the next ordinal.
 * `sign` builds an event continuing the stream without moving the head (for attempts that
 * should fail); `next` builds one and moves the head to it, for events that will be recorded.
 */
export class Stream {
	constructor(agreement, activity) {
		this.agreement = agreement;
		this.activity = activity;
		this.parent = ZERO_HASH;
		this.ordinal = 1;
	}

	/**
	 * The event continuing the stream, signed by `producers`; the head stays. `sensitiveHash`
	 * (optional): the hash of the data kept off chain.
	 */
	sign(api, { data, effects, references, timestamp, sensitiveHash }, producers) {
		const fields = { agreement: this.agreement, activity: this.activity, parent: this.parent, ordinal: this.ordinal, data, effects };
		if (references) fields.references = references;
		if (timestamp !== undefined) fields.timestamp = timestamp;
		if (sensitiveHash !== undefined) fields.sensitiveHash = sensitiveHash;
		return signedEvent(api, fields, producers);
	}

	/** `sign`, then the head moves to the new event. */
	next(api, content, producers) {
		const signed = this.sign(api, content, producers);
		this.parent = signed.hash;
		this.ordinal += 1;
		return signed;
	}
}

/**
 * A validator's (or anyone's) approval that a guard checks with `signature_valid`: the object
 * `{ participant, message, signature }`, where `participant`'s key signed
 * `SCALE((b"arete/agreements/v1/guard", agreement, activity, ordinal, message))`, the message
 * bound to the one event that carries it (`stream`'s next event). `message`: bytes, hex or
 * text; `signature`: the hex SCALE `MultiSignature`, as the guard reads it.
 */
export function guardApproval(api, stream, participant, key, message) {
	const messageBytes = typeof message === 'string' && !message.startsWith('0x') ? stringToU8a(message) : hexToU8a(message);
	const signed = u8aConcat(
		scaleBytes(PREFIX.guard),
		hexToU8a(stream.agreement),
		scaleBytes(stream.activity),
		api.createType('u64', stream.ordinal).toU8a(),
		scaleBytes(messageBytes),
	);
	return {
		participant,
		message: u8aToHex(messageBytes),
		signature: api.createType('MultiSignature', sr25519Signature(key, signed)).toHex(),
	};
}

// ---------------------------------------------------------------------------------------------
// Results
// ---------------------------------------------------------------------------------------------

/** Asserts that an extrinsic's `result` (see `signAndWait*`) dispatched. */
export function assertDispatched(result, what) {
	assert.equal(result.dispatchError, undefined, `${what}: ${describeDispatchError(result.dispatchError)}`);
}

/** Asserts that an extrinsic's `result` failed with `Agreements::<name>`. */
export function assertAgreementsError(result, name, what) {
	assert.ok(result.dispatchError, `${what} should have failed with ${name}; events: ${eventNames(result.events)}`);
	assert.equal(describeDispatchError(result.dispatchError).split(':')[0], `agreements.${name}`, what);
}

/** Ids of the tokens `events` minted, in order. */
export function mintedIds(events) {
	return eventsOf(events, 'agreements', 'TokenMinted').map((minted) => eventField(minted, 'id', 0).toNumber());
}
