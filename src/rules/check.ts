/**
 * The claim rules over one document: property claims whose scope holds a
 * technology the property breaks for, overgeneral umbrellas, imprecise terms,
 * and named examples that do not fit the document (DESIGN §2).
 */
import type { Section } from '../rst/types.js';
import { sentencesOf, type Sentence } from '../prose/sentences.js';
import type { ProseUnit } from '../prose/units.js';
import type { Mention } from '../scope/mentions.js';
import { sentenceScope } from '../scope/sentence.js';
import { clauseAt, isNegated } from '../scope/clauses.js';
import { silence } from '../scope/modality.js';
import { matchFrames } from './frames.js';
import { combine, termOnly, type Level, type ResolvedScope } from '../scope/levels.js';
import { labelCell, runInHeading } from './labels.js';
import { identifierLevel, type DocumentContext } from '../scope/document.js';
import { clauseLevel, holderLevel, mentionsLabel, pairedLevel } from '../scope/holder.js';
import { takenBackBy } from '../scope/exceptions.js';
import type { CompiledProperty, CompiledRuleSet } from './compile.js';
import type { Rule, Value } from './types.js';
import { boundedMemo, memoByText, perObject, type Recall } from '../memo.js';
import { properNamesIn, sentenceViews, type SentenceView } from './sentence-view.js';

export interface Finding {
  rule: Rule;
  message: string;
  /** The text at the primary range, when known. */
  actualText?: string;
  /** The primary range: source offsets. */
  start: number;
  end: number;
  sentence?: { start: number; end: number };
  expected?: string[];
  note?: string;
  data: Record<string, unknown>;
}

const quote = (s: string) => `'${s.replace(/\s+/g, ' ').trim()}'`;


/** "not every", "not all": a quantifier the negation turns into "some ... not". */
const NOT_ALL = /\bnot\s+(?:every|all|each)\b/i;


/**
 * The section and block levels of a unit (levels 3–4, inner ones), outer to inner. `known`: the
 * section levels of ancestors arrays seen in this lint (units under the same nodes share them).
 */
function innerLevels(ctx: DocumentContext, unit: ProseUnit, known: Map<ProseUnit['ancestors'], Level[]>): Level[] {
  let sections: Level[] | undefined;
  // A title leaves its own section out.
  if (unit.kind === 'title') sections = sectionLevels(ctx, unit.ancestors, unit.node);
  else if (!(sections = known.get(unit.ancestors))) known.set(unit.ancestors, (sections = sectionLevels(ctx, unit.ancestors)));
  const block = ctx.blockLevel(unit);
  return block ? [...sections, block] : sections;
}

/** The levels of the sections among `ancestors`, but the one `own` is the title of. */
function sectionLevels(ctx: DocumentContext, ancestors: ProseUnit['ancestors'], own?: ProseUnit['node']): Level[] {
  const levels: Level[] = [];
  for (const a of ancestors) {
    if (a.type !== 'section' || (own && a.children[0] === own)) continue;
    const level = ctx.sectionLevel(a as Section);
    if (level) levels.push(level);
  }
  return levels;
}

/** Levels 2–4 that apply to a unit, outer to inner: the universe, the document, then its inner levels (sections branded). */
function outerLevels(ctx: DocumentContext, inner: Level[]): Level[] {
  const levels: Level[] = [ctx.universe()];
  if (ctx.document) levels.push(branded(ctx, ctx.document));
  for (const l of inner) levels.push(l.level === 'section' ? branded(ctx, l) : l);
  return levels;
}

/**
 * "Kestrel Confidential Containers", "Stratus Confidential VMs": an umbrella right after a name the
 * page only writes capitalised (its product's) names that product, which runs on what the page
 * says it runs on. It covers the technologies the document names, as "every supported TEE" does.
 */
