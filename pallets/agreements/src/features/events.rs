//! Events: producer signatures, hash chains, rate limits, and the effects the rules allow.

use crate::{
	features::guards::{ChainContext, EVAL_CONFIG},
	AgreementId, AgreementOf, AgreementStatus, Agreements, Config, Editions, Effect, Error, Event,
	EventContentOf, EventCursor, EventIndex, EventRecord, HoldReason, NameOf, Pallet,
	ProofsOf, TouchedToken,
	RateWindow, RateWindows, SeriesById, SeriesId, StreamCount, StreamHead, Streams, Token,
	TokenClass, TokenId, Tokens,
};
use alloc::{collections::BTreeMap, string::String};
use frame_support::{ensure, traits::{Get, Time}, BoundedVec};
use policy_engine::{
	evaluate_guard, Dfa, DfaError, Expr, GroupPolicy, SeriesPolicy, TokenBehavior, Value,
};
use sp_core::H256;
use sp_runtime::{DispatchError, DispatchResult, Saturating};

/// The guard fuel an event has left and has used.
struct FuelBudget {
	limit: u64,
	used: u64,
}

impl FuelBudget {
	fn remaining(&self) -> u64 {
		self.limit.saturating_sub(self.used)
	}
	fn spend(&mut self, fuel: u64) {
		self.used = self.used.saturating_add(fuel);
	}
}

/// What an accepted event used: guard fuel, host calls, and delegation links walked.
pub(crate) struct EventUse {
	pub fuel: u64,
	pub host_calls: u32,
	pub links: u32,
}

/// What the producers' proofs need after their signatures: conditions of the delegation
/// links they used, and the links walked.
pub(crate) struct ProofChecks {
	pub(crate) conditioned: alloc::vec::Vec<crate::DelegationId>,
	pub(crate) links: u32,
}

/// Everything an effect's checks read, built once per event.
struct EventScope<'a, T> {
	/// The chain's answers to custom operators, counting its storage reads.
	context: ChainContext<T>,
	agreement_id: AgreementId,
	activity: &'a str,
	hash: H256,
	/// The event data plus `current_time`, `block` and `activity`.
	base: BTreeMap<String, Value>,
}

impl<T: Config> Pallet<T> {
	/// The weight of an event with `signers` producer proofs and `effects` effects, before
	/// chains and fuel. `submit_event` is measured with the most signers (its agreement's id, and
	/// so its state trie, changes with the number of producers, so one benchmark cannot vary
	/// both); the signers a smaller agreement does not need are taken off by `event_signers`'
	/// slope.
	pub fn event_weight(signers: u32, effects: u32) -> frame_support::weights::Weight {
		use crate::WeightInfo;
		let max = T::MaxParties::get();
		T::WeightInfo::submit_event(effects)
			.saturating_sub(T::WeightInfo::event_signers(max))
			.saturating_add(T::WeightInfo::event_signers(signers.min(max)))
	}

