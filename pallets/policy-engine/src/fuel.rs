//! Metering: what an evaluation may consume, what each step costs, and the meter that charges.
//!
//! Every unit of work the evaluator does is charged before it is done: each expression node
//! visited, each element iterated (array elements, path segments, keys checked), each byte
//! scanned or built (strings compared, converted, concatenated; values copied or created, a
//! value cell counting [`VALUE_CELL_BYTES`]), each conversion between a number and text and
//! each new string (a fixed charge on top of the bytes), and each call into the
//! [`PolicyContext`]. (One exception in order, not in amount: a number's text is counted as
//! built bytes just after it is written, its at most [`Decimal::MAX_JS_LEN`] bytes being
//! covered by the conversion charged before.) The work of an evaluation is therefore at most
//! linear in the fuel it was given, and the fuel it used is returned (also on failure) so that
//! the caller can charge weight for it.
//!
//! [`Decimal::MAX_JS_LEN`]: crate::Decimal::MAX_JS_LEN
//!
//! Fuel bounds time; [`Limits`] bound space and stack independently of the fuel given: the
//! nesting of expressions, the nesting of values, the length of any array iterated or built,
//! and the total bytes an evaluation may allocate. Each has its own [`EvalError`].
//!
//! [`PolicyContext`]: crate::PolicyContext

use crate::error::EvalError;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;

/// The bytes one value (a number, a boolean, null, or an array or object header) counts for
/// when it is built or copied, in addition to the bytes of its strings.
pub const VALUE_CELL_BYTES: usize = 16;

/// The bytes an object copied or created counts for on top of its cell, when it has entries:
/// its entries live in B-tree nodes of eleven key/value slots, and the first node is
/// allocated whole however few entries there are (632 bytes on a 64-bit target). A fixed
/// figure rather than `size_of`, so that fuel is the same on every target.
pub const OBJECT_NODE_BYTES: usize = 640;

/// The bytes each entry of an object copied or created counts for, besides its key's bytes
/// and its value: two slots' worth (a 24-byte key and a 32-byte value each on a 64-bit
/// target), since nodes filled in key order are left about half full.
pub const OBJECT_ENTRY_BYTES: usize = 112;

/// Bounds on space and stack, independent of fuel.
#[derive(
	Clone,
	Copy,
	Debug,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
pub struct Limits {
	/// The deepest nesting of expressions evaluated ([`EvalError::DepthExceeded`]). Also the
	/// depth limit for decoding an [`Expr`](crate::Expr) (see [`crate::ast::MAX_DECODE_DEPTH`]).
	pub max_depth: u32,
	/// The deepest nesting of a value copied, converted or compared
	/// ([`EvalError::ValueTooDeep`]).
	pub max_value_depth: u32,
	/// The longest array iterated or built ([`EvalError::CollectionTooLarge`]).
	pub max_collection_len: u32,
	/// The bytes an evaluation may build in total, every value created or copied counted
	/// ([`EvalError::ResultTooLarge`]). It bounds the memory an evaluation can take whatever
	/// its fuel.
	pub max_built_bytes: u32,
}

impl Limits {
	/// The defaults: nesting 64 (expressions) and 128 (values), arrays of 1,024 elements, 256 KiB
	/// built per evaluation.
	pub const DEFAULT: Limits = Limits {
		max_depth: 64,
		max_value_depth: 128,
		max_collection_len: 1024,
		max_built_bytes: 256 * 1024,
	};
}

impl Default for Limits {
	fn default() -> Self {
		Limits::DEFAULT
	}
}

/// The fuel each kind of work costs.
///
/// Pure evaluation: the defaults are calibrated so that every kind of work the benchmark
/// (`tests/bench.rs`, see the README) exercises runs at no less than about 200 fuel per native
/// microsecond (≤ 5 ns per fuel; 205–210 for the slowest cases on the project's 2-core
/// machine): nodes, elements, value cells, number/text conversions and new strings, 256-bit
/// arithmetic. Short fixed-cost work (a conversion, an allocation, a wide division) carries a
/// fixed charge because a per-byte charge alone would leave it underpriced; string bytes are
/// overcharged (about tenfold), and objects' B-tree nodes are charged as the memory they take.
/// The pallet can therefore price fuel with one weight-per-fuel constant taken from that
/// lowest rate.
///
/// Host calls stand for work the engine cannot see: a storage read, which the runtime weighs
/// at about 25 µs (a RocksDB read in `frame-support`'s weights), and for `signature_valid` also
/// a signature verification (about 41 µs for sr25519 in `frame-benchmarking`'s weights).
/// `host_call` is therefore what 25 µs of evaluation costs at 250 fuel/µs, above the lowest
/// measured rate, so a call is never cheaper than the read it stands for when fuel is
/// converted at that rate; `signature_check` is three times that (75 µs, a read and a
/// verification with room to spare). Both are charged before the call.
#[derive(
	Clone,
	Copy,
	Debug,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
