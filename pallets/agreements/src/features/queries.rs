//! Queries behind the runtime API: client-facing views, token histories, paged events,
//! policy checks and dry runs. Nothing here writes state that stays.

use crate::{
	AgreementId, AgreementView, Agreements, Config, DryRun, EventIndex, EventPage, EventQuery,
	EventRecordOf, EventRecords, EventView, GroupId, GroupView, Groups, Memberships, Pallet,
	PolicyCheck, SeriesById, SeriesId, SeriesView, Streams, TokenClass, TokenHistory, TokenId,
	TokenOf, TokenView, Tokens, TokensByOwner, EventContentOf, ProofsOf, EventCursor,
};
use alloc::{string::ToString, vec::Vec};
use codec::DecodeAll;
use frame_support::storage::{with_transaction, TransactionOutcome};
use frame_system::pallet_prelude::BlockNumberFor;
use policy_engine::{validate_policy, GroupPolicy, Limits, SeriesPolicy, Severity};
use sp_core::H256;

/// The most records one `events` query reads, whatever its filters.
pub const MAX_SCAN: u32 = 1_000;
/// The most events one page or history returns.
pub const MAX_PAGE: u32 = 100;

type TokenViewOf<T> = TokenView<
	<T as frame_system::Config>::AccountId,
	crate::BalanceOf<T>,
	BlockNumberFor<T>,
>;
type EventViewOf<T> = EventView<
	<T as frame_system::Config>::AccountId,
	crate::BalanceOf<T>,
	BlockNumberFor<T>,
>;

impl<T: Config> Pallet<T> {
	/// Agreement `id` as clients see it.
	pub fn agreement_view(
		id: AgreementId,
	) -> Option<AgreementView<T::AccountId, crate::BalanceOf<T>, BlockNumberFor<T>>> {
		let a = Agreements::<T>::get(id)?;
		let streams = Streams::<T>::iter_prefix(id).map(|(k, v)| (k.into_inner(), v)).collect();
		Some(AgreementView {
			id,
			left: a.terms.left.into_inner(),
			right: a.terms.right.into_inner(),
			kind: a.terms.kind.into_inner(),
			lifecycle: a.terms.lifecycle.map(|l| l.into_inner()),
			metadata_hash: a.terms.metadata_hash,
			salt: a.terms.salt,
			consent_deadline: a.terms.consent_deadline,
			proposer: a.proposer,
			deposit: a.deposit,
			status: a.status,
			consented: a.consented.into_inner(),
			state: a.state.map(|s| s.into_inner()),
			holdings: a.holdings,
			created: a.created,
			streams,
		})
	}

	/// Group `id` with its series and members.
	pub fn group_view(id: GroupId) -> Option<GroupView<T::AccountId, crate::BalanceOf<T>>> {
		let g = Groups::<T>::get(id)?;
		let series = crate::SeriesByGroup::<T>::iter_key_prefix(id).collect();
		let members = Memberships::<T>::iter_prefix(id)
			.take(MAX_SCAN as usize)
			.map(|(a, m)| (a, m.status))
			.collect();
		Some(GroupView {
			id,
			owner: g.owner,
			policy: g.policy.into_inner(),
			name_hash: g.name_hash,
			depositor: g.depositor,
			deposit: g.deposit,
			series,
			members,
		})
	}

	/// Series `id`.
	pub fn series_view(id: SeriesId) -> Option<SeriesView<T::AccountId, crate::BalanceOf<T>>> {
		let s = SeriesById::<T>::get(id)?;
		Some(SeriesView {
			id,
			group: s.group,
			policy: s.policy.into_inner(),
			behavior: s.behavior,
			name_hash: s.name_hash,
			depositor: s.depositor,
			deposit: s.deposit,
			supply: s.supply,
			tokens: s.tokens,
		})
	}

	fn to_token_view(id: TokenId, t: TokenOf<T>) -> TokenViewOf<T> {
		TokenView {
			id,
			class: t.class,
			owner: t.owner,
			quantity: t.quantity,
			state: t.state.into_inner(),
			behavior: t.behavior,
			parent_event: t.parent_event,
			generated_by: t.generated_by,
			unique_id: t.unique_id,
			origin: t.origin,
			attributes: t.attributes,
			depositor: t.depositor,
			deposit: t.deposit,
			created: t.created,
		}
	}

