import { defineDetector } from '../types.ts';
import { analyse, closingQuestion, findAll, isBackchannel } from '../../nlp/index.ts';
import { cue, makeSignal } from '../findings.ts';
import { QUESTION_INVITATIONS } from '../../nlp/lexicons/signals.ts';

/** A speaker asks a clarifying question, or explicitly welcomes questions. */
export const clarificationInvitedSignal = defineDetector<null>({
  id: 'clarification-invited',
  needsEnglish: true,
  init: () => null,
  step(state, turn) {
    const a = analyse(turn.text);
    if (isBackchannel(a)) return [state, []];
    const invite = findAll(a, QUESTION_INVITATIONS)[0];
    const q = closingQuestion(a);
    const asks = q?.kind === 'clarification' && a.words.length >= 3 ? q : null;
    if (!invite && !asks) return [state, []];
    return [
      state,
      [
        makeSignal('clarification-invited', {
          anchor: turn,
          speaker: turn.speaker,
          target: null,
          confidence: invite ? 0.6 + (invite.entry.weight ?? 0) * 0.3 : 0.7,
          evidence: [cue(turn, invite?.text ?? asks?.text)],
          rule: invite
            ? `clarification-invited:invites:${invite.entry.id}`
            : `clarification-invited:asks:${asks!.rule}`,
        }),
      ],
    ];
  },
});
