//! The pallets whose benchmarks the runtime exposes (run by `arete-node benchmark pallet`
//! when the node is built with `--features runtime-benchmarks`).

frame_benchmarking::define_benchmarks!(
	[frame_system, SystemBench::<Runtime>]
	[frame_system_extensions, SystemExtensionsBench::<Runtime>]
	[pallet_balances, Balances]
	[pallet_transaction_payment, TransactionPayment]
	[pallet_timestamp, Timestamp]
	[pallet_utility, Utility]
	[pallet_sudo, Sudo]
	[pallet_staking, Staking]
	[pallet_session, SessionBench::<Runtime>]
	[pallet_bags_list, VoterList]
	[pallet_witnesses, Witnesses]
	[pallet_performance, Performance]
	[pallet_agreements, Agreements]
	[pallet_agents, Agents]
	[pallet_credits, Credits]
	[pallet_streaming, Streaming]
	[pallet_preimage, Preimage]
	[pallet_scheduler, Scheduler]
	[pallet_referenda, Referenda]
	[pallet_conviction_voting, ConvictionVoting]
	[pallet_treasury, Treasury]
	[pallet_proxy, Proxy]
	[pallet_multisig, Multisig]
);

// frame-system's benchmarks need nothing from the runtime beyond the defaults.
impl frame_system_benchmarking::Config for crate::Runtime {}

// pallet-session's benchmarks set keys with a proof of possession, as a validator would: keys
// generated in the benchmark's keystore, signing the owner's account.
impl pallet_session_benchmarking::Config for crate::Runtime {
	fn generate_session_keys_and_proof(
		owner: crate::AccountId,
	) -> (crate::SessionKeys, alloc::vec::Vec<u8>) {
		use codec::Encode;
		let generated = crate::SessionKeys::generate(&owner.encode(), None);
		(generated.keys, generated.proof.encode())
	}
}

// Without a block author in the benchmark, every fee goes to the treasury account (which
// exists from genesis): the fee benchmark needs no setup.
impl pallet_transaction_payment::BenchmarkConfig for crate::Runtime {}
