//! What the `verified` and `optimistic` mixes share: the performance they submit, the chain
//! state they need (a sport, witnesses on the performance domain's roster, athletes) and the
//! budget of the athletes.
//!
//! Roles: the load accounts (`//load//<i>`) are the athletes; each submits its own
//! performances, so it is the requester of their verification and is never drawn on their
//! panels. The witnesses are `//load//witness//<j>`, apart from the load accounts (see
//! [`accounts::derive_witnesses`]): they bond in the performance domain (`perform\0`) and,
//! once a rotation has put them on the domain's roster, can be drawn.

use std::{collections::HashMap, time::Duration};

use arete_runtime::{
	currency::ARETE, AccountId, Balance, Runtime, RuntimeCall, UncheckedExtrinsic,
};
use codec::Encode;
use frame_support::{traits::Get, BoundedVec};
use pallet_performance::{Metrics, PerformanceInput, PerformanceInputOf, SportOf};
use pallet_witnesses::{DomainId, Role, RosterInfoOf, RosterOf, WitnessInfoOf, WitnessStatus};
use sp_core::sr25519;
use sp_runtime::DispatchError;

use super::{presign_round_robin, Presigned, SetupContext};
use crate::{
	accounts::{self, LoadAccount},
	chain::{self, ChainInfo},
	rpc::{Client, Result},
};

/// The sport of the load's performances; the development genesis registers it.
pub const SPORT: &[u8] = b"hackysack";
/// The score every performance claims and every witness reveals (thousandths: 8.000). All
/// witnesses agree, so the consensus is this score and the verdict approves.
pub const SCORE: u32 = 8_000;
/// What each witness bonds. A panel's quorum needs `MinWitnessWeight` (150 ARETE) of revealed
/// weight, each revealing witness counted once, and a witness weighs `bond × credibility`
/// (50 % to start): a witness drawn on all three seats must weigh 150 ARETE alone, so at least
/// 300 ARETE. A thousand leaves room for the slashes of missed reveals (10 % a seat).
pub const WITNESS_BOND: Balance = 1_000 * ARETE;
/// Free balance a witness keeps for the fees of its commits and reveals (it earns the rewards
/// of the rounds it sits on, so it does not run down).
pub const WITNESS_FEES: Balance = 20 * ARETE;
/// Tip of follow-ups: multiplies their pool priority by `tip + 1` (`ChargeTransactionPayment`),
/// so that a witness's commit or reveal, due within its window, is included before the
/// pre-signed openings waiting in the pool. A millionth of an ARETE.
pub const FOLLOW_UP_TIP: Balance = ARETE / 1_000_000;
/// Most witnesses of one domain list (the runtime's `MaxWitnessesPerDomain`); every witness
/// account up to this many is recognised on the roster.
pub const MAX_WITNESSES: usize = 256;
/// How long each setup step may take to be included.
const SETUP_TIMEOUT: Duration = Duration::from_secs(180);
/// Free balance an athlete keeps beyond what its openings cost.
const ATHLETE_RESERVE: Balance = ARETE;
/// Transfers per `Utility::batch_all` when funding witnesses.
const TRANSFERS_PER_BATCH: usize = 100;

/// A balance constant of the runtime's configuration (the `Const*` types implement `Get` for
/// more than one type: this picks the balance).
pub fn balance<G: Get<Balance>>() -> Balance {
	G::get()
}

/// A block-count (or other `u32`) constant of the runtime's configuration.
pub fn blocks<G: Get<u32>>() -> u32 {
	G::get()
}

/// The witness domain of performances (`perform\0`).
pub fn domain() -> DomainId {
	<Runtime as pallet_performance::Config>::Domain::get()
}

/// The reward each opening pays its panel: the runtime's least (`MinWitnessReward`).
pub fn reward() -> Balance {
	balance::<<Runtime as pallet_performance::Config>::MinWitnessReward>()
}

fn sport() -> SportOf<Runtime> {
	BoundedVec::truncate_from(SPORT.to_vec())
}

