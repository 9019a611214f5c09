#!/usr/bin/env node
// Converts snarkjs Groth16 output for BLS12-381 into Arete's chain encoding (the
// groth16-verifier crate's README has the byte tables):
//
//   node scripts/groth16/snarkjs-to-arete.mjs verification_key.json [proof.json public.json]
//
// prints { "verifyingKey": "0x…", "proof": "0x…", "publicInputs": ["0x…", …] } (only
// verifyingKey when given only the key, for registering it). Node >= 20, no dependencies: the
// encoding is a few big-endian and little-endian integers, and BigInt is enough to check every
// coordinate is in range and every point is on its curve. Subgroup membership is left to the
// chain, which checks it anyway. The functions are exported for tests.

import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

/** BLS12-381's base field modulus p: coordinates are integers below it. */
export const P = 0x1a0111ea397fe69a4b1ba7b6434bacd764774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaaabn;
/** BLS12-381's group order r: public inputs are integers below it. */
export const R = 0x73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000001n;
/** The most public inputs the chain accepts (groth16-verifier's MAX_PUBLIC_INPUTS). */
export const MAX_PUBLIC_INPUTS = 16;

const FQ_BYTES = 48;
const SCALAR_BYTES = 32;
// arkworks' (zcash's) flag bits in the first byte of a point: bit 7 compressed, bit 6 infinity.
const INFINITY_FLAG = 0x40;

/** Parses a snarkjs decimal string into a BigInt below `modulus`. */
export function parseBelow(value, modulus, what) {
	if (typeof value !== "string" || !/^[0-9]+$/.test(value)) {
		throw new Error(`${what}: expected a decimal string, got ${JSON.stringify(value)}`);
	}
	const n = BigInt(value);
	if (n >= modulus) {
		throw new Error(`${what}: ${value} is out of range (must be below ${modulus})`);
	}
	return n;
}

function beBytes(n, len) {
	const out = new Uint8Array(len);
	for (let i = len - 1; i >= 0; i--, n >>= 8n) out[i] = Number(n & 0xffn);
	return out;
}

function leBytes(n, len) {
	return beBytes(n, len).reverse();
}

const mod = (a) => ((a % P) + P) % P;

// Fq2 = Fq[u] / (u^2 + 1), elements as [c0, c1].
const f2mul = ([a0, a1], [b0, b1]) => [mod(a0 * b0 - a1 * b1), mod(a0 * b1 + a1 * b0)];
const f2add = ([a0, a1], [b0, b1]) => [mod(a0 + b0), mod(a1 + b1)];

function g1OnCurve(x, y) {
	return mod(y * y) === mod(x * x * x + 4n);
}

function g2OnCurve(x, y) {
	// y^2 = x^3 + 4(u + 1)
	const rhs = f2add(f2mul(f2mul(x, x), x), [4n, 4n]);
	const lhs = f2mul(y, y);
	return lhs[0] === rhs[0] && lhs[1] === rhs[1];
}

function expectArray(value, length, what) {
	if (!Array.isArray(value) || value.length !== length) {
		throw new Error(`${what}: expected an array of ${length}, got ${JSON.stringify(value)}`);
	}
	return value;
}

/**
 * A snarkjs G1 point ["x", "y", "z"] (z = "1" affine, z = "0" the identity) as the 96 bytes
 * x || y, 48 big-endian bytes each; the identity is 0x40 then zeros.
 */
export function g1ToBytes(point, what) {
	const [xs, ys, zs] = expectArray(point, 3, what);
	const z = parseBelow(zs, P, `${what}.z`);
	const out = new Uint8Array(2 * FQ_BYTES);
	if (z === 0n) {
		out[0] = INFINITY_FLAG;
		return out;
	}
	if (z !== 1n) {
		throw new Error(`${what}: z = ${zs}; only affine points (z = 1) or the identity (z = 0) are supported`);
	}
	const x = parseBelow(xs, P, `${what}.x`);
	const y = parseBelow(ys, P, `${what}.y`);
	if (!g1OnCurve(x, y)) throw new Error(`${what}: not a point of BLS12-381 G1`);
	out.set(beBytes(x, FQ_BYTES), 0);
	out.set(beBytes(y, FQ_BYTES), FQ_BYTES);
	return out;
}

/**
 * A snarkjs G2 point [["x.c0", "x.c1"], ["y.c0", "y.c1"], ["1", "0"]] as the 192 bytes
 * x.c1 || x.c0 || y.c1 || y.c0 (the imaginary part first, as zcash and arkworks write it).
 */
