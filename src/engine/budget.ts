/**
 * Matching under a time budget, for rule files that do not ship with
 * claimlint. A JavaScript regular expression cannot be interrupted, and the
 * load-time check (rules/regex-safety.ts) cannot prove every pattern safe, so
 * such documents are linted in a worker thread that can be terminated:
 *
 *  - each rule may spend MATCH_BUDGET_MS matching one document (its patterns'
 *    matches, summed); a rule over it — or one match that does not return
 *    within it — is reported (`rules.yml:12:3: rule 'x' took longer than …`),
 *    switched off for the rest of the run, and the document linted again
 *    without it, so the other rules' findings are still reported;
 *  - a stuck worker is terminated and replaced.
 *
 * The calls stay synchronous (the CLI, the patch mode and the language server
 * lint synchronously): the main thread waits on shared memory, polling where
 * the worker is. Runs with the shipped rules only never come here.
 */
import { getHeapStatistics } from 'node:v8';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { VFile } from 'vfile';
import { isShippedRuleSet } from '../rules/shipped.js';
import type { FileError, Rule, RuleSet } from '../rules/types.js';
import { addWire, ruleAt, ruleNumber, SLOT, SLOTS, type Answer, type Job } from './budget-protocol.js';
import { WORKER_FLAG, WORKER_URL, type WorkerData } from './budget-worker.js';
import { DocumentError, type DocumentErrorData } from './document-error.js';
import { readingDeadlineMs } from '../md/deadline.js';
import type { ClaimOptions } from './lint.js';

/** What one rule may spend matching one document. A 3 kB sentence takes a sound pattern well under a millisecond. */
export const MATCH_BUDGET_MS = 3000;
/** Starting the worker (parsing the bundle) on a loaded machine. */
const WORKER_START_MS = 30_000;
/**
 * A document the worker has not finished by then is given up, stuck or not (a worker that died
 * answers nothing); a Markdown document's reading has a limit of its own (src/md/deadline.ts),
 * which is added, so that a document too costly to read is refused as such, not blamed on a rule file.
 */
const DOCUMENT_LIMIT_MS = 60_000;
const documentLimitMs = (length: number) => 1000 * Math.round((DOCUMENT_LIMIT_MS + readingDeadlineMs(length)) / 1000);
/** How often the main thread looks at the worker. */
const POLL_MS = 20;
/** The worker keeps every rule set it was sent; past this many (the editor reloads rule files) it is replaced. */
const MAX_RULE_SETS = 64;

interface Matcher {
  worker: Worker;
  port: MessagePort;
  slots: Int32Array;
  keys: Map<RuleSet, number>;
  sets: Map<number, RuleSet>;
  lastJob: number;
}

let matcher: Matcher | undefined;
/**
 * Rules over budget, with the error that says so: off for the rest of the run
 * (reloading a rule file makes new rules), and the error repeated for every
 * document linted without them (the CLI prints it once; the editor shows it on
 * each such document).
 */
const switchedOff = new WeakMap<Rule, FileError>();
/** Rule sets given up whole (the worker was stuck outside any one rule's patterns), likewise. */
const givenUp = new WeakMap<RuleSet, FileError>();

type Lint = (file: VFile, options: ClaimOptions) => VFile;
type Culprit = ReturnType<typeof ruleAt>;
type Outcome = { done: Extract<Answer, { messages: unknown }> } | { error: string } | { documentError: DocumentErrorData } | { over: Culprit };

/** Does linting with these rule sets need the budget (is any not shipped)? */
export function needsBudget(ruleSets: RuleSet[]): boolean {
  return ruleSets.some((rs) => !isShippedRuleSet(rs));
}

/** Can this build start the worker? Not from TypeScript sources (ts-jest): there the lint stays in process. */
export const budgetAvailable = (): boolean => !WORKER_URL.endsWith('.ts');

/** Lints `file` as `inProcess` would, with the rules of watched rule sets matched under the budget. */
export function lintUnderBudget(file: VFile, options: ClaimOptions, inProcess: Lint, budgetMs = MATCH_BUDGET_MS): VFile {
  if (!budgetAvailable()) return inProcess(file, options);
  const report = (e: FileError) => (options.onRuleError ? options.onRuleError(e) : reportInFile(file, e));
  for (const rs of options.ruleSets) {
    const gone = givenUp.get(rs);
    if (gone) report(gone);
    else for (const rule of rs.rules) { const off = switchedOff.get(rule); if (off) report(off); }
  }
  let ruleSets = options.ruleSets.filter((rs) => !givenUp.has(rs));
  for (;;) {
    if (!needsBudget(ruleSets)) return inProcess(file, { ...options, ruleSets });
    const outcome = runJob(file, { ...options, ruleSets }, budgetMs);
    if ('done' in outcome) {
      for (const w of outcome.done.messages) addWire(file, w);
      Object.assign(file.data, outcome.done.data);
      return file;
    }
    if ('error' in outcome) throw new Error(`claimlint: linting ${file.path} failed in the matcher worker:\n${outcome.error}`);
    // A document the worker refused to read is refused here, as the in-process lint would.
    if ('documentError' in outcome) throw DocumentError.fromData(outcome.documentError);
    const culprit = outcome.over;
    if (culprit && !switchedOff.has(culprit.rule)) {
      const { place, id } = culprit.rule;
      const e = { ...place, message: `rule '${id}' took longer than ${seconds(budgetMs)} matching ${file.path}, and is switched off for the rest of the run; bound what its patterns repeat` };
      switchedOff.set(culprit.rule, e);
      report(e);
      continue;
    }
    for (const rs of ruleSets.filter((x) => !isShippedRuleSet(x))) {
      const e = { file: rs.file, line: 1, column: 1, message: `linting ${file.path} with this rule file took longer than ${seconds(documentLimitMs(String(file.value).length))}; its rules are switched off for the rest of the run` };
      givenUp.set(rs, e);
      report(e);
    }
    ruleSets = ruleSets.filter(isShippedRuleSet);
  }
}

