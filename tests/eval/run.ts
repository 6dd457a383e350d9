/**
 * `npm run eval`: how well Candor's detectors find the moments they exist for, on conversations they were
 * not built from (docs/evaluation.md).
 *   (a) the dialogues' test split (files 11+), with the shipped models, through the engine and through the
 *       live caption path, as given and with punctuation stripped; a reliability table for `confidence`;
 *   (b) leave-one-writer-out cross-validation on the development split (the estimate for an unseen writer);
 *   (c) the real meetings' dev halves (ICSI MRDA, AMI), each scored by models that never saw that meeting;
 *   (d) the project's own transcripts: regression only, not evidence.
 * Options: --quick (only a), --show=<type>:<set> lists misses and false flags of one table
 * (sets: test, test-stripped, replay, cv, cv-stripped, mrda, mrda-stripped, ami, ami-stripped).
 */
import { FLAG_TYPES, type FlagType } from '../../lib/engine/types.ts';
import { JUDGED_TYPES, type JudgedType } from '../../lib/engine/judge.ts';
import { analyzeTranscript } from '../../lib/engine/engine.ts';
import { calibrated, thresholdFor } from '../../lib/learn/model.ts';
import { DIALOGUE_FLAGS, loadDialogues } from '../corpus/dialogues.ts';
import { CORPUS_DIR, corpusMissing } from '../corpus/path.ts';
import type { EvalConversation } from '../corpus/types.ts';
import { trainingConversations } from '../learn/corpora.ts';
import {
  calibrate,
  chooseThresholds,
  collectCandidates,
  outOfFold,
  toUtterances,
  type LabelledCandidate,
} from '../learn/pipeline.ts';
import { evaluateSet, type Runner, type SetResult } from './evaluate.ts';
import type { Predicted } from './predicted.ts';
import { readTranscripts, toConversation } from './project-set.ts';
import { runReplay } from './replay.ts';
import { cueIndex, runEngine } from './runner.ts';
import { rule, scoreHeader, scoreRow } from './table.ts';

const args = process.argv.slice(2);
const show = args.find((a) => a.startsWith('--show='))?.slice(7);
const quick = args.includes('--quick');

function printSet(title: string, setName: string, result: SetResult, types: readonly FlagType[]): void {
  console.log(rule(`${title}: ${result.cues} cues, ${result.hours.toFixed(2)} h`));
  console.log(scoreHeader());
  for (const t of types) console.log(scoreRow(t, result.results.get(t)!.score));
  if (!show) return;
  const [type, set] = show.split(':');
  if (set !== setName) return;
  const r = result.results.get(type as FlagType);
  if (!r) return;
  console.log(`\n  false flags (${r.falsePositives.length}):`);
  for (const m of r.falsePositives)
    console.log(`    ${m.conversation} #${m.anchor} ${m.speaker}  ${m.rule}  [${m.note ?? ''}]`);
  console.log(`  misses (${r.falseNegatives.length}):`);
  for (const m of r.falseNegatives) console.log(`    ${m.conversation} #${m.anchor} ${m.speaker}`);
}

const missing = corpusMissing();
console.log('Candor detection: evaluation');
console.log('match: same anchor cue (±1) and same speaker; 95% Wilson intervals; false/h = unmatched flags per hour');
if (missing) console.log(`eval: ${missing}; only the project's own transcripts are scored`);
else console.log(`corpus: ${CORPUS_DIR}`);

if (!missing) {
  // (a) The test split, once, with what ships.
  const reliability: { p: number; label: 0 | 1 }[] = [];
  for (const stripped of [false, true]) {
    const convs = loadDialogues('test', stripped);
    const runner: Runner = (conv) => {
      const snapshot = analyzeTranscript(toUtterances(conv), conv.perspective, {
        onCandidate(candidate, judgment) {
          const anchor = cueIndex(candidate.anchor.id);
          const gold = conv.gold[candidate.type] ?? [];
          const label = gold.some((g) => Math.abs(g.anchor - anchor) <= 1 && g.speaker === candidate.speaker) ? 1 : 0;
          reliability.push({ p: judgment.probability, label });
        },
      });
      const findings = [...snapshot.flags, ...snapshot.signals];
      return { predicted: findings.map((f) => predictedOf(f.type, f.kind, cueIndex(f.anchor), f)), perTurnMs: [] };
    };
    const writers = new Set(convs.map((c) => c.group)).size;
    printSet(
      `(a) Dialogues test split (files 11+ of ${writers} writers, ${convs.length} calls), shipped models${stripped ? ', punctuation stripped + lower case' : ', as written'}`,
      stripped ? 'test-stripped' : 'test',
      evaluateSet(convs, DIALOGUE_FLAGS, runner),
      DIALOGUE_FLAGS,
    );
  }
  printReliability(reliability);
  const replayed = evaluateSet(loadDialogues('test', true), DIALOGUE_FLAGS, (conv) => ({
    predicted: runReplay(conv).predicted,
    perTurnMs: [],
  }));
  printSet(
    '(a) The same test calls through the live caption path (growing blocks → assembler → session), stripped',
    'replay',
    replayed,
    DIALOGUE_FLAGS,
  );

  if (!quick) crossValidated();
}