/// The performance every opening submits: a HackySack trick claiming [`SCORE`]. Identical
/// events are fine: the verification subject hashes in the performance id.
pub fn event() -> PerformanceInputOf<Runtime> {
	PerformanceInput {
		sport: sport(),
		metrics: Metrics { score: SCORE, difficulty: 7_500, execution: 8_500 },
		location: None,
		competition: None,
		// A CIDv1, as the end-to-end suites use.
		evidence: BoundedVec::truncate_from(
			b"bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi".to_vec(),
		),
		related: None,
		tags: Default::default(),
	}
}

/// The witnesses a run acts for: those of its witness accounts on the domain's roster.
pub struct Witnesses {
	/// Keys and next nonces (read at setup; the mix advances them as it signs).
	pub keys: Vec<LoadAccount>,
	/// Index in `keys` by account.
	pub index: HashMap<AccountId, u32>,
	/// Roster entries that are none of ours: seats drawn for them wait for someone else.
	pub foreign: usize,
	/// Candidates of the roster.
	pub roster_len: usize,
}

/// Top up each `(account, target)` whose free balance is below `target`, from the funder.
fn top_up(ctx: &mut SetupContext<'_>, targets: &[(AccountId, Balance)]) -> Result<()> {
	let ids: Vec<AccountId> = targets.iter().map(|(id, _)| id.clone()).collect();
	let free = chain::free_balances(ctx.rpc, &ids)?;
	let transfers: Vec<(AccountId, Balance)> = targets
		.iter()
		.zip(free)
		.filter(|((_, target), free)| free < target)
		.map(|((id, target), free)| (id.clone(), target - free))
		.collect();
	if transfers.is_empty() {
		return Ok(());
	}
	let funder_id = chain::account_of(ctx.funder);
	let needed: Balance = transfers.iter().map(|(_, amount)| *amount).sum();
	let funder_free = chain::free_balances(ctx.rpc, std::slice::from_ref(&funder_id))?[0];
	if funder_free < needed {
		return Err(format!(
			"the funder {} holds {} ARETE, {} needed for the witnesses (fewer --witnesses, or \
			 another --funder)",
			chain::ss58(&funder_id),
			funder_free / ARETE,
			needed / ARETE
		)
		.into());
	}
	let mut nonce = chain::next_nonces(ctx.rpc, std::slice::from_ref(&funder_id))?[0];
	let xts: Vec<(String, UncheckedExtrinsic)> = transfers
		.chunks(TRANSFERS_PER_BATCH)
		.map(|part| {
			let calls =
				part.iter().map(|(dest, amount)| accounts::transfer(dest, *amount)).collect();
			let call = RuntimeCall::Utility(pallet_utility::Call::batch_all { calls });
			let xt = chain::sign(ctx.chain, ctx.funder, &funder_id, nonce, call);
			nonce += 1;
			(format!("funding batch of {} witnesses", part.len()), xt)
		})
		.collect();
	println!("setup: funding {} witness(es) with {} ARETE in all", transfers.len(), needed / ARETE);
	chain::submit_and_wait(ctx.rpc, &xts, SETUP_TIMEOUT)
}

/// Registers the sport if the chain lacks it: signed by the funder, holding `SportDeposit`
/// (no Root needed; the development genesis has it already).
pub fn ensure_sport(ctx: &mut SetupContext<'_>) -> Result<()> {
	let key = pallet_performance::Sports::<Runtime>::hashed_key_for(sport());
	if chain::storage_values(ctx.rpc, &[key])?.pop().flatten().is_some() {
		return Ok(());
	}
	let funder_id = chain::account_of(ctx.funder);
	let nonce = chain::next_nonces(ctx.rpc, std::slice::from_ref(&funder_id))?[0];
	let call =
		RuntimeCall::Performance(pallet_performance::Call::register_sport { sport: sport() });
	let xt = chain::sign(ctx.chain, ctx.funder, &funder_id, nonce, call);
	println!("setup: registering the sport {}", String::from_utf8_lossy(SPORT));
	chain::submit_and_wait(ctx.rpc, &[("register_sport".to_string(), xt)], SETUP_TIMEOUT)
}

