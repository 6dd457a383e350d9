import { describe, expect, it } from 'vitest';
import type { SpeakerStats } from '../../../lib/engine/stats.ts';
import type { Flag, FlagType, Perspective, Role } from '../../../lib/engine/types.ts';
import {
  activeNudge,
  renamedNudge,
  anotherPhrasing,
  currentPhrasing,
  defaultSensitivity,
  giveFeedback,
  GUARDS_BEFORE_MERGE,
  GUARDS_BEFORE_SHOW,
  undoFeedback,
  initialNudgeState,
  NUDGE_POLICY,
  type NudgePolicyState,
  nudgeFor,
  nudgesFor,
  parseSensitivity,
  raisedBy,
  resetSensitivity,
  resolvePerspective,
  SENSITIVITY,
  type Sensitivity,
} from '../../../lib/nudges/index.ts';
import { DEFAULT_PLAYBOOK } from '../../../lib/playbook/index.ts';
import { emptyOverrides, mergePlaybook, setEntryPhrasings } from '../../../lib/playbook/overrides.ts';

const ME = 'Me';
const THEM = 'Sam';
let serial = 0;

/** A flag as the engine would give it, anchored `at`; by default the user did it. */
function flag(type: FlagType, at: number, over: Partial<Flag> = {}): Flag {
  const id = `${type}@c${++serial}`;
  return {
    kind: 'flag',
    type,
    id,
    at,
    anchor: `c${serial}`,
    speaker: ME,
    target: THEM,
    confidence: 0.8,
    evidence: [
      { cue: 'a', speaker: THEM, text: 'I think the tricky part is the rollout and the', at: at - 5, words: 'and the' },
      {
        cue: 'b',
        speaker: ME,
        text: "Don't worry about that, let me show you the dashboard",
        at,
        words: "don't worry about that",
      },
    ],
    rule: `${type}:test`,
    ...over,
  };
}

const host: Perspective = { role: 'interviewer', me: ME };

function run(
  steps: { flag: Flag; now: number; perspective?: Perspective }[],
  sensitivity: Sensitivity = defaultSensitivity(),
  state: NudgePolicyState = initialNudgeState(),
) {
  const decisions: string[] = [];
  for (const step of steps) {
    const result = nudgeFor({
      flag: step.flag,
      now: step.now,
      perspective: step.perspective ?? host,
      state,
      sensitivity,
    });
    state = result.state;
    decisions.push(result.decision.kind === 'hold' ? `hold:${result.decision.reason}` : result.decision.kind);
  }
  return { state, decisions };
}

