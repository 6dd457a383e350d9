/** The one error type every transcript parser throws, so callers can report `file:line: message`. */
export class FormatError extends Error {
  override readonly name = 'FormatError';

  constructor(
    /** 1-based line of the input where the problem was found. */
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}
