//! Earning rules as data: rewards with network scaling, cooldowns, diminishing returns and
//! daily caps.

use crate::{
	Action, ActionStat, ActionStats, ActiveCount, Category, Config, Credits, EntryKind, Error,
	Event, LedgerOf, Pallet, Rule, RuleOf, Rules, CREDIT,
};
use alloc::vec::Vec;
use frame_support::{ensure, traits::Get};
use sp_runtime::{
	traits::{Saturating, UniqueSaturatedInto},
	DispatchResult, Perbill,
};

impl<T: Config> Pallet<T> {
	pub(crate) fn do_set_rule(action: Action, rule: RuleOf<T>) -> DispatchResult {
		ensure!(Self::rule_is_valid(&rule), Error::<T>::InvalidRule);
		Rules::<T>::insert(action, rule);
		Self::deposit_event(Event::RuleSet { action, rule });
		Ok(())
	}

	/// A rule rewards at least one action a day and never drops a reward to nothing at once.
	pub(crate) fn rule_is_valid(rule: &RuleOf<T>) -> bool {
		rule.daily_cap > 0 && !rule.diminishing.is_zero()
	}

	/// The seed's rules: a post earns 1 credit (at most 10 a day, each 90 % of the one
	/// before, a minute apart), an engagement 0.05 (at most 50 a day, 95 %, two blocks apart),
	/// 24 hours of uptime 1 node credit (once a day), 100 MB hosted 1 node credit (at most 10
	/// a day).
	pub fn default_rules() -> Vec<(Action, RuleOf<T>)> {
		let day = T::BlocksPerDay::get();
		let blocks = |n: u32| -> frame_system::pallet_prelude::BlockNumberFor<T> { n.into() };
		alloc::vec![
			(
				Action::Post,
				Rule {
					category: Category::Content,
					base_reward: CREDIT,
					cooldown: blocks(10),
					diminishing: Perbill::from_percent(90),
					daily_cap: 10,
				},
			),
			(
				Action::Engagement,
				Rule {
					category: Category::Content,
					base_reward: CREDIT / 20,
					cooldown: blocks(2),
					diminishing: Perbill::from_percent(95),
					daily_cap: 50,
				},
			),
			(
				Action::Uptime,
				Rule {
					category: Category::Node,
					base_reward: CREDIT,
					cooldown: day,
					diminishing: Perbill::one(),
					daily_cap: 1,
				},
			),
			(
				Action::Hosting,
				Rule {
					category: Category::Node,
					base_reward: CREDIT,
					cooldown: blocks(0),
					diminishing: Perbill::one(),
					daily_cap: 10,
				},
			),
		]
	}

	/// The share of a base reward paid now: the seed's `0.95^(active / 1000)`, with the
	/// fractional step interpolated linearly between whole powers.
	pub fn reward_scale() -> Perbill {
		let step = T::ScalingStep::get().max(1);
		let active = ActiveCount::<T>::get();
		let factor = T::RewardScaling::get();
		let whole = factor.saturating_pow((active / step) as usize);
		let into_step = Perbill::from_rational(active % step, step);
		let partial = Perbill::one().saturating_sub(into_step * (Perbill::one().saturating_sub(factor)));
		whole * partial
	}

	/// Rewards `who` for `action` under its rule, from the pool, if neither the cooldown nor
	/// the daily cap stops it. Returns what was paid.
	pub(crate) fn reward(who: &T::AccountId, ledger: &mut LedgerOf<T>, action: Action) -> Credits {
		let Some(rule) = Rules::<T>::get(action) else { return 0 };
		let now = frame_system::Pallet::<T>::block_number();
		let day: u32 = (now / T::BlocksPerDay::get().max(1u32.into())).unique_saturated_into();
		let stored = ActionStats::<T>::get(who, action);
		let seen_before = stored.is_some();
		let mut stat = stored.unwrap_or(ActionStat { day, rewarded: 0, last: now });
		if stat.day != day {
			stat.day = day;
			stat.rewarded = 0;
		}
		if stat.rewarded >= rule.daily_cap ||
			(seen_before && now < stat.last.saturating_add(rule.cooldown))
		{
			return 0;
		}
		let diminished = rule.diminishing.saturating_pow(stat.rewarded as usize);
		let amount = (Self::reward_scale() * diminished).mul_floor(rule.base_reward);
		let paid = Self::pay_from_pool(who, ledger, rule.category, amount, EntryKind::Reward(action));
		if paid > 0 {
			stat.rewarded = stat.rewarded.saturating_add(1);
			stat.last = now;
			ActionStats::<T>::insert(who, action, stat);
			Self::deposit_event(Event::Rewarded { who: who.clone(), action, amount: paid });
		}
		paid
	}
}
