//! Tests of the credits pallet: the seed's manual scenarios as automated tests, every error
//! path, the attacks considered, and the fee-free allowance.

use crate::{
	mock::*, post_id, verify_history, Action, ActiveCount, Allowances, Category, EntryKind, Error,
	Event as CreditsEvent, FeelessCredits, GenesisPool, History, HistoryFault, InLedgers, Ledgers,
	ParticipantCount, PostCount, Posts, RecentReactions, Rule, Rules, CREDIT,
};
use frame_support::{
	assert_noop, assert_ok,
	dispatch::{CheckIfFeeless, GetDispatchInfo},
	traits::fungible::{Inspect, InspectHold},
};
use sp_core::H256;
use sp_runtime::{
	traits::DispatchTransaction,
	transaction_validity::{InvalidTransaction, TransactionValidityError},
	DispatchError, Perbill, Saturating,
};

fn content(n: u8) -> H256 {
	H256::repeat_byte(n)
}

fn credits_of(who: u64) -> u128 {
	Ledgers::<Test>::get(who).map(|l| l.total()).unwrap_or_default()
}

/// Registers a post of `author` and returns its id.
fn posted(author: u64, n: u8) -> H256 {
	assert_ok!(Credits::post(RuntimeOrigin::signed(author), content(n), None));
	post_id(&author, &content(n))
}

/// Enrolls `who`, sponsored by account 9.
fn enrolled(who: u64) {
	assert_ok!(Credits::enroll(RuntimeOrigin::signed(9), who));
}

fn assert_close(actual: u128, expected: u128) {
	assert!(actual.abs_diff(expected) <= 1, "{actual} is not {expected}");
}

// ---- Scenario 1: genesis and earning ----

#[test]
fn genesis_grants_the_early_participants_from_the_pool() {
	run_test(|| {
		for who in 1..=3 {
			let ledger = Ledgers::<Test>::get(who).unwrap();
			assert_eq!((ledger.content, ledger.node), (EARLY_GRANT, 0));
			assert_eq!(ledger.history_len, 1);
			assert_eq!(History::<Test>::get(who, 0).unwrap().kind, EntryKind::Grant);
			assert_eq!(System::sufficients(&who), 1);
		}
		let pool = GenesisPool::<Test>::get();
		assert_eq!(pool.available, GENESIS_TOTAL - 3 * EARLY_GRANT);
		assert_eq!(pool.allocated, 3 * EARLY_GRANT);
		assert_eq!(InLedgers::<Test>::get(), 3 * EARLY_GRANT);
		assert_eq!((ParticipantCount::<Test>::get(), ActiveCount::<Test>::get()), (3, 3));
		assert_eq!(Rules::<Test>::get(Action::Post).unwrap().base_reward, CREDIT);
		assert_eq!(Rules::<Test>::get(Action::Engagement).unwrap().base_reward, CREDIT / 20);
	});
}

#[test]
fn enrolling_holds_the_sponsors_deposit_and_grants_an_account_without_arete() {
	run_test(|| {
		assert_ok!(Credits::enroll(RuntimeOrigin::signed(9), 20));
		// The fourth participant is past the early ones.
		assert_eq!(credits_of(20), GRANT);
		assert_eq!(Balances::balance_on_hold(&crate::HoldReason::Enrollment.into(), &9), DEPOSIT);
		assert_eq!(Balances::total_balance(&20), 0);
		assert_eq!(System::sufficients(&20), 1);
		let ledger = Ledgers::<Test>::get(20).unwrap();
		assert_eq!((ledger.sponsor, ledger.deposit), (Some(9), DEPOSIT));
		assert_eq!(GenesisPool::<Test>::get().available, GENESIS_TOTAL - 3 * EARLY_GRANT - GRANT);
		assert!(events().contains(&CreditsEvent::Enrolled {
			who: 20,
			sponsor: Some(9),
			deposit: DEPOSIT,
			grant: GRANT
		}));
	});
}

