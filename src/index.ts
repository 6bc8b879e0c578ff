/** claimlint's library entry point: the stages of the pipeline, each usable alone. */
export { parseRst, rstParse } from './rst/parse.js';
export { parseMarkdown, markdownParse } from './md/parse.js';
export { documentParse, parseDocument, syntaxOf, type Syntax } from './engine/syntax.js';
export type * from './rst/types.js';
export { proseUnits, maskedText, type ProseUnit, type ProseKind, type UnitNode } from './prose/units.js';
export { sentencesOf, sentencesOfText, type Sentence, type Word } from './prose/sentences.js';
