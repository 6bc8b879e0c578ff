/**
 * Patches as claimlint reads them: mails (a commit message, notes below
 * "---", a diff) whose files are diffs of hunks. Every line keeps its line
 * number in the input, which is what checkpatch.pl prints as "#N".
 */

/** A line of the input with its 1-based line number there. */
export interface InputLine {
  text: string;
  line: number;
}

export interface Mail {
  /** The input's name for messages ("-" for stdin, a file name, "Commit abc123 (...)"). */
  name: string;
  /** The decoded Subject header, and the input line it is on. */
  subject?: InputLine;
  /**
   * The 1-based column of the subject's text in its input line, when that line
   * holds it as is (neither folded nor RFC 2047-encoded).
   */
  subjectColumn?: number;
  /** The commit id of the "From <sha> ..." line git format-patch writes, when there is one. */
  commit?: string;
  /** The body was quoted-printable or base64: its lines are decoded, so columns are not the input's. */
  bodyDecoded?: boolean;
  /** The commit message: the body up to "---" (or up to the diff). */
  message: InputLine[];
  /** Between "---" and the diff: where per-patch notes such as "claimlint-ignore: RULE" go. */
  notes: InputLine[];
  /** From the first diff header to the end of the mail. */
  diff: InputLine[];
  /** A cover letter ("[PATCH 0/N]", or a mail with no diff): its prose is linted. */
  coverLetter: boolean;
}

export type ChangeKind = ' ' | '+' | '-';

export interface Change {
  kind: ChangeKind;
  /** The line without its diff marker. */
  text: string;
  /** The raw input line, marker included. */
  raw: string;
  line: number;
  oldLine?: number;
  newLine?: number;
}

export interface Hunk {
  oldStart: number;
  oldCount: number;
  newStart: number;
  newCount: number;
  /** Input line of the "@@" header. */
  line: number;
  changes: Change[];
  /** Lines checkpatch.pl counts for this hunk ("N lines checked"). */
  checked: number;
}

export interface FileDiff {
  oldPath?: string;
  newPath?: string;
  status: 'added' | 'deleted' | 'renamed' | 'modified' | 'binary';
  hunks: Hunk[];
  /** Input line of its "diff --git" (or "---") header. */
  line: number;
  /** Abbreviated blob ids from its "index old..new" line, when git wrote one. */
  oldBlob?: string;
  newBlob?: string;
}

/** Malformed input: the message names the patch and its line (and column); the CLI exits 2. */
export class PatchError extends Error {
  constructor(readonly name: string, readonly line: number, message: string, readonly column?: number) {
    super(`${name}:${line}${column === undefined ? '' : `:${column}`}: ${message}`);
  }
}

/** A 1-based line and column range; no columns: whole lines. */
export interface LineRange {
  startLine: number;
  endLine: number;
  startColumn?: number;
  endColumn?: number;
}

/**
 * Where a commit message's findings can be shown as a file location (SARIF's
 * physical location, which GitHub code scanning requires of every result).
 * Patch mode puts it on the commit message's vfile (`data.commitPlacement`),
 * and each of its messages' place in the patch input on `data.inputPlace`.
 */
export interface CommitPlacement {
  /** The commit's id, when the patch says (git format-patch's "From <sha>" line). */
  commit?: string;
  /** The patch input as an absolute path, when it is a file. */
  patchFile?: string;
  /**
   * A file the commit changes (its post-image path, relative to the tree) and
   * the first line it adds there; for a mail that changes none (a cover
   * letter), the first of its series, or of the run.
   */
  changed?: { path: string; line: number; text: string };
}
