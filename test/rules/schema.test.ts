import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { defaultRuleFiles, parseRuleFile } from '../../src/rules/load.js';
import {
  COVERS, DATE, MESSAGE_ID, POLARITIES, RULE_ID, RULE_KINDS, SEVERITIES, SHAPES, type ShapeName, URL_PATTERN, VALUES,
} from '../../src/rules/shape.js';

type SchemaNode = {
  enum?: string[];
  pattern?: string;
  propertyNames?: SchemaNode;
  description?: string;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  additionalProperties?: boolean | SchemaNode;
  items?: SchemaNode;
  anyOf?: SchemaNode[];
  oneOf?: SchemaNode[];
  $ref?: string;
  definitions?: Record<string, SchemaNode>;
};

const schema = JSON.parse(readFileSync(new URL('../../schema/rules.schema.json', import.meta.url), 'utf8')) as SchemaNode;
// strictRequired would refuse the if/then/else on a rule's `target` (required in a subschema without properties).
const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false });
const validate = ajv.compile(schema);

function node(name: ShapeName): SchemaNode {
  return name === 'ruleFile' ? schema : (schema.definitions?.[name] as SchemaNode);
}

function valid(text: string): boolean {
  return validate(parse(text)) === true;
}

describe('schema/rules.schema.json', () => {
  test('the shipped rule files and the fixtures are valid', () => {
    for (const file of [...defaultRuleFiles(), join('fixtures', 'rules', 'sample.yml'), join('fixtures', 'rules', 'pass-fail.yml')]) {
      const ok = validate(parse(readFileSync(file, 'utf8')));
      expect({ file, errors: ok ? [] : validate.errors }).toEqual({ file, errors: [] });
    }
  });

  test.each(Object.keys(SHAPES) as ShapeName[])('%s: the schema allows and requires the keys the loader does', (name) => {
    const n = node(name);
    expect(n).toBeDefined();
    expect(Object.keys(n.properties ?? {})).toEqual([...SHAPES[name].allowed]);
    expect(n.required ?? []).toEqual([...SHAPES[name].required]);
    expect(n.additionalProperties).toBe(false);
  });

  test('the schema\'s enums and patterns are the loader\'s', () => {
    const d = (name: string) => schema.definitions?.[name]?.properties ?? {};
    expect(d('rule').kind?.enum).toEqual([...RULE_KINDS]);
    expect(d('rule').severity?.enum).toEqual([...SEVERITIES]);
    expect((d('property').values?.additionalProperties as SchemaNode).enum).toEqual([...VALUES]);
    expect(d('pattern').polarity?.enum).toEqual([...POLARITIES]);
    expect(d('umbrella').covers?.oneOf?.[0]?.enum).toEqual([...COVERS]);
    expect(schema.properties?.rules?.propertyNames?.pattern).toBe(RULE_ID.source);
    expect(d('source').date?.pattern).toBe(DATE.source);
    expect(d('source')['message-id']?.pattern).toBe(MESSAGE_ID.source);
    expect(d('source').url?.pattern).toBe(URL_PATTERN.source.replace(/\\\//g, '/'));
    expect(d('rule').url?.pattern).toBe(d('source').url?.pattern);
  });

  test('every object definition in the schema has a loader shape', () => {
    const objects = Object.entries(schema.definitions ?? {}).filter(([, d]) => d.properties).map(([k]) => k);
    expect(objects.sort()).toEqual(Object.keys(SHAPES).filter((k) => k !== 'ruleFile').sort());
  });

  test('every property has a description (for editor completion and hover)', () => {
    const missing: string[] = [];
    const walk = (n: SchemaNode, path: string) => {
      for (const [key, p] of Object.entries(n.properties ?? {})) {
        const target = p.$ref ? schema.definitions?.[p.$ref.replace('#/definitions/', '')] : p;
        if (!p.description && !target?.description) missing.push(`${path}.${key}`);
        walk(p, `${path}.${key}`);
      }
    };
    walk(schema, '');
    for (const [name, d] of Object.entries(schema.definitions ?? {})) {
      if (!d.description) missing.push(`definitions.${name}`);
      walk(d, name);
    }
    expect(missing).toEqual([]);
  });

  const base = readFileSync(join('fixtures', 'rules', 'sample.yml'), 'utf8');
  test.each([
    ['an unknown top-level key', base.replace('description:', 'colour: red\ndescription:')],
    ['an unknown technology key', base.replace('    arch: arm64\n', '    arch: arm64\n    colour: red\n')],
    ['a missing required key', base.replace('    short: SEV\n', '')],
    ['a severity that does not exist', base.replace('severity: info', 'severity: fatal')],
    ['a rule id that is not kebab-case', base.replace('  imprecise-term:', '  Imprecise_Term:')],
    ['a property rule without target', base.replace('    target: integrity\n', '')],
    ['an umbrella rule with a target', base.replace('kind: term', 'kind: umbrella')],
    ['a value that is not holds, breaks or caveat', base.replace('sev: breaks', 'sev: maybe')],
    ['a bad date', base.replace('date: 2023-06-13', 'date: 13 June 2023')],
    ['a Message-ID without angle brackets', base.replace('"<sample.1@example.org>"', 'sample.1@example.org')],
    ['an ok example with `at`', base.replace('        - SEV-SNP guests have memory integrity.', '        - {text: SEV-SNP guests have integrity., at: integrity}')],
    ['a rule without flagged examples', base.replace(/flagged:\n {8}- text: x86 guests have memory integrity.\n {10}at: x86\n/, 'flagged: []\n')],
  ])('the schema and the loader both refuse %s', (_what, text) => {
    expect(text).not.toBe(base);
    expect(valid(text)).toBe(false);
    expect(parseRuleFile(text, 'x.yml').errors).not.toEqual([]);
  });
});
