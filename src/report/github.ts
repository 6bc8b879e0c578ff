/**
 * GitHub Actions workflow commands, one per finding:
 * `::warning file=PATH,line=L,col=C,endLine=EL,endColumn=EC,title=RULE::MESSAGE`
 * (`::error` for errors, `::notice` for info), escaped as the Actions runner
 * expects. GitHub shows only 10 annotations of each kind per step (50 per
 * job), so `stepSummary` gives the Markdown table of every finding that the
 * CLI appends to $GITHUB_STEP_SUMMARY.
 */
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import {
  commitMessageLabel, commitMessageOf, displayPath, locate, rangeOf, rootOf, ruleUrl, severityName,
  type ReportOptions, type SeverityName,
} from './common.js';

/** GitHub's limit of annotations of one kind (error, warning, notice) per step. */
export const ANNOTATIONS_PER_STEP = 10;

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

/** Escapes a workflow command's message: `%`, CR and LF. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a workflow command's property value: as the message, and `:` and `,`. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

interface Row {
  severity: SeverityName;
  /** "path:line:col", or where in a patch a commit-message finding is. */
  where: string;
  ruleId: string;
  url?: string;
  message: string;
}

/** The annotation text: the message, then the suggested replacement and the note, one a line. */
function annotationText(m: VFileMessage): string {
  const lines = [m.reason];
  if (m.expected?.length) lines.push(`Suggestion: ${m.expected.map((e) => `'${e}'`).join(' or ')}`);
  if (m.note) lines.push(m.note);
  return lines.join('\n');
}

export function formatGithub(files: VFile[], opts: ReportOptions = {}): string {
  const root = rootOf(opts);
  let out = '';
  for (const file of files) {
    const commit = commitMessageOf(file);
    const path = commit ? undefined : displayPath(locate(file, opts, root));
    for (const m of file.messages) {
      const r = rangeOf(m);
      const props: [string, string | number][] = [];
      if (path !== undefined) {
        props.push(['file', path], ['line', r.startLine], ['col', r.startColumn], ['endLine', r.endLine], ['endColumn', r.endColumn]);
      }
      props.push(['title', m.ruleId ?? 'claimlint']);
      const text = commit ? `In ${commitMessageLabel(commit)}: ${annotationText(m)}` : annotationText(m);
      out += `::${COMMAND[severityName(m)]} ${props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',')}::${escapeData(text)}\n`;
    }
  }
  return out;
}

const mdCell = (s: string) => s.replace(/[\\`*_[\]<>|]/g, '\\$&').replace(/\r?\n/g, '<br>');

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * The Markdown appended to $GITHUB_STEP_SUMMARY: a heading, the counts, a
 * note when a kind has more findings than GitHub annotates, and a table of
 * every finding (location, severity, rule, message).
 */
export function stepSummary(files: VFile[], opts: ReportOptions = {}): string {
  const root = rootOf(opts);
  const rows: Row[] = [];
  const rules = new Map((opts.rules ?? []).map((r) => [r.id, r] as const));
  for (const file of files) {
    const commit = commitMessageOf(file);
    const path = commit ? undefined : displayPath(locate(file, opts, root));
    for (const m of file.messages) {
      const r = rangeOf(m);
      rows.push({
        severity: severityName(m),
        where: path !== undefined ? `${path}:${r.startLine}:${r.startColumn}` : commitMessageLabel(commit as NonNullable<typeof commit>),
        ruleId: m.ruleId ?? 'claimlint',
        url: ruleUrl(m, rules),
        message: annotationText(m),
      });
    }
  }
  const count = (s: SeverityName) => rows.filter((r) => r.severity === s).length;
  const errors = count('error');
  const warnings = count('warning');
  const notices = count('info');
  const withFindings = files.filter((f) => f.messages.length > 0).length;
  let md = '## claimlint\n\n';
  if (rows.length === 0) return `${md}No findings in ${plural(files.length, 'file')}.\n\n`;
  md += `${plural(rows.length, 'finding')} in ${plural(withFindings, 'file')}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(notices, 'notice')}.\n\n`;
  const over = ([['error', errors], ['warning', warnings], ['notice', notices]] as const).filter(([, n]) => n > ANNOTATIONS_PER_STEP);
  if (over.length) {
    md += `> [!NOTE]\n> GitHub shows only ${ANNOTATIONS_PER_STEP} annotations of each kind per step (50 per job), and this run has ${over.map(([k, n]) => plural(n, k)).join(' and ')}: the table below lists every finding.\n\n`;
  }
  md += '| Location | Severity | Rule | Message |\n| --- | --- | --- | --- |\n';
  for (const r of rows) {
    const rule = r.url ? `[${mdCell(r.ruleId)}](${r.url})` : mdCell(r.ruleId);
    md += `| ${mdCell(r.where)} | ${r.severity === 'info' ? 'notice' : r.severity} | ${rule} | ${mdCell(r.message)} |\n`;
  }
  return `${md}\n`;
}
