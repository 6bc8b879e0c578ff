/**
 * Inline markup: ``literals``, :roles:`...`, `interpreted text`, references
 * (`text <url>`_, `name`_, name_), _`targets`, |substitutions|, [#]_ footnote
 * references, **strong**, *emphasis*, bare URLs and e-mail addresses.
 *
 * The recognition rules follow docutils' (start-strings after whitespace or
 * an opening delimiter and before non-whitespace; end-strings the mirror
 * image). Markup may span line breaks: the whole block is scanned as one
 * string, so an inline literal that wraps is still one literal.
 */
import type { Inline, Text } from './types.js';
import { positionOf, type LineView, type Source } from './source.js';

/** The block's text as one string, with a map back to source offsets. */
interface Joined {
  text: string;
  /** Start offsets in `text` of each piece, and where that piece starts in the source. */
  pieceAt: number[];
  pieceSrc: number[];
  /** true when `text` is a verbatim slice of the source (the usual case). */
  identity: boolean;
}

function join(src: Source, views: LineView[]): Joined {
  const lines = views.filter((v) => v.ind >= 0);
  const first = lines[0];
  const last = lines[lines.length - 1];
  if (!first || !last) return { text: '', pieceAt: [0], pieceSrc: [0], identity: true };
  let identity = true;
  for (let k = 1; k < lines.length && identity; k++) {
    const gap = src.text.slice((lines[k - 1] as LineView).end, (lines[k] as LineView).start);
    if (/\S/.test(gap)) identity = false;
  }
  if (identity) return { text: src.text.slice(first.start, last.end), pieceAt: [0], pieceSrc: [first.start], identity };
  // Table cells: the pieces of one cell are separated by other cells' text in the source.
  const pieceAt: number[] = [];
  const pieceSrc: number[] = [];
  let text = '';
  for (const v of lines) {
    if (text) text += '\n';
    pieceAt.push(text.length);
    pieceSrc.push(v.start);
    text += src.text.slice(v.start, v.end);
  }
  return { text, pieceAt, pieceSrc, identity };
}

function toSource(j: Joined, at: number): number {
  if (j.identity) return (j.pieceSrc[0] as number) + at;
  let lo = 0;
  let hi = j.pieceAt.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((j.pieceAt[mid] as number) <= at) lo = mid;
    else hi = mid - 1;
  }
  return (j.pieceSrc[lo] as number) + at - (j.pieceAt[lo] as number);
}

const OPENERS = '\'"([{<‘“«‹„‚';
const CLOSERS = '\'")]}>’”»›“‘';
/** Characters that may precede an inline start-string. */
function startOK(t: string, p: number): boolean {
  if (p === 0) return true;
  const c = t[p - 1] as string;
  return /\s/.test(c) || '\'"([{<-/:‘“«‹„‚’”»›‐‑‒–— '.includes(c);
}
/** The start-string at [p, p+len) must be followed by non-whitespace, and not sit in quotes like "(*)". */
function openOK(t: string, p: number, len: number): boolean {
  const next = t[p + len];
  if (next === undefined || /\s/.test(next)) return false;
  const prev = p > 0 ? t[p - 1] : undefined;
  if (prev !== undefined) {
    const k = OPENERS.indexOf(prev);
    if (k >= 0 && CLOSERS[k] === next) return false;
  }
  return true;
}
/** Characters that may follow an inline end-string. */
function endOK(t: string, q: number): boolean {
  if (q >= t.length) return true;
  const c = t[q] as string;
  return /\s/.test(c) || '\'")]}>-/:.,;!?\\’”»›‐‑‒–— '.includes(c);
}

/**
 * Find the end-string `end` after `from`: preceded by non-whitespace, followed
 * by an end character. A search that fails from `from` fails from any later
 * point too; `failed` remembers that, so unclosed markup costs linear time.
 */
function findEnd(t: string, from: number, end: string, failed: Map<string, number>, suffix?: RegExp): { at: number; after: number } | undefined {
  const key = suffix ? `${end}${suffix.source}` : end;
  if (from >= (failed.get(key) ?? Infinity)) return undefined;
  const found = searchEnd(t, from, end, suffix);
  if (!found) failed.set(key, Math.min(from, failed.get(key) ?? Infinity));
  return found;
}

function searchEnd(t: string, from: number, end: string, suffix?: RegExp): { at: number; after: number } | undefined {
  let q = t.indexOf(end, from);
  while (q !== -1) {
    const before = t[q - 1];
    if (before !== undefined && !/\s/.test(before) && before !== '\\') {
      let after = q + end.length;
      if (suffix) {
        suffix.lastIndex = after;
        const m = suffix.exec(t);
        if (m) after += m[0].length;
      }
      if (endOK(t, after)) return { at: q, after };
    }
    q = t.indexOf(end, q + 1);
  }
  return undefined;
}

