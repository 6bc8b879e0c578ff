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

/** A decoded body's lines ("\r\n" or "\n" ends one; a last line end ends nothing), each with the UTF-8 byte offset where it starts. */
export function decodedLines(text: string): { text: string; byte: number }[] {
  const out: { text: string; byte: number }[] = [];
  let byte = 0;
  const pieces = text.split('\n');
  pieces.forEach((piece, k) => {
    if (k === pieces.length - 1 && piece === '' && k > 0) return;
    out.push({ text: k < pieces.length - 1 ? piece.replace(/\r$/, '') : piece, byte });
    byte += Buffer.byteLength(piece, 'utf8') + 1;
  });
  return out;
}

/**
 * The input line each decoded line starts in, so that "#N" and error lines name a line of the
 * input. Base64: the line holding the character that encodes the decoded line's first byte
 * (four characters encode three bytes). Quoted-printable: the raw line where it starts, soft
 * breaks ("=" at the end) joining raw lines and an encoded line feed ("=0A") starting a line.
 * Where the count does not work out (a charset other than UTF-8), the lines in order, never
 * past the body's last line.
 */
export function decodedLineMap(encoding: 'base64' | 'quoted-printable', raw: InputLine[], decoded: { byte: number }[]): (k: number) => number {
  const first = raw[0]?.line ?? 1;
  const last = raw[raw.length - 1]?.line ?? first;
  const inOrder = (k: number) => Math.min(first + k, last);
  if (encoding === 'quoted-printable') {
    const starts: number[] = [];
    let open = false;
    for (const l of raw) {
      if (!open) starts.push(l.line);
      const feeds = l.text.match(/=0A/gi)?.length ?? 0;
      for (let n = 0; n < feeds; n++) starts.push(l.line);
      open = /=$/.test(l.text);
    }
    // The decoder may drop blank lines at the end: the lines before them still correspond.
    return decoded.length <= starts.length ? (k) => starts[k] as number : inOrder;
  }
  // Base64 characters before each raw line; decoded lines start at increasing bytes, so one pass.
  const before: number[] = [];
  let count = 0;
  for (const l of raw) {
    before.push(count);
    for (let i = 0; i < l.text.length; i++) if (BASE64_CHAR.test(l.text[i] as string)) count++;
  }
  const lines: number[] = [];
  let r = 0;
  for (const d of decoded) {
    const char = Math.floor(d.byte / 3) * 4;
    while (r + 1 < raw.length && (before[r + 1] as number) <= char) r++;
    lines.push(raw[r]?.line ?? last);
  }
  return (k) => lines[k] ?? last;
}
