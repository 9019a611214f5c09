//! The pallet's logic, one file per concern; `lib.rs` only dispatches here.

mod agreements;
mod delegations;
mod deposits;
mod events;
mod groups;
pub(crate) mod guards;
mod participants;
mod queries;
pub(crate) mod state;
mod tokens;
#[cfg(any(feature = "try-runtime", test))]
mod try_state;

pub(crate) use guards::Side;
pub(crate) use delegations::DelegationRequest;