#[test]
fn enroll_errors_leave_state_untouched() {
	run_test(|| {
		assert_noop!(Credits::enroll(RuntimeOrigin::signed(9), 1), Error::<Test>::AlreadyParticipant);
		// Account 20 holds no ARETE to sponsor with.
		assert_noop!(
			Credits::enroll(RuntimeOrigin::signed(20), 21),
			sp_runtime::TokenError::FundsUnavailable
		);
		assert_noop!(Credits::enroll(RuntimeOrigin::none(), 21), DispatchError::BadOrigin);
	});
}

#[test]
fn scenario_one_posts_and_reactions_earn_content_credits() {
	run_test(|| {
		enrolled(20);
		let start = credits_of(20);
		// Three posts, a cooldown apart. Four active participants scale rewards by
		// 1 - 0.05 × 4/1000 = 0.9998; each post of the day earns 90 % of the one before.
		let mut block = 1;
		let mut rewards = Vec::new();
		for n in 0..3u8 {
			let before = credits_of(20);
			posted(20, n);
			rewards.push(credits_of(20) - before);
			block += 10;
			run_to_block(block);
		}
		assert_close(rewards[0], 999_800);
		assert_close(rewards[1], 899_820);
		assert_close(rewards[2], 809_838);

		// Ten reactions to others' posts, two blocks apart: 0.05 each, 95 % of the one before.
		let targets: Vec<H256> = (0..10u8).map(|n| posted(1 + u64::from(n % 3), 100 + n)).collect();
		let before = credits_of(20);
		for target in &targets {
			block += 2;
			run_to_block(block);
			assert_ok!(Credits::react(RuntimeOrigin::signed(20), *target));
		}
		let engagement = credits_of(20) - before;
		let expected: u128 = (0..10u32)
			.map(|n| (Perbill::from_parts(999_800_000) * Perbill::from_percent(95).saturating_pow(n as usize)).mul_floor(CREDIT / 20))
			.sum();
		assert_close(engagement, expected);
		assert!(engagement > 400_000 && engagement < 500_000, "about 0.5 credits");

		// Every change is in the history: the grant, three posts, ten reactions.
		let ledger = Ledgers::<Test>::get(20).unwrap();
		assert_eq!(ledger.history_len, 14);
		assert_eq!(ledger.lifetime_earned, credits_of(20));
		assert!(credits_of(20) > start);
		let page = Credits::history_page(&20, 0, 100);
		assert_eq!(page.len(), MAX_HISTORY as usize);
		assert_eq!(page.first().unwrap().seq, 14 - u64::from(MAX_HISTORY));
		assert!(page.iter().all(|e| e.kind == EntryKind::Reward(Action::Engagement)));
		assert_eq!(verify_history(&20, &page, &ledger.history_head), Ok(()));
	});
}

#[test]
fn cooldown_and_daily_cap_stop_farming() {
	run_test(|| {
		posted(1, 0);
		// A second post inside the cooldown registers but earns nothing.
		let before = credits_of(1);
		posted(1, 1);
		assert_eq!(credits_of(1), before);
		assert!(Posts::<Test>::contains_key(post_id(&1u64, &content(1))));
		run_to_block(11);
		let before = credits_of(1);
		posted(1, 2);
		assert!(credits_of(1) > before);

		// Without a cooldown, the daily cap: ten rewarded engagements of a day, then none.
		let rule = Rule { cooldown: 0, ..Rules::<Test>::get(Action::Engagement).unwrap() };
		assert_ok!(Credits::set_rule(RuntimeOrigin::root(), Action::Engagement, Rule { daily_cap: 10, ..rule }));
		let targets: Vec<_> = (0..12u8).map(|n| posted(2, 10 + n)).collect();
		let mut rewarded = 0;
		for target in &targets {
			let before = credits_of(3);
			assert_ok!(Credits::react(RuntimeOrigin::signed(3), *target));
			if credits_of(3) > before {
				rewarded += 1;
			}
		}
		assert_eq!(rewarded, 10);
		// The next day the first engagement earns the full base reward again.
		run_to_block(DAY + 1);
		let before = credits_of(3);
		assert_ok!(Credits::post(RuntimeOrigin::signed(3), content(99), Some(targets[0])));
		assert_eq!(credits_of(3) - before, Perbill::from_parts(999_850_000).mul_floor(CREDIT / 20));
	});
}

