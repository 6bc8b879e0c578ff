import { expect, test } from '@jest/globals';
import { main } from '../../src/cli/main.js';
import { corpusOrSkip, rstFiles } from '../helpers/corpus.js';
import { describeIf } from '../helpers/skip.js';

const corpus = corpusOrSkip('corpus CLI test');
const maybe = describeIf(corpus);

maybe('claimlint on the whole Documentation tree', () => {
  test('--format json gives one entry per .rst file outside translations/; exit 1 exactly when something was found', async () => {
    let out = '';
    let err = '';
    const status = await main(['--format', 'json', corpus!.documentation], { out: (s) => { out += s; }, err: (s) => { err += s; } });
    expect(err).toBe('');
    const results = JSON.parse(out) as { filePath: string; messages: unknown[] }[];
    expect(status).toBe(results.some((r) => r.messages.length > 0) ? 1 : 0);
    const expected = rstFiles(corpus!).filter((f) => !f.startsWith('translations/'));
    expect(results).toHaveLength(expected.length);
    expect(results.map((r) => r.filePath.slice(corpus!.documentation.length + 1)).sort()).toEqual(expected);
  });
});
