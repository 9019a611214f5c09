//! The pallet's logic, one family of `do_*` functions per file.

pub(crate) mod allowance;
pub(crate) mod decay;
pub(crate) mod earning;
pub(crate) mod enrollment;
pub(crate) mod flow;
pub(crate) mod ledger;
pub(crate) mod nodes;
pub(crate) mod posts;
pub(crate) mod queries;
pub(crate) mod swarm;
#[cfg(any(feature = "try-runtime", test))]
pub(crate) mod try_state;
