//! Calls of any pallet, written as SCALE bytes from the runtime's own type information and
//! then decoded as a `RuntimeCall` with a depth limit.
//!
//! Walking the `scale-info` registry of `RuntimeCall` reaches every call of every pallet,
//! including pallets added later, with no per-call code. Uniform random bytes would almost never
//! name a known account or an existing id, so the walk draws some types from pools:
//!
//! - `AccountId32` and `MultiAddress`: the harness's accounts;
//! - `H256`, `[u8; 32]`, `[u8; 8]`: hashes and ids seen in earlier events, fixed salts, the
//!   verification engine's domains;
//! - integers: small numbers, ids seen in earlier events, block numbers just ahead of now, and
//!   amounts around the chain's deposits and bonds;
//! - byte strings: short, empty, or a known name (a genesis sport).
//!
//! [`Harvest`] collects the hashes and ids from every event, by walking `RuntimeEvent`'s type
//! the same way.

use codec::{Compact, Encode};
use scale_info::{
	form::PortableForm, meta_type, PortableRegistry, Registry, TypeDef, TypeDefPrimitive,
};
use sp_core::crypto::AccountId32;

use crate::source::Source;
use arete_runtime::{currency::ARETE, RuntimeCall, RuntimeEvent};

/// How deep calls may nest (a batch in a sudo in a batch).
pub const MAX_CALL_NESTING: u32 = 2;
/// Most entries a sequence gets.
const MAX_SEQUENCE: usize = 24;
/// Hashes and ids remembered from events.
const HARVEST_CAPACITY: usize = 32;

/// Pallets and calls the harness never generates: replacing the runtime's code or writing raw
/// storage breaks invariants by design, and removing the sudo key ends root's part in a run.
pub const DENIED: &[(&str, &[&str])] = &[
	(
		"System",
		&[
			"set_heap_pages",
			"set_code",
			"set_code_without_checks",
			"set_storage",
			"kill_storage",
			"kill_prefix",
			"authorize_upgrade",
			"authorize_upgrade_without_checks",
			"apply_authorized_upgrade",
		],
	),
	("Sudo", &["set_key", "remove_key"]),
	// Moves total issuance away from the sum of the accounts by design (it exists to repair
	// such a drift), which the accounts-sum invariant would report.
	("Balances", &["force_adjust_total_issuance"]),
	// The development chain has one validator. If it purges its session keys, the next session
	// has no authorities, BABE ignores the empty epoch change, and every later block rotates
	// the session and is full: a state no real chain reaches, since no one could author it.
	("Session", &["purge_keys"]),
	// The same state by another road: the development chain elects one validator, and an
	// account that declares itself a candidate without session keys and out-stakes Alice takes
	// her seat at the next era; its session then has no authorities and every later block is
	// full. (Giving every account session keys at the start would let `validate` be fuzzed.)
	("Staking", &["validate"]),
];

/// Values seen in the run so far that later calls may refer to.
#[derive(Default, Clone)]
pub struct Harvest {
	/// 32-byte values (agreement, content and model ids, subjects).
	pub hashes: Vec<[u8; 32]>,
	/// Integers from fields named like ids (request, competition, job, task ids).
	pub ids: Vec<u64>,
}

impl Harvest {
	fn keep<T: PartialEq>(list: &mut Vec<T>, value: T) {
		if list.contains(&value) {
			return;
		}
		if list.len() >= HARVEST_CAPACITY {
			list.remove(0);
		}
		list.push(value);
	}
}

/// What the generator knows about the chain when it writes a call.
pub struct Context<'a> {
	/// Accounts calls may name.
	pub accounts: &'a [AccountId32],
	/// The current block number.
	pub now: u32,
	/// Values from earlier events.
	pub harvest: &'a Harvest,
}

/// The verification engine's client domains.
pub const DOMAINS: [[u8; 8]; 5] =
	[*b"perform\0", *b"agents\0\0", *b"credits\0", *b"stream\0\0", *b"claims\0\0"];
/// The salts generated commitments and reveals use.
pub const SALTS: [[u8; 32]; 2] = [[0x5a; 32], [0xa5; 32]];
/// Byte strings the chain knows by name.
const NAMES: &[&[u8]] = &[b"hackysack", b"running", b"{\"==\":[1,1]}"];

/// The type information of `RuntimeCall` and `RuntimeEvent`.
pub struct Generator {
	registry: PortableRegistry,
	call_ty: u32,
	event_ty: u32,
}