const brandedMemo = perObject<DocumentContext, WeakMap<Level, Level>>(() => new WeakMap());
function branded(ctx: DocumentContext, level: Level): Level {
  // Every unit under a section asks again. Per context: a section's level outlives its document's
  // version (scope/document.ts remembers it per matcher), and the page's names are this version's.
  const memo = brandedMemo(ctx);
  let b = memo.get(level);
  if (!b) memo.set(level, (b = brandedNow(ctx, level)));
  return b;
}

function brandedNow(ctx: DocumentContext, level: Level): Level {
  if (level.named || level.withinDocument || !level.mentions?.length) return level;
  const umbrellas = level.mentions.filter((m) => m.kind === 'umbrella');
  if (umbrellas.length === 0) return level;
  const names = properNamesIn(ctx);
  const byName = (m: Mention) => {
    const w = /([A-Za-z][\w-]*)[ \t]+$/.exec(ctx.text.slice(Math.max(0, m.start - 40), m.start));
    return !!w && /^[A-Z]/.test(w[1] as string) && names.has((w[1] as string).toLowerCase());
  };
  return umbrellas.every(byName) ? { ...level, withinDocument: true } : level;
}

function sentenceLevel(v: SentenceView): Level | undefined {
  const s = v.scope;
  const base = v.sentence.start;
  const mentions = s.groups.flatMap((g) => g.mentions).map((m) => ({ ...m, start: m.start + base, end: m.end + base }));
  if (s.ids) return { level: 'sentence', ids: s.ids, named: s.named, label: s.supported ? `${quote(s.supported)} in this sentence` : mentionsLabel(mentions), mentions, removes: s.removes.length ? s.removes : undefined, withinDocument: s.withinDocument };
  if (s.removes.length) return { level: 'sentence', ids: [], named: false, label: 'this sentence', removes: s.removes };
  return undefined;
}

/** A phrase that refers back to technologies just named: "these guests", "such VMs", "this technology", "the latter". */
const ANAPHOR = /\b(?:(?:these|those|such|this|both|either|neither|the latter|the former)\s+(?:[\w-]+\s+){0,3}?(?:guests?|VMs?|CVMs?|TDs|technolog(?:y|ies)|platforms?|mechanisms?|designs?|extensions?|architectures?|machines?|TEEs?|enclaves?|solutions?|environments?|backends?|families|vendors?)|the (?:latter|former)|(?:both|either|neither|each) of them)\b/i;
/**
 * A pronoun that opens the sentence as its subject: "It encrypts memory, but ...", "They never had
 * runtime evidence", "Both protect the integrity ...". Not the "it" of "it is important to ...".
 */
const PRONOUN_SUBJECT = /^\s*(?:It\s+(?!is\b|was\b|seems\b|appears\b|remains\b|follows\b|means\b|depends\b|helps\b|makes\b|takes\b)[a-z]+s\b|They\s+(?!are\s+(?:likely|unlikely|not\s+likely)\b)[a-z]|Both\s+(?!of\b|the\b|a\b|an\b)[a-z]+\b|Neither\s+(?!of\b|the\b)[a-z]+\b)/;

/**
 * Issue 11, item 7: a sentence with no scope of its own that refers back ("These guests can ...")
 * takes the technologies the sentence before it named, within the paragraph.
 */
function carriedLevel(v: SentenceView, before: Level | undefined, previous: Level | undefined): Level | undefined {
  if (!before && !previous) return undefined;
  const m = ANAPHOR.exec(v.text) ?? PRONOUN_SUBJECT.exec(v.text);
  if (!m) return undefined;
  // Right after a sentence that named only an umbrella, the phrase refers to that umbrella:
  // "... in a hardware-based Trusted Execution Environment. These secure and isolated
  // environments prevent ..." is a claim about every such environment.
  if (previous && !previous.named && previous.mentions?.some((x) => x.umbrella)) {
    return { level: 'sentence', ids: previous.ids, named: false, label: `${quote(m[0])} (${previous.mentions.filter((x) => x.umbrella).map((x) => quote(x.text)).join(', ')} in the sentence before)` };
  }
  if (!before) return undefined;
  // The technologies it named, not the umbrellas beside them ("Hyper-V ... CoCo VMs. Such VMs ..."),
  // or the ones its identifiers name ("Use `sealpod-snp` or `sealpod-tdx` ... Both protect ...").
  const named = (before.mentions ?? []).filter((x) => x.kind === 'technology');
  const ids = named.length ? [...new Set(named.flatMap((x) => x.ids))].filter((id) => before.ids.includes(id) || !before.ids.length) : before.ids;
  if (ids.length === 0) return undefined;
  const what = named.length ? named.map((x) => quote(x.text)).join(', ') : before.label;
  // Identifiers may name a whole family (``KVM_SEV_*``): what they carry narrows the section's scope.
  return { level: 'sentence', ids, named: named.length > 0, label: `${quote(m[0].trim())} (${what} in the sentence before)` };
}

