/**
 * The rule-file commands, dispatched from main.ts:
 *   claimlint test-rules [FILE ...]          run every rule's examples
 *   claimlint explain RULE [--rules FILE]    print a rule's rationale
 * Without files, the shipped rule files (rules/*.yml).
 */
import { parseArgs } from 'node:util';
import { explain } from './explain.js';
import { InputError } from './read.js';
import { testRules, type RuleIo } from './test-rules.js';

export const RULE_COMMANDS = ['test-rules', 'explain'];

export async function ruleCommand(argv: string[], io: RuleIo): Promise<number> {
  const [command, ...args] = argv;
  if (command === 'test-rules') {
    const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
    return testRules(positionals, io);
  }
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { rules: { type: 'string', multiple: true } },
  });
  if (positionals.length !== 1) throw new InputError('explain: expected one RULE (claimlint explain RULE [--rules FILE])');
  return explain(positionals[0] as string, values.rules ?? [], io);
}
