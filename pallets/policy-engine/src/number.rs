//! The engine's only number type: a signed fixed-point decimal with nine fractional digits.
//!
//! JsonLogic inherits JavaScript's IEEE-754 doubles, which a runtime must not use: float results
//! may differ between platforms and the Wasm executor rejects float instructions in consensus
//! code. [`Decimal`] stores `value × 10⁹` in an `i128`, which gives
//!
//! - exact decimal literals up to nine fractional digits (`0.1 + 0.2 == 0.3`, unlike doubles);
//! - a range of ±1.7 × 10²⁹, wider than the 2⁵³ integers doubles hold exactly, so balances in
//!   plancks and millisecond timestamps fit;
//! - truncation toward zero where a result has more than nine fractional digits (`1 / 3` is
//!   `0.333333333`), and an overflow error rather than a loss of precision beyond the range.
//!
//! There is no NaN and no infinity: operations that would produce them in JavaScript return
//! `None` here and the evaluator turns that into an error (arithmetic) or into JavaScript's
//! NaN comparison results (comparisons are `false`), as documented in the crate README.

use alloc::string::String;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use core::fmt;
use scale_info::TypeInfo;

/// `value × 10⁹` as an `i128`: see the module documentation.
#[derive(
	Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Encode, MaxEncodedLen, TypeInfo,
)]
pub struct Decimal(i128);

/// Decoding rejects `i128::MIN`, which no constructor produces (see [`Decimal::MIN`]).
impl Decode for Decimal {
	fn decode<I: codec::Input>(input: &mut I) -> Result<Self, codec::Error> {
		let raw = i128::decode(input)?;
		if raw == i128::MIN {
			return Err("Decimal below its range".into());
		}
		Ok(Decimal(raw))
	}
}

impl DecodeWithMemTracking for Decimal {}

/// 10⁹: one unit in raw representation.
const SCALE: i128 = 1_000_000_000;
const SCALE_U128: u128 = 1_000_000_000;
/// Number of fractional digits.
const FRACTION_DIGITS: u32 = 9;
/// 10¹⁹, the largest power of ten below 2⁶⁴.
const TEN_TO_19: u128 = 10_000_000_000_000_000_000;

/// Whether the result of a decimal literal scan: the value, or the reason it has none.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Parsed {
	/// A finite value within range (digits beyond the ninth fractional one truncated).
	Value(Decimal),
	/// JavaScript would produce NaN, an infinity, or a number outside [`Decimal`]'s range.
	NotRepresentable,
}

impl Decimal {
	/// Zero.
	pub const ZERO: Decimal = Decimal(0);
	/// One.
	pub const ONE: Decimal = Decimal(SCALE);
	/// The number of fractional digits kept.
	pub const FRACTION_DIGITS: u32 = FRACTION_DIGITS;
	/// The largest value, about 1.7 × 10²⁹.
	pub const MAX: Decimal = Decimal(i128::MAX);
	/// The smallest value (`-MAX`; `i128::MIN` is excluded so that negation never overflows).
	pub const MIN: Decimal = Decimal(-i128::MAX);
	/// The longest text [`Decimal::write_js`] writes: [`Decimal::MIN`] in exponent form, a sign,
	/// 39 digits, a point and `e+29`. The metering relies on it: a number's conversion to text
	/// is charged a fixed amount before it is written.
	pub const MAX_JS_LEN: usize = 45;

	/// The decimal whose raw representation (`value × 10⁹`) is `raw`. `i128::MIN` is clamped to
	/// [`Decimal::MIN`] so that every decimal can be negated.
	pub const fn from_raw(raw: i128) -> Decimal {
		if raw == i128::MIN {
			Decimal(-i128::MAX)
		} else {
			Decimal(raw)
		}
	}

	/// The raw representation, `value × 10⁹`.
	pub const fn raw(self) -> i128 {
		self.0
	}

	/// An integer (always in range).
	pub const fn from_i64(value: i64) -> Decimal {
		// |i64| × 10⁹ < 9.3 × 10²⁷ < i128::MAX: the product cannot overflow.
		Decimal((value as i128).saturating_mul(SCALE))
	}

