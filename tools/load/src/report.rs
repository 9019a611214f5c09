//! Progress lines, the final summary, the JSON results, and the node's memory.

use std::{collections::BTreeMap, fs, path::Path, sync::atomic::Ordering::Relaxed};

use serde_json::{json, Value};

use crate::{
	chain::{ChainInfo, Limits},
	driver::DriveOutcome,
	mixes::{Allowance, MixSummary},
	monitor::{BlockRecord, MonitorOutcome},
	rpc::Result,
	stats::Stats,
};

/// A block at least this full (by weight or length) counts as full.
const FULL: f64 = 0.95;

/// The pid of the running `arete-node`: the first process whose command line starts with a
/// binary of that name.
pub fn find_node_pid() -> Option<u32> {
	let own = std::process::id();
	let mut found: Vec<u32> = fs::read_dir("/proc")
		.ok()?
		.filter_map(|entry| entry.ok()?.file_name().to_str()?.parse::<u32>().ok())
		.filter(|pid| *pid != own)
		.filter(|pid| {
			let Ok(cmdline) = fs::read(format!("/proc/{pid}/cmdline")) else { return false };
			let program = cmdline.split(|b| *b == 0).next().unwrap_or_default();
			Path::new(&*String::from_utf8_lossy(program))
				.file_name()
				.is_some_and(|name| name == "arete-node")
		})
		.collect();
	found.sort_unstable();
	if found.len() > 1 {
		eprintln!(
			"several arete-node processes ({found:?}): RSS of {}; pick one with --node-pid",
			found[0]
		);
	}
	found.first().copied()
}

/// Resident memory of `pid` in MiB (VmRSS of /proc/<pid>/status).
pub fn rss_mib(pid: u32) -> Option<f64> {
	let status = fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
	let line = status.lines().find(|line| line.starts_with("VmRSS:"))?;
	let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
	Some(kib / 1024.0)
}

/// One progress line. `in_flight`: work a reactive mix has open on chain (shown when any).
pub fn progress(
	stats: &Stats,
	elapsed: f64,
	drive_elapsed: f64,
	in_flight: u64,
	rss: Option<f64>,
) -> String {
	let included = stats.included.load(Relaxed);
	let verified = stats.verified.load(Relaxed);
	let per_sec = |count: u64| if drive_elapsed > 0.0 { count as f64 / drive_elapsed } else { 0.0 };
	let follow_ups = stats.follow_ups_accepted.load(Relaxed);
	let reactive = if in_flight > 0 || follow_ups > 0 {
		format!(" follow-ups {follow_ups} in flight {in_flight}")
	} else {
		String::new()
	};
	format!(
		"[{elapsed:5.0}s] submitted {} included {} rejected {} pool-full {}{reactive} | {:.0} ext/s \
		 {:.1} verified/s ({verified}) | #{} weight {:.1}% length {:.1}% | finality lag {} | RSS {}",
		stats.accepted.load(Relaxed),
		included,
		stats.rejected.load(Relaxed),
		stats.pool_full.load(Relaxed),
		per_sec(included),
		per_sec(verified),
		stats.last_block.load(Relaxed),
		stats.last_weight_bp.load(Relaxed) as f64 / 100.0,
		stats.last_length_bp.load(Relaxed) as f64 / 100.0,
		stats.finality_lag.load(Relaxed),
		rss.map_or("?".to_string(), |mib| format!("{mib:.0} MB")),
	)
}

/// Everything the summary and the JSON file are made of.
pub struct Run<'a> {
	pub config: Value,
	pub chain: &'a ChainInfo,
	pub limits: &'a Limits,
	pub mix: &'a str,
	pub presigned: usize,
	pub presign_seconds: f64,
	pub drive: &'a DriveOutcome,
	pub monitor: &'a MonitorOutcome,
	pub stats: &'a Stats,
	pub peak_rss: Option<f64>,
	pub rate: f64,
	/// The mix's own figures, if it has any.
	pub mix_summary: Option<&'a MixSummary>,
	/// What the runtime's weights allow of the mix's verified events.
	pub allowance: &'a Allowance,
	/// The mix's own measure of the verified events it sustained per second, if it has one.
	pub sustained_per_sec: Option<f64>,
}

