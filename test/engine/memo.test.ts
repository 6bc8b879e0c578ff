/**
 * A process that lives on (the editor, the resident server) lints a new version of a document
 * on every keystroke or patch; the memos keyed by its paragraphs and sentences must not keep the
 * old versions alive (src/memo.ts, detachKeys). In V8 a string cut from a document is a view of
 * it: this checks, by the heap, that a remembered key no longer holds its document.
 */
import { describe, expect, test } from '@jest/globals';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { boundedMemo, detached, detachKeys, memoByText } from '../../src/memo.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Heap in use after a full collection, in MB. */
function heapMb(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 1e6;
}

/** A fresh 40 MB document (its own flat string), and memos keyed by paragraphs cut from it. */
function rememberParagraphsOf(seed: number, byText: (t: string) => number, byKey: (k: string, c: () => number) => number): void {
  const doc = `${`Paragraph ${seed} of a long page.\n\n`.repeat(1_200_000)}`.slice(0);
  for (let k = 0; k < 8; k++) {
    const paragraph = doc.slice(k * 31, k * 31 + 29);
    byText(paragraph);
    byKey(doc.slice(k * 31 + 1, k * 31 + 29), () => k);
  }
}

describe('memos of a long-lived process', () => {
  test('a detached string is the same text', () => {
    const doc = 'x'.repeat(100);
    expect(detached(doc.slice(3, 60))).toBe(doc.slice(3, 60));
    expect(detached('short')).toBe('short');
  });

  test('keys cut from a document do not keep it alive once keys are detached', () => {
    detachKeys();
    const byText = memoByText(1024, (t: string) => t.length);
    const byKey = boundedMemo<number>(1024);
    const before = heapMb();
    for (let v = 0; v < 5; v++) rememberParagraphsOf(v, byText, byKey);
    // Five 40 MB versions were read; what is left is their keys (a few hundred bytes each).
    expect(heapMb() - before).toBeLessThan(30);
    expect(byText('Paragraph 4 of a long page.\n\n')).toBe(29);
  });
});