impl Default for Generator {
	fn default() -> Self {
		Self::new()
	}
}

impl Generator {
	/// Registers the runtime's call and event types.
	pub fn new() -> Self {
		let mut registry = Registry::new();
		let call_ty = registry.register_type(&meta_type::<RuntimeCall>()).id;
		let event_ty = registry.register_type(&meta_type::<RuntimeEvent>()).id;
		Self { registry: registry.into(), call_ty, event_ty }
	}

	/// The SCALE bytes of a call chosen from `source`.
	pub fn call(&self, source: &mut Source, context: &Context, nesting: u32) -> Vec<u8> {
		let mut out = Vec::new();
		self.write_call(source, context, nesting, &mut out);
		out
	}

	fn write_call(&self, source: &mut Source, context: &Context, nesting: u32, out: &mut Vec<u8>) {
		let Some(pallets) = self.variants(self.call_ty) else { return };
		// Arete's own pallets (Witnesses to Streaming, indices 14 to 19) are drawn twice as often
		// as polkadot-sdk's.
		let weighted: Vec<&scale_info::Variant<PortableForm>> = pallets
			.iter()
			.flat_map(|p| core::iter::repeat(p).take(if (14..=19).contains(&p.index) { 2 } else { 1 }))
			.collect();
		let Some(pallet) = source.pick(&weighted).copied() else { return };
		let Some(call_field) = pallet.fields.first() else { return };
		let Some(calls) = self.variants(call_field.ty.id) else { return };
		let denied = DENIED.iter().find(|(name, _)| *name == pallet.name).map(|(_, c)| *c);
		let allowed: Vec<&scale_info::Variant<PortableForm>> = calls
			.iter()
			.filter(|c| !denied.is_some_and(|d| d.contains(&c.name.as_str())))
			.collect();
		let Some(call) = source.pick(&allowed).copied() else { return };
		out.push(pallet.index);
		out.push(call.index);
		for field in &call.fields {
			self.write(field.ty.id, field.name.as_deref(), source, context, nesting, out);
		}
	}

	fn variants(&self, ty: u32) -> Option<&Vec<scale_info::Variant<PortableForm>>> {
		match &self.registry.resolve(ty)?.type_def {
			TypeDef::Variant(v) => Some(&v.variants),
			_ => None,
		}
	}

	fn write(
		&self,
		ty: u32,
		field: Option<&str>,
		source: &mut Source,
		context: &Context,
		nesting: u32,
		out: &mut Vec<u8>,
	) {
		if ty == self.call_ty {
			if nesting < MAX_CALL_NESTING {
				self.write_call(source, context, nesting + 1, out);
			} else {
				// `System::remark(vec![])`.
				out.extend_from_slice(&[0, 0, 0]);
			}
			return;
		}
		let Some(info) = self.registry.resolve(ty) else { return };
		let name = info.path.segments.last().map(String::as_str).unwrap_or("");
		match name {
			"AccountId32" => return write_account(source, context, out),
			"H256" => return out.extend_from_slice(&pick_hash(source, context)),
			"MultiAddress" if source.chance(95) => {
				out.push(0);
				return write_account(source, context, out);
			},
			_ => {},
		}
		match &info.type_def {
			TypeDef::Composite(c) =>
				for f in &c.fields {
					self.write(f.ty.id, f.name.as_deref(), source, context, nesting, out);
				},
			TypeDef::Variant(v) => {
				let Some(variant) = source.pick(&v.variants) else { return };
				out.push(variant.index);
				for f in &variant.fields {
					self.write(f.ty.id, f.name.as_deref(), source, context, nesting, out);
				}
			},
			TypeDef::Sequence(s) => {
				let element = s.type_param.id;
				if self.is_u8(element) {
					let bytes = pick_bytes(source);
					Compact(bytes.len() as u32).encode_to(out);
					out.extend_from_slice(&bytes);
				} else {
					let len = sequence_len(source);
					Compact(len as u32).encode_to(out);
					for _ in 0..len {
						self.write(element, field, source, context, nesting, out);
					}
				}
			},
			TypeDef::Array(a) => {
				let element = a.type_param.id;
				if self.is_u8(element) {
					out.extend_from_slice(&pick_array(a.len as usize, source, context));
				} else {
					for _ in 0..a.len {
						self.write(element, field, source, context, nesting, out);
					}
				}
			},
			TypeDef::Tuple(t) =>
				for f in &t.fields {
					self.write(f.id, field, source, context, nesting, out);
				},
			TypeDef::Primitive(p) => write_primitive(p, source, context, out),
			TypeDef::Compact(c) => {
				let bits = self.compact_bits(c.type_param.id).unwrap_or(32);
				let value = pick_int(bits, source, context);
				match bits {
					8 | 16 | 32 => Compact(value as u32).encode_to(out),
					64 => Compact(value as u64).encode_to(out),
					_ => Compact(value).encode_to(out),
				}
			},
			TypeDef::BitSequence(_) => Compact(0u32).encode_to(out),
		}
	}

