/**
 * Splitting patch input into mails and a mail into its parts. Handles git
 * format-patch files and mbox series (split at "From <sha> ..." lines), a
 * single mail saved without its "From " line, and plain `git diff` output.
 * Headers are read here; encoded subjects and bodies (RFC 2047,
 * quoted-printable, base64) are decoded with postal-mime.
 */
import { checkTransferEncoding, decodedLineMap, decodedLines } from './transfer-encoding.js';
import type { InputLine, Mail } from './types.js';

const MBOX_FROM = /^From (?:[0-9a-f]{40} |\S+\s+\w{3} \w{3} [ \d]\d )/;
const HEADER = /^[A-Za-z][\w-]*:/;
const DIFF_START = /^(?:diff --git |Index: |--- (?!$)\S)/;

/** Is this text a patch (a mail with a diff, or a diff)? */
export function looksLikePatch(text: string): boolean {
  // git diff output of any kind (renames and binary files have no hunk), or a bare hunk.
  if (/^diff --git a\/\S+ b\/\S+\s*$/m.test(text) || /^@@ -\d+(?:,\d+)? \+\d+(?:,\d+)? @@/m.test(text)) return true;
  return /^(?:diff --git |--- \S.*\n\+\+\+ |From [0-9a-f]{40} )/m.test(text) && /^@@ -\d/m.test(text)
    || /^From [0-9a-f]{40} /.test(text) || (/^(?:From|Subject|Date): /m.test(text.slice(0, 2000)) && /^diff --git /m.test(text));
}

export async function splitMails(input: string, name: string): Promise<Mail[]> {
  const lines = input.replace(/\r\n/g, '\n').split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const starts: number[] = [];
  lines.forEach((l, i) => { if (MBOX_FROM.test(l)) starts.push(i); });
  if (starts[0] !== 0) starts.unshift(0);
  const mails: Mail[] = [];
  for (let k = 0; k < starts.length; k++) {
    const from = starts[k] as number;
    const to = starts[k + 1] ?? lines.length;
    const chunk = lines.slice(from, to).map((text, i) => ({ text, line: from + i + 1 }));
    if (chunk.every((l) => l.text.trim() === '')) continue;
    mails.push(await readMail(chunk, name));
  }
  return mails;
}

function headerValue(headers: Map<string, InputLine>, key: string): string | undefined {
  return headers.get(key.toLowerCase())?.text;
}

async function readMail(all: InputLine[], name: string): Promise<Mail> {
  let i = 0;
  let commit: string | undefined;
  if (all[0] && MBOX_FROM.test(all[0].text)) {
    i = 1;
    const sha = /^From ([0-9a-f]{40}) /.exec(all[0].text)?.[1];
    if (sha && !/^0+$/.test(sha)) commit = sha;
  }
  const headers = new Map<string, InputLine>();
  const folded = new Set<string>();
  const first = all[i];
  if (first && HEADER.test(first.text) && !DIFF_START.test(first.text)) {
    let current: string | undefined;
    for (; i < all.length; i++) {
      const l = all[i] as InputLine;
      if (l.text === '') { i++; break; }
      if (/^\s/.test(l.text) && current) {
        const h = headers.get(current) as InputLine;
        headers.set(current, { text: `${h.text} ${l.text.trim()}`, line: h.line });
        folded.add(current);
        continue;
      }
      const m = /^([A-Za-z][\w-]*):\s*(.*)$/.exec(l.text);
      if (!m) break;
      current = (m[1] as string).toLowerCase();
      if (!headers.has(current)) headers.set(current, { text: m[2] as string, line: l.line });
    }
  }
  let body = all.slice(i);

  // Encoded subject or body: decode with a real mail parser.
  let subject = headers.get('subject');
  // Where the subject's text starts in its line, when the line holds it as is.
  const subjectColumn = subject && !folded.has('subject') && !subject.text.includes('=?')
    ? (all.find((l) => l.line === subject?.line)?.text.length ?? 0) - subject.text.length + 1 : undefined;
  const encoding = (headerValue(headers, 'content-transfer-encoding') ?? '').trim().toLowerCase();
  const bodyDecoded = encoding === 'quoted-printable' || encoding === 'base64';
  if (bodyDecoded) checkTransferEncoding(encoding, body, name, mailLabel(subject, all[0]));
  if ((subject && subject.text.includes('=?')) || bodyDecoded) {
    const raw = all.map((l) => l.text).join('\n');
    // Loaded only for an encoded mail (most patches are plain text).
    const { default: PostalMime } = await import('postal-mime');
    const parsed = await PostalMime.parse(raw);
    if (subject && parsed.subject) subject = { text: parsed.subject, line: subject.line };
    if ((encoding === 'quoted-printable' || encoding === 'base64') && parsed.text !== undefined) {
      const decoded = decodedLines(parsed.text);
      const lineOf = decodedLineMap(encoding, body, decoded);
      body = decoded.map((d, k) => ({ text: d.text, line: lineOf(k) }));
    }
  }

  const diffAt = body.findIndex((l, k) => (DIFF_START.test(l.text) && (!l.text.startsWith('--- ') || /^\+\+\+ /.test(body[k + 1]?.text ?? ''))) || /^@@ -\d+(?:,\d+)? \+\d+/.test(l.text));
  const beforeDiff = diffAt < 0 ? body : body.slice(0, diffAt);
  const dashes = beforeDiff.findIndex((l) => l.text === '---');
  const message = dashes < 0 ? beforeDiff : beforeDiff.slice(0, dashes);
  const notes = dashes < 0 ? [] : beforeDiff.slice(dashes + 1);
  const diff = diffAt < 0 ? [] : body.slice(diffAt);
  const coverLetter = diff.length === 0 || /\[[^\]]*\b0+\/\d+\]/.test(subject?.text ?? '');
  return {
    name, subject, subjectColumn, commit, bodyDecoded, message: headers.size ? message : [], notes, diff, coverLetter: coverLetter && headers.size > 0,
  };
}

/** "the mail "SUBJECT"" (as written), or "the mail at line N", for messages. */
function mailLabel(subject: InputLine | undefined, first: InputLine | undefined): string {
  return subject ? `the mail "${subject.text}"` : `the mail at line ${first?.line ?? 1}`;
}

/** The subject without "[PATCH v2 1/3]" and subsystem prefixes ("x86/sev:", "KVM: x86:", "docs: security:"). */
export function stripSubject(subject: string): { text: string; offset: number } {
  let offset = 0;
  let s = subject;
  const take = (re: RegExp) => {
    const m = re.exec(s);
    if (!m) return false;
    offset += m[0].length;
    s = s.slice(m[0].length);
    return true;
  };
  while (take(/^\s*(?:Re:\s*)?\[[^\]]*\]\s*/i) || take(/^\s*Re:\s*/i)) { /* strip */ }
  while (take(/^[A-Za-z0-9_./-]+:\s+(?=\S)/)) { /* strip */ }
  return { text: s, offset };
}
