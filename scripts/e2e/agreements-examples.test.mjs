// End-to-end scenarios for three worked examples of the tokenized-event-streams design
// (`pallet-agreements`; the design's "Roster Lifecycle", "Data Licensing Deal" and "Injury and
// Recovery") on a real `arete-node --dev`. Every event is signed in JavaScript by its producers'
// sr25519 keys (or an agent's, through a delegation), and validators' approvals that guards
// check with `signature_valid` are signed here too. Every policy is JSON that the node's
// `agreements_encode*` JSON-RPC compiles.
//
// Roster lifecycle. An athlete (Alice), two teams (Bob: Lakers, Charlie: Heat) and the league
// (Dave) register keys. The league proposes every agreement with all consents and creates the
// groups in one batch. The athlete's Lakers roster token goes TRYOUT → SIGNED (the Lakers'
// confirmation is checked by a guard) → TRAINING → ACTIVE. One game mints two tokens: 38
// points of fungible stats and moment edition 45. The trade is an agreement whose four parties
// (athlete, Lakers, Heat, league) are all producers. Its execution without Heat's signature
// fails with `MissingProducerSignature`, with a forged one with `InvalidSignature`, and with all
// four it records the trade. With the league's approval, the Lakers roster token then becomes
// TRADED, the Lakers contract ends (its stats and moment stay with it), and an ACTIVE Heat
// roster token is minted.
//
// Data-licensing deal. The players' association (Eve), 2K (Ferdie), a charity and 450 players
// make 453 agreements. Every bulk step goes in `utility.batchAll` batches sized from the
// runtime's weights (today one batch each, the 450 claims two). One group holds the ballots,
// the tally sheets and the royalties. The players vote, each ballot confirmed by the
// association's signature. The tally must match the ballots' series supplies. It is refused at 200 votes (150 against:
// quorum 225 not reached) and at 250 (100 for, 150 against: no majority). It passes at 450
// (300 for, 150 against). 2K's quarterly royalty is minted at exactly
// max(1.5 % × 125,000,000 = 1,875,000, minimum guarantee 2,500,000) = 2,500,000: the minimum
// guarantee wins, and a mint of 1,875,000 fails. Transfers split the pool: 250,000 (10 %) to
// the association's operations and 5,000 to each of the 450 players, so 2,250,000 in all. Each
// player gives 500 (10 % of the share) to the charity and keeps 4,500. Guards certify every
// piece against the series supply, which transfers keep at 2,500,000.
//
// Injury and recovery. An athlete, the team doctor (a Delegate participant), a physical
// therapist (an Agent), the coach and the league's medical committee register keys. The athlete
// proposes, with every consent, medical care with the doctor (a lifecycle that starts INJURED),
// rehabilitation with the therapist and injury reporting to the league, and grants the doctor
// five medical permissions and the coach three views (0.2 ARETE each): `agreements_hasPermission`
// says yes to those and no to the coach's `view_all_medical`. The league's report holds only
// `{ status: OUT, expectedReturnDays: 14 }`, the private record's blake2 as its sensitive hash;
// reports carrying the injury details or naming the injury fail the report series' validation
// rule. The doctor's key cannot sign BEGIN_TREATMENT for the athlete (`DelegateCannotSign`); the
// athlete's event, carrying the doctor's signed plan that a guard checks with
// `has_permission(update_treatment)`, moves the agreement to TREATMENT, then REHAB. Through a
// grant expiring 5 blocks ahead, the therapist's key signs REHAB_SESSION events that mint
// progress tokens of 62 and 74 (% strength). The third session (85) would pass at the block
// before the expiry and fails `DelegationExpired` when included; the athlete's own signature
// records it. A grant conditioned on pain ≤ 3 refuses a session at pain 5
// (`DelegationConditionFailed`) and, revoked, fails `DelegationNotFound`. Ferdie reaps the
// expired grant (a live one fails `DelegationLive`) and its 0.2 ARETE returns to the athlete's
// wallet. The clearance needs the signature of a holder of `clear_for_activity`: the coach's is
// refused (`PolicyViolation`), and so is the doctor's while its grant is revoked; granted again,
// the doctor clears the athlete (REHAB → CLEARED), and the league's next report, AVAILABLE,
// supersedes OUT.
//
// What the pallet cannot express yet is modelled as closely as it allows. Mints go to the
// event's agreement, and a multi-producer agreement's tokens cannot move, so the trade records
// itself and the roster moves are the athlete's events, whose guard checks the league's
// approval and the executed record. A guard reads only its own series' supply, so each tally
// sheet checks one count. Transfers run no policy, so shares are certified after they arrive.
// Validators never sign events and a Delegate never signs in its principal's place, so the
// doctor's prescription and clearance (the design's producer signatures) are approvals in the
// athlete's events. The coach's views are permissions the node answers but cannot enforce: the
// chain is public, so the medical details stay off it, as hashes. No operator lists an object's
// keys, so the report's rule refuses the medical fields it names rather than any unknown one;
// and validation rules run on mints, so each report is a new edition superseding the last.
//
// About 4 minutes alone on a 2-core machine (238.5 s and 242.5 s measured over two runs, the
// first 35 s of them the node's start and first block), about 35 blocks. The injury's steps take
// 77 s of it (77–83 s over four runs), 113–116 s alone with `--test-name-pattern='^injury'`
// (node start included), up to half a minute of which waits for the therapist's grant to expire. Each step's extrinsics are
// submitted at once under consecutive nonces and awaited in a block. The 450-player batches fill
// blocks to their weight limit, although each block takes under 0.3 s to build.
//
// Run with: NODE_BIN=... node --test --test-reporter=spec scripts/e2e/agreements-examples.test.mjs
// (the injury's steps alone: add --test-name-pattern='^injury'; they use no earlier step's state).

import assert from 'node:assert/strict';
import { after, before } from 'node:test';

import { Keyring } from '@polkadot/keyring';
import { hexToU8a, u8aToHex } from '@polkadot/util';
import { blake2AsHex, cryptoWaitReady, randomAsU8a } from '@polkadot/util-crypto';

import {
	Stream,
	agreementsRpc,
	assertAgreementsError,
	assertDispatched,
	consentedAgreement,
	guardApproval,
	lifecycle,
	mint,
	mintedIds,
	registerParticipantCall,
	registeredIds,
	submitEventCall,
	transition,
} from './lib/agreements.mjs';
import { ARETE, SS58_PREFIX, connectApi, eventField, eventNames, eventsOf, feeOf, findEvent, freeAt, heldAt, numberOf, parentOf, signAndSendInOrder } from './lib/api.mjs';
import { NODE_START_TIMEOUT_MS, DevNode, suiteSteps, withNodeLog } from './lib/node.mjs';

const MINUTE = 60_000;
const SUITE_STARTED = Date.now();

/** Guard fuel of the few events of the roster (the runtime allows up to a million). */
const FUEL = 100_000;
/** A ballot's guard: one `signature_valid` (18,750) and a few comparisons. */
const BALLOT_FUEL = 25_000;
/** A certification's guard: a little arithmetic, per token; up to eight tokens an event. */
const SHARE_FUEL = 2_000;

// --- The data-licensing deal's figures --------------------------------------------------------

const PLAYERS = 450;
const QUORUM = 225;
const REJECTING = 150;
/** Ballots in three rounds: [rejections, approvals] each, 150 + 300 = 450 in all. */
const ROUNDS = [[REJECTING, 50], [0, 50], [0, 200]];
const GROSS_REVENUE = 125_000_000;
const ROYALTY_RATE = 0.015;
const MINIMUM_GUARANTEE = 2_500_000;
/** 1.5 % × 125,000,000 = 1,875,000, below the guarantee: the guarantee is due. */
const RATE_AMOUNT = 1_875_000n;
const AMOUNT_DUE = 2_500_000n;
const OPERATIONS_SHARE = 250_000n;
const PLAYER_SHARE = 5_000n;
const CHARITY_GIFT = 500n;
const KEPT_SHARE = PLAYER_SHARE - CHARITY_GIFT;

// --- Policies: JSON compiled by the node ------------------------------------------------------

/** `{ id, terminal, accepting }` of a DFA state. */
const dfaState = (id, terminal = false, accepting = false) => ({ id, terminal, accepting });
/** A DFA transition; `from: null` creates a token. */
const dfaStep = (from, to, event, guard = null) => ({ from, to, event, guard });

/** A signature the guard checks: made by participant `who` over `message`, bound to the event. */
const approvedBy = (field, who, message) => ({
	and: [
		{ '==': [{ var: `${field}.participant` }, who] },
		{ '==': [{ var: `${field}.message` }, message] },
		{ signature_valid: [{ var: field }] },
	],
});

/**
 * A roster move that a trade causes: the league approves it, its approval's message naming the
 * trade agreement, and that agreement owns an executed trade record.
 */
const tradeGuard = (league) => ({
	and: [
		{ owns_token: [{ var: 'trade' }, { var: 'trade_record' }] },
		{ token_state: [{ var: 'trade_record' }, 'EXECUTED'] },
		approvedBy('league_approval', league, { var: 'trade' }),
	],
});
const TRADE_VARIABLES = ['league_approval', 'trade', 'trade_record'];

/** A team's roster (the design's roster DFA, from the tryout on). */
function rosterGroupPolicy(team, league) {
	return {
		fungible: false,
		allowIncrease: false,
		allowDecrease: false,
		conflictResolution: 'XOR',
		dfa: {
			initial: 'TRYOUT',
			states: [dfaState('TRYOUT'), dfaState('SIGNED'), dfaState('TRAINING'), dfaState('ACTIVE', false, true), dfaState('TRADED', true, true), dfaState('RELEASED', true, true)],
			transitions: [
				dfaStep(null, 'TRYOUT', 'TRYOUT_PERFORMANCE', { '<=': [{ var: 'sprint_seconds' }, 4.5] }),
				// The athlete signs the contract as producer; the team confirms its terms.
				dfaStep('TRYOUT', 'SIGNED', 'CONTRACT_SIGNED', {
					and: [
						{ '>=': [{ var: 'duration_years' }, 1] },
						{ '>': [{ var: 'base_salary' }, 0] },
						approvedBy('team_confirmation', team, { var: 'contract_hash' }),
					],
				}),
				dfaStep('TRYOUT', 'RELEASED', 'CUT'),
				dfaStep('SIGNED', 'TRAINING', 'TRAINING_CAMP'),
				dfaStep('TRAINING', 'ACTIVE', 'MAKE_ROSTER'),
				dfaStep('TRAINING', 'RELEASED', 'CUT'),
				dfaStep('ACTIVE', 'TRADED', 'TRADE_EXECUTED', tradeGuard(league)),
			],
		},
		validation: null,
		variables: ['sprint_seconds', 'duration_years', 'base_salary', 'contract_hash', 'team_confirmation', ...TRADE_VARIABLES],
	};
}

/** The Lakers' season: editions under the roster DFA. */
const SEASON_SERIES = { fungible: false, allowIncrease: false, allowDecrease: false, dfa: null, validation: null, variables: [] };

/** The Heat's acquisitions: a traded player enters ACTIVE (creations enter the initial state). */
function acquisitionsSeries(league) {
	return {
		fungible: false,
		allowIncrease: false,
		allowDecrease: false,
		dfa: {
			initial: 'ACTIVE',
			states: [dfaState('ACTIVE', false, true), dfaState('TRADED', true, true)],
			transitions: [dfaStep(null, 'ACTIVE', 'TRADE_ACQUIRED', tradeGuard(league)), dfaStep('ACTIVE', 'TRADED', 'TRADE_EXECUTED', tradeGuard(league))],
		},
		validation: null,
		variables: TRADE_VARIABLES,
	};
}

/** League statistics: fungible, accumulating; a game's stats token holds its points. */
const STATS_GROUP = {
	fungible: true,
	allowIncrease: true,
	allowDecrease: false,
	conflictResolution: 'XOR',
	dfa: {
		initial: 'RECORDED',
		states: [dfaState('RECORDED', false, true), dfaState('VOID', true, true)],
		transitions: [dfaStep(null, 'RECORDED', 'GAME_PERFORMANCE', { '==': [{ var: 'quantity' }, { var: 'points' }] }), dfaStep('RECORDED', 'VOID', 'VOID')],
	},
	validation: { '>=': [{ var: 'points' }, 0] },
	variables: ['points'],
};
/** Regular-season points: with the group's XOR, fungible and growing (behaviour 1110). */
const POINTS_SERIES = { fungible: true, allowIncrease: false, allowDecrease: false, dfa: null, validation: null, variables: [] };

/** Collectible moments: one edition per triple-double. */
const MOMENTS_GROUP = {
	fungible: false,
	allowIncrease: false,
	allowDecrease: false,
	conflictResolution: 'XOR',
	dfa: {
		initial: 'MINTED',
		states: [dfaState('MINTED', false, true), dfaState('BURNED', true, true)],
		transitions: [
			dfaStep(null, 'MINTED', 'GAME_PERFORMANCE', {
				and: [{ '==': [{ var: 'quantity' }, 1] }, { '>=': [{ var: 'points' }, 10] }, { '>=': [{ var: 'rebounds' }, 10] }, { '>=': [{ var: 'assists' }, 10] }],
			}),
			dfaStep('MINTED', 'BURNED', 'BURN'),
		],
	},
	validation: null,
	variables: ['points', 'rebounds', 'assists'],
};

/** The trade's record, owned by the trade agreement: minted when the trade executes. */
const TRADE_RECORD_GROUP = {
	fungible: false,
	allowIncrease: false,
	allowDecrease: false,
	conflictResolution: 'XOR',
	dfa: {
		initial: 'EXECUTED',
		states: [dfaState('EXECUTED', true, true)],
		transitions: [dfaStep(null, 'EXECUTED', 'TRADE_EXECUTED', { '!=': [{ var: 'from_team' }, { var: 'to_team' }] })],
	},
	validation: null,
	variables: ['from_team', 'to_team'],
};
const EDITIONS_SERIES = SEASON_SERIES;

