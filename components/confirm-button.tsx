import { useState } from 'react';

export interface ConfirmButtonProps {
  /** The quiet first button: "Delete everything…". */
  label: string;
  /** The question asked before anything happens. */
  question: string;
  /** The button that does it: "Delete for good". */
  confirm: string;
  onConfirm: () => void;
  disabled?: boolean;
}

/** A destructive action that stays quiet until asked for, then asks once more before it acts. */
export function ConfirmButton({ label, question, confirm, onConfirm, disabled }: ConfirmButtonProps) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" className="button-quiet" disabled={disabled} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <span className="actions" role="group" aria-label={question}>
      <span>{question}</span>
      <button
        type="button"
        className="button-danger"
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {confirm}
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        Keep it
      </button>
    </span>
  );
}
