/**
 * A Markdown hunk read without its file may start inside a fenced code block
 * (src/patch/fences.ts): the hunks below are written for this test.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { fenceLinesBefore, startsInsideFence } from '../../src/patch/fences.js';
import { Repo, removeTemps, run } from './helpers.js';

afterAll(removeTemps);

const CLAIM = 'Confidential VMs protect the integrity of guest memory against the hypervisor.';

describe('startsInsideFence: what the lines around the first fence look like', () => {
  test('code, a bare fence, then prose: the fence closes a block the hunk starts in', () => {
    expect(startsInsideFence(['echo five', 'echo six', '```', '', CLAIM, '', 'More text.']).inside).toBe(true);
  });
  test('prose, a bare fence, then code: the fence opens a block', () => {
    expect(startsInsideFence(['Run the following commands as root.', '', '```', 'make -j8 && make install', '```']).inside).toBe(false);
  });
  test('a fence with an info string only opens; no fence at all: outside', () => {
    expect(startsInsideFence(['echo six', '```sh', CLAIM]).inside).toBe(false);
    expect(startsInsideFence([CLAIM]).inside).toBe(false);
  });
  test('fenceLinesBefore: an opener before a hunk that starts inside, a closer before one after a block left open', () => {
    expect(fenceLinesBefore([['echo six', '~~~~', CLAIM], [CLAIM]])).toEqual(['~~~~', undefined]);
    expect(fenceLinesBefore([['Some words of prose here, as usual.', '```', 'make'], [CLAIM]])).toEqual([undefined, '```']);
  });
});

describe('patch mode without a tree: a hunk that starts inside a fenced block', () => {
  const BASE = `# Guide\n\nThe guide for SEV-SNP guests.\n\n\`\`\`sh\n${Array.from({ length: 8 }, (_, k) => `echo ${k}`).join('\n')}\n\`\`\`\n\nMore text.\n`;
  function patched(added: string) {
    const repo = new Repo();
    repo.write('docs/coco/guide.md', BASE);
    repo.commit('Initial tree');
    repo.edit('docs/coco/guide.md', '```\n\nMore text.\n', `\`\`\`\n\n${added}\n\nMore text.\n`);
    const commit = repo.commit('docs: guide: more');
    return { repo, patch: repo.saveOutside('0001.patch', repo.formatPatch('-1', commit)) };
  }
  test('the prose the patch adds after the block is read as prose, as with the tree', async () => {
    const { repo, patch } = patched(CLAIM);
    const ids = (out: string) => (JSON.parse(out) as { messages: { ruleId: string; line: number }[] }[]).flatMap((f) => f.messages.map((m) => `${m.ruleId}:${m.line}`));
    const without = await run(['-f', 'json', '--no-tree', patch]);
    const withTree = await run(['-f', 'json', '--tree', repo.dir, patch]);
    expect(ids(without.out)).toEqual(['memory-integrity:16']);
    expect(ids(withTree.out)).toEqual(ids(without.out));
  });
});
