/**
 * The probe sets (fixtures/probes/): Markdown or reStructuredText pages written blind for the evaluation, each set
 * with a labels.md that gives every property claim's verdict by the 1-based line its sentence
 * starts on ("- FILE:LINE — PROPERTY — OVERCLAIM|OK|ARGUABLE (why)"). A finding belongs to the
 * label on the line its sentence starts on, else to the nearest on its own line or one of the four
 * lines before it (a sentence that wraps; a finding with no sentence).
 *
 * Input: a set's directory and the rule sets; output: the counts, the findings judged wrong
 * and the over-claims with no finding.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { VFile } from 'vfile';
import { lintFile } from '../engine/lint.js';
import type { RuleSet } from '../rules/types.js';

export interface ProbeResult {
  /** Sentences labelled OVERCLAIM, and those of them with a finding. */
  overclaims: number;
  found: number;
  /** Findings on OVERCLAIM sentences, on OK ones (false), on ARGUABLE ones, on unlabelled lines. */
  overclaimFindings: number;
  falseFindings: number;
  arguable: number;
  unlabelled: number;
  wrong: string[];
  missed: string[];
}

type Verdict = 'OVERCLAIM' | 'OK' | 'ARGUABLE';

function readLabels(dir: string): Map<string, Verdict[]> {
  const labels = new Map<string, Verdict[]>();
  for (const line of readFileSync(join(dir, 'labels.md'), 'utf8').split('\n')) {
    const m = /^- ([\w.-]+\.(?:md|rst)):(\d+) — .*? — (OVERCLAIM|OK|ARGUABLE)/.exec(line);
    if (!m) continue;
    const key = `${m[1]}:${m[2]}`;
    labels.set(key, [...(labels.get(key) ?? []), m[3] as Verdict]);
  }
  return labels;
}

export function evaluateProbeSet(dir: string, ruleSets: RuleSet[]): ProbeResult {
  const labels = readLabels(dir);
  const out: ProbeResult = { overclaims: 0, found: 0, overclaimFindings: 0, falseFindings: 0, arguable: 0, unlabelled: 0, wrong: [], missed: [] };
  const hit = new Set<string>();
  for (const f of readdirSync(dir).filter((x) => /\.(?:md|rst)$/.test(x) && x !== 'labels.md').sort()) {
    const text = readFileSync(join(dir, f), 'utf8');
    const file = lintFile(new VFile({ path: join(dir, f), value: text }), { ruleSets });
    for (const m of file.messages) {
      const line = m.line ?? 1;
      // The line the finding's sentence starts on, where the labels are; else the nearest label above.
      const sentenceStart = (m as { data?: { sentence?: { start: number } } }).data?.sentence?.start;
      const sentenceLine = sentenceStart === undefined ? undefined : text.slice(0, sentenceStart).split('\n').length;
      let key: string | undefined = sentenceLine !== undefined && labels.has(`${f}:${sentenceLine}`) ? `${f}:${sentenceLine}` : undefined;
      for (let l = line; l >= Math.max(1, line - 4) && !key; l--) if (labels.has(`${f}:${l}`)) key = `${f}:${l}`;
      const verdicts = key ? (labels.get(key) as Verdict[]) : [];
      if (key) hit.add(key);
      const where = `${f}:${line}:${m.column ?? 1} ${m.ruleId}`;
      if (verdicts.includes('OVERCLAIM')) out.overclaimFindings++;
      else if (verdicts.includes('OK')) { out.falseFindings++; out.wrong.push(`${where} (labelled OK)`); } else if (verdicts.includes('ARGUABLE')) out.arguable++;
      else { out.unlabelled++; out.wrong.push(`${where} (unlabelled)`); }
    }
  }
  for (const [key, verdicts] of labels) {
    if (!verdicts.includes('OVERCLAIM')) continue;
    out.overclaims++;
    if (hit.has(key)) out.found++; else out.missed.push(key);
  }
  return out;
}