const cocoLevel = (l: Level) => l.named || !!l.mentions?.some((m) => m.kind === 'technology' || m.umbrella?.coco);

/**
 * What a unit's words allow, by its text (remembered: the editor re-lints unchanged paragraphs
 * after every keystroke): 'none' when no rule's trigger words are there, 'rule' when some are but
 * no technology or umbrella can be named, 'mention' when one can be.
 */
type UnitGate = 'none' | 'rule' | 'mention';
const gateOf = (rs: CompiledRuleSet, text: string): UnitGate => (!rs.prefilter.test(text.replace(/\s/g, ' ')) ? 'none' : rs.matcher.mayMention(text) ? 'mention' : 'rule');
const unitGates = new WeakMap<CompiledRuleSet, (text: string) => UnitGate>();
function unitGate(rs: CompiledRuleSet, text: string): UnitGate {
  // A timed rule set's matches all count toward its budget.
  if (rs.watched) return gateOf(rs, text);
  let gate = unitGates.get(rs);
  if (!gate) unitGates.set(rs, (gate = memoByText(16384, (t) => gateOf(rs, t), { ownKeys: true })));
  return gate(text);
}

/** A property claim the rules recognised, with or without a finding (for the evaluation, `npm run eval`). */
export interface RecognisedClaim {
  property: string;
  negated: boolean;
  /** Source offsets of the claim's trigger and sentence. */
  start: number;
  end: number;
  sentence: { start: number; end: number };
  /** The technologies the finding names as breaking (none: no finding). */
  breaks: string[];
  /** The reading's own values, where its frame overrides the property's (untrusted `host`: pKVM a caveat). */
  values?: Record<string, Value>;
}

