import { describe, expect, it } from 'vitest';
import { findRepairs } from '../../../lib/debrief/repairs.ts';
import { flag, signal, utterance as u } from './findings.ts';

describe('findRepairs', () => {
  describe('interruption', () => {
    const cut = u('a', 'Ana', 'We moved the billing service because', 0, 3);
    const grab = u('b', 'Ben', 'Sorry to jump in, how long did that take?', 2.5, 5);

    it('is mended when someone hands the floor back and the interrupted person speaks', () => {
      const turns = [
        cut,
        grab,
        u('c', 'Ben', 'Sorry, I cut you off. Please go on.', 6),
        u('d', 'Ana', 'Thanks, because the old one kept failing at month end.', 9),
      ];
      const { repairs, open } = findRepairs(turns, [flag('interruption', grab, 'Ana', [cut, grab])], []);
      expect(open).toEqual([]);
      expect(repairs).toMatchObject([{ flag: 'interruption@b', kind: 'floor-returned', cue: 'c', speaker: 'Ben' }]);
      expect(repairs[0]!.summary).toBe('Ben gave the floor back to Ana.');
    });

    it('counts a third person handing the floor back', () => {
      const turns = [
        cut,
        grab,
        u('c', 'Cleo', 'Ben, hold on. Ana, I do not think you got to finish.', 6),
        u('d', 'Ana', 'Right, the old one kept failing.', 9),
      ];
      expect(findRepairs(turns, [flag('interruption', grab, 'Ana', [cut, grab])], []).repairs[0]).toMatchObject({
        kind: 'floor-returned',
        speaker: 'Cleo',
      });
    });

    it('is mended when the interrupted person picks up their own thread soon after', () => {
      const turns = [cut, grab, u('c', 'Ana', 'As I was saying, the old service kept failing at month end.', 7)];
      expect(findRepairs(turns, [flag('interruption', grab, 'Ana', [cut, grab])], []).repairs[0]).toMatchObject({
        kind: 'floor-reclaimed',
        speaker: 'Ana',
      });
    });

    it('stays open when the interrupted person only answers and moves on', () => {
      const turns = [
        cut,
        grab,
        u('c', 'Ana', 'About three weeks.', 6),
        u('d', 'Ben', 'Okay, next question about your team size please.', 9),
      ];
      const reading = findRepairs(turns, [flag('interruption', grab, 'Ana', [cut, grab])], []);
      expect(reading.repairs).toEqual([]);
      expect(reading.open.map((f) => f.id)).toEqual(['interruption@b']);
    });

    it('does not count a hand-back that comes too late', () => {
      const turns = [
        cut,
        grab,
        u('c', 'Ben', 'Please go on.', 200),
        u('d', 'Ana', 'The old one kept failing at month end.', 203),
      ];
      expect(findRepairs(turns, [flag('interruption', grab, 'Ana', [cut, grab])], []).repairs).toEqual([]);
    });
  });

  it('finds a dismissed objection revisited on its topic, not a vague revisit', () => {
    const concern = u('a', 'Ana', "I'm worried about the on-call rota.", 0);
    const dismiss = u('b', 'Ben', "Don't worry about that. Anyway, next steps.", 3);
    const vague = u('c', 'Ben', 'Back to the agenda for a second.', 6);
    const revisit = u('d', 'Ben', 'I brushed past your worry about the rota. It is one week in six.', 9);
    const only = findRepairs(
      [concern, dismiss, vague],
      [flag('dismissed-objection', dismiss, 'Ana', [concern, dismiss])],
      [],
    );
    expect(only.repairs).toEqual([]);
    const both = findRepairs(
      [concern, dismiss, vague, revisit],
      [flag('dismissed-objection', dismiss, 'Ana', [concern, dismiss])],
      [],
    );
    expect(both.repairs).toMatchObject([{ kind: 'objection-revisited', cue: 'd' }]);
  });

  it('finds a question answered later, after the moment it was steered away from', () => {
    const question = u('a', 'Ana', 'Just to be clear, does the team own the build pipeline?', 0);
    const steer = u('b', 'Ben', "Let's move on, back to your question later maybe.", 3);
    const later = u('c', 'Cleo', 'Back to your question about the pipeline: yes, the team owns it.', 60);
    const reading = findRepairs(
      [question, steer, later],
      [flag('unanswered-question', question, 'Ben', [question, steer])],
      [],
    );
    // The steer itself says "back to your question" but cannot be the answer.
    expect(reading.repairs).toMatchObject([{ kind: 'question-answered', cue: 'c', speaker: 'Cleo' }]);
  });

  it('does not take the asker answering themselves as a repair', () => {
    const question = u('a', 'Ana', 'Does the team own the build pipeline?', 0);
    const steer = u('b', 'Ben', "Let's move on.", 3);
    const self = u('c', 'Ana', 'Back to my question about the pipeline, I guess not.', 30);
    expect(
      findRepairs([question, steer, self], [flag('unanswered-question', question, 'Ben', [question, steer])], [])
        .repairs,
    ).toEqual([]);
  });

  it('finds skepticism walked back, by words or by a later reframing signal', () => {
    const admit = u('a', 'Ana', "I haven't used Kubernetes in production.", 0);
    const jab = u('b', 'Ben', "Really? That's pretty basic.", 3);
    const curious = u('c', 'Cleo', 'Nobody knows everything. What have you used instead?', 6);
    const byWords = findRepairs([admit, jab, curious], [flag('skeptical-response', jab, 'Ana', [admit, jab])], []);
    expect(byWords.repairs).toMatchObject([{ kind: 'doubt-walked-back', cue: 'c' }]);
    const kind = u('d', 'Ben', 'Fair, tell me how you would approach learning it.', 8);
    const bySignal = findRepairs(
      [admit, jab, kind],
      [flag('skeptical-response', jab, 'Ana', [admit, jab])],
      [signal('mistake-reframed', kind, 'Ana')],
    );
    expect(bySignal.repairs).toMatchObject([{ cue: 'd' }]);
  });

  it('leaves monologues and dominance out of repairs', () => {
    const long = u('a', 'Ben', 'words '.repeat(300), 0, 120);
    expect(findRepairs([long], [flag('monologue', long, null), flag('talk-dominance', long, null)], [])).toEqual({
      repairs: [],
      open: [],
    });
  });
});
