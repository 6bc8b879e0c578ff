#!/usr/bin/env node
// The single-file bundle (npm run build) starts faster than the module tree in dist/.
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';

// V8 first runs a regular expression in its bytecode interpreter and compiles it to machine code
// once it is hot, compiling it twice. claimlint's patterns are large alternations run a few times
// per sentence: compiling them once, at first use, takes the modality checks of a patch from
// about 55 ms to 25 ms (docs/semantics.md, "Cost").
setFlagsFromString('--no-regexp-tier-up');

const argv = process.argv.slice(2);

/** The language server runs in a child Node with a larger young generation (src/lsp/launch.ts). */
async function inLargerHeap() {
  try {
    return await (await import('../dist/lsp/launch.js')).runInLargerHeap(fileURLToPath(import.meta.url), argv);
  } catch {
    return undefined; // No launcher module (a partial build): serve here.
  }
}

/**
 * A resident server of this same claimlint (`claimlint server start`) takes the run, with the
 * rules and the tagger already warm; without one this costs a stat (src/cli/resident-client.ts).
 */
async function viaResidentServer() {
  try {
    const { viaServer } = await import('../dist/cli/resident-client.js');
    return await viaServer(argv, fileURLToPath(new URL('../dist/claimlint.mjs', import.meta.url)));
  } catch {
    return undefined; // No client module (a partial build): run here.
  }
}

const served = argv[0] === 'lsp' ? await inLargerHeap() : await viaResidentServer();

if (served !== undefined) {
  process.exitCode = served;
} else {
  // A patch that may name a CoCo technology: the tagger's model loads on a second core while the
  // main bundle is compiled (src/prose/nlp-early.ts). Only a head start; never an error.
  try {
    (await import('../dist/claimlint-early.mjs')).warmEarly(argv);
  } catch {
    // No early bundle (a partial build): the main bundle starts the tagger when it needs it.
  }
  const { main } = await import('../dist/claimlint.mjs');
  process.exitCode = await main(argv);
}
