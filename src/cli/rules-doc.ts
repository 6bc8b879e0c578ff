/**
 * docs/rules.md, generated from the shipped rule files: every rule (id, kind,
 * severity, message, rationale, provenance, examples) and the knowledge base
 * (technologies, aliases, umbrellas, the property matrix, terms).
 * `npm run docs:rules` writes it (scripts/rules-doc.mjs, through dist/);
 * test/rules/docs.test.ts fails when the file differs from what this makes.
 */
import { join, relative } from 'node:path';
import { packageRoot } from '../package-root.js';
import { defaultRuleFiles, loadRuleFile } from '../rules/load.js';
import type { Example, FileError, Rule, RuleSet } from '../rules/types.js';

const ROOT = `${packageRoot()}/`;

/** A path as shown in the docs: relative to the package, with forward slashes. */
function shown(file: string): string {
  return relative(ROOT, file).split('\\').join('/');
}

/** An inline code span that survives backticks and, in tables, pipes. */
function code(text: string, inTable = false): string {
  const runs = text.match(/`+/g) ?? [];
  const fence = '`'.repeat(runs.reduce((n, r) => Math.max(n, r.length), 0) + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  const body = inTable ? text.replace(/\|/g, '\\|') : text;
  return `${fence}${pad}${body}${pad}${fence}`;
}

/** Text in a table cell. */
function cell(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
}

function table(head: string[], rows: string[][]): string[] {
  return [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
}

function examples(title: string, list: Example[]): string[] {
  if (!list.length) return [];
  const lines = [`${title}:`, ''];
  for (const ex of list) {
    const notes = [ex.at === undefined ? '' : `at ${code(ex.at)}`, ex.path === undefined ? '' : `as ${code(ex.path)}`].filter(Boolean);
    const suffix = notes.length ? ` (${notes.join(', ')})` : '';
    if (!ex.text.trim().includes('\n')) {
      lines.push(`- ${code(ex.text.trim())}${suffix}`);
    } else {
      lines.push(`- A document${suffix}:`, '', '  ```rst', ...ex.text.trimEnd().split('\n').map((l) => (l ? `  ${l}` : '')), '  ```');
    }
  }
  lines.push('');
  return lines;
}

function ruleSection(rule: Rule, ruleSet: RuleSet): string[] {
  const lines = [`### \`${rule.id}\``, ''];
  const target = rule.target ? ` — ${rule.kind === 'property' ? 'property' : 'term'} ${code(rule.target)}` : '';
  lines.push(`Kind: ${rule.kind}${target}. Severity: ${rule.severity}. Defined in ${code(`${shown(rule.place.file)}:${rule.place.line}`)}.`, '');
  lines.push(`**Message:** ${rule.message.trim()}`, '');
  lines.push(`**Rationale:** ${rule.rationale.trim().replace(/\n\s*\n/g, '\n\n')}`, '');
  if (rule.source) {
    const s = rule.source;
    const link = s.url ? ` ([archive](${s.url}))` : '';
    lines.push(`**Source:** ${s.reviewer}, ${s.date}, “${s.subject}”, Message-ID ${code(s.messageId)}${link}.`, '');
  }
  if (rule.url) lines.push(`**More:** <${rule.url}>`, '');
  if (rule.kind === 'property') {
    const property = ruleSet.properties.find((p) => p.id === rule.target);
    if (property) {
      const by = (v: string) => ruleSet.technologies.filter((t) => property.values[t.id] === v).map((t) => t.short).join(', ') || '—';
      lines.push(`Property **${property.name}**: holds for ${by('holds')}; breaks for ${by('breaks')}; caveat for ${by('caveat')}.`, '');
    }
  }
  lines.push(...examples('Flagged', rule.examples.flagged), ...examples('Not flagged', rule.examples.ok));
  return lines;
}

function knowledgeBase(ruleSet: RuleSet): string[] {
  const t = ruleSet.technologies;
  const lines: string[] = ['### Technologies', ''];
  lines.push(...table(['id', 'name', 'short', 'arch', 'VM', 'cloud', 'aliases'],
    t.map((x) => [code(x.id), cell(x.name), cell(x.short), x.arch, x.vm ? 'yes' : 'no', x.cloud ? 'yes' : 'no', cell(x.aliases.join(', ')) || '—'])), '');
  if (ruleSet.aliases.length) {
    lines.push('### Aliases', '', 'Names that mean several technologies, or one only in context.', '');
    lines.push(...table(['phrase', 'means', 'when the sentence also names', 'needs context'],
      ruleSet.aliases.map((a) => [cell(a.phrase), a.technologies.join(', '),
        a.besides ? `${a.besides.named.join(', ')} → ${a.besides.means.join(', ')}` : '—', a.needsContext ? 'yes' : 'no'])), '');
  }
  if (ruleSet.umbrellas.length) {
    lines.push('### Umbrella terms', '');
    lines.push(...table(['id', 'phrases', 'covers', 'overgeneral', 'CoCo', 'needs context'],
      ruleSet.umbrellas.map((u) => [code(u.id), cell(u.phrases.join(', ')), u.covers.join(', '),
        u.overgeneral ? 'yes' : 'no', u.coco ? 'yes' : 'no', u.needsContext ? 'yes' : 'no'])), '');
  }
  if (ruleSet.properties.length) {
    lines.push('### Properties', '', 'One value per technology: **holds**, **breaks** (makes a finding), or *caveat* (see the notes).', '');
    const mark = { holds: 'holds', breaks: '**breaks**', caveat: '*caveat*' } as const;
    lines.push(...table(['property', ...t.map((x) => code(x.id))],
      ruleSet.properties.map((p) => [`${cell(p.name)} (${code(p.id)})`, ...t.map((x) => {
        const v = p.values[x.id];
        return v ? mark[v] : '?';
      })])), '');
    for (const p of ruleSet.properties) {
      lines.push(`#### ${p.name} (${code(p.id)})`, '', 'Patterns:', '');
      for (const pat of p.patterns) lines.push(`- ${code(pat.regex)}${pat.polarity === 'negative' ? ' (negative: states absence)' : ''}`);
      lines.push('');
      const notes = t.filter((x) => p.notes[x.id]);
      if (notes.length) {
        lines.push('Notes:', '');
        for (const x of notes) lines.push(`- ${x.short}: ${(p.notes[x.id] ?? '').trim().replace(/\s*\n\s*/g, ' ')}`);
        lines.push('');
      }
    }
  }
  if (ruleSet.terms.length) {
    lines.push('### Terms', '');
    lines.push(...table(['id', 'pattern', 'suggestions'],
      ruleSet.terms.map((x) => [code(x.id), code(x.regex, true), cell(x.suggestions.map((s) => `“${s}”`).join(', '))])), '');
  }
  return lines;
}

export function rulesMarkdown(ruleSets: RuleSet[]): string {
  const lines = [
    '# claimlint rules',
    '',
    '<!-- Generated from rules/*.yml by `npm run docs:rules`; do not edit by hand.',
    '     test/rules/docs.test.ts fails when this file is stale. -->',
    '',
    'Rule ids are stable: suppression comments (`.. claimlint: disable-next RULE`), `.claimlint.yml`',
    'severities and baselines name them, so a rule keeps its id for as long as it exists.',
    '`claimlint explain RULE` prints a rule\'s rationale; `claimlint test-rules` runs its examples.',
    '',
  ];
  for (const ruleSet of ruleSets) {
    lines.push(`## Rule set \`${ruleSet.id}\` (${code(shown(ruleSet.file))})`, '', ruleSet.description.trim(), '');
    if (ruleSet.rules.length) {
      lines.push(...table(['rule', 'kind', 'severity', 'message'],
        ruleSet.rules.map((r) => [`[${code(r.id)}](#${r.id})`, r.kind, r.severity, cell(r.message)])), '');
    } else {
      lines.push('No rules yet.', '');
    }
    for (const rule of ruleSet.rules) lines.push(...ruleSection(rule, ruleSet));
    lines.push(...knowledgeBase(ruleSet));
  }
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

/** docs/rules.md for the shipped rule files, or their load errors. */
export function generateRulesDoc(files: string[] = defaultRuleFiles()): { markdown?: string; errors: FileError[] } {
  const ruleSets: RuleSet[] = [];
  const errors: FileError[] = [];
  for (const file of files) {
    const r = loadRuleFile(file);
    for (const e of r.errors) errors.push(e);
    if (r.ruleSet) ruleSets.push(r.ruleSet);
  }
  return errors.length ? { errors } : { markdown: rulesMarkdown(ruleSets), errors };
}

/** Where docs/rules.md lives. */
export const RULES_DOC = join(packageRoot(), 'docs', 'rules.md');
