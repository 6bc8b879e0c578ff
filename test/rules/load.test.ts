import { describe, expect, test } from '@jest/globals';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultRuleFiles, loadRuleFile, parseRuleFile } from '../../src/rules/load.js';
import { formatFileError } from '../../src/rules/types.js';
import { MAX_YAML_DEPTH } from '../../src/rules/yaml-depth.js';
import { removeAfterAll } from '../helpers/tmp.js';

/** The errors of a rule file, as the CLI prints them. */
function errorsOf(text: string): string[] {
  const { ruleSet, errors } = parseRuleFile(text, 'r.yml');
  if (errors.length) expect(ruleSet).toBeUndefined();
  return errors.map(formatFileError);
}

/** A valid rule file; tests replace one line of it. */
const BASE = `id: t
description: A test rule set.
sources:
  rev: {reviewer: R, date: 2023-06-13, subject: S, message-id: "<a@b>"}
technologies:
  a: {name: A, short: A, arch: x86, vm: true, cloud: true, aliases: [AAA]}
  b: {name: B, short: B, arch: arm64, vm: true, cloud: false, aliases: []}
aliases:
  - {phrase: AB, technologies: [a, b]}
umbrellas:
  both: {phrases: [both], covers: [a, b]}
properties:
  p:
    name: P
    patterns: ['\\bp\\b', {regex: '\\bno p\\b', polarity: negative}]
    values: {a: holds, b: breaks}
    notes: {b: why}
terms:
  t: {regex: '\\bterm\\b', suggestions: [word]}
rules:
  p-rule:
    kind: property
    target: p
    severity: warning
    message: m
    rationale: r
    source: rev
    examples: {flagged: [{text: A and B have p., at: p}], ok: [A has p.]}
`;

/** BASE with line `n` (1-based) replaced by `line`. */
function withLine(n: number, line: string): string {
  const lines = BASE.split('\n');
  lines[n - 1] = line;
  return lines.join('\n');
}

describe('parseRuleFile: a valid file', () => {
  test('BASE loads into a rule set', () => {
    const { ruleSet, errors } = parseRuleFile(BASE, 'r.yml');
    expect(errors).toEqual([]);
    expect(ruleSet?.technologies.map((t) => t.id)).toEqual(['a', 'b']);
    expect(ruleSet?.aliases).toEqual([{ phrase: 'AB', technologies: ['a', 'b'], needsContext: false }]);
    expect(ruleSet?.umbrellas[0]).toEqual({ id: 'both', phrases: ['both'], covers: ['a', 'b'], overgeneral: false, coco: false, needsContext: false });
    expect(ruleSet?.properties[0]?.patterns).toEqual([
      { regex: '\\bp\\b', polarity: 'positive' },
      { regex: '\\bno p\\b', polarity: 'negative' },
    ]);
    const rule = ruleSet?.rules[0];
    expect(rule).toMatchObject({
      id: 'p-rule', kind: 'property', target: 'p', severity: 'warning',
      source: { reviewer: 'R', date: '2023-06-13', subject: 'S', messageId: '<a@b>' },
      place: { file: 'r.yml', line: 21, column: 3 },
    });
    expect(rule?.examples.flagged[0]).toMatchObject({ text: 'A and B have p.', at: 'p', place: { line: 28, column: 26 } });
  });

  test('umbrella covers all / vm / cloud expand to technology ids', () => {
    const { ruleSet } = parseRuleFile(withLine(11, '  both: {phrases: [both], covers: cloud}'), 'r.yml');
    expect(ruleSet?.umbrellas[0]?.covers).toEqual(['a']);
    expect(parseRuleFile(withLine(11, '  both: {phrases: [both], covers: all}'), 'r.yml').ruleSet?.umbrellas[0]?.covers).toEqual(['a', 'b']);
  });

  test('the shipped rule files load with no errors', () => {
    const files = defaultRuleFiles();
    expect(files.some((f) => f.endsWith(join('rules', 'coco.yml')))).toBe(true);
    for (const file of files) {
      const { ruleSet, errors } = loadRuleFile(file);
      expect(errors.map(formatFileError)).toEqual([]);
      expect(ruleSet?.technologies.length).toBeGreaterThan(0);
    }
  });

  test('the fixture rule files load', () => {
    for (const name of ['sample.yml', 'pass-fail.yml']) {
      expect(loadRuleFile(join('fixtures', 'rules', name)).errors.map(formatFileError)).toEqual([]);
    }
  });
});

