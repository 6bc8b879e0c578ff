/**
 * The worker of the budgeted matcher (budget.ts): it lints documents as the
 * in-process path does, with the patterns of watched rule sets charging their
 * rule for the time they take. A rule over its budget stops the document (the
 * main thread lints it again without that rule); a match that never returns
 * is seen by the main thread in the shared memory, and the worker terminated.
 *
 * This module is the worker's entry: the file it was loaded from (src/ or
 * dist/ module, or the single-file bundle, which holds every module) is started
 * again as a worker, and only there does it serve.
 */
import { isMainThread, workerData, type MessagePort } from 'node:worker_threads';
import { VFile } from 'vfile';
import { compileRuleSet } from '../rules/compile.js';
import type { Rule, RuleSet } from '../rules/types.js';
import type { MatchWatch } from '../rules/watched-regexp.js';
import { lintInProcess, type ClaimMessage, type Severity } from './lint.js';
import { ruleNumber, SLOT, toWire, type Answer, type Job } from './budget-protocol.js';
import { DocumentError } from './document-error.js';

/** The file to start as the worker: this module's own (in the bundle, the bundle). */
export const WORKER_URL = import.meta.url;
/** Marks the workerData of a budget worker. */
export const WORKER_FLAG = 'claimlintBudgetWorker';

export interface WorkerData {
  [WORKER_FLAG]: true;
  shared: SharedArrayBuffer;
  port: MessagePort;
}

class OverBudget extends Error {
  constructor(readonly rule: number) {
    super('over budget');
  }
}

function serve({ shared, port }: WorkerData): void {
  const slots = new Int32Array(shared);
  const sets = new Map<number, RuleSet>();
  const numbers = new Map<Rule, number>();
  const watched = new Set<RuleSet>();
  const off = new Set<number>();
  let budgetMs = Infinity;
  let spent = new Map<number, number>();
  let began = 0;

  const watch: MatchWatch = {
    begin(rule) {
      Atomics.store(slots, SLOT.matching, numbers.get(rule) ?? 0);
      Atomics.add(slots, SLOT.matches, 1);
      began = performance.now();
    },
    end(rule) {
      Atomics.store(slots, SLOT.matching, 0);
      const n = numbers.get(rule) ?? 0;
      const total = (spent.get(n) ?? 0) + performance.now() - began;
      spent.set(n, total);
      if (n && total > budgetMs) throw new OverBudget(n);
    },
    enabled: (rule) => !off.has(numbers.get(rule) ?? 0),
  };

  port.on('message', (job: Job) => {
    Atomics.store(slots, SLOT.started, job.id);
    Atomics.notify(slots, SLOT.started);
    let answer: Answer;
    try {
      answer = { id: job.id, ...lintJob(job) };
    } catch (err) {
      answer = err instanceof OverBudget ? { id: job.id, overBudget: err.rule }
        : err instanceof DocumentError ? { id: job.id, documentError: err.toData() }
          : { id: job.id, error: (err as Error).stack ?? String(err) };
    }
    port.postMessage(answer);
    Atomics.store(slots, SLOT.done, job.id);
    Atomics.notify(slots, SLOT.done);
  });

  function lintJob(job: Job): { messages: ReturnType<typeof toWire>[]; data: Record<string, unknown> } {
    for (const add of job.add) {
      sets.set(add.key, add.ruleSet);
      add.ruleSet.rules.forEach((rule, i) => numbers.set(rule, ruleNumber(add.key, i)));
      if (!add.watched) continue;
      watched.add(add.ruleSet);
      // Compiled now, so the engine's own compileRuleSet finds the watched build in its cache.
      compileRuleSet(add.ruleSet, watch);
    }
    const ruleSets = job.keys.map((k) => sets.get(k) as RuleSet);
    const severity: Record<string, Severity> = { ...job.severity };
    const shippedIds = new Set(ruleSets.filter((rs) => !watched.has(rs)).flatMap((rs) => rs.rules.map((r) => r.id)));
    for (const n of job.off) {
      off.add(n);
      for (const [rule, m] of numbers) {
        if (m !== n) continue;
        rule.severity = 'off';
        // A configured severity would switch it on again; not for a shipped rule of the same id.
        if (!shippedIds.has(rule.id)) severity[rule.id] = 'off';
      }
    }
    budgetMs = job.budgetMs;
    spent = new Map();
    const file = new VFile({ path: job.path, value: job.text, data: job.data });
    lintInProcess(file, { ruleSets, scope: job.scope, cocoDocument: job.cocoDocument, severity });
    return { messages: file.messages.map((m) => toWire(m as ClaimMessage)), data: file.data };
  }
}

if (!isMainThread && (workerData as Partial<WorkerData> | null)?.[WORKER_FLAG]) serve(workerData as WorkerData);