describe('[nudges] timing', () => {
  it.each([
    ['nothing in the first two minutes', [[60, 'interruption', 58]], ['hold:warm-up']],
    ['shows right after the warm-up', [[120, 'interruption', 118]], ['show']],
    [
      'spaces cards of different types by 90 s',
      [
        [200, 'interruption', 199],
        [250, 'monologue', 240],
        [291, 'talk-dominance', 290],
      ],
      ['show', 'hold:spacing', 'show'],
    ],
    [
      'merges a repeat within the 180 s cooldown',
      [
        [200, 'interruption', 199],
        [300, 'interruption', 299],
      ],
      ['show', 'merge'],
    ],
    ['holds a flag whose evidence is over four minutes old', [[500, 'interruption', 200]], ['hold:stale']],
  ] as const)('%s', (_name, steps, expected) => {
    const { decisions } = run(steps.map(([now, type, at]) => ({ now, flag: flag(type, at) })));
    expect(decisions).toEqual(expected);
  });

  it('counts merged repeats on the card and shows the latest evidence', () => {
    const first = flag('dismissed-objection', 199);
    const second = flag('dismissed-objection', 260, {
      evidence: [{ cue: 'z', speaker: ME, text: 'Trust me, moving on', at: 260, words: 'trust me' }],
    });
    const { state } = run([
      { now: 200, flag: first },
      { now: 261, flag: second },
    ]);
    const card = activeNudge(state)!;
    expect(state.nudges).toHaveLength(1);
    expect(card.count).toBe(2);
    expect(card.flagIds).toEqual([first.id, second.id]);
    expect(card.flag).toBe(second);
    expect(card.whatHappened).toBe('A concern came up and your reply moved past it: “trust me”');
    expect(card.createdAt).toBe(200);
    expect(card.updatedAt).toBe(261);
  });

  it('opens a new card after the cooldown once the first was closed, on another phrasing', () => {
    let { state } = run([{ now: 200, flag: flag('interruption', 199) }]);
    state = giveFeedback({
      state,
      sensitivity: defaultSensitivity(),
      nudgeId: state.activeId!,
      feedback: 'not-useful',
      now: 300,
    }).state;
    ({ state } = run([{ now: 400, flag: flag('interruption', 399) }], defaultSensitivity(), state));
    expect(state.nudges.map((n) => [n.type, n.count, n.status, n.phrasingIndex])).toEqual([
      ['interruption', 1, 'dismissed', 0],
      ['interruption', 1, 'showing', 1],
    ]);
  });

  it('keeps merging into the card on screen even past the cooldown', () => {
    const { state, decisions } = run([
      { now: 200, flag: flag('monologue', 150) },
      { now: 420, flag: flag('monologue', 400) },
    ]);
    expect(decisions).toEqual(['show', 'merge']);
    expect(activeNudge(state)!.count).toBe(2);
  });

  it('stops at the per-call budget', () => {
    const steps = Array.from({ length: NUDGE_POLICY.maxPerCall + 1 }, (_, i) => ({
      now: 200 + i * 200,
      flag: flag(i % 2 === 0 ? 'interruption' : 'monologue', 199 + i * 200),
    }));
    const { decisions } = run(steps);
    expect(decisions.slice(0, -1).every((d) => d === 'show')).toBe(true);
    expect(decisions.at(-1)).toBe('hold:budget');
  });

  it('decides each flag once (a rebuilt engine replays its flags)', () => {
    const f = flag('interruption', 199);
    const { state, decisions } = run([
      { now: 200, flag: f },
      { now: 201, flag: f },
    ]);
    expect(decisions).toEqual(['show', 'hold:duplicate']);
    expect(state.held).toEqual([]);
  });
});

describe('[nudges] guards as data', () => {
  it('checks the guards in the documented order', () => {
    expect(GUARDS_BEFORE_MERGE.map((g) => g.reason)).toEqual([
      'no-role',
      'not-actionable',
      'unknown-self',
      'not-yours',
      'below-sensitivity',
      'stale',
      'warm-up',
      'snoozed',
    ]);
    expect(GUARDS_BEFORE_SHOW.map((g) => g.reason)).toEqual(['spacing', 'budget', 'no-script']);
  });

  it.each([
    ['the live policy', {}, 'Nothing is shown in the first 2 min of a call.', 'less than 1 min 30 s ago.'],
    [
      'a practice run',
      { warmUpSeconds: 20, spacingSeconds: 30 },
      'Nothing is shown in the first 20 s of a call.',
      'less than 30 s ago.',
    ],
  ])('the held-back log states the numbers of %s', (_name, config, warmUp, spacing) => {
    let state = initialNudgeState();
    const step = (now: number, f: Flag) => {
      state = nudgeFor({ flag: f, now, perspective: host, state, sensitivity: defaultSensitivity(), config }).state;
    };
    step(10, flag('interruption', 9));
    step(200, flag('interruption', 199));
    step(210, flag('monologue', 205));
    expect(state.held.map((h) => h.reason)).toEqual(['warm-up', 'spacing']);
    expect(state.held[0]!.detail).toBe(warmUp);
    expect(state.held[1]!.detail).toContain(spacing);
  });
});