describe('parseRuleFile: errors at file:line:col', () => {
  test('bad YAML: the parser\'s own error and position', () => {
    expect(errorsOf(withLine(6, '  a: {name: A, short: [A, arch: x86}'))).toEqual([
      'r.yml:6:36: YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
      'r.yml:7:3: YAML: Flow map in block collection must be sufficiently indented and end with a }',
    ]);
    expect(errorsOf('id: t\nid: u\n')).toEqual(['r.yml:2:1: YAML: Map keys must be unique']);
    expect(errorsOf('id: "open\n')).toEqual(['r.yml:2:1: YAML: Missing closing "quote']);
  });

  test('an empty file, and a top level that is not a mapping', () => {
    expect(errorsOf('')).toEqual(['r.yml:1:1: the rule file is empty (expected a mapping with id, description, technologies, rules)']);
    expect(errorsOf('- a\n')).toEqual(['r.yml:1:1: the rule file: expected a mapping, found a list']);
  });

  test('unknown key at the top level names the allowed keys', () => {
    expect(errorsOf(BASE.replace('description:', 'colour: red\ndescription:'))).toEqual([
      "r.yml:2:1: unknown key 'colour' in the rule file (allowed: id, description, sources, technologies, aliases, umbrellas, lexicon, identifiers, derivations, properties, terms, rules)",
    ]);
  });

  test('unknown keys nested: technology, alias, property, rule, example', () => {
    expect(errorsOf(withLine(6, '  a: {name: A, short: A, arch: x86, vm: true, cloud: true, aliases: [], colour: red}'))).toEqual([
      "r.yml:6:73: unknown key 'colour' in technologies.a (allowed: name, short, arch, vm, cloud, aliases, status, since)",
    ]);
    expect(errorsOf(withLine(9, '  - {phrase: AB, technologies: [a, b], means: [a]}'))).toEqual([
      "r.yml:9:40: unknown key 'means' in aliases[0] (allowed: phrase, technologies, besides, needs-context)",
    ]);
    expect(errorsOf(withLine(14, '    title: P'))).toEqual([
      "r.yml:13:3: missing key 'name' in properties.p",
      "r.yml:14:5: unknown key 'title' in properties.p (allowed: name, patterns, frames, values, notes)",
    ]);
    expect(errorsOf(withLine(28, '    examples: {flagged: [x], ok: [{text: y, at: y}]}'))).toEqual([
      "r.yml:28:45: unknown key 'at' in rules.p-rule.examples.ok[0] (allowed: text, path)",
    ]);
  });

  test('wrong types and bad values', () => {
    expect(errorsOf(withLine(6, '  a: {name: A, short: A, arch: x86, vm: yes, cloud: true, aliases: []}'))).toEqual([
      'r.yml:6:41: technologies.a.vm: expected true or false, found a string',
    ]);
    expect(errorsOf(withLine(24, '    severity: fatal'))).toEqual([
      "r.yml:24:15: rules.p-rule.severity: 'fatal' is not one of error, warning, info, off",
    ]);
    expect(errorsOf(withLine(25, '    message:'))).toEqual([
      'r.yml:25:5: rules.p-rule.message: expected a non-empty string, found nothing',
    ]);
    expect(errorsOf(withLine(4, '  rev: {reviewer: R, date: 13 June 2023, subject: S, message-id: "<a@b>"}'))).toEqual([
      "r.yml:4:28: sources.rev.date: '13 June 2023' is not a date (YYYY-MM-DD)",
    ]);
    expect(errorsOf(withLine(21, '  Bad_Rule:'))).toEqual([
      "r.yml:21:3: rules: rule id 'Bad_Rule' is not lowercase kebab-case (like overgeneral-umbrella)",
    ]);
  });

  test('missing required keys are reported at the key holding the mapping', () => {
    expect(errorsOf(withLine(7, '  b: {name: B, arch: arm64, vm: true, cloud: false, aliases: []}'))).toEqual([
      "r.yml:7:3: missing key 'short' in technologies.b",
    ]);
    expect(errorsOf(BASE.replace('id: t\n', ''))).toEqual(["r.yml:1:1: missing key 'id' in the rule file"]);
  });

  test('unknown technology in a property value, an umbrella, an alias', () => {
    expect(errorsOf(withLine(16, '    values: {a: holds, b: breaks, c: holds}'))).toEqual([
      "r.yml:16:35: properties.p.values: unknown technology 'c' (known: a, b)",
    ]);
    expect(errorsOf(withLine(11, '  both: {phrases: [both], covers: [a, z]}'))).toEqual([
      "r.yml:11:39: umbrellas.both.covers[1]: unknown technology 'z' (known: a, b)",
    ]);
    expect(errorsOf(withLine(9, '  - {phrase: AB, technologies: [a, bb]}'))).toEqual([
      "r.yml:9:36: aliases[0].technologies[1]: unknown technology 'bb' (known: a, b)",
    ]);
    expect(errorsOf(withLine(17, '    notes: {q: why}'))).toEqual([
      "r.yml:17:13: properties.p.notes: unknown technology 'q' (known: a, b)",
    ]);
  });

  test('a property missing a value for a technology', () => {
    expect(errorsOf(withLine(16, '    values: {a: holds}'))).toEqual([
      'r.yml:16:13: properties.p.values: no value for b (every technology needs holds, breaks or caveat)',
    ]);
    expect(errorsOf(withLine(16, '    values: {a: holds, b: maybe}'))).toEqual([
      "r.yml:16:27: properties.p.values.b: 'maybe' is not one of holds, breaks, caveat",
    ]);
  });

  test('a rule naming an unknown property, term or source', () => {
    expect(errorsOf(withLine(23, '    target: q'))).toEqual([
      "r.yml:23:13: rules.p-rule.target: unknown property 'q' (known: p)",
    ]);
    expect(errorsOf(withLine(27, '    source: nobody'))).toEqual([
      "r.yml:27:13: rules.p-rule.source: unknown source 'nobody' (known: rev)",
    ]);
    expect(errorsOf(withLine(22, '    kind: term'))).toEqual([
      "r.yml:23:13: rules.p-rule.target: unknown term 'p' (known: t)",
    ]);
    expect(errorsOf(withLine(22, '    kind: umbrella'))).toEqual([
      'r.yml:23:5: rules.p-rule.target: only property and term rules have a target',
    ]);
    expect(errorsOf(withLine(23, '    # no target'))).toEqual([
      'r.yml:21:3: rules.p-rule: a property rule needs a target (the property id)',
    ]);
  });

  test('an example whose `at` is not in its text', () => {
    expect(errorsOf(withLine(28, '    examples: {flagged: [{text: A has p., at: q}], ok: []}'))).toEqual([
      "r.yml:28:47: rules.p-rule.examples.flagged[0].at: 'q' does not occur in the example's text",
    ]);
  });

  test('invalid regular expressions: the SyntaxError message', () => {
    expect(errorsOf(withLine(15, "    patterns: ['(p']"))).toEqual([
      'r.yml:15:16: properties.p.patterns[0]: invalid regular expression: Invalid regular expression: /(p/i: Unterminated group',
    ]);
    expect(errorsOf(withLine(19, "  t: {regex: '[z-a]', suggestions: [word]}"))).toEqual([
      'r.yml:19:14: terms.t.regex: invalid regular expression: Invalid regular expression: /[z-a]/i: Range out of order in character class',
    ]);
  });

  test('catastrophic regular expressions are refused, safe ones accepted', () => {
    expect(errorsOf(withLine(15, "    patterns: ['(a+)+$']"))).toEqual([
      expect.stringMatching(/^r\.yml:15:16: properties\.p\.patterns\[0\]: regular expression '\(a\+\)\+\$' backtracks catastrophically: its matching time is exponential/),
    ]);
    expect(errorsOf(withLine(15, "    patterns: [{regex: '(\\w+\\s?)+$', polarity: negative}]"))).toEqual([
      expect.stringMatching(/^r\.yml:15:24: properties\.p\.patterns\[0\]\.regex: regular expression '\(\\w\+\\s\?\)\+\$' backtracks catastrophically: its matching time is exponential/),
    ]);
    expect(errorsOf(withLine(15, "    patterns: ['\\b(?:host|hypervisor)s?\\b']"))).toEqual([]);
  });

  test('an unreadable file is one error at 1:1', () => {
    const dir = removeAfterAll(mkdtempSync(join(tmpdir(), 'claimlint-rules-')));
    expect(loadRuleFile(join(dir, 'none.yml')).errors.map(formatFileError)).toEqual([`${join(dir, 'none.yml')}:1:1: cannot read rule file: no such file`]);
    expect(loadRuleFile(dir).errors.map(formatFileError)).toEqual([`${dir}:1:1: cannot read rule file: is a directory`]);
  });

  test(`collections nested more than ${MAX_YAML_DEPTH} deep: one error at the first too deep, nothing else read`, () => {
    const message = `YAML: collections nested more than ${MAX_YAML_DEPTH} levels deep; the file is not read further (it needs only a few levels)`;
    // The top-level mapping is the first level. (test/config/limits.test.ts has the depths that overflowed the stack.)
    expect(errorsOf(`id: t\nrules: ${'{a: '.repeat(100)}x${'}'.repeat(100)}\n`)).toEqual([`r.yml:2:${8 + 4 * (MAX_YAML_DEPTH - 1)}: ${message}`]);
    expect(errorsOf(`id: t\nrules:\n${Array.from({ length: 100 }, (_, i) => `${' '.repeat(2 * i + 2)}k${i}:`).join('\n')} x\n`)).toEqual([`r.yml:${MAX_YAML_DEPTH + 2}:${2 * MAX_YAML_DEPTH + 1}: ${message}`]);
    // Brackets in strings, comments and block scalars are not collections.
    const brackets = '['.repeat(500);
    expect(errorsOf(BASE.replace('description: A test rule set.', `description: "${brackets}" # ${brackets}\nnote: |\n  ${brackets}`))).toEqual([
      expect.stringMatching(/^r\.yml:3:1: unknown key 'note'/),
    ]);
  });

  test('errors come sorted by position, all of them at once', () => {
    const text = withLine(24, '    severity: fatal').replace('cloud: false', 'cloud: nope');
    expect(errorsOf(text)).toEqual([
      'r.yml:7:56: technologies.b.cloud: expected true or false, found a string',
      "r.yml:24:15: rules.p-rule.severity: 'fatal' is not one of error, warning, info, off",
    ]);
  });
});
