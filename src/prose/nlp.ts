/**
 * Tokens, parts of speech and lemmas of a sentence, from wink-nlp with its
 * English web model (measured against compromise, wink-pos-tagger and
 * parse-english in docs/semantics.md), plus a small table of corrections for
 * this domain's traps ("can neither read nor write", "at will", acronym
 * plurals). Loading the model costs about 150 ms, so it is loaded on first
 * use: only a CoCo document with a candidate sentence pays for it.
 */
import { createRequire } from 'node:module';
import { debug, prefetchTags, type RawTag, releaseTags, takeTags } from './nlp-service.js';

/** Universal parts of speech, as wink-nlp gives them. */
export type Pos =
  | 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART'
  | 'PRON' | 'PROPN' | 'PUNCT' | 'SCONJ' | 'SYM' | 'VERB' | 'X' | 'SPACE';

export interface Token {
  /** The token's text as written. */
  text: string;
  /** Lower case, for word lookups. */
  lower: string;
  /** Offsets in the tagged text. */
  start: number;
  end: number;
  pos: Pos;
  lemma: string;
}

interface WinkToken { out(what: unknown): string }
interface WinkDoc { tokens(): { each(f: (t: WinkToken) => void): void } }
interface Wink { readDoc(text: string): WinkDoc; its: { value: unknown; pos: unknown; lemma: unknown } }

const require = createRequire(import.meta.url);
let wink: Wink | undefined;

/**
 * wink-nlp and its model: from a bundle next to this file (the single-file build ships them
 * as claimlint-nlp.cjs, so that the main bundle does not parse 4 MB it seldom needs), else
 * from node_modules.
 */
function loadWink(): Wink {
  if (wink) return wink;
  let lib: { winkNLP: (model: unknown, pipe: string[]) => Wink; model: unknown };
  try {
    lib = require('./claimlint-nlp.cjs') as typeof lib;
  } catch {
    lib = { winkNLP: require('wink-nlp') as typeof lib.winkNLP, model: require('wink-eng-lite-web-model') };
  }
  wink = lib.winkNLP(lib.model, ['pos']);
  debug('tagger: model loaded in process');
  return wink;
}

/** Whether the model has been loaded in this process (the speed tests look at this). */
export function nlpLoaded(): boolean {
  return wink !== undefined;
}

