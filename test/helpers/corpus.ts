/**
 * The kernel corpus, fetched by `npm run corpus:fetch`. Tests that need it
 * call `corpusOrSkip()`: without it they are skipped with a message, except
 * under CI=true, where its absence is a failure.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export interface Corpus {
  dir: string;
  version: string;
  /** The number of .rst files corpus-fetch counted when it extracted the tree. */
  rstFiles: number;
  documentation: string;
}

export function corpusDir(): string {
  if (process.env['CLAIMLINT_CORPUS']) return process.env['CLAIMLINT_CORPUS'];
  const cache = process.env['XDG_CACHE_HOME'] ?? join(homedir(), '.cache');
  return join(cache, 'claimlint', 'current');
}

export function findCorpus(): Corpus | undefined {
  const dir = corpusDir();
  const manifest = join(dir, 'manifest.json');
  if (!existsSync(manifest) || !existsSync(join(dir, 'Documentation'))) return undefined;
  const { version, rstFiles } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string; rstFiles: number };
  return { dir, version, rstFiles, documentation: join(dir, 'Documentation') };
}

/** The corpus, or undefined after telling why its tests are skipped (throws under CI=true). */
export function corpusOrSkip(what: string): Corpus | undefined {
  const corpus = findCorpus();
  if (corpus) return corpus;
  const msg = `kernel corpus not found at ${corpusDir()}: run 'npm run corpus:fetch' (${what})`;
  if (process.env['CI'] === 'true') throw new Error(msg);
  console.warn(`skipped: ${msg}`);
  return undefined;
}

/** Every .rst file below Documentation/, relative paths, sorted. */
export function rstFiles(corpus: Corpus): string[] {
  return (readdirSync(corpus.documentation, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.rst'))
    .sort();
}

export function readCorpusFile(corpus: Corpus, rel: string): string {
  return readFileSync(join(corpus.documentation, rel), 'utf8').replace(/^\uFEFF/, '');
}