/** An employment contract: it ends when the athlete is traded (or the contract expires). */
const EMPLOYMENT_LIFECYCLE = {
	dfa: {
		initial: 'EMPLOYED',
		states: [dfaState('EMPLOYED', false, true), dfaState('TRADED', true, true), dfaState('EXPIRED', true, true)],
		transitions: [dfaStep(null, 'EMPLOYED', 'SIGN'), dfaStep('EMPLOYED', 'TRADED', 'TRADE_EXECUTED'), dfaStep('EMPLOYED', 'EXPIRED', 'CONTRACT_EXPIRED')],
	},
	variables: [],
};

/** A trade: agreed when all four parties consent, ended by its execution. */
const TRADE_LIFECYCLE = {
	dfa: {
		initial: 'AGREED',
		states: [dfaState('AGREED'), dfaState('EXECUTED', true, true), dfaState('CANCELLED', true, true)],
		transitions: [dfaStep(null, 'AGREED', 'TRADE_AGREED'), dfaStep('AGREED', 'EXECUTED', 'TRADE_EXECUTED'), dfaStep('AGREED', 'CANCELLED', 'TRADE_CANCELLED')],
	},
	variables: [],
};

/**
 * The licensing deal (the design's DFA from the players' vote on): approved only by a tally
 * reaching the quorum with more approvals than half the ballots; royalties are paid while it
 * is active (a self-loop, so a payment proves the state).
 */
const DEAL_LIFECYCLE = {
	dfa: {
		initial: 'PLAYER_VOTE',
		states: [dfaState('PLAYER_VOTE'), dfaState('APPROVED'), dfaState('REJECTED', true, true), dfaState('ACTIVE', false, true), dfaState('EXPIRED', true, true)],
		transitions: [
			dfaStep(null, 'PLAYER_VOTE', 'TERMS_AGREED'),
			dfaStep('PLAYER_VOTE', 'APPROVED', 'MAJORITY_YES', {
				and: [
					{ '>=': [{ '+': [{ var: 'approvals' }, { var: 'rejections' }] }, QUORUM] },
					{ '>': [{ var: 'approvals' }, { '*': [{ '+': [{ var: 'approvals' }, { var: 'rejections' }] }, 0.5] }] },
				],
			}),
			dfaStep('PLAYER_VOTE', 'REJECTED', 'MAJORITY_NO', {
				and: [
					{ '>=': [{ '+': [{ var: 'approvals' }, { var: 'rejections' }] }, QUORUM] },
					{ '<=': [{ var: 'approvals' }, { '*': [{ '+': [{ var: 'approvals' }, { var: 'rejections' }] }, 0.5] }] },
				],
			}),
			dfaStep('APPROVED', 'ACTIVE', 'ACTIVATE_LICENSE'),
			dfaStep('ACTIVE', 'ACTIVE', 'ROYALTY_PAYMENT'),
			dfaStep('ACTIVE', 'EXPIRED', 'END_DATE_REACHED'),
		],
	},
	variables: ['approvals', 'rejections'],
};

/**
 * The licensing program: one group for the vote and the royalties, so that each player's
 * agreement joins once. Its series carry their own lifecycles; under AND they narrow the
 * group's quantity rules to none (behaviour 1100: quantities never change).
 */
const PROGRAM_GROUP = { fungible: true, allowIncrease: true, allowDecrease: true, conflictResolution: 'AND', dfa: null, validation: null, variables: [] };

/** The bytes of `text` as lowercase 0x-hex, as `guardApproval` puts a message in the data. */
const textHex = (text) => u8aToHex(new TextEncoder().encode(text));

/**
 * One side of the vote (`choice`: approve or reject): its tally sheet opens the series, each
 * ballot adds 1 and needs the association's confirmation of that choice, and the tally checks
 * the claimed count against the supply (minus the sheet).
 */
function ballotSeries(choice, count, association) {
	const tallied = { '==': [{ '-': [{ var: 'current_supply' }, { var: 'token_quantity' }] }, { var: count }] };
	return {
		fungible: true,
		allowIncrease: false,
		allowDecrease: false,
		dfa: {
			initial: 'RECORDED',
			states: [dfaState('RECORDED', false, true), dfaState('TALLIED', true, true)],
			transitions: [
				dfaStep(null, 'RECORDED', 'OPEN_VOTE', { and: [{ '==': [{ var: 'current_supply' }, 0] }, { '==': [{ var: 'quantity' }, 1] }] }),
				dfaStep(null, 'RECORDED', 'DATA_LICENSE_CONSENT', {
					and: [
						{ '==': [{ var: 'quantity' }, 1] },
						{ '>=': [{ var: 'current_supply' }, 1] },
						{ '==': [{ var: 'vote' }, choice] },
						approvedBy('confirmation', association, textHex(choice)),
					],
				}),
				dfaStep('RECORDED', 'TALLIED', 'MAJORITY_YES', tallied),
				dfaStep('RECORDED', 'TALLIED', 'MAJORITY_NO', tallied),
			],
		},
		validation: null,
		variables: ['vote', 'confirmation', 'approvals', 'rejections'],
	};
}

/**
 * 2K's royalties for one quarter. The pool is minted at max(rate × revenue, guarantee) into
 * an empty series; afterwards only transfers move it, and they keep the supply, so every
 * certification reads the pool's total as `current_supply`: operations 10 %, each player
 * 90 % / 450, each charity gift 10 % of a player's share.
 */
const ROYALTY_SERIES = {
	fungible: true,
	allowIncrease: false,
	allowDecrease: false,
	dfa: {
		initial: 'PAYABLE',
		states: [dfaState('PAYABLE'), dfaState('OPERATIONS', true, true), dfaState('CLAIMED', false, true), dfaState('DONATED', true, true)],
		transitions: [
			dfaStep(null, 'PAYABLE', 'ROYALTY_PAYMENT', {
				and: [
					{ '==': [{ var: 'current_supply' }, 0] },
					{ '==': [{ var: 'quantity' }, { max: [{ '*': [{ var: 'gross_revenue' }, ROYALTY_RATE] }, MINIMUM_GUARANTEE] }] },
				],
			}),
			dfaStep('PAYABLE', 'OPERATIONS', 'OPERATIONS_SHARE', { '==': [{ var: 'token_quantity' }, { '*': [{ var: 'current_supply' }, 0.1] }] }),
			dfaStep('PAYABLE', 'CLAIMED', 'ROYALTY_SHARE', { '==': [{ var: 'token_quantity' }, { '/': [{ '*': [{ var: 'current_supply' }, 0.9] }, PLAYERS] }] }),
			dfaStep('CLAIMED', 'DONATED', 'CHARITY_DONATION', {
				'==': [{ var: 'token_quantity' }, { '*': [{ '/': [{ '*': [{ var: 'current_supply' }, 0.9] }, PLAYERS] }, 0.1] }],
			}),
		],
	},
	validation: null,
	variables: ['gross_revenue'],
};

// --- Injury and recovery: figures and policies ------------------------------------------------

/**
 * The athlete's grant to the team doctor in the medical agreement: the design's detailed
 * delegation, plus the activity type BEGIN_TREATMENT, so that the doctor's key can try to sign
 * that event in the athlete's place (a Delegate may not).
 */
const DOCTOR_PERMISSIONS = ['view_all_medical', 'update_treatment', 'order_tests', 'clear_for_activity', 'BEGIN_TREATMENT'];
/** The same rights without the activity type: what the athlete grants the doctor again after a revocation. */
const DOCTOR_RIGHTS = DOCTOR_PERMISSIONS.filter((permission) => permission !== 'BEGIN_TREATMENT');
/** The coach's limited medical view (the design's "medical_delegation"). */
const COACH_PERMISSIONS = ['view_injury_status', 'view_recovery_timeline', 'view_cleared_to_play'];
/** How long the doctor's and the coach's grants run, in blocks (the design: to December and to June). */
const DOCTOR_GRANT_BLOCKS = 1_000;
const COACH_GRANT_BLOCKS = 500;
/**
 * How long the therapist's signing grant runs: long enough for its two sessions, submitted with
 * it, to be included (normally in the next block), short enough to wait out (30 s).
 */
const REHAB_GRANT_BLOCKS = 5;
/** The conditioned grant lets the therapist record only sessions at most this painful. */
const MAX_DELEGATED_PAIN = 3;
/** How long the conditioned grant would run, had it not been revoked. */
const CONDITIONED_GRANT_BLOCKS = 1_000;

/** The private record of the injury (the design's `injury_details`): only its hash goes on chain. */
const INJURY_DETAILS = {
	body_part: 'right_knee',
	type: 'sprain',
	severity: 'grade_2',
	injury_code: 'S83.6',
	occurred_during: 'LAL_vs_DEN_20240320',
	mechanism: 'landing_after_dunk',
	initial_treatment: 'ice_compression_elevation',
};
/** The private treatment plan; its hash is what the doctor signs. */
const TREATMENT_PLAN = {
	phase_1: { duration_days: 7, interventions: ['rest', 'ice', 'compression', 'elevation'], medications: ['ibuprofen_800mg'] },
	phase_2: { duration_days: 14, interventions: ['physical_therapy', 'strength_training'], goals: ['full_range_of_motion', 'no_pain_walking'] },
};
/** The private clearance tests. */
const CLEARANCE_TESTS = { mri_scan: 'no_structural_damage', strength_test: '95%_of_baseline', functional_test: 'passed', pain_assessment: '0/10' };
/** Public summaries of three rehab sessions; each mints a progress token of `strength_pct`. */
const SESSIONS = [
	{ exercises_completed: 8, pain_level: 3, range_of_motion_pct: 80, strength_pct: 62 },
	{ exercises_completed: 10, pain_level: 2, range_of_motion_pct: 90, strength_pct: 74 },
	{ exercises_completed: 12, pain_level: 2, range_of_motion_pct: 95, strength_pct: 85 },
];
/** A session too painful for the conditioned grant (never recorded). */
const PAINFUL_SESSION = { exercises_completed: 6, pain_level: 5, range_of_motion_pct: 85, strength_pct: 70 };
/** Every session summary the steps sign: the three recorded, then the painful one. */
const SESSION_SUMMARIES = [...SESSIONS, PAINFUL_SESSION];
const PAINFUL = SESSIONS.length;

/** The hash of private data as the event's `sensitiveHash` carries it. */
const privateHash = (record) => blake2AsHex(JSON.stringify(record));

/**
 * A signature that a guard checks (see `guardApproval`) whose signer must hold `permission` in
 * the event's agreement through a live delegation: the participant is named in the data, so
 * without `signature_valid` anyone could name the doctor.
 */
const signedByHolderOf = (field, permission, message) => ({
	and: [
		{ '==': [{ var: `${field}.message` }, message] },
		{ signature_valid: [{ var: field }] },
		{ has_permission: [{ var: `${field}.participant` }, permission] },
	],
});

/**
 * The medical agreement (athlete ↔ team doctor), from the diagnosis on: it starts INJURED. The
 * treatment starts on a plan signed by a holder of `update_treatment`, and the clearance needs
 * the signature of a holder of `clear_for_activity`. CLEARED is not terminal: the agreement,
 * and so the delegations in it, outlive the clearance (a re-injury starts over).
 */
const MEDICAL_LIFECYCLE = {
	dfa: {
		initial: 'INJURED',
		states: [dfaState('INJURED'), dfaState('TREATMENT'), dfaState('REHAB'), dfaState('CLEARED', false, true)],
		transitions: [
			dfaStep(null, 'INJURED', 'INJURY_DIAGNOSED'),
			dfaStep('INJURED', 'TREATMENT', 'BEGIN_TREATMENT', signedByHolderOf('prescription', 'update_treatment', { var: 'plan_hash' })),
			dfaStep('TREATMENT', 'REHAB', 'TREATMENT_COMPLETE'),
			dfaStep('REHAB', 'CLEARED', 'MEDICAL_CLEARANCE', signedByHolderOf('clearance', 'clear_for_activity', textHex('CLEARED'))),
			dfaStep('CLEARED', 'INJURED', 'RE_INJURY'),
		],
	},
	variables: ['prescription', 'plan_hash', 'clearance'],
};

/**
 * Rehab progress, owned by the rehabilitation agreement (athlete ↔ therapist): each session
 * mints a fungible token whose quantity is the strength recovered, in percent.
 */
const REHAB_GROUP = {
	fungible: true,
	allowIncrease: false,
	allowDecrease: false,
	conflictResolution: 'XOR',
	dfa: {
		initial: 'IMPROVING',
		states: [dfaState('IMPROVING', false, true)],
		transitions: [
			dfaStep(null, 'IMPROVING', 'REHAB_SESSION', {
				and: [{ '==': [{ var: 'quantity' }, { var: 'strength_pct' }] }, { '<=': [1, { var: 'strength_pct' }, 100] }],
			}),
		],
	},
	validation: { '<=': [0, { var: 'pain_level' }, 10] },
	variables: ['strength_pct', 'pain_level'],
};
/** Strength recovered: fungible, with the group's lifecycle (behaviour 1100: quantities fixed). */
const REHAB_SERIES = { fungible: true, allowIncrease: false, allowDecrease: false, dfa: null, validation: null, variables: [] };

/** The therapist's conditioned grant: only sessions at most `MAX_DELEGATED_PAIN` painful. */
const LOW_PAIN_CONDITION = { guard: { '<=': [{ var: 'pain_level' }, MAX_DELEGATED_PAIN] }, variables: ['pain_level'] };

/** Fields of the medical record that the league must never receive. */
const MEDICAL_FIELDS = ['injury_details', 'diagnosis', 'injury_code', 'body_part', 'severity', 'treatment_plan', 'medications', 'test_results'];
/** The league's injury designations. */
const REPORT_STATUSES = ['OUT', 'DOUBTFUL', 'QUESTIONABLE', 'PROBABLE', 'AVAILABLE'];

/**
 * The league's injury reports, owned by the reporting agreement (athlete ↔ league medical
 * committee): each report is an edition, and the next one supersedes it. The validation rule
 * admits a known designation and a return estimate, and no medical field: `missing_some(1,
 * fields)` is empty, so false, as soon as one of them is present. The policy engine has no
 * operator listing an object's keys, so the rule names the fields it refuses rather than
 * allowing only known ones.
 */
