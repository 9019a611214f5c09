//! The binary Merkle tree over a content's stored chunks, against whose root storage
//! challenges are answered.
//!
//! Leaves are `blake2_256(0x00 ‖ chunk)` and inner nodes `blake2_256(0x01 ‖ left ‖ right)`
//! (distinct prefixes, so that an inner node can never pass for a leaf). A level with an odd
//! number of nodes carries its last node up unchanged. A proof of chunk `index` lists the
//! siblings from the leaf up, skipping the levels where the path's node is carried.
//! `scripts/e2e/lib/streaming.mjs` builds the same tree in JavaScript.

use alloc::vec::Vec;
use sp_core::H256;

/// The leaf of `chunk`.
pub fn leaf(chunk: &[u8]) -> H256 {
	let mut bytes = Vec::with_capacity(chunk.len().saturating_add(1));
	bytes.push(0u8);
	bytes.extend_from_slice(chunk);
	H256(sp_io::hashing::blake2_256(&bytes))
}

/// The inner node above `left` and `right`.
pub fn node(left: &H256, right: &H256) -> H256 {
	let mut bytes = Vec::with_capacity(65);
	bytes.push(1u8);
	bytes.extend_from_slice(left.as_bytes());
	bytes.extend_from_slice(right.as_bytes());
	H256(sp_io::hashing::blake2_256(&bytes))
}

/// The level above `level`: pairs hashed into inner nodes, an odd last node carried up.
fn parent_level(level: &[H256]) -> Vec<H256> {
	level
		.chunks(2)
		.map(|pair| match pair {
			[left, right] => node(left, right),
			[single] => *single,
			_ => H256::zero(),
		})
		.collect()
}

/// The root over `leaves` (the zero hash for none).
pub fn root(leaves: &[H256]) -> H256 {
	let mut level: Vec<H256> = leaves.to_vec();
	if level.is_empty() {
		return H256::zero();
	}
	while level.len() > 1 {
		level = parent_level(&level);
	}
	level.first().copied().unwrap_or_default()
}

/// The proof of leaf `index` among `leaves` (empty if `index` is out of range).
pub fn proof(leaves: &[H256], index: u32) -> Vec<H256> {
	let mut path = Vec::new();
	let mut level: Vec<H256> = leaves.to_vec();
	let mut position = index as usize;
	if position >= level.len() {
		return path;
	}
	while level.len() > 1 {
		let sibling = position ^ 1;
		if let Some(hash) = level.get(sibling) {
			path.push(*hash);
		}
		level = parent_level(&level);
		position /= 2;
	}
	path
}

/// Whether `chunk` is chunk `index` of the `count` chunks under `root`, by `path`.
pub fn verify(root: &H256, count: u32, index: u32, chunk: &[u8], path: &[H256]) -> bool {
	if index >= count {
		return false;
	}
	let mut hash = leaf(chunk);
	let mut position = index;
	let mut width = count;
	let mut siblings = path.iter();
	while width > 1 {
		let carried = position % 2 == 0 && position == width.saturating_sub(1);
		if !carried {
			let Some(sibling) = siblings.next() else { return false };
			hash = if position % 2 == 0 { node(&hash, sibling) } else { node(sibling, &hash) };
		}
		position /= 2;
		width = width.div_ceil(2);
	}
	siblings.next().is_none() && hash == *root
}

#[cfg(test)]
mod tests {
	use super::*;

	fn leaves(n: u32) -> (Vec<Vec<u8>>, Vec<H256>) {
		let chunks: Vec<Vec<u8>> = (0..n).map(|i| vec![i as u8; 10 + i as usize]).collect();
		let hashes = chunks.iter().map(|c| leaf(c)).collect();
		(chunks, hashes)
	}

	#[test]
	fn every_chunk_of_every_tree_size_verifies_and_nothing_else_does() {
		for n in 1..=17u32 {
			let (chunks, hashes) = leaves(n);
			let root = root(&hashes);
			for i in 0..n {
				let path = proof(&hashes, i);
				assert!(verify(&root, n, i, &chunks[i as usize], &path), "n={n} i={i}");
				// Another chunk, another index, a truncated or padded path, another count.
				let other = (i + 1) % n;
				if other != i {
					assert!(!verify(&root, n, i, &chunks[other as usize], &path));
					assert!(!verify(&root, n, other, &chunks[i as usize], &path));
				}
				if !path.is_empty() {
					assert!(!verify(&root, n, i, &chunks[i as usize], &path[1..]));
				}
				let mut padded = path.clone();
				padded.push(H256::repeat_byte(1));
				assert!(!verify(&root, n, i, &chunks[i as usize], &padded));
				assert!(!verify(&root, n, n, &chunks[i as usize], &path));
			}
		}
	}

	#[test]
	fn an_inner_node_is_not_a_leaf() {
		let (_, hashes) = leaves(4);
		let root = root(&hashes);
		// The concatenation of two leaves, presented as a chunk of a 2-leaf tree, does not
		// reproduce the root: the prefixes differ.
		let mut fake = Vec::new();
		fake.extend_from_slice(node(&hashes[0], &hashes[1]).as_bytes());
		assert!(!verify(&root, 2, 0, &fake, &[node(&hashes[2], &hashes[3])]));
	}
}
