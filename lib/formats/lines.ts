/** Splits streamed text into lines, whatever the line ends (LF, CRLF, CR), without holding the text. */

const BREAK = /\r\n|\n|\r/;

export class LineSplitter {
  private rest = '';
  private started = false;
  /** The last chunk ended in CR: a LF opening the next chunk belongs to that CRLF. */
  private skipLF = false;

  /** Takes the next chunk of text; returns the lines it completed. */
  push(chunk: string): string[] {
    if (this.skipLF) {
      this.skipLF = false;
      if (chunk.startsWith('\n')) chunk = chunk.slice(1);
    }
    let text = this.rest + chunk;
    if (!this.started && text.length > 0) {
      this.started = true;
      // A byte-order mark decoded as text is not part of the first line.
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    const endsWithCR = text.endsWith('\r');
    if (endsWithCR) text = text.slice(0, -1);
    const lines = text.split(BREAK);
    this.rest = lines.pop()!;
    if (endsWithCR) {
      lines.push(this.rest);
      this.rest = '';
      this.skipLF = true;
    }
    return lines;
  }

  /** Ends the text; returns the last line if it had no line break. */
  end(): string[] {
    const rest = this.rest;
    this.rest = '';
    return rest === '' ? [] : [rest];
  }
}

/** Every line of a whole text. */
export function splitLines(text: string): string[] {
  const splitter = new LineSplitter();
  return [...splitter.push(text), ...splitter.end()];
}
