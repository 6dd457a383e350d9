/**
 * Bundled into a fixture page by the capture benchmark: runs the real capture runtime and adapter in
 * the page (no extension), timing every observer callback. The events go nowhere.
 */
import type { CaptionAdapter } from '../../utils/capture/adapter.ts';
import { runCapture } from '../../utils/capture/run-capture.ts';
import { meetAdapter } from '../../entrypoints/meet.content/adapter.ts';
import { zoomAdapter } from '../../entrypoints/zoom.content/adapter.ts';

export interface CaptureBench {
  measures: number[];
  events: number;
}

declare global {
  interface Window {
    candorCaptureBench: CaptureBench;
  }
}

const adapters: Record<string, CaptionAdapter> = { meet: meetAdapter, zoom: zoomAdapter };
const platform = document.querySelector('[data-feature-type="captions"]') ? 'zoom' : 'meet';
const bench: CaptureBench = { measures: [], events: 0 };
window.candorCaptureBench = bench;

runCapture({
  adapter: adapters[platform]!,
  doc: document,
  ctx: {
    setInterval: (handler: () => void, ms?: number) => window.setInterval(handler, ms),
    onInvalidated: () => () => undefined,
  },
  send: (update) => {
    bench.events += update.events.length;
  },
  onMeasure: (ms) => bench.measures.push(ms),
});