const seconds = (ms: number) => `${ms / 1000} s`;

/** Without a handler, the error goes into the linted file, as a fatal message (ESLint's shape for a fatal error). */
function reportInFile(file: VFile, e: FileError): void {
  const m = file.message(`${e.file}:${e.line}:${e.column}: ${e.message}`, { place: { line: 1, column: 1 }, source: 'claimlint' });
  m.fatal = true;
}

function startMatcher(): Matcher {
  const shared = new SharedArrayBuffer(SLOTS * Int32Array.BYTES_PER_ELEMENT);
  const { port1, port2 } = new MessageChannel();
  const data: WorkerData = { [WORKER_FLAG]: true, shared, port: port2 };
  const worker = new Worker(new URL(WORKER_URL), {
    workerData: data, transferList: [port2], execArgv: workerExecArgv(),
    // The same heap limit as this thread's (`--max-old-space-size` does not reach a worker).
    resourceLimits: { maxOldGenerationSizeMb: Math.ceil(getHeapStatistics().heap_size_limit / 2 ** 20) },
  });
  // It must not keep the process alive, and its failures show as missing answers (below), not as an 'error' event that nobody handles.
  worker.unref();
  port1.unref();
  worker.on('error', () => {});
  return { worker, port: port1, slots: new Int32Array(shared), keys: new Map(), sets: new Map(), lastJob: 0 };
}

/**
 * Node's flags carry over to the worker, except `--input-type` (an `-e`
 * script's), which a file entry refuses; a list given explicitly must not hold
 * process-wide flags either (the heap limit is passed as a resource limit).
 */
function workerExecArgv(): string[] | undefined {
  if (!process.execArgv.some((a) => a.startsWith('--input-type'))) return undefined;
  return process.execArgv.filter((a) => !/^--(?:input-type|max-old-space-size|max-semi-space-size|stack-size)\b/.test(a));
}

function stopMatcher(): void {
  void matcher?.worker.terminate();
  matcher = undefined;
}

function runJob(file: VFile, options: ClaimOptions, budgetMs: number): Outcome {
  if (matcher && matcher.keys.size + options.ruleSets.length > MAX_RULE_SETS) stopMatcher();
  const m = (matcher ??= startMatcher());
  const add: Job['add'] = [];
  const off: number[] = [];
  const keys = options.ruleSets.map((ruleSet) => {
    let key = m.keys.get(ruleSet);
    if (key === undefined) {
      key = m.keys.size;
      m.keys.set(ruleSet, key);
      m.sets.set(key, ruleSet);
      add.push({ key, ruleSet, watched: !isShippedRuleSet(ruleSet) });
    }
    ruleSet.rules.forEach((rule, i) => { if (switchedOff.has(rule)) off.push(ruleNumber(key, i)); });
    return key;
  });
  const id = ++m.lastJob;
  const job: Job = {
    id, add, keys, off, path: file.path, text: String(file.value), data: file.data,
    scope: options.scope, cocoDocument: options.cocoDocument, severity: options.severity, budgetMs,
  };
  m.port.postMessage(job);
  return waitFor(m, id, budgetMs, documentLimitMs(job.text.length));
}

function waitFor(m: Matcher, id: number, budgetMs: number, documentLimitMs: number): Outcome {
  const { slots } = m;
  const start = performance.now();
  while (Atomics.load(slots, SLOT.started) < id) {
    if (performance.now() - start > WORKER_START_MS) {
      stopMatcher();
      return { error: `the matcher worker did not start within ${seconds(WORKER_START_MS)}` };
    }
    Atomics.wait(slots, SLOT.started, id - 1, POLL_MS);
  }
  const begun = performance.now();
  let seen = -1;
  let seenRule = 0;
  let seenAt = begun;
  while (Atomics.load(slots, SLOT.done) < id) {
    Atomics.wait(slots, SLOT.done, id - 1, POLL_MS);
    const now = performance.now();
    const count = Atomics.load(slots, SLOT.matches);
    const rule = Atomics.load(slots, SLOT.matching);
    if (count !== seen || rule !== seenRule) [seen, seenRule, seenAt] = [count, rule, now];
    else if (rule !== 0 && now - seenAt > budgetMs) return stuck(m, rule);
    if (now - begun > documentLimitMs) return stuck(m, 0);
  }
  const answer = receiveMessageOnPort(m.port)?.message as Answer | undefined;
  if (!answer || answer.id !== id) return { error: 'the matcher worker answered out of turn' };
  if ('overBudget' in answer) return { over: ruleAt(m.sets, answer.overBudget) };
  if ('error' in answer) return { error: answer.error };
  if ('documentError' in answer) return { documentError: answer.documentError };
  return { done: answer };
}

/** A stuck match (or worker): it cannot be interrupted, so it is replaced. */
function stuck(m: Matcher, rule: number): Outcome {
  stopMatcher();
  return { over: rule ? ruleAt(m.sets, rule) : undefined };
}
