import { describe, expect, test } from 'vitest';
import { readStages, STAGE_RULES, type StageLevel } from '../../../lib/engine/stages.ts';
import {
  FLAG_TYPES,
  type Finding,
  type FlagType,
  SIGNAL_TYPES,
  type SignalType,
  type Stage,
  STAGES,
} from '../../../lib/engine/types.ts';

let next = 0;
function finding(type: FlagType | SignalType, confidence = 0.9): Finding {
  const base = {
    id: `f${next++}`,
    at: next,
    anchor: `c${next}`,
    speaker: 'Ana',
    target: null,
    confidence,
    evidence: [],
    rule: 'test',
  };
  return (FLAG_TYPES as readonly string[]).includes(type)
    ? { ...base, kind: 'flag', type: type as FlagType }
    : { ...base, kind: 'signal', type: type as SignalType };
}

function levels(findings: Finding[]): Record<Stage, StageLevel> {
  const view = readStages(findings);
  return Object.fromEntries(STAGES.map((s) => [s, view[s].level])) as Record<Stage, StageLevel>;
}

describe('[stages] levels', () => {
  test.each<[string, (FlagType | SignalType)[], Partial<Record<Stage, StageLevel>>]>([
    ['nothing yet', [], { inclusion: 'unknown', learner: 'unknown', contributor: 'unknown', challenger: 'unknown' }],
    ['one invitation builds inclusion', ['inclusion-prompt'], { inclusion: 'building', learner: 'unknown' }],
    ['two invitations support it', ['inclusion-prompt', 'inclusion-prompt'], { inclusion: 'supported' }],
    ['an interruption puts inclusion at risk', ['interruption'], { inclusion: 'at-risk' }],
    ['so does talk dominance', ['talk-dominance'], { inclusion: 'at-risk' }],
    [
      'one invitation does not outweigh one interruption',
      ['inclusion-prompt', 'interruption'],
      { inclusion: 'at-risk' },
    ],
    [
      'three invitations outweigh one interruption',
      ['inclusion-prompt', 'inclusion-prompt', 'inclusion-prompt', 'interruption'],
      { inclusion: 'building' },
    ],
    [
      'learner safety from its three signals',
      ['clarification-invited', 'vulnerability-modeled', 'mistake-reframed'],
      { learner: 'supported' },
    ],
    [
      'a skeptical response threatens learner safety',
      ['skeptical-response'],
      { learner: 'at-risk', inclusion: 'unknown' },
    ],
    ['an unanswered question too', ['unanswered-question'], { learner: 'at-risk' }],
    [
      'a dismissed objection threatens contributors and challengers',
      ['dismissed-objection'],
      { contributor: 'at-risk', challenger: 'at-risk' },
    ],
    ['an idea offered builds contributor safety', ['idea-offered'], { contributor: 'building', challenger: 'unknown' }],
    ['a respectful challenge builds challenger safety', ['respectful-challenge'], { challenger: 'building' }],
    [
      'a monologue bears on no stage (docs/flags.md names none)',
      ['monologue'],
      { inclusion: 'unknown', learner: 'unknown' },
    ],
  ])('%s', (_name, types, expected) => {
    expect(levels(types.map((t) => finding(t)))).toMatchObject(expected);
  });

  test('the evidence names each finding and how it moved the stage', () => {
    const invite = finding('inclusion-prompt');
    const cut = finding('interruption');
    expect(readStages([invite, cut]).inclusion.evidence).toEqual([
      { id: invite.id, kind: 'signal', type: 'inclusion-prompt', at: invite.at, speaker: 'Ana', effect: 'supports' },
      { id: cut.id, kind: 'flag', type: 'interruption', at: cut.at, speaker: 'Ana', effect: 'threatens' },
    ]);
  });
});

describe('[stages] rules', () => {
  test('every signal supports some stage', () => {
    const supported = new Set(STAGES.flatMap((s) => STAGE_RULES[s].supports));
    expect(SIGNAL_TYPES.filter((t) => !supported.has(t))).toEqual([]);
  });

  test('every red flag but monologue threatens some stage', () => {
    const threatening = new Set(STAGES.flatMap((s) => STAGE_RULES[s].threats));
    expect(FLAG_TYPES.filter((t) => !threatening.has(t))).toEqual(['monologue']);
  });
});
