import { useState, type FormEvent } from 'react';
import { FELT_SAFE, REFLECTION_PROMPTS, type FeltSafe, type Reflection } from '../../lib/debrief/reflection.ts';

const FELT_SAFE_TEXT: Record<FeltSafe, string> = { yes: 'Yes', partly: 'Partly', no: 'No' };

export interface ReflectionFormProps {
  initial: Reflection | undefined;
  onSave: (reflection: { feltSafe?: FeltSafe; notes: string; nextTime: string }) => Promise<Reflection | null>;
}

/** A few questions to answer after the call; saved with the call, never shared. */
export function ReflectionForm({ initial, onSave }: ReflectionFormProps) {
  const [feltSafe, setFeltSafe] = useState<FeltSafe | undefined>(initial?.feltSafe);
  const [notes, setNotes] = useState(initial?.notes ?? '');
  const [nextTime, setNextTime] = useState(initial?.nextTime ?? '');
  const [status, setStatus] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    setStatus('Saving…');
    try {
      const saved = await onSave({ ...(feltSafe ? { feltSafe } : {}), notes, nextTime });
      setStatus(saved ? 'Saved with this call.' : 'Cleared.');
    } catch (error) {
      setStatus(`Could not save: ${String(error)}`);
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} data-testid="reflection">
      <fieldset>
        <legend>{REFLECTION_PROMPTS.feltSafe}</legend>
        <div className="actions">
          {FELT_SAFE.map((option) => (
            <label key={option}>
              <input
                type="radio"
                name="felt-safe"
                value={option}
                checked={feltSafe === option}
                onChange={() => setFeltSafe(option)}
              />{' '}
              {FELT_SAFE_TEXT[option]}
            </label>
          ))}
        </div>
      </fieldset>
      <p>
        <label htmlFor="reflection-notes">
          <strong>{REFLECTION_PROMPTS.notes}</strong>
        </label>
        <textarea
          id="reflection-notes"
          value={notes}
          onChange={(event) => setNotes(event.target.value)}
          maxLength={4000}
        />
      </p>
      <p>
        <label htmlFor="reflection-next">
          <strong>{REFLECTION_PROMPTS.nextTime}</strong>
        </label>
        <textarea
          id="reflection-next"
          value={nextTime}
          onChange={(event) => setNextTime(event.target.value)}
          maxLength={4000}
        />
      </p>
      <div className="actions">
        <button type="submit" className="button-primary">
          Save reflection
        </button>
        <span role="status" className="small muted">
          {status}
        </span>
      </div>
    </form>
  );
}
