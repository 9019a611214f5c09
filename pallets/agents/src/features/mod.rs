//! The pallet's logic, one family of `do_*` functions per file.

pub(crate) mod agents;
pub(crate) mod evaluation;
pub(crate) mod jobs;
pub(crate) mod listing;
pub(crate) mod reputation;
pub(crate) mod routing;
pub(crate) mod training;
#[cfg(any(feature = "try-runtime", test))]
pub(crate) mod try_state;
