//! The monitor thread: follows the best chain and measures every new block.
//!
//! Every ~200 ms it reads the best and finalized heads. Each new best block is fetched whole and
//! decoded natively: its extrinsics (how many, how many from load accounts, their bytes), its
//! `System::Events` (failures, the mix's verified events) and its `System::BlockWeight` (the
//! weight the runtime accounted). Reading the block's own state rather than watching
//! subscriptions gives the figures the runtime used, at the price of three calls per block.
//!
//! Each measured block is then handed to the mix ([`Mix::on_block`]); what a reactive mix signs
//! in reaction goes to the follow-up queue, which its own submitter empties.

use std::{
	sync::{
		atomic::{AtomicBool, Ordering::Relaxed},
		Arc,
	},
	thread::{self, JoinHandle},
	time::{Duration, Instant},
};

use arete_runtime::{Hash, RuntimeCall, RuntimeEvent, UncheckedExtrinsic};
use codec::Decode;
use frame_support::dispatch::DispatchClass;
use frame_system::{ConsumedWeight, EventRecord, Phase};
use serde_json::{json, Value};
use sp_runtime::{generic::Preamble, MultiAddress};

use crate::{
	accounts::LoadSet,
	chain::{self, block_extrinsics, Limits},
	driver::FollowUpQueue,
	mixes::{BlockEvents, Mix},
	rpc::{Client, Result},
	stats::Stats,
};

/// How often the heads are polled.
const POLL: Duration = Duration::from_millis(200);
/// Consecutive failed polls after which the monitor gives up.
const MAX_FAILURES: u32 = 50;

/// What one block held, as measured.
#[derive(Clone, Debug)]
pub struct BlockRecord {
	pub number: u32,
	pub hash: Hash,
	/// Seconds since the start of the run when the monitor saw the block.
	pub seen: f64,
	/// The block's `Timestamp::set`, in milliseconds.
	pub timestamp: Option<u64>,
	/// All extrinsics, inherents included.
	pub extrinsics: usize,
	/// Signed extrinsics of load accounts.
	pub included: usize,
	/// `ExtrinsicFailed` of load extrinsics (`None`: the events could not be read).
	pub failed: Option<usize>,
	/// The mix's verified events (`None`: the events could not be read).
	pub verified: Option<usize>,
	/// Normal-class ref-time weight over the normal-class limit.
	pub weight: f64,
	/// All classes' ref-time weight over the block's maximum.
	pub weight_total: f64,
	/// Bytes of all extrinsics.
	pub length_bytes: usize,
	/// `length_bytes` over the normal-class length limit.
	pub length: f64,
	/// Best minus finalized number when the block was processed.
	pub finality_lag: u32,
	/// Our extrinsics accepted by the pool and not yet included, after this block.
	pub pending: u64,
}

/// What the monitor hands back when stopped.
pub struct MonitorOutcome {
	pub blocks: Vec<BlockRecord>,
	/// Timestamp of the best block when monitoring started (the parent of the first record).
	pub baseline_timestamp: Option<u64>,
	/// Times a new best block did not extend the previous one (counts may then include
	/// extrinsics of both forks).
	pub reorgs: u32,
	/// Extrinsics or event lists that failed to decode (a runtime mismatch would show here).
	pub decode_errors: u64,
	/// Blocks whose events the node would not return (typically a response larger than the
	/// node's `--rpc-max-response-size`).
	pub unread_events: u64,
}

pub struct Monitor {
	rpc: Client,
	mix: Arc<dyn Mix>,
	load: Arc<LoadSet>,
	stats: Arc<Stats>,
	follow_ups: Arc<FollowUpQueue>,
	limits: Limits,
	start: Instant,
	events_key: String,
	weight_key: String,
	last: (u32, Hash),
	finalized: Option<(Hash, u32)>,
	outcome: MonitorOutcome,
}