	/// A count or length (saturating at `i64::MAX`, far beyond any real length).
	pub fn from_usize(value: usize) -> Decimal {
		Decimal::from_i64(i64::try_from(value).unwrap_or(i64::MAX))
	}

	/// An integer, or `None` outside the range.
	pub fn from_i128(value: i128) -> Option<Decimal> {
		value.checked_mul(SCALE).map(Decimal::from_raw)
	}

	/// `numerator / 10^fraction_digits` for up to nine digits, e.g. `from_parts(314, 2)` = 3.14.
	pub fn from_parts(numerator: i128, fraction_digits: u32) -> Option<Decimal> {
		let shift = FRACTION_DIGITS.checked_sub(fraction_digits)?;
		numerator.checked_mul(10i128.checked_pow(shift)?).map(Decimal::from_raw)
	}

	/// The value as an integer when it has no fractional part.
	pub fn to_i128(self) -> Option<i128> {
		if self.0 % SCALE == 0 {
			Some(self.0 / SCALE)
		} else {
			None
		}
	}

	/// The value as an `i64` when it is an integer within `i64`'s range.
	pub fn to_i64(self) -> Option<i64> {
		self.to_i128().and_then(|v| i64::try_from(v).ok())
	}

	/// Whether the value has no fractional part.
	pub fn is_integer(self) -> bool {
		self.0 % SCALE == 0
	}

	/// The integer part (truncation toward zero), as JavaScript's `Math.trunc`.
	pub fn trunc(self) -> Decimal {
		Decimal(self.0.saturating_sub(self.0 % SCALE))
	}

	/// The integer part as an `i128` (truncation toward zero).
	pub fn trunc_to_i128(self) -> i128 {
		self.0 / SCALE
	}

	/// Whether the value is zero.
	pub fn is_zero(self) -> bool {
		self.0 == 0
	}

	/// Whether the value is below zero.
	pub fn is_negative(self) -> bool {
		self.0 < 0
	}

	/// `self + other`, `None` on overflow.
	pub fn checked_add(self, other: Decimal) -> Option<Decimal> {
		self.0.checked_add(other.0).map(Decimal::from_raw)
	}

	/// `self - other`, `None` on overflow.
	pub fn checked_sub(self, other: Decimal) -> Option<Decimal> {
		self.0.checked_sub(other.0).map(Decimal::from_raw)
	}

	/// `-self` (never overflows: see [`Decimal::MIN`]).
	pub fn negated(self) -> Decimal {
		Decimal(self.0.checked_neg().unwrap_or(i128::MAX))
	}

	/// `self × other` truncated toward zero to nine fractional digits, `None` on overflow.
	pub fn checked_mul(self, other: Decimal) -> Option<Decimal> {
		// The common case fits in an i128 before rescaling; the rest takes the 256-bit path.
		if let Some(product) = self.0.checked_mul(other.0) {
			return Some(Decimal::from_raw(product / SCALE));
		}
		let negative = (self.0 < 0) != (other.0 < 0);
		let magnitude = wide::mul_div(self.0.unsigned_abs(), other.0.unsigned_abs(), SCALE_U128)?;
		signed(magnitude, negative)
	}

	/// `self / other` truncated toward zero, `None` for a zero divisor (JavaScript's infinities
	/// and NaN) or on overflow.
	pub fn checked_div(self, other: Decimal) -> Option<Decimal> {
		if other.0 == 0 {
			return None;
		}
		if let Some(scaled) = self.0.checked_mul(SCALE) {
			return scaled.checked_div(other.0).map(Decimal::from_raw);
		}
		let negative = (self.0 < 0) != (other.0 < 0);
		let magnitude = wide::mul_div(self.0.unsigned_abs(), SCALE_U128, other.0.unsigned_abs())?;
		signed(magnitude, negative)
	}

