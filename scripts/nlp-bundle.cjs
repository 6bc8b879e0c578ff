/**
 * Entry of dist/claimlint-nlp.cjs: wink-nlp and its English model as one CommonJS file, loaded
 * by src/prose/nlp.ts beside the single-file bundle (the Action ships no node_modules).
 */
module.exports = { winkNLP: require('wink-nlp'), model: require('wink-eng-lite-web-model') };