#[test]
fn rewards_shrink_as_the_network_grows() {
	run_test(|| {
		assert_eq!(Credits::reward_scale(), Perbill::from_parts(999_850_000));
		ActiveCount::<Test>::put(2_500);
		// 0.95^2 × (1 - 0.05 × 0.5)
		assert_eq!(Credits::reward_scale(), Perbill::from_parts(902_500_000) * Perbill::from_parts(975_000_000));
		ActiveCount::<Test>::put(3);
	});
}

#[test]
fn comments_earn_engagement_and_count_on_their_parent() {
	run_test(|| {
		let post = posted(1, 0);
		let before = credits_of(2);
		assert_ok!(Credits::post(RuntimeOrigin::signed(2), content(1), Some(post)));
		assert!(credits_of(2) > before && credits_of(2) - before < CREDIT / 10);
		assert_eq!(Posts::<Test>::get(post).unwrap().comments, 1);
		let comment = Posts::<Test>::get(post_id(&2u64, &content(1))).unwrap();
		assert_eq!((comment.parent, comment.royalty_to), (Some(post), Some(1)));
		// Commenting on one's own post is not engagement.
		let before = credits_of(1);
		assert_ok!(Credits::post(RuntimeOrigin::signed(1), content(2), Some(post)));
		assert_eq!(credits_of(1), before);
	});
}

#[test]
fn post_and_react_errors() {
	run_test(|| {
		let post = posted(1, 0);
		assert_noop!(Credits::post(RuntimeOrigin::signed(1), content(0), None), Error::<Test>::PostExists);
		assert_noop!(
			Credits::post(RuntimeOrigin::signed(1), content(1), Some(H256::zero())),
			Error::<Test>::ParentNotFound
		);
		assert_noop!(Credits::post(RuntimeOrigin::signed(20), content(1), None), Error::<Test>::NotParticipant);
		assert_noop!(Credits::react(RuntimeOrigin::signed(1), post), Error::<Test>::SelfEngagement);
		assert_noop!(Credits::react(RuntimeOrigin::signed(2), H256::zero()), Error::<Test>::PostNotFound);
		assert_ok!(Credits::react(RuntimeOrigin::signed(2), post));
		assert_noop!(Credits::react(RuntimeOrigin::signed(2), post), Error::<Test>::AlreadyReacted);
		assert_eq!(Posts::<Test>::get(post).unwrap().reactions, 1);
		for n in 1..MAX_LIVE_POSTS as u8 {
			posted(1, n);
		}
		assert_noop!(
			Credits::post(RuntimeOrigin::signed(1), content(200), None),
			Error::<Test>::TooManyLivePosts
		);
	});
}

#[test]
fn recent_reactions_forget_the_oldest() {
	run_test(|| {
		let posts: Vec<_> = (0..=RECENT_REACTIONS as u8).map(|n| posted(1, n)).collect();
		for post in &posts {
			assert_ok!(Credits::react(RuntimeOrigin::signed(2), *post));
		}
		let recent = RecentReactions::<Test>::get(2);
		assert_eq!(recent.len(), RECENT_REACTIONS as usize);
		assert!(!recent.contains(&posts[0]));
		assert_eq!(recent.last(), posts.last());
	});
}

#[test]
fn the_same_content_of_another_author_is_another_post() {
	run_test(|| {
		// Someone who sees a post in the pool and registers its content first does not take
		// its authorship: the id binds the author.
		assert_ok!(Credits::post(RuntimeOrigin::signed(2), content(7), None));
		assert_ok!(Credits::post(RuntimeOrigin::signed(1), content(7), None));
		assert_eq!(Posts::<Test>::get(post_id(&1u64, &content(7))).unwrap().author, 1);
		assert_eq!(Posts::<Test>::get(post_id(&2u64, &content(7))).unwrap().author, 2);
	});
}

