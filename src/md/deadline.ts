/**
 * How long the Markdown reader may take on a document of `length` characters before it is
 * refused (src/md/guard.ts): 5 s, and 20 µs a character. Ordinary Markdown reads at 1 to 2 µs
 * a character (corpus-dev's: 1.2; 16 MiB of it: 1.8), so only input built to be slow gets
 * there. The budget worker (src/engine/budget.ts) waits that much longer for a document.
 */
export function readingDeadlineMs(length: number): number {
  return 5000 + length * 0.02;
}
