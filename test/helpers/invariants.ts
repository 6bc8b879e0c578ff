/** Structural checks every parse must pass: positions inside the file, children inside parents. */
import type { RstNode, Root } from '../../src/rst/types.js';

export function positionProblems(tree: Root, text: string): string[] {
  const problems: string[] = [];
  const check = (node: RstNode, parent: RstNode | undefined): void => {
    const p = node.position;
    const a = p?.start.offset;
    const b = p?.end.offset;
    if (!p || a === undefined || b === undefined) { problems.push(`${node.type}: no position`); return; }
    if (a < 0 || b > text.length || a > b) problems.push(`${node.type} ${a}-${b}: outside the file (length ${text.length})`);
    const pp = parent?.position;
    if (pp && (a < (pp.start.offset ?? 0) || b > (pp.end.offset ?? 0))) {
      problems.push(`${node.type} ${p.start.line}:${p.start.column}-${p.end.line}:${p.end.column} outside its parent ${parent.type} ${pp.start.line}:${pp.start.column}-${pp.end.line}:${pp.end.column}`);
    }
    if ('children' in node) for (const c of node.children as RstNode[]) check(c, node);
    if (node.type === 'directive' && node.title) check(node.title, node);
  };
  check(tree, undefined);
  return problems;
}
