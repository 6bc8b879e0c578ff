import type { Root, RstNode } from '../../src/rst/types.js';

/** All nodes of a type, in document order (directive titles included). */
export function all<T extends RstNode['type']>(tree: Root | RstNode, type: T): Extract<RstNode, { type: T }>[] {
  const out: RstNode[] = [];
  const walk = (n: RstNode) => {
    if (n.type === type) out.push(n);
    if (n.type === 'directive' && n.title) walk(n.title);
    if ('children' in n) for (const c of n.children as RstNode[]) walk(c);
  };
  walk(tree);
  return out as Extract<RstNode, { type: T }>[];
}

/** The source text a node covers. */
export function slice(text: string, n: RstNode): string {
  return text.slice(n.position.start.offset, n.position.end.offset);
}

export function at(n: RstNode): string {
  return `${n.position.start.line}:${n.position.start.column}-${n.position.end.line}:${n.position.end.column}`;
}