/// Figures over the blocks seen while submitting.
struct Figures {
	run_blocks: usize,
	included_in_run: u64,
	verified_in_run: u64,
	ext_per_sec: f64,
	verified_per_sec: f64,
	included_per_block_mean: f64,
	included_per_block_max: usize,
	weight_max: f64,
	weight_mean: f64,
	length_max: f64,
	length_mean: f64,
	pending_mean: f64,
	bound: String,
}

fn mean(values: impl Iterator<Item = f64>) -> f64 {
	let (sum, count) = values.fold((0.0, 0usize), |(s, c), v| (s + v, c + 1));
	if count == 0 {
		0.0
	} else {
		sum / count as f64
	}
}

fn figures(run: &Run) -> Figures {
	let blocks = &run.monitor.blocks;
	// Blocks seen while submitting: they were built from what the tool sent.
	let first = blocks.iter().position(|b| b.seen >= run.drive.started);
	let in_run: &[BlockRecord] = match first {
		Some(first) => {
			let end =
				blocks.iter().rposition(|b| b.seen <= run.drive.ended).map_or(first, |e| e + 1);
			&blocks[first..end.max(first)]
		},
		None => &[],
	};
	let included_in_run: u64 = in_run.iter().map(|b| b.included as u64).sum();
	let verified_in_run: u64 = in_run.iter().filter_map(|b| b.verified).map(|v| v as u64).sum();

	// The chain's time span of those blocks: from the parent of the first to the last, by the
	// blocks' own timestamps (falling back to when the monitor saw them).
	let parent_timestamp = match first {
		Some(0) => run.monitor.baseline_timestamp,
		Some(i) => blocks[i - 1].timestamp,
		None => None,
	};
	let span = match (parent_timestamp, in_run.last().and_then(|b| b.timestamp)) {
		(Some(from), Some(to)) if to > from => (to - from) as f64 / 1000.0,
		_ => match (in_run.first(), in_run.last()) {
			(Some(a), Some(b)) if b.seen > a.seen => {
				// n blocks seen over (n-1) intervals: scale to n intervals.
				(b.seen - a.seen) * in_run.len() as f64 / (in_run.len() - 1) as f64
			},
			_ => run.drive.ended - run.drive.started,
		},
	};
	let per_sec = |count: u64| if span > 0.0 { count as f64 / span } else { 0.0 };

	let weight_max = in_run.iter().map(|b| b.weight).fold(0.0, f64::max);
	let length_max = in_run.iter().map(|b| b.length).fold(0.0, f64::max);
	let included_per_block_mean = mean(in_run.iter().map(|b| b.included as f64));
	let pending_mean = mean(in_run.iter().map(|b| b.pending as f64 + b.included as f64));
	let ext_per_sec = per_sec(included_in_run);

	let full_by = |f: fn(&BlockRecord) -> f64| in_run.iter().filter(|b| f(b) >= FULL).count();
	let pool_full = run.stats.pool_full.load(Relaxed);
	let bound = if in_run.is_empty() {
		"none measured: no block was seen while submitting".to_string()
	} else if full_by(|b| b.weight) * 2 >= in_run.len() {
		format!(
			"weight: {} of {} blocks were at least {:.0}% full by normal-class weight",
			full_by(|b| b.weight),
			in_run.len(),
			FULL * 100.0
		)
	} else if full_by(|b| b.length) * 2 >= in_run.len() {
		format!(
			"length: {} of {} blocks were at least {:.0}% full by normal-class length",
			full_by(|b| b.length),
			in_run.len(),
			FULL * 100.0
		)
	} else if run.rate > 0.0 && ext_per_sec >= 0.9 * run.rate {
		format!(
			"the target rate: the chain included {ext_per_sec:.0}/s of the {:.0}/s asked",
			run.rate
		)
	} else if pool_full > 0 {
		format!(
			"pool: the node's pool was full {pool_full} times while blocks stayed below their \
			 limits; the pool limit (--pool-limit/--pool-kbytes) or the proposer's time budget \
			 caps what a block takes"
		)
	} else if pending_mean > 1.5 * included_per_block_mean {
		format!(
			"authoring: blocks took {included_per_block_mean:.0} of ~{pending_mean:.0} extrinsics \
			 available on average, below their limits: the proposer stops early (its deadline, \
			 or validation/import cost)"
		)
	} else {
		format!(
			"tool: the pool held about what blocks took ({pending_mean:.0} available, \
			 {included_per_block_mean:.0} included per block): submission did not outpace \
			 inclusion (more --accounts, a larger --batch, or a faster client machine)"
		)
	};

	Figures {
		run_blocks: in_run.len(),
		included_in_run,
		verified_in_run,
		ext_per_sec,
		verified_per_sec: per_sec(verified_in_run),
		included_per_block_mean,
		included_per_block_max: in_run.iter().map(|b| b.included).max().unwrap_or(0),
		weight_max,
		weight_mean: mean(in_run.iter().map(|b| b.weight)),
		length_max,
		length_mean: mean(in_run.iter().map(|b| b.length)),
		pending_mean,
		bound,
	}
}

