/**
 * Explicit markup blocks (lines starting with ".."): directives, comments,
 * footnotes and citations, hyperlink targets, substitution definitions, and
 * anonymous targets ("__ url").
 */
import type { Block, Directive, Table, Title } from './types.js';
import { positionOf, spanOf, trimBlankEnd, viewText, type LineView } from './source.js';
import { blockEnd, itemBody, parseBody, type Ctx } from './blocks.js';
import { parseInline } from './inline.js';
import { directiveKind, takesArgument } from './directives.js';
import { tableFromLists } from './tables.js';

const FOOTNOTE = /^\.\.[ \t]+\[(#[\w.-]*|\*|\d+|[A-Za-z][\w.-]*)\](?:[ \t]+|$)/;
const TARGET = /^\.\.[ \t]+_/;
const SUBSTITUTION = /^\.\.[ \t]+\|([^|]+)\|[ \t]+([A-Za-z0-9][\w.:+-]*)[ \t]?::(?:[ \t]+|$)/;
const DIRECTIVE = /^\.\.[ \t]+([A-Za-z0-9](?:[\w.:+-]*[A-Za-z0-9])?)[ \t]?::(?:[ \t]+|$)/;
const OPTION = /^:([^:\s][^:]*):(?:[ \t]+(.*)|$)/;

export function parseExplicit(ctx: Ctx, lines: LineView[], i: number): [Block, number] {
  const { src } = ctx;
  const v = lines[i] as LineView;
  const text = viewText(src, v);
  const j = blockEnd(lines, i + 1);
  const group = trimBlankEnd(lines.slice(i, j));
  const whole = spanOf(src, group);
  const raw = () => src.text.slice(v.start, (group[group.length - 1] as LineView).end);
  let m: RegExpExecArray | null;

  if (text.startsWith('__')) {
    return [{ type: 'target', name: '', url: raw().slice(2).trim(), position: whole }, j];
  }
  if ((m = FOOTNOTE.exec(text))) {
    const [body, after] = itemBody(src, lines, i, v.start + m[0].length);
    return [{ type: 'footnote', label: m[1] as string, children: parseBody(ctx, body, false), position: whole }, after];
  }
  if (TARGET.test(text)) {
    // A target ends at the first blank line.
    let k = i + 1;
    while (k < lines.length && (lines[k] as LineView).ind > 0) k++;
    const value = src.text.slice(v.start, (lines[k - 1] as LineView).end);
    const t = /^\.\.\s+_`?((?:\\.|[^`:\\])*)`?:\s*([\s\S]*)$/.exec(value);
    return [{ type: 'target', name: t ? (t[1] as string) : '', url: t ? (t[2] as string).replace(/\s+/g, '') : '', position: positionOf(src, v.start, (lines[k - 1] as LineView).end) }, k];
  }
  if ((m = SUBSTITUTION.exec(text))) {
    return [{ type: 'substitutionDefinition', name: m[1] as string, value: raw().slice(m[0].length), position: whole }, j];
  }
  if ((m = DIRECTIVE.exec(text))) {
    return [directive(ctx, lines, i, m), j];
  }
  // A comment. An empty ".." followed by a blank line ends there: it does not swallow what follows.
  const next = lines[i + 1];
  if (text.trim() === '..' && (!next || next.ind < 0)) {
    return [{ type: 'comment', value: '', position: positionOf(src, v.start, v.end) }, i + 1];
  }
  const value = raw().replace(/^\.\.[ \t]?/, '');
  return [{ type: 'comment', value, position: whole }, j];
}

/**
 * A directive: the argument (the rest of the first line and the lines up to a
 * blank or an option), the `:options:`, and the content after the first blank
 * line, as docutils splits them.
 */
function directive(ctx: Ctx, lines: LineView[], i: number, m: RegExpExecArray): Directive {
  const { src } = ctx;
  const v = lines[i] as LineView;
  const name = m[1] as string;
  const kind = directiveKind(name);
  const [block] = itemBody(src, lines, i, v.start + m[0].length);
  const j = blockEnd(lines, i + 1);
  const position = spanOf(src, trimBlankEnd(lines.slice(i, j)));

  // Arguments and options: the lines before the first blank one.
  let split = block.findIndex((x) => x.ind < 0);
  if (split < 0) split = block.length;
  let head = block.slice(0, split);
  let content = block.slice(split + 1);
  const optionAt = head.findIndex((x) => OPTION.test(viewText(src, x)));
  const options: Record<string, string> = {};
  if (optionAt >= 0) {
    for (const x of head.slice(optionAt)) {
      const o = OPTION.exec(viewText(src, x));
      if (o) options[(o[1] as string).toLowerCase()] = (o[2] ?? '').trim();
    }
    head = head.slice(0, optionAt);
  }
  if (!takesArgument(name) && head.length) {
    // ".. note:: Text": without arguments, the first lines are content.
    content = [...head, ...block.slice(split)];
    head = [];
  }
  while (content.length && (content[0] as LineView).ind < 0) content = content.slice(1);
  const argument = head.map((x) => viewText(src, x)).join(' ');
  const node: Directive = { type: 'directive', name, argument, options, children: [], position };

  if (kind === 'raw') {
    const body = trimBlankEnd(content);
    node.value = body.length ? src.text.slice(src.lineStarts[(body[0] as LineView).line], (body[body.length - 1] as LineView).end) : '';
    return node;
  }
  const titled = kind === 'titled' || kind === 'argument-prose' || kind === 'table';
  if (titled && head.length) {
    const t: Title = { type: 'title', children: parseInline(src, head), position: spanOf(src, head) };
    node.title = t;
  }
  if (kind === 'argument-prose') return node;
  const body = parseBody(ctx, content, false);
  if (kind === 'table' && name.toLowerCase() !== 'table') {
    const table: Table | undefined = tableFromLists(body, name.toLowerCase() as 'list-table' | 'flat-table', options);
    node.children = table ? [table] : body;
  } else {
    node.children = body;
  }
  return node;
}