const ROLE = /:([A-Za-z0-9]+(?:[-_.+:][A-Za-z0-9]+)*):`/y;
const ROLE_SUFFIX = /:[A-Za-z0-9]+(?:[-_.+:][A-Za-z0-9]+)*:|__?/y;
const FOOTNOTE_REF = /\[(#[A-Za-z0-9_.-]*|\*|\d+|[A-Za-z0-9][\w.-]*)\]_/y;
const SCHEME = /(?:https?|ftp|ftps|sftp|file|git|ssh|nfs|rsync|svn|irc|ldap|tftp|telnet|mailto|news)$/i;
const URL_BODY = /[^\s<>`"]*/y;
const EMAIL_LOCAL = /[A-Za-z0-9._%+-]+$/;
const EMAIL_DOMAIN = /[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/y;
const NAME_BACK = /[A-Za-z0-9]+(?:[-._+:][A-Za-z0-9]+)*$/;
const SPECIAL = /[\\`:*|[_@]/g;

/**
 * "title <target>": the title (trailing whitespace dropped) and the target, or
 * undefined. What /^([\s\S]*?)\s*<([^<>]*)>$/ matches, without its quadratic
 * backtracking over a long run of whitespace.
 */
function titleAndTarget(content: string): [string, string] | undefined {
  if (!content.endsWith('>')) return undefined;
  const lt = content.lastIndexOf('<');
  if (lt < 0) return undefined;
  const target = content.slice(lt + 1, -1);
  if (target.includes('>')) return undefined;
  return [content.slice(0, lt).trimEnd(), target];
}

export interface InlineOptions {
  /** Characters at the end of the block's text that are not content (the "::" of a literal-block lead-in). */
  dropTail?: number;
}

/** Parse the inline content of a block given as line views. */
export function parseInline(src: Source, views: LineView[], opts: InlineOptions = {}): Inline[] {
  const j = join(src, views);
  const t = j.text;
  const n = t.length - (opts.dropTail ?? 0);
  const out: Inline[] = [];
  const pos = (a: number, b: number) => positionOf(src, toSource(j, a), toSource(j, b));

  const texts = (a: number, b: number): Text[] => {
    if (a >= b) return [];
    if (j.identity) return [{ type: 'text', value: t.slice(a, b), position: pos(a, b) }];
    // Split at piece boundaries so no text node spans another cell's text.
    const nodes: Text[] = [];
    let s = a;
    for (let k = 0; k <= j.pieceAt.length; k++) {
      const boundary = k < j.pieceAt.length ? (j.pieceAt[k] as number) - 1 : b;
      if (boundary <= s) continue;
      const e = Math.min(boundary, b);
      if (e > s) nodes.push({ type: 'text', value: t.slice(s, e), position: pos(s, e) });
      s = e + 1;
      if (s >= b) break;
    }
    return nodes;
  };

  const failed = new Map<string, number>();
  let textStart = 0;
  const emit = (from: number, node: Inline, to: number) => {
    for (const tn of texts(textStart, from)) out.push(tn);
    out.push(node);
    textStart = to;
  };

  let p = 0;
  while (p < n) {
    // Jump to the next character that can start or end markup.
    SPECIAL.lastIndex = p;
    if (!SPECIAL.test(t)) break;
    p = SPECIAL.lastIndex - 1;
    if (p >= n) break;
    const c = t.charCodeAt(p);
    if (c === 92) { p += 2; continue; } // backslash escape
    if (c === 96) { // `
      if (t.charCodeAt(p + 1) === 96) { // ``literal``
        if (startOK(t, p) && openOK(t, p, 2)) {
          const e = findEnd(t, p + 2, '``', failed);
          if (e && e.after <= n) {
            emit(p, { type: 'inlineLiteral', value: t.slice(p + 2, e.at), position: pos(p, e.after) }, e.after);
            p = e.after;
            continue;
          }
        }
        p += 2;
        continue;
      }
      if (startOK(t, p) && openOK(t, p, 1)) {
        const e = findEnd(t, p + 1, '`', failed, ROLE_SUFFIX);
        if (e && e.after <= n) {
          const content = t.slice(p + 1, e.at);
          const suffix = t.slice(e.at + 1, e.after);
          if (suffix.startsWith('_')) {
            const m = titleAndTarget(content);
            const text = m ? m[0] : content;
            const node: Inline = {
              type: 'reference', text, url: m ? m[1] : undefined,
              position: pos(p, e.after), textPosition: pos(p + 1, p + 1 + text.length),
            };
            emit(p, node, e.after);
          } else {
            const role = suffix ? suffix.slice(1, -1) : '';
            emit(p, roleNode(role, content, p + 1, pos(p, e.after), pos), e.after);
          }
          p = e.after;
          continue;
        }
      }
      p++;
      continue;
    }
    if (c === 58) { // :role:`...` or the ":" of a URL scheme
      ROLE.lastIndex = p;
      const m = startOK(t, p) ? ROLE.exec(t) : null;
      if (m) {
        const open = p + m[0].length;
        const e = findEnd(t, open, '`', failed);
        if (e && e.after <= n) {
          emit(p, roleNode(m[1] as string, t.slice(open, e.at), open, pos(p, e.after), pos), e.after);
          p = e.after;
          continue;
        }
      }
      const url = matchUrl(t, p, textStart, n);
      if (url) {
        emit(url[0], { type: 'url', value: t.slice(url[0], url[1]), position: pos(url[0], url[1]) }, url[1]);
        p = url[1];
        continue;
      }
      p++;
      continue;
    }
    if (c === 42) { // **strong** or *emphasis*
      const strong = t.charCodeAt(p + 1) === 42;
      const len = strong ? 2 : 1;
      if (startOK(t, p) && openOK(t, p, len) && !(strong && t.charCodeAt(p + 2) === 42)) {
        const e = findEnd(t, p + len, strong ? '**' : '*', failed);
        if (e && e.after <= n && (strong || t.charCodeAt(e.at - 1) !== 42)) {
          const inner = texts(p + len, e.at);
          emit(p, { type: strong ? 'strong' : 'emphasis', children: inner, position: pos(p, e.after) }, e.after);
          p = e.after;
          continue;
        }
      }
      p += len;
      continue;
    }
    if (c === 124) { // |substitution|
      if (startOK(t, p) && openOK(t, p, 1)) {
        const e = findEnd(t, p + 1, '|', failed, /__?/y);
        if (e && e.after <= n && !t.slice(p + 1, e.at).includes('\n\n')) {
          emit(p, { type: 'substitutionReference', name: t.slice(p + 1, e.at), position: pos(p, e.after) }, e.after);
          p = e.after;
          continue;
        }
      }
      p++;
      continue;
    }
    if (c === 91) { // [#]_ footnote reference
      FOOTNOTE_REF.lastIndex = p;
      const m = startOK(t, p) || /\w/.test(t[p - 1] ?? '') ? FOOTNOTE_REF.exec(t) : null;
      if (m && endOK(t, p + m[0].length) && p + m[0].length <= n) {
        const to = p + m[0].length;
        emit(p, { type: 'footnoteReference', label: m[1] as string, position: pos(p, to) }, to);
        p = to;
        continue;
      }
      p++;
      continue;
    }
    if (c === 95) { // _`inline target`, or the "_" ending a reference name_
      if (t.charCodeAt(p + 1) === 96 && startOK(t, p) && openOK(t, p, 2)) {
        const e = findEnd(t, p + 2, '`', failed);
        if (e && e.after <= n) {
          const text = t.slice(p + 2, e.at);
          emit(p, { type: 'inlineTarget', text, position: pos(p, e.after), textPosition: pos(p + 2, e.at) }, e.after);
          p = e.after;
          continue;
        }
      }
      const underscores = t.charCodeAt(p + 1) === 95 ? 2 : 1;
      if (p > textStart && /[A-Za-z0-9]/.test(t[p - 1] as string) && endOK(t, p + underscores) && p + underscores <= n) {
        const m = NAME_BACK.exec(t.slice(Math.max(textStart, p - 100), p));
        const from = m ? p - (m[0] as string).length : p;
        if (m && startOK(t, from)) {
          const to = p + underscores;
          emit(from, { type: 'reference', text: m[0], position: pos(from, to), textPosition: pos(from, p) }, to);
          p = to;
          continue;
        }
      }
      p += underscores;
      continue;
    }
    if (c === 64) { // e-mail address
      const m = EMAIL_LOCAL.exec(t.slice(Math.max(textStart, p - 64), p));
      if (m) {
        EMAIL_DOMAIN.lastIndex = p + 1;
        const d = EMAIL_DOMAIN.exec(t);
        const from = p - (m[0] as string).length;
        if (d && startOK(t, from)) {
          const to = Math.min(n, p + 1 + d[0].length);
          emit(from, { type: 'url', value: t.slice(from, to), position: pos(from, to) }, to);
          p = to;
          continue;
        }
      }
    }
    p++;
  }
  for (const tn of texts(textStart, n)) out.push(tn);
  return out;
}