const REPORT_GROUP = {
	fungible: false,
	allowIncrease: false,
	allowDecrease: false,
	conflictResolution: 'XOR',
	dfa: {
		initial: 'CURRENT',
		states: [dfaState('CURRENT', false, true), dfaState('SUPERSEDED', true, true)],
		transitions: [dfaStep(null, 'CURRENT', 'INJURY_REPORT'), dfaStep('CURRENT', 'SUPERSEDED', 'INJURY_REPORT')],
	},
	validation: {
		and: [
			{ in: [{ var: 'status' }, REPORT_STATUSES] },
			{ '<=': [0, { var: 'expectedReturnDays' }, 365] },
			{ '!!': [{ missing_some: [1, MEDICAL_FIELDS] }] },
		],
	},
	variables: ['status', 'expectedReturnDays', ...MEDICAL_FIELDS],
};

// --- The suite --------------------------------------------------------------------------------

let node;
let api;
/** Accounts: the roster's (alice … dave), the deal's (eve, ferdie) and the wallets of the deal and of the injury. */
const accounts = {};
/** Participants: `{ id, key }`, the key a fresh sr25519 pair. */
const parties = {};
/** What the steps learn along the way. */
const roster = {};
const deal = {};
const injury = {};

/** One step of this suite; once a step fails the later ones are skipped (lib/node.mjs). */
const e2eTest = suiteSteps(() => node);

function rpc(method, ...params) {
	return agreementsRpc(node, method, ...params);
}

/** `utility.batchAll`: all calls or none, in one extrinsic. */
function batchAll(calls) {
	return api.tx.utility.batchAll(calls);
}

/** Submits `txs` signed by `signer` in this order (one round trip) and returns the results. */
function inOrder(signer, txs) {
	return signAndSendInOrder(api, txs, signer);
}

/**
 * `inOrder` for groups of extrinsics (e.g. the batches of one kind of call, then a tally):
 * all are submitted at once, in order, and the results come back grouped the same way.
 */
async function inOrderGrouped(signer, groups) {
	const results = await inOrder(signer, groups.flat());
	let offset = 0;
	return groups.map((txs) => {
		offset += txs.length;
		return results.slice(offset - txs.length, offset);
	});
}

/** Asserts that every result dispatched and returns their events, in order. */
function dispatchedEvents(results, what) {
	results.forEach((result, index) => assertDispatched(result, `${what} (extrinsic ${index + 1} of ${results.length})`));
	return results.flatMap((result) => result.events);
}

/**
 * `calls`, all of one kind (so of one weight, the first's), as `utility.batchAll`s that each
 * take at most three quarters of the weight a block allows one extrinsic. The sizes follow the
 * runtime's benchmarked weights, so a heavier call makes more batches instead of a batch the
 * pool refuses.
 */
async function batchesOf(calls) {
	if (calls.length === 0) return [];
	const budget = (api.consts.system.blockWeights.perClass.normal.maxExtrinsic.unwrap().refTime.toBigInt() * 3n) / 4n;
	const { weight } = await batchAll(calls.slice(0, 1)).paymentInfo(accounts.alice);
	const size = Math.max(1, Number(budget / weight.refTime.toBigInt()));
	const batches = [];
	for (let start = 0; start < calls.length; start += size) batches.push(batchAll(calls.slice(start, start + size)));
	return batches;
}

/** What `who` holds under the agreements' hold `reason` at `blockHash`. */
function held(who, reason, blockHash) {
	return heldAt(api, blockHash, who, 'Agreements', reason);
}

/** `agreements_encodeData` of many objects, a few requests at a time. */
async function encodeAll(objects, concurrency = 16) {
	const encoded = new Array(objects.length);
	let next = 0;
	const worker = async () => {
		while (next < objects.length) {
			const index = next++;
			encoded[index] = await rpc('encodeData', objects[index]);
		}
	};
	await Promise.all(Array.from({ length: concurrency }, worker));
	return encoded;
}

/** The tokens `ids` as stored at `blockHash` (all must exist). */
async function tokensAt(ids, blockHash) {
	const stored = await (await api.at(blockHash)).query.agreements.tokens.multi(ids);
	return stored.map((token, index) => {
		assert.ok(token.isSome, `token ${ids[index]} exists`);
		return token.unwrap();
	});
}

/** Every token `agreement` owns, through `agreements_tokensOf`'s pages (100 ids each). */
async function allTokensOf(agreement) {
	const ids = [];
	for (;;) {
		const page = await rpc('tokensOf', agreement, ids.length ? ids[ids.length - 1] + 1 : 0, 100);
		ids.push(...page);
		if (page.length < 100) return ids;
	}
}

/** A series' live supply at `blockHash`. */
async function supplyAt(series, blockHash) {
	return (await (await api.at(blockHash)).query.agreements.seriesById(series)).unwrap().supply.toBigInt();
}

/**
 * A proposal of `proposer` carrying every party's consent signature, so that it activates at
 * once: `{ id, terms, call }`. `left` and `right` are participants `{ id, key }`.
 */
function proposal(proposer, { metadata, left, right, kind, lifecycle: lifecycleDocument = null, deadline }) {
	const distinct = [...new Map([...left, ...right].map((party) => [party.id, party])).values()];
	const fields = { left: left.map((party) => party.id), right: right.map((party) => party.id), kind, lifecycle: lifecycleDocument, metadata, consentDeadline: deadline };
	return consentedAgreement(api, proposer, fields, distinct);
}

/** The `{ id, key }` of a new participant (its key a fresh sr25519 pair). */
function newParty(keyring) {
	return { id: undefined, key: keyring.addFromSeed(randomAsU8a(32)) };
}

before(async () => {
	await cryptoWaitReady();
	const keyring = new Keyring({ type: 'sr25519', ss58Format: SS58_PREFIX });
	for (const name of ['Alice', 'Bob', 'Charlie', 'Dave', 'Eve', 'Ferdie']) accounts[name.toLowerCase()] = keyring.addFromUri(`//${name}`);
	// Endowed development accounts: the players' wallet owns the 450 player participants, the
	// charity desk the charity's.
	accounts.players = keyring.addFromUri('//Eve//stash');
	accounts.charityDesk = keyring.addFromUri('//Ferdie//stash');
	// The injury's accounts are used by no other step, so their holds and balances are its own:
	// the athlete's wallet, the team's clinic (the doctor's), the therapy practice (the
	// therapist's) and the coaching staff (the coach's); Dave owns the league's medical committee.
	accounts.athleteWallet = keyring.addFromUri('//Alice//stash');
	accounts.clinic = keyring.addFromUri('//Bob//stash');
	accounts.therapyPractice = keyring.addFromUri('//Charlie//stash');
	accounts.coachingStaff = keyring.addFromUri('//Dave//stash');
	for (const name of ['athlete', 'lakers', 'heat', 'league', 'association', 'twoK', 'charity']) parties[name] = newParty(keyring);
	for (const name of ['patient', 'doctor', 'therapist', 'coach', 'leagueMedical']) parties[name] = newParty(keyring);
	parties.players = Array.from({ length: PLAYERS }, () => newParty(keyring));

	node = await DevNode.start();
	await withNodeLog(node, () => node.waitForRpc());
	await withNodeLog(node, async () => {
		api = await connectApi(node.wsUrl);
	});
}, { timeout: NODE_START_TIMEOUT_MS + MINUTE });

after(async () => {
	console.log(`agreements-examples: ${((Date.now() - SUITE_STARTED) / 1000).toFixed(1)} s from start to end`);
	await api?.disconnect().catch(() => {});
	await node?.cleanup();
});

// --- Roster lifecycle -------------------------------------------------------------------------

e2eTest('roster: the athlete (Alice), the Lakers (Bob), the Heat (Charlie) and the league (Dave) register their keys', 2 * MINUTE, async () => {
	const registrations = [
		['athlete', accounts.alice, 'User', 'LeBron James'],
		['lakers', accounts.bob, 'Org', 'Los Angeles Lakers'],
		['heat', accounts.charlie, 'Org', 'Miami Heat'],
		['league', accounts.dave, 'Org', 'NBA'],
	];
	const results = await Promise.all(registrations.map(([party, owner, kind, name]) => inOrder(owner, [registerParticipantCall(api, owner, kind, parties[party].key, name)])));
	registrations.forEach(([party, owner], index) => {
		const [result] = results[index];
		assertDispatched(result, `registering ${party}`);
		[parties[party].id] = registeredIds(result.events, owner);
	});
	assert.equal(new Set(registrations.map(([party]) => parties[party].id)).size, 4);
	const view = await rpc('participant', parties.league.id);
	assert.deepEqual([view.owner, view.kind, view.key.public], [accounts.dave.address, 'org', u8aToHex(parties.league.key.publicKey)]);
});

e2eTest('roster: in one batch the league proposes five agreements with every consent and creates the roster, stats and moments groups', 2 * MINUTE, async () => {
	const { athlete, lakers, heat, league } = parties;
	const deadline = (await node.bestNumber()) + 200;
	const employment = await rpc('encodeLifecycle', EMPLOYMENT_LIFECYCLE);
	const agree = (metadata, left, right, kind, lifecycleDocument = null) => proposal(accounts.dave, { metadata, left, right, kind, lifecycle: lifecycleDocument, deadline });
	const agreements = {
		lakersLeague: agree('Lakers in the NBA 2024', [lakers], [league], 'league_membership'),
		heatLeague: agree('Heat in the NBA 2024', [heat], [league], 'league_membership'),
		leagueOffice: agree('NBA league office 2024', [league], [league], 'governance'),
		athleteLakers: agree('LeBron James with the Lakers', [athlete], [lakers], 'employment', employment),
		athleteHeat: agree('LeBron James with the Heat, if traded', [athlete], [heat], 'employment', employment),
	};
	const [firstGroup, firstSeries] = (await Promise.all([api.query.agreements.nextGroupId(), api.query.agreements.nextSeriesId()])).map((id) => id.toNumber());
	// Group and series ids are assigned in order within the batch.
	const groups = [
		['lakersRoster', agreements.lakersLeague, rosterGroupPolicy(lakers.id, league.id), 'Lakers 2024 roster', SEASON_SERIES, '0000'],
		['heatRoster', agreements.heatLeague, rosterGroupPolicy(heat.id, league.id), 'Heat 2024 roster', acquisitionsSeries(league.id), '0000'],
		['stats', agreements.leagueOffice, STATS_GROUP, 'NBA statistics 2024', POINTS_SERIES, '1110'],
		['moments', agreements.leagueOffice, MOMENTS_GROUP, 'NBA legendary moments', EDITIONS_SERIES, '0000'],
	];
	const documents = await Promise.all(groups.map(async ([, , group, , series]) => {
		const [groupDocument, seriesDocument] = await Promise.all([rpc('encodeGroupPolicy', group), rpc('encodeSeriesPolicy', series)]);
		return { groupDocument, seriesDocument };
	}));
	for (const [index, [name, , , , , behavior]] of groups.entries()) {
		const check = await rpc('validatePolicy', documents[index].groupDocument, documents[index].seriesDocument);
		assert.deepEqual([check.valid, check.behavior], [true, behavior], `${name}: ${JSON.stringify(check.findings)}`);
	}
	const calls = [
		...Object.values(agreements).map((agreement) => agreement.call),
		...groups.map(([name, owner], index) => api.tx.agreements.createGroup(owner.id, league.id, documents[index].groupDocument, blake2AsHex(name))),
		...groups.map(([name], index) => api.tx.agreements.createSeries(firstGroup + index, league.id, documents[index].seriesDocument, blake2AsHex(`${name} series`))),
	];
	const [result] = await inOrder(accounts.dave, [batchAll(calls)]);
	assertDispatched(result, 'the league\'s setup batch');

	const activated = eventsOf(result.events, 'agreements', 'AgreementActivated').map((event) => eventField(event, 'id', 0).toHex());
	assert.deepEqual(activated, Object.values(agreements).map((agreement) => agreement.id), 'every agreement activates under the id computed here');
	assert.deepEqual(eventsOf(result.events, 'agreements', 'GroupCreated').map((event) => eventField(event, 'id', 0).toNumber()), [0, 1, 2, 3].map((i) => firstGroup + i));
	const created = eventsOf(result.events, 'agreements', 'SeriesCreated');
	assert.deepEqual(created.map((event) => eventField(event, 'id', 0).toNumber()), [0, 1, 2, 3].map((i) => firstSeries + i));
	assert.deepEqual(created.map((event) => eventField(event, 'behavior', 2).toNumber().toString(2).padStart(4, '0')), groups.map((group) => group[5]));
	for (const [name, agreement] of Object.entries(agreements)) roster[name] = agreement.id;
	groups.forEach(([name], index) => {
		roster[`${name}Group`] = firstGroup + index;
		roster[`${name}Series`] = firstSeries + index;
	});

	const contract = await rpc('agreement', roster.athleteLakers);
	assert.deepEqual([contract.status, contract.state, contract.left, contract.right], [{ state: 'active' }, 'EMPLOYED', [athlete.id], [lakers.id]]);
	const office = await rpc('agreement', roster.leagueOffice);
	assert.deepEqual(office.consented, [league.id], 'a party on both sides consents once');
	// The proposer and creator holds every deposit: five agreements (two with a lifecycle), four
	// groups and four series, plus a milli-ARETE per policy byte.
	const { consts } = api;
	const bytes = (hex) => BigInt(hexToU8a(hex).length);
	const policyByte = consts.agreements.policyByteDeposit.toBigInt();
	assert.equal(await held(accounts.dave, 'AgreementDeposit', result.blockHash), 5n * consts.agreements.agreementDeposit.toBigInt() + 2n * bytes(employment) * policyByte);
	const policyBytes = documents.reduce((sum, { groupDocument, seriesDocument }) => sum + bytes(groupDocument) + bytes(seriesDocument), 0n);
	assert.equal(
		await held(accounts.dave, 'GroupDeposit', result.blockHash),
		4n * (consts.agreements.groupDeposit.toBigInt() + consts.agreements.seriesDeposit.toBigInt()) + policyBytes * policyByte,
	);
});

