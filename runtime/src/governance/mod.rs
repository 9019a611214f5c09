//! On-chain governance: the origins of Arete's privileged roles and the referendum tracks that
//! produce them. The pallets (referenda, conviction voting, scheduler, preimages, treasury) are
//! configured in [`crate::configs::governance`].

pub mod origins;
pub mod tracks;
