/**
 * What a document says about its own scope: levels 2–4 of DESIGN §2 (blocks,
 * sections, the document) and the CoCo-document gate. Built once per
 * document; section and block levels are computed on demand and cached.
 */
import { basename, dirname } from 'node:path';
import type { Comment, Field, Inline, ListItem, Parent, Paragraph, Root, RstNode, Section, TableCell, TableRow } from '../rst/types.js';
import { innermostSection, maskedText, nodeText, type ProseUnit, type UnitNode } from '../prose/units.js';
import type { DocumentPiece, Matcher, Mention } from './mentions.js';
import { tableSets, type TableSets } from './table-sets.js';
import { sentenceScope } from './sentence.js';
import { documentCodeNames, withCodeNames } from './code-names.js';
import { defaultLevel, type Level, type LevelName } from './levels.js';
import { boundedMemo, detached, perObject, type Recall } from '../memo.js';

export interface DocumentContext {
  path: string;
  text: string;
  matcher: Matcher;
  all: string[];
  units: ProseUnit[];
  /** The document is about confidential computing (the gate for property rules). */
  isCoco: boolean;
  /**
   * Does this part of a CoCo document speak of confidential computing? The whole document when
   * its scope, file name or title says so; else the sections (and paragraphs) that name a
   * technology or a CoCo word: "interrupting the guest" in a KVM API section is not a claim
   * about confidential guests because another section of the same file describes SEV.
   */
  cocoAt(unit: ProseUnit): boolean;
  /** Level 4, when the configuration, a scope comment or the file name sets it. */
  document?: Level;
  /**
   * What a claim with no scope of its own is about (level 5): the technologies the document
   * names, contrasts and denials left out; when it names none, every technology of the rule set
   * that can be in scope here (mainline, and proposals the document names). Computed on first use.
   */
  universe(): Level;
  /** The sets the page's tables define ("GA" rows, every row): scope/table-sets.ts. Computed on first use. */
  tableSets(): TableSets;
  /** Mentions in the file name (offsets into `fileName`). */
  fileName: string;
  fileNameMentions: Mention[];
  title?: ProseUnit;
  lead?: ProseUnit;
  sectionLevel(section: Section): Level | undefined;
  blockLevel(unit: ProseUnit): Level | undefined;
}

export interface DocumentOptions {
  /** Technology ids from the configuration (path globs). */
  scope?: string[];
  /** Force the CoCo gate open (rule examples are CoCo documents). */
  cocoDocument?: boolean;
}

const ALL_CAPS = /^[^a-z]*[A-Z][^a-z]*$/;
const SCOPE_COMMENT = /^claimlint:\s*scope\s*=\s*([\w\s,.-]+)$/;

/** A level from a piece of text (a title, a lead-in, a stub cell); undefined when it names nothing. */
export function levelOf(matcher: Matcher, all: string[], text: string, base: number, level: LevelName, label: (m: Mention[]) => string): Level | undefined {
  const mentions = matcher.find(text, ALL_CAPS.test(text)).map((m) => ({ ...m, start: m.start + base, end: m.end + base }));
  if (mentions.length === 0) return undefined;
  const s = sentenceScope(text, mentions.map((m) => ({ ...m, start: m.start - base, end: m.end - base })), all);
  if (!s.ids) return undefined;
  return { level, ids: s.ids, named: s.named, label: label(mentions), mentions, removes: s.removes.length ? s.removes : undefined };
}

const quote = (ms: Mention[]) => ms.map((m) => `'${m.text.replace(/\s+/g, ' ')}'`).join(', ');

/** Technology ids named in a `:Technology:` field or a scope comment: ids, aliases, or "all". */
function namedIds(matcher: Matcher, all: string[], value: string): string[] {
  const ids = new Set<string>();
  for (const word of value.split(/[\s,/]+|\bor\b|\band\b/).filter(Boolean)) {
    const w = word.toLowerCase();
    if (w === 'all') return all;
    if (all.includes(w)) { ids.add(w); continue; }
    for (const m of matcher.find(detached(word), true)) for (const id of m.ids) ids.add(id);
  }
  return [...ids];
}