	/// JavaScript's `%`: the remainder of truncating division, with the dividend's sign; `None`
	/// for a zero divisor (NaN in JavaScript). Exact, as both operands share the scale.
	pub fn checked_rem(self, other: Decimal) -> Option<Decimal> {
		self.0.checked_rem(other.0).map(Decimal::from_raw)
	}

	/// Whether the value was computed through the 256-bit path, i.e. whether
	/// [`Decimal::checked_mul`] of the two would not fit the fast path. The evaluator charges
	/// extra fuel for it.
	pub fn needs_wide_mul(self, other: Decimal) -> bool {
		self.0.checked_mul(other.0).is_none()
	}

	/// Whether [`Decimal::checked_div`] of the two takes the 256-bit path.
	pub fn needs_wide_div(self) -> bool {
		self.0.checked_mul(SCALE).is_none()
	}

	/// Parses a whole string as a strict decimal literal: optional sign, digits with an optional
	/// fraction, optional exponent (`-12.5e3`). No surrounding whitespace, no hex. Used for
	/// JSON numbers and by the JavaScript conversions in [`crate::value`].
	pub fn parse_literal(text: &str) -> Option<Parsed> {
		let (length, parsed) = scan_decimal(text.as_bytes())?;
		if length == text.len() {
			Some(parsed)
		} else {
			None
		}
	}

	/// Writes the value as JavaScript's `Number.prototype.toString` would write it: shortest
	/// decimal form, exponent notation from 10²¹ and below 10⁻⁶ (`1e+21`, `1.5e-7`).
	pub fn write_js<W: fmt::Write>(self, out: &mut W) -> fmt::Result {
		if self.0 == 0 {
			return out.write_str("0");
		}
		if self.0 < 0 {
			out.write_str("-")?;
		}
		let magnitude = self.0.unsigned_abs();
		let integer = magnitude.checked_div(SCALE_U128).unwrap_or(0);
		let fraction = magnitude.checked_rem(SCALE_U128).unwrap_or(0);
		// Significant digits of the magnitude, most significant first, and the decimal exponent
		// of the first one (value = 0.d1d2d3… × 10^(point)).
		// Extracted as two 64-bit halves (|raw| < 2¹²⁷ < 10¹⁹ · 2⁶⁴, so the high half fits):
		// a 128-bit division per digit would cost a library call each.
		let mut digits = [0u8; 40];
		let mut count = 0usize;
		let mut push = |part: &mut u64| {
			if let Some(slot) = digits.get_mut(count) {
				*slot = (*part % 10) as u8;
			}
			*part /= 10;
			count = count.saturating_add(1);
		};
		let mut high = u64::try_from(magnitude.checked_div(TEN_TO_19).unwrap_or(0)).unwrap_or(0);
		let mut low = u64::try_from(magnitude.checked_rem(TEN_TO_19).unwrap_or(0)).unwrap_or(0);
		if high == 0 {
			while low > 0 {
				push(&mut low);
			}
		} else {
			for _ in 0..19 {
				push(&mut low);
			}
			while high > 0 {
				push(&mut high);
			}
		}
		if let Some(significant) = digits.get_mut(..count) {
			significant.reverse();
		}
		// Drop trailing zeros: the significant digits are digits[..significant].
		let mut significant = count;
		while significant > 1 && digits.get(significant.saturating_sub(1)) == Some(&0) {
			significant = significant.saturating_sub(1);
		}
		// Position of the decimal point relative to the first digit (JavaScript's `n`).
		let point = (count as i64).saturating_sub(i64::from(FRACTION_DIGITS));
		let significant_digits = digits.get(..significant).unwrap_or(&[]);
		if integer >= 1_000_000_000_000_000_000_000u128 || point <= -6 {
			// Exponent form: d[.ddd]e±k with k = point - 1.
			let (first, rest) = significant_digits.split_first().unwrap_or((&0, &[]));
			write_digit(out, *first)?;
			if !rest.is_empty() {
				out.write_str(".")?;
				for digit in rest {
					write_digit(out, *digit)?;
				}
			}
			let exponent = point.saturating_sub(1);
			if exponent >= 0 {
				write!(out, "e+{}", exponent)
			} else {
				write!(out, "e{}", exponent)
			}
		} else {
			write!(out, "{}", integer)?;
			if fraction != 0 {
				let mut fraction_digits = [0u8; FRACTION_DIGITS as usize];
				let mut rest = fraction;
				for slot in fraction_digits.iter_mut().rev() {
					*slot = (rest % 10) as u8;
					rest /= 10;
				}
				let mut used = fraction_digits.len();
				while used > 0 && fraction_digits.get(used.saturating_sub(1)) == Some(&0) {
					used = used.saturating_sub(1);
				}
				out.write_str(".")?;
				for digit in fraction_digits.get(..used).unwrap_or(&[]) {
					write_digit(out, *digit)?;
				}
			}
			Ok(())
		}
	}