	fn is_u8(&self, ty: u32) -> bool {
		matches!(
			self.registry.resolve(ty).map(|t| &t.type_def),
			Some(TypeDef::Primitive(TypeDefPrimitive::U8))
		)
	}

	/// The width of the integer under a compact (through single-field wrappers such as
	/// `Perbill`).
	fn compact_bits(&self, ty: u32) -> Option<u32> {
		match &self.registry.resolve(ty)?.type_def {
			TypeDef::Primitive(p) => primitive_bits(p),
			TypeDef::Composite(c) if c.fields.len() == 1 =>
				self.compact_bits(c.fields.first()?.ty.id),
			_ => None,
		}
	}

	/// Collects hashes and ids from an encoded `RuntimeEvent` into `harvest`.
	pub fn harvest(&self, event: &[u8], harvest: &mut Harvest) {
		let mut input = event;
		let _ = self.read(self.event_ty, None, &mut input, harvest, 0);
	}

	/// The `(pallet, call)` names of every call, per pallet, for coverage reports.
	pub fn call_names(&self) -> Vec<(String, Vec<String>)> {
		let Some(pallets) = self.variants(self.call_ty) else { return Vec::new() };
		pallets
			.iter()
			.map(|p| {
				let calls = p
					.fields
					.first()
					.and_then(|f| self.variants(f.ty.id))
					.map(|c| c.iter().map(|v| v.name.clone()).collect())
					.unwrap_or_default();
				(p.name.clone(), calls)
			})
			.collect()
	}

	/// Reads one value of type `ty` from `input`, keeping what [`Harvest`] wants. `None` when
	/// the bytes do not fit the type (the event is then left half read, which is harmless).
	fn read(
		&self,
		ty: u32,
		field: Option<&str>,
		input: &mut &[u8],
		harvest: &mut Harvest,
		depth: u32,
	) -> Option<()> {
		if depth > 32 {
			return None;
		}
		let info = self.registry.resolve(ty)?;
		let name = info.path.segments.last().map(String::as_str).unwrap_or("");
		match &info.type_def {
			TypeDef::Composite(c) =>
				for f in &c.fields {
					self.read(f.ty.id, f.name.as_deref(), input, harvest, depth + 1)?;
				},
			TypeDef::Variant(v) => {
				let index = take(input, 1)?.first().copied()?;
				let variant = v.variants.iter().find(|v| v.index == index)?;
				for f in &variant.fields {
					self.read(f.ty.id, f.name.as_deref(), input, harvest, depth + 1)?;
				}
			},
			TypeDef::Sequence(s) => {
				let len = <Compact<u32> as codec::Decode>::decode(input).ok()?.0;
				if self.is_u8(s.type_param.id) {
					take(input, len as usize)?;
				} else {
					for _ in 0..len.min(64) {
						self.read(s.type_param.id, field, input, harvest, depth + 1)?;
					}
				}
			},
			TypeDef::Array(a) => {
				if self.is_u8(a.type_param.id) {
					let bytes = take(input, a.len as usize)?;
					if a.len == 32 && name != "AccountId32" {
						let mut hash = [0u8; 32];
						hash.copy_from_slice(bytes);
						Harvest::keep(&mut harvest.hashes, hash);
					}
				} else {
					for _ in 0..a.len {
						self.read(a.type_param.id, field, input, harvest, depth + 1)?;
					}
				}
			},
			TypeDef::Tuple(t) =>
				for f in &t.fields {
					self.read(f.id, field, input, harvest, depth + 1)?;
				},
			TypeDef::Primitive(p) => {
				let width = match p {
					TypeDefPrimitive::Bool | TypeDefPrimitive::U8 | TypeDefPrimitive::I8 => 1,
					TypeDefPrimitive::U16 | TypeDefPrimitive::I16 => 2,
					TypeDefPrimitive::U32 | TypeDefPrimitive::I32 | TypeDefPrimitive::Char => 4,
					TypeDefPrimitive::U64 | TypeDefPrimitive::I64 => 8,
					TypeDefPrimitive::U128 | TypeDefPrimitive::I128 => 16,
					TypeDefPrimitive::U256 | TypeDefPrimitive::I256 => 32,
					TypeDefPrimitive::Str => {
						let len = <Compact<u32> as codec::Decode>::decode(input).ok()?.0;
						take(input, len as usize)?;
						return Some(());
					},
				};
				let bytes = take(input, width)?;
				if matches!(p, TypeDefPrimitive::U32 | TypeDefPrimitive::U64) && is_id(field) {
					let value = bytes.iter().rev().fold(0u64, |acc, b| (acc << 8) | u64::from(*b));
					Harvest::keep(&mut harvest.ids, value);
				}
			},
			TypeDef::Compact(c) => {
				let bits = self.compact_bits(c.type_param.id).unwrap_or(32);
				let value = if bits <= 32 {
					u64::from(<Compact<u32> as codec::Decode>::decode(input).ok()?.0)
				} else if bits == 64 {
					<Compact<u64> as codec::Decode>::decode(input).ok()?.0
				} else {
					<Compact<u128> as codec::Decode>::decode(input).ok()?.0 as u64
				};
				if is_id(field) {
					Harvest::keep(&mut harvest.ids, value);
				}
			},
			TypeDef::BitSequence(_) => return None,
		}
		Some(())
	}
}