export function checkDocument(ctx: DocumentContext, rs: CompiledRuleSet, enabled: (rule: Rule) => boolean, onClaim?: (c: RecognisedClaim) => void): Finding[] {
  const findings: Finding[] = [];
  const flaggedUmbrellas = new Set<number>();
  // Per property claimed of the document's whole subject, the technologies its readings break for.
  const documentClaims = new Map<string, Set<string>>();
  const examples: { mention: Mention; sentence: Sentence }[] = [];

  const flagUmbrella = (m: Mention, why: string, sentence?: Sentence) => {
    const rule = rs.umbrella;
    if (!rule || !enabled(rule) || flaggedUmbrellas.has(m.start) || !m.umbrella?.overgeneral) return;
    flaggedUmbrellas.add(m.start);
    const named = rs.names(m.ids);
    findings.push({
      rule, start: m.start, end: m.end,
      message: `${quote(m.text)} is too broad a scope here: ${why}; name the technologies the text is about (it covers ${named})`,
      sentence: sentence && { start: sentence.start, end: sentence.start + sentence.text.length },
      data: { umbrella: m.umbrella.id, covers: m.ids },
    });
  };

  const viewOf = sentenceViews(ctx, rs);
  const sectionLevelsSeen = new Map<ProseUnit['ancestors'], Level[]>();
  const views: ViewReadings = new Map();

  // A document that names no CoCo technology and is not a CoCo document has no claim in CoCo context.
  const units = ctx.isCoco || ctx.matcher.mayNameCoco(ctx.text) ? ctx.units : [];
  // First each sentence with its context; those a frame may read are tagged meanwhile (on a
  // second core where a worker can run: prose/nlp-service.ts).
  const work: { unit: ProseUnit; special: boolean; outer: Level[]; sentence: Sentence; v: SentenceView; own: Level | undefined; coco: boolean }[] = [];
  const toTag: string[] = [];
  for (const unit of units) {
    const special = unit === ctx.title || unit === ctx.lead;
    const gate = special ? 'mention' : unitGate(rs, unit.text);
    if (gate === 'none') continue;
    const inner = innerLevels(ctx, unit, sectionLevelsSeen);
    const outerCoco = ctx.cocoAt(unit) || inner.some(cocoLevel);
    // Outside CoCo context only a sentence that names a technology or umbrella can be in it: a
    // unit with none of their words has nothing to check (most units of a long document).
    if (!outerCoco && gate === 'rule') continue;
    const outer = outerLevels(ctx, inner);
    // The last sentence of this unit that named technologies: "these guests" after it mean them.
    let named: Level | undefined;
    let previous: Level | undefined;
    for (const sentence of sentencesOf(unit)) {
      const v = viewOf(unit, sentence);
      // Its own words, else the identifiers in its source (``SNP_GET_REPORT``), else what it refers back to.
      // Identifiers are names: beside only an umbrella ("On `cvm-a4` and `cvm-i5`, ... your CVM")
      // they are the subject, as a technology's name would be.
      const said = sentenceLevel(v);
      const words = termOnly(said && branded(ctx, said), outer);
      const ids = !words || !words.named ? identifierLevel(ctx.matcher, ctx.all, ctx.text.slice(sentence.start, sentence.start + sentence.text.length), 'sentence', (names) => `${names} in this sentence`) : undefined;
      // "on both platforms", "neither technology": two the paragraph just named, not the page's set.
      const dual = !!words && !words.named && /^(?:both|either|neither)\b/i.test(v.scope.supported ?? '');
      const carried = words?.named || ids || (words && !dual) ? undefined : carriedLevel(v, named, previous);
      const own = (words?.named ? words : ids ?? carried ?? words);
      v.refersBack = !!carried;
      if (own?.named && (own.mentions?.length || own === ids)) named = own;
      previous = own;
      const coco = outerCoco || (own ? cocoLevel(own) : false) || !!carried;
      work.push({ unit, special, outer, sentence, v, own, coco });
      if (coco && unit.kind !== 'title' && rs.properties.some((p) => framesMayRead(p, v))) toTag.push(v.text);
    }
  }
  if (toTag.length) rs.tagger.prefetch(toTag);
  for (const [i, { unit, special, outer, sentence, v, own, coco }] of work.entries()) {
    // The next sentence of the paragraph may take the claim back for technologies it names.
    const next = work[i + 1]?.unit === unit ? work[i + 1] : undefined;
    if (special && ctx.isCoco) {
      for (const g of v.scope.groups) {
        if (g.named) continue;
        for (const m of g.mentions) flagUmbrella({ ...m, start: m.start + sentence.start, end: m.end + sentence.start }, `it scopes the whole document from its ${unit === ctx.title ? 'title' : 'first paragraph'}`, sentence);
      }
    }
    if (!coco) continue;
    for (const x of v.scope.examples) if (x.kind === 'technology') examples.push({ mention: { ...x, start: x.start + sentence.start, end: x.end + sentence.start }, sentence });
    for (const t of rs.terms) {
      if (!enabled(t.rule)) continue;
      t.re.lastIndex = 0;
      for (let m = t.re.exec(v.text); m; m = t.re.exec(v.text)) {
        findings.push({
          rule: t.rule, start: sentence.start + m.index, end: sentence.start + m.index + m[0].length,
          message: `${quote(m[0])}: ${t.rule.message}`, expected: t.term.suggestions,
          sentence: { start: sentence.start, end: sentence.start + sentence.text.length }, data: { term: t.term.id },
        });
      }
    }
    // A title names a subject; it makes no claim ("Attestation" is a heading, not an assertion).
    // Nor does a table's label (a header cell, or a row's label under technology columns), nor a
    // run-in heading ("**Runtime attestation.** The agent ...").
    for (const p of unit.kind === 'title' || labelCell(unit, ctx) || runInHeading(ctx.text, sentence) ? [] : rs.properties) {
      if (!enabled(p.rule)) continue;
      const after = next && (() => takenBackBy({ text: next.v.text, own: next.own }, () => !!claimOf(next.v, p, rs, views)?.negated));
      const f = checkProperty(v, p, outer, own, rs, views, after);
      if (!f) continue;
      if (onClaim && f.claim) {
        const base = sentence.start;
        onClaim({
          property: p.property.id, negated: f.claim.negated, start: base + f.claim.start, end: base + f.claim.end,
          sentence: { start: base, end: base + sentence.text.length }, breaks: (f.finding?.data['breaks'] as string[] | undefined) ?? [],
          ...(f.claim.values && { values: f.claim.values }),
        });
      }
      if (f.documentClaim) {
        const breaks = documentClaims.get(p.property.id) ?? new Set<string>();
        for (const id of Object.keys(p.property.values)) if (valueOf(p, f.claim, id) === 'breaks') breaks.add(id);
        documentClaims.set(p.property.id, breaks);
      }
      if (f.finding) findings.push(describe(f.finding, p, rs));
      if (f.umbrellaMention) flagUmbrella(f.umbrellaMention, 'it is the scope of a claim about ' + p.property.name, sentence);
    }
  }
  rs.tagger.release();

  // The file name scopes the whole document.
  if (ctx.isCoco && rs.umbrella && enabled(rs.umbrella)) {
    const s = sentenceScope(ctx.fileName, ctx.fileNameMentions, ctx.all, { positional: false });
    for (const g of s.groups) {
      if (g.named) continue;
      for (const m of g.mentions) {
        if (!m.umbrella?.overgeneral) continue;
        findings.push({
          rule: rs.umbrella, start: 0, end: 0,
          message: `${quote(m.text)} in the file name scopes the whole document to ${quote(m.text)}: name the technologies the document is about (it covers ${rs.names(m.ids)})`,
          data: { umbrella: m.umbrella.id, fileName: true },
        });
      }
    }
  }

  // Named examples that break what the document asserts of its whole subject.
  if (rs.example && enabled(rs.example)) {
    const seen = new Set<string>();
    for (const { mention, sentence } of examples) {
      const broken = rs.properties.filter((p) => mention.ids.some((id) => documentClaims.get(p.property.id)?.has(id)));
      const key = `${sentence.start}:${mention.ids.join(',')}`;
      if (broken.length === 0 || seen.has(key)) continue;
      seen.add(key);
      const ids = mention.ids.filter((id) => broken.some((p) => documentClaims.get(p.property.id)?.has(id)));
      findings.push({
        rule: rs.example, start: mention.start, end: mention.end,
        message: `${quote(mention.text)} is cited as an example, but the document's claims of ${broken.map((p) => p.property.name).join(', ')} do not hold for ${rs.names(ids)}`,
        sentence: { start: sentence.start, end: sentence.start + sentence.text.length },
        data: { technologies: ids, properties: broken.map((p) => p.property.id) },
      });
    }
  }
  return findings;
}

