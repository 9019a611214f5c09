// Helpers that run a real `arete-node` for the end-to-end tests: free ports, spawning,
// JSON-RPC over HTTP, polling waits, kill -9 + restart, and cleanup that also runs when the
// test process is interrupted.
//
// Only Node built-ins are used here so that the RPC-level checks do not depend on Polkadot.js.

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

/** Repository root (this file is `<repo>/scripts/e2e/lib/node.mjs`). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** The node binary under test; `scripts/env.sh` exports NODE_BIN for a custom target dir. */
export const NODE_BIN = process.env.NODE_BIN || path.join(REPO_ROOT, 'target/release/arete-node');

/** Default wait: first start compiles the Wasm runtime, and blocks come every 6 s. */
export const DEFAULT_TIMEOUT_MS = 120_000;

/**
 * How long a node may take to serve RPC after it is spawned. At start it compiles the Wasm
 * runtime (2.2 MB since the agents pallet brought arkworks): alone that takes seconds, but the
 * test command starts every suite's node at once on 2 cores, where a start was seen to take over
 * two minutes. Suites' `before` hooks allow this plus a minute.
 */
export const NODE_START_TIMEOUT_MS = 360_000;

/** Set E2E_KEEP_TMP=1 to keep base directories (DB + node.log) for a post-mortem. */
const KEEP_TMP = process.env.E2E_KEEP_TMP === '1';

// ---------------------------------------------------------------------------------------------
// Process-wide cleanup: every node we start and every temp dir we create is registered here so
// that nothing is left behind when the test file ends, crashes or is interrupted (Ctrl-C, or the
// test runner's timeout sending SIGTERM).
// ---------------------------------------------------------------------------------------------

const liveChildren = new Set();
const tempDirs = new Set();

function cleanupSync() {
	for (const child of liveChildren) {
		try {
			child.kill('SIGKILL');
		} catch {
			// Already gone.
		}
	}
	liveChildren.clear();
	if (!KEEP_TMP) {
		for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
		tempDirs.clear();
	}
}

// 'exit' handlers must be synchronous, which is why cleanupSync uses kill + rmSync only.
process.on('exit', cleanupSync);
for (const [signal, code] of [
	['SIGINT', 130],
	['SIGTERM', 143],
	['SIGHUP', 129],
]) {
	// Installing a handler replaces Node's default "exit at once", so exit explicitly afterwards.
	process.once(signal, () => {
		cleanupSync();
		process.exit(code);
	});
}

// ---------------------------------------------------------------------------------------------
// Ports
// ---------------------------------------------------------------------------------------------

function listenOnce() {
	return new Promise((resolve, reject) => {
		const server = net.createServer();
		server.unref();
		server.once('error', reject);
		server.listen({ port: 0, host: '127.0.0.1', exclusive: true }, () => resolve(server));
	});
}

/**
 * Returns `count` distinct free loopback TCP ports. All probe sockets stay open until every port
 * is chosen, so the kernel cannot hand out the same port twice; they are closed before the node
 * binds them (a small race with unrelated processes remains, as with any such scheme).
 */
export async function freePorts(count) {
	const servers = [];
	try {
		for (let i = 0; i < count; i++) servers.push(await listenOnce());
		return servers.map((s) => s.address().port);
	} finally {
		await Promise.all(servers.map((s) => new Promise((resolve) => s.close(() => resolve()))));
	}
}

/** One free loopback TCP port. */
export async function freePort() {
	const [port] = await freePorts(1);
	return port;
}

// ---------------------------------------------------------------------------------------------
// JSON-RPC over HTTP
// ---------------------------------------------------------------------------------------------

/** A JSON-RPC error object returned by the node, kept as an Error with its code and data. */
export class RpcError extends Error {
	constructor(method, error) {
		super(`${method}: JSON-RPC error ${error?.code}: ${error?.message}${error?.data ? ` (${JSON.stringify(error.data)})` : ''}`);
		this.name = 'RpcError';
		this.code = error?.code;
		this.data = error?.data;
		this.rpcMessage = error?.message;
	}
}

/**
 * Asserts that `promise` fails with a JSON-RPC error (`RpcError`) of `code` whose message
 * matches `pattern`.
 */
