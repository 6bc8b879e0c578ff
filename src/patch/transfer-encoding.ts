/**
 * Checks of a mail body's Content-Transfer-Encoding before it is decoded.
 * postal-mime decodes leniently, as RFC 2045 lets a decoder do: it drops
 * characters outside the base64 alphabet and keeps a quoted-printable "="
 * that starts no escape as text. A patch mangled in transit would then be
 * linted as something its author never wrote, so claimlint refuses it,
 * naming the input line and column of the first fault. The raw lines are
 * what is checked (postal-mime reports no positions).
 */
import { PatchError, type InputLine } from './types.js';

const BASE64_CHAR = /[A-Za-z0-9+/]/;

/** The first fault of a base64 body, or undefined when it decodes exactly. */
export function base64Fault(lines: InputLine[]): { line: number; column: number; message: string } | undefined {
  // Characters of the current unit (a run ended by "=" padding or by the end of the body).
  let unit = 0;
  let padding = 0;
  let last: { line: number; column: number } | undefined;
  for (const l of lines) {
    const text = l.text;
    for (let i = 0; i < text.length; i++) {
      const c = text[i] as string;
      if (c === ' ' || c === '\t' || c === '\r') continue; // whitespace decodes to nothing, wherever it is
      const at = { line: l.line, column: i + 1 };
      if (c === '=') {
        // Padding completes the last group of four: "xx==" or "xxx=".
        if (padding === 0 && unit % 4 < 2) return { ...at, message: `"=" padding where ${unit % 4 === 0 ? 'no group of four characters is open' : 'a group has one character'}` };
        padding++;
        if ((unit + padding) % 4 === 0) { unit = 0; padding = 0; }
        last = at;
        continue;
      }
      if (padding > 0) return { ...at, message: 'data inside "=" padding' };
      if (!BASE64_CHAR.test(c)) {
        const shown = /[\x21-\x7e]/.test(c) ? `"${c}"` : `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
        return { ...at, message: `${shown} is not a base64 character` };
      }
      unit++;
      last = at;
    }
  }
  if (padding > 0 || unit % 4 !== 0) {
    const at = last ?? { line: lines[0]?.line ?? 1, column: 1 };
    return { ...at, message: `the data ends inside a group of four characters (${unit % 4 + padding} of 4): truncated or missing padding` };
  }
  return undefined;
}

/** The first quoted-printable "=" that is neither an escape ("=3D") nor a soft line break ("=" at the end of a line). */
export function quotedPrintableFault(lines: InputLine[]): { line: number; column: number; message: string } | undefined {
  for (const l of lines) {
    const text = l.text;
    for (let i = text.indexOf('='); i !== -1; i = text.indexOf('=', i + 1)) {
      if (/^[0-9A-Fa-f]{2}$/.test(text.slice(i + 1, i + 3))) { i += 2; continue; }
      if (i === text.length - 1) continue;
      const rest = text.slice(i, i + 3);
      const why = /^=[ \t]+$/.test(text.slice(i)) ? 'is followed by spaces, not by the end of the line' : 'starts no escape ("=" and two hex digits)';
      return { line: l.line, column: i + 1, message: `"${rest.replace(/[^\x20-\x7e]/g, '?')}": "=" ${why}` };
    }
  }
  return undefined;
}

/** Throws a PatchError at the first fault of a body in a transfer encoding claimlint decodes. */
export function checkTransferEncoding(encoding: string, body: InputLine[], name: string, mail: string): void {
  const fault = encoding === 'base64' ? base64Fault(body) : encoding === 'quoted-printable' ? quotedPrintableFault(body) : undefined;
  if (!fault) return;
  throw new PatchError(name, fault.line, `invalid ${encoding} in the body of ${mail}: ${fault.message}`, fault.column);
}
