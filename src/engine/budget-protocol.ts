/**
 * What the budgeted matcher (budget.ts) and its worker (budget-worker.ts)
 * share: the slots of their shared memory, the messages, and vfile messages
 * as plain data (a VFileMessage is an Error: structured clone drops its fields).
 */
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import type { Rule, RuleSet } from '../rules/types.js';
import type { ClaimMessage, Severity } from './lint.js';
import type { DocumentErrorData } from './document-error.js';

/** Int32 slots of the shared memory. */
export const SLOT = {
  /** The id of the last job the worker started. */
  started: 0,
  /** The id of the last job it finished (its answer is on the port). */
  done: 1,
  /** The number of the rule whose pattern is matching now, 0 when none. */
  matching: 2,
  /** Counts pattern matches begun: a count that stops moving while `matching` is set is a stuck match. */
  matches: 3,
} as const;
export const SLOTS = 4;

/** Rule numbers: the rule set's key in the worker and the rule's index in it; 0 is no rule. */
const PER_SET = 1 << 16;
export const ruleNumber = (setKey: number, ruleIndex: number) => (ruleIndex + 1 < PER_SET ? setKey * PER_SET + ruleIndex + 1 : 0);
export const ruleAt = (sets: Map<number, RuleSet>, n: number): { ruleSet: RuleSet; rule: Rule } | undefined => {
  const ruleSet = sets.get(Math.floor((n - 1) / PER_SET));
  const rule = ruleSet?.rules[(n - 1) % PER_SET];
  return ruleSet && rule ? { ruleSet, rule } : undefined;
};

export interface Job {
  id: number;
  /** Rule sets the worker has not seen yet, by key; `watched`: not shipped, so matched under the budget. */
  add: { key: number; ruleSet: RuleSet; watched: boolean }[];
  /** The rule sets of this document, by key, in order. */
  keys: number[];
  /** Rules switched off (over budget before), by number. */
  off: number[];
  path: string;
  text: string;
  data: Record<string, unknown>;
  scope?: string[];
  cocoDocument?: boolean;
  severity?: Record<string, Severity>;
  budgetMs: number;
}

export type Answer =
  | { id: number; messages: WireMessage[]; data: Record<string, unknown> }
  /** A rule used up its budget on this document (the worker stopped the document itself). */
  | { id: number; overBudget: number }
  /** The document is refused (a DocumentError in the worker): the main thread throws it as its own. */
  | { id: number; documentError: DocumentErrorData }
  /** An internal error: the in-process lint would have thrown it. */
  | { id: number; error: string };

export interface WireMessage {
  reason: string;
  place: VFileMessage['place'];
  ruleId?: string;
  source?: string;
  fatal: boolean | null | undefined;
  url?: string;
  expected?: string[];
  note?: string;
  actual?: string;
  data?: Record<string, unknown>;
}

export function toWire(m: ClaimMessage): WireMessage {
  const w: WireMessage = { reason: m.reason, place: m.place, fatal: m.fatal };
  if (m.ruleId) w.ruleId = m.ruleId;
  if (m.source) w.source = m.source;
  if (m.url) w.url = m.url;
  if (m.expected) w.expected = m.expected;
  if (m.note) w.note = m.note;
  if (m.actual !== undefined) w.actual = m.actual;
  if (m.data) w.data = m.data;
  return w;
}

/** Adds a message from the worker to `file`, as the in-process lint would have. */
export function addWire(file: VFile, w: WireMessage): void {
  const m = file.message(w.reason, { place: w.place ?? undefined, ruleId: w.ruleId, source: w.source }) as ClaimMessage;
  m.fatal = w.fatal;
  if (w.url) m.url = w.url;
  if (w.expected) m.expected = w.expected;
  if (w.note) m.note = w.note;
  if (w.actual !== undefined) m.actual = w.actual;
  if (w.data) m.data = w.data;
}
