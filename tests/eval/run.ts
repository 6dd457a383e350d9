/**
 * Candor's language-detector evaluation: `npm run eval` (or `npx tsx tests/eval/run.ts`).
 *   --show=<type>[:<set>]  list false positives and misses for one type (set: project, mrda, ami, with
 *                          "-stripped" for the punctuation-free run), e.g. --show=interruption:mrda-stripped
 *   --quick                the project set only
 */
import { FLAG_TYPES, SIGNAL_TYPES, type Detector, type FlagType, type SignalType } from '../../lib/engine/types.ts';
import { cacheStats, clearCaches } from '../../lib/nlp/index.ts';
import { LANGUAGE_DETECTORS } from './detectors.ts';
import { SIGNAL_DETECTORS } from '../../lib/engine/signals/index.ts';
import { loadCorpus, type CorpusName } from './corpus.ts';
import { evaluateSet, type Runner, type SetResult } from './evaluate.ts';
import { percentile } from './metrics.ts';
import { readTranscripts, toConversation } from './project-set.ts';
import { questionSubtask } from './questions-subtask.ts';
import { runLocal } from './runner.ts';
import { resolveEngineRunner } from './engine-runner.ts';
import { rule, scoreHeader, scoreRow } from './table.ts';

const args = process.argv.slice(2);
const show = args.find((a) => a.startsWith('--show='))?.slice(7);
const quick = args.includes('--quick');

const LANGUAGE_FLAGS: FlagType[] = ['interruption', 'dismissed-objection', 'unanswered-question', 'skeptical-response'];
const detectors: Detector[] = [...LANGUAGE_DETECTORS, ...SIGNAL_DETECTORS];
const local: Runner = (conv) => runLocal(conv, detectors);
const engine = await resolveEngineRunner();
const projectRunner: Runner = engine?.run ?? local;
const projectFlags: FlagType[] = engine ? [...FLAG_TYPES] : LANGUAGE_FLAGS;

function printSet(
  title: string,
  result: SetResult,
  types: readonly (FlagType | SignalType)[],
  setName: string,
  extra: (t: FlagType | SignalType) => string = () => '',
): void {
  console.log(rule(`${title}: ${result.cues} cues, ${result.hours.toFixed(2)} h`));
  console.log(scoreHeader());
  for (const t of types) console.log(scoreRow(t, result.results.get(t)!.score) + extra(t));
  if (!show) return;
  const [type, set = 'project'] = show.split(':');
  if (set !== setName) return;
  const r = result.results.get(type as FlagType);
  if (!r) return;
  console.log(`\n  false positives (${r.falsePositives.length}):`);
  for (const m of r.falsePositives)
    console.log(`    ${m.conversation} #${m.anchor} ${m.speaker}  ${m.rule}  [${m.note ?? ''}]`);
  console.log(`  misses (${r.falseNegatives.length}):`);
  for (const m of r.falseNegatives) console.log(`    ${m.conversation} #${m.anchor} ${m.speaker}`);
  console.log(`  hits (${r.truePositives.length}):`);
  for (const m of r.truePositives) console.log(`    ${m.conversation} #${m.anchor} ${m.speaker}  ${m.rule}`);
}

console.log('Candor language detectors: evaluation');
console.log(
  `runner: ${engine ? `lib/engine/engine.ts analyzeTranscript (${engine.note})` : 'local (tests/eval/runner.ts: step per final turn, then advance(end, true))'}`,
);
console.log(
  'match: same anchor cue (±1) and same speaker; 95% Wilson intervals; false/h = unmatched predictions per hour',
);

// (b) The project's own labelled transcripts, as written and with punctuation stripped.
const transcripts = readTranscripts();
for (const stripped of [false, true]) {
  const convs = transcripts.map((t) => toConversation(t, stripped));
  const result = evaluateSet(convs, [...projectFlags, ...SIGNAL_TYPES], projectRunner);
  printSet(
    `Project set (tests/transcripts, ${convs.length} transcripts)${stripped ? ', punctuation stripped + lower case' : ', as written'}`,
    result,
    [...projectFlags, ...SIGNAL_TYPES],
    stripped ? 'project-stripped' : 'project',
  );
}