e2eTest('roster: the athlete\'s contracts ask to join the Lakers roster, stats, moments and Heat roster groups; the league admits them', 2 * MINUTE, async () => {
	const athlete = parties.athlete.id;
	const joins = [
		[roster.lakersRosterGroup, roster.athleteLakers],
		[roster.statsGroup, roster.athleteLakers],
		[roster.momentsGroup, roster.athleteLakers],
		[roster.heatRosterGroup, roster.athleteHeat],
	];
	const [requested] = await inOrder(accounts.alice, [batchAll(joins.map(([group, agreement]) => api.tx.agreements.requestMembership(group, agreement, athlete)))]);
	assertDispatched(requested, 'the athlete\'s membership requests');
	const [admitted] = await inOrder(accounts.dave, [batchAll(joins.map(([group, agreement]) => api.tx.agreements.admitMember(group, agreement, parties.league.id)))]);
	assertDispatched(admitted, 'the league\'s admissions');
	const tokens = eventsOf(admitted.events, 'agreements', 'MemberAdmitted').map((event) => [eventField(event, 'group', 0).toNumber(), eventField(event, 'agreement', 1).toHex()]);
	assert.deepEqual(tokens, joins);
	// Alice requested, so she holds the memberships' and their tokens' deposits.
	const { consts } = api;
	assert.equal(await held(accounts.alice, 'MembershipDeposit', admitted.blockHash), 4n * consts.agreements.membershipDeposit.toBigInt());
	assert.equal(await held(accounts.alice, 'TokenDeposit', admitted.blockHash), 4n * consts.agreements.tokenDeposit.toBigInt());
	const group = await rpc('group', roster.lakersRosterGroup);
	const byId = (a, b) => (a.agreement < b.agreement ? -1 : 1);
	assert.deepEqual(group.members.sort(byId), [{ agreement: roster.lakersLeague, status: 'active' }, { agreement: roster.athleteLakers, status: 'active' }].sort(byId));
});

e2eTest('roster: tryout, contract (confirmed by the Lakers\' key), training camp and roster spot move one token TRYOUT → SIGNED → TRAINING → ACTIVE', 2 * MINUTE, async () => {
	const athlete = [parties.athlete];
	const stream = (activity) => new Stream(roster.athleteLakers, activity);
	const token = (await api.query.agreements.nextTokenId()).toNumber();
	const contract = stream('CONTRACT_SIGNED');
	const contractHash = blake2AsHex('2 years, 47,654,321 base salary, jersey 23');
	const [tryoutData, contractData, noData] = await encodeAll([
		{ three_point_shooting: '15/20', free_throws: '18/20', sprint_seconds: 4.2, vertical_inches: 38 },
		{
			duration_years: 2,
			base_salary: 47_654_321,
			jersey_number: 23,
			contract_hash: contractHash,
			team_confirmation: guardApproval(api, contract, parties.lakers.id, parties.lakers.key, contractHash),
		},
		{},
	]);
	const events = [
		stream('TRYOUT_PERFORMANCE').next(api, { data: tryoutData, effects: [mint(roster.lakersRosterSeries, 1, 'TRYOUT', { edition: 23 })] }, athlete),
		contract.next(api, { data: contractData, effects: [transition(token, 'TRYOUT', 'SIGNED')] }, athlete),
		stream('TRAINING_CAMP').next(api, { data: noData, effects: [transition(token, 'SIGNED', 'TRAINING')] }, athlete),
		stream('MAKE_ROSTER').next(api, { data: noData, effects: [transition(token, 'TRAINING', 'ACTIVE')] }, athlete),
	];
	const [result] = await inOrder(accounts.alice, [batchAll(events.map((event) => submitEventCall(api, event, FUEL)))]);
	assertDispatched(result, 'the roster events');
	assert.deepEqual(mintedIds(result.events), [token], 'the tryout minted the token the later events name');
	const moves = eventsOf(result.events, 'agreements', 'TokenTransitioned').map((event) => `${eventField(event, 'from', 1).toUtf8()}→${eventField(event, 'to', 2).toUtf8()}`);
	assert.deepEqual(moves, ['TRYOUT→SIGNED', 'SIGNED→TRAINING', 'TRAINING→ACTIVE']);
	assert.deepEqual(eventsOf(result.events, 'agreements', 'EventRecorded').map((event) => event.data[3].toHex()), events.map((event) => event.hash));
	const stored = await rpc('token', token);
	assert.deepEqual(
		[stored.class, stored.owner, stored.quantity, stored.state, stored.uniqueId, stored.generatedBy, stored.parentEvent],
		[{ series: roster.lakersRosterSeries }, roster.athleteLakers, '1', 'ACTIVE', 23, events[0].hash, events[3].hash],
	);
	const history = await rpc('tokenHistory', token);
	assert.deepEqual([history.complete, history.linked, history.events.map((event) => event.activity)], [true, true, ['MAKE_ROSTER', 'TRAINING_CAMP', 'CONTRACT_SIGNED', 'TRYOUT_PERFORMANCE']]);
	roster.rosterToken = token;
});

e2eTest('roster: one game performance mints two tokens, 38 points of fungible stats and collectible moment edition 45', 2 * MINUTE, async () => {
	const game = { game_id: 'LAL_vs_BOS_20240215', points: 38, rebounds: 12, assists: 11, triple_double: true };
	const event = new Stream(roster.athleteLakers, 'GAME_PERFORMANCE').next(api, {
		data: await rpc('encodeData', game),
		effects: [mint(roster.statsSeries, game.points, 'RECORDED', { attributes: 'points LAL_vs_BOS_20240215' }), mint(roster.momentsSeries, 1, 'MINTED', { edition: 45, attributes: 'LEBRON_TRIPLE_DOUBLE_45' })],
	}, [parties.athlete]);
	const [result] = await inOrder(accounts.alice, [submitEventCall(api, event, FUEL)]);
	assertDispatched(result, 'the game');
	const [stats, moment] = mintedIds(result.events);
	const minted = eventsOf(result.events, 'agreements', 'TokenMinted').map((e) => [eventField(e, 'class', 1).asSeries.toNumber(), eventField(e, 'quantity', 3).toBigInt()]);
	assert.deepEqual(minted, [[roster.statsSeries, 38n], [roster.momentsSeries, 1n]]);
	const [statsToken, momentToken] = await Promise.all([rpc('token', stats), rpc('token', moment)]);
	assert.deepEqual([statsToken.quantity, statsToken.state, statsToken.behavior, statsToken.uniqueId, statsToken.generatedBy], ['38', 'RECORDED', '1110', null, event.hash]);
	assert.deepEqual([momentToken.quantity, momentToken.state, momentToken.behavior, momentToken.uniqueId, momentToken.attributes], ['1', 'MINTED', '0000', 45, blake2AsHex('LEBRON_TRIPLE_DOUBLE_45')]);
	assert.equal((await rpc('series', roster.statsSeries)).supply, '38');
	const record = await rpc('event', event.hash);
	assert.deepEqual(record.tokens.map((touched) => touched.token), [stats, moment], 'the record lists both tokens it minted');
	roster.statsToken = stats;
	roster.momentToken = moment;
});

e2eTest('roster: the trade\'s four parties are its producers: without Heat\'s signature it fails MissingProducerSignature, forged InvalidSignature, with all four it executes', 3 * MINUTE, async () => {
	const { athlete, lakers, heat, league } = parties;
	const four = [athlete, lakers, heat, league];
	const terms = {
		left: four,
		right: [league],
		kind: 'trade',
		lifecycle: await rpc('encodeLifecycle', TRADE_LIFECYCLE),
		metadata: 'LeBron James: Lakers to Heat for two picks and 5,000,000',
		deadline: (await node.bestNumber()) + 200,
	};
	const trade = proposal(accounts.dave, terms);
	const [group, series] = (await Promise.all([api.query.agreements.nextGroupId(), api.query.agreements.nextSeriesId()])).map((id) => id.toNumber());
	const [groupDocument, seriesDocument] = await Promise.all([rpc('encodeGroupPolicy', TRADE_RECORD_GROUP), rpc('encodeSeriesPolicy', EDITIONS_SERIES)]);
	const setup = batchAll([
		trade.call,
		api.tx.agreements.createGroup(trade.id, league.id, groupDocument, blake2AsHex('trade record')),
		api.tx.agreements.createSeries(group, league.id, seriesDocument, blake2AsHex('trades 2024')),
	]);
	const stream = new Stream(trade.id, 'TRADE_EXECUTED');
	const content = {
		data: await rpc('encodeData', { from_team: lakers.id, to_team: heat.id, draft_picks: ['2025_first_round', '2027_second_round'], cash: 5_000_000 }),
		effects: [mint(series, 1, 'EXECUTED', { edition: 1, attributes: terms.metadata }), lifecycle('AGREED', 'EXECUTED')],
	};
	const withoutHeat = stream.sign(api, content, [athlete, lakers, league]);
	const [created, refused] = await inOrder(accounts.dave, [setup, submitEventCall(api, withoutHeat, FUEL)]);
	assertDispatched(created, 'the trade agreement and its record group');
	const activated = findEvent(created.events, 'agreements', 'AgreementActivated');
	assert.equal(eventField(activated, 'id', 0).toHex(), trade.id);
	assert.deepEqual(eventsOf(created.events, 'agreements', 'Consented').map((event) => eventField(event, 'participant', 1).toNumber()), four.map((p) => p.id), 'activated only with all four consents');
	assertAgreementsError(refused, 'MissingProducerSignature', 'the trade without Heat\'s signature');

	// Heat's proof made by the Lakers' key: a signature that does not verify.
	const forged = stream.sign(api, content, [athlete, lakers, { id: heat.id, key: lakers.key }, league]);
	const dryForged = await rpc('dryRunEvent', accounts.dave.address, forged.contentHex, forged.proofsHex, FUEL);
	assert.equal(dryForged.error, 'Module(Agreements::InvalidSignature)', JSON.stringify(dryForged));

	const executed = stream.next(api, content, four);
	const [result] = await inOrder(accounts.dave, [submitEventCall(api, executed, FUEL)]);
	assertDispatched(result, 'the trade with all four signatures');
	const [record] = mintedIds(result.events);
	assert.equal(eventField(findEvent(result.events, 'agreements', 'TokenMinted'), 'owner', 2).toHex(), trade.id);
	assert.ok(findEvent(result.events, 'agreements', 'AgreementTerminated'), `the trade ends when executed; events: ${eventNames(result.events)}`);
	const view = await rpc('agreement', trade.id);
	assert.equal(view.state, 'EXECUTED');
	assert.equal(view.status.state, 'terminated');
	assert.deepEqual(view.streams, [{ activity: 'TRADE_EXECUTED', last: executed.hash, ordinal: 1 }]);
	assert.equal((await rpc('token', record)).state, 'EXECUTED');
	roster.trade = trade.id;
	roster.tradeRecord = record;
});

e2eTest('roster: with the league\'s approval the Lakers roster token becomes TRADED and the contract ends (stats and moment kept); the Heat roster token is minted ACTIVE', 2 * MINUTE, async () => {
	const { athlete, league, heat } = parties;
	const lakersTrade = new Stream(roster.athleteLakers, 'TRADE_EXECUTED');
	const heatArrival = new Stream(roster.athleteHeat, 'TRADE_ACQUIRED');
	const tradeData = (stream, approver) => rpc('encodeData', { trade: roster.trade, trade_record: roster.tradeRecord, league_approval: guardApproval(api, stream, league.id, approver.key, roster.trade) });
	const leaves = { effects: [transition(roster.rosterToken, 'ACTIVE', 'TRADED'), lifecycle('EMPLOYED', 'TRADED')] };

	// An approval made by the Heat's key in the league's name is refused by the guard.
	const pretended = lakersTrade.sign(api, { data: await tradeData(lakersTrade, heat), ...leaves }, [athlete]);
	const dryPretended = await rpc('dryRunEvent', accounts.alice.address, pretended.contentHex, pretended.proofsHex, FUEL);
	assert.equal(dryPretended.error, 'Module(Agreements::PolicyViolation)', JSON.stringify(dryPretended));

	const heatToken = (await api.query.agreements.nextTokenId()).toNumber();
	const events = [
		lakersTrade.next(api, { data: await tradeData(lakersTrade, league), ...leaves }, [athlete]),
		heatArrival.next(api, { data: await tradeData(heatArrival, league), effects: [mint(roster.heatRosterSeries, 1, 'ACTIVE', { edition: 1 })] }, [athlete]),
	];
	const [result] = await inOrder(accounts.alice, [batchAll(events.map((event) => submitEventCall(api, event, FUEL)))]);
	assertDispatched(result, 'the roster moves of the trade');
	assert.deepEqual(mintedIds(result.events), [heatToken]);
	const [lakersToken, heatRosterToken, contract] = await Promise.all([rpc('token', roster.rosterToken), rpc('token', heatToken), rpc('agreement', roster.athleteLakers)]);
	assert.deepEqual([lakersToken.state, lakersToken.owner, lakersToken.parentEvent], ['TRADED', roster.athleteLakers, events[0].hash]);
	assert.deepEqual([heatRosterToken.state, heatRosterToken.owner, heatRosterToken.class, heatRosterToken.generatedBy], ['ACTIVE', roster.athleteHeat, { series: roster.heatRosterSeries }, events[1].hash]);
	assert.deepEqual([contract.state, contract.status.state], ['TRADED', 'terminated']);
	const kept = await rpc('tokensOf', roster.athleteLakers);
	for (const token of [roster.rosterToken, roster.statsToken, roster.momentToken]) assert.ok(kept.includes(token), `the ended contract keeps token ${token}`);
	assert.equal((await rpc('agreement', roster.athleteHeat)).status.state, 'active');
});

// --- Data-licensing deal ----------------------------------------------------------------------