/** Where a sentence claims a property (sentence offsets), whether it denies it, and the values its reading changes. */
interface Claim {
  start: number;
  end: number;
  negated: boolean;
  values?: Record<string, Value>;
  /** The frame's other reading (Frame.otherwise). */
  otherwise?: string;
}

interface PropertyResult {
  claim?: Claim;
  finding?: Finding;
  documentClaim: boolean;
  umbrellaMention?: Mention;
}

/** Words right before a technology's name that pick out a variant of it. */
const VARIANT = /(?:\b\w+-(?:based|era|generation)|\b(?:older|earlier|legacy|early|previous|prior|first-generation))\s+$/i;

function firstMatch(p: CompiledProperty, text: string): { start: number; end: number; polarity: 'positive' | 'negative' } | undefined {
  let best: { start: number; end: number; polarity: 'positive' | 'negative' } | undefined;
  for (const pattern of p.patterns) {
    pattern.re.lastIndex = 0;
    const m = pattern.re.exec(text);
    if (!m) continue;
    const span = m.indices?.[1] ?? [m.index, m.index + m[0].length];
    if (!best || span[0] < best.start) best = { start: span[0], end: span[1], polarity: pattern.polarity };
  }
  return best;
}

/** Can a frame of the property match the sentence (its words are there: word-prefilter.ts)? Only then is it tagged. */
function framesMayRead(p: CompiledProperty, v: SentenceView): boolean {
  return p.frames.length > 0 && !!p.framePrefilter?.test(v.text, v.abbreviated());
}

