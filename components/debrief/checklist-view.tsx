import type { IndicatorReading } from '../../lib/debrief/checklist.ts';
import { speakerName } from '../../lib/labels.ts';
import { clock } from '../../lib/transcript/duration.ts';

const EFFECT_TEXT = {
  shows: 'shows it',
  undermines: 'works against it',
  mended: 'worked against it, then mended',
} as const;

/** "3 moments show it, 1 worked against it": the summary of an indicator's moments. */
function countsOf(indicator: IndicatorReading): string {
  const count = (effect: keyof typeof EFFECT_TEXT) => indicator.moments.filter((m) => m.effect === effect).length;
  const parts = [`${count('shows')} ${count('shows') === 1 ? 'moment shows' : 'moments show'} it`];
  if (count('undermines') > 0)
    parts.push(`${count('undermines')} ${count('undermines') === 1 ? 'works' : 'work'} against it`);
  if (count('mended') > 0) parts.push(`${count('mended')} mended`);
  return parts.join(', ');
}

/** The five indicators, each present or not, with the moments that decided it. */
export function ChecklistView({ indicators }: { indicators: readonly IndicatorReading[] }) {
  return (
    <ul className="indicators" data-testid="checklist">
      {indicators.map((indicator) => (
        <li key={indicator.id} className="indicator" data-indicator={indicator.id} data-present={indicator.present}>
          <div className="indicator-head">
            <h3>{indicator.name}</h3>
            <span className={indicator.present ? 'pill pill-yes' : 'pill pill-no'}>
              {indicator.present ? 'Present' : 'Not shown'}
            </span>
          </div>
          <p className="muted small" style={{ margin: 0 }}>
            {indicator.question}
          </p>
          {indicator.moments.length === 0 ? (
            <p className="small muted" style={{ margin: '6px 0 0' }}>
              Nothing in this call bears on it.
            </p>
          ) : (
            // Closed: the moments themselves are told once, in the list of moments.
            <details>
              <summary>{countsOf(indicator)}</summary>
              <ul className="moments">
                {indicator.moments.map((moment) => (
                  <li key={`${moment.effect}:${moment.id}`}>
                    <span className="moment-time">{clock(moment.at)}</span>
                    <span>
                      <strong>{moment.label}</strong>{' '}
                      <span className="muted">
                        — <bdi>{speakerName(moment.speaker)}</bdi>, {EFFECT_TEXT[moment.effect]}
                      </span>
                    </span>
                  </li>
                ))}
              </ul>
            </details>
          )}
        </li>
      ))}
    </ul>
  );
}