e2eTest('licensing: the association (Eve), 2K (Ferdie) and a charity register; 450 players register in a batch', 2 * MINUTE, async () => {
	const players = parties.players;
	const registrations = await batchesOf(players.map((player, index) => registerParticipantCall(api, accounts.players, 'User', player.key, `player ${index}`)));
	const [[association], [twoK], [charity], batches] = await Promise.all([
		inOrder(accounts.eve, [registerParticipantCall(api, accounts.eve, 'Org', parties.association.key, 'NBPA')]),
		inOrder(accounts.ferdie, [registerParticipantCall(api, accounts.ferdie, 'Org', parties.twoK.key, '2K Sports')]),
		inOrder(accounts.charityDesk, [registerParticipantCall(api, accounts.charityDesk, 'Org', parties.charity.key, 'Players\' charities fund')]),
		inOrder(accounts.players, registrations),
	]);
	for (const [result, what] of [[association, 'the association'], [twoK, '2K'], [charity, 'the charity']]) assertDispatched(result, `registering ${what}`);
	[parties.association.id] = registeredIds(association.events, accounts.eve);
	[parties.twoK.id] = registeredIds(twoK.events, accounts.ferdie);
	[parties.charity.id] = registeredIds(charity.events, accounts.charityDesk);
	const ids = registeredIds(dispatchedEvents(batches, 'registering the players'), accounts.players);
	assert.equal(ids.length, PLAYERS);
	ids.forEach((id, index) => {
		players[index].id = id;
	});
	assert.deepEqual(ids, ids.map((_, index) => ids[0] + index), 'consecutive ids in batch order');
	assert.equal(await held(accounts.players, 'ParticipantDeposit', batches.at(-1).blockHash), BigInt(PLAYERS) * api.consts.agreements.participantDeposit.toBigInt());
});

e2eTest('licensing: the association proposes 453 agreements with every consent, creates the program\'s group and three series, and admits 452 members', 3 * MINUTE, async () => {
	const { association, twoK, charity, players } = parties;
	const deadline = (await node.bestNumber()) + 200;
	const dealLifecycle = await rpc('encodeLifecycle', DEAL_LIFECYCLE);
	const agree = (metadata, left, right, kind, lifecycleDocument = null) => proposal(accounts.eve, { metadata, left, right, kind, lifecycle: lifecycleDocument, deadline });
	const board = agree('NBPA board', [association], [association], 'governance');
	const licence = agree('NBPA data licence to 2K 2024-2025: 1.5 % royalty, 2,500,000 guaranteed a quarter', [association], [twoK], 'data_licensing', dealLifecycle);
	const charityPartner = agree('Players\' charities fund with the NBPA', [charity], [association], 'charity_partner');
	const representation = players.map((player, index) => agree(`player ${index} represented by the NBPA`, [player], [association], 'collective_representation'));

	const [group, firstSeries] = (await Promise.all([api.query.agreements.nextGroupId(), api.query.agreements.nextSeriesId()])).map((id) => id.toNumber());
	const seriesPolicies = [ballotSeries('approve', 'approvals', association.id), ballotSeries('reject', 'rejections', association.id), ROYALTY_SERIES];
	const [groupDocument, ...seriesDocuments] = await Promise.all([rpc('encodeGroupPolicy', PROGRAM_GROUP), ...seriesPolicies.map((policy) => rpc('encodeSeriesPolicy', policy))]);
	for (const document of seriesDocuments) {
		const check = await rpc('validatePolicy', groupDocument, document);
		assert.deepEqual([check.valid, check.behavior], [true, '1100'], JSON.stringify(check.findings));
	}
	const members = [licence, charityPartner, ...representation];
	const program = batchAll([
		api.tx.agreements.createGroup(board.id, association.id, groupDocument, blake2AsHex('NBPA data licensing program 2024')),
		...['approvals', 'rejections', 'royalties'].map((name, index) => api.tx.agreements.createSeries(group, association.id, seriesDocuments[index], blake2AsHex(name))),
	]);
	const [proposed, [created], requested, admitted] = await inOrderGrouped(accounts.eve, [
		await batchesOf([board, licence, charityPartner, ...representation].map((agreement) => agreement.call)),
		[program],
		await batchesOf(members.map((member) => api.tx.agreements.requestMembership(group, member.id, association.id))),
		await batchesOf(members.map((member) => api.tx.agreements.admitMember(group, member.id, association.id))),
	]);
	const activated = eventsOf(dispatchedEvents(proposed, 'the 453 proposals'), 'agreements', 'AgreementActivated').map((event) => eventField(event, 'id', 0).toHex());
	assert.deepEqual(activated, [board, licence, charityPartner, ...representation].map((agreement) => agreement.id), 'all 453 active under the ids computed here');
	assertDispatched(created, 'the group and its series');
	assert.deepEqual(eventsOf(created.events, 'agreements', 'SeriesCreated').map((event) => eventField(event, 'id', 0).toNumber()), [0, 1, 2].map((i) => firstSeries + i));
	dispatchedEvents(requested, 'the membership requests');
	assert.equal(eventsOf(dispatchedEvents(admitted, 'the admissions'), 'agreements', 'MemberAdmitted').length, members.length);
	Object.assign(deal, {
		board: board.id,
		licence: licence.id,
		charity: charityPartner.id,
		players: representation.map((agreement) => agreement.id),
		group,
		approvals: firstSeries,
		rejections: firstSeries + 1,
		royalties: firstSeries + 2,
	});

	// Eve proposed, created and requested everything: every deposit, to the planck.
	const bytes = (hex) => BigInt(hexToU8a(hex).length);
	const c = api.consts.agreements;
	const policyByte = c.policyByteDeposit.toBigInt();
	const at = admitted.at(-1).blockHash;
	assert.equal(await held(accounts.eve, 'AgreementDeposit', at), 453n * c.agreementDeposit.toBigInt() + bytes(dealLifecycle) * policyByte);
	const policyBytes = bytes(groupDocument) + seriesDocuments.reduce((sum, document) => sum + bytes(document), 0n);
	assert.equal(await held(accounts.eve, 'GroupDeposit', at), c.groupDeposit.toBigInt() + 3n * c.seriesDeposit.toBigInt() + policyBytes * policyByte);
	assert.equal(await held(accounts.eve, 'MembershipDeposit', at), 452n * c.membershipDeposit.toBigInt());
	assert.equal(await held(accounts.eve, 'TokenDeposit', at), 453n * c.tokenDeposit.toBigInt(), 'the owner\'s and 452 members\' membership tokens');
	const programView = await rpc('group', group);
	assert.equal(programView.members.length, 453);
	assert.ok(programView.members.every((member) => member.status === 'active'));
	assert.equal((await rpc('agreement', licence.id)).state, 'PLAYER_VOTE');
});

/**
 * The ballots of players `from` … `from + count - 1`: each player's key signs its event, and the
 * association's key confirms the choice in a signature bound to that event.
 */
async function ballots(from, count, choice) {
	const players = parties.players.slice(from, from + count);
	const streams = players.map((_, index) => new Stream(deal.players[from + index], 'DATA_LICENSE_CONSENT'));
	const data = await encodeAll(streams.map((stream) => ({
		vote: choice,
		consent_to_license: choice === 'approve',
		confirmation: guardApproval(api, stream, parties.association.id, parties.association.key, choice),
	})));
	const series = choice === 'approve' ? deal.approvals : deal.rejections;
	return streams.map((stream, index) => stream.next(api, { data: data[index], effects: [mint(series, 1, 'RECORDED', { attributes: `ballot ${from + index}` })] }, [players[index]]));
}

/**
 * The tally on the licence, signed by the association: each sheet checks its count against
 * its series' supply, and the lifecycle's guard decides (quorum and majority). Without the
 * lifecycle step it only checks the counts. `record`: the tally will be recorded, so the
 * stream's head moves to it.
 */
async function tally(approvals, rejections, { withLifecycle = true, record = false } = {}) {
	const effects = [transition(deal.approvalsSheet, 'RECORDED', 'TALLIED'), transition(deal.rejectionsSheet, 'RECORDED', 'TALLIED')];
	if (withLifecycle) effects.push(lifecycle('PLAYER_VOTE', 'APPROVED'));
	const content = { data: await rpc('encodeData', { approvals, rejections }), effects };
	return record ? deal.tallyStream.next(api, content, [parties.association]) : deal.tallyStream.sign(api, content, [parties.association]);
}

/**
 * Voting round `round` (see `ROUNDS`): its ballots in batches, then a tally of every ballot so
 * far, all submitted by the association's account in this order after `before` and followed by
 * `after`. `passes`: the tally is expected to be recorded. Returns the results of each part
 * (`voted`: the ballots' batches, `tallied`: the tally's), and the totals the tally claimed.
 */
async function voteRound(round, { before = [], after = [], passes = false } = {}) {
	const [rejecting, approving] = ROUNDS[round];
	const cast = ROUNDS.slice(0, round).reduce((sum, [r, a]) => sum + r + a, 0);
	const events = [...await ballots(cast, rejecting, 'reject'), ...await ballots(cast + rejecting, approving, 'approve')];
	const [rejections, approvals] = ROUNDS.slice(0, round + 1).reduce(([r, a], [dr, da]) => [r + dr, a + da], [0, 0]);
	const counted = await tally(approvals, rejections, { record: passes });
	const ballotBatches = await batchesOf(events.map((event) => submitEventCall(api, event, BALLOT_FUEL)));
	const [beforeResults, voted, [tallied], afterResults] = await inOrderGrouped(accounts.eve, [before, ballotBatches, [submitEventCall(api, counted, FUEL)], after]);
	return { before: beforeResults, voted, tallied, after: afterResults, approvals, rejections, ballots: events.length };
}

e2eTest('licensing: the vote opens with two tally sheets; 150 reject and 50 approve, each confirmed by the association; a tally at 200 ballots fails the quorum of 225', 3 * MINUTE, async () => {
	const open = new Stream(deal.licence, 'OPEN_VOTE').next(api, {
		data: await rpc('encodeData', { proposal: 'PROPOSE_LICENSE 2K 2024', voting_deadline: '2024-01-15T23:59:59Z', quorum_required: QUORUM, approval_threshold: 0.5 }),
		effects: [mint(deal.approvals, 1, 'RECORDED', { attributes: 'approvals sheet' }), mint(deal.rejections, 1, 'RECORDED', { attributes: 'rejections sheet' })],
	}, [parties.association]);
	const first = (await api.query.agreements.nextTokenId()).toNumber();
	deal.approvalsSheet = first;
	deal.rejectionsSheet = first + 1;
	deal.tallyStream = new Stream(deal.licence, 'MAJORITY_YES');
	const before = (await api.rpc.chain.getHeader()).hash.toHex();
	const { before: [opened], voted, tallied: counted, approvals, rejections } = await voteRound(0, { before: [submitEventCall(api, open, FUEL)] });
	assertDispatched(opened, 'opening the vote');
	assert.deepEqual(mintedIds(opened.events), [deal.approvalsSheet, deal.rejectionsSheet]);
	assert.equal(eventsOf(dispatchedEvents(voted, 'the first 200 ballots'), 'agreements', 'EventRecorded').length, 200);
	assertAgreementsError(counted, 'PolicyViolation', `a tally of ${approvals} for and ${rejections} against (quorum ${QUORUM})`);
	assert.deepEqual(
		[await supplyAt(deal.approvals, counted.blockHash), await supplyAt(deal.rejections, counted.blockHash)],
		[BigInt(approvals + 1), BigInt(rejections + 1)],
		'each sheet and its ballots',
	);
	// The counts were right: without the lifecycle step the same tally would pass, so it is the
	// quorum that refused it. Claiming more approvals than ballots fails the sheet's check.
	const countsOnly = await tally(approvals, rejections, { withLifecycle: false });
	assert.equal((await rpc('dryRunEvent', accounts.eve.address, countsOnly.contentHex, countsOnly.proofsHex, FUEL)).error, null);
	const inflated = await tally(approvals + 200, rejections, { withLifecycle: false });
	assert.equal((await rpc('dryRunEvent', accounts.eve.address, inflated.contentHex, inflated.proofsHex, FUEL)).error, 'Module(Agreements::PolicyViolation)');
	// Eve submitted the ballots: a token's and a record's deposit each (and the sheets').
	const { tokenDeposit, eventDeposit } = api.consts.agreements;
	const grew = async (reason) => (await held(accounts.eve, reason, counted.blockHash)) - (await held(accounts.eve, reason, before));
	assert.equal(await grew('TokenDeposit'), 202n * tokenDeposit.toBigInt());
	assert.equal(await grew('EventDeposit'), 201n * eventDeposit.toBigInt());
});

e2eTest('licensing: 50 more approve (100 for, 150 against): the quorum is reached without a majority and the tally fails; a second ballot by the same player fails', 2 * MINUTE, async () => {
	const { voted, tallied: counted, approvals, rejections } = await voteRound(1);
	dispatchedEvents(voted, 'the next 50 ballots');
	assertAgreementsError(counted, 'PolicyViolation', `a tally of ${approvals} for and ${rejections} against`);
	assert.equal(approvals + rejections >= QUORUM, true);
	assert.deepEqual([await supplyAt(deal.approvals, counted.blockHash), await supplyAt(deal.rejections, counted.blockHash)], [101n, 151n]);
	// Player 0 voted against. Its second ballot (ordinal 2 of its stream) replaying the
	// association's confirmation fails: that signature was bound to ordinal 1.
	const again = new Stream(deal.players[0], 'DATA_LICENSE_CONSENT');
	const firstConfirmation = guardApproval(api, again, parties.association.id, parties.association.key, 'reject');
	const [head] = (await rpc('agreement', deal.players[0])).streams;
	assert.deepEqual([head.activity, head.ordinal], ['DATA_LICENSE_CONSENT', 1]);
	again.parent = head.last;
	again.ordinal = 2;
	const second = again.sign(api, { data: await rpc('encodeData', { vote: 'reject', confirmation: firstConfirmation }), effects: [mint(deal.rejections, 1, 'RECORDED')] }, [parties.players[0]]);
	assert.equal((await rpc('dryRunEvent', accounts.eve.address, second.contentHex, second.proofsHex, BALLOT_FUEL)).error, 'Module(Agreements::PolicyViolation)');
});