pub struct FuelSchedule {
	/// Per expression node visited (constants, array literals and operators alike).
	pub node: u64,
	/// Per array element iterated, path segment followed or key checked.
	pub element: u64,
	/// Per byte scanned or built.
	pub byte: u64,
	/// Per call into the [`PolicyContext`](crate::PolicyContext) other than `signature_valid`
	/// (a storage read: see above).
	pub host_call: u64,
	/// Extra for a multiplication or division that needs 256-bit intermediates, priced for the
	/// slowest of them (a divisor of 2⁶⁴ or more in raw units, divided bit by bit; the others
	/// take about a quarter of that time).
	pub wide_arithmetic: u64,
	/// Per conversion between a number and text (ToString of a number, ToNumber or
	/// `parseFloat` of a string) and per new string built (ToString, joins, `cat`, `substr`):
	/// the fixed cost of the formatting or parsing set-up and of the allocation, which the
	/// per-byte charge does not cover for short texts.
	pub conversion: u64,
	/// Per `signature_valid` call, instead of [`FuelSchedule::host_call`]: a storage read and
	/// a signature verification.
	pub signature_check: u64,
}

impl FuelSchedule {
	/// The default schedule.
	pub const DEFAULT: FuelSchedule = FuelSchedule {
		node: 8,
		element: 4,
		byte: 1,
		host_call: 6_250,
		wide_arithmetic: 224,
		conversion: 48,
		signature_check: 18_750,
	};
}

impl Default for FuelSchedule {
	fn default() -> Self {
		FuelSchedule::DEFAULT
	}
}

/// Limits and schedule together: everything an evaluation is configured with besides its fuel.
#[derive(
	Clone,
	Copy,
	Debug,
	Default,
	PartialEq,
	Eq,
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
)]
pub struct EvalConfig {
	/// Space and stack bounds.
	pub limits: Limits,
	/// Fuel costs.
	pub schedule: FuelSchedule,
}

impl EvalConfig {
	/// Default limits and schedule.
	pub const DEFAULT: EvalConfig =
		EvalConfig { limits: Limits::DEFAULT, schedule: FuelSchedule::DEFAULT };
}

/// Charges fuel and counts the bytes built during one evaluation.
#[derive(Clone, Debug)]
pub struct Meter {
	limit: u64,
	used: u64,
	built: u64,
	steps: u64,
	limits: Limits,
	schedule: FuelSchedule,
}

impl Meter {
	/// A meter with `fuel` to spend under `config`.
	pub fn new(fuel: u64, config: &EvalConfig) -> Meter {
		Meter {
			limit: fuel,
			used: 0,
			built: 0,
			steps: 0,
			limits: config.limits,
			schedule: config.schedule,
		}
	}

	/// Fuel used so far (the whole limit once [`EvalError::OutOfFuel`] was returned).
	pub fn used(&self) -> u64 {
		self.used
	}

	/// Fuel left.
	pub fn remaining(&self) -> u64 {
		self.limit.saturating_sub(self.used)
	}

	/// The number of metered steps taken: each is one charge of at least one unit of fuel under
	/// a schedule without zero costs, so `steps <= used` by construction.
	pub fn steps(&self) -> u64 {
		self.steps
	}

	/// Bytes built so far.
	pub fn built(&self) -> u64 {
		self.built
	}

	/// The limits in force.
	pub fn limits(&self) -> &Limits {
		&self.limits
	}

	/// Charges `amount` fuel, failing (and marking the fuel exhausted) beyond the limit.
	pub fn charge(&mut self, amount: u64) -> Result<(), EvalError> {
		self.steps = self.steps.saturating_add(1);
		let next = self.used.saturating_add(amount);
		if next > self.limit {
			self.used = self.limit;
			return Err(EvalError::OutOfFuel);
		}
		self.used = next;
		Ok(())
	}

