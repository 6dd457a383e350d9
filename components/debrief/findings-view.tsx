import type { Flag, Signal } from '../../lib/engine/types.ts';
import { FLAG_LABELS, SIGNAL_LABELS } from '../../lib/debrief/labels.ts';
import { clock } from '../../lib/transcript/duration.ts';

function quoteOf(finding: Flag | Signal): string {
  return finding.evidence.find((e) => e.cue === finding.anchor)?.text ?? '';
}

/** Every flag and positive signal, with the words that triggered it. */
export function FindingsView({
  flags,
  signals,
  mended,
}: {
  flags: readonly Flag[];
  signals: readonly Signal[];
  mended: ReadonlySet<string>;
}) {
  return (
    <div className="grid-2" style={{ gridTemplateColumns: '1fr 1fr' }}>
      <section aria-labelledby="flags-heading">
        <h3 id="flags-heading">Flags ({flags.length})</h3>
        {flags.length === 0 ? (
          <p className="muted small">None.</p>
        ) : (
          <ul className="moments" data-testid="flags">
            {flags.map((flag) => (
              <li key={flag.id} data-flag={flag.type} data-anchor={flag.anchor}>
                <span className="moment-time">{clock(flag.at)}</span>
                <span>
                  <strong>{FLAG_LABELS[flag.type]}</strong>{' '}
                  <span className="muted">
                    — {flag.speaker || 'Unknown'}
                    {flag.target ? ` → ${flag.target}` : ''}
                  </span>
                  {mended.has(flag.id) && (
                    <>
                      {' '}
                      <span className="pill pill-mended">Mended</span>
                    </>
                  )}
                  <br />
                  <span className="quote">“{quoteOf(flag)}”</span>
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="signals-heading">
        <h3 id="signals-heading">Positive signals ({signals.length})</h3>
        {signals.length === 0 ? (
          <p className="muted small">None.</p>
        ) : (
          <ul className="moments" data-testid="signals">
            {signals.map((signal) => (
              <li key={signal.id} data-signal={signal.type}>
                <span className="moment-time">{clock(signal.at)}</span>
                <span>
                  <strong>{SIGNAL_LABELS[signal.type]}</strong>{' '}
                  <span className="muted">— {signal.speaker || 'Unknown'}</span>
                  <br />
                  <span className="quote">“{quoteOf(signal)}”</span>
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
