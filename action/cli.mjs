// The Action's entry point: the committed single-file bundle, so the Action needs no build
// step and no npm install in the user's workflow (see docs/github-action.md).
import { main } from './claimlint.mjs';

process.exitCode = await main(process.argv.slice(2));
