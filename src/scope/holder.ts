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
  return narrowedTo(own, kept);
}

/** The sentence level, narrowed to some of its mentions (less what it excepts). */
function narrowedTo(own: Level, mentions: Mention[]): Level {
  const ids = [...new Set(mentions.flatMap((m) => m.ids))].filter((id) => !own.removes?.includes(id));
  return { ...own, ids, mentions, label: mentionsLabel(mentions) };
}

/** Where one main clause may end and the next begin: "...; pKVM has ...", "..., and on plain SEV it ...". */
const COORDINATION = /;|,\s*(?:and|but|while|whereas|yet|so)\b|\s(?:whereas|while)\s/g;

/**
 * The sentence level for a claim in one of several coordinated main clauses that name their own
 * technologies: "Neither SEV-SNP nor TDX claims replay protection, and pKVM has no memory
 * encryption" denies encryption of pKVM alone. A boundary counts only between clauses that each
 * have a verb (`hasVerb`, sentence offsets), so a list ("SEV, SEV-ES, and SEV-SNP encrypt") is one
 * clause. Unchanged when the claim's clause names no technology of its own.
 */
export function clauseLevel(text: string, base: number, own: Level | undefined, trigger: { start: number; end: number }, hasVerb: (from: number, to: number) => boolean): Level | undefined {
  if (own?.level !== 'sentence' || !own.named || (own.mentions?.length ?? 0) < 2) return own;
  const cuts: [number, number][] = [];
  COORDINATION.lastIndex = 0;
  for (let m = COORDINATION.exec(text); m; m = COORDINATION.exec(text)) cuts.push([m.index, m.index + m[0].length]);
  if (cuts.length === 0) return own;
  let from = 0;
  let to = text.length;
  let last = 0;
  for (const [a, b] of cuts) {
    if (b <= trigger.start) {
      if (hasVerb(last, a)) from = b;
      last = b;
    }
  }
  for (let i = 0; i < cuts.length; i++) {
    const [a, b] = cuts[i] as [number, number];
    if (a < trigger.end) continue;
    if (hasVerb(b, cuts[i + 1]?.[0] ?? text.length) && hasVerb(from, a)) { to = a; break; }
  }
  const mentions = own.mentions ?? [];
  let inside = mentions.filter((m) => m.start - base >= from && m.end - base <= to);
  if (!inside.some((m) => m.kind === 'technology')) {
    // A clause of its own with no name ("..., and neither of those generations checks ..."): the
    // names of the other clauses, less those in their subordinate clauses ("whenever the SNP
    // pool is full"), which name a circumstance, not the holder.
    if (from === 0 && to === text.length) return own;
    const main = mentions.filter((m) => !inSubordinate(text, m.start - base));
    if (!main.some((m) => m.kind === 'technology') || main.length === mentions.length) return own;
    inside = main;
  } else if (inside.length === mentions.length) return own;
  return narrowedTo(own, inside);
}

/** Is the offset inside a subordinate clause: a subordinator before it with no clause boundary between? */
function inSubordinate(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'));
  return /\b(?:when|whenever|if|once|because|since|while|unless|until|after|before)\b/i.test(before.slice(cut + 1));
}

/** Between a name and the claim it is paired with: "SEV-ES for register state", "SEV-SNP for memory integrity". */
const PAIRED = /^\s+for\s+(?:the\s+|its\s+|their\s+|guest\s+)?$/i;

/**
 * "AMD added SEV-ES for register state and SEV-SNP for memory integrity": each name is paired with
 * the property after its "for", and scopes that claim alone. Unchanged when the claim is not so paired.
 */
export function pairedLevel(text: string, base: number, own: Level | undefined, trigger: { start: number; end: number }): Level | undefined {
  if (own?.level !== 'sentence' || !own.named || (own.mentions?.length ?? 0) < 2) return own;
  const mentions = own.mentions ?? [];
  const k = mentions.findIndex((x) => x.kind === 'technology' && x.end - base <= trigger.start && PAIRED.test(text.slice(x.end - base, trigger.start)));
  const m = mentions[k];
  // "SEV and SEV-ES for register state": a list shares its "for".
  if (!m || (k > 0 && /^\s*(?:,|and|or|\/|,\s*and|,\s*or)\s*$/.test(text.slice((mentions[k - 1] as Mention).end - base, m.start - base)))) return own;
  return narrowedTo(own, [m]);
}
