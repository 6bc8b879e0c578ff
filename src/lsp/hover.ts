/**
 * Hover on a flagged range, and the `claimlint.explain` command: a rule's message, rationale
 * and provenance (reviewer, date, subject, Message-ID) and its URL, as Markdown.
 */
import type { Hover, Position } from 'vscode-languageserver/node';
import { UNUSED } from '../engine/suppress.js';
import type { Rule, RuleSet } from '../rules/types.js';
import type { LintResult } from './documents.js';

const UNUSED_TEXT = 'A `.. claimlint: disable...` comment (in Markdown `<!-- claimlint: disable... -->`) that silences no finding. Remove it, or fix the rule list it names.';

/** Markdown that does not turn `<`, `*`, `_` and friends in plain text into markup. */
export function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_[\]<>#|]/g, (c) => `\\${c}`);
}

export function findRule(ruleSets: RuleSet[], id: string): Rule | undefined {
  for (const rs of ruleSets) {
    const rule = rs.rules.find((r) => r.id === id);
    if (rule) return rule;
  }
  return undefined;
}

/** The Markdown explanation of a rule. */
export function ruleMarkdown(id: string, rule: Rule | undefined): string {
  if (!rule) return id === UNUSED ? `**claimlint** \`${id}\`\n\n${UNUSED_TEXT}` : `**claimlint** \`${id}\``;
  const lines = [`**claimlint** \`${rule.id}\` (${rule.severity}): ${escapeMarkdown(rule.message)}`, '', escapeMarkdown(rule.rationale.trim())];
  const s = rule.source;
  if (s) {
    lines.push('', `Raised by ${escapeMarkdown(s.reviewer)} on ${escapeMarkdown(s.date)} in “${escapeMarkdown(s.subject)}”  `,
      `Message-ID: \`${s.messageId}\``);
    if (s.url && s.url !== rule.url) lines.push('', `[The review](${s.url})`);
  }
  if (rule.url) lines.push('', `[${escapeMarkdown(rule.url)}](${rule.url})`);
  return lines.join('\n');
}

/** Plain text for window/showMessage. */
export function ruleText(id: string, rule: Rule | undefined): string {
  if (!rule) return id === UNUSED ? `${id}: ${UNUSED_TEXT.replace(/`/g, '')}` : `${id}: not a rule of the loaded rule sets`;
  const s = rule.source;
  return [
    `${rule.id}: ${rule.message}`,
    rule.rationale.trim(),
    ...(s ? [`Raised by ${s.reviewer} on ${s.date} in "${s.subject}", Message-ID ${s.messageId}`] : []),
    ...(rule.url ? [rule.url] : []),
  ].join('\n\n');
}

const le = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character <= b.character);

export function hoverAt(result: LintResult | undefined, position: Position): Hover | undefined {
  const hits = (result?.findings ?? []).filter((f) => le(f.diagnostic.range.start, position) && le(position, f.diagnostic.range.end));
  if (!result || hits.length === 0) return undefined;
  const ids = [...new Set(hits.map((h) => h.diagnostic.data.ruleId))];
  const value = ids.map((id) => ruleMarkdown(id, findRule(result.ruleSets, id))).join('\n\n---\n\n');
  const first = hits[0]?.diagnostic.range;
  return { contents: { kind: 'markdown', value }, ...(hits.length === 1 && first ? { range: first } : {}) };
}