impl Monitor {
	/// Starts monitoring on its own connection; blocks already in the chain are not measured.
	#[allow(clippy::too_many_arguments)]
	pub fn spawn(
		url: &str,
		mix: Arc<dyn Mix>,
		load: Arc<LoadSet>,
		stats: Arc<Stats>,
		follow_ups: Arc<FollowUpQueue>,
		limits: Limits,
		start: Instant,
		stop: Arc<AtomicBool>,
	) -> Result<JoinHandle<Result<MonitorOutcome>>> {
		let mut rpc = Client::connect(url)?;
		let header = rpc.call("chain_getHeader", json!([]))?;
		let number = chain::number_from_json(&header["number"])?;
		let hash = chain::hash_from_json(&rpc.call("chain_getBlockHash", json!([number]))?)?;
		let mut monitor = Monitor {
			rpc,
			mix,
			load,
			stats,
			follow_ups,
			limits,
			start,
			events_key: chain::hex(&chain::events_key()),
			weight_key: chain::hex(&chain::block_weight_key()),
			last: (number, hash),
			finalized: None,
			outcome: MonitorOutcome {
				blocks: Vec::new(),
				baseline_timestamp: None,
				reorgs: 0,
				decode_errors: 0,
				unread_events: 0,
			},
		};
		let block = monitor.rpc.call("chain_getBlock", json!([chain::hex(hash.as_bytes())]))?;
		monitor.outcome.baseline_timestamp = block_extrinsics(&block)?.iter().find_map(|bytes| {
			UncheckedExtrinsic::decode(&mut &bytes[..]).ok().and_then(|xt| timestamp_of(&xt))
		});
		Ok(thread::spawn(move || monitor.run(&stop)))
	}

	fn run(mut self, stop: &AtomicBool) -> Result<MonitorOutcome> {
		let mut failures = 0;
		while !stop.load(Relaxed) {
			let polled = Instant::now();
			match self.poll() {
				Ok(()) => failures = 0,
				Err(e) => {
					failures += 1;
					eprintln!("monitor: {e}");
					if failures >= MAX_FAILURES {
						return Err(format!(
							"monitor: {failures} polls failed in a row, last: {e}"
						)
						.into());
					}
				},
			}
			thread::sleep(POLL.saturating_sub(polled.elapsed()));
		}
		Ok(self.outcome)
	}

	/// Reads the heads and measures every best block after the last one measured.
	fn poll(&mut self) -> Result<()> {
		let heads = self
			.rpc
			.batch(&[("chain_getHeader", json!([])), ("chain_getFinalizedHead", json!([]))])?;
		let mut heads = heads.into_iter();
		let best = heads.next().ok_or("no best header")??;
		let best = chain::number_from_json(&best["number"])?;
		let finalized_hash = chain::hash_from_json(&heads.next().ok_or("no finalized head")??)?;
		let finalized = match self.finalized {
			Some((hash, number)) if hash == finalized_hash => number,
			_ => {
				let header = self
					.rpc
					.call("chain_getHeader", json!([chain::hex(finalized_hash.as_bytes())]))?;
				let number = chain::number_from_json(&header["number"])?;
				self.finalized = Some((finalized_hash, number));
				number
			},
		};
		let lag = best.saturating_sub(finalized);
		self.stats.finality_lag.store(lag.into(), Relaxed);
		self.stats.max_finality_lag.fetch_max(lag.into(), Relaxed);

		if best <= self.last.0 {
			return Ok(());
		}
		let numbers: Vec<u32> = (self.last.0 + 1..=best).collect();
		let calls: Vec<(&str, Value)> =
			numbers.iter().map(|n| ("chain_getBlockHash", json!([n]))).collect();
		let hashes = self.rpc.batch(&calls)?;
		for (number, hash) in numbers.into_iter().zip(hashes) {
			let hash = chain::hash_from_json(&hash?)?;
			self.measure(number, hash, lag)?;
		}
		Ok(())
	}

