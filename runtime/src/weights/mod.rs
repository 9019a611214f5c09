//! Weights measured for Arete on its reference machine (see the README's "Weights" section):
//! the database's read and write costs, the base costs of a block and of an extrinsic, and
//! the polkadot-sdk pallets the runtime uses. Arete's own pallets keep theirs in their crates.

pub mod base;
pub mod paritydb;
