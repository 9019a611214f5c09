//! `agents_*`: JSON-RPC queries of Proof of Training (`pallet-agents`), served from the
//! runtime API `AgentsApi` at the best block or at the block hash `at`.
//!
//! | Method | Parameters | Result |
//! |---|---|---|
//! | `agents_best` | `capability`, `maxPrice`, `limit`, `at?` | a [`RouteJson`]: the routable agents best first, the primary choice and the fallback list |
//! | `agents_agent` | `id`, `at?` | an [`AgentJson`] or `null` |
//! | `agents_reputation` | `id`, `at?` | a [`ReputationJson`] or `null` |
//!
//! Inputs:
//! - `capability`: a capability tag as registered, 1 to `MaxTagLen` (32) bytes of UTF-8, e.g.
//!   `"translate"`.
//! - `maxPrice`: the most a client pays per call, in plancks, as a decimal string (or a JSON
//!   number up to 2^53).
//! - `limit`: how many agents to return at most (the runtime caps it at `MaxRouteLength`, 16).
//!
//! Outputs (camelCase): accounts are SS58 addresses with Arete's prefix 1337, balances decimal
//! strings, hashes `0x` hex, reputations parts per billion (`560000000` is 56 %), scores the
//! stored thousandths (`8000` is 8.000 of 10.000).
//!
//! Errors:
//! - `-32602` (invalid params): an empty or too long capability, a price that is not a
//!   non-negative integer below 2^128. The message says which.
//! - `RUNTIME_ERROR` (`8001`): the runtime API call failed (e.g. `at` is not a known block,
//!   or the runtime at `at` has no `AgentsApi`).

use std::sync::Arc;

use arete_runtime::{opaque::Block, AccountId, Balance, BlockNumber};
use jsonrpsee::{
	core::RpcResult,
	proc_macros::rpc,
};
use pallet_agents::{
	runtime_api::{AgentView, AgentsApi as AgentsRuntimeApi, ReputationView},
	AgentId, AgentStatus, Route, Sla,
};
use serde::Serialize;
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_runtime::traits::{Block as BlockT, Get};

use super::performance::{hex0x, invalid_params, runtime_error, ss58};

/// The longest capability tag the runtime stores (`MaxTagLen`).
fn max_tag_len() -> usize {
	let len: u32 = <arete_runtime::Runtime as pallet_agents::Config>::MaxTagLen::get();
	usize::try_from(len).unwrap_or(usize::MAX)
}

/// The `agents_*` JSON-RPC methods.
#[rpc(server, namespace = "agents")]
pub trait AgentsApi<BlockHash> {
	/// The best agents of `capability` at most `max_price` per call, at most `limit`.
	#[method(name = "best")]
	fn best(
		&self,
		capability: String,
		max_price: serde_json::Value,
		limit: u32,
		at: Option<BlockHash>,
	) -> RpcResult<RouteJson>;

	/// Agent `id`, or `null`.
	#[method(name = "agent")]
	fn agent(&self, id: AgentId, at: Option<BlockHash>) -> RpcResult<Option<AgentJson>>;

	/// The reputation of agent `id`, or `null`.
	#[method(name = "reputation")]
	fn reputation(&self, id: AgentId, at: Option<BlockHash>) -> RpcResult<Option<ReputationJson>>;
}

/// Serves [`AgentsApiServer`] from a client's runtime API.
pub struct Agents<C> {
	client: Arc<C>,
}

impl<C> Agents<C> {
	/// Serves the queries of `client`.
	pub fn new(client: Arc<C>) -> Self {
		Self { client }
	}
}

impl<C: HeaderBackend<Block>> Agents<C> {
	/// `at`, or the best block.
	fn at(&self, at: Option<<Block as BlockT>::Hash>) -> <Block as BlockT>::Hash {
		at.unwrap_or_else(|| self.client.info().best_hash)
	}
}