	pub(crate) fn do_submit_event(
		who: T::AccountId,
		content: EventContentOf<T>,
		proofs: ProofsOf<T>,
		fuel_limit: u64,
	) -> Result<EventUse, DispatchError> {
		ensure!(fuel_limit <= T::MaxEventFuel::get(), Error::<T>::FuelLimitTooHigh);
		ensure!(!content.effects.is_empty(), Error::<T>::NoEffects);
		let agreement_id = content.agreement;
		let mut agreement =
			Agreements::<T>::get(agreement_id).ok_or(Error::<T>::AgreementNotFound)?;
		ensure!(agreement.status == AgreementStatus::Active, Error::<T>::NotActive);
		Self::check_rate(agreement_id)?;
		let hash = content.hash();
		let checks =
			Self::check_producers(agreement_id, &agreement, &content.activity, &hash, &proofs)?;

		// The stream continues exactly where it stood.
		let head = Streams::<T>::get(agreement_id, &content.activity);
		let new_stream = head.is_none();
		let head = head.unwrap_or_default();
		ensure!(
			content.parent == head.last && Some(content.ordinal) == head.ordinal.checked_add(1),
			Error::<T>::StaleState
		);
		if new_stream {
			ensure!(
				StreamCount::<T>::get(agreement_id) < T::MaxStreams::get(),
				Error::<T>::TooManyStreams
			);
		}

		let activity =
			core::str::from_utf8(&content.activity).map_err(|_| Error::<T>::InvalidEventData)?;
		let mut base = Self::event_data(&content.data)?;
		base.insert("current_time".into(), Value::int(i64::try_from(T::Time::now()).unwrap_or(i64::MAX)));
		let block: u32 = frame_system::Pallet::<T>::block_number().try_into().unwrap_or(u32::MAX);
		base.insert("block".into(), Value::int(i64::from(block)));
		base.insert("activity".into(), Value::String(activity.into()));
		let mut references = alloc::vec::Vec::new();
		for token in content.references.iter() {
			ensure!(Tokens::<T>::contains_key(token), Error::<T>::TokenNotFound);
			references.push(Value::Number(policy_engine::Decimal::from_i128(i128::from(*token)).ok_or(Error::<T>::TokenNotFound)?));
		}
		base.insert("references".into(), Value::Array(references));
		let context = ChainContext::for_event(&agreement_id, &content.activity, content.ordinal);
		let scope = EventScope { context, agreement_id, activity, hash, base };

		let mut fuel = FuelBudget { limit: fuel_limit, used: 0 };
		if !checks.conditioned.is_empty() {
			// Reading and decoding the conditions is paid by `delegation_links`; evaluating them
			// by the fuel.
			let data = Value::Object(scope.base.clone());
			let outcome = Self::check_conditions(
				agreement_id,
				&checks.conditioned,
				&data,
				&scope.context,
				fuel.remaining(),
			);
			match outcome {
				Ok(used) => fuel.spend(used),
				Err((_, error)) => return Err(error),
			}
		}
		let mut touched: BoundedVec<TouchedToken, T::MaxEffects> = BoundedVec::new();
		let mut terminated = false;
		for effect in content.effects.iter() {
			// The link each changed token's chain gets: its previous `parent_event`.
			let link = |token: TokenId| -> Result<TouchedToken, DispatchError> {
				let stored = Tokens::<T>::get(token).ok_or(Error::<T>::TokenNotFound)?;
				Ok(TouchedToken { token, class: stored.class, previous: stored.parent_event })
			};
			let touched_token = match effect {
				Effect::Mint { series, quantity, unique_id, attributes, to } => {
					let token = Self::apply_mint(
						&scope, &who, *series, *quantity, *unique_id, *attributes, to, &mut fuel,
					)?;
					Some(TouchedToken {
						token,
						class: TokenClass::Series(*series),
						previous: H256::zero(),
					})
				},
				Effect::Transition { token, from, to } => {
					let entry = link(*token)?;
					Self::apply_transition(&scope, *token, from, to, &mut fuel)?;
					Some(entry)
				},
				Effect::Adjust { token, from, to } => {
					let entry = link(*token)?;
					Self::apply_adjust(&scope, *token, *from, *to, &mut fuel)?;
					Some(entry)
				},
				Effect::Lifecycle { from, to } => {
					terminated |= Self::apply_lifecycle(&scope, &mut agreement, from, to, &mut fuel)?;
					None
				},
			};
			if let Some(entry) = touched_token {
				// One entry per effect: cannot exceed `MaxEffects`.
				let _ = touched.try_push(entry);
			}
		}

		// Record the event and move the stream's head.
		let deposit = T::EventDeposit::get();
		Self::hold(HoldReason::EventDeposit, &who, deposit)?;
		let (next, first) = EventCursor::<T>::get(agreement_id);
		EventCursor::<T>::insert(agreement_id, (next.saturating_add(1), first));
		EventIndex::<T>::insert(hash, (agreement_id, next));
		Self::store_event_record(
			agreement_id,
			next,
			EventRecord {
				hash,
				parent: content.parent,
				activity: content.activity.clone(),
				ordinal: content.ordinal,
				timestamp: content.timestamp,
				sensitive_hash: content.sensitive_hash,
				block: frame_system::Pallet::<T>::block_number(),
				tokens: touched,
				fuel: fuel.used,
				submitter: who,
				deposit,
			},
		);
		if new_stream {
			StreamCount::<T>::mutate(agreement_id, |count| *count = count.saturating_add(1));
		}
		Self::store_stream_head(
			agreement_id,
			&content.activity,
			StreamHead { last: hash, ordinal: content.ordinal },
		);
		// Effects changed the stored agreement's holdings (tokens minted or burned): only the
		// lifecycle state comes from the local copy.
		Agreements::<T>::mutate(agreement_id, |stored| {
			if let Some(stored) = stored {
				stored.state = agreement.state.clone();
				stored.holdings = stored.holdings.saturating_add(1);
			}
		});
		Self::deposit_event(Event::EventRecorded {
			agreement: agreement_id,
			activity: content.activity.clone(),
			ordinal: content.ordinal,
			hash,
			fuel: fuel.used,
		});
		if terminated {
			Self::end_agreement(agreement_id);
		}
		Ok(EventUse { fuel: fuel.used, host_calls: scope.context.host_calls(), links: checks.links })
	}