export async function assertRpcError(promise, code, pattern) {
	await assert.rejects(promise, (error) => {
		assert.ok(error instanceof RpcError, `expected a JSON-RPC error, got ${error}`);
		assert.equal(error.code, code, error.message);
		assert.match(error.rpcMessage, pattern);
		return true;
	});
}

let nextRpcId = 1;

/**
 * POSTs `body` (an object, serialized as JSON, or a raw string sent as is) to `url` and returns
 * `{ status, text, json }`, where `json` is the parsed body or `null` when it is not JSON. Used
 * directly by the malformed-request tests, which need to see exactly what came back.
 */
export async function rpcRaw(url, body, { timeoutMs = 10_000 } = {}) {
	const response = await fetch(url, {
		method: 'POST',
		// jsonrpsee answers 415 without this header, whatever the body.
		headers: { 'content-type': 'application/json' },
		body: typeof body === 'string' ? body : JSON.stringify(body),
		signal: AbortSignal.timeout(timeoutMs),
	});
	const text = await response.text();
	let json = null;
	try {
		json = JSON.parse(text);
	} catch {
		// Not JSON (e.g. an empty 4xx body): callers look at `status` and `text`.
	}
	return { status: response.status, text, json };
}

/** Calls `method` and returns its result, or throws RpcError / a transport error. */
export async function rpcCall(url, method, params = [], opts = {}) {
	const id = nextRpcId++;
	const { status, text, json } = await rpcRaw(url, { jsonrpc: '2.0', id, method, params }, opts);
	if (json === null) throw new Error(`${method}: HTTP ${status}, body is not JSON: ${text.slice(0, 200)}`);
	if (json.error) throw new RpcError(method, json.error);
	if (!('result' in json)) throw new Error(`${method}: response has neither result nor error: ${text.slice(0, 200)}`);
	return json.result;
}

// ---------------------------------------------------------------------------------------------
// Waiting
// ---------------------------------------------------------------------------------------------

/**
 * Polls `probe` until it returns a truthy value, which is returned. Errors thrown by `probe`
 * (e.g. connection refused while the node starts) are retried; the last one is reported if the
 * wait times out. `abortCheck` may return a reason string to fail at once (the node died).
 */
