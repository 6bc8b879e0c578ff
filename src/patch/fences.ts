/**
 * A Markdown hunk read without its file (--no-tree, or a tree the hunks do not apply to) may
 * start inside a fenced code block: its first fence line then closes a block, not opens one, and
 * read the other way round the code is taken for prose and the prose for code. CommonMark cannot
 * tell from the hunk alone, so this weighs what the lines look like: a bare fence line ("```"
 * with no info string) that has code-like lines before it and prose after it closes a block.
 *
 * Input: each hunk's post-image lines, in order; output: per hunk, the fence line to put on the
 * blank line just before it (an opener when it starts inside a block, a closer when the block
 * the previous hunk left open is not still open), or undefined.
 */

const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;

/** How much a run of lines reads as prose: lines of several words that end as a sentence does, less code-like lines. */
function proseScore(lines: string[]): number {
  let score = 0;
  for (const l of lines) {
    const t = l.trim();
    if (!t) continue;
    const words = t.match(/[A-Za-z]{2,}/g)?.length ?? 0;
    if (words >= 5 && /[.:?!)]$/.test(t) && !/[{};=$]|^\W/.test(t)) score++;
    else if (/[{};=$<>|]|^[#$>-]|\(\)/.test(t) || words < 3) score--;
  }
  return score;
}

interface FenceState { open: boolean; char?: string; length?: number }

/** The state after `lines`, read from `state`. */
function readFences(lines: string[], state: FenceState): FenceState {
  let s = state;
  for (const l of lines) {
    const m = FENCE.exec(l);
    if (!m) continue;
    const marker = m[1] as string;
    if (!s.open) { if (marker[0] !== '`' || !(m[2] as string).includes('`')) s = { open: true, char: marker[0], length: marker.length }; }
    else if (marker[0] === s.char && marker.length >= (s.length as number) && !(m[2] as string).trim()) s = { open: false };
  }
  return s;
}

/** Does a hunk's text start inside a fenced block? */
export function startsInsideFence(lines: string[]): { inside: boolean; char?: string; length?: number } {
  const first = lines.findIndex((l) => FENCE.test(l));
  if (first < 0) return { inside: false };
  const m = FENCE.exec(lines[first] as string) as RegExpExecArray;
  // An info string ("```sh") only opens a block.
  if ((m[2] as string).trim()) return { inside: false };
  const inside = proseScore(lines.slice(first + 1)) > proseScore(lines.slice(0, first));
  return { inside, char: (m[1] as string)[0], length: (m[1] as string).length };
}

/** Per hunk (post-image lines), the fence line for the blank line before it, if one is needed. */
export function fenceLinesBefore(hunks: string[][]): (string | undefined)[] {
  let state: FenceState = { open: false };
  return hunks.map((lines) => {
    const start = startsInsideFence(lines);
    let line: string | undefined;
    if (start.inside && !state.open) { line = (start.char as string).repeat(start.length as number); state = { open: true, char: start.char, length: start.length }; }
    else if (!start.inside && state.open) { line = (state.char as string).repeat(state.length as number); state = { open: false }; }
    state = readFences(lines, state);
    return line;
  });
}