describe('[nudges] only what the user can act on', () => {
  // [role, flag type, did the user do it (speaker) or was it done to them (target)?, decision]
  const table: [Role, FlagType, 'speaker' | 'target', string][] = [
    ['interviewer', 'interruption', 'speaker', 'show'],
    ['interviewer', 'interruption', 'target', 'hold:not-yours'],
    ['interviewer', 'dismissed-objection', 'speaker', 'show'],
    ['interviewer', 'unanswered-question', 'target', 'show'],
    ['interviewer', 'unanswered-question', 'speaker', 'hold:not-yours'],
    ['interviewer', 'monologue', 'speaker', 'show'],
    ['interviewer', 'skeptical-response', 'speaker', 'show'],
    ['interviewer', 'talk-dominance', 'speaker', 'show'],
    ['host', 'interruption', 'speaker', 'show'],
    ['host', 'skeptical-response', 'speaker', 'show'],
    ['host', 'unanswered-question', 'target', 'show'],
    ['candidate', 'interruption', 'target', 'show'],
    ['candidate', 'interruption', 'speaker', 'hold:not-yours'],
    ['candidate', 'skeptical-response', 'target', 'show'],
    ['candidate', 'unanswered-question', 'speaker', 'show'],
    ['candidate', 'monologue', 'speaker', 'hold:not-actionable'],
    ['candidate', 'talk-dominance', 'speaker', 'hold:not-actionable'],
    ['candidate', 'dismissed-objection', 'target', 'hold:not-actionable'],
    ['applicant', 'interruption', 'target', 'show'],
    ['applicant', 'skeptical-response', 'target', 'show'],
    ['applicant', 'unanswered-question', 'speaker', 'show'],
    ['sales-rep', 'dismissed-objection', 'speaker', 'show'],
    ['sales-rep', 'unanswered-question', 'target', 'show'],
    ['sales-rep', 'monologue', 'speaker', 'show'],
    ['sales-rep', 'talk-dominance', 'speaker', 'show'],
    ['sales-rep', 'interruption', 'speaker', 'show'],
    ['sales-rep', 'skeptical-response', 'speaker', 'hold:not-actionable'],
    ['buyer', 'unanswered-question', 'speaker', 'show'],
    ['buyer', 'unanswered-question', 'target', 'hold:not-yours'],
    ['buyer', 'dismissed-objection', 'target', 'hold:not-actionable'],
    ['buyer', 'interruption', 'target', 'hold:not-actionable'],
  ];
  it.each(table)('%s · %s where the user is the %s → %s', (role, type, side, expected) => {
    const f = flag(type, 199, side === 'speaker' ? { speaker: ME, target: THEM } : { speaker: THEM, target: ME });
    const { decisions, state } = run([{ now: 200, flag: f, perspective: { role, me: ME } }]);
    expect(decisions).toEqual([expected]);
    if (expected === 'show') {
      const card = activeNudge(state)!;
      expect(card.phrasings.length).toBeGreaterThanOrEqual(3);
      expect(card.phrasings.every((p) => p.roles.includes(role))).toBe(true);
      expect(card.whatHappened).toMatch(/“.+”/);
    }
  });

  it('nudges nothing without a role', () => {
    const { decisions, state } = run([{ now: 200, flag: flag('interruption', 199), perspective: { me: ME } }]);
    expect(decisions).toEqual(['hold:no-role']);
    expect(state.held[0]!.detail).toMatch(/No role/);
  });

  it('holds a flag it cannot tie to the user when "me" is unknown', () => {
    const { decisions } = run([{ now: 200, flag: flag('interruption', 199), perspective: { role: 'interviewer' } }]);
    expect(decisions).toEqual(['hold:unknown-self']);
  });

  it('names the other party in what happened, and "they" when unknown', () => {
    const candidate: Perspective = { role: 'candidate', me: ME };
    const { state } = run([
      { now: 200, flag: flag('interruption', 199, { speaker: THEM, target: ME }), perspective: candidate },
    ]);
    expect(activeNudge(state)!.whatHappened).toBe(
      'Sam came in before you had finished: “I think the tricky part is the rollout and the”',
    );
    expect(activeNudge(state)!.entryId).toBe('moment.interrupted');
    const { state: other } = run([{ now: 200, flag: flag('interruption', 199, { target: null }) }]);
    expect(activeNudge(other)!.whatHappened).toMatch(/^You came in before they had finished/);
  });

  it('fills "me" from the self-marked speaker when none was picked', () => {
    const stats = (speaker: string, self: boolean) => ({ speaker, self }) as SpeakerStats;
    expect(resolvePerspective({ role: 'candidate' }, [stats('Ana', false), stats('You', true)])).toEqual({
      role: 'candidate',
      me: 'You',
    });
    expect(resolvePerspective({ role: 'candidate', me: 'Ana' }, [stats('You', true)]).me).toBe('Ana');
    expect(resolvePerspective({ role: 'candidate' }, [stats('A', true), stats('B', true)]).me).toBeUndefined();
  });

  it('matches a saved display name to the one speaker it fits, up to case, spacing and a surname', () => {
    const stats = (speaker: string) => ({ speaker, self: false }) as SpeakerStats;
    const me = (saved: string, speakers: string[]) =>
      resolvePerspective({ role: 'candidate', me: saved }, speakers.map(stats)).me;
    expect(me('priya ', ['Sam', 'Priya'])).toBe('Priya');
    expect(me('Priya Shah', ['Sam', 'Priya'])).toBe('Priya');
    expect(me('Priya', ['Sam Okafor', 'Priya  Shah'])).toBe('Priya  Shah');
    // Two speakers fit, or none: the saved name stays as it is and nothing is guessed.
    expect(me('Priya', ['Priya Shah', 'Priya Rao'])).toBe('Priya');
    expect(me('Pri', ['Priya', 'Sam'])).toBe('Pri');
  });
});