/// Prints the summary and returns the JSON results.
pub fn summarise(run: &Run) -> Value {
	let f = figures(run);
	let s = run.stats;
	let reasons: BTreeMap<String, u64> = s.reasons();
	let total_included = s.included.load(Relaxed);

	println!();
	println!("== arete-load: {} ==", run.mix);
	println!(
		"submission: {:.1}s; {} pre-signed in {:.1}s{}",
		run.drive.ended - run.drive.started,
		run.presigned,
		run.presign_seconds,
		if run.drive.exhausted { " (the stock ran out before the duration)" } else { "" }
	);
	println!(
		"extrinsics: {} sent, {} accepted, {} rejected, {} pool-full answers (retried), {} skipped",
		s.sent.load(Relaxed),
		s.accepted.load(Relaxed),
		s.rejected.load(Relaxed),
		s.pool_full.load(Relaxed),
		s.skipped.load(Relaxed),
	);
	let follow_ups_sent = s.follow_ups_sent.load(Relaxed);
	if follow_ups_sent > 0 {
		println!(
			"follow-ups: {} sent, {} accepted, {} refused (counted in the totals above: accepted)",
			follow_ups_sent,
			s.follow_ups_accepted.load(Relaxed),
			s.follow_ups_rejected.load(Relaxed)
		);
	}
	let verified_total = s.verified.load(Relaxed);
	println!(
		"included: {} in all ({} during submission, {} failed), verified events {} ({} during \
		 submission, {} after)",
		total_included,
		f.included_in_run,
		s.failed.load(Relaxed),
		verified_total,
		f.verified_in_run,
		verified_total.saturating_sub(f.verified_in_run)
	);
	println!(
		"throughput: {:.1} extrinsics/s, {:.1} verified/s over {} blocks; {:.0} included per block (max {})",
		f.ext_per_sec, f.verified_per_sec, f.run_blocks, f.included_per_block_mean, f.included_per_block_max
	);
	println!(
		"blocks: weight {:.1}% mean, {:.1}% max (normal class, limit {} ms); length {:.1}% mean, \
		 {:.1}% max (limit {} KiB)",
		f.weight_mean * 100.0,
		f.weight_max * 100.0,
		run.limits.normal_weight.ref_time() / 1_000_000_000,
		f.length_mean * 100.0,
		f.length_max * 100.0,
		run.limits.normal_length / 1024
	);
	println!(
		"finality: max lag {} blocks; node RSS peak {}",
		s.max_finality_lag.load(Relaxed),
		run.peak_rss.map_or("unknown".to_string(), |mib| format!("{mib:.0} MB"))
	);
	if !reasons.is_empty() {
		println!("node answers other than success:");
		for (reason, count) in &reasons {
			println!("  {count:>8}  {reason}");
		}
	}
	let m = run.monitor;
	if m.reorgs > 0 || m.decode_errors > 0 || m.unread_events > 0 {
		println!(
			"caveats: {} reorg(s) seen, {} undecodable extrinsics or event lists, {} blocks \
			 whose events the node did not return (failed and verified counts miss them)",
			m.reorgs, m.decode_errors, m.unread_events
		);
	}
	println!("bound: {}", f.bound);
	let allowance = allowance_figures(run, f.verified_per_sec);
	if let Some(summary) = run.mix_summary {
		println!("{}:", run.mix);
		for line in &summary.lines {
			println!("  {line}");
		}
	}

	let blocks: Vec<Value> = run
		.monitor
		.blocks
		.iter()
		.map(|b| {
			json!({
				"number": b.number,
				"hash": format!("{:?}", b.hash),
				"time": b.seen,
				"timestamp_ms": b.timestamp,
				"in_run": b.seen >= run.drive.started && b.seen <= run.drive.ended,
				"extrinsics": b.extrinsics,
				"included": b.included,
				"failed": b.failed,
				"verified_events": b.verified,
				"weight_ref_time_fraction": b.weight,
				"weight_total_fraction": b.weight_total,
				"length_fraction": b.length,
				"length_bytes": b.length_bytes,
				"finality_lag": b.finality_lag,
				"pending": b.pending,
			})
		})
		.collect();
	json!({
		"config": run.config,
		"chain": {
			"genesis": format!("{:?}", run.chain.genesis),
			"spec_version": run.chain.spec_version,
			"transaction_version": run.chain.tx_version,
		},
		"limits": {
			"normal_weight_ref_time": run.limits.normal_weight.ref_time(),
			"max_block_ref_time": run.limits.max_block.ref_time(),
			"normal_length": run.limits.normal_length,
		},
		"totals": {
			"presigned": run.presigned,
			"presign_seconds": run.presign_seconds,
			"submission_seconds": run.drive.ended - run.drive.started,
			"stock_exhausted": run.drive.exhausted,
			"sent": s.sent.load(Relaxed),
			"accepted": s.accepted.load(Relaxed),
			"rejected": s.rejected.load(Relaxed),
			"pool_full_answers": s.pool_full.load(Relaxed),
			"skipped": s.skipped.load(Relaxed),
			"included": total_included,
			"included_during_submission": f.included_in_run,
			"failed": s.failed.load(Relaxed),
			"verified_events": s.verified.load(Relaxed),
			"verified_events_during_submission": f.verified_in_run,
			"follow_ups_sent": follow_ups_sent,
			"follow_ups_accepted": s.follow_ups_accepted.load(Relaxed),
			"follow_ups_rejected": s.follow_ups_rejected.load(Relaxed),
			"blocks": run.monitor.blocks.len(),
			"blocks_during_submission": f.run_blocks,
			"extrinsics_per_second": f.ext_per_sec,
			"verified_per_second": f.verified_per_sec,
			"included_per_block_mean": f.included_per_block_mean,
			"included_per_block_max": f.included_per_block_max,
			"available_per_block_mean": f.pending_mean,
			"weight_fraction_mean": f.weight_mean,
			"weight_fraction_max": f.weight_max,
			"length_fraction_mean": f.length_mean,
			"length_fraction_max": f.length_max,
			"max_finality_lag": s.max_finality_lag.load(Relaxed),
			"peak_rss_mb": run.peak_rss,
			"reorgs": run.monitor.reorgs,
			"decode_errors": run.monitor.decode_errors,
			"blocks_without_events": run.monitor.unread_events,
			"bound": f.bound,
			"weights_allow": allowance,
		},
		"rejections": reasons,
		"mix": run.mix_summary.map(|summary| summary.json.clone()),
		"blocks": blocks,
	})
}