	/// Counts the event in the agreement's rate window.
	fn check_rate(agreement: AgreementId) -> DispatchResult {
		let now = frame_system::Pallet::<T>::block_number();
		let mut window = RateWindows::<T>::get(agreement)
			.filter(|w| now < w.start.saturating_add(T::RateWindow::get()))
			.unwrap_or(RateWindow { start: now, events: 0 });
		ensure!(window.events < T::MaxEventsPerWindow::get(), Error::<T>::RateLimited);
		window.events = window.events.saturating_add(1);
		RateWindows::<T>::insert(agreement, window);
		Ok(())
	}

	/// Every producer, and only producers, signed the event hash, once each: with its own key,
	/// or through a delegation chain with the key of the agent it ends at.
	pub(crate) fn check_producers(
		agreement_id: AgreementId,
		agreement: &AgreementOf<T>,
		activity: &[u8],
		hash: &H256,
		proofs: &ProofsOf<T>,
	) -> Result<ProofChecks, DispatchError> {
		ensure!(proofs.len() == agreement.terms.left.len(), Error::<T>::MissingProducerSignature);
		let mut checks = ProofChecks { conditioned: alloc::vec::Vec::new(), links: 0 };
		// Read once, and only if a proof uses a chain.
		let mut delegations = None;
		for producer in agreement.terms.left.iter() {
			let mut signed = proofs.iter().filter(|p| p.participant == *producer);
			let proof = signed.next().ok_or(Error::<T>::MissingProducerSignature)?;
			ensure!(signed.next().is_none(), Error::<T>::MissingProducerSignature);
			let signer = match proof.delegation {
				None => *producer,
				Some(id) => {
					let set = delegations
						.get_or_insert_with(|| crate::Delegations::<T>::get(agreement_id));
					let chain = Self::signing_chain(set, id, *producer, activity)?;
					checks.links = checks.links.saturating_add(chain.links);
					checks.conditioned.extend(chain.conditioned);
					chain.signer
				},
			};
			let key = crate::Participants::<T>::get(signer)
				.ok_or(Error::<T>::ParticipantNotFound)?
				.key;
			ensure!(key.verify(hash.as_bytes(), &proof.signature), Error::<T>::InvalidSignature);
		}
		Ok(checks)
	}

	/// The group and series policies of a series, decoded (they were validated at creation).
	fn series_rules(
		series: SeriesId,
	) -> Result<(crate::SeriesOf<T>, GroupPolicy, SeriesPolicy), DispatchError> {
		let stored = SeriesById::<T>::get(series).ok_or(Error::<T>::SeriesNotFound)?;
		let group = crate::Groups::<T>::get(stored.group).ok_or(Error::<T>::GroupNotFound)?;
		let (group_policy, _) = Self::decode_document::<GroupPolicy>(&group.policy)?;
		let (series_policy, _) = Self::decode_document::<SeriesPolicy>(&stored.policy)?;
		Ok((stored, group_policy, series_policy))
	}

