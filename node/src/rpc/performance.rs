//! `performance_*`: JSON-RPC queries of Proof of Performance (`pallet-performance`), served
//! from the runtime API `PerformanceApi` at the best block or at the block hash `at`.
//!
//! Every method takes an optional block hash `at` as its last parameter (default: the best
//! block).
//!
//! | Method | Parameters | Result |
//! |---|---|---|
//! | `performance_athlete` | `account`, `at?` | an [`AthleteJson`] or `null` |
//! | `performance_athleteHistory` | `account`, `at?` | an array of [`PerformanceJson`], oldest first |
//! | `performance_leaderboard` | `sport`, `level`, `at?` | an array of [`RankJson`], best first (`rank` from 0) |
//! | `performance_performance` | `id`, `at?` | a [`PerformanceJson`] or `null` |
//! | `performance_nostrEvent` | `id`, `at?` | the NIP-01 event object or `null` |
//!
//! Inputs:
//! - `account`: an SS58 address (any prefix; Arete's is 1337) or the `0x` hex of the 32-byte
//!   account id.
//! - `sport`: a sport slug as registered (`a-z`, `0-9`, `-`, `_`; 1 to `MaxSportLen` = 32
//!   bytes), e.g. `"hackysack"`.
//! - `level`: `"local"`, `"regional"`, `"national"` or `"international"` (any case).
//! - `id`: a performance id (a JSON number).
//!
//! Outputs (field names in camelCase):
//! - Accounts are SS58 addresses with Arete's prefix 1337.
//! - Balances are decimal strings (a `u128` does not fit a JSON number).
//! - Names, sports, tags, venues and evidence are strings (the pallet only stores UTF-8; any
//!   invalid sequence would be replaced by U+FFFD).
//! - Hashes and keys are `0x`-prefixed lowercase hex, except inside the Nostr event, whose
//!   `id` and `pubkey` are bare lowercase hex as NIP-01 requires.
//! - Metrics and scores are the stored integers in thousandths (`8100` is 8.1); coordinates
//!   are micro-degrees.
//! - A performance's `status` is `{"state":"pending","request":R}`,
//!   `{"state":"verified","score":S}`, `{"state":"rejected"}` or `{"state":"inconclusive"}`.
//! - `performance_nostrEvent` returns `{id, pubkey, created_at, kind, tags, content, sig}`
//!   exactly as the runtime renders it (`kind` 1337, `sig` empty for the athlete to sign), or
//!   `null` when the performance is unknown, not verified, or its athlete has no Nostr key.
//!
//! Example, `performance_performance(0)` while pending:
//! ```text
//! {"id":0,"athlete":"<ss58>","submitter":"<ss58>","level":"local","sport":"hackysack",
//!  "metrics":{"score":8000,"difficulty":7500,"execution":8500},
//!  "location":{"lat":37769421,"lon":-122486214,"venue":"Golden Gate Park"},
//!  "competition":null,"evidence":"bafybei...","related":null,"tags":["hackysack","trick"],
//!  "witnesses":["<ss58>","<ss58>","<ss58>"],"deposit":"1000000000000","submittedAt":5,
//!  "createdAt":1763752000,"status":{"state":"pending","request":0}}
//! ```
//!
//! Errors:
//! - `-32602` (invalid params): an unparseable account, an unknown level, an empty, too long
//!   or non-slug sport. The message says which.
//! - [`RUNTIME_ERROR`] (`8001`): the runtime API call failed (e.g. `at` is not a known
//!   block, or the runtime at `at` has no `PerformanceApi`).
//! - [`INVALID_RUNTIME_DATA`] (`8002`): the runtime returned a Nostr event whose JSON does
//!   not parse (a runtime bug).

use std::sync::Arc;

use arete_runtime::{opaque::Block, AccountId, Balance, BlockNumber};
use jsonrpsee::{
	core::RpcResult,
	proc_macros::rpc,
	types::{error::INVALID_PARAMS_CODE, ErrorObjectOwned},
};
use pallet_performance::{
	runtime_api::PerformanceApi as PerformanceRuntimeApi, AthleteView, Level, NostrEvent,
	PerformanceId, PerformanceStatus, PerformanceView, RankEntry,
};
use serde::Serialize;
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_core::crypto::{Ss58AddressFormat, Ss58Codec};
use sp_runtime::traits::{Block as BlockT, Get};