// Transcripts written after the rules were tuned (ids "fresh-…"): a small check of how far the tuning carries.
for (const stripped of [false, true]) {
  const fresh = transcripts.filter((t) => t.id.startsWith('fresh-')).map((t) => toConversation(t, stripped));
  if (fresh.length === 0) break;
  const result = evaluateSet(fresh, projectFlags, projectRunner);
  printSet(
    `  of which written after tuning (${fresh.length} "fresh-" transcripts)${stripped ? ', stripped' : ', as written'}`,
    result,
    projectFlags,
    stripped ? 'fresh-stripped' : 'fresh',
  );
}

if (!quick) {
  // (a) Corpus dev halves. Timing is taken on the first pass, from a cold parse cache.
  clearCaches();
  let timing: number[] = [];

  const corpusTypes: (FlagType | SignalType)[] = [...LANGUAGE_FLAGS, 'clarification-invited'];
  const notes: Record<string, string> = {
    interruption: '',
    'dismissed-objection': '  gold: candor hand labels',
    'unanswered-question': '  gold: candor hand labels',
    'skeptical-response': '  no gold: every flag counts as false',
    'clarification-invited': '  gold: AMI el.und only (signal)',
  };
  // Cost per utterance of this layer alone (language detectors + signals, parse included), from a cold cache.
  timing = evaluateSet(loadCorpus('icsi-mrda', false), [], local).perTurnMs;
  const coldStats = cacheStats();
  for (const name of ['icsi-mrda', 'ami'] as CorpusName[]) {
    for (const stripped of [false, true]) {
      const convs = loadCorpus(name, stripped);
      const result = evaluateSet(convs, corpusTypes, projectRunner);
      const label = name === 'ami' ? 'AMI' : 'ICSI-MRDA';
      const interruptionNote =
        name === 'ami' ? '  gold: SILVER heuristic (AMI has no gold)' : '  gold: MRDA %- with its interrupter';
      printSet(
        `${label} dev${stripped ? ', punctuation stripped + lower case' : ', punctuation as given'}`,
        result,
        corpusTypes,
        `${name === 'ami' ? 'ami' : 'mrda'}${stripped ? '-stripped' : ''}`,
        (t) => (t === 'interruption' ? interruptionNote : (notes[t] ?? '')),
      );
      const fpNotes = new Map<string, number>();
      for (const t of LANGUAGE_FLAGS) {
        for (const m of result.results.get(t)!.falsePositives)
          fpNotes.set(`${t}: ${m.note}`, (fpNotes.get(`${t}: ${m.note}`) ?? 0) + 1);
      }
      if (fpNotes.size > 0)
        console.log(`  where the unmatched flags fell: ${[...fpNotes].map(([k, v]) => `${k} ×${v}`).join('; ')}`);
    }
  }

  console.log(rule('Sub-task: question detection per dialogue-act unit (lib/nlp/question.ts)'));
  for (const name of ['icsi-mrda', 'ami'] as CorpusName[]) {
    for (const real of name === 'icsi-mrda' ? [false, true] : [false]) {
      for (const stripped of [false, true]) {
        const s = questionSubtask(name, stripped, real);
        const label = `${name} ${real ? 'real question' : 'any question'} ${stripped ? 'stripped' : 'as given'}`;
        console.log(
          `${label.padEnd(40)} units ${s.n}  gold ${s.gold}  pred ${s.pred}  P ${s.precision.value.toFixed(2)} [${s.precision.low.toFixed(2)}–${s.precision.high.toFixed(2)}]  R ${s.recall.value.toFixed(2)} [${s.recall.low.toFixed(2)}–${s.recall.high.toFixed(2)}]`,
        );
      }
    }
  }

  const stats = coldStats;
  console.log(
    rule(
      'Cost per utterance: the 4 language detectors + 6 signals, parse included (MRDA dev as given, one pass, cold cache)',
    ),
  );
  console.log(
    `turns ${timing.length}  p50 ${percentile(timing, 50).toFixed(3)} ms  p95 ${percentile(timing, 95).toFixed(3)} ms  p99 ${percentile(timing, 99).toFixed(3)} ms  max ${Math.max(...timing).toFixed(1)} ms`,
  );
  console.log(
    `parse cache on that pass: ${stats.sentences.misses} sentences parsed, ${stats.sentences.hits} reused; ${stats.analyses.misses} utterance analyses built, ${stats.analyses.hits} reused by later detectors`,
  );
}
