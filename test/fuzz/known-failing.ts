/**
 * Defects the fuzzers found (or the issue names) that other work is fixing. While an entry
 * is here, the generators leave out the input that triggers it (see each `isKnown` call), so
 * the fuzz tests stay green; known-failing.test.ts keeps each minimal reproduction as a
 * `test.failing`, which starts to fail (and so asks for the entry to go) once the defect is
 * fixed. Empty this list as the fixes land: the generators then cover those inputs again.
 */
export interface KnownFailure {
  id: string;
  /** The fuzz target that found it. */
  target: string;
  /** What goes wrong, and where. */
  description: string;
}

export const KNOWN_FAILING: KnownFailure[] = [
  {
    id: 'grid-table-spread',
    target: 'rst-large',
    description: 'a grid table of more than ~120,000 lines throws RangeError (Math.max(...) over its lines, src/rst/tables.ts scanGrid); issue 9 item 8',
  },
  {
    id: 'grid-table-wide',
    target: 'rst-large',
    description: 'a grid table with many columns takes quadratic time (src/rst/tables.ts scanGrid sorts the corner list after every cell; parseGridTable looks up each column with indexOf): 4,000 columns (72 kB) take 3 s, 18,000 columns (3 lines, 215 kB) over a minute',
  },
  {
    id: 'stylish-spread',
    target: 'report',
    description: 'the stylish format throws RangeError for a file with more than ~120,000 findings (Math.max(...) over the rows, src/report/stylish.ts); issue 9 item 8',
  },
  {
    id: 'post-image-spread',
    target: 'patch-large',
    description: 'patch mode throws RangeError when a patched file has more than ~120,000 lines before a hunk (out.push(...pre.slice()) in src/patch/post-image.ts apply)',
  },
  {
    id: 'plain-diff-deletion',
    target: 'patch',
    description: 'a plain (non-git) diff that deletes a file ("--- a/x.rst" then "+++ /dev/null", no "deleted file mode") is an internal error: lint-patch.ts takes it for a modification and post-image.ts reads an undefined path (TypeError from path.resolve)',
  },
  {
    id: 'encoded-body-lines',
    target: 'patch',
    description: 'in a mail with a base64 body, decoded lines are numbered as if they were input lines (split.ts readMail), so "#N" of a finding and the line of a patch error can lie past the end of the input',
  },
];

export function isKnown(id: string): boolean {
  return KNOWN_FAILING.some((k) => k.id === id);
}
