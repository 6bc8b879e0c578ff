/**
 * SARIF 2.1.0 (OASIS), written by hand against @types/sarif, for GitHub code
 * scanning and other SARIF viewers: one run; `tool.driver.rules` lists every
 * rule of the loaded rule sets; each result has its full region (columns in
 * UTF-16 code units, as claimlint counts them), a `primaryLocationLineHash`
 * computed as github/codeql-action computes it, and a fix from the finding's
 * first suggestion. Paths are relative to SRCROOT (`originalUriBaseIds`).
 *
 * GitHub code scanning rejects a whole upload when one result has no
 * physical location (`artifactLocation.uri` and a region), so a commit
 * message's findings (patch mode) get one besides their logical location:
 * the patch file and the finding's line in it, when the patch is a file under
 * SRCROOT; else the first line a file the commit changes adds (`--git`, the
 * Action: the pull request's diff shows it there), the message naming the
 * commit; else `COMMIT_MSG` at the message's own line.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import type { VFile } from 'vfile';
import type { ClaimMessage } from '../engine/lint.js';
import type { CommitPlacement, LineRange } from '../patch/types.js';
import { packageRoot } from '../package-root.js';
import type { Rule } from '../rules/types.js';
import {
  commitMessageLabel, commitMessageOf, locate, rangeOf, rootOf, ruleUrl, severityName,
  type CommitMessageData, type Range, type ReportOptions,
} from './common.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const BASE_ID = 'SRCROOT';
const MAX_DESCRIPTION = 1024;

interface PackageInfo { version: string; homepage?: string }

function packageInfo(): PackageInfo {
  return JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as PackageInfo;
}

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/**
 * The line hashes github/codeql-action's `upload-sarif` puts in
 * `partialFingerprints.primaryLocationLineHash` when a result has none
 * (src/fingerprints.ts there), one per line (index 0 is line 1), so ours and
 * the ones it would compute agree. A rolling hash (base 37, modulo 2^64) over
 * the 100 characters from the start of each line, spaces and tabs skipped, CR
 * and CRLF read as LF, the text followed by the character 0xFFFF and padded
 * with zeros; the value in hex, then ":" and how many lines before it, this
 * one included, had the same value.
 */
export function lineHashes(text: string): string[] {
  const BLOCK = 100;
  const MASK = (1n << 64n) - 1n;
  const BASE = 37n;
  const dropFactor = BASE ** BigInt(BLOCK) & MASK;
  const window = new Array<number>(BLOCK).fill(0);
  const lineStartingAt = new Array<number>(BLOCK).fill(-1);
  const seen = new Map<string, number>();
  const out: string[] = [];
  let hash = 0n;
  let at = 0;
  let line = 0;
  let atLineStart = true;
  let afterCR = false;

  const emit = () => {
    const value = hash.toString(16);
    const n = (seen.get(value) ?? 0) + 1;
    seen.set(value, n);
    out[(lineStartingAt[at] as number) - 1] = `${value}:${n}`;
    lineStartingAt[at] = -1;
  };
  const roll = (code: number) => {
    const dropped = window[at] as number;
    window[at] = code;
    hash = (BASE * hash + BigInt(code) - dropFactor * BigInt(dropped)) & MASK;
    at = (at + 1) % BLOCK;
  };
  const feed = (code: number) => {
    if (code === 0x20 || code === 0x09 || (afterCR && code === 0x0a)) { afterCR = false; return; }
    afterCR = code === 0x0d;
    if (afterCR) code = 0x0a;
    if (lineStartingAt[at] !== -1) emit();
    if (atLineStart) { atLineStart = false; lineStartingAt[at] = ++line; }
    if (code === 0x0a) atLineStart = true;
    roll(code);
  };
  for (let i = 0; i < text.length; i++) feed(text.charCodeAt(i));
  feed(0xffff);
  for (let i = 0; i < BLOCK; i++) {
    if (lineStartingAt[at] !== -1) emit();
    roll(0);
  }
  return out;
}

const normalize = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * claimlint's own fingerprint, independent of line numbers: SHA-256 of the
 * rule id, the claim's sentence and the flagged words (whitespace collapsed),
 * its first 16 hex digits, then ":" and the occurrence of that value in the file.
 */
function claimHash(m: ClaimMessage, text: string): string {
  const sentence = m.data?.sentence;
  const claim = sentence ? text.slice(sentence.start, sentence.end) : '';
  return createHash('sha256').update(`${m.ruleId ?? ''}\0${normalize(claim)}\0${normalize(m.actual ?? '')}`).digest('hex').slice(0, 16);
}