fn take<'a>(input: &mut &'a [u8], n: usize) -> Option<&'a [u8]> {
	if input.len() < n {
		return None;
	}
	let (head, tail) = input.split_at(n);
	*input = tail;
	Some(head)
}

/// Whether a field's name says it holds an id.
fn is_id(field: Option<&str>) -> bool {
	field.is_some_and(|f| f == "id" || f.ends_with("_id") || f == "request" || f == "index")
}

fn primitive_bits(p: &TypeDefPrimitive) -> Option<u32> {
	Some(match p {
		TypeDefPrimitive::U8 => 8,
		TypeDefPrimitive::U16 => 16,
		TypeDefPrimitive::U32 => 32,
		TypeDefPrimitive::U64 => 64,
		TypeDefPrimitive::U128 => 128,
		_ => return None,
	})
}

fn write_account(source: &mut Source, context: &Context, out: &mut Vec<u8>) {
	match source.pick(context.accounts) {
		Some(account) if source.chance(97) => out.extend_from_slice(account.as_ref()),
		_ => out.extend_from_slice(&source.fill(32)),
	}
}

fn pick_hash(source: &mut Source, context: &Context) -> [u8; 32] {
	let mut hash = [0u8; 32];
	match source.below(10) {
		0..=5 if !context.harvest.hashes.is_empty() =>
			if let Some(h) = source.pick(&context.harvest.hashes) {
				hash = *h;
			},
		0..=6 => hash = [0x11; 32],
		7 => hash = [0; 32],
		_ => hash.copy_from_slice(&source.fill(32)),
	}
	hash
}

fn pick_array(len: usize, source: &mut Source, context: &Context) -> Vec<u8> {
	match len {
		32 if source.chance(40) => source.pick(&SALTS).map(|s| s.to_vec()).unwrap_or_default(),
		32 => pick_hash(source, context).to_vec(),
		8 if source.chance(80) => source.pick(&DOMAINS).map(|d| d.to_vec()).unwrap_or_default(),
		_ => source.fill(len),
	}
}

fn pick_bytes(source: &mut Source) -> Vec<u8> {
	match source.below(8) {
		0 => Vec::new(),
		1 | 2 => source.pick(NAMES).map(|n| n.to_vec()).unwrap_or_default(),
		3 => {
			let n = source.below(200);
			source.fill(n)
		},
		_ => {
			let n = 1 + source.below(16);
			source.fill(n)
		},
	}
}

fn sequence_len(source: &mut Source) -> usize {
	match source.below(10) {
		0 | 1 => 0,
		2..=5 => 1,
		6 | 7 => 2,
		8 => 3 + source.below(4),
		_ => source.below(MAX_SEQUENCE + 1),
	}
}

