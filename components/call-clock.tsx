import { clock } from '../lib/transcript/duration.ts';

export interface CallClockProps {
  /** Call time in seconds, or null before the call starts. */
  seconds: number | null;
  /** @default 'Call time' */
  label?: string;
}

/** Elapsed call time. A timer role is not announced on every tick, so screen readers stay quiet. */
export function CallClock({ seconds, label = 'Call time' }: CallClockProps) {
  const total = seconds === null ? null : Math.max(0, Math.floor(seconds));
  return (
    <p className="call-clock" data-testid="call-clock">
      <span className="call-clock-label">{label}</span>{' '}
      {total === null ? (
        <span className="muted">not started</span>
      ) : (
        <time role="timer" dateTime={`PT${total}S`} aria-label={`${label}: ${spoken(total)}`}>
          {clock(total)}
        </time>
      )}
    </p>
  );
}

function spoken(total: number): string {
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const parts = [
    h > 0 ? `${h} hour${h === 1 ? '' : 's'}` : '',
    m > 0 ? `${m} minute${m === 1 ? '' : 's'}` : '',
    `${s} second${s === 1 ? '' : 's'}`,
  ];
  return parts.filter(Boolean).join(' ');
}
