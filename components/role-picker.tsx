import { useId } from 'react';
import { type Role, ROLES } from '../lib/engine/types.ts';
import { ROLE_LABELS, speakerName } from '../lib/labels.ts';

export interface RolePickerProps {
  role: Role | undefined;
  /** The speaker name that is the user. */
  me: string | undefined;
  /** Speaker names seen so far, in order of appearance. */
  speakers: readonly string[];
  onRoleChange: (role: Role | undefined) => void;
  onMeChange: (me: string | undefined) => void;
}

/** "Who am I in this call": the role decides which tips make sense, the speaker which moments are yours. */
export function RolePicker({ role, me, speakers, onRoleChange, onMeChange }: RolePickerProps) {
  const roleId = useId();
  const meId = useId();
  const hintId = useId();
  const named = speakers.filter((s) => s !== '');
  // Keep a chosen speaker selectable even before they speak again in a rebuilt session.
  const options = me !== undefined && me !== '' && !named.includes(me) ? [...named, me] : named;
  return (
    <section className="role-picker" aria-label="Your role in this call" data-testid="role-picker">
      <div className="field">
        <label htmlFor={roleId}>My role</label>
        <select
          id={roleId}
          value={role ?? ''}
          aria-describedby={role === undefined ? hintId : undefined}
          onChange={(event) =>
            onRoleChange(event.currentTarget.value === '' ? undefined : (event.currentTarget.value as Role))
          }
        >
          <option value="">Choose…</option>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={meId}>Which speaker is me</label>
        <select
          id={meId}
          value={me ?? ''}
          disabled={options.length === 0}
          onChange={(event) => onMeChange(event.currentTarget.value === '' ? undefined : event.currentTarget.value)}
        >
          <option value="">{options.length === 0 ? 'Nobody has spoken yet' : 'Choose…'}</option>
          {options.map((s) => (
            <option key={s} value={s}>
              {speakerName(s)}
            </option>
          ))}
        </select>
      </div>
      {role === undefined && (
        <p className="section-hint" id={hintId}>
          Pick your role to get tips. Candor only suggests what you can act on from where you sit.
        </p>
      )}
    </section>
  );
}
