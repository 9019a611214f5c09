#!/usr/bin/env node
// Turns the JSON results of `arete-load` runs (<dir>/<mix>.json, written by scripts/bench.sh)
// into <dir>/table.md, one data file per mix for the chart (<dir>/<mix>.dat) and the gnuplot
// script that draws <dir>/chart.png.
//
//   node scripts/bench-report.mjs bench/results/latest
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2];
if (!dir) {
	console.error('usage: bench-report.mjs <results dir>');
	process.exit(2);
}

const MIXES = ['transfer', 'verified', 'optimistic'];
// What a mix's verified event is, for the table.
const UNIT = {
	transfer: 'transfers',
	verified: 'rounds finalized',
	optimistic: 'claims stood',
};

const runs = MIXES.filter((mix) => existsSync(join(dir, `${mix}.json`))).map((mix) => ({
	mix,
	result: JSON.parse(readFileSync(join(dir, `${mix}.json`), 'utf8')),
}));
if (runs.length === 0) {
	console.error(`no <mix>.json in ${dir}`);
	process.exit(1);
}

const pct = (fraction) => `${(fraction * 100).toFixed(1)} %`;
const num = (value, digits = 1) => (value == null ? 'n/a' : Number(value).toFixed(digits));

function describeRun(config) {
	const pace = config.rate > 0 ? `${config.rate}/s` : 'flat out';
	return `${config.duration} s, ${pace}, ${config.accounts} accounts`;
}

const header = [
	'mix',
	'run',
	'extrinsics/s',
	'verified events/s',
	'weights allow /s',
	'share',
	'per block (mean / max)',
	'weight (mean / max)',
	'length (mean / max)',
	'finality lag (max)',
	'node RSS (peak)',
	'bound',
];
const rows = runs.map(({ mix, result }) => {
	const t = result.totals;
	const allow = t.weights_allow ?? {};
	return [
		mix,
		describeRun(result.config),
		num(t.extrinsics_per_second),
		`${num(allow.sustained_per_second, 2)} ${UNIT[mix]}`,
		`${num(allow.per_second)} (${allow.bound ?? 'n/a'})`,
		allow.share == null ? 'n/a' : pct(allow.share),
		`${num(t.included_per_block_mean, 0)} / ${t.included_per_block_max}`,
		`${pct(t.weight_fraction_mean)} / ${pct(t.weight_fraction_max)}`,
		`${pct(t.length_fraction_mean)} / ${pct(t.length_fraction_max)}`,
		`${t.max_finality_lag} blocks`,
		t.peak_rss_mb == null ? 'n/a' : `${num(t.peak_rss_mb, 0)} MB`,
		// Work sustained at (nearly) what the weights allow is bound by them; otherwise the
		// tool's heuristic, up to its first colon (the rest explains it).
		allow.share >= 0.9 ? "the weights' allowance" : String(t.bound).split(':')[0],
	];
});

const runInfo = existsSync(join(dir, 'run.txt')) ? readFileSync(join(dir, 'run.txt'), 'utf8') : '';
const table = [
	`| ${header.join(' | ')} |`,
	`|${header.map(() => '---').join('|')}|`,
	...rows.map((row) => `| ${row.join(' | ')} |`),
].join('\n');
const notes = [
	'',
	'Extrinsics/s, per block, weight and length are over the blocks seen during submission',
	'(weight: normal class against its limit). Verified events/s: transfers during submission;',
	'rounds finalized and claims stood from the first completion to the last (drain included),',
	'since each completes minutes after it is opened. "Weights allow" is what the benchmarked',
	'weights let a block hold of that work, and what binds it; "share" is the sustained rate',
	'against it.',
	'',
	'```',
	runInfo.trim(),
	'```',
	'',
].join('\n');
writeFileSync(join(dir, 'table.md'), `${table}\n${notes}`);

// Chart data: per block, chain seconds since the mix's first measured block, the load
// extrinsics it included and the verified events it held.
const plots = [];
for (const { mix, result } of runs) {
	const blocks = result.blocks.filter((b) => b.timestamp_ms != null);
	const first = blocks.find((b) => b.in_run) ?? blocks[0];
	if (!first) continue;
	const lines = blocks
		.filter((b) => b.timestamp_ms >= first.timestamp_ms)
		.map(
			(b) =>
				`${((b.timestamp_ms - first.timestamp_ms) / 1000).toFixed(0)} ${b.included} ${
					b.verified_events ?? 0
				}`,
		);
	writeFileSync(join(dir, `${mix}.dat`), `# seconds included verified\n${lines.join('\n')}\n`);
	plots.push(mix);
}

const series = (column) =>
	plots.map(
		(mix) => `'${mix}.dat' using 1:($${column} > 0 ? $${column} : NaN) with steps lw 2 title '${mix}'`,
	).join(', \\\n  ');
writeFileSync(
	join(dir, 'chart.gp'),
	`# Drawn by scripts/bench.sh; run from anywhere: paths are relative to this file's folder.
cd '${dir}'
set terminal pngcairo size 1100,760 font 'sans,10'
set output 'chart.png'
set multiplot layout 2,1 title 'arete-load: per block, by chain time since the first measured block (log scale; empty blocks left out)'
set grid
set key top right
set xlabel 'seconds (chain time)'
set ylabel 'load extrinsics included'
set logscale y
plot ${series(2)}
set ylabel 'verified events'
plot ${series(3)}
unset multiplot
`,
);
console.log(table);
