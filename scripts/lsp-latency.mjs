#!/usr/bin/env node
// Latency of `claimlint lsp --stdio`: from a didChange to the publishDiagnostics for its
// version, with the debounce set to 0 (initializationOptions.debounceMs), so what is measured
// is the server's work after the debounce: reading the change, linting, publishing.
//
//   npm run build && node scripts/lsp-latency.mjs [--edits N] [--warmup N]
//
// Two documents, each with at least one finding: the v2 document of the founding review
// (Documentation/security/x86-confidential-computing.rst from ../shared/review/v2-patch.mbox)
// and virt/kvm/api.rst from the kernel corpus (npm run corpus:fetch) with an overgeneralized
// sentence appended. Each edit types one character into a new paragraph at the end; the
// median of N edits (default 30, after 5 warm-up edits) is printed per document. The bar: 50 ms.
// LSP_PROF=DIR writes each server's CPU profile there (node --cpu-prof), to see where a run went.

import { Buffer } from 'node:buffer';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { corpusDir } from './corpus-dir.mjs';
import { V2_PATH, v2Document } from './v2-document.mjs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));
const BAR_MS = 50;
const SENTENCE = 'Confidential computing guarantees memory integrity for every guest.';

function parseArgs(argv) {
  const opts = { edits: 30, warmup: 5 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if ((a === '--edits' || a === '--warmup') && i + 1 < argv.length) opts[a.slice(2)] = Math.max(a === '--edits' ? 1 : 0, Number.parseInt(argv[++i], 10) || 0);
    else if (a === '-h' || a === '--help') { console.log('usage: node scripts/lsp-latency.mjs [--edits N] [--warmup N]'); process.exit(0); }
    else { console.error(`lsp-latency: unknown argument ${a}`); process.exit(2); }
  }
  return opts;
}


/** A minimal JSON-RPC client over the server's stdio. */
class Client {
  constructor() {
    this.proc = spawn(process.execPath, [...(process.env.LSP_PROF ? ['--cpu-prof', '--cpu-prof-dir', process.env.LSP_PROF] : []), join(repo, 'bin/claimlint.js'), 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    this.buffer = Buffer.alloc(0);
    this.nextId = 1;
    this.pending = new Map();
    this.onPublish = undefined;
    this.proc.stdout.on('data', (d) => this.data(d));
  }

  data(d) {
    this.buffer = Buffer.concat([this.buffer, d]);
    for (;;) {
      const end = this.buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, end).toString('ascii'))?.[1]);
      if (this.buffer.length < end + 4 + length) return;
      const msg = JSON.parse(this.buffer.subarray(end + 4, end + 4 + length).toString('utf8'));
      this.buffer = this.buffer.subarray(end + 4 + length);
      const at = performance.now();
      if (msg.method === undefined && this.pending.has(msg.id)) { this.pending.get(msg.id)(msg); this.pending.delete(msg.id); }
      else if (msg.id !== undefined && msg.method) this.send({ jsonrpc: '2.0', id: msg.id, result: null });
      else if (msg.method === 'textDocument/publishDiagnostics') this.onPublish?.(msg.params, at);
    }
  }

  /** Write a message; returns the time just before the write. */
  send(msg) {
    const body = Buffer.from(JSON.stringify(msg));
    const frame = Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`), body]);
    const at = performance.now();
    this.proc.stdin.write(frame);
    return at;
  }

  request(method, params) {
    const id = this.nextId++;
    return new Promise((res) => { this.pending.set(id, res); this.send({ jsonrpc: '2.0', id, method, params }); });
  }

  /** Send a notification and resolve with the publish for (uri, version) and the time between them. */
  publishAfter(uri, version, message) {
    return new Promise((res) => {
      let sent = 0;
      this.onPublish = (p, at) => { if (p.uri === uri && p.version === version) { this.onPublish = undefined; res({ params: p, ms: at - sent }); } };
      sent = this.send(message);
    });
  }
}

function positionAt(text, offset) {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

async function measure(name, path, text, opts) {
  const c = new Client();
  await c.request('initialize', { processId: process.pid, rootUri: null, capabilities: {}, initializationOptions: { debounceMs: 0 } });
  c.send({ jsonrpc: '2.0', method: 'initialized', params: {} });
  const uri = pathToFileURL(path).href;
  const open = await c.publishAfter(uri, 1, { jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'rst', version: 1, text } } });
  let current = text;
  const typed = `\n${SENTENCE} `.repeat(10);
  const times = [];
  let findings = open.params.diagnostics.length;
  for (let i = 0; i < opts.warmup + opts.edits; i++) {
    const version = i + 2;
    const at = positionAt(current, current.length);
    const ch = typed[i % typed.length];
    const change = { range: { start: at, end: at }, text: ch };
    current += ch;
    const r = await c.publishAfter(uri, version, { jsonrpc: '2.0', method: 'textDocument/didChange', params: { textDocument: { uri, version }, contentChanges: [change] } });
    if (i >= opts.warmup) times.push(r.ms);
    findings = Math.min(findings, r.params.diagnostics.length);
  }
  await c.request('shutdown');
  c.send({ jsonrpc: '2.0', method: 'exit' });
  times.sort((a, b) => a - b);
  const median = times.length % 2 ? times[times.length >> 1] : (times[times.length / 2 - 1] + times[times.length / 2]) / 2;
  const p90 = times[Math.min(times.length - 1, Math.floor(times.length * 0.9))];
  const lines = text.split('\n').length - 1;
  console.log(`${name} (${lines} lines, at least ${findings} finding${findings === 1 ? '' : 's'}): `
    + `median ${median.toFixed(1)} ms, p90 ${p90.toFixed(1)} ms, min ${times[0].toFixed(1)} ms, max ${times.at(-1).toFixed(1)} ms over ${times.length} edits`
    + `${median <= BAR_MS ? '' : `  (above the ${BAR_MS} ms bar)`}; first diagnostics after opening it in a new server: ${open.ms.toFixed(1)} ms`);
  return { name, median, findings, opened: open.ms };
}

async function run() {
  const opts = parseArgs(process.argv.slice(2));
  if (!existsSync(join(repo, 'dist/claimlint.mjs'))) { console.error('lsp-latency: run `npm run build` first'); process.exit(2); }
  const results = [];
  const { mbox, text: v2 } = v2Document();
  if (v2) results.push(await measure('v2 document', join(tmpdir(), 'claimlint-lsp-latency', V2_PATH), v2, opts));
  else console.log(`v2 document: skipped (${mbox} not found)`);
  const api = join(corpusDir(), 'Documentation', 'virt', 'kvm', 'api.rst');
  if (existsSync(api)) {
    const text = `${readFileSync(api, 'utf8').replace(/^\uFEFF/, '')}\n${SENTENCE}\n`;
    results.push(await measure('virt/kvm/api.rst', api, text, opts));
  } else {
    console.log(`virt/kvm/api.rst: skipped (${api} not found: npm run corpus:fetch)`);
  }
  const bad = results.filter((r) => r.median > BAR_MS || r.findings < 1);
  if (bad.length) process.exitCode = 1;
}

await run();
