/**
 * Finding technology and umbrella mentions in text. Aliases match whole
 * words, longest first; phrases written in lower case match in any case,
 * others case-sensitively ("CoCo", "SEV", "TDX"), and everything matches in
 * any case in file names and all-caps titles.
 */
import type { Alias, RuleSet, Technology, Umbrella } from '../rules/types.js';
import { boundedMemo, detached, memoByText } from '../memo.js';
import { phraseRegExp } from './phrase-regex.js';

export interface Mention {
  /** Offsets in the text searched (callers add their base). */
  start: number;
  end: number;
  text: string;
  /** The technologies it names or covers. */
  ids: string[];
  /** A technology (or alias) names technologies; an umbrella covers them. */
  kind: 'technology' | 'umbrella';
  umbrella?: Umbrella;
  /** A family name's own member ("SEV": vanilla SEV), from the alias's `besides.means`. */
  base?: string[];
}

interface Entry {
  phrase: string;
  technology?: Technology;
  alias?: Alias;
  umbrella?: Umbrella;
}

export interface Matcher {
  ruleSet: RuleSet;
  /** Every technology a scope can hold: the mainline ones, and proposals the document names. */
  all: string[];
  /**
   * This matcher for a document that names the given proposals: umbrellas cover a proposal
   * (pKVM on x86) only in a document that names it (DESIGN §2, the universe).
   */
  /**
   * This matcher for one document: proposals only where it names them; a name for technologies
   * of several architectures ("pKVM") means the one of the document's architecture, or the one a
   * configuration or scope comment names (`extra`), which wins over the architecture.
   */
  forDocument(text: string | readonly DocumentPiece[], extra?: Iterable<string>, arch?: string): Matcher;
  /** Could `text` put a sentence in CoCo context (a technology or a CoCo umbrella, not only "x86")? A quick test. */
  mayNameCoco(text: string): boolean;
  /**
   * Mentions in a sentence (or title), with context rules applied; `context`: the text is in a
   * CoCo document, where ambiguous names ("TEE", "UV") need no other word beside them. The text
   * is remembered as given: in a long-lived process (memo.ts detachKeys) pass a string of its own,
   * not a view of a document's text (a unit's text is one: prose/units.ts nodeText; else detached()).
   */
  find(text: string, anyCase?: boolean, context?: boolean): Mention[];
  /** The regular expressions mayNameCoco tests (the build records them for bin/claimlint.js's early start of the tagger). */
  gates: RegExp[];
  /** Whether `find` could return anything for the text, in any case and any context (one scan). */
  mayMention(text: string): boolean;
  /** Identifiers and paths in the text that name technologies (the rule set's `identifiers`), longest prefix first. */
  identifiers(text: string): { text: string; ids: string[] }[];
  /** The technologies a lower-case code name is named for by its ending (`kata-qemu-snp`: the rule set's "-snp"). */
  codeNameEnding(name: string): string[] | undefined;
  /** The names the document gives technologies in code, found in the text (scope/code-names.ts; none without). */
  codeNames?(text: string): { text: string; ids: string[] }[];
}