export async function waitUntil(what, probe, { timeoutMs = DEFAULT_TIMEOUT_MS, intervalMs = 500, abortCheck } = {}) {
	const deadline = Date.now() + timeoutMs;
	let lastError;
	let lastValue;
	for (;;) {
		const reason = abortCheck?.();
		if (reason) throw new Error(`while waiting for ${what}: ${reason}`);
		try {
			lastValue = await probe();
			if (lastValue) return lastValue;
		} catch (error) {
			lastError = error;
		}
		if (Date.now() >= deadline) {
			const detail = lastError ? `; last error: ${lastError.message}` : `; last value: ${JSON.stringify(lastValue)}`;
			throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}${detail}`);
		}
		await sleep(intervalMs);
	}
}

// ---------------------------------------------------------------------------------------------
// The node
// ---------------------------------------------------------------------------------------------

/** Header numbers are hex strings ("0x1a") in Substrate's JSON-RPC. */
const headerNumber = (header) => Number.parseInt(header.number, 16);

/**
 * One `arete-node --dev` process on its own base path and loopback ports. The base path and
 * ports are fixed for the object's life, so `restart()` resumes the same chain.
 */
export class DevNode {
	/**
	 * Creates the temp base dir, picks ports and starts the node (without waiting for RPC;
	 * call `waitForRpc()`).
	 */
	static async start({ bin = NODE_BIN, extraArgs = [] } = {}) {
		if (!fs.existsSync(bin)) {
			throw new Error(`arete-node binary not found at ${bin}: build it (cargo build --release) or set NODE_BIN`);
		}
		const basePath = fs.mkdtempSync(path.join(os.tmpdir(), 'arete-e2e-'));
		tempDirs.add(basePath);
		const [rpcPort, p2pPort, prometheusPort] = await freePorts(3);
		const node = new DevNode({ bin, basePath, rpcPort, p2pPort, prometheusPort, extraArgs });
		node.spawn();
		return node;
	}

	constructor({ bin, basePath, rpcPort, p2pPort, prometheusPort, extraArgs }) {
		this.bin = bin;
		this.basePath = basePath;
		this.rpcPort = rpcPort;
		this.p2pPort = p2pPort;
		this.prometheusPort = prometheusPort;
		this.extraArgs = extraArgs;
		this.logPath = path.join(basePath, 'node.log');
		this.child = null;
		/** Set when the current child exits: `{ code, signal }`. */
		this.exitInfo = null;
		this.exited = null;
	}

	get rpcUrl() {
		return `http://127.0.0.1:${this.rpcPort}`;
	}

	/** Same port as HTTP: the node's RPC server speaks both. */
	get wsUrl() {
		return `ws://127.0.0.1:${this.rpcPort}`;
	}

	get metricsUrl() {
		return `http://127.0.0.1:${this.prometheusPort}/metrics`;
	}

	/** Flags of sc_cli::RunCmd only; nothing Arete-specific, so any polkadot-sdk node would do. */
	args() {
		return [
			'--dev',
			'--base-path', this.basePath,
			'--rpc-port', String(this.rpcPort),
			'--port', String(this.p2pPort),
			'--prometheus-port', String(this.prometheusPort),
			'--no-telemetry',
			'--no-mdns',
			'--rpc-cors', 'all',
			...this.extraArgs,
		];
	}

	/** Starts a process; its stdout and stderr are appended to `node.log` in the base dir. */
	spawn() {
		if (this.child && !this.exitInfo) throw new Error('node is already running');
		fs.appendFileSync(this.logPath, `\n=== e2e: starting ${this.bin} ${this.args().join(' ')} at ${new Date().toISOString()} ===\n`);
		// The child writes to the file descriptor directly, so a busy test process can never
		// stall the node on a full pipe.
		const fd = fs.openSync(this.logPath, 'a');
		let child;
		try {
			child = spawn(this.bin, this.args(), {
				stdio: ['ignore', fd, fd],
				// Plain logs in the file; the node colours them only on a TTY anyway.
				env: { ...process.env, RUST_LOG_STYLE: 'never', NO_COLOR: '1' },
			});
		} finally {
			fs.closeSync(fd);
		}
		this.child = child;
		this.exitInfo = null;
		liveChildren.add(child);
		this.exited = new Promise((resolve) => {
			const done = (code, signal) => {
				liveChildren.delete(child);
				// A later restart replaces this.child; only record exits of the current process.
				if (this.child === child) this.exitInfo = { code, signal };
				resolve({ code, signal });
			};
			child.once('exit', done);
			// e.g. ENOENT / EACCES: 'exit' may never come.
			child.once('error', (error) => {
				fs.appendFileSync(this.logPath, `=== e2e: spawn error: ${error.message} ===\n`);
				done(null, null);
			});
		});
	}

	/** Why waiting is pointless (the process is gone), or undefined while it runs. */
	deathReason() {
		if (!this.exitInfo) return undefined;
		const { code, signal } = this.exitInfo;
		return `arete-node exited (code ${code}, signal ${signal}); see ${this.logPath}`;
	}

	get isRunning() {
		return this.child !== null && this.exitInfo === null;
	}

	/** `rpcCall` against this node. */
	rpc(method, params = [], opts) {
		return rpcCall(this.rpcUrl, method, params, opts);
	}

	/** `rpcRaw` against this node. */
	rpcRaw(body, opts) {
		return rpcRaw(this.rpcUrl, body, opts);
	}

	/** `waitUntil` that also fails at once if the node process dies. */
	waitUntil(what, probe, opts = {}) {
		return waitUntil(what, probe, { abortCheck: () => this.deathReason(), ...opts });
	}

	/** Waits until the RPC server answers `system_health` (by default `NODE_START_TIMEOUT_MS`). */
	async waitForRpc(opts) {
		return this.waitUntil(`RPC on ${this.rpcUrl}`, () => this.rpc('system_health', [], { timeoutMs: 5_000 }), {
			timeoutMs: NODE_START_TIMEOUT_MS,
			...opts,
		});
	}

	async bestNumber() {
		return headerNumber(await this.rpc('chain_getHeader'));
	}

	/** `{ number, hash }` of the finalized head. */
	async finalizedHead() {
		const hash = await this.rpc('chain_getFinalizedHead');
		const header = await this.rpc('chain_getHeader', [hash]);
		return { number: headerNumber(header), hash };
	}

	async finalizedNumber() {
		return (await this.finalizedHead()).number;
	}

	/** Waits until the finalized block number is >= n; returns the finalized head. */
	async waitForFinalized(n, opts) {
		return this.waitUntil(`finalized block >= ${n}`, async () => {
			const head = await this.finalizedHead();
			return head.number >= n ? head : null;
		}, { intervalMs: 1_000, ...opts });
	}

	/** Waits until the best block number is >= n; returns it. */
	async waitForBest(n, opts) {
		return this.waitUntil(`best block >= ${n}`, async () => {
			const best = await this.bestNumber();
			return best >= n ? best : null;
		}, { intervalMs: 1_000, ...opts });
	}

	/** Sends `signal` (SIGKILL by default, i.e. no graceful shutdown) and waits for the exit. */
	async kill(signal = 'SIGKILL') {
		if (!this.isRunning) return this.exitInfo;
		this.child.kill(signal);
		return this.exited;
	}

	/** Kills the node if it runs, starts it again on the same base path and ports, waits for RPC. */
	async restart(opts) {
		await this.kill('SIGKILL');
		this.spawn();
		await this.waitForRpc(opts);
	}

	/** Last `n` lines of the node log (for failure messages). */
	logTail(n = 50) {
		try {
			const lines = fs.readFileSync(this.logPath, 'utf8').trim().split('\n');
			return lines.slice(-n).join('\n');
		} catch (error) {
			return `(no log: ${error.message})`;
		}
	}

	/** Kills the node and removes its base dir (kept with E2E_KEEP_TMP=1). */
	async cleanup() {
		await this.kill('SIGKILL');
		if (KEEP_TMP) {
			console.error(`e2e: keeping ${this.basePath} (E2E_KEEP_TMP=1)`);
			return;
		}
		fs.rmSync(this.basePath, { recursive: true, force: true });
		tempDirs.delete(this.basePath);
	}
}