/// Registers the load accounts that are not athletes yet, declaring [`SPORT`].
pub fn register_athletes(ctx: &mut SetupContext<'_>) -> Result<()> {
	let keys: Vec<Vec<u8>> = ctx
		.accounts
		.iter()
		.map(|a| pallet_performance::Athletes::<Runtime>::hashed_key_for(&a.id))
		.collect();
	let present = chain::storage_values(ctx.rpc, &keys)?;
	let missing: Vec<usize> =
		present.iter().enumerate().filter(|(_, v)| v.is_none()).map(|(i, _)| i).collect();
	if missing.is_empty() {
		println!("setup: all {} load accounts are athletes", ctx.accounts.len());
		return Ok(());
	}
	let ids: Vec<AccountId> = missing.iter().map(|&i| ctx.accounts[i].id.clone()).collect();
	let nonces = chain::next_nonces(ctx.rpc, &ids)?;
	let xts: Vec<(String, UncheckedExtrinsic)> = missing
		.iter()
		.zip(nonces)
		.map(|(&i, nonce)| {
			let account = &ctx.accounts[i];
			let call = RuntimeCall::Performance(pallet_performance::Call::register_athlete {
				name: BoundedVec::truncate_from(format!("load-{i}").into_bytes()),
				sports: BoundedVec::truncate_from(vec![sport()]),
				nostr_key: None,
			});
			let xt = chain::sign(ctx.chain, &account.pair, &account.id, nonce, call);
			(format!("register_athlete of //load//{i}"), xt)
		})
		.collect();
	println!("setup: registering {} athletes", xts.len());
	chain::submit_and_wait(ctx.rpc, &xts, SETUP_TIMEOUT)
}

/// How many openings every athlete can pay for at `cost` each: the smallest over the athletes
/// of their free balance, less a reserve, over `cost`. The stock is cut to this many per
/// athlete, since an opening whose holds fail would only fail on chain.
pub fn affordable(ctx: &mut SetupContext<'_>, cost: Balance) -> Result<u32> {
	let ids: Vec<AccountId> = ctx.accounts.iter().map(|a| a.id.clone()).collect();
	let free = chain::free_balances(ctx.rpc, &ids)?;
	let least = free.into_iter().min().unwrap_or(0);
	Ok((least.saturating_sub(ATHLETE_RESERVE) / cost.max(1)).min(u32::MAX.into()) as u32)
}

