// The document the founding review's v2 patch creates (Documentation/security/
// x86-confidential-computing.rst), read from ../shared/review/v2-patch.mbox at run time, as
// test/helpers/review.ts reads it: for the scripts that time claimlint on it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const V2_PATH = 'Documentation/security/x86-confidential-computing.rst';

/** The shared material: $CLAIMLINT_SHARED, else ../shared beside the repository. */
export function sharedDir() {
  return process.env.CLAIMLINT_SHARED || fileURLToPath(new URL('../../shared/', import.meta.url));
}

/** The text of a file a patch creates. */
export function newFileFromPatch(mbox, path) {
  const start = mbox.indexOf(`diff --git a/${path} b/${path}`);
  if (start < 0) return undefined;
  const rest = mbox.slice(start);
  const next = rest.indexOf('\ndiff --git ', 1);
  const lines = (next < 0 ? rest : rest.slice(0, next)).split('\n');
  const added = [];
  for (const l of lines.slice(lines.findIndex((x) => x.startsWith('@@ ')) + 1)) {
    if (l === '-- ') break;
    if (l.startsWith('+')) added.push(l.slice(1));
  }
  return `${added.join('\n')}\n`;
}

/** The v2 document's text, and the mail it came from; text is undefined without the shared material. */
export function v2Document() {
  const mbox = join(sharedDir(), 'review', 'v2-patch.mbox');
  return { mbox, text: existsSync(mbox) ? newFileFromPatch(readFileSync(mbox, 'utf8'), V2_PATH) : undefined };
}
