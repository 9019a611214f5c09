//! # Verification primitives
//!
//! The interface between Arete's verification engine (`pallet-witnesses`) and its clients
//! (`pallet-performance`, and later agents, agreements, streaming). Clients depend on this
//! crate only: they open requests through [`VerificationProvider`], receive outcomes through
//! [`VerificationOutcomeHandler`], and read requests through [`RequestView`], a view built for
//! them rather than the engine's stored struct, so that the engine can migrate its storage
//! without breaking a client. A client's test mock implements [`VerificationProvider`] itself
//! and needs no engine.
//!
//! ## Modes
//!
//! A client chooses per request ([`RequestParams::mode`]):
//! - [`VerificationMode::Panel`] with [`PanelPolicy::Drawn`]: the chain draws a stake-weighted
//!   panel of `seats` seats from randomness that did not exist when the request was opened,
//!   never from the requester or the [`RequestParams::excluded`] accounts (the client passes
//!   the subject's owner and its delegates there).
//! - [`VerificationMode::Panel`] with [`PanelPolicy::Named`]: an independent party (for
//!   example a competition organizer) names the members. The naming party and the members
//!   must be neither the requester nor excluded. Outcomes decided by a named panel carry
//!   [`Resolution::NamedPanel`]; [`Resolution::can_move_value`] is `false` for them.
//! - [`VerificationMode::Optimistic`]: the requester claims a [`Vote`] with a bond; the claim
//!   stands after its liveness window unless someone disputes it with a matching bond, in
//!   which case a drawn panel decides.
//!
//! Any panel decision can be appealed within the request's appeal period; appeal round `r`
//! has [`seats_in_round`]`(seats, r)` seats (`2n + 1` per round), up to the engine's
//! [`EngineLimits::max_appeal_rounds`].
//!
//! ## Commitments
//!
//! Witnesses commit to [`commitment_hash`] of their vote, bound to the client domain, the
//! request and the witness's own account, so that a commitment can neither be copied by
//! another witness nor replayed on another request. The encoding is documented on
//! [`commitment_preimage`] and in the crate's README, with a worked example.
//!
//! ## Limits
//!
//! [`VerificationProvider::limits`] returns the engine's [`EngineLimits`];
//! [`EngineLimits::check`] is the validation the engine applies when a request is opened, so a
//! client's integrity test can check its constant parameters against the runtime's engine.
//! The hard caps of this crate ([`MAX_SEATS`], [`MAX_NAMED_MEMBERS`], [`MAX_EXCLUDED`],
//! [`MAX_APPEAL_ROUNDS`], [`MAX_PARTICIPANTS`]) bound the types; an engine's own limits must
//! not exceed them.

#![cfg_attr(not(feature = "std"), no_std)]

extern crate alloc;

mod commitment;
#[cfg(feature = "test-utils")]
pub mod testing;
mod types;

pub use commitment::{commitment_hash, commitment_preimage, COMMITMENT_PREFIX};
pub use types::*;

use alloc::vec::Vec;
use sp_core::H256;
use sp_runtime::{DispatchError, Weight};

/// A short, fixed identifier of the client (domain) a request belongs to, e.g.
/// `*b"perform\0"`. Every client pallet owns one; the runtime's integrity test checks that the
/// domains of its outcome handlers are distinct (see [`domains_are_distinct`]).
pub type DomainId = [u8; 8];

/// Identifier of a verification request, allocated by the engine sequentially from 0.
pub type RequestId = u64;

/// Index of a panel round of a request: 0 is the first panel, `r > 0` the `r`-th appeal.
pub type Round = u8;

/// The secret a witness mixes into its commitment. It must be fresh for every request and
/// round: once revealed, a reused salt lets anyone test guesses of the other votes it hides.
pub type Salt = [u8; 32];

/// Hard cap on the seats of one panel round (a member drawn twice holds two seats). An
/// engine's [`EngineLimits::max_seats`] must not exceed it.
pub const MAX_SEATS: u32 = 64;

