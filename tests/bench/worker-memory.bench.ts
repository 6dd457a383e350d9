/**
 * What the service worker's heap pays once when a call starts, and what a call keeps adding, split by
 * cause. Measured in Node (the same V8 engine) with the session code the worker runs (CallSession, as
 * the background keeps it: no final lines in memory), fed the committed 230-utterance AMI excerpt as
 * live captions, so each step's heap can be taken after a full garbage collection. The long-call bench
 * measures the real worker in Chromium; this one says what its first-hour growth is made of.
 *
 *   npx tsx --expose-gc tests/bench/worker-memory.bench.ts
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as lexicons from '../../lib/nlp/lexicons/index.ts';
import type { Lexicon } from '../../lib/nlp/lexicons/types.ts';
import { analyse, clearCaches, findAll } from '../../lib/nlp/index.ts';
import { CallSession } from '../../lib/session/call-session.ts';
import type { ReplayLine } from '../fixtures/replay/plan.ts';
import { printTable } from './figures.ts';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');
const heapMB = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

const lines: ReplayLine[] = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../fixtures/transcripts/ami-meeting-230.json'), 'utf8'),
).lines;
const URL = 'https://meet.google.com/abc-defg-hij';
let session: CallSession | null = new CallSession(
  {
    id: 'bench',
    tabId: 1,
    platform: 'meet',
    callKey: 'meet:abc-defg-hij',
    origin: 0,
    startedAt: 0,
    updatedAt: 0,
    lastSeq: {},
    perspective: {},
  },
  undefined,
  { keepFinals: false },
);
let seq = 1;
let clock = 1000;
let fed = 0;

/** The next `count` utterances (the excerpt repeats), each growing three words a read, then gone. */
function feed(count: number): void {
  for (let i = 0; i < count; i++, fed++) {
    const line = lines[fed % lines.length]!;
    const block = `d:${fed}`;
    const words = line.text.split(' ');
    const send = (text: string, gone: boolean) => {
      clock += 300;
      const snapshot = {
        kind: 'block',
        block,
        speaker: line.speaker,
        self: line.self === true,
        text,
        t: clock,
      } as const;
      const events = gone ? [snapshot, { kind: 'gone', block, t: clock } as const] : [snapshot];
      session!.apply({ type: 'capture/batch', doc: 'd', seq: seq++, url: URL, events }, clock);
    };
    for (let w = 3; w < words.length; w += 3) send(words.slice(0, w).join(' '), false);
    send(line.text, true);
    clock += 2000;
    session!.tick(clock);
  }
}

const loaded = heapMB();
analyse('Could you walk me through the numbers again?');
const firstParse = heapMB();
const all = Object.values(lexicons).filter(
  (value): value is Lexicon => typeof value === 'object' && value !== null && 'entries' in value && 'id' in value,
);
const probe = analyse('I am not sure that works for us, but we could try it next week.');
for (const lexicon of all) findAll(probe, lexicon);
const nets = heapMB();
feed(300);
const filled = heapMB();
clearCaches();
const cleared = heapMB();
feed(300);
const refilled = heapMB();
feed(1200);
const later = heapMB();
clearCaches();
const withoutCaches = heapMB();
session = null;
const dropped = heapMB();

const mb = (value: number) => `${value.toFixed(2)} MB`;
printTable('Worker memory by cause (Node, the worker’s session code)', [
  ['heap with the modules loaded (Node and tsx included)', mb(loaded), 'before the call'],
  ['compromise’s first parse', `+${mb(firstParse - loaded)}`, 'once'],
  [`the ${all.length} lexicon nets compiled (first sweep of each)`, `+${mb(nets - firstParse)}`, 'once'],
  ['first 300 utterances (code compiled, caches filling, session state)', `+${mb(filled - nets)}`, ''],
  ['  of which the parse caches (freed by clearCaches)', mb(filled - cleared), 'bounded'],
  ['next 1,200 utterances (after the caches refilled)', `+${mb(later - refilled)}`, 'what a call keeps adding'],
  [
    'left once the session and the caches are dropped (compiled code, nets)',
    `+${mb(dropped - loaded)} over the modules`,
    'the worker keeps it',
  ],
  ['the session’s own state after 1,800 utterances', mb(withoutCaches - dropped), 'bounded windows, findings'],
]);
