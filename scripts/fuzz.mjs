// `npm run fuzz`: bundle the fuzzers (test/fuzz/, TypeScript) with esbuild into
// node_modules/.cache/claimlint-fuzz/ and run them; options are test/fuzz/main.ts's.
// `--no-build` reuses the last bundle (the fuzz tests build once, then run each target).
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'node_modules', '.cache', 'claimlint-fuzz');
const args = process.argv.slice(2);

if (!args.includes('--no-build')) {
  await build({
    entryPoints: { main: join(root, 'test/fuzz/main.ts'), child: join(root, 'test/fuzz/child.ts') },
    outdir, outExtension: { '.js': '.mjs' }, bundle: true, platform: 'node', format: 'esm', target: 'node20',
    // recheck finds its worker and native checker beside itself.
    external: ['recheck'], logLevel: 'warning', sourcemap: 'inline',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
}
if (args.includes('--build-only')) process.exit(0);
const rest = args.filter((a) => a !== '--no-build');
const r = spawnSync(process.execPath, ['--enable-source-maps', join(outdir, 'main.mjs'), '--child', join(outdir, 'child.mjs'), ...rest], { stdio: 'inherit' });
process.exit(r.status ?? 1);