/// An integer of `bits` width.
fn pick_int(bits: u32, source: &mut Source, context: &Context) -> u128 {
	let max = if bits >= 128 { u128::MAX } else { (1u128 << bits) - 1 };
	let value = match source.below(20) {
		0..=6 => source.below(5) as u128,
		7..=9 if !context.harvest.ids.is_empty() =>
			source.pick(&context.harvest.ids).map(|i| u128::from(*i)).unwrap_or(0),
		7..=9 | 10 if bits == 32 => {
			const AHEAD: [u32; 9] = [1, 2, 3, 5, 10, 20, 60, 600, 14_400];
			u128::from(context.now.saturating_add(source.pick(&AHEAD).copied().unwrap_or(1)))
		},
		10..=13 if bits == 128 => {
			const AMOUNTS: [u128; 11] = [
				1,
				ARETE / 1000,
				ARETE / 100,
				ARETE,
				10 * ARETE,
				100 * ARETE,
				500 * ARETE,
				1_000 * ARETE,
				10_000 * ARETE,
				100_000 * ARETE,
				2_000_000 * ARETE,
			];
			source.pick(&AMOUNTS).copied().unwrap_or(0)
		},
		11 | 12 => {
			const SHARES: [u128; 7] = [50, 100, 1_000, 10_000, 500_000_000, 1_000_000_000, 8_000];
			source.pick(&SHARES).copied().unwrap_or(0)
		},
		14 => max,
		15 => source.below(1000) as u128,
		_ => source.uint((bits / 8) as usize),
	};
	value.min(max)
}

fn write_primitive(
	p: &TypeDefPrimitive,
	source: &mut Source,
	context: &Context,
	out: &mut Vec<u8>,
) {
	match p {
		TypeDefPrimitive::Bool => out.push(source.byte() & 1),
		TypeDefPrimitive::Char => out.extend_from_slice(&u32::from(b'a').to_le_bytes()),
		TypeDefPrimitive::Str => {
			let bytes = pick_bytes(source);
			Compact(bytes.len() as u32).encode_to(out);
			out.extend_from_slice(&bytes);
		},
		TypeDefPrimitive::U8 => out.push(pick_int(8, source, context) as u8),
		TypeDefPrimitive::U16 => (pick_int(16, source, context) as u16).encode_to(out),
		TypeDefPrimitive::U32 => (pick_int(32, source, context) as u32).encode_to(out),
		TypeDefPrimitive::U64 => (pick_int(64, source, context) as u64).encode_to(out),
		TypeDefPrimitive::U128 => pick_int(128, source, context).encode_to(out),
		TypeDefPrimitive::I8 => out.push(source.byte()),
		TypeDefPrimitive::I16 => out.extend_from_slice(&source.fill(2)),
		TypeDefPrimitive::I32 => out.extend_from_slice(&source.fill(4)),
		TypeDefPrimitive::I64 => out.extend_from_slice(&source.fill(8)),
		TypeDefPrimitive::I128 => out.extend_from_slice(&source.fill(16)),
		TypeDefPrimitive::U256 | TypeDefPrimitive::I256 => out.extend_from_slice(&source.fill(32)),
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use codec::DecodeLimit;

	#[test]
	fn generated_calls_mostly_decode_and_cover_every_pallet() {
		let generator = Generator::new();
		let accounts = vec![AccountId32::new([1; 32])];
		let harvest = Harvest::default();
		let context = Context { accounts: &accounts, now: 10, harvest: &harvest };
		let mut source = Source::seeded(9);
		let mut decoded = 0;
		let mut pallets = std::collections::BTreeSet::new();
		for _ in 0..2000 {
			let bytes = generator.call(&mut source, &context, 0);
			if let Ok(call) = RuntimeCall::decode_all_with_depth_limit(64, &mut &bytes[..]) {
				decoded += 1;
				let meta = frame_support::traits::GetCallMetadata::get_call_metadata(&call);
				pallets.insert(meta.pallet_name);
			}
		}
		assert!(decoded > 1200, "only {decoded} of 2000 decoded");
		assert_eq!(pallets.len(), generator.call_names().len(), "{pallets:?}");
	}

	#[test]
	fn harvest_keeps_ids_and_hashes_from_events() {
		let generator = Generator::new();
		let mut harvest = Harvest::default();
		let event = RuntimeEvent::Witnesses(pallet_witnesses::Event::RequestCancelled {
			id: 41,
			requester: AccountId32::new([3; 32]),
			released: 5,
			forfeited: 0,
		});
		generator.harvest(&event.encode(), &mut harvest);
		assert_eq!(harvest.ids, vec![41]);
	}
}
