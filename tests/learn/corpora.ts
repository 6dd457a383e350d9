import { loadDialogues } from '../corpus/dialogues.ts';
import { loadCorpus } from '../corpus/meetings.ts';
import { corpusMissing } from '../corpus/path.ts';
import type { EvalConversation } from '../corpus/types.ts';

/** A conversation with its punctuation stripped and lower-cased, as live captions often arrive. */
function strippedId(convs: EvalConversation[]): EvalConversation[] {
  return convs.map((c) => ({ ...c, id: `${c.id}~stripped` }));
}

/**
 * Everything the scorers learn from: the dialogues' development files and the real meetings' dev halves,
 * each as given and with punctuation stripped. Never the dialogues' test files.
 */
export function trainingConversations(): EvalConversation[] {
  const missing = corpusMissing();
  if (missing) throw new Error(missing);
  return [
    ...loadDialogues('dev', false),
    ...strippedId(loadDialogues('dev', true)),
    ...loadCorpus('icsi-mrda', false),
    ...strippedId(loadCorpus('icsi-mrda', true)),
    ...loadCorpus('ami', false),
    ...strippedId(loadCorpus('ami', true)),
  ];
}
