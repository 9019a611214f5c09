//! Tests of the agreements pallet.

use crate::mock::*;

#[test]
fn genesis_is_consistent() {
	test(|| {});
}
