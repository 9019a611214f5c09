//! Validation of user-supplied text, so that every stored string renders as valid JSON.

/// Whether `bytes` is UTF-8 without control characters (U+0000..=U+001F and U+007F).
pub fn is_text(bytes: &[u8]) -> bool {
	core::str::from_utf8(bytes).is_ok() && !bytes.iter().any(|b| *b < 0x20 || *b == 0x7f)
}

/// Whether `bytes` is a non-empty slug of `a-z`, `0-9`, `-` and `_`.
pub fn is_slug(bytes: &[u8]) -> bool {
	!bytes.is_empty()
		&& bytes
			.iter()
			.all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || *b == b'-' || *b == b'_')
}

/// Whether `items` has no duplicates.
pub fn all_distinct<T: PartialEq>(items: &[T]) -> bool {
	items
		.iter()
		.enumerate()
		.all(|(i, item)| !items.iter().skip(i.saturating_add(1)).any(|other| other == item))
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn text_and_slugs() {
		assert!(is_text("Zoë \"Z\" O'Brien \\ ✓".as_bytes()));
		assert!(is_text(b""));
		assert!(!is_text(b"line\nbreak"));
		assert!(!is_text(b"tab\t"));
		assert!(!is_text(b"del\x7f"));
		assert!(!is_text(&[0xff, 0xfe]));
		assert!(is_slug(b"hacky-sack_2"));
		assert!(!is_slug(b""));
		assert!(!is_slug(b"Hacky"));
		assert!(!is_slug(b"hacky sack"));
		assert!(all_distinct(&[1, 2, 3]));
		assert!(!all_distinct(&[1, 2, 1]));
	}
}