	/// The account that controls token `id`: the proposer of the agreement owning it (two
	/// reads). Other pallets gate access on it through a trait the runtime implements.
	pub fn token_controller(id: TokenId) -> Option<T::AccountId> {
		let token = Tokens::<T>::get(id)?;
		Agreements::<T>::get(token.owner).map(|agreement| agreement.proposer)
	}

	/// Token `id`.
	pub fn token_view(id: TokenId) -> Option<TokenViewOf<T>> {
		Tokens::<T>::get(id).map(|t| Self::to_token_view(id, t))
	}

	/// Token ids an agreement owns, from `start`, at most `limit` (capped at [`MAX_PAGE`]).
	pub fn tokens_of(agreement: AgreementId, start: TokenId, limit: u32) -> Vec<TokenId> {
		// Reads at most `MAX_SCAN` keys, whatever the agreement owns.
		let mut ids: Vec<TokenId> = TokensByOwner::<T>::iter_key_prefix(agreement)
			.take(MAX_SCAN as usize)
			.filter(|id| *id >= start)
			.collect();
		ids.sort_unstable();
		ids.truncate(limit.min(MAX_PAGE) as usize);
		ids
	}

	fn to_event_view(agreement: AgreementId, seq: u64, r: EventRecordOf<T>) -> EventViewOf<T> {
		EventView {
			agreement,
			seq,
			hash: r.hash,
			parent: r.parent,
			activity: r.activity.into_inner(),
			ordinal: r.ordinal,
			timestamp: r.timestamp,
			sensitive_hash: r.sensitive_hash,
			block: r.block,
			tokens: r.tokens.into_inner(),
			fuel: r.fuel,
			submitter: r.submitter,
			deposit: r.deposit,
		}
	}

	/// The event with this hash.
	pub fn event_view(hash: H256) -> Option<EventViewOf<T>> {
		let (agreement, seq) = EventIndex::<T>::get(hash)?;
		EventRecords::<T>::get(agreement, seq).map(|r| Self::to_event_view(agreement, seq, r))
	}

	/// Token `id`'s history back along its hash chain: from its `parent_event`, each event's
	/// entry for the token names the previous link, down to the mint (`previous` zero). A
	/// split token continues with its origin's chain where its own entries stop.
	pub fn token_history(
		id: TokenId,
		limit: u32,
	) -> TokenHistory<T::AccountId, crate::BalanceOf<T>, BlockNumberFor<T>> {
		let token = Self::token_view(id);
		let mut events = Vec::new();
		let (mut complete, mut linked) = (false, true);
		if let Some(view) = &token {
			let mut following = id;
			let mut origin = view.origin;
			let mut link = view.parent_event;
			for _ in 0..limit.min(MAX_PAGE) {
				let Some(record) = Self::event_view(link) else {
					// Reaped or never recorded: the chain cannot be followed further.
					linked = false;
					break;
				};
				if record.hash != link {
					linked = false;
					break;
				}
				let mut entry = record.tokens.iter().find(|t| t.token == following);
				if entry.is_none() {
					// A split token's early history is its origin's.
					if let Some(from) = origin.take() {
						following = from;
						origin = Tokens::<T>::get(from).and_then(|t| t.origin);
						entry = record.tokens.iter().find(|t| t.token == following);
					}
				}
				let Some(entry) = entry.copied() else {
					linked = false;
					break;
				};
				events.push(record);
				if entry.previous == H256::zero() {
					complete = true;
					break;
				}
				link = entry.previous;
			}
		}
		TokenHistory { token, events, complete, linked }
	}