	/// The JavaScript string form (see [`Decimal::write_js`]).
	pub fn to_js_string(self) -> String {
		let mut out = String::new();
		// Writing to a String cannot fail.
		let _ = self.write_js(&mut out);
		out
	}
}

impl fmt::Display for Decimal {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		self.write_js(f)
	}
}

impl fmt::Debug for Decimal {
	fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
		self.write_js(f)
	}
}

impl From<i64> for Decimal {
	fn from(value: i64) -> Self {
		Decimal::from_i64(value)
	}
}

impl From<u32> for Decimal {
	fn from(value: u32) -> Self {
		Decimal::from_i64(i64::from(value))
	}
}

/// One decimal digit (0–9) as its character: cheaper than the formatting machinery per digit.
fn write_digit<W: fmt::Write>(out: &mut W, digit: u8) -> fmt::Result {
	out.write_char(char::from_digit(u32::from(digit), 10).unwrap_or('0'))
}

fn signed(magnitude: u128, negative: bool) -> Option<Decimal> {
	let value = i128::try_from(magnitude).ok()?;
	Some(Decimal::from_raw(if negative { value.saturating_neg() } else { value }))
}

/// Scans the longest prefix of `bytes` that is a decimal literal (`[+-]? digits? (. digits?)?
/// ([eE] [+-]? digits)?` with at least one mantissa digit), as JavaScript's `parseFloat` and
/// `Number` do after trimming. Returns the prefix length and its value, or `None` when no
/// prefix is a literal. `Infinity` is handled by the callers.
pub(crate) fn scan_decimal(bytes: &[u8]) -> Option<(usize, Parsed)> {
	let mut position = 0usize;
	let at = |i: usize| bytes.get(i).copied();
	let negative = match at(0) {
		Some(b'-') => {
			position = 1;
			true
		},
		Some(b'+') => {
			position = 1;
			false
		},
		_ => false,
	};
	let integer_start = position;
	while matches!(at(position), Some(b'0'..=b'9')) {
		position = position.saturating_add(1);
	}
	let integer_digits = bytes.get(integer_start..position).unwrap_or(&[]);
	let mut fraction_digits: &[u8] = &[];
	if at(position) == Some(b'.') {
		let fraction_start = position.saturating_add(1);
		let mut end = fraction_start;
		while matches!(at(end), Some(b'0'..=b'9')) {
			end = end.saturating_add(1);
		}
		fraction_digits = bytes.get(fraction_start..end).unwrap_or(&[]);
		// "1." and ".5" are literals, "." alone is not.
		if !integer_digits.is_empty() || !fraction_digits.is_empty() {
			position = end;
		}
	}
	if integer_digits.is_empty() && fraction_digits.is_empty() {
		return None;
	}
	// Optional exponent; an incomplete one ("1e", "1e+") is not part of the literal.
	let mut exponent: i64 = 0;
	if matches!(at(position), Some(b'e') | Some(b'E')) {
		let mut cursor = position.saturating_add(1);
		let exponent_negative = match at(cursor) {
			Some(b'-') => {
				cursor = cursor.saturating_add(1);
				true
			},
			Some(b'+') => {
				cursor = cursor.saturating_add(1);
				false
			},
			_ => false,
		};
		let digits_start = cursor;
		let mut value: i64 = 0;
		while let Some(digit @ b'0'..=b'9') = at(cursor) {
			// Saturates far beyond any exponent that could matter (|e| > 10⁹ is zero or overflow).
			value = value.saturating_mul(10).saturating_add(i64::from(digit.saturating_sub(b'0')));
			value = value.min(1_000_000_000_000);
			cursor = cursor.saturating_add(1);
		}
		if cursor > digits_start {
			exponent = if exponent_negative { value.saturating_neg() } else { value };
			position = cursor;
		}
	}
	Some((position, assemble(negative, integer_digits, fraction_digits, exponent)))
}

