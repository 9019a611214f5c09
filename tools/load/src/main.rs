//! `arete-load`: drives a running Arete node with pre-signed extrinsics and reports the
//! throughput, block fullness and finality it sustains. See README.md.

mod accounts;
mod chain;
mod driver;
mod mixes;
mod monitor;
mod report;
mod rpc;
mod stats;

use std::{
	path::PathBuf,
	process::ExitCode,
	sync::{
		atomic::{AtomicBool, Ordering::Relaxed},
		Arc,
	},
	thread,
	time::{Duration, Instant},
};

use arete_runtime::{currency::ARETE, time::MILLISECS_PER_BLOCK};
use clap::Parser;
use codec::Encode;
use frame_support::dispatch::GetDispatchInfo;
use serde_json::json;
use sp_core::{sr25519, Pair};

use crate::{
	chain::{ChainInfo, Limits},
	driver::{DriveConfig, FollowUpQueue},
	mixes::{Allowance, Mix, MixKind, MixOptions, RunWindow, SetupContext},
	monitor::Monitor,
	rpc::{Client, Result},
	stats::Stats,
};

#[derive(Parser, Debug)]
#[command(
	name = "arete-load",
	about = "Drives an Arete node with pre-signed extrinsics and reports throughput"
)]
struct Args {
	/// The node's JSON-RPC endpoint (HTTP).
	#[arg(long, default_value = "http://127.0.0.1:9944")]
	url: String,
	/// What the load accounts send.
	#[arg(long, value_enum, default_value_t = MixKind::Transfer)]
	mix: MixKind,
	/// Seconds of submission.
	#[arg(long, default_value_t = 60)]
	duration: u64,
	/// Extrinsics per second; 0 submits flat out.
	#[arg(long, default_value_t = 0.0)]
	rate: f64,
	/// Number of load accounts (`//load//0` ...).
	#[arg(long, default_value_t = 1000)]
	accounts: usize,
	/// Write the results (totals and per-block series) to this JSON file.
	#[arg(long)]
	json: Option<PathBuf>,
	/// The node's process id, for its memory (default: the first `arete-node` process).
	#[arg(long)]
	node_pid: Option<u32>,
	/// The account paying for the load accounts (a secret URI).
	#[arg(long, default_value = "//Alice")]
	funder: String,
	/// ARETE each load account is brought to before the run.
	#[arg(long, default_value_t = 10)]
	fund: u128,
	/// Extrinsics per JSON-RPC batch.
	#[arg(long, default_value_t = 256)]
	batch: usize,
	/// Most of our extrinsics in the pool at once (accepted, not yet in a block); 0 for no
	/// limit other than the pool's "full" answers.
	#[arg(long, default_value_t = 0)]
	max_pending: u64,
	/// Number of extrinsics to pre-sign (default: estimated from the rate, or from the block
	/// limits when flat out).
	#[arg(long)]
	presign: Option<usize>,
	/// Upper bound of the estimated stock (memory: roughly 200 bytes per extrinsic).
	#[arg(long, default_value_t = 1_000_000)]
	max_presign: usize,
	/// Seconds to keep watching blocks after submission ends, for what is still pooled and,
	/// with `verified` and `optimistic`, for the rounds and claims still open (give it their
	/// completion time, printed at setup, to count them all).
	#[arg(long, default_value_t = 12)]
	drain: u64,
	/// Witnesses of the `verified` and `optimistic` mixes (`//load//witness//<j>`, apart from
	/// the load accounts; default 64 and 3). Ignored by `transfer`.
	#[arg(long)]
	witnesses: Option<usize>,
}

fn main() -> ExitCode {
	let args = Args::parse();
	match run(&args) {
		Ok(included) if included > 0 => ExitCode::SUCCESS,
		Ok(_) => {
			eprintln!("arete-load: no load extrinsic was included");
			ExitCode::FAILURE
		},
		Err(e) => {
			eprintln!("arete-load: {e}");
			ExitCode::from(2)
		},
	}
}