/** Between a shared name and an architecture's name that picks its technology: "pKVM on x86", "pKVM (arm64)", "pKVM protected VMs (arm64, ...)". */
const ARCH_GAP = /^(?:\s*(?:on|for|in|under)\s+|\s*[(/-]\s*|\s+|(?:\s+[\w-]+){1,3}\s*\(\s*)$/i;

/**
 * A search for mentions, remembered: one memo per flag pair, keyed by the text itself (no key
 * string to build and hash; kept as given, Matcher.find), its mentions frozen and shared. A text
 * over 4 kB is searched anew.
 */
function rememberedSearch(search: (text: string, anyCase: boolean, inContext: boolean) => Mention[]): (text: string, anyCase?: boolean, inContext?: boolean) => Mention[] {
  const memos = [[false, false], [false, true], [true, false], [true, true]].map(([anyCase, inContext]) =>
    memoByText(16384, (text: string) => Object.freeze(search(text, anyCase as boolean, inContext as boolean).map((m) => Object.freeze(m))) as Mention[], { ownKeys: true }));
  return (text, anyCase = false, inContext = false) =>
    text.length > 4096 ? search(text, anyCase, inContext) : (memos[(anyCase ? 2 : 0) + (inContext ? 1 : 0)] as (t: string) => Mention[])(text);
}

/**
 * A part of a document that forDocument reads on its own (scope/document.ts documentPieces): a
 * block with its node as `key`, which the editor's next parse keeps unchanged or moves whole
 * (rst/incremental.ts), so its names are read once; or the text between blocks.
 */
export interface DocumentPiece {
  key?: object;
  text: () => string;
}

/**
 * What forDocument needs of a piece of a document, read once per kept block. The own names are
 * read only for a document that uses a shared or a family name, and then kept with the rest.
 */
interface PieceNames {
  /** Does it use a name several architectures share ("Ultravisor")? */
  shared: boolean;
  /** The technologies it names by their own names, of those shared names. */
  sharedOwn?: readonly string[];
  /** Does it use a family name ("SEV")? */
  family: boolean;
  /** The family members it names by their own names, and by identifiers of one technology. */
  familyOwn?: readonly string[];
  /** Could it name a proposal ("pKVM")? */
  proposal: boolean;
}

/** "SNP/TDX" names two technologies; "arch/x86/kernel" and "x86/sev.c" are paths. */
function inPath(text: string, start: number, end: number): boolean {
  let a = start;
  let b = end;
  while (a > 0 && /[\w./-]/.test(text[a - 1] as string)) a--;
  while (b < text.length && /[\w./-]/.test(text[b] as string)) b++;
  const token = text.slice(a, b).replace(/[.]+$/, '');
  if (!token.includes('/')) return false;
  return (token.match(/\//g) ?? []).length >= 2 || /\.\w/.test(token) || token.startsWith('/') || token.endsWith('/');
}

/**
 * Is the mention an umbrella whose lower-case phrase is written capitalised inside a sentence, as
 * a product's name ("launch a Confidential VM", "Harbourline Cloud")? At the start of a sentence
 * or a list item a capital says nothing.
 */
function inProperName(text: string, m: Mention, e: Entry): boolean {
  if (!e.umbrella || !/^[A-Z]/.test(m.text)) return false;
  // Only a phrase the rule data writes in lower case ("confidential VM"; not "Confidential Computing").
  const written = m.text.replace(/\s+/g, ' ');
  if (e.umbrella.phrases.includes(written) || !e.umbrella.phrases.some((p) => /^[a-z]/.test(p) && p.toLowerCase() === written.toLowerCase())) return false;
  // A name capitalises every word ("Confidential VMs"); "Confidential computing" opens a sentence.
  if (written.split(' ').some((w) => !/^[A-Z0-9]/.test(w))) return false;
  const before = text.slice(Math.max(0, m.start - 80), m.start);
  return /[A-Za-z0-9,)]\s*$/.test(before) && !/(?:^|[.!?:;]\s)\s*(?:[-*+>|#]\s*|\d+[.)]\s*)*$/.test(before);
}

/** Text in Title Case (a heading that capitalises every word), where capitals say nothing of names. */
function titleCase(text: string): boolean {
  const words = text.match(/[A-Za-z][a-z]{3,}/g) ?? [];
  return words.length >= 2 && words.filter((w) => /^[A-Z]/.test(w)).length * 3 >= words.length * 2;
}

function compile(entries: Entry[], flags: string): RegExp | undefined {
  return entries.length === 0 ? undefined : phraseRegExp(entries.map((e) => e.phrase), flags);
}

export function makeMatcher(ruleSet: RuleSet): Matcher {
  const entries: Entry[] = [];
  for (const t of ruleSet.technologies) for (const a of t.aliases) entries.push({ phrase: a, technology: t });
  for (const a of ruleSet.aliases) entries.push({ phrase: a.phrase, alias: a });
  for (const u of ruleSet.umbrellas) for (const p of u.phrases) entries.push({ phrase: p, umbrella: u });
  // "vanilla SEV" may open a sentence as "Vanilla SEV".
  for (const e of [...entries]) {
    const p = e.phrase;
    if (/^[a-z]/.test(p) && p !== p.toLowerCase()) entries.push({ ...e, phrase: p[0]!.toUpperCase() + p.slice(1) });
  }
  const byPhrase = new Map<string, Entry>();
  const byLower = new Map<string, Entry>();
  for (const e of entries) {
    if (!byPhrase.has(e.phrase)) byPhrase.set(e.phrase, e);
    const low = e.phrase.toLowerCase();
    if (!byLower.has(low)) byLower.set(low, e);
  }
  const lowerCase = entries.filter((e) => e.phrase === e.phrase.toLowerCase());
  const mixedCase = entries.filter((e) => e.phrase !== e.phrase.toLowerCase());
  const exact = compile(mixedCase, 'g');
  const folded = compile(lowerCase, 'gi');
  const anyCaseRe = compile(entries, 'gi');
  const anyEntry = compile(entries, 'i');
  const mayMention = (text: string) => !!anyEntry?.test(text);
  // Identifier and path prefixes (KVM_SEV_SNP_, arch/x86/coco/tdx/): one scan for each kind.
  const endings = (ruleSet.identifiers ?? []).filter((p) => p.prefix.startsWith('-'));
  const prefixes = (ruleSet.identifiers ?? []).filter((p) => !p.prefix.startsWith('-'));
  // Longest ending first (the rule set's order): `-sev-es` before `-sev`.
  const codeNameEnding = (name: string): string[] | undefined => {
    const n = `-${name.replace(/_/g, '-')}`;
    return /^-[a-z0-9][a-z0-9-]*$/.test(n) ? endings.find((e) => n.endsWith(e.prefix))?.technologies : undefined;
  };
  const reEscape = (x: string) => x.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const upper = prefixes.filter((p) => !p.prefix.includes('/'));
  const paths = prefixes.filter((p) => p.prefix.includes('/'));
  const identifierRes = [
    upper.length ? new RegExp(`(?<![A-Za-z0-9_])(?:${upper.map((p) => reEscape(p.prefix)).join('|')})[A-Z0-9_]*`, 'g') : undefined,
    paths.length ? new RegExp(`(?<![\\w.-])(?:${paths.map((p) => reEscape(p.prefix)).join('|')})[\\w./-]*`, 'g') : undefined,
  ].filter((re): re is RegExp => re !== undefined);
  const identifiers = (text: string): { text: string; ids: string[] }[] => {
    const out: { text: string; ids: string[] }[] = [];
    for (const re of identifierRes) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const hit = prefixes.find((p) => (m as RegExpExecArray)[0].startsWith(p.prefix));
        if (hit) out.push({ text: m[0], ids: hit.technologies });
      }
    }
    return out;
  };
  const all = ruleSet.technologies.map((t) => t.id);

  const norm = (s: string) => s.replace(/\s+/g, ' ');
  const toMention = (m: RegExpExecArray, e: Entry): Mention => {
    const base = { start: m.index, end: m.index + m[0].length, text: m[0] };
    if (e.technology) return { ...base, ids: [e.technology.id], kind: 'technology' };
    if (e.alias) return { ...base, ids: [...e.alias.technologies], kind: 'technology', ...(e.alias.besides && { base: e.alias.besides.means }) };
    const u = e.umbrella as Umbrella;
    return { ...base, ids: [...u.covers], kind: 'umbrella', umbrella: u };
  };
  const scan = (re: RegExp | undefined, text: string, lookup: (s: string) => Entry | undefined, out: { m: Mention; e: Entry }[]) => {
    if (!re) return;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (inPath(text, m.index, m.index + m[0].length)) continue;
      // A hyphenated umbrella ("confidential-computing extensions") names the class as it does
      // unhyphenated; a technology's name as a modifier ("trust-domain secrets") names a thing of it.
      const hyphened = m[0].includes('-') && !lookup(norm(m[0])) ? lookup(m[0].replace(/-/g, ' ')) : undefined;
      const e = hyphened ? (hyphened.umbrella ? hyphened : undefined) : lookup(norm(m[0]));
      if (e) out.push({ m: toMention(m, e), e });
    }
  };

  // The same texts are searched again and again (a unit for the gate, then for the universe; the
  // editor's next keystroke).
  const find = rememberedSearch((text, anyCase, inContext) => search(text, anyCase, inContext));
  const search = (text: string, anyCase: boolean, inContext: boolean): Mention[] => {
    const found: { m: Mention; e: Entry }[] = [];
    if (anyCase) {
      scan(anyCaseRe, text, (s) => byLower.get(s.toLowerCase()), found);
    } else {
      scan(exact, text, (s) => byPhrase.get(s), found);
      scan(folded, text, (s) => byLower.get(s.toLowerCase()), found);
      // "Harbourline Cloud", "Nimbus Confidential VMs": an umbrella written as part of a product's
      // name names the product, which the page describes, not the whole class.
      if (found.length && !titleCase(text)) found.splice(0, found.length, ...found.filter((f) => !inProperName(text, f.m, f.e)));
    }
    // Overlaps between the two scans: keep the longer (then the earlier) match.
    found.sort((a, b) => a.m.start - b.m.start || b.m.end - a.m.end);
    const kept: { m: Mention; e: Entry }[] = [];
    for (const f of found) {
      const last = kept[kept.length - 1];
      if (last && f.m.start < last.m.end) continue;
      kept.push(f);
    }
    // Context rules: ambiguous names need an architecture or CoCo word nearby;
    // "SEV" beside SEV-ES or SEV-SNP means vanilla SEV.
    const firm = kept.filter((f) => !(f.e.alias?.needsContext || f.e.umbrella?.needsContext));
    const context = firm.length > 0;
    const named = new Set(kept.filter((f) => f.m.kind === 'technology' && !f.e.alias?.besides).flatMap((f) => f.m.ids));
    // ... or by its architecture's name ("s390 guests use the Ultravisor facility").
    const technologyNames = new Set(kept.filter((f) => f.e.technology || (f.e.umbrella && !f.e.umbrella.coco)).flatMap((f) => f.m.ids));
    const out: Mention[] = [];
    for (const f of kept) {
      // In a CoCo document "TEE" needs no other word beside it; "PV" and "UV" still do (Xen PV guests).
      if (f.e.alias?.needsContext && !context) continue;
      if (f.e.umbrella?.needsContext && !context && !inContext) continue;
      const besides = f.e.alias?.besides;
      if (besides && besides.named.some((id) => named.has(id))) f.m.ids = [...besides.means];
      // "On Secure Execution, ... the UV attestation request": a name shared by several
      // technologies means the one the sentence names by its own name.
      else if (f.e.alias?.needsContext && f.m.ids.length > 1) {
        const own = f.m.ids.filter((id) => technologyNames.has(id));
        if (own.length) f.m.ids = own;
      } else if (f.e.alias && f.m.ids.length > 1) {
        // "pKVM on x86", "x86 pKVM", "pKVM (arm64)": an architecture's name right beside it.
        const beside = kept.filter((o) => o !== f && o.e.umbrella && !o.e.umbrella.coco && ARCH_GAP.test(o.m.start > f.m.end ? text.slice(f.m.end, o.m.start) : text.slice(o.m.end, f.m.start)));
        const own = f.m.ids.filter((id) => beside.some((o) => o.m.ids.includes(id)));
        if (own.length) f.m.ids = own;
      }
      out.push(f.m);
    }
    return out;
  };
  // Firm CoCo words: technology names and CoCo umbrellas that need no context.
  const firm = entries.filter((e) => (e.technology || (e.alias && !e.alias.needsContext) || (e.umbrella?.coco && !e.umbrella.needsContext)));
  const firmExact = compile(firm.filter((e) => e.phrase !== e.phrase.toLowerCase()), '');
  const firmFolded = compile(firm.filter((e) => e.phrase === e.phrase.toLowerCase()), 'i');
  const gates = [firmExact, firmFolded].filter((g): g is RegExp => g !== undefined);
  // Asked of the same text by the pre-scan, the gate and the check: one scan. The editor asks it
  // of each version of a document: where the last version's match was, at its place or moved by
  // the edit's length, a match is looked for first (a match found anywhere is a true answer), so
  // an edit elsewhere costs no scan up to it (api.rst's first is at half its 325 kB).
  const stickyGates = gates.map((g) => new RegExp(g.source, `${g.flags.replace(/[gy]/g, '')}y`));
  let lastText: string | undefined;
  let lastAnswer = false;
  let lastAt = -1;
  const matchAt = (text: string, at: number) => at >= 0 && stickyGates.some((g) => ((g.lastIndex = at), g.test(text)));
  const mayNameCoco = (text: string) => {
    if (text === lastText) return lastAnswer;
    const before = lastText;
    lastText = text;
    if (lastAnswer && before !== undefined) {
      const moved = lastAt + text.length - before.length;
      if (matchAt(text, lastAt)) return true;
      if (matchAt(text, moved)) { lastAt = moved; return true; }
    }
    lastAt = -1;
    for (const g of gates) {
      const m = g.exec(text);
      if (m) { lastAt = m.index; break; }
    }
    lastAnswer = lastAt >= 0;
    return lastAnswer;
  };

  const proposals = new Set(ruleSet.technologies.filter((t) => t.status === 'proposal').map((t) => t.id));
  // The phrases that can name a proposal: its aliases, and aliases that include it ("pKVM").
  const proposalWords = compile(entries.filter((e) => (e.technology && proposals.has(e.technology.id)) || e.alias?.technologies.some((id) => proposals.has(id))), 'i');
  const archOf = new Map(ruleSet.technologies.map((t) => [t.id, t.arch]));
  /** A name for technologies of several architectures, read in a document: the preferred ones, else those of its architecture. */
  const resolver = (prefer: Set<string>, arch: string | undefined, ownNames?: Set<string>) => (ids: string[]): string[] => {
    if (new Set(ids.map((id) => archOf.get(id))).size < 2) return ids;
    const preferred = ids.filter((id) => prefer.has(id));
    if (preferred.length) return preferred;
    const same = arch ? ids.filter((id) => archOf.get(id) === arch) : [];
    if (same.length) return same;
    // "the Ultravisor" on a page that names Secure Execution, and not PEF, by their own names.
    const named = ownNames ? ids.filter((id) => ownNames.has(id)) : [];
    return named.length ? named : ids;
  };
  const restricted = (allowed: Set<string>, resolve: (ids: string[]) => string[], members?: Set<string>): Matcher => {
    const keep = (id: string) => !proposals.has(id) || allowed.has(id);
    // A family name ("SEV") in a document that names some of its other members on their own
    // means its own member (vanilla SEV); elsewhere the whole family.
    const member = (m: Mention) => {
      const base = m.base;
      if (!members || !base || !m.ids.some((id) => !base.includes(id) && members.has(id))) return () => true;
      return (id: string) => base.includes(id);
    };
    const findHere = (text: string, anyCase: boolean, inContext: boolean): Mention[] => {
      const found = find(text, anyCase, inContext).map((m) => {
        if (m.kind !== 'technology') return m;
        const ids = resolve(m.ids).filter(member(m));
        return ids.length === m.ids.length ? m : { ...m, ids };
      });
      // "all confidential VMs, pKVM included": a proposal the text names is one its umbrellas cover.
      const here = found.some((m) => m.kind === 'technology' && m.ids.some((id) => proposals.has(id)))
        ? new Set(found.flatMap((m) => (m.kind === 'technology' ? m.ids : []))) : undefined;
      const covered = (id: string) => keep(id) || !!here?.has(id);
      const narrow = (m: Mention) => m.kind === 'umbrella' && m.ids.some((id) => !covered(id));
      // Most texts name no proposal and no umbrella that covers one: no second copy (the editor's hot path).
      return found.some(narrow) ? found.map((m) => (narrow(m) ? { ...m, ids: m.ids.filter(covered) } : m)) : found;
    };
    const self: Matcher = {
      ruleSet, all: all.filter(keep), mayNameCoco, gates, mayMention, identifiers, codeNameEnding,
      // A document's matcher is asked about the same units again on every keystroke (forDocument
      // gives the same matcher while what it depends on is unchanged).
      find: rememberedSearch(findHere),
      forDocument: () => self,
    };
    return self;
  };
  // The same document's matcher for every version of it that names the same technologies the
  // same way: what a matcher remembers (above) outlives a keystroke.
  const documentMatchers = boundedMemo<Matcher>(64);
  const sorted = (ids: Iterable<string> | undefined) => (ids ? [...ids].sort() : null);
  const forDocument = (document: string | readonly DocumentPiece[], extra: Iterable<string> = [], arch?: string): Matcher => {
    const pieces = typeof document === 'string' ? [{ text: () => document }] : document;
    // A long document is thousands of pieces, most of them naming nothing: one pass, no copies.
    let usesShared = false;
    let usesFamily = false;
    const proposalPieces: DocumentPiece[] = [];
    const names = pieces.map((piece) => {
      let n = piece.key ? namesOfPiece.get(piece.key) : undefined;
      if (!n) {
        n = namesIn(piece.text());
        if (piece.key) namesOfPiece.set(piece.key, n);
      }
      if (n.shared) usesShared = true;
      if (n.family) usesFamily = true;
      if (n.proposal) proposalPieces.push(piece);
      return n;
    });
    const sharedOwn = new Set<string>();
    const familyOwn = new Set<string>();
    for (const [i, n] of names.entries()) {
      const text = () => (pieces[i] as DocumentPiece).text();
      if (usesShared) for (const id of (n.sharedOwn ??= shared.ownNames(text()))) sharedOwn.add(id);
      if (usesFamily) for (const id of (n.familyOwn ??= familyOwnNames(text()))) familyOwn.add(id);
    }
    const prefer = new Set(extra);
    // The technologies a document names by their own names, where it uses a name they share.
    const ownNames = usesShared ? sharedOwn : undefined;
    const resolve = resolver(prefer, arch, ownNames);
    const named = new Set([...prefer].filter((id) => proposals.has(id)));
    // Read paragraph by paragraph: an architecture's name beside the shared name ("pKVM on x86")
    // picks its technology there, not anywhere on the page.
    for (const piece of proposalPieces) {
      for (const paragraph of piece.text().split(/\n\s*\n/)) {
        if (!proposalWords?.test(paragraph)) continue;
        for (const m of find(detached(paragraph))) {
          if (m.kind !== 'technology') continue;
          const ids = resolve(m.ids);
          if (ids.every((id) => proposals.has(id))) for (const id of ids) named.add(id);
        }
      }
    }
    // The members of family names ("SEV": SEV, SEV-ES, SEV-SNP) a document names on their own, by a
    // name or an identifier: a page that names SEV-ES or SEV-SNP on its own means vanilla SEV when
    // it says "SEV", as its reader takes it (the family only on a page that names no other member).
    // Undefined when the document uses no family name.
    const members = usesFamily ? new Set([...prefer, ...familyOwn]) : undefined;
    const key = JSON.stringify([sorted(prefer), arch ?? null, sorted(ownNames), sorted(named), sorted(members)]);
    return documentMatchers(key, () => restricted(named, resolve, members));
  };
  /**
   * For names that stand for several technologies: whether a text uses one of them, and the
   * technologies it names by their own names ("SEV-ES", "Secure Execution"); small scans, not find().
   */
  const ownNamesBeside = (aliases: typeof ruleSet.aliases) => {
    const words = compile(entries.filter((e) => e.alias && aliases.includes(e.alias)), 'g');
    const ids = new Set(aliases.flatMap((a) => a.technologies));
    const own = entries.filter((e) => e.technology && ids.has(e.technology.id));
    const ownWords = [compile(own.filter((e) => e.phrase !== e.phrase.toLowerCase()), 'g'), compile(own.filter((e) => e.phrase === e.phrase.toLowerCase()), 'gi')];
    const ownOf = new Map(own.map((e) => [norm(e.phrase).toLowerCase(), e]));
    return {
      uses: (text: string): boolean => {
        if (!words) return false;
        words.lastIndex = 0;
        return words.test(text);
      },
      ownNames: (text: string): string[] => {
        const found: { m: Mention; e: Entry }[] = [];
        if (words) for (const re of ownWords) scan(re, text, (x) => ownOf.get(x.toLowerCase()), found);
        return [...new Set(found.flatMap(({ m }) => m.ids))];
      },
    };
  };
  const family = ownNamesBeside(ruleSet.aliases.filter((a) => a.besides));
  // Names several architectures' technologies share ("Ultravisor", "UV").
  const shared = ownNamesBeside(ruleSet.aliases.filter((a) => new Set(a.technologies.map((id) => archOf.get(id))).size > 1));
  const familyOwnNames = (text: string): string[] => {
    const own = family.ownNames(text);
    for (const x of identifiers(text)) if (x.ids.length === 1 && !own.includes(x.ids[0] as string)) own.push(x.ids[0] as string);
    return own;
  };
  const namesIn = (text: string): PieceNames => ({ shared: shared.uses(text), family: family.uses(text), proposal: !!proposalWords?.test(text) });
  const namesOfPiece = new WeakMap<object, PieceNames>();
  return { ruleSet, all, find, mayNameCoco, forDocument, gates, mayMention, identifiers, codeNameEnding };
}
