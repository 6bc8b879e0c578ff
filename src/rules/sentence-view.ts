/**
 * A sentence as the claim rules read it (rules/check.ts): its prose, mentions and scope words,
 * and, computed on first use, its tagged tokens and everything a property's reading of it
 * depends on (the memo key that lets the editor skip unchanged sentences). Per document: the
 * headings' words, the proper names and the abbreviations it defines, tagged once.
 *
 * Input: the document context and the compiled rule set; output: a view per (unit, sentence).
 */
import type { Sentence } from '../prose/sentences.js';
import type { ProseUnit } from '../prose/units.js';
import type { Token } from '../prose/nlp.js';
import type { Matcher, Mention } from '../scope/mentions.js';
import { boundedMemo, memoByText, perObject, type Recall } from '../memo.js';
import { sentenceScope, type SentenceScope } from '../scope/sentence.js';
import type { DocumentContext } from '../scope/document.js';
import { documentProperNames } from '../prose/proper-names.js';
import { abbreviationsIn, documentAbbreviations } from '../prose/abbreviations.js';
import { taggedOnce, type TaggedSentence } from './frames.js';
import type { CompiledRuleSet } from './compile.js';

const ALL_CAPS = /^[^a-z]*[A-Z][^a-z]*$/;

export interface SentenceView {
  unit: ProseUnit;
  sentence: Sentence;
  /** The sentence's prose with every whitespace a space (same length). */
  text: string;
  /** Mentions with sentence-relative offsets. */
  mentions: Mention[];
  scope: SentenceScope;
  /** Tokens, parts of speech and chunks, computed on first use (only sentences a frame may match). */
  tagged(): TaggedSentence;
  /** The words of the innermost section title above the sentence (lower case). */
  heading: Set<string>;
  /** Does it name a technology or platform (then it is about confidential guests)? */
  namesTechnology(): boolean;
  /**
   * It refers back to what the sentence before named ("These environments ..."), which makes it
   * about confidential guests too. Set before the sentence is read.
   */
  refersBack?: boolean;
  /** All that a property's reading of the sentence depends on, as one string (claimOf's memo). */
  readingKey(): string;
  /** Does it hold an abbreviation the document defines (read as its long form's words)? */
  abbreviated(): boolean;
}

const properNamesMemo = new WeakMap<DocumentContext, Set<string>>();
/** The words the document only writes capitalised (prose/proper-names.ts), once per document. */
export function properNamesIn(ctx: DocumentContext): Set<string> {
  let names = properNamesMemo.get(ctx);
  if (!names) properNamesMemo.set(ctx, (names = documentProperNames(ctx.units.map((u) => u.text))));
  return names;
}

