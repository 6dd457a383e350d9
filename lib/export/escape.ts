/** Escaping for the text formats Candor writes: whatever a caption says must stay words, never markup. */

/**
 * Markdown inline text: HTML becomes entities (so `<script>` or `<img onerror>` cannot render), and the
 * characters that make emphasis, links, code or table cells are backslash-escaped. Line breaks fold to
 * spaces, since each value is written on one line.
 */
export function markdownText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_{}[\]()#+|~!])/g, '\\$1');
}

/**
 * Wraps text that came from a call (a name, a caption, a quote, a file name) in a Unicode isolate
 * (FSI … PDI): whatever direction marks it holds end with it, so it cannot reorder the text around it.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

/** WebVTT cue text and voice names: `&`, `<` and `>` are the only characters it reserves. */
export function vttText(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A cue id may not hold a line break or the "-->" arrow. */
export function vttCueId(id: string, fallback: string): string {
  const clean = id.trim().replace(/-->/g, '—').replace(/\s+/g, '_');
  return clean === '' ? fallback : clean;
}

/** 00:01:02.345 */
export function vttTime(seconds: number): string {
  const ms = Math.max(0, Math.round(seconds * 1000));
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const s = Math.floor((ms % 60_000) / 1000);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(h)}:${pad(m)}:${pad(s)}.${pad(ms % 1000, 3)}`;
}