/// Prints how the run compares with what the weights allow; returns those figures for the JSON.
fn allowance_figures(run: &Run, verified_per_sec: f64) -> Value {
	let a = run.allowance;
	let sustained = run.sustained_per_sec.unwrap_or(verified_per_sec);
	let share = if a.per_second() > 0.0 { sustained / a.per_second() } else { 0.0 };
	println!(
		"weights allow: {} verified events a block, {:.1}/s (bound: {}; one costs {:.3} ms of \
		 extrinsics in {} bytes and {:.3} ms of hook weight); sustained {:.2}/s, {:.0}% of it",
		a.per_block,
		a.per_second(),
		a.bound,
		a.extrinsics.ref_time() as f64 / 1e9,
		a.length,
		a.hooks.ref_time() as f64 / 1e9,
		sustained,
		share * 100.0
	);
	json!({
		"per_block": a.per_block,
		"per_second": a.per_second(),
		"bound": a.bound,
		"unit_extrinsics_ref_time_ps": a.extrinsics.ref_time(),
		"unit_length_bytes": a.length,
		"unit_hooks_ref_time_ps": a.hooks.ref_time(),
		"sustained_per_second": sustained,
		"share": share,
	})
}

/// Writes the JSON results.
pub fn write_json(path: &Path, results: &Value) -> Result<()> {
	fs::write(path, serde_json::to_vec_pretty(results)?)
		.map_err(|e| format!("cannot write {}: {e}", path.display()))?;
	Ok(())
}
