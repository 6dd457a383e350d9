import { describe, expect, it } from 'vitest';
import { buildDebrief } from '../../../lib/debrief/debrief.ts';
import { analyzeTranscript } from '../../../lib/engine/engine.ts';
import { parseTranscript } from '../../../lib/formats/index.ts';
import { readCandorJson, toCandorJson } from '../../../lib/export/candor-json.ts';
import { markdownText, vttCueId, vttText, vttTime } from '../../../lib/export/escape.ts';
import { sessionFromImport } from '../../../lib/export/import.ts';
import { toMarkdown } from '../../../lib/export/markdown.ts';
import { shareableExport } from '../../../lib/export/shareable.ts';
import type { CallExport } from '../../../lib/export/types.ts';
import { toWebVtt } from '../../../lib/export/webvtt.ts';
import { findRepairs } from '../../../lib/debrief/repairs.ts';
import { readChecklist } from '../../../lib/debrief/checklist.ts';
import { scenarioById } from '../../../lib/practice/scenarios/index.ts';
import type { Utterance } from '../../../lib/transcript/types.ts';
import { debriefOf, perspectiveOf } from '../practice/replay.ts';

const HOSTILE_NAME = '<img src=x onerror="alert(1)">';
const HOSTILE_TEXT = 'Hi <script>alert("x")</script> & [click](javascript:alert(1)) | *bold* --> `code`\nnext line';

function exportOf(utterances: Utterance[], title = 'A call'): CallExport {
  const analysis = analyzeTranscript(utterances);
  const repairs = findRepairs(utterances, analysis.flags, analysis.signals);
  return {
    title,
    startedAt: new Date(2025, 0, 2, 9, 30).getTime(),
    platform: 'meet',
    duration: 10,
    utterances,
    analysis,
    repairs,
    checklist: readChecklist(analysis.flags, analysis.signals, repairs.repairs),
    reflection: { feltSafe: 'partly', notes: 'private <b>notes</b>', nextTime: 'ask earlier', savedAt: 1 },
  };
}

const hostile: Utterance[] = [
  { id: 'c1', speaker: HOSTILE_NAME, self: false, text: HOSTILE_TEXT, start: 0, end: 3, final: true },
  { id: 'c2', speaker: 'Ana', self: true, text: 'Plain words.', start: 3.5, end: 5, final: true },
];

describe('escaping', () => {
  it('turns markup into inert text in Markdown', () => {
    expect(markdownText('<b>x</b> & [a](b) *c* _d_ | e')).toBe(
      '&lt;b&gt;x&lt;/b&gt; &amp; \\[a\\]\\(b\\) \\*c\\* \\_d\\_ \\| e',
    );
    expect(markdownText('two\nlines')).toBe('two lines');
  });

  it('escapes WebVTT reserved characters, cue ids and times', () => {
    expect(vttText('a < b > c & d --> e')).toBe('a &lt; b &gt; c &amp; d --&gt; e');
    expect(vttCueId('a --> b\nc', 'x')).toBe('a_—_b_c');
    expect(vttCueId('  ', 'c7')).toBe('c7');
    expect(vttTime(3723.4567)).toBe('01:02:03.457');
  });
});

