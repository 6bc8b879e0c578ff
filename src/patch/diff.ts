/**
 * The diff of one mail: files and hunks. parse-diff reads the file headers
 * (renames, new and deleted files, binary files); a walk over the same lines
 * gives every change its input line and post-image line, checks each hunk
 * against its header, and counts the lines checkpatch.pl counts.
 */
import parseDiff from 'parse-diff';
import { PatchError, type Change, type FileDiff, type Hunk, type InputLine } from './types.js';

const HUNK = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

function stripPrefix(p: string | undefined): string | undefined {
  if (!p || p === '/dev/null') return undefined;
  return p.replace(/^"|"$/g, '');
}

export function readDiff(lines: InputLine[], name: string): FileDiff[] {
  if (lines.length === 0) return [];
  const parsed = parseDiff(lines.map((l) => l.text).join('\n'));
  const headerAt = fileHeaders(lines);
  const files: FileDiff[] = [];
  parsed.forEach((f, n) => {
    const start = headerAt[n] ?? 0;
    const end = headerAt[n + 1] ?? lines.length;
    const block = lines.slice(start, end);
    const binary = block.some((l) => /^(?:Binary files |GIT binary patch)/.test(l.text));
    const oldPath = stripPrefix(f.from);
    const newPath = stripPrefix(f.to);
    // A plain diff (no "diff --git") says "new file" and "deleted file" only by /dev/null on one side.
    const status: FileDiff['status'] = binary ? 'binary'
      : f.new || (oldPath === undefined && newPath !== undefined) ? 'added'
        : f.deleted || newPath === undefined ? 'deleted'
          : oldPath !== newPath ? 'renamed' : 'modified';
    const index = block.map((l) => /^index ([0-9a-f]+)\.\.([0-9a-f]+)/.exec(l.text)).find(Boolean);
    const blob = (sha: string | undefined) => (sha && !/^0+$/.test(sha) ? sha : undefined);
    files.push({ oldPath, newPath, status, hunks: binary ? [] : walkHunks(block, name), line: block[0]?.line ?? 0, oldBlob: blob(index?.[1]), newBlob: blob(index?.[2]) });
  });
  // Hunks with no file header name no file: an error, not a silent pass.
  const first = lines.findIndex((l) => /^@@ -\d/.test(l.text));
  if (first >= 0 && (headerAt.length === 0 || (headerAt[0] as number) > first)) {
    throw new PatchError(name, (lines[first] as InputLine).line, 'a hunk without a file header ("diff --git" or "---"/"+++" lines)');
  }
  return files;
}

/**
 * Where each file's header starts ("diff --git", or "---" then "+++" without one), skipping
 * hunk bodies by their counts: a removed "-- x" line reads "--- x", an added "++ y" "+++ y".
 */
function fileHeaders(lines: InputLine[]): number[] {
  const at: number[] = [];
  for (let k = 0; k < lines.length; k++) {
    const t = (lines[k] as InputLine).text;
    const hunk = HUNK.exec(t);
    if (hunk) {
      let oldLeft = hunk[2] === undefined ? 1 : Number(hunk[2]);
      let newLeft = hunk[4] === undefined ? 1 : Number(hunk[4]);
      while (k + 1 < lines.length && (oldLeft > 0 || newLeft > 0)) {
        const c = (lines[k + 1] as InputLine).text[0] ?? ' ';
        if (c === '-') oldLeft--;
        else if (c === '+') newLeft--;
        else if (c === ' ' || c === undefined) { oldLeft--; newLeft--; } else if (c !== '\\') break;
        k++;
      }
      continue;
    }
    if (/^diff --git /.test(t)) { at.push(k); continue; }
    const prev = k > 0 ? (lines[k - 1] as InputLine).text : '';
    if (/^--- /.test(t) && /^\+\+\+ /.test(lines[k + 1]?.text ?? '') && !/^(?:diff --git |index |new file|deleted file|similarity|rename |old mode|new mode)/.test(prev)) at.push(k);
  }
  return at;
}

/** Walk the hunks of one file's block of lines. */
function walkHunks(block: InputLine[], name: string): Hunk[] {
  const hunks: Hunk[] = [];
  let k = 0;
  while (k < block.length) {
    const header = block[k] as InputLine;
    const m = HUNK.exec(header.text);
    if (!m) { k++; continue; }
    const hunk: Hunk = {
      oldStart: Number(m[1]), oldCount: m[2] === undefined ? 1 : Number(m[2]),
      newStart: Number(m[3]), newCount: m[4] === undefined ? 1 : Number(m[4]),
      line: header.line, changes: [], checked: 0,
    };
    let oldLeft = hunk.oldCount;
    let newLeft = hunk.newCount;
    let oldLine = hunk.oldStart;
    let newLine = hunk.newStart;
    // checkpatch.pl counts every line after the header while new-side lines remain.
    let realcnt = hunk.newCount + 1;
    k++;
    while (k < block.length && (oldLeft > 0 || newLeft > 0)) {
      const l = block[k] as InputLine;
      const c = l.text[0] ?? '';
      if (c === '\\') { // "\ No newline at end of file"
        if (realcnt > 1) hunk.checked++; else realcnt = 0;
        k++;
        continue;
      }
      let change: Change;
      if (c === ' ' || l.text === '') {
        if (oldLeft === 0 || newLeft === 0) break;
        change = { kind: ' ', text: l.text.slice(1), raw: l.text, line: l.line, oldLine: oldLine++, newLine: newLine++ };
        oldLeft--; newLeft--;
      } else if (c === '+') {
        if (newLeft === 0) break;
        change = { kind: '+', text: l.text.slice(1), raw: l.text, line: l.line, newLine: newLine++ };
        newLeft--;
      } else if (c === '-') {
        if (oldLeft === 0) break;
        change = { kind: '-', text: l.text.slice(1), raw: l.text, line: l.line, oldLine: oldLine++ };
        oldLeft--;
      } else {
        break;
      }
      if (change.kind !== '-') realcnt--;
      else if (realcnt === 1) realcnt = 0;
      if (realcnt > 0) hunk.checked++;
      hunk.changes.push(change);
      k++;
    }
    if (oldLeft > 0 || newLeft > 0) {
      const at = block[k]?.line ?? (block[block.length - 1]?.line ?? header.line);
      const why = k >= block.length ? 'the hunk is truncated' : `the hunk has fewer lines than its header says`;
      throw new PatchError(name, at, `${why} ("${header.text.replace(/ @@.*/, ' @@')}" expects ${hunk.oldCount} old and ${hunk.newCount} new lines; ${hunk.oldCount - oldLeft} and ${hunk.newCount - newLeft} found)`);
    }
    // Lines that follow a complete hunk must start another hunk or file, or end the diff.
    const next = block[k];
    if (next && (/^[+-]/.test(next.text) || /^ \S/.test(next.text)) && !/^(?:--- |\+\+\+ |-- $)/.test(next.text)) {
      throw new PatchError(name, next.line, `the hunk has more lines than its header says ("${header.text.replace(/ @@.*/, ' @@')}")`);
    }
    hunks.push(hunk);
  }
  return hunks;
}
