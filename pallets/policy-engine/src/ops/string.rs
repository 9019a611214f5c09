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
use alloc::{borrow::Cow, string::String, vec::Vec};

/// `cat`: the arguments joined as `Array.prototype.join("")` does (null is "", arrays are
/// comma-joined, numbers in JavaScript's form).
pub(crate) fn cat<'a, C: PolicyContext + ?Sized>(
	ev: &mut Evaluator<'_, C>,
	args: &'a [Expr],
	scope: Scope<'a>,
) -> Result<Cow<'a, Value>, EvalError> {
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
pub(crate) fn substr<'a, C: PolicyContext + ?Sized>(
	ev: &mut Evaluator<'_, C>,
	args: &'a [Expr],
	scope: Scope<'a>,
) -> Result<Cow<'a, Value>, EvalError> {
	let [source, start, length] = ev.eval_args::<3>(args, scope)?;
	let text = to_js_string(&mut ev.meter, source.as_deref())?;
	// The UTF-16 copy is built memory too: count it against the byte limit.
	ev.meter.build(text.len().saturating_mul(2))?;
	let units: Vec<u16> = text.encode_utf16().collect();
	let start = to_integer(ev, start.as_deref())?;
	let zero = Value::Number(Decimal::ZERO);
	let negative_length = less_than(&mut ev.meter, length.as_deref(), Some(&zero))? == Some(true);
	let piece = if negative_length {
		// substr(start) then drop |length| units from its end.
		let rest = js_substr(&units, start, None);
		let keep = (rest.len() as i128).saturating_add(to_integer(ev, length.as_deref())?);
		js_substr(rest, 0, Some(keep))
	} else {
		let length = match length {
			Some(length) => Some(to_integer(ev, Some(&length))?),
			None => None,
		};
		js_substr(&units, start, length)
	};
	ev.meter.build(piece.len().saturating_mul(2))?;
	ev.scalar(Value::String(String::from_utf16_lossy(piece)))
}

/// ToIntegerOrInfinity: truncated, NaN as 0 (there are no infinities).
fn to_integer<C: PolicyContext + ?Sized>(
	ev: &mut Evaluator<'_, C>,
	value: Option<&Value>,
) -> Result<i128, EvalError> {
	Ok(to_number(&mut ev.meter, value)?.map_or(0, Decimal::trunc_to_i128))
}

/// `String.prototype.substr(start, length)` on code units.
fn js_substr(units: &[u16], start: i128, length: Option<i128>) -> &[u16] {
	let size = units.len() as i128;
	let start = if start < 0 { size.saturating_add(start).max(0) } else { start.min(size) };
	let length = length.unwrap_or(size).clamp(0, size);
	let end = start.saturating_add(length).min(size);
	let (Ok(start), Ok(end)) = (usize::try_from(start), usize::try_from(end)) else {
		return &[];
	};
	units.get(start..end).unwrap_or(&[])
}

#[cfg(test)]
mod tests {
	use super::js_substr;

	#[test]
	fn substr_clamps_like_javascript() {
		let units: alloc::vec::Vec<u16> = "jsonlogic".encode_utf16().collect();
		let s = |start, length| String::from_utf16_lossy(js_substr(&units, start, length));
		assert_eq!(s(4, None), "logic");
		assert_eq!(s(-5, None), "logic");
		assert_eq!(s(-100, Some(4)), "json");
		assert_eq!(s(100, Some(4)), "");
		assert_eq!(s(2, Some(-1)), "");
		assert_eq!(s(i128::MIN, Some(i128::MAX)), "jsonlogic");
	}

	use alloc::string::String;
}