/// Prepares `wanted` witnesses (`//load//witness//0..`) on the performance domain's roster:
/// funds them, registers those not registered yet with [`WITNESS_BOND`] in the domain, brings
/// back to it the bonds that slashes took below half of it (`bond_extra`, which also
/// reactivates a deactivated witness), rotates the roster if it lacks any of them
/// (`rotate_roster`, waiting for `RosterPeriod` since the last rotation), and returns the
/// roster's witnesses that are ours, with their nonces.
pub fn setup_witnesses(ctx: &mut SetupContext<'_>, wanted: usize) -> Result<Witnesses> {
	let min_seats = blocks::<<Runtime as pallet_performance::Config>::MinWitnesses>() as usize;
	if wanted < min_seats || wanted > MAX_WITNESSES {
		return Err(format!(
			"--witnesses must be from {min_seats} (a panel's quorum of distinct candidates) to \
			 {MAX_WITNESSES} (a domain's list)"
		)
		.into());
	}
	let all = accounts::derive_witnesses(MAX_WITNESSES)?;
	let domain = domain();

	// Registry entries of the wanted witnesses.
	let keys: Vec<Vec<u8>> = all[..wanted]
		.iter()
		.map(|w| pallet_witnesses::Witnesses::<Runtime>::hashed_key_for(&w.id))
		.collect();
	let mut register = Vec::new();
	// Witnesses whose bond is brought back to `WITNESS_BOND`, with what it takes: an earlier
	// run that ended with rounds open had them slashed for the seats they did not reveal.
	let mut restore = Vec::new();
	for (i, value) in chain::storage_values(ctx.rpc, &keys)?.into_iter().enumerate() {
		let Some(bytes) = value else {
			register.push(i);
			continue;
		};
		let info = <WitnessInfoOf<Runtime> as codec::Decode>::decode(&mut &bytes[..])
			.map_err(|e| format!("registry entry of //load//witness//{i}: {e}"))?;
		match info.status {
			WitnessStatus::Active if info.domains.is_empty() || info.domains.contains(&domain) => {
				if info.bond < WITNESS_BOND / 2 {
					restore.push((i, WITNESS_BOND - info.bond));
				}
			},
			WitnessStatus::Active => eprintln!(
				"setup: //load//witness//{i} is registered for other domains: it cannot be drawn"
			),
			WitnessStatus::Deactivated => restore.push((i, WITNESS_BOND.saturating_sub(info.bond))),
			WitnessStatus::Unbonding { .. } => {
				eprintln!("setup: //load//witness//{i} is unbonding: it cannot be drawn")
			},
		}
	}

	// Funds: the bond (or what restoring it adds) and the fees of the run.
	let targets: Vec<(AccountId, Balance)> = (0..wanted)
		.map(|i| {
			let bond = if register.contains(&i) {
				WITNESS_BOND
			} else {
				restore.iter().find(|(j, _)| *j == i).map_or(0, |(_, extra)| *extra)
			};
			(all[i].id.clone(), bond + WITNESS_FEES)
		})
		.collect();
	top_up(ctx, &targets)?;

	let signers: Vec<usize> =
		register.iter().copied().chain(restore.iter().map(|(i, _)| *i)).collect();
	if !signers.is_empty() {
		let ids: Vec<AccountId> = signers.iter().map(|&i| all[i].id.clone()).collect();
		let nonces = chain::next_nonces(ctx.rpc, &ids)?;
		let xts: Vec<(String, UncheckedExtrinsic)> = signers
			.iter()
			.zip(nonces)
			.map(|(&i, nonce)| {
				let call = match restore.iter().find(|(j, _)| *j == i) {
					Some((_, extra)) => {
						RuntimeCall::Witnesses(pallet_witnesses::Call::bond_extra {
							amount: (*extra).max(1),
						})
					},
					None => RuntimeCall::Witnesses(pallet_witnesses::Call::register {
						role: Role::Judge,
						bond: WITNESS_BOND,
						domains: BoundedVec::truncate_from(vec![domain]),
					}),
				};
				let xt = chain::sign(ctx.chain, &all[i].pair, &all[i].id, nonce, call);
				(format!("witness registration of //load//witness//{i}"), xt)
			})
			.collect();
		println!(
			"setup: registering {} witness(es), restoring the bond of {}, to {} ARETE in {}",
			register.len(),
			restore.len(),
			WITNESS_BOND / ARETE,
			String::from_utf8_lossy(&domain).trim_end_matches('\0')
		);
		chain::submit_and_wait(ctx.rpc, &xts, SETUP_TIMEOUT)?;
	}

	// The roster: draws read it, not the registry.
	let wanted_ids: Vec<AccountId> = all[..wanted].iter().map(|w| w.id.clone()).collect();
	let roster = match current_roster(ctx.rpc, domain)? {
		Some((_, roster))
			if wanted_ids.iter().all(|id| roster.entries.iter().any(|(w, _)| w == id)) =>
		{
			roster
		},
		current => {
			rotate(ctx, domain, current.map(|(info, _)| info))?;
			current_roster(ctx.rpc, domain)?
				.map(|(_, roster)| roster)
				.ok_or("no roster after rotation")?
		},
	};

	let derived: HashMap<AccountId, usize> =
		all.iter().enumerate().map(|(i, w)| (w.id.clone(), i)).collect();
	let mut keys = Vec::new();
	let mut foreign = 0;
	for (who, _) in roster.entries.iter() {
		match derived.get(who) {
			Some(&i) => {
				keys.push(LoadAccount { pair: all[i].pair.clone(), id: who.clone(), nonce: 0 })
			},
			None => foreign += 1,
		}
	}
	let absent =
		wanted_ids.iter().filter(|id| !roster.entries.iter().any(|(w, _)| w == *id)).count();
	if absent > 0 {
		eprintln!(
			"setup: {absent} of the {wanted} witnesses are not on the roster (at their \
			 MaxPendingDuties from an earlier run, unbonding, or serving other domains): fewer \
			 witnesses share the panels"
		);
	}
	if keys.len() < min_seats {
		return Err(format!(
			"only {} of our witnesses are on the roster of the performance domain; a panel \
			 needs {min_seats} candidates",
			keys.len()
		)
		.into());
	}
	if foreign > 0 {
		eprintln!(
			"setup: the roster has {foreign} witness(es) that are not the tool's: seats drawn for \
			 them are left to them, and a round with a silent seat misses its quorum"
		);
	}
	// Witnesses of an earlier run with more of them are on the roster too: they act as well,
	// and need fees.
	let others: Vec<(AccountId, Balance)> = keys
		.iter()
		.filter(|k| !wanted_ids.contains(&k.id))
		.map(|k| (k.id.clone(), WITNESS_FEES))
		.collect();
	top_up(ctx, &others)?;
	let ids: Vec<AccountId> = keys.iter().map(|k| k.id.clone()).collect();
	for (key, nonce) in keys.iter_mut().zip(chain::next_nonces(ctx.rpc, &ids)?) {
		key.nonce = nonce;
	}
	let index = keys.iter().enumerate().map(|(i, k)| (k.id.clone(), i as u32)).collect();
	println!(
		"setup: {} of our witnesses on the roster of {} candidates",
		keys.len(),
		roster.entries.len()
	);
	Ok(Witnesses { keys, index, foreign, roster_len: roster.entries.len() })
}