/// `±(integer_digits.fraction_digits) × 10^exponent` in raw units, truncated toward zero.
fn assemble(
	negative: bool,
	integer_digits: &[u8],
	fraction_digits: &[u8],
	exponent: i64,
) -> Parsed {
	// All mantissa digits in order; the decimal point sits after `point` of them.
	let digits = integer_digits.iter().chain(fraction_digits.iter());
	let point = (integer_digits.len() as i64).saturating_add(exponent);
	// Digit i (0-based) has weight 10^(point - 1 - i) in value units, i.e. 10^(point - 1 - i + 9)
	// in raw units: keep the digits with a non-negative raw exponent.
	let kept = point.saturating_add(i64::from(FRACTION_DIGITS));
	let mut raw: i128 = 0;
	let mut taken: i64 = 0;
	for digit in digits {
		if taken >= kept {
			break;
		}
		let Some(next) =
			raw.checked_mul(10).and_then(|r| r.checked_add(i128::from(digit.saturating_sub(b'0'))))
		else {
			return Parsed::NotRepresentable;
		};
		raw = next;
		taken = taken.saturating_add(1);
	}
	// Missing low-order digits are zeros ("12e3").
	let mut zeros = kept.saturating_sub(taken);
	while zeros > 0 && raw != 0 {
		let Some(next) = raw.checked_mul(10) else {
			return Parsed::NotRepresentable;
		};
		raw = next;
		zeros = zeros.saturating_sub(1);
	}
	if raw == i128::MIN {
		return Parsed::NotRepresentable;
	}
	Parsed::Value(Decimal::from_raw(if negative { raw.saturating_neg() } else { raw }))
}

/// 256-bit intermediate for `a × b / c` without overflow, on magnitudes.
mod wide {
	/// `a × b / c` truncated, or `None` when `c` is zero or the quotient exceeds `u128`.
	pub fn mul_div(a: u128, b: u128, c: u128) -> Option<u128> {
		if c == 0 {
			return None;
		}
		let (high, low) = mul_wide(a, b);
		if high >= c {
			// The quotient would need more than 128 bits.
			return None;
		}
		if let Ok(divisor) = u64::try_from(c) {
			return Some(div_by_u64(high, low, u128::from(divisor)));
		}
		// Restoring long division of the 256-bit (high, low) by c, one bit at a time; the
		// remainder stays below c, and since high < c the quotient fits 128 bits.
		let mut remainder = high;
		let mut quotient: u128 = 0;
		for bit in (0..128).rev() {
			let carry = remainder >> 127;
			remainder = (remainder << 1) | ((low >> bit) & 1);
			quotient <<= 1;
			if carry == 1 || remainder >= c {
				remainder = remainder.wrapping_sub(c);
				quotient |= 1;
			}
		}
		Some(quotient)
	}

