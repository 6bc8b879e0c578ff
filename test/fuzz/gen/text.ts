/**
 * Text pieces every generator shares: words, the claim sentences the default rule set flags
 * (so that generated documents produce findings), inline markup, and the hostile characters
 * DESIGN §4 names (NUL, BOM, tabs, CR, astral characters, lone surrogates).
 */
import fc from 'fast-check';
import { isKnown } from '../known-failing.js';

/** Sentences the shipped rules flag (or nearly flag): scope words and property phrases. */
export const CLAIMS = [
  'Confidential computing on x86 preserves the integrity of guest private memory and registers.',
  'Trust in the guest is established via attestation.',
  'Confidential Computing adds a new type of attacker: a misbehaving host.',
  'Some technologies, such as pKVM, implement the security manager as a small part of the hypervisor.',
  'The host has control over the guest kernel communication with most of the HW.',
  'This document covers confidential computing for virtualized environments.',
  'CoCo guests have memory integrity.',
  'x86 guests are protected against a host that remaps guest private memory.',
  'On AMD SEV-SNP and Intel TDX, the host cannot modify guest private memory without the guest noticing.',
  'The hypervisor cannot read or modify guest memory.',
  'Guest memory is encrypted and integrity protected.',
  'The host is untrusted.',
  'In some cases, such as pKVM, the security manager is part of the VMM.',
  'SEV-SNP and TDX guests, unlike vanilla SEV guests, are protected against replay.',
  'The launch measurement of x86 guests is verified by the guest owner.',
];

const SCOPES = [
  'Confidential computing', 'Confidential Computing', 'CoCo', 'x86', 'CoCo guests', 'AMD SEV', 'SEV', 'SEV-ES', 'SEV-SNP',
  'Intel TDX', 'TDX', 'pKVM', 'Arm CCA', 'POWER PEF', 's390 Secure Execution', 'SGX', 'confidential VMs', 'TEEs',
];
const PREDICATES = [
  'preserves the integrity of guest private memory', 'encrypts guest memory', 'protects guest register state',
  'treats the host as untrusted', 'lets the guest request an attestation report', 'has a launch measurement',
  'controls interrupt injection', 'provides memory integrity', 'is used in virtualized environments',
  'adds a new type of attacker: a misbehaving host', 'cannot access the guest registers',
];

export const WORDS = [
  'the', 'a', 'guest', 'host', 'memory', 'kernel', 'page', 'table', 'driver', 'is', 'are', 'not', 'and', 'or', 'with',
  'device', 'Linux', 'x86_64', 'e.g.', 'etc.', 'vs.', 'i.e.', 'KVM', 'VMM', 'hypervisor', 'attestation', 'TCB', 'CPU',
  'integrity', 'encrypted', 'private', 'shared', 'firmware', 'report', 'Fig.', 'Dr.', 'U.S.', '1.', '2)', '(a)',
];

/** Characters that stress decoding, columns and line handling. */
const ODD = ['\0', '\uFEFF', '\t', '\v', '\f', '\u00A0', '\u2028', '\u2029', '\u200B', '\u0301', '\uD800', '\uDFFF',
  '\uFFFD', '😀', '𝒳', '漢字', 'ﬁ', '\u202E', '\\', '`', '*', '|', '_', ':', '..', '::', '--'];

/** A lone CR is a line end for editors and docutils; until claimlint agrees, generators leave it out. */
export const loneCr = () => !isKnown('lone-cr-line-end');

export const claim = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...CLAIMS) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...SCOPES), fc.constantFrom(...PREDICATES)).map(([s, p]) => `${s} ${p}.`) },
);

export const word = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...SCOPES) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }) },
  { weight: 1, arbitrary: fc.constantFrom(...ODD) },
);

/** Inline markup around a few words, well formed or not. */
const markup = fc.tuple(fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' ')), fc.nat(13)).map(([w, k]) => [
  `*${w}*`, `**${w}**`, `\`\`${w}\`\``, `:ref:\`${w}\``, `:c:func:\`${w} <x>\``, `\`${w} <https://example.org/${k}>\`_`,
  `${w.replace(/\W/g, '') || 'x'}_`, `|${w}|`, `[#]_`, `[${k}]_`, `*${w}`, `\`\`${w}`, `\`${w}\``, `https://lore.kernel.org/r/${k}@x`,
][k] as string);

/** A sentence: words, markup, odd characters, ending with punctuation (or not). */
export const sentence = fc.tuple(
  fc.array(fc.oneof({ weight: 6, arbitrary: word }, { weight: 1, arbitrary: markup }), { minLength: 1, maxLength: 14 }),
  fc.constantFrom('.', '.', '?', '!', ';', ':', '', ' etc.', '...'),
).map(([ws, end]) => `${ws.join(' ')}${end}`);

/** Prose for a paragraph: sentences and claims, on one line (callers wrap it). */
export const prose = fc.array(fc.oneof({ weight: 2, arbitrary: sentence }, { weight: 3, arbitrary: claim }), { minLength: 1, maxLength: 4 })
  .map((s) => s.join(' '));

/** Split a line of prose into lines of at most `width` characters (at spaces). */
export function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  let line = '';
  for (const w of text.split(' ')) {
    if (line && line.length + 1 + w.length > width) { out.push(line); line = w; } else line = line ? `${line} ${w}` : w;
  }
  out.push(line);
  return out;
}

/** How lines end: LF, CRLF, lone CR (when allowed), or a mix chosen per line. */
export const lineEnding = fc.constantFrom<'lf' | 'crlf' | 'cr' | 'mix'>('lf', 'lf', 'lf', 'crlf', 'cr', 'mix');

export function joinLines(lines: string[], ending: 'lf' | 'crlf' | 'cr' | 'mix', finalNewline: boolean, salt: number): string {
  const ends = loneCr() ? ['\n', '\r\n', '\r'] : ['\n', '\r\n'];
  const pick = (i: number) => ending === 'lf' ? '\n' : ending === 'crlf' ? '\r\n' : ending === 'cr' && loneCr() ? '\r' : ends[(i * 7 + salt) % ends.length] as string;
  let out = '';
  lines.forEach((l, i) => { out += l; if (i < lines.length - 1 || finalNewline) out += pick(i); });
  return out;
}

/** Sprinkle odd characters at chosen places (positions are fractions of the length). */
export const noise = fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(...ODD, '\n', '\r\n')), { maxLength: 4 });

export function sprinkle(text: string, at: [number, string][]): string {
  let t = text;
  for (const [f, s] of at) {
    if (s.includes('\r') && !loneCr()) continue;
    const i = Math.floor(f * t.length);
    t = t.slice(0, i) + s + t.slice(i);
  }
  // Inserting "\n" right after a "\r" of a CRLF would make a lone CR.
  return loneCr() ? t : t.replace(/\r(?!\n)/g, '');
}
