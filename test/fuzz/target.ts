/**
 * What a fuzz target is, and the checks the targets share. A target turns one generated input
 * into a canonical output string, throwing when a property fails; the harness adds the
 * properties every target has: no throw, a per-input time budget, and the same output when
 * the input is run again.
 */
import { createHash } from 'node:crypto';
import type fc from 'fast-check';
import type { VFile } from 'vfile';
import { defaultRuleFiles, loadRuleFile } from '../../src/rules/load.js';
import type { RuleSet } from '../../src/rules/types.js';

export interface Target<T = unknown> {
  name: string;
  /** One line for the README and the run summary. */
  covers: string;
  arbitrary: fc.Arbitrary<T>;
  /** Run the input once: the canonical output, or a throw when a property fails. */
  run(input: T): Promise<string> | string;
  /** The input as JSON (saved with a finding), and back. */
  save(input: T): unknown;
  load(saved: unknown): T;
  /** The input as a file a person can open (a .rst, .patch, .yml ...), when there is one. */
  file?(input: T): { ext: string; data: string | Uint8Array };
  /**
   * Per-input time budget (milliseconds): a fixed part plus a part that grows with the input,
   * generous for linear work on a busy machine, so that only super-linear time fails.
   */
  budgetMs(input: T): number;
  /** Milliseconds the last run spent in the target's own oracles (recheck ...): not counted against the budget. */
  oracleMs?(): number;
  /** Whether to run the input a second time to compare outputs (default: yes; the largest inputs skip it). */
  rerun?(input: T): boolean;
}

/** A property failed: the message says which and where. */
export class PropertyFailure extends Error {}

export function fail(message: string): never {
  throw new PropertyFailure(message);
}

let shipped: RuleSet[] | undefined;

/** The shipped rule sets, loaded once. */
export function shippedRuleSets(): RuleSet[] {
  shipped ??= defaultRuleFiles().map((f) => {
    const { ruleSet, errors } = loadRuleFile(f);
    if (!ruleSet) throw new Error(`shipped rule file ${f}: ${errors.map((e) => e.message).join('; ')}`);
    return ruleSet;
  });
  return shipped;
}

/** A budget of `base` ms plus `perKb` ms for each kilobyte of `size` characters. */
export function budget(base: number, perKb: number, size: number): number {
  return Math.round(base + (perKb * size) / 1024);
}

export function digest(s: string): string {
  return createHash('sha256').update(s).digest('hex').slice(0, 16);
}

/** Line starts of `text` where "\n", "\r\n" and a lone "\r" end a line (as LSP and docutils count). */
export function lineStarts(text: string, loneCr: boolean): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13 && loneCr && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  return starts;
}

/** 1-based line and column (UTF-16) of an offset, given line starts. */
export function pointOf(starts: number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= offset) lo = mid; else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (starts[lo] as number) + 1 };
}

interface Place { line?: number; column?: number; offset?: number }

/**
 * Every message of a linted file: start and end offsets inside the text and in order, its
 * `actual` the text between them, line:column matching the offsets (with "\n" line ends, or
 * with CR line ends too: either convention, as long as the file keeps to one), and its
 * sentence range inside the text.
 */
export function checkMessages(file: VFile, where: string): void {
  const text = String(file.value);
  const models = [lineStarts(text, false), lineStarts(text, true)];
  const agrees = models.map(() => true);
  for (const m of file.messages) {
    const id = `${where}: ${m.ruleId ?? '?'} at ${m.line}:${m.column}`;
    const place = m.place as { start?: Place; end?: Place } | undefined;
    const start = place?.start;
    const end = place?.end;
    if (!start || !end || start.offset === undefined || end.offset === undefined) {
      // Messages about the file itself (a file name) have no range; everything else has one.
      if (m.ruleId === 'unused-suppression' || (m as { data?: { fileName?: unknown } }).data?.fileName) continue;
      fail(`${id}: no start and end offsets`);
    }
    if (start.offset < 0 || end.offset < start.offset || end.offset > text.length) {
      fail(`${id}: offsets ${start.offset}-${end.offset} outside the text (length ${text.length})`);
    }
    const actual = (m as { actual?: unknown }).actual;
    if (typeof actual === 'string' && actual !== text.slice(start.offset, end.offset)) {
      fail(`${id}: actual ${JSON.stringify(actual)} is not the text at its offsets ${JSON.stringify(text.slice(start.offset, end.offset))}`);
    }
    models.forEach((starts, k) => {
      const a = pointOf(starts, start.offset as number);
      const b = pointOf(starts, end.offset as number);
      if (a.line !== start.line || a.column !== start.column || b.line !== end.line || b.column !== end.column) agrees[k] = false;
    });
    const sentence = (m as { data?: { sentence?: { start: number; end: number } } }).data?.sentence;
    if (sentence && (sentence.start < 0 || sentence.end < sentence.start || sentence.end > text.length)) {
      fail(`${id}: sentence ${sentence.start}-${sentence.end} outside the text (length ${text.length})`);
    }
  }
  if (!agrees.some(Boolean)) {
    const m = file.messages[0];
    fail(`${where}: line:column of the messages do not match their offsets (first: ${m?.ruleId} at ${m?.line}:${m?.column})`);
  }
}

/** Messages in a stable, comparable form. */
export function messageSummary(file: VFile): unknown[] {
  return file.messages.map((m) => [m.ruleId, m.line, m.column, m.place && 'end' in m.place ? [m.place.end.line, m.place.end.column] : null, m.fatal, m.reason, m.note ?? null]);
}