e2eTest('licensing: the last 200 approve (300 for, 150 against): the tally passes, the licence activates, and 2K\'s quarter mints exactly 2,500,000 (1,875,000 is refused)', 3 * MINUTE, async () => {
	const activate = new Stream(deal.licence, 'ACTIVATE_LICENSE').next(api, { data: await rpc('encodeData', { players_included: PLAYERS, start_date: '2024-02-01' }), effects: [lifecycle('APPROVED', 'ACTIVE')] }, [parties.association]);
	const royalties = new Stream(deal.licence, 'ROYALTY_PAYMENT');
	const report = await rpc('encodeData', { period: '2024_Q1', gross_revenue: GROSS_REVENUE, royalty_rate: ROYALTY_RATE });
	const payment = (quantity) => ({ data: report, effects: [lifecycle('ACTIVE', 'ACTIVE'), mint(deal.royalties, quantity, 'PAYABLE', { attributes: '2K royalties 2024_Q1' })] });
	const rateOnly = royalties.sign(api, payment(RATE_AMOUNT), [parties.association]);
	const due = royalties.next(api, payment(AMOUNT_DUE), [parties.association]);
	const after = [submitEventCall(api, activate, FUEL), submitEventCall(api, rateOnly, FUEL), submitEventCall(api, due, FUEL)];
	const { voted, tallied: counted, after: [activated, refused, paid], approvals, rejections } = await voteRound(2, { after, passes: true });
	dispatchedEvents(voted, 'the last 200 ballots');
	assertDispatched(counted, `the tally of ${approvals} for and ${rejections} against`);
	assert.deepEqual([approvals, rejections], [300, 150]);
	const moves = eventsOf(counted.events, 'agreements', 'TokenTransitioned').map((event) => eventField(event, 'id', 0).toNumber());
	assert.deepEqual(moves, [deal.approvalsSheet, deal.rejectionsSheet]);
	const moved = findEvent(counted.events, 'agreements', 'LifecycleMoved');
	assert.deepEqual([eventField(moved, 'from', 1).toUtf8(), eventField(moved, 'to', 2).toUtf8()], ['PLAYER_VOTE', 'APPROVED']);
	assertDispatched(activated, 'the licence\'s activation');
	assertAgreementsError(refused, 'PolicyViolation', 'a royalty of 1.5 % of the revenue alone');
	assertDispatched(paid, 'the royalty due');
	const [pool] = mintedIds(paid.events);
	assert.equal(eventField(findEvent(paid.events, 'agreements', 'TokenMinted'), 'quantity', 3).toBigInt(), AMOUNT_DUE);
	const [sheetFor, sheetAgainst] = await tokensAt([deal.approvalsSheet, deal.rejectionsSheet], paid.blockHash);
	assert.deepEqual([sheetFor.state.toUtf8(), sheetAgainst.state.toUtf8()], ['TALLIED', 'TALLIED']);
	assert.deepEqual([await supplyAt(deal.approvals, paid.blockHash), await supplyAt(deal.rejections, paid.blockHash)], [301n, 151n]);
	assert.equal(await supplyAt(deal.royalties, paid.blockHash), AMOUNT_DUE);
	const licence = await rpc('agreement', deal.licence);
	assert.equal(licence.state, 'ACTIVE');
	const [token] = await tokensAt([pool], paid.blockHash);
	assert.deepEqual([token.quantity.toBigInt(), token.state.toUtf8(), token.owner.toHex()], [AMOUNT_DUE, 'PAYABLE', deal.licence]);
	deal.pool = pool;
});

e2eTest('licensing: the association transfers 250,000 to its operations and 5,000 to each of the 450 players; its board certifies 10 % of the 2,500,000', 2 * MINUTE, async () => {
	const { association } = parties;
	const firstNew = (await api.query.agreements.nextTokenId()).toNumber();
	// Every transfer but the last carves a new token; the last moves what remains, the pool itself.
	const transfers = [
		api.tx.agreements.transferToken(deal.pool, association.id, deal.board, OPERATIONS_SHARE),
		...deal.players.map((player) => api.tx.agreements.transferToken(deal.pool, association.id, player, PLAYER_SHARE)),
	];
	const operations = firstNew;
	deal.operations = operations;
	// The association cannot declare the whole pool its operations' share: 10 % only.
	const wholePool = new Stream(deal.licence, 'OPERATIONS_SHARE').sign(api, { data: '0x', effects: [transition(deal.pool, 'PAYABLE', 'OPERATIONS')] }, [association]);
	const dryWhole = await rpc('dryRunEvent', accounts.eve.address, wholePool.contentHex, wholePool.proofsHex, SHARE_FUEL);
	assert.equal(dryWhole.error, 'Module(Agreements::PolicyViolation)', JSON.stringify(dryWhole));
	const certify = new Stream(deal.board, 'OPERATIONS_SHARE').next(api, { data: '0x', effects: [transition(operations, 'PAYABLE', 'OPERATIONS')] }, [association]);
	const before = (await api.rpc.chain.getHeader()).hash.toHex();
	const [moved, [certified]] = await inOrderGrouped(accounts.eve, [await batchesOf(transfers), [submitEventCall(api, certify, SHARE_FUEL)]]);
	const transferred = eventsOf(dispatchedEvents(moved, 'the 451 transfers'), 'agreements', 'TokenTransferred');
	assertDispatched(certified, 'the operations\' certification');
	assert.equal(transferred.length, PLAYERS + 1);
	const shares = transferred.slice(1).map((event, index) => {
		assert.equal(eventField(event, 'to', 1).toHex(), deal.players[index]);
		assert.equal(eventField(event, 'quantity', 2).toBigInt(), PLAYER_SHARE);
		const carved = eventField(event, 'newToken', 3);
		return carved.isSome ? carved.unwrap().toNumber() : deal.pool;
	});
	assert.deepEqual(shares, [...Array.from({ length: PLAYERS - 1 }, (_, index) => firstNew + 1 + index), deal.pool], 'carved in order; the last share is the pool itself');
	deal.shares = shares;
	const [ops, last] = await tokensAt([operations, deal.pool], certified.blockHash);
	assert.deepEqual([ops.quantity.toBigInt(), ops.state.toUtf8(), ops.owner.toHex()], [OPERATIONS_SHARE, 'OPERATIONS', deal.board]);
	assert.deepEqual([last.quantity.toBigInt(), last.owner.toHex()], [PLAYER_SHARE, deal.players[PLAYERS - 1]]);
	assert.equal(await supplyAt(deal.royalties, certified.blockHash), AMOUNT_DUE, 'transfers keep the supply');
	// Eve paid a token deposit for each of the 450 carved tokens.
	const carvedDeposits = (await held(accounts.eve, 'TokenDeposit', moved.at(-1).blockHash)) - (await held(accounts.eve, 'TokenDeposit', before));
	assert.equal(carvedDeposits, 450n * api.consts.agreements.tokenDeposit.toBigInt());
});

e2eTest('licensing: each player certifies its 5,000 share and gives 500 to the charity, which certifies the 450 gifts: 250,000 + 450 × (4,500 + 500) = 2,500,000', 3 * MINUTE, async () => {
	const { players, charity } = parties;
	// Each claim: the player's key signs; the guard checks 5,000 = 0.9 × supply / 450.
	const claims = deal.shares.map((share, index) => new Stream(deal.players[index], 'ROYALTY_SHARE').next(api, { data: '0x', effects: [transition(share, 'PAYABLE', 'CLAIMED')] }, [players[index]]));
	const firstGift = (await api.query.agreements.nextTokenId()).toNumber();
	const gifts = deal.shares.map((share, index) => api.tx.agreements.transferToken(share, players[index].id, deal.charity, CHARITY_GIFT));
	const [claimed, given] = await inOrderGrouped(accounts.players, [
		await batchesOf(claims.map((claim) => submitEventCall(api, claim, SHARE_FUEL))),
		await batchesOf(gifts),
	]);
	assert.equal(eventsOf(dispatchedEvents(claimed, 'the 450 claims'), 'agreements', 'TokenTransitioned').length, PLAYERS);
	const giftIds = eventsOf(dispatchedEvents(given, 'the 450 gifts'), 'agreements', 'TokenTransferred').map((event) => eventField(event, 'newToken', 3).unwrap().toNumber());
	assert.deepEqual(giftIds, Array.from({ length: PLAYERS }, (_, index) => firstGift + index));

	// The charity certifies its gifts, eight a event (the runtime's most effects).
	const donations = new Stream(deal.charity, 'CHARITY_DONATION');
	const events = [];
	for (let start = 0; start < giftIds.length; start += 8) {
		events.push(donations.next(api, { data: '0x', effects: giftIds.slice(start, start + 8).map((gift) => transition(gift, 'CLAIMED', 'DONATED')) }, [charity]));
	}
	const donated = await inOrder(accounts.charityDesk, await batchesOf(events.map((event) => submitEventCall(api, event, 8 * SHARE_FUEL))));
	assert.equal(eventsOf(dispatchedEvents(donated, 'the charity\'s certifications'), 'agreements', 'TokenTransitioned').length, PLAYERS);

	// Every piece on chain, to the unit.
	const at = donated.at(-1).blockHash;
	const [kept, received, [ops]] = await Promise.all([tokensAt(deal.shares, at), tokensAt(giftIds, at), tokensAt([deal.operations], at)]);
	kept.forEach((token, index) => {
		assert.deepEqual([token.quantity.toBigInt(), token.state.toUtf8(), token.owner.toHex()], [KEPT_SHARE, 'CLAIMED', deal.players[index]], `player ${index}'s share`);
	});
	received.forEach((token) => {
		assert.deepEqual([token.quantity.toBigInt(), token.state.toUtf8(), token.owner.toHex()], [CHARITY_GIFT, 'DONATED', deal.charity]);
	});
	assert.deepEqual([ops.quantity.toBigInt(), ops.state.toUtf8()], [OPERATIONS_SHARE, 'OPERATIONS']);
	const total = OPERATIONS_SHARE + kept.reduce((sum, token) => sum + token.quantity.toBigInt(), 0n) + received.reduce((sum, token) => sum + token.quantity.toBigInt(), 0n);
	assert.equal(total, AMOUNT_DUE);
	assert.equal(await supplyAt(deal.royalties, at), AMOUNT_DUE);
	const series = await rpc('series', deal.royalties);
	assert.deepEqual([series.supply, series.tokens], [String(AMOUNT_DUE), 1 + 2 * PLAYERS]);
	const charityTokens = await allTokensOf(deal.charity);
	assert.deepEqual(charityTokens.filter((id) => id >= firstGift), giftIds, 'the charity owns the gifts');
	assert.equal(charityTokens.length, PLAYERS + 1, 'and its membership token');
});

// --- Injury and recovery ----------------------------------------------------------------------

/** `agreements_dryRunEvent` of `signed`, submitted by the athlete's wallet, at `at` (default: the best block). */
function dryRun(signed, at = null) {
	return rpc('dryRunEvent', accounts.athleteWallet.address, signed.contentHex, signed.proofsHex, FUEL, at);
}

/** Asserts that `signed` would fail with `Agreements::<name>` (a dry run: nothing reaches a block). */
async function assertRefused(signed, name, what, at = null) {
	const run = await dryRun(signed, at);
	assert.equal(run.error, `Module(Agreements::${name})`, `${what}: ${JSON.stringify(run)}`);
}

/** The delegations `agreement` lists (see `agreements_delegations`), as `[id, delegate]` pairs. */
async function delegationPairs(agreement, participant, direction, includeDead = false, at = null) {
	const links = await rpc('delegations', agreement, participant, direction, includeDead, at);
	return links.map((link) => [link.id, link.delegate]);
}

/** `[id, delegator, delegate, expires]` of every `Delegated` among `events`. */
function delegated(events) {
	return eventsOf(events, 'agreements', 'Delegated').map((event) => [
		eventField(event, 'id', 1).toNumber(),
		eventField(event, 'delegator', 2).toNumber(),
		eventField(event, 'delegate', 3).toNumber(),
		eventField(event, 'expires', 4).toNumber(),
	]);
}

/** `[from, to]` of the agreement's lifecycle move among `events`. */
function lifecycleMove(events) {
	const moved = findEvent(events, 'agreements', 'LifecycleMoved');
	assert.ok(moved, `no LifecycleMoved; events: ${eventNames(events)}`);
	return [eventField(moved, 'from', 1).toUtf8(), eventField(moved, 'to', 2).toUtf8()];
}

/** The deposit of one delegation: `DelegationDeposit` plus its condition's bytes. */
function delegationDeposit(condition = null) {
	const { delegationDeposit: base, policyByteDeposit } = api.consts.agreements;
	return base.toBigInt() + (condition ? BigInt(hexToU8a(condition).length) * policyByteDeposit.toBigInt() : 0n);
}

/** A producer proof made by `agent`'s key for `principal` through delegation `id`. */
const through = (principal, agent, id) => ({ id: principal.id, key: agent.key, delegation: id });

e2eTest('injury: the athlete, the team doctor (a Delegate), the physical therapist (an Agent), the coach and the league\'s medical committee register; the athlete proposes the medical, rehabilitation and reporting agreements with every consent', 2 * MINUTE, async () => {
	const registrations = [
		['patient', accounts.athleteWallet, 'User', 'LeBron James, medical key', 'user'],
		['doctor', accounts.clinic, 'Delegate', 'Dr. Sarah Anderson, MD', 'delegate'],
		['therapist', accounts.therapyPractice, 'Agent', 'Mike Chen, DPT', 'agent'],
		['coach', accounts.coachingStaff, 'User', 'Heat head coach', 'user'],
		['leagueMedical', accounts.dave, 'Org', 'NBA Medical Committee', 'org'],
	];
	const results = await Promise.all(registrations.map(([party, owner, kind, name]) => inOrder(owner, [registerParticipantCall(api, owner, kind, parties[party].key, name)])));
	registrations.forEach(([party, owner], index) => {
		const [result] = results[index];
		assertDispatched(result, `registering ${party}`);
		[parties[party].id] = registeredIds(result.events, owner);
	});
	const views = await Promise.all(registrations.map(([party]) => rpc('participant', parties[party].id)));
	assert.deepEqual(views.map((view) => [view.owner, view.kind]), registrations.map(([, owner, , , kind]) => [owner.address, kind]));

	const { patient, doctor, therapist, leagueMedical } = parties;
	const lifecycleDocument = await rpc('encodeLifecycle', MEDICAL_LIFECYCLE);
	const deadline = (await node.bestNumber()) + 200;
	const agree = (metadata, validator, kind, lifecycleOf = null) => proposal(accounts.athleteWallet, { metadata, left: [patient], right: [validator], kind, lifecycle: lifecycleOf, deadline });
	const agreements = {
		medical: agree('LeBron James with Dr. Anderson: right knee, March 2024', doctor, 'medical_care', lifecycleDocument),
		rehab: agree('LeBron James with Mike Chen: knee rehabilitation', therapist, 'rehabilitation'),
		reporting: agree('LeBron James to the NBA Medical Committee: injury reports', leagueMedical, 'injury_reporting'),
	};
	const [result] = await inOrder(accounts.athleteWallet, [batchAll(Object.values(agreements).map((agreement) => agreement.call))]);
	assertDispatched(result, 'the athlete\'s three proposals');
	const activated = eventsOf(result.events, 'agreements', 'AgreementActivated').map((event) => eventField(event, 'id', 0).toHex());
	assert.deepEqual(activated, Object.values(agreements).map((agreement) => agreement.id), 'each active at once, under the id computed here');
	for (const [name, agreement] of Object.entries(agreements)) injury[name] = agreement.id;
	const medical = await rpc('agreement', injury.medical);
	assert.deepEqual([medical.status, medical.state, medical.left, medical.right], [{ state: 'active' }, 'INJURED', [patient.id], [doctor.id]], 'the diagnosis opens the medical agreement');
	// The wallet holds three agreements' deposits and the lifecycle's bytes, to the planck.
	const { agreementDeposit, policyByteDeposit } = api.consts.agreements;
	const lifecycleBytes = BigInt(hexToU8a(lifecycleDocument).length);
	assert.equal(await held(accounts.athleteWallet, 'AgreementDeposit', result.blockHash), 3n * agreementDeposit.toBigInt() + lifecycleBytes * policyByteDeposit.toBigInt());
});

