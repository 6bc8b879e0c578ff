/**
 * A document's proper names (words it only writes capitalised) are counted again only for the
 * units that changed since the last call (the editor's next version of a page). Whatever the
 * sequence of calls, the answer is the one a count from nothing gives.
 */
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { documentProperNames } from '../../src/prose/proper-names.js';

const SENTENCES = [
  'We run Gramine inside the enclave.', 'The gramine tool is ours.', 'Our product, Kestrel, encrypts memory.',
  'It talks to Nova over a channel.', 'nova is a library.', 'The guest asks the Verifier for a token.',
  'Then Kestrel checks it.', 'Plain words only here.',
];

/** The names of `units` counted from nothing: another document asked in between shares no unit with them. */
function fresh(units: string[]): string[] {
  documentProperNames(['An unrelated Document with Words.']);
  return [...documentProperNames(units)].sort();
}

describe('proper names, counted again only where a unit changed', () => {
  test('a paragraph that writes a name in lower case takes it out, and putting it back restores it', () => {
    const base = ['We run Gramine inside the enclave.', 'It talks to Nova over a channel.'];
    expect([...documentProperNames(base)].sort()).toEqual(['gramine', 'nova']);
    expect([...documentProperNames([...base, 'The gramine tool is ours.'])].sort()).toEqual(['nova']);
    expect([...documentProperNames(base)].sort()).toEqual(['gramine', 'nova']);
  });

  test('any sequence of versions gets the names a count from nothing gets', () => {
    const version = fc.array(fc.constantFrom(...SENTENCES), { maxLength: 8 });
    fc.assert(fc.property(fc.array(version, { minLength: 1, maxLength: 6 }), (versions) => {
      for (const units of versions) {
        const incremental = [...documentProperNames(units)].sort();
        expect(incremental).toEqual(fresh(units));
        documentProperNames(units);
      }
    }), { numRuns: 200, seed: 5 });
  });
});
