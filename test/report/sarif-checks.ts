/**
 * Checks of a SARIF log: the official SARIF 2.1.0 schema (rtm.5, as
 * @microsoft/jest-sarif ships it), and what GitHub code scanning requires of
 * an upload beyond the schema, from "SARIF support for code scanning"
 * (docs.github.com: required properties of rules, results, locations and
 * physical locations; relative URIs are relative to the repository root) and
 * the GitHub ingestion rules of Microsoft's SARIF validator (sarif-sdk:
 * GH1001 every location has physicalLocation.artifactLocation.uri, GH1003 a
 * region with startLine, GH1005 a URI that is a relative reference or a file
 * URI). GitHub rejects the whole upload when one result breaks them.
 */
import { expect } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv04Module from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';
import type * as Sarif from 'sarif';

const require = createRequire(import.meta.url);
const SCHEMA_PATH = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as Record<string, unknown>;
// unicodeRegExp: false, as draft-04 validators read patterns: the schema's `language` pattern is not valid with the u flag.
export const ajv = new Ajv04Module.default({ allErrors: true, strict: false, unicodeRegExp: false });
addFormatsModule.default(ajv);
export const validate = ajv.compile(schema);

export function expectValid(log: Sarif.Log): void {
  const ok = validate(JSON.parse(JSON.stringify(log)));
  expect(ajv.errorsText(validate.errors, { separator: '\n' })).toBe('No errors');
  expect(ok).toBe(true);
}

const nonEmpty = (s: string | undefined) => typeof s === 'string' && s.trim() !== '';

/** What is wrong with one location for GitHub: GH1001, GH1003, GH1005 and the repository-relative URI. */
function locationProblems(loc: Sarif.Location, where: string, baseIds: Set<string>): string[] {
  const out: string[] = [];
  const physical = loc.physicalLocation;
  const uri = physical?.artifactLocation?.uri;
  if (!physical) return [`${where}: no physicalLocation (GH1001)`];
  if (!nonEmpty(uri)) out.push(`${where}: no physicalLocation.artifactLocation.uri (GH1001)`);
  else {
    const u = uri as string;
    // A relative reference (resolved against the repository root), or a file URI (GH1005); ours must be relative:
    // an absolute one outside the checkout stays outside the repository.
    if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(u)) out.push(`${where}: ${u} is an absolute URI, not relative to the repository (GH1005)`);
    if (u.startsWith('/')) out.push(`${where}: ${u} is an absolute path`);
    if (u.split('/').includes('..')) out.push(`${where}: ${u} leaves the repository`);
    const base = physical.artifactLocation?.uriBaseId;
    if (base !== undefined && !baseIds.has(base)) out.push(`${where}: uriBaseId ${base} is not in originalUriBaseIds`);
  }
  const region = physical.region;
  if (!region) out.push(`${where}: no region (GH1003)`);
  else if (!(Number.isInteger(region.startLine) && (region.startLine as number) >= 1)) out.push(`${where}: region.startLine is not a line (GH1003)`);
  else if (region.endLine !== undefined && region.endLine < (region.startLine as number)) out.push(`${where}: region ends before it starts`);
  return out;
}

/** Every way the log breaks GitHub code scanning's stated requirements (empty: GitHub takes it). */
export function githubProblems(log: Sarif.Log): string[] {
  const out: string[] = [];
  if (log.version !== '2.1.0') out.push('version is not 2.1.0');
  if (!nonEmpty(log.$schema)) out.push('no $schema');
  if (!log.runs.length) out.push('no runs');
  log.runs.forEach((run, r) => {
    if (!nonEmpty(run.tool.driver.name)) out.push(`runs[${r}]: no tool.driver.name`);
    for (const d of run.tool.driver.rules ?? []) {
      if (!nonEmpty(d.id)) out.push(`runs[${r}]: a rule without an id`);
      for (const [k, v] of [['shortDescription', d.shortDescription?.text], ['fullDescription', d.fullDescription?.text], ['help', d.help?.text]] as const) {
        if (!nonEmpty(v)) out.push(`rule ${d.id}: no ${k}.text`);
      }
      if ((d.shortDescription?.text.length ?? 0) > 1024 || (d.fullDescription?.text.length ?? 0) > 1024) out.push(`rule ${d.id}: a description over 1024 characters`);
      if ((d.name?.length ?? 0) > 255) out.push(`rule ${d.id}: a name over 255 characters`);
    }
    const baseIds = new Set(Object.keys(run.originalUriBaseIds ?? {}));
    if (!run.results) out.push(`runs[${r}]: no results array`);
    (run.results ?? []).forEach((res, i) => {
      const where = `runs[${r}].results[${i}] (${res.ruleId})`;
      if (!nonEmpty(res.message.text)) out.push(`${where}: no message.text`);
      if (!res.locations) out.push(`${where}: no locations (GH1001)`);
      else if (res.locations.length === 0) out.push(`${where}: an empty locations array (GH1001)`);
      else if (res.locations.length > 10) out.push(`${where}: more than 10 locations`);
      (res.locations ?? []).forEach((loc, k) => out.push(...locationProblems(loc, `${where}.locations[${k}]`, baseIds)));
      (res.relatedLocations ?? []).forEach((loc, k) => out.push(...locationProblems(loc, `${where}.relatedLocations[${k}]`, baseIds)));
    });
  });
  return out;
}