impl<C> AgentsApiServer<<Block as BlockT>::Hash> for Agents<C>
where
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: AgentsRuntimeApi<Block, AccountId, Balance, BlockNumber>,
{
	fn best(
		&self,
		capability: String,
		max_price: serde_json::Value,
		limit: u32,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<RouteJson> {
		let capability = parse_capability(&capability).map_err(invalid_params)?;
		let max_price = parse_balance(&max_price).map_err(invalid_params)?;
		let route = self
			.client
			.runtime_api()
			.best(self.at(at), capability, max_price, limit)
			.map_err(runtime_error)?;
		Ok(route_json(route))
	}

	fn agent(
		&self,
		id: AgentId,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<Option<AgentJson>> {
		let view = self.client.runtime_api().agent(self.at(at), id).map_err(runtime_error)?;
		Ok(view.map(|view| agent_json(id, view)))
	}

	fn reputation(
		&self,
		id: AgentId,
		at: Option<<Block as BlockT>::Hash>,
	) -> RpcResult<Option<ReputationJson>> {
		let view = self.client.runtime_api().reputation(self.at(at), id).map_err(runtime_error)?;
		Ok(view.map(reputation_json))
	}
}



/// A capability tag: 1 to `MaxTagLen` bytes.
pub fn parse_capability(capability: &str) -> Result<Vec<u8>, String> {
	if capability.is_empty() {
		return Err("capability: empty".into());
	}
	if capability.len() > max_tag_len() {
		return Err(format!("capability: longer than {} bytes", max_tag_len()));
	}
	Ok(capability.as_bytes().to_vec())
}

/// A balance: a decimal string, or a JSON number that is a non-negative integer.
pub fn parse_balance(value: &serde_json::Value) -> Result<Balance, String> {
	let parsed = match value {
		serde_json::Value::String(text) if !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()) =>
			text.parse::<Balance>().ok(),
		serde_json::Value::Number(number) => number.as_u64().map(Balance::from),
		_ => None,
	};
	parsed.ok_or_else(|| "maxPrice: not a non-negative integer below 2^128".into())
}

// ---------------------------------------------------------------------------------------------
// Responses
// ---------------------------------------------------------------------------------------------

/// An SLA.
#[derive(Serialize, Clone, PartialEq, Eq, Debug)]
#[serde(rename_all = "camelCase")]
pub struct SlaJson {
	pub max_latency_ms: u32,
	pub min_quality: u32,
}

fn sla_json(sla: Sla) -> SlaJson {
	SlaJson { max_latency_ms: sla.max_latency_ms, min_quality: sla.min_quality }
}

/// One ranked agent.
#[derive(Serialize, Clone, PartialEq, Eq, Debug)]
#[serde(rename_all = "camelCase")]
pub struct RankedJson {
	pub agent: AgentId,
	pub provider: String,
	pub price: String,
	pub stake: String,
	/// Parts per billion.
	pub reputation: u32,
	pub score: u32,
	pub sla: SlaJson,
}

/// The routing answer.
#[derive(Serialize, Clone, PartialEq, Eq, Debug)]
#[serde(rename_all = "camelCase")]
pub struct RouteJson {
	pub ranked: Vec<RankedJson>,
	pub primary: Option<AgentId>,
	pub fallbacks: Vec<AgentId>,
}

fn route_json(route: Route<AccountId, Balance>) -> RouteJson {
	RouteJson {
		ranked: route
			.ranked
			.into_iter()
			.map(|r| RankedJson {
				agent: r.agent,
				provider: ss58(&r.provider),
				price: r.price.to_string(),
				stake: r.stake.to_string(),
				reputation: r.reputation.deconstruct(),
				score: r.score,
				sla: sla_json(r.sla),
			})
			.collect(),
		primary: route.primary,
		fallbacks: route.fallbacks,
	}
}

/// A capability of an agent.
#[derive(Serialize, Clone, PartialEq, Eq, Debug)]
#[serde(rename_all = "camelCase")]
pub struct CapabilityJson {
	pub tag: String,
	pub listed: bool,
	pub score: Option<u32>,
	pub evaluated_at: Option<BlockNumber>,
	pub pending: Option<u64>,
}

/// An agent.
#[derive(Serialize, Clone, PartialEq, Eq, Debug)]
#[serde(rename_all = "camelCase")]
pub struct AgentJson {
	pub id: AgentId,
	pub provider: String,
	pub metadata: String,
	pub model: String,
	pub price: String,
	pub sla: SlaJson,
	pub stake: String,
	pub committed: String,
	pub deposit: String,
	/// `"active"`, `"paused"` or `"unbonding"`.
	pub status: &'static str,
	/// The block from which an unbonding agent may be deregistered.
	pub unbonding_until: Option<BlockNumber>,
	pub capabilities: Vec<CapabilityJson>,
	pub registered_at: BlockNumber,
}

fn agent_json(id: AgentId, view: AgentView<AccountId, Balance, BlockNumber>) -> AgentJson {
	let (status, unbonding_until) = match view.status {
		AgentStatus::Active => ("active", None),
		AgentStatus::Paused => ("paused", None),
		AgentStatus::Unbonding { until } => ("unbonding", Some(until)),
	};
	AgentJson {
		id,
		provider: ss58(&view.provider),
		metadata: hex0x(view.metadata.as_bytes()),
		model: hex0x(view.model.as_bytes()),
		price: view.price.to_string(),
		sla: sla_json(view.sla),
		stake: view.stake.to_string(),
		committed: view.committed.to_string(),
		deposit: view.deposit.to_string(),
		status,
		unbonding_until,
		capabilities: view
			.capabilities
			.into_iter()
			.map(|c| CapabilityJson {
				tag: String::from_utf8_lossy(&c.tag).into_owned(),
				listed: c.listed,
				score: c.score,
				evaluated_at: c.evaluated_at,
				pending: c.pending,
			})
			.collect(),
		registered_at: view.registered_at,
	}
}

/// A slash in a reputation's history.
#[derive(Serialize, Clone, PartialEq, Eq, Debug)]
#[serde(rename_all = "camelCase")]
pub struct SlashJson {
	pub at: BlockNumber,
	pub amount: String,
	pub subject: String,
}

/// A reputation.
#[derive(Serialize, Clone, PartialEq, Eq, Debug)]
#[serde(rename_all = "camelCase")]
pub struct ReputationJson {
	/// Parts per billion.
	pub score: u32,
	pub evaluations: u32,
	pub jobs_served: u32,
	pub jobs_failed: u32,
	pub training_proofs: u32,
	pub slashed: String,
	pub slashes: u32,
	pub history: Vec<SlashJson>,
}

fn reputation_json(view: ReputationView<Balance, BlockNumber>) -> ReputationJson {
	ReputationJson {
		score: view.score.deconstruct(),
		evaluations: view.evaluations,
		jobs_served: view.jobs_served,
		jobs_failed: view.jobs_failed,
		training_proofs: view.training_proofs,
		slashed: view.slashed.to_string(),
		slashes: view.slashes,
		history: view
			.history
			.into_iter()
			.map(|s| SlashJson {
				at: s.at,
				amount: s.amount.to_string(),
				subject: hex0x(s.subject.as_bytes()),
			})
			.collect(),
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use serde_json::json;

	#[test]
	fn capabilities_are_bounded_and_non_empty() {
		assert_eq!(parse_capability("translate"), Ok(b"translate".to_vec()));
		assert!(parse_capability("").unwrap_err().contains("empty"));
		assert!(parse_capability(&"x".repeat(33)).unwrap_err().contains("longer than 32"));
		assert!(parse_capability(&"x".repeat(32)).is_ok());
	}

	#[test]
	fn prices_are_non_negative_integers() {
		assert_eq!(parse_balance(&json!("1000000000000")), Ok(1_000_000_000_000));
		assert_eq!(parse_balance(&json!(42)), Ok(42));
		assert_eq!(
			parse_balance(&json!("340282366920938463463374607431768211455")),
			Ok(u128::MAX)
		);
		for bad in [
			json!("340282366920938463463374607431768211456"),
			json!("-1"),
			json!("1.5"),
			json!(""),
			json!("0x10"),
			json!(-3),
			json!(1.5),
			json!(null),
			json!([1]),
		] {
			assert!(parse_balance(&bad).is_err(), "{bad} accepted");
		}
	}

	#[test]
	fn routes_render_in_camel_case_with_string_balances() {
		let route = Route {
			ranked: vec![pallet_agents::RankedAgent {
				agent: 3,
				provider: AccountId::new([1; 32]),
				price: 2_000_000_000_000,
				stake: 100_000_000_000_000,
				reputation: sp_runtime::Perbill::from_percent(56),
				score: 8_000,
				sla: Sla { max_latency_ms: 2_000, min_quality: 7_000 },
			}],
			primary: Some(3),
			fallbacks: vec![],
		};
		let rendered = serde_json::to_value(route_json(route)).unwrap();
		assert_eq!(rendered["primary"], json!(3));
		assert_eq!(rendered["ranked"][0]["price"], json!("2000000000000"));
		assert_eq!(rendered["ranked"][0]["reputation"], json!(560_000_000));
		assert_eq!(rendered["ranked"][0]["sla"]["maxLatencyMs"], json!(2_000));
		assert_eq!(rendered["fallbacks"], json!([]));
	}
}
