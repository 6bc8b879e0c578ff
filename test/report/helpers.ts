/**
 * Hand-made vfiles and rules for the formatter tests, so that exact output
 * does not depend on the shipped rule set's wording.
 */
import { VFile } from 'vfile';
import type { ClaimMessage } from '../../src/engine/lint.js';
import type { Rule } from '../../src/rules/types.js';

export const ROOT = '/repo';

/** A point of `text` at `offset` (1-based line and UTF-16 column). */
function point(text: string, offset: number) {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1, offset };
}

interface Finding {
  at: string;
  ruleId: string;
  reason: string;
  severity: 'error' | 'warning' | 'info';
  expected?: string[];
  note?: string;
  url?: string;
}

/** Adds a message over the first occurrence of `at` in the file's text, as the engine reports one. */
export function addFinding(file: VFile, f: Finding): ClaimMessage {
  const text = String(file.value);
  const start = text.indexOf(f.at);
  if (start < 0) throw new Error(`${f.at} is not in the text`);
  const end = start + f.at.length;
  const m = file.message(f.reason, { place: { start: point(text, start), end: point(text, end) }, ruleId: f.ruleId, source: 'claimlint' }) as ClaimMessage;
  m.fatal = f.severity === 'error' ? true : f.severity === 'warning' ? false : undefined;
  if (f.url) m.url = f.url;
  if (f.expected) m.expected = f.expected;
  if (f.note) m.note = f.note;
  m.actual = f.at;
  const sentenceStart = text.lastIndexOf('\n\n', start) + 2;
  const sentenceEnd = text.indexOf('.', end) + 1;
  m.data = { sentence: { start: sentenceStart, end: sentenceEnd } };
  return m;
}

export const DOC = 'Title\n=====\n\nÜber-guests: in virtualized\nenvironments, the host is untrusted.\n\nGuest memory has 100% integrity, 1,2: yes.\n';

/** A document with a warning (two suggestions, a note), an error and an info finding. */
export function sampleFile(path = 'Documentation/security/coco.rst', prefix = ''): VFile {
  const file = new VFile({ path, value: prefix + DOC });
  addFinding(file, {
    at: 'virtualized\nenvironments', ruleId: 'imprecise-term', severity: 'warning',
    reason: "'virtualized environments': This term describes ordinary VMs as well",
    expected: ['cloud computing environments', 'off-premise environments'], url: 'https://example.org/imprecise-term',
  });
  addFinding(file, {
    at: 'host is untrusted', ruleId: 'untrusted-host', severity: 'error',
    reason: 'Not every technology treats the host as untrusted: pKVM does not',
    expected: ['host is untrusted (on SEV-SNP and TDX)'], note: 'scope from the document',
  });
  addFinding(file, { at: '100% integrity, 1,2: yes', ruleId: 'memory-integrity', severity: 'info', reason: 'Integrity: 100%,\r\nsaid twice' });
  return file;
}

/** Patch mode's commit message vfile: no file in the tree. */
export function commitFile(): VFile {
  const file = new VFile({ path: '0001-x.patch: commit message', value: 'docs: x86 threat model\n======================\n\nThe host cannot read guest memory.\n' });
  addFinding(file, { at: 'host cannot read guest memory', ruleId: 'memory-encryption', severity: 'warning', reason: 'Not every technology encrypts memory' });
  file.data['commitMessage'] = { patch: '0001-x.patch', subject: 'docs: x86 threat model' };
  return file;
}

function rule(id: string, kind: Rule['kind'], severity: Rule['severity'], message: string, rationale: string, url?: string): Rule {
  return {
    id, kind, severity, message, rationale, url,
    source: { reviewer: 'A Reviewer', date: '2023-06-13', subject: 'Re: [PATCH v2] docs: x86_64 *threat* model', messageId: '<abc@example.org>' },
    examples: { flagged: [], ok: [] },
    place: { file: 'rules/test.yml', line: 1, column: 1 },
  };
}

export const RULES: Rule[] = [
  rule('imprecise-term', 'term', 'warning', 'Imprecise term', 'This term describes ordinary VMs as well. Say which environments.', 'https://example.org/imprecise-term'),
  rule('untrusted-host', 'property', 'error', 'Untrusted host', 'Not every technology treats the host as untrusted.\n\npKVM trusts the host for availability.'),
  rule('memory-integrity', 'property', 'info', 'Memory integrity', 'SEV and SEV-ES have no integrity protection.'),
  rule('interrupt-control', 'property', 'off', 'Interrupt control', 'Only SNP restricts interrupt injection.'),
];