	/// One DFA step into the state the producers signed (`expected`).
	fn step(
		context: &ChainContext<T>,
		dfa: &Dfa,
		from: Option<&str>,
		activity: &str,
		expected: &[u8],
		data: &Value,
		fuel: &mut FuelBudget,
	) -> Result<(String, bool), DispatchError> {
		let (to, terminal) = Self::step_any(context, dfa, from, activity, data, fuel)?;
		ensure!(to.as_bytes() == expected, Error::<T>::InvalidStateTransition);
		Ok((to, terminal))
	}

	/// One DFA step: the state entered and whether it is terminal. Refusals map to the seed's
	/// errors; the guard's fuel is spent either way.
	fn step_any(
		context: &ChainContext<T>,
		dfa: &Dfa,
		from: Option<&str>,
		activity: &str,
		data: &Value,
		fuel: &mut FuelBudget,
	) -> Result<(String, bool), DispatchError> {
		match dfa.step(from, activity, data, context, &EVAL_CONFIG, fuel.remaining()) {
			Ok(step) => {
				fuel.spend(step.fuel_used);
				Ok((step.to.id.clone(), step.to.terminal))
			},
			Err(error) => {
				fuel.spend(error.fuel_used());
				Err(match error {
					DfaError::GuardRejected { .. } | DfaError::GuardFailed { .. } =>
						Error::<T>::PolicyViolation,
					_ => Error::<T>::InvalidStateTransition,
				}
				.into())
			},
		}
	}

	/// The group's and series' validation rules must both hold.
	fn validate_rules(
		context: &ChainContext<T>,
		rules: [Option<&Expr>; 2],
		data: &Value,
		fuel: &mut FuelBudget,
	) -> DispatchResult {
		for rule in rules.into_iter().flatten() {
			match evaluate_guard(rule, data, context, &EVAL_CONFIG, fuel.remaining()) {
				Ok(verdict) => {
					fuel.spend(verdict.fuel_used);
					ensure!(verdict.passed, Error::<T>::PolicyViolation);
				},
				Err(failure) => {
					fuel.spend(failure.fuel_used);
					return Err(Error::<T>::PolicyViolation.into());
				},
			}
		}
		Ok(())
	}

	/// The guard data for one effect: the event's plus the effect's keys.
	fn effect_data(
		scope: &EventScope<T>,
		extra: [(&str, Option<Value>); 4],
	) -> Value {
		let mut map = scope.base.clone();
		for (key, value) in extra {
			if let Some(value) = value {
				map.insert(key.into(), value);
			}
		}
		Value::Object(map)
	}

	fn state_value(state: &[u8]) -> Value {
		Value::String(String::from_utf8_lossy(state).into_owned())
	}

	#[allow(clippy::too_many_arguments)]
	fn apply_mint(
		scope: &EventScope<T>,
		who: &T::AccountId,
		series_id: SeriesId,
		quantity: u128,
		unique_id: Option<u64>,
		attributes: H256,
		to: &NameOf<T>,
		fuel: &mut FuelBudget,
	) -> Result<TokenId, DispatchError> {
		let (series, group_policy, series_policy) = Self::series_rules(series_id)?;
		ensure!(Self::is_member(series.group, scope.agreement_id), Error::<T>::NotMember);
		ensure!(quantity > 0, Error::<T>::InvalidQuantity);
		let behavior = TokenBehavior::from_bits(series.behavior).ok_or(Error::<T>::InvalidPolicy)?;
		match unique_id {
			Some(edition) => ensure!(
				!behavior.series_fungible && !Editions::<T>::contains_key(series_id, edition),
				Error::<T>::InvalidEdition
			),
			None => ensure!(behavior.series_fungible, Error::<T>::InvalidEdition),
		}
		let dfa = group_policy.effective_dfa(Some(&series_policy)).ok_or(Error::<T>::NoLifecycle)?;
		let data = Self::effect_data(
			scope,
			[
				("quantity", Some(Self::quantity_value(quantity)?)),
				("current_supply", Some(Self::quantity_value(series.supply)?)),
				("token_state", None),
				("token_quantity", None),
			],
		);
		Self::step(&scope.context, dfa, None, scope.activity, to, &data, fuel)?;
		Self::validate_rules(
			&scope.context,
			[group_policy.validation.as_ref(), series_policy.validation.as_ref()],
			&data,
			fuel,
		)?;
		Self::insert_token(Token {
			class: TokenClass::Series(series_id),
			owner: scope.agreement_id,
			quantity,
			state: to.clone(),
			behavior: series.behavior,
			parent_event: scope.hash,
			generated_by: scope.hash,
			unique_id,
			origin: None,
			attributes,
			depositor: who.clone(),
			deposit: 0u32.into(),
			created: frame_system::Pallet::<T>::block_number(),
		})
	}

