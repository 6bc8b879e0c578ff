/**
 * Configuration on generated `.claimlint.yml` files in a temporary tree, through the CLI's
 * own path (lintPaths: config lookup and cascade, rule files, name checks, scope globs) and
 * the ignore check. Properties: no throw; every error names a file, and errors in a config
 * point inside its text; a config never makes the tree's document go unlinted silently.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lintPaths } from '../../../src/cli/lint-files.js';
import { clearConfigCache, isIgnored, resolveConfig } from '../../../src/config/index.js';
import { configInput, type ConfigInput } from '../gen/config.js';
import { budget, fail, lineStarts, messageSummary, type Target } from '../target.js';

let root: string | undefined;

/** The tree, made once per process and removed when it exits (a `.git` stops the config search there). */
function tree(): string {
  if (!root) {
    const dir = mkdtempSync(join(tmpdir(), 'claimlint-fuzz-config-'));
    root = dir;
    process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  }
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, '.git'), { recursive: true });
  mkdirSync(join(root, 'Documentation'), { recursive: true });
  return root;
}

function checkError(line: string, texts: Map<string, string>, starts: Map<string, number[]>): void {
  const m = /^(.+?):(\d+):(\d+): (.+)$/s.exec(line);
  if (!m) return; // errors without a position ("cannot read ...") name their file otherwise
  const file = m[1] as string;
  const text = texts.get(file);
  if (text === undefined) return;
  if (!starts.has(file)) starts.set(file, lineStarts(text, true));
  const at = starts.get(file) as number[];
  const row = Number(m[2]);
  const col = Number(m[3]);
  const width = (at[row] ?? text.length + 1) - (at[row - 1] ?? 0);
  if (!(row >= 1 && row <= at.length + 1 && col >= 1 && col <= width + 1)) fail(`an error at ${row}:${col}, outside ${file} (${at.length} lines): ${m[4]}`);
}

export function configRun(input: ConfigInput): Promise<string> {
  const dir = tree();
  const texts = new Map<string, string>();
  const write = (path: string, text: string) => { const abs = join(dir, path); mkdirSync(join(abs, '..'), { recursive: true }); writeFileSync(abs, text); texts.set(abs, text.replace(/^\uFEFF/, '')); };
  write('.claimlint.yml', input.top);
  if (input.nested !== undefined) write('Documentation/.claimlint.yml', input.nested);
  if (input.ruleFile !== undefined) write('rules/extra.yml', input.ruleFile);
  write(`Documentation/${input.name}`, input.doc);
  const doc = join(dir, 'Documentation', input.name);
  clearConfigCache();
  return (async () => {
    const run = await lintPaths([doc]);
    const starts = new Map<string, number[]>();
    for (const e of run.errors) checkError(e, texts, starts);
    const ignored = isIgnored(resolveConfig(doc).config, doc);
    if (run.files.length !== 1) fail(`the document was not linted (${run.files.length} results)`);
    const rel = (s: string) => s.split(dir).join('<tree>');
    return JSON.stringify({ errors: run.errors.map(rel), ignored, messages: run.files.map(messageSummary) });
  })();
}

export const configTarget = (full: boolean): Target<ConfigInput> => ({
  name: 'config',
  covers: 'configuration lookup, cascade, rule-file naming, scope and ignore globs, name checks on generated and damaged .claimlint.yml files (alias bombs, huge lists, backtracking globs, long file names) in a temporary tree',
  arbitrary: configInput(full),
  budgetMs: (input) => budget(10_000, 60, input.top.length + (input.nested?.length ?? 0)),
  rerun: (input) => input.top.length < 100_000,
  run: configRun,
  save: (input) => input,
  load: (saved) => saved as ConfigInput,
  file: (input) => ({ ext: 'yml', data: input.top }),
});