/// The domain's current roster era's info and roster, if it has one.
fn current_roster(
	rpc: &mut Client,
	domain: DomainId,
) -> Result<Option<(RosterInfoOf<Runtime>, RosterOf<Runtime>)>> {
	let key = pallet_witnesses::CurrentRosters::<Runtime>::hashed_key_for(domain);
	let Some(info) = chain::storage_value::<RosterInfoOf<Runtime>>(rpc, key)? else {
		return Ok(None);
	};
	let key = pallet_witnesses::Rosters::<Runtime>::hashed_key_for(domain, info.era);
	let roster = chain::storage_value::<RosterOf<Runtime>>(rpc, key)?.unwrap_or_default();
	Ok(Some((info, roster)))
}

/// Rotates the domain's roster, signed by the funder (who holds `RosterDeposit` for a domain's
/// first roster). A rotation must come `RosterPeriod` blocks after the last one, and fails
/// `RosterInUse` while requests wait to be drawn from the era it would remove (they are drawn
/// within `DrawDelay` blocks): both are waited out.
fn rotate(
	ctx: &mut SetupContext<'_>,
	domain: DomainId,
	current: Option<RosterInfoOf<Runtime>>,
) -> Result<()> {
	const ATTEMPTS: u32 = 6;
	let period = blocks::<<Runtime as pallet_witnesses::Config>::RosterPeriod>();
	let funder_id = chain::account_of(ctx.funder);
	for attempt in 1..=ATTEMPTS {
		if let Some(info) = &current {
			// The rotation's block, the one after the best, must be at least built_at + period.
			let due = info.built_at.saturating_add(period).saturating_sub(1);
			wait_for_block(ctx.rpc, due)?;
		}
		let nonce = chain::next_nonces(ctx.rpc, std::slice::from_ref(&funder_id))?[0];
		let call = RuntimeCall::Witnesses(pallet_witnesses::Call::rotate_roster { domain });
		let xt = chain::sign(ctx.chain, ctx.funder, &funder_id, nonce, call);
		println!("setup: rotating the roster of the performance domain");
		let outcome = chain::submit_and_watch(ctx.rpc, &[xt], SETUP_TIMEOUT)?;
		match outcome.first().copied().flatten() {
			None => return Ok(()),
			Some(error) if attempt < ATTEMPTS && is_transient_rotation_error(&error) => {
				eprintln!(
					"setup: rotate_roster: {}; retrying in a few blocks",
					chain::describe_dispatch_error(&error)
				);
				let best = chain::best_number(ctx.rpc)?;
				wait_for_block(ctx.rpc, best + 3)?;
			},
			Some(error) => {
				return Err(
					format!("rotate_roster: {}", chain::describe_dispatch_error(&error)).into()
				)
			},
		}
	}
	Err("rotate_roster kept failing".into())
}

