//! `var`, `missing`, `missing_some`: reading the data.
//!
//! A path is `String(path).split(".")`, as in JsonLogic; `null`, `""` or no path is the data
//! itself. Each segment is a property of the value reached so far: an object's member, an
//! array's element by canonical index or its `length`, a string's UTF-16 code unit by index or
//! its `length`. A missing property, or `null` met before the last segment, gives the default
//! (second argument, else `null`); a `null` reached by the last segment is the result.

use crate::{
	ast::Expr,
	coerce::{less_than, metered_clone, to_js_string},
	context::PolicyContext,
	error::EvalError,
	eval::{Evaluator, Scope},
	number::Decimal,
	value::Value,
};
use alloc::{borrow::Cow, string::String, vec::Vec};

/// The value reached while following a path.
enum Cursor<'a> {
	Scope(Scope<'a>),
	Borrowed(&'a Value),
	/// A value computed along the way (a `length`, a character), never an array or object.
	Owned(Value),
}

/// `var`.
pub(crate) fn var<'a, C: PolicyContext + ?Sized>(
	ev: &mut Evaluator<'_, C>,
	args: &'a [Expr],
	scope: Scope<'a>,
) -> Result<Cow<'a, Value>, EvalError> {
	// The common `{"var": "path"}` without the general argument machinery.
	let (path, default) = match args {
		[path] => (Some(ev.eval(path, scope)?), None),
		_ => {
			let [path, default] = ev.eval_args::<2>(args, scope)?;
			(path, default)
		},
	};
	match lookup(ev, path.as_deref(), scope)? {
		Some(found) => Ok(found),
		None => match default {
			Some(default) => Ok(default),
			None => ev.scalar(Value::Null),
		},
	}
}

/// Follows `path` from `scope`: `None` when the path leads nowhere (JavaScript's `undefined`,
/// or a `null` met before the end).
pub(crate) fn lookup<'a, C: PolicyContext + ?Sized>(
	ev: &mut Evaluator<'_, C>,
	path: Option<&Value>,
	scope: Scope<'a>,
) -> Result<Option<Cow<'a, Value>>, EvalError> {
	let path_text: Cow<'_, str> = match path {
		None | Some(Value::Null) => return ev.scope_value(scope).map(Some),
		Some(Value::String(text)) if text.is_empty() => return ev.scope_value(scope).map(Some),
		Some(Value::String(text)) => Cow::Borrowed(text.as_str()),
		Some(other) => Cow::Owned(to_js_string(&mut ev.meter, Some(other))?),
	};
	ev.meter.scan(path_text.len())?;
	let mut cursor = Cursor::Scope(scope);
	for segment in path_text.split('.') {
		ev.meter.elements(1)?;
		let next = match &cursor {
			Cursor::Scope(Scope::Data(data)) => borrowed_property(ev, data, segment)?,
			Cursor::Scope(Scope::Reduce { current, accumulator }) => match segment {
				"current" => Some(Cursor::Borrowed(current)),
				"accumulator" => Some(Cursor::Borrowed(accumulator)),
				_ => None,
			},
			Cursor::Borrowed(value) => borrowed_property(ev, value, segment)?,
			Cursor::Owned(value) => owned_property(ev, value, segment)?,
		};
		match next {
			Some(next) => cursor = next,
			None => return Ok(None),
		}
	}
	Ok(Some(match cursor {
		Cursor::Scope(scope) => ev.scope_value(scope)?,
		Cursor::Borrowed(value) => Cow::Borrowed(value),
		Cursor::Owned(value) => Cow::Owned(value),
	}))
}

/// A property of a value from the data; `None` for `undefined`, and for any property of
/// `null` (JsonLogic stops there).
fn borrowed_property<'a, C: PolicyContext + ?Sized>(
	ev: &mut Evaluator<'_, C>,
	value: &'a Value,
	segment: &str,
) -> Result<Option<Cursor<'a>>, EvalError> {
	Ok(match value {
		Value::Object(map) => map.get(segment).map(Cursor::Borrowed),
		Value::Array(items) => match array_index(segment) {
			Some(index) => items.get(index).map(Cursor::Borrowed),
			None if segment == "length" => {
				ev.meter.build_cell()?;
				Some(Cursor::Owned(Value::Number(Decimal::from_usize(items.len()))))
			},
			None => None,
		},
		Value::String(text) => string_property(ev, text, segment)?.map(Cursor::Owned),
		_ => None,
	})
}

