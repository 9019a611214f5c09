//! Tests of participants, agreements, groups, series and memberships.

#[allow(unused_imports)]
use crate::{mock::*, tests::*, *};
