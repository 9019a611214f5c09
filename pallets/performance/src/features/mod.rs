//! The pallet's logic, one `do_*` family per feature.

pub mod accreditation;
pub mod athletes;
pub mod careers;
pub mod challenges;
pub mod competitions;
pub mod integrity;
pub mod performances;
pub mod pot;
pub mod predictions;
pub mod queries;
pub mod reaping;
pub mod sports;
#[cfg(any(test, feature = "try-runtime"))]
pub mod try_state;
pub mod validation;
pub mod verification;