fn owned_property<'a, C: PolicyContext + ?Sized>(
	ev: &mut Evaluator<'_, C>,
	value: &Value,
	segment: &str,
) -> Result<Option<Cursor<'a>>, EvalError> {
	Ok(match value {
		Value::String(text) => string_property(ev, text, segment)?.map(Cursor::Owned),
		// Owned cursors are numbers or strings; numbers have no data properties.
		_ => None,
	})
}

/// `length` (UTF-16 code units) or the code unit at an index, as a one-unit string (a lone
/// surrogate becomes U+FFFD: Rust strings cannot hold one).
fn string_property<C: PolicyContext + ?Sized>(
	ev: &mut Evaluator<'_, C>,
	text: &str,
	segment: &str,
) -> Result<Option<Value>, EvalError> {
	ev.meter.scan(text.len())?;
	if segment == "length" {
		ev.meter.build_cell()?;
		let units = text.encode_utf16().count();
		return Ok(Some(Value::Number(Decimal::from_usize(units))));
	}
	let Some(index) = array_index(segment) else { return Ok(None) };
	let Some(unit) = text.encode_utf16().nth(index) else { return Ok(None) };
	ev.meter.build_cell()?;
	Ok(Some(Value::String(String::from_utf16_lossy(&[unit]))))
}

/// A canonical array index ("0", "17"; not "01", "-1", "1.0").
fn array_index(segment: &str) -> Option<usize> {
	let canonical = segment == "0"
		|| (!segment.starts_with('0')
			&& !segment.is_empty()
			&& segment.bytes().all(|b| b.is_ascii_digit()));
	if canonical {
		segment.parse().ok()
	} else {
		None
	}
}

/// The keys whose value is `null` or `""` (or absent), as a new array of the keys.
fn missing_keys<'k, C: PolicyContext + ?Sized>(
	ev: &mut Evaluator<'_, C>,
	keys: impl Iterator<Item = &'k Value>,
	scope: Scope<'_>,
) -> Result<Vec<Value>, EvalError> {
	let mut missing = Vec::new();
	for key in keys {
		ev.meter.elements(1)?;
		let present = match lookup(ev, Some(key), scope)? {
			None => false,
			Some(value) => !matches!(&*value, Value::Null) && value.as_str() != Some(""),
		};
		if !present {
			ev.meter.check_collection(missing.len().saturating_add(1))?;
			missing.push(metered_clone(&mut ev.meter, key, 0)?);
		}
	}
	Ok(missing)
}

/// `missing`: the keys checked are the elements of its first argument if that is an array (the
/// output of `merge` or `if`), else its arguments.
pub(crate) fn missing<'a, C: PolicyContext + ?Sized>(
	ev: &mut Evaluator<'_, C>,
	args: &'a [Expr],
	scope: Scope<'a>,
) -> Result<Cow<'a, Value>, EvalError> {
	let values = ev.eval_all(args, scope)?;
	let missing = match values.first().map(|first| &**first) {
		Some(Value::Array(keys)) => missing_keys(ev, keys.iter(), scope)?,
		_ => missing_keys(ev, values.iter().map(|key| &**key), scope)?,
	};
	ev.meter.build_cell()?;
	Ok(Cow::Owned(Value::Array(missing)))
}

/// `missing_some`: `[]` if at least `need` of the keys are present, else the missing ones.
pub(crate) fn missing_some<'a, C: PolicyContext + ?Sized>(
	ev: &mut Evaluator<'_, C>,
	args: &'a [Expr],
	scope: Scope<'a>,
) -> Result<Cow<'a, Value>, EvalError> {
	let [need, options] = ev.eval_args::<2>(args, scope)?;
	let (missing, offered) = match options.as_deref() {
		Some(Value::Array(keys)) => {
			// As `missing` would receive them: a nested array in first place is the key list.
			let keys = match keys.first() {
				Some(Value::Array(inner)) => inner,
				_ => keys,
			};
			(missing_keys(ev, keys.iter(), scope)?, keys.len())
		},
		Some(single) => (missing_keys(ev, core::iter::once(single), scope)?, 1),
		None => (Vec::new(), 0),
	};
	let present = Value::Number(Decimal::from_usize(offered.saturating_sub(missing.len())));
	// `present >= need` in JavaScript: not (present < need), NaN being false.
	let enough = less_than(&mut ev.meter, Some(&present), need.as_deref())? == Some(false);
	ev.meter.build_cell()?;
	Ok(Cow::Owned(Value::Array(if enough { Vec::new() } else { missing })))
}
