/**
 * `claimlint explain RULE [--rules FILE]`: what a rule flags and why — its
 * message, rationale, provenance, the property's value per technology, and
 * its examples. Unknown rule: exit 2 with the known ids on stderr.
 */
import { defaultRuleFiles } from '../rules/load.js';
import type { Example, Frame, Rule, RuleSet } from '../rules/types.js';
import { loadAll, type RuleIo } from './test-rules.js';

const WIDTH = 80;

/**
 * Word-wraps `text` at `width` columns: the first line prefixed with `first`,
 * the others with `rest`; blank lines separate paragraphs.
 */
export function wrap(text: string, first = '', rest = first, width = WIDTH): string {
  const out: string[] = [];
  for (const para of text.trim().split(/\n\s*\n/)) {
    if (out.length) out.push('');
    let line = '';
    const indent = () => (out.length === 0 ? first : rest);
    for (const word of para.split(/\s+/).filter(Boolean)) {
      if (line && indent().length + line.length + 1 + word.length > width) {
        out.push(indent() + line);
        line = word;
      } else {
        line = line ? `${line} ${word}` : word;
      }
    }
    if (line) out.push(indent() + line);
  }
  return out.map((l) => l.trimEnd()).join('\n');
}

function examples(title: string, list: Example[]): string[] {
  if (list.length === 0) return [];
  const lines = [`${title}:`];
  for (const ex of list) {
    const notes = [ex.at === undefined ? '' : `at '${ex.at}'`, ex.path === undefined ? '' : `as ${ex.path}`].filter(Boolean);
    const text = ex.text.trim();
    const first = text.includes('\n') ? `  - ${text.split('\n').join('\n    ')}` : wrap(text, '  - ', '    ');
    lines.push(notes.length ? `${first}\n    (${notes.join(', ')})` : first);
  }
  return lines;
}

function describeTarget(rule: Rule, ruleSet: RuleSet): string[] {
  const lines: string[] = [];
  if (rule.kind === 'property') {
    const property = ruleSet.properties.find((p) => p.id === rule.target);
    if (!property) return lines;
    lines.push(`Property: ${property.name} (${property.id})`);
    const width = ruleSet.technologies.reduce((w, t) => Math.max(w, t.id.length), 0);
    for (const t of ruleSet.technologies) {
      const value = property.values[t.id] ?? '?';
      const head = `  ${t.id.padEnd(width)}  ${value.padEnd(6)}`;
      const note = property.notes[t.id];
      lines.push(note ? wrap(note, `${head}  `, ' '.repeat(head.length + 2)) : head.trimEnd());
    }
    lines.push(...describeFrames(property.frames, property.patterns.map((x) => x.regex), ruleSet));
  } else if (rule.kind === 'term') {
    const term = ruleSet.terms.find((t) => t.id === rule.target);
    if (!term) return lines;
    lines.push(`Term: /${term.regex}/i`, `  suggestions: ${term.suggestions.map((s) => `"${s}"`).join(', ')}`);
  } else if (rule.kind === 'umbrella') {
    const umbrellas = ruleSet.umbrellas.filter((u) => u.overgeneral);
    if (umbrellas.length) lines.push('Overgeneral umbrellas:');
    for (const u of umbrellas) lines.push(`  ${u.phrases.join(', ')} -> ${u.covers.join(', ')}`);
  }
  return lines;
}

const CLAIMS: Record<Frame['claim'], string> = {
  blocked: 'an attack it rules out ("cannot", "is detected", "is prevented"); an attacker able to do it denies the property',
  asserted: 'the property itself; negated, it denies the property',
  denied: 'a word whose assertion denies the property; negated, it claims it',
};

/** How the property is recognised: its frames with a few words of each class, then its fixed-term patterns. */
function describeFrames(frames: Frame[], patterns: string[], ruleSet: RuleSet): string[] {
  if (!frames.length && !patterns.length) return [];
  const words = (ids: string[]) => ids.map((id) => {
    const c = ruleSet.lexicon.find((x) => x.id === id);
    return c ? `${id} (${c.words.slice(0, 5).join(', ')}${c.words.length > 5 ? ', ...' : ''})` : id;
  }).join('; ');
  const lines = frames.length ? ['', 'Recognised by meaning (frames; see docs/semantics.md):'] : [];
  frames.forEach((f, i) => {
    lines.push(wrap(`${i + 1}. ${f.claim}: ${CLAIMS[f.claim]}`, '  ', '     '));
    lines.push(wrap(`act: ${words(f.act)}`, '       ', '       '));
    if (f.patient) lines.push(wrap(`patient: ${words(f.patient)}`, '       ', '       '));
    if (f.agent) lines.push(wrap(`agent: ${words(f.agent)}`, '       ', '       '));
    if (f.requires) lines.push(wrap(`requires: ${words(f.requires)}`, '       ', '       '));
    if (f.excludes) lines.push(wrap(`excludes: ${words(f.excludes)}`, '       ', '       '));
  });
  if (patterns.length) lines.push('', frames.length ? 'Fixed terms (patterns, tried when no frame matches):' : 'Recognised by its patterns:', ...patterns.map((p) => `  /${p}/i`));
  return lines;
}

/** The text `claimlint explain` prints for a rule. */
export function explainText(rule: Rule, ruleSet: RuleSet): string {
  const sections: string[][] = [];
  sections.push([
    `${rule.id}`,
    `  kind: ${rule.kind}, severity: ${rule.severity}`,
    `  rule set: ${ruleSet.id} (${rule.place.file}:${rule.place.line}:${rule.place.column})`,
  ]);
  sections.push(['Message:', wrap(rule.message, '  ')]);
  sections.push(['Rationale:', wrap(rule.rationale, '  ')]);
  if (rule.source) {
    const s = rule.source;
    sections.push([
      'Source:',
      `  ${s.reviewer}, ${s.date}`,
      wrap(`Subject: ${s.subject}`, '  ', '           '),
      `  Message-ID: ${s.messageId}`,
      ...(s.url ? [`  ${s.url}`] : []),
    ]);
  }
  if (rule.url) sections.push([`URL: ${rule.url}`]);
  const target = describeTarget(rule, ruleSet);
  if (target.length) sections.push(target);
  const flagged = examples('Flagged', rule.examples.flagged);
  if (flagged.length) sections.push(flagged);
  const ok = examples('Not flagged', rule.examples.ok);
  if (ok.length) sections.push(ok);
  return `${sections.map((s) => s.join('\n')).join('\n\n')}\n`;
}

export async function explain(ruleId: string, files: string[], io: RuleIo): Promise<number> {
  const ruleSets = loadAll(files.length ? files : defaultRuleFiles(), io);
  if (!ruleSets) return 2;
  for (const ruleSet of ruleSets) {
    const rule = ruleSet.rules.find((r) => r.id === ruleId);
    if (rule) {
      io.out(explainText(rule, ruleSet));
      return 0;
    }
  }
  const known = ruleSets.flatMap((s) => s.rules.map((r) => r.id));
  io.err(`claimlint: unknown rule '${ruleId}' (known: ${known.length ? known.join(', ') : 'none'})\n`);
  return 2;
}
