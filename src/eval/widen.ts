/**
 * Over-claims made from correctly scoped text (issue 11): in a claim the rules recognise and
 * find correctly scoped (no finding), the technology that scopes it is replaced by an umbrella
 * that covers a technology the property breaks for ("SEV-SNP guests" -> "confidential guests"
 * in an integrity claim), and the document is linted again with only that sentence changed.
 * A finding of the same property on the widened sentence, naming a technology the umbrella
 * brought in, is a hit. Silence cannot pass a precision set; this is its recall.
 *
 * What the widening expects comes from the rule data alone (the property's values, with the
 * recognised reading's own where its frame has them), never from the scope resolution it tests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintText } from '../engine/lint.js';
import type { RecognisedClaim } from '../rules/check.js';
import type { RuleSet, Value } from '../rules/types.js';
import { parseDocument, syntaxOf } from '../engine/syntax.js';
import { proseUnits, type ProseUnit } from '../prose/units.js';
import { pathWords } from '../scope/document.js';
import { makeMatcher, type Matcher, type Mention } from '../scope/mentions.js';
import { sentenceHash } from './claims.js';

export interface WidenedClaim {
  file: string;
  /** Line of the sentence, and the hash of its original text (it is never stored). */
  line: number;
  hash: string;
  property: string;
  negated: boolean;
  /** The umbrella phrase put in place of the technology. */
  umbrella: string;
  /** The widened sentence (built at run time from the document; printed, never saved). */
  widened: string;
  /** Technologies the umbrella covers for which the claim is wrong. */
  expected: string[];
  /** What claimlint reported for the widened sentence: breaking technologies of the property's finding. */
  breaks: string[];
  found: boolean;
  /**
   * Where the widened umbrella stands: `open` (no enclosing title, section or file name names a
   * technology or a narrowing umbrella: it is read at its own coverage, and a finding is expected), or `narrowed`
   * (DESIGN §2: levels narrow each other, so "confidential guests" on a page titled "Intel TDX"
   * means TDX guests, and silence is the designed reading).
   */
  place: 'open' | 'narrowed';
}

// A technology named as a contrast, an exception, an addition or an example is not what scopes
// the claim ("unlike SEV", "in addition to the SGX quote", "TEEs such as SGX"): no qualifier to widen.
const SET_ASIDE = /\b(?:unlike|in contrast to|contrary to|than|except(?: for)?|other than|instead of|not|in addition to|on top of|besides|beyond|such as|e\.g\.|for example|including|like)\s+(?:[^\s,;]+\s+){0,2}$/i;
const GUEST_NOUN = /^\s+(guests?|VMs?|virtual machines?)\b/;

/** Replace the technology mentions of `sentence` by "confidential computing", or with the guest noun after them by "confidential guests" (VMs, ...), right to left. */
function widen(sentence: string, mentions: Mention[], guestForm: boolean): string {
  let out = sentence;
  for (const m of [...mentions].sort((a, b) => b.start - a.start)) {
    let end = m.end;
    let phrase = 'confidential computing';
    const noun = GUEST_NOUN.exec(out.slice(end));
    if (guestForm && noun) {
      phrase = `confidential ${noun[1] as string}`;
      end += noun[0].length;
    }
    out = out.slice(0, m.start) + phrase + out.slice(end);
  }
  return out
    .replace(/(confidential (?:computing|guests?|VMs?|virtual machines?))((?:,| and| or|\/)\s*\1)+/g, '$1')
    .replace(/\b([Aa])n (confidential)/g, '$1 $2')
    .replace(/^confidential/, 'Confidential');
}

/**
 * Does a title, section or the file name above `offset` scope it (an explicit level of DESIGN §2):
 * a technology, or a narrowing umbrella ("x86", "AMD"; a CoCo umbrella narrows nothing)?
 */
function explicitlyScoped(matcher: Matcher, path: string, units: ProseUnit[], offset: number): boolean {
  const names = (t: string) => matcher.find(t, true).some((m) => m.kind === 'technology' || !m.umbrella?.coco);
  if (names(pathWords(path))) return true;
  const unit = units.find((u) => u.start <= offset && offset < u.end);
  return !!unit?.sections.some(names);
}

/** Every widened over-claim made from the correctly scoped claims of `files` (relative to `root`). */
export function widenedClaims(root: string, files: string[], ruleSets: RuleSet[]): WidenedClaim[] {
  const ruleSet = ruleSets[0] as RuleSet;
  const matcher = makeMatcher(ruleSet);
  const mainline = new Set(ruleSet.technologies.filter((t) => t.status !== 'proposal').map((t) => t.id));
  const vm = new Set(ruleSet.technologies.filter((t) => t.vm).map((t) => t.id));
  const out: WidenedClaim[] = [];
  for (const rel of files) {
    const text = readFileSync(join(root, rel), 'utf8').replace(/^\uFEFF/, '');
    const claims: RecognisedClaim[] = [];
    lintText(text, { path: rel, ruleSets, onClaim: (c) => claims.push(c) });
    const done = new Set<string>();
    let units: ProseUnit[] | undefined;
    for (const c of claims) {
      const key = `${c.sentence.start} ${c.property}`;
      if (c.breaks.length || done.has(key)) continue;
      done.add(key);
      const sentence = text.slice(c.sentence.start, c.sentence.end);
      const mentions = matcher.find(sentence, false, true);
      const named = mentions.filter((m) => m.kind === 'technology');
      // Only a sentence whose one qualifier is its technologies: another narrowing word ("AMD",
      // "arm64", "cloud") or a contrast would keep or change the scope.
      if (!named.length || mentions.some((m) => m.kind === 'umbrella' && !m.umbrella?.coco)) continue;
      if (named.some((m) => SET_ASIDE.test(sentence.slice(Math.max(0, m.start - 40), m.start)))) continue;
      const property = ruleSet.properties.find((p) => p.id === c.property);
      if (!property) continue;
      const values: Record<string, Value | undefined> = { ...property.values, ...c.values };
      const wrong = (ids: Iterable<string>) => [...ids].filter((id) => mainline.has(id) && values[id] === (c.negated ? 'holds' : 'breaks')).sort();
      // "SEV guests" -> "confidential guests" when that covers a breaking technology; else the whole field.
      const guestForm = named.some((m) => GUEST_NOUN.test(sentence.slice(m.end))) && wrong(vm).length > 0;
      const expected = guestForm ? wrong(vm) : wrong(mainline);
      if (!expected.length) continue;
      const widened = widen(sentence, named, guestForm);
      const changed = text.slice(0, c.sentence.start) + widened + text.slice(c.sentence.end);
      const after: RecognisedClaim[] = [];
      lintText(changed, { path: rel, ruleSets, onClaim: (x) => after.push(x) });
      const own = after.filter((x) => x.property === c.property && x.sentence.start === c.sentence.start && x.breaks.length);
      const breaks = [...new Set(own.flatMap((x) => x.breaks))].sort();
      out.push({
        file: rel, line: text.slice(0, c.sentence.start).split('\n').length, hash: sentenceHash(sentence),
        property: c.property, negated: c.negated, umbrella: guestForm ? 'confidential guests' : 'confidential computing',
        widened, expected, breaks, found: breaks.some((id) => expected.includes(id)),
        place: explicitlyScoped(matcher, rel, (units ??= proseUnits(parseDocument(text, { syntax: syntaxOf(rel) }), text)), c.sentence.start) ? 'narrowed' : 'open',
      });
    }
  }
  return out;
}
