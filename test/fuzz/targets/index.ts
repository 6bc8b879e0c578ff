/** The fuzz targets by name. `full` sizes are for `npm run fuzz`; `npm test` uses the smaller ones. */
import type { Target } from '../target.js';
import { configTarget } from './config.js';
import { lspTarget } from './lsp.js';
import { mdLargeTarget, mdTarget } from './md.js';
import { patchLargeTarget, patchTarget } from './patch.js';
import { reportTarget } from './report.js';
import { rstLargeTarget, rstTarget } from './rst.js';
import { rulesTarget } from './rules.js';

export function targets(full: boolean): Target[] {
  return [rstTarget, rstLargeTarget(full), mdTarget, mdLargeTarget(full), patchTarget, patchLargeTarget(full), rulesTarget, configTarget(full), lspTarget, reportTarget(full)] as Target[];
}

export function targetNamed(name: string, full: boolean): Target {
  const t = targets(full).find((x) => x.name === name);
  if (!t) throw new Error(`no fuzz target '${name}' (there are: ${targets(full).map((x) => x.name).join(', ')})`);
  return t;
}
