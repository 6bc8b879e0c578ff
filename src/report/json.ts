/** The ESLint JSON shape (DESIGN §3), so existing ESLint tooling can read it. */
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';

export interface JsonMessage {
  ruleId: string | null;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  fatal?: boolean;
  suggestions?: { desc: string; fix: { range: [number, number]; text: string } }[];
}

export interface JsonResult {
  filePath: string;
  messages: JsonMessage[];
  errorCount: number;
  fatalErrorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
}

export function severityOf(m: VFileMessage): 1 | 2 {
  return m.fatal === true ? 2 : 1;
}

export function toJsonMessage(m: VFileMessage): JsonMessage {
  const out: JsonMessage = {
    ruleId: m.ruleId ?? null,
    severity: severityOf(m),
    message: m.reason,
    line: m.line ?? 1,
    column: m.column ?? 1,
  };
  const end = m.place && 'end' in m.place ? m.place.end : undefined;
  if (end) { out.endLine = end.line; out.endColumn = end.column; }
  return out;
}

export function toJsonResult(file: VFile): JsonResult {
  const messages = file.messages.map(toJsonMessage);
  const errorCount = messages.filter((m) => m.severity === 2).length;
  return {
    filePath: file.path,
    messages,
    errorCount,
    fatalErrorCount: messages.filter((m) => m.fatal).length,
    warningCount: messages.length - errorCount,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
  };
}

export function formatJson(files: VFile[]): string {
  return JSON.stringify(files.map(toJsonResult));
}
