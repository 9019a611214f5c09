//! Where the harness's choices come from: the fuzzer's input bytes, or a seeded generator.
//!
//! Every choice (which action, which signer, which call, every argument) is read from a
//! [`Source`]. With [`Source::bytes`] the fuzzer's mutations of its input steer the run; with
//! [`Source::seeded`] a fixed seed gives the same run on every machine.

use std::collections::VecDeque;

/// The next byte of SplitMix64 over `state`.
fn splitmix(state: &mut u64, word: &mut u64, left: &mut u32) -> u8 {
	if *left == 0 {
		*state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
		let mut z = *state;
		z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
		z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
		*word = z ^ (z >> 31);
		*left = 8;
	}
	let byte = (*word & 0xff) as u8;
	*word >>= 8;
	*left -= 1;
	byte
}

/// A stream of choice bytes.
pub struct Source<'a> {
	kind: Kind<'a>,
}

enum Kind<'a> {
	/// The fuzzer's input; zeros once it is used up.
	Bytes { data: &'a [u8], pos: usize },
	/// SplitMix64, which never runs out. Bytes looked at by [`Source::raw_tail`] but not yet
	/// read wait in `ahead`; every byte read is kept in `record`, so that the run can be
	/// replayed from [`Source::recorded`] as a byte input.
	Seeded { state: u64, word: u64, left: u32, ahead: VecDeque<u8>, record: Vec<u8> },
}

impl<'a> Source<'a> {
	/// Choices read from `data`, in order.
	pub fn bytes(data: &'a [u8]) -> Self {
		Self { kind: Kind::Bytes { data, pos: 0 } }
	}

	/// Choices drawn from a generator seeded with `seed`.
	pub fn seeded(seed: u64) -> Source<'static> {
		Source {
			kind: Kind::Seeded {
				state: seed,
				word: 0,
				left: 0,
				ahead: VecDeque::new(),
				record: Vec::new(),
			},
		}
	}

	/// Whether a byte input is used up (a seeded source never is).
	pub fn exhausted(&self) -> bool {
		match &self.kind {
			Kind::Bytes { data, pos } => *pos >= data.len(),
			Kind::Seeded { .. } => false,
		}
	}

	/// The next byte.
	pub fn byte(&mut self) -> u8 {
		match &mut self.kind {
			Kind::Bytes { data, pos } => {
				let byte = data.get(*pos).copied().unwrap_or(0);
				*pos = pos.saturating_add(1);
				byte
			},
			Kind::Seeded { state, word, left, ahead, record } => {
				let byte = match ahead.pop_front() {
					Some(byte) => byte,
					None => splitmix(state, word, left),
				};
				record.push(byte);
				byte
			},
		}
	}

	/// The bytes a seeded source has given so far: as a byte input, they replay the run.
	pub fn recorded(&self) -> &[u8] {
		match &self.kind {
			Kind::Bytes { data, pos } => data.get(..*pos).unwrap_or(data),
			Kind::Seeded { record, .. } => record,
		}
	}

	/// `n` bytes, little-endian, as an integer (`n` at most 16).
	pub fn uint(&mut self, n: usize) -> u128 {
		(0..n.min(16)).fold(0u128, |acc, i| acc | (u128::from(self.byte()) << (8 * i)))
	}

	/// A number in `0..n` (0 when `n` is 0).
	pub fn below(&mut self, n: usize) -> usize {
		if n <= 1 {
			return 0;
		}
		let wide = if n <= 256 { self.uint(1) } else { self.uint(4) };
		(wide % n as u128) as usize
	}

	/// True with probability `percent` / 100 (as near as one byte gets).
	pub fn chance(&mut self, percent: u8) -> bool {
		u16::from(self.byte()) * 100 < u16::from(percent) * 256
	}

	/// One of `items` (`None` when empty).
	pub fn pick<'b, T>(&mut self, items: &'b [T]) -> Option<&'b T> {
		if items.is_empty() {
			return None;
		}
		items.get(self.below(items.len()))
	}

	/// `n` bytes, filled from the source.
	pub fn fill(&mut self, n: usize) -> Vec<u8> {
		(0..n).map(|_| self.byte()).collect()
	}

	/// The unread rest of a byte input, for decoding a call straight from it; a seeded
	/// source shows its next 96 bytes. Nothing is read until [`Self::skip`].
	pub fn raw_tail(&mut self) -> Vec<u8> {
		match &mut self.kind {
			Kind::Bytes { data, pos } => data.get(*pos..).unwrap_or(&[]).to_vec(),
			Kind::Seeded { state, word, left, ahead, .. } => {
				while ahead.len() < 96 {
					ahead.push_back(splitmix(state, word, left));
				}
				ahead.iter().copied().collect()
			},
		}
	}

	/// Reads `n` bytes (after [`Self::raw_tail`] was decoded).
	pub fn skip(&mut self, n: usize) {
		match &mut self.kind {
			Kind::Bytes { pos, .. } => *pos = pos.saturating_add(n),
			Kind::Seeded { .. } =>
				for _ in 0..n {
					self.byte();
				},
		}
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn byte_input_reads_in_order_then_zeros() {
		let mut source = Source::bytes(&[7, 9]);
		assert!(!source.exhausted());
		assert_eq!(source.byte(), 7);
		assert_eq!(source.byte(), 9);
		assert!(source.exhausted());
		assert_eq!(source.byte(), 0);
	}

	#[test]
	fn seeded_source_repeats_per_seed() {
		let a: Vec<u8> = Source::seeded(1).fill(32);
		let b: Vec<u8> = Source::seeded(1).fill(32);
		let c: Vec<u8> = Source::seeded(2).fill(32);
		assert_eq!(a, b);
		assert_ne!(a, c);
	}

	#[test]
	fn a_recorded_seeded_stream_replays_as_bytes() {
		let mut seeded = Source::seeded(5);
		let first = seeded.fill(10);
		let tail = seeded.raw_tail();
		seeded.skip(3);
		let after = seeded.fill(4);
		let recorded = seeded.recorded().to_vec();
		assert_eq!(recorded.len(), 17);
		assert_eq!(tail.get(..3), recorded.get(10..13));
		let mut replay = Source::bytes(&recorded);
		assert_eq!(replay.fill(10), first);
		assert_eq!(replay.raw_tail().get(..3), tail.get(..3));
		replay.skip(3);
		assert_eq!(replay.fill(4), after);
		assert!(replay.exhausted());
	}

	#[test]
	fn below_stays_in_range() {
		let mut source = Source::seeded(3);
		assert!((0..1000).all(|_| source.below(7) < 7));
		assert_eq!(source.below(0), 0);
	}
}