// ---- Scenario 2: tipping ----

#[test]
fn scenario_two_tips_move_credits_to_the_author() {
	run_test(|| {
		let post = posted(2, 0);
		let (a, b) = (credits_of(1), credits_of(2));
		assert_ok!(Credits::tip(RuntimeOrigin::signed(1), post, 10 * CREDIT));
		assert_eq!(credits_of(1), a - 10 * CREDIT);
		assert_eq!(credits_of(2), b + 10 * CREDIT);
		assert_eq!(Posts::<Test>::get(post).unwrap().tips, 10 * CREDIT);
		let sent = Credits::history_page(&1, 0, 8);
		let last = sent.last().unwrap();
		assert_eq!((last.kind, last.amount, last.counterparty, last.post), (EntryKind::TipSent, 10 * CREDIT, Some(2), Some(post)));
		let received = Credits::history_page(&2, 0, 8);
		let last = received.last().unwrap();
		assert_eq!((last.kind, last.amount, last.counterparty), (EntryKind::TipReceived, 10 * CREDIT, Some(1)));
		assert_eq!(Ledgers::<Test>::get(2).unwrap().tips_received, 10 * CREDIT);
		assert_eq!(Ledgers::<Test>::get(1).unwrap().lifetime_spent, 10 * CREDIT);
		assert!(events().contains(&CreditsEvent::Tipped {
			post,
			from: 1,
			amount: 10 * CREDIT,
			to_author: 10 * CREDIT,
			royalty: 0
		}));
	});
}

#[test]
fn tips_to_a_comment_pay_the_original_author_a_royalty() {
	run_test(|| {
		let post = posted(1, 0);
		assert_ok!(Credits::post(RuntimeOrigin::signed(3), content(1), Some(post)));
		let comment = post_id(&3u64, &content(1));
		let (one, three) = (credits_of(1), credits_of(3));
		assert_ok!(Credits::tip(RuntimeOrigin::signed(2), comment, 10 * CREDIT));
		assert_eq!(credits_of(3), three + 9 * CREDIT);
		assert_eq!(credits_of(1), one + CREDIT);
		assert_eq!(Credits::history_page(&1, 0, 8).last().unwrap().kind, EntryKind::Royalty);
	});
}

#[test]
fn tip_errors_leave_state_untouched() {
	run_test(|| {
		let post = posted(2, 0);
		assert_noop!(Credits::tip(RuntimeOrigin::signed(1), post, 0), Error::<Test>::ZeroTip);
		assert_noop!(Credits::tip(RuntimeOrigin::signed(2), post, CREDIT), Error::<Test>::SelfTip);
		assert_noop!(Credits::tip(RuntimeOrigin::signed(1), H256::zero(), CREDIT), Error::<Test>::PostNotFound);
		assert_noop!(
			Credits::tip(RuntimeOrigin::signed(1), post, EARLY_GRANT + 1),
			Error::<Test>::InsufficientCredits
		);
		assert_noop!(Credits::tip(RuntimeOrigin::signed(20), post, CREDIT), Error::<Test>::NotParticipant);
	});
}

#[test]
fn what_exceeds_the_cap_returns_to_the_pool() {
	run_test(|| {
		let post = posted(1, 0);
		let room = CAP - credits_of(1);
		let pool = GenesisPool::<Test>::get().available;
		assert_ok!(Credits::tip(RuntimeOrigin::signed(2), post, room + 30 * CREDIT));
		assert_eq!(credits_of(1), CAP);
		assert_eq!(GenesisPool::<Test>::get().available, pool + 30 * CREDIT);
		assert!(events().contains(&CreditsEvent::Overflowed { who: 1, amount: 30 * CREDIT }));
		// A full ledger earns nothing more from the pool either.
		run_to_block(20);
		posted(1, 1);
		assert_eq!(credits_of(1), CAP);
	});
}

