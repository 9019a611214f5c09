//! Weights measured for Arete on its reference machine (see the README's "Weights" section):
//! the database's read and write costs, the base costs of a block and of an extrinsic, and
//! the polkadot-sdk pallets the runtime uses. Arete's own pallets keep theirs in their crates.

pub mod base;
pub mod paritydb;

pub mod frame_system;
pub mod frame_system_extensions;
pub mod pallet_bags_list;
pub mod pallet_balances;
pub mod pallet_conviction_voting;
pub mod pallet_multisig;
pub mod pallet_preimage;
pub mod pallet_proxy;
pub mod pallet_referenda;
pub mod pallet_scheduler;
pub mod pallet_session;
pub mod pallet_staking;
pub mod pallet_sudo;
pub mod pallet_timestamp;
pub mod pallet_transaction_payment;
pub mod pallet_treasury;
pub mod pallet_utility;