e2eTest('injury: the therapist sets the rehab rules; the athlete grants the doctor five medical permissions and the coach three views (0.2 ARETE each): hasPermission and the delegation lists show who holds what', 2 * MINUTE, async () => {
	const { patient, doctor, therapist, coach } = parties;
	const [groupDocument, seriesDocument] = await Promise.all([rpc('encodeGroupPolicy', REHAB_GROUP), rpc('encodeSeriesPolicy', REHAB_SERIES)]);
	const check = await rpc('validatePolicy', groupDocument, seriesDocument);
	assert.deepEqual([check.valid, check.behavior], [true, '1100'], JSON.stringify(check.findings));
	const [group, series] = (await Promise.all([api.query.agreements.nextGroupId(), api.query.agreements.nextSeriesId()])).map((id) => id.toNumber());
	const best = await node.bestNumber();
	const expires = { doctor: best + DOCTOR_GRANT_BLOCKS, coach: best + COACH_GRANT_BLOCKS };
	const first = (await api.query.agreements.delegations(injury.medical)).next.toNumber();
	const grant = (delegate, permissions, until) => api.tx.agreements.delegate(injury.medical, patient.id, delegate.id, permissions, until, false, null, null);
	const [[rules], [granted]] = await Promise.all([
		inOrder(accounts.therapyPractice, [batchAll([
			api.tx.agreements.createGroup(injury.rehab, therapist.id, groupDocument, blake2AsHex('knee rehab progress')),
			api.tx.agreements.createSeries(group, therapist.id, seriesDocument, blake2AsHex('strength recovery')),
		])]),
		inOrder(accounts.athleteWallet, [batchAll([grant(doctor, DOCTOR_PERMISSIONS, expires.doctor), grant(coach, COACH_PERMISSIONS, expires.coach)])]),
	]);
	assertDispatched(rules, 'the rehab group and series');
	assertDispatched(granted, 'the doctor\'s and the coach\'s grants');
	assert.equal(eventField(findEvent(rules.events, 'agreements', 'SeriesCreated'), 'id', 0).toNumber(), series);
	assert.deepEqual(delegated(granted.events), [[first, patient.id, doctor.id, expires.doctor], [first + 1, patient.id, coach.id, expires.coach]]);
	Object.assign(injury, { rehabSeries: series, doctorGrant: first, coachGrant: first + 1, doctorExpires: expires.doctor });

	// The coach's limited view: the three status rights, nothing more; the doctor's are medical.
	const at = granted.blockHash;
	const holds = (who, permission) => rpc('hasPermission', injury.medical, who.id, permission, null, at);
	const answers = await Promise.all([
		...COACH_PERMISSIONS.map((permission) => holds(coach, permission)),
		holds(coach, 'view_all_medical'),
		holds(coach, 'clear_for_activity'),
		holds(doctor, 'view_all_medical'),
		holds(doctor, 'clear_for_activity'),
		holds(doctor, 'view_injury_status'),
		holds(therapist, 'view_injury_status'),
	]);
	assert.deepEqual(answers, [true, true, true, false, false, true, true, false, false]);
	// A grant holds only in its own agreement.
	assert.equal(await rpc('hasPermission', injury.rehab, coach.id, 'view_injury_status', null, at), false);

	assert.deepEqual(await delegationPairs(injury.medical, patient.id, 'outgoing', false, at), [[first, doctor.id], [first + 1, coach.id]]);
	assert.deepEqual(await delegationPairs(injury.medical, patient.id, 'incoming', false, at), []);
	assert.deepEqual(await delegationPairs(injury.medical, doctor.id, 'outgoing', false, at), []);
	const deposit = delegationDeposit();
	assert.equal(deposit, ARETE / 5n, 'the runtime\'s deposit per link: 0.2 ARETE');
	assert.deepEqual(await rpc('delegations', injury.medical, coach.id, 'incoming', false, at), [{
		agreement: injury.medical,
		id: first + 1,
		root: patient.id,
		delegator: patient.id,
		delegate: coach.id,
		parent: null,
		depth: 1,
		permissions: COACH_PERMISSIONS,
		expires: expires.coach,
		redelegate: false,
		condition: null,
		creator: accounts.athleteWallet.address,
		deposit: String(deposit),
		live: true,
	}]);
	const [doctorLink] = await rpc('delegations', injury.medical, doctor.id, 'incoming', false, at);
	assert.deepEqual([doctorLink.id, doctorLink.permissions, doctorLink.expires], [first, DOCTOR_PERMISSIONS, expires.doctor]);
	assert.equal(await held(accounts.athleteWallet, 'DelegationDeposit', at), 2n * deposit);
});

e2eTest('injury: the league\'s report holds only the status (OUT, back in 14 days) and the private record\'s hash; a report carrying the injury details, or naming the injury as its status, is refused by the series\' rule', 2 * MINUTE, async () => {
	const { patient, leagueMedical } = parties;
	const [groupDocument, seriesDocument] = await Promise.all([rpc('encodeGroupPolicy', REPORT_GROUP), rpc('encodeSeriesPolicy', EDITIONS_SERIES)]);
	const check = await rpc('validatePolicy', groupDocument, seriesDocument);
	assert.deepEqual([check.valid, check.behavior], [true, '0000'], JSON.stringify(check.findings));
	const [group, series] = (await Promise.all([api.query.agreements.nextGroupId(), api.query.agreements.nextSeriesId()])).map((id) => id.toNumber());
	const [rules] = await inOrder(accounts.dave, [batchAll([
		api.tx.agreements.createGroup(injury.reporting, leagueMedical.id, groupDocument, blake2AsHex('NBA injury reports 2024')),
		api.tx.agreements.createSeries(group, leagueMedical.id, seriesDocument, blake2AsHex('LeBron James injury reports')),
	])]);
	assertDispatched(rules, 'the league\'s report group and series');

	const reports = new Stream(injury.reporting, 'INJURY_REPORT');
	const sanitized = { status: 'OUT', expectedReturnDays: 14 };
	const [publicData, detailedData, namingData] = await encodeAll([
		sanitized,
		{ ...sanitized, injury_details: INJURY_DETAILS },
		{ status: 'RIGHT_KNEE_SPRAIN', expectedReturnDays: 14 },
	]);
	const report = (data) => ({ data, sensitiveHash: privateHash(INJURY_DETAILS), effects: [mint(series, 1, 'CURRENT', { edition: 1, attributes: 'injury report 1' })] });
	// Refusals are dry runs: a refused extrinsic would still publish its data in the block.
	await assertRefused(reports.sign(api, report(detailedData), [patient]), 'PolicyViolation', 'a report with the injury details');
	await assertRefused(reports.sign(api, report(namingData), [patient]), 'PolicyViolation', 'a report naming the injury as its status');
	const out = reports.next(api, report(publicData), [patient]);
	const [recorded] = await inOrder(accounts.athleteWallet, [submitEventCall(api, out, FUEL)]);
	assertDispatched(recorded, 'the sanitized report');
	const [token] = mintedIds(recorded.events);
	injury.reportSeries = series;
	injury.reportToken = token;
	injury.reports = reports;

	// What the chain keeps: the record with the private data's hash, and the extrinsic whose
	// public data is exactly the two sanitized fields.
	const record = await rpc('event', out.hash);
	assert.deepEqual(
		[record.agreement, record.activity, record.ordinal, record.sensitiveHash, record.tokens.map((touched) => touched.token)],
		[injury.reporting, 'INJURY_REPORT', 1, privateHash(INJURY_DETAILS), [token]],
	);
	const block = await api.rpc.chain.getBlock(recorded.blockHash);
	const published = block.block.extrinsics
		.filter((extrinsic) => extrinsic.method.section === 'agreements' && extrinsic.method.method === 'submitEvent')
		.map((extrinsic) => extrinsic.method.args[0])
		.filter((content) => content.agreement.toHex() === injury.reporting);
	assert.equal(published.length, 1);
	assert.deepEqual([published[0].data.toHex(), published[0].sensitiveHash.toHex()], [publicData, privateHash(INJURY_DETAILS)]);
	assert.equal(publicData, await rpc('encodeData', { expectedReturnDays: 14, status: 'OUT' }), 'the data is the two fields, whatever their order');
	const page = await rpc('events', { agreement: injury.reporting });
	assert.deepEqual(page.events.map((event) => [event.hash, event.sensitiveHash]), [[out.hash, privateHash(INJURY_DETAILS)]]);
	const stored = await rpc('token', token);
	assert.deepEqual([stored.owner, stored.state, stored.uniqueId, stored.class], [injury.reporting, 'CURRENT', 1, { series }]);
});

e2eTest('injury: the doctor, a Delegate, cannot sign BEGIN_TREATMENT for the athlete though the grant names it (DelegateCannotSign); the athlete\'s event with the doctor\'s prescription (a holder of update_treatment; the coach\'s is refused) moves INJURED → TREATMENT → REHAB', 2 * MINUTE, async () => {
	const { patient, doctor, coach, therapist } = parties;
	const begin = new Stream(injury.medical, 'BEGIN_TREATMENT');
	const planHash = privateHash(TREATMENT_PLAN);
	const prescribedBy = (signer) => rpc('encodeData', { plan_hash: planHash, therapist_assigned: therapist.id, prescription: guardApproval(api, begin, signer.id, signer.key, planHash) });
	const treatment = (data) => ({ data, sensitiveHash: planHash, timestamp: Date.now(), effects: [lifecycle('INJURED', 'TREATMENT')] });
	// The coach's signature verifies, but the coach does not hold update_treatment.
	await assertRefused(begin.sign(api, treatment(await prescribedBy(coach)), [patient]), 'PolicyViolation', 'a plan prescribed by the coach');

	const content = treatment(await prescribedBy(doctor));
	const byDoctorsKey = begin.sign(api, content, [through(patient, doctor, injury.doctorGrant)]);
	const byAthlete = begin.next(api, content, [patient]);
	assert.equal(byDoctorsKey.hash, byAthlete.hash, 'one event; only the proof differs');
	const complete = new Stream(injury.medical, 'TREATMENT_COMPLETE').next(api, {
		data: await rpc('encodeData', { phase: 'phase_1', next: 'physical_therapy' }),
		effects: [lifecycle('TREATMENT', 'REHAB')],
	}, [patient]);
	const [refused, begun, completed] = await inOrder(accounts.athleteWallet, [byDoctorsKey, byAthlete, complete].map((event) => submitEventCall(api, event, FUEL)));
	assertAgreementsError(refused, 'DelegateCannotSign', 'BEGIN_TREATMENT signed by the doctor\'s key through the athlete\'s grant');
	assertDispatched(begun, 'BEGIN_TREATMENT signed by the athlete');
	assertDispatched(completed, 'TREATMENT_COMPLETE');
	assert.deepEqual([lifecycleMove(begun.events), lifecycleMove(completed.events)], [['INJURED', 'TREATMENT'], ['TREATMENT', 'REHAB']]);
	const medical = await rpc('agreement', injury.medical);
	assert.equal(medical.state, 'REHAB');
	assert.deepEqual(
		medical.streams.map((stream) => [stream.activity, stream.last, stream.ordinal]).sort(),
		[['BEGIN_TREATMENT', byAthlete.hash, 1], ['TREATMENT_COMPLETE', complete.hash, 1]],
	);
	assert.equal((await rpc('event', byAthlete.hash)).sensitiveHash, planHash);
});

