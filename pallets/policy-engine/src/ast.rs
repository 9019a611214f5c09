//! The compact expression tree the engine evaluates and the chain stores.
//!
//! JsonLogic's `{"op": [args]}` objects compile to [`Expr::Op`] with an [`Operator`] byte
//! instead of a name, constants to [`Expr::Const`], arrays whose elements are not all
//! constants to [`Expr::Array`], and operators the engine does not define to
//! [`Expr::Predicate`] (domain predicates, resolved by the
//! [`PolicyContext`](crate::PolicyContext)). Operator arguments are always a list: JsonLogic's
//! unary shorthand `{"var": "x"}` is `{"var": ["x"]}`.
//!
//! The SCALE encoding is the derived one with fixed variant indices (stable across versions).
//! Decoding is hand-written so that it is bounded by [`DecodeLimits`] whichever entry point is
//! used (`Expr::decode` included): nesting deeper than the limit is an error, not a stack
//! overflow, and forged lengths cannot allocate before elements are read.

use crate::value::{decode_len, decode_value, initial_capacity, Value};
use alloc::{string::String, vec::Vec};
use codec::{Decode, DecodeWithMemTracking, Encode, Input, MaxEncodedLen};
use scale_info::TypeInfo;

/// The default nesting limit for decoding expressions and values (equal to
/// [`Limits::DEFAULT`](crate::Limits::DEFAULT)'s `max_depth`).
pub const MAX_DECODE_DEPTH: u32 = 64;
/// The default length limit for any list decoded (operator arguments, arrays, objects).
pub const MAX_DECODE_LEN: u32 = 4096;

/// Bounds on what decoding accepts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DecodeLimits {
	/// Maximum nesting of expressions and the values inside them, together.
	pub max_depth: u32,
	/// Maximum length of any list.
	pub max_len: u32,
}

impl DecodeLimits {
	/// [`MAX_DECODE_DEPTH`] and [`MAX_DECODE_LEN`].
	pub const DEFAULT: DecodeLimits =
		DecodeLimits { max_depth: MAX_DECODE_DEPTH, max_len: MAX_DECODE_LEN };
}

/// A JsonLogic expression.
#[derive(Clone, PartialEq, Eq, Debug, Encode, TypeInfo)]
pub enum Expr {
	/// A constant: a scalar, an array of constants, or an object literal (an object with other
	/// than one key, which JsonLogic passes through unevaluated).
	#[codec(index = 0)]
	Const(Value),
	/// An array literal whose elements are evaluated.
	#[codec(index = 1)]
	Array(Vec<Expr>),
	/// A built-in operator with its arguments.
	#[codec(index = 2)]
	Op(Operator, Vec<Expr>),
	/// A domain predicate: an operator name the engine does not define, resolved by the
	/// context with the evaluated arguments.
	#[codec(index = 3)]
	Predicate(String, Vec<Expr>),
}

impl Expr {
	/// A constant.
	pub fn constant(value: impl Into<Value>) -> Expr {
		Expr::Const(value.into())
	}

	/// An operator node.
	pub fn op(op: Operator, args: Vec<Expr>) -> Expr {
		Expr::Op(op, args)
	}

	/// `{"var": path}`.
	pub fn var(path: &str) -> Expr {
		Expr::Op(Operator::Var, alloc::vec![Expr::constant(path)])
	}

	/// The number of nodes (constants count one, whatever their size). Iterative, so it is
	/// safe on any tree.
	pub fn node_count(&self) -> usize {
		let mut count = 0usize;
		let mut pending: Vec<&Expr> = alloc::vec![self];
		while let Some(expr) = pending.pop() {
			count = count.saturating_add(1);
			match expr {
				Expr::Const(_) => {},
				Expr::Array(items) | Expr::Op(_, items) | Expr::Predicate(_, items) => {
					pending.extend(items.iter())
				},
			}
		}
		count
	}

