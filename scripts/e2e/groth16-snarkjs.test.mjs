// snarkjs interoperability of the chain's Groth16 encoding (pallets/groth16-verifier). Needs no
// node: it checks files.
//
// pallets/groth16-verifier/fixtures/snarkjs/ holds a proof written by the crate's Rust tests
// (ark-groth16, BLS12-381, two public inputs) in snarkjs's JSON format, and chain.json, the same
// key, proof and inputs in the chain encoding, also written by Rust. Here snarkjs itself must
// accept the JSON (so the files really are snarkjs's format for bls12381, coordinates and
// G2 component order included), and scripts/groth16/snarkjs-to-arete.mjs must turn the JSON
// into exactly chain.json, which the Rust verifier accepts (the crate's tests check that).

import { after, describe, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as snarkjs from "snarkjs";
import {
	convert,
	g1ToBytes,
	g2ToBytes,
	P,
	proofToChain,
	publicToChain,
	R,
	verifyingKeyToChain,
} from "../groth16/snarkjs-to-arete.mjs";

const fixtures = new URL("../../pallets/groth16-verifier/fixtures/snarkjs/", import.meta.url);
const script = fileURLToPath(new URL("../groth16/snarkjs-to-arete.mjs", import.meta.url));
const path = (name) => fileURLToPath(new URL(name, fixtures));
const load = (name) => JSON.parse(readFileSync(path(name), "utf8"));

const vk = load("verification_key.json");
const proof = load("proof.json");
const publicSignals = load("public.json");
const chain = load("chain.json");
const clone = (value) => JSON.parse(JSON.stringify(value));

// snarkjs keeps one BLS12-381 curve per process with worker threads behind it
// (globalThis.curve_bls12381, from ffjavascript); they keep the process alive until terminated.
after(async () => {
	await globalThis.curve_bls12381?.terminate();
});

describe("snarkjs reads the committed fixture as a BLS12-381 Groth16 proof", () => {
	test("the fixture is what the test expects", () => {
		assert.equal(vk.protocol, "groth16");
		assert.equal(vk.curve, "bls12381");
		assert.equal(vk.nPublic, 2);
		assert.equal(vk.IC.length, 3);
		assert.equal(publicSignals.length, 2);
	});

	test("snarkjs.groth16.verify accepts it", async () => {
		assert.equal(await snarkjs.groth16.verify(vk, publicSignals, proof), true);
	});

	test("snarkjs.groth16.verify rejects a tampered public signal", async () => {
		const tampered = [...publicSignals];
		tampered[1] = (BigInt(tampered[1]) + 1n).toString();
		assert.equal(await snarkjs.groth16.verify(vk, tampered, proof), false);
	});

	test("snarkjs.groth16.verify rejects swapped public signals", async () => {
		assert.equal(await snarkjs.groth16.verify(vk, [...publicSignals].reverse(), proof), false);
	});
});

describe("snarkjs-to-arete.mjs", () => {
	test("converts the fixture into exactly the chain encoding Rust wrote", () => {
		assert.deepEqual(convert({ vk, proof, publicSignals }), chain);
	});

	test("the command line prints the same", () => {
		const run = spawnSync(process.execPath, [script, path("verification_key.json"), path("proof.json"), path("public.json")], {
			encoding: "utf8",
		});
		assert.equal(run.status, 0, run.stderr);
		assert.deepEqual(JSON.parse(run.stdout), chain);
	});

	test("with only the key, prints only the key", () => {
		const run = spawnSync(process.execPath, [script, path("verification_key.json")], { encoding: "utf8" });
		assert.equal(run.status, 0, run.stderr);
		assert.deepEqual(JSON.parse(run.stdout), { verifyingKey: chain.verifyingKey });
	});

	test("sizes are those of the chain encoding", () => {
		const bytes = (hex) => (hex.length - 2) / 2;
		assert.equal(bytes(chain.verifyingKey), 96 + 3 * 192 + 8 + 3 * 96);
		assert.equal(bytes(chain.proof), 96 + 192 + 96);
		assert.deepEqual(chain.publicInputs.map(bytes), [32, 32]);
	});

	test("public inputs are little-endian", () => {
		assert.deepEqual(publicToChain(["1", "256"]), ["0x01" + "00".repeat(31), "0x0001" + "00".repeat(30)]);
	});

	test("refuses other curves and protocols", () => {
		assert.throws(() => verifyingKeyToChain({ ...vk, curve: "bn128" }), /curve "bn128" is not supported/);
		assert.throws(() => proofToChain({ ...proof, curve: "bn128" }), /curve "bn128" is not supported/);
		assert.throws(() => verifyingKeyToChain({ ...vk, protocol: "plonk" }), /protocol "plonk" is not supported/);
	});

	test("refuses coordinates and inputs out of range", () => {
		const bad = clone(vk);
		bad.vk_alpha_1[0] = P.toString();
		assert.throws(() => verifyingKeyToChain(bad), /vk_alpha_1\.x: .* is out of range/);
		const badB = clone(proof);
		badB.pi_b[1][1] = (P + 5n).toString();
		assert.throws(() => proofToChain(badB), /pi_b\.y\.c1: .* is out of range/);
		assert.throws(() => publicToChain([R.toString()]), /public\[0\]: .* is out of range/);
		assert.throws(() => publicToChain(["-1"]), /expected a decimal string/);
		assert.throws(() => publicToChain(["0x10"]), /expected a decimal string/);
	});

	test("refuses points off the curve and non-affine points", () => {
		const [x, y] = vk.vk_alpha_1;
		assert.throws(() => g1ToBytes([x, (BigInt(y) + 1n).toString(), "1"], "a"), /a: not a point of BLS12-381 G1/);
		const b = clone(proof.pi_b);
		b[0][0] = (BigInt(b[0][0]) + 1n).toString();
		assert.throws(() => g2ToBytes(b, "b"), /b: not a point of BLS12-381 G2/);
		assert.throws(() => g1ToBytes([x, y, "2"], "a"), /only affine points/);
	});

	test("encodes the identity with arkworks' infinity flag", () => {
		assert.equal(Buffer.from(g1ToBytes(["0", "1", "0"], "a")).toString("hex"), "40" + "00".repeat(95));
		assert.equal(Buffer.from(g2ToBytes([["0", "0"], ["1", "0"], ["0", "0"]], "b")).toString("hex"), "40" + "00".repeat(191));
	});

	test("refuses an input count that does not match the key", () => {
		assert.throws(() => convert({ vk, proof, publicSignals: publicSignals.slice(1) }), /1 given, the key expects 2/);
	});

	test("a bad file makes the command line fail with a message", () => {
		const run = spawnSync(process.execPath, [script, path("proof.json")], { encoding: "utf8" });
		assert.equal(run.status, 1);
		assert.match(run.stderr, /snarkjs-to-arete: /);
	});
});
