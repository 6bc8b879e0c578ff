/**
 * Modality: when a sentence that mentions a property makes no claim of it
 * (issue 10, DESIGN §2). A question, a cross-reference or a definition claims
 * nothing; history and the non-confidential case ("historically", "on a
 * conventional VM", "without confidential computing"), plans ("future
 * versions", "is planned") and hedges ("on some platforms", "to some degree",
 * "depending on the technology", "may or may not") silence the clause they
 * stand in, not the rest of the sentence. Stated objectives remain claims:
 * "typically", "should", "must", "aims to".
 *
 * Modal verbs of possibility ("would", "might") are decided by the frames,
 * where it is known which predicate they govern (rules/frames.ts).
 */
import { isHedged, type Clause } from './clauses.js';

export type Silence = 'question' | 'cross-reference' | 'definition' | 'history' | 'plan' | 'hedge' | 'requirement' | 'circumstance' | 'advice';

/** A moment in a procedure ("they power the VM off, at which point there is no encrypted memory"): a state, not a property. */
const CIRCUMSTANCE = /\b(?:at which point|by which time|after which|at that point|by that time)\b/i;
/** Advice on how to deploy ("it makes sense to have a single service that manages attestation"). */
const ADVICE = /\b(?:it (?:makes|would make) sense to|it is (?:advisable|recommended|a good idea) to|we (?:recommend|suggest)|(?:is|are) (?:recommended|advised)\b)/i;

const QUESTION = /\?\s*$/;
/** "See ... for", "Refer to", "is described in": the sentence points elsewhere. */
const CROSS_REFERENCE = new RegExp([
  // A role (masked to spaces in the prose) after "see", or as the subject of "describes how ...".
  String.raw`\bsee(?: also)?\s{3,}|\brefer to\s{3,}|^\W*(?:note that\b[^;]*;\s*)?\s{3,}\w*\s*(?:describes|explains|documents|lists|covers|shows)\b|;\s*\s{3,}(?:describes|explains|documents|lists|covers|shows)\b`,
  String.raw`\bsee\s+(?:also\s+)?(?:the\s+)?(?:section|chapter|table|documentation|document|below|above)\b`,
  String.raw`^\W*(?:see|refer to|cf\.?|for (?:more|further)? ?(?:details|information|a discussion|an overview)\b[^.]*?\b(?:see|refer to))\b`,
  String.raw`\b(?:is|are) (?:described|explained|documented|covered|discussed|detailed) (?:in|at|by|under|below|above|later|elsewhere)\b`,
  String.raw`\b(?:described|explained|documented) in (?:the )?(?:section|chapter|document|specification|spec)\b`,
].join('|'), 'i');
const DEFINITION = /\b(?:in the sense (?:used|of)|is one (?:whose|that|which|where)|(?<!by )means (?:noticing|detecting|that|the|a|an|keeping|making|protecting|preventing)|(?:this|the) (?:section|document|text|chapter) calls|is called|are called|means that|is defined as|are defined as|refers to the|stands for|we say that|we call|the term\b|is the (?:property|guarantee) that|is the ability of)|\bin this (?:text|document|section|chapter|guide),? (?:is|are|means|denotes)\b|,\s*in this (?:text|document|section|chapter|guide),\s*(?:is|are|means|denotes)\b/i;
/** An embedded question: "Explain whether ...", "State which pages ...", "Describe how ...". */
const ASK = String.raw`(?:explain|state|describe|document|check|verify|ask|decide|determine|find out|investigate|clarify|specify|mention|list|say)`;
/**
 * An instruction to the reader to find out or write down: "Explain whether ...", "State which
 * pages ...", also after a leading condition ("If your threat model includes ..., check whether ...").
 */
