//! Viewer reserves: opening, topping up, leaving and withdrawing.

use crate::{
	Allowances, BalanceOf, Channels, Config, Error, Event, HoldReason, Nodes, Pallet, Viewer,
	Viewers,
};
use frame_support::{
	ensure,
	pallet_prelude::*,
	traits::{fungible::MutateHold, tokens::Precision},
};
use sp_runtime::{
	traits::{CheckedAdd, Zero},
	DispatchError, Saturating,
};

impl<T: Config> Pallet<T> {
	pub(crate) fn do_open_reserve(
		who: T::AccountId,
		node: T::AccountId,
		amount: BalanceOf<T>,
	) -> DispatchResult {
		ensure!(!amount.is_zero(), Error::<T>::ZeroAmount);
		let record = Nodes::<T>::get(&node).ok_or(Error::<T>::NotNode)?;
		ensure!(record.roles.execution, Error::<T>::WrongRole);
		let mut viewer = match Viewers::<T>::get(&who) {
			Some(viewer) => {
				ensure!(viewer.leaving_at.is_none(), Error::<T>::ViewerLeaving);
				viewer
			},
			None => {
				let deposit = T::ViewerDeposit::get();
				T::Currency::hold(&HoldReason::ViewerDeposit.into(), &who, deposit)?;
				Viewer {
					reserve: Zero::zero(),
					nodes: 0,
					deposit,
					opened_at: frame_system::Pallet::<T>::block_number(),
					leaving_at: None,
					channels: 0,
				}
			},
		};
		if !Allowances::<T>::contains_key(&who, &node) {
			ensure!(viewer.nodes < T::MaxChannels::get(), Error::<T>::TooManyChannels);
			viewer.nodes = viewer.nodes.saturating_add(1);
		}
		let allowance = Allowances::<T>::get(&who, &node)
			.checked_add(&amount)
			.ok_or(Error::<T>::Overflow)?;
		viewer.reserve = viewer.reserve.checked_add(&amount).ok_or(Error::<T>::Overflow)?;
		T::Currency::hold(&HoldReason::ViewerReserve.into(), &who, amount)?;
		let reserve = viewer.reserve;
		Allowances::<T>::insert(&who, &node, allowance);
		Viewers::<T>::insert(&who, viewer);
		Self::deposit_event(Event::ReserveFunded { viewer: who, node, amount, allowance, reserve });
		Ok(())
	}

	pub(crate) fn do_leave(who: T::AccountId) -> DispatchResult {
		let mut viewer = Viewers::<T>::get(&who).ok_or(Error::<T>::UnknownViewer)?;
		ensure!(viewer.leaving_at.is_none(), Error::<T>::ViewerLeaving);
		let withdrawable_at =
			frame_system::Pallet::<T>::block_number().saturating_add(T::ViewerExitDelay::get());
		viewer.leaving_at = Some(withdrawable_at);
		Viewers::<T>::insert(&who, viewer);
		Self::deposit_event(Event::ViewerLeaving { viewer: who, withdrawable_at });
		Ok(())
	}

	/// Withdraws a left reserve; returns the number of channels removed.
	pub(crate) fn do_withdraw_reserve(who: T::AccountId) -> Result<u32, DispatchError> {
		let viewer = Viewers::<T>::get(&who).ok_or(Error::<T>::UnknownViewer)?;
		let at = viewer.leaving_at.ok_or(Error::<T>::ExitNotReady)?;
		ensure!(frame_system::Pallet::<T>::block_number() >= at, Error::<T>::ExitNotReady);
		T::Currency::release(
			&HoldReason::ViewerReserve.into(),
			&who,
			viewer.reserve,
			Precision::BestEffort,
		)?;
		T::Currency::release(
			&HoldReason::ViewerDeposit.into(),
			&who,
			viewer.deposit,
			Precision::BestEffort,
		)?;
		// At most `MaxChannels` entries of each exist, so one pass clears them.
		let _ = Channels::<T>::clear_prefix(&who, T::MaxChannels::get(), None);
		let _ = Allowances::<T>::clear_prefix(&who, T::MaxChannels::get(), None);
		Viewers::<T>::remove(&who);
		Self::deposit_event(Event::ReserveWithdrawn { viewer: who, refunded: viewer.reserve });
		Ok(viewer.channels)
	}
}