	/// The agreement's series token `id` with its series' rules.
	fn owned_series_token(
		scope: &EventScope<T>,
		id: TokenId,
	) -> Result<(crate::TokenOf<T>, crate::SeriesOf<T>, GroupPolicy, SeriesPolicy), DispatchError>
	{
		let token = Tokens::<T>::get(id).ok_or(Error::<T>::TokenNotFound)?;
		ensure!(token.owner == scope.agreement_id, Error::<T>::NotTokenOwner);
		let TokenClass::Series(series) = token.class else {
			return Err(Error::<T>::MembershipToken.into())
		};
		let (series, group_policy, series_policy) = Self::series_rules(series)?;
		// Only members change a group's tokens: an agreement that left (or was expelled)
		// keeps what it owns but cannot move its states or quantities.
		ensure!(Self::is_member(series.group, scope.agreement_id), Error::<T>::NotMember);
		Ok((token, series, group_policy, series_policy))
	}

	fn apply_transition(
		scope: &EventScope<T>,
		id: TokenId,
		from: &NameOf<T>,
		to: &NameOf<T>,
		fuel: &mut FuelBudget,
	) -> DispatchResult {
		let (mut token, series, group_policy, series_policy) = Self::owned_series_token(scope, id)?;
		ensure!(&token.state == from, Error::<T>::StaleState);
		let dfa = group_policy.effective_dfa(Some(&series_policy)).ok_or(Error::<T>::NoLifecycle)?;
		let from_text = core::str::from_utf8(from).map_err(|_| Error::<T>::StaleState)?;
		let data = Self::effect_data(
			scope,
			[
				("quantity", Some(Self::quantity_value(token.quantity)?)),
				("current_supply", Some(Self::quantity_value(series.supply)?)),
				("token_state", Some(Self::state_value(&token.state))),
				("token_quantity", Some(Self::quantity_value(token.quantity)?)),
			],
		);
		Self::step(&scope.context, dfa, Some(from_text), scope.activity, to, &data, fuel)?;
		token.state = to.clone();
		token.parent_event = scope.hash;
		Self::store_token(id, token);
		Self::deposit_event(Event::TokenTransitioned { id, from: from.clone(), to: to.clone() });
		Ok(())
	}

	fn apply_adjust(
		scope: &EventScope<T>,
		id: TokenId,
		from: u128,
		to: u128,
		fuel: &mut FuelBudget,
	) -> DispatchResult {
		let (mut token, series, group_policy, series_policy) = Self::owned_series_token(scope, id)?;
		ensure!(token.quantity == from, Error::<T>::StaleState);
		let supply = series
			.supply
			.checked_sub(from)
			.and_then(|rest| rest.checked_add(to))
			.filter(|supply| *supply <= crate::MAX_QUANTITY && to <= crate::MAX_QUANTITY)
			.ok_or(Error::<T>::InvalidQuantity)?;
		let behavior = TokenBehavior::from_bits(token.behavior).ok_or(Error::<T>::InvalidPolicy)?;
		ensure!(behavior.allows_quantity_change(from, to), Error::<T>::PolicyViolation);
		// A non-fungible token keeps quantity 1 unless its behaviour lets it change.
		let dfa = group_policy.effective_dfa(Some(&series_policy)).ok_or(Error::<T>::NoLifecycle)?;
		let from_state = core::str::from_utf8(&token.state).map_err(|_| Error::<T>::StaleState)?;
		let data = Self::effect_data(
			scope,
			[
				("quantity", Some(Self::quantity_value(to)?)),
				("current_supply", Some(Self::quantity_value(series.supply)?)),
				("token_state", Some(Self::state_value(&token.state))),
				("token_quantity", Some(Self::quantity_value(from)?)),
			],
		);
		// The adjustment is itself a lifecycle step on the activity (a self-loop when the
		// state stays), so validators govern quantities through the DFA's guards too.
		let (entered, _) = Self::step_any(&scope.context, dfa, Some(from_state), scope.activity, &data, fuel)?;
		Self::validate_rules(
			&scope.context,
			[group_policy.validation.as_ref(), series_policy.validation.as_ref()],
			&data,
			fuel,
		)?;
		let entered = Self::state_name(&entered)?;
		if entered != token.state {
			Self::deposit_event(Event::TokenTransitioned {
				id,
				from: token.state.clone(),
				to: entered.clone(),
			});
		}
		Self::deposit_event(Event::TokenAdjusted { id, from, to });
		if to == 0 {
			return Self::remove_token(id);
		}
		Self::update_series(series_of(&token), |s| s.supply = supply);
		token.quantity = to;
		token.state = entered;
		token.parent_event = scope.hash;
		Self::store_token(id, token);
		Ok(())
	}

