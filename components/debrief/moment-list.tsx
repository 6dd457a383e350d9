import { useId, useState } from 'react';
import { describeFinding, findingName, momentQuote } from '../../lib/debrief/moments.ts';
import type { Finding } from '../../lib/engine/types.ts';
import type { Utterance } from '../../lib/transcript/types.ts';
import { clock } from '../../lib/transcript/duration.ts';

type Filter = 'all' | 'flags' | 'signals';

const FILTERS: { id: Filter; name: string }[] = [
  { id: 'all', name: 'All' },
  { id: 'flags', name: 'To work on' },
  { id: 'signals', name: 'Went well' },
];

export interface MomentListProps {
  findings: readonly Finding[];
  utterances: ReadonlyMap<string, Utterance>;
  me: string | undefined;
  mended: ReadonlySet<string>;
  /** Opens the transcript at a line (by utterance id). */
  onOpenLine: (cue: string) => void;
}

/** Every moment once, in call order: what happened from the user's side, the line that caused it, a link to it. */
export function MomentList({ findings, utterances, me, mended, onOpenLine }: MomentListProps) {
  const [filter, setFilter] = useState<Filter>('all');
  const name = useId();
  const sorted = [...findings].sort((a, b) => a.at - b.at);
  const shown = sorted.filter((f) => filter === 'all' || (filter === 'flags') === (f.kind === 'flag'));
  const counts: Record<Filter, number> = {
    all: findings.length,
    flags: findings.filter((f) => f.kind === 'flag').length,
    signals: findings.filter((f) => f.kind === 'signal').length,
  };
  return (
    <>
      <fieldset className="moment-filter">
        <legend className="visually-hidden">Show</legend>
        {FILTERS.map((option) => (
          <label key={option.id}>
            <input
              type="radio"
              name={name}
              value={option.id}
              checked={filter === option.id}
              onChange={() => setFilter(option.id)}
            />{' '}
            {option.name} ({counts[option.id]})
          </label>
        ))}
      </fieldset>
      {shown.length === 0 ? (
        <p className="muted">Nothing here.</p>
      ) : (
        <ul className="moments" data-testid="moments">
          {shown.map((finding) => {
            const quote = momentQuote(finding, utterances);
            return (
              <li
                key={finding.id}
                className={`moment moment-${finding.kind}`}
                {...(finding.kind === 'flag' ? { 'data-flag': finding.type } : { 'data-signal': finding.type })}
                data-anchor={finding.anchor}
              >
                <a
                  className="moment-time"
                  href={`#line-${quote.cue}`}
                  data-line={quote.cue}
                  onClick={(event) => {
                    event.preventDefault();
                    onOpenLine(quote.cue);
                  }}
                >
                  {clock(finding.at)}
                  <span className="visually-hidden">, open in the transcript</span>
                </a>
                <span>
                  <strong>{findingName(finding)}</strong>
                  {mended.has(finding.id) && <span className="pill pill-mended">Mended</span>}
                  <br />
                  <bdi className="moment-what">{describeFinding(finding, me)}</bdi>
                  {quote.text && (
                    <>
                      <br />
                      <span className="quote">
                        “<bdi>{quote.text}</bdi>”
                      </span>
                    </>
                  )}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
