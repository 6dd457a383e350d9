/**
 * `npm run train`: rebuilds every scorer from the corpora, deterministically, and writes the weights into
 * lib/engine/weights/. `--check` trains again and fails if the result differs from the committed weights.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JUDGED_TYPES } from '../../lib/engine/judge.ts';
import { decodeWeights, type ModelData } from '../../lib/learn/model.ts';
import { corpusMissing } from '../corpus/path.ts';
import { trainingConversations } from './corpora.ts';
import { collectCandidates, trainModel } from './pipeline.ts';

const WEIGHTS_DIR = resolve(import.meta.dirname, '../../lib/engine/weights');
const check = process.argv.includes('--check');

const missing = corpusMissing();
if (missing) {
  console.log(`train: ${missing}`);
  process.exit(check ? 0 : 1);
}

const started = performance.now();
const conversations = trainingConversations();
const hours = new Map(conversations.map((c) => [c.id, c.hours]));
const candidates = collectCandidates(conversations);
console.log(`candidates collected in ${((performance.now() - started) / 1000).toFixed(1)} s`);
let differs = 0;
for (const type of JUDGED_TYPES) {
  const { model, oof } = trainModel(candidates, type, (id) => hours.get(id) ?? 0);
  const positives = oof.filter((o) => o.candidate.label === 1).length;
  console.log(
    `${type.padEnd(20)} ${oof.length} candidates, ${positives} positive; calibration a=${model.calibration.a} b=${model.calibration.b}; thresholds ${[model.threshold, ...(model.contextThresholds ?? []).map((c) => `${c.threshold} (${c.feature})`)].join(', ')}`,
  );
  const path = resolve(WEIGHTS_DIR, `${type}.json`);
  if (check) {
    const committed = JSON.parse(readFileSync(path, 'utf8')) as ModelData;
    if (!sameModel(committed, model)) {
      differs++;
      console.log(`  differs from the committed ${path}`);
    }
  } else writeFileSync(path, `${JSON.stringify(model)}\n`);
}
console.log(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
if (differs > 0) process.exit(1);

function sameModel(a: ModelData, b: ModelData): boolean {
  const close = (x: number, y: number) => Math.abs(x - y) <= 1e-5 * Math.max(1, Math.abs(x));
  if (a.bits !== b.bits || a.threshold !== b.threshold || !close(a.bias, b.bias)) return false;
  if (JSON.stringify(a.contextThresholds ?? []) !== JSON.stringify(b.contextThresholds ?? [])) return false;
  if (!close(a.calibration.a, b.calibration.a) || !close(a.calibration.b, b.calibration.b)) return false;
  const wa = decodeWeights(a.weights);
  const wb = decodeWeights(b.weights);
  return wa.length === wb.length && wa.every((w, i) => close(w, wb[i]!));
}
