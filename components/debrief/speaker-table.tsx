import type { SpeakerStats } from '../../lib/engine/stats.ts';
import { clock } from '../../lib/transcript/duration.ts';
import { percent } from './format.ts';

/** Per-speaker statistics for the whole call. */
export function SpeakerTable({ speakers }: { speakers: readonly SpeakerStats[] }) {
  return (
    <table data-testid="speaker-stats">
      <caption className="visually-hidden">Statistics per speaker</caption>
      <thead>
        <tr>
          <th scope="col">Speaker</th>
          <th scope="col" className="num">
            Talk
          </th>
          <th scope="col" className="num">
            Share
          </th>
          <th scope="col" className="num">
            Turns
          </th>
          <th scope="col" className="num">
            Words
          </th>
          <th scope="col" className="num">
            Questions
          </th>
          <th scope="col" className="num">
            Longest stretch
          </th>
          <th scope="col" className="num">
            Cut in
          </th>
          <th scope="col" className="num">
            Was cut off
          </th>
        </tr>
      </thead>
      <tbody>
        {speakers.map((s) => (
          <tr key={s.speaker}>
            <th scope="row">
              {s.speaker || 'Unknown'}
              {s.self ? ' (me)' : ''}
            </th>
            <td className="num">{clock(s.talkSeconds)}</td>
            <td className="num">{percent(s.share)}</td>
            <td className="num">{s.turns}</td>
            <td className="num">{s.words}</td>
            <td className="num">{s.questions}</td>
            <td className="num">{clock(s.longestMonologueSeconds)}</td>
            <td className="num">{s.interruptionsMade}</td>
            <td className="num">{s.interruptionsReceived}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