#[test]
fn a_thousand_sybils_cost_a_deposit_each_and_cannot_pile_credits_past_the_cap() {
	run_test(|| {
		// Account 9 holds 1,000 ARETE: at 10 per enrollment it can sponsor 99 accounts and
		// keep the existential deposit, and not one more.
		let mut enrolled_count = 0;
		for who in 100..300u64 {
			if Credits::enroll(RuntimeOrigin::signed(9), who).is_ok() {
				enrolled_count += 1;
			}
		}
		assert_eq!(enrolled_count, 99);
		assert_eq!(Balances::balance_on_hold(&crate::HoldReason::Enrollment.into(), &9), 990);
		// Funnelling every sybil's grant into one account stops at the cap; the rest returns
		// to the pool.
		let sink = posted(1, 0);
		for who in 100..199u64 {
			assert_ok!(Credits::tip(RuntimeOrigin::signed(who), sink, GRANT));
		}
		assert_eq!(credits_of(1), CAP);
	});
}

// ---- Scenario 3: hyping ----

#[test]
fn scenario_three_hype_burns_most_and_pays_the_author_the_rest() {
	run_test(|| {
		let post = posted(1, 0);
		let (one, two) = (credits_of(1), credits_of(2));
		let pool = GenesisPool::<Test>::get();
		assert_ok!(Credits::hype(RuntimeOrigin::signed(2), post, 20 * CREDIT));
		assert_eq!(credits_of(2), two - 20 * CREDIT);
		assert_eq!(Posts::<Test>::get(post).unwrap().hype, 20 * CREDIT);
		// 80 % (16) burned, of which 80 % (12.8) recycled and 3.2 gone; 4 to the author.
		assert_eq!(credits_of(1), one + 4 * CREDIT);
		let after = GenesisPool::<Test>::get();
		assert_eq!(after.available, pool.available + 12_800_000);
		assert_eq!(after.burned, pool.burned + 3_200_000);
		assert!(events().contains(&CreditsEvent::Hyped {
			post,
			who: 2,
			amount: 20 * CREDIT,
			burned: 16 * CREDIT,
			recycled: 12_800_000,
			to_author: 4 * CREDIT
		}));
		// The post trends: its score is its hype now and halves every half-life.
		let score = Credits::trending_score(&post).unwrap();
		assert_eq!(score, 20 * CREDIT);
		run_to_block(1 + HALF_LIFE);
		assert_close(Credits::trending_score(&post).unwrap(), 10 * CREDIT);
		run_to_block(1 + HALF_LIFE + HALF_LIFE / 2);
		let between = Credits::trending_score(&post).unwrap();
		// 10 × 2^-0.5 = 7.0710678
		assert_close(between, 7_071_067);
		let ranked = Credits::trending(vec![H256::zero(), post]);
		assert_eq!(ranked, vec![(post, between)]);
	});
}

#[test]
fn engagement_boosts_trending() {
	run_test(|| {
		let quiet = posted(1, 0);
		let lively = posted(1, 1);
		for id in [quiet, lively] {
			assert_ok!(Credits::hype(RuntimeOrigin::signed(2), id, 10 * CREDIT));
		}
		assert_ok!(Credits::react(RuntimeOrigin::signed(3), lively));
		assert_ok!(Credits::post(RuntimeOrigin::signed(3), content(9), Some(lively)));
		// 10 × (1 + 0.1 + 0.05)
		assert_eq!(Credits::trending_score(&lively), Some(11_500_000));
		assert_eq!(Credits::trending(vec![quiet, lively]).first().map(|x| x.0), Some(lively));
	});
}

