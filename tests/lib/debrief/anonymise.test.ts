import { describe, expect, it } from 'vitest';
import { anonymise, nameReplacer, speakerLabels } from '../../../lib/debrief/anonymise.ts';
import { analyzeTranscript } from '../../../lib/engine/engine.ts';
import { scenarioById } from '../../../lib/practice/scenarios/index.ts';
import { debriefOf } from '../practice/replay.ts';
import { utterance as u } from './findings.ts';

describe('speakerLabels', () => {
  it('uses known roles and numbers a role shared by several people', () => {
    const panel = scenarioById('panel-platform')!;
    const labels = speakerLabels({
      speakers: ['Helen Park', 'Rafael Moreno', 'Aisha Rahman', 'Tom Becker'],
      roles: panel.roles,
    });
    expect([...labels.values()]).toEqual(['Panelist 1', 'Candidate', 'Panelist 2', 'Panelist 3']);
  });

  it("derives labels from the user's role when roles are unknown", () => {
    expect([
      ...speakerLabels({ speakers: ['Me', 'Them'], self: new Set(['Me']), myRole: 'candidate' }).values(),
    ]).toEqual(['Candidate', 'Interviewer']);
    expect([
      ...speakerLabels({ speakers: ['Me', 'A', 'B'], self: new Set(['Me']), myRole: 'candidate' }).values(),
    ]).toEqual(['Candidate', 'Panelist 1', 'Panelist 2']);
    expect([...speakerLabels({ speakers: ['Me', 'A'], self: new Set(['Me']), myRole: 'sales-rep' }).values()]).toEqual([
      'Sales rep',
      'Buyer',
    ]);
    expect([...speakerLabels({ speakers: ['X', 'Y'] }).values()]).toEqual(['Speaker 1', 'Speaker 2']);
  });
});

describe('nameReplacer', () => {
  const replace = nameReplacer(
    new Map([
      ['Dana Whitfield', 'Interviewer'],
      ['Sam Okafor', 'Candidate'],
      ['You', 'Me'],
      ['Will Carter', 'Buyer'],
    ]),
  );

  it('replaces whole names and capitalised parts, as whole words only', () => {
    expect(replace("Thanks, Sam. Dana Whitfield here; Okafor's point stands. Samantha and dana stay.")).toBe(
      "Thanks, Candidate. Interviewer here; Candidate's point stands. Samantha and dana stay.",
    );
  });

  it('leaves ordinary words alone: "You" is a label, and "will" is not "Will"', () => {
    expect(replace('You will see. Will agreed.')).toBe('You will see. Buyer agreed.');
  });

  it('copes with names full of regex characters', () => {
    const odd = nameReplacer(new Map([['(a+)*[b]', 'Guest']]));
    expect(odd('hi (a+)*[b] there')).toBe('hi Guest there');
  });
});

describe('anonymise', () => {
  it('removes every name from a call and its findings', () => {
    const scenario = scenarioById('interview-rough')!;
    const debrief = debriefOf(scenario);
    const out = anonymise(debrief.utterances, debrief.analysis, { roles: scenario.roles });
    const text = JSON.stringify(out);
    for (const name of ['Dana', 'Whitfield', 'Sam', 'Okafor']) expect(text).not.toContain(name);
    expect(new Set(out.utterances.map((x) => x.speaker))).toEqual(new Set(['Interviewer', 'Candidate']));
    expect(out.analysis.flags.every((f) => ['Interviewer', 'Candidate'].includes(f.speaker))).toBe(true);
    // The input is untouched.
    expect(debrief.utterances[0]!.speaker).toBe('Dana Whitfield');
  });

  it('keeps the analysis numbers as they were', () => {
    const turns = [u('a', 'Ana Lima', 'Hello Ben, how are you?', 0), u('b', 'Ben', 'Fine thanks Ana.', 3)];
    const analysis = analyzeTranscript(turns);
    const out = anonymise(turns, analysis, { self: new Set(['Ana Lima']), myRole: 'host' });
    expect(out.utterances.map((x) => `${x.speaker}: ${x.text}`)).toEqual([
      'Host: Hello Guest, how are you?',
      'Guest: Fine thanks Host.',
    ]);
    expect(out.analysis.speakers.map((s) => s.talkSeconds)).toEqual(analysis.speakers.map((s) => s.talkSeconds));
  });
});
