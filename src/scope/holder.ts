/**
 * Issue 11, scope as a reader takes it: an umbrella widens a claim only where it stands for the
 * claim's holder. One inside a clause subordinate to the claim ("attestation lets a user verify
 * that the application runs in a TEE") or at the far end of a transfer ("the quote is passed to
 * another TEE") names something else; without it the outer levels (the document's universe)
 * apply. Named technologies are never dropped: they narrow.
 *
 * Input: a sentence's own level and the claim's trigger; output: the level that scopes the claim.
 */
import type { Level } from './levels.js';
import type { Mention } from './mentions.js';

/** A clause after the trigger's that a subordinator opens: "verify that the application runs in a TEE". */
const SUBORDINATOR = /\b(?:that|when|whenever|where|which|who|whose|if|once|because|since|while|whether)\b/i;
/** A transfer's source or destination: "passed to another TEE", "data to/from the TEE". */
const RECIPIENT = /\b(?:pass|passe[sd]|send|sends|sent|forward(?:s|ed)?|hand(?:s|ed)?|give[sn]?|gave|transfer(?:s|red)?|deliver(?:s|ed)?|return(?:s|ed)?|cop(?:y|ies|ied)|mov(?:e|es|ed)|data)\b[^.;:]{0,60}?\b(?:to|from|into|to\/from)\s+(?:(?:a|an|the|another|other|any|some|each)\s+)?(?:[\w-]+\s+)?$/i;

/** "'CoCo guest', 'x86' in this sentence": where a sentence level came from. */
export function mentionsLabel(mentions: Mention[]): string {
  return `${mentions.map((m) => `'${m.text.replace(/\s+/g, ' ').trim()}'`).join(', ')} in this sentence`;
}

/**
 * The sentence level for a claim at `trigger` (sentence offsets) of `text`, whose source offset is
 * `base`: the sentence's own level less the umbrellas that do not stand for the claim's holder.
 */
export function holderLevel(text: string, base: number, own: Level | undefined, trigger: { start: number; end: number }): Level | undefined {
  if (own?.level !== 'sentence' || !own.mentions?.length) return own;
  const subordinate = (m: Mention) => m.start - base >= trigger.end && SUBORDINATOR.test(text.slice(trigger.end, m.start - base));
  const elsewhere = (m: Mention) => subordinate(m) || RECIPIENT.test(text.slice(Math.max(0, m.start - base - 90), m.start - base));
  // Named technologies narrow; one named only in a clause after the claim's ("Plain SEV does not
  // encrypt register state, which is why SEV-ES came along") is not its holder when another stays.
  const kept = own.named
    ? (own.mentions.some((m) => m.kind === 'technology' && !subordinate(m)) ? own.mentions.filter((m) => !subordinate(m)) : own.mentions)
    : own.mentions.filter((m) => !elsewhere(m));
  if (kept.length === own.mentions.length) return own;
  if (kept.length === 0) return own.removes?.length ? { level: 'sentence', ids: [], named: false, label: 'this sentence', removes: own.removes } : undefined;
  const ids = [...new Set(kept.flatMap((m) => m.ids))].filter((id) => !own.removes?.includes(id));
  return { ...own, ids, mentions: kept, label: mentionsLabel(kept) };
}
