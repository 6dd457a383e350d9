import { useEffect, useRef } from 'react';
import type { Utterance } from '../lib/transcript/types.ts';

/** A marker on one transcript line: the finding's type (a data attribute) and a visible label. */
export interface TranscriptHighlight {
  type: string;
  label: string;
}

export interface TranscriptViewProps {
  utterances: Utterance[];
  /** Lines to mark, by utterance id (a flag's anchor cue, say). */
  highlights?: Record<string, TranscriptHighlight>;
}

/** The live transcript; follows the newest line unless the user has scrolled up to read. */
export function TranscriptView({ utterances, highlights }: TranscriptViewProps) {
  const list = useRef<HTMLOListElement>(null);
  const following = useRef(true);

  useEffect(() => {
    const element = list.current;
    if (element && following.current) element.scrollTop = element.scrollHeight;
  }, [utterances]);

  if (utterances.length === 0) {
    return <p className="transcript-empty">The transcript appears here as people speak.</p>;
  }
  return (
    <ol
      ref={list}
      className="transcript"
      aria-label="Transcript"
      data-testid="transcript"
      onScroll={(event) => {
        const element = event.currentTarget;
        following.current = element.scrollHeight - element.scrollTop - element.clientHeight < 40;
      }}
    >
      {utterances.map((utterance) => {
        const mark = highlights?.[utterance.id];
        return (
          <li
            key={utterance.id}
            className={`cue${utterance.final ? '' : ' cue-interim'}${utterance.self ? ' cue-self' : ''}${mark ? ' cue-flagged' : ''}`}
            data-speaker={utterance.speaker}
            data-final={utterance.final}
            data-flag={mark?.type}
          >
            <span className="cue-meta">
              <span className="cue-speaker">{utterance.speaker || 'Unknown speaker'}</span>{' '}
              <time className="cue-time">{clock(utterance.start)}</time>
              {mark && (
                // Text, not colour alone, so the marker reads the same to everyone.
                <span className="cue-flag">
                  <span aria-hidden="true">⚑ </span>
                  <span className="sr-only">Marked: </span>
                  {mark.label}
                </span>
              )}
            </span>
            <span className="cue-text">{utterance.text}</span>
          </li>
        );
      })}
    </ol>
  );
}

/** Seconds as m:ss (or h:mm:ss past the first hour). */
export function clock(seconds: number): string {
  const total = Math.max(0, Math.floor(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
