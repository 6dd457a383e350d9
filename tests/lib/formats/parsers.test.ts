import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseTranscript, type TranscriptFormat, type TimingSource } from '../../../lib/formats/index.ts';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/formats/${name}`, import.meta.url), 'utf8');

type Row = [id: string, speaker: string, text: string, start: number, end: number];

const rows = (name: string, me?: string) =>
  parseTranscript(fixture(name), { me }).utterances.map((u): Row => [
    u.id,
    u.speaker,
    u.text,
    round(u.start),
    round(u.end),
  ]);
const round = (n: number) => Math.round(n * 100) / 100;

describe('[formats] each format', () => {
  test.each<[string, TranscriptFormat, TimingSource, Row[]]>([
    [
      'teams.vtt',
      'webvtt',
      'cues',
      [
        ['3f1a2c9e-7d41-4b0e-9a55-1c2d3e4f5a6b/11-0', 'Priya Shah', 'Thanks for making time today, Jonas.', 1.2, 4.8],
        [
          '3f1a2c9e-7d41-4b0e-9a55-1c2d3e4f5a6b/12-0',
          'Jonas Berg',
          'Happy to be here. I read the brief about the pricing rework last night.',
          5,
          9.5,
        ],
        [
          '3f1a2c9e-7d41-4b0e-9a55-1c2d3e4f5a6b/13-0',
          'Priya Shah',
          'Great & before we dive in, is the rollout date still firm?',
          9.8,
          13,
        ],
        // Two voices in one cue share its time by their words.
        ['u4', 'Jonas Berg', 'Mostly.', 13.2, 13.76],
        ['u5', 'Priya Shah', 'Okay, good to know.', 13.76, 16],
        [
          '3f1a2c9e-7d41-4b0e-9a55-1c2d3e4f5a6b/15-0',
          'Jonas Berg',
          'The config flag is literally called <beta-only> <admin> in the UI.',
          16.5,
          21,
        ],
      ],
    ],
    [
      'zoom.vtt',
      'webvtt',
      'cues',
      [
        ['1', 'Maria Lopez', 'Hi everyone, can you hear me okay?', 0.5, 3.9],
        ['2', 'Dev', 'Yes, loud and clear.', 4.1, 5],
        [
          '3',
          'Maria Lopez',
          'Perfect. So today I want to walk through the onboarding numbers from last quarter.',
          5.3,
          11.75,
        ],
        ['4', '', 'and then we can open it up for questions.', 62, 64.5],
      ],
    ],
    [
      'captions.srt',
      'srt',
      'cues',
      [
        ['1', 'Alex', 'Before we start, does everyone have the deck?', 2, 5.4],
        ['2', 'Robin', 'I do, thanks.', 5.9, 7.1],
        ['3', 'Alex', 'Great. Slide two shows the churn by region. Europe is the outlier this time.', 7.5, 12.25],
      ],
    ],
    [
      'plain-timestamps.txt',
      'plain',
      'timestamps',
      [
        ['L3', 'Noor', 'Morning all, quick one today.', 3, 7],
        ['L4', 'Tom', 'Works for me, I have a hard stop at ten.', 7, 12],
        // Ends when its words plausibly end, not at the next time 88 s later.
        [
          'L5',
          'Noor',
          "Then let's start with the release notes. They went out last night and the feedback so far is good.",
          12,
          26.67,
        ],
        ['L7', 'Tom', 'Sounds good.', 100, 100.8],
      ],
    ],
    [
      'plain-untimed.txt',
      'plain',
      'estimated',
      [
        ['L1', 'Noor', 'Morning all, quick one today.', 0, 2],
        ['L2', 'Tom', 'Works for me, I have a hard stop at ten.', 2, 6],
        [
          'L4',
          'Noor',
          "Then let's start with the release notes. They went out last night and the feedback so far is good.",
          6,
          13.6,
        ],
      ],
    ],
    [
      'candor.json',
      'candor-json',
      'cues',
      [
        ['b1', 'Kim', 'So, what would you bring to this team?', 0, 2.9],
        ['b2', 'Lee', 'I\'d bring a lot of "hands-on" data work.', 3.2, 6.1],
        ['b3', 'Kim', 'Tell me more about that.', 6.4, 8],
      ],
    ],
  ])('%s', (name, format, timings, expected) => {
    const parsed = parseTranscript(fixture(name));
    expect(parsed.info).toMatchObject({ format, timings, utterances: expected.length });
    expect(rows(name)).toEqual(expected);
    expect(parsed.utterances.every((u) => u.final)).toBe(true);
  });
});

describe('[formats] the user', () => {
  test.each<[string, string, string[]]>([
    ['teams.vtt', 'Jonas Berg', ['Jonas Berg']],
    ['captions.srt', 'Robin', ['Robin']],
    ['plain-untimed.txt', 'Tom', ['Tom']],
  ])('%s with me = %s', (name, me, selves) => {
    const { utterances } = parseTranscript(fixture(name), { me });
    expect([...new Set(utterances.filter((u) => u.self).map((u) => u.speaker))]).toEqual(selves);
  });

  test('Candor JSON keeps its own self marks', () => {
    const { utterances } = parseTranscript(fixture('candor.json'));
    expect(utterances.map((u) => u.self)).toEqual([true, false, true]);
  });
});

describe('[formats] plain text details', () => {
  test.each<[string, string, Row[]]>([
    [
      'a time on its own line heads the next turn',
      '00:05\nAna: Hello there.\n00:09\nBo: Hi.',
      [
        ['L2', 'Ana', 'Hello there.', 5, 8.33],
        ['L4', 'Bo', 'Hi.', 9, 9.4],
      ],
    ],
    [
      'a title line before the first label is skipped',
      'Interview notes\n\nAna: Hello there.',
      [['L3', 'Ana', 'Hello there.', 0, 0.8]],
    ],
    [
      'a colon later in the line is not a label',
      'Ana: The ratio is 3:1 at 10:30 today.\nBo: Noted: thanks.',
      [
        ['L1', 'Ana', 'The ratio is 3:1 at 10:30 today.', 0, 2.8],
        ['L2', 'Bo', 'Noted: thanks.', 2.8, 3.6],
      ],
    ],
    [
      'a URL is not a label',
      'Ana: see https://example.org/a:b please',
      [['L1', 'Ana', 'see https://example.org/a:b please', 0, 1.2]],
    ],
    [
      'HTML-like text stays literal',
      'Ana <host>: we use <b>bold</b> & <script>x</script>',
      [['L1', 'Ana <host>', 'we use <b>bold</b> & <script>x</script>', 0, 2]],
    ],
  ])('%s', (_name, text, expected) => {
    const got = parseTranscript(text).utterances.map((u): Row => [
      u.id,
      u.speaker,
      u.text,
      round(u.start),
      round(u.end),
    ]);
    expect(got).toEqual(expected);
  });
});