/// Error code of a failed runtime API call.
pub const RUNTIME_ERROR: i32 = 8001;

/// Error code of data from the runtime that cannot be rendered (a runtime bug).
pub const INVALID_RUNTIME_DATA: i32 = 8002;

/// The longest sport slug the runtime stores (`MaxSportLen`).
fn max_sport_len() -> usize {
	let len: u32 = <arete_runtime::Runtime as pallet_performance::Config>::MaxSportLen::get();
	usize::try_from(len).unwrap_or(usize::MAX)
}

/// The `performance_*` JSON-RPC methods.
#[rpc(server, namespace = "performance")]
pub trait PerformanceApi<BlockHash> {
	/// The athlete profile of `account`, or `null` if it is not registered.
	#[method(name = "athlete")]
	fn athlete(&self, account: String, at: Option<BlockHash>) -> RpcResult<Option<AthleteJson>>;

	/// The most recent verified performances of `account`, oldest first.
	#[method(name = "athleteHistory")]
	fn athlete_history(
		&self,
		account: String,
		at: Option<BlockHash>,
	) -> RpcResult<Vec<PerformanceJson>>;

	/// The leaderboard of `sport` at `level`, best first (empty if nobody ranks yet).
	#[method(name = "leaderboard")]
	fn leaderboard(
		&self,
		sport: String,
		level: String,
		at: Option<BlockHash>,
	) -> RpcResult<Vec<RankJson>>;

	/// Performance `id`, or `null` if there is none.
	#[method(name = "performance")]
	fn performance(
		&self,
		id: PerformanceId,
		at: Option<BlockHash>,
	) -> RpcResult<Option<PerformanceJson>>;

	/// Verified performance `id` as an unsigned Nostr event (NIP-01, kind 1337), or `null`.
	#[method(name = "nostrEvent")]
	fn nostr_event(
		&self,
		id: PerformanceId,
		at: Option<BlockHash>,
	) -> RpcResult<Option<serde_json::Value>>;
}

/// Serves [`PerformanceApiServer`] from a client's runtime API.
pub struct Performance<C> {
	client: Arc<C>,
}

impl<C> Performance<C> {
	/// Serves the queries of `client`.
	pub fn new(client: Arc<C>) -> Self {
		Self { client }
	}
}

