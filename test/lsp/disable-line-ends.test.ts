/**
 * "Disable RULE for this block" in documents with "\r\n" and lone "\r" line ends (issue 9,
 * item 9): the comment goes where it goes with "\n", written with the document's own line
 * ends, and silences the finding. On main a lone "\r" was not a line end (the comment landed
 * at the start of the file), and the comment was written with "\n" into "\r\n" documents.
 */
import { describe, expect, test } from '@jest/globals';
import { lintText } from '../../src/engine/lint.js';
import { disableEdit, REASON } from '../../src/lsp/disable.js';
import { defaultRuleFiles, loadRuleFile } from '../../src/rules/load.js';

const sets = defaultRuleFiles().flatMap((f) => loadRuleFile(f).ruleSet ?? []);
const CLAIM = 'Confidential computing guarantees memory integrity for every guest.';
const path = '/tmp/Documentation/coco-notes.rst';

/** [name, text, what, expected], written with "\n". */
const cases: [string, string, string, string][] = [
  ['a paragraph', `Title\n=====\n\n${CLAIM}\n`, 'paragraph', `Title\n=====\n\n.. claimlint: disable-next memory-integrity -- ${REASON}\n\n${CLAIM}\n`],
  ['a paragraph under a title without a blank line', `Title\n=====\n${CLAIM}\n`, 'paragraph', `Title\n=====\n\n.. claimlint: disable-next memory-integrity -- ${REASON}\n\n${CLAIM}\n`],
  ['a list item', `1. First.\n2. ${CLAIM}\n3. Third.\n`, 'list item', `1. First.\n2. .. claimlint: disable-next memory-integrity -- ${REASON}\n\n   ${CLAIM}\n3. Third.\n`],
  ['a note', `.. note::\n\n   ${CLAIM}\n`, 'paragraph', `.. note::\n\n   .. claimlint: disable-next memory-integrity -- ${REASON}\n\n   ${CLAIM}\n`],
  ['an existing disable-next comment', `.. claimlint: disable-next imprecise-term -- why\n\n${CLAIM}\n`, 'paragraph', `.. claimlint: disable-next imprecise-term, memory-integrity -- why\n\n${CLAIM}\n`],
];

const eols: [string, string][] = [['\\r\\n', '\r\n'], ['\\r', '\r']];
const table = eols.flatMap(([eolName, eol]) => cases.map(([name, text, what, expected]) => [`${eolName}: ${name}`, text.replace(/\n/g, eol), what, expected.replace(/\n/g, eol)] as const));

describe('"disable RULE for this block" with other line ends', () => {
  test.each(table)('%s', (_name, text, what, expected) => {
    const finding = lintText(text, { path, ruleSets: sets }).messages.find((m) => m.ruleId === 'memory-integrity');
    expect(finding).toBeDefined();
    const place = finding?.place as { start: { offset: number }; end: { offset: number } };
    const edit = disableEdit(text, 'memory-integrity', place.start.offset, place.end.offset);
    expect(edit?.what).toBe(what);
    const after = text.slice(0, edit?.offset) + (edit?.text ?? '') + text.slice(edit?.offset);
    expect(JSON.stringify(after)).toBe(JSON.stringify(expected));
    expect(lintText(after, { path, ruleSets: sets }).messages).toEqual([]);
  });

  test('disable-file after the SPDX line, with "\\r" line ends', () => {
    const text = '.. SPDX-License-Identifier: GPL-2.0\r\rNotes\r=====\r\rText.\r';
    const edit = disableEdit(text, 'overgeneral-umbrella', 0, 0);
    expect(edit).toEqual({ what: 'file', offset: 37, text: `.. claimlint: disable-file overgeneral-umbrella -- ${REASON}\r\r` });
  });
});
