/** A small complete rule file for the regex tests: one property pattern, one term regex. */
export function ruleFile(pattern: string, term = '\\bterm\\b'): string {
  const q = (s: string) => `'${s.replace(/'/g, "''")}'`;
  return `id: t
description: A test rule set.
technologies:
  a: {name: A, short: A, arch: x86, vm: true, cloud: true, aliases: [AAA]}
  b: {name: B, short: B, arch: arm64, vm: true, cloud: false, aliases: [BBB]}
properties:
  p:
    name: P
    patterns: [${q(pattern)}]
    values: {a: holds, b: breaks}
terms:
  t: {regex: ${q(term)}, suggestions: [word]}
rules:
  p-rule:
    kind: property
    target: p
    severity: warning
    message: m
    rationale: r
    examples: {flagged: [AAA and BBB have p.], ok: []}
  t-rule:
    kind: term
    target: t
    severity: warning
    message: m
    rationale: r
    examples: {flagged: [a term.], ok: []}
`;
}