#[test]
fn hype_errors_leave_state_untouched() {
	run_test(|| {
		let post = posted(1, 0);
		assert_noop!(Credits::hype(RuntimeOrigin::signed(2), post, CREDIT - 1), Error::<Test>::HypeOutOfRange);
		assert_noop!(Credits::hype(RuntimeOrigin::signed(2), post, 100 * CREDIT + 1), Error::<Test>::HypeOutOfRange);
		assert_noop!(Credits::hype(RuntimeOrigin::signed(2), H256::zero(), CREDIT), Error::<Test>::PostNotFound);
		assert_noop!(Credits::hype(RuntimeOrigin::signed(20), post, CREDIT), Error::<Test>::NotParticipant);
		assert_ok!(Credits::hype(RuntimeOrigin::signed(2), post, 100 * CREDIT));
		assert_noop!(Credits::hype(RuntimeOrigin::signed(2), post, 100 * CREDIT), Error::<Test>::InsufficientCredits);
	});
}

// ---- Decay, reaping, rules ----

#[test]
fn inactive_ledgers_decay_to_the_pool() {
	run_test(|| {
		let before = credits_of(3);
		// Two decay periods past the inactivity period: 1 % twice.
		run_to_block(1 + INACTIVITY + 2 * DECAY_PERIOD);
		let pool = GenesisPool::<Test>::get().available;
		assert_ok!(Credits::apply_decay(RuntimeOrigin::signed(5), 3));
		let kept = Perbill::from_percent(99).saturating_pow(2).mul_ceil(before);
		assert_eq!(credits_of(3), kept);
		assert_eq!(GenesisPool::<Test>::get().available, pool + (before - kept));
		assert_eq!(ActiveCount::<Test>::get(), 2);
		assert!(Ledgers::<Test>::get(3).unwrap().inactive);
		assert!(events().contains(&CreditsEvent::Decayed { who: 3, amount: before - kept }));
		// Applying it again in the same period changes nothing.
		assert_ok!(Credits::apply_decay(RuntimeOrigin::signed(5), 3));
		assert_eq!(credits_of(3), kept);
		// Acting makes the participant active again.
		posted(3, 0);
		assert_eq!(ActiveCount::<Test>::get(), 3);
		assert_noop!(Credits::apply_decay(RuntimeOrigin::signed(5), 20), Error::<Test>::NotParticipant);
	});
}

#[test]
fn posts_are_reaped_after_their_lifetime() {
	run_test(|| {
		let post = posted(1, 0);
		assert_noop!(Credits::reap_post(RuntimeOrigin::signed(5), post), Error::<Test>::PostTooYoung);
		run_to_block(1 + LIFETIME);
		assert_ok!(Credits::reap_post(RuntimeOrigin::signed(5), post));
		assert!(!Posts::<Test>::contains_key(post));
		assert_eq!((PostCount::<Test>::get(), Ledgers::<Test>::get(1).unwrap().live_posts), (0, 0));
		assert_noop!(Credits::reap_post(RuntimeOrigin::signed(5), post), Error::<Test>::PostNotFound);
	});
}

#[test]
fn rules_are_set_by_the_rule_origin_only() {
	run_test(|| {
		let rule = Rule {
			category: Category::Content,
			base_reward: 2 * CREDIT,
			cooldown: 0,
			diminishing: Perbill::one(),
			daily_cap: 3,
		};
		assert_noop!(Credits::set_rule(RuntimeOrigin::signed(1), Action::Post, rule), DispatchError::BadOrigin);
		assert_noop!(
			Credits::set_rule(RuntimeOrigin::root(), Action::Post, Rule { daily_cap: 0, ..rule }),
			Error::<Test>::InvalidRule
		);
		assert_noop!(
			Credits::set_rule(RuntimeOrigin::root(), Action::Post, Rule { diminishing: Perbill::zero(), ..rule }),
			Error::<Test>::InvalidRule
		);
		assert_ok!(Credits::set_rule(RuntimeOrigin::root(), Action::Post, rule));
		assert!(events().contains(&CreditsEvent::RuleSet { action: Action::Post, rule }));
		let before = credits_of(1);
		posted(1, 0);
		assert_close(credits_of(1) - before, 2 * 999_850);
	});
}

