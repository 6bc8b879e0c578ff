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
  // File headers, in order, with the index of their first line.
  const headerAt: number[] = [];
  lines.forEach((l, k) => {
    if (/^diff --git /.test(l.text) || (/^--- /.test(l.text) && /^\+\+\+ /.test(lines[k + 1]?.text ?? '') && !/^diff --git /.test(lines[k - 1]?.text ?? '') && !/^(?:index |new file|deleted file|similarity|rename |old mode|new mode)/.test(lines[k - 1]?.text ?? ''))) headerAt.push(k);
  });
  const files: FileDiff[] = [];
  parsed.forEach((f, n) => {
    const start = headerAt[n] ?? 0;
    const end = headerAt[n + 1] ?? lines.length;
    const block = lines.slice(start, end);
    const binary = block.some((l) => /^(?:Binary files |GIT binary patch)/.test(l.text));
    const oldPath = stripPrefix(f.from);
    const newPath = stripPrefix(f.to);
    const status: FileDiff['status'] = binary ? 'binary' : f.new ? 'added' : f.deleted ? 'deleted' : oldPath && newPath && oldPath !== newPath ? 'renamed' : 'modified';
    const index = block.map((l) => /^index ([0-9a-f]+)\.\.([0-9a-f]+)/.exec(l.text)).find(Boolean);
    const blob = (sha: string | undefined) => (sha && !/^0+$/.test(sha) ? sha : undefined);
    files.push({ oldPath, newPath, status, hunks: binary ? [] : walkHunks(block, name), line: block[0]?.line ?? 0, oldBlob: blob(index?.[1]), newBlob: blob(index?.[2]) });
  });
  // Hunks with no file header name no file: an error, not a silent pass.
  if (files.length === 0) {
    const hunk = lines.find((l) => /^@@ -\d/.test(l.text));
    if (hunk) throw new PatchError(name, hunk.line, 'a hunk without a file header ("diff --git" or "---"/"+++" lines)');
  }
  return files;
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
    if (next && /^[+-]/.test(next.text) && !/^(?:--- |\+\+\+ |-- $)/.test(next.text)) {
      throw new PatchError(name, next.line, `the hunk has more lines than its header says ("${header.text.replace(/ @@.*/, ' @@')}")`);
    }
    hunks.push(hunk);
  }
  return hunks;
}