const POSSESSIVE = new Set(['its', 'their', 'his', 'her', 'our', 'your', 'my', 'whose']);
const MODALS = new Set(['can', 'could', 'may', 'might', 'must', 'shall', 'should', 'will', 'would']);
const NEGATORS = /^(?:not|n't|never|neither|no|longer|either|both|also|still|even|ever|only|freely|directly|silently|arbitrarily|simply)$/;
/** Irregular forms the model leaves unlemmatised when it takes them for nouns or adjectives. */
export const IRREGULAR_LEMMAS: Readonly<Record<string, string>> = {
  written: 'write', wrote: 'write', rewritten: 'rewrite', overwritten: 'overwrite', seen: 'see', saw: 'see',
  hidden: 'hide', hid: 'hide', kept: 'keep', fed: 'feed', read: 'read', undone: 'undo', stolen: 'steal', known: 'know',
  rewound: 'rewind', held: 'hold', caught: 'catch',
};

/** The forms of a verb lemma: -s, -ed, -ing (a lookup table for the corrections, not a lemmatiser). */
function verbForms(v: string): string[] {
  const cvc = /[^aeiou][aeiou][bdgmnprt]$/.test(v) && v.length <= 6;
  const yToI = v.endsWith('y') && !/[aeiou]y$/.test(v);
  const third = yToI ? `${v.slice(0, -1)}ies` : /(?:s|sh|ch|x|z)$/.test(v) ? `${v}es` : `${v}s`;
  const past = yToI ? `${v.slice(0, -1)}ied` : v.endsWith('e') ? `${v}d` : cvc ? `${v}${v.at(-1)}ed` : `${v}ed`;
  const ing = v.endsWith('e') && !v.endsWith('ee') ? `${v.slice(0, -1)}ing` : cvc ? `${v}${v.at(-1)}ing` : `${v}ing`;
  return [v, third, past, ing, ...(cvc ? [`${v}ed`, `${v}ing`] : [])];
}

export interface Tagger {
  /** Tokens of one sentence (tag sentences one at a time: the model's tags depend on what came before). */
  tag(text: string): Token[];
  /** Sentences that will be tagged soon: a worker tags them meanwhile, where one can run (nlp-service.ts). */
  prefetch(texts: string[]): void;
  /** The document is done: forget its sentences' tags. */
  release(): void;
}

/**
 * A tagger that knows the rule set's verbs (the frames' actions): their inflected forms get the
 * verb's lemma where the model has none, and after a modal they are verbs.
 */
/** How many sentences' tokens a tagger keeps (least recently used out first). */
const RECENT_SENTENCES = 8192;

export function makeTagger(verbs: Iterable<string>): Tagger {
  const forms = new Map<string, string>(Object.entries(IRREGULAR_LEMMAS));
  for (const v of verbs) if (!v.includes(' ')) for (const f of verbForms(v)) if (!forms.has(f)) forms.set(f, v);
  // The tokens of sentences tagged lately: the editor lints a document again after every edit,
  // and most of its sentences have not changed. Tokens are not changed once made.
  const recent = new Map<string, Token[]>();
  const tag = (text: string): Token[] => {
    let tokens = recent.get(text);
    if (tokens) {
      recent.delete(text);
    } else {
      tokens = correct(tagRaw(text), forms);
      if (recent.size >= RECENT_SENTENCES) recent.delete(recent.keys().next().value as string);
    }
    recent.set(text, tokens);
    return tokens;
  };
  return {
    tag,
    prefetch: (texts) => prefetchTags(texts.filter((t) => !recent.has(t)).map(tagInput)),
    release: releaseTags,
  };
}

/** A capitalised first word is taken for a proper noun ("Interrupts", "Tampering"): the model reads it in lower case (same length, so the offsets hold). */
function tagInput(text: string): string {
  return /^[A-Z](?=[a-z]+\b)/.test(text) ? text[0]?.toLowerCase() + text.slice(1) : text;
}

/** wink's tokens of the input: from the worker when one runs (nlp-service.ts), else tagged here. */
function rawTags(input: string): RawTag[] {
  const fromWorker = takeTags(input);
  if (fromWorker) return fromWorker;
  const nlp = loadWink();
  const its = nlp.its;
  const out: RawTag[] = [];
  nlp.readDoc(input).tokens().each((t) => { out.push([t.out(its.value), t.out(its.pos), String(t.out(its.lemma) ?? t.out(its.value))]); });
  return out;
}

function tagRaw(text: string): Token[] {
  const input = tagInput(text);
  const out: Token[] = [];
  let at = 0;
  for (const [value, pos, lemma] of rawTags(input)) {
    const i = input.indexOf(value, at);
    // Tokens are verbatim substrings; one that is not found keeps the cursor (never seen on the corpus).
    const start = i >= 0 && /^\s*$/.test(input.slice(at, i)) ? i : at;
    const end = start === i ? i + value.length : at;
    at = end;
    const word = text.slice(start, end);
    out.push({ text: word, lower: word.toLowerCase(), start, end, pos: pos as Pos, lemma: lemma.toLowerCase() });
  }
  return out;
}

const isWordLike = (t: Token) => t.pos !== 'PUNCT' || t.text === ',';

/** "I/O", "R/W": short words joined by a slash are one word ("io"). */
function joinSlashed(raw: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < raw.length; i++) {
    const [a, slash, b] = [raw[i] as Token, raw[i + 1], raw[i + 2]];
    if (slash?.text === '/' && b && a.end === slash.start && slash.end === b.start && a.text.length <= 2 && b.text.length <= 2) {
      const text = `${a.text}/${b.text}`;
      out.push({ text, lower: text.toLowerCase(), start: a.start, end: b.end, pos: 'NOUN', lemma: `${a.lower}${b.lower}`.replace(/\.$/, '') });
      i += 2;
    } else out.push(a);
  }
  return out;
}

/** "SNP_LAUNCH_UPDATE", "KVM_SEV_INIT": an identifier is one proper noun, not the words it spells. */
function joinIdentifiers(raw: Token[]): Token[] {
  const out: Token[] = [];
  for (const t of raw) {
    const prev = out[out.length - 1];
    if (prev && prev.end === t.start && (t.text === '_' || prev.text.endsWith('_') || (prev.text.includes('_') && /^\w+$/.test(t.text)))) {
      const text = prev.text + t.text;
      out[out.length - 1] = { text, lower: text.toLowerCase(), start: prev.start, end: t.end, pos: 'PROPN', lemma: text.toLowerCase() };
    } else out.push(t);
  }
  return out;
}

