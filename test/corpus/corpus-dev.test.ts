/**
 * Issues 11 and 13 on third-party documentation: the reStructuredText (and, below, Markdown) documents of ../shared/corpus-dev
 * (read here, never copied into the repository). Precision: every property claim recognised in
 * them is labelled in fixtures/claims-corpus-dev.yml, and no finding is where none is right.
 * Recall, so that silence cannot pass: over-claims made from the same documents by widening a
 * correctly scoped sentence's technology to an umbrella that covers one the property breaks for
 * (src/eval/widen.ts) are found.
 */
import { beforeAll, expect, test } from '@jest/globals';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { filesClaims, readTreeLabels, treeFiles, type TreeClaim } from '../../src/eval/claims.js';
import { widenedClaims, type WidenedClaim } from '../../src/eval/widen.js';
import { defaultRuleFiles, loadRuleFile } from '../../src/rules/load.js';
import { sharedDir } from '../helpers/shared.js';
import { describeIf, skipOrFail } from '../helpers/skip.js';

const root = join(sharedDir(), 'corpus-dev');
const available = existsSync(root) ? root : skipOrFail(`${root} not found`, 'the corpus-dev precision set');
const key = (c: { file: string; hash: string; property: string }) => `${c.file} ${c.hash} ${c.property}`;

describeIf(available)('../shared/corpus-dev, reStructuredText', () => {
  const { ruleSet } = loadRuleFile(defaultRuleFiles()[0] as string);
  const labels = readTreeLabels(join(process.cwd(), 'fixtures', 'claims-corpus-dev.yml'));
  const byKey = new Map(labels.map((l) => [key(l), l]));
  let files: string[] = [];
  let claims: TreeClaim[] = [];
  let widened: WidenedClaim[] = [];
  beforeAll(() => {
    files = treeFiles(root, '.rst');
    claims = filesClaims(root, files, [ruleSet!]);
    widened = widenedClaims(root, files, [ruleSet!]);
  }, 300_000);

  test('every recognised claim is labelled, and every label is a recognised claim', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
    expect(claims.length).toBeGreaterThan(100);
    const seen = new Set(claims.map(key));
    expect(claims.filter((c) => !byKey.has(key(c))).map((c) => `${c.file}:${c.line} ${c.property} (${c.hash})`)).toEqual([]);
    expect(labels.filter((l) => !seen.has(key(l))).map(key)).toEqual([]);
    for (const l of labels) expect(l.why.length).toBeGreaterThan(10);
  });

  test('no false positive: no finding where none is right (issue 11 asks for none)', () => {
    const wrong = claims.filter((c) => c.breaks.length && byKey.get(key(c))?.finding === 'none');
    expect(wrong.map((c) => `${c.file}:${c.line} ${c.property} [${c.breaks.join(', ')}]`)).toEqual([]);
  });

  test('no miss among the labelled claims', () => {
    const missed = claims.filter((c) => !c.breaks.length && byKey.get(key(c))?.finding === 'expected');
    expect(missed.map((c) => `${c.file}:${c.line} ${c.property}`)).toEqual([]);
  });

  test('widened over-claims: recall >= 90% where the umbrella stands at its own coverage', () => {
    const open = widened.filter((w) => w.place === 'open');
    // Enough of them, from more than one document and property, for the rate to mean something.
    expect(open.length).toBeGreaterThanOrEqual(15);
    expect(new Set(open.map((w) => w.file)).size).toBeGreaterThanOrEqual(2);
    expect(new Set(open.map((w) => w.property)).size).toBeGreaterThanOrEqual(3);
    const missed = open.filter((w) => !w.found);
    expect(missed.length / open.length).toBeLessThanOrEqual(0.1);
    // Each expects a technology the umbrella brought in.
    for (const w of open) expect(w.expected.length).toBeGreaterThan(0);
  });
});

/**
 * Issue 13 on third-party Markdown: every property claim recognised in corpus-dev's Markdown
 * documents is labelled in fixtures/claims-corpus-dev-md.yml (written before any tuning on them).
 * The issue asks for a precision of 90% or more; it is not reached yet, so the false findings that
 * remain are listed here by name (docs/corpus-dev-findings.md says why each is wrong): a new one,
 * or one of these going, fails this test and the list and the document are updated together.
 */
describeIf(available)('../shared/corpus-dev, Markdown', () => {
  const { ruleSet } = loadRuleFile(defaultRuleFiles()[0] as string);
  const labels = readTreeLabels(join(process.cwd(), 'fixtures', 'claims-corpus-dev-md.yml'));
  const byKey = new Map(labels.map((l) => [key(l), l]));
  let claims: TreeClaim[] = [];
  beforeAll(() => {
    const files = treeFiles(root, '.md').filter((f) => f !== 'README.md');
    expect(files.length).toBeGreaterThanOrEqual(10);
    claims = filesClaims(root, files, [ruleSet!]);
  }, 300_000);

  test('every recognised claim is labelled, and every label is a recognised claim', () => {
    expect(claims.length).toBeGreaterThan(30);
    const seen = new Set(claims.map(key));
    expect(claims.filter((c) => !byKey.has(key(c))).map((c) => `${c.file}:${c.line} ${c.property} (${c.hash})`)).toEqual([]);
    expect(labels.filter((l) => !seen.has(key(l))).map(key)).toEqual([]);
    for (const l of labels) expect(l.why.length).toBeGreaterThan(10);
  });

  test('the findings judged right are found, and the false ones are those docs/corpus-dev-findings.md lists', () => {
    const findings = claims.filter((c) => c.breaks.length);
    const wrong = findings.filter((c) => byKey.get(key(c))?.finding === 'none').map((c) => `${c.file}:${c.line} ${c.property}`);
    expect(wrong).toEqual([
      'confidential-containers/architecture.md:187 attestation-report',
    ]);
    const missed = claims.filter((c) => !c.breaks.length && byKey.get(key(c))?.finding === 'expected');
    expect(missed.map((c) => `${c.file}:${c.line} ${c.property}`)).toEqual([]);
    expect(findings.length - wrong.length).toBeGreaterThanOrEqual(10);
    // Issue 13's bar: precision at least 90%.
    expect((findings.length - wrong.length) / findings.length).toBeGreaterThanOrEqual(0.9);
  });
});
