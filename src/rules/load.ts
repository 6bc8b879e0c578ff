/**
 * Loading a rule file (rules/*.yml, DESIGN §2 "The knowledge base") into a
 * `RuleSet`. Every problem is a `FileError` at the line:column of the
 * offending YAML node — bad YAML, unknown or missing keys, wrong types,
 * references to unknown technologies, properties, terms or sources, invalid
 * or catastrophically backtracking regular expressions — never an exception.
 * The rule set is returned only when there is no error.
 *
 * A rule file may be named by a configuration in an untrusted tree, and so be some other
 * file: only a regular file under MAX_RULE_FILE_BYTES is read, and the messages quote text of
 * the file (keys, values) only once it is recognizably a rule file (valid YAML whose top
 * level is a mapping with an `id` or a `rules` key). Otherwise the error gives a position
 * and says what is wrong, quoting nothing.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../package-root.js';
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import { MAX_RULE_FILE_BYTES } from '../config/trust.js';
import { ReadRefusal, readRegularFile } from '../config/store.js';
import { checkClock, regexProblem } from './regex-safety.js';
import { isShippedRuleFile } from './shipped.js';
import { precompiledRuleSet } from './precompiled.js';
import {
  CLAIMS, COVERS, DATE, IDENTIFIER_PREFIX, LEXICON_ENTRY, LEXICON_WORD, MESSAGE_ID, POLARITIES, RULE_ID, RULE_KINDS, SEVERITIES, SHAPES, STATUSES, URL_PATTERN, VALUES,
} from './shape.js';
import type {
  Alias, FileError, Frame, LexiconClass, Property, PropertyPattern, Provenance, Rule, RuleSet, Technology, Term, Umbrella, Value,
} from './types.js';
import { readExamples } from './load-examples.js';
import { linePosition, tooDeepAt, tooDeepMessage } from './yaml-depth.js';
import { type Entry, Reader, yamlMessage } from './yaml-reader.js';

const URL_HINT = { re: URL_PATTERN, hint: 'an http(s) URL' };

/** The shipped rule files (rules/*.yml of the package), from src/ or dist/ alike. */
export function defaultRuleFiles(): string[] {
  const dir = join(packageRoot(), 'rules');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yml'))
    .sort()
    .map((name) => join(dir, name));
}

/** Reads a rule file's bytes (at most `limit`), or throws ReadRefusal. */
export type ReadBytes = (path: string, limit: number) => Buffer;

/**
 * The last load of each rule file, by path and text: a process that lints many times (the
 * resident server, the editor) reads the file again each run, and gets the same rule set (and
 * so the same compiled one) while its text is unchanged, a new one as soon as it changes.
 */
const loads = new Map<string, { text: string; result: { ruleSet?: RuleSet; errors: FileError[] } }>();

/**
 * Load the rule file at `path`, read by `read`: by default from the file system (a file
 * named on the command line, or a shipped one); a configuration's rule files are read from
 * where configurations are (the file system or a git revision, src/config).
 */
export function loadRuleFile(path: string, read: ReadBytes = readRegularFile): { ruleSet?: RuleSet; errors: FileError[] } {
  let text: string;
  try {
    text = read(path, MAX_RULE_FILE_BYTES).toString('utf8');
  } catch (err) {
    const why = err instanceof ReadRefusal ? err.message : (err as Error).message;
    return { errors: [{ file: path, line: 1, column: 1, message: `cannot read rule file: ${why}` }] };
  }
  const last = loads.get(path);
  if (last && last.text === text) return last.result;
  const result = parseRuleFile(text, path);
  loads.set(path, { text, result });
  return result;
}