	/// A page of events matching `query`, reading at most [`MAX_SCAN`] records.
	pub fn events(
		query: EventQuery<BlockNumberFor<T>>,
	) -> EventPage<T::AccountId, crate::BalanceOf<T>, BlockNumberFor<T>> {
		let limit = query.limit.min(MAX_PAGE) as usize;
		// The agreements to read, in a stable order (by id).
		let mut agreements: Vec<AgreementId> = match (query.agreement, query.group) {
			(Some(agreement), _) => alloc::vec![agreement],
			(None, Some(group)) =>
				Memberships::<T>::iter_key_prefix(group).take(MAX_SCAN as usize).collect(),
			(None, None) => Vec::new(),
		};
		agreements.sort_unstable();
		let (start_agreement, start_seq) = match query.cursor {
			Some((agreement, seq)) => (Some(agreement), seq),
			None => (None, 0),
		};
		let matches = |r: &EventRecordOf<T>| -> bool {
			query.activity.as_ref().map_or(true, |a| r.activity.as_slice() == a.as_slice())
				&& query.from_block.map_or(true, |b| r.block >= b)
				&& query.to_block.map_or(true, |b| r.block <= b)
				&& query.group.map_or(true, |g| {
					r.tokens.iter().any(|t| Self::group_of(t.class) == Some(g))
				})
				&& query.series.map_or(true, |s| {
					r.tokens.iter().any(|t| t.class == TokenClass::Series(s))
				})
		};
		let mut events = Vec::new();
		let mut scanned = 0u32;
		for agreement in agreements.into_iter().filter(|a| start_agreement.map_or(true, |s| *a >= s)) {
			let (next, first) = EventCursor::<T>::get(agreement);
			let mut seq = if Some(agreement) == start_agreement { start_seq.max(first) } else { first };
			while seq < next {
				if events.len() >= limit || scanned >= MAX_SCAN {
					return EventPage { events, next: Some((agreement, seq)) };
				}
				scanned = scanned.saturating_add(1);
				if let Some(record) = EventRecords::<T>::get(agreement, seq) {
					if matches(&record) {
						events.push(Self::to_event_view(agreement, seq, record));
					}
				}
				seq = seq.saturating_add(1);
			}
		}
		EventPage { events, next: None }
	}

	/// The policy engine's findings on policy documents.
	pub fn check_policy(group: Vec<u8>, series: Option<Vec<u8>>) -> PolicyCheck {
		use frame_support::traits::Get;
		// Documents the chain would refuse for their size are not validated (validation is
		// superlinear in a document's size).
		let max = T::MaxPolicyBytes::get() as usize;
		if group.len() > max || series.as_ref().is_some_and(|s| s.len() > max) {
			return PolicyCheck { decodable: false, valid: false, behavior: 0, findings: Vec::new() };
		}
		let Ok((group_policy, group_vars)) = Self::decode_document::<GroupPolicy>(&group) else {
			return PolicyCheck { decodable: false, valid: false, behavior: 0, findings: Vec::new() };
		};
		let series_doc = match series.as_deref().map(Self::decode_document::<SeriesPolicy>) {
			None => None,
			Some(Ok(document)) => Some(document),
			Some(Err(_)) =>
				return PolicyCheck { decodable: false, valid: false, behavior: 0, findings: Vec::new() },
		};
		let empty = Vec::new();
		let series_vars = series_doc.as_ref().map_or(&empty, |(_, vars)| vars);
		let schema = Self::schema(&[&group_vars, series_vars]);
		let report = validate_policy(
			&group_policy,
			series_doc.as_ref().map(|(policy, _)| policy),
			&schema,
			&Limits::DEFAULT,
		);
		let findings = report
			.findings
			.iter()
			.map(|f| {
				let severity = match f.severity() {
					Severity::Error => "error",
					Severity::Warning => "warning",
					Severity::Info => "info",
				};
				alloc::format!("{severity}: {}", f.to_string()).into_bytes()
			})
			.collect();
		PolicyCheck { decodable: true, valid: report.valid, behavior: report.behavior.bits(), findings }
	}

	/// Runs an event as `submitter` would submit it and rolls everything back.
	pub fn dry_run_event(
		submitter: T::AccountId,
		content: Vec<u8>,
		proofs: Vec<u8>,
		fuel_limit: u64,
	) -> DryRun {
		let undecodable =
			|| DryRun::failed(sp_runtime::DispatchError::Other("undecodable content or proofs"));
		let Ok(content) = EventContentOf::<T>::decode_all(&mut &content[..]) else {
			return undecodable();
		};
		let Ok(proofs) = ProofsOf::<T>::decode_all(&mut &proofs[..]) else { return undecodable() };
		let agreement = content.agreement;
		let hash = content.hash();
		with_transaction(|| {
			let outcome = Self::do_submit_event(submitter, content, proofs, fuel_limit);
			let run = match outcome {
				Ok(used) => {
					let tokens = EventIndex::<T>::get(hash)
						.and_then(|(_, seq)| EventRecords::<T>::get(agreement, seq))
						.map(|r| r.tokens.into_inner())
						.unwrap_or_default();
					DryRun {
						result: Ok(()),
						fuel_used: used.fuel,
						host_calls: used.host_calls,
						tokens,
					}
				},
				Err(error) => DryRun::failed(error),
			};
			TransactionOutcome::Rollback(Ok::<_, sp_runtime::DispatchError>(run))
		})
		.unwrap_or_else(DryRun::failed)
	}
}
