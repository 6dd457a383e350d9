import { describe, expect, it } from 'vitest';
import { createPanelStore } from '../../../lib/store/panel-store.ts';
import type { Utterance } from '../../../lib/transcript/types.ts';

const utterance = (id: string, start: number, text: string, final = true): Utterance => ({
  id,
  speaker: 'Ana',
  self: false,
  text,
  start,
  end: start + 1,
  final,
});
const session = { id: 's1', platform: 'meet' as const, callKey: 'meet:abc-defg-hij', origin: 0 };

describe('panel store', () => {
  it('ignores messages for another tab', () => {
    const store = createPanelStore();
    store.getState().bind(7);
    store
      .getState()
      .receive({
        type: 'snapshot',
        tabId: 8,
        session,
        status: null,
        analysis: null,
        coach: null,
        utterances: [utterance('a', 0, 'hi')],
      });
    expect(store.getState().order).toEqual([]);
    expect(store.getState().connection).toBe('connecting');
  });

  it('replaces everything with a snapshot, then upserts updates by id in start order', () => {
    const store = createPanelStore();
    store.getState().bind(7);
    store
      .getState()
      .receive({
        type: 'snapshot',
        tabId: 7,
        session,
        status: null,
        analysis: null,
        coach: null,
        utterances: [utterance('b', 5, 'second')],
      });
    store
      .getState()
      .receive({
        type: 'update',
        tabId: 7,
        changed: [utterance('a', 1, 'first, interim', false), utterance('b', 5, 'second, revised')],
        status: { platform: 'meet', state: 'capturing' },
      });
    const state = store.getState();
    expect(state.connection).toBe('live');
    expect(state.order).toEqual(['a', 'b']);
    expect(state.utterances.b!.text).toBe('second, revised');
    expect(state.status?.state).toBe('capturing');
  });

  it('starts over when bound to another tab', () => {
    const store = createPanelStore();
    store.getState().bind(7);
    store
      .getState()
      .receive({
        type: 'snapshot',
        tabId: 7,
        session,
        status: null,
        analysis: null,
        coach: null,
        utterances: [utterance('a', 0, 'hi')],
      });
    store.getState().bind(9);
    expect(store.getState().order).toEqual([]);
    expect(store.getState().tabId).toBe(9);
  });

  it('renames the lines it holds when a name is learned, after the lines that finished under the stand-in', () => {
    const store = createPanelStore();
    store.getState().bind(7);
    const stand = (id: string, start: number, speaker: string, self = false): Utterance => ({
      ...utterance(id, start, `line ${id}`),
      speaker,
      self,
    });
    store
      .getState()
      .receive({
        type: 'snapshot',
        tabId: 7,
        session,
        status: null,
        analysis: null,
        coach: null,
        utterances: [stand('a', 0, 'Speaker 1'), stand('b', 1, 'Ben'), stand('c', 2, 'Speaker 1', true)],
      });
    store
      .getState()
      .receive({
        type: 'update',
        tabId: 7,
        changed: [stand('d', 3, 'Speaker 1')],
        renamed: [{ from: 'Speaker 1', to: 'Jo Banks' }],
      });
    const { order, utterances } = store.getState();
    // The user's own line is never renamed.
    expect(order.map((id) => [id, utterances[id]!.speaker])).toEqual([
      ['a', 'Jo Banks'],
      ['b', 'Ben'],
      ['c', 'Speaker 1'],
      ['d', 'Jo Banks'],
    ]);
  });
});