e2eTest(`injury: the athlete lets the therapist (an Agent) sign REHAB_SESSION for ${REHAB_GRANT_BLOCKS} blocks; the therapist's key records sessions at 62 % and 74 % strength; a second grant, conditioned on pain ≤ ${MAX_DELEGATED_PAIN}, refuses a painful session (DelegationConditionFailed) and, revoked, fails DelegationNotFound`, 2 * MINUTE, async () => {
	const { patient, therapist } = parties;
	const condition = await rpc('encodeCondition', LOW_PAIN_CONDITION);
	const best = await node.bestNumber();
	const signingExpires = best + REHAB_GRANT_BLOCKS;
	const conditionedExpires = best + CONDITIONED_GRANT_BLOCKS;
	const signing = (await api.query.agreements.delegations(injury.rehab)).next.toNumber();
	const conditioned = signing + 1;
	const grant = (until, withCondition) => api.tx.agreements.delegate(injury.rehab, patient.id, therapist.id, ['REHAB_SESSION'], until, false, withCondition, null);
	const sessions = new Stream(injury.rehab, 'REHAB_SESSION');
	const sessionData = await encodeAll(SESSION_SUMMARIES);
	// Each session's content; the timestamp is taken once, so that two proofs sign one event.
	const session = (index) => ({
		data: sessionData[index],
		sensitiveHash: privateHash({ ...SESSION_SUMMARIES[index], notes: `full data of session ${index + 1}` }),
		timestamp: Date.now(),
		effects: [mint(injury.rehabSeries, SESSION_SUMMARIES[index].strength_pct, 'IMPROVING', { attributes: `rehab session ${index + 1}` })],
	});
	// Anyone may submit an event: the wallet does, so that the grants come first.
	const recorded = [sessions.next(api, session(0), [through(patient, therapist, signing)]), sessions.next(api, session(1), [through(patient, therapist, signing)])];
	const before = (await api.rpc.chain.getHeader()).hash.toHex();
	const results = await inOrder(accounts.athleteWallet, [grant(signingExpires, null), grant(conditionedExpires, condition), ...recorded.map((event) => submitEventCall(api, event, FUEL))]);
	results.forEach((result, index) => assertDispatched(result, ['the signing grant', 'the conditioned grant', 'session 1', 'session 2'][index]));
	const [signed, conditionedGranted, first, second] = results;
	assert.deepEqual(
		[...delegated(signed.events), ...delegated(conditionedGranted.events)],
		[[signing, patient.id, therapist.id, signingExpires], [conditioned, patient.id, therapist.id, conditionedExpires]],
	);
	assert.ok(await numberOf(api, second.blockHash) < signingExpires, 'both sessions were included before the expiry');
	const minted = [...mintedIds(first.events), ...mintedIds(second.events)];
	const tokens = await tokensAt(minted, second.blockHash);
	assert.deepEqual(tokens.map((token) => [token.quantity.toBigInt(), token.state.toUtf8(), token.owner.toHex()]), [[62n, 'IMPROVING', injury.rehab], [74n, 'IMPROVING', injury.rehab]]);
	assert.equal(await supplyAt(injury.rehabSeries, second.blockHash), 136n);
	assert.deepEqual(
		// By position: `hash` is also every codec's own hash getter.
		[first, second].map((result) => findEvent(result.events, 'agreements', 'EventRecorded').data[3].toHex()),
		recorded.map((event) => event.hash),
	);
	const conditionedDeposit = delegationDeposit(condition);
	const [conditionedLink] = (await rpc('delegations', injury.rehab, therapist.id, 'incoming', false, second.blockHash)).filter((link) => link.id === conditioned);
	// The node lists the condition in its canonical JSON, which compiles to the stored bytes.
	assert.equal(await rpc('encodeCondition', conditionedLink.condition), condition);
	assert.deepEqual(conditionedLink.condition.variables, LOW_PAIN_CONDITION.variables);
	assert.equal(conditionedLink.deposit, String(conditionedDeposit));
	const grew = (await held(accounts.athleteWallet, 'DelegationDeposit', second.blockHash)) - (await held(accounts.athleteWallet, 'DelegationDeposit', before));
	assert.equal(grew, delegationDeposit() + conditionedDeposit, '0.2 ARETE, and 0.2 ARETE plus a milli-ARETE per condition byte');

	// Through the conditioned grant: a session at pain 5 fails its condition; at pain 2 it passes.
	await assertRefused(sessions.sign(api, session(PAINFUL), [through(patient, therapist, conditioned)]), 'DelegationConditionFailed', 'a session at pain 5');
	const mild = sessions.sign(api, session(2), [through(patient, therapist, conditioned)]);
	const allowed = await dryRun(mild);
	assert.deepEqual([allowed.wouldSucceed, allowed.error], [true, null]);
	// Revoked, the grant is gone: the same session fails at once.
	const heldBefore = await held(accounts.athleteWallet, 'DelegationDeposit', second.blockHash);
	const [revoked, refused] = await inOrder(accounts.athleteWallet, [api.tx.agreements.revokeDelegation(injury.rehab, conditioned), submitEventCall(api, mild, FUEL)]);
	assertDispatched(revoked, 'the revocation');
	const revocation = findEvent(revoked.events, 'agreements', 'DelegationRevoked');
	assert.deepEqual([eventField(revocation, 'id', 1).toNumber(), eventField(revocation, 'removed', 2).toNumber()], [conditioned, 1]);
	assertAgreementsError(refused, 'DelegationNotFound', 'a session through the revoked grant');
	assert.equal(heldBefore - (await held(accounts.athleteWallet, 'DelegationDeposit', revoked.blockHash)), conditionedDeposit, 'the revocation released its deposit');
	assert.deepEqual(await delegationPairs(injury.rehab, therapist.id, 'incoming', true, revoked.blockHash), [[signing, therapist.id]]);
	Object.assign(injury, { sessions, session, signingGrant: signing, signingExpires });
});

e2eTest('injury: at its expiry block the therapist\'s grant stops working: the third session, valid through it at the block before, fails DelegationExpired when included; the athlete\'s own signature records it; Ferdie reaps the dead grant and its 0.2 ARETE returns to the athlete\'s wallet', 2 * MINUTE, async () => {
	const { patient, therapist, doctor } = parties;
	const { sessions, signingGrant, signingExpires } = injury;
	// The grant holds while the block number is below its expiry. Once the best block is the
	// last such block, the next extrinsic lands at the expiry or later.
	await node.waitForBest(signingExpires - 1);
	const lastLive = (await api.rpc.chain.getBlockHash(signingExpires - 1)).toHex();
	const content = injury.session(2);
	const byTherapist = sessions.sign(api, content, [through(patient, therapist, signingGrant)]);
	const byAthlete = sessions.next(api, content, [patient]);
	assert.equal(byTherapist.hash, byAthlete.hash, 'one event; only the proof differs');
	const atLastLive = await dryRun(byTherapist, lastLive);
	assert.deepEqual([atLastLive.wouldSucceed, atLastLive.error], [true, null], 'at the block before the expiry the therapist could still sign');
	assert.equal(await rpc('hasPermission', injury.rehab, therapist.id, 'REHAB_SESSION', null, lastLive), true);

	const [expired, recorded] = await inOrder(accounts.athleteWallet, [submitEventCall(api, byTherapist, FUEL), submitEventCall(api, byAthlete, FUEL)]);
	assertAgreementsError(expired, 'DelegationExpired', 'the third session signed by the therapist after the expiry');
	assert.ok(await numberOf(api, expired.blockHash) >= signingExpires);
	assertDispatched(recorded, 'the third session signed by the athlete');
	const [third] = mintedIds(recorded.events);
	const [token] = await tokensAt([third], recorded.blockHash);
	assert.deepEqual([token.quantity.toBigInt(), token.state.toUtf8()], [85n, 'IMPROVING']);
	assert.equal(await supplyAt(injury.rehabSeries, recorded.blockHash), 62n + 74n + 85n);
	// The dead grant stays listed (with includeDead) until someone reaps it.
	const [dead] = await rpc('delegations', injury.rehab, therapist.id, 'incoming', true, recorded.blockHash);
	assert.deepEqual([dead.id, dead.expires, dead.live], [signingGrant, signingExpires, false]);
	assert.deepEqual(await delegationPairs(injury.rehab, therapist.id, 'incoming', false, recorded.blockHash), []);
	assert.equal(await rpc('hasPermission', injury.rehab, therapist.id, 'REHAB_SESSION', null, recorded.blockHash), false);

	// Anyone reaps a dead link: its deposit goes back to the wallet that paid it, to the planck.
	// A live one (the doctor's) cannot be reaped.
	const holdings = (await rpc('agreement', injury.rehab, recorded.blockHash)).holdings;
	const [reaped, live] = await inOrder(accounts.ferdie, [
		api.tx.agreements.reapDelegation(injury.rehab, signingGrant),
		api.tx.agreements.reapDelegation(injury.medical, injury.doctorGrant),
	]);
	assertDispatched(reaped, 'reaping the expired grant');
	const reaping = findEvent(reaped.events, 'agreements', 'DelegationReaped');
	assert.deepEqual([eventField(reaping, 'agreement', 0).toHex(), eventField(reaping, 'id', 1).toNumber(), eventField(reaping, 'removed', 2).toNumber()], [injury.rehab, signingGrant, 1]);
	assertAgreementsError(live, 'DelegationLive', 'reaping the doctor\'s live grant');
	const parent = await parentOf(api, reaped.blockHash);
	const deposit = delegationDeposit();
	const walletGained = (await freeAt(api, reaped.blockHash, accounts.athleteWallet)) - (await freeAt(api, parent, accounts.athleteWallet));
	assert.equal(walletGained, deposit, 'the wallet, which sent nothing in that block, gets exactly 0.2 ARETE');
	assert.equal(await held(accounts.athleteWallet, 'DelegationDeposit', reaped.blockHash), 2n * deposit, 'the doctor\'s and the coach\'s grants remain');
	// Ferdie pays only fees (burned here), and holds nothing for it.
	const ferdieFees = feeOf(reaped.events) + (live.blockHash === reaped.blockHash ? feeOf(live.events) : 0n);
	assert.equal((await freeAt(api, parent, accounts.ferdie)) - (await freeAt(api, reaped.blockHash, accounts.ferdie)), ferdieFees);
	assert.equal(await held(accounts.ferdie, 'DelegationDeposit', reaped.blockHash), 0n);
	const set = await (await api.at(reaped.blockHash)).query.agreements.delegations(injury.rehab);
	assert.deepEqual([set.next.toNumber(), set.links.length], [signingGrant + 2, 0], 'no link left; numbers are never reused');
	assert.equal((await rpc('agreement', injury.rehab, reaped.blockHash)).holdings, holdings - 1);
	assert.deepEqual(await delegationPairs(injury.medical, doctor.id, 'incoming'), [[injury.doctorGrant, doctor.id]]);
});

e2eTest('injury: clearance needs the signature of a holder of clear_for_activity: the coach\'s is refused (PolicyViolation), so is the doctor\'s once the grant is revoked; granted again, the doctor clears REHAB → CLEARED and the league\'s next report, AVAILABLE, supersedes OUT', 2 * MINUTE, async () => {
	const { patient, doctor, coach } = parties;
	const clear = new Stream(injury.medical, 'MEDICAL_CLEARANCE');
	const clearanceBy = (named, signer) => rpc('encodeData', {
		clearance: guardApproval(api, clear, named.id, signer.key, 'CLEARED'),
		cleared_for: ['practice', 'games'],
		restrictions: ['minutes_limit_20'],
	});
	const clearance = (data) => ({ data, sensitiveHash: privateHash(CLEARANCE_TESTS), timestamp: Date.now(), effects: [lifecycle('REHAB', 'CLEARED')] });
	// The doctor named, the coach's key signing: the signature does not verify.
	await assertRefused(clear.sign(api, clearance(await clearanceBy(doctor, coach)), [patient]), 'PolicyViolation', 'a clearance in the doctor\'s name signed by the coach');
	const byCoach = clear.sign(api, clearance(await clearanceBy(coach, coach)), [patient]);
	const doctorsClearance = clearance(await clearanceBy(doctor, doctor));
	const whileRevoked = clear.sign(api, doctorsClearance, [patient]);
	const cleared = clear.next(api, doctorsClearance, [patient]);
	const available = injury.reports.next(api, {
		data: await rpc('encodeData', { status: 'AVAILABLE', expectedReturnDays: 0 }),
		sensitiveHash: privateHash(CLEARANCE_TESTS),
		effects: [transition(injury.reportToken, 'CURRENT', 'SUPERSEDED'), mint(injury.reportSeries, 1, 'CURRENT', { edition: 2, attributes: 'injury report 2' })],
	}, [patient]);
	const regranted = (await api.query.agreements.delegations(injury.medical)).next.toNumber();
	const [coachRefused, revoked, doctorRefused, granted, clearedResult, reported] = await inOrder(accounts.athleteWallet, [
		submitEventCall(api, byCoach, FUEL),
		api.tx.agreements.revokeDelegation(injury.medical, injury.doctorGrant),
		submitEventCall(api, whileRevoked, FUEL),
		api.tx.agreements.delegate(injury.medical, patient.id, doctor.id, DOCTOR_RIGHTS, injury.doctorExpires, false, null, null),
		submitEventCall(api, cleared, FUEL),
		submitEventCall(api, available, FUEL),
	]);
	assertAgreementsError(coachRefused, 'PolicyViolation', 'a clearance signed by the coach, who holds only views');
	assertDispatched(revoked, 'revoking the doctor\'s grant');
	assertAgreementsError(doctorRefused, 'PolicyViolation', 'the doctor\'s clearance while the doctor holds no grant');
	assertDispatched(granted, 'granting the doctor\'s rights again');
	assert.deepEqual(delegated(granted.events), [[regranted, patient.id, doctor.id, injury.doctorExpires]]);
	assertDispatched(clearedResult, 'the doctor\'s clearance');
	assert.deepEqual(lifecycleMove(clearedResult.events), ['REHAB', 'CLEARED']);
	assertDispatched(reported, 'the AVAILABLE report');
	const medical = await rpc('agreement', injury.medical, clearedResult.blockHash);
	assert.deepEqual([medical.state, medical.status], ['CLEARED', { state: 'active' }]);
	assert.equal(await held(accounts.athleteWallet, 'DelegationDeposit', reported.blockHash), 2n * delegationDeposit(), 'one grant revoked, one made');
	// The coach still sees the clearance; the new grant carries no activity type.
	assert.equal(await rpc('hasPermission', injury.medical, coach.id, 'view_cleared_to_play', null, reported.blockHash), true);
	const [doctorLink] = await rpc('delegations', injury.medical, doctor.id, 'incoming', false, reported.blockHash);
	assert.deepEqual([doctorLink.id, doctorLink.permissions], [regranted, DOCTOR_RIGHTS]);

	const [second] = mintedIds(reported.events);
	const [previous, current] = await tokensAt([injury.reportToken, second], reported.blockHash);
	assert.deepEqual([previous.state.toUtf8(), current.state.toUtf8(), current.uniqueId.unwrap().toNumber()], ['SUPERSEDED', 'CURRENT', 2]);
	const page = await rpc('events', { agreement: injury.reporting }, reported.blockHash);
	assert.deepEqual(page.events.map((event) => [event.ordinal, event.sensitiveHash]), [[1, privateHash(INJURY_DETAILS)], [2, privateHash(CLEARANCE_TESTS)]]);
});