/// How many extrinsics to pre-sign: enough for the run at the asked rate, or, flat out, for
/// every block of the run filled to the limit with the mix's calls, with half again as margin.
fn stock_size(
	args: &Args,
	mix: &dyn Mix,
	chain: &ChainInfo,
	limits: &Limits,
	accounts: &[accounts::LoadAccount],
) -> usize {
	if let Some(count) = args.presign {
		return count;
	}
	let wanted = if args.rate > 0.0 {
		(args.rate * args.duration as f64 * 1.1).ceil() as usize + args.batch
	} else {
		let call = mix.sample_call(accounts);
		let sample = chain::sign(chain, &accounts[0].pair, &accounts[0].id, 0, call.clone());
		let per_block =
			limits.capacity(call.get_dispatch_info().total_weight(), sample.encoded_size());
		let blocks = (args.duration * 1000).div_ceil(MILLISECS_PER_BLOCK) + 1;
		(per_block * blocks * 3 / 2) as usize
	};
	wanted.min(args.max_presign)
}

/// The whole run; returns the number of load extrinsics included.
fn run(args: &Args) -> Result<u64> {
	if args.accounts == 0 || args.batch == 0 {
		return Err("--accounts and --batch must be positive".into());
	}
	let mut rpc = Client::connect(&args.url)?;
	let chain = ChainInfo::fetch(&mut rpc)?;
	let limits = Limits::of_runtime();
	println!(
		"node {}: genesis {:?}, spec {} (tx {}); normal-class limits {} ms weight, {} KiB",
		args.url,
		chain.genesis,
		chain.spec_version,
		chain.tx_version,
		limits.normal_weight.ref_time() / 1_000_000_000,
		limits.normal_length / 1024
	);

	// Setup: accounts, funding, the mix's own preparation, nonces.
	let mut mix = mixes::build(args.mix, &MixOptions { witnesses: args.witnesses });
	let derived = Instant::now();
	let mut accounts = accounts::derive(args.accounts)?;
	println!(
		"setup: derived {} accounts in {:.1}s",
		accounts.len(),
		derived.elapsed().as_secs_f64()
	);
	let funder = sr25519::Pair::from_string(&args.funder, None)
		.map_err(|e| format!("--funder {}: {e:?}", args.funder))?;
	let amount = (args.fund * ARETE).max(mix.min_funding());
	accounts::fund(&mut rpc, &chain, &limits, &funder, &accounts, amount)?;
	mix.setup(&mut SetupContext {
		rpc: &mut rpc,
		chain: &chain,
		funder: &funder,
		accounts: &mut accounts,
	})?;
	accounts::load_nonces(&mut rpc, &mut accounts)?;
	if let Some(completion) = mix.completion_time() {
		if Duration::from_secs(args.drain) < completion {
			eprintln!(
				"note: {} work completes at least {}s after it is opened, longer than --drain {}: \
				 work opened in the last {}s of submission cannot complete while measured \
				 (e.g. --drain {})",
				mix.name(),
				completion.as_secs(),
				args.drain,
				completion.as_secs() - args.drain,
				completion.as_secs() * 2
			);
		}
	}

	let allowance = Allowance::of(&chain, &limits, &accounts[0], mix.work_cost(&accounts));
	println!(
		"weights allow: {} verified events a block, {:.1}/s (bound: {})",
		allowance.per_block,
		allowance.per_second(),
		allowance.bound
	);

	// Pre-sign the whole stock, so the run measures the node and not the signer.
	let count = stock_size(args, &*mix, &chain, &limits, &accounts);
	let signing = Instant::now();
	let stock = mix.presign(&chain, &mut accounts, count)?;
	let presign_seconds = signing.elapsed().as_secs_f64();
	println!(
		"pre-signed {} {} extrinsics in {:.1}s ({:.0}/s, {} MB)",
		stock.xts.len(),
		mix.name(),
		presign_seconds,
		stock.xts.len() as f64 / presign_seconds.max(1e-9),
		stock.xts.iter().map(Vec::len).sum::<usize>() / 1_000_000
	);

	let node_pid = args.node_pid.or_else(report::find_node_pid);
	if node_pid.is_none() {
		eprintln!("no arete-node process found: memory will not be reported (see --node-pid)");
	}

	// Run: monitor and submitter threads; this thread prints progress.
	let load = Arc::new(accounts::LoadSet::with_extra(&accounts, &mix.extra_accounts()));
	let mix: Arc<dyn Mix> = Arc::from(mix);
	let stats = Arc::new(Stats::default());
	let follow_ups = Arc::new(FollowUpQueue::default());
	let start = Instant::now();
	let stop_monitor = Arc::new(AtomicBool::new(false));
	let stop_driver = Arc::new(AtomicBool::new(false));
	let monitor = Monitor::spawn(
		&args.url,
		mix.clone(),
		load,
		stats.clone(),
		follow_ups.clone(),
		limits.clone(),
		start,
		stop_monitor.clone(),
	)?;
	// Follow-ups of reactive mixes go out on their own connection until the drain ends.
	let mut follow_up_rpc = Client::connect(&args.url)?;
	let follow_up_driver = {
		let (queue, mix, stats, stop) =
			(follow_ups.clone(), mix.clone(), stats.clone(), stop_monitor.clone());
		let batch = args.batch;
		thread::spawn(move || {
			driver::drive_follow_ups(&mut follow_up_rpc, &queue, &*mix, batch, &stats, &stop)
		})
	};
	let config = DriveConfig {
		rate: args.rate,
		duration: Duration::from_secs(args.duration),
		batch: args.batch,
		max_pending: args.max_pending,
	};
	let mut submit_rpc = Client::connect(&args.url)?;
	let driver = {
		let (stats, stop) = (stats.clone(), stop_driver.clone());
		let senders = args.accounts;
		thread::spawn(move || {
			driver::drive(&mut submit_rpc, &stock, senders, &config, &stats, start, &stop)
				.map(|outcome| (outcome, stock.xts.len()))
		})
	};

	let mut peak_rss: Option<f64> = None;
	let mut sample_rss = || {
		let rss = node_pid.and_then(report::rss_mib);
		if let Some(rss) = rss {
			peak_rss = Some(peak_rss.map_or(rss, |peak| peak.max(rss)));
		}
		rss
	};
	let tick = Duration::from_secs(1);
	let mut next_tick = start + tick;
	while !driver.is_finished() {
		thread::sleep(next_tick.saturating_duration_since(Instant::now()));
		next_tick += tick;
		let elapsed = start.elapsed().as_secs_f64();
		println!("{}", report::progress(&stats, elapsed, elapsed, mix.in_flight(), sample_rss()));
		if monitor.is_finished() || follow_up_driver.is_finished() {
			stop_driver.store(true, Relaxed);
		}
	}
	let (outcome, presigned) = driver.join().map_err(|_| "the submitter panicked")??;

	// Drain: keep measuring while what was accepted is still pooled, and while a reactive
	// mix has work on chain or follow-ups to send.
	let submission = outcome.ended - outcome.started;
	let drain_until = Instant::now() + Duration::from_secs(args.drain);
	while Instant::now() < drain_until
		&& (stats.pending() > 0 || mix.in_flight() > 0 || follow_ups.len() > 0)
		&& !monitor.is_finished()
		&& !follow_up_driver.is_finished()
	{
		thread::sleep(next_tick.saturating_duration_since(Instant::now()));
		next_tick += tick;
		println!(
			"{} (draining)",
			report::progress(
				&stats,
				start.elapsed().as_secs_f64(),
				submission,
				mix.in_flight(),
				sample_rss()
			)
		);
	}
	stop_monitor.store(true, Relaxed);
	let monitored = monitor.join().map_err(|_| "the monitor panicked")??;
	follow_up_driver.join().map_err(|_| "the follow-up submitter panicked")??;
	let window = RunWindow { started: outcome.started, ended: outcome.ended };
	let mix_summary = mix.summary(&window);
	let sustained_per_sec = mix.sustained_per_sec(&window);

	let results = report::summarise(&report::Run {
		config: json!({
			"url": args.url,
			"mix": mix.name(),
			"duration": args.duration,
			"rate": args.rate,
			"accounts": args.accounts,
			"batch": args.batch,
			"max_pending": args.max_pending,
			"fund": args.fund,
			"drain": args.drain,
			"witnesses": args.witnesses,
			"node_pid": node_pid,
		}),
		chain: &chain,
		limits: &limits,
		mix: mix.name(),
		presigned,
		presign_seconds,
		drive: &outcome,
		monitor: &monitored,
		stats: &stats,
		peak_rss,
		rate: args.rate,
		mix_summary: mix_summary.as_ref(),
		allowance: &allowance,
		sustained_per_sec,
	});
	if let Some(path) = &args.json {
		report::write_json(path, &results)?;
		println!("results written to {}", path.display());
	}
	Ok(stats.included.load(Relaxed))
}
