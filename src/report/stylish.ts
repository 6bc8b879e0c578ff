/** ESLint's "stylish" layout: findings grouped by file, then a count. */
import type { VFile } from 'vfile';
import { toJsonMessage } from './json.js';

export function formatStylish(files: VFile[], color = false): string {
  const paint = (code: number, s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  let out = '';
  let errors = 0;
  let warnings = 0;
  for (const file of files) {
    if (file.messages.length === 0) continue;
    out += `\n${paint(4, file.path)}\n`;
    const rows = file.messages.map(toJsonMessage).map((m) => {
      if (m.severity === 2) errors++; else warnings++;
      return [`${m.line}:${m.column}`, m.severity === 2 ? paint(31, 'error') : paint(33, 'warning'), m.message.replace(/\n/g, ' '), paint(2, m.ruleId ?? '')];
    });
    // A loop, not Math.max(...): a file can have more findings than a call has arguments.
    let width = 0;
    for (const r of rows) width = Math.max(width, (r[0] as string).length);
    for (const r of rows) out += `  ${(r[0] as string).padEnd(width)}  ${r.slice(1).join('  ')}\n`;
  }
  const total = errors + warnings;
  if (total === 0) return '';
  out += `\n${paint(errors ? 31 : 33, `✖ ${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})`)}\n`;
  return out;
}
