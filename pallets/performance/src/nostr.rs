//! Nostr (NIP-01) rendering of verified performances as events of kind 1337.
//!
//! The event follows the seed design's `PerformanceEvent`:
//!
//! - `content` is a JSON object (keys in this order; `location` and `competition` only when
//!   present):
//!   `{"type":"performance","sport":S,"metrics":{"score":X,"difficulty":Y,"execution":Z},
//!   "location":{"coordinates":[LAT,LON],"venue":V},"competition":{"name":N,"level":L},
//!   "evidence":E}`. Metrics are the stored thousandths written as decimal numbers with three
//!   decimals (`9500` → `9.500`); `score` is the witnesses' consensus score. Coordinates are
//!   the stored micro-degrees with six decimals (`-1` → `-0.000001`). `L` is `"local"`,
//!   `"regional"`, `"national"` or `"international"`.
//! - `tags`: `["p",<athlete key>]`, one `["witness",<hex of the witness's SCALE-encoded account
//!   id>]` per agreeing witness (heaviest first), `["e",<related event id>]` if any,
//!   `["t",<sport>]`, then one `["t",<tag>]` per tag.
//! - `pubkey` is the athlete's Nostr key, `created_at` the Unix time of submission, `kind`
//!   1337; `sig` is left empty for the athlete to sign `id`.
//!
//! Serialization is exactly NIP-01's: `[0,<pubkey>,<created_at>,<kind>,<tags>,<content>]` as
//! UTF-8 JSON without whitespace, strings escaped with [`escape_into`]; `id` is the lowercase
//! hex of its sha256.

use alloc::{string::String, vec::Vec};
use core::fmt::Write;

/// The event kind of performance events.
pub const KIND: u32 = 1337;

/// The data a performance's content is built from.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct PerformanceContent<'a> {
	/// Sport slug.
	pub sport: &'a str,
	/// Verified score (thousandths).
	pub score: u32,
	/// Difficulty (thousandths).
	pub difficulty: u32,
	/// Execution (thousandths).
	pub execution: u32,
	/// Latitude and longitude (micro-degrees) and venue.
	pub location: Option<(i32, i32, &'a str)>,
	/// Competition name and level name.
	pub competition: Option<(&'a str, &'a str)>,
	/// Evidence content hash.
	pub evidence: &'a str,
}

/// Append `s` as a JSON string (with its quotes) with NIP-01's escaping: line break `\n`,
/// double quote `\"`, backslash `\\`, carriage return `\r`, tab `\t`, backspace `\b`, form
/// feed `\f`; every other character verbatim.
pub fn escape_into(out: &mut String, s: &str) {
	out.push('"');
	for c in s.chars() {
		match c {
			'\n' => out.push_str("\\n"),
			'"' => out.push_str("\\\""),
			'\\' => out.push_str("\\\\"),
			'\r' => out.push_str("\\r"),
			'\t' => out.push_str("\\t"),
			'\u{08}' => out.push_str("\\b"),
			'\u{0c}' => out.push_str("\\f"),
			c => out.push(c),
		}
	}
	out.push('"');
}

/// Lowercase hex of `bytes`.
pub fn hex(bytes: &[u8]) -> String {
	const DIGITS: &[u8; 16] = b"0123456789abcdef";
	let mut out = String::with_capacity(bytes.len().saturating_mul(2));
	for b in bytes {
		out.push(char::from(DIGITS.get(usize::from(b >> 4)).copied().unwrap_or(b'0')));
		out.push(char::from(DIGITS.get(usize::from(b & 0x0f)).copied().unwrap_or(b'0')));
	}
	out
}

/// `value / 10^decimals` written with exactly `decimals` decimals (`(9500, 3)` → `9.500`,
/// `(-1, 6)` → `-0.000001`).
pub fn fixed(value: i64, decimals: u32) -> String {
	let scale = 10u64.saturating_pow(decimals);
	let magnitude = value.unsigned_abs();
	let int = magnitude.checked_div(scale).unwrap_or(0);
	let frac = magnitude.checked_rem(scale).unwrap_or(0);
	let mut out = String::new();
	if value < 0 {
		out.push('-');
	}
	let _ = write!(out, "{int}");
	if decimals > 0 {
		let width = usize::try_from(decimals).unwrap_or(0);
		let _ = write!(out, ".{frac:0width$}");
	}
	out
}

/// The JSON content of a performance event.
pub fn content_json(c: &PerformanceContent) -> String {
	let mut out = String::from("{\"type\":\"performance\",\"sport\":");
	escape_into(&mut out, c.sport);
	let _ = write!(
		out,
		",\"metrics\":{{\"score\":{},\"difficulty\":{},\"execution\":{}}}",
		fixed(i64::from(c.score), 3),
		fixed(i64::from(c.difficulty), 3),
		fixed(i64::from(c.execution), 3),
	);
	if let Some((lat, lon, venue)) = c.location {
		let _ = write!(
			out,
			",\"location\":{{\"coordinates\":[{},{}],\"venue\":",
			fixed(i64::from(lat), 6),
			fixed(i64::from(lon), 6)
		);
		escape_into(&mut out, venue);
		out.push('}');
	}
	if let Some((name, level)) = c.competition {
		out.push_str(",\"competition\":{\"name\":");
		escape_into(&mut out, name);
		out.push_str(",\"level\":");
		escape_into(&mut out, level);
		out.push('}');
	}
	out.push_str(",\"evidence\":");
	escape_into(&mut out, c.evidence);
	out.push('}');
	out
}

