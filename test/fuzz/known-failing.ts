/**
 * Defects the fuzzers found (or the issue names) that other work is fixing. While an entry
 * is here, the generators leave out the input that triggers it (see each `isKnown` call), so
 * the fuzz tests stay green; known-failing.test.ts keeps each minimal reproduction as a
 * `test.failing`, which starts to fail (and so asks for the entry to go) once the defect is
 * fixed. Empty this list as the fixes land: the generators then cover those inputs again.
 */
export interface KnownFailure {
  id: string;
  /** The fuzz target that found it. */
  target: string;
  /** What goes wrong, and where. */
  description: string;
}

export const KNOWN_FAILING: KnownFailure[] = [];

export function isKnown(id: string): boolean {
  return KNOWN_FAILING.some((k) => k.id === id);
}