// ---- Scenario 5: ledger integrity ----

#[test]
fn scenario_five_the_client_check_detects_tampering() {
	run_test(|| {
		let post = posted(2, 0);
		for n in 0..19u8 {
			run_to_block(2 + u64::from(n));
			assert_ok!(Credits::tip(RuntimeOrigin::signed(1), post, CREDIT + u128::from(n)));
		}
		let ledger = Ledgers::<Test>::get(1).unwrap();
		assert_eq!(ledger.history_len, 20);
		let entries = Credits::history_page(&1, 0, MAX_HISTORY);
		assert_eq!(verify_history(&1, &entries, &ledger.history_head), Ok(()));

		// An altered amount.
		let mut altered = entries.clone();
		altered[3].amount += 1;
		assert_eq!(verify_history(&1, &altered, &ledger.history_head), Err(HistoryFault::Tampered { seq: altered[3].seq }));
		// An entry dropped from the middle.
		let mut dropped = entries.clone();
		dropped.remove(4);
		assert_eq!(verify_history(&1, &dropped, &ledger.history_head), Err(HistoryFault::Broken { seq: entries[5].seq }));
		// Entries of another account.
		assert_eq!(verify_history(&2, &entries, &ledger.history_head), Err(HistoryFault::Tampered { seq: entries[0].seq }));
		// A history cut short of the head.
		assert_eq!(
			verify_history(&1, &entries[..entries.len() - 1], &ledger.history_head),
			Err(HistoryFault::HeadMismatch)
		);
		// The chain's own check finds tampered storage.
		let slot = Credits::history_slot(entries[2].seq);
		History::<Test>::mutate(1, slot, |e| e.as_mut().unwrap().amount += 1);
		assert!(Credits::do_try_state().is_err());
		History::<Test>::mutate(1, slot, |e| e.as_mut().unwrap().amount -= 1);
	});
}

#[test]
fn queries_report_reputation_and_statistics() {
	run_test(|| {
		let post = posted(1, 0);
		assert_ok!(Credits::tip(RuntimeOrigin::signed(2), post, 10 * CREDIT));
		let one = Credits::reputation(&1).unwrap();
		// Earned 150 granted + 0.99985 for the post + 10 tipped (160 whole), + 10 tipped.
		assert_eq!(one.score, 160 + 10);
		assert_eq!(Credits::reputation(&2).unwrap().score, 150 + 10 / 2);
		assert_eq!(Credits::reputation(&20), None);
		let stats = Credits::network_stats();
		assert_eq!((stats.participants, stats.active, stats.posts), (3, 3, 1));
		assert_eq!(stats.pool.available + stats.in_ledgers + stats.pool.burned, GENESIS_TOTAL);
	});
}

// ---- Fee-free actions ----

type Feeless = FeelessCredits<Test, TestFee>;

fn submit(who: u64, call: RuntimeCall) -> Result<sp_runtime::DispatchResultWithInfo<frame_support::dispatch::PostDispatchInfo>, TransactionValidityError> {
	let info = call.get_dispatch_info();
	Feeless::new(TestFee).dispatch_transaction(RuntimeOrigin::signed(who), call, &info, 100, 0)
}

fn post_call(n: u8) -> RuntimeCall {
	RuntimeCall::Credits(crate::Call::post { content: content(n), parent: None })
}

fn fees() -> u128 {
	FEES_TAKEN.with(|f| *f.borrow())
}