/**
 * The properties' readings of the sentences read lately, by everything a reading depends on
 * (SentenceView.readingKey), per rule set: the editor reads an unchanged sentence again after
 * every keystroke. One lookup of the key per sentence (a long string, compared character by
 * character on a hit), then each property's reading by the property itself.
 */
const readings = perObject<CompiledRuleSet, Recall<Map<CompiledProperty, Claim | null>>>(() => boundedMemo(16384));
/** Each sentence's readings, by its view, in one lint: a map of the lint's own (a WeakMap of a lint's views slowed the scavenges). */
type ViewReadings = Map<SentenceView, Map<CompiledProperty, Claim | null>>;

function claimOf(v: SentenceView, p: CompiledProperty, rs: CompiledRuleSet, views: ViewReadings): Claim | undefined {
  let known = views.get(v);
  if (!known) views.set(v, (known = readings(rs)(v.readingKey(), () => new Map())));
  let claim = known.get(p);
  if (claim === undefined) known.set(p, (claim = readClaim(v, p, rs) ?? null));
  return claim ?? undefined;
}


/**
 * Where the sentence claims the property and whether it denies it: a frame (by meaning), else a
 * fixed-term pattern with NegEx-style negation. Undefined when nothing claims it, or when the
 * clause is a question, a cross-reference, history, a plan or hedged (scope/modality.ts).
 */
function readClaim(v: SentenceView, p: CompiledProperty, rs: CompiledRuleSet): Claim | undefined {
  if (framesMayRead(p, v)) {
    // A sentence that names any technology or platform is about confidential guests.
    const coco = v.namesTechnology();
    const m = matchFrames(v.tagged(), p.frames, rs.lexicon, coco, v.heading);
    const byFrame = () => (m && !silence(v.text, clauseAt(v.scope.clauses, m.start), m.start) ? { start: m.start, end: m.end, negated: m.polarity === 'negative', values: m.frame.values, otherwise: m.frame.otherwise } : undefined);
    if (m && !m.frame.values) return byFrame();
    // A reading that holds more widely ("the host is untrusted", pKVM a caveat) yields to a fixed
    // term of the property, which names its full reading ("a new type of attacker").
    if (m) return patternClaim(v, p) ?? byFrame();
  }
  return patternClaim(v, p);
}

/** A fixed-term pattern's claim, with NegEx-style negation; undefined when none matches or its clause is silenced. */
function patternClaim(v: SentenceView, p: CompiledProperty): Claim | undefined {
  const trigger = firstMatch(p, v.text);
  if (!trigger) return undefined;
  const clause = clauseAt(v.scope.clauses, trigger.start);
  if (silence(v.text, clause, trigger.start)) return undefined;
  return { start: trigger.start, end: trigger.end, negated: isNegated(v.text, clause, trigger.start, trigger.end) !== (trigger.polarity === 'negative') };
}

/**
 * Words two properties share, read by the technologies in scope (Frame.otherwise): where none of
 * them has this property and all have the other, the claim means the other, which holds.
 */