/** The first sentences of `text` that fit in `max` characters (at least the first one, cut if it must be). */
export function firstSentences(text: string, max = MAX_DESCRIPTION): string {
  const flat = normalize(text);
  if (flat.length <= max) return flat;
  const sentences = flat.split(/(?<=[.!?]["')\]]?)\s+(?=["'([]?[A-Z0-9])/);
  let out = '';
  for (const s of sentences) {
    const next = out ? `${out} ${s}` : s;
    if (next.length > max) break;
    out = next;
  }
  return out || `${flat.slice(0, max - 1)}…`;
}

/** "memory-integrity" -> "MemoryIntegrity": SARIF's end-user rule name. */
function ruleName(id: string): string {
  return id.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0]?.toUpperCase() + w.slice(1)).join('');
}

const mdEscape = (s: string) => s.replace(/[\\`*_[\]<>#|]/g, '\\$&');

function provenanceText(rule: Rule): string | undefined {
  const s = rule.source;
  if (!s) return rule.url ? `See ${rule.url}.` : undefined;
  return `Source: ${s.reviewer}, ${s.date}, "${s.subject}", Message-ID ${s.messageId}${s.url ?? rule.url ? ` (${s.url ?? rule.url})` : ''}.`;
}

function provenanceMarkdown(rule: Rule): string | undefined {
  const s = rule.source;
  if (!s) return rule.url ? `See <${rule.url}>.` : undefined;
  const url = s.url ?? rule.url;
  const subject = url ? `[${mdEscape(s.subject)}](${url})` : `"${mdEscape(s.subject)}"`;
  return `**Source:** ${mdEscape(s.reviewer)}, ${s.date}, ${subject}, Message-ID \`${s.messageId}\`.`;
}

const severityLevel = (s: Rule['severity']): Sarif.ReportingConfiguration =>
  s === 'off' ? { enabled: false, level: 'none' } : { level: LEVEL[s] };

export function reportingDescriptor(rule: Rule): Sarif.ReportingDescriptor {
  const rationale = rule.rationale.trim();
  const text = [rationale, provenanceText(rule)].filter(Boolean).join('\n\n');
  const markdown = [rationale.split(/\n\s*\n/).map(normalize).join('\n\n'), provenanceMarkdown(rule)].filter(Boolean).join('\n\n');
  const d: Sarif.ReportingDescriptor = {
    id: rule.id,
    name: ruleName(rule.id),
    shortDescription: { text: firstSentences(rule.message) },
    fullDescription: { text: firstSentences(rationale || rule.message) },
    help: { text: text || rule.message, markdown: markdown || mdEscape(rule.message) },
    defaultConfiguration: severityLevel(rule.severity),
    properties: { tags: ['documentation', rule.kind] },
  };
  if (rule.url) d.helpUri = rule.url;
  return d;
}

/** A rule the run does not know (no rule list given): the fields GitHub requires. */
function unknownDescriptor(id: string): Sarif.ReportingDescriptor {
  return { id, name: ruleName(id), shortDescription: { text: id }, fullDescription: { text: id }, help: { text: id } };
}

function region(r: Range): Sarif.Region {
  return { startLine: r.startLine, startColumn: r.startColumn, endLine: r.endLine, endColumn: r.endColumn };
}

/** Encodes a relative path as a URI reference: each character a URI path may not hold, and ":", "?", "#". */
function pathUri(path: string): string {
  return encodeURI(path).replace(/[?#:]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** The path relative to the root with "/" separators, or undefined when it is not inside it. */
function relativeTo(root: string, absolute: string): string | undefined {
  const rel = relative(root, absolute);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? undefined : rel.split(sep).join('/');
}

/** "the commit message of 0123456789ab "SUBJECT"" when the commit is known. */
function commitLabel(c: CommitMessageData, placement: CommitPlacement | undefined): string {
  const sha = placement?.commit?.slice(0, 12);
  return sha ? `the commit message of ${sha}${c.subject ? ` "${c.subject}"` : ''}` : commitMessageLabel(c);
}

/** The physical location of a commit-message finding (see the top of this file). */
function commitLocation(m: ClaimMessage, label: string, placement: CommitPlacement | undefined, opts: ReportOptions, root: string): Sarif.Location {
  const inPatch = m.data?.['inputPlace'] as LineRange | undefined;
  const patchUri = placement?.patchFile && inPatch ? relativeTo(root, placement.patchFile) : undefined;
  if (patchUri !== undefined && inPatch) {
    const reg: Sarif.Region = { ...inPatch };
    if (inPatch.startColumn !== undefined && m.actual) reg.snippet = { text: m.actual };
    return { physicalLocation: { artifactLocation: { uri: pathUri(patchUri), uriBaseId: BASE_ID }, region: reg } };
  }
  const changed = placement?.changed;
  const changedUri = changed ? relativeTo(root, resolve(opts.base ?? process.cwd(), changed.path)) : undefined;
  if (changed && changedUri !== undefined) {
    const reg: Sarif.Region = changed.text
      ? { startLine: changed.line, startColumn: 1, endLine: changed.line, endColumn: changed.text.length + 1 } : { startLine: changed.line };
    return {
      physicalLocation: { artifactLocation: { uri: pathUri(changedUri), uriBaseId: BASE_ID }, region: reg },
      message: { text: `Shown at the first line the commit adds to this file: the finding is in ${label}.` },
    };
  }
  // Nothing of the tree to point at: a relative name for the message itself (Gerrit's name for it), at its own line.
  const r = rangeOf(m);
  return {
    physicalLocation: { artifactLocation: { uri: 'COMMIT_MSG' }, region: region(r) },
    message: { text: `The finding is in ${label}.` },
  };
}

export function toSarif(files: VFile[], opts: ReportOptions = {}): Sarif.Log {
  const pkg = packageInfo();
  const root = rootOf(opts);
  const rules = [...(opts.rules ?? [])];
  const descriptors = rules.map(reportingDescriptor);
  const index = new Map(rules.map((r, i) => [r.id, i] as const));
  const byId = new Map(rules.map((r) => [r.id, r] as const));
  const results: Sarif.Result[] = [];

  for (const file of files) {
    if (file.messages.length === 0) continue;
    const text = String(file.value ?? '');
    const commit = commitMessageOf(file);
    const placement = file.data['commitPlacement'] as CommitPlacement | undefined;
    const label = commit ? commitLabel(commit, placement) : '';
    const loc = commit ? undefined : locate(file, opts, root);
    const artifact: Sarif.ArtifactLocation | undefined = loc
      ? loc.relative !== undefined ? { uri: pathUri(loc.relative), uriBaseId: BASE_ID } : { uri: pathToFileURL(loc.absolute).href }
      : undefined;
    let hashes: string[] | undefined;
    const claimCounts = new Map<string, number>();

    for (const m of file.messages as ClaimMessage[]) {
      const ruleId = m.ruleId ?? 'claimlint';
      if (!index.has(ruleId)) {
        index.set(ruleId, descriptors.length);
        descriptors.push(unknownDescriptor(ruleId));
      }
      const range = rangeOf(m);
      const note = m.note ? `\n\n${m.note}` : '';
      const result: Sarif.Result = {
        ruleId,
        ruleIndex: index.get(ruleId) as number,
        level: LEVEL[severityName(m)],
        message: { text: commit ? `${m.reason} (in ${label})${note}` : `${m.reason}${note}` },
      };
      const claim = claimHash(m, text);
      const n = (claimCounts.get(claim) ?? 0) + 1;
      claimCounts.set(claim, n);
      const fingerprints: Record<string, string> = {};
      if (artifact) {
        const reg = region(range);
        if (m.actual) reg.snippet = { text: m.actual };
        result.locations = [{ physicalLocation: { artifactLocation: artifact, region: reg } }];
        hashes ??= lineHashes(text);
        const lineHash = hashes[range.startLine - 1];
        if (lineHash) fingerprints['primaryLocationLineHash'] = lineHash;
        const replacement = m.expected?.[0];
        if (replacement !== undefined) {
          result.fixes = [{
            description: { text: m.actual ? `Replace '${normalize(m.actual)}' with '${replacement}'` : `Insert '${replacement}'` },
            artifactChanges: [{ artifactLocation: artifact, replacements: [{ deletedRegion: region(range), insertedContent: { text: replacement } }] }],
          }];
        }
      } else if (commit) {
        const logicalLocations = [{ name: 'commit message', fullyQualifiedName: `${commit.patch}: commit message` }];
        result.locations = [{ ...commitLocation(m, label, placement, opts, root), logicalLocations }];
        // Not the hash of the line it is shown at (upload-sarif would compute that, and a finding of the same rule in
        // the file on that line would then be taken for this one): the claim's own, which follows the sentence.
        fingerprints['primaryLocationLineHash'] = `${claim}:${n}`;
      }
      fingerprints['claimHash/v1'] = `${claim}:${n}`;
      result.partialFingerprints = fingerprints;
      const url = ruleUrl(m, byId);
      if (url && url !== byId.get(ruleId)?.url) result.properties = { url };
      results.push(result);
    }
  }

  const driver: Sarif.ToolComponent = { name: 'claimlint', version: opts.version ?? pkg.version, semanticVersion: opts.version ?? pkg.version, rules: descriptors };
  if (pkg.homepage) driver.informationUri = pkg.homepage;
  const rootUri = pathToFileURL(root).href;
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [{
      tool: { driver },
      originalUriBaseIds: { [BASE_ID]: { uri: rootUri.endsWith('/') ? rootUri : `${rootUri}/` } },
      columnKind: 'utf16CodeUnits',
      // A lone CR ends a line too (rst/source.ts); SARIF's default leaves it out.
      newlineSequences: ['\r\n', '\n', '\r'],
      results,
    }],
  };
}

export function formatSarif(files: VFile[], opts: ReportOptions = {}): string {
  return `${JSON.stringify(toSarif(files, opts), null, 2)}\n`;
}
