/**
 * The JSON-RPC reader (src/lsp/reader.ts) in process, on a stream the test writes: hostile
 * framing is reported and skipped, memory stays bounded whatever Content-Length says, and
 * well-framed messages come through whatever the chunking (fast-check, seeded).
 */
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { PassThrough } from 'node:stream';
import type { Message } from 'vscode-languageserver/node';
import { LenientMessageReader, MAX_HEADER_BYTES } from '../../src/lsp/reader.js';

interface Harness {
  reader: LenientMessageReader;
  stream: PassThrough;
  messages: Message[];
  errors: string[];
  /** The most the reader held at once. */
  peak: () => number;
  write: (chunk: Buffer | string) => void;
}

function harness(options: ConstructorParameters<typeof LenientMessageReader>[1] = {}): Harness {
  const stream = new PassThrough();
  const reader = new LenientMessageReader(stream, options);
  const messages: Message[] = [];
  const errors: string[] = [];
  let peak = 0;
  reader.onError((e) => { errors.push(e.message); });
  reader.listen((m) => { messages.push(m); });
  // A PassThrough in flowing mode emits synchronously on write: no waiting needed.
  const write = (chunk: Buffer | string) => {
    stream.write(chunk);
    peak = Math.max(peak, reader.bufferedBytes);
  };
  return { reader, stream, messages, errors, peak: () => peak, write };
}

const frame = (m: unknown) => {
  const body = Buffer.from(JSON.stringify(m), 'utf8');
  return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]);
};
const request = (id: number) => ({ jsonrpc: '2.0', id, method: 'textDocument/hover', params: { n: 'é'.repeat(id % 7) } });

describe('hostile framing', () => {
  test('a huge Content-Length: the body is counted off, never held', () => {
    const h = harness({ maxMessageBytes: 1024 * 1024 });
    h.write('Content-Length: 99999999999999999999\r\n\r\n');
    const chunk = Buffer.alloc(64 * 1024, 0x78);
    for (let k = 0; k < 200; k++) h.write(chunk); // 12.5 MB of it
    expect(h.peak()).toBeLessThan(64 * 1024);
    expect(h.errors).toEqual(['JSON-RPC: a message of 99999999999999999999 bytes skipped (the limit is 1048576)']);
    expect(h.messages).toEqual([]);
  });

  test('an oversized message is skipped exactly: the one after it is read', () => {
    const h = harness({ maxMessageBytes: 1000 });
    const big = frame({ jsonrpc: '2.0', method: 'x', params: { text: 'y'.repeat(5000) } });
    for (let k = 0; k < big.length; k += 777) h.write(big.subarray(k, k + 777));
    h.write(frame(request(1)));
    expect(h.messages).toEqual([request(1)]);
    expect(h.errors).toHaveLength(1);
    expect(h.peak()).toBeLessThan(2000);
  });

  test('a missing or non-numeric Content-Length, not JSON, not an object, a batch: each reported, the next message read', () => {
    const h = harness();
    h.write([
      'Content-Type: application/vscode-jsonrpc\r\n\r\n',
      'Content-Length: twelve\r\n\r\n',
      'Content-Length: 3\r\n\r\n{x}',
      'Content-Length: 2\r\n\r\n42',
      'Content-Length: 4\r\n\r\nnull',
      'Content-Length: 2\r\n\r\n[]',
      'Content-Length: 0\r\n\r\n',
    ].join(''));
    h.write(frame(request(2)));
    expect(h.messages).toEqual([request(2)]);
    expect(h.errors.map((e) => e.replace(/:.*$/s, ''))).toEqual(Array(7).fill('JSON-RPC'));
    expect(h.errors.filter((e) => e.includes('batches are not supported'))).toHaveLength(1);
  });

  test('junk without a header end: bounded, and a header after it is still found', () => {
    const h = harness();
    for (let k = 0; k < 100; k++) h.write('no header end here, '.repeat(100));
    h.write(frame(request(3)));
    expect(h.messages).toEqual([request(3)]);
    expect(h.peak()).toBeLessThan(MAX_HEADER_BYTES + 4096);
    // Said once, and the junk kept to find a header in is said when the header comes.
    expect(h.errors[0]).toBe(`JSON-RPC: more than ${MAX_HEADER_BYTES} bytes without a header end skipped`);
    expect(h.errors.slice(1).map((e) => e.slice(0, 38))).toEqual(['JSON-RPC: junk before a header skipped']);
  });

  test('an exception in the connection\'s callback is reported and the messages after it are read', () => {
    const stream = new PassThrough();
    const reader = new LenientMessageReader(stream);
    const seen: unknown[] = [];
    const errors: string[] = [];
    reader.onError((e) => { errors.push(e.message); });
    reader.listen((m) => { if ((m as { id?: number }).id === 1) throw new Error('boom'); seen.push(m); });
    stream.write(Buffer.concat([frame(request(1)), frame(request(2))]));
    expect(seen).toEqual([request(2)]);
    expect(errors[0]).toContain('boom');
  });

  test('accept sees each message first and may keep it from the connection', () => {
    const h = harness({ accept: (m) => (m as { id?: number }).id !== 1 });
    h.write(Buffer.concat([frame(request(1)), frame(request(2))]));
    expect(h.messages).toEqual([request(2)]);
  });
});

describe('generated input (seeded)', () => {
  /** Split bytes at the given cut points. */
  const cut = (bytes: Buffer, cuts: number[]) => {
    const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
    const out: Buffer[] = [];
    let at = 0;
    for (const p of points) { out.push(bytes.subarray(at, p)); at = p; }
    out.push(bytes.subarray(at));
    return out;
  };

  test('well-framed messages come through in order, however the bytes are chunked', () => {
    fc.assert(fc.property(fc.array(fc.nat(1000), { maxLength: 20 }), fc.array(fc.nat(100_000), { maxLength: 40 }), (ids, cuts) => {
      const h = harness();
      const sent = ids.map(request);
      for (const chunk of cut(Buffer.concat(sent.map(frame)), cuts)) h.write(chunk);
      expect(h.messages).toEqual(sent);
      expect(h.errors).toEqual([]);
    }), { seed: 9, numRuns: 200 });
  });

  test('any bytes: no throw, memory bounded, only objects passed on', () => {
    const piece = fc.oneof(
      fc.uint8Array({ maxLength: 300 }).map((a) => Buffer.from(a)),
      fc.nat(1000).map((id) => frame(request(id))),
      fc.constantFrom('Content-Length: ', '\r\n\r\n', '\r\n', 'Content-Length: 5\r\n\r\n', 'Content-Length: 999999999\r\n\r\n', '[]', 'null', '{').map((s) => Buffer.from(s)),
    );
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }), fc.array(fc.nat(10_000), { maxLength: 20 }), (pieces, cuts) => {
      const h = harness({ maxMessageBytes: 4096 });
      for (const chunk of cut(Buffer.concat(pieces), cuts)) h.write(chunk);
      expect(h.peak()).toBeLessThan(MAX_HEADER_BYTES + 4096 + 10_000);
      for (const m of h.messages) expect(typeof m === 'object' && m !== null && !Array.isArray(m)).toBe(true);
    }), { seed: 9, numRuns: 300 });
  });
});
