/**
 * bin/claimlint.js's early start of the tagger worker (nlp-service.ts), before the main bundle
 * has loaded: in patch mode, when a patch file named on the command line may name a CoCo
 * technology, the worker loads wink's model on a second core while the main thread is still
 * compiling the bundle (about 90 ms), so the patch's sentences are tagged by the time the
 * frames read them. The test is mayNameCoco's own regular expressions, recorded by the build
 * in rules.compiled.json (scripts/precompile-rules.mjs). Built as dist/claimlint-early.mjs; a
 * patch on stdin, a directory or a missing record start nothing here (the main bundle starts
 * the worker itself when a document needs it).
 */
import { closeSync, constants, fstatSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { debug, warmTagger } from './nlp-service.js';

/** Patch files larger than this are left to the main bundle. */
const MAX_BYTES = 8 * 1024 * 1024;
/** A mail or a diff: what patch mode reads. */
const PATCH = /^(?:From |diff --git |--- |Subject: )/m;

function gates(): RegExp[] {
  const here = dirname(fileURLToPath(import.meta.url));
  const record = JSON.parse(readFileSync(join(here, 'rules.compiled.json'), 'utf8')) as { gates?: [string, string][] };
  return (record.gates ?? []).map(([source, flags]) => new RegExp(source, flags));
}

function readSmallFile(path: string): string | undefined {
  let fd: number | undefined;
  try {
    // Never block on a FIFO or a device: only a regular file is opened, and without waiting.
    if (!statSync(path).isFile()) return undefined;
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const st = fstatSync(fd);
    if (!st.isFile() || st.size > MAX_BYTES) return undefined;
    const buf = Buffer.alloc(st.size);
    readSync(fd, buf, 0, st.size, 0);
    return buf.toString('utf8');
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Start the tagger worker now if a file argument is a patch that may name a CoCo technology. */
export function warmEarly(argv: string[]): void {
  try {
    if (process.env['CLAIMLINT_NLP_WORKER'] === '0' || argv[0] === 'lsp' || argv.some((a) => a === '--help' || a === '-h' || a === '--version')) return;
    const files = argv.filter((a) => !a.startsWith('-'));
    if (files.length === 0) return;
    const tests = gates();
    for (const f of files) {
      const text = readSmallFile(f);
      if (text !== undefined && PATCH.test(text) && tests.some((g) => g.test(text))) {
        debug('tagger: a patch may name CoCo, starting early');
        warmTagger();
        return;
      }
    }
  } catch {
    // Only a head start: the main bundle starts the worker when a document needs it.
  }
}