/// The tags of a performance event.
pub fn performance_tags(
	pubkey: &[u8; 32],
	witnesses: &[Vec<u8>],
	related: Option<&[u8; 32]>,
	sport: &str,
	tags: &[&str],
) -> Vec<Vec<String>> {
	let mut out = Vec::new();
	out.push(alloc::vec![String::from("p"), hex(pubkey)]);
	for witness in witnesses {
		out.push(alloc::vec![String::from("witness"), hex(witness)]);
	}
	if let Some(related) = related {
		out.push(alloc::vec![String::from("e"), hex(related)]);
	}
	out.push(alloc::vec![String::from("t"), String::from(sport)]);
	for tag in tags {
		out.push(alloc::vec![String::from("t"), String::from(*tag)]);
	}
	out
}

/// Append `tags` as a JSON array of arrays of strings.
fn tags_into(out: &mut String, tags: &[Vec<String>]) {
	out.push('[');
	for (i, tag) in tags.iter().enumerate() {
		if i > 0 {
			out.push(',');
		}
		out.push('[');
		for (j, value) in tag.iter().enumerate() {
			if j > 0 {
				out.push(',');
			}
			escape_into(out, value);
		}
		out.push(']');
	}
	out.push(']');
}

/// The NIP-01 serialization `[0,<pubkey>,<created_at>,<kind>,<tags>,<content>]`.
pub fn serialize(
	pubkey: &[u8; 32],
	created_at: u64,
	kind: u32,
	tags: &[Vec<String>],
	content: &str,
) -> String {
	let mut out = String::from("[0,");
	escape_into(&mut out, &hex(pubkey));
	let _ = write!(out, ",{created_at},{kind},");
	tags_into(&mut out, tags);
	out.push(',');
	escape_into(&mut out, content);
	out.push(']');
	out
}

/// The event id: sha256 of the serialization.
pub fn event_id(serialized: &str) -> [u8; 32] {
	sp_io::hashing::sha2_256(serialized.as_bytes())
}

/// The whole event as JSON, with `sig` empty.
pub fn event_json(
	id: &[u8; 32],
	pubkey: &[u8; 32],
	created_at: u64,
	kind: u32,
	tags: &[Vec<String>],
	content: &str,
) -> String {
	let mut out = String::from("{\"id\":");
	escape_into(&mut out, &hex(id));
	out.push_str(",\"pubkey\":");
	escape_into(&mut out, &hex(pubkey));
	let _ = write!(out, ",\"created_at\":{created_at},\"kind\":{kind},\"tags\":");
	tags_into(&mut out, tags);
	out.push_str(",\"content\":");
	escape_into(&mut out, content);
	out.push_str(",\"sig\":\"\"}");
	out
}

/// Build the unsigned event of `pubkey` at `created_at` with `tags` and `content`.
pub fn build_event(
	pubkey: &[u8; 32],
	created_at: u64,
	tags: Vec<Vec<String>>,
	content: String,
) -> crate::NostrEvent {
	let serialized = serialize(pubkey, created_at, KIND, &tags, &content);
	let id = event_id(&serialized);
	let json = event_json(&id, pubkey, created_at, KIND, &tags, &content);
	crate::NostrEvent {
		id,
		pubkey: *pubkey,
		created_at,
		kind: KIND,
		tags: tags
			.into_iter()
			.map(|tag| tag.into_iter().map(String::into_bytes).collect())
			.collect(),
		content: content.into_bytes(),
		serialized: serialized.into_bytes(),
		json: json.into_bytes(),
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn escaping_follows_nip01() {
		let mut out = String::new();
		escape_into(&mut out, "a\"b\\c\nd\re\tf\u{08}g\u{0c}h/é✓\u{01}");
		assert_eq!(out, "\"a\\\"b\\\\c\\nd\\re\\tf\\bg\\fh/é✓\u{01}\"");
	}

	#[test]
	fn fixed_point_rendering() {
		assert_eq!(fixed(9_500, 3), "9.500");
		assert_eq!(fixed(0, 3), "0.000");
		assert_eq!(fixed(12, 3), "0.012");
		assert_eq!(fixed(-1, 6), "-0.000001");
		assert_eq!(fixed(48_858_370, 6), "48.858370");
		assert_eq!(fixed(-180_000_000, 6), "-180.000000");
		assert_eq!(fixed(i64::from(u32::MAX), 3), "4294967.295");
		assert_eq!(fixed(7, 0), "7");
	}

	#[test]
	fn hex_is_lowercase() {
		assert_eq!(hex(&[0x00, 0x0f, 0xa5, 0xff]), "000fa5ff");
	}

	/// Vector computed independently with Python:
	/// `json.dumps([0, pk, 1700000000, 1337, tags, content], separators=(',', ':'),
	/// ensure_ascii=False)` and `hashlib.sha256(s.encode('utf-8')).hexdigest()`.
	#[test]
	fn serialization_and_id_match_an_independent_vector() {
		let pubkey: [u8; 32] = core::array::from_fn(|i| i as u8);
		let tags = alloc::vec![
			alloc::vec![String::from("p"), hex(&pubkey)],
			alloc::vec![String::from("t"), String::from("hacky\"sack\\")],
			alloc::vec![String::from("e"), hex(&[0xab; 32])],
		];
		let content = "Line1\nLine2\t\"quoted\" back\\slash é ✓ \u{08}\u{0c}\r/";
		let serialized = serialize(&pubkey, 1_700_000_000, KIND, &tags, content);
		assert_eq!(
			serialized,
			r#"[0,"000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f",1700000000,1337,[["p","000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f"],["t","hacky\"sack\\"],["e","abababababababababababababababababababababababababababababababab"]],"Line1\nLine2\t\"quoted\" back\\slash é ✓ \b\f\r/"]"#
		);
		assert_eq!(
			hex(&event_id(&serialized)),
			"b7e0f4c0e64befa9cdc61cb253a57904e541a090f1bfb5c10ae2617c6347bb42"
		);
	}
}