/** Every node, depth-first in document order (a stack of its own: nesting depth follows the input). */
function walk(node: RstNode, visit: (n: RstNode) => void): void {
  const stack: RstNode[] = [node];
  while (stack.length) {
    const n = stack.pop() as RstNode;
    visit(n);
    if (!('children' in n)) continue;
    const children = n.children as RstNode[];
    for (let k = children.length - 1; k >= 0; k--) stack.push(children[k] as RstNode);
  }
}

/** Path segments that say which architecture a document is about (Documentation/virt/kvm/arm/, arch/x86/). */
const ARCH_DIRS: Record<string, string> = { arm64: 'arm64', arm: 'arm64', aarch64: 'arm64', x86: 'x86', x86_64: 'x86', s390: 's390', powerpc: 'ppc64', ppc: 'ppc64' };

/**
 * The architecture a document is about, when exactly one is named: by its directories, else by
 * its file name and title ("x86-confidential-computing.rst", "Confidential Computing in Linux
 * for x86 virtualization"), as its reader takes the page.
 */
function documentArch(path: string, matcher: Matcher, title: string | undefined): string | undefined {
  const known = new Set(matcher.ruleSet.technologies.map((t) => t.arch));
  const one = (words: string[]) => {
    const archs = new Set(words.map((d) => ARCH_DIRS[d.toLowerCase()]).filter((a): a is string => !!a && known.has(a)));
    return archs.size === 1 ? [...archs][0] : undefined;
  };
  const dirs = path.split(/[\\/]/).slice(0, -1);
  if (dirs.some((d) => ARCH_DIRS[d.toLowerCase()])) return one(dirs);
  return one(`${basename(path).replace(/\.[^.]+$/, '')} ${title ?? ''}`.split(/[^A-Za-z0-9]+/));
}

/**
 * A level from the identifiers and paths in a piece of source text (issue 11, item 3): named, with
 * no mentions (an identifier scopes; it is never an umbrella to flag). Undefined when there is none.
 */
export function identifierLevel(matcher: Matcher, all: string[], source: string, level: LevelName, label: (names: string) => string): Level | undefined {
  const found = matcher.identifiers(source);
  const ids = all.filter((id) => found.some((x) => x.ids.includes(id)));
  if (ids.length === 0) return undefined;
  return { level, ids, named: true, label: label([...new Set(found.map((x) => `'${x.text}'`))].join(', ')) };
}

/** The words of a document's path that can scope it: its directory and file name, separators as spaces. */
export function pathWords(path: string): string {
  const dir = basename(dirname(path));
  const fileNameText = basename(path).replace(/\.[^.]+$/, '').replace(/[-_]+/g, ' ');
  return `${dir && dir !== '.' ? `${dir.replace(/[-_]+/g, ' ')} ` : ''}${fileNameText}`;
}

const WORD_CHARACTER = /[A-Za-z0-9]/g;

/**
 * The document as forDocument reads it: its file name, its blocks (the nodes below the root and
 * the sections, each keyed by its node: the editor's next parse keeps a block it did not touch,
 * so its names are read once), and whatever text between them has a letter or a digit (section
 * adornments and blank lines have none). A name is read inside one piece: none runs from one
 * block into the next.
 */
export function documentPieces(tree: Root, text: string, path: string): DocumentPiece[] {
  const name = basename(path);
  const pieces: DocumentPiece[] = [{ text: () => name }];
  let at = 0;
  const between = (end: number) => {
    if (end <= at) return;
    WORD_CHARACTER.lastIndex = at;
    const w = WORD_CHARACTER.exec(text);
    if (w && w.index < end) {
      const from = at;
      pieces.push({ text: () => text.slice(from, end) });
    }
  };
  const stack: RstNode[] = [tree];
  while (stack.length) {
    const node = stack.pop() as RstNode;
    if (node.type === 'root' || node.type === 'section') {
      const children = node.children as RstNode[];
      for (let k = children.length - 1; k >= 0; k--) stack.push(children[k] as RstNode);
      continue;
    }
    const start = node.position.start.offset ?? 0;
    const end = node.position.end.offset ?? 0;
    between(start);
    pieces.push({ key: node, text: () => text.slice(start, end) });
    at = Math.max(at, end);
  }
  between(text.length);
  return pieces;
}

