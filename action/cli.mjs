// The Action's entry point: the committed single-file bundle, so the Action needs no build
// step and no npm install in the user's workflow (see docs/github-action.md).
import { setFlagsFromString } from 'node:v8';

// As bin/claimlint.js: compile each regular expression once, to machine code.
setFlagsFromString('--no-regexp-tier-up');
const { main } = await import('./claimlint.mjs');
process.exitCode = await main(process.argv.slice(2));
