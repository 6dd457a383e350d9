/**
 * Bytes to text for transcript files: UTF-8 (with or without a BOM) and UTF-16 LE/BE with a BOM.
 * Anything else gets a clear error instead of mojibake. Streaming: chunks in, lines out.
 */
import { FormatError } from './errors.ts';
import { LineSplitter } from './lines.ts';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** Reads the encoding from the first bytes (at least 4 when the input has them). */
export function sniffEncoding(head: Uint8Array): TextEncoding {
  const [a, b, c, d] = head;
  if (a === 0xff && b === 0xfe && c === 0 && d === 0)
    throw new FormatError(1, 'UTF-32 text is not supported: save the file as UTF-8');
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff)
    throw new FormatError(1, 'UTF-32 text is not supported: save the file as UTF-8');
  if (a === 0xff && b === 0xfe) return 'utf-16le';
  if (a === 0xfe && b === 0xff) return 'utf-16be';
  if (head.subarray(0, 4096).includes(0)) {
    throw new FormatError(1, 'not a text transcript (NUL bytes; UTF-16 needs a byte-order mark): save it as UTF-8');
  }
  return 'utf-8';
}

const REPLACEMENT = '\uFFFD';

/**
 * Decodes byte chunks into lines. The first chunk decides the encoding. Bytes that are not valid in
 * it become U+FFFD, which is reported with its line number (a Windows-1252 or Latin-1 file, say).
 */
export class ByteLineReader {
  private decoder: TextDecoder | null = null;
  private readonly splitter = new LineSplitter();
  private line = 0;
  private sawBytes = false;
  encoding: TextEncoding | null = null;

  /** Bytes held until there are enough to read a byte-order mark. */
  private head: Uint8Array = new Uint8Array(0);

  push(chunk: Uint8Array): string[] {
    if (chunk.length === 0) return [];
    this.sawBytes = true;
    if (this.decoder === null) {
      this.head = concat(this.head, chunk);
      if (this.head.length < 4) return [];
      chunk = this.start();
    }
    return this.check(this.splitter.push(this.decoder!.decode(chunk, { stream: true })));
  }

  end(): string[] {
    if (!this.sawBytes) throw new FormatError(1, 'the file is empty');
    const rest = this.decoder === null ? this.start() : new Uint8Array(0);
    const tail = this.decoder!.decode(rest);
    return this.check([...this.splitter.push(tail), ...this.splitter.end()]);
  }

  private start(): Uint8Array {
    this.encoding = sniffEncoding(this.head);
    // The decoder drops the byte-order mark itself (ignoreBOM is false).
    this.decoder = new TextDecoder(this.encoding, { fatal: false });
    const head = this.head;
    this.head = new Uint8Array(0);
    return head;
  }

  private check(lines: string[]): string[] {
    for (const text of lines) {
      this.line++;
      if (text.includes(REPLACEMENT)) {
        const what = this.encoding === 'utf-8' ? 'UTF-8' : 'UTF-16';
        throw new FormatError(
          this.line,
          `not valid ${what} text (another encoding, such as Windows-1252?): save the file as UTF-8`,
        );
      }
    }
    return lines;
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** Decodes a whole file's bytes into lines. */
export function decodeLines(bytes: Uint8Array): string[] {
  const reader = new ByteLineReader();
  return [...reader.push(bytes), ...reader.end()];
}
