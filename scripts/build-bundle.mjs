// Builds dist/claimlint.mjs, the CLI bundle (with the chunks it loads lazily), and dist/claimlint-md.cjs, the Markdown
// reader it loads on first use (src/md/parse-bundled.ts stands in for src/md/parse.ts inside the
// main bundle). Part of `npm run build`.
import { build } from 'esbuild';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
/** A chunk's file name (esbuild's hash: eight capitals and digits). */
const CHUNK = /^claimlint-[\w-]+-[A-Z0-9]{8}\.mjs$/;
mkdirSync(join(root, 'dist'), { recursive: true });
const common = { bundle: true, platform: 'node', target: 'node20', logLevel: 'warning', absWorkingDir: root };

const lazyMarkdown = {
  name: 'lazy-markdown',
  setup(b) {
    b.onResolve({ filter: /\/md\/parse\.js$/ }, (args) => (args.importer.endsWith('parse-bundled.ts') ? undefined : { path: `${root}src/md/parse-bundled.ts` }));
  },
};

// What a run may not need (the language server, the resident server, mail decoding) is imported
// dynamically and split into chunks beside the entry (dist/claimlint-*-HASH.mjs, in the same
// directory, so import.meta.url finds the NLP and Markdown bundles as before): a lint or a patch
// does not parse and compile it. The chunks of an earlier build are removed first.
for (const f of readdirSync(join(root, 'dist'), { withFileTypes: true })) {
  if (f.isFile() && CHUNK.test(f.name)) rmSync(join(root, 'dist', f.name));
}
await build({
  ...common,
  entryPoints: { claimlint: 'src/cli/main.ts' },
  format: 'esm',
  splitting: true,
  outdir: 'dist',
  outExtension: { '.js': '.mjs' },
  chunkNames: 'claimlint-[name]-[hash]',
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  plugins: [lazyMarkdown],
});
await build({ ...common, entryPoints: ['src/md/parse.ts'], format: 'cjs', outfile: 'dist/claimlint-md.cjs' });
