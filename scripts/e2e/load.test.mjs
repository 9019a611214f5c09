// A smoke run of the load tool (tools/load, `arete-load`) against a real dev node: it funds a
// few accounts, drives transfers for a few seconds and writes its JSON results. This shows the
// tool works end to end (signing, submission, block following); it asserts no speed, which
// scripts/bench.sh and the README's figures measure on a quiet machine.
//
// Run with: node --test scripts/e2e/load.test.mjs

import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';

import { DevNode, NODE_START_TIMEOUT_MS, REPO_ROOT, withNodeLog } from './lib/node.mjs';

const MINUTE = 60_000;
const LOAD_BIN = process.env.LOAD_BIN
	|| path.join(process.env.CARGO_TARGET_DIR || path.join(REPO_ROOT, 'target'), 'release/arete-load');

let node;
let outDir;

before(async () => {
	node = await DevNode.start();
	await withNodeLog(node, () => node.waitForRpc());
	outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'arete-load-'));
}, { timeout: NODE_START_TIMEOUT_MS + MINUTE });

after(async () => {
	await node?.cleanup();
	if (outDir) fs.rmSync(outDir, { recursive: true, force: true });
});

test('arete-load funds accounts, drives transfers and reports what blocks included', { timeout: 5 * MINUTE }, async () => {
	assert.ok(fs.existsSync(LOAD_BIN), `arete-load not found at ${LOAD_BIN}: build it or set LOAD_BIN`);
	const json = path.join(outDir, 'transfer.json');
	const { stdout } = await withNodeLog(node, () => promisify(execFile)(LOAD_BIN, [
		'--url', node.rpcUrl, '--mix', 'transfer', '--accounts', '50', '--duration', '12',
		'--rate', '100', '--drain', '12', '--json', json,
	], { timeout: 4 * MINUTE, maxBuffer: 16 * 1024 * 1024 }));
	assert.match(stdout, /== arete-load: transfer ==/);
	const results = JSON.parse(fs.readFileSync(json, 'utf8'));
	const totals = results.totals;
	// About 1,200 transfers were offered at 100 a second; a dev node includes them all in a few
	// blocks, but the assertion is only that the path works: some were included, none failed,
	// and the per-block series accounts for every inclusion it reports.
	assert.ok(totals.included > 0, `nothing included: ${JSON.stringify(totals)}`);
	assert.equal(totals.failed, 0);
	assert.equal(totals.decode_errors, 0);
	const perBlock = results.blocks.reduce((sum, block) => sum + block.included, 0);
	assert.equal(perBlock, totals.included);
	assert.ok(totals.weight_fraction_max > 0 && totals.weight_fraction_max <= 1);
	const version = await node.rpc('state_getRuntimeVersion');
	assert.equal(results.chain.spec_version, version.specVersion);
});