	/// Moves the agreement's lifecycle; whether it entered a terminal state.
	fn apply_lifecycle(
		scope: &EventScope<T>,
		agreement: &mut AgreementOf<T>,
		from: &NameOf<T>,
		to: &NameOf<T>,
		fuel: &mut FuelBudget,
	) -> Result<bool, DispatchError> {
		let bytes = agreement.terms.lifecycle.as_ref().ok_or(Error::<T>::NoLifecycle)?;
		let (dfa, _) = Self::decode_document::<Dfa>(bytes)?;
		ensure!(agreement.state.as_ref() == Some(from), Error::<T>::StaleState);
		let from_text = core::str::from_utf8(from).map_err(|_| Error::<T>::StaleState)?;
		let data = Self::effect_data(
			scope,
			[("quantity", None), ("current_supply", None), ("token_state", None), ("token_quantity", None)],
		);
		let (_, terminal) = Self::step(&scope.context, &dfa, Some(from_text), scope.activity, to, &data, fuel)?;
		agreement.state = Some(to.clone());
		Self::deposit_event(Event::LifecycleMoved {
			id: scope.agreement_id,
			from: from.clone(),
			to: to.clone(),
		});
		Ok(terminal)
	}

	pub(crate) fn do_reap_events(agreement_id: AgreementId, max: u32) -> DispatchResult {
		let agreement = Agreements::<T>::get(agreement_id).ok_or(Error::<T>::AgreementNotFound)?;
		ensure!(
			matches!(agreement.status, AgreementStatus::Terminated { .. }),
			Error::<T>::AgreementInUse
		);
		let (next, mut first) = EventCursor::<T>::get(agreement_id);
		let mut count = 0u32;
		while first < next && count < max {
			if let Some(record) = Self::take_event_record(agreement_id, first) {
				EventIndex::<T>::remove(record.hash);
				Self::release(HoldReason::EventDeposit, &record.submitter, record.deposit)?;
				count = count.saturating_add(1);
			}
			first = first.saturating_add(1);
		}
		ensure!(count > 0, Error::<T>::NothingToReap);
		EventCursor::<T>::insert(agreement_id, (next, first));
		Agreements::<T>::mutate(agreement_id, |stored| {
			if let Some(stored) = stored {
				stored.holdings = stored.holdings.saturating_sub(count);
			}
		});
		Self::deposit_event(Event::EventsReaped { agreement: agreement_id, count });
		Ok(())
	}
}

fn series_of<A, B, C, N: Get<u32>>(token: &Token<A, B, C, N>) -> SeriesId
where
	A: Clone + PartialEq + Eq + core::fmt::Debug,
	B: Clone + PartialEq + Eq + core::fmt::Debug,
	C: Clone + PartialEq + Eq + core::fmt::Debug,
{
	match token.class {
		TokenClass::Series(series) => series,
		TokenClass::Membership(_) => SeriesId::MAX,
	}
}