describe('Markdown export', () => {
  it('keeps hostile names and text inert and includes every section', () => {
    const md = toMarkdown(exportOf(hostile, 'Call with <script>'));
    expect(md).not.toMatch(/<(img|script|b)\b/i);
    expect(md).toContain('&lt;img src=x onerror="alert\\(1\\)"&gt;');
    expect(md).toContain('&lt;script&gt;alert\\("x"\\)&lt;/script&gt;');
    expect(md).not.toContain('](javascript');
    for (const heading of [
      '# \u2068Call with',
      '## Checklist',
      '## Four stages',
      '## Repairs',
      '## Flags',
      '## Positive signals',
      '## Speakers',
      '## Reflection',
      '## Transcript',
    ]) {
      expect(md).toContain(heading);
    }
    // Every table row has the header's number of cells, whatever the names held.
    const cells = (row: string) => row.split(/(?<!\\)\|/).length - 2;
    const section = (heading: string) =>
      md
        .split(heading)[1]!
        .split('\n## ')[0]!
        .split('\n')
        .filter((line) => line.startsWith('|'));
    expect(section('## Checklist').map(cells)).toEqual(Array(7).fill(3));
    expect(section('## Speakers').map(cells)).toEqual(Array(4).fill(9));
    expect(toMarkdown(exportOf(hostile), { withoutReflection: true })).not.toContain('## Reflection');
  });

  it('isolates names and words from the call, and spells out direction marks in names', () => {
    const rtl: Utterance[] = [
      { id: 'c1', speaker: 'Bob \u202Eevil', self: false, text: 'Hello \u202Ethere', start: 5, end: 7, final: true },
    ];
    const md = toMarkdown(exportOf(rtl));
    expect(md).toContain('**[0:05] \u2068Bob \\[U\\+202E\\]evil\u2069:** \u2068Hello \u202Ethere\u2069');
    expect(toWebVtt(exportOf(rtl).utterances)).toContain('<v Bob [U+202E]evil>');
  });
});

describe('WebVTT export', () => {
  it('writes voice tags that Candor reads back to the same speakers and words', () => {
    const vtt = toWebVtt(hostile);
    expect(vtt.startsWith('WEBVTT\n')).toBe(true);
    expect(vtt).not.toContain('<script');
    expect(vtt).not.toContain('<img');
    expect(vtt.split('\n').filter((l) => l.includes('-->'))).toHaveLength(2); // only the timing lines
    const back = parseTranscript(vtt).utterances;
    expect(back.map((u) => [u.id, u.speaker, u.text, u.start, u.end])).toEqual(
      hostile.map((u) => [u.id, u.speaker, u.text.replace(/\s+/g, ' '), u.start, u.end]),
    );
  });
});