/// `RosterTooRecent` and `RosterInUse` pass with a few blocks.
fn is_transient_rotation_error(error: &DispatchError) -> bool {
	matches!(
		arete_runtime::RuntimeError::from_dispatch_error(*error),
		Some(arete_runtime::RuntimeError::Witnesses(
			pallet_witnesses::Error::RosterTooRecent | pallet_witnesses::Error::RosterInUse
		))
	)
}

/// Waits until the best block is at least `number`.
fn wait_for_block(rpc: &mut Client, number: u32) -> Result<()> {
	let started = std::time::Instant::now();
	while chain::best_number(rpc)? < number {
		if started.elapsed() > SETUP_TIMEOUT {
			return Err(
				format!("block #{number} not reached: is the chain producing blocks?").into()
			);
		}
		std::thread::sleep(Duration::from_millis(500));
	}
	Ok(())
}

/// A witness's commit or reveal, signed with its tracked nonce (advanced) and the follow-up
/// tip.
pub fn sign_follow_up(chain: &ChainInfo, witness: &mut LoadAccount, call: RuntimeCall) -> Vec<u8> {
	let xt =
		chain::sign_with_tip(chain, &witness.pair, &witness.id, witness.nonce, FOLLOW_UP_TIP, call);
	witness.nonce += 1;
	xt.encode()
}

/// A fresh secret for the salts of a run: the salts are derived from it, so they need no
/// storage between commit and reveal, and a revealed salt tells nothing about another.
pub fn salt_secret() -> [u8; 32] {
	use sp_core::Pair as _;
	// The OS's randomness, through a throw-away key.
	let (pair, _) = sr25519::Pair::generate();
	blake2_256(&pair.to_raw_vec())
}

/// The salt of `witness`'s commitment on request `id`: `blake2_256(SCALE(("arete-load:salt",
/// secret, id, witness)))`, fresh for every request and witness.
pub fn salt(secret: &[u8; 32], id: u64, witness: &AccountId) -> [u8; 32] {
	blake2_256(&(b"arete-load:salt", secret, id, witness).encode())
}

/// BLAKE2b-256, as the runtime hashes.
fn blake2_256(bytes: &[u8]) -> [u8; 32] {
	use sp_runtime::traits::{BlakeTwo256, Hash as _};
	BlakeTwo256::hash(bytes).0
}

/// A witness's vote on every performance: approve, with [`SCORE`].
pub fn vote() -> (bool, Option<u32>) {
	(true, Some(SCORE))
}

/// The commitment of `witness` to `(verdict, score)` on request `id` of `domain` with `salt`,
/// computed by the pallet's own function (the one `reveal` checks against).
pub fn commitment(
	domain: DomainId,
	id: u64,
	witness: &AccountId,
	verdict: bool,
	score: Option<u32>,
	salt: &[u8; 32],
) -> sp_core::H256 {
	pallet_witnesses::Pallet::<Runtime>::commitment_of(domain, id, witness, verdict, score, salt)
}

/// What one block did for a mix: work opened and finished.
#[derive(Clone, Debug)]
pub struct BlockTally {
	pub number: u32,
	pub seen: f64,
	pub timestamp: Option<u64>,
	pub opened: u32,
	pub finished: u32,
}

/// Rates of a mix's work over the blocks it saw.
#[derive(Debug, PartialEq)]
pub struct Rates {
	pub opened_in_run: u64,
	pub finished_in_run: u64,
	pub finished_after_run: u64,
	/// Opened per second of chain time over the blocks seen during submission.
	pub opened_per_sec: f64,
	/// Finished per second over the same blocks.
	pub finished_per_sec: f64,
	/// Finished per second from the parent of the first block that finished any to the last
	/// one (drain included): the rate at which the chain completed the work once it started
	/// completing it. `None` with fewer than two such timestamps.
	pub finished_per_sec_active: Option<f64>,
}