export function parseRuleFile(text: string, file: string): { ruleSet?: RuleSet; errors: FileError[] } {
  if (isShippedRuleFile(file)) {
    const ruleSet = precompiledRuleSet(text, file);
    if (ruleSet) return { ruleSet, errors: [] };
  }
  // The shipped rule files are trusted (as for their patterns): no second pass over them at every start.
  const deep = isShippedRuleFile(file) ? undefined : tooDeepAt(text);
  if (deep !== undefined) return { errors: [{ file, ...linePosition(text, deep), message: tooDeepMessage() }] };
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const r = new Reader(file, lineCounter, doc);
  for (const e of [...doc.errors, ...doc.warnings]) {
    const { line, col } = lineCounter.linePos(e.pos[0]);
    r.errors.push({ file, line, column: col, message: `YAML: ${yamlMessage(e)}` });
  }
  if (r.errors.length) return { errors: sorted(r.errors) };
  if (doc.contents === null) {
    return { errors: [{ file, line: 1, column: 1, message: 'the rule file is empty (expected a mapping with id, description, technologies, rules)' }] };
  }
  const top = r.resolve(doc.contents);
  if (isMap(top) && !top.items.some((p) => isScalar(p.key) && (p.key.value === 'id' || p.key.value === 'rules'))) {
    return { errors: [{ ...r.place(top), message: 'not a rule file: its top level has neither an id nor a rules key (its content is not shown)' }] };
  }
  const ruleSet = new Loader(r).load(doc.contents);
  return r.errors.length ? { errors: sorted(r.errors) } : { ruleSet, errors: [] };
}

function sorted(errors: FileError[]): FileError[] {
  return errors.sort((a, b) => a.line - b.line || a.column - b.column);
}

class Loader {
  private technologyIds = new Set<string>();
  private technologies: Technology[] = [];
  private sources = new Map<string, Provenance | undefined>();
  private propertyIds = new Set<string>();
  private termIds = new Set<string>();
  private lexiconIds = new Set<string>();
  /** The recheck time of this file's patterns (regex-safety.ts bounds it per file). */
  private clock = checkClock();

  constructor(private r: Reader) {}

  load(root: unknown): RuleSet | undefined {
    const r = this.r;
    const top = r.record(root, '', SHAPES.ruleFile);
    if (!top) return undefined;
    const get = (key: string) => top.get(key);
    const id = r.string(get('id')?.value, 'id', get('id')?.keyNode);
    const description = r.string(get('description')?.value, 'description', get('description')?.keyNode);

    // Names first, so references to a broken entry do not cascade.
    const techEntries = this.entries(get('technologies'));
    this.technologyIds = new Set(techEntries.map((e) => e.key));
    const techSection = get('technologies');
    if (techSection && techEntries.length === 0 && isMap(r.resolve(techSection.value))) {
      r.error(r.resolve(techSection.value), 'technologies: expected at least 1 technology', techSection.keyNode);
    }
    const sourceEntries = this.entries(get('sources'));
    const propertyEntries = this.entries(get('properties'));
    const termEntries = this.entries(get('terms'));
    this.propertyIds = new Set(propertyEntries.map((e) => e.key));
    this.termIds = new Set(termEntries.map((e) => e.key));

    this.technologies = techEntries.map((e) => this.technology(e)).filter((t) => t !== undefined);
    for (const e of sourceEntries) this.sources.set(e.key, this.source(e));
    const aliasItems = get('aliases') ? r.seq(get('aliases')?.value, 'aliases', get('aliases')?.keyNode) ?? [] : [];
    const umbrellaEntries = this.entries(get('umbrellas'));
    const lexiconEntries = this.entries(get('lexicon'));
    this.lexiconIds = new Set(lexiconEntries.map((e) => e.key));
    const lexicon = lexiconEntries.map((e) => this.lexiconClass(e)).filter((c) => c !== undefined);
    const derivations = this.derivations(get('derivations'));
    const identifiers = this.identifiers(get('identifiers'));
    const ruleEntries = this.entries(get('rules'));
    const ruleSet: RuleSet = {
      file: r.file,
      id: id ?? '',
      description: description ?? '',
      technologies: this.technologies,
      aliases: aliasItems.map((item) => this.alias(item.node, item.path)).filter((a) => a !== undefined),
      umbrellas: umbrellaEntries.map((e) => this.umbrella(e)).filter((u) => u !== undefined),
      properties: propertyEntries.map((e) => this.property(e)).filter((p) => p !== undefined),
      terms: termEntries.map((e) => this.term(e)).filter((t) => t !== undefined),
      rules: ruleEntries.map((e) => this.rule(e)).filter((x) => x !== undefined),
      lexicon,
      derivations,
      identifiers,
    };
    return ruleSet;
  }

