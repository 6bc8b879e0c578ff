/**
 * Evaluating claim recognition on labelled sentences (`npm run eval`): the
 * paraphrase corpora under fixtures/claims/ and fixtures/claims-holdout/ say, for each sentence, which
 * property rule must flag it and which technologies break it, or that it must
 * stay silent. Each sentence is linted alone, as a paragraph of a CoCo
 * document that names no technology elsewhere.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { lintText, type ClaimMessage } from '../engine/lint.js';
import type { RecognisedClaim } from '../rules/check.js';
import type { RuleSet } from '../rules/types.js';

export interface LabelledSentence {
  id: string;
  /** The corpus it comes from (the directory name: claims, claims-holdout). */
  corpus: string;
  property: string;
  text: string;
  /** Flagged: the technologies the finding must name as breaking. */
  breaks?: string[];
  negative?: boolean;
  construction?: string;
  /** Silent: why no finding is expected. */
  silent?: string;
  twin?: string;
}

export interface PropertyFinding {
  ruleId: string;
  property: string;
  breaks: string[];
  /** Sentence-relative range of the primary location. */
  start: number;
  end: number;
}

export type Verdict = 'hit' | 'wrong' | 'miss' | 'false-alarm' | 'silent';

export interface SentenceResult {
  sentence: LabelledSentence;
  verdict: Verdict;
  findings: PropertyFinding[];
}

/** Every labelled sentence of the YAML files in `dir` (one file per property). */
export function readCorpus(dir: string, corpus: string): LabelledSentence[] {
  const out: LabelledSentence[] = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.yml')).sort()) {
    const doc = parse(readFileSync(join(dir, name), 'utf8')) as { property: string; sentences: Omit<LabelledSentence, 'corpus' | 'property'>[] };
    for (const s of doc.sentences) out.push({ ...s, corpus, property: doc.property });
  }
  return out;
}

