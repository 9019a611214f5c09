//! `cat` and `substr`.

use crate::{
	ast::Expr,
	coerce::{append_join_piece, less_than, to_js_string, to_number},
	context::PolicyContext,
	error::EvalError,
	eval::{Evaluator, Scope},
	number::Decimal,
	value::Value,
};
use alloc::{borrow::Cow, string::String};

/// `cat`: the arguments joined as `Array.prototype.join("")` does (null is "", arrays are
/// comma-joined, numbers in JavaScript's form).
pub(crate) fn cat<'a, C: PolicyContext + ?Sized>(
	ev: &mut Evaluator<'_, C>,
	args: &'a [Expr],
	scope: Scope<'a>,
) -> Result<Cow<'a, Value>, EvalError> {
	// The new string's allocation; its bytes are charged as they are appended.
	ev.meter.conversion()?;
	let mut text = String::new();
	for arg in args {
		let value = ev.eval(arg, scope)?;
		append_join_piece(&mut ev.meter, &mut text, Some(&value), 0)?;
	}
	ev.scalar(Value::String(text))
}

/// `substr`: `[source, start, length]` on `String(source)`, in UTF-16 code units as in
/// JavaScript. A negative start counts from the end; a negative length stops that many units
/// before the end (JsonLogic's PHP-like extension); no length takes the rest.
///
/// The code units are never collected: they are counted in one pass and the piece decoded in
/// another, so the only allocations are the result (and `String(source)` for a non-string).
pub(crate) fn substr<'a, C: PolicyContext + ?Sized>(
	ev: &mut Evaluator<'_, C>,
	args: &'a [Expr],
	scope: Scope<'a>,
) -> Result<Cow<'a, Value>, EvalError> {
	let [source, start, length] = ev.eval_args::<3>(args, scope)?;
	let text: Cow<'_, str> = match source.as_deref() {
		Some(Value::String(text)) => Cow::Borrowed(text.as_str()),
		other => Cow::Owned(to_js_string(&mut ev.meter, other)?),
	};
	// The counting pass.
	ev.meter.scan(text.len())?;
	let size = text.encode_utf16().count();
	let start = to_integer(ev, start.as_deref())?;
	let zero = Value::Number(Decimal::ZERO);
	let negative_length = less_than(&mut ev.meter, length.as_deref(), Some(&zero))? == Some(true);
	let (from, to) = if negative_length {
		// substr(start) then drop |length| units from its end.
		let (from, to) = js_substr(size, start, None);
		let keep =
			(to.saturating_sub(from) as i128).saturating_add(to_integer(ev, length.as_deref())?);
		let (_, kept) = js_substr(to.saturating_sub(from), 0, Some(keep));
		(from, from.saturating_add(kept))
	} else {
		let length = match length {
			Some(length) => Some(to_integer(ev, Some(&length))?),
			None => None,
		};
		js_substr(size, start, length)
	};
	let piece = || text.encode_utf16().skip(from).take(to.saturating_sub(from));
	// The measuring pass: a code unit decodes to one to three bytes of UTF-8 (a lone surrogate
	// to U+FFFD's three, a pair to four for two units), so the result's exact size is counted
	// and charged before it is allocated.
	ev.meter.scan(text.len())?;
	let bytes = char::decode_utf16(piece())
		.map(|unit| unit.map_or(char::REPLACEMENT_CHARACTER.len_utf8(), char::len_utf8))
		.fold(0usize, usize::saturating_add);
	ev.meter.conversion()?;
	ev.meter.build(bytes)?;
	let mut result = String::with_capacity(bytes);
	result.extend(
		char::decode_utf16(piece()).map(|unit| unit.unwrap_or(char::REPLACEMENT_CHARACTER)),
	);
	ev.scalar(Value::String(result))
}

/// ToIntegerOrInfinity: truncated, NaN as 0 (there are no infinities).
fn to_integer<C: PolicyContext + ?Sized>(
	ev: &mut Evaluator<'_, C>,
	value: Option<&Value>,
) -> Result<i128, EvalError> {
	Ok(to_number(&mut ev.meter, value)?.map_or(0, Decimal::trunc_to_i128))
}

/// `String.prototype.substr(start, length)` on a string of `size` code units: the range of
/// units `[from, to)` it keeps.
fn js_substr(size: usize, start: i128, length: Option<i128>) -> (usize, usize) {
	let size_units = i128::try_from(size).unwrap_or(i128::MAX);
	let start =
		if start < 0 { size_units.saturating_add(start).max(0) } else { start.min(size_units) };
	let length = length.unwrap_or(size_units).clamp(0, size_units);
	let end = start.saturating_add(length).min(size_units);
	match (usize::try_from(start), usize::try_from(end)) {
		(Ok(start), Ok(end)) => (start, end),
		_ => (0, 0),
	}
}

#[cfg(test)]
mod tests {
	use super::js_substr;
	use alloc::{string::String, vec::Vec};

	#[test]
	fn substr_clamps_like_javascript() {
		let units: Vec<u16> = "jsonlogic".encode_utf16().collect();
		let s = |start, length| {
			let (from, to) = js_substr(units.len(), start, length);
			String::from_utf16_lossy(&units[from..to])
		};
		assert_eq!(s(4, None), "logic");
		assert_eq!(s(-5, None), "logic");
		assert_eq!(s(-100, Some(4)), "json");
		assert_eq!(s(100, Some(4)), "");
		assert_eq!(s(2, Some(-1)), "");
		assert_eq!(s(i128::MIN, Some(i128::MAX)), "jsonlogic");
	}
}
