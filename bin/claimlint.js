#!/usr/bin/env node
// The single-file bundle (npm run build) starts faster than the module tree in dist/.
import { setFlagsFromString } from 'node:v8';

// V8 first runs a regular expression in its bytecode interpreter and compiles it to machine code
// once it is hot, compiling it twice. claimlint's patterns are large alternations run a few times
// per sentence: compiling them once, at first use, takes the modality checks of a patch from
// about 55 ms to 25 ms (docs/semantics.md, "Cost").
setFlagsFromString('--no-regexp-tier-up');

const { main } = await import('../dist/claimlint.mjs');
process.exitCode = await main(process.argv.slice(2));