const EMBEDDED_QUESTION = new RegExp(String.raw`(?:^\W*|^\W*(?:if|when|where|before|once)\b[^.;]*?,\s*)(?:please\s+|(?:you|authors?|writers?) (?:should|must|need to|can|may) )?${ASK}\b[^.;]{0,90}?\b(?:whether|if|which|what|how)\b`, 'i');
/** Hedges that qualify the whole sentence, wherever they stand: "many, though not all, platforms". */
const SENTENCE_HEDGE = /\b(?:many|most|some),? (?:but|though|if) not (?:all|every)\b|\bnot all of (?:them|these|those)\b|\bin most, but not all\b/i;
/** History and the non-confidential case. */
const HISTORY = new RegExp([
  String.raw`\b(?:historically|traditionally|in the past|in earlier (?:versions|generations|kernels)|^\W*(?:formerly|previously|originally)\b|before (?:the (?:advent|introduction|arrival) of|confidential computing|CoCo|memory encryption)|prior to)\b`,
  String.raw`(?<!\btop )\b(?:on|in|for|with|of|inside|under) (?:a |an |the )?(?:conventional|traditional|regular|normal|ordinary|plain|classic|classical|standard|legacy|unprotected|unencrypted|non-confidential|non-CoCo|non-TEE)(?: \w+)? (?:VMs?|guests?|virtual machines?|virtualization|hypervisors?|setups?|deployments?|systems?|hosts?|KVM)\b`,
  String.raw`^\W*(?:(?:the|a|an|in|on|for|with)\s+)?(?:conventional|traditional|regular|ordinary|legacy|non-confidential|non-CoCo|plain) (?:VMs?|guests?|virtual machines?|virtualization)\b`,
  String.raw`\bwithout (?:confidential computing|CoCo|memory encryption|a TEE|hardware (?:protection|support)|(?:SEV|TDX|SNP)\b)`,
  String.raw`\b(?:first|earlier|previous|older|original) (?:[\w-]+ )?(?:generations?|versions?|releases?|extensions?|hardware|processors?|CPUs?|implementations?|VMs?|guests?|chips?|parts)\b|^\W*(?:[\w-]+\s+){1,4}used to\b`,
  String.raw`\bbefore (?:the )?(?:introduction|advent|arrival|availability|existence) of\b|\bbefore\b[^,.]{0,60}\b(?:existed|was (?:introduced|added|merged|available)|were (?:introduced|added|merged|available)|became available|arrived|appeared)\b`,
].join('|'), 'i');
/** A that-clause a requirement governs: "requires that", "expects that", "it is necessary that". */
const REQUIREMENT = /\b(?:requires?|required|requiring|expects?|expected|expecting|demands?|insists?|it is (?:necessary|essential|mandatory|required|important))\s*$/i;
/** Plans and the future: what is not there yet is not claimed. */
const PLAN = /\b(?:in (?:the )?future|future|might|would(?! like)|blocked on (?:an? |the )?(?:upstream|missing|pending|outstanding|further|new)|waiting (?:on|for)|awaiting|pending (?:an? |the )?(?:upstream|support|work)|(?:could|may) be (?:added|introduced|extended|implemented|enabled|provided)|plans? to|planned|is being (?:developed|discussed|worked on|considered)|under (?:development|discussion|consideration)|not yet|on the roadmap|later (?:add|versions?)|next generation|proposals? (?:to|for)|would allow|could (?:later|eventually|one day|someday))\b/i;
/** Hedges beyond the technology-scoping ones of clauses.ts. */
/** Hedges on the claim's subject: they count before the claim's words ("some platforms encrypt ...", not "... as well as some mechanisms"). */
const QUANTIFIER_HEDGE = new RegExp([
  String.raw`\b(?:several|some|certain|a few|select(?:ed)?|specific|particular)(?: [\w-]+){0,3}? (?:platforms|technologies|implementations|vendors|configurations|systems|CPUs|processors|generations|deployments|architectures|products|models|cases|setups|TEEs|VMs|CVMs|guests|designs|machines|instances|environments|solutions|enclaves|offerings|mechanisms)\b`,
  String.raw`\b(?:many|most)(?: [\w-]+){0,3}? (?:platforms|technologies|implementations|vendors|offerings|designs|VMs|CVMs|guests|TEEs|products|deployments|systems)\b`,
  // "on some instance types", "in certain configurations": a quantifier over a plural.
  String.raw`\b(?:some|several|certain|select|a few)(?: [\w-]+){0,2} (?:types|instance types|configurations|models|SKUs|generations|parts|chips|processors|CPUs|platforms|technologies|implementations|vendors|offerings|designs|VMs|CVMs|guests|TEEs|products|deployments|systems|machines|hosts|clouds|providers|environments|setups|boards|variants|flavou?rs|families|versions|releases|kernels)\b`,
  String.raw`\bonly (?:some|the|those|these|a few|certain|part|parts|pages|the pages|portions|regions)\b`,
  String.raw`\bin (?:some|certain) (?:cases|configurations|deployments|setups|designs)\b`,
].join('|'), 'i');
/** Hedges anywhere in the clause: conditions, degrees, "may or may not". */
const HEDGE = new RegExp([
  String.raw`\bif at all\b|\bor not at all\b|\bnot all of (?:them|these|those)\b|\b(?:many|most),? (?:but|though) not all\b|\boptional\b`,
  String.raw`\bprovided (?:that|the|it|they|you|your|its)\b`,
  // "a page is encrypted only when it is exported": said of one case, which denies it of the rest.
  String.raw`\bonly (?:when|whenever|if|while|once|after|as long as)\b`,
  String.raw`\b(?:where|if|when) the (?:hardware|platform|processor|CPU|memory system|memory controller|instance|architecture)\b`,
  String.raw`\bif\b[^,]{0,60}\b(?:implements?|supports?|provides?|enables?|offers?)\b`,
  // A condition on the hardware or the platform: "Where attestation is supported, ...".
  String.raw`^\W*(?:where|if|when)\b[^,]{0,80}\b(?:supported|available|enabled|present|used|configured|deployed|implemented|in use|supports?|keeps?|has|have|provides?)\b`,
  String.raw`\bto (?:some|a (?:certain|limited|large|lesser|greater)|varying) (?:degree|extent)s?\b`,
  String.raw`\b(?:partially|partly|in part|not necessarily|not always|not all|only some|optionally|in principle|may or may not|might or might not)\b`,
  String.raw`\b(?:depending|depends) (?:on|upon)\b`,
  String.raw`\b(?:where|when|if) (?:supported|available|enabled|configured|present|the hardware (?:supports|allows|provides))\b`,
  String.raw`\bon (?:platforms|hardware|CPUs|processors|systems) (?:that|which|where|with)\b`,
  String.raw`\b(?:varies|vary|differs?) (?:between|across|by|among|from)\b`,
].join('|'), 'i');