/** The property findings claimlint reports for one sentence on its own. */
export function propertyFindings(text: string, ruleSets: RuleSet[]): PropertyFinding[] {
  const targets = new Map<string, string>();
  for (const rs of ruleSets) for (const r of rs.rules) if (r.kind === 'property' && r.target) targets.set(r.id, r.target);
  const file = lintText(`${text}\n`, { path: 'claims.rst', ruleSets, cocoDocument: true });
  const out: PropertyFinding[] = [];
  for (const m of file.messages as ClaimMessage[]) {
    const property = targets.get(m.ruleId ?? '');
    if (!property) continue;
    const place = m.place && 'start' in m.place ? m.place : undefined;
    out.push({
      ruleId: m.ruleId ?? '', property, breaks: [...((m.data?.['breaks'] as string[] | undefined) ?? [])].sort(),
      start: place?.start.offset ?? -1, end: place?.end.offset ?? -1,
    });
  }
  return out;
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && [...a].sort().every((x, i) => x === [...b].sort()[i]);

/**
 * A flagged sentence is a hit when a finding of its property names exactly the expected
 * breaking technologies at a range inside the sentence; a silent sentence is a false alarm
 * when any property finding is reported for it. Findings of other properties on a flagged
 * sentence are neither (a sentence may claim two properties).
 */
export function judge(s: LabelledSentence, findings: PropertyFinding[]): Verdict {
  if (s.silent) return findings.length ? 'false-alarm' : 'silent';
  const own = findings.filter((f) => f.property === s.property);
  if (own.length === 0) return 'miss';
  const inside = (f: PropertyFinding) => f.start >= 0 && f.end <= s.text.length;
  return own.some((f) => inside(f) && sameSet(f.breaks, s.breaks ?? [])) ? 'hit' : 'wrong';
}

export function evaluate(sentences: LabelledSentence[], ruleSets: RuleSet[]): SentenceResult[] {
  return sentences.map((sentence) => {
    const findings = propertyFindings(sentence.text, ruleSets);
    return { sentence, findings, verdict: judge(sentence, findings) };
  });
}

export interface Score {
  flagged: number;
  hits: number;
  /** Findings that are wrong: on silent sentences, or with the wrong technologies. */
  falseFindings: number;
  recall: number;
  precision: number;
}

/** Recall over flagged sentences; precision over the sentences claimlint flagged for the labelled property or on silent ones. */
export function score(results: SentenceResult[]): Score {
  const flagged = results.filter((r) => !r.sentence.silent).length;
  const hits = results.filter((r) => r.verdict === 'hit').length;
  const falseFindings = results.filter((r) => r.verdict === 'wrong' || r.verdict === 'false-alarm').length;
  return {
    flagged, hits, falseFindings,
    recall: flagged ? hits / flagged : 1,
    precision: hits + falseFindings ? hits / (hits + falseFindings) : 1,
  };
}

/** Results grouped by a key (property, construction, silent category), in key order. */
export function groupBy(results: SentenceResult[], key: (r: SentenceResult) => string | undefined): [string, SentenceResult[]][] {
  const m = new Map<string, SentenceResult[]>();
  for (const r of results) {
    const k = key(r);
    if (k === undefined) continue;
    m.set(k, [...(m.get(k) ?? []), r]);
  }
  return [...m.entries()].sort(([a], [b]) => a.localeCompare(b));
}

/** A property claim recognised in a document of the kernel tree, identified without quoting it. */
export interface TreeClaim {
  /** Path relative to the tree's root (Documentation/, or corpus-dev/). */
  file: string;
  line: number;
  /** A hash of the sentence (whitespace collapsed): labels survive lines moving. */
  hash: string;
  property: string;
  negated: boolean;
  breaks: string[];
}

/** The label of a recognised claim (fixtures/claims-linux-6.12.yml), by file, hash and property. */
export interface TreeLabel {
  file: string;
  hash: string;
  property: string;
  /** What is right for this sentence: a finding (`expected`: it really over-claims) or none. */
  finding: 'expected' | 'none';
  why: string;
}

export const sentenceHash = (text: string) => createHash('sha256').update(text.replace(/\s+/g, ' ').trim()).digest('hex').slice(0, 12);

/** Every property claim the rules recognise in the .rst files below `documentation` (translations skipped). */
export function treeClaims(documentation: string, ruleSets: RuleSet[]): TreeClaim[] {
  const files = (readdirSync(documentation, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.rst') && !f.startsWith('translations/')).sort();
  return filesClaims(documentation, files, ruleSets, 'Documentation');
}

/**
 * Every property claim the rules recognise in `files` (relative to `root`), each linted as the
 * CLI lints it, under the path `prefix/file` (the path is context: "pKVM" under arch/arm64).
 */
export function filesClaims(root: string, files: string[], ruleSets: RuleSet[], prefix = ''): TreeClaim[] {
  const out: TreeClaim[] = [];
  for (const rel of files) {
    const text = readFileSync(join(root, rel), 'utf8').replace(/^\uFEFF/, '');
    const claims: RecognisedClaim[] = [];
    lintText(text, { path: prefix ? join(prefix, rel) : rel, ruleSets, onClaim: (c) => claims.push(c) });
    for (const c of claims) {
      const line = text.slice(0, c.sentence.start).split('\n').length;
      out.push({ file: rel, line, hash: sentenceHash(text.slice(c.sentence.start, c.sentence.end)), property: c.property, negated: c.negated, breaks: c.breaks });
    }
  }
  return out;
}

/** The documents of a tree with the given extension, relative paths, sorted (../shared/corpus-dev: .rst, later .md). */
export function treeFiles(root: string, ext: string): string[] {
  return (readdirSync(root, { recursive: true }) as string[]).filter((f) => f.endsWith(ext)).sort();
}

/** Recognised claims against their labels: findings, false findings, labelled misses, unlabelled claims. */
export function judgeLabels(claims: TreeClaim[], labels: TreeLabel[]): { findings: TreeClaim[]; falseFindings: TreeClaim[]; misses: TreeClaim[]; unlabelled: TreeClaim[] } {
  const byKey = new Map(labels.map((l) => [`${l.file} ${l.hash} ${l.property}`, l]));
  const label = (c: TreeClaim) => byKey.get(`${c.file} ${c.hash} ${c.property}`);
  const findings = claims.filter((c) => c.breaks.length);
  return {
    findings,
    falseFindings: findings.filter((c) => label(c)?.finding === 'none'),
    misses: claims.filter((c) => !c.breaks.length && label(c)?.finding === 'expected'),
    unlabelled: claims.filter((c) => !label(c)),
  };
}

export function readTreeLabels(path: string): TreeLabel[] {
  // Every scalar a string: an unquoted hash such as 7e9673178557 would otherwise be a number.
  return (parse(readFileSync(path, 'utf8'), { schema: 'failsafe' }) as { labels: TreeLabel[] }).labels;
}
