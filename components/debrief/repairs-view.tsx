import type { Flag } from '../../lib/engine/types.ts';
import { FLAG_LABELS } from '../../lib/labels.ts';
import type { RepairReading } from '../../lib/debrief/repairs.ts';
import { clock } from '../../lib/transcript/duration.ts';

/** Flagged moments that were mended later, and the ones that never were. */
export function RepairsView({ reading, flags }: { reading: RepairReading; flags: readonly Flag[] }) {
  const byId = new Map(flags.map((flag) => [flag.id, flag]));
  return (
    <div data-testid="repairs">
      {reading.repairs.length === 0 ? (
        <p className="muted">No flagged moment was mended in this call.</p>
      ) : (
        <ul className="moments">
          {reading.repairs.map((repair) => {
            const flag = byId.get(repair.flag);
            return (
              <li key={repair.flag} data-repair={repair.kind} data-flag-type={repair.flagType}>
                <span className="moment-time">{clock(repair.at)}</span>
                <span>
                  <span className="pill pill-mended">Mended</span> <strong>{FLAG_LABELS[repair.flagType]}</strong>
                  {flag && <span className="muted"> at {clock(flag.at)}</span>}: {repair.summary}
                  <br />
                  <span className="quote">“{repair.text}”</span>
                </span>
              </li>
            );
          })}
        </ul>
      )}
      {reading.open.length > 0 && (
        <>
          <h3 style={{ marginTop: 14 }}>Not mended</h3>
          <ul className="moments">
            {reading.open.map((flag) => (
              <li key={flag.id} data-open={flag.type}>
                <span className="moment-time">{clock(flag.at)}</span>
                <span>
                  <strong>{FLAG_LABELS[flag.type]}</strong> <span className="muted">— {flag.speaker || 'Unknown'}</span>
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
