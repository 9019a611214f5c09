//! A verification provider for client pallets' unit tests: it records the requests it is
//! asked to open (checked against [`EngineLimits::permissive`]) and lets a test report an
//! outcome with chosen votes. Mock runtimes use `u64` accounts, `u128` balances and `u64`
//! block numbers. Enabled by the `test-utils` feature.

use crate::{
	Cancellation, Decision, DomainId, EngineLimits, Outcome, Participant, Phase, RequestId,
	RequestMode, RequestParams, RequestView, Resolution, VerificationProvider, Verdict, Vote,
};
use core::cell::RefCell;
use sp_core::H256;
use sp_runtime::{BoundedVec, DispatchError, Perbill, Weight};

/// A request opened with [`RecordingVerifier`]: domain, subject, requester and parameters.
pub type OpenedRequest = (DomainId, H256, u64, RequestParams<u64, u128, u64>);

/// The first request id [`RecordingVerifier`] allocates.
pub const FIRST_REQUEST: RequestId = 100;

std::thread_local! {
	static OPENED: RefCell<Vec<OpenedRequest>> = const { RefCell::new(Vec::new()) };
	static CANCELLED: RefCell<Vec<RequestId>> = const { RefCell::new(Vec::new()) };
	static REFUSAL: RefCell<Option<DispatchError>> = const { RefCell::new(None) };
}

/// Records the requests it opens, allocating ids from [`FIRST_REQUEST`].
pub struct RecordingVerifier;

impl RecordingVerifier {
	/// Forgets every request (call it at the start of each test).
	pub fn reset() {
		OPENED.with(|o| o.borrow_mut().clear());
		CANCELLED.with(|c| c.borrow_mut().clear());
		REFUSAL.with(|r| *r.borrow_mut() = None);
	}

	/// Makes `open_request` fail with `error` (`None`: succeed again), as an engine does
	/// without a roster or enough witnesses.
	pub fn refuse_with(error: Option<DispatchError>) {
		REFUSAL.with(|r| *r.borrow_mut() = error);
	}

	/// The requests opened so far, oldest first.
	pub fn opened() -> Vec<OpenedRequest> {
		OPENED.with(|o| o.borrow().clone())
	}

	/// The requests cancelled so far.
	pub fn cancelled() -> Vec<RequestId> {
		CANCELLED.with(|c| c.borrow().clone())
	}

	/// The id of the most recently opened request, if any.
	pub fn last_request() -> Option<RequestId> {
		let count = OPENED.with(|o| o.borrow().len()) as u64;
		count.checked_sub(1).map(|last| FIRST_REQUEST + last)
	}

	/// A drawn-panel outcome deciding `decision`, with one seat per vote: `(member, Some(true))`
	/// approved, `Some(false)` rejected, `None` never revealed. A member is coherent when its
	/// vote matches the decision.
	pub fn outcome(decision: Decision, votes: &[(u64, Option<bool>)]) -> Outcome<u64> {
		let participants = votes
			.iter()
			.map(|(who, vote)| Participant {
				who: *who,
				round: 0,
				seats: 1,
				weight: 1,
				vote: vote.map(|approve| Vote { verdict: Verdict::from_approval(approve), score: None }),
				coherent: match (decision, vote) {
					(Decision::Approved, Some(true)) | (Decision::Rejected, Some(false)) => true,
					_ => false,
				},
			})
			.collect::<Vec<_>>();
		let revealed = votes.iter().filter(|(_, vote)| vote.is_some()).count() as u32;
		let approving = votes.iter().filter(|(_, vote)| *vote == Some(true)).count() as u32;
		Outcome {
			decision,
			score: None,
			resolution: Resolution::DrawnPanel,
			appeals: 0,
			approval: if revealed == 0 {
				Perbill::zero()
			} else {
				Perbill::from_rational(approving, revealed)
			},
			participants: BoundedVec::truncate_from(participants),
		}
	}
}

impl VerificationProvider<u64, u128, u64> for RecordingVerifier {
	fn open_request(
		domain: DomainId,
		subject: H256,
		requester: &u64,
		params: RequestParams<u64, u128, u64>,
	) -> Result<RequestId, DispatchError> {
		if let Some(error) = REFUSAL.with(|r| *r.borrow()) {
			return Err(error);
		}
		Self::limits().check(requester, &params)?;
		Ok(OPENED.with(|o| {
			let mut opened = o.borrow_mut();
			let id = FIRST_REQUEST + opened.len() as u64;
			opened.push((domain, subject, *requester, params));
			id
		}))
	}

	fn cancel_request(id: RequestId, _: &u64) -> Result<Cancellation<u128>, DispatchError> {
		CANCELLED.with(|c| c.borrow_mut().push(id));
		Ok(Cancellation { released: 0, forfeited: 0 })
	}

	fn request_view(id: RequestId) -> Option<RequestView<u64, u128, u64>> {
		let index = usize::try_from(id.checked_sub(FIRST_REQUEST)?).ok()?;
		let (domain, subject, requester, params) = Self::opened().get(index)?.clone();
		Some(RequestView {
			id,
			domain,
			subject,
			requester,
			mode: RequestMode::DrawnPanel,
			phase: Phase::Commit { until: 0 },
			round: 0,
			seats: 3,
			panel: Vec::new(),
			reward: params.panel.reward,
			deposit: 0,
			claim: None,
			provisional: None,
			opened_at: 0,
		})
	}

	fn limits() -> EngineLimits<u128, u64> {
		EngineLimits::permissive()
	}

	fn open_request_weight(_: &RequestParams<u64, u128, u64>) -> Weight {
		Weight::from_parts(1_000, 0)
	}

	fn cancel_request_weight() -> Weight {
		Weight::from_parts(500, 0)
	}
}