describe('[nudges] sensitivity and feedback', () => {
  it('holds a flag below the detector threshold, and logs why', () => {
    const { decisions, state } = run([{ now: 200, flag: flag('interruption', 199, { confidence: 0.55 }) }]);
    expect(decisions).toEqual(['hold:below-sensitivity']);
    expect(state.held).toEqual([
      expect.objectContaining({
        type: 'interruption',
        reason: 'below-sensitivity',
        confidence: 0.55,
        at: 200,
        detail: expect.stringMatching(/0\.55.*0\.60/),
      }),
    ]);
  });

  it('"not useful" raises that detector by 0.1 per press, capped, closes the card, and resets', () => {
    let { state } = run([{ now: 200, flag: flag('interruption', 199) }]);
    let sensitivity = defaultSensitivity();
    const id = state.activeId!;
    for (let i = 0; i < 6; i++)
      ({ state, sensitivity } = giveFeedback({ state, sensitivity, nudgeId: id, feedback: 'not-useful', now: 210 }));
    expect(sensitivity.interruption).toBe(SENSITIVITY.max);
    expect(sensitivity.monologue).toBe(SENSITIVITY.initial);
    expect(raisedBy(sensitivity, 'interruption')).toBe(0.35);
    expect(activeNudge(state)).toBeNull();
    expect(state.nudges[0]!.status).toBe('dismissed');

    // Now a 0.8 interruption is held back; after a reset it would show.
    const later = flag('interruption', 599);
    expect(nudgeFor({ flag: later, now: 600, perspective: host, state, sensitivity }).decision).toEqual({
      kind: 'hold',
      reason: 'below-sensitivity',
    });
    const reset = resetSensitivity(sensitivity, 'interruption');
    expect(reset.interruption).toBe(SENSITIVITY.initial);
    expect(nudgeFor({ flag: later, now: 600, perspective: host, state, sensitivity: reset }).decision).toEqual({
      kind: 'show',
    });
    expect(resetSensitivity(sensitivity)).toEqual(defaultSensitivity());
  });

  it('undo takes back "not useful": the card returns and the threshold drops back', () => {
    const { state } = run([{ now: 200, flag: flag('monologue', 150) }]);
    const id = state.activeId!;
    const answered = giveFeedback({
      state,
      sensitivity: defaultSensitivity(),
      nudgeId: id,
      feedback: 'not-useful',
      now: 201,
    });
    const undone = undoFeedback({ ...answered, nudgeId: id });
    expect(undone.sensitivity).toEqual(defaultSensitivity());
    expect(undone.state.activeId).toBe(id);
    expect(undone.state.nudges[0]).toMatchObject({ status: 'showing', feedback: [] });
    expect(undone.state.feedback).toEqual([]);
    // A second undo has nothing left to take back.
    expect(undoFeedback({ ...undone, nudgeId: id })).toEqual({ state: undone.state, sensitivity: undone.sensitivity });
  });

  it('undo takes back "not now": the snooze lifts', () => {
    const { state } = run([{ now: 200, flag: flag('monologue', 150) }]);
    const id = state.activeId!;
    const answered = giveFeedback({
      state,
      sensitivity: defaultSensitivity(),
      nudgeId: id,
      feedback: 'not-now',
      now: 201,
    });
    expect(answered.state.snoozedUntil.monologue).toBeDefined();
    const undone = undoFeedback({ ...answered, nudgeId: id });
    expect(undone.state.snoozedUntil.monologue).toBeUndefined();
    expect(undone.state.activeId).toBe(id);
  });

  it('one "not useful" press moves the threshold by exactly one step', () => {
    const { state } = run([{ now: 200, flag: flag('monologue', 150) }]);
    const { sensitivity } = giveFeedback({
      state,
      sensitivity: defaultSensitivity(),
      nudgeId: state.activeId!,
      feedback: 'not-useful',
      now: 201,
    });
    expect(sensitivity.monologue).toBe(0.7);
  });

  it('"not now" snoozes the flag type for ten minutes', () => {
    let { state } = run([{ now: 200, flag: flag('interruption', 199) }]);
    ({ state } = giveFeedback({
      state,
      sensitivity: defaultSensitivity(),
      nudgeId: state.activeId!,
      feedback: 'not-now',
      now: 210,
    }));
    expect(activeNudge(state)).toBeNull();
    expect(state.nudges[0]!.status).toBe('snoozed');
    const { decisions } = run(
      [
        { now: 500, flag: flag('interruption', 499) },
        { now: 505, flag: flag('monologue', 450) },
        { now: 809, flag: flag('interruption', 808) },
        { now: 811, flag: flag('interruption', 810) },
      ],
      defaultSensitivity(),
      state,
    );
    // The snooze ends at 810; the old card is past its cooldown and closed, so a new one opens.
    expect(decisions).toEqual(['hold:snoozed', 'show', 'hold:snoozed', 'show']);
  });

  it('records "helpful" and keeps the card', () => {
    let { state } = run([{ now: 200, flag: flag('interruption', 199) }]);
    const sensitivity = defaultSensitivity();
    const out = giveFeedback({ state, sensitivity, nudgeId: state.activeId!, feedback: 'helpful', now: 205 });
    state = out.state;
    expect(out.sensitivity).toBe(sensitivity);
    expect(activeNudge(state)!.feedback).toEqual(['helpful']);
    expect(state.feedback).toEqual([{ nudgeId: state.activeId, type: 'interruption', feedback: 'helpful', at: 205 }]);
  });

  it('ignores feedback on an unknown card', () => {
    const state = initialNudgeState();
    const sensitivity = defaultSensitivity();
    expect(giveFeedback({ state, sensitivity, nudgeId: 'nope', feedback: 'not-useful', now: 1 })).toEqual({
      state,
      sensitivity,
    });
  });

  it('reads stored sensitivity leniently', () => {
    expect(parseSensitivity(undefined)).toEqual(defaultSensitivity());
    expect(parseSensitivity({ interruption: 0.8, monologue: 'x', nope: 1, 'talk-dominance': 7 })).toEqual({
      ...defaultSensitivity(),
      interruption: 0.8,
      'talk-dominance': SENSITIVITY.max,
    });
  });
});

