//! Runtime APIs served to the node and, through RPC, to clients.

use alloc::vec::Vec;
use frame_support::{
	genesis_builder_helper::{build_state, get_preset},
	traits::KeyOwnerProofSystem,
	weights::Weight,
};
use sp_api::impl_runtime_apis;
use sp_core::{crypto::KeyTypeId, OpaqueMetadata};
use sp_runtime::{
	traits::{Block as BlockT, NumberFor},
	transaction_validity::{TransactionSource, TransactionValidity},
	ApplyExtrinsicResult,
};
use sp_version::RuntimeVersion;

use crate::{
	genesis_config_presets, AccountId, Agents, Agreements, Babe, Credits, Streaming, Balance, Block, BlockNumber, Executive, Grandpa,
	Historical, InherentDataExt, Nonce, Performance, Runtime, RuntimeCall, RuntimeGenesisConfig,
	SessionKeys, System, TransactionPayment, Witnesses, BABE_GENESIS_EPOCH_CONFIG, VERSION,
};

impl_runtime_apis! {
	impl sp_api::Core<Block> for Runtime {
		fn version() -> RuntimeVersion {
			VERSION
		}

		fn execute_block(block: <Block as BlockT>::LazyBlock) {
			Executive::execute_block(block);
		}

		fn initialize_block(header: &<Block as BlockT>::Header) -> sp_runtime::ExtrinsicInclusionMode {
			Executive::initialize_block(header)
		}
	}

	impl sp_api::Metadata<Block> for Runtime {
		fn metadata() -> OpaqueMetadata {
			OpaqueMetadata::new(Runtime::metadata().into())
		}

		fn metadata_at_version(version: u32) -> Option<OpaqueMetadata> {
			Runtime::metadata_at_version(version)
		}

		fn metadata_versions() -> Vec<u32> {
			Runtime::metadata_versions()
		}
	}

	impl sp_block_builder::BlockBuilder<Block> for Runtime {
		fn apply_extrinsic(extrinsic: <Block as BlockT>::Extrinsic) -> ApplyExtrinsicResult {
			Executive::apply_extrinsic(extrinsic)
		}

		fn finalize_block() -> <Block as BlockT>::Header {
			Executive::finalize_block()
		}

		fn inherent_extrinsics(data: sp_inherents::InherentData) -> Vec<<Block as BlockT>::Extrinsic> {
			data.create_extrinsics()
		}

		fn check_inherents(
			block: <Block as BlockT>::LazyBlock,
			data: sp_inherents::InherentData,
		) -> sp_inherents::CheckInherentsResult {
			data.check_extrinsics(&block)
		}
	}

	impl sp_transaction_pool::runtime_api::TaggedTransactionQueue<Block> for Runtime {
		fn validate_transaction(
			source: TransactionSource,
			tx: <Block as BlockT>::Extrinsic,
			block_hash: <Block as BlockT>::Hash,
		) -> TransactionValidity {
			Executive::validate_transaction(source, tx, block_hash)
		}
	}

	impl sp_offchain::OffchainWorkerApi<Block> for Runtime {
		fn offchain_worker(header: &<Block as BlockT>::Header) {
			Executive::offchain_worker(header)
		}
	}

	impl sp_consensus_babe::BabeApi<Block> for Runtime {
		fn configuration() -> sp_consensus_babe::BabeConfiguration {
			let epoch_config = Babe::epoch_config().unwrap_or(BABE_GENESIS_EPOCH_CONFIG);
			sp_consensus_babe::BabeConfiguration {
				slot_duration: Babe::slot_duration(),
				epoch_length: crate::time::EPOCH_DURATION_IN_SLOTS,
				c: epoch_config.c,
				authorities: Babe::authorities().to_vec(),
				randomness: Babe::randomness(),
				allowed_slots: epoch_config.allowed_slots,
			}
		}

		fn current_epoch_start() -> sp_consensus_babe::Slot {
			Babe::current_epoch_start()
		}

		fn current_epoch() -> sp_consensus_babe::Epoch {
			Babe::current_epoch()
		}

		fn next_epoch() -> sp_consensus_babe::Epoch {
			Babe::next_epoch()
		}

		fn generate_key_ownership_proof(
			_slot: sp_consensus_babe::Slot,
			authority_id: sp_consensus_babe::AuthorityId,
		) -> Option<sp_consensus_babe::OpaqueKeyOwnershipProof> {
			use codec::Encode;
			Historical::prove((sp_consensus_babe::KEY_TYPE, authority_id))
				.map(|proof| proof.encode())
				.map(sp_consensus_babe::OpaqueKeyOwnershipProof::new)
		}

		fn submit_report_equivocation_unsigned_extrinsic(
			equivocation_proof: sp_consensus_babe::EquivocationProof<<Block as BlockT>::Header>,
			key_owner_proof: sp_consensus_babe::OpaqueKeyOwnershipProof,
		) -> Option<()> {
			let key_owner_proof = key_owner_proof.decode()?;
			Babe::submit_unsigned_equivocation_report(equivocation_proof, key_owner_proof)
		}
	}

	impl sp_consensus_grandpa::GrandpaApi<Block> for Runtime {
		fn grandpa_authorities() -> sp_consensus_grandpa::AuthorityList {
			Grandpa::grandpa_authorities()
		}

		fn current_set_id() -> sp_consensus_grandpa::SetId {
			Grandpa::current_set_id()
		}

		fn submit_report_equivocation_unsigned_extrinsic(
			equivocation_proof: sp_consensus_grandpa::EquivocationProof<
				<Block as BlockT>::Hash,
				NumberFor<Block>,
			>,
			key_owner_proof: sp_consensus_grandpa::OpaqueKeyOwnershipProof,
		) -> Option<()> {
			let key_owner_proof = key_owner_proof.decode()?;
			Grandpa::submit_unsigned_equivocation_report(equivocation_proof, key_owner_proof)
		}

		fn generate_key_ownership_proof(
			_set_id: sp_consensus_grandpa::SetId,
			authority_id: sp_consensus_grandpa::AuthorityId,
		) -> Option<sp_consensus_grandpa::OpaqueKeyOwnershipProof> {
			use codec::Encode;
			Historical::prove((sp_consensus_grandpa::KEY_TYPE, authority_id))
				.map(|proof| proof.encode())
				.map(sp_consensus_grandpa::OpaqueKeyOwnershipProof::new)
		}
	}

	impl sp_session::SessionKeys<Block> for Runtime {
		fn generate_session_keys(
			owner: Vec<u8>,
			seed: Option<Vec<u8>>,
		) -> sp_session::OpaqueGeneratedSessionKeys {
			SessionKeys::generate(&owner, seed).into()
		}

		fn decode_session_keys(encoded: Vec<u8>) -> Option<Vec<(Vec<u8>, KeyTypeId)>> {
			SessionKeys::decode_into_raw_public_keys(&encoded)
		}
	}

	impl frame_system_rpc_runtime_api::AccountNonceApi<Block, AccountId, Nonce> for Runtime {
		fn account_nonce(account: AccountId) -> Nonce {
			System::account_nonce(account)
		}
	}

	impl pallet_witnesses::runtime_api::WitnessesApi<Block, AccountId, Balance, BlockNumber> for Runtime {
		fn witness_record(
			who: AccountId,
		) -> Option<pallet_witnesses::WitnessInfoView<Balance, BlockNumber>> {
			Witnesses::witness_record(&who)
		}
		fn request(
			id: pallet_witnesses::RequestId,
		) -> Option<pallet_witnesses::RequestView<AccountId, Balance, BlockNumber>> {
			Witnesses::request_view(id)
		}
		fn eligible_witnesses(domain: pallet_witnesses::DomainId) -> Vec<AccountId> {
			Witnesses::eligible_witnesses(domain)
		}
	}

	impl pallet_performance::runtime_api::PerformanceApi<Block, AccountId, Balance, BlockNumber> for Runtime {
		fn athlete(
			who: AccountId,
		) -> Option<pallet_performance::AthleteView<AccountId, Balance, BlockNumber>> {
			Performance::athlete_view(&who)
		}
		fn athlete_history(
			who: AccountId,
		) -> Vec<pallet_performance::PerformanceView<AccountId, Balance, BlockNumber>> {
			Performance::athlete_history(&who)
		}
		fn leaderboard(
			sport: Vec<u8>,
			level: pallet_performance::Level,
		) -> Vec<pallet_performance::RankEntry<AccountId>> {
			Performance::leaderboard(sport, level)
		}
		fn performance(
			id: pallet_performance::PerformanceId,
		) -> Option<pallet_performance::PerformanceView<AccountId, Balance, BlockNumber>> {
			Performance::performance_view(id)
		}
		fn nostr_event(id: pallet_performance::PerformanceId) -> Option<pallet_performance::NostrEvent> {
			Performance::nostr_event(id)
		}
	}

	impl pallet_agents::runtime_api::AgentsApi<Block, AccountId, Balance, BlockNumber> for Runtime {
		fn best(
			capability: Vec<u8>,
			max_price: Balance,
			limit: u32,
		) -> pallet_agents::Route<AccountId, Balance> {
			Agents::best(&capability, max_price, limit)
		}
		fn agent(
			id: pallet_agents::AgentId,
		) -> Option<pallet_agents::runtime_api::AgentView<AccountId, Balance, BlockNumber>> {
			Agents::agent_view(id)
		}
		fn reputation(
			id: pallet_agents::AgentId,
		) -> Option<pallet_agents::runtime_api::ReputationView<Balance, BlockNumber>> {
			Agents::reputation_view(id)
		}
	}

	impl pallet_credits::runtime_api::CreditsApi<Block, AccountId, Balance, BlockNumber> for Runtime {
		fn ledger(who: AccountId) -> Option<pallet_credits::Ledger<AccountId, Balance, BlockNumber>> {
			pallet_credits::Ledgers::<Runtime>::get(who)
		}
		fn history(
			who: AccountId,
			from: u64,
			limit: u32,
		) -> Vec<pallet_credits::HistoryEntry<AccountId, BlockNumber>> {
			Credits::history_page(&who, from, limit)
		}
		fn allowance(who: AccountId) -> u32 {
			Credits::allowance(&who)
		}
		fn post(id: pallet_credits::PostId) -> Option<pallet_credits::Post<AccountId, BlockNumber>> {
			pallet_credits::Posts::<Runtime>::get(id)
		}
		fn trending(posts: Vec<pallet_credits::PostId>) -> Vec<(pallet_credits::PostId, u128)> {
			Credits::trending(posts)
		}
		fn reputation(who: AccountId) -> Option<pallet_credits::ReputationView> {
			Credits::reputation(&who)
		}
		fn stats() -> pallet_credits::NetworkStats {
			Credits::network_stats()
		}
		fn node(who: AccountId) -> Option<pallet_credits::runtime_api::NodeView<AccountId, BlockNumber>> {
			Credits::node_view(&who)
		}
		fn trust(who: AccountId) -> Option<pallet_credits::TrustView> {
			pallet_credits::Nodes::<Runtime>::get(&who).map(|record| Credits::trust_of(&record))
		}
		fn challenge_chunk(node: AccountId, content: sp_core::H256) -> Option<u32> {
			Credits::challenge_chunk(&node, &content)
		}
	}

	impl pallet_streaming::runtime_api::StreamingApi<Block, AccountId, Balance, BlockNumber> for Runtime {
		fn content(
			id: sp_core::H256,
		) -> Option<pallet_streaming::runtime_api::ContentView<AccountId, Balance, BlockNumber>> {
			Streaming::content(id)
		}
		fn catalogue(
			after: Option<sp_core::H256>,
			limit: u32,
		) -> Vec<(sp_core::H256, pallet_streaming::runtime_api::ContentView<AccountId, Balance, BlockNumber>)> {
			Streaming::catalogue(after, limit)
		}
		fn node(who: AccountId) -> Option<pallet_streaming::NodeView<Balance, BlockNumber>> {
			Streaming::node_view(&who)
		}
		fn executors() -> Vec<(AccountId, Balance)> {
			Streaming::executors()
		}
		fn creator(who: AccountId) -> pallet_streaming::CreatorStats<Balance> {
			Streaming::creator(&who)
		}
		fn task(
			id: pallet_streaming::TaskId,
		) -> Option<pallet_streaming::runtime_api::TaskView<AccountId, Balance, BlockNumber>> {
			Streaming::task(id)
		}
		fn task_sample(id: pallet_streaming::TaskId) -> Option<Vec<u32>> {
			Streaming::task_sample(id)
		}
		fn challenge_chunk(node: AccountId, content: sp_core::H256) -> Option<u32> {
			Streaming::challenge_chunk(&node, content)
		}
		fn viewer(who: AccountId) -> Option<pallet_streaming::Viewer<Balance, BlockNumber>> {
			Streaming::viewer(&who)
		}
		fn channels(who: AccountId) -> Vec<pallet_streaming::ChannelView<AccountId, Balance>> {
			Streaming::channels(&who)
		}
		fn allowance(who: AccountId, node: AccountId) -> Balance {
			Streaming::allowance(&who, &node)
		}
	}

	#[api_version(2)]
	impl pallet_agreements::runtime_api::AgreementsApi<Block, AccountId, Balance, BlockNumber> for Runtime {
		fn participant(
			id: pallet_agreements::ParticipantId,
		) -> Option<pallet_agreements::Participant<AccountId, Balance>> {
			pallet_agreements::Participants::<Runtime>::get(id)
		}
		fn agreement(
			id: pallet_agreements::AgreementId,
		) -> Option<pallet_agreements::AgreementView<AccountId, Balance, BlockNumber>> {
			Agreements::agreement_view(id)
		}
		fn group(
			id: pallet_agreements::GroupId,
		) -> Option<pallet_agreements::GroupView<AccountId, Balance>> {
			Agreements::group_view(id)
		}
		fn series(
			id: pallet_agreements::SeriesId,
		) -> Option<pallet_agreements::SeriesView<AccountId, Balance>> {
			Agreements::series_view(id)
		}
		fn token(
			id: pallet_agreements::TokenId,
		) -> Option<pallet_agreements::TokenView<AccountId, Balance, BlockNumber>> {
			Agreements::token_view(id)
		}
		fn tokens_of(
			agreement: pallet_agreements::AgreementId,
			start: pallet_agreements::TokenId,
			limit: u32,
		) -> Vec<pallet_agreements::TokenId> {
			Agreements::tokens_of(agreement, start, limit)
		}
		fn token_history(
			id: pallet_agreements::TokenId,
			limit: u32,
		) -> pallet_agreements::TokenHistory<AccountId, Balance, BlockNumber> {
			Agreements::token_history(id, limit)
		}
		fn events(
			query: pallet_agreements::EventQuery<BlockNumber>,
		) -> pallet_agreements::EventPage<AccountId, Balance, BlockNumber> {
			Agreements::events(query)
		}
		fn event(
			hash: sp_core::H256,
		) -> Option<pallet_agreements::EventView<AccountId, Balance, BlockNumber>> {
			Agreements::event_view(hash)
		}
		fn validate_policy(group: Vec<u8>, series: Option<Vec<u8>>) -> pallet_agreements::PolicyCheck {
			Agreements::check_policy(group, series)
		}
		fn dry_run_event(
			submitter: AccountId,
			content: Vec<u8>,
			proofs: Vec<u8>,
			fuel_limit: u64,
		) -> pallet_agreements::DryRun {
			Agreements::dry_run_event(submitter, content, proofs, fuel_limit)
		}
		fn delegations(
			agreement: pallet_agreements::AgreementId,
			participant: Option<pallet_agreements::ParticipantId>,
			direction: pallet_agreements::DelegationDirection,
			include_dead: bool,
		) -> Vec<pallet_agreements::DelegationView<AccountId, Balance, BlockNumber>> {
			Agreements::delegations(agreement, participant, direction, include_dead)
		}
		fn has_permission(
			agreement: pallet_agreements::AgreementId,
			participant: pallet_agreements::ParticipantId,
			permission: Vec<u8>,
			granted_by: Option<pallet_agreements::ParticipantId>,
		) -> bool {
			Agreements::has_permission(agreement, participant, &permission, granted_by)
		}
		fn state_root(agreement: pallet_agreements::AgreementId) -> sp_core::H256 {
			Agreements::state_root(agreement)
		}
		fn state_child_key(agreement: pallet_agreements::AgreementId) -> Vec<u8> {
			Agreements::state_child_key(agreement)
		}
	}

	impl pallet_transaction_payment_rpc_runtime_api::TransactionPaymentApi<Block, Balance> for Runtime {
		fn query_info(
			uxt: <Block as BlockT>::Extrinsic,
			len: u32,
		) -> pallet_transaction_payment_rpc_runtime_api::RuntimeDispatchInfo<Balance> {
			TransactionPayment::query_info(uxt, len)
		}
		fn query_fee_details(
			uxt: <Block as BlockT>::Extrinsic,
			len: u32,
		) -> pallet_transaction_payment::FeeDetails<Balance> {
			TransactionPayment::query_fee_details(uxt, len)
		}
		fn query_weight_to_fee(weight: Weight) -> Balance {
			TransactionPayment::weight_to_fee(weight)
		}
		fn query_length_to_fee(length: u32) -> Balance {
			TransactionPayment::length_to_fee(length)
		}
	}

	impl pallet_transaction_payment_rpc_runtime_api::TransactionPaymentCallApi<Block, Balance, RuntimeCall>
		for Runtime
	{
		fn query_call_info(
			call: RuntimeCall,
			len: u32,
		) -> pallet_transaction_payment::RuntimeDispatchInfo<Balance> {
			TransactionPayment::query_call_info(call, len)
		}
		fn query_call_fee_details(
			call: RuntimeCall,
			len: u32,
		) -> pallet_transaction_payment::FeeDetails<Balance> {
			TransactionPayment::query_call_fee_details(call, len)
		}
		fn query_weight_to_fee(weight: Weight) -> Balance {
			TransactionPayment::weight_to_fee(weight)
		}
		fn query_length_to_fee(length: u32) -> Balance {
			TransactionPayment::length_to_fee(length)
		}
	}

	impl sp_genesis_builder::GenesisBuilder<Block> for Runtime {
		fn build_state(config: Vec<u8>) -> sp_genesis_builder::Result {
			build_state::<RuntimeGenesisConfig>(config)
		}

		fn get_preset(id: &Option<sp_genesis_builder::PresetId>) -> Option<Vec<u8>> {
			get_preset::<RuntimeGenesisConfig>(id, genesis_config_presets::get_preset)
		}

		fn preset_names() -> Vec<sp_genesis_builder::PresetId> {
			genesis_config_presets::preset_names()
		}
	}

	#[cfg(feature = "runtime-benchmarks")]
	impl frame_benchmarking::Benchmark<Block> for Runtime {
		fn benchmark_metadata(extra: bool) -> (
			Vec<frame_benchmarking::BenchmarkList>,
			Vec<frame_support::traits::StorageInfo>,
		) {
			use frame_benchmarking::BenchmarkList;
			use frame_support::traits::StorageInfoTrait;
			use frame_system_benchmarking::{
				extensions::Pallet as SystemExtensionsBench, Pallet as SystemBench,
			};
			use pallet_session_benchmarking::Pallet as SessionBench;
			use crate::*;

			let mut list = Vec::<BenchmarkList>::new();
			list_benchmarks!(list, extra);
			let storage_info = AllPalletsWithSystem::storage_info();
			(list, storage_info)
		}

		fn dispatch_benchmark(
			config: frame_benchmarking::BenchmarkConfig
		) -> Result<Vec<frame_benchmarking::BenchmarkBatch>, alloc::string::String> {
			use frame_benchmarking::BenchmarkBatch;
			use frame_support::traits::{TrackedStorageKey, WhitelistedStorageKeys};
			use frame_system_benchmarking::{
				extensions::Pallet as SystemExtensionsBench, Pallet as SystemBench,
			};
			use pallet_session_benchmarking::Pallet as SessionBench;
			use crate::*;

			let whitelist: Vec<TrackedStorageKey> = AllPalletsWithSystem::whitelisted_storage_keys();
			let mut batches = Vec::<BenchmarkBatch>::new();
			let params = (&config, &whitelist);
			add_benchmarks!(params, batches);
			Ok(batches)
		}
	}

	#[cfg(feature = "try-runtime")]
	impl frame_try_runtime::TryRuntime<Block> for Runtime {
		fn on_runtime_upgrade(checks: frame_try_runtime::UpgradeCheckSelect) -> (Weight, Weight) {
			// try-runtime is an off-chain tool: a failed migration check must abort loudly.
			let weight = Executive::try_runtime_upgrade(checks).unwrap();
			(weight, crate::configs::RuntimeBlockWeights::get().max_block)
		}

		fn execute_block(
			block: <Block as BlockT>::LazyBlock,
			state_root_check: bool,
			signature_check: bool,
			select: frame_try_runtime::TryStateSelect,
		) -> Weight {
			Executive::try_execute_block(block, state_root_check, signature_check, select)
				.expect("execute-block failed")
		}
	}
}
