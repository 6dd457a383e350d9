import { useState } from 'react';
import { downloadText, fileStem } from '../../utils/download.ts';
import { toCandorJson } from '../../lib/export/candor-json.ts';
import { toMarkdown } from '../../lib/export/markdown.ts';
import { shareableExport } from '../../lib/export/shareable.ts';
import type { CallExport } from '../../lib/export/types.ts';
import { toWebVtt } from '../../lib/export/webvtt.ts';
import type { LabelSource } from '../../lib/debrief/anonymise.ts';

export interface ExportPanelProps {
  call: CallExport;
  labels: Omit<LabelSource, 'speakers'>;
}

/** Downloads: full exports for the user, and a debrief to share with names replaced by roles. */
export function ExportPanel({ call, labels }: ExportPanelProps) {
  const [withRoles, setWithRoles] = useState(true);
  const stem = fileStem(call.title);
  const shareable = () => (withRoles ? shareableExport(call, labels) : { ...call, reflection: undefined });
  return (
    <div data-testid="export">
      <h3>For you</h3>
      <p className="small muted" style={{ marginTop: 0 }}>
        Complete, with real names and your reflection. The JSON file can be imported again on the All calls page.
      </p>
      <div className="actions">
        <button
          type="button"
          data-export="json"
          onClick={() => downloadText(`${stem}.candor.json`, toCandorJson(call), 'application/json')}
        >
          JSON (transcript + analysis)
        </button>
        <button
          type="button"
          data-export="markdown"
          onClick={() => downloadText(`${stem}.md`, toMarkdown(call), 'text/markdown')}
        >
          Markdown notes
        </button>
        <button
          type="button"
          data-export="webvtt"
          onClick={() => downloadText(`${stem}.vtt`, toWebVtt(call.utterances), 'text/vtt')}
        >
          WebVTT captions
        </button>
      </div>
      <h3 style={{ marginTop: 16 }}>To share</h3>
      <p className="small muted" style={{ marginTop: 0 }}>
        A Markdown debrief without your reflection.
      </p>
      <div className="actions">
        <label>
          <input type="checkbox" checked={withRoles} onChange={(event) => setWithRoles(event.target.checked)} /> Replace
          names with roles
        </label>
        <button
          type="button"
          data-export="shareable"
          onClick={() =>
            downloadText(
              `${stem}-shared.md`,
              toMarkdown(shareable(), {
                withoutReflection: true,
                ...(withRoles ? { note: 'Names are replaced by roles.' } : {}),
              }),
              'text/markdown',
            )
          }
        >
          Shareable debrief
        </button>
      </div>
    </div>
  );
}
