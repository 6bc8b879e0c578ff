/**
 * Suppression comments (DESIGN §3). RST comments are blocks, so suppression
 * works by block:
 *
 *     .. claimlint: disable-next RULE[,RULE] -- reason   (the next block)
 *     .. claimlint: disable RULE ... .. claimlint: enable RULE   (a range)
 *     .. claimlint: disable-file RULE                    (the whole file)
 *
 * RULE may be `all`. A suppression that silences nothing is itself reported
 * (`unused-suppression`), as ESLint reports unused disable directives.
 */
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import type { Comment, Parent, Root, RstNode } from '../rst/types.js';

const DIRECTIVE = /^claimlint:\s*(disable-next|disable-file|disable|enable)(?:\s+([\s\S]*))?$/;

interface Suppression {
  kind: 'disable-next' | 'disable-file' | 'disable' | 'enable';
  rules: string[];
  comment: Comment;
  /** Source offsets the suppression covers. */
  start: number;
  end: number;
  used: boolean;
}

export const UNUSED = 'unused-suppression';

function collect(tree: Root, length: number): Suppression[] {
  const found: Suppression[] = [];
  // Depth-first in document order, with a stack of its own (nesting depth follows the input);
  // each node comes with the sibling after it that is not a comment or target (what disable-next covers).
  const stack: [RstNode, RstNode | undefined][] = [[tree as unknown as Parent as RstNode, undefined]];
  while (stack.length) {
    const [child, next] = stack.pop() as [RstNode, RstNode | undefined];
    if (child.type === 'comment') {
      const m = DIRECTIVE.exec(child.value.trim());
      if (m) {
        const kind = m[1] as Suppression['kind'];
        // "RULE, RULE -- reason": the reason after " -- " is for readers.
        const list = (m[2] ?? '').split(/(?:^|\s)--(?:\s|$)/)[0] ?? '';
        const rules = list.split(/[\s,]+/).filter(Boolean).map((r) => r.toLowerCase());
        const s: Suppression = { kind, rules: rules.length ? rules : ['all'], comment: child, start: 0, end: 0, used: false };
        const end = child.position.end.offset ?? 0;
        if (kind === 'disable-file') { s.start = 0; s.end = length; }
        else if (kind === 'disable-next') {
          s.start = next?.position.start.offset ?? end;
          s.end = next?.position.end.offset ?? end;
        } else { s.start = end; s.end = length; }
        found.push(s);
      }
    }
    if (!('children' in child)) continue;
    const children = child.children as RstNode[];
    let after: RstNode | undefined;
    for (let i = children.length - 1; i >= 0; i--) {
      const c = children[i] as RstNode;
      stack.push([c, after]);
      if (c.type !== 'comment' && c.type !== 'target') after = c;
    }
  }
  // A range ends at the matching "enable" after it.
  for (const s of found) {
    if (s.kind !== 'disable') continue;
    const enable = found.find((e) => e.kind === 'enable' && e.start > s.start && e.rules.some((r) => s.rules.includes(r) || r === 'all'));
    if (enable) s.end = enable.comment.position.start.offset ?? s.end;
  }
  return found;
}

export interface SuppressOptions {
  /** Is the unused-suppression report switched on (not severity "off")? */
  reportUnused: boolean;
  unusedSeverity?: 'error' | 'warning' | 'info';
}

export function applySuppressions(tree: Root, file: VFile, opts: SuppressOptions): void {
  const text = String(file.value);
  if (!text.includes('claimlint:')) return; // no suppression comment: nothing to walk
  const suppressions = collect(tree, text.length);
  if (suppressions.length === 0) return;
  const kept: VFileMessage[] = [];
  for (const m of file.messages) {
    const at = m.place && 'start' in m.place ? m.place.start.offset ?? 0 : 0;
    const rule = (m.ruleId ?? '').toLowerCase();
    const by = suppressions.filter((s) => s.kind !== 'enable' && at >= s.start && at <= s.end && (s.rules.includes(rule) || s.rules.includes('all')));
    if (by.length === 0) { kept.push(m); continue; }
    for (const s of by) s.used = true;
  }
  file.messages = kept;
  if (!opts.reportUnused) return;
  for (const s of suppressions) {
    if (s.used || s.kind === 'enable') continue;
    const m = file.message(`this suppression (${s.kind} ${s.rules.join(', ')}) silences nothing; remove it`, {
      place: s.comment.position, ruleId: UNUSED, source: 'claimlint',
    });
    m.fatal = opts.unusedSeverity === 'error' ? true : opts.unusedSeverity === 'info' ? undefined : false;
  }
}

/** unified plugin: run after the claim rules. */
export const suppressComments: Plugin<[SuppressOptions?], Root> = function (options) {
  return (tree, file) => applySuppressions(tree, file, options ?? { reportUnused: true });
};
