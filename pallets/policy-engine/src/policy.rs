//! Group and series policies, their conflict resolution, and the 4-bit token behaviour.
//!
//! The seed gives every token a behaviour of four booleans,
//! `[group_fungible, series_fungible, allow_increase, allow_decrease]`, written as a 4-bit code
//! with the group bit first (`1100`: fixed-supply fungible). Fungibility comes from each level;
//! the quantity rules come from the series, resolved against the group's by the group's
//! [`ConflictResolution`]:
//!
//! - **XOR** (the seed's rule): a quantity change is allowed if exactly one of group and series
//!   allows it. Both allowing it cancels out, which [`validate_policy`] reports as an error.
//! - **AND**: allowed only if both allow it; a series can narrow its group, never widen it.
//!
//! A series without a policy of its own inherits the group's values unresolved (XOR against
//! itself would otherwise deny everything the group allows).
//!
//! Tokens interact (transfer, combine, split) only if their behaviours are equal in all four
//! bits: [`TokenBehavior::can_interact`].
//!
//! [`validate_policy`]: crate::validate_policy

use crate::{ast::Expr, dfa::Dfa};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;

/// How a group's and a series' quantity rules combine.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
pub enum ConflictResolution {
	/// Allowed if exactly one level allows it.
	#[codec(index = 0)]
	Xor,
	/// Allowed if both levels allow it.
	#[codec(index = 1)]
	And,
}

impl ConflictResolution {
	/// The effective rule from the group's and the series' values.
	pub fn resolve(self, group: bool, series: bool) -> bool {
		match self {
			ConflictResolution::Xor => group ^ series,
			ConflictResolution::And => group && series,
		}
	}
}

/// The two quantity rules.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
pub enum QuantityFlag {
	/// `allow_increase`.
	#[codec(index = 0)]
	Increase,
	/// `allow_decrease`.
	#[codec(index = 1)]
	Decrease,
}

/// A group's policy.
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, TypeInfo)]
pub struct GroupPolicy {
	/// Tokens of the group are fungible at group level.
	pub fungible: bool,
	/// Quantities may grow.
	pub allow_increase: bool,
	/// Quantities may shrink.
	pub allow_decrease: bool,
	/// How series rules combine with these.
	pub conflict_resolution: ConflictResolution,
	/// The lifecycle of the group's tokens.
	pub dfa: Option<Dfa>,
	/// A rule every event of the group must satisfy.
	pub validation: Option<Expr>,
}

/// A series' policy (the seed requires all three booleans: no optional fields).
#[derive(Clone, PartialEq, Eq, Debug, Encode, Decode, DecodeWithMemTracking, TypeInfo)]
pub struct SeriesPolicy {
	/// Tokens of the series are fungible at series level.
	pub fungible: bool,
	/// The series' increase rule, resolved against the group's.
	pub allow_increase: bool,
	/// The series' decrease rule, resolved against the group's.
	pub allow_decrease: bool,
	/// A lifecycle replacing the group's for this series.
	pub dfa: Option<Dfa>,
	/// A rule every event of the series must satisfy (in addition to the group's).
	pub validation: Option<Expr>,
}

impl GroupPolicy {
	/// The group's value of a quantity rule.
	pub fn flag(&self, flag: QuantityFlag) -> bool {
		match flag {
			QuantityFlag::Increase => self.allow_increase,
			QuantityFlag::Decrease => self.allow_decrease,
		}
	}

	/// The behaviour of the tokens of a series with `series` policy (`None`: it inherits the
	/// group's).
	pub fn behavior(&self, series: Option<&SeriesPolicy>) -> TokenBehavior {
		match series {
			None => TokenBehavior {
				group_fungible: self.fungible,
				series_fungible: self.fungible,
				allow_increase: self.allow_increase,
				allow_decrease: self.allow_decrease,
			},
			Some(series) => TokenBehavior {
				group_fungible: self.fungible,
				series_fungible: series.fungible,
				allow_increase: self
					.conflict_resolution
					.resolve(self.allow_increase, series.allow_increase),
				allow_decrease: self
					.conflict_resolution
					.resolve(self.allow_decrease, series.allow_decrease),
			},
		}
	}

	/// The lifecycle that applies to a series: its own, else the group's.
	pub fn effective_dfa<'p>(&'p self, series: Option<&'p SeriesPolicy>) -> Option<&'p Dfa> {
		series.and_then(|s| s.dfa.as_ref()).or(self.dfa.as_ref())
	}
}

impl SeriesPolicy {
	/// The series' value of a quantity rule.
	pub fn flag(&self, flag: QuantityFlag) -> bool {
		match flag {
			QuantityFlag::Increase => self.allow_increase,
			QuantityFlag::Decrease => self.allow_decrease,
		}
	}
}