/// The [`Rates`] of `log` (every block the mix saw, in order) for the submission `window`.
pub fn rates(log: &[BlockTally], window: &super::RunWindow) -> Rates {
	let in_run = |b: &BlockTally| b.seen >= window.started && b.seen <= window.ended;
	let first = log.iter().position(in_run);
	let last = log.iter().rposition(in_run);
	let run: &[BlockTally] = match (first, last) {
		(Some(first), Some(last)) => &log[first..=last],
		_ => &[],
	};
	// Chain time from the parent of the first block to the last, as the report measures it,
	// or wall time when timestamps are missing.
	let span = |from: usize, to: usize| -> Option<f64> {
		let start = from.checked_sub(1).and_then(|i| log.get(i)).and_then(|b| b.timestamp)?;
		let end = log.get(to)?.timestamp?;
		(end > start).then(|| (end - start) as f64 / 1000.0)
	};
	let run_span = match (first, last) {
		(Some(first), Some(last)) => span(first, last),
		_ => None,
	}
	.unwrap_or(window.ended - window.started);
	let per_sec = |count: u64| if run_span > 0.0 { count as f64 / run_span } else { 0.0 };
	let opened_in_run: u64 = run.iter().map(|b| u64::from(b.opened)).sum();
	let finished_in_run: u64 = run.iter().map(|b| u64::from(b.finished)).sum();
	let finished_total: u64 = log.iter().map(|b| u64::from(b.finished)).sum();
	let finished_after_run: u64 =
		log.iter().filter(|b| b.seen > window.ended).map(|b| u64::from(b.finished)).sum();
	let first_done = log.iter().position(|b| b.finished > 0);
	let last_done = log.iter().rposition(|b| b.finished > 0);
	let finished_per_sec_active = match (first_done, last_done) {
		(Some(from), Some(to)) => span(from, to).map(|s| finished_total as f64 / s),
		_ => None,
	};
	Rates {
		opened_in_run,
		finished_in_run,
		finished_after_run,
		opened_per_sec: per_sec(opened_in_run),
		finished_per_sec: per_sec(finished_in_run),
		finished_per_sec_active,
	}
}

/// Due entries the witnesses' idle hook can work off in a block with `free` weight: it charges
/// every entry (a draw, a round's tally, a finalization, a claim standing) the worst case of
/// them all (`max_idle_entry_weight`), whatever the entry is.
pub fn idle_entries_per_block(free: frame_support::weights::Weight) -> u64 {
	chain::fits(free, pallet_witnesses::Pallet::<Runtime>::max_idle_entry_weight())
}

/// What the witnesses' idle hook charges a block for one due entry it works off: the entry at
/// `max_idle_entry_weight` and the step of its scan over the schedule.
pub fn idle_entry_charge() -> frame_support::weights::Weight {
	use pallet_witnesses::WeightInfo as _;
	pallet_witnesses::Pallet::<Runtime>::max_idle_entry_weight()
		.saturating_add(<Runtime as pallet_witnesses::Config>::WeightInfo::on_idle_scan())
}

/// Blocks as seconds of chain time.
pub fn blocks_to_duration(blocks: u32) -> Duration {
	Duration::from_millis(u64::from(blocks) * arete_runtime::time::MILLISECS_PER_BLOCK)
}

#[cfg(test)]
mod tests {
	use super::*;
	use crate::mixes::RunWindow;
	use sp_core::Pair as _;

