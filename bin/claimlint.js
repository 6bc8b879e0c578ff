#!/usr/bin/env node
// The single-file bundle (npm run build) starts faster than the module tree in dist/.
import { main } from '../dist/claimlint.mjs';

process.exitCode = await main(process.argv.slice(2));