/// Hard cap on the members of a named panel.
pub const MAX_NAMED_MEMBERS: u32 = 16;

/// Hard cap on the accounts a client excludes from a request's panels (the subject's owner
/// and its delegates; the requester is always excluded and need not be listed).
pub const MAX_EXCLUDED: u32 = 16;

/// Hard cap on the appeal rounds of one request.
pub const MAX_APPEAL_ROUNDS: Round = 3;

/// Hard cap on the participants an [`Outcome`] lists: at most [`MAX_SEATS`] distinct members
/// in each of the `1 + MAX_APPEAL_ROUNDS` rounds.
pub const MAX_PARTICIPANTS: u32 = MAX_SEATS * (MAX_APPEAL_ROUNDS as u32 + 1);

/// The seats of appeal round `round` of a request whose first panel has `first` seats: each
/// appeal doubles the previous panel and adds one (`n`, `2n + 1`, `4n + 3`, ...), so that an
/// appeal panel always outnumbers the panel it reviews and never ties. Saturates at
/// `u32::MAX`; the engine refuses an appeal whose panel would exceed its `max_seats`.
pub fn seats_in_round(first: u32, round: Round) -> u32 {
	(0..round).fold(first, |seats, _| seats.saturating_mul(2).saturating_add(1))
}

/// Whether no domain appears twice in `domains`. The runtime's integrity test asserts it over
/// `<OutcomeHandler as VerificationOutcomeHandler<_>>::domains()`: two clients sharing a
/// domain would each receive, and act on, the other's outcomes.
pub fn domains_are_distinct(domains: &[DomainId]) -> bool {
	domains
		.iter()
		.enumerate()
		.all(|(i, domain)| !domains.iter().skip(i.saturating_add(1)).any(|other| other == domain))
}

/// Opens and manages verification requests. Implemented by the engine pallet; client pallets
/// take it as a `Config` item (`type Verifier: VerificationProvider<...>`).
pub trait VerificationProvider<AccountId, Balance, BlockNumber> {
	/// Open a request on `subject` in `domain`, paid by `requester`: the engine holds its
	/// storage deposit ([`EngineLimits::request_deposit`] plus
	/// [`EngineLimits::deposit_per_seat`] per seat of the first panel), the panel reward and,
	/// in optimistic mode, the claim bond. The outcome is later reported to the runtime's
	/// outcome handler. Fails with the engine's error for every parameter
	/// [`EngineLimits::check`] refuses. Either everything happens or nothing does.
	fn open_request(
		domain: DomainId,
		subject: H256,
		requester: &AccountId,
		params: RequestParams<AccountId, Balance, BlockNumber>,
	) -> Result<RequestId, DispatchError>;

	/// Cancel request `id`, opened by `requester`. Before a panel is drawn (and, in optimistic
	/// mode, before a dispute) everything held is released; once a panel is drawn the deposit
	/// and the reward are forfeited, so that opening, looking at the panel and cancelling
	/// cannot be used to pick a panel. Fails once any member has committed. The outcome
	/// handler is not called.
	fn cancel_request(
		id: RequestId,
		requester: &AccountId,
	) -> Result<Cancellation<Balance>, DispatchError>;

	/// The client-facing view of request `id`; `None` once it is final (or never existed).
	fn request_view(id: RequestId) -> Option<RequestView<AccountId, Balance, BlockNumber>>;

	/// The engine's limits, as configured in the runtime.
	fn limits() -> EngineLimits<Balance, BlockNumber>;

	/// Upper bound of the weight of `open_request` with `params`, for the caller's own weight
	/// annotation.
	fn open_request_weight(params: &RequestParams<AccountId, Balance, BlockNumber>) -> Weight;

	/// Upper bound of the weight of `cancel_request`.
	fn cancel_request_weight() -> Weight;
}

