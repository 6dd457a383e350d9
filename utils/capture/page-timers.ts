/**
 * One-shot timers for the capture runtime that cost the call page a plain `setTimeout` each. WXT's
 * `ctx.setTimeout` also adds an abort listener per call that is never removed, so over a call the page paid
 * for thousands of listeners (it was the largest item of Candor's script time after messaging). These are
 * cleared together when the content script is invalidated, and a timer that fires afterwards does nothing.
 * WXT still notices an orphaned script (extension reloaded) through the runtime's poll, a `ctx.setInterval`.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export interface PageTimers {
  setTimeout(callback: () => void, ms: number): number;
  clearTimeout(handle: unknown): void;
}

export function pageTimers(ctx: Pick<ContentScriptContext, 'onInvalidated'>): PageTimers {
  const armed = new Set<number>();
  let valid = true;
  ctx.onInvalidated(() => {
    valid = false;
    for (const handle of armed) clearTimeout(handle);
    armed.clear();
  });
  return {
    setTimeout(callback, ms) {
      const handle = setTimeout(() => {
        armed.delete(handle);
        if (valid) callback();
      }, ms) as unknown as number;
      armed.add(handle);
      return handle;
    },
    clearTimeout(handle) {
      armed.delete(handle as number);
      clearTimeout(handle as number);
    },
  };
}