  /** The entries of an id-keyed section (technologies, sources, ...), or none. */
  private entries(section: Entry | undefined): Entry[] {
    if (!section) return [];
    return this.r.map(section.value, section.path, undefined, section.keyNode) ?? [];
  }

  private technology(e: Entry): Technology | undefined {
    const r = this.r;
    const f = r.record(e.value, e.path, SHAPES.technology, e.keyNode);
    if (!f) return undefined;
    const str = (k: string) => r.string(f.get(k)?.value, `${e.path}.${k}`, f.get(k)?.keyNode);
    const bool = (k: string) => r.bool(f.get(k)?.value, `${e.path}.${k}`, f.get(k)?.keyNode);
    const [name, short, arch, vm, cloud] = [str('name'), str('short'), str('arch'), bool('vm'), bool('cloud')];
    const aliases = r.strings(f.get('aliases')?.value, `${e.path}.aliases`, f.get('aliases')?.keyNode);
    const st = f.get('status');
    const status = st ? r.oneOf(st.value, st.path, st.keyNode, STATUSES) : 'mainline';
    const since = f.has('since') ? str('since') : undefined;
    if (name === undefined || short === undefined || arch === undefined || vm === undefined || cloud === undefined || !aliases || !status) {
      return undefined;
    }
    const t: Technology = { id: e.key, name, short, arch, vm, cloud, aliases, status };
    if (since !== undefined) t.since = since;
    return t;
  }

  private source(e: Entry): Provenance | undefined {
    const r = this.r;
    const f = r.record(e.value, e.path, SHAPES.source, e.keyNode);
    if (!f) return undefined;
    const at = (k: string) => [f.get(k)?.value, `${e.path}.${k}`, f.get(k)?.keyNode] as const;
    const reviewer = r.string(...at('reviewer'));
    const date = r.string(...at('date'), { re: DATE, hint: 'a date (YYYY-MM-DD)' });
    if (date !== undefined && Number.isNaN(Date.parse(`${date}T00:00:00Z`))) r.error(f.get('date')?.value, `${e.path}.date: '${date}' is not a valid date`);
    const subject = r.string(...at('subject'));
    const messageId = r.string(...at('message-id'), { re: MESSAGE_ID, hint: 'a Message-ID in angle brackets (<local@domain>)' });
    const url = f.has('url') ? r.string(...at('url'), URL_HINT) : undefined;
    if (reviewer === undefined || date === undefined || subject === undefined || messageId === undefined) return undefined;
    return url === undefined ? { reviewer, date, subject, messageId } : { reviewer, date, subject, messageId, url };
  }

  private alias(node: unknown, path: string): Alias | undefined {
    const r = this.r;
    const f = r.record(node, path, SHAPES.alias);
    if (!f) return undefined;
    const phrase = r.string(f.get('phrase')?.value, `${path}.phrase`, f.get('phrase')?.keyNode);
    const technologies = this.techIds(f.get('technologies'));
    let besides: Alias['besides'];
    const b = f.get('besides');
    if (b) {
      const bf = r.record(b.value, b.path, SHAPES.besides, b.keyNode);
      const named = bf && this.techIds(bf.get('named'));
      const means = bf && this.techIds(bf.get('means'));
      if (named && means) besides = { named, means };
    }
    const needsContext = this.flag(f.get('needs-context'));
    if (phrase === undefined || !technologies || (b && !besides)) return undefined;
    return besides ? { phrase, technologies, besides, needsContext } : { phrase, technologies, needsContext };
  }

  private umbrella(e: Entry): Umbrella | undefined {
    const r = this.r;
    const f = r.record(e.value, e.path, SHAPES.umbrella, e.keyNode);
    if (!f) return undefined;
    const phrases = r.strings(f.get('phrases')?.value, `${e.path}.phrases`, f.get('phrases')?.keyNode, 1);
    const c = f.get('covers');
    let covers: string[] | undefined;
    if (c && !isSeq(r.resolve(c.value))) {
      const word = r.oneOf(c.value, c.path, c.keyNode, COVERS);
      if (word) covers = this.technologies.filter((t) => word === 'all' || (word === 'vm' ? t.vm : t.cloud)).map((t) => t.id);
    } else if (c) {
      covers = this.techIds(c);
    }
    const overgeneral = this.flag(f.get('overgeneral'));
    const coco = this.flag(f.get('coco'));
    const needsContext = this.flag(f.get('needs-context'));
    if (!phrases || !covers) return undefined;
    return { id: e.key, phrases, covers, overgeneral, coco, needsContext };
  }

