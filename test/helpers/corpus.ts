/**
 * The kernel corpus, fetched by `npm run corpus:fetch` or named by CLAIMLINT_CORPUS (see
 * scripts/corpus-dir.mjs, which the scripts share). Tests that need it call `corpusOrSkip()`:
 * without it they are skipped with a message naming what is missing, except under CI=true,
 * where its absence is a failure.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { corpusDir, locateCorpus, type Corpus } from '../../scripts/corpus-dir.mjs';
import { skipOrFail } from './skip.js';

export { corpusDir, type Corpus };

export function findCorpus(): Corpus | undefined {
  const found = locateCorpus();
  return 'corpus' in found ? found.corpus : undefined;
}

/**
 * The corpus, or undefined after telling why `what` is skipped (throws under CI=true).
 * `needs`: paths relative to the corpus that the test reads besides Documentation/.
 */
export function corpusOrSkip(what: string, needs: string[] = []): Corpus | undefined {
  const found = locateCorpus(corpusDir(), needs);
  return 'corpus' in found ? found.corpus : skipOrFail(found.problem, what);
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
