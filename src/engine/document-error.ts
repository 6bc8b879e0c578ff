/**
 * A document claimlint refuses to read: bad input, at a place in the document (1-based line
 * and column, UTF-16 columns as everywhere in claimlint, and the offset). Every surface
 * reports it as the file's error rather than linting the file: the CLI prints
 * `path:line:column: reason` and exits 2, patch mode names the patch, the language server
 * shows one diagnostic there.
 *
 * Defined here, in code the main bundle owns: the Markdown reader (src/md/, bundled apart as
 * claimlint-md.cjs) reports its refusals as data, which src/engine/syntax.ts turns into this.
 */
export class DocumentError extends Error {
  constructor(readonly line: number, readonly column: number, readonly offset: number, readonly reason: string) {
    super(`${line}:${column}: ${reason}`);
    this.name = 'DocumentError';
  }

  /** The error as plain data (what crosses a worker's boundary), and back. */
  toData(): DocumentErrorData {
    return { line: this.line, column: this.column, offset: this.offset, reason: this.reason };
  }

  static fromData(d: DocumentErrorData): DocumentError {
    return new DocumentError(d.line, d.column, d.offset, d.reason);
  }
}

export interface DocumentErrorData {
  line: number;
  column: number;
  offset: number;
  reason: string;
}

/** `path:line:column: reason`, the CLI's form of the error. */
export function formatDocumentError(path: string, e: DocumentError): string {
  return `${path}:${e.line}:${e.column}: ${e.reason}`;
}