#[test]
fn a_participant_without_arete_acts_fee_free_until_its_allowance_is_spent() {
	run_test(|| {
		enrolled(20);
		assert_eq!(Balances::total_balance(&20), 0);
		assert!(post_call(0).is_feeless(&RuntimeOrigin::signed(20)));
		for n in 0..ALLOWANCE as u8 {
			assert_ok!(submit(20, post_call(n)).unwrap());
		}
		assert_eq!(fees(), 0);
		assert_eq!(Credits::allowance(&20), 0);
		assert_eq!(PostCount::<Test>::get(), ALLOWANCE);
		// Spent: the call is no longer fee-free, and an account without ARETE cannot pay.
		assert!(!post_call(50).is_feeless(&RuntimeOrigin::signed(20)));
		assert_eq!(submit(20, post_call(50)), Err(TransactionValidityError::Invalid(InvalidTransaction::Payment)));
		assert_eq!(PostCount::<Test>::get(), ALLOWANCE);
		// It regenerates: one action every REGEN / ALLOWANCE blocks.
		run_to_block(1 + REGEN / u64::from(ALLOWANCE));
		assert_eq!(Credits::allowance(&20), 1);
		assert_ok!(submit(20, post_call(50)).unwrap());
		assert_eq!(Credits::allowance(&20), 0);
	});
}

#[test]
fn a_failing_fee_free_call_still_uses_its_allowance() {
	run_test(|| {
		enrolled(20);
		// A tip of more than the ledger holds fails in dispatch, but the action is taken.
		let tip = RuntimeCall::Credits(crate::Call::tip { post: H256::zero(), amount: 1 });
		for _ in 0..ALLOWANCE {
			let result = submit(20, tip.clone()).unwrap();
			assert_eq!(result.map_err(|e| e.error), Err(Error::<Test>::PostNotFound.into()));
		}
		assert_eq!(Credits::allowance(&20), 0);
		assert_eq!(submit(20, tip), Err(TransactionValidityError::Invalid(InvalidTransaction::Payment)));
	});
}

#[test]
fn a_flood_from_one_account_is_cut_off_while_others_get_in() {
	run_test(|| {
		enrolled(20);
		enrolled(21);
		let mut accepted = (0u32, 0u32);
		for n in 0..200u16 {
			let c = H256::from_low_u64_be(u64::from(n));
			let call = RuntimeCall::Credits(crate::Call::post { content: c, parent: None });
			if submit(20, call.clone()).is_ok() {
				accepted.0 += 1;
			}
			// Another participant's occasional action still gets in.
			if n % 40 == 0 && submit(21, call).is_ok() {
				accepted.1 += 1;
			}
		}
		assert_eq!(accepted, (ALLOWANCE, ALLOWANCE));
		assert_eq!(fees(), 0);
	});
}

#[test]
fn a_funded_participant_pays_the_fee_once_its_allowance_is_spent() {
	run_test(|| {
		Allowances::<Test>::insert(1, crate::Allowance { left: 0, at: 1 });
		assert_ok!(submit(1, post_call(0)).unwrap());
		assert_eq!(fees(), FEE);
		assert_eq!(PostCount::<Test>::get(), 1);
	});
}

#[test]
fn other_calls_and_non_participants_pay_as_usual() {
	run_test(|| {
		// Not enrolled: not fee-free, charged (and the call fails).
		assert!(!post_call(0).is_feeless(&RuntimeOrigin::signed(5)));
		let result = submit(5, post_call(0)).unwrap();
		assert_eq!(result.map_err(|e| e.error), Err(Error::<Test>::NotParticipant.into()));
		assert_eq!(fees(), FEE);
		// Other calls of the pallet are never fee-free.
		let call = RuntimeCall::Credits(crate::Call::apply_decay { who: 1 });
		assert!(!call.is_feeless(&RuntimeOrigin::signed(1)));
		assert_ok!(submit(1, call).unwrap());
		let remark = RuntimeCall::System(frame_system::Call::remark { remark: vec![] });
		assert_ok!(submit(1, remark).unwrap());
		assert_eq!(fees(), 3 * FEE);
		assert!(!Allowances::<Test>::contains_key(1));
	});
}

#[test]
fn the_extension_encodes_as_the_payment_extension_it_wraps() {
	use codec::Encode;
	use sp_runtime::traits::TransactionExtension;
	assert_eq!(Feeless::new(TestFee).encode(), TestFee.encode());
	assert_eq!(<Feeless as TransactionExtension<RuntimeCall>>::IDENTIFIER, "TestFee");
}
