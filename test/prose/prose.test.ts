import { describe, expect, test } from '@jest/globals';
import { parseRst } from '../../src/rst/parse.js';
import { proseUnits } from '../../src/prose/units.js';
import { sentencesOf, sentencesOfText } from '../../src/prose/sentences.js';

const units = (text: string) => proseUnits(parseRst(text), text);
const sentences = (text: string) => sentencesOfText(text).map((s) => s.text.trim());

describe('masking keeps identity offsets', () => {
  test('literals, roles, URLs, substitutions are spaces; link text is kept', () => {
    const t = 'Use ``x86`` and :c:func:`sev_guest` with `TDX <https://intel.com/tdx>`_ and |SNP| or SEV_ see https://amd.com/sev.\n';
    const [u] = units(t);
    expect(u!.text.length).toBe(u!.end - u!.start);
    expect(u!.text.replace(/\s+/g, ' ').trim()).toBe('Use and with TDX and or SEV see .');
    expect(u!.text.indexOf('TDX')).toBe(t.indexOf('TDX'));
  });
  test(':ref: with a title keeps the title, not the target', () => {
    const [u] = units('See :ref:`the SNP guide <snp-guide>` now.\n');
    expect(u!.text.replace(/\s+/g, ' ').trim()).toBe('See the SNP guide now.');
  });
  test('an inline literal that spans a line break is masked whole', () => {
    const t = 'The ``x86\nguests`` literal ends here.\n';
    const [u] = units(t);
    expect(u!.text.replace(/\s+/g, ' ').trim()).toBe('The literal ends here.');
  });
  test('emphasis and strong keep their text', () => {
    const [u] = units('Only *SEV-SNP* and **TDX** guests.\n');
    expect(u!.text.replace(/\s+/g, ' ').trim()).toBe('Only SEV-SNP and TDX guests.');
  });
  test('CRLF, tabs and a trailing space do not move offsets', () => {
    const t = 'Title\r\n=====\r\n\r\n-\tItem with\ttab \r\n';
    const us = units(t);
    for (const u of us) {
      for (const s of sentencesOf(u)) for (const w of s.words) expect(t.slice(w.start, w.end)).toBe(w.value);
    }
    expect(us.map((u) => u.kind)).toEqual(['title', 'list-item']);
  });
  test('non-ASCII text before a word keeps UTF-16 offsets', () => {
    const t = 'It doesn’t → hold for SEV.\n';
    const [s] = sentencesOf(units(t)[0]!);
    const w = s!.words.find((x) => x.value === 'SEV')!;
    expect(w.start).toBe(t.indexOf('SEV'));
  });
});

describe('sentences', () => {
  test('abbreviations parse-english splits on are mended', () => {
    expect(sentences('Compare A vs. B here. Then stop.')).toEqual(['Compare A vs. B here.', 'Then stop.']);
    expect(sentences('It differs. Fig. 3 shows it.')).toEqual(['It differs.', 'Fig. 3 shows it.']);
    expect(sentences('Done at approx. 5 today. Ok then.')).toEqual(['Done at approx. 5 today.', 'Ok then.']);
    expect(sentences('See cf. the other one. Next.')).toEqual(['See cf. the other one.', 'Next.']);
  });
  test('a name written with a small letter starts a sentence after a full stop: "only. s390 ...", "x86. pKVM ..."', () => {
    expect(sentences('Memory encryption is a property of the x86 technologies only. s390 Secure Execution protects memory by access control.'))
      .toEqual(['Memory encryption is a property of the x86 technologies only.', 's390 Secure Execution protects memory by access control.']);
    expect(sentences('It runs on x86. pKVM does not.')).toEqual(['It runs on x86.', 'pKVM does not.']);
    // Not after an abbreviation, and not before an ordinary small word.
    expect(sentences('See e.g. x86 docs. Fine.')).toEqual(['See e.g. x86 docs.', 'Fine.']);
    expect(sentences('Version 1.2. x86 only.')).toEqual(['Version 1.2. x86 only.']);
  });
  test('"etc." ending a sentence before a capitalised word splits', () => {
    expect(sentences('It lists devices etc. The next sentence follows.')).toEqual(['It lists devices etc.', 'The next sentence follows.']);
    expect(sentences('Devices etc. to the list. Next.')).toEqual(['Devices etc. to the list.', 'Next.']);
  });
  test('e.g. and i.e. do not end sentences; kernel tokens stay whole', () => {
    const s = sentencesOfText('Guests, e.g. SEV-SNP on x86_64 with CONFIG_X86, i.e. 6.12.3 kernels. Next.');
    expect(s).toHaveLength(2);
    expect(s[0]!.words.map((w) => w.value)).toEqual(expect.arrayContaining(['SEV-SNP', 'x86_64', 'CONFIG_X86', '6.12.3']));
  });
  test('sentence and word offsets are source offsets', () => {
    const t = 'Intro.\n\n- First sentence. Second one.\n';
    const u = units(t)[1]!;
    const ss = sentencesOf(u);
    expect(ss.map((s) => t.slice(s.start, s.end))).toEqual(['First sentence.', 'Second one.']);
  });
});
