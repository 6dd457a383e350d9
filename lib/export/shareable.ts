/** The debrief to share: names replaced by roles everywhere, and the private reflection left out. */
import { anonymise, type LabelSource } from '../debrief/anonymise.ts';
import { readChecklist } from '../debrief/checklist.ts';
import { findRepairs } from '../debrief/repairs.ts';
import { nameReplacer } from '../debrief/anonymise.ts';
import type { CallExport } from './types.ts';

export function shareableExport(call: CallExport, source: Omit<LabelSource, 'speakers'>): CallExport {
  const { utterances, analysis, labels } = anonymise(call.utterances, call.analysis, source);
  // Repairs are found again on the renamed call: same cues and words, only names changed.
  const repairs = findRepairs(utterances, analysis.flags, analysis.signals);
  const { reflection: _private, ...rest } = call;
  return {
    ...rest,
    title: nameReplacer(labels)(call.title),
    utterances,
    analysis,
    repairs,
    checklist: readChecklist(analysis.flags, analysis.signals, repairs.repairs),
  };
}
