import { describe, expect, it } from 'vitest';
import { layoutTimeline, tickStep } from '../../../lib/debrief/timeline.ts';
import { clock } from '../../../lib/transcript/duration.ts';
import { flag, signal, utterance as u } from './findings.ts';

describe('timeline layout', () => {
  const turns = [u('a', 'Ana', 'hello', 0, 10), u('b', 'Ben', 'hi there', 10, 30, true), u('c', 'Ana', 'so', 30, 100)];

  it('gives each speaker a lane, the user first, and scales bars to the plot', () => {
    const layout = layoutTimeline(turns, [], [], { width: 612, labelWidth: 100 });
    expect(layout.lanes.map((l) => [l.speaker, l.self])).toEqual([
      ['Ben', true],
      ['Ana', false],
    ]);
    expect(layout.duration).toBe(100);
    expect(layout.plotLeft).toBe(100);
    expect(layout.plotRight).toBe(600);
    const c = layout.bars.find((b) => b.id === 'c')!;
    expect(c.x).toBe(250);
    expect(c.width).toBe(350);
    expect(layout.bars.every((b) => b.x >= layout.plotLeft && b.x + b.width <= layout.plotRight + 1e-9)).toBe(true);
    const ana = layout.lanes.find((l) => l.speaker === 'Ana')!;
    expect(c.y).toBeGreaterThanOrEqual(ana.y);
    expect(c.y + c.height).toBeLessThanOrEqual(ana.y + ana.height);
  });

  it('keeps very short utterances visible', () => {
    const layout = layoutTimeline([u('a', 'Ana', 'x', 0, 0), u('b', 'Ben', 'y', 0, 1000)], [], [], { width: 600 });
    expect(layout.bars.find((b) => b.id === 'a')!.width).toBeGreaterThanOrEqual(2);
  });

  it('puts flags above and signals below the bars, stacking close markers', () => {
    const flags = [flag('interruption', turns[0]!, 'Ben'), { ...flag('monologue', turns[0]!, null), at: 0.5, id: 'm' }];
    const signals = [signal('inclusion-prompt', turns[2]!)];
    const layout = layoutTimeline(turns, flags, signals, { width: 600 });
    const ana = layout.lanes.find((l) => l.speaker === 'Ana')!;
    const bar = layout.bars.find((b) => b.id === 'a')!;
    const [f1, f2] = layout.markers.filter((m) => m.kind === 'flag');
    expect(f1!.y).toBeLessThan(bar.y);
    expect(f2!.y).toBeLessThan(f1!.y); // stacked in a second row
    const s = layout.markers.find((m) => m.kind === 'signal')!;
    expect(s.y).toBeGreaterThan(bar.y + bar.height);
    expect(s.y).toBeLessThan(ana.y + ana.height);
    const ben = layout.lanes.find((l) => l.speaker === 'Ben')!;
    expect(ben.height).toBeLessThan(ana.height);
    expect(layout.height).toBeGreaterThan(ana.y + ana.height);
  });

  it('picks readable ticks', () => {
    expect(tickStep(100, 500)).toBe(15);
    expect(tickStep(3600, 700)).toBe(600);
    const layout = layoutTimeline(turns, [], [], { width: 612, labelWidth: 100 });
    expect(layout.ticks.map((t) => t.label)).toEqual(['0:00', '0:15', '0:30', '0:45', '1:00', '1:15', '1:30']);
    expect(clock(3725)).toBe('1:02:05');
  });

  it('draws an empty call without dividing by zero', () => {
    const layout = layoutTimeline([], [], [], { width: 400 });
    expect(layout.lanes).toEqual([]);
    expect(layout.duration).toBe(1);
    expect(Number.isFinite(layout.height)).toBe(true);
  });
});
