import { expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { corpusOrSkip } from '../helpers/corpus.js';
import { describeIf, skipOrFail } from '../helpers/skip.js';

/**
 * Agreement with docutils, unit by unit (scripts/corpus-compare.mjs against
 * the reference of scripts/docutils-units.py). Needs the corpus, a Python with
 * docutils (installed by .ci/run) and the built package (npm test builds it).
 */
const corpus = corpusOrSkip('docutils agreement');
const maybe = describeIf(corpus);

interface Bar { value: number; min: number; pass: boolean }
interface Report { files: number; units: number; bars: Record<string, Bar> }

maybe('agreement with docutils on the Linux Documentation tree', () => {
  test('meets the bars: units ≥ 99% (≥ 99.5% in security/, virt/, arch/x86/), word recall and precision ≥ 99.5%', () => {
    expect(existsSync('dist/index.js')).toBe(true);
    const run = spawnSync(process.execPath, ['scripts/corpus-compare.mjs', '--json'], { encoding: 'utf8', timeout: 300_000 });
    if (run.status === 2) {
      skipOrFail(`corpus-compare could not run: ${run.stderr.trim()}`, 'docutils agreement');
      return;
    }
    expect(run.stderr).not.toMatch(/Error/);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.files).toBeGreaterThan(3000);
    expect(Object.keys(report.bars).length).toBe(6);
    for (const [name, bar] of Object.entries(report.bars)) {
      expect({ name, value: bar.value, pass: bar.value >= bar.min }).toEqual({ name, value: bar.value, pass: true });
    }
    expect(run.status).toBe(0);
  }, 300_000);
});