	/// The nesting depth of expressions (a leaf is 1). Iterative.
	pub fn depth(&self) -> usize {
		let mut deepest = 0usize;
		let mut pending: Vec<(&Expr, usize)> = alloc::vec![(self, 1)];
		while let Some((expr, depth)) = pending.pop() {
			deepest = deepest.max(depth);
			match expr {
				Expr::Const(_) => {},
				Expr::Array(items) | Expr::Op(_, items) | Expr::Predicate(_, items) => {
					pending.extend(items.iter().map(|item| (item, depth.saturating_add(1))))
				},
			}
		}
		deepest
	}

	/// Decodes with explicit limits.
	pub fn decode_with_limits<I: Input>(
		input: &mut I,
		limits: DecodeLimits,
	) -> Result<Expr, codec::Error> {
		decode_expr(input, limits.max_depth, limits.max_len)
	}
}

/// Decoding with [`DecodeLimits::DEFAULT`].
impl Decode for Expr {
	fn decode<I: Input>(input: &mut I) -> Result<Self, codec::Error> {
		Expr::decode_with_limits(input, DecodeLimits::DEFAULT)
	}
}

// Allocations are reported to the input through `on_before_alloc_mem`.
impl DecodeWithMemTracking for Expr {}

fn decode_expr<I: Input>(input: &mut I, depth: u32, max_len: u32) -> Result<Expr, codec::Error> {
	let Some(inner_depth) = depth.checked_sub(1) else {
		return Err("expression nested deeper than the decode limit".into());
	};
	input.descend_ref()?;
	let expr = match input.read_byte()? {
		// A constant's top-level value is this node's level: nested values count below it.
		0 => Expr::Const(decode_value(input, depth, max_len)?),
		1 => Expr::Array(decode_exprs(input, inner_depth, max_len)?),
		2 => {
			let op = Operator::decode(input)?;
			Expr::Op(op, decode_exprs(input, inner_depth, max_len)?)
		},
		3 => {
			let name = String::decode(input)?;
			Expr::Predicate(name, decode_exprs(input, inner_depth, max_len)?)
		},
		_ => return Err("invalid Expr variant".into()),
	};
	input.ascend_ref();
	Ok(expr)
}

fn decode_exprs<I: Input>(
	input: &mut I,
	depth: u32,
	max_len: u32,
) -> Result<Vec<Expr>, codec::Error> {
	let len = decode_len(input, max_len)?;
	let mut items = Vec::with_capacity(initial_capacity(len));
	for _ in 0..len {
		input.on_before_alloc_mem(core::mem::size_of::<Expr>())?;
		items.push(decode_expr(input, depth, max_len)?);
	}
	Ok(items)
}