  private property(e: Entry): Property | undefined {
    const r = this.r;
    const f = r.record(e.value, e.path, SHAPES.property, e.keyNode);
    if (!f) return undefined;
    const name = r.string(f.get('name')?.value, `${e.path}.name`, f.get('name')?.keyNode);
    const p = f.get('patterns');
    const items = p ? r.seq(p.value, p.path, p.keyNode) : undefined;
    if (items && items.length === 0) r.error(r.resolve(p?.value), `${p?.path}: expected at least 1 pattern`);
    const patterns = items?.map((item) => this.pattern(item.node, item.path));
    const v = f.get('values');
    const values: Record<string, Value> = {};
    let valuesOk = !!v;
    if (v) {
      const entries = r.map(v.value, v.path, undefined, v.keyNode);
      valuesOk = !!entries;
      for (const ve of entries ?? []) {
        if (!this.technologyIds.has(ve.key)) {
          r.error(ve.keyNode, `${v.path}: unknown technology '${ve.key}' (known: ${[...this.technologyIds].join(', ')})`);
          valuesOk = false;
          continue;
        }
        const value = r.oneOf(ve.value, ve.path, ve.keyNode, VALUES);
        if (value) values[ve.key] = value;
        else valuesOk = false;
      }
      const missing = [...this.technologyIds].filter((t) => !entries?.some((x) => x.key === t));
      if (entries && missing.length) {
        r.error(r.resolve(v.value), `${v.path}: no value for ${missing.join(', ')} (every technology needs holds, breaks or caveat)`, v.keyNode);
        valuesOk = false;
      }
    }
    const notes: Record<string, string> = {};
    const n = f.get('notes');
    for (const ne of n ? r.map(n.value, n.path, undefined, n.keyNode) ?? [] : []) {
      if (!this.technologyIds.has(ne.key)) {
        r.error(ne.keyNode, `${n?.path}: unknown technology '${ne.key}' (known: ${[...this.technologyIds].join(', ')})`);
        continue;
      }
      const note = r.string(ne.value, ne.path, ne.keyNode);
      if (note !== undefined) notes[ne.key] = note;
    }
    const fr = f.get('frames');
    const frameItems = fr ? r.seq(fr.value, fr.path, fr.keyNode) : undefined;
    const frames = frameItems?.map((item) => this.frame(item.node, item.path)) ?? [];
    if (!p && !fr) r.error(e.keyNode, `${e.path}: a property needs patterns or frames (how a sentence claims it)`);
    if (name === undefined || (p && !patterns) || (fr && !frameItems) || patterns?.some((x) => !x) || frames.some((x) => !x) || !valuesOk || (!p && !fr)) return undefined;
    return { id: e.key, name, patterns: (patterns ?? []) as PropertyPattern[], frames: frames as Frame[], values, notes };
  }

  /** A lexicon class: a list of words, or a mapping with words and options. */
  private lexiconClass(e: Entry): LexiconClass | undefined {
    const r = this.r;
    const resolved = r.resolve(e.value);
    const words = (node: unknown, path: string, at?: Entry['keyNode'], min = 0, shape = LEXICON_WORD) => {
      const list = r.strings(node, path, at, min);
      if (!list) return undefined;
      const bad = list.find((w) => !shape.test(w));
      if (bad !== undefined) {
        const tagged = shape === LEXICON_ENTRY ? ", or a word with its part of speech: 'secret:adj'" : '';
        r.error(r.resolve(node), `${path}: '${bad}' is not a lower-case word or phrase (lexicon words are lemmas: 'modify', 'cloud provider'${tagged})`);
        return undefined;
      }
      return list;
    };
    const place = r.place(e.keyNode);
    if (isSeq(resolved)) {
      const list = words(e.value, e.path, e.keyNode, 1, LEXICON_ENTRY);
      return list && { id: e.key, words: list, actor: false, unless: [], with: [], objects: [], place };
    }
    const f = r.record(e.value, e.path, SHAPES.lexiconClass, e.keyNode);
    if (!f) return undefined;
    const list = words(f.get('words')?.value, `${e.path}.words`, f.get('words')?.keyNode, 1, LEXICON_ENTRY);
    const optional = (k: string) => (f.has(k) ? words(f.get(k)?.value, `${e.path}.${k}`, f.get(k)?.keyNode) : []);
    const unless = optional('unless');
    const withWords = optional('with');
    const objects = optional('objects');
    const actor = this.flag(f.get('actor'));
    if (!list || !unless || !withWords || !objects) return undefined;
    return { id: e.key, words: list, actor, unless, with: withWords, objects, place };
  }

