/**
 * Level 1 of a claim's scope: what a sentence (or a title) itself says about
 * which technologies it speaks of (DESIGN §2, "Resolving a claim's scope").
 *
 * - Examples ("such as", "e.g.", "including") do not narrow; contrasts
 *   ("unlike", "except", "other than") and the base of an addition ("builds on",
 *   "on top of", "in addition to") are removed.
 * - Mentions in one noun phrase intersect ("x86 CoCo guests", "AMD SEV-SNP",
 *   "CoCo for cloud"); coordinated ones unite ("x86 and s390 guests");
 *   "x86 (SNP/TDX)" means SNP and TDX.
 * - "all/every/any" over technologies ("all CoCo technologies", "all
 *   available mechanisms") is universal: the umbrella's full coverage.
 */
import type { Mention } from './mentions.js';
import { tableRowsOf, tableSetOf, type TableSets } from './table-sets.js';
import { clausesOf, clauseAt, type Clause } from './clauses.js';

export interface Group {
  mentions: Mention[];
  ids: string[];
  /** The group names technologies (not only umbrellas). */
  named: boolean;
  start: number;
  end: number;
}

export interface SentenceScope {
  /** Subject and qualifier groups, in order. */
  groups: Group[];
  /** Union of the groups, minus contrasts; undefined when the sentence names nothing. */
  ids?: string[];
  named: boolean;
  examples: Mention[];
  contrasts: Mention[];
  /** Technologies the contrasts remove. */
  removes: string[];
  /** The sentence's clauses (negation and hedges are decided in them). */
  clauses: Clause[];
  universal?: { start: number; end: number; ids: string[]; umbrella?: Mention };
  /** Every umbrella of the scope is a "supported" one ("on every supported TEE"): as far as the document goes. */
  withinDocument?: boolean;
  /** "on all supported platforms", with no technology or umbrella named: the words, for messages. */
  supported?: string;
}