	/// Fetches block `number` with its events and weight, and records it.
	fn measure(&mut self, number: u32, hash: Hash, lag: u32) -> Result<()> {
		let at = chain::hex(hash.as_bytes());
		let mut answers = self
			.rpc
			.batch(&[
				("chain_getBlock", json!([at])),
				("state_getStorage", json!([self.events_key, at])),
				("state_getStorage", json!([self.weight_key, at])),
			])?
			.into_iter();
		let block = answers.next().ok_or("no block")??;
		// Events of a full block are the largest answer (several hundred bytes per
		// transaction); if the node refuses it, the block is still measured without them.
		let events = match answers.next().ok_or("no events")? {
			Ok(events) => Some(events),
			Err(e) => {
				self.outcome.unread_events += 1;
				eprintln!("monitor: events of #{number} not read: {e}");
				None
			},
		};
		let weight = answers.next().ok_or("no block weight")??;

		let parent = chain::hash_from_json(&block["block"]["header"]["parentHash"])?;
		if number == self.last.0 + 1 && parent != self.last.1 {
			self.outcome.reorgs += 1;
			eprintln!(
				"monitor: block #{number} does not extend the block #{} measured before (reorg)",
				self.last.0
			);
		}

		// Extrinsics: which are ours, how many bytes, the block's timestamp.
		let mut load_indices = Vec::new();
		let mut length_bytes = 0;
		let mut timestamp = None;
		let encoded = block_extrinsics(&block)?;
		for (index, bytes) in encoded.iter().enumerate() {
			length_bytes += bytes.len();
			match UncheckedExtrinsic::decode(&mut &bytes[..]) {
				Ok(xt) => {
					if let Preamble::Signed(MultiAddress::Id(who), ..) = &xt.preamble {
						if self.load.contains(who) {
							load_indices.push(index as u32);
						}
					}
					timestamp = timestamp.or_else(|| timestamp_of(&xt));
				},
				Err(_) => self.outcome.decode_errors += 1,
			}
		}

		// Events: failures of our extrinsics and the mix's verified events.
		let mut failed = 0;
		let mut verified = 0;
		let mut events_read = events.is_some();
		// Kept for the mix's reaction below; an absent value is a block without events.
		let mut decoded: Option<Vec<EventRecord<RuntimeEvent, Hash>>> = None;
		if let Some(events) = events {
			// No value: the block deposited no event at all.
			let decoding = if events.is_null() {
				Ok(Vec::new())
			} else {
				let bytes = chain::bytes_from_json(&events)?;
				Vec::<EventRecord<RuntimeEvent, Hash>>::decode(&mut &bytes[..])
			};
			match decoding {
				Ok(records) => {
					for record in &records {
						if let (
							Phase::ApplyExtrinsic(index),
							RuntimeEvent::System(frame_system::Event::ExtrinsicFailed { .. }),
						) = (&record.phase, &record.event)
						{
							if load_indices.binary_search(index).is_ok() {
								failed += 1;
							}
						}
						if self.mix.is_verified(&record.event, &self.load) {
							verified += 1;
						}
					}
					decoded = Some(records);
				},
				Err(_) => {
					self.outcome.decode_errors += 1;
					events_read = false;
				},
			}
		}

		// Weight the runtime accounted for the block, per class.
		let consumed = if weight.is_null() {
			ConsumedWeight::default()
		} else {
			let bytes = chain::bytes_from_json(&weight)?;
			ConsumedWeight::decode(&mut &bytes[..])
				.map_err(|e| format!("block weight of #{number}: {e}"))?
		};
		let ratio = |used: u64, max: u64| if max == 0 { 0.0 } else { used as f64 / max as f64 };
		let weight = ratio(
			consumed.get(DispatchClass::Normal).ref_time(),
			self.limits.normal_weight.ref_time(),
		);
		let weight_total = ratio(consumed.total().ref_time(), self.limits.max_block.ref_time());
		let length = ratio(length_bytes as u64, self.limits.normal_length.into());

		let included = load_indices.len();
		let stats = &self.stats;
		stats.included.fetch_add(included as u64, Relaxed);
		stats.failed.fetch_add(failed, Relaxed);
		stats.verified.fetch_add(verified, Relaxed);
		stats.blocks.fetch_add(1, Relaxed);
		stats.last_block.store(number.into(), Relaxed);
		stats.last_weight_bp.store((weight * 10_000.0).round() as u64, Relaxed);
		stats.last_length_bp.store((length * 10_000.0).round() as u64, Relaxed);

		self.outcome.blocks.push(BlockRecord {
			number,
			hash,
			seen: self.start.elapsed().as_secs_f64(),
			timestamp,
			extrinsics: encoded.len(),
			included,
			failed: events_read.then_some(failed as usize),
			verified: events_read.then_some(verified as usize),
			weight,
			weight_total,
			length_bytes,
			length,
			finality_lag: lag,
			pending: stats.pending(),
		});
		self.last = (number, hash);

		// A reactive mix signs what this block calls for (commits of drawn panels, reveals
		// whose phase opens with the next block); its submitter sends them.
		let seen = self.outcome.blocks.last().map_or(0.0, |b| b.seen);
		let follow_ups = self.mix.on_block(&BlockEvents {
			number,
			timestamp,
			seen,
			events: decoded.as_deref(),
			load: &self.load,
		});
		self.follow_ups.push(follow_ups);
		Ok(())
	}
}

/// The time an inherent `Timestamp::set` sets, in milliseconds.
fn timestamp_of(xt: &UncheckedExtrinsic) -> Option<u64> {
	match (&xt.preamble, &xt.function) {
		(Preamble::Bare(_), RuntimeCall::Timestamp(pallet_timestamp::Call::set { now })) => {
			Some(*now)
		},
		_ => None,
	}
}