/** Why the clause at `clause` of the sentence `text` makes no claim, or undefined when it makes one. */
export function silence(text: string, clause: Clause, at = clause.end): Silence | undefined {
  if (QUESTION.test(text)) return 'question';
  if (SENTENCE_HEDGE.test(text)) return 'hedge';
  if (CROSS_REFERENCE.test(text)) return 'cross-reference';
  // "This is the property that sets SNP guests apart: the host can no longer ...": what follows a
  // colon is said, not defined.
  if (DEFINITION.test(text.slice(text.lastIndexOf(':', at) + 1))) return 'definition';
  const c = text.slice(clause.start, clause.end);
  // "Explain whether ...", "State which pages are encrypted": asked, not claimed.
  if (EMBEDDED_QUESTION.test(text.slice(0, clause.end))) return 'question';
  // An introductory phrase ("Historically, ..." "On a conventional VM, ...") governs the clause after it.
  const lead = clause.start > 0 ? leadOf(text, clause.start) : '';
  if (HISTORY.test(c) || HISTORY.test(lead)) return 'history';
  if (PLAN.test(c) || PLAN.test(lead)) return 'plan';
  if (CIRCUMSTANCE.test(text.slice(0, at))) return 'circumstance';
  if (ADVICE.test(text.slice(0, at))) return 'advice';
  if (isHedged(text, clause) || HEDGE.test(c) || HEDGE.test(lead)) return 'hedge';
  if (QUANTIFIER_HEDGE.test(text.slice(clause.start, Math.max(clause.start, at))) || QUANTIFIER_HEDGE.test(lead)) return 'hedge';
  // After the claim's words, only in a scoping phrase: "... on some platforms", not "... as well as some mechanisms".
  const after = text.slice(Math.max(clause.start, at), clause.end);
  const q = QUANTIFIER_HEDGE.exec(after);
  if (q && /\b(?:on|in|for|with|across|under|by|of)\s+$/i.test(after.slice(Math.max(0, q.index - 8), q.index))) return 'hedge';
  // A "that" clause says what its matrix clause says of it: "only some mechanisms make sure that ...".
  if (/^\W*that\b/i.test(c) && clause.start > 0) {
    const matrix = matrixOf(text, clause.start);
    if (HEDGE.test(matrix) || QUANTIFIER_HEDGE.test(matrix)) return 'hedge';
    // "a future extension could ensure that ...", "earlier versions guaranteed that ...": so is a plan or history.
    if (PLAN.test(matrix)) return 'plan';
    if (HISTORY.test(matrix)) return 'history';
    // "This setup requires that the host never pages guest memory out": a requirement on someone, not a protection.
    if (REQUIREMENT.test(matrix)) return 'requirement';
  }
  return undefined;
}

/** The clause before a "that" clause, back to the previous clause boundary. */
function matrixOf(text: string, at: number): string {
  const before = text.slice(0, at);
  const cut = Math.max(before.lastIndexOf(';'), before.search(/\b(?:but|whereas|although|though)\b[^]*$/i));
  return before.slice(cut + 1);
}

/** The sentence's introductory phrase up to its first comma, when it ends before the clause. */
function leadOf(text: string, clauseStart: number): string {
  const comma = text.indexOf(',');
  const lead = text.slice(0, Math.max(0, comma));
  // An introductory phrase is short; a whole clause before the comma is a clause of its own.
  return comma > 0 && comma <= clauseStart && lead.trim().split(/\s+/).length <= 6 && !/\b(?:but|whereas|which|that|while|although|though)\b/i.test(lead) ? lead : '';
}