/// A provider that refuses every request, for client mocks that never verify. Its limits are
/// the hard caps of this crate with no minimums.
impl<AccountId, Balance, BlockNumber> VerificationProvider<AccountId, Balance, BlockNumber> for ()
where
	Balance: sp_runtime::traits::Zero + sp_runtime::traits::Bounded,
	BlockNumber: sp_runtime::traits::Zero + sp_runtime::traits::Bounded,
{
	fn open_request(
		_: DomainId,
		_: H256,
		_: &AccountId,
		_: RequestParams<AccountId, Balance, BlockNumber>,
	) -> Result<RequestId, DispatchError> {
		Err(DispatchError::Other("no verification provider"))
	}

	fn cancel_request(_: RequestId, _: &AccountId) -> Result<Cancellation<Balance>, DispatchError> {
		Err(DispatchError::Other("no verification provider"))
	}

	fn request_view(_: RequestId) -> Option<RequestView<AccountId, Balance, BlockNumber>> {
		None
	}

	fn limits() -> EngineLimits<Balance, BlockNumber> {
		EngineLimits::permissive()
	}

	fn open_request_weight(_: &RequestParams<AccountId, Balance, BlockNumber>) -> Weight {
		Weight::zero()
	}

	fn cancel_request_weight() -> Weight {
		Weight::zero()
	}
}

/// Receives the final outcome of every request. The runtime wires a tuple of handlers, one per
/// client pallet; each acts only on the domains it owns.
pub trait VerificationOutcomeHandler<AccountId> {
	/// The domains this handler owns. For the runtime's integrity test.
	fn domains() -> Vec<DomainId>;

	/// Called once, when request `request` on `subject` in `domain` is final (every panel
	/// round decided and every appeal window closed, or an optimistic claim's liveness window
	/// passed undisputed). Returns the weight it consumed, at most
	/// [`Self::max_outcome_weight`].
	fn on_outcome(
		domain: DomainId,
		subject: H256,
		request: RequestId,
		outcome: &Outcome<AccountId>,
	) -> Weight;

	/// Upper bound of the weight of one `on_outcome` call, which the engine charges for every
	/// finalization. For a tuple it is the largest of its members' bounds: with distinct
	/// domains only one member does work, the others compare a domain id and return.
	fn max_outcome_weight() -> Weight;
}