const EXAMPLE_CUE = /\b(?:such as|e\.g\.,?|for example,?|for instance,?|including|in the case of|like)(?=\s|$)/gi;
// Additive constructions name the base a technology extends: "SEV-SNP builds on SEV-ES to also
// protect ...", "on top of SEV", "in addition to SEV, SNP ..." attribute the property to the
// extension alone, as a contrast does (issue 11, item 4).
const CONTRAST_CUE = /\b(?:unlike|except(?: for)?|other than|in contrast to|as opposed to|excluding|apart from|on top of|in addition to|over and above|builds? (?:up)?on|built (?:up)?on|building (?:up)?on|extends|extending|adds? to)(?=\s|$)/gi;
/** Words a list of examples may carry between its names. */
const FILLER = /^(?:\s+|,|\/|\(|and\b|or\b|as well as\b|the\b|a\b|an\b|for\b|in\b|of\b|on\b|with\b|under\b|those\b|that\b|case\b|cases\b|its\b|vanilla\b|(?:AMD|Intel|IBM|Arm|ARM)(?:'s|’s)?(?=\W)|(?:guest|VM|processor|technology|platform|host|system|machine|solution)s?\b|technologies\b|based\b)/;
const QUANTIFIER = /(?<!\bnot\s)\b(?:all|every|any|each)\s+/gi;
const TECH_NOUN = /^(?:[\w-]+\s+){0,3}?(technolog(?:y|ies)|mechanisms?|solutions?|platforms?|implementations?|vendors?|architectures?|designs?|offerings?|products?|flavou?rs?)\b/i;
/** "supported" or "our" right before an umbrella: "every supported TEE", "the supported confidential VMs", "our x86 flavours". */
const SUPPORTED_BEFORE = /\b(?:supported|our)\s+$/i;
/** "supported platforms", "every supported architecture": the things a document supports, named by a generic noun. */
const SUPPORTED_NOUN = /\bsupported\s+(?:technolog(?:y|ies)|platforms?|architectures?|hardware|processors?|CPUs?|systems?|configurations?|environments?)\b/i;
/**
 * A set the page itself lists: counted ("all three pools", "any of the four targets", "both
 * designs") or pointed at ("every mode described on this page", "all the entries above").
 */
const PAGE_SET = new RegExp([
  String.raw`\b(?:all|any|each|every|both|either)\s+(?:of\s+(?:the|our|these|those)\s+)?(?:two|three|four|five|six|seven|eight|[2-8])\s+[\w-]+`,
  String.raw`\bboth\s+(?:of\s+(?:the|our|these|those)\s+)?(?:[\w-]+\s+)?(?:designs?|kinds?|flavou?rs?|families|pools|modes|types|backends|platforms|technologies|guests|variants|shapes|architectures)\b`,
  String.raw`\b(?:all|any|each|every)\s+(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:listed|described|covered|discussed|named|shown)\s+(?:here|above|below|on this page|in this (?:document|page|guide|section))`,
  String.raw`\b(?:all|any|each|every)\s+(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:here|above|on this page|in this (?:document|page|guide|section))\b`,
  // ... or in a table the page has: "every TEE in our support matrix", "all backends in the table".
  String.raw`\b(?:all|any|each|every)\s+(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+\s+(?:in|from|on)\s+(?:our|the|this)\s+(?:[\w-]+\s+)?(?:matrix|table|list)\b`,
  // A deployment's own sets: "every pool", "all instance families", "each flavour".
  String.raw`\b(?:all|any|each|every)\s+(?:of\s+(?:the|our)\s+)?(?:[\w-]+\s+)?(?:pools?|flavou?rs?|shapes?|famil(?:y|ies)|SKUs?|(?:instance|node|machine|VM)\s+(?:types?|families|family|classes|class|sizes?|series)|backends?|node\s+pools?|tiers?|offerings?)\b`,
].join('|'), 'i');
/** "the GA platforms", "the preview runtime classes": a definite set a table's rows may define. */
const DEFINITE_SET = /\bthe\s+[\w-]+\s+(?:platforms|technologies|TEEs|targets|backends|runtime\s+classes|families|flavou?rs|configurations|modes|variants)\b/i;
const COORDINATOR = /(?:^|\s)(?:and|or|nor|and\/or)(?:\s|$)|,|\/|\bas well as\b/;

/**
 * Architecture, vendor and market words scope a claim only where they stand
 * for a platform: after a preposition ("on x86", "for cloud") or before a
 * word for guests, hosts or technologies ("x86 guests"). "x86 page tables",
 * "AMD Key Derivation Service" and "Intel's SDM" name other things.
 */
const SCOPE_HEAD = /^(?:['’]s)?[\s-]*(?:(?:secure|protected|encrypted|isolated|trusted)\s+(?:guests?|VMs?|execution|virtual machines?|workloads?)|and\b|or\b|nor\b|guests?|VMs?|hosts?|hypervisors?|virtuali[sz]ation|technolog(?:y|ies)|platforms?|systems?|CoCo|confidential|TEEs?|processors?|CPUs?|hardware|machines?|servers?|environments?|computing|customers?|solutions?|implementations?|architectures?|side|only|specific|[(,.;:]|$)/i;
const SCOPE_PREPOSITION = /\b(?:on|for|in|under|with|of|to|across|and|or)\s*$/i;
function scopes(text: string, m: Mention): boolean {
  if (m.kind !== 'umbrella' || m.umbrella?.coco) return true;
  // ... or is a label in brackets ("prot_virt= (s390)", "kvm-arm.mode=protected (arm64)").
  const bracketed = /\(\s*$/.test(text.slice(0, m.start)) && /^\s*\)/.test(text.slice(m.end));
  return bracketed || SCOPE_HEAD.test(text.slice(m.end)) || SCOPE_PREPOSITION.test(text.slice(Math.max(0, m.start - 12), m.start));
}

const intersect = (a: string[], b: string[]) => a.filter((x) => b.includes(x));
const unite = (a: string[], b: string[]) => [...new Set([...a, ...b])];

/**
 * Mentions reached from a cue through a list of names and filler words. A cue that opens the
 * sentence ("Unlike SEV and SEV-ES guests, SNP and TDX guests ...") ends at its first comma,
 * unless the names after that comma are followed by another (an enumeration).
 */
function cueSpan(text: string, from: number, mentions: Mention[]): Mention[] {
  const got: Mention[] = [];
  let at = from;
  let afterComma = false;
  const opening = /^\W*$/.test(text.slice(0, Math.max(0, from - 20)).replace(/\b\w+\s*$/, '')) && /^\W*\w+(?:\s+\w+)?\s*$/.test(text.slice(0, from));
  for (let guard = 0; guard < 50; guard++) {
    const m = mentions.find((x) => x.start >= at && /^\s*$/.test(text.slice(at, x.start)));
    if (m) {
      // After a comma, a name belongs to the list only if the list goes on or ends after it:
      // "such as SNP, TDX and s390" is one list; in "Unlike SEV, SEV-SNP provides ..." the comma ends it.
      if (afterComma && !listGoesOn(text, m.end)) break;
      if (afterComma && opening && !enumerationGoesOn(text, m.end)) break;
      got.push(m); at = m.end; afterComma = false; continue;
    }
    const f = FILLER.exec(text.slice(at));
    if (!f || f[0].length === 0) break;
    if (f[0] === ',') afterComma = true;
    at += f[0].length;
  }
  return got;
}

/** After a listed name: more of the list (a comma, "and", "or"), or its end (a bracket, the sentence's end). */
function listGoesOn(text: string, from: number): boolean {
  let rest = text.slice(from);
  for (let f = WORD_FILLER.exec(rest); f && f[0].length; f = WORD_FILLER.exec(rest)) rest = rest.slice(f[0].length);
  return /^\s*(?:,|and\b|or\b|\)|[.;:]|$)/.test(rest);
}
/** After a name that follows the opening cue's comma: a further comma before any verb ("Unlike SEV, SEV-ES and SNP, TDX ..."). */
function enumerationGoesOn(text: string, from: number): boolean {
  return /^(?:\s*(?:and|or|,)?\s*[\w-]+(?:\s+guests?|\s+VMs?)?){0,3}\s*,/.test(text.slice(from, from + 80)) && !/^\s*(?:and|or)\s+[\w-]+\s+(?:guests?|VMs?)\s+\w+/.test(text.slice(from, from + 80));
}
const WORD_FILLER = /^\s*(?:(?:guest|VM|processor|technology|platform|host|system|machine|solution)s?|technologies)\b/;

export function sentenceScope(text: string, mentions: Mention[], all: string[], opts: { positional?: boolean; tableSets?: TableSets } = {}): SentenceScope {
  const positional = opts.positional ?? true;
  const examples = new Set<Mention>();
  const contrasts = new Set<Mention>();
  for (const [cue, into] of [[EXAMPLE_CUE, examples], [CONTRAST_CUE, contrasts]] as const) {
    cue.lastIndex = 0;
    for (let m = cue.exec(text); m; m = cue.exec(text)) for (const x of cueSpan(text, m.index + m[0].length, mentions)) into.add(x);
  }
  // Examples named after the fact: ", pKVM included,", ", pKVM guests among them,", ", pKVM ones too".
  for (const m of mentions) {
    const before = text.slice(Math.max(0, m.start - 3), m.start);
    if (/,\s*$/.test(before) && /^(?:[\s-]+(?:guests?|VMs?|ones?|based(?: designs?| guests?| VMs?)?))?\s+(?:included|among them|too|as well)\b/i.test(text.slice(m.end, m.end + 40))) examples.add(m);
  }

  let universal: SentenceScope['universal'];
  let tableRows: { ids: string[]; phrase: string } | undefined;
  QUANTIFIER.lastIndex = 0;
  for (let q = QUANTIFIER.exec(text); q && !universal; q = QUANTIFIER.exec(text)) {
    const after = q.index + q[0].length;
    // "as with any confidential guest", "like every TEE": a comparison with the whole class is about all of it.
    const compared = /\b(?:as (?:with|for|in|on)|like)\s+$/i.test(text.slice(Math.max(0, q.index - 10), q.index))
      ? mentions.find((x) => x.kind === 'umbrella' && x.start === after) : undefined;
    const noun = compared ? [text.slice(after, compared.end)] : TECH_NOUN.exec(text.slice(after));
    if (!noun) continue;
    const end = after + (noun[0] as string).length;
    // "on all GA platforms": the rows of the page's table that say GA (scope/table-sets.ts).
    const rows = opts.tableSets && tableSetOf(opts.tableSets, text.slice(after, end));
    if (rows) { tableRows ??= { ids: rows, phrase: text.slice(q.index, end) }; continue; }
    // "all supported platforms": the ones the document supports, not every one there is.
    if (/\bsupported\b/i.test(noun[0] as string)) continue;
    // "any of the three flavours", "all four targets": a count refers back to the ones the page named.
    if (/\b(?:two|three|four|five|six|seven|eight|both)\b/i.test(noun[0] as string)) continue;
    const inside = mentions.filter((x) => x.start >= after && x.end <= end);
    if (inside.some((x) => x.kind === 'technology')) continue; // "all SNP platforms": named, not universal
    const umbrella = inside.find((x) => x.kind === 'umbrella');
    // "all CoCo technologies, pKVM included": what the sentence names is in it, a proposal too.
    const ids = inside.reduce((acc, x) => intersect(acc, x.ids), unite(all, mentions.flatMap((x) => (x.kind === 'technology' ? x.ids : []))));
    universal = { start: q.index, end, ids, umbrella };
  }

  const plain = mentions.filter((x) => !examples.has(x) && !contrasts.has(x) && !(universal && x.start >= universal.start && x.end <= universal.end) && (!positional || scopes(text, x)));
  const clauses = clausesOf(text);
  const groups: Group[] = [];
  let k = 0;
  while (k < plain.length) {
    const first = plain[k] as Mention;
    const group: Group = { mentions: [first], ids: first.ids, named: first.kind === 'technology', start: first.start, end: first.end };
    k++;
    for (;;) {
      // "x86 (SNP/TDX)": an umbrella qualified by the technologies in brackets after it.
      const last = group.mentions[group.mentions.length - 1] as Mention;
      if (last.kind === 'umbrella' && k < plain.length && /^\s*\(\s*$/.test(text.slice(last.end, (plain[k] as Mention).start))) {
        let inner: string[] = [];
        let j = k;
        while (j < plain.length && (j === k || /^[\s/,]*(?:and|or)?[\s/,]*$/.test(text.slice((plain[j - 1] as Mention).end, (plain[j] as Mention).start)))) {
          inner = unite(inner, (plain[j] as Mention).ids);
          j++;
        }
        const narrowed = intersect(group.ids, inner);
        if (narrowed.length) {
          for (let q = k; q < j; q++) group.mentions.push(plain[q] as Mention); // not push(...): no argument-count limit
          group.ids = narrowed; group.named = true; group.end = (plain[j - 1] as Mention).end; k = j;
          continue;
        }
      }
      if (k >= plain.length) break;
      const next = plain[k] as Mention;
      const gap = text.slice(group.end, next.start);
      if (clauseAt(clauses, group.end) !== clauseAt(clauses, next.start)) break;
      // "On x86, a confidential guest ...": an opening prepositional phrase qualifies the subject.
      const opener = groups.length === 0 && /^\W*(?:on|in|for|with|under|across|within)\s+(?:the\s+)?$/i.test(text.slice(0, group.start)) && /^\s*,\s*(?:(?:a|an|the|every|each|any|all)\s+)?$/i.test(gap);
      if (!opener && (COORDINATOR.test(gap) || /[;:()]/.test(gap.replace(/['’]s\b/g, '')))) break;
      if (gap.trim().split(/\s+/).filter(Boolean).length > 5) break;
      const narrowed = intersect(group.ids, next.ids);
      if (narrowed.length === 0) break;
      group.ids = narrowed;
      group.named = group.named || next.kind === 'technology';
      group.mentions.push(next);
      group.end = next.end;
      k++;
    }
    groups.push(group);
  }

  // Named technologies are the subject; umbrella-only groups beside them describe those
  // technologies' guests ("TDX protects confidential guest VMs") and do not widen the scope.
  const scopeGroups = groups.some((g) => g.named) ? groups.filter((g) => g.named) : groups;
  let ids: string[] | undefined;
  for (const g of scopeGroups) ids = ids ? unite(ids, g.ids) : [...g.ids];
  // "x86 VM types and confidential guest protection": an architecture's umbrella and a CoCo one in
  // separate groups are one class seen twice (x86's confidential guests), not two classes.
  if (scopeGroups.length > 1 && !scopeGroups.some((g) => g.named)) {
    const kind = (g: Group) => g.mentions.every((m) => m.umbrella?.coco) ? 'coco' : g.mentions.every((m) => m.umbrella && !m.umbrella.coco) ? 'arch' : 'mixed';
    const arch = scopeGroups.filter((g) => kind(g) === 'arch');
    const coco = scopeGroups.filter((g) => kind(g) === 'coco');
    if (arch.length && coco.length && arch.length + coco.length === scopeGroups.length) {
      const both = intersect(arch.flatMap((g) => g.ids), coco.flatMap((g) => g.ids));
      if (both.length) ids = both;
    }
  }
  const removed = [...contrasts].flatMap((c) => c.ids);
  if (ids && removed.length) ids = ids.filter((x) => !removed.includes(x));
  const umbrellas = scopeGroups.flatMap((g) => g.mentions).filter((m) => m.kind === 'umbrella');
  // "On all supported platforms, ...": no name, but the document's own technologies.
  // ... and "on all three pools", "in every mode described on this page": the ones the page lists.
  const pageSet = PAGE_SET.exec(text);
  if (!tableRows && opts.tableSets) {
    const set = pageSet ?? DEFINITE_SET.exec(text);
    const rows = set && (tableRowsOf(opts.tableSets, set[0]) ?? tableSetOf(opts.tableSets, set[0]));
    if (set && rows) tableRows = { ids: rows, phrase: set[0] };
  }
  if (!ids && !universal && tableRows) {
    return { groups: [], ids: tableRows.ids, named: false, examples: [...examples], contrasts: [...contrasts], removes: removed, clauses, withinDocument: true, supported: tableRows.phrase };
  }
  if (!ids && !universal) {
    const m = SUPPORTED_NOUN.exec(text) ?? pageSet;
    if (m) return { groups: [], ids: [...all], named: false, examples: [...examples], contrasts: [...contrasts], removes: removed, clauses, withinDocument: true, supported: m[0] };
  }
  const withinDocument = umbrellas.length > 0 && !scopeGroups.some((g) => g.named)
    && umbrellas.every((m) => SUPPORTED_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start)) || (!!pageSet && m.start >= pageSet.index && m.end <= pageSet.index + pageSet[0].length + 40));
  // "every TEE in our support matrix": the umbrella as far as the rows the page's table names.
  const inRows = withinDocument && tableRows && ids ? ids.filter((id) => tableRows?.ids.includes(id)) : [];
  if (inRows.length) ids = inRows;
  return { groups: scopeGroups, ids, named: groups.some((g) => g.named), examples: [...examples], contrasts: [...contrasts], removes: removed, clauses, universal, withinDocument: withinDocument || undefined };
}
