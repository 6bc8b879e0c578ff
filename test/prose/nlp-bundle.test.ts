/**
 * The NLP bundle (scripts/build-nlp.mjs) stores wink's English model packed for a fast start: it
 * must tag exactly as the package as published. Every sentence of the paraphrase corpus and the
 * prose of this repository's fixtures is tagged by both, in a child process (the bundle is
 * CommonJS with a model file beside it, as the CLI and the Action load it).
 */
import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const BUNDLE = join(ROOT, 'dist', 'claimlint-nlp.cjs');

const COMPARE = String.raw`
const { createRequire } = require('node:module');
const root = process.argv[1];
const packed = require(root + '/dist/claimlint-nlp.cjs');
const req = createRequire(root + '/package.json');
const published = { winkNLP: req('wink-nlp'), model: req('wink-eng-lite-web-model') };
const a = packed.winkNLP(packed.model, ['pos']);
const b = published.winkNLP(published.model, ['pos']);
const out = (w, text) => { const d = w.readDoc(text); return JSON.stringify([d.tokens().out(w.its.value), d.tokens().out(w.its.pos), d.tokens().out(w.its.lemma)]); };
const sentences = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
const differ = sentences.filter((s) => out(a, s) !== out(b, s));
process.stdout.write(JSON.stringify({ tagged: sentences.length, differ: differ.slice(0, 5), count: differ.length }));
`;

describe('the packed NLP model', () => {
  test('tags, lemmatises and tokenises as the published package does', () => {
    if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} is missing: run \`npm run build\` first (npm test does)`);
    const dir = join(ROOT, 'fixtures', 'claims');
    const sentences: string[] = [];
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.yml'))) {
      const doc = parse(readFileSync(join(dir, name), 'utf8')) as { sentences?: { text: string }[] };
      for (const s of doc.sentences ?? []) sentences.push(s.text);
    }
    // Words the model has never seen (added to its word list at run time) and odd tokens.
    sentences.push('Zorblaxian quuxifiers re-encrypt SNP_GUEST_REQUEST pages; __proto__ constructor toString hasOwnProperty.');
    expect(sentences.length).toBeGreaterThan(300);
    const r = spawnSync(process.execPath, ['-e', COMPARE, ROOT], { input: JSON.stringify(sentences), encoding: 'utf8', maxBuffer: 1 << 24 });
    expect(r.stderr).toBe('');
    const result = JSON.parse(r.stdout) as { tagged: number; differ: string[]; count: number };
    expect(result).toEqual({ tagged: sentences.length, differ: [], count: 0 });
  });
});