function correct(tokens: Token[], forms: Map<string, string>): Token[] {
  const raw = joinSlashed(joinIdentifiers(tokens));
  const out: Token[] = [];
  for (const t of raw) {
    // "cannot" before punctuation comes back as one token with no lemma.
    if (t.lower === 'cannot') {
      out.push({ ...t, text: t.text.slice(0, 3), lower: 'can', end: t.start + 3, pos: 'AUX', lemma: 'can' });
      out.push({ ...t, text: t.text.slice(3), lower: 'not', start: t.start + 3, pos: 'PART', lemma: 'not' });
      continue;
    }
    if (t.lower === 'ca' && t.lemma !== 'can') t.lemma = 'can';
    // Acronym plurals (VMs, vCPUs, DIMMs) keep the plural as their lemma.
    if (/^[a-z]*[A-Z][A-Za-z0-9]*s$/.test(t.text) && t.lemma === t.lower) {
      t.lemma = t.lemma.slice(0, -1);
      if (t.pos === 'PROPN') t.pos = 'NOUN';
    }
    const known = forms.get(t.lower);
    if (known && t.lemma === t.lower && (t.pos === 'VERB' || t.pos === 'ADJ' || t.pos === 'NOUN') && known !== t.lower && !/s$/.test(t.lower)) t.lemma = known;
    if (t.lower === 'being') t.lemma = 'be';
    out.push(t);
  }
  const words = out.filter(isWordLike);
  // "a host that spoofs an interrupt": after a relative pronoun, a known verb in -s is the clause's verb.
  for (let i = 1; i + 2 < words.length; i++) {
    const [before, rel, t, next] = [words[i - 1] as Token, words[i] as Token, words[i + 1] as Token, words[i + 2] as Token];
    const singular = t.lower.endsWith('s') ? forms.get(t.lower) : undefined;
    if (!singular || t.pos !== 'NOUN' || !/^(?:that|which|who)$/.test(rel.lower) || !/^(?:NOUN|PROPN)$/.test(before.pos)) continue;
    if (!/^(?:DET|PRON|ADJ|NOUN|PROPN)$/.test(next.pos)) continue;
    t.pos = 'VERB';
    t.lemma = singular;
    rel.pos = 'PRON';
  }
  for (let i = 0; i < words.length; i++) {
    const t = words[i] as Token;
    const prev = words[i - 1];
    const next = words[i + 1];
    const known = forms.get(t.lower);
    // be (+ adverbs) + a participle of a known verb tagged adjective or noun: a passive verb.
    if ((t.pos === 'ADJ' || t.pos === 'NOUN') && known && known !== t.lower && /(?:ed|en|wn)$/.test(t.lower)) {
      let k = i - 1;
      while (k >= 0 && ((words[k] as Token).pos === 'ADV' || (words[k] as Token).pos === 'PART')) k--;
      if (k >= 0 && (words[k] as Token).lemma === 'be') { t.pos = 'VERB'; t.lemma = known; }
    }
    // A bare verb inside a noun group is a noun: "at launch", "any write", "the register state",
    // "guest interrupt injection".
    if (t.pos === 'VERB' && t.lemma === t.lower && prev && (prev.pos === 'DET' || prev.pos === 'ADP' || prev.pos === 'ADJ' || prev.text === "'s" || ((prev.pos === 'NOUN' || prev.pos === 'PROPN') && next && next.pos === 'NOUN'))) t.pos = 'NOUN';
    // "a timer interrupt or an NMI": a bare verb after a determiner and a singular noun, with no
    // object after it, ends that noun group (a singular subject would take the -s form).
    const before = words[i - 2];
    if (t.pos === 'VERB' && t.lemma === t.lower && prev?.pos === 'NOUN' && prev.lower === prev.lemma && before && /^(?:DET|ADJ)$/.test(before.pos) && (!next || /^(?:CCONJ|ADP|PUNCT)$/.test(next.pos))) t.pos = 'NOUN';
    // ... and so is one before a noun after a possessive or a participle ("their register state",
    // "the saved register state"), or opening the sentence before a noun ("Register tampering").
    const nounNext = !!next && (next.pos === 'NOUN' || (next.pos === 'VERB' && /ing$/.test(next.lower)));
    if (t.pos === 'VERB' && t.lemma === t.lower && nounNext && (!prev || POSSESSIVE.has(prev.lower) || (prev.pos === 'VERB' && /(?:ed|en)$/.test(prev.lower)))) t.pos = 'NOUN';
    // "have their register file inspected": two bare verbs after a possessive, before a participle, are a compound noun.
    const after = words[i + 2];
    if (t.pos === 'VERB' && t.lemma === t.lower && prev && POSSESSIVE.has(prev.lower) && next?.pos === 'VERB' && next.lemma === next.lower && after?.pos === 'VERB' && /(?:ed|en)$/.test(after.lower)) { t.pos = 'NOUN'; next.pos = 'NOUN'; }
    // "has no way", "have the ability": have without a participle after it is the main verb.
    if (t.pos === 'AUX' && t.lemma === 'have' && !(next && (next.pos === 'VERB' || next.pos === 'ADV'))) t.pos = 'VERB';
    if (t.lower === 'will' && prev?.lower === 'at') t.pos = 'NOUN';
    // A known verb in its base form after a plural subject, before its object: "mechanisms regard the hypervisor".
    if (t.pos === 'NOUN' && forms.get(t.lower) === t.lower && prev && ((prev.pos === 'NOUN' && prev.lower !== prev.lemma) || /^(?:they|we|you|i)$/.test(prev.lower)) && next && (next.pos === 'DET' || next.pos === 'PRON' || next.pos === 'NOUN' || next.pos === 'ADJ')) t.pos = 'VERB';
    // A known verb in -s between a subject and its object is a verb: "pKVM records no digest".
    const singular = t.lower.endsWith('s') ? forms.get(t.lower) : undefined;
    if (t.pos === 'NOUN' && singular && prev && (prev.pos === 'NOUN' || prev.pos === 'PROPN' || prev.pos === 'PRON') && next && (next.pos === 'DET' || next.pos === 'PRON' || next.lower === 'no' || next.pos === 'NOUN' || next.pos === 'ADJ')) {
      t.pos = 'VERB';
      t.lemma = singular;
    }
    // "the untrusted host", "an unmodified image": an un- participle before a noun qualifies it.
    if (t.pos === 'NOUN' && /^un\w+(?:ed|en)$/.test(t.lower) && next && (next.pos === 'NOUN' || next.pos === 'PROPN')) t.pos = 'ADJ';
    // "modify that guest's memory": "that" opening a noun group that no verb follows is a determiner.
    if (t.lower === 'that' && t.pos !== 'DET' && next && /^(?:NOUN|PROPN|ADJ)$/.test(next.pos)) {
      let k = i + 1;
      while (k < words.length && (/^(?:NOUN|PROPN|ADJ|NUM)$/.test((words[k] as Token).pos) || /^(?:'s|’s|-)$/.test((words[k] as Token).text))) k++;
      const after = words[k];
      if (!after || !(after.pos === 'VERB' || after.pos === 'AUX')) t.pos = 'DET';
    }
    // The first word of a hyphenated compound is a noun: "host-emulated", "CPU-signed".
    const hyphen = out[out.indexOf(t) + 1];
    if (t.pos === 'VERB' && hyphen?.text === '-' && hyphen.start === t.end && out[out.indexOf(t) + 2]?.start === hyphen.end) t.pos = 'NOUN';
  }
  // After a modal (and not, never, neither, no longer ...) comes a verb: "can neither read nor write".
  for (let i = 0; i < words.length; i++) {
    const t = words[i] as Token;
    // "need not talk", "dare not read": need and dare with a bare not are modals too.
    const modalNot = /^(?:need|dare)$/.test(t.lemma) && (words[i + 1] as Token | undefined)?.lower === 'not';
    if (!modalNot && (t.pos !== 'AUX' || !MODALS.has(t.lemma) || (t.lower === 'will' && t.pos !== 'AUX'))) continue;
    let j = i + 1;
    const skip = () => {
      for (;;) {
        while (j < words.length && ((words[j] as Token).pos === 'ADV' || (words[j] as Token).pos === 'PART' || NEGATORS.test((words[j] as Token).lower))) {
          if ((words[j] as Token).lower === 'neither') (words[j] as Token).pos = 'CCONJ';
          j++;
        }
        // "can, at any point after boot, hand ...": past a parenthetical between commas.
        if ((words[j] as Token | undefined)?.text !== ',') return;
        const close = words.findIndex((x, n) => n > j && n < j + 10 && x.text === ',');
        if (close < 0) return;
        j = close + 1;
      }
    };
    skip();
    let passive = false;
    if (j < words.length && (words[j] as Token).lemma === 'be') { passive = true; j++; skip(); }
    const w = words[j];
    if (!w) continue;
    const lemma = forms.get(w.lower);
    const fits = lemma !== undefined && (passive ? lemma !== w.lower || w.lower === 'read' : lemma === w.lower);
    // Any bare noun right after the modal is its verb ("need not talk"), known to the lexicon or not.
    const bare = !fits && !passive && w.pos === 'NOUN' && w.lemma === w.lower && /^[a-z]+$/.test(w.lower);
    if ((!fits && !bare) || w.pos === 'VERB') continue;
    w.pos = 'VERB';
    w.lemma = lemma ?? w.lower;
    // And the verbs coordinated with it: "read, modify or remap".
    for (let k = j + 1; k + 1 < words.length; ) {
      if (!/^(?:,|or|nor|and)$/.test((words[k] as Token).lower)) break;
      const n = /^(?:or|nor|and)$/.test((words[k + 1] as Token).lower) ? k + 2 : k + 1;
      const c = words[n];
      if (!c || !forms.has(c.lower)) break;
      c.pos = 'VERB';
      c.lemma = forms.get(c.lower) as string;
      k = n + 1;
    }
  }
  return out;
}