  private identifiers(section: Entry | undefined): RuleSet['identifiers'] {
    const out: RuleSet['identifiers'] = [];
    for (const e of this.entries(section)) {
      if (!IDENTIFIER_PREFIX.test(e.key)) {
        this.r.error(e.keyNode, `${e.path}: an identifier prefix is upper case ('KVM_SEV_SNP_'), a path ending in '/' ('arch/x86/coco/tdx/') or a code name's ending ('-snp')`);
        continue;
      }
      const technologies = this.techIds(e);
      if (technologies) out.push({ prefix: e.key, technologies });
    }
    // The longest prefix first: KVM_SEV_SNP_ before KVM_SEV_.
    return out.sort((a, b) => b.prefix.length - a.prefix.length);
  }

  private derivations(section: Entry | undefined): Record<string, string> {
    const out: Record<string, string> = Object.create(null) as Record<string, string>;
    for (const e of this.entries(section)) {
      const verb = this.r.string(e.value, e.path, e.keyNode);
      if (verb === undefined) continue;
      if (!LEXICON_WORD.test(e.key) || !LEXICON_WORD.test(verb)) { this.r.error(e.keyNode, `${e.path}: derivations map a lower-case noun or adjective to a lower-case verb`); continue; }
      out[e.key] = verb;
    }
    return out;
  }

  private frame(node: unknown, path: string): Frame | undefined {
    const r = this.r;
    const f = r.record(node, path, SHAPES.frame);
    if (!f) return undefined;
    const c = f.get('claim');
    const claim = c ? r.oneOf(c.value, c.path, c.keyNode, CLAIMS) : undefined;
    const classes = (k: string) => {
      const x = f.get(k);
      return x ? r.ids(x.value, x.path, this.lexiconIds, 'lexicon class', x.keyNode) : undefined;
    };
    const act = classes('act');
    const frame: Frame = { claim: claim ?? 'asserted', act: act ?? [], place: r.place(node as Entry['value']) };
    let ok = claim !== undefined && act !== undefined;
    for (const k of ['patient', 'agent', 'requires', 'excludes'] as const) {
      if (!f.has(k)) continue;
      const ids = classes(k);
      if (ids) frame[k] = ids; else ok = false;
    }
    if (f.has('agent-not')) {
      const ids = classes('agent-not');
      if (ids) frame.agentNot = ids; else ok = false;
    }
    const v = f.get('values');
    if (v) {
      const values: Record<string, Value> = {};
      for (const ve of r.map(v.value, v.path, undefined, v.keyNode) ?? []) {
        const value = this.technologyIds.has(ve.key) ? r.oneOf(ve.value, ve.path, ve.keyNode, VALUES) : undefined;
        if (!this.technologyIds.has(ve.key)) r.error(ve.keyNode, `${v.path}: unknown technology '${ve.key}' (known: ${[...this.technologyIds].join(', ')})`);
        if (value) values[ve.key] = value; else ok = false;
      }
      frame.values = values;
    }
    if (f.has('agent-named')) {
      frame.agentNamed = this.flag(f.get('agent-named'));
      if (frame.agentNamed && !frame.agent) { r.error(f.get('agent-named')?.value, `${path}.agent-named: needs an agent`); ok = false; }
    }
    const o = f.get('otherwise');
    if (o) {
      const other = r.string(o.value, o.path, o.keyNode);
      if (other !== undefined && this.propertyIds.has(other)) frame.otherwise = other;
      else {
        if (other !== undefined) r.error(o.value as Entry['value'], `${o.path}: unknown property '${other}' (known: ${[...this.propertyIds].join(', ')})`, o.keyNode);
        ok = false;
      }
    }
    return ok ? frame : undefined;
  }

