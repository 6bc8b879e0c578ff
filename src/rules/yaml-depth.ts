/**
 * A nesting limit for YAML, checked before the file is parsed into a document. The yaml
 * library composes a document recursively: near 800 levels (`scopes: [[[[...]]]]`, 4 kB)
 * it overflows the stack, with an error whose position varies from run to run, and parsing
 * such a file again in the same process can abort node ("RegExpCompiler Allocation failed",
 * as the language server re-reads configurations). Its concrete-syntax parser keeps the
 * open nodes on a stack of its own instead: it is run first, token by token, and stopped at
 * the first collection nested past the limit, so the cost of a hostile file is bounded too.
 */
import { Lexer, Parser } from 'yaml';

/** Collections nested deeper than this are refused; configurations and rule files need a few levels (the shipped rule file 6). */
export const MAX_YAML_DEPTH = 64;

const COLLECTIONS = new Set(['block-map', 'block-seq', 'flow-collection']);

/** The offset of the first collection of `text` nested deeper than `limit`, or undefined. */
export function tooDeepAt(text: string, limit = MAX_YAML_DEPTH): number | undefined {
  const parser = new Parser();
  for (const lexeme of new Lexer().lex(text)) {
    // Finished top-level tokens are not needed: only the stack of open nodes is.
    for (const token of parser.next(lexeme)) void token;
    // The stack also holds the document and the current scalar: count collections only when it could be too deep.
    if (parser.stack.length <= limit) continue;
    const open = parser.stack.filter((t) => COLLECTIONS.has(t.type));
    if (open.length > limit) return (open[limit] as { offset: number }).offset;
  }
  return undefined;
}

export const tooDeepMessage = (limit = MAX_YAML_DEPTH) =>
  `YAML: collections nested more than ${limit} levels deep; the file is not read further (it needs only a few levels)`;

/** 1-based line and column of an offset, lines ending at "\n" as the yaml library counts them. */
export function linePosition(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}
