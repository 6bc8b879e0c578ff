// Builds dist/claimlint-nlp.cjs (wink-nlp and its English model as one CommonJS file; entry
// scripts/nlp-bundle.cjs) and dist/claimlint-nlp-model.bin beside it. The model's core is 3 MB of
// JSON whose bulk is base64 and an 87,593-word list: loaded as published it costs about 190 ms
// (compiling the literal, decoding, deep-copying, hashing every word). Here the same data is
// stored as raw bytes and read back as typed-array views, the word list is looked up through a
// sorted index built at build time, and the smaller JSON files become `JSON.parse('...')`
// (faster for V8 than an object literal); the machines of annotations claimlint does not run are
// left out. test/prose/nlp-bundle.test.ts checks that the tags
// and lemmas equal those of the package as published.
import { build } from 'esbuild';
import { Buffer } from 'node:buffer';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const CORE = require.resolve('wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json');
export const MODEL_FILE = 'claimlint-nlp-model.bin';

/** The core model as one file: a JSON head, then the lexicon, the expansions, the word list and its sorted order. */
function packCore() {
  const model = JSON.parse(readFileSync(CORE, 'utf8'));
  const lexicon = Buffer.from(model.lexicon, 'base64');
  const xpansions = Buffer.from(model.xpansions, 'base64');
  const words = model.features.lexeme.list;
  if (words.some((w) => w.includes('\u0000'))) throw new Error('build-nlp: a lexeme contains NUL');
  const order = Uint32Array.from(words.keys()).sort((a, b) => (words[a] < words[b] ? -1 : words[a] > words[b] ? 1 : 0));
  const wordBytes = Buffer.from(words.join('\u0000'), 'utf8');
  const parts = [lexicon, xpansions, Buffer.from(order.buffer), wordBytes];
  const pad = (n) => (4 - (n % 4)) % 4;
  delete model.lexicon; delete model.xpansions; model.features.lexeme.list = null;
  // Offsets are from the start of the data, which begins 4-aligned after the head.
  const at = []; let off = 0;
  for (const p of parts) { at.push([off, p.length]); off += p.length + pad(p.length); }
  model.claimlintParts = { lexicon: at[0], xpansions: at[1], order: at[2], words: at[3] };
  let head = Buffer.from(JSON.stringify(model), 'utf8');
  head = Buffer.concat([head, Buffer.alloc(pad(head.length), 0x20)]);
  const len = Buffer.alloc(4); len.writeUInt32LE(head.length);
  return Buffer.concat([len, head, ...parts.flatMap((p) => [p, Buffer.alloc(pad(p.length))])]);
}

// Replaces the package's read-core-model.js: same result (the model object wink-nlp's load()
// expects), from the packed file next to the bundle.
const READER = String.raw`
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
function lexemeHash(list, order) {
  // The list's own words by binary search over their sorted order; words wink-nlp adds later in a Map.
  const added = new Map();
  const n = order.length;
  const find = (w) => {
    let lo = 0, hi = n - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1, i = order[mid], s = list[i];
      if (s === w) return i;
      if (s < w) lo = mid + 1; else hi = mid - 1;
    }
    return added.get(w);
  };
  return new Proxy(Object.create(null), {
    get: (_, k) => (typeof k === 'string' ? find(k) : undefined),
    set: (_, k, v) => { added.set(k, v); return true; },
    has: (_, k) => typeof k === 'string' && find(k) !== undefined,
  });
}
module.exports = function readModel() {
  const buf = readFileSync(join(__dirname, '${MODEL_FILE}'));
  const headLength = buf.readUInt32LE(0);
  const model = JSON.parse(buf.toString('utf8', 4, 4 + headLength));
  const data = 4 + headLength;
  // Typed arrays need 4-aligned offsets: copy the data into a fresh buffer (one memcpy).
  const bytes = new Uint8Array(buf.length - data); bytes.set(buf.subarray(data));
  const part = (name) => model.claimlintParts[name];
  const u32 = ([o, l]) => new Uint32Array(bytes.buffer, o, l / 4);
  model.lexicon = u32(part('lexicon'));
  model.xpansions = u32(part('xpansions'));
  const [wo, wl] = part('words');
  const list = Buffer.from(bytes.buffer, wo, wl).toString('utf8').split('\u0000');
  const packing = model.packing, featuresData = model.features, pos = model.pos;
  for (const f in packing.layout) if (packing.layout[f][3] === 0 && f !== 'lexeme') {
    featuresData[f].hash = Object.create(null);
    for (let k = 0; k < featuresData[f].list.length; k += 1) featuresData[f].hash[featuresData[f].list[k]] = k;
  }
  featuresData.lexeme.list = list;
  featuresData.lexeme.hash = lexemeHash(list, u32(part('order')));
  delete model.claimlintParts;
  const clusters = featuresData.posClusters.list;
  for (let k = 0; k < clusters.length; k += 1) clusters[k] = new Set(clusters[k].split('_').map((e) => pos.hash[e] || 0));
  return model;
};
`;

// claimlint runs wink with the pipe ['pos']: the named-entity and sentiment machines are built at
// load (the sentiment one is a 400 kB JSON string) and never run. Empty machines in their place.
const UNUSED = {
  'load-ner-model.js': 'module.exports = () => ({ machines: [], transformers: [] });',
  'load-sa-model.js': `module.exports = () => ({ machines: [${JSON.stringify(JSON.stringify([0, 0, {}, {}, {}, {}]))}], setter: () => undefined });`,
};

const packedModel = {
  name: 'packed-wink-model',
  setup(b) {
    b.onLoad({ filter: /wink-eng-lite-web-model[\\/]dist[\\/]load-(?:ner|sa)-model\.js$/ }, (args) => ({
      contents: UNUSED[args.path.split(/[\\/]/).pop()], loader: 'js',
    }));
    b.onLoad({ filter: /wink-eng-lite-web-model[\\/]dist[\\/]read-core-model\.js$/ }, () => ({ contents: READER, loader: 'js' }));
    b.onLoad({ filter: /wink-eng-lite-web-model[\\/].*\.json$/ }, (args) => ({
      contents: `module.exports = JSON.parse(${JSON.stringify(readFileSync(args.path, 'utf8'))});`,
      loader: 'js',
    }));
  },
};

writeFileSync(new URL(`../dist/${MODEL_FILE}`, import.meta.url), packCore());
await build({
  entryPoints: ['scripts/nlp-bundle.cjs'], bundle: true, platform: 'node', format: 'cjs', target: 'node20',
  outfile: 'dist/claimlint-nlp.cjs', logLevel: 'warning', plugins: [packedModel],
});