/// The seed's four booleans.
#[derive(
	Clone,
	Copy,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Hash,
	Debug,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
pub struct TokenBehavior {
	/// Fungible at group level (bit 3, written first).
	pub group_fungible: bool,
	/// Fungible at series level (bit 2).
	pub series_fungible: bool,
	/// Quantity may increase (bit 1).
	pub allow_increase: bool,
	/// Quantity may decrease (bit 0).
	pub allow_decrease: bool,
}

impl TokenBehavior {
	/// The 4-bit identifier, group fungibility as the high bit (`0b1100` is the seed's `1100`).
	pub fn bits(self) -> u8 {
		(u8::from(self.group_fungible) << 3)
			| (u8::from(self.series_fungible) << 2)
			| (u8::from(self.allow_increase) << 1)
			| u8::from(self.allow_decrease)
	}

	/// The behaviour with these 4 bits (`None` above `0b1111`).
	pub fn from_bits(bits: u8) -> Option<TokenBehavior> {
		(bits <= 0b1111).then_some(TokenBehavior {
			group_fungible: bits & 0b1000 != 0,
			series_fungible: bits & 0b0100 != 0,
			allow_increase: bits & 0b0010 != 0,
			allow_decrease: bits & 0b0001 != 0,
		})
	}

	/// The seed's written form, e.g. `*b"1100"`.
	pub fn code(self) -> [u8; 4] {
		let digit = |bit: bool| if bit { b'1' } else { b'0' };
		[
			digit(self.group_fungible),
			digit(self.series_fungible),
			digit(self.allow_increase),
			digit(self.allow_decrease),
		]
	}

	/// The seed's compatibility rule: tokens can transfer, combine or split with each other
	/// only if all four booleans match.
	pub fn can_interact(self, other: TokenBehavior) -> bool {
		self == other
	}

	/// Whether a quantity may change from `from` to `to` under this behaviour.
	pub fn allows_quantity_change(self, from: u128, to: u128) -> bool {
		match to.cmp(&from) {
			core::cmp::Ordering::Greater => self.allow_increase,
			core::cmp::Ordering::Less => self.allow_decrease,
			core::cmp::Ordering::Equal => true,
		}
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	fn group(resolution: ConflictResolution) -> GroupPolicy {
		GroupPolicy {
			fungible: true,
			allow_increase: true,
			allow_decrease: false,
			conflict_resolution: resolution,
			dfa: None,
			validation: None,
		}
	}

	fn series(increase: bool, decrease: bool) -> SeriesPolicy {
		SeriesPolicy {
			fungible: false,
			allow_increase: increase,
			allow_decrease: decrease,
			dfa: None,
			validation: None,
		}
	}

	#[test]
	fn bits_and_codes_follow_the_seed() {
		for bits in 0..16u8 {
			let behavior = TokenBehavior::from_bits(bits);
			assert_eq!(behavior.map(TokenBehavior::bits), Some(bits));
		}
		assert_eq!(TokenBehavior::from_bits(16), None);
		let fixed_supply = TokenBehavior::from_bits(0b1100);
		assert_eq!(fixed_supply.map(TokenBehavior::code), Some(*b"1100"));
	}

	#[test]
	fn resolution_follows_the_group_rule() {
		let xor = group(ConflictResolution::Xor);
		assert_eq!(xor.behavior(Some(&series(false, true))).code(), *b"1011");
		assert_eq!(
			xor.behavior(Some(&series(true, false))).code(),
			*b"1000",
			"both allow: cancels"
		);
		assert_eq!(xor.behavior(None).code(), *b"1110", "inherited, not resolved");
		let and = group(ConflictResolution::And);
		assert_eq!(and.behavior(Some(&series(true, true))).code(), *b"1010");
		assert_eq!(and.behavior(Some(&series(false, true))).code(), *b"1000");
	}

	#[test]
	fn only_identical_behaviours_interact() {
		let a = TokenBehavior::from_bits(0b1111);
		let b = TokenBehavior::from_bits(0b1110);
		assert_eq!(a.zip(a).map(|(x, y)| x.can_interact(y)), Some(true));
		assert_eq!(a.zip(b).map(|(x, y)| x.can_interact(y)), Some(false));
		let accumulator = TokenBehavior::from_bits(0b1010);
		assert_eq!(accumulator.map(|t| t.allows_quantity_change(5, 6)), Some(true));
		assert_eq!(accumulator.map(|t| t.allows_quantity_change(5, 4)), Some(false));
	}
}
