import type { IndicatorReading } from '../../lib/debrief/checklist.ts';
import { clock } from './format.ts';

const EFFECT_TEXT = { shows: 'shows it', undermines: 'works against it', mended: 'worked against it, then mended' } as const;

/** The five indicators, each present or not, with the moments that decided it. */
export function ChecklistView({ indicators }: { indicators: readonly IndicatorReading[] }) {
  return (
    <ul className="indicators" data-testid="checklist">
      {indicators.map((indicator) => (
        <li key={indicator.id} className="indicator" data-indicator={indicator.id} data-present={indicator.present}>
          <div className="indicator-head">
            <h3>{indicator.name}</h3>
            <span className={indicator.present ? 'pill pill-yes' : 'pill pill-no'}>{indicator.present ? 'Present' : 'Not shown'}</span>
          </div>
          <p className="muted small" style={{ margin: 0 }}>
            {indicator.question}
          </p>
          {indicator.moments.length === 0 ? (
            <p className="small muted" style={{ margin: '6px 0 0' }}>
              Nothing in this call bears on it.
            </p>
          ) : (
            <ul className="moments">
              {indicator.moments.map((moment) => (
                <li key={`${moment.effect}:${moment.id}`}>
                  <span className="moment-time">{clock(moment.at)}</span>
                  <span>
                    <strong>{moment.label}</strong> <span className="muted">— {moment.speaker || 'Unknown'}, {EFFECT_TEXT[moment.effect]}</span>
                    <br />
                    <span className="quote">“{moment.text}”</span>
                  </span>
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