/// The operators the engine defines: every operator of jsonlogic.com's reference, and the
/// seed's custom operators (indices from 64), which need a
/// [`PolicyContext`](crate::PolicyContext) except `count`.
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
pub enum Operator {
	/// `var`: a value from the data by dotted path, with an optional default.
	#[codec(index = 0)]
	Var,
	/// `missing`: the keys whose values are null or "".
	#[codec(index = 1)]
	Missing,
	/// `missing_some`: `[]` if at least n keys are present, else the missing ones.
	#[codec(index = 2)]
	MissingSome,
	/// `if`: if/then/elseif/then/…/else.
	#[codec(index = 3)]
	If,
	/// `?:`: the ternary spelling of `if`.
	#[codec(index = 4)]
	Ternary,
	/// `==`: JavaScript loose equality.
	#[codec(index = 5)]
	Eq,
	/// `===`: strict equality.
	#[codec(index = 6)]
	StrictEq,
	/// `!=`.
	#[codec(index = 7)]
	NotEq,
	/// `!==`.
	#[codec(index = 8)]
	StrictNotEq,
	/// `!`: negated truthiness.
	#[codec(index = 9)]
	Not,
	/// `!!`: truthiness.
	#[codec(index = 10)]
	NotNot,
	/// `or`: the first truthy argument, or the last.
	#[codec(index = 11)]
	Or,
	/// `and`: the first falsy argument, or the last.
	#[codec(index = 12)]
	And,
	/// `>`.
	#[codec(index = 13)]
	Gt,
	/// `>=`.
	#[codec(index = 14)]
	Ge,
	/// `<`, and `a < b < c` with three arguments.
	#[codec(index = 15)]
	Lt,
	/// `<=`, and `a <= b <= c` with three arguments.
	#[codec(index = 16)]
	Le,
	/// `max`.
	#[codec(index = 17)]
	Max,
	/// `min`.
	#[codec(index = 18)]
	Min,
	/// `+`: sum (with `parseFloat` coercion); unary `+` casts to a number.
	#[codec(index = 19)]
	Add,
	/// `-`: difference, or negation with one argument.
	#[codec(index = 20)]
	Sub,
	/// `*`: product (with `parseFloat` coercion).
	#[codec(index = 21)]
	Mul,
	/// `/`.
	#[codec(index = 22)]
	Div,
	/// `%`.
	#[codec(index = 23)]
	Mod,
	/// `map`.
	#[codec(index = 24)]
	Map,
	/// `filter`.
	#[codec(index = 25)]
	Filter,
	/// `reduce`.
	#[codec(index = 26)]
	Reduce,
	/// `all` (false for an empty array).
	#[codec(index = 27)]
	All,
	/// `none`.
	#[codec(index = 28)]
	None,
	/// `some`.
	#[codec(index = 29)]
	Some,
	/// `merge`: arrays flattened one level.
	#[codec(index = 30)]
	Merge,
	/// `in`: array membership (strict equality) or substring.
	#[codec(index = 31)]
	In,
	/// `cat`: string concatenation.
	#[codec(index = 32)]
	Cat,
	/// `substr`: substring with negative start and length as in JsonLogic.
	#[codec(index = 33)]
	Substr,
	/// `log`: returns its argument (the runtime has no console; no side effect).
	#[codec(index = 34)]
	Log,
	/// `has_permission`: [`PolicyContext::has_permission`](crate::PolicyContext::has_permission).
	#[codec(index = 64)]
	HasPermission,
	/// `owns_token`: [`PolicyContext::owns_token`](crate::PolicyContext::owns_token).
	#[codec(index = 65)]
	OwnsToken,
	/// `token_state`: [`PolicyContext::token_state`](crate::PolicyContext::token_state).
	#[codec(index = 66)]
	TokenState,
	/// `signature_valid`:
	/// [`PolicyContext::signature_valid`](crate::PolicyContext::signature_valid).
	#[codec(index = 67)]
	SignatureValid,
	/// `count`: the length of an array (0 for null); computed by the engine.
	#[codec(index = 68)]
	Count,
}

impl Operator {
	/// Every operator, in index order.
	pub const ALL: [Operator; 40] = [
		Operator::Var,
		Operator::Missing,
		Operator::MissingSome,
		Operator::If,
		Operator::Ternary,
		Operator::Eq,
		Operator::StrictEq,
		Operator::NotEq,
		Operator::StrictNotEq,
		Operator::Not,
		Operator::NotNot,
		Operator::Or,
		Operator::And,
		Operator::Gt,
		Operator::Ge,
		Operator::Lt,
		Operator::Le,
		Operator::Max,
		Operator::Min,
		Operator::Add,
		Operator::Sub,
		Operator::Mul,
		Operator::Div,
		Operator::Mod,
		Operator::Map,
		Operator::Filter,
		Operator::Reduce,
		Operator::All,
		Operator::None,
		Operator::Some,
		Operator::Merge,
		Operator::In,
		Operator::Cat,
		Operator::Substr,
		Operator::Log,
		Operator::HasPermission,
		Operator::OwnsToken,
		Operator::TokenState,
		Operator::SignatureValid,
		Operator::Count,
	];

