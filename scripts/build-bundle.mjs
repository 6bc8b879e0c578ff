// Builds dist/claimlint.mjs, the single-file CLI bundle, and dist/claimlint-md.cjs, the Markdown
// reader it loads on first use (src/md/parse-bundled.ts stands in for src/md/parse.ts inside the
// main bundle). Part of `npm run build`.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const common = { bundle: true, platform: 'node', target: 'node20', logLevel: 'warning', absWorkingDir: root };

const lazyMarkdown = {
  name: 'lazy-markdown',
  setup(b) {
    b.onResolve({ filter: /\/md\/parse\.js$/ }, (args) => (args.importer.endsWith('parse-bundled.ts') ? undefined : { path: `${root}src/md/parse-bundled.ts` }));
  },
};

await build({
  ...common,
  entryPoints: ['src/cli/main.ts'],
  format: 'esm',
  outfile: 'dist/claimlint.mjs',
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  plugins: [lazyMarkdown],
});
await build({ ...common, entryPoints: ['src/md/parse.ts'], format: 'cjs', outfile: 'dist/claimlint-md.cjs' });