export function documentContext(text: string, tree: Root, units: ProseUnit[], path: string, ruleSetMatcher: Matcher, opts: DocumentOptions): DocumentContext {
  // The technologies a scope can hold here: proposals only where the document names them.
  const arch = documentArch(path, ruleSetMatcher, units.find((u) => u.kind === 'title')?.text);
  const pieces = documentPieces(tree, text, path);
  let matcher = ruleSetMatcher.forDocument(pieces, opts.scope, arch);
  let all = matcher.all;
  const fileName = basename(path).replace(/\.[^.]+$/, '');
  const fileNameText = fileName.replace(/[-_]+/g, ' ');
  const fileNameMentions = matcher.find(fileNameText, true);

  // Level 4: configuration, then an in-file scope comment, then the file name.
  let document: Level | undefined;
  let pathNamesCoco = false;
  if (opts.scope?.length) document = { level: 'document', ids: opts.scope, named: true, label: 'the document scope (configuration)' };
  if (!document && /claimlint:\s*scope/.test(text)) {
    walk(tree, (n) => {
      if (document || n.type !== 'comment') return;
      const m = SCOPE_COMMENT.exec((n as Comment).value.trim());
      // Any technology of the rule set: a comment may name a proposal the text calls only "pKVM".
      if (m) document = { level: 'document', ids: namedIds(matcher, ruleSetMatcher.all, m[1] as string), named: true, label: 'the document scope (scope comment)' };
    });
    // The scope comment says which of an ambiguous name's technologies the document means.
    const fromComment = document as Level | undefined;
    if (fromComment) {
      matcher = ruleSetMatcher.forDocument(pieces, fromComment.ids, arch);
      all = matcher.all;
    }
  }
  if (!document) {
    // The file name, read with its directory: virt/kvm/x86/amd-memory-encryption.rst is AMD on x86.
    const dir = basename(dirname(path));
    const pathText = pathWords(path);
    const mentions = matcher.find(pathText, true);
    const s = mentions.length ? sentenceScope(pathText, mentions, all, { positional: false }) : undefined;
    if (s?.ids) document = { level: 'document', ids: s.ids, named: s.named, label: `the document scope (file name '${dir && dir !== '.' ? `${dir}/` : ''}${basename(path)}')` };
    // A path naming CoCo (virt/coco/, confidential-computing.rst) makes a CoCo document, as a technology does.
    if (mentions.some((m) => m.umbrella?.coco && !m.umbrella.needsContext)) pathNamesCoco = true;
  }

  const title = units.find((u) => u.kind === 'title');
  const lead = units.find((u) => u.kind === 'paragraph' && (u.text.match(/[A-Za-z]{2,}/g)?.length ?? 0) >= 8);

  // The gate: a scope that names a technology, or CoCo words in two paragraphs.
  let isCoco = opts.cocoDocument ?? false;
  if (!isCoco && (document?.named || pathNamesCoco)) isCoco = true;
  if (!isCoco && title && matcher.find(title.text).some((m) => m.kind === 'technology')) isCoco = true;
  // A lead paragraph that says the page is about confidential computing ("an agent that runs
  // inside a confidential VM") makes it a CoCo document too: the lead says what a page is about.
  // Its CoCo words, not a technology's name, which can be a homonym ("an SGX rendering unit").
  if (!isCoco && lead && matcher.find(lead.text).some((m) => m.umbrella?.coco && !m.umbrella.needsContext)) isCoco = true;
  const wholeCoco = isCoco;
  // The gate: CoCo words in two units (the scan stops at the second).
  const namesCoco = (u: ProseUnit) => matcher.find(u.text).some((m) => m.kind === 'technology' || m.umbrella?.coco);
  if (!isCoco && matcher.mayNameCoco(text)) {
    let seen = 0;
    for (const u of units) if (namesCoco(u) && ++seen >= 2) { isCoco = true; break; }
  }
  // In a document that is CoCo only by that count, the sections (and units) that name CoCo words;
  // computed on first use.
  let cocoUnits: Set<ProseUnit> | undefined;
  let cocoSections: Set<RstNode> | undefined;
  const cocoAt = (unit: ProseUnit): boolean => {
    if (wholeCoco) return true;
    if (!isCoco) return false;
    if (!cocoUnits || !cocoSections) {
      cocoUnits = new Set(units.filter(namesCoco));
      cocoSections = new Set([...cocoUnits].flatMap((u) => u.ancestors.filter((a) => a.type === 'section')));
    }
    if (cocoUnits.has(unit)) return true;
    const section = innermostSection(unit);
    return section === undefined || cocoSections.has(section);
  };

  const sections = new Map<Section, Level | undefined>();
  const sectionLevel = (section: Section): Level | undefined => {
    if (sections.has(section)) return sections.get(section);
    const t = section.children[0];
    let level: Level | undefined;
    if (t && t.type === 'title' && t.children.length) {
      const start = t.children[0]?.position.start.offset ?? 0;
      const end = t.children[t.children.length - 1]?.position.end.offset ?? start;
      const titleText = nodeText(text, t, start, end);
      const source = text.slice(start, end);
      // What a title says depends on its words, its place and the matcher alone: the editor's next
      // version asks again of every section.
      level = sectionLevels(matcher)(`${start}\u0000${titleText}\u0000${source}`, () => {
        const l = levelOf(matcher, all, titleText, start, 'section', () => `the section '${titleText.replace(/\s+/g, ' ').trim()}'`);
        // "KVM_SEV_SNP_LAUNCH_START": a section about an SNP command is about SEV-SNP.
        return l ?? identifierLevel(matcher, all, source, 'section', (names) => `the section '${source.replace(/\s+/g, ' ').trim()}' (${names})`) ?? null;
      }) ?? undefined;
    }
    sections.set(section, level);
    return level;
  };

  // A node's own level, under ancestors[d - 1] (its parent), once per node.
  const blocks = new Map<Parent, Level | undefined>();
  const nodeLevel = (node: Parent, ancestors: Parent[], d: number): Level | undefined => {
    if (blocks.has(node)) return blocks.get(node);
    const parent = ancestors[d - 1] as Parent;
    // Below a block (not under the root or a section) what a node's level reads (its term, lead-in,
    // field list, table row and header) is in that block, which the editor's next parse keeps
    // unchanged or moves whole (rst/incremental.ts): its level holds while the node has not moved.
    const inBlock = parent.type !== 'root' && parent.type !== 'section';
    const start = node.position.start.offset ?? 0;
    // (The matcher's memo, looked up now: `matcher` is final only once the code names are read.)
    const kept = inBlock ? keptBlockLevels(matcher) : undefined;
    const known = kept?.get(node);
    let level: Level | undefined;
    if (known && known.start === start) level = known.level;
    else {
      if (node.type === 'tableCell') level = tableLevel(parent as TableRow, node, ancestors[d - 2]);
      if (!level) level = termLevel(parent, node) ?? leadInLevel(parent, node) ?? fieldLevel(parent, node);
      kept?.set(node, { start, level });
    }
    blocks.set(node, level);
    return level;
  };
  // The innermost level of a unit's ancestors (the root has none), once per ancestors array:
  // units under the same nodes share it (prose/units.ts).
  const above = new Map<Parent[], Level | undefined>();
  const aboveLevel = (ancestors: Parent[]): Level | undefined => {
    if (above.has(ancestors)) return above.get(ancestors);
    let level: Level | undefined;
    for (let d = ancestors.length - 1; d > 0 && !level; d--) level = nodeLevel(ancestors[d] as Parent, ancestors, d);
    above.set(ancestors, level);
    return level;
  };
  const blockLevel = (unit: ProseUnit): Level | undefined => {
    const { ancestors } = unit;
    if (ancestors.length === 0) return undefined;
    return nodeLevel(unit.node as Parent, ancestors, ancestors.length) ?? aboveLevel(ancestors);
  };

  const unitOf = new Map<RstNode, ProseUnit>(units.map((u) => [u.node, u]));
  const unitText = (n: Paragraph | RstNode): string | undefined => unitOf.get(n)?.text;
  const cellText = (cell: TableCell): [string, number] | undefined => {
    const p = cell.children.find((c): c is Paragraph => c.type === 'paragraph');
    if (!p) return undefined;
    const t = unitText(p);
    return t === undefined ? undefined : [t, p.children[0]?.position.start.offset ?? 0];
  };
  /** Each table's first header row (null: none), found once per table, not once per cell. */
  const headerRows = new Map<Parent, TableRow | null>();
  function tableLevel(row: TableRow, cell: TableCell, table: Parent | undefined): Level | undefined {
    // A stub cell scopes its row; so does a body row's first cell that names a technology (a
    // table listing technologies down its first column: "| AMD SEV-SNP | ... | attestation report |").
    const stub = row.children[0];
    if (stub && stub !== cell && (stub.stub || !row.header)) {
      const t = cellText(stub);
      const level = t && levelOf(matcher, all, t[0], t[1], 'block', (m) => `the table row ${quote(m)}`);
      if (level && (stub.stub || level.named)) return level;
      // ... or, after a first cell of an ID ("| `cca` | Arm CCA Realms | RSI attestation token |"),
      // the next cell left of this one that names a technology.
      if (!row.header && !level) {
        for (const left of row.children.slice(1, Math.max(1, row.children.indexOf(cell)))) {
          const lt = cellText(left);
          const l = lt && levelOf(matcher, all, lt[0], lt[1], 'block', (m) => `the table row ${quote(m)}`);
          if (l && l.named) return l;
          if (lt && l) break;
        }
      }
    }
    // ... or any other cell of a body row that names technologies, by name or by code name:
    // "| vCPU register state hidden from the host | `snp`, `tdx`, `se` |".
    if (!row.header) {
      for (const other of row.children) {
        if (other === cell || other === stub) continue;
        const ot = cellText(other);
        const named = ot && levelOf(matcher, all, ot[0], ot[1], 'block', (m) => `the table row ${quote(m)}`);
        if (named && named.named) return named;
        const coded = identifierLevel(matcher, all, text.slice(other.position.start.offset ?? 0, other.position.end.offset ?? 0), 'block', (names) => `the table row ${names}`);
        if (coded) return coded;
      }
    }
    if (table?.type === 'table') {
      let first = headerRows.get(table);
      if (first === undefined) { first = table.children.find((r) => r.header) ?? null; headerRows.set(table, first); }
      const header = first?.children.find((c) => c.column === cell.column);
      if (header && header !== cell) {
        const t = cellText(header);
        return (t && levelOf(matcher, all, t[0], t[1], 'block', (m) => `the table column ${quote(m)}`)) || undefined;
      }
    }
    return undefined;
  }
  // Per parent, computed once: each child's index and the nearest `:Technology:` field list at
  // or before it (a search per unit would be quadratic in a long list of siblings).
  const siblingsOf = new Map<Parent, { index: Map<RstNode, number>; field: (Level | undefined)[] }>();
  const siblingInfo = (parent: Parent) => {
    let info = siblingsOf.get(parent);
    if (!info) {
      const children = parent.children as RstNode[];
      const field: (Level | undefined)[] = [];
      let nearest: Level | undefined;
      children.forEach((c) => { if (c.type === 'fieldList') nearest = technologyField(c.children) ?? nearest; field.push(nearest); });
      info = { index: new Map(children.map((c, k) => [c, k] as const)), field };
      siblingsOf.set(parent, info);
    }
    return info;
  };
  /**
   * The term an item is about: a definition's term, or the strong words that open a list item
   * before a dash or a colon ("**Process-based TEEs** - In this model, ..."). A reader reads
   * the whole item, and the items nested in it, as about that term.
   */
  function termLevel(parent: Parent, node: Parent): Level | undefined {
    let term: RstNode | undefined;
    if (node.type === 'definition' && parent.type === 'definitionItem') term = parent.children.find((c) => c.type === 'term');
    else if (node.type === 'listItem') term = itemTerm(node);
    if (!term || !('children' in term) || term.children.length === 0) return undefined;
    const start = term.children[0]?.position.start.offset ?? 0;
    const end = term.children[term.children.length - 1]?.position.end.offset ?? start;
    const termText = nodeText(text, term as UnitNode, start, end);
    const level = levelOf(matcher, all, termText, start, 'block', (m) => `the term ${quote(m)}`);
    // "- **AMD SEV** - ..." beside "- **AMD SEV-SNP** - ...": a family name among its members' terms means its own member.
    const family = level?.mentions?.length === 1 ? level.mentions[0] : undefined;
    if (level && family?.base && node.type === 'listItem') {
      const base = family.base;
      const siblings = (parent.children as RstNode[]).filter((c): c is ListItem => c !== node && c.type === 'listItem').map((c) => itemTerm(c)).filter((t): t is Paragraph => !!t);
      const named = siblings.some((t) => {
        const a = t.children[0]?.position.start.offset ?? 0;
        const b = t.children[t.children.length - 1]?.position.end.offset ?? a;
        return matcher.find(detached(maskedText(text, t, a, b))).some((m) => m.kind === 'technology' && !m.base && m.ids.some((id) => family.ids.includes(id) && !base.includes(id)));
      });
      if (named) return { ...level, ids: [...base] };
    }
    return level;
  }
  /** A list item's opening strong words (RST's strong node; Markdown's kept as markup around text) before a dash or a colon. */
  function itemTerm(item: Parent): Paragraph | undefined {
    const first = item.children[0];
    if (first?.type !== 'paragraph') return undefined;
    const open = first.children[0];
    if (!open || open.position.start.offset !== first.position.start.offset) return undefined;
    let inner: Inline[];
    let end: number;
    if (open.type === 'strong') { inner = open.children; end = open.position.end.offset ?? 0; } else {
      if (open.type !== 'markup' || !/^(?:\*\*|__)$/.test(open.value)) return undefined;
      const close = first.children.findIndex((c, k) => k > 0 && c.type === 'markup' && c.value === open.value);
      if (close < 0) return undefined;
      inner = first.children.slice(1, close);
      end = first.children[close]?.position.end.offset ?? 0;
    }
    if (inner.length === 0) return undefined;
    const words = text.slice(open.position.start.offset ?? 0, end);
    // Before a dash or a colon, or a run-in heading ending in its own "." or ":" ("**RTMR extension on TDX.** Boot ...").
    if (!/^\s*[-–—:]/.test(text.slice(end, end + 4)) && !/[:.]\W*$/.test(words)) return undefined;
    return { ...first, children: inner };
  }
  function leadInLevel(parent: Parent, node: Parent): Level | undefined {
    const siblings = parent.children as RstNode[];
    const prev = siblings[(siblingInfo(parent).index.get(node) ?? -1) - 1];
    if (!prev || prev.type !== 'paragraph' || !prev.data?.leadIn) return undefined;
    const t = unitText(prev);
    if (t === undefined) return undefined;
    return levelOf(matcher, all, t, prev.children[0]?.position.start.offset ?? 0, 'block', (m) => `the lead-in ${quote(m)}`);
  }
  function fieldLevel(parent: Parent, node: Parent): Level | undefined {
    const info = siblingInfo(parent);
    const k = info.index.get(node);
    return k === undefined ? undefined : info.field[k];
  }
  function technologyField(fields: Field[]): Level | undefined {
    const field = fields.find((f) => /^technolog(?:y|ies)$/i.test(f.name));
    if (!field) return undefined;
    const body = text.slice(field.children[0]?.position.start.offset ?? 0, field.children[0]?.position.end.offset ?? 0);
    const ids = namedIds(matcher, all, body);
    return ids.length ? { level: 'block', ids, named: true, label: `the field ':${field.name}: ${body.trim()}'` } : undefined;
  }

  // Names the page gives technologies in code ("shapes (`ncvm-z`)") scope as identifiers do.
  if (isCoco && text.includes('`')) matcher = withCodeNames(matcher, documentCodeNames(text, units, matcher));

  let universeLevel: Level | undefined;
  const universe = (): Level => (universeLevel ??= universeOf(matcher, all, units, text));
  let sets: TableSets | undefined;
  const tableSetsOf = (): TableSets => (sets ??= sameTableSets(matcher, tableSets(text, units, matcher, all)));

  return { path, text, matcher, all, units, isCoco, cocoAt, document, universe, tableSets: tableSetsOf, fileName: fileNameText, fileNameMentions, title, lead, sectionLevel, blockLevel };
}

