import { analyzeTranscript } from '../../../lib/engine/engine.ts';
import type { Utterance } from '../../../lib/transcript/types.ts';

interface TranscriptFile {
  me?: string;
  utterances: { speaker: string; text: string; start: number; end: number }[];
}

/** The parts of an analysis that must not depend on where the engine runs. */
export function summarise(file: TranscriptFile) {
  const utterances: Utterance[] = file.utterances.map((line, i) => ({
    id: `u${i}`,
    speaker: line.speaker,
    self: line.speaker === file.me,
    text: line.text,
    start: line.start,
    end: line.end,
    final: true,
  }));
  const snapshot = analyzeTranscript(utterances, file.me ? { me: file.me } : {});
  return {
    flags: snapshot.flags.map((flag) => `${flag.id}@${flag.at}`),
    signals: snapshot.signals.map((signal) => `${signal.id}@${signal.at}`),
    speakers: snapshot.speakers.map((speaker) => `${speaker.speaker}:${speaker.talkSeconds.toFixed(2)}`),
    turns: snapshot.turns,
  };
}