function meansOtherwise(claim: Claim, scope: string[], p: CompiledProperty, rs: CompiledRuleSet): boolean {
  const other = claim.otherwise && !claim.negated ? rs.properties.find((x) => x.property.id === claim.otherwise) : undefined;
  return !!other && scope.length > 0
    && scope.every((id) => valueOf(p, claim, id) !== 'holds' && other.property.values[id] === 'holds');
}

/** A property's value for a technology under the claim's reading (a frame may carry its own values). */
const valueOf = (p: CompiledProperty, claim: Claim | undefined, id: string): Value | undefined => claim?.values?.[id] ?? p.property.values[id];

function checkProperty(v: SentenceView, p: CompiledProperty, outer: Level[], ownLevel: Level | undefined, rs: CompiledRuleSet, views: ViewReadings, takenBackBy?: () => Level | undefined): PropertyResult | undefined {
  const trigger = claimOf(v, p, rs, views);
  if (!trigger) return undefined;
  const base = v.sentence.start;
  const own = pairedLevel(v.text, base, clauseLevel(v.text, base, holderLevel(v.text, base, ownLevel, trigger), trigger, (from, to) => hasVerb(v, from, to)), trigger);
  const negated = trigger.negated;
  const s = v.scope;
  // "all mechanisms other than SEV": the universal takes the umbrella's coverage, less the contrasts.
  const universal: Level | undefined = s.universal && {
    level: 'sentence', ids: s.universal.ids.filter((id) => !s.removes.includes(id)), named: false,
    label: `${quote(v.text.slice(s.universal.start, s.universal.end))} in this sentence (all of them${s.removes.length ? ' but the ones it excepts' : ''})`,
  };
  // "TME-based SGX parts do not have ...", "older SEV firmware lacks ...": a denial of a variant
  // says nothing against the technology as a whole.
  if (negated && own?.level === 'sentence' && own.mentions?.length && own.mentions.every((m) => VARIANT.test(v.text.slice(Math.max(0, m.start - base - 40), m.start - base)))) {
    return { claim: trigger, documentClaim: false };
  }
  // Only a claim can be taken back (read only then); after a denial, a denial for named technologies is its example.
  const takenBack = negated ? undefined : takenBackBy?.();
  const scope: ResolvedScope = combine([...outer, ...(own ? [own] : []), ...(takenBack ? [takenBack] : [])], universal);
  if (meansOtherwise(trigger, scope.ids, p, rs)) return { claim: trigger, documentClaim: false };
  // "not every design hides it": a denial for some, which holds when one of the scope breaks.
  if (negated && NOT_ALL.test(v.text.slice(0, trigger.start)) && scope.ids.some((id) => valueOf(p, trigger, id) === 'breaks')) return { claim: trigger, documentClaim: false };
  const bad = negated ? 'holds' : 'breaks';
  const breaking = scope.ids.filter((id) => valueOf(p, trigger, id) === bad);
  const holding = scope.ids.filter((id) => valueOf(p, trigger, id) === 'holds');
  // Claims about the document's whole subject: scoped by the document, the default, or a section
  // whose title names no technology ("Confidential Computing threat model"); see docs/semantics.md.
  const o = scope.origin;
  const documentClaim = !negated && !universal && (o.level === 'document' || o.level === 'default' || (o.level === 'section' && !o.named));
  // An overgeneral umbrella that sets a claim's scope from the sentence is a finding of its own.
  let umbrellaMention: Mention | undefined;
  if (o.level === 'sentence' && !universal) {
    const g = s.groups.find((x) => !x.named && x.mentions.some((m) => m.umbrella?.overgeneral));
    const m = g?.mentions.find((x) => x.umbrella?.overgeneral);
    if (m) umbrellaMention = { ...m, start: m.start + base, end: m.end + base };
  } else if ((o.level === 'section' || o.level === 'block') && !o.named) {
    // A section title or lead-in that scopes a claim with "x86" (its offsets are source offsets).
    umbrellaMention = o.mentions?.find((m) => m.umbrella?.overgeneral);
  }
  const claim = trigger;
  if (breaking.length === 0) return { claim, documentClaim, umbrellaMention };

  // The primary range: the words that set the scope when they are in the sentence, else the trigger.
  let start = base + trigger.start;
  let end = base + trigger.end;
  let atScopeWords = false;
  if (universal && s.universal) {
    start = base + s.universal.start; end = base + s.universal.end; atScopeWords = true;
  } else if (scope.origin.level === 'sentence') {
    const ms = s.groups.flatMap((g) => g.mentions);
    // The words that let the breaking technologies in: an overgeneral umbrella first, then the first (the subject).
    const candidates = ms.filter((x) => x.ids.some((id) => breaking.includes(id)));
    candidates.sort((a, b) => Number(!!b.umbrella?.overgeneral) - Number(!!a.umbrella?.overgeneral) || a.start - b.start);
    const m = candidates[0] ?? ms[0];
    if (m) { start = base + m.start; end = base + m.end; atScopeWords = true; }
  }
  const triggerText = v.text.slice(trigger.start, trigger.end);
  return {
    claim,
    documentClaim,
    umbrellaMention,
    finding: {
      rule: p.rule, start, end,
      message: '',
      actualText: v.sentence.text.slice(start - base, end - base),
      sentence: { start: base, end: base + v.sentence.text.length },
      note: scopeNote(scope),
      data: {
        property: p.property.id, negated, scope: scope.ids, breaks: breaking, holds: holding,
        origin: scope.origin.level, originLabel: scope.origin.label, trigger: { start: base + trigger.start, end: base + trigger.end, text: triggerText },
        atScopeWords, universal: !!universal,
      },
    },
  };
}