  private pattern(node: unknown, path: string): PropertyPattern | undefined {
    const r = this.r;
    const resolved = r.resolve(node);
    if (isMap(resolved)) {
      const f = r.record(resolved, path, SHAPES.pattern);
      if (!f) return undefined;
      const regex = this.regex(f.get('regex')?.value, `${path}.regex`, f.get('regex')?.keyNode);
      const pol = f.get('polarity');
      const polarity = pol ? r.oneOf(pol.value, pol.path, pol.keyNode, POLARITIES) : 'positive';
      return regex !== undefined && polarity ? { regex, polarity } : undefined;
    }
    const regex = this.regex(resolved, path);
    return regex === undefined ? undefined : { regex, polarity: 'positive' };
  }

  private regex(node: unknown, path: string, at?: Entry['keyNode']): string | undefined {
    const source = this.r.string(node, path, at);
    if (source === undefined) return undefined;
    const problem = regexProblem(source, this.r.file, this.clock);
    if (problem) { this.r.error(this.r.resolve(node), `${path}: ${problem}`); return undefined; }
    return source;
  }

  private term(e: Entry): Term | undefined {
    const r = this.r;
    const f = r.record(e.value, e.path, SHAPES.term, e.keyNode);
    if (!f) return undefined;
    const regex = this.regex(f.get('regex')?.value, `${e.path}.regex`, f.get('regex')?.keyNode);
    const suggestions = r.strings(f.get('suggestions')?.value, `${e.path}.suggestions`, f.get('suggestions')?.keyNode, 1);
    return regex !== undefined && suggestions ? { id: e.key, regex, suggestions } : undefined;
  }

  private rule(e: Entry): Rule | undefined {
    const r = this.r;
    if (!RULE_ID.test(e.key)) r.error(e.keyNode, `rules: rule id '${e.key}' is not lowercase kebab-case (like overgeneral-umbrella)`);
    const f = r.record(e.value, e.path, SHAPES.rule, e.keyNode);
    if (!f) return undefined;
    const at = (k: string) => [f.get(k)?.value, `${e.path}.${k}`, f.get(k)?.keyNode] as const;
    const kind = r.oneOf(...at('kind'), RULE_KINDS);
    const severity = r.oneOf(...at('severity'), SEVERITIES);
    const message = r.string(...at('message'));
    const rationale = r.string(...at('rationale'));
    const t = f.get('target');
    let target: string | undefined;
    let ok = true;
    if (kind === 'property' || kind === 'term') {
      const known = kind === 'property' ? this.propertyIds : this.termIds;
      if (!t) { r.error(e.keyNode, `${e.path}: a ${kind} rule needs a target (the ${kind} id)`); ok = false; }
      else target = r.id(t.value, t.path, known, kind, t.keyNode);
      if (t && target === undefined) ok = false;
    } else if (kind && t) {
      r.error(t.keyNode, `${t.path}: only property and term rules have a target`);
      ok = false;
    }
    const s = f.get('source');
    const sourceKey = s ? r.id(s.value, s.path, new Set(this.sources.keys()), 'source', s.keyNode) : undefined;
    const source = sourceKey === undefined ? undefined : this.sources.get(sourceKey);
    const url = f.has('url') ? r.string(...at('url'), URL_HINT) : undefined;
    const examples = readExamples(r, f.get('examples'));
    if (!kind || !severity || message === undefined || rationale === undefined || !examples || !ok) return undefined;
    if ((s && !source) || (f.has('url') && url === undefined) || !RULE_ID.test(e.key)) return undefined;
    const rule: Rule = { id: e.key, kind, severity, message, rationale, examples, place: r.place(e.keyNode) };
    if (target !== undefined) rule.target = target;
    if (source) rule.source = source;
    if (url !== undefined) rule.url = url;
    return rule;
  }

  private techIds(e: Entry | undefined): string[] | undefined {
    return e && this.r.ids(e.value, e.path, this.technologyIds, 'technology', e.keyNode);
  }

  private flag(e: Entry | undefined): boolean {
    return (e && this.r.bool(e.value, e.path, e.keyNode)) ?? false;
  }
}