// (d) Regression only.
for (const stripped of [false, true]) {
  const convs = readTranscripts().map((t) => toConversation(t, stripped));
  const result = evaluateSet(convs, FLAG_TYPES, (conv) => ({ predicted: runEngine(conv).predicted, perTurnMs: [] }));
  printSet(
    `(d) Project transcripts (${convs.length}; written beside the old rules: regression only, not evidence)${stripped ? ', stripped' : ''}`,
    stripped ? 'project-stripped' : 'project',
    result,
    FLAG_TYPES,
  );
}

function predictedOf(
  type: Predicted['type'],
  kind: Predicted['kind'],
  anchor: number,
  f: { speaker: string; target: string | null; rule: string; confidence: number },
): Predicted {
  return { type, kind, anchor, speaker: f.speaker, target: f.target, rule: f.rule, confidence: f.confidence };
}

/** Out-of-fold judgments (b, c): each candidate scored by a model trained without its writer or meeting. */
function crossValidated(): void {
  const convs = trainingConversations();
  const candidates = collectCandidates(convs);
  const hours = new Map(convs.map((c) => [c.id, c.hours]));
  const predicted = new Map<string, Predicted[]>();
  for (const type of JUDGED_TYPES) {
    const oof = outOfFold(candidates, type);
    const calibration = calibrate(oof);
    const thresholds = chooseThresholds(type, oof, calibration, (id) => hours.get(id) ?? 0);
    const contexts = (thresholds.contextThresholds ?? []).map((c) => `, ${c.threshold} with ${c.feature}`).join('');
    console.log(`out of fold, ${type}: threshold ${thresholds.threshold}${contexts}`);
    for (const o of oof) {
      const p = calibrated(o.logit, calibration);
      if (p < thresholdFor(thresholds, o.candidate.features)) continue;
      const list = predicted.get(o.candidate.conversation) ?? [];
      if (!list.some((x) => x.type === type && x.anchor === o.candidate.anchor))
        list.push(asPredicted(o.candidate, type, p));
      predicted.set(o.candidate.conversation, list);
    }
  }
  const runner: Runner = (conv) => ({ predicted: predicted.get(conv.id) ?? [], perTurnMs: [] });
  const sets: [string, string, (c: EvalConversation) => boolean][] = [
    ["(b) Leave-one-writer-out on the dialogues' dev split", 'cv', (c) => c.source === 'dialogues'],
    [
      '(c) ICSI MRDA dev half (gold: MRDA interruptions; hand labels for dismissals and unanswered questions)',
      'mrda',
      (c) => c.source === 'icsi-mrda',
    ],
    ['(c) AMI dev half (interruptions: a timing heuristic, not human gold)', 'ami', (c) => c.source === 'ami'],
  ];
  for (const [title, name, pick] of sets) {
    for (const stripped of [false, true]) {
      const chosen = convs.filter((c) => pick(c) && c.id.endsWith('~stripped') === stripped);
      printSet(
        `${title}${stripped ? ', stripped' : ', as given'}`,
        stripped ? `${name}-stripped` : name,
        evaluateSet(chosen, JUDGED_TYPES, runner),
        JUDGED_TYPES,
      );
    }
  }
}

function asPredicted(c: LabelledCandidate, type: JudgedType, p: number): Predicted {
  return { type, kind: 'flag', anchor: c.anchor, speaker: c.speaker, target: null, rule: 'out-of-fold', confidence: p };
}

function printReliability(rows: readonly { p: number; label: 0 | 1 }[]): void {
  console.log(
    rule(
      'Reliability of `confidence` on the test split: every candidate the detectors judged, by calibrated probability',
    ),
  );
  console.log(
    `${'confidence'.padEnd(12)} ${'candidates'.padStart(10)} ${'real'.padStart(6)} ${'share real'.padStart(10)}`,
  );
  const edges = [0, 0.1, 0.3, 0.5, 0.7, 0.8, 0.9, 1.0001];
  for (let i = 0; i < edges.length - 1; i++) {
    const inBin = rows.filter((r) => r.p >= edges[i]! && r.p < edges[i + 1]!);
    const real = inBin.filter((r) => r.label === 1).length;
    const share = inBin.length > 0 ? (real / inBin.length).toFixed(2) : '–';
    console.log(
      `${`${edges[i]!.toFixed(1)}–${Math.min(1, edges[i + 1]!).toFixed(1)}`.padEnd(12)} ${String(inBin.length).padStart(10)} ${String(real).padStart(6)} ${share.padStart(10)}`,
    );
  }
}