	/// One expression node visited.
	pub fn node(&mut self) -> Result<(), EvalError> {
		self.charge(self.schedule.node)
	}

	/// `count` elements iterated; nothing for none.
	pub fn elements(&mut self, count: usize) -> Result<(), EvalError> {
		if count == 0 {
			return Ok(());
		}
		self.charge(self.schedule.element.saturating_mul(count as u64))
	}

	/// `count` bytes read (compared, searched, parsed); nothing for none.
	pub fn scan(&mut self, count: usize) -> Result<(), EvalError> {
		if count == 0 {
			return Ok(());
		}
		self.charge(self.schedule.byte.saturating_mul(count as u64))
	}

	/// `count` bytes allocated: charged as fuel and counted against
	/// [`Limits::max_built_bytes`].
	pub fn build(&mut self, count: usize) -> Result<(), EvalError> {
		if count == 0 {
			return Ok(());
		}
		self.built = self.built.saturating_add(count as u64);
		if self.built > u64::from(self.limits.max_built_bytes) {
			return Err(EvalError::ResultTooLarge);
		}
		self.charge(self.schedule.byte.saturating_mul(count as u64))
	}

	/// One value cell built (a scalar result, or a container's header).
	pub fn build_cell(&mut self) -> Result<(), EvalError> {
		self.build(VALUE_CELL_BYTES)
	}

	/// The nodes of a new object of `entries` entries, before it is built: nothing for an empty
	/// one (which allocates nothing), else [`OBJECT_NODE_BYTES`] and [`OBJECT_ENTRY_BYTES`]
	/// per entry. Keys and values are charged as they are copied.
	pub fn build_object(&mut self, entries: usize) -> Result<(), EvalError> {
		if entries == 0 {
			return Ok(());
		}
		self.build(OBJECT_NODE_BYTES.saturating_add(OBJECT_ENTRY_BYTES.saturating_mul(entries)))
	}

	/// One call into the context.
	pub fn host_call(&mut self) -> Result<(), EvalError> {
		self.charge(self.schedule.host_call)
	}

	/// One `signature_valid` call into the context.
	pub fn signature_check(&mut self) -> Result<(), EvalError> {
		self.charge(self.schedule.signature_check)
	}

	/// One number/text conversion, or one new string allocated.
	pub fn conversion(&mut self) -> Result<(), EvalError> {
		self.charge(self.schedule.conversion)
	}

	/// One 256-bit multiplication or division.
	pub fn wide_arithmetic(&mut self) -> Result<(), EvalError> {
		self.charge(self.schedule.wide_arithmetic)
	}

	/// Fails with [`EvalError::CollectionTooLarge`] for arrays longer than the limit.
	pub fn check_collection(&self, len: usize) -> Result<(), EvalError> {
		if len > self.limits.max_collection_len as usize {
			return Err(EvalError::CollectionTooLarge);
		}
		Ok(())
	}

	/// Fails with [`EvalError::ValueTooDeep`] when `depth` exceeds the value nesting limit.
	pub fn check_value_depth(&self, depth: u32) -> Result<(), EvalError> {
		if depth > self.limits.max_value_depth {
			return Err(EvalError::ValueTooDeep);
		}
		Ok(())
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn running_out_marks_the_fuel_exhausted() {
		let mut meter = Meter::new(20, &EvalConfig::DEFAULT);
		assert_eq!(meter.node(), Ok(()));
		assert_eq!(meter.node(), Ok(()));
		assert_eq!(meter.used(), 16);
		assert_eq!(meter.node(), Err(EvalError::OutOfFuel));
		assert_eq!(meter.used(), 20);
		assert_eq!(meter.remaining(), 0);
	}

	#[test]
	fn building_counts_against_the_byte_limit() {
		let config = EvalConfig {
			limits: Limits { max_built_bytes: 100, ..Limits::DEFAULT },
			..EvalConfig::DEFAULT
		};
		let mut meter = Meter::new(u64::MAX, &config);
		assert_eq!(meter.build(100), Ok(()));
		assert_eq!(meter.build(1), Err(EvalError::ResultTooLarge));
	}

	#[test]
	fn empty_work_costs_nothing() {
		let mut meter = Meter::new(0, &EvalConfig::DEFAULT);
		assert_eq!(meter.elements(0), Ok(()));
		assert_eq!(meter.scan(0), Ok(()));
		assert_eq!(meter.build(0), Ok(()));
		assert_eq!(meter.steps(), 0);
	}
}
