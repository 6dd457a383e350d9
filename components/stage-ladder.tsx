import { useId, useState } from 'react';
import type { StageEvidence, StageView } from '../lib/engine/stages.ts';
import { type Stage, STAGES } from '../lib/engine/types.ts';
import { findingLabel, LEVEL_LABELS, speakerName, STAGE_LABELS } from '../lib/labels.ts';
import { clock } from '../lib/transcript/duration.ts';

export interface StageLadderProps {
  stages: StageView;
  /** When given, each moment becomes a button (jump to it in the transcript, say). */
  onSelectMoment?: (moment: StageEvidence) => void;
  /** Stages open at first. @default none */
  initiallyOpen?: Stage[];
}

/**
 * The four safety stages, bottom rung first, each with its level and, on request, the moments behind it.
 * The level is always spelled out in words, never carried by colour alone.
 */
export function StageLadder({ stages, onSelectMoment, initiallyOpen = [] }: StageLadderProps) {
  const [open, setOpen] = useState<ReadonlySet<Stage>>(() => new Set(initiallyOpen));
  const baseId = useId();
  const titleId = `${baseId}-title`;
  return (
    <section className="ladder" aria-labelledby={titleId} data-testid="stage-ladder">
      <h2 className="section-title" id={titleId}>
        Safety stages
      </h2>
      <ol className="ladder-list">
        {STAGES.map((stage) => {
          const reading = stages[stage];
          const listId = `${baseId}-${stage}`;
          const isOpen = open.has(stage);
          const count = reading.evidence.length;
          return (
            <li
              key={stage}
              className={`ladder-stage level-${reading.level}`}
              data-stage={stage}
              data-level={reading.level}
            >
              <div className="ladder-row">
                <span className="ladder-name">{STAGE_LABELS[stage].name}</span>
                <span className="ladder-level">{LEVEL_LABELS[reading.level]}</span>
                <button
                  type="button"
                  className="btn btn-small"
                  aria-expanded={isOpen}
                  aria-controls={count > 0 ? listId : undefined}
                  disabled={count === 0}
                  onClick={() =>
                    setOpen((prev) => {
                      const next = new Set(prev);
                      if (next.has(stage)) next.delete(stage);
                      else next.add(stage);
                      return next;
                    })
                  }
                >
                  {count === 0 ? 'No moments' : `${isOpen ? 'Hide' : 'Show'} ${count} moment${count === 1 ? '' : 's'}`}
                  <span className="sr-only"> for {STAGE_LABELS[stage].name.toLowerCase()} safety</span>
                </button>
              </div>
              <p className="ladder-question">{STAGE_LABELS[stage].question}</p>
              {count > 0 && (
                // Kept in the DOM while closed so aria-controls always points at something.
                <ul className="ladder-moments" id={listId} hidden={!isOpen}>
                  {reading.evidence.map((moment) => {
                    const text = (
                      <>
                        {clock(moment.at)} · {moment.effect === 'supports' ? 'supports' : 'threatens'} ·{' '}
                        {findingLabel(moment.type)}
                        {moment.speaker && (
                          <>
                            {' '}
                            (<bdi>{speakerName(moment.speaker)}</bdi>)
                          </>
                        )}
                      </>
                    );
                    return (
                      <li key={moment.id} className={`moment moment-${moment.effect}`} data-finding={moment.id}>
                        <span className="moment-mark" aria-hidden="true">
                          {moment.effect === 'supports' ? '+' : '−'}
                        </span>
                        {onSelectMoment ? (
                          <button type="button" className="link-button" onClick={() => onSelectMoment(moment)}>
                            {text}
                          </button>
                        ) : (
                          <span>{text}</span>
                        )}
                      </li>
                    );
                  })}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
