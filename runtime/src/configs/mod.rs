//! Pallet configurations, one file per pallet family.
//!
//! - [`system`]: frame-system, timestamp, sudo, utility, proxy, multisig.
//! - [`consensus`]: BABE, GRANDPA, authorship.
//! - [`monetary`]: balances (holds and freezes), transaction payment.
//! - [`staking`]: NPoS staking, sessions, elections, offences, the voter list.
//! - [`witnesses`]: the witness network (staked commit-reveal verification).
//! - [`performance`]: Proof of Performance (athletes, verified performances, pools).
//! - [`agreements`]: tokenized event streams (agreements, signed events, tokens).
//! - [`agents`]: Proof of Training (staked AI agents, evaluations, jobs).
//! - [`credits`]: the community credit economy (ledger, earning rules, tips, hype, fee-free
//!   credit actions).
//! - [`streaming`]: Proof of Execution (content, staked nodes, verified transcodes, storage
//!   audits, viewer tickets).
//! - [`governance`]: referenda on Arete's tracks, conviction voting, scheduler, preimages,
//!   the roles' origins, the treasury.

pub mod agents;
pub mod agreements;
pub mod consensus;
pub mod credits;
pub mod governance;
pub mod monetary;
pub mod performance;
pub mod staking;
pub mod streaming;
pub mod system;
pub mod witnesses;

pub use system::{RuntimeBlockLength, RuntimeBlockWeights};
