//! Tokens: minting, burning, and the transfers, splits and merges their behaviour allows.

use crate::{
	features::{groups::MEMBER_STATE, Side},
	AgreementId, Agreements, Config, Editions, Error, Event, HoldReason, NameOf, NextTokenId,
	Pallet, ParticipantId, Quantity, SeriesById, Token, TokenClass, TokenId, TokenOf, Tokens,
	TokensByOwner,
};
use frame_support::{ensure, traits::Get};
use policy_engine::TokenBehavior;
use sp_core::H256;
use sp_runtime::{DispatchError, DispatchResult};

impl<T: Config> Pallet<T> {
	/// Stores a new token, holding its deposit from `depositor`.
	pub(crate) fn insert_token(mut token: TokenOf<T>) -> Result<TokenId, DispatchError> {
		let id = NextTokenId::<T>::get();
		let next = id.checked_add(1).ok_or(Error::<T>::IdsExhausted)?;
		let deposit = T::TokenDeposit::get();
		Self::hold(HoldReason::TokenDeposit, &token.depositor, deposit)?;
		token.deposit = deposit;
		NextTokenId::<T>::put(next);
		if let TokenClass::Series(series) = token.class {
			let mut stored = SeriesById::<T>::get(series).ok_or(Error::<T>::SeriesNotFound)?;
			stored.supply = stored
				.supply
				.checked_add(token.quantity)
				.filter(|supply| *supply <= crate::MAX_QUANTITY)
				.ok_or(Error::<T>::InvalidQuantity)?;
			stored.tokens = stored.tokens.saturating_add(1);
			Self::store_series(series, stored);
			if let Some(edition) = token.unique_id {
				Editions::<T>::insert(series, edition, id);
			}
		}
		TokensByOwner::<T>::insert(token.owner, id, ());
		Self::adjust_holdings(token.owner, true);
		Self::deposit_event(Event::TokenMinted {
			id,
			class: token.class,
			owner: token.owner,
			quantity: token.quantity,
		});
		Self::store_token(id, token);
		Ok(id)
	}

	/// Mints the membership token of `agreement` in `group`.
	pub(crate) fn mint_membership_token(
		group: crate::GroupId,
		agreement: AgreementId,
		depositor: &T::AccountId,
	) -> Result<TokenId, DispatchError> {
		let state = NameOf::<T>::try_from(MEMBER_STATE.to_vec())
			.map_err(|_| Error::<T>::InvalidPolicy)?;
		Self::insert_token(Token {
			class: TokenClass::Membership(group),
			owner: agreement,
			quantity: 1,
			state,
			behavior: 0,
			parent_event: H256::zero(),
			generated_by: H256::zero(),
			unique_id: None,
			origin: None,
			attributes: H256::zero(),
			depositor: depositor.clone(),
			deposit: 0u32.into(),
			created: frame_system::Pallet::<T>::block_number(),
		})
	}

	/// Destroys a token, releasing its deposit.
	pub(crate) fn remove_token(id: TokenId) -> DispatchResult {
		let token = Tokens::<T>::get(id).ok_or(Error::<T>::TokenNotFound)?;
		Self::release(HoldReason::TokenDeposit, &token.depositor, token.deposit)?;
		if let TokenClass::Series(series) = token.class {
			Self::update_series(series, |s| {
				s.supply = s.supply.saturating_sub(token.quantity);
				s.tokens = s.tokens.saturating_sub(1);
			});
			if let Some(edition) = token.unique_id {
				Editions::<T>::remove(series, edition);
			}
		}
		TokensByOwner::<T>::remove(token.owner, id);
		Self::adjust_holdings(token.owner, false);
		Self::delete_token(id, token.owner);
		Self::deposit_event(Event::TokenBurned { id });
		Ok(())
	}

	/// The series token `id`, checked to be owned by an agreement whose only producer `who`
	/// acts for. With several producers, one producer's extrinsic could move what they all
	/// own: such agreements' tokens move only through events every producer signs.
	fn producer_token(
		who: &T::AccountId,
		id: TokenId,
		producer: ParticipantId,
	) -> Result<TokenOf<T>, DispatchError> {
		let token = Tokens::<T>::get(id).ok_or(Error::<T>::TokenNotFound)?;
		ensure!(matches!(token.class, TokenClass::Series(_)), Error::<T>::MembershipToken);
		let owner = Agreements::<T>::get(token.owner).ok_or(Error::<T>::AgreementNotFound)?;
		Self::ensure_party(who, &owner, producer, Side::Left)?;
		ensure!(owner.terms.left.len() == 1, Error::<T>::MultipleProducers);
		Ok(token)
	}

	pub(crate) fn do_burn_token_call(
		who: T::AccountId,
		id: TokenId,
		party: ParticipantId,
	) -> DispatchResult {
		let token = Tokens::<T>::get(id).ok_or(Error::<T>::TokenNotFound)?;
		ensure!(matches!(token.class, TokenClass::Series(_)), Error::<T>::MembershipToken);
		let owner = Agreements::<T>::get(token.owner).ok_or(Error::<T>::AgreementNotFound)?;
		match owner.status {
			// Once the agreement has ended, any party may clear what it still owns.
			crate::AgreementStatus::Terminated { .. } =>
				Self::ensure_party(&who, &owner, party, Side::Any)?,
			_ => {
				Self::producer_token(&who, id, party)?;
			},
		}
		Self::remove_token(id)
	}

