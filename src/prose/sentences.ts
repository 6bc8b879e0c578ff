/**
 * Sentences and words of a prose unit, via parse-english, in source offsets.
 * A post-pass mends parse-english's abbreviation handling: it ends sentences
 * after "vs.", "Fig.", "approx." and "cf.", and runs on past "etc." at the end
 * of a sentence; and it ends one before a name written with a small letter
 * ("... only. s390 Secure Execution ...", "... here. pKVM guests ...").
 */
import { ParseEnglish } from 'parse-english';
import type { ProseUnit } from './units.js';
import { memoByText } from '../memo.js';

export interface Word {
  start: number;
  end: number;
  value: string;
}

export interface Sentence {
  /** Source offsets. */
  start: number;
  end: number;
  /** The sentence's prose text (markup masked), `end - start` long. */
  text: string;
  words: Word[];
}

const parser = new ParseEnglish();

/** Abbreviations after which parse-english wrongly ends a sentence. */
const NOT_AN_END = new Set([
  'vs', 'Vs', 'Fig', 'fig', 'Figs', 'figs', 'approx', 'Approx', 'cf', 'Cf', 'resp', 'incl', 'viz', 'ca', 'al',
  'Dr', 'Mr', 'Mrs', 'Ms', 'Prof', 'Sec', 'sec', 'Eq', 'eq', 'Ref', 'ref', 'Ch', 'ch', 'Vol', 'vol', 'pp',
]);

interface Raw { start: number; end: number; words: Word[] }

export function sentencesOf(unit: ProseUnit): Sentence[] {
  return sentencesOfText(unit.text, unit.start);
}

/**
 * parse-english (parse-latin) merges tokens with `push(...children)`, a RangeError past
 * ~125,000 tokens in one sentence (a 700 kB paragraph without a full stop). Longer texts are
 * read in pieces of at most this many characters (so at most this many tokens), cut after a
 * sentence end where there is one: a sentence longer than this is read as several.
 */
export const MAX_PIECE = 32 * 1024;

