//! The pallets whose benchmarks the runtime exposes (run by `arete-node benchmark pallet`
//! when the node is built with `--features runtime-benchmarks`).

frame_benchmarking::define_benchmarks!(
	[frame_system, SystemBench::<Runtime>]
	[pallet_balances, Balances]
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
);

// frame-system's and pallet-session's benchmarks need nothing from the runtime beyond the
// defaults.
impl frame_system_benchmarking::Config for crate::Runtime {}
impl pallet_session_benchmarking::Config for crate::Runtime {}