describe('JSON export and import', () => {
  it('round-trips a practice run without losing utterances or flags', () => {
    const scenario = scenarioById('interview-rough')!;
    const debrief = debriefOf(scenario);
    const call: CallExport = {
      title: 'Round trip',
      startedAt: 1_700_000_000_000,
      platform: 'practice',
      ...debrief,
      perspective: perspectiveOf(scenario),
      roles: scenario.roles,
    };
    const json = toCandorJson(call);
    expect(JSON.parse(json)).toMatchObject({ format: 'candor-transcript', version: 1, title: 'Round trip' });

    const read = readCandorJson(json);
    if (!read.ok) throw new Error(read.error);
    expect(read.call.title).toBe('Round trip');
    expect(read.call.flags.map((f) => f.id)).toEqual(debrief.analysis.flags.map((f) => f.id));

    const { record, batches } = sessionFromImport(read.call, { id: 'imp1', tabId: 4, now: 1_800_000_000_000 });
    expect(record).toMatchObject({
      title: 'Round trip',
      platform: 'practice',
      callKey: 'import:imp1',
      startedAt: 1_700_000_000_000,
      myRole: 'candidate',
    });
    expect(record.perspective).toEqual(perspectiveOf(scenario));
    expect(record.roles).toEqual(scenario.roles);
    const again = buildDebrief(record, batches);
    const strip = (u: Utterance) => ({
      id: u.id,
      speaker: u.speaker,
      self: u.self,
      text: u.text,
      start: u.start,
      end: u.end,
    });
    expect(again.utterances.map(strip)).toEqual(debrief.utterances.map(strip));
    const key = (f: { id: string; type: string; speaker: string; target: string | null; at: number }) => [
      f.id,
      f.type,
      f.speaker,
      f.target,
      f.at,
    ];
    expect(again.analysis.flags.map(key)).toEqual(debrief.analysis.flags.map(key));
    expect(again.analysis.signals.map(key)).toEqual(debrief.analysis.signals.map(key));
    expect(again.repairs.repairs).toEqual(debrief.repairs.repairs);
  });

  it('imports a bare candor-transcript and a file from the CLI alike', () => {
    const bare =
      '{"format":"candor-transcript","version":1,"utterances":[{"id":"a","speaker":"Ana","self":true,"text":"Hello","start":0,"end":1}]}';
    const read = readCandorJson(bare);
    expect(read.ok && read.call.utterances.map((u) => [u.speaker, u.self, u.text])).toEqual([['Ana', true, 'Hello']]);
    const { record } = sessionFromImport(read.ok ? read.call : { utterances: [], flags: [], signals: [] }, {
      id: 'x',
      tabId: 1,
      now: 5,
      fileName: 'call.json',
    });
    expect(record.title).toBe('Imported call.json');
  });

  it.each([
    ['', /not a Candor JSON export/],
    ['WEBVTT\n\n00:01.000 --> 00:02.000\n<v A>hi', /not a Candor JSON export/],
    [
      '{"format":"other","version":1,"utterances":[]}',
      /^This JSON file is not a Candor export: it has no "format": "candor-transcript"/,
    ],
    ['{"format":"candor-transcript","version":2,"utterances":[]}', /unsupported candor-transcript version 2/],
    [
      '{"format":"candor-transcript","version":1,"utterances":[\n{"id":"a","speaker":"A","text":"x","start":2,"end":1}\n]}',
      /^It looks like a Candor export, but line 2 is damaged: the utterance ends before it starts/,
    ],
    [
      '{"format":"candor-transcript","version":1,"utterances":[\n{"id":"a","speaker":"A","text":"x","start":0,"end":1}',
      /ends before its closing/,
    ],
    [
      '{"format":"candor-transcript","version":1,"title":7,"utterances":[{"id":"a","speaker":"A","text":"x","start":0,"end":1}]}',
      /"title" field is not valid/,
    ],
    [
      '{"format":"candor-transcript","version":1,"platform":"webex","utterances":[{"id":"a","speaker":"A","text":"x","start":0,"end":1}]}',
      /"platform" must be/,
    ],
    [
      '{"format":"candor-transcript","version":1,"perspective":{"role":"boss"},"utterances":[{"id":"a","speaker":"A","text":"x","start":0,"end":1}]}',
      /"perspective\.role" field is not valid: the role must be one of/,
    ],
  ])('refuses %j with a clear error', (text, error) => {
    const read = readCandorJson(text);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.error).toMatch(error);
  });
});

describe('shareable export', () => {
  it('replaces names with roles everywhere and leaves the reflection out', () => {
    const scenario = scenarioById('panel-platform')!;
    const debrief = debriefOf(scenario);
    const call: CallExport = {
      title: 'Panel with Tom Becker',
      startedAt: 0,
      platform: 'practice',
      ...debrief,
      reflection: { notes: 'Tom was rude', nextTime: '', savedAt: 1 },
    };
    const shared = shareableExport(call, { roles: scenario.roles, self: new Set([scenario.me]) });
    const everything = JSON.stringify(shared) + toMarkdown(shared) + toWebVtt(shared.utterances);
    for (const name of ['Helen', 'Park', 'Tom', 'Becker', 'Aisha', 'Rahman', 'Rafael', 'Moreno'])
      expect(everything).not.toContain(name);
    expect(shared.title).toBe('Panel with Panelist 3');
    expect(shared.reflection).toBeUndefined();
    expect(new Set(shared.utterances.map((u) => u.speaker))).toEqual(
      new Set(['Candidate', 'Panelist 1', 'Panelist 2', 'Panelist 3']),
    );
    expect(shared.repairs.repairs.map((r) => r.kind)).toEqual(debrief.repairs.repairs.map((r) => r.kind));
  });
});