#[impl_trait_for_tuples::impl_for_tuples(16)]
impl<AccountId> VerificationOutcomeHandler<AccountId> for Tuple {
	fn domains() -> Vec<DomainId> {
		let mut domains = Vec::new();
		for_tuples!( #( domains.extend(Tuple::domains()); )* );
		domains
	}

	fn on_outcome(
		domain: DomainId,
		subject: H256,
		request: RequestId,
		outcome: &Outcome<AccountId>,
	) -> Weight {
		let mut weight = Weight::zero();
		for_tuples!( #( weight = weight.saturating_add(
			Tuple::on_outcome(domain, subject, request, outcome)
		); )* );
		weight
	}

	fn max_outcome_weight() -> Weight {
		let mut weight = Weight::zero();
		for_tuples!( #( weight = weight.max(Tuple::max_outcome_weight()); )* );
		weight
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use core::cell::RefCell;

	std::thread_local! {
		static CALLS: RefCell<Vec<(DomainId, RequestId)>> = const { RefCell::new(Vec::new()) };
	}

	const PERFORM: DomainId = *b"perform\0";
	const AGENTS: DomainId = *b"agents\0\0";

	/// A client owning `PERFORM` that records its calls.
	struct Performance;
	impl VerificationOutcomeHandler<u64> for Performance {
		fn domains() -> Vec<DomainId> {
			vec![PERFORM]
		}
		fn on_outcome(domain: DomainId, _: H256, request: RequestId, _: &Outcome<u64>) -> Weight {
			if domain != PERFORM {
				return Weight::zero();
			}
			CALLS.with(|c| c.borrow_mut().push((domain, request)));
			Weight::from_parts(10, 1)
		}
		fn max_outcome_weight() -> Weight {
			Weight::from_parts(10, 5)
		}
	}

	/// A client owning `AGENTS`.
	struct Agents;
	impl VerificationOutcomeHandler<u64> for Agents {
		fn domains() -> Vec<DomainId> {
			vec![AGENTS]
		}
		fn on_outcome(domain: DomainId, _: H256, request: RequestId, _: &Outcome<u64>) -> Weight {
			if domain != AGENTS {
				return Weight::zero();
			}
			CALLS.with(|c| c.borrow_mut().push((domain, request)));
			Weight::from_parts(30, 2)
		}
		fn max_outcome_weight() -> Weight {
			Weight::from_parts(30, 2)
		}
	}

	fn outcome() -> Outcome<u64> {
		Outcome {
			decision: Decision::Approved,
			score: None,
			resolution: Resolution::DrawnPanel,
			appeals: 0,
			approval: sp_runtime::Perbill::one(),
			participants: Default::default(),
		}
	}

	#[test]
	fn tuples_collect_domains_route_outcomes_and_bound_weights() {
		type Handlers = (Performance, Agents);
		assert_eq!(<Handlers as VerificationOutcomeHandler<u64>>::domains(), vec![PERFORM, AGENTS]);
		assert!(domains_are_distinct(&<Handlers as VerificationOutcomeHandler<u64>>::domains()));

		let used = <Handlers as VerificationOutcomeHandler<u64>>::on_outcome(
			AGENTS,
			H256::zero(),
			7,
			&outcome(),
		);
		assert_eq!(used, Weight::from_parts(30, 2));
		assert_eq!(CALLS.with(|c| c.borrow().clone()), vec![(AGENTS, 7)]);

		// Component-wise maximum of the members' bounds.
		assert_eq!(
			<Handlers as VerificationOutcomeHandler<u64>>::max_outcome_weight(),
			Weight::from_parts(30, 5)
		);
		// The empty tuple owns nothing and costs nothing.
		assert!(<() as VerificationOutcomeHandler<u64>>::domains().is_empty());
		assert_eq!(<() as VerificationOutcomeHandler<u64>>::max_outcome_weight(), Weight::zero());
	}

	#[test]
	fn duplicate_domains_are_detected() {
		type Clash = (Performance, Agents, Performance);
		assert!(!domains_are_distinct(&<Clash as VerificationOutcomeHandler<u64>>::domains()));
		assert!(domains_are_distinct(&[]));
		assert!(domains_are_distinct(&[PERFORM]));
		assert!(!domains_are_distinct(&[AGENTS, AGENTS]));
	}

	#[test]
	fn appeal_panels_grow_as_two_n_plus_one() {
		assert_eq!(seats_in_round(3, 0), 3);
		assert_eq!(seats_in_round(3, 1), 7);
		assert_eq!(seats_in_round(3, 2), 15);
		assert_eq!(seats_in_round(5, 3), 47);
		assert_eq!(seats_in_round(u32::MAX, 1), u32::MAX);
		assert_eq!(MAX_PARTICIPANTS, 256);
	}

	#[test]
	fn the_unit_provider_refuses_everything() {
		let params = RequestParams::<u64, u64, u64> {
			mode: VerificationMode::Panel(PanelPolicy::Drawn { seats: 3 }),
			panel: PanelTerms {
				min_seats: 2,
				min_weight: 0,
				approval_threshold: sp_runtime::Perbill::from_percent(60),
				commit_period: 5,
				reveal_period: 5,
				appeal_period: 5,
				reward: 0,
			},
			score_range: None,
			excluded: Default::default(),
		};
		assert!(<() as VerificationProvider<u64, u64, u64>>::open_request(
			PERFORM,
			H256::zero(),
			&1,
			params.clone()
		)
		.is_err());
		assert!(<() as VerificationProvider<u64, u64, u64>>::cancel_request(0, &1).is_err());
		assert!(<() as VerificationProvider<u64, u64, u64>>::request_view(0).is_none());
		let limits = <() as VerificationProvider<u64, u64, u64>>::limits();
		assert_eq!(limits.check(&1, &params), Ok(()));
	}
}
