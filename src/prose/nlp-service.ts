/**
 * Tagging on a second core. Loading wink's model costs about 50 ms and tagging a sentence
 * about half a millisecond, both on the critical path of a patch check. A worker thread loads
 * the model while the main thread parses, and tags a document's candidate sentences ahead of
 * the frame matcher that reads them. The worker runs the same bundle with the same model, one
 * `readDoc` per sentence as in process, so the tags are the same (test/prose/nlp-service.test.ts).
 *
 * The main thread's calls stay synchronous: it waits on shared memory for the sentence it
 * needs. Anything unexpected (no bundle, the worker fails or is slow to answer) ends the worker
 * and the run tags in process from then on. `CLAIMLINT_NLP_WORKER=0` keeps tagging in process.
 */
import { createRequire } from 'node:module';
import { debuglog } from 'node:util';
import { isMainThread, MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';

/** A token as wink gives it: its text, part of speech and lemma. */
export type RawTag = [value: string, pos: string, lemma: string];

/** NODE_DEBUG=claimlint says when the tagger starts and how (tests read it). */
export const debug = debuglog('claimlint');

/** How long the main thread waits for one sentence before it tags in process (a loaded machine, a dead worker). */
const ANSWER_MS = 5000;

const WORKER = String.raw`
const { workerData } = require('node:worker_threads');
const signal = new Int32Array(workerData.signal);
const port = workerData.port;
try {
  const lib = require(workerData.bundle);
  const nlp = lib.winkNLP(lib.model, ['pos']);
  const its = nlp.its;
  port.on('message', (texts) => {
    for (const text of texts) {
      const out = [];
      nlp.readDoc(text).tokens().each((t) => { out.push([t.out(its.value), t.out(its.pos), String(t.out(its.lemma) ?? t.out(its.value))]); });
      port.postMessage([text, out]);
      Atomics.add(signal, 0, 1);
      Atomics.notify(signal, 0);
    }
  });
} catch (err) {
  Atomics.store(signal, 1, 1);
  Atomics.notify(signal, 0);
}
`;

interface Service {
  worker: Worker;
  port: MessagePort;
  /** [answers posted, failed]. */
  signal: Int32Array;
  /** Answers read from the port, by sentence (until releaseTags). */
  answers: Map<string, RawTag[]>;
  /** Sentences asked for and not answered yet. */
  asked: Set<string>;
  seen: number;
}

/**
 * The worker, shared by every copy of this module in the process: bin/claimlint.js may start it
 * from a small bundle of its own (nlp-early.ts) before the main bundle has loaded.
 */
interface State { service?: Service; disabled: boolean }
const SLOT = Symbol.for('claimlint.tagger');
const state = ((globalThis as Record<symbol, unknown>)[SLOT] ??= {
  disabled: !isMainThread || process.env['CLAIMLINT_NLP_WORKER'] === '0',
}) as State;

function bundlePath(): string | undefined {
  try {
    return createRequire(import.meta.url).resolve('./claimlint-nlp.cjs');
  } catch {
    return undefined;
  }
}

/** Start the worker (and so the model's loading) if this build can; a no-op after the first call. */
export function warmTagger(): void {
  if (state.service || state.disabled) return;
  const bundle = bundlePath();
  if (!bundle) { state.disabled = true; return; }
  try {
    const { port1, port2 } = new MessageChannel();
    const signal = new Int32Array(new SharedArrayBuffer(8));
    const worker = new Worker(WORKER, { eval: true, workerData: { bundle, signal: signal.buffer, port: port2 }, transferList: [port2] });
    // Never keep the process alive, and a worker's failure is only a reason to tag in process.
    worker.unref();
    port1.unref();
    worker.on('error', () => stop());
    state.service = { worker, port: port1, signal, answers: new Map(), asked: new Set(), seen: 0 };
    debug('tagger: worker started');
  } catch {
    state.disabled = true;
  }
}

/**
 * Tag in this thread from now on. Linting files (a tree, a directory, even one large document)
 * is faster in process: the thread's answers cost more to pass back than the head start on the
 * model saves, and its heap is some 30 MB more (measured on the 6.12 tree: 1.77 s and 186 MB in
 * process, 1.9 s and 230 MB with the worker). Patch mode keeps it: there the model loads while
 * the main bundle compiles.
 */
export function tagInProcess(): void {
  stop();
  state.disabled = true;
}

function stop(): void {
  if (!state.service) return;
  debug('tagger: worker stopped, tagging in process');
  const { worker, port } = state.service;
  state.service = undefined;
  state.disabled = true;
  port.close();
  void worker.terminate();
}

/** Ask for these sentences' tags now, in this order (the worker answers while the caller works). */
export function prefetchTags(texts: string[]): void {
  warmTagger();
  if (!state.service) return;
  const s = state.service;
  const fresh = [...new Set(texts)].filter((t) => !s.asked.has(t) && !s.answers.has(t));
  if (fresh.length === 0) return;
  for (const t of fresh) s.asked.add(t);
  s.port.postMessage(fresh);
}

/** Forget the answers kept so far (a document is done; its sentences' tags are not asked again). */
export function releaseTags(): void {
  state.service?.answers.clear();
}

function drain(s: Service): void {
  for (let m = receiveMessageOnPort(s.port); m; m = receiveMessageOnPort(s.port)) {
    const [text, tags] = m.message as [string, RawTag[]];
    s.asked.delete(text);
    s.answers.set(text, tags);
  }
}

/** The tags of a sentence from the worker, or undefined when there is none (then tag in process). */
export function takeTags(text: string): RawTag[] | undefined {
  const s = state.service;
  if (!s) return undefined;
  drain(s);
  if (!s.answers.has(text)) prefetchTags([text]);
  const deadline = Date.now() + ANSWER_MS;
  for (;;) {
    const tags = s.answers.get(text);
    if (tags) return tags;
    const left = deadline - Date.now();
    if (Atomics.load(s.signal, 1) !== 0 || left <= 0) { stop(); return undefined; }
    const posted = Atomics.load(s.signal, 0);
    if (posted === s.seen) Atomics.wait(s.signal, 0, posted, left);
    s.seen = Atomics.load(s.signal, 0);
    drain(s);
  }
}