describe('[nudges] card contents', () => {
  it('cycles "another phrasing" round the role\'s phrasings', () => {
    let { state } = run([{ now: 200, flag: flag('interruption', 199) }]);
    const id = state.activeId!;
    const seen = [currentPhrasing(activeNudge(state)!)!.id];
    const total = activeNudge(state)!.phrasings.length;
    for (let i = 0; i < total; i++) {
      state = anotherPhrasing(state, id);
      seen.push(currentPhrasing(activeNudge(state)!)!.id);
    }
    expect(new Set(seen).size).toBe(total);
    expect(seen.at(-1)).toBe(seen[0]);
  });

  it("carries id, flag, entry, the why, and the user's edited phrasings", () => {
    const playbook = mergePlaybook(
      DEFAULT_PLAYBOOK,
      setEntryPhrasings(emptyOverrides(), 'repair.monologue.host-side', [
        { id: 'mine-1', text: 'Over to you.', roles: ['interviewer', 'host'], stage: 'inclusion' },
      ]),
    );
    const f = flag('monologue', 100, {
      evidence: [
        {
          cue: 'm',
          speaker: ME,
          text: 'So let me tell you about how our team is organised and why it matters',
          at: 100,
        },
      ],
    });
    const { nudge } = nudgeFor({
      flag: f,
      now: 200,
      perspective: host,
      state: initialNudgeState(),
      sensitivity: defaultSensitivity(),
      playbook,
    });
    expect(nudge).toMatchObject({
      id: `nudge:${f.id}`,
      flag: f,
      entryId: 'repair.monologue.host-side',
      whyItMatters: expect.any(String),
      phrasings: [{ id: 'mine-1', text: 'Over to you.' }],
      phrasingIndex: 0,
      count: 1,
      createdAt: 200,
      status: 'showing',
    });
    expect(nudge!.whatHappened).toBe(
      'You have held the floor for over a minute and a half, starting with “So let me tell you about how our team is…”',
    );
  });

  it('runs a whole engine step, skipping signals', () => {
    const f = flag('interruption', 199);
    const { state, nudges, decisions } = nudgesFor([{ ...f, kind: 'signal', type: 'inclusion-prompt' } as never, f], {
      now: 200,
      perspective: host,
      state: initialNudgeState(),
      sensitivity: defaultSensitivity(),
    });
    expect(decisions).toEqual([{ kind: 'show' }]);
    expect(nudges.map((n) => n.id)).toEqual([`nudge:${f.id}`]);
    expect(state.seen).toEqual([f.id]);
  });

  it('replaces the card on screen with a newer one', () => {
    const { state } = run([
      { now: 200, flag: flag('interruption', 199) },
      { now: 300, flag: flag('monologue', 250) },
    ]);
    expect(state.nudges.map((n) => n.status)).toEqual(['replaced', 'showing']);
    expect(activeNudge(state)!.type).toBe('monologue');
  });

  it('keeps the state plain JSON', () => {
    const { state } = run([
      { now: 200, flag: flag('interruption', 199) },
      { now: 201, flag: flag('monologue', 150) },
    ]);
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
  });
});

describe('[nudges] a name learned after the card', () => {
  it('writes the card again with the name, keeping everything else', () => {
    const before = flag('interruption', 130, { target: 'Speaker 1' });
    const { state } = run([{ flag: before, now: 130 }]);
    const card = activeNudge(state)!;
    expect(card.whatHappened).toMatch(/^You came in before Speaker 1 had finished/);
    const renamed = renamedNudge(card, { ...before, target: 'Jo Banks' });
    expect(renamed.whatHappened).toMatch(/^You came in before Jo Banks had finished/);
    expect({ ...renamed, whatHappened: '', flag: null }).toEqual({ ...card, whatHappened: '', flag: null });
    expect(renamed.flag.target).toBe('Jo Banks');
  });
});
