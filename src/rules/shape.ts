/**
 * The keys each mapping of a rule file may and must have. The loader checks
 * them; schema/rules.schema.json states the same for editors, and a test
 * (test/rules/schema.test.ts) holds the two equal: each entry here is the
 * schema's root (`ruleFile`) or the `$defs` entry of the same name.
 */
export interface Shape {
  allowed: readonly string[];
  required: readonly string[];
}

export const SHAPES = {
  ruleFile: {
    allowed: ['id', 'description', 'sources', 'technologies', 'aliases', 'umbrellas', 'lexicon', 'identifiers', 'derivations', 'properties', 'terms', 'rules'],
    required: ['id', 'description', 'technologies', 'rules'],
  },
  source: { allowed: ['reviewer', 'date', 'subject', 'message-id', 'url'], required: ['reviewer', 'date', 'subject', 'message-id'] },
  technology: {
    allowed: ['name', 'short', 'arch', 'vm', 'cloud', 'aliases', 'status', 'since'],
    required: ['name', 'short', 'arch', 'vm', 'cloud', 'aliases'],
  },
  alias: { allowed: ['phrase', 'technologies', 'besides', 'needs-context'], required: ['phrase', 'technologies'] },
  besides: { allowed: ['named', 'means'], required: ['named', 'means'] },
  umbrella: { allowed: ['phrases', 'covers', 'overgeneral', 'coco', 'needs-context'], required: ['phrases', 'covers'] },
  lexiconClass: { allowed: ['words', 'actor', 'unless', 'with', 'objects'], required: ['words'] },
  property: { allowed: ['name', 'patterns', 'frames', 'values', 'notes'], required: ['name', 'values'] },
  frame: { allowed: ['claim', 'act', 'patient', 'agent', 'requires', 'excludes', 'values', 'agent-named', 'agent-not', 'otherwise'], required: ['claim', 'act'] },
  pattern: { allowed: ['regex', 'polarity'], required: ['regex'] },
  term: { allowed: ['regex', 'suggestions'], required: ['regex', 'suggestions'] },
  rule: {
    allowed: ['kind', 'target', 'severity', 'message', 'rationale', 'source', 'url', 'examples'],
    required: ['kind', 'severity', 'message', 'rationale', 'examples'],
  },
  examples: { allowed: ['flagged', 'ok'], required: ['flagged', 'ok'] },
  flaggedExample: { allowed: ['text', 'path', 'at'], required: ['text'] },
  okExample: { allowed: ['text', 'path'], required: ['text'] },
} as const satisfies Record<string, Shape>;

export type ShapeName = keyof typeof SHAPES;

/** Rule ids: lowercase kebab-case; they are stable (suppression comments and baselines name them). */
export const RULE_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
export const DATE = /^\d{4}-\d{2}-\d{2}$/;
export const MESSAGE_ID = /^<[^\s<>]+@[^\s<>]+>$/;
export const URL_PATTERN = /^https?:\/\/\S+$/;

export const RULE_KINDS = ['property', 'umbrella', 'term', 'example'] as const;
export const SEVERITIES = ['error', 'warning', 'info', 'off'] as const;
export const VALUES = ['holds', 'breaks', 'caveat'] as const;
export const POLARITIES = ['positive', 'negative'] as const;
export const CLAIMS = ['blocked', 'asserted', 'denied'] as const;
export const STATUSES = ['mainline', 'proposal'] as const;
/** Lexicon words: lower-case lemmas or lemma phrases. */
export const LEXICON_WORD = /^[a-z0-9][a-z0-9'-]*(?: [a-z0-9][a-z0-9'-]*)*$/;
/**
 * An identifier or path prefix that names technologies ("KVM_SEV_SNP_", "arch/x86/coco/tdx/"), or
 * the ending of a lower-case code name ("-snp": `kata-qemu-snp`, `snp`).
 */
export const IDENTIFIER_PREFIX = /^(?:[A-Z][A-Z0-9_]*|[a-z0-9][a-z0-9_.-]*(?:\/[a-z0-9_.-]+)*\/|-[a-z0-9][a-z0-9-]*)$/;
/** A class word may name the part of speech it counts in ("secret:adj": "stays secret", not "the secrets"). */
export const LEXICON_ENTRY = /^(?:[a-z0-9][a-z0-9'-]*(?: [a-z0-9][a-z0-9'-]*)*|[a-z0-9][a-z0-9'-]*:(?:adj|noun|verb|adv))$/;
/** Umbrella `covers` keywords: every technology, those with `vm: true`, those with `cloud: true`. */
export const COVERS = ['all', 'vm', 'cloud'] as const;