impl<C> PerformanceApiServer<<Block as BlockT>::Hash> for Performance<C>
where
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: PerformanceRuntimeApi<Block, AccountId, Balance, BlockNumber>,
{
	fn athlete(
		&self,
		account: String,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<Option<AthleteJson>> {
		let who = parse_account(&account).map_err(invalid_params)?;
		let view =
			self.client.runtime_api().athlete(self.at(at), who.clone()).map_err(runtime_error)?;
		Ok(view.map(|view| athlete_json(&who, view)))
	}

	fn athlete_history(
		&self,
		account: String,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<Vec<PerformanceJson>> {
		let who = parse_account(&account).map_err(invalid_params)?;
		let views =
			self.client.runtime_api().athlete_history(self.at(at), who).map_err(runtime_error)?;
		Ok(views.into_iter().map(performance_json).collect())
	}

	fn leaderboard(
		&self,
		sport: String,
		level: String,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<Vec<RankJson>> {
		let sport = parse_sport(&sport).map_err(invalid_params)?;
		let level = parse_level(&level).map_err(invalid_params)?;
		let entries = self
			.client
			.runtime_api()
			.leaderboard(self.at(at), sport, level)
			.map_err(runtime_error)?;
		Ok(leaderboard_json(entries))
	}

	fn performance(
		&self,
		id: PerformanceId,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<Option<PerformanceJson>> {
		let view = self.client.runtime_api().performance(self.at(at), id).map_err(runtime_error)?;
		Ok(view.map(performance_json))
	}

	fn nostr_event(
		&self,
		id: PerformanceId,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<Option<serde_json::Value>> {
		let event =
			self.client.runtime_api().nostr_event(self.at(at), id).map_err(runtime_error)?;
		event
			.map(|event| {
				nostr_json(&event).map_err(|message| {
					ErrorObjectOwned::owned(INVALID_RUNTIME_DATA, message, None::<()>)
				})
			})
			.transpose()
	}
}

impl<C: HeaderBackend<Block>> Performance<C> {
	/// `at`, or the best block.
	fn at(&self, at: Option<<Block as BlockT>::Hash>) -> <Block as BlockT>::Hash {
		at.unwrap_or_else(|| self.client.info().best_hash)
	}
}

/// A `-32602` (invalid params) error carrying `message`; every `*_` RPC module uses it.
pub(crate) fn invalid_params(message: String) -> ErrorObjectOwned {
	ErrorObjectOwned::owned(INVALID_PARAMS_CODE, message, None::<()>)
}

/// A [`RUNTIME_ERROR`] for a failed runtime API call, with the failure as data.
pub(crate) fn runtime_error(error: impl std::fmt::Display) -> ErrorObjectOwned {
	ErrorObjectOwned::owned(RUNTIME_ERROR, "runtime API call failed", Some(error.to_string()))
}

// ---------------------------------------------------------------------------------------------
// Responses
// ---------------------------------------------------------------------------------------------

/// An athlete profile.
#[derive(Serialize, Clone, PartialEq, Eq, Debug)]
#[serde(rename_all = "camelCase")]
pub struct AthleteJson {
	/// The athlete's account (SS58, prefix 1337).
	pub account: String,
	/// Display name.
	pub name: String,
	/// Declared sports.
	pub sports: Vec<String>,
	/// Current level: `"local"`, `"regional"`, `"national"` or `"international"`.
	pub level: &'static str,
	/// Nostr x-only public key (`0x` hex), if any.
	pub nostr_key: Option<String>,
	/// Approved delegates (SS58).
	pub delegates: Vec<String>,
	/// Deposit held (planck, decimal string).
	pub deposit: String,
	/// Number of verified performances.
	pub verified: u32,
	/// Number of pending performances.
	pub pending: u32,
	/// Block of registration.
	pub registered_at: BlockNumber,
	/// Ids of the most recent verified performances, oldest first.
	pub history: Vec<PerformanceId>,
	/// Personal best per declared sport that has one.
	pub personal_bests: Vec<PersonalBestJson>,
}

/// A personal best.
#[derive(Serialize, Clone, PartialEq, Eq, Debug)]
#[serde(rename_all = "camelCase")]
pub struct PersonalBestJson {
	/// The sport.
	pub sport: String,
	/// Verified score (thousandths).
	pub score: u32,
	/// The performance.
	pub performance: PerformanceId,
}

/// Claimed metrics, in thousandths.
#[derive(Serialize, Clone, Copy, PartialEq, Eq, Debug)]
#[serde(rename_all = "camelCase")]
pub struct MetricsJson {
	/// Claimed overall score.
	pub score: u32,
	/// Difficulty.
	pub difficulty: u32,
	/// Execution.
	pub execution: u32,
}

/// Where a performance happened.
#[derive(Serialize, Clone, PartialEq, Eq, Debug)]
#[serde(rename_all = "camelCase")]
pub struct LocationJson {
	/// Latitude in micro-degrees.
	pub lat: i32,
	/// Longitude in micro-degrees.
	pub lon: i32,
	/// Venue name (may be empty).
	pub venue: String,
}

/// Verification status of a performance.
#[derive(Serialize, Clone, Copy, PartialEq, Eq, Debug)]
#[serde(tag = "state", rename_all = "camelCase")]
pub enum StatusJson {
	/// Awaiting the outcome of witness request `request`.
	Pending {
		/// The witness request id.
		request: u64,
	},
	/// Approved with consensus score `score` (thousandths).
	Verified {
		/// The consensus score.
		score: u32,
	},
	/// Rejected by the witnesses.
	Rejected,
	/// No quorum of witnesses.
	Inconclusive,
}

/// A performance.
#[derive(Serialize, Clone, PartialEq, Eq, Debug)]
#[serde(rename_all = "camelCase")]
pub struct PerformanceJson {
	/// The id.
	pub id: PerformanceId,
	/// The athlete (SS58).
	pub athlete: String,
	/// Who submitted it (SS58).
	pub submitter: String,
	/// The level it counts at.
	pub level: &'static str,
	/// The sport.
	pub sport: String,
	/// Claimed metrics.
	pub metrics: MetricsJson,
	/// Coordinates and venue, if given.
	pub location: Option<LocationJson>,
	/// The competition it belongs to, if any.
	pub competition: Option<u64>,
	/// Evidence content hash (e.g. an IPFS CID).
	pub evidence: String,
	/// A related Nostr event id (`0x` hex), if any.
	pub related: Option<String>,
	/// Free tags.
	pub tags: Vec<String>,
	/// Named witnesses while pending; the agreeing witnesses once verified (SS58).
	pub witnesses: Vec<String>,
	/// Deposit held while pending (planck, decimal string).
	pub deposit: String,
	/// Block of submission.
	pub submitted_at: BlockNumber,
	/// Unix time of submission (seconds).
	pub created_at: u64,
	/// Verification status.
	pub status: StatusJson,
}

/// A leaderboard entry.
#[derive(Serialize, Clone, PartialEq, Eq, Debug)]
#[serde(rename_all = "camelCase")]
pub struct RankJson {
	/// Position, 0 for the first.
	pub rank: u32,
	/// The athlete (SS58).
	pub athlete: String,
	/// The performance.
	pub performance: PerformanceId,
	/// Verified score (thousandths).
	pub score: u32,
}

// ---------------------------------------------------------------------------------------------
// Parsing and rendering (pure functions, unit-tested below)
// ---------------------------------------------------------------------------------------------

/// Parses an SS58 address (any prefix) or the `0x` hex of a 32-byte account id.
pub fn parse_account(input: &str) -> Result<AccountId, String> {
	let input = input.trim();
	if let Some(hex) = input.strip_prefix("0x").or_else(|| input.strip_prefix("0X")) {
		return parse_hex32(hex)
			.map(AccountId::new)
			.map_err(|reason| format!("invalid account {input:?}: {reason}"));
	}
	AccountId::from_ss58check_with_version(input).map(|(account, _format)| account).map_err(|e| {
		format!("invalid account {input:?}: not an SS58 address ({e}) nor 0x-prefixed 32-byte hex")
	})
}

/// Decodes exactly 64 hex digits (either case) into 32 bytes.
pub fn parse_hex32(hex: &str) -> Result<[u8; 32], String> {
	fn nibble(c: u8) -> Option<u8> {
		match c {
			b'0'..=b'9' => Some(c - b'0'),
			b'a'..=b'f' => Some(c - b'a' + 10),
			b'A'..=b'F' => Some(c - b'A' + 10),
			_ => None,
		}
	}
	if hex.len() != 64 {
		return Err(format!("{} hex digits after 0x, expected 64 (32 bytes)", hex.len()));
	}
	let mut out = [0u8; 32];
	for (byte, pair) in out.iter_mut().zip(hex.as_bytes().chunks_exact(2)) {
		match pair {
			[hi, lo] => match (nibble(*hi), nibble(*lo)) {
				(Some(hi), Some(lo)) => *byte = (hi << 4) | lo,
				_ => return Err("not hex".into()),
			},
			_ => return Err("not hex".into()),
		}
	}
	Ok(out)
}

/// Parses a level name, case-insensitively.
pub fn parse_level(input: &str) -> Result<Level, String> {
	let wanted = input.trim();
	Level::ALL.into_iter().find(|level| level.as_str().eq_ignore_ascii_case(wanted)).ok_or_else(
		|| {
			format!(
				"unknown level {input:?}: expected \"local\", \"regional\", \"national\" or \
				 \"international\""
			)
		},
	)
}

/// Checks a sport slug: 1 to `MaxSportLen` bytes of `a-z`, `0-9`, `-`, `_`.
pub fn parse_sport(input: &str) -> Result<Vec<u8>, String> {
	let max = max_sport_len();
	if input.is_empty() {
		return Err("invalid sport: empty".into());
	}
	if input.len() > max {
		return Err(format!("invalid sport: {} bytes, at most {max}", input.len()));
	}
	if !input
		.bytes()
		.all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
	{
		return Err(format!(
			"invalid sport {input:?}: a sport is a lowercase slug of a-z, 0-9, '-' and '_'"
		));
	}
	Ok(input.as_bytes().to_vec())
}

/// An account as an SS58 address with Arete's prefix.
pub fn ss58(account: &AccountId) -> String {
	account.to_ss58check_with_version(Ss58AddressFormat::custom(arete_runtime::SS58_PREFIX))
}

/// `0x`-prefixed lowercase hex.
pub fn hex0x(bytes: &[u8]) -> String {
	sp_core::bytes::to_hex(bytes, false)
}

/// UTF-8 text stored as bytes (lossy: the pallet only stores valid UTF-8).
fn text(bytes: &[u8]) -> String {
	String::from_utf8_lossy(bytes).into_owned()
}

/// Renders the profile of `who`.
pub fn athlete_json(
	who: &AccountId,
	view: AthleteView<AccountId, Balance, BlockNumber>,
) -> AthleteJson {
	AthleteJson {
		account: ss58(who),
		name: text(&view.name),
		sports: view.sports.iter().map(|sport| text(sport)).collect(),
		level: view.level.as_str(),
		nostr_key: view.nostr_key.map(|key| hex0x(&key)),
		delegates: view.delegates.iter().map(ss58).collect(),
		deposit: view.deposit.to_string(),
		verified: view.verified,
		pending: view.pending,
		registered_at: view.registered_at,
		history: view.history,
		personal_bests: view
			.personal_bests
			.into_iter()
			.map(|(sport, best)| PersonalBestJson {
				sport: text(&sport),
				score: best.score,
				performance: best.performance,
			})
			.collect(),
	}
}

/// Renders a performance.
pub fn performance_json(view: PerformanceView<AccountId, Balance, BlockNumber>) -> PerformanceJson {
	PerformanceJson {
		id: view.id,
		athlete: ss58(&view.athlete),
		submitter: ss58(&view.submitter),
		level: view.level.as_str(),
		sport: text(&view.sport),
		metrics: MetricsJson {
			score: view.metrics.score,
			difficulty: view.metrics.difficulty,
			execution: view.metrics.execution,
		},
		location: view.location.map(|(coordinates, venue)| LocationJson {
			lat: coordinates.lat,
			lon: coordinates.lon,
			venue: text(&venue),
		}),
		competition: view.competition,
		evidence: text(&view.evidence),
		related: view.related.map(|id| hex0x(&id)),
		tags: view.tags.iter().map(|tag| text(tag)).collect(),
		witnesses: view.witnesses.iter().map(ss58).collect(),
		deposit: view.deposit.to_string(),
		submitted_at: view.submitted_at,
		created_at: view.created_at,
		status: match view.status {
			PerformanceStatus::Pending { request } => StatusJson::Pending { request },
			PerformanceStatus::Verified { score } => StatusJson::Verified { score },
			PerformanceStatus::Rejected => StatusJson::Rejected,
			PerformanceStatus::Inconclusive => StatusJson::Inconclusive,
		},
	}
}

/// Renders a leaderboard, numbering the ranks from 0.
pub fn leaderboard_json(entries: Vec<RankEntry<AccountId>>) -> Vec<RankJson> {
	entries
		.into_iter()
		.zip(0u32..)
		.map(|(entry, rank)| RankJson {
			rank,
			athlete: ss58(&entry.athlete),
			performance: entry.performance,
			score: entry.score,
		})
		.collect()
}

/// The runtime's event JSON as a JSON object.
pub fn nostr_json(event: &NostrEvent) -> Result<serde_json::Value, String> {
	let value: serde_json::Value = serde_json::from_slice(&event.json)
		.map_err(|e| format!("the runtime's Nostr event is not valid JSON: {e}"))?;
	if !value.is_object() {
		return Err("the runtime's Nostr event is not a JSON object".into());
	}
	Ok(value)
}

#[cfg(test)]
mod tests {
	use super::*;
	use pallet_performance::{Coordinates, Metrics, PersonalBest};
	use serde_json::json;

	/// Alice's sr25519 public key (`//Alice`).
	const ALICE: [u8; 32] = [
		0xd4, 0x35, 0x93, 0xc7, 0x15, 0xfd, 0xd3, 0x1c, 0x61, 0x14, 0x1a, 0xbd, 0x04, 0xa9, 0x9f,
		0xd6, 0x82, 0x2c, 0x85, 0x58, 0x85, 0x4c, 0xcd, 0xe3, 0x9a, 0x56, 0x84, 0xe7, 0xa5, 0x6d,
		0xa2, 0x7d,
	];
	/// Alice with the generic Substrate prefix 42.
	const ALICE_42: &str = "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY";

	fn alice() -> AccountId {
		AccountId::new(ALICE)
	}

	#[test]
	fn accounts_parse_from_ss58_of_any_prefix_and_from_hex() {
		assert_eq!(parse_account(ALICE_42), Ok(alice()));
		let arete = ss58(&alice());
		assert_ne!(arete, ALICE_42);
		assert_eq!(parse_account(&arete), Ok(alice()));
		let (_, format) = AccountId::from_ss58check_with_version(&arete).unwrap();
		assert_eq!(u16::from(format), 1337);
		let hex = format!("0x{}", sp_core::hexdisplay::HexDisplay::from(&ALICE));
		assert_eq!(parse_account(&hex), Ok(alice()));
		assert_eq!(parse_account(&hex.to_uppercase().replacen("0X", "0x", 1)), Ok(alice()));
		assert_eq!(parse_account(&format!("  {hex} ")), Ok(alice()));
	}

	#[test]
	fn bad_accounts_are_refused_with_a_reason() {
		for bad in ["", "alice", "0x", "0x1234", "0xzz", &format!("0x{}", "00".repeat(33))] {
			let error = parse_account(bad).unwrap_err();
			assert!(error.starts_with("invalid account"), "{bad:?}: {error}");
		}
		assert!(parse_account("0x1234")
			.unwrap_err()
			.contains("4 hex digits after 0x, expected 64"));
		assert!(parse_account(&format!("0x{}", "zz".repeat(32))).unwrap_err().ends_with("not hex"));
		// A corrupted checksum.
		let mut corrupted = ALICE_42.to_string();
		corrupted.replace_range(47.., "Z");
		assert!(parse_account(&corrupted).is_err());
	}

	#[test]
	fn levels_parse_case_insensitively() {
		assert_eq!(parse_level("local"), Ok(Level::Local));
		assert_eq!(parse_level("Regional"), Ok(Level::Regional));
		assert_eq!(parse_level("NATIONAL"), Ok(Level::National));
		assert_eq!(parse_level(" international "), Ok(Level::International));
		for bad in ["", "world", "locals", "1"] {
			assert!(parse_level(bad).unwrap_err().starts_with("unknown level"), "{bad:?}");
		}
	}

	#[test]
	fn sports_must_be_slugs_within_the_runtime_limit() {
		assert_eq!(max_sport_len(), 32);
		assert_eq!(parse_sport("hackysack"), Ok(b"hackysack".to_vec()));
		assert_eq!(parse_sport("ultra-run_10k"), Ok(b"ultra-run_10k".to_vec()));
		assert_eq!(parse_sport(&"a".repeat(32)), Ok(vec![b'a'; 32]));
		assert_eq!(parse_sport(""), Err("invalid sport: empty".into()));
		assert_eq!(parse_sport(&"a".repeat(33)), Err("invalid sport: 33 bytes, at most 32".into()));
		for bad in ["HackySack", "hacky sack", "hacky/sack", "é"] {
			assert!(parse_sport(bad).unwrap_err().contains("lowercase slug"), "{bad:?}");
		}
	}

	fn sample_performance() -> PerformanceView<AccountId, Balance, BlockNumber> {
		PerformanceView {
			id: 7,
			athlete: alice(),
			submitter: AccountId::new([1; 32]),
			level: Level::Regional,
			sport: b"hackysack".to_vec(),
			metrics: Metrics { score: 8_000, difficulty: 7_500, execution: 9_000 },
			location: Some((
				Coordinates { lat: 48_858_370, lon: -2_294_481 },
				b"Caf\xc3\xa9".to_vec(),
			)),
			competition: None,
			evidence: b"bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi".to_vec(),
			related: Some([0xab; 32]),
			tags: vec![b"hackysack".to_vec(), b"trick".to_vec()],
			witnesses: vec![AccountId::new([2; 32])],
			deposit: u128::MAX,
			submitted_at: 12,
			created_at: 1_700_000_000,
			status: PerformanceStatus::Verified { score: 8_100 },
		}
	}

	#[test]
	fn a_performance_renders_as_camel_case_json() {
		let rendered = serde_json::to_value(performance_json(sample_performance())).unwrap();
		assert_eq!(
			rendered,
			json!({
				"id": 7,
				"athlete": ss58(&alice()),
				"submitter": ss58(&AccountId::new([1; 32])),
				"level": "regional",
				"sport": "hackysack",
				"metrics": { "score": 8000, "difficulty": 7500, "execution": 9000 },
				"location": { "lat": 48858370, "lon": -2294481, "venue": "Café" },
				"competition": null,
				"evidence": "bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi",
				"related": format!("0x{}", "ab".repeat(32)),
				"tags": ["hackysack", "trick"],
				"witnesses": [ss58(&AccountId::new([2; 32]))],
				"deposit": "340282366920938463463374607431768211455",
				"submittedAt": 12,
				"createdAt": 1700000000u64,
				"status": { "state": "verified", "score": 8100 },
			})
		);
	}

	#[test]
	fn statuses_and_invalid_utf8_render_defensively() {
		let mut view = sample_performance();
		view.status = PerformanceStatus::Pending { request: 3 };
		view.evidence = vec![b'a', 0xff, b'b'];
		view.location = None;
		view.related = None;
		let rendered = serde_json::to_value(performance_json(view.clone())).unwrap();
		assert_eq!(rendered["status"], json!({ "state": "pending", "request": 3 }));
		assert_eq!(rendered["evidence"], json!("a\u{fffd}b"));
		assert_eq!(rendered["location"], json!(null));
		assert_eq!(rendered["related"], json!(null));
		view.status = PerformanceStatus::Rejected;
		assert_eq!(
			serde_json::to_value(performance_json(view.clone())).unwrap()["status"],
			json!({ "state": "rejected" })
		);
		view.status = PerformanceStatus::Inconclusive;
		assert_eq!(
			serde_json::to_value(performance_json(view)).unwrap()["status"],
			json!({ "state": "inconclusive" })
		);
	}

	#[test]
	fn an_athlete_renders_with_key_history_and_bests() {
		let view = AthleteView {
			name: b"Ferdie".to_vec(),
			sports: vec![b"hackysack".to_vec()],
			level: Level::National,
			nostr_key: Some([0x0f; 32]),
			delegates: vec![AccountId::new([3; 32])],
			deposit: 1_000_000_000_000,
			verified: 1,
			pending: 0,
			registered_at: 4,
			history: vec![0],
			personal_bests: vec![(
				b"hackysack".to_vec(),
				PersonalBest { score: 8_100, performance: 0 },
			)],
		};
		assert_eq!(
			serde_json::to_value(athlete_json(&alice(), view)).unwrap(),
			json!({
				"account": ss58(&alice()),
				"name": "Ferdie",
				"sports": ["hackysack"],
				"level": "national",
				"nostrKey": format!("0x{}", "0f".repeat(32)),
				"delegates": [ss58(&AccountId::new([3; 32]))],
				"deposit": "1000000000000",
				"verified": 1,
				"pending": 0,
				"registeredAt": 4,
				"history": [0],
				"personalBests": [{ "sport": "hackysack", "score": 8100, "performance": 0 }],
			})
		);
	}

	#[test]
	fn leaderboard_ranks_count_from_zero() {
		let entries = vec![
			RankEntry { athlete: alice(), score: 9_000, performance: 4 },
			RankEntry { athlete: AccountId::new([5; 32]), score: 8_000, performance: 1 },
		];
		assert_eq!(
			serde_json::to_value(leaderboard_json(entries)).unwrap(),
			json!([
				{ "rank": 0, "athlete": ss58(&alice()), "performance": 4, "score": 9000 },
				{ "rank": 1, "athlete": ss58(&AccountId::new([5; 32])), "performance": 1, "score": 8000 },
			])
		);
	}

	#[test]
	fn nostr_events_parse_from_the_runtime_json() {
		let tags =
			vec![vec!["p".to_string(), "0f".repeat(32)], vec!["t".into(), "hackysack".into()]];
		let event = pallet_performance::nostr::build_event(
			&[0x0f; 32],
			1_700_000_000,
			tags,
			"{\"type\":\"performance\",\"sport\":\"hackysack\"}".into(),
		);
		let value = nostr_json(&event).unwrap();
		assert_eq!(value["pubkey"], json!("0f".repeat(32)));
		assert_eq!(value["kind"], json!(1337));
		assert_eq!(value["created_at"], json!(1_700_000_000u64));
		assert_eq!(value["tags"][1], json!(["t", "hackysack"]));
		assert_eq!(value["content"], json!("{\"type\":\"performance\",\"sport\":\"hackysack\"}"));
		assert_eq!(value["sig"], json!(""));
		assert_eq!(value["id"], json!(pallet_performance::nostr::hex(&event.id)));

		let broken = NostrEvent { json: b"{\"id\":".to_vec(), ..event.clone() };
		assert!(nostr_json(&broken).unwrap_err().contains("not valid JSON"));
		let not_object = NostrEvent { json: b"[1]".to_vec(), ..event };
		assert!(nostr_json(&not_object).unwrap_err().contains("not a JSON object"));
	}
}
