/**
 * A rule set: the knowledge base of a rules/*.yml file (DESIGN §2), after
 * loading. Plain data: the loader builds it, the scope stage and the claim
 * rules read it.
 */

/** Where a loaded value came from in its YAML file (1-based). */
export interface SourcePlace {
  file: string;
  line: number;
  column: number;
}

/** The review a rule or fact comes from. */
export interface Provenance {
  reviewer: string;
  date: string;
  subject: string;
  messageId: string;
  url?: string;
}

export interface Technology {
  id: string;
  name: string;
  /** Short name for messages and suggestions ("SEV-SNP"). */
  short: string;
  arch: string;
  /** A virtual-machine technology (every one but SGX enclaves). */
  vm: boolean;
  /** Used by cloud providers ("cloud", "off-premise"). */
  cloud: boolean;
  /** Unambiguous names, matched as whole words. */
  aliases: string[];
}

/**
 * A name that means several technologies, or one only in context:
 * "SEV" is the SEV family unless SEV-ES or SEV-SNP are named in the same
 * sentence; "PV" is s390 only near an architecture or CoCo word.
 */
export interface Alias {
  phrase: string;
  technologies: string[];
  /** When the sentence also names one of `besides.named`, the alias means `besides.means`. */
  besides?: { named: string[]; means: string[] };
  /** Counts only with an architecture or CoCo word in the same sentence. */
  needsContext: boolean;
}

export interface Umbrella {
  id: string;
  phrases: string[];
  covers: string[];
  /** Reviewers reject it as a scoping word at all ("x86 isn't special"). */
  overgeneral: boolean;
  /** A CoCo umbrella puts a sentence in CoCo context; an architecture or vendor one does not. */
  coco: boolean;
  /** Counts only with a CoCo word in the same sentence (TEE). */
  needsContext: boolean;
}

export type Value = 'holds' | 'breaks' | 'caveat';

export interface PropertyPattern {
  /** Source of a JavaScript regular expression, matched case-insensitively. */
  regex: string;
  /** A negative-polarity pattern states absence ("no integrity"); the default is positive. */
  polarity: 'positive' | 'negative';
}

export interface Property {
  id: string;
  name: string;
  patterns: PropertyPattern[];
  values: Record<string, Value>;
  /** Why a cell is what it is, for caveats and disputed cells. */
  notes: Record<string, string>;
}

export interface Term {
  id: string;
  regex: string;
  suggestions: string[];
}

export type RuleKind = 'property' | 'umbrella' | 'term' | 'example';

export interface Example {
  text: string;
  /** The document path the example is linted under (default: a CoCo document). */
  path?: string;
  /** For flagged examples: the text of the primary range. */
  at?: string;
  /** Where the example is in its rule file (for `claimlint test-rules` failures). */
  place?: SourcePlace;
}

export interface Rule {
  id: string;
  kind: RuleKind;
  /** For property rules: the property id; for term rules: the term id. */
  target?: string;
  severity: 'error' | 'warning' | 'info' | 'off';
  message: string;
  rationale: string;
  source?: Provenance;
  url?: string;
  examples: { flagged: Example[]; ok: Example[] };
  place: SourcePlace;
}

export interface RuleSet {
  file: string;
  id: string;
  description: string;
  technologies: Technology[];
  aliases: Alias[];
  umbrellas: Umbrella[];
  properties: Property[];
  terms: Term[];
  rules: Rule[];
}

/** A problem in a rule or configuration file, as data: the CLI exits 2, the editor shows a diagnostic. */
export interface FileError {
  file: string;
  line: number;
  column: number;
  message: string;
}

export function formatFileError(e: FileError): string {
  return `${e.file}:${e.line}:${e.column}: ${e.message}`;
}
