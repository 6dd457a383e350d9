import type { MetricTile, NextStep } from '../../lib/debrief/moments.ts';

/** What to try next time: the first thing the debrief says. */
export function NextStepsView({ steps }: { steps: readonly NextStep[] }) {
  return (
    <ol className="next-steps" data-testid="next-steps">
      {steps.map((step) => (
        <li key={step.text} {...(step.type ? { 'data-flag': step.type } : {})}>
          <span className="next-step-text">{step.text}.</span>
          {step.script && <span className="next-step-script"> Try: “{step.script}”</span>}
        </li>
      ))}
    </ol>
  );
}

const VERDICT_TEXT: Record<MetricTile['verdict'], string> = {
  'in-range': 'within the usual range',
  above: 'above the usual range',
  below: 'below the usual range',
  'no-range': '',
};

/** The user's figures, each with the range that suits their role, in words (not colour alone). */
export function MetricTiles({ tiles }: { tiles: readonly MetricTile[] }) {
  return (
    <ul className="tiles" data-testid="tiles">
      {tiles.map((tile) => (
        <li key={tile.id} className={`tile tile-${tile.verdict}`} data-tile={tile.id} data-verdict={tile.verdict}>
          <span className="tile-label">{tile.label}</span>
          <strong className="tile-value">{tile.value}</strong>
          {tile.range && (
            <span className="tile-range">
              {VERDICT_TEXT[tile.verdict]} · {tile.range}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