	/// `(high · 2¹²⁸ + low) / c` for a divisor below 2⁶⁴ (every multiplication's 10⁹, most
	/// divisors), in two 128-bit divisions instead of 128 shift-and-subtract steps. Requires
	/// `high < c`, so that `high` fits 64 bits and each partial quotient 64 bits as well.
	fn div_by_u64(high: u128, low: u128, c: u128) -> u128 {
		const MASK: u128 = u64::MAX as u128;
		// high < c ≤ 2⁶⁴ - 1: the shifted values below cannot lose bits.
		let upper = (high << 64) | (low >> 64);
		let upper_quotient = upper.checked_div(c).unwrap_or(0);
		let remainder = upper.checked_rem(c).unwrap_or(0);
		let lower = (remainder << 64) | (low & MASK);
		let lower_quotient = lower.checked_div(c).unwrap_or(0);
		(upper_quotient << 64) | lower_quotient
	}

	/// The full 256-bit product as (high, low) 128-bit halves.
	fn mul_wide(a: u128, b: u128) -> (u128, u128) {
		const MASK: u128 = u64::MAX as u128;
		let (a_high, a_low) = (a >> 64, a & MASK);
		let (b_high, b_low) = (b >> 64, b & MASK);
		// Each partial product of two 64-bit halves fits in 128 bits, the middle sum of three
		// values below 2^64 fits too, and the high half of a 128 x 128-bit product fits in 128
		// bits: none of these operations can wrap.
		let low_low = a_low.wrapping_mul(b_low);
		let low_high = a_low.wrapping_mul(b_high);
		let high_low = a_high.wrapping_mul(b_low);
		let high_high = a_high.wrapping_mul(b_high);
		let middle = (low_low >> 64).wrapping_add(low_high & MASK).wrapping_add(high_low & MASK);
		let low = (low_low & MASK) | (middle << 64);
		let high = high_high
			.wrapping_add(low_high >> 64)
			.wrapping_add(high_low >> 64)
			.wrapping_add(middle >> 64);
		(high, low)
	}

	#[cfg(test)]
	mod tests {
		use super::*;

		#[test]
		fn mul_div_matches_narrow_arithmetic() {
			assert_eq!(mul_div(6, 7, 2), Some(21));
			assert_eq!(mul_div(u128::MAX, 2, 4), Some(u128::MAX / 2));
			assert_eq!(mul_div(u128::MAX, u128::MAX, u128::MAX), Some(u128::MAX));
			assert_eq!(mul_div(u128::MAX, 3, 2), None);
			assert_eq!(mul_div(1, 1, 0), None);
			let a = 123_456_789_012_345_678_901_234_567u128;
			let b = 987_654_321_098_765u128;
			assert_eq!(mul_div(a, b, b), Some(a));
		}

		/// The bit-by-bit division, which `mul_div` uses for divisors of 2⁶⁴ and more.
		fn reference(a: u128, b: u128, c: u128) -> Option<u128> {
			let (high, low) = mul_wide(a, b);
			if high >= c {
				return None;
			}
			let mut remainder = high;
			let mut quotient: u128 = 0;
			for bit in (0..128).rev() {
				let carry = remainder >> 127;
				remainder = (remainder << 1) | ((low >> bit) & 1);
				quotient <<= 1;
				if carry == 1 || remainder >= c {
					remainder = remainder.wrapping_sub(c);
					quotient |= 1;
				}
			}
			Some(quotient)
		}

		#[test]
		fn the_64_bit_divisor_path_agrees_with_long_division() {
			let mut state = 0x1234_5678_9ABC_DEF0u128;
			let mut next = || {
				state =
					state.wrapping_mul(0x2360_ED05_1FC6_5DA4_4385_DF64_9FCC_F645).wrapping_add(1);
				state
			};
			for round in 0..20_000 {
				let a = next() >> (round % 128);
				let b = next() >> ((round / 3) % 128);
				let c = (next() >> (64 + (round / 7) % 64)).max(1);
				assert_eq!(mul_div(a, b, c), reference(a, b, c), "{a} {b} {c}");
			}
			for c in [1u128, 3, 1_000_000_000, u64::MAX as u128] {
				assert_eq!(mul_div(u128::MAX, c - 1, c), reference(u128::MAX, c - 1, c));
			}
		}
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	fn d(text: &str) -> Decimal {
		match Decimal::parse_literal(text) {
			Some(Parsed::Value(v)) => v,
			other => panic!("{text}: {other:?}"),
		}
	}