/**
 * Runs `fn` and, if it throws, rethrows with the last 50 node log lines appended, so that a CI
 * failure shows what the node was doing without having to fetch artifacts.
 */
export async function withNodeLog(node, fn) {
	try {
		return await fn();
	} catch (error) {
		if (!node) throw error;
		const message = error instanceof Error ? error.message : String(error);
		throw new Error(`${message}\n\n--- last 50 lines of ${node.logPath} ---\n${node.logTail(50)}\n--- end of node log ---`, { cause: error });
	}
}

/**
 * Returns `step(name, timeoutMs, fn)`, which declares one test of a suite whose tests run in
 * order against the node `getNode()` returns. A suite's tests build on each other (the account
 * one registers, the request another opens), so once a step fails the later ones are skipped at
 * once instead of each waiting minutes for an effect that can no longer come: a broken suite
 * ends within seconds of its failure. A failure's message ends with the node log's tail.
 *
 * The step enforces `timeoutMs` itself: node:test's own timeout only cancels a test (reported
 * as "cancelled", without the node log) while its function keeps running. The runner's timeout
 * stays as a backstop 30 s later, and its abort also marks the suite as failed.
 */
export function suiteSteps(getNode) {
	let failedStep;
	return function step(name, timeout, fn) {
		test(name, { timeout: timeout + 30_000 }, async (t) => {
			if (failedStep) {
				t.skip(`skipped: the earlier step "${failedStep}" failed`);
				return;
			}
			// The signal also aborts once a test has ended, passed or not: only an abort while the
			// step still runs (the runner's timeout) is a failure.
			let running = true;
			t.signal.addEventListener('abort', () => {
				if (running) failedStep ??= name;
			});
			let timer;
			const expired = new Promise((_, reject) => {
				timer = setTimeout(() => reject(new Error(`step timed out after ${timeout / 1000} s`)), timeout);
			});
			try {
				await withNodeLog(getNode(), () => Promise.race([fn(), expired]));
			} catch (error) {
				failedStep ??= name;
				throw error;
			} finally {
				running = false;
				clearTimeout(timer);
			}
		});
	};
}