	/// The JsonLogic name.
	pub const fn name(self) -> &'static str {
		match self {
			Operator::Var => "var",
			Operator::Missing => "missing",
			Operator::MissingSome => "missing_some",
			Operator::If => "if",
			Operator::Ternary => "?:",
			Operator::Eq => "==",
			Operator::StrictEq => "===",
			Operator::NotEq => "!=",
			Operator::StrictNotEq => "!==",
			Operator::Not => "!",
			Operator::NotNot => "!!",
			Operator::Or => "or",
			Operator::And => "and",
			Operator::Gt => ">",
			Operator::Ge => ">=",
			Operator::Lt => "<",
			Operator::Le => "<=",
			Operator::Max => "max",
			Operator::Min => "min",
			Operator::Add => "+",
			Operator::Sub => "-",
			Operator::Mul => "*",
			Operator::Div => "/",
			Operator::Mod => "%",
			Operator::Map => "map",
			Operator::Filter => "filter",
			Operator::Reduce => "reduce",
			Operator::All => "all",
			Operator::None => "none",
			Operator::Some => "some",
			Operator::Merge => "merge",
			Operator::In => "in",
			Operator::Cat => "cat",
			Operator::Substr => "substr",
			Operator::Log => "log",
			Operator::HasPermission => "has_permission",
			Operator::OwnsToken => "owns_token",
			Operator::TokenState => "token_state",
			Operator::SignatureValid => "signature_valid",
			Operator::Count => "count",
		}
	}

	/// The operator with this JsonLogic name.
	pub fn from_name(name: &str) -> Option<Operator> {
		Operator::ALL.iter().copied().find(|op| op.name() == name)
	}

	/// Whether this is one of the seed's custom operators rather than a jsonlogic.com one.
	pub const fn is_custom(self) -> bool {
		matches!(
			self,
			Operator::HasPermission
				| Operator::OwnsToken
				| Operator::TokenState
				| Operator::SignatureValid
				| Operator::Count
		)
	}

	/// The numbers of arguments a custom operator accepts (JsonLogic's operators accept any
	/// number, as in JavaScript: missing ones are `undefined`, extra ones are ignored).
	pub const fn arity(self) -> Option<(usize, usize)> {
		match self {
			Operator::HasPermission | Operator::OwnsToken => Some((2, 2)),
			Operator::TokenState => Some((1, 2)),
			Operator::SignatureValid | Operator::Count => Some((1, 1)),
			_ => None,
		}
	}

	/// Whether the second argument is evaluated once per element with the element as data
	/// (`map`, `filter`, `reduce`, `all`, `none`, `some`).
	pub const fn iterates(self) -> bool {
		matches!(
			self,
			Operator::Map
				| Operator::Filter
				| Operator::Reduce
				| Operator::All
				| Operator::None
				| Operator::Some
		)
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use alloc::vec;

	#[test]
	fn names_round_trip_and_indices_are_stable() {
		for op in Operator::ALL {
			assert_eq!(Operator::from_name(op.name()), Some(op));
		}
		assert_eq!(Operator::Var.encode(), vec![0]);
		assert_eq!(Operator::Log.encode(), vec![34]);
		assert_eq!(Operator::HasPermission.encode(), vec![64]);
		assert_eq!(Operator::Count.encode(), vec![68]);
	}

	#[test]
	fn encoding_round_trips() {
		let expr = Expr::op(
			Operator::And,
			vec![
				Expr::op(Operator::Lt, vec![Expr::var("a"), Expr::constant(3i64)]),
				Expr::Predicate("valid_game".into(), vec![Expr::var("game")]),
				Expr::Array(vec![Expr::var("b"), Expr::Const(Value::Null)]),
			],
		);
		let bytes = expr.encode();
		assert_eq!(Expr::decode(&mut &bytes[..]), Ok(expr.clone()));
		assert_eq!(expr.node_count(), 12);
		assert_eq!(expr.depth(), 4);
	}

	#[test]
	fn depth_bombs_and_forged_lengths_are_rejected() {
		// {"!": [{"!": [ ... ]}]} nested a million times.
		let mut bytes = Vec::new();
		for _ in 0..1_000_000 {
			bytes.extend([2u8, 9, 4]); // Op, `!`, one argument
		}
		bytes.extend([0u8, 0]); // Const(Null)
		assert!(Expr::decode(&mut &bytes[..]).is_err());
		// A forged argument count far beyond the input.
		let mut forged = vec![2u8, 12];
		forged.extend(codec::Compact(4000u32).encode());
		assert!(Expr::decode(&mut &forged[..]).is_err());
		let mut too_long = vec![2u8, 12];
		too_long.extend(codec::Compact(MAX_DECODE_LEN + 1).encode());
		assert!(Expr::decode(&mut &too_long[..]).is_err());
	}
}