/** Does the sentence have a verb between two offsets (a clause of its own)? */
function hasVerb(v: SentenceView, from: number, to: number): boolean {
  return v.tagged().tokens.some((t) => t.start >= from && t.end <= to && (t.pos === 'VERB' || t.pos === 'AUX'));
}

/** The message and suggested fix of a property finding. */
function describe(f: Finding, p: CompiledProperty, rs: CompiledRuleSet): Finding {
  const d = f.data as { negated: boolean; breaks: string[]; holds: string[]; originLabel: string; atScopeWords: boolean; universal: boolean; trigger: { text: string } };
  const name = p.property.name;
  const specifics = d.negated
    ? `the claim denies ${name} for its scope (${d.originLabel}), but ${name} holds for ${rs.names(d.breaks)}`
    : `the claim asserts ${name} for its scope (${d.originLabel}), but it does not hold for ${rs.names(d.breaks)}${d.holds.length ? `; it holds for ${rs.names(d.holds)}` : ''}`;
  const holds = d.negated ? [] : d.holds;
  let expected: string[] | undefined;
  // Qualify rather than replace: "x86 (SEV-SNP and TDX)" keeps the sentence's grammar and is
  // read back as the umbrella narrowed to those technologies.
  if (holds.length && !d.universal) {
    expected = d.atScopeWords ? [`${f.actualText} (${rs.names(holds)})`] : [`${d.trigger.text.trim()} (on ${rs.names(holds)})`];
  }
  return { ...f, message: `${p.rule.message}: ${specifics}`, expected };
}

function scopeNote(scope: ResolvedScope): string {
  const parts = [`scope from ${scope.origin.label}`];
  const replacedAt = scope.replaced ? scope.applied.indexOf(scope.replaced) : -1;
  // Levels outside a replacing level no longer apply; those inside it narrowed it.
  const outer = scope.applied.filter((l, i) => l !== scope.origin && l.level !== 'default' && i < replacedAt);
  const within = scope.applied.filter((l, i) => l !== scope.origin && l.level !== 'default' && i >= replacedAt);
  if (within.length) parts.push(`within ${within.map((l) => l.label).reverse().join(', within ')}`);
  if (scope.replaced) parts.push(`(replacing ${outer.length ? outer.map((l) => l.label).reverse().join(' and ') : 'the default scope'}, which it names technologies outside of)`);
  return parts.join(' ');
}