	/// The README's worked example of pallet-witnesses (Alice approving request 42 of
	/// `perform\0` with score 9 500 and salt 0..31), through the function the mixes commit
	/// with: the arguments go where the pallet's `reveal` expects them, and the runtime's
	/// performance domain is `perform\0`.
	#[test]
	fn commitments_are_the_documented_ones() {
		let alice = chain::account_of(&sr25519::Pair::from_string("//Alice", None).unwrap());
		assert_eq!(
			chain::hex(alice.as_ref()),
			"0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d"
		);
		assert_eq!(domain(), *b"perform\0");
		let salt: [u8; 32] = core::array::from_fn(|i| i as u8);
		let approve = commitment(domain(), 42, &alice, true, Some(9_500), &salt);
		assert_eq!(
			chain::hex(approve.as_bytes()),
			"0x89b494327d423f126cd7afa12a16d16537333da60d0216d7b87a7c08b0971951"
		);
		let reject = commitment(domain(), 42, &alice, false, Some(9_500), &salt);
		assert_eq!(
			chain::hex(reject.as_bytes()),
			"0xcd710b1d056df1244528eeee38aeee4a095f1bfeeae4fa302d95c486b15f4a2f"
		);

		// The documented byte layout, assembled by hand, hashes to the same.
		let mut preimage = b"arete:commit:v1:".to_vec();
		preimage.extend_from_slice(b"perform\0");
		preimage.extend_from_slice(&42u64.to_le_bytes());
		preimage.extend_from_slice(alice.as_ref());
		preimage.push(1);
		preimage.push(1);
		preimage.extend_from_slice(&9_500u32.to_le_bytes());
		preimage.extend_from_slice(&salt);
		assert_eq!(preimage.len(), 102);
		assert_eq!(blake2_256(&preimage), approve.0);
	}

	/// Salts differ per request and per witness, and between runs (fresh secrets).
	#[test]
	fn salts_are_fresh_per_request_witness_and_run() {
		let [a, b] = [0u8, 1].map(|i| AccountId::from([i; 32]));
		let secret = salt_secret();
		assert_ne!(secret, salt_secret());
		assert_eq!(salt(&secret, 1, &a), salt(&secret, 1, &a));
		assert_ne!(salt(&secret, 1, &a), salt(&secret, 2, &a));
		assert_ne!(salt(&secret, 1, &a), salt(&secret, 1, &b));
		assert_ne!(salt(&secret, 1, &a), salt(&salt_secret(), 1, &a));
	}

	/// Rates count the blocks seen during submission over their chain time (from the parent
	/// of the first), and completions over the span in which they happened.
	#[test]
	fn rates_over_the_run_and_while_completing() {
		// Blocks 1..=10, six seconds apart, seen at 1..=10 s; two openings in each of blocks
		// 3..=6, completions in blocks 8 (3) and 9 (1).
		let log: Vec<BlockTally> = (1..=10u32)
			.map(|n| BlockTally {
				number: n,
				seen: f64::from(n),
				timestamp: Some(u64::from(n) * 6_000),
				opened: if (3..=6).contains(&n) { 2 } else { 0 },
				finished: match n {
					8 => 3,
					9 => 1,
					_ => 0,
				},
			})
			.collect();
		let rates = rates(&log, &RunWindow { started: 2.5, ended: 6.5 });
		assert_eq!(rates.opened_in_run, 8);
		// From block 2's timestamp to block 6's: 24 s.
		assert!((rates.opened_per_sec - 8.0 / 24.0).abs() < 1e-9, "{rates:?}");
		assert_eq!((rates.finished_in_run, rates.finished_after_run), (0, 4));
		assert_eq!(rates.finished_per_sec, 0.0);
		// From block 7's timestamp to block 9's: 12 s.
		let active = rates.finished_per_sec_active.unwrap();
		assert!((active - 4.0 / 12.0).abs() < 1e-9, "{rates:?}");
	}
}

/// Pre-signs `count` calls round-robin over the athletes, cut to the `affordable` each one's
/// balance pays for (`noun` names the calls in the message saying so).
pub fn presign_affordable(
	chain: &ChainInfo,
	accounts: &mut [LoadAccount],
	count: usize,
	affordable: u32,
	mix: &str,
	noun: &str,
	call: fn(&AccountId) -> RuntimeCall,
) -> Presigned {
	let affordable = affordable as usize;
	let cap = affordable.saturating_mul(accounts.len());
	if count > cap {
		eprintln!(
			"{mix}: the stock is cut to {cap} {noun} ({affordable} per athlete, what their \
			 balance pays for; raise --fund for more)"
		);
	}
	let ids: Vec<AccountId> = accounts.iter().map(|a| a.id.clone()).collect();
	presign_round_robin(chain, accounts, count.min(cap), |sender, _| call(&ids[sender]))
}