	#[test]
	fn literals_parse_exactly() {
		assert_eq!(d("3.14").raw(), 3_140_000_000);
		assert_eq!(d("-0.5").raw(), -500_000_000);
		assert_eq!(d("1e3"), Decimal::from_i64(1000));
		assert_eq!(d("1.5E-3").raw(), 1_500_000);
		assert_eq!(d(".5").raw(), 500_000_000);
		assert_eq!(d("5.").raw(), 5_000_000_000);
		assert_eq!(d("0.1234567899").raw(), 123_456_789, "truncated to nine digits");
		assert_eq!(d("1e-10"), Decimal::ZERO);
		assert_eq!(d("0e999999"), Decimal::ZERO);
		assert_eq!(Decimal::parse_literal("1e40"), Some(Parsed::NotRepresentable));
		assert_eq!(Decimal::parse_literal("."), None);
		assert_eq!(Decimal::parse_literal("1e"), None, "the literal is only `1`");
		assert_eq!(Decimal::parse_literal(" 1"), None);
	}

	#[test]
	fn arithmetic_is_exact_where_doubles_are_not() {
		assert_eq!(d("0.1").checked_add(d("0.2")), Some(d("0.3")));
		assert_eq!(d("1").checked_div(d("3")), Some(d("0.333333333")));
		assert_eq!(d("-1").checked_div(d("3")), Some(d("-0.333333333")));
		assert_eq!(d("2").checked_div(d("4")), Some(d("0.5")));
		assert_eq!(d("1").checked_div(Decimal::ZERO), None);
		assert_eq!(d("-7").checked_rem(d("2")), Some(d("-1")));
		assert_eq!(d("7.5").checked_rem(d("2")), Some(d("1.5")));
		assert_eq!(d("1.5").checked_mul(d("-1.5")), Some(d("-2.25")));
	}

	#[test]
	fn wide_paths_agree_with_the_fast_paths() {
		let big = d("100000000000000000000"); // 1e20: raw 1e29, squares past i128.
		assert!(big.needs_wide_mul(d("1000")));
		assert_eq!(big.checked_mul(d("1000")), Some(d("1e23")));
		assert_eq!(big.checked_mul(d("-0.5")), Some(d("-5e19")));
		assert_eq!(big.checked_mul(big), None, "1e40 is out of range");
		assert!(!big.needs_wide_div());
		let bigger = d("1e21");
		assert!(bigger.needs_wide_div());
		assert_eq!(bigger.checked_div(d("4")), Some(d("2.5e20")));
		assert_eq!(bigger.checked_div(d("-0.001")), Some(d("-1e24")));
		assert_eq!(bigger.checked_div(d("3")), Some(d("333333333333333333333.333333333")));
		assert_eq!(Decimal::MAX.checked_div(d("0.1")), None);
	}

	#[test]
	fn formatting_matches_javascript() {
		let cases = [
			("0", "0"),
			("-0", "0"),
			("1", "1"),
			("-12", "-12"),
			("0.5", "0.5"),
			("3.14", "3.14"),
			("100", "100"),
			("0.000001", "0.000001"),
			("0.0000001", "1e-7"),
			("0.00000015", "1.5e-7"),
			("0.000000001", "1e-9"),
			("123456789012345678901", "123456789012345678901"),
			("1e21", "1e+21"),
			("1.5e22", "1.5e+22"),
			("-2.5e25", "-2.5e+25"),
		];
		for (input, output) in cases {
			assert_eq!(d(input).to_js_string(), output, "{input}");
		}
		// The bound the metering relies on is the longest text there is.
		assert_eq!(Decimal::MIN.to_js_string().len(), Decimal::MAX_JS_LEN);
		for raw in [i128::MAX, -i128::MAX, 1, -1, -999_999_999_999_999_999_999_999_999_999i128] {
			assert!(Decimal::from_raw(raw).to_js_string().len() <= Decimal::MAX_JS_LEN, "{raw}");
		}
	}
}
