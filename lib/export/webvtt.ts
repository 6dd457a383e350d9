/** The transcript as WebVTT with voice tags (`<v Name>text</v>`), the way Teams writes captions. */
import { speakerName } from '../labels.ts';
import type { Utterance } from '../transcript/types.ts';
import { vttCueId, vttText, vttTime } from './escape.ts';

export function toWebVtt(utterances: readonly Utterance[]): string {
  const cues = [...utterances]
    .sort((a, b) => a.start - b.start)
    .map(
      (u, i) =>
        `${vttCueId(u.id, `c${i + 1}`)}\n${vttTime(u.start)} --> ${vttTime(Math.max(u.start, u.end))}\n<v ${vttText(speakerName(u.speaker))}>${vttText(u.text)}</v>`,
    );
  return `WEBVTT\n\nNOTE Exported by Candor\n\n${cues.join('\n\n')}\n`;
}
