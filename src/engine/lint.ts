/**
 * The lint pipeline around one document: a vfile in, the same vfile out with
 * its messages. `documentParse` reads the RST or Markdown; `claimRules` (a unified transformer)
 * finds the prose units, resolves each claim's scope and reports findings as
 * vfile-messages. Every surface (CLI, patch mode, editor) goes through here.
 */
import { unified, type Plugin } from 'unified';
import { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import { documentParse } from './syntax.js';
import { makeSource, pointAt } from '../rst/source.js';
import type { Root } from '../rst/types.js';
import { proseUnits } from '../prose/units.js';
import { documentContext } from '../scope/document.js';
import { mayHaveFindings } from './prescan.js';
import { compileRuleSet } from '../rules/compile.js';
import { checkDocument, type Finding, type RecognisedClaim } from '../rules/check.js';
import type { FileError, Rule, RuleSet } from '../rules/types.js';
import { suppressComments, UNUSED } from './suppress.js';
import { lintUnderBudget, needsBudget } from './budget.js';

export type Severity = Rule['severity'];

export interface LintOptions {
  /** The document's path: its file name can scope it (snp-tdx-threat-model.rst). */
  path: string;
  ruleSets: RuleSet[];
  /** Document scope from the configuration (technology ids). */
  scope?: string[];
  /** Treat the document as a CoCo document whatever it says (rule examples). */
  cocoDocument?: boolean;
  /** Severity overrides by rule id (`off` disables a rule). */
  severity?: Record<string, Severity>;
  /**
   * A rule of a rule file that does not ship with claimlint went over its time
   * budget (engine/budget.ts) and was switched off. Without a handler the error
   * is a fatal message in the linted file.
   */
  onRuleError?: (error: FileError) => void;
  /** Every property claim recognised, with or without a finding (the evaluation reads them). */
  onClaim?: (claim: RecognisedClaim) => void;
}

export type ClaimOptions = Omit<LintOptions, 'path'>;

/** Extra fields claimlint puts on its messages (vfile-message allows them). */
export interface ClaimMessage extends VFileMessage {
  data?: Record<string, unknown> & { sentence?: { start: number; end: number } };
}

export const claimRules: Plugin<[ClaimOptions], Root> = function (options) {
  return (tree, file) => {
    const text = String(file.value);
    const units = proseUnits(tree, text);
    const src = makeSource(text);
    const point = (offset: number) => pointAt(src, offset);
    for (const ruleSet of options.ruleSets) {
      const compiled = compileRuleSet(ruleSet);
      const ctx = documentContext(text, tree, units, file.path ?? '', compiled.matcher, { scope: options.scope, cocoDocument: options.cocoDocument });
      // Patch mode lints a commit message in the context of the documents it changes.
      if (ctx.isCoco) file.data['cocoDocument'] = true;
      const severityOf = (rule: Rule): Severity => options.severity?.[rule.id] ?? rule.severity;
      const findings = checkDocument(ctx, compiled, (rule) => severityOf(rule) !== 'off', options.onClaim);
      findings.sort((a, b) => a.start - b.start || a.rule.id.localeCompare(b.rule.id));
      for (const f of findings) report(file, f, severityOf(f.rule), point);
    }
  };
};

function report(file: VFile, f: Finding, severity: Severity, point: (o: number) => ReturnType<typeof pointAt>): void {
  const message = file.message(f.message, { place: { start: point(f.start), end: point(f.end) }, ruleId: f.rule.id, source: 'claimlint' }) as ClaimMessage;
  message.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined;
  if (f.rule.url) message.url = f.rule.url;
  if (f.expected) message.expected = f.expected;
  if (f.note) message.note = f.note;
  message.actual = String(file.value).slice(f.start, f.end);
  message.data = { ...f.data, ...(f.sentence ? { sentence: f.sentence } : {}) };
}

export function createProcessor(options: ClaimOptions) {
  const unused = options.severity?.[UNUSED];
  return unified().use(documentParse).use(claimRules, options)
    .use(suppressComments, { reportUnused: unused !== 'off', unusedSeverity: unused === 'off' ? undefined : unused });
}

/** Lint a document given as text. */
export function lintText(text: string, options: LintOptions): VFile {
  const file = new VFile({ path: options.path, value: text });
  return lintFile(file, options);
}

/**
 * Lint a vfile in place (its messages are added) and return it. Rule files
 * that do not ship with claimlint are matched under a time budget, in a worker.
 */
export function lintFile(file: VFile, options: ClaimOptions): VFile {
  return needsBudget(options.ruleSets) ? lintUnderBudget(file, options, lintInProcess) : lintInProcess(file, options);
}

/** Lint a vfile here, without a budget. */
export function lintInProcess(file: VFile, options: ClaimOptions): VFile {
  if (!mayHaveFindings(String(file.value), file.path ?? '', options)) return file;
  const processor = createProcessor(options);
  const tree = processor.parse(file) as unknown as Root;
  processor.runSync(tree as never, file);
  return file;
}