function roleNode(role: string, content: string, contentAt: number, position: Inline['position'],
  pos: (a: number, b: number) => Inline['position']): Inline {
  const m = titleAndTarget(content);
  if (m && m[0].trim()) {
    const title = m[0];
    return { type: 'role', role, value: content, title, position, titlePosition: pos(contentAt, contentAt + title.length) };
  }
  return { type: 'role', role, value: content, position };
}

/** A bare URL whose scheme ends at the ":" at `p`: [start, end) or undefined. */
function matchUrl(t: string, p: number, textStart: number, n: number): [number, number] | undefined {
  const m = SCHEME.exec(t.slice(Math.max(textStart, p - 8), p));
  if (!m) return undefined;
  const from = p - m[0].length;
  if (from > 0 && /[A-Za-z0-9]/.test(t[from - 1] as string)) return undefined;
  const scheme = m[0].toLowerCase();
  if (scheme !== 'mailto' && scheme !== 'news' && !t.startsWith('//', p + 1)) return undefined;
  URL_BODY.lastIndex = p + 1;
  const body = URL_BODY.exec(t);
  let to = p + 1 + (body ? body[0].length : 0);
  while (to > p + 1 && /[.,;:!?)'\]}*]/.test(t[to - 1] as string)) to--;
  if (to <= p + 3) return undefined;
  return [from, Math.min(to, n)];
}
