//! The node's JSON-RPC extensions on top of sc-service's standard `system`, `chain`, `state`
//! and `author` namespaces: account nonces (`system_accountNextIndex`), fee queries
//! (`payment_*`), BABE epoch authorship (`babe_*`), GRANDPA finality (`grandpa_*`) and Proof of
//! Performance queries (`performance_*`, see [`performance`]), tokenized event streams
//! (`agreements_*`, see [`agreements`], with the proofs of agreements' authenticated state in
//! [`state_proof`]), Proof of Training (`agents_*`, see [`agents`]), the credit economy
//! (`credits_*`, see [`credits`]) and Proof of Execution (`streaming_*`, see [`streaming`]).

pub mod agents;
pub mod agreements;
pub mod credits;
pub mod performance;
pub mod state_proof;
pub mod streaming;

use std::sync::Arc;

use arete_runtime::{opaque::Block, AccountId, Balance, BlockNumber, Nonce};
use jsonrpsee::RpcModule;
use sc_consensus_babe::BabeWorkerHandle;
use sc_consensus_grandpa::{
	FinalityProofProvider, GrandpaJustificationStream, SharedAuthoritySet, SharedVoterState,
};
use sc_rpc::SubscriptionTaskExecutor;
use sc_transaction_pool_api::TransactionPool;
use sp_api::ProvideRuntimeApi;
use sp_block_builder::BlockBuilder;
use sp_blockchain::{Error as BlockChainError, HeaderBackend, HeaderMetadata};
use sp_consensus::SelectChain;
use sp_keystore::KeystorePtr;

/// What the BABE RPC needs.
pub struct BabeDeps {
	pub babe_worker_handle: BabeWorkerHandle<Block>,
	pub keystore: KeystorePtr,
}

/// What the GRANDPA RPC needs.
pub struct GrandpaDeps<B> {
	pub shared_voter_state: SharedVoterState,
	pub shared_authority_set: SharedAuthoritySet<arete_runtime::Hash, arete_runtime::BlockNumber>,
	pub justification_stream: GrandpaJustificationStream<Block>,
	pub subscription_executor: SubscriptionTaskExecutor,
	pub finality_provider: Arc<FinalityProofProvider<B, Block>>,
}

/// Everything the RPC extensions are built from.
pub struct FullDeps<C, P, SC, B> {
	pub client: Arc<C>,
	pub pool: Arc<P>,
	pub select_chain: SC,
	pub babe: BabeDeps,
	pub grandpa: GrandpaDeps<B>,
}

/// Builds the RPC extensions of a full node.
pub fn create_full<C, P, SC, B>(
	deps: FullDeps<C, P, SC, B>,
) -> Result<RpcModule<()>, Box<dyn std::error::Error + Send + Sync>>
where
	C: ProvideRuntimeApi<Block>
		+ HeaderBackend<Block>
		+ HeaderMetadata<Block, Error = BlockChainError>
		+ sc_client_api::ProofProvider<Block>
		+ Send
		+ Sync
		+ 'static,
	C::Api: substrate_frame_rpc_system::AccountNonceApi<Block, AccountId, Nonce>,
	C::Api: pallet_transaction_payment_rpc::TransactionPaymentRuntimeApi<Block, Balance>,
	C::Api: sp_consensus_babe::BabeApi<Block>,
	C::Api: BlockBuilder<Block>,
	C::Api: pallet_performance::runtime_api::PerformanceApi<Block, AccountId, Balance, BlockNumber>,
	C::Api: pallet_agreements::runtime_api::AgreementsApi<Block, AccountId, Balance, BlockNumber>,
	C::Api: pallet_agents::runtime_api::AgentsApi<Block, AccountId, Balance, BlockNumber>,
	C::Api: pallet_credits::runtime_api::CreditsApi<Block, AccountId, Balance, BlockNumber>,
	C::Api: pallet_streaming::runtime_api::StreamingApi<Block, AccountId, Balance, BlockNumber>,
	P: TransactionPool + 'static,
	SC: SelectChain<Block> + 'static,
	B: sc_client_api::Backend<Block> + Send + Sync + 'static,
	B::State: sc_client_api::StateBackend<sp_runtime::traits::HashingFor<Block>>,
{
	use agents::{Agents, AgentsApiServer};
	use agreements::{Agreements, AgreementsApiServer};
	use credits::{Credits, CreditsApiServer};
	use streaming::{Streaming, StreamingApiServer};
	use pallet_transaction_payment_rpc::{TransactionPayment, TransactionPaymentApiServer};
	use performance::{Performance, PerformanceApiServer};
	use sc_consensus_babe_rpc::{Babe, BabeApiServer};
	use sc_consensus_grandpa_rpc::{Grandpa, GrandpaApiServer};
	use substrate_frame_rpc_system::{System, SystemApiServer};

	let FullDeps { client, pool, select_chain, babe, grandpa } = deps;
	let mut module = RpcModule::new(());

	module.merge(System::new(client.clone(), pool).into_rpc())?;
	module.merge(TransactionPayment::new(client.clone()).into_rpc())?;
	module.merge(Performance::new(client.clone()).into_rpc())?;
	module.merge(Agreements::new(client.clone()).into_rpc())?;
	module.merge(Agents::new(client.clone()).into_rpc())?;
	module.merge(Credits::new(client.clone()).into_rpc())?;
	module.merge(Streaming::new(client.clone()).into_rpc())?;
	module.merge(
		Babe::new(client, babe.babe_worker_handle, babe.keystore, select_chain).into_rpc(),
	)?;
	module.merge(
		Grandpa::new(
			grandpa.subscription_executor,
			grandpa.shared_authority_set,
			grandpa.shared_voter_state,
			grandpa.justification_stream,
			grandpa.finality_provider,
		)
		.into_rpc(),
	)?;

	Ok(module)
}
