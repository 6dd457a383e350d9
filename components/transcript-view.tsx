import { memo, useEffect, useRef, useState } from 'react';
import { speakerName } from '../lib/labels.ts';
import { clock } from '../lib/transcript/duration.ts';
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

/** Lines rendered at first; a 3-hour call has thousands, and the newest are what matter live. */
export const TRANSCRIPT_PAGE = 300;

/**
 * The live transcript; follows the newest line unless the user has scrolled up to read. Only the
 * newest lines are rendered, with a button for earlier ones, and unchanged lines are not re-rendered.
 */
export function TranscriptView({ utterances, highlights }: TranscriptViewProps) {
  const list = useRef<HTMLOListElement>(null);
  const following = useRef(true);
  const [shown, setShown] = useState(TRANSCRIPT_PAGE);
  const hidden = Math.max(0, utterances.length - shown);

  useEffect(() => {
    const element = list.current;
    if (element && following.current) element.scrollTop = element.scrollHeight;
  }, [utterances]);

  if (utterances.length === 0) {
    return <p className="transcript-empty">The transcript appears here as people speak.</p>;
  }
  return (
    <div className="transcript-wrap">
      {hidden > 0 && (
        <button
          type="button"
          className="btn transcript-more"
          onClick={() => setShown((count) => count + TRANSCRIPT_PAGE)}
        >
          Show {Math.min(hidden, TRANSCRIPT_PAGE)} earlier lines ({hidden} hidden)
        </button>
      )}
      <ol
        ref={list}
        className="transcript"
        aria-label="Transcript"
        // Focusable so keyboard users can scroll it.
        tabIndex={0}
        data-testid="transcript"
        data-total={utterances.length}
        onScroll={(event) => {
          const element = event.currentTarget;
          following.current = element.scrollHeight - element.scrollTop - element.clientHeight < 40;
        }}
      >
        {utterances.slice(hidden).map((utterance) => (
          <Cue key={utterance.id} utterance={utterance} mark={highlights?.[utterance.id]} />
        ))}
      </ol>
    </div>
  );
}

const Cue = memo(function Cue({ utterance, mark }: { utterance: Utterance; mark: TranscriptHighlight | undefined }) {
  return (
    <li
      className={`cue${utterance.final ? '' : ' cue-interim'}${utterance.self ? ' cue-self' : ''}${mark ? ' cue-flagged' : ''}`}
      data-id={utterance.id}
      data-speaker={utterance.speaker}
      data-final={utterance.final}
      data-flag={mark?.type}
    >
      <span className="cue-meta">
        <bdi className="cue-speaker">{speakerName(utterance.speaker)}</bdi>{' '}
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
});
