/**
 * Abbreviations a document defines, read as their long form: after "The Attestation Service (AS
 * or CoCo-AS) verifies hardware evidence", a reader takes "the AS" for the attestation service.
 * A definition is a run of words followed by a bracket that opens with an upper-case
 * abbreviation whose capitals are the initials of those words ("Key Broker Service (KBS)",
 * "Request-Challenge-Attestation-Response (RCAR)"); small words may stand between them ("Root
 * of Trust (RoT)"). An abbreviation defined with two different long forms is left alone.
 */
import { memoByText } from '../memo.js';

/** Words an abbreviation's initials skip. */
const SMALL = new Set(['of', 'the', 'and', 'for', 'a', 'an', 'to', 'in', 'on', 'by', 'with']);

/** "(AS", "(KBS,", "(AS or CoCo-AS)": the abbreviation that opens a bracket. */
const OPENING = /\(\s*([A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)\s*(?=[),;/]|\s+or\s)/g;

/** The long form the abbreviation's capitals spell at the end of `before`, if they do. */
export function longFormBefore(before: string, abbreviation: string): string | undefined {
  const initials = abbreviation.replace(/[^A-Z]/g, '');
  if (initials.length < 2 || initials.length > 8) return undefined;
  // The words before the bracket, split at spaces and hyphens, with their offsets.
  const words = [...before.slice(-200).matchAll(/[A-Za-z][A-Za-z0-9']*/g)];
  const base = Math.max(0, before.length - 200);
  let k = words.length - 1;
  if (k < 0 || /\S/.test(before.slice(base + (words[k]?.index ?? 0) + (words[k]?.[0].length ?? 0)).replace(/["'’”*_`]/g, ''))) return undefined;
  let first = -1;
  for (let c = initials.length - 1; c >= 0; c--) {
    while (k >= 0 && SMALL.has((words[k]?.[0] ?? '').toLowerCase()) && (words[k]?.[0][0] ?? '').toUpperCase() !== initials[c]) k--;
    const w = words[k]?.[0];
    if (!w || w[0]?.toUpperCase() !== initials[c]) return undefined;
    first = k;
    k--;
  }
  const start = base + (words[first]?.index ?? 0);
  // Only words, spaces and hyphens between the first word and the bracket: a sentence break is no long form.
  const long = before.slice(start).trim();
  return /^[A-Za-z0-9' -]+$/.test(long.replace(/\s+/g, ' ')) ? long.replace(/\s+/g, ' ') : undefined;
}

/** The definitions one prose unit makes, remembered by its text (the editor asks again for every unchanged paragraph). */
const definitionsIn = memoByText(16384, (unit: string): [string, string][] => {
  if (!unit.includes('(')) return [];
  const text = unit.replace(/\s+/g, ' ');
  const out: [string, string][] = [];
  for (const m of text.matchAll(OPENING)) {
    const long = longFormBefore(text.slice(0, m.index), m[1] as string);
    if (long) out.push([m[1] as string, long]);
  }
  return out;
}, { ownKeys: true });

/** Abbreviation → long form, for the definitions in the document's prose units. */
export function documentAbbreviations(units: string[]): Map<string, string> {
  const found = new Map<string, string | null>();
  for (const unit of units) {
    for (const [abbreviation, long] of definitionsIn(unit)) {
      const had = found.get(abbreviation);
      if (had === undefined) found.set(abbreviation, long);
      else if (had !== null && had.toLowerCase() !== long.toLowerCase()) found.set(abbreviation, null);
    }
  }
  const out = new Map<string, string>();
  for (const [a, long] of found) if (long) out.set(a, long);
  return out;
}

/** The words of a text that could be abbreviations: a capital after the first letter (every abbreviation has two). */
const capitalWords = memoByText(16384, (text: string): string[] => {
  const out = new Set<string>();
  for (const w of text.split(/[^A-Za-z0-9-]+/)) if (/[A-Z]/.test(w.slice(1))) out.add(w);
  return [...out];
});

/** The document's abbreviations that stand in `text` as words, sorted (a key for memoised readings). */
export function abbreviationsIn(text: string, abbreviations: Map<string, string>): string[] {
  if (abbreviations.size === 0) return [];
  return capitalWords(text).filter((w) => abbreviations.has(w)).sort();
}