	/// Whether a token's behaviour lets it be divided (series-fungible).
	fn divisible(token: &TokenOf<T>) -> bool {
		TokenBehavior::from_bits(token.behavior).is_some_and(|b| b.series_fungible)
	}

	pub(crate) fn do_transfer_token(
		who: T::AccountId,
		id: TokenId,
		producer: ParticipantId,
		to: AgreementId,
		quantity: Quantity,
	) -> DispatchResult {
		let mut token = Self::producer_token(&who, id, producer)?;
		let recipient = Agreements::<T>::get(to).ok_or(Error::<T>::AgreementNotFound)?;
		// An ended agreement cannot be handed tokens that would keep it from being reaped.
		ensure!(recipient.status == crate::AgreementStatus::Active, Error::<T>::RecipientNotActive);
		ensure!(to != token.owner, Error::<T>::InvalidParties);
		let group = Self::group_of(token.class).ok_or(Error::<T>::SeriesNotFound)?;
		ensure!(Self::is_member(group, to), Error::<T>::NotMember);
		ensure!(quantity > 0 && quantity <= token.quantity, Error::<T>::InvalidQuantity);
		if quantity == token.quantity {
			TokensByOwner::<T>::remove(token.owner, id);
			Self::adjust_holdings(token.owner, false);
			TokensByOwner::<T>::insert(to, id, ());
			Self::adjust_holdings(to, true);
			Self::move_token(id, token, to);
			Self::deposit_event(Event::TokenTransferred { id, to, quantity, new_token: None });
			return Ok(());
		}
		ensure!(Self::divisible(&token), Error::<T>::IncompatibleTokens);
		let new_token = Self::carve(&who, id, &mut token, quantity, to)?;
		Self::deposit_event(Event::TokenTransferred { id, to, quantity, new_token: Some(new_token) });
		Ok(())
	}

	/// Takes `quantity` off `token` into a new token owned by `owner`, paid by `payer`.
	fn carve(
		payer: &T::AccountId,
		id: TokenId,
		token: &mut TokenOf<T>,
		quantity: Quantity,
		owner: AgreementId,
	) -> Result<TokenId, DispatchError> {
		token.quantity = token.quantity.checked_sub(quantity).ok_or(Error::<T>::InvalidQuantity)?;
		Self::store_token(id, token.clone());
		// The carved part leaves the series' supply here and re-enters it when inserted.
		if let TokenClass::Series(series) = token.class {
			Self::update_series(series, |s| s.supply = s.supply.saturating_sub(quantity));
		}
		Self::insert_token(Token {
			owner,
			quantity,
			unique_id: None,
			origin: Some(id),
			depositor: payer.clone(),
			deposit: 0u32.into(),
			created: frame_system::Pallet::<T>::block_number(),
			..token.clone()
		})
	}

	pub(crate) fn do_split_token(
		who: T::AccountId,
		id: TokenId,
		producer: ParticipantId,
		quantity: Quantity,
	) -> DispatchResult {
		let mut token = Self::producer_token(&who, id, producer)?;
		ensure!(Self::divisible(&token), Error::<T>::IncompatibleTokens);
		ensure!(quantity > 0 && quantity < token.quantity, Error::<T>::InvalidQuantity);
		let owner = token.owner;
		let new_token = Self::carve(&who, id, &mut token, quantity, owner)?;
		Self::deposit_event(Event::TokenSplit { id, new_token, quantity });
		Ok(())
	}

	pub(crate) fn do_merge_tokens(
		who: T::AccountId,
		into: TokenId,
		from: TokenId,
		producer: ParticipantId,
	) -> DispatchResult {
		ensure!(into != from, Error::<T>::IncompatibleTokens);
		let mut target = Self::producer_token(&who, into, producer)?;
		let source = Self::producer_token(&who, from, producer)?;
		ensure!(target.owner == source.owner, Error::<T>::NotTokenOwner);
		let compatible = TokenBehavior::from_bits(target.behavior)
			.zip(TokenBehavior::from_bits(source.behavior))
			.is_some_and(|(a, b)| a.can_interact(b));
		ensure!(
			compatible &&
				Self::divisible(&target) &&
				target.class == source.class &&
				target.state == source.state,
			Error::<T>::IncompatibleTokens
		);
		let quantity = source.quantity;
		target.quantity = target
			.quantity
			.checked_add(quantity)
			.filter(|q| *q <= crate::MAX_QUANTITY)
			.ok_or(Error::<T>::InvalidQuantity)?;
		// Burning the source takes its quantity out of the supply; the target puts it back.
		Self::remove_token(from)?;
		if let TokenClass::Series(series) = target.class {
			Self::update_series(series, |s| s.supply = s.supply.saturating_add(quantity));
		}
		Self::store_token(into, target);
		Self::deposit_event(Event::TokensMerged { into, from, quantity });
		Ok(())
	}
}
