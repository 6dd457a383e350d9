import { useEffect, useState } from 'react';
import { describeRetention, RETENTION_DAY_CHOICES, type RetentionPolicy } from '../../lib/debrief/retention-policy.ts';

function valueOf(policy: RetentionPolicy): string {
  return policy.kind === 'days' ? `days:${policy.days}` : policy.kind;
}

function policyOf(value: string): RetentionPolicy {
  if (value === 'forever') return { kind: 'forever' };
  if (value === 'nothing') return { kind: 'nothing' };
  return { kind: 'days', days: Number(value.slice('days:'.length)) };
}

export interface RetentionFormProps {
  policy: RetentionPolicy | null;
  onChange: (policy: RetentionPolicy) => Promise<number>;
}

/** How long calls are kept; a change applies at once. */
export function RetentionForm({ policy, onChange }: RetentionFormProps) {
  const [value, setValue] = useState(policy ? valueOf(policy) : '');
  const [status, setStatus] = useState('');
  useEffect(() => setValue(policy ? valueOf(policy) : ''), [policy]);
  const days =
    policy?.kind === 'days' && !RETENTION_DAY_CHOICES.includes(policy.days as (typeof RETENTION_DAY_CHOICES)[number])
      ? [policy.days]
      : [];

  async function apply(next: string) {
    setValue(next);
    setStatus('Applying…');
    const removed = await onChange(policyOf(next));
    setStatus(removed > 0 ? `Applied. ${removed} ${removed === 1 ? 'call was' : 'calls were'} deleted.` : 'Applied.');
  }

  return (
    <div>
      <label htmlFor="retention">Keep calls </label>
      <select
        id="retention"
        value={value}
        disabled={!policy}
        onChange={(event) => void apply(event.target.value)}
        data-testid="retention"
      >
        {[...RETENTION_DAY_CHOICES, ...days].map((n) => (
          <option key={n} value={`days:${n}`}>
            for {n === 1 ? '1 day' : `${n} days`}
          </option>
        ))}
        <option value="forever">until I delete them</option>
        <option value="nothing">not at all (delete when the tab closes)</option>
      </select>
      <p className="small muted" style={{ margin: '6px 0 0' }}>
        {policy ? describeRetention(policyOf(value || valueOf(policy))) : ''} <span role="status">{status}</span>
      </p>
    </div>
  );
}
