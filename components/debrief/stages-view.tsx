import type { StageView } from '../../lib/engine/stages.ts';
import { STAGES } from '../../lib/engine/types.ts';
import { DEBRIEF_STAGE_QUESTIONS, LEVEL_LABELS, STAGE_LABELS } from '../../lib/labels.ts';

/** The four stages of psychological safety as the engine read them. */
export function StagesView({ stages, tooShort = false }: { stages: StageView; tooShort?: boolean }) {
  return (
    <ol className="stages" data-testid="stages">
      {STAGES.map((stage) => {
        const reading = stages[stage];
        const supports = reading.evidence.filter((e) => e.effect === 'supports').length;
        const threats = reading.evidence.length - supports;
        return (
          <li key={stage} className="stage" data-stage={stage} data-level={reading.level}>
            <h3>{STAGE_LABELS[stage].name}</h3>
            {/* A short call has too little to go on: no verdict, least of all a red one. */}
            <p className={`stage-level level-${tooShort ? 'unknown' : reading.level}`} style={{ margin: 0 }}>
              {LEVEL_LABELS[tooShort ? 'unknown' : reading.level]}
            </p>
            <p className="small muted" style={{ margin: '4px 0 0' }}>
              {DEBRIEF_STAGE_QUESTIONS[stage]}
            </p>
            <p className="small muted" style={{ margin: '4px 0 0' }}>
              {supports} for, {threats} against
            </p>
          </li>
        );
      })}
    </ol>
  );
}