/** Where to end the piece of `text` that starts at `from`: after a sentence end, else a space. */
function pieceEnd(text: string, from: number): number {
  const limit = from + MAX_PIECE;
  if (limit >= text.length) return text.length;
  const window = text.slice(from + MAX_PIECE / 2, limit);
  let cut = -1;
  for (const m of window.matchAll(/[.!?]["')\]]?\s/g)) cut = m.index + m[0].length;
  if (cut < 0) { const space = window.search(/\s\S*$/); cut = space < 0 ? -1 : space + 1; }
  let end = cut < 0 ? limit : from + MAX_PIECE / 2 + cut;
  // Never between the halves of a surrogate pair.
  if (end < text.length && /[\uD800-\uDBFF]/.test(text[end - 1] as string)) end--;
  return end;
}

/** Sentences of `text`, a prose string that starts at source offset `base`. */
export function sentencesOfText(text: string, base = 0): Sentence[] {
  if (text.length <= MAX_PIECE) return sentencesOfPiece(text, base);
  const out: Sentence[] = [];
  for (let from = 0; from < text.length;) {
    const end = pieceEnd(text, from);
    for (const s of sentencesOfPiece(text.slice(from, end), base + from)) out.push(s);
    from = end;
  }
  return out;
}

/** A piece's mended sentences, relative to it: the editor asks again for every unchanged paragraph. */
const recentPieces = memoByText(8192, (text: string) => splitBeforeLowerName(text, splitAfterEtc(text, mergeAbbreviations(text, rawSentences(text)))));

function sentencesOfPiece(text: string, base: number): Sentence[] {
  return recentPieces(text).map((s) => ({
    start: base + s.start,
    end: base + s.end,
    text: text.slice(s.start, s.end),
    words: s.words.map((w) => ({ start: base + w.start, end: base + w.end, value: w.value })),
  }));
}

function rawSentences(text: string): Raw[] {
  const raw: Raw[] = [];
  const tree = parser.parse(text);
  for (const para of tree.children) {
    if (para.type !== 'ParagraphNode') continue;
    for (const s of para.children) {
      if (s.type !== 'SentenceNode') continue;
      const words: Word[] = [];
      for (const w of s.children) {
        if (w.type !== 'WordNode') continue;
        const a = w.position?.start.offset ?? 0;
        const b = w.position?.end.offset ?? 0;
        words.push({ start: a, end: b, value: text.slice(a, b) });
      }
      raw.push({ start: s.position?.start.offset ?? 0, end: s.position?.end.offset ?? 0, words });
    }
  }
  return raw;
}

function mergeAbbreviations(text: string, raw: Raw[]): Raw[] {
  const out: Raw[] = [];
  for (const s of raw) {
    const prev = out[out.length - 1];
    const last = prev?.words[prev.words.length - 1];
    if (prev && last && NOT_AN_END.has(last.value) && text[last.end] === '.' && prev.end <= last.end + 1) {
      prev.end = s.end;
      for (const w of s.words) prev.words.push(w); // not push(...words): a sentence may have more words than a call has arguments
    } else {
      out.push({ start: s.start, end: s.end, words: [...s.words] });
    }
  }
  return out;
}

/** "... devices etc. The next ..." is two sentences. */
function splitAfterEtc(text: string, raw: Raw[]): Raw[] {
  const out: Raw[] = [];
  for (const s of raw) {
    let cur = s;
    for (let k = 0; k + 1 < cur.words.length; k++) {
      const w = cur.words[k] as Word;
      const next = cur.words[k + 1] as Word;
      if (w.value === 'etc.' && /^[A-Z][a-z]/.test(next.value) && /^\s+$/.test(text.slice(w.end, next.start))) {
        out.push({ start: cur.start, end: w.end, words: cur.words.slice(0, k + 1) });
        cur = { start: next.start, end: cur.end, words: cur.words.slice(k + 1) };
        k = -1;
      }
    }
    out.push(cur);
  }
  return out;
}

/**
 * "... the x86 technologies only. s390 Secure Execution protects ...": parse-english reads a
 * small letter after a full stop as the same sentence going on. A name spelled with a small
 * first letter and a digit or a capital inside (s390, x86, pKVM, arm64, eBPF) starts one; so
 * does any word after a code span that opens the next sentence ("... memory. `rc-sev` only
 * encrypts ..."): the span is blanked in prose, a run of four or more spaces.
 */
function splitBeforeLowerName(text: string, raw: Raw[]): Raw[] {
  const out: Raw[] = [];
  for (const s of raw) {
    let cur = s;
    for (let k = 1; k + 1 < cur.words.length; k++) {
      const w = cur.words[k] as Word;
      const next = cur.words[k + 1] as Word;
      const gap = text.slice(w.end, next.start);
      if (!/^[a-z][a-z]*(?:\d|[A-Z])/.test(next.value) && !/ {4}/.test(gap)) continue;
      // The full stop is the word's own (parse-english keeps "x86." together) or follows it.
      const own = w.value.endsWith('.');
      if (!/^\s+$/.test(gap) && !/^\.\s+$/.test(gap)) continue;
      if (!own && text[w.end] !== '.') continue;
      // Not after an abbreviation or an initial ("e.g. x86", "cf. s390", "i.e. pKVM", "v1.2. x86").
      const bare = own ? w.value.slice(0, -1) : w.value;
      if (!/^[A-Za-z][A-Za-z0-9-]+$/.test(bare) || NOT_AN_END.has(bare) || /^(?:eg|ie|etc|al|vs)$/i.test(bare)) continue;
      out.push({ start: cur.start, end: own ? w.end : w.end + 1, words: cur.words.slice(0, k + 1) });
      // A code span opening the sentence is part of it (its subject, often).
      const code = /^[a-z][a-z]*(?:\d|[A-Z])/.test(next.value) ? -1 : gap.search(/ {4}/);
      cur = { start: code >= 0 ? w.end + code : next.start, end: cur.end, words: cur.words.slice(k + 1) };
      k = 0;
    }
    out.push(cur);
  }
  return out;
}
