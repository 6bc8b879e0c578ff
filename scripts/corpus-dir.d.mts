// Types of scripts/corpus-dir.mjs, for test/helpers/corpus.ts.
export interface Corpus {
  dir: string;
  /** dir/Documentation */
  documentation: string;
  /** The Debian package version from manifest.json, or "unknown" without one. */
  version: string;
  /** The .rst files below Documentation/: as corpus-fetch counted them (manifest.json), else counted on lookup. */
  rstFiles: number;
  /** Whether the corpus has the manifest.json corpus-fetch writes. */
  manifest: boolean;
}
export function corpusDir(): string;
export function countRst(documentation: string): number;
export function locateCorpus(dir?: string, needs?: string[]): { corpus: Corpus } | { problem: string };