/** The views of a document's sentences, sharing the document's headings, names and abbreviations. */
export function sentenceViews(ctx: DocumentContext, rs: CompiledRuleSet): (unit: ProseUnit, sentence: Sentence) => SentenceView {
  // The words of the section titles above a unit (ProseUnit.sections), once per chain (units
  // under the same sections share it): a sentence under "Launch measurement" > "Validating it"
  // is read in launch context.
  const headings = new Map<string[], Set<string>>();
  const headingOf = (unit: ProseUnit): Set<string> => {
    let h = headings.get(unit.sections);
    if (!h) headings.set(unit.sections, (h = new Set(unit.sections.join(' ').toLowerCase().split(/[^a-z]+/).filter(Boolean))));
    return h;
  };
  const headingKeys = new Map<string[], string>();
  const headingKeyOf = (unit: ProseUnit) => {
    let k = headingKeys.get(unit.sections);
    if (k === undefined) headingKeys.set(unit.sections, (k = [...headingOf(unit)].sort().join(' ')));
    return k;
  };
  const properNamesOf = () => properNamesIn(ctx);
  let abbreviations: Map<string, string> | undefined;
  const abbreviationsOf = () => (abbreviations ??= documentAbbreviations(ctx.units.map((u) => u.text)));
  const longForms = new Map<string, Token[]>();
  /** The long forms of the abbreviations in a sentence, tagged once per document. */
  const longFormsIn = (own: string[]): Map<string, Token[]> | undefined => {
    if (own.length === 0) return undefined;
    const out = new Map<string, Token[]>();
    for (const a of own) {
      let tokens = longForms.get(a);
      if (!tokens) longForms.set(a, (tokens = rs.tagger.tag(abbreviationsOf().get(a) as string)));
      out.set(a, tokens);
    }
    return out;
  };
  const viewOf = (unit: ProseUnit, sentence: Sentence): SentenceView => {
    const text = spaced(sentence.text);
    const mentions = ctx.matcher.find(text, unit.kind === 'title' && ALL_CAPS.test(text), ctx.isCoco);
    const scope = scopeOf(ctx, text, unit.kind === 'title' && ALL_CAPS.test(text), mentions);
    let t: TaggedSentence | undefined;
    let key: string | undefined;
    const heading = headingOf(unit);
    let own: string[] | undefined;
    const ownAbbreviations = () => (own ??= abbreviationsIn(text, abbreviationsOf()));
    let names: boolean | undefined;
    // By a name in its words, or one the page gave a technology in code ("On `ncvm-z`, ...").
    const namesTechnology = () => (names ??= view.refersBack || mentions.length > 0 || !!ctx.matcher.codeNames?.(ctx.text.slice(sentence.start, sentence.start + sentence.text.length)).length);
    const view: SentenceView = {
      unit, sentence, text, mentions, scope, heading,
      tagged: () => (t ??= taggedOnce(rs.lexicon, rs.tagger.tag(text), mentions.filter((m) => m.kind === 'technology'), properNamesOf(), longFormsIn(ownAbbreviations()))),
      namesTechnology,
      abbreviated: () => ownAbbreviations().length > 0,
      // The text, whether it names a technology, the heading's words, the document's proper
      // names and abbreviations among its words: what the frames, the patterns and the modality checks read.
      readingKey: () => (key ??= `${namesTechnology() ? 1 : 0}|${headingKeyOf(unit)}|${ownProperNames(text, properNamesOf())}|${ownAbbreviations().map((a) => `${a}=${abbreviationsOf().get(a)}`).join(',')}|${text}`),
    };
    return view;
  };
  return viewOf;
}

/**
 * A sentence's own scope (scope/sentence.ts), remembered: it depends on the sentence's words, its
 * mentions (the matcher's, by the same words and flags) and the page's table sets, all of which
 * are the same objects from one keystroke to the next while they are unchanged.
 */
function scopeOf(ctx: DocumentContext, text: string, allCaps: boolean, mentions: Mention[]): SentenceScope {
  const sets = ctx.isCoco ? ctx.tableSets() : undefined;
  const memos = scopes(ctx.matcher)(sets ?? NO_TABLE_SETS);
  // One memo per flag pair, keyed by the text itself (the same string as last time: no new key to hash).
  return (memos[(allCaps ? 2 : 0) + (ctx.isCoco ? 1 : 0)] as Recall<SentenceScope>)(text, () => sentenceScope(text, mentions, ctx.all, { tableSets: sets }));
}
const scopes = perObject<Matcher, (sets: object) => Recall<SentenceScope>[]>(() => perObject(() => [0, 1, 2, 3].map(() => boundedMemo<SentenceScope>(16384))));
/** A sentence's text with every white space a space, the same string for the same sentence. */
const spaced = memoByText(16384, (text: string) => text.replace(/\s/g, ' '));
const NO_TABLE_SETS = {};

/** The words of `text` that are among the document's proper names, sorted. */
function ownProperNames(text: string, names: Set<string>): string {
  if (names.size === 0) return '';
  return [...new Set(text.toLowerCase().split(/[^a-z]+/).filter((w) => names.has(w)))].sort().join(' ');
}