export function g2ToBytes(point, what) {
	const [xs, ys, zs] = expectArray(point, 3, what);
	const coord = (pair, name) =>
		expectArray(pair, 2, `${what}.${name}`).map((c, i) => parseBelow(c, P, `${what}.${name}.c${i}`));
	const z = coord(zs, "z");
	const out = new Uint8Array(4 * FQ_BYTES);
	if (z[0] === 0n && z[1] === 0n) {
		out[0] = INFINITY_FLAG;
		return out;
	}
	if (z[0] !== 1n || z[1] !== 0n) {
		throw new Error(`${what}: z = ${JSON.stringify(zs)}; only affine points (z = ["1", "0"]) or the identity are supported`);
	}
	const x = coord(xs, "x");
	const y = coord(ys, "y");
	if (!g2OnCurve(x, y)) throw new Error(`${what}: not a point of BLS12-381 G2`);
	[x[1], x[0], y[1], y[0]].forEach((c, i) => out.set(beBytes(c, FQ_BYTES), i * FQ_BYTES));
	return out;
}

function checkCurve(object, what) {
	if (object.curve !== undefined && object.curve !== "bls12381") {
		throw new Error(`${what}: curve "${object.curve}" is not supported; Arete verifies Groth16 over BLS12-381 only ("bls12381")`);
	}
	if (object.protocol !== undefined && object.protocol !== "groth16") {
		throw new Error(`${what}: protocol "${object.protocol}" is not supported; only "groth16"`);
	}
}

const hex = (bytes) => "0x" + Buffer.from(bytes).toString("hex");
const concat = (parts) => {
	const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
	parts.reduce((at, p) => (out.set(p, at), at + p.length), 0);
	return out;
};

/**
 * A snarkjs verification_key.json object as the chain's verifying key: alpha (G1), beta, gamma,
 * delta (G2), the IC count as 8 little-endian bytes, then the IC points (G1).
 */
export function verifyingKeyToChain(vk) {
	checkCurve(vk, "verification key");
	if (vk.curve === undefined) throw new Error('verification key: no "curve" (expected "bls12381")');
	const ic = vk.IC;
	if (!Array.isArray(ic) || ic.length < 1) throw new Error("verification key: IC must be a non-empty array");
	if (vk.nPublic !== undefined && vk.nPublic !== ic.length - 1) {
		throw new Error(`verification key: nPublic is ${vk.nPublic} but IC has ${ic.length} points (expected nPublic + 1)`);
	}
	if (ic.length - 1 > MAX_PUBLIC_INPUTS) {
		throw new Error(`verification key: ${ic.length - 1} public inputs; the chain accepts at most ${MAX_PUBLIC_INPUTS}`);
	}
	return hex(
		concat([
			g1ToBytes(vk.vk_alpha_1, "vk_alpha_1"),
			g2ToBytes(vk.vk_beta_2, "vk_beta_2"),
			g2ToBytes(vk.vk_gamma_2, "vk_gamma_2"),
			g2ToBytes(vk.vk_delta_2, "vk_delta_2"),
			leBytes(BigInt(ic.length), 8),
			...ic.map((p, i) => g1ToBytes(p, `IC[${i}]`)),
		]),
	);
}

/** A snarkjs proof.json object as the chain's proof: A (G1), B (G2), C (G1). */
export function proofToChain(proof) {
	checkCurve(proof, "proof");
	return hex(
		concat([g1ToBytes(proof.pi_a, "pi_a"), g2ToBytes(proof.pi_b, "pi_b"), g1ToBytes(proof.pi_c, "pi_c")]),
	);
}

/** A snarkjs public.json array as the chain's public inputs: 32 little-endian bytes each. */
export function publicToChain(signals) {
	if (!Array.isArray(signals)) throw new Error("public signals: expected an array of decimal strings");
	if (signals.length > MAX_PUBLIC_INPUTS) {
		throw new Error(`public signals: ${signals.length} inputs; the chain accepts at most ${MAX_PUBLIC_INPUTS}`);
	}
	return signals.map((s, i) => hex(leBytes(parseBelow(s, R, `public[${i}]`), SCALAR_BYTES)));
}

/** All three at once, checking the input count against the key. */
export function convert({ vk, proof, publicSignals }) {
	const out = { verifyingKey: verifyingKeyToChain(vk) };
	if (proof === undefined && publicSignals === undefined) return out;
	if (proof === undefined || publicSignals === undefined) {
		throw new Error("give both the proof and the public signals, or neither");
	}
	if (publicSignals.length !== vk.IC.length - 1) {
		throw new Error(`public signals: ${publicSignals.length} given, the key expects ${vk.IC.length - 1}`);
	}
	out.proof = proofToChain(proof);
	out.publicInputs = publicToChain(publicSignals);
	return out;
}

function main(args) {
	if (args.length !== 1 && args.length !== 3) {
		console.error("usage: snarkjs-to-arete.mjs verification_key.json [proof.json public.json]");
		process.exit(2);
	}
	const read = (path) => JSON.parse(readFileSync(path, "utf8"));
	const [vk, proof, publicSignals] = args.map(read);
	console.log(JSON.stringify(convert({ vk, proof, publicSignals }), null, 2));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	try {
		main(process.argv.slice(2));
	} catch (e) {
		console.error(`snarkjs-to-arete: ${e.message}`);
		process.exit(1);
	}
}