/** The levels of nodes below a block, per matcher, by node, with the offset they were read at. */
const keptBlockLevels = perObject<Matcher, WeakMap<Parent, { start: number; level: Level | undefined }>>(() => new WeakMap());

/** A section's level by its title, per matcher (`all` is the matcher's). */
const sectionLevels = perObject<Matcher, Recall<Level | null>>(() => boundedMemo(4096));

/** Equal table sets as the same object, per matcher (sentence-view.ts remembers scopes by it). */
function sameTableSets(matcher: Matcher, sets: TableSets): TableSets {
  return knownTableSets(matcher)(JSON.stringify([[...sets.byWord], sets.rows]), () => sets);
}
const knownTableSets = perObject<Matcher, Recall<TableSets>>(() => boundedMemo(16));

/** Words before a name that keep it out of what the document is about: "unlike SEV", "no TDX". */
const SET_ASIDE = /\b(?:unlike|except|excluding|besides|other than|apart from|not|no|nor|without|neither|instead of|rather than)\s+(?:(?:the|a|an|vanilla|plain)\s+)?$/i;
/** Support denied before a list of names: "We do not support plain SEV or SEV-ES", "no longer targets AMD SEV", "do not publish images for plain SEV". */
const SUPPORT_DENIED = /\b(?:not|n['’]t|no longer)\s+(?:support|cover|target|handle|run on|(?:publish|ship|offer|provide|build|release)\s+(?:[\w-]+\s+){0,2}?(?:for|on))\s+(?:(?:the|a|an|plain|vanilla|legacy|either|or|and|nor|[A-Z][\w-]*),?\s+)*$/;

/** What after a name keeps it out: "AMD SEV and SEV-ES are intentionally absent", "TDX is not supported yet", "CCA is on the roadmap". */
const SET_ASIDE_AFTER = /^(?:\s*(?:,|and|or)\s*[\w -]{1,30}?)?\s+(?:is|are|remains?)\s+(?:[\w -]{1,30}?\s+but\s+(?:is|are)\s+)?(?:\w+ly\s+)?(?:not\s+(?:yet\s+)?(?:supported|covered|available|handled)|unsupported|absent|excluded|left out|out of scope|planned|on the roadmap)\b/i;

/** The technologies a unit names and does not set aside (`all` is the matcher's). */
function namesOfUnit(matcher: Matcher, all: string[], text: string, title: boolean): string[] {
  const ids: string[] = [];
  for (const m of matcher.find(text, title, true)) {
    const before = text.slice(Math.max(0, m.start - 60), m.start);
    if (m.kind !== 'technology' || SET_ASIDE.test(before.slice(-40)) || SUPPORT_DENIED.test(before) || SET_ASIDE_AFTER.test(text.slice(m.end, m.end + 80))) continue;
    for (const id of m.ids) if (all.includes(id)) ids.push(id);
  }
  return ids.length ? Object.freeze(ids) as string[] : NONE;
}
const NONE: string[] = Object.freeze([]) as unknown as string[];

/** Per matcher, each unit's technologies by its text, for prose and for titles (the editor's next version asks again of every unit). */
const unitNames = perObject<Matcher, [Recall<string[]>, Recall<string[]>]>(() => [boundedMemo(16384, { ownKeys: true }), boundedMemo(4096, { ownKeys: true })]);

/** The technologies the document names (DESIGN §2, level 5), or all of them when it names none. */
function universeOf(matcher: Matcher, all: string[], units: ProseUnit[], text: string): Level {
  const named = new Set<string>();
  const [inProse, inTitle] = unitNames(matcher);
  for (const u of units) {
    const title = u.kind === 'title';
    // Keyed by the unit's text itself: the same string as last time, whose hash V8 keeps.
    for (const id of (title ? inTitle : inProse)(u.text, () => namesOfUnit(matcher, all, u.text, title))) named.add(id);
  }
  // Identifiers and paths anywhere in the source (literals included): SNP_GET_REPORT names SEV-SNP.
  // One a whole family shares (CONFIG_AMD_MEM_ENCRYPT) adds its members only to a page that names
  // none of them: beside "SEV-SNP" and "SEV-ES" it brings in no vanilla SEV.
  const byName = new Set(named);
  for (const x of matcher.identifiers(text)) {
    if (x.ids.length > 1 && x.ids.some((id) => byName.has(id))) continue;
    for (const id of x.ids) if (all.includes(id)) named.add(id);
  }
  const ids = all.filter((id) => named.has(id));
  if (ids.length === 0) return defaultLevel(all);
  const short = (id: string) => matcher.ruleSet.technologies.find((t) => t.id === id)?.short ?? id;
  return { level: 'default', ids, named: false, label: `the technologies this document names (${ids.map(short).join(', ')})` };
}
