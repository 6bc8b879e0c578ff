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
  /**
   * `mainline` (in a released kernel; `since` names the version) or `proposal` (posted, never
   * merged): a proposal counts only in a document that names it (DESIGN §2, the universe).
   */
  status: 'mainline' | 'proposal';
  since?: string;
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

/**
 * A class of words for frames: lemmas or lemma phrases ("host", "cloud provider",
 * "out of reach"), matched on a sentence's lemmas and on their derivations
 * (modification → modify).
 */
export interface LexiconClass {
  id: string;
  words: string[];
  /** Who or what acts (host, guest, hardware): a sentence's agent from another actor class rules a frame out. */
  actor: boolean;
  /** A noun group holding one of these words does not count ("shared pages"). */
  unless: string[];
  /** A noun group counts only when it also holds one of these ("signed statement"). */
  with: string[];
  /** A word counts only with one of these right after it, as its object ("holding the hardware"). */
  objects: string[];
  place: SourcePlace;
}

/**
 * A property claim recognised by meaning: who (agent) does what (act) to what (patient).
 * `blocked`: the property is claimed when the act is impossible, detected or prevented ("the
 * host cannot modify guest memory", "tampering is detected") and denied when an attacker is
 * said to be able to do it. `asserted`: claimed when the act or state holds ("guest memory is
 * encrypted", "integrity of guest memory"), denied when it is negated. `denied`: the act, when it
 * holds, denies the property ("the guest trusts the host" denies an untrusted host).
 */
export interface Frame {
  claim: 'blocked' | 'asserted' | 'denied';
  /** Lexicon class ids. */
  act: string[];
  patient?: string[];
  agent?: string[];
  /**
   * The agent must be named, and be of `agent`, or be the one the act goes to ("the guest requests
   * a report", "a report is handed to the guest"; not "a report is requested").
   */
  agentNamed?: boolean;
  /**
   * Agents that rule the frame out when they are the act's agent: a verifier that returns or
   * issues an attestation token hands out its result, not the guest's evidence.
   */
  agentNot?: string[];
  /** Classes one of which must occur in the clause (a physical attack: "physical access", "cold boot"). */
  requires?: string[];
  /** Classes none of which may occur in the clause. */
  excludes?: string[];
  /**
   * Values that differ from the property's when this frame reads the sentence (one property, two
   * readings): pKVM distrusts its host kernel but trusts its hypervisor, so "the host is
   * untrusted" is only a caveat for it where "the hypervisor is untrusted" breaks.
   */
  values?: Record<string, Value>;
  /**
   * Another property the same words can mean (attestation: a report the guest requests, or the
   * launch measurement). Where no technology of the claim's scope has this property and every one
   * has the other, a reader takes the other: in an SEV document "attestation" is its launch attestation.
   */
  otherwise?: string;
  place: SourcePlace;
}

export interface Property {
  id: string;
  name: string;
  /** Fixed terms, as regular expressions (an escape hatch beside the frames). */
  patterns: PropertyPattern[];
  frames: Frame[];
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
  /** Word classes for the frames, and nouns or adjectives with the verb they derive from. */
  lexicon: LexiconClass[];
  derivations: Record<string, string>;
  /**
   * Identifier and path prefixes that name technologies (KVM_SEV_SNP_ → SEV-SNP,
   * arch/x86/coco/tdx/ → TDX), and endings of lower-case code names ("-snp": `kata-qemu-snp`):
   * they scope a sentence, a section and the document's universe, never an umbrella finding.
   */
  identifiers: { prefix: string; technologies: string[] }[];
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
