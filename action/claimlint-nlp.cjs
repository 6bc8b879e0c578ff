"use strict";
var __getOwnPropNames = Object.getOwnPropertyNames;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};

// node_modules/wink-nlp/src/constants.js
var require_constants = __commonJS({
  "node_modules/wink-nlp/src/constants.js"(exports2, module2) {
    var consts = /* @__PURE__ */ Object.create(null);
    consts.UNK = 0;
    consts.bits4PrecedingSpace = 16;
    consts.bits4lemma = 20;
    consts.posMask = 66060288;
    consts.psMask = 65535;
    consts.xnMask = 1073676288;
    consts.lemmaMask = 1048575;
    consts.tkSize = 4;
    consts.xpSize = 4;
    consts.xcMask = 31;
    consts.bits4xpPointer = 14;
    consts.negationFlag = Math.pow(2, 31);
    module2.exports = consts;
  }
});

// node_modules/wink-nlp/src/dd-wrapper.js
var require_dd_wrapper = __commonJS({
  "node_modules/wink-nlp/src/dd-wrapper.js"(exports2, module2) {
    var constants = require_constants();
    var bits4PrecedingSpace = constants.bits4PrecedingSpace;
    var xpSize = constants.xpSize;
    var bits4lemma = constants.bits4lemma;
    var UNK = constants.UNK;
    var tkSize = constants.tkSize;
    var docDataWrapper = function(data) {
      var cache = data.cache;
      var tokens = data.tokens;
      var methods = /* @__PURE__ */ Object.create(null);
      var addToken = function(text, category, precedingSpaces, nbsp) {
        var idx;
        idx = tokens.push(cache.add(text, category), precedingSpaces, 0, 0);
        if (nbsp !== null && precedingSpaces > 0) data.nonBreakingSpaces[idx / tkSize - 1] = nbsp;
        return true;
      };
      var addTokenIfInCache = function(text, precedingSpaces, nbsp) {
        var tokenIndex = cache.lookup(text);
        var ps;
        var lemma, pos;
        var idx;
        if (tokenIndex === null) return UNK;
        if (tokenIndex.length === 1) {
          idx = tokens.push(tokenIndex[0], precedingSpaces, 0, 0);
          if (nbsp !== null && precedingSpaces > 0) data.nonBreakingSpaces[idx / tkSize - 1] = nbsp;
        } else {
          for (let k = 0; k < tokenIndex.length; k += xpSize) {
            ps = k === 0 ? precedingSpaces : 0;
            ps |= tokenIndex[k + 1] << bits4PrecedingSpace;
            lemma = tokenIndex[k + 2];
            pos = tokenIndex[k + 3];
            idx = tokens.push(tokenIndex[k], ps, lemma | pos << bits4lemma, 0);
            if (nbsp !== null && precedingSpaces > 0) data.nonBreakingSpaces[idx / tkSize - 1] = nbsp;
          }
        }
        return 99;
      };
      var isLexeme = function(text) {
        return cache.lookup(text);
      };
      var clean = function() {
        tokens = null;
        cache = null;
      };
      methods._addToken = addToken;
      methods._addTokenIfInCache = addTokenIfInCache;
      methods.isLexeme = isLexeme;
      methods.clean = clean;
      return methods;
    };
    module2.exports = docDataWrapper;
  }
});

// node_modules/wink-nlp/src/locate.js
var require_locate = __commonJS({
  "node_modules/wink-nlp/src/locate.js"(exports2, module2) {
    var locate = function(token, spans) {
      var minIndex = 0;
      var maxIndex = spans.length - 1;
      var currIndex;
      var leftToken;
      var rightToken;
      var edge = -1;
      var sf = 0.5;
      while (minIndex <= maxIndex) {
        currIndex = (minIndex + maxIndex) / 2 | 0;
        leftToken = spans[currIndex][0];
        rightToken = spans[currIndex][1];
        if (token > rightToken) {
          minIndex = currIndex + 1;
          edge = currIndex + sf;
        } else if (token < leftToken) {
          maxIndex = currIndex - 1;
          edge = currIndex - sf;
        } else return currIndex;
      }
      return edge;
    };
    module2.exports = locate;
  }
});

// node_modules/wink-nlp/src/contained-entities.js
var require_contained_entities = __commonJS({
  "node_modules/wink-nlp/src/contained-entities.js"(exports2, module2) {
    var locate = require_locate();
    var containedEntities = function(entities, sentenceStart, sentenceEnd) {
      var left = locate(sentenceStart, entities);
      var right = locate(sentenceEnd, entities);
      var maxIndex = entities.length - 1;
      var contained = [];
      var kl, kr;
      var i;
      if (left < 0 && right < 0 || left > maxIndex && right > maxIndex) {
        return contained;
      }
      kl = left < 0 ? 0 : Math.ceil(left);
      if (left === right && kl !== left) {
        return contained;
      }
      kr = Math.floor(right);
      for (i = kl; i <= kr; i += 1) {
        contained.push(i);
      }
      return contained;
    };
    module2.exports = containedEntities;
  }
});

// node_modules/wink-nlp/src/search.js
var require_search = __commonJS({
  "node_modules/wink-nlp/src/search.js"(exports2, module2) {
    var search = function(token, spans) {
      var minIndex = 0;
      var maxIndex = spans.length - 1;
      var currIndex;
      var leftToken;
      var rightToken;
      while (minIndex <= maxIndex) {
        currIndex = (minIndex + maxIndex) / 2 | 0;
        leftToken = spans[currIndex][0];
        rightToken = spans[currIndex][1];
        if (token > rightToken) {
          minIndex = currIndex + 1;
        } else if (token < leftToken) {
          maxIndex = currIndex - 1;
        } else return currIndex;
      }
      return null;
    };
    module2.exports = search;
  }
});

// node_modules/wink-nlp/src/api/get-parent-item.js
var require_get_parent_item = __commonJS({
  "node_modules/wink-nlp/src/api/get-parent-item.js"(exports2, module2) {
    var search = require_search();
    var getParentItem = function(currItemIndex, parentCollection, parentItemFn) {
      var k = search(currItemIndex, parentCollection);
      if (k === null) return void 0;
      return parentItemFn(k);
    };
    module2.exports = getParentItem;
  }
});

// node_modules/wink-nlp/src/api/col-get-item.js
var require_col_get_item = __commonJS({
  "node_modules/wink-nlp/src/api/col-get-item.js"(exports2, module2) {
    var colGetItemAt = function(k, start, end, itemFn) {
      var ak = k + start;
      if (ak < start || ak > end) {
        throw Error(`wink-nlp: ${k} is an invalid or out of bounds index.`);
      } else return itemFn(ak);
    };
    module2.exports = colGetItemAt;
  }
});

// node_modules/wink-nlp/src/api/sel-get-item.js
var require_sel_get_item = __commonJS({
  "node_modules/wink-nlp/src/api/sel-get-item.js"(exports2, module2) {
    var selGetItemAt = function(k, selection, itemFn) {
      if (k < 0 || k >= selection.length) {
        throw Error(`wink-nlp: wink-nlp: ${k} is an invalid or out of bounds index.`);
      } else return itemFn(selection[k]);
    };
    module2.exports = selGetItemAt;
  }
});

// node_modules/wink-nlp/src/api/col-each.js
var require_col_each = __commonJS({
  "node_modules/wink-nlp/src/api/col-each.js"(exports2, module2) {
    var colEach = function(f, start, end, itemFn) {
      for (let k = start; k <= end; k += 1) {
        f(itemFn(k), k - start);
      }
    };
    module2.exports = colEach;
  }
});

// node_modules/wink-nlp/src/api/sel-each.js
var require_sel_each = __commonJS({
  "node_modules/wink-nlp/src/api/sel-each.js"(exports2, module2) {
    var selEach = function(f, selection, itemFn) {
      for (let k = 0; k < selection.length; k += 1) {
        f(itemFn(selection[k]), k);
      }
    };
    module2.exports = selEach;
  }
});

// node_modules/wink-nlp/src/api/col-map.js
var require_col_map = __commonJS({
  "node_modules/wink-nlp/src/api/col-map.js"(exports2, module2) {
    var colMap = function(f, start, end, itemFn) {
      const result = [];
      for (let k = start; k <= end; k += 1) {
        result.push(f(itemFn(k), k - start));
      }
      return result;
    };
    module2.exports = colMap;
  }
});

// node_modules/wink-nlp/src/api/sel-map.js
var require_sel_map = __commonJS({
  "node_modules/wink-nlp/src/api/sel-map.js"(exports2, module2) {
    var selMap = function(f, selection, itemFn) {
      return selection.map((item, i) => f(itemFn(item), i));
    };
    module2.exports = selMap;
  }
});

// node_modules/wink-nlp/src/api/col-filter.js
var require_col_filter = __commonJS({
  "node_modules/wink-nlp/src/api/col-filter.js"(exports2, module2) {
    var colFilter = function(f, start, end, itemFn, colSelectedFn) {
      var filtered = [];
      for (let k = start; k <= end; k += 1) {
        if (f(itemFn(k), k - start)) filtered.push(k);
      }
      return colSelectedFn(filtered);
    };
    module2.exports = colFilter;
  }
});

// node_modules/wink-nlp/src/api/sel-filter.js
var require_sel_filter = __commonJS({
  "node_modules/wink-nlp/src/api/sel-filter.js"(exports2, module2) {
    var selFilter = function(f, selection, itemFn, colSelectedFn) {
      var filtered = [];
      for (let k = 0; k < selection.length; k += 1) {
        if (f(itemFn(selection[k]), k)) filtered.push(selection[k]);
      }
      return colSelectedFn(filtered);
    };
    module2.exports = selFilter;
  }
});

// node_modules/wink-nlp/src/sort4FT.js
var require_sort4FT = __commonJS({
  "node_modules/wink-nlp/src/sort4FT.js"(exports2, module2) {
    module2.exports = (a, b) => {
      if (b[1] > a[1]) {
        return 1;
      } else if (b[1] < a[1]) {
        return -1;
      } else if (a[0] > b[0]) return 1;
      return -1;
    };
  }
});

// node_modules/wink-nlp/src/sentence-wise-importance.js
var require_sentence_wise_importance = __commonJS({
  "node_modules/wink-nlp/src/sentence-wise-importance.js"(exports2, module2) {
    var constants = require_constants();
    var bits4lemma = constants.bits4lemma;
    var posMask = constants.posMask;
    var tkSize = constants.tkSize;
    var sentenceWiseImportance = function(rdd) {
      const openClassPOS = /* @__PURE__ */ Object.create(null);
      openClassPOS.ADJ = true;
      openClassPOS.ADV = true;
      openClassPOS.INTJ = true;
      openClassPOS.NOUN = true;
      openClassPOS.PROPN = true;
      openClassPOS.VERB = true;
      openClassPOS.NUM = true;
      openClassPOS.SYM = true;
      const NGram = 4;
      const sentences = rdd.sentences;
      const tokens = rdd.tokens;
      const cache = rdd.cache;
      const posGroupWeightTable = /* @__PURE__ */ Object.create(null);
      for (let s = 0; s < sentences.length; s += 1) {
        const pos = [];
        const [start, end] = sentences[s];
        for (let t = start; t <= end; t += 1) {
          const p = cache.valueOf("pos", (tokens[t * tkSize + 2] & posMask) >>> bits4lemma);
          if (p !== "SPACE" && p !== "PUNCT") pos.push(p);
        }
        if (pos.length < 4) continue;
        for (let k = 0; k + NGram - 1 < pos.length; k += 1) {
          const pos4Gram = pos.slice(k, k + NGram);
          const initInfoContent = pos4Gram.reduce(
            (pv, cv) => pv - (openClassPOS[cv] ? 0 : 1),
            0
          );
          const posGroup = pos4Gram.join("_");
          posGroupWeightTable[posGroup] = posGroupWeightTable[posGroup] || /* @__PURE__ */ Object.create(null);
          posGroupWeightTable[posGroup].group = posGroup;
          posGroupWeightTable[posGroup].sentences = posGroupWeightTable[posGroup].sentences || [];
          posGroupWeightTable[posGroup].sentences.push(s);
          posGroupWeightTable[posGroup].weight = posGroupWeightTable[posGroup].weight === void 0 ? initInfoContent + 1 : posGroupWeightTable[posGroup].weight + 1;
          posGroupWeightTable[posGroup].iv = initInfoContent;
        }
      }
      const posGroupWeights = Object.keys(posGroupWeightTable).map((e) => posGroupWeightTable[e]).filter((e) => e.weight > 0);
      const sentenceWiseWeights = new Array(sentences.length);
      sentenceWiseWeights.fill(0);
      posGroupWeights.forEach((pgw) => {
        pgw.sentences.forEach((e) => {
          sentenceWiseWeights[e] += pgw.weight;
        });
      });
      let max = Math.max(...sentenceWiseWeights);
      if (max === 0) max = 1;
      return sentenceWiseWeights.map((e, i) => ({ index: i, importance: +(e / max).toFixed(4) }));
    };
    module2.exports = sentenceWiseImportance;
  }
});

// node_modules/wink-nlp/src/reconstruct-spaces.js
var require_reconstruct_spaces = __commonJS({
  "node_modules/wink-nlp/src/reconstruct-spaces.js"(exports2, module2) {
    var constants = require_constants();
    var tkSize = constants.tkSize;
    var psMask = constants.psMask;
    var reconstructSpaces = function(index, rdd) {
      var token = rdd.tokens[index * tkSize + 1];
      var count = token & psMask;
      return count < 65535 ? "".padEnd(count) : rdd.nonBreakingSpaces[index];
    };
    module2.exports = reconstructSpaces;
  }
});

// node_modules/wink-nlp/src/its.js
var require_its = __commonJS({
  "node_modules/wink-nlp/src/its.js"(exports2, module2) {
    var sort4FT = require_sort4FT();
    var constants = require_constants();
    var caseMap = ["other", "lowerCase", "upperCase", "titleCase"];
    var swi = require_sentence_wise_importance();
    var reconstructSpaces = require_reconstruct_spaces();
    var tkSize = constants.tkSize;
    var bits4lemma = constants.bits4lemma;
    var posMask = constants.posMask;
    var lemmaMask = constants.lemmaMask;
    var its = /* @__PURE__ */ Object.create(null);
    its.case = function(index, rdd) {
      return caseMap[rdd.cache.property(rdd.tokens[index * tkSize], "lutCase")];
    };
    its.uniqueId = function(index, rdd) {
      return rdd.tokens[index * tkSize];
    };
    its.negationFlag = function(index, rdd) {
      return rdd.tokens[index * tkSize + 3] >= constants.negationFlag;
    };
    its.normal = function(index, rdd) {
      var tokens = rdd.tokens;
      var cache = rdd.cache;
      return tokens[index * tkSize + 1] > 65535 ? cache.value(cache.nox(tokens[index * tkSize + 1])) : cache.value(cache.normal(tokens[index * tkSize]));
    };
    its.contractionFlag = function(index, rdd) {
      return rdd.tokens[index * tkSize + 1] > 65535;
    };
    its.pos = function(index, rdd) {
      return rdd.cache.valueOf("pos", (rdd.tokens[index * tkSize + 2] & posMask) >>> bits4lemma);
    };
    its.precedingSpaces = function(index, rdd) {
      return reconstructSpaces(index, rdd);
    };
    its.prefix = function(index, rdd) {
      return rdd.cache.property(rdd.tokens[index * tkSize], "prefix");
    };
    its.shape = function(index, rdd) {
      return rdd.cache.property(rdd.tokens[index * tkSize], "shape");
    };
    its.stopWordFlag = function(index, rdd) {
      var tokens = rdd.tokens;
      var cache = rdd.cache;
      var normal = tokens[index * tkSize + 1] > 65535 ? cache.nox(tokens[index * tkSize + 1]) : cache.normal(tokens[index * tkSize]);
      return cache.property(normal, "isStopWord") === 1;
    };
    its.abbrevFlag = function(index, rdd) {
      return rdd.cache.property(rdd.tokens[index * tkSize], "isAbbrev") === 1;
    };
    its.suffix = function(index, rdd) {
      return rdd.cache.property(rdd.tokens[index * tkSize], "suffix");
    };
    its.type = function(index, rdd) {
      return rdd.cache.property(rdd.tokens[index * tkSize], "tokenType");
    };
    its.value = function(index, rdd) {
      return rdd.cache.value(rdd.tokens[index * tkSize]);
    };
    its.stem = function(index, rdd, addons) {
      return addons.stem(rdd.cache.value(rdd.tokens[index * tkSize]));
    };
    its.lemma = function(index, rdd, addons) {
      var tokens = rdd.tokens;
      var cache = rdd.cache;
      if (tokens[index * tkSize + 1] > 65535) {
        return cache.value(tokens[index * tkSize + 2] & lemmaMask);
      }
      const mappedIdx = cache.mappedSpelling(tokens[index * tkSize]);
      if (cache.property(mappedIdx, "isSLemma") === 1) {
        return cache.value(cache.property(mappedIdx, "lemma"));
      }
      const pos = its.pos(index, rdd);
      const value = cache.value(cache.normal(tokens[index * tkSize]));
      return addons.lemmatize(value, pos, cache);
    };
    its.vector = function() {
      return new Array(100).fill(0);
    };
    its.detail = function() {
      return true;
    };
    its.markedUpText = function(index, rdd) {
      return its.value(index, rdd);
    };
    its.span = function(spanItem) {
      return spanItem.slice(0, 2);
    };
    its.sentiment = function(spanItem) {
      return spanItem[3];
    };
    its.readabilityStats = function(rdd, addons) {
      return addons.readabilityStats(rdd, its);
    };
    its.sentenceWiseImportance = function(rdd) {
      return swi(rdd);
    };
    its.terms = function(tf, idf, terms) {
      return terms;
    };
    its.docTermMatrix = function(tf, idf, terms) {
      const dtm = new Array(tf.length);
      for (let id = 0; id < tf.length; id += 1) {
        dtm[id] = [];
        for (let i = 0; i < terms.length; i += 1) {
          dtm[id].push(tf[id][terms[i]] || 0);
        }
      }
      return dtm;
    };
    its.docBOWArray = function(tf) {
      return tf;
    };
    its.bow = function(tf) {
      return tf;
    };
    its.idf = function(tf, idf) {
      var arr = [];
      for (const t in idf) {
        arr.push([t, idf[t]]);
      }
      return arr.sort(sort4FT);
    };
    its.tf = function(tf) {
      const arr = [];
      for (const t in tf) {
        arr.push([t, tf[t]]);
      }
      return arr.sort(sort4FT);
    };
    its.modelJSON = function(tf, idf, terms, docId, sumOfAllDLs) {
      return JSON.stringify({
        uid: "WinkNLP-BM25Vectorizer-Model/1.0.0",
        tf,
        idf,
        terms,
        docId,
        sumOfAllDLs
      });
    };
    module2.exports = its;
  }
});

// node_modules/wink-nlp/src/contained-markings.js
var require_contained_markings = __commonJS({
  "node_modules/wink-nlp/src/contained-markings.js"(exports2, module2) {
    var locate = require_locate();
    var containedMarkings = function(markings, start, end) {
      if (markings === void 0 || start === void 0 || end === void 0) {
        return null;
      }
      var left = locate(start, markings);
      var right = locate(end, markings);
      var maxIndex = markings.length - 1;
      var kl, kr;
      if (left < 0 && right < 0 || left > maxIndex && right > maxIndex) {
        return null;
      }
      kl = left < 0 ? 0 : Math.ceil(left);
      if (left === right && kl !== left) {
        return null;
      }
      kr = Math.floor(right);
      if (markings[kl][0] < start) kl += 1;
      if (markings[kr][1] > end) kr -= 1;
      if (kl > kr) {
        return null;
      }
      var range = /* @__PURE__ */ Object.create(null);
      range.left = kl;
      range.right = kr;
      return range;
    };
    module2.exports = containedMarkings;
  }
});

// node_modules/wink-nlp/src/as.js
var require_as = __commonJS({
  "node_modules/wink-nlp/src/as.js"(exports2, module2) {
    var sort4FT = require_sort4FT();
    var containedMarkings = require_contained_markings();
    var as = /* @__PURE__ */ Object.create(null);
    as.array = function(tokens) {
      return tokens;
    };
    as.set = function(tokens) {
      return new Set(tokens);
    };
    as.bow = function(tokens) {
      var bow = /* @__PURE__ */ Object.create(null);
      var t;
      for (let i = 0; i < tokens.length; i += 1) {
        t = tokens[i];
        bow[t] = 1 + (bow[t] || 0);
      }
      return bow;
    };
    as.freqTable = function(tokens) {
      var bow = as.bow(tokens);
      var keys = Object.keys(bow);
      var length = keys.length;
      var table = new Array(length);
      for (var i = 0; i < length; i += 1) {
        table[i] = [keys[i], bow[keys[i]]];
      }
      return table.sort(sort4FT);
    };
    as.bigrams = function(tokens) {
      var bgs = [];
      var i, imax;
      for (i = 0, imax = tokens.length - 1; i < imax; i += 1) {
        bgs.push([tokens[i], tokens[i + 1]]);
      }
      return bgs;
    };
    as.unique = function(tokens) {
      return Array.from(new Set(tokens));
    };
    as.text = function(twps) {
      return twps.join("").trim();
    };
    as.markedUpText = function(twps, rdd, start, end) {
      const markings = rdd.markings;
      var offset = start * 2;
      var range = containedMarkings(markings, start, end);
      if (range === null) {
        return twps.join("").trim();
      }
      for (let i = range.left; i <= range.right; i += 1) {
        const first = markings[i][0] * 2 - offset + 1;
        const last = markings[i][1] * 2 - offset + 1;
        const beginMarker = markings[i][2] === void 0 ? "<mark>" : markings[i][2];
        const endMarker = markings[i][3] === void 0 ? "</mark>" : markings[i][3];
        twps[first] = beginMarker + twps[first];
        twps[last] += endMarker;
      }
      return twps.join("").trim();
    };
    as.vector = function(tokens, rdd) {
      if (!rdd.wordVectors)
        throw Error("wink-nlp: word vectors are not loaded, use const nlp = winkNLP( model, pipe, wordVectors ) to load.");
      const size = rdd.wordVectors.dimensions;
      const precision = rdd.wordVectors.precision;
      const vectors = rdd.wordVectors.vectors;
      const l2NormIndex = rdd.wordVectors.l2NormIndex;
      const v = new Array(size);
      v.fill(0);
      let numOfTokens = 0;
      for (let i = 0; i < tokens.length; i += 1) {
        const tv = vectors[tokens[i].toLowerCase()];
        if (tv !== void 0 && tv[l2NormIndex] !== 0) numOfTokens += 1;
        for (let j = 0; j < size; j += 1) {
          v[j] += tv === void 0 ? 0 : tv[j];
        }
      }
      if (numOfTokens === 0) {
        v.push(0);
        return v;
      }
      let l2Norm = 0;
      for (let i = 0; i < size; i += 1) {
        v[i] = +(v[i] / numOfTokens).toFixed(precision);
        l2Norm += v[i] * v[i];
      }
      v.push(+Math.sqrt(l2Norm).toFixed(precision));
      return v;
    };
    module2.exports = as;
  }
});

// node_modules/wink-nlp/src/allowed.js
var require_allowed = __commonJS({
  "node_modules/wink-nlp/src/allowed.js"(exports2, module2) {
    var its = require_its();
    var as = require_as();
    var allowed = /* @__PURE__ */ Object.create(null);
    allowed.its4token = /* @__PURE__ */ new Set([
      its.case,
      its.uniqueId,
      its.negationFlag,
      its.normal,
      its.contractionFlag,
      its.pos,
      its.precedingSpaces,
      its.prefix,
      its.shape,
      its.stopWordFlag,
      its.abbrevFlag,
      its.suffix,
      its.type,
      its.value,
      its.stem,
      its.lemma
    ]);
    allowed.its4tokens = allowed.its4token;
    allowed.its4selTokens = allowed.its4token;
    allowed.as4tokens = /* @__PURE__ */ new Set([
      as.array,
      as.set,
      as.text,
      as.bow,
      as.freqTable,
      as.bigrams,
      as.unique,
      as.markedUpText,
      as.vector
    ]);
    allowed.as4selTokens = /* @__PURE__ */ new Set([
      as.array,
      as.set,
      as.text,
      as.bow,
      as.freqTable,
      as.bigrams,
      as.unique,
      as.vector
    ]);
    allowed.its4entity = /* @__PURE__ */ new Set([
      its.value,
      its.normal,
      its.type,
      its.detail,
      its.span
    ]);
    allowed.as4entities = /* @__PURE__ */ new Set([
      as.array,
      as.set,
      as.bow,
      as.freqTable,
      as.unique
    ]);
    allowed.as4selEntities = allowed.as4entities;
    allowed.its4sentence = /* @__PURE__ */ new Set([
      its.value,
      its.normal,
      its.span,
      its.markedUpText,
      its.negationFlag,
      its.sentiment,
      its.stem
    ]);
    allowed.its4document = /* @__PURE__ */ new Set([
      its.value,
      its.normal,
      its.span,
      its.markedUpText,
      its.negationFlag,
      its.sentiment,
      its.stem,
      its.readabilityStats,
      its.sentenceWiseImportance
    ]);
    module2.exports = allowed;
  }
});

// node_modules/wink-nlp/src/api/itm-token-out.js
var require_itm_token_out = __commonJS({
  "node_modules/wink-nlp/src/api/itm-token-out.js"(exports2, module2) {
    var its = require_its();
    var allowed = require_allowed();
    var itmTokenOut = function(index, rdd, itsf, addons) {
      var f = allowed.its4token.has(itsf) ? itsf : its.value;
      return f(index, rdd, addons);
    };
    module2.exports = itmTokenOut;
  }
});

// node_modules/wink-nlp/src/api/col-tokens-out.js
var require_col_tokens_out = __commonJS({
  "node_modules/wink-nlp/src/api/col-tokens-out.js"(exports2, module2) {
    var its = require_its();
    var as = require_as();
    var allowed = require_allowed();
    var reconstructSpaces = require_reconstruct_spaces();
    var colTokensOut = function(start, end, rdd, itsf, asf, addons) {
      var mappedTkns = [];
      var itsfn = itsf && allowed.its4tokens.has(itsf) ? itsf : its.value;
      var asfn = asf && allowed.as4tokens.has(asf) ? asf : as.array;
      if (itsfn !== its.value && itsfn !== its.normal && itsfn !== its.lemma && asfn === as.vector) {
        throw Error("winkNLP: as.vector is allowed only with its value or normal or lemma.");
      }
      if (asfn === as.text || asfn === as.markedUpText) {
        for (let i = start; i <= end; i += 1) {
          mappedTkns.push(reconstructSpaces(i, rdd), itsf(i, rdd, addons));
        }
      } else {
        for (let i = start; i <= end; i += 1) {
          mappedTkns.push(itsfn(i, rdd, addons));
        }
      }
      return asfn(mappedTkns, rdd, start, end);
    };
    module2.exports = colTokensOut;
  }
});

// node_modules/wink-nlp/src/api/sel-tokens-out.js
var require_sel_tokens_out = __commonJS({
  "node_modules/wink-nlp/src/api/sel-tokens-out.js"(exports2, module2) {
    var its = require_its();
    var as = require_as();
    var allowed = require_allowed();
    var reconstructSpaces = require_reconstruct_spaces();
    var constants = require_constants();
    var tkSize = constants.tkSize;
    var psMask = constants.psMask;
    var selTokensOut = function(selTokens, rdd, itsf, asf, addons) {
      var mappedTkns = [];
      var itsfn = itsf && allowed.its4selTokens.has(itsf) ? itsf : its.value;
      var asfn = asf && allowed.as4selTokens.has(asf) ? asf : as.array;
      if (itsfn !== its.value && itsfn !== its.normal && itsfn !== its.lemma && asfn === as.vector) {
        throw Error("winkNLP: as.vector is allowed only with its value or normal or lemma.");
      }
      if (asfn === as.text) {
        for (let i = 0; i < selTokens.length; i += 1) {
          mappedTkns.push(reconstructSpaces(selTokens[i], rdd), itsf(selTokens[i], rdd, addons));
        }
      } else {
        for (let i = 0; i < selTokens.length; i += 1) {
          mappedTkns.push(itsfn(selTokens[i], rdd, addons));
        }
      }
      return asfn(mappedTkns, rdd);
    };
    module2.exports = selTokensOut;
  }
});

// node_modules/wink-nlp/src/api/itm-entity-out.js
var require_itm_entity_out = __commonJS({
  "node_modules/wink-nlp/src/api/itm-entity-out.js"(exports2, module2) {
    var its = require_its();
    var as = require_as();
    var allowed = require_allowed();
    var colTokensOut = require_col_tokens_out();
    var itmEntityOut = function(index, entities, rdd, itsf) {
      var entity = entities[index];
      var itsfn = itsf && allowed.its4entity.has(itsf) ? itsf : its.value;
      var detail;
      if (itsfn === its.detail) {
        detail = /* @__PURE__ */ Object.create(null);
        detail.value = colTokensOut(entity[0], entity[1], rdd, its.value, as.text);
        detail.type = entity[2];
        return detail;
      }
      if (itsfn === its.type) {
        return entity[2];
      }
      if (itsfn === its.span) {
        return its.span(entity);
      }
      return colTokensOut(entity[0], entity[1], rdd, itsfn, as.text);
    };
    module2.exports = itmEntityOut;
  }
});

// node_modules/wink-nlp/src/api/col-entities-out.js
var require_col_entities_out = __commonJS({
  "node_modules/wink-nlp/src/api/col-entities-out.js"(exports2, module2) {
    var its = require_its();
    var as = require_as();
    var allowed = require_allowed();
    var itmEntityOut = require_itm_entity_out();
    var colEntitiesOut = function(entities, rdd, itsf, asf) {
      var ents = [];
      for (let i = 0; i < entities.length; i += 1) {
        ents.push(itmEntityOut(i, entities, rdd, itsf));
      }
      var asfn = allowed.as4entities.has(asf) && itsf !== its.detail && itsf !== its.span ? asf : as.array;
      return asfn(ents);
    };
    module2.exports = colEntitiesOut;
  }
});

// node_modules/wink-nlp/src/api/sel-entities-out.js
var require_sel_entities_out = __commonJS({
  "node_modules/wink-nlp/src/api/sel-entities-out.js"(exports2, module2) {
    var its = require_its();
    var as = require_as();
    var allowed = require_allowed();
    var itmEntityOut = require_itm_entity_out();
    var selEntitiesOut = function(selEntities, entities, rdd, itsf, asf) {
      var ents = [];
      for (let i = 0; i < selEntities.length; i += 1) {
        ents.push(itmEntityOut(selEntities[i], entities, rdd, itsf));
      }
      var asfn = allowed.as4selEntities.has(asf) && itsf !== its.detail && itsf !== its.span ? asf : as.array;
      return asfn(ents);
    };
    module2.exports = selEntitiesOut;
  }
});

// node_modules/wink-nlp/src/api/itm-sentence-out.js
var require_itm_sentence_out = __commonJS({
  "node_modules/wink-nlp/src/api/itm-sentence-out.js"(exports2, module2) {
    var its = require_its();
    var as = require_as();
    var allowed = require_allowed();
    var colTokensOut = require_col_tokens_out();
    var itmSentenceOut = function(index, rdd, itsf, addons) {
      var sentence = rdd.sentences[index];
      var itsfn = itsf && allowed.its4sentence.has(itsf) ? itsf : its.value;
      if (itsfn === its.span || itsfn === its.sentiment) {
        return itsfn(sentence);
      }
      if (itsfn === its.negationFlag) {
        return sentence[2] === 1;
      }
      var asfn = itsfn === its.markedUpText ? as.markedUpText : as.text;
      return colTokensOut(sentence[0], sentence[1], rdd, itsfn, asfn, addons);
    };
    module2.exports = itmSentenceOut;
  }
});

// node_modules/wink-nlp/src/api/col-sentences-out.js
var require_col_sentences_out = __commonJS({
  "node_modules/wink-nlp/src/api/col-sentences-out.js"(exports2, module2) {
    var itmSentenceOut = require_itm_sentence_out();
    var colSentencesOut = function(rdd, itsf, addons) {
      var sents = [];
      for (let i = 0; i < rdd.sentences.length; i += 1) {
        sents.push(itmSentenceOut(i, rdd, itsf, addons));
      }
      return sents;
    };
    module2.exports = colSentencesOut;
  }
});

// node_modules/wink-nlp/src/api/itm-document-out.js
var require_itm_document_out = __commonJS({
  "node_modules/wink-nlp/src/api/itm-document-out.js"(exports2, module2) {
    var its = require_its();
    var as = require_as();
    var allowed = require_allowed();
    var colTokensOut = require_col_tokens_out();
    var itmDocumentOut = function(rdd, itsf, addons) {
      var document = rdd.document;
      var itsfn = itsf && allowed.its4document.has(itsf) ? itsf : its.value;
      if (itsfn === its.span || itsfn === its.sentiment) {
        return itsfn(document);
      }
      if (itsfn === its.negationFlag) {
        return document[2] === 1;
      }
      if (itsfn === its.readabilityStats) {
        return itsfn(rdd, addons);
      }
      if (itsfn === its.sentenceWiseImportance) {
        return itsfn(rdd);
      }
      var asfn = itsfn === its.markedUpText ? as.markedUpText : as.text;
      return colTokensOut(document[0], document[1], rdd, itsfn, asfn, addons);
    };
    module2.exports = itmDocumentOut;
  }
});

// node_modules/wink-nlp/src/api/print-tokens.js
var require_print_tokens = __commonJS({
  "node_modules/wink-nlp/src/api/print-tokens.js"(exports2, module2) {
    var constants = require_constants();
    var tkSize = constants.tkSize;
    var psMask = constants.psMask;
    var bits4lemma = constants.bits4lemma;
    var posMask = constants.posMask;
    var printTokens = function(tokens, cache) {
      var imax = tokens.length;
      var i, j;
      var t, tv;
      var pad = "                         ";
      var str;
      var props = ["prefix", "suffix", "shape", "lutCase", "nerHint", "tokenType"];
      console.log("\n\ntoken      p-spaces   prefix  suffix  shape   case    nerHint type     normal/pos");
      console.log("\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014\u2014");
      for (i = 0; i < imax; i += tkSize) {
        str = "";
        t = tokens[i];
        tv = cache.value(t);
        str += (JSON.stringify(tv).replace(/"/g, "") + pad).slice(0, 18);
        str += ((tokens[i + 1] & psMask) + pad).slice(0, 4);
        for (j = 0; j < props.length; j += 1) {
          str += (JSON.stringify(cache.property(t, props[j])).replace(/"/g, "") + pad).slice(0, 8);
        }
        if (tokens[i + 1] > 65535) {
          str += " " + cache.value(cache.nox(tokens[i + 1]));
          str += " / " + cache.valueOf("pos", (tokens[i + 2] & posMask) >>> bits4lemma);
        } else {
          str += " " + JSON.stringify(cache.value(cache.normal(t))).replace(/"/g, "");
          str += " / " + cache.property(t, "pos");
        }
        console.log(str);
        str += " / " + cache.valueOf("pos", (tokens[i + 2] & posMask) >>> bits4lemma);
      }
      console.log("\n\ntotal number of tokens: %d", tokens.length / tkSize);
    };
    module2.exports = printTokens;
  }
});

// node_modules/wink-nlp/src/doc-v2.js
var require_doc_v2 = __commonJS({
  "node_modules/wink-nlp/src/doc-v2.js"(exports2, module2) {
    var containedEntities = require_contained_entities();
    var getParentItem = require_get_parent_item();
    var colGetItemAt = require_col_get_item();
    var selGetItemAt = require_sel_get_item();
    var colEach = require_col_each();
    var selEach = require_sel_each();
    var colMap = require_col_map();
    var selMap = require_sel_map();
    var colFilter = require_col_filter();
    var selFilter = require_sel_filter();
    var itmTokenOut = require_itm_token_out();
    var colTokensOut = require_col_tokens_out();
    var selTokensOut = require_sel_tokens_out();
    var itmEntityOut = require_itm_entity_out();
    var colEntitiesOut = require_col_entities_out();
    var selEntitiesOut = require_sel_entities_out();
    var itmSentenceOut = require_itm_sentence_out();
    var colSentencesOut = require_col_sentences_out();
    var itmDocumentOut = require_itm_document_out();
    var printTokens = require_print_tokens();
    var its = require_its();
    var doc = function(docData, addons) {
      var cache = docData.cache;
      var tokens = docData.tokens;
      var entities = docData.entities;
      var customEntities = docData.customEntities;
      var sentences = docData.sentences;
      var markings = docData.markings;
      var colEntities;
      var colCustomEntities;
      var colTokens;
      var colSentences;
      var colSelectedEntities;
      var colSelectedCustomEntities;
      var colSelectedTokens;
      var itemToken;
      var itemEntity;
      var itemCustomEntity;
      var itemSentence;
      var contextualVectors;
      var isLexeme = cache.lookup;
      var methods = /* @__PURE__ */ Object.create(null);
      itemToken = function(index) {
        var api = /* @__PURE__ */ Object.create(null);
        api.parentDocument = () => methods;
        api.parentEntity = () => getParentItem(index, entities, itemEntity);
        api.parentCustomEntity = () => getParentItem(index, customEntities, itemCustomEntity);
        api.markup = (beginMarker, endMarker) => markings.push([index, index, beginMarker, endMarker]);
        api.out = (f) => itmTokenOut(index, docData, f, addons);
        api.parentSentence = () => getParentItem(index, sentences, itemSentence);
        api.index = () => index;
        return api;
      };
      colSelectedTokens = function(selectedTokens) {
        var api = /* @__PURE__ */ Object.create(null);
        api.each = (f) => selEach(f, selectedTokens, itemToken);
        api.map = (f) => selMap(f, selectedTokens, itemToken);
        api.filter = (f) => selFilter(f, selectedTokens, itemToken, colSelectedTokens);
        api.itemAt = (k) => selGetItemAt(k, selectedTokens, itemToken);
        api.length = () => selectedTokens.length;
        api.out = (f, g) => selTokensOut(selectedTokens, docData, f, g, addons);
        return api;
      };
      colTokens = function(start, end) {
        return (function() {
          var api = /* @__PURE__ */ Object.create(null);
          api.each = (f) => colEach(f, start, end, itemToken);
          api.map = (f) => colMap(f, start, end, itemToken);
          api.filter = (f) => colFilter(f, start, end, itemToken, colSelectedTokens);
          api.itemAt = (k) => colGetItemAt(k, start, end, itemToken);
          api.length = () => end - start + 1;
          api.out = (f, g) => colTokensOut(start, end, docData, f, g, addons);
          return api;
        });
      };
      itemEntity = function(index) {
        var api = /* @__PURE__ */ Object.create(null);
        api.parentDocument = () => methods;
        api.markup = (beginMarker, endMarker) => markings.push([entities[index][0], entities[index][1], beginMarker, endMarker]);
        api.out = (f) => itmEntityOut(index, entities, docData, f);
        api.parentSentence = () => getParentItem(entities[index][0], sentences, itemSentence);
        api.tokens = colTokens(entities[index][0], entities[index][1]);
        api.index = () => index;
        return api;
      };
      colSelectedEntities = function(selectedEntities) {
        var api = /* @__PURE__ */ Object.create(null);
        api.each = (f) => selEach(f, selectedEntities, itemEntity);
        api.map = (f) => selMap(f, selectedEntities, itemEntity);
        api.filter = (f) => selFilter(f, selectedEntities, itemEntity, colSelectedEntities);
        api.itemAt = (k) => selGetItemAt(k, selectedEntities, itemEntity);
        api.length = () => selectedEntities.length;
        api.out = (f, g) => selEntitiesOut(selectedEntities, entities, docData, f, g);
        return api;
      };
      colEntities = function() {
        var api = /* @__PURE__ */ Object.create(null);
        api.each = (f) => colEach(f, 0, entities.length - 1, itemEntity);
        api.map = (f) => colMap(f, 0, entities.length - 1, itemEntity);
        api.filter = (f) => colFilter(f, 0, entities.length - 1, itemEntity, colSelectedEntities);
        api.itemAt = (k) => colGetItemAt(k, 0, entities.length - 1, itemEntity);
        api.length = () => entities.length;
        api.out = (f, g) => colEntitiesOut(entities, docData, f, g);
        return api;
      };
      itemCustomEntity = function(index) {
        var api = /* @__PURE__ */ Object.create(null);
        api.parentDocument = () => methods;
        api.markup = (beginMarker, endMarker) => markings.push([customEntities[index][0], customEntities[index][1], beginMarker, endMarker]);
        api.out = (f) => itmEntityOut(index, customEntities, docData, f);
        api.parentSentence = () => getParentItem(customEntities[index][0], sentences, itemSentence);
        api.tokens = colTokens(customEntities[index][0], customEntities[index][1]);
        api.index = () => index;
        return api;
      };
      colSelectedCustomEntities = function(selectedCustomEntities) {
        var api = /* @__PURE__ */ Object.create(null);
        api.each = (f) => selEach(f, selectedCustomEntities, itemCustomEntity);
        api.map = (f) => selMap(f, selectedCustomEntities, itemCustomEntity);
        api.filter = (f) => selFilter(f, selectedCustomEntities, itemCustomEntity, colSelectedCustomEntities);
        api.itemAt = (k) => selGetItemAt(k, selectedCustomEntities, itemCustomEntity);
        api.length = () => selectedCustomEntities.length;
        api.out = (f, g) => selEntitiesOut(selectedCustomEntities, customEntities, docData, f, g);
        return api;
      };
      colCustomEntities = function() {
        var api = /* @__PURE__ */ Object.create(null);
        api.each = (f) => colEach(f, 0, customEntities.length - 1, itemCustomEntity);
        api.map = (f) => colMap(f, 0, customEntities.length - 1, itemCustomEntity);
        api.filter = (f) => colFilter(f, 0, customEntities.length - 1, itemCustomEntity, colSelectedCustomEntities);
        api.itemAt = (k) => colGetItemAt(k, 0, customEntities.length - 1, itemCustomEntity);
        api.length = () => customEntities.length;
        api.out = (f, g) => colEntitiesOut(customEntities, docData, f, g);
        return api;
      };
      itemSentence = function(index) {
        var api = /* @__PURE__ */ Object.create(null);
        api.parentDocument = () => methods;
        api.markup = (beginMarker, endMarker) => markings.push([sentences[index][0], sentences[index][1], beginMarker, endMarker]);
        api.out = (f) => itmSentenceOut(index, docData, f, addons);
        api.entities = () => colSelectedEntities(containedEntities(entities, sentences[index][0], sentences[index][1]));
        api.customEntities = () => colSelectedCustomEntities(containedEntities(customEntities, sentences[index][0], sentences[index][1]));
        api.tokens = colTokens(sentences[index][0], sentences[index][1]);
        api.index = () => index;
        return api;
      };
      colSentences = function() {
        var api = /* @__PURE__ */ Object.create(null);
        api.each = (f) => colEach(f, 0, sentences.length - 1, itemSentence);
        api.map = (f) => colMap(f, 0, sentences.length - 1, itemSentence);
        api.itemAt = (k) => colGetItemAt(k, 0, sentences.length - 1, itemSentence);
        api.length = () => sentences.length;
        api.out = (f) => colSentencesOut(docData, f, addons);
        return api;
      };
      contextualVectors = function({ lemma = true, specificWordVectors = [], similarWordVectors = false, wordVectorsLimit = 0 } = {}) {
        if (docData.wordVectors === null)
          throw Error("wink-nlp: word vectors are not loaded: load them winkNLP's instantiation time.");
        if (!Array.isArray(specificWordVectors))
          throw Error(`wink-nlp: expecting a valid Javascript array for similarWordVectos, instead found "${typeof specificWordVectors}".`);
        if (!Number.isInteger(wordVectorsLimit) || wordVectorsLimit >= docData.wordVectors.size)
          throw Error("wink-nlp: invalid value or type encountered for wordVectorsLimit.");
        if (lemma && !docData.currPipe.pos)
          throw Error(`wink-nlp: Can't create lemma vectors without pos: add a "pos" to NLP pipe.`);
        const cv = /* @__PURE__ */ Object.create(null);
        cv.precision = docData.wordVectors.precision;
        cv.l2NormIndex = docData.wordVectors.l2NormIndex;
        cv.wordIndex = docData.wordVectors.wordIndex;
        cv.dimensions = docData.wordVectors.dimensions;
        cv.unkVector = docData.wordVectors.unkVector.slice(0);
        cv.size = 0;
        cv.words = [];
        cv.vectors = /* @__PURE__ */ Object.create(null);
        const awvs = docData.wordVectors.vectors;
        const docTokens = colTokens(0, docData.numOfTokens - 1)().out().map((t) => t.toLowerCase());
        let docTokensLemma = [];
        if (lemma) docTokensLemma = colTokens(0, docData.numOfTokens - 1)().out(its.lemma).map((t) => t.toLowerCase());
        for (let i = 0; i < docTokens.length; i += 1) cv.vectors[docTokens[i]] = (awvs[docTokens[i]] || cv.unkVector).slice(0);
        for (let i = 0; i < docTokensLemma.length; i += 1) cv.vectors[docTokensLemma[i]] = (awvs[docTokensLemma[i]] || cv.unkVector).slice(0);
        for (let i = 0; i < specificWordVectors.length; i += 1) {
          const spWord = specificWordVectors[i] ? specificWordVectors[i].toString().trim() : false;
          if (spWord)
            cv.vectors[specificWordVectors[i]] = (awvs[specificWordVectors[i]] || cv.unkVector).slice(0);
        }
        if (similarWordVectors) {
          const allUniqueTokens = Object.keys(cv.vectors);
          const similarWords = new Array(allUniqueTokens.length);
          const similarWordsScore = new Array(allUniqueTokens.length);
          similarWordsScore.fill(1e6);
          cv.size = allUniqueTokens.length;
          for (let i = 0; i < allUniqueTokens.length; i += 1) {
            const cwv = cv.vectors[allUniqueTokens[i]];
            for (const word in awvs) {
              if (word === allUniqueTokens[i]) continue;
              const wv = awvs[word];
              let distance = 0;
              for (let k = 0; k < cv.dimensions && distance < similarWordsScore[i]; k += 1) {
                distance += Math.abs(cwv[k] - wv[k]);
              }
              if (distance < similarWordsScore[i]) {
                similarWordsScore[i] = distance;
                similarWords[i] = word;
              }
            }
          }
          for (let i = 0; i < similarWords.length; i += 1) {
            if (cv.vectors[similarWords[i]] === void 0) {
              cv.vectors[similarWords[i]] = awvs[similarWords[i]].slice(0);
              cv.size += 1;
            }
          }
        } else cv.size = Object.keys(cv.vectors).length;
        for (let i = 0; cv.size < wordVectorsLimit; i += 1) {
          const word = docData.wordVectors.words[i];
          if (!cv.vectors[word]) {
            cv.vectors[word] = awvs[word].slice(0);
            cv.size += 1;
          }
        }
        cv.words = Object.keys(cv.vectors).map((w) => ({ w, i: cv.vectors[w][cv.wordIndex] < 0 ? Infinity : cv.vectors[w][cv.wordIndex] })).sort((a, b) => a.i - b.i).map((o) => o.w);
        for (let i = 0; i < cv.size; i += 1) cv.vectors[cv.words[i]][cv.wordIndex] = i;
        return JSON.stringify(cv);
      };
      methods.entities = colEntities;
      methods.customEntities = colCustomEntities;
      methods.isLexeme = isLexeme;
      methods.isOOV = cache.isOOV;
      methods.out = (f) => itmDocumentOut(docData, f, addons);
      methods.sentences = colSentences;
      methods.tokens = colTokens(0, docData.numOfTokens - 1);
      methods.printTokens = () => printTokens(tokens, cache);
      methods.pipeConfig = () => JSON.parse(JSON.stringify(docData.currPipe));
      methods.contextualVectors = contextualVectors;
      return methods;
    };
    module2.exports = doc;
  }
});

// node_modules/wink-nlp/src/cache.js
var require_cache = __commonJS({
  "node_modules/wink-nlp/src/cache.js"(exports2, module2) {
    var constants = require_constants();
    var xnMask = constants.xnMask;
    var bits4PrecedingSpace = constants.bits4PrecedingSpace;
    var xcMask = constants.xcMask;
    var bits4xpPointer = constants.bits4xpPointer;
    var cache = function(model, featureFn) {
      const fTokenType = "tokenType";
      var methods = /* @__PURE__ */ Object.create(null);
      var lexemesHash = model.features.lexeme.hash;
      var lxm = model.features.lexeme;
      var lexemeIntrinsicSize = model.features.lexeme.intrinsicSize;
      var layout = model.packing.layout;
      var pkSize = model.packing.size;
      var efSize = model.packing.efSize;
      var efList = model.packing.efList;
      var efListSize = efList.length;
      var lexicon = model.lexicon;
      var xpansions = model.xpansions;
      var posClusters = model.features.posClusters.list;
      var extrinsicLexicon = [];
      var elBasePackingSize = 2;
      var elPackingSize = 2 + efSize;
      var efArray = new Uint32Array(efSize);
      var feature = featureFn(model.packing.config);
      var efHash = /* @__PURE__ */ Object.create(null);
      efHash.tokenType = true;
      efList.forEach((ef) => efHash[ef] = true);
      var getFeaturesIndex = function(name, value2) {
        var f = model.features[name];
        var h = f.hash;
        var l = f.list;
        var isNewValue = 0;
        var index = h[value2];
        if (index === void 0) {
          index = h[value2] = f.index;
          f.index = l.push(value2);
          isNewValue = 1;
        }
        return [isNewValue, index];
      };
      var add = function(text, category) {
        var normText = text.toLowerCase();
        var textIndex = getFeaturesIndex("lexeme", text);
        var normIndex = normText === text ? textIndex : getFeaturesIndex("lexeme", normText);
        var cfg, f, fv, fv4p, k;
        if (textIndex[0]) {
          efArray.fill(0);
          for (k = 0; k < efListSize; k += 1) {
            f = efList[k];
            cfg = layout[f];
            fv = feature[f](text, category, methods);
            fv4p = cfg[3] ? fv : getFeaturesIndex(f, fv)[1];
            efArray[cfg[0]] |= fv4p << cfg[2];
          }
          f = fTokenType;
          cfg = layout[f];
          efArray[cfg[0]] |= category << cfg[2];
          extrinsicLexicon.push(normIndex[1], normIndex[1], ...efArray);
        }
        if (textIndex[1] !== normIndex[1]) {
          if (normIndex[0]) {
            efArray.fill(0);
            for (k = 0; k < efListSize; k += 1) {
              f = efList[k];
              cfg = layout[f];
              fv = feature[f](normText, category, methods);
              fv4p = cfg[3] ? fv : getFeaturesIndex(f, fv)[1];
              efArray[cfg[0]] |= fv4p << cfg[2];
            }
            f = fTokenType;
            cfg = layout[f];
            efArray[cfg[0]] |= category << cfg[2];
            extrinsicLexicon.push(normIndex[1], normIndex[1], ...efArray);
          }
        }
        return textIndex[1];
      };
      var lookup = function(text) {
        var layout4isContraction = layout.isContraction;
        var layout4lemma = layout.lemma;
        var index = lexemesHash[text];
        var lemma;
        var cc, cx, cxi;
        if (index === void 0) return null;
        var tokens = [];
        var isContraction;
        if (index < lexemeIntrinsicSize) {
          isContraction = (lexicon[layout4isContraction[0] + index * pkSize] & layout4isContraction[1]) >>> layout4isContraction[2];
          if (isContraction) {
            lemma = (lexicon[layout4lemma[0] + index * pkSize] & layout4lemma[1]) >>> layout4lemma[2];
            cx = lemma & 16383;
            cc = (lemma & xcMask << bits4xpPointer) >> bits4xpPointer;
            for (cxi = 0; cxi < cc; cxi += 4) {
              tokens.push(
                xpansions[cx + cxi],
                // lexeme
                cx + cxi + 1,
                // normal (pointer to xpansion & not to lexicon)
                xpansions[cx + cxi + 2],
                // lemma
                xpansions[cx + cxi + 3]
                // pos
              );
            }
          } else {
            tokens.push(index);
          }
        } else {
          tokens.push(index);
        }
        return tokens;
      };
      var value = function(index) {
        return lxm.list[index];
      };
      var normal = function(index) {
        var layout4normal = layout.normal;
        var layout4mapped = layout.isSpellingMapped;
        var layout4lemma = layout.lemma;
        var isSpellingMapped;
        var oovIdx;
        var normIndex;
        if (index < lexemeIntrinsicSize) {
          normIndex = (lexicon[layout4normal[0] + index * pkSize] & layout4normal[1]) >>> layout4normal[2];
          isSpellingMapped = (lexicon[layout4mapped[0] + index * pkSize] & layout4mapped[1]) >>> layout4mapped[2];
          if (isSpellingMapped) {
            normIndex = (lexicon[layout4lemma[0] + index * pkSize] & layout4lemma[1]) >>> layout4lemma[2];
          } else {
            normIndex += index;
          }
        } else {
          oovIdx = index - lexemeIntrinsicSize;
          normIndex = extrinsicLexicon[oovIdx * elPackingSize];
          if (normIndex < lexemeIntrinsicSize) {
            isSpellingMapped = (lexicon[layout4mapped[0] + normIndex * pkSize] & layout4mapped[1]) >>> layout4mapped[2];
            if (isSpellingMapped) {
              normIndex = (lexicon[layout4lemma[0] + normIndex * pkSize] & layout4lemma[1]) >>> layout4lemma[2];
            }
          }
        }
        return normIndex;
      };
      var mappedSpelling = function(index) {
        var layout4mapped = layout.isSpellingMapped;
        var layout4lemma = layout.lemma;
        var isSpellingMapped;
        var mappedIndex = index;
        if (index < lexemeIntrinsicSize) {
          isSpellingMapped = (lexicon[layout4mapped[0] + index * pkSize] & layout4mapped[1]) >>> layout4mapped[2];
          if (isSpellingMapped) {
            mappedIndex = (lexicon[layout4lemma[0] + index * pkSize] & layout4lemma[1]) >>> layout4lemma[2];
          }
        }
        return mappedIndex;
      };
      var nox = function(binaryWord) {
        return xpansions[(binaryWord & xnMask) >>> bits4PrecedingSpace];
      };
      var property = function(index, prop) {
        var propValue;
        var oovIdx;
        var layout4Prop;
        if (index < lexemeIntrinsicSize) {
          layout4Prop = layout[prop];
          if (layout4Prop === void 0) return null;
          propValue = (lexicon[layout4Prop[0] + index * pkSize] & layout4Prop[1]) >>> layout4Prop[2];
          if (layout4Prop[3] === 0 || layout4Prop[5] === 1) propValue = model.features[prop].list[propValue];
        } else {
          if (!efHash[prop]) return 0;
          oovIdx = index - lexemeIntrinsicSize;
          layout4Prop = layout[prop];
          propValue = (extrinsicLexicon[oovIdx * elPackingSize + elBasePackingSize + layout4Prop[0]] & layout4Prop[1]) >>> layout4Prop[2];
          if (layout4Prop[3] === 0 || layout4Prop[5] === 1) propValue = model.features[prop].list[propValue];
        }
        return propValue;
      };
      var isMemberPOS = function(lexemeIdx, posIdx) {
        return posClusters[property(lexemeIdx, "lexemeCID")].has(+posIdx);
      };
      var posOf = function(index) {
        var posValue;
        var oovIdx;
        var layout4Prop;
        if (index < lexemeIntrinsicSize) {
          layout4Prop = layout.pos;
          posValue = (lexicon[layout4Prop[0] + index * pkSize] & layout4Prop[1]) >>> layout4Prop[2];
        } else {
          oovIdx = index - lexemeIntrinsicSize;
          layout4Prop = layout.pos;
          posValue = (extrinsicLexicon[oovIdx * elPackingSize + elBasePackingSize + layout4Prop[0]] & layout4Prop[1]) >>> layout4Prop[2];
        }
        return posValue;
      };
      var valueOf = function(prop, index) {
        return model.features[prop].list[index];
      };
      var currentSize = function() {
        return lxm.list.length - 1;
      };
      var intrinsicSize = function() {
        return lexemeIntrinsicSize;
      };
      var hasSamePOS = function(text, pos) {
        var textIndex = lookup(text);
        if (!textIndex) return false;
        if (textIndex.length > 1) return false;
        if (textIndex[0] >= lexemeIntrinsicSize) return false;
        if (property(textIndex, "isBaseForm") === 0) return false;
        return isMemberPOS(textIndex[0], model.pos.hash[pos]);
      };
      var isOOV = function(text) {
        var textIndex = lookup(text);
        if (!textIndex) return true;
        if (textIndex.length > 1) return false;
        if (textIndex[0] >= lexemeIntrinsicSize) return true;
        return false;
      };
      methods.add = add;
      methods.lookup = lookup;
      methods.value = value;
      methods.property = property;
      methods.normal = normal;
      methods.nox = nox;
      methods.posOf = posOf;
      methods.valueOf = valueOf;
      methods.currentSize = currentSize;
      methods.intrinsicSize = intrinsicSize;
      methods.isOOV = isOOV;
      methods.isMemberPOS = isMemberPOS;
      methods.hasSamePOS = hasSamePOS;
      methods.mappedSpelling = mappedSpelling;
      return methods;
    };
    module2.exports = cache;
  }
});

// node_modules/wink-nlp/src/recursive-tokenizer.js
var require_recursive_tokenizer = __commonJS({
  "node_modules/wink-nlp/src/recursive-tokenizer.js"(exports2, module2) {
    var RGX = 0;
    var CAT = 1;
    var rgxShortFormDot = /^(?:(?:[A-Z])(?:\.))+$/i;
    var rgxShortForm = /^(?:(?:[A-Z])(?:\.))+[a-z]?$/i;
    var rgxHyphens = /[\-\–\—]/gi;
    var rgxPeriod = /[\.]/gi;
    var rgxNumber = /[0-9]/;
    var tokenizer = function(categories, preserve) {
      var addToken;
      var addTokenIfInCache;
      var isLexeme;
      var ps = 0;
      var nonBreakingSpaces = null;
      var pushHyphenatedToken = function(tkn, tokens) {
        var words;
        var hyphens;
        var i, k, last;
        if (isLexeme(tkn) || rgxNumber.test(tkn)) {
          tokens.push([tkn, categories.word]);
          return;
        }
        hyphens = tkn.match(rgxHyphens);
        if (hyphens === null) {
          tokens.push([tkn, categories.word]);
          return;
        }
        words = tkn.split(rgxHyphens);
        last = words.length - 1;
        if (preserve.prefix[words[0]] || preserve.suffix[words[last]]) {
          tokens.push([tkn, categories.word]);
          return;
        }
        k = 0;
        for (i = 0; i < words.length; i += 1) {
          if (words[i] !== "") {
            tokens.push([words[i], categories.word]);
          }
          if (k < hyphens.length) {
            tokens.push([hyphens[k], categories.punctuation]);
          }
          k += 1;
        }
      };
      var pushWordToken = function(tkn, tokens) {
        var words;
        var periods;
        var i, k;
        var currBuild = "";
        var nextBuild = "";
        if (isLexeme(tkn) || rgxShortFormDot.test(tkn)) {
          tokens.push([tkn, categories.word]);
          return;
        }
        periods = tkn.match(rgxPeriod);
        if (periods === null) {
          pushHyphenatedToken(tkn, tokens);
          return;
        }
        words = tkn.split(rgxPeriod);
        k = 0;
        for (i = 0; i < words.length; i += 1) {
          nextBuild = currBuild + words[i];
          if (rgxShortForm.test(nextBuild) || isLexeme(nextBuild) && nextBuild.length > 2 || currBuild === "") {
            currBuild = nextBuild;
          } else {
            pushHyphenatedToken(currBuild, tokens);
            currBuild = words[i];
            nextBuild = "";
          }
          if (k < periods.length) {
            nextBuild = currBuild + periods[k];
            if (rgxShortForm.test(nextBuild) || isLexeme(nextBuild) && nextBuild.length > 2) {
              currBuild = nextBuild;
            } else {
              pushHyphenatedToken(currBuild, tokens);
              tokens.push([periods[k], categories.punctuation]);
              currBuild = "";
              nextBuild = "";
            }
          }
          k += 1;
        }
        if (currBuild !== "") pushHyphenatedToken(currBuild, tokens);
      };
      var tokenizeTextUnit = function(text, rgxSplit) {
        var matches = text.match(rgxSplit[RGX]);
        var balance = text.split(rgxSplit[RGX]);
        var tokens = [];
        var tag = rgxSplit[CAT];
        var i, imax, k, t;
        matches = matches ? matches : [];
        k = 0;
        for (i = 0, imax = balance.length; i < imax; i += 1) {
          t = balance[i];
          t = t.trim();
          if (t) tokens.push(t);
          if (k < matches.length) {
            if (tag === categories.word) {
              pushWordToken(matches[k], tokens);
            } else {
              tokens.push([matches[k], tag]);
            }
          }
          k += 1;
        }
        return tokens;
      };
      var tokenizeTextRecursively = function(text, regexes) {
        var sentence = text.trim();
        var tokens = [];
        var i, imax;
        var cat;
        if (!regexes.length) {
          addToken(text, categories.unk, ps, nonBreakingSpaces);
          ps = 0;
          return;
        }
        var rgx = regexes[0];
        tokens = tokenizeTextUnit(sentence, rgx);
        for (i = 0, imax = tokens.length; i < imax; i += 1) {
          if (typeof tokens[i] === "string") {
            tokenizeTextRecursively(tokens[i], regexes.slice(1));
          } else {
            cat = addTokenIfInCache(tokens[i][0], ps, nonBreakingSpaces);
            if (cat === categories.unk) addToken(tokens[i][0], tokens[i][1], ps, nonBreakingSpaces);
            ps = 0;
          }
        }
      };
      var tokenize = function(rgxs, text, precedingSpaces, doc, nbsp) {
        addToken = doc._addToken;
        addTokenIfInCache = doc._addTokenIfInCache;
        isLexeme = doc.isLexeme;
        ps = precedingSpaces;
        nonBreakingSpaces = nbsp;
        tokenizeTextRecursively(text, rgxs, precedingSpaces);
      };
      return tokenize;
    };
    module2.exports = tokenizer;
  }
});

// node_modules/wink-nlp/src/tokenizer.js
var require_tokenizer = __commonJS({
  "node_modules/wink-nlp/src/tokenizer.js"(exports2, module2) {
    var recTokenizer = require_recursive_tokenizer();
    var tokenizer = function(trex, categories, preserve) {
      var maxPrecedingSpaces = 65535;
      var processFunctions = [];
      var rgxCatDetectors = trex.ltc;
      var tokenizeRecursively = recTokenizer(categories, preserve);
      var rgxAnyWithRP = trex.helpers.anyWithRP;
      var rgxAnyWithLP = trex.helpers.anyWithLP;
      var rgxLPanyRP = trex.helpers.LPanyRP;
      var rgxSplitter = trex.helpers.splitter;
      var detectTokenCategory = function(token) {
        var cat;
        for (cat = 0; cat < rgxCatDetectors.length; cat += 1) {
          if (rgxCatDetectors[cat][0].test(token)) return rgxCatDetectors[cat][1];
        }
        return categories.unk;
      };
      var processUnk = function(text, cat, precedingSpaces, doc, nbsp) {
        var match;
        var splitCat;
        match = text.match(rgxAnyWithRP);
        if (match) {
          splitCat = doc._addTokenIfInCache(match[1], precedingSpaces, nbsp);
          if (splitCat === categories.unk) {
            splitCat = detectTokenCategory(match[1]);
            if (splitCat === categories.unk) {
              tokenizeRecursively(trex.rtc, text, precedingSpaces, doc, nbsp);
            } else {
              processFunctions[splitCat](match[1], splitCat, precedingSpaces, doc, nbsp);
              doc._addToken(match[2], categories.punctuation, 0, nbsp);
            }
          } else {
            doc._addToken(match[2], categories.punctuation, 0, nbsp);
          }
          return;
        }
        match = text.match(rgxAnyWithLP);
        if (match) {
          if (doc.isLexeme(match[2])) {
            doc._addToken(match[1], categories.punctuation, precedingSpaces, nbsp);
            doc._addTokenIfInCache(match[2], 0, nbsp);
          } else {
            splitCat = detectTokenCategory(match[2]);
            if (splitCat === categories.unk) {
              tokenizeRecursively(trex.rtc, text, precedingSpaces, doc, nbsp);
            } else {
              doc._addToken(match[1], categories.punctuation, precedingSpaces, nbsp);
              processFunctions[splitCat](match[2], splitCat, 0, doc, nbsp);
            }
          }
          return;
        }
        match = text.match(rgxLPanyRP);
        if (match) {
          if (doc.isLexeme(match[2])) {
            doc._addToken(match[1], categories.punctuation, precedingSpaces, nbsp);
            doc._addTokenIfInCache(match[2], 0, nbsp);
            doc._addToken(match[3], categories.punctuation, 0, nbsp);
          } else {
            splitCat = detectTokenCategory(match[2]);
            if (splitCat === categories.unk) {
              tokenizeRecursively(trex.rtc, text, precedingSpaces, doc, nbsp);
            } else {
              doc._addToken(match[1], categories.punctuation, precedingSpaces, nbsp);
              processFunctions[splitCat](match[2], splitCat, 0, doc, nbsp);
              doc._addToken(match[3], categories.punctuation, 0, nbsp);
            }
          }
          return;
        }
        tokenizeRecursively(trex.rtc, text, precedingSpaces, doc, nbsp);
      };
      var processWordRP = function(token, cat, precedingSpaces, doc, nbsp) {
        var tl = token.length;
        if (tl > 2) {
          doc._addToken(token.slice(0, -1), categories.word, precedingSpaces, nbsp);
          doc._addToken(token.slice(-1), categories.punctuation, 0, nbsp);
        } else if (tl === 2 && token[tl - 1] === ".") {
          doc._addToken(token, categories.word, precedingSpaces, nbsp);
        } else {
          doc._addToken(token.slice(0, -1), categories.word, precedingSpaces, nbsp);
          doc._addToken(token.slice(-1), categories.punctuation, 0, nbsp);
        }
      };
      var processDefault = function(token, cat, precedingSpaces, doc, nbsp) {
        doc._addToken(token, cat, precedingSpaces, nbsp);
      };
      var tokenize = function(doc, text) {
        var rawTokens = [];
        var precedingSpaces = 0;
        var nbSpaces = null;
        var p;
        var cat;
        var t;
        rawTokens = text.split(rgxSplitter);
        for (p = 0; p < rawTokens.length; p += 1) {
          t = rawTokens[p];
          if (!t) continue;
          const hasNBSP = /[\u00a0\u2002-\u2005\u2009\u200a\u202f\u205f]/.test(t);
          if (t[0] === " " || hasNBSP) {
            precedingSpaces = t.length;
            if (hasNBSP) {
              nbSpaces = t;
              precedingSpaces = maxPrecedingSpaces;
            } else if (precedingSpaces > maxPrecedingSpaces - 1) precedingSpaces = maxPrecedingSpaces - 1;
          } else {
            cat = doc._addTokenIfInCache(t, precedingSpaces, nbSpaces);
            if (cat === categories.unk) {
              cat = detectTokenCategory(t);
              processFunctions[cat](t, cat, precedingSpaces, doc, nbSpaces);
            }
            precedingSpaces = 0;
            nbSpaces = null;
          }
        }
      };
      processFunctions[categories.unk] = processUnk;
      processFunctions[categories.wordRP] = processWordRP;
      processFunctions[categories.emoji] = processDefault;
      processFunctions[categories.word] = processDefault;
      processFunctions[categories.shortForm] = processDefault;
      processFunctions[categories.number] = processDefault;
      processFunctions[categories.url] = processDefault;
      processFunctions[categories.email] = processDefault;
      processFunctions[categories.mention] = processDefault;
      processFunctions[categories.hashtag] = processDefault;
      processFunctions[categories.emoticon] = processDefault;
      processFunctions[categories.time] = processDefault;
      processFunctions[categories.ordinal] = processDefault;
      processFunctions[categories.currency] = processDefault;
      processFunctions[categories.punctuation] = processDefault;
      processFunctions[categories.symbol] = processDefault;
      processFunctions[categories.tabCRLF] = processDefault;
      processFunctions[categories.apos] = processDefault;
      processFunctions[categories.alpha] = processDefault;
      processFunctions[categories.decade] = processDefault;
      return tokenize;
    };
    module2.exports = tokenizer;
  }
});

// node_modules/wink-nlp/src/compile-trex.js
var require_compile_trex = __commonJS({
  "node_modules/wink-nlp/src/compile-trex.js"(exports2, module2) {
    var makeRegexes = function(config) {
      var rgx = [];
      var imax = config.length;
      var i;
      for (i = 0; i < imax; i += 1) {
        rgx.push([new RegExp(config[i][0], config[i][1]), config[i][2]]);
      }
      return rgx;
    };
    var compileTRex = function(trex) {
      var rtc;
      var ltc;
      var helpers = /* @__PURE__ */ Object.create(null);
      try {
        rtc = makeRegexes(trex.rtc);
        ltc = makeRegexes(trex.ltc);
        for (const h in trex.helpers) {
          helpers[h] = new RegExp(trex.helpers[h][0], trex.helpers[h][1]);
        }
      } catch (ex) {
        throw Error("wink-nlp: Invalid trex.\n\nDetails:\n" + ex.message);
      }
      return { rtc, ltc, helpers };
    };
    module2.exports = compileTRex;
  }
});

// node_modules/wink-nlp/src/tokens-mappers.js
var require_tokens_mappers = __commonJS({
  "node_modules/wink-nlp/src/tokens-mappers.js"(exports2, module2) {
    var constants = require_constants();
    var tkSize = constants.tkSize;
    var bits4lemma = constants.bits4lemma;
    var posMask = constants.posMask;
    var mappers = /* @__PURE__ */ Object.create(null);
    var mapRawTokens2UIdOfNormal = function(rdd) {
      var tokens = rdd.tokens;
      var cache = rdd.cache;
      var mappedTokens = new Array(rdd.numOfTokens);
      var i, k;
      for (i = 0; i < tokens.length; i += tkSize) {
        k = i + 1;
        mappedTokens[i / tkSize] = tokens[k] > 65535 ? (
          // Handle contraction's expansion.
          cache.nox(tokens[k])
        ) : (
          // Handle all other words.
          cache.normal(tokens[i])
        );
      }
      return mappedTokens;
    };
    var mapRawTokens2UIdOfValue = function(rdd) {
      var tokens = rdd.tokens;
      var cache = rdd.cache;
      var mappedTokens = new Array(rdd.numOfTokens);
      var i;
      for (i = 0; i < tokens.length; i += tkSize) {
        mappedTokens[i / tkSize] = cache.mappedSpelling(tokens[i]);
      }
      return mappedTokens;
    };
    var mapRawTokens2UIdOfDefaultPOS = function(rdd) {
      var tokens = rdd.tokens;
      var cache = rdd.cache;
      var posTags = new Array(rdd.numOfTokens);
      let pk = 0;
      for (let i = 0; i < tokens.length; i += tkSize, pk += 1) {
        posTags[pk] = tokens[i + 2] === 0 ? (
          // Make UNK to NOUN to handle the remote possibility of ML POS being undefined!
          // Also use mapped spelling — this ensure correct pos tagging & lemmatization etc.
          // as mapped spelling is the gold spelling.
          cache.posOf(cache.mappedSpelling(tokens[i])) || 8
        ) : (tokens[i + 2] & posMask) >>> bits4lemma;
      }
      return posTags;
    };
    mappers.mapRawTokens2UIdOfNormal = mapRawTokens2UIdOfNormal;
    mappers.mapRawTokens2UIdOfValue = mapRawTokens2UIdOfValue;
    mappers.mapRawTokens2UIdOfDefaultPOS = mapRawTokens2UIdOfDefaultPOS;
    module2.exports = mappers;
  }
});

// node_modules/wink-nlp/src/compose-patterns.js
var require_compose_patterns = __commonJS({
  "node_modules/wink-nlp/src/compose-patterns.js"(exports2, module2) {
    var regex = /\[.*?\]/g;
    var extractEnclosedText = function(text) {
      var elements = [], matches = text.match(regex);
      if (!matches || matches.length === 0) return null;
      for (var k = 0, kmax = matches.length; k < kmax; k += 1) {
        elements.push(matches[k].substr(1, matches[k].length - 2));
      }
      return elements;
    };
    var productReducer = function(prev, curr) {
      var c, cmax = curr.length;
      var p, pmax = prev.length;
      var result = [];
      for (p = 0; p < pmax; p += 1) {
        for (c = 0; c < cmax; c += 1) {
          result.push(prev[p].concat(curr[c]));
        }
      }
      return result;
    };
    var product = function(a) {
      return a.reduce(productReducer, [[]]);
    };
    var composePatterns = function(str) {
      if (!str || typeof str !== "string") return [];
      const LIMIT1 = 512;
      const LIMIT2 = 65536;
      var quotedTextElems = extractEnclosedText(str);
      var patterns = [];
      var finalPatterns = [];
      if (!quotedTextElems) return [[str]];
      quotedTextElems.forEach(function(e) {
        patterns.push(e.split("|"));
      });
      const size = patterns.reduce(((prev, curr) => prev * curr.length), 1);
      if (size > LIMIT1 && size < LIMIT2) {
        console.warn("winkNLP: complex pattern detected, consider simplifying it!");
      } else if (size > LIMIT2) console.error(
        "winkNLP: very complex pattern detected, please review and simplify.\n         === It may slow down further execution! ===\n\n"
      );
      product(patterns).forEach(function(e) {
        finalPatterns.push(e.join(" ").trim().split(/\s+/));
      });
      return finalPatterns;
    };
    module2.exports = composePatterns;
  }
});

// node_modules/wink-nlp/src/identify-marked-area.js
var require_identify_marked_area = __commonJS({
  "node_modules/wink-nlp/src/identify-marked-area.js"(exports2, module2) {
    var identifyMarkedArea = function(mark, length) {
      const lm1 = length - 1;
      let [firstIndex, lastIndex] = mark;
      if (firstIndex < 0) firstIndex += length;
      firstIndex = Math.max(firstIndex, 0);
      if (firstIndex > lm1) firstIndex = 0;
      if (lastIndex < 0) lastIndex += length;
      lastIndex = Math.min(lastIndex, lm1);
      if (lastIndex < firstIndex) lastIndex = lm1;
      lastIndex = length - lastIndex - 1;
      return [firstIndex, lastIndex];
    };
    module2.exports = identifyMarkedArea;
  }
});

// node_modules/wink-nlp/src/automaton.js
var require_automaton = __commonJS({
  "node_modules/wink-nlp/src/automaton.js"(exports2, module2) {
    var composePatterns = require_compose_patterns();
    var identifyMarkedArea = require_identify_marked_area();
    var eosTokenN = 207e4;
    var eosTokenX = "$%^EoS^%$";
    var otherwiseN = 2070003;
    var otherwiseX = " otherwise";
    var simpleFSM = function(cache, token2Ignore) {
      var methods = /* @__PURE__ */ Object.create(null);
      var fsm = /* @__PURE__ */ Object.create(null);
      const root = 0;
      var lastUsedState = 0;
      var terminalStates = /* @__PURE__ */ Object.create(null);
      var markedStates = /* @__PURE__ */ Object.create(null);
      var customPropertyAtStates = /* @__PURE__ */ Object.create(null);
      var substitutions;
      var onPatternDetectionFn;
      const toBeIgnoredToken = token2Ignore === void 0 ? "\n" : token2Ignore;
      const keyLF = cache === void 0 || cache === null ? toBeIgnoredToken : cache.lookup(toBeIgnoredToken)[0];
      const eosToken = cache === void 0 || cache === null ? eosTokenX : eosTokenN;
      const otherwise = cache === void 0 ? otherwiseX : otherwiseN;
      var getNextState = function(index, last, target) {
        if (index === last && target) return target;
        lastUsedState += 1;
        return lastUsedState;
      };
      var learnSinglePattern = function(name, pattern, mark, customProperty) {
        const length = pattern.length;
        const last = length - 1;
        const target = void 0;
        let state = root;
        let goBackTo = root;
        let ev, nextState;
        for (let k = 0; k < length; k += 1) {
          ev = pattern[k];
          if (fsm[state] === void 0) {
            fsm[state] = /* @__PURE__ */ Object.create(null);
            fsm[state][otherwise] = goBackTo;
          }
          if (fsm[state][ev] === void 0) {
            nextState = getNextState(k, last, target);
            fsm[state][ev] = nextState;
            state = nextState;
          } else if (terminalStates[fsm[state][ev]]) {
            if (fsm[state][otherwise] === root) fsm[state][otherwise] = goBackTo;
            goBackTo = fsm[state][ev];
            nextState = getNextState(k, last, target);
            fsm[state][ev] = nextState;
            state = nextState;
          } else if (k === last) {
            nextState = getNextState(k, last, target);
            fsm[fsm[state][ev]][otherwise] = nextState;
            state = nextState;
          } else {
            state = fsm[state][ev];
          }
        }
        terminalStates[state] = name;
        if (mark) {
          markedStates[state] = identifyMarkedArea(mark, length);
        }
        if (customProperty !== void 0) {
          customPropertyAtStates[state] = customProperty;
        }
      };
      var learn = function(patterns) {
        var obj = /* @__PURE__ */ Object.create(null);
        var cp = [];
        for (let i = 0; i < patterns.length; i += 1) {
          const pi = patterns[i];
          if (typeof pi.pattern === "string") {
            const all = composePatterns(pi.pattern);
            for (let j = 0; j < all.length; j += 1)
              cp.push({ name: pi.name, pattern: all[j], mark: pi.mark, customProperty: pi.customProperty });
          } else cp.push({ name: pi.name, pattern: pi.pattern, mark: pi.mark, customProperty: pi.customProperty });
        }
        cp.sort((a, b) => b.pattern.length - a.pattern.length);
        for (let i = 0; i < cp.length; i += 1) {
          learnSinglePattern(cp[i].name, cp[i].pattern, cp[i].mark, cp[i].customProperty);
        }
        for (const ts in terminalStates) obj[terminalStates[ts]] = true;
        return Object.keys(obj).length;
      };
      var setOnPatternDetectionFn = function(f) {
        if (typeof f === "function") {
          onPatternDetectionFn = f;
          return true;
        }
        return false;
      };
      var pushMatch2Patterns = function(patterns, match) {
        var m0 = match[2];
        if (terminalStates[m0] === "0") return;
        var mark = markedStates[m0];
        var customProperty = customPropertyAtStates[m0];
        if (mark) {
          match[0] += mark[0];
          match[1] -= mark[1];
        }
        if (onPatternDetectionFn)
          onPatternDetectionFn(match, customProperty);
        match[2] = terminalStates[m0];
        patterns.push(match);
      };
      var setPatternSwap = function(patterns) {
        if (!patterns || !Array.isArray(patterns)) {
          substitutions = void 0;
          return;
        }
        substitutions = /* @__PURE__ */ Object.create(null);
        patterns.sort((a, b) => a[0] > b[0]);
        patterns.forEach((e) => substitutions[e[0]] = [e[1], e[2]]);
      };
      var recognize = function(tokens, transformToken, param) {
        const length = tokens.length;
        var transformTokenFn = typeof transformToken === "function" ? transformToken : null;
        var patterns = [];
        var first = 0;
        var state = root;
        var ns = root;
        var p = null;
        var lastOtherwiseIndex;
        var lastOtherwiseState;
        var t;
        var delta = 1;
        for (let i = 0; i <= length; i += 1) {
          for (let j = i; j <= length; j += delta) {
            t = j === length ? eosToken : tokens[j];
            if (t === keyLF) continue;
            if (substitutions && substitutions[j]) {
              t = substitutions[j][1];
              delta = substitutions[j][0] - j + 1;
            } else delta = 1;
            if (transformTokenFn && j < length) t = transformTokenFn(t, cache, param, j);
            ns = fsm[state][t] || root;
            if (!state && ns) first = j;
            if (terminalStates[ns]) {
              p = [first, j + delta - 1, ns];
              pushMatch2Patterns(patterns, p);
              i = j;
              j = length + 100;
              ns = root;
              lastOtherwiseState = root;
            } else if (ns === root) {
              if (lastOtherwiseState) {
                p = [first, lastOtherwiseIndex, lastOtherwiseState];
                pushMatch2Patterns(patterns, p);
                i = lastOtherwiseIndex;
                j = length + 100;
                ns = root;
                lastOtherwiseState = root;
              } else {
                j = length + 100;
              }
            }
            state = ns;
            if (fsm[state][otherwise]) {
              lastOtherwiseIndex = j + delta - 1;
              lastOtherwiseState = fsm[state][otherwise];
            }
          }
        }
        return patterns;
      };
      var exportJSON = function() {
        return JSON.stringify(
          [100, lastUsedState, fsm, terminalStates, markedStates, customPropertyAtStates]
        );
      };
      var emptyModelJSON = function() {
        const m0 = /* @__PURE__ */ Object.create(null);
        m0[0] = /* @__PURE__ */ Object.create(null);
        return JSON.stringify(
          [
            100,
            0,
            // `lastUsedState`.
            m0,
            // `fsm`,
            /* @__PURE__ */ Object.create(null),
            // `terminalStates`,
            /* @__PURE__ */ Object.create(null),
            // `markedStates`,
            /* @__PURE__ */ Object.create(null)
            // `customPropertyAtStates`
          ]
        );
      };
      var importJSON = function(json) {
        var model = JSON.parse(json);
        lastUsedState = model[1];
        fsm = model[2];
        terminalStates = model[3];
        markedStates = model[4];
        customPropertyAtStates = model[5];
      };
      var printModel = function() {
        console.log("State Machine:");
        console.log(JSON.stringify(fsm, null, 2));
        console.log();
        console.log("Terminal States:");
        console.log(JSON.stringify(terminalStates, null, 2));
        console.log();
        console.log("Marked States:");
        console.log(JSON.stringify(markedStates, null, 2));
        console.log();
        console.log("customProperty States:");
        console.log(JSON.stringify(customPropertyAtStates, null, 2));
      };
      methods.learn = learn;
      methods.recognize = recognize;
      methods.setPatternSwap = setPatternSwap;
      methods.setOnPatternDetectionFn = setOnPatternDetectionFn;
      methods.exportJSON = exportJSON;
      methods.importJSON = importJSON;
      methods.emptyModelJSON = emptyModelJSON;
      methods.printModel = printModel;
      getNextState(0, 0, 99);
      return methods;
    };
    module2.exports = simpleFSM;
  }
});

// node_modules/wink-nlp/src/examples-compiler.js
var require_examples_compiler = __commonJS({
  "node_modules/wink-nlp/src/examples-compiler.js"(exports2, module2) {
    var DocDataWrapper = require_dd_wrapper();
    var Automata = require_automaton();
    var mappers = require_tokens_mappers();
    var mapRawTokens2UIdOfValue = mappers.mapRawTokens2UIdOfValue;
    var mapRawTokens2UIdOfNormal = mappers.mapRawTokens2UIdOfNormal;
    var cerAutomata = Automata();
    var rgxOr = /^\[((?:[^| ]+\|)+?|(?:\|[^| ]+)+?|(?:[^| ]+\|[^| ]+)+?|(?:[^| ]+))\]$/;
    var rgxPipe = /\|/g;
    var mergeSplitsAndMatches = function(splts, mtchs) {
      const [s0, ...splits] = splts;
      return s0 === void 0 ? mtchs : [s0, ...mergeSplitsAndMatches(mtchs, splits)];
    };
    var compiler = function(cerModel, cache, tokenize, matchValue) {
      var methods = /* @__PURE__ */ Object.create(null);
      var preserve;
      cerAutomata.importJSON(cerModel);
      cerAutomata.setOnPatternDetectionFn((match, customProperty) => match.push(customProperty));
      var hasOrPattern = function(tokens) {
        return tokens.findIndex((e) => rgxOr.test(e)) !== -1;
      };
      var encloseInSquareBracket = function(e) {
        return "[" + e + "]";
      };
      var tokenizeText = function(text) {
        var rdd = /* @__PURE__ */ Object.create(null);
        rdd.cache = cache;
        rdd.tokens = [];
        var wrappedDocData = DocDataWrapper(rdd);
        tokenize(wrappedDocData, text);
        const tokens = [];
        const values = mapRawTokens2UIdOfValue(rdd).map((t) => cache.value(t));
        const normals = mapRawTokens2UIdOfNormal(rdd).map((t) => cache.value(t));
        for (let i = 0; i < values.length; i += 1) tokens.push({ value: values[i], normal: normals[i] });
        return tokens;
      };
      var compileSimplePattern = function(text) {
        const cp = [];
        const tokens = tokenizeText(text);
        const spans = cerAutomata.recognize(tokens.map((t) => t.value));
        const replacements = /* @__PURE__ */ Object.create(null);
        spans.forEach((e) => replacements[e[0]] = [e[1], e[2], e[3]]);
        for (let i = 0; i < tokens.length; i += 1) {
          if (replacements[i]) {
            if (replacements[i][1] !== "") {
              if (replacements[i][2].preserve) {
                const tri0 = matchValue ? tokens[replacements[i][0]].value : tokens[replacements[i][0]].normal;
                const ri1 = matchValue ? replacements[i][1] : replacements[i][1].toLowerCase();
                preserve[tri0] = ri1;
                cp.push(ri1);
              } else {
                cp.push(replacements[i][1]);
              }
            }
            i = replacements[i][0];
          } else {
            const ti = matchValue ? tokens[i].value : tokens[i].normal;
            cp.push(ti);
            preserve[ti] = ti;
          }
        }
        return cp;
      };
      var compileOrPattern = function(tokens) {
        const pattern = [];
        for (let i = 0; i < tokens.length; i += 1) {
          if (rgxOr.test(tokens[i])) {
            const ti = tokens[i].substring(1, tokens[i].length - 1);
            const matches = ti.match(rgxPipe) || [];
            const splits = ti.split(rgxPipe);
            for (let j = 0; j < splits.length; j += 1) {
              const st = splits[j] === "" ? [""] : compileSimplePattern(splits[j]);
              if (st.length > 1) {
                throw Error(`wink-nlp: incorrect token "${st.join("")}" encountered in examples of learnCustomEntities() API.`);
              }
              splits[j] = st[0];
            }
            pattern.push(encloseInSquareBracket(mergeSplitsAndMatches(splits, matches).join("")));
          } else {
            compileSimplePattern(tokens[i]).forEach((t) => pattern.push(encloseInSquareBracket(t)));
          }
        }
        return pattern.join(" ");
      };
      var compileSinglePattern = function(text) {
        const atoms = text.trim().split(/\s+/);
        if (hasOrPattern(atoms)) {
          return compileOrPattern(atoms);
        }
        return compileSimplePattern(text);
      };
      var run = function(examples) {
        const ces = [];
        preserve = /* @__PURE__ */ Object.create(null);
        for (let i = 0; i < examples.length; i += 1) {
          const example = examples[i];
          const patterns = example.patterns;
          for (let j = 0; j < patterns.length; j += 1) {
            const cp = compileSinglePattern(patterns[j]);
            const ce = /* @__PURE__ */ Object.create(null);
            ce.name = example.name;
            ce.pattern = cp;
            if (example.mark) ce.mark = example.mark;
            ces.push(ce);
          }
        }
        return { examples: ces, preserve };
      };
      methods.run = run;
      return methods;
    };
    module2.exports = compiler;
  }
});

// node_modules/wink-nlp/src/helper.js
var require_helper = __commonJS({
  "node_modules/wink-nlp/src/helper.js"(exports2, module2) {
    var helper = /* @__PURE__ */ Object.create(null);
    helper.isObject = function(v) {
      return Object.prototype.toString.call(v) === "[object Object]";
    };
    helper.isArray = function(v) {
      return Object.prototype.toString.call(v) === "[object Array]";
    };
    helper.isFiniteInteger = function(n) {
      return typeof n === "number" && !isNaN(n) && isFinite(n) && n === Math.round(n);
    };
    helper.isIntegerArray = function(a) {
      if (!helper.isArray(a)) return false;
      if (a.length === 0) return false;
      for (let i = 0; i < a.length; i += 1) {
        if (!helper.isFiniteInteger(a[i])) return false;
      }
      return true;
    };
    module2.exports = helper;
  }
});

// node_modules/wink-nlp/src/wink-nlp.js
var require_wink_nlp = __commonJS({
  "node_modules/wink-nlp/src/wink-nlp.js"(exports2, module2) {
    var DocDataWrapper = require_dd_wrapper();
    var Doc = require_doc_v2();
    var Cache = require_cache();
    var tokenizer = require_tokenizer();
    var compileTRex = require_compile_trex();
    var mappers = require_tokens_mappers();
    var itsHelpers = require_its();
    var asHelpers = require_as();
    var mapRawTokens2UIdOfNormal = mappers.mapRawTokens2UIdOfNormal;
    var mapRawTokens2UIdOfDefaultPOS = mappers.mapRawTokens2UIdOfDefaultPOS;
    var Compiler = require_examples_compiler();
    var constants = require_constants();
    var fsm = require_automaton();
    var search = require_search();
    var locate = require_locate();
    var helper = require_helper();
    var tkSize = constants.tkSize;
    var nlp = function(theModel, pipe = null, wordEmbeddings = null) {
      var methods = /* @__PURE__ */ Object.create(null);
      var trex;
      var model;
      var cache;
      var tokenize;
      var nerAutomata;
      var nerTransformers;
      var sbdAutomata;
      var sbdTransformers;
      var sbdSetter;
      var negAutomata;
      var negSetter;
      var saAutomata;
      var saSetter;
      var posAutomata;
      var posTransformers;
      var posSetter;
      var posUpdater;
      var cerAutomata;
      var cerTransformer;
      var cerLearnings = 0;
      var cerPreserve;
      var cerConfig;
      var compiler;
      var cerMetaModel;
      var validAnnotations = /* @__PURE__ */ Object.create(null);
      var currPipe = /* @__PURE__ */ Object.create(null);
      var onlyTokenization = true;
      var load = function() {
        model = theModel.core();
        cache = Cache(model, theModel.featureFn);
        trex = compileTRex(model.trex);
        tokenize = tokenizer(trex, model.tcat.hash, model.preserve);
        var sbdModel = theModel.sbd();
        sbdAutomata = new Array(sbdModel.machines.length);
        sbdTransformers = new Array(sbdModel.machines.length);
        for (let i = 0; i < sbdModel.machines.length; i += 1) {
          sbdAutomata[i] = fsm(cache);
          sbdAutomata[i].importJSON(sbdModel.machines[i]);
          sbdTransformers[i] = sbdModel.transformers[i];
        }
        sbdSetter = sbdModel.setter;
        var nerModel = theModel.ner();
        nerAutomata = new Array(nerModel.machines.length);
        nerTransformers = new Array(nerModel.machines.length);
        for (let i = 0; i < nerModel.machines.length; i += 1) {
          nerAutomata[i] = fsm(cache);
          nerAutomata[i].importJSON(nerModel.machines[i]);
          nerTransformers[i] = nerModel.transformers[i];
        }
        var negModel = theModel.negation();
        negAutomata = fsm(cache);
        negAutomata.importJSON(negModel.machines[0]);
        negSetter = negModel.setter;
        var saModel = theModel.sa();
        saAutomata = fsm(cache);
        saAutomata.importJSON(saModel.machines[0]);
        saSetter = saModel.setter;
        var posModel = theModel.pos();
        posAutomata = new Array(posModel.machines.length);
        posTransformers = new Array(nerModel.machines.length);
        for (let i = 0; i < posModel.machines.length; i += 1) {
          posAutomata[i] = fsm(cache, cache.value(0));
          posAutomata[i].importJSON(posModel.machines[i]);
          posTransformers[i] = posModel.transformers[i];
        }
        posSetter = posModel.setter;
        posUpdater = posModel.updater;
        var cmModel = theModel.metaCER();
        cerMetaModel = cmModel.machines;
        cerTransformer = cmModel.transformers[0];
      };
      var readDoc = function(text) {
        if (typeof text !== "string") {
          throw Error(`wink-nlp: expecting a valid Javascript string, instead found "${typeof text}".`);
        }
        var rdd = /* @__PURE__ */ Object.create(null);
        rdd.cache = cache;
        rdd.wordVectors = wordEmbeddings;
        rdd.tokens = [];
        rdd.sentences = [];
        rdd.markings = [];
        rdd.currPipe = currPipe;
        rdd.nonBreakingSpaces = /* @__PURE__ */ Object.create(null);
        var wrappedDocData = DocDataWrapper(rdd);
        tokenize(wrappedDocData, text);
        rdd.numOfTokens = rdd.tokens.length / tkSize;
        rdd.document = [0, rdd.numOfTokens - 1, 0, 0];
        var tokens4Automata = onlyTokenization ? null : mapRawTokens2UIdOfNormal(rdd);
        var px;
        if (currPipe.sbd) {
          px = null;
          for (let i = 0; i < sbdAutomata.length; i += 1) {
            sbdAutomata[i].setPatternSwap(px);
            px = sbdAutomata[i].recognize(tokens4Automata, sbdTransformers[i], rdd.tokens);
          }
          sbdSetter(px, rdd);
          rdd.numOfSentences = rdd.sentences.length;
        } else {
          rdd.numOfSentences = 1;
          rdd.sentences = [[0, rdd.numOfTokens - 1, 0, 0]];
        }
        if (currPipe.ner) {
          px = null;
          for (let i = 0; i < nerAutomata.length; i += 1) {
            nerAutomata[i].setPatternSwap(px);
            px = nerAutomata[i].recognize(tokens4Automata, nerTransformers[i]);
          }
          rdd.entities = px;
        } else {
          rdd.entities = [];
        }
        if (currPipe.negation) {
          px = null;
          px = negAutomata.recognize(tokens4Automata);
          negSetter(px, rdd, constants, search);
        }
        if (currPipe.sentiment) {
          px = null;
          px = saAutomata.recognize(tokens4Automata);
          saSetter(px, rdd, constants, locate);
        }
        if (currPipe.pos) {
          const posTags = mapRawTokens2UIdOfDefaultPOS(rdd);
          px = null;
          for (let i = 0; i < posAutomata.length; i += 1) {
            px = posAutomata[i].recognize(posTags, posTransformers[0], rdd.tokens);
            posUpdater(px, cache, posTags, tokens4Automata);
          }
          posSetter(rdd, posTags, tkSize, constants.bits4lemma);
        }
        if (currPipe.cer) {
          px = null;
          if (cerAutomata !== void 0 && cerLearnings > 0) {
            cerConfig.rdd = rdd;
            cerConfig.preserve = cerPreserve;
            cerConfig.constants = constants;
            if (cerConfig.useEntity) cerAutomata.setPatternSwap(rdd.entities);
            px = cerAutomata.recognize(tokens4Automata, cerTransformer, cerConfig);
          }
          rdd.customEntities = px || [];
        } else rdd.customEntities = [];
        var doc = Doc(rdd, theModel.addons);
        wrappedDocData.clean();
        return doc;
      };
      var learnCustomEntities = function(examples, config) {
        if (helper.isArray(examples)) {
          examples.forEach((ex) => {
            if (helper.isObject(ex)) {
              if (typeof ex.name !== "string" || ex.name === "") {
                throw Error(`wink-nlp: name should be a string, instead found "${ex.name}":

${JSON.stringify(ex, null, 2)}`);
              } else if (helper.isArray(ex.patterns)) {
                for (let k = 0; k < ex.patterns.length; k += 1) {
                  const p = ex.patterns[k];
                  if (typeof p !== "string" || p === "") {
                    throw Error(`wink-nlp: each pattern should be a string, instead found "${p}":

${JSON.stringify(ex, null, 2)}`);
                  }
                }
              } else {
                throw Error(`wink-nlp: patterns should be an array, instead found "${typeof ex.patterns}":

${JSON.stringify(ex, null, 2)}`);
              }
              if (ex.mark !== void 0 && (!helper.isIntegerArray(ex.mark) || ex.mark.length !== 2 || ex.mark.length === 2 && ex.mark[0] > ex.mark[1])) {
                throw Error(`wink-nlp: mark should be an array containing start & end indexes, instead found:

${JSON.stringify(ex.mark, null, 2)}`);
              }
            } else {
              throw Error(`wink-nlp: each example should be an object, instead found a "${typeof ex}":

${JSON.stringify(ex, null, 2)}`);
            }
          });
        } else {
          throw Error(`wink-nlp: examples should be an array, instead found "${typeof examples}".`);
        }
        cerConfig = config === void 0 || config === null ? /* @__PURE__ */ Object.create(null) : JSON.parse(JSON.stringify(config));
        if (!helper.isObject(cerConfig)) {
          throw Error(`wink-nlp: config should be an object, instead found "${typeof cerConfig}".`);
        }
        cerConfig.matchValue = !!cerConfig.matchValue;
        cerConfig.usePOS = cerConfig.usePOS === void 0 ? true : !!cerConfig.usePOS;
        cerConfig.useEntity = cerConfig.useEntity === void 0 ? true : !!cerConfig.useEntity;
        compiler = Compiler(cerMetaModel, cache, tokenize, cerConfig.matchValue);
        cerAutomata = null;
        cerLearnings = 0;
        cerAutomata = fsm();
        const compiled = compiler.run(examples);
        cerPreserve = compiled.preserve;
        cerLearnings = cerAutomata.learn(compiled.examples);
        return cerLearnings;
      };
      if (helper.isObject(theModel)) {
        if (typeof theModel.core !== "function") {
          throw Error("wink-nlp: invalid model used.");
        }
      } else {
        throw Error("wink-nlp: invalid model used.");
      }
      validAnnotations.sbd = typeof theModel.sbd === "function";
      validAnnotations.negation = typeof theModel.negation === "function";
      validAnnotations.sentiment = typeof theModel.sa === "function";
      validAnnotations.pos = typeof theModel.pos === "function";
      validAnnotations.ner = typeof theModel.ner === "function";
      validAnnotations.cer = typeof theModel.metaCER === "function";
      if (wordEmbeddings !== null) {
        if (!helper.isObject(wordEmbeddings))
          throw Error(`wink-nlp: invalid word vectors, it must be an object instead found a "${typeof wordEmbeddings}".`);
        let numOfKeys = 0;
        const wordVectorKeys = /* @__PURE__ */ Object.create(null);
        wordVectorKeys.precision = true;
        wordVectorKeys.l2NormIndex = true;
        wordVectorKeys.wordIndex = true;
        wordVectorKeys.dimensions = true;
        wordVectorKeys.unkVector = true;
        wordVectorKeys.size = true;
        wordVectorKeys.words = true;
        wordVectorKeys.vectors = true;
        for (const key in wordEmbeddings) {
          numOfKeys += 1;
          if (!wordVectorKeys[key])
            throw Error("wink-nlp: invalid word vectors format.");
        }
        if (numOfKeys === 0) throw Error("wink-nlp: empty word vectors found.");
      }
      const tempPipe = pipe === null || pipe === void 0 ? Object.keys(validAnnotations) : pipe;
      if (helper.isArray(tempPipe)) {
        tempPipe.forEach((at) => {
          if (!validAnnotations[at]) throw Error(`wink-nlp: invalid pipe annotation "${at}" found.`);
          currPipe[at] = true;
          onlyTokenization = false;
        });
      } else throw Error(`wink-nlp: invalid pipe, it must be an array instead found a "${typeof pipe}".`);
      load();
      methods.readDoc = readDoc;
      methods.learnCustomEntities = learnCustomEntities;
      methods.its = itsHelpers;
      methods.as = asHelpers;
      methods.vectorOf = function(word, safe = true) {
        if (!wordEmbeddings)
          throw Error("wink-nlp: word vectors are not loaded, use const nlp = winkNLP( model, pipe, wordVectors ) to load.");
        const vectors = wordEmbeddings.vectors;
        const unkVector = wordEmbeddings.unkVector;
        const sliceUpTo = wordEmbeddings.l2NormIndex + 1;
        if (typeof word !== "string") {
          throw Error("winkNLP: input word must be of type string.");
        }
        const tv = vectors[word.toLowerCase()];
        if (tv === void 0) {
          return safe ? unkVector.slice(0, sliceUpTo) : unkVector.slice();
        }
        return safe ? tv.slice(0, sliceUpTo) : tv.slice();
      };
      return methods;
    };
    module2.exports = nlp;
  }
});

// node_modules/wink-eng-lite-web-model/dist/read-core-model.js
var require_read_core_model = __commonJS({
  "node_modules/wink-eng-lite-web-model/dist/read-core-model.js"(exports2, module2) {
    var { readFileSync } = require("node:fs");
    var { join } = require("node:path");
    function lexemeHash(list, order) {
      const added = /* @__PURE__ */ new Map();
      const n = order.length;
      const find = (w) => {
        let lo = 0, hi = n - 1;
        while (lo <= hi) {
          const mid = lo + hi >>> 1, i = order[mid], s = list[i];
          if (s === w) return i;
          if (s < w) lo = mid + 1;
          else hi = mid - 1;
        }
        return added.get(w);
      };
      return new Proxy(/* @__PURE__ */ Object.create(null), {
        get: (_, k) => typeof k === "string" ? find(k) : void 0,
        set: (_, k, v) => {
          added.set(k, v);
          return true;
        },
        has: (_, k) => typeof k === "string" && find(k) !== void 0
      });
    }
    module2.exports = function readModel() {
      const buf = readFileSync(join(__dirname, "claimlint-nlp-model.bin"));
      const headLength = buf.readUInt32LE(0);
      const model = JSON.parse(buf.toString("utf8", 4, 4 + headLength));
      const data = 4 + headLength;
      const bytes = new Uint8Array(buf.length - data);
      bytes.set(buf.subarray(data));
      const part = (name) => model.claimlintParts[name];
      const u32 = ([o, l]) => new Uint32Array(bytes.buffer, o, l / 4);
      model.lexicon = u32(part("lexicon"));
      model.xpansions = u32(part("xpansions"));
      const [wo, wl] = part("words");
      const list = Buffer.from(bytes.buffer, wo, wl).toString("utf8").split("\0");
      const packing = model.packing, featuresData = model.features, pos = model.pos;
      for (const f in packing.layout) if (packing.layout[f][3] === 0 && f !== "lexeme") {
        featuresData[f].hash = /* @__PURE__ */ Object.create(null);
        for (let k = 0; k < featuresData[f].list.length; k += 1) featuresData[f].hash[featuresData[f].list[k]] = k;
      }
      featuresData.lexeme.list = list;
      featuresData.lexeme.hash = lexemeHash(list, u32(part("order")));
      delete model.claimlintParts;
      const clusters = featuresData.posClusters.list;
      for (let k = 0; k < clusters.length; k += 1) clusters[k] = new Set(clusters[k].split("_").map((e) => pos.hash[e] || 0));
      return model;
    };
  }
});

// node_modules/wink-eng-lite-web-model/dist/load-core-model.js
var require_load_core_model = __commonJS({
  "node_modules/wink-eng-lite-web-model/dist/load-core-model.js"(exports2, module2) {
    var readModel = require_read_core_model();
    var loadModel = function() {
      var model = readModel();
      model.packing.efList = [];
      for (const f in model.packing.layout) 0 === model.packing.layout[f][3] && (model.features[f].intrinsicSize = model.features[f].list.length, model.features[f].index = model.features[f].list.length, model.features[f].maxIndex = model.packing.layout[f][1] >>> model.packing.layout[f][2]), 1 === model.packing.layout[f][4] && model.packing.efList.push(f);
      return model.features.lexeme.intrinsicSize = model.features.lexeme.list.length, model.features.lexeme.index = model.features.lexeme.list.length, model;
    };
    module2.exports = loadModel;
  }
});

// node_modules/wink-eng-lite-web-model/dist/load-ner-model.js
var require_load_ner_model = __commonJS({
  "node_modules/wink-eng-lite-web-model/dist/load-ner-model.js"(exports2, module2) {
    module2.exports = () => ({ machines: [], transformers: [] });
  }
});

// node_modules/wink-eng-lite-web-model/dist/sbd-transformers.js
var require_sbd_transformers = __commonJS({
  "node_modules/wink-eng-lite-web-model/dist/sbd-transformers.js"(exports2, module2) {
    var transformers = new Array(1);
    transformers[0] = function(token, cache, rawTokens, i) {
      var mapped = cache.property(token, "sbdHint") || cache.property(rawTokens[4 * i], "sbdHint");
      return 4 === mapped && (mapped = 65535 & rawTokens[4 * i + 1] ? 6 : 4), mapped ? mapped + 108e4 : cache.property(token, "isAbbrev") ? 108e4 + (2 === cache.value(token).length ? 8 : 7) : token;
    }, module2.exports = transformers;
  }
});

// node_modules/wink-eng-lite-web-model/dist/sbd-setter.js
var require_sbd_setter = __commonJS({
  "node_modules/wink-eng-lite-web-model/dist/sbd-setter.js"(exports2, module2) {
    var setter = function(px, rdd) {
      var numOfTokens = rdd.numOfTokens, si = [0, numOfTokens - 1, 0, 0];
      for (let i = 0; i < px.length; i += 1) si[1] = px[i][0], i < px.length - 1 && (rdd.sentences.push(si), si = [px[i][0] + 1, numOfTokens - 1, 0, 0]);
      rdd.sentences.push(si), si[1] < numOfTokens - 1 && rdd.sentences.push([si[1] + 1, numOfTokens - 1, 0, 0]);
    };
    module2.exports = setter;
  }
});

// node_modules/wink-eng-lite-web-model/dist/languages/cur/models/eng-sbd-model.json
var require_eng_sbd_model = __commonJS({
  "node_modules/wink-eng-lite-web-model/dist/languages/cur/models/eng-sbd-model.json"(exports2, module2) {
    module2.exports = JSON.parse('["[100,89,{\\"0\\":{\\"2\\":87,\\"1080001\\":7,\\"1080002\\":1,\\"1080007\\":42,\\"2070003\\":0},\\"1\\":{\\"2\\":75,\\"1080002\\":39,\\"1080003\\":2,\\"1080004\\":21,\\"1080005\\":24,\\"2070003\\":88},\\"2\\":{\\"2\\":51,\\"1080001\\":5,\\"1080002\\":3,\\"1080003\\":33,\\"1080004\\":13,\\"1080005\\":15,\\"2070003\\":79},\\"3\\":{\\"2\\":4,\\"2070003\\":47},\\"5\\":{\\"2\\":6,\\"2070003\\":48},\\"7\\":{\\"2\\":76,\\"46\\":71,\\"47\\":72,\\"87301\\":73,\\"87302\\":74,\\"1080001\\":69,\\"1080003\\":8,\\"1080004\\":27,\\"1080005\\":30,\\"2070003\\":89},\\"8\\":{\\"2\\":54,\\"1080001\\":11,\\"1080002\\":9,\\"1080003\\":36,\\"1080004\\":17,\\"1080005\\":19,\\"2070003\\":82},\\"9\\":{\\"2\\":10,\\"2070003\\":49},\\"11\\":{\\"2\\":12,\\"2070003\\":50},\\"13\\":{\\"2\\":14,\\"2070003\\":57},\\"15\\":{\\"2\\":16,\\"2070003\\":58},\\"17\\":{\\"2\\":18,\\"2070003\\":59},\\"19\\":{\\"2\\":20,\\"2070003\\":60},\\"21\\":{\\"2\\":52,\\"1080003\\":22,\\"2070003\\":80},\\"22\\":{\\"2\\":23,\\"2070003\\":61},\\"24\\":{\\"2\\":53,\\"1080003\\":25,\\"2070003\\":81},\\"25\\":{\\"2\\":35,\\"2070003\\":62},\\"27\\":{\\"2\\":55,\\"1080003\\":28,\\"2070003\\":83},\\"28\\":{\\"2\\":29,\\"2070003\\":63},\\"30\\":{\\"2\\":56,\\"1080003\\":31,\\"2070003\\":84},\\"31\\":{\\"2\\":38,\\"2070003\\":64},\\"33\\":{\\"2\\":34,\\"2070003\\":65},\\"36\\":{\\"2\\":37,\\"2070003\\":66},\\"39\\":{\\"2\\":67,\\"1080002\\":40,\\"2070003\\":85},\\"40\\":{\\"2\\":41,\\"2070003\\":68},\\"42\\":{\\"1080009\\":45,\\"1080010\\":43,\\"2070003\\":0},\\"43\\":{\\"2\\":44,\\"2070003\\":77},\\"45\\":{\\"2\\":46,\\"2070003\\":78},\\"69\\":{\\"1080001\\":70,\\"2070003\\":86}},{\\"4\\":\\"SBD\\",\\"6\\":\\"SBD\\",\\"10\\":\\"SBD\\",\\"12\\":\\"SBD\\",\\"14\\":\\"SBD\\",\\"16\\":\\"SBD\\",\\"18\\":\\"SBD\\",\\"20\\":\\"SBD\\",\\"23\\":\\"SBD\\",\\"26\\":\\"SBD\\",\\"29\\":\\"SBD\\",\\"32\\":\\"SBD\\",\\"34\\":\\"SBD\\",\\"35\\":\\"SBD\\",\\"37\\":\\"SBD\\",\\"38\\":\\"SBD\\",\\"41\\":\\"SBD\\",\\"44\\":\\"SBD\\",\\"46\\":\\"SBD\\",\\"47\\":\\"SBD\\",\\"48\\":\\"SBD\\",\\"49\\":\\"SBD\\",\\"50\\":\\"SBD\\",\\"51\\":\\"SBD\\",\\"52\\":\\"SBD\\",\\"53\\":\\"SBD\\",\\"54\\":\\"SBD\\",\\"55\\":\\"SBD\\",\\"56\\":\\"SBD\\",\\"57\\":\\"SBD\\",\\"58\\":\\"SBD\\",\\"59\\":\\"SBD\\",\\"60\\":\\"SBD\\",\\"61\\":\\"SBD\\",\\"62\\":\\"SBD\\",\\"63\\":\\"SBD\\",\\"64\\":\\"SBD\\",\\"65\\":\\"SBD\\",\\"66\\":\\"SBD\\",\\"67\\":\\"SBD\\",\\"68\\":\\"SBD\\",\\"70\\":\\"0\\",\\"71\\":\\"0\\",\\"72\\":\\"0\\",\\"73\\":\\"0\\",\\"74\\":\\"0\\",\\"75\\":\\"SBD\\",\\"76\\":\\"SBD\\",\\"77\\":\\"SBD\\",\\"78\\":\\"SBD\\",\\"79\\":\\"SBD\\",\\"80\\":\\"SBD\\",\\"81\\":\\"SBD\\",\\"82\\":\\"SBD\\",\\"83\\":\\"SBD\\",\\"84\\":\\"SBD\\",\\"85\\":\\"SBD\\",\\"86\\":\\"0\\",\\"87\\":\\"SBD\\",\\"88\\":\\"SBD\\",\\"89\\":\\"SBD\\"},{\\"4\\":[2,1],\\"6\\":[2,1],\\"10\\":[2,1],\\"12\\":[2,1],\\"14\\":[2,1],\\"16\\":[2,1],\\"18\\":[2,1],\\"20\\":[2,1],\\"23\\":[2,1],\\"26\\":[2,1],\\"29\\":[2,1],\\"32\\":[2,1],\\"34\\":[2,1],\\"35\\":[2,1],\\"37\\":[2,1],\\"38\\":[2,1],\\"41\\":[2,1],\\"44\\":[0,2],\\"46\\":[0,2],\\"47\\":[2,0],\\"48\\":[2,0],\\"49\\":[2,0],\\"50\\":[2,0],\\"51\\":[1,1],\\"52\\":[1,1],\\"53\\":[1,1],\\"54\\":[1,1],\\"55\\":[1,1],\\"56\\":[1,1],\\"57\\":[2,0],\\"58\\":[2,0],\\"59\\":[2,0],\\"60\\":[2,0],\\"61\\":[2,0],\\"62\\":[2,0],\\"63\\":[2,0],\\"64\\":[2,0],\\"65\\":[2,0],\\"66\\":[2,0],\\"67\\":[1,1],\\"68\\":[2,0],\\"75\\":[0,1],\\"76\\":[0,1],\\"77\\":[0,1],\\"78\\":[0,1],\\"79\\":[1,0],\\"80\\":[1,0],\\"81\\":[1,0],\\"82\\":[1,0],\\"83\\":[1,0],\\"84\\":[1,0],\\"85\\":[1,0]},{}]"]');
  }
});

// node_modules/wink-eng-lite-web-model/dist/load-sbd-model.js
var require_load_sbd_model = __commonJS({
  "node_modules/wink-eng-lite-web-model/dist/load-sbd-model.js"(exports2, module2) {
    var transformers = require_sbd_transformers();
    var setter = require_sbd_setter();
    var machines = require_eng_sbd_model();
    var loadNERModel = function() {
      return { machines, setter, transformers };
    };
    module2.exports = loadNERModel;
  }
});

// node_modules/wink-eng-lite-web-model/dist/pos-transformers.js
var require_pos_transformers = __commonJS({
  "node_modules/wink-eng-lite-web-model/dist/pos-transformers.js"(exports2, module2) {
    var transformers = new Array(2);
    transformers[0] = function(pos, cache, rawTokens, i) {
      var mapped = cache.property(rawTokens[4 * i], "posHint");
      return mapped ? mapped + 108e4 : pos;
    }, transformers[1] = transformers[0], module2.exports = transformers;
  }
});

// node_modules/wink-eng-lite-web-model/dist/pos-setter.js
var require_pos_setter = __commonJS({
  "node_modules/wink-eng-lite-web-model/dist/pos-setter.js"(exports2, module2) {
    var setter = function(rdd, posTags, tkSize, bits4lemma) {
      let pk = 0;
      for (let i = 0; i < rdd.tokens.length; i += tkSize, pk += 1) 0 === rdd.tokens[i + 2] && (rdd.tokens[i + 2] = posTags[pk] << bits4lemma);
    };
    module2.exports = setter;
  }
});

// node_modules/wink-eng-lite-web-model/dist/pos-updater.js
var require_pos_updater = __commonJS({
  "node_modules/wink-eng-lite-web-model/dist/pos-updater.js"(exports2, module2) {
    var updater = function(px, cache, posTags, normalizedTokens) {
      for (let j = 0; j < px.length; j += 1) {
        const targetPOS = px[j][2], tokenIdx = px[j][0];
        targetPOS < 0 ? posTags[tokenIdx] = Math.abs(targetPOS) : cache.isMemberPOS(normalizedTokens[tokenIdx], targetPOS) && (posTags[tokenIdx] = targetPOS);
      }
    };
    module2.exports = updater;
  }
});

// node_modules/wink-eng-lite-web-model/dist/languages/cur/models/eng-pos-model.json
var require_eng_pos_model = __commonJS({
  "node_modules/wink-eng-lite-web-model/dist/languages/cur/models/eng-pos-model.json"(exports2, module2) {
    module2.exports = JSON.parse('["[100,177,{\\"0\\":{\\"1\\":160,\\"2\\":4,\\"3\\":89,\\"4\\":39,\\"5\\":42,\\"6\\":32,\\"8\\":155,\\"9\\":172,\\"12\\":168,\\"16\\":138,\\"1080003\\":26,\\"1080004\\":7,\\"1080005\\":1,\\"1080006\\":75,\\"1080008\\":134,\\"1080012\\":36,\\"1080013\\":96,\\"1080014\\":23,\\"1080016\\":29,\\"1080017\\":121,\\"1080018\\":77,\\"1080019\\":79,\\"1080020\\":81,\\"1080021\\":83,\\"1080022\\":85,\\"1080028\\":141,\\"2070003\\":0,\\"$of\\":175},\\"1\\":{\\"1080004\\":2,\\"1080014\\":120,\\"2070003\\":0},\\"2\\":{\\"8\\":3,\\"2070003\\":0},\\"4\\":{\\"1080004\\":5,\\"1080014\\":119,\\"1080016\\":45,\\"2070003\\":0},\\"5\\":{\\"8\\":6,\\"2070003\\":0},\\"7\\":{\\"1080018\\":8,\\"1080019\\":11,\\"1080020\\":14,\\"1080021\\":17,\\"1080022\\":20,\\"2070003\\":0},\\"8\\":{\\"13\\":9,\\"1080001\\":10,\\"2070003\\":91},\\"11\\":{\\"13\\":12,\\"1080001\\":13,\\"2070003\\":92},\\"14\\":{\\"13\\":15,\\"1080001\\":16,\\"2070003\\":93},\\"17\\":{\\"13\\":18,\\"1080001\\":19,\\"2070003\\":94},\\"20\\":{\\"13\\":21,\\"1080001\\":22,\\"2070003\\":95},\\"23\\":{\\"2\\":24,\\"3\\":113,\\"4\\":110,\\"5\\":115,\\"8\\":118,\\"10\\":116,\\"16\\":112,\\"1080001\\":114,\\"1080012\\":111,\\"2070003\\":0},\\"24\\":{\\"2\\":25,\\"2070003\\":0},\\"26\\":{\\"1\\":48,\\"2\\":69,\\"4\\":163,\\"5\\":70,\\"6\\":67,\\"8\\":47,\\"9\\":68,\\"11\\":54,\\"12\\":66,\\"13\\":71,\\"1080001\\":72,\\"1080010\\":27,\\"1080013\\":73,\\"1080014\\":74,\\"1080018\\":49,\\"1080019\\":50,\\"1080020\\":51,\\"1080021\\":52,\\"1080022\\":53,\\"1080023\\":55,\\"1080024\\":56,\\"1080025\\":57,\\"1080026\\":58,\\"1080027\\":59,\\"1080028\\":61,\\"1080030\\":63,\\"1080031\\":64,\\"1080032\\":65,\\"1080033\\":60,\\"2070003\\":0},\\"27\\":{\\"3\\":28,\\"2070003\\":0},\\"29\\":{\\"1080004\\":87,\\"1080009\\":158,\\"1080010\\":30,\\"1080014\\":117,\\"2070003\\":0},\\"30\\":{\\"3\\":31,\\"2070003\\":0},\\"32\\":{\\"1\\":33,\\"4\\":108,\\"16\\":137,\\"1080010\\":136,\\"1080012\\":109,\\"2070003\\":0},\\"33\\":{\\"16\\":35,\\"1080010\\":34,\\"2070003\\":0},\\"36\\":{\\"7\\":174,\\"8\\":143,\\"1080004\\":88,\\"1080013\\":107,\\"1080016\\":37,\\"2070003\\":0},\\"37\\":{\\"8\\":38,\\"2070003\\":0},\\"39\\":{\\"4\\":162,\\"8\\":144,\\"1080009\\":157,\\"1080013\\":106,\\"1080016\\":40,\\"2070003\\":0},\\"40\\":{\\"8\\":41,\\"2070003\\":0},\\"42\\":{\\"8\\":43,\\"2070003\\":0},\\"43\\":{\\"6\\":44,\\"2070003\\":0},\\"45\\":{\\"16\\":46,\\"2070003\\":0},\\"75\\":{\\"1080003\\":76,\\"2070003\\":0},\\"77\\":{\\"1\\":146,\\"8\\":145,\\"1080004\\":78,\\"2070003\\":0},\\"79\\":{\\"1\\":148,\\"8\\":147,\\"1080004\\":80,\\"2070003\\":0},\\"81\\":{\\"1\\":150,\\"8\\":149,\\"1080004\\":82,\\"2070003\\":0},\\"83\\":{\\"1\\":152,\\"8\\":151,\\"1080004\\":84,\\"2070003\\":0},\\"85\\":{\\"1\\":154,\\"8\\":153,\\"1080004\\":86,\\"2070003\\":0},\\"89\\":{\\"8\\":159,\\"1080004\\":90,\\"2070003\\":0},\\"96\\":{\\"2\\":99,\\"3\\":100,\\"4\\":97,\\"5\\":101,\\"13\\":103,\\"16\\":98,\\"18\\":102,\\"1080001\\":104,\\"1080012\\":105,\\"2070003\\":0},\\"121\\":{\\"1\\":132,\\"3\\":133,\\"1080018\\":122,\\"1080019\\":123,\\"1080020\\":124,\\"1080021\\":125,\\"1080022\\":126,\\"1080023\\":127,\\"1080024\\":128,\\"1080025\\":129,\\"1080026\\":130,\\"1080027\\":131,\\"2070003\\":0},\\"134\\":{\\"1080005\\":135,\\"2070003\\":0},\\"138\\":{\\"4\\":139,\\"12\\":167,\\"1080012\\":140,\\"2070003\\":0,\\"$of\\":177},\\"141\\":{\\"16\\":142,\\"2070003\\":0},\\"155\\":{\\"12\\":165,\\"1080016\\":164,\\"1080028\\":156,\\"2070003\\":0},\\"160\\":{\\"12\\":166,\\"16\\":161,\\"2070003\\":0},\\"168\\":{\\"1\\":170,\\"8\\":169,\\"16\\":171,\\"2070003\\":0},\\"172\\":{\\"16\\":173,\\"2070003\\":0},\\"175\\":{\\"16\\":176,\\"2070003\\":0}},{\\"3\\":\\"-1\\",\\"6\\":\\"-1\\",\\"9\\":\\"-2\\",\\"10\\":\\"-2\\",\\"12\\":\\"-2\\",\\"13\\":\\"-2\\",\\"15\\":\\"-2\\",\\"16\\":\\"-2\\",\\"18\\":\\"-2\\",\\"19\\":\\"-2\\",\\"21\\":\\"-2\\",\\"22\\":\\"-2\\",\\"25\\":\\"-11\\",\\"28\\":\\"-16\\",\\"31\\":\\"-16\\",\\"34\\":\\"-8\\",\\"35\\":\\"8\\",\\"38\\":\\"16\\",\\"41\\":\\"16\\",\\"44\\":\\"16\\",\\"46\\":\\"-3\\",\\"47\\":\\"16\\",\\"48\\":\\"16\\",\\"49\\":\\"-2\\",\\"50\\":\\"-2\\",\\"51\\":\\"-2\\",\\"52\\":\\"-2\\",\\"53\\":\\"-2\\",\\"54\\":\\"-2\\",\\"55\\":\\"-2\\",\\"56\\":\\"-2\\",\\"57\\":\\"-2\\",\\"58\\":\\"-2\\",\\"59\\":\\"-2\\",\\"60\\":\\"-2\\",\\"61\\":\\"-2\\",\\"62\\":\\"-2\\",\\"63\\":\\"-2\\",\\"64\\":\\"-2\\",\\"65\\":\\"-2\\",\\"66\\":\\"-2\\",\\"67\\":\\"-2\\",\\"68\\":\\"-2\\",\\"69\\":\\"-2\\",\\"70\\":\\"-2\\",\\"71\\":\\"-2\\",\\"72\\":\\"-2\\",\\"73\\":\\"-2\\",\\"74\\":\\"-2\\",\\"76\\":\\"-2\\",\\"78\\":\\"-16\\",\\"80\\":\\"-16\\",\\"82\\":\\"-16\\",\\"84\\":\\"-16\\",\\"86\\":\\"-16\\",\\"87\\":\\"-16\\",\\"88\\":\\"-16\\",\\"90\\":\\"-16\\",\\"91\\":\\"-18\\",\\"92\\":\\"-18\\",\\"93\\":\\"-18\\",\\"94\\":\\"-18\\",\\"95\\":\\"-18\\",\\"97\\":\\"-11\\",\\"98\\":\\"-11\\",\\"99\\":\\"-11\\",\\"100\\":\\"-11\\",\\"101\\":\\"-11\\",\\"102\\":\\"-11\\",\\"103\\":\\"-11\\",\\"104\\":\\"-11\\",\\"105\\":\\"-11\\",\\"106\\":\\"-11\\",\\"107\\":\\"-11\\",\\"108\\":\\"11\\",\\"109\\":\\"11\\",\\"110\\":\\"-11\\",\\"111\\":\\"-11\\",\\"112\\":\\"-11\\",\\"113\\":\\"-11\\",\\"114\\":\\"-11\\",\\"115\\":\\"-11\\",\\"116\\":\\"-11\\",\\"117\\":\\"-3\\",\\"118\\":\\"-6\\",\\"119\\":\\"-6\\",\\"120\\":\\"-6\\",\\"122\\":\\"-18\\",\\"123\\":\\"-18\\",\\"124\\":\\"-18\\",\\"125\\":\\"-18\\",\\"126\\":\\"-18\\",\\"127\\":\\"-18\\",\\"128\\":\\"-18\\",\\"129\\":\\"-18\\",\\"130\\":\\"-18\\",\\"131\\":\\"-18\\",\\"132\\":\\"-3\\",\\"133\\":\\"-3\\",\\"135\\":\\"-2\\",\\"136\\":\\"-8\\",\\"137\\":\\"8\\",\\"139\\":\\"8\\",\\"140\\":\\"8\\",\\"142\\":\\"8\\",\\"143\\":\\"16\\",\\"144\\":\\"16\\",\\"145\\":\\"16\\",\\"146\\":\\"16\\",\\"147\\":\\"16\\",\\"148\\":\\"16\\",\\"149\\":\\"16\\",\\"150\\":\\"16\\",\\"151\\":\\"16\\",\\"152\\":\\"16\\",\\"153\\":\\"16\\",\\"154\\":\\"16\\",\\"156\\":\\"16\\",\\"157\\":\\"-16\\",\\"158\\":\\"-16\\",\\"159\\":\\"16\\",\\"161\\":\\"8\\",\\"162\\":\\"16\\",\\"163\\":\\"16\\",\\"164\\":\\"-3\\",\\"165\\":\\"12\\",\\"166\\":\\"12\\",\\"167\\":\\"12\\",\\"169\\":\\"12\\",\\"170\\":\\"12\\",\\"171\\":\\"12\\",\\"173\\":\\"8\\",\\"174\\":\\"16\\",\\"176\\":\\"8\\",\\"177\\":\\"8\\"},{\\"3\\":[1,1],\\"6\\":[1,1],\\"9\\":[0,2],\\"10\\":[0,2],\\"12\\":[0,2],\\"13\\":[0,2],\\"15\\":[0,2],\\"16\\":[0,2],\\"18\\":[0,2],\\"19\\":[0,2],\\"21\\":[0,2],\\"22\\":[0,2],\\"25\\":[0,2],\\"28\\":[1,1],\\"31\\":[1,1],\\"34\\":[2,0],\\"35\\":[2,0],\\"38\\":[2,0],\\"41\\":[2,0],\\"44\\":[1,1],\\"46\\":[1,1],\\"47\\":[1,0],\\"48\\":[1,0],\\"49\\":[0,1],\\"50\\":[0,1],\\"51\\":[0,1],\\"52\\":[0,1],\\"53\\":[0,1],\\"54\\":[0,1],\\"55\\":[0,1],\\"56\\":[0,1],\\"57\\":[0,1],\\"58\\":[0,1],\\"59\\":[0,1],\\"60\\":[0,1],\\"61\\":[0,1],\\"62\\":[0,1],\\"63\\":[0,1],\\"64\\":[0,1],\\"65\\":[0,1],\\"66\\":[0,1],\\"67\\":[0,1],\\"68\\":[0,1],\\"69\\":[0,1],\\"70\\":[0,1],\\"71\\":[0,1],\\"72\\":[0,1],\\"73\\":[0,1],\\"74\\":[0,1],\\"76\\":[1,0],\\"78\\":[1,0],\\"80\\":[1,0],\\"82\\":[1,0],\\"84\\":[1,0],\\"86\\":[1,0],\\"87\\":[1,0],\\"88\\":[1,0],\\"90\\":[1,0],\\"91\\":[0,1],\\"92\\":[0,1],\\"93\\":[0,1],\\"94\\":[0,1],\\"95\\":[0,1],\\"97\\":[0,1],\\"98\\":[0,1],\\"99\\":[0,1],\\"100\\":[0,1],\\"101\\":[0,1],\\"102\\":[0,1],\\"103\\":[0,1],\\"104\\":[0,1],\\"105\\":[0,1],\\"106\\":[1,0],\\"107\\":[1,0],\\"108\\":[0,1],\\"109\\":[0,1],\\"110\\":[0,1],\\"111\\":[0,1],\\"112\\":[0,1],\\"113\\":[0,1],\\"114\\":[0,1],\\"115\\":[0,1],\\"116\\":[0,1],\\"117\\":[1,0],\\"118\\":[0,1],\\"119\\":[1,0],\\"120\\":[1,0],\\"122\\":[0,1],\\"123\\":[0,1],\\"124\\":[0,1],\\"125\\":[0,1],\\"126\\":[0,1],\\"127\\":[0,1],\\"128\\":[0,1],\\"129\\":[0,1],\\"130\\":[0,1],\\"131\\":[0,1],\\"132\\":[0,1],\\"133\\":[0,1],\\"135\\":[0,1],\\"136\\":[1,0],\\"137\\":[1,0],\\"139\\":[0,1],\\"140\\":[0,1],\\"142\\":[1,0],\\"143\\":[1,0],\\"144\\":[1,0],\\"145\\":[1,0],\\"146\\":[1,0],\\"147\\":[1,0],\\"148\\":[1,0],\\"149\\":[1,0],\\"150\\":[1,0],\\"151\\":[1,0],\\"152\\":[1,0],\\"153\\":[1,0],\\"154\\":[1,0],\\"156\\":[0,1],\\"157\\":[1,0],\\"158\\":[1,0],\\"159\\":[1,0],\\"161\\":[1,0],\\"162\\":[1,0],\\"163\\":[1,0],\\"164\\":[1,0],\\"165\\":[0,1],\\"166\\":[0,1],\\"167\\":[0,1],\\"169\\":[1,0],\\"170\\":[1,0],\\"171\\":[1,0],\\"173\\":[1,0],\\"174\\":[1,0],\\"176\\":[1,0],\\"177\\":[0,1]},{}]","[100,117,{\\"0\\":{\\"1\\":66,\\"2\\":37,\\"3\\":51,\\"4\\":97,\\"6\\":19,\\"7\\":116,\\"8\\":6,\\"12\\":59,\\"13\\":43,\\"16\\":1,\\"1080002\\":34,\\"1080003\\":71,\\"1080004\\":14,\\"1080005\\":40,\\"1080007\\":108,\\"1080009\\":100,\\"1080014\\":76,\\"1080017\\":48,\\"1080018\\":81,\\"1080019\\":83,\\"1080020\\":85,\\"1080021\\":87,\\"1080022\\":89,\\"1080033\\":28,\\"2070003\\":0},\\"1\\":{\\"8\\":70,\\"16\\":17,\\"1080006\\":2,\\"1080011\\":96,\\"1080014\\":24,\\"2070003\\":0},\\"2\\":{\\"2\\":3,\\"5\\":27,\\"2070003\\":0},\\"3\\":{\\"6\\":4,\\"12\\":5,\\"2070003\\":0},\\"6\\":{\\"1080014\\":7,\\"2070003\\":0},\\"7\\":{\\"12\\":8,\\"1080018\\":9,\\"1080019\\":10,\\"1080020\\":11,\\"1080021\\":12,\\"1080022\\":13,\\"2070003\\":0},\\"14\\":{\\"16\\":63,\\"1080003\\":15,\\"2070003\\":0},\\"15\\":{\\"16\\":16,\\"2070003\\":0},\\"17\\":{\\"8\\":18,\\"2070003\\":0},\\"19\\":{\\"1\\":57,\\"8\\":22,\\"16\\":20,\\"1080012\\":115,\\"2070003\\":0},\\"20\\":{\\"8\\":21,\\"2070003\\":0},\\"22\\":{\\"8\\":23,\\"2070003\\":0},\\"24\\":{\\"4\\":26,\\"16\\":25,\\"2070003\\":75},\\"28\\":{\\"1\\":29,\\"8\\":80,\\"1080002\\":31,\\"2070003\\":0},\\"29\\":{\\"8\\":30,\\"2070003\\":0},\\"31\\":{\\"9\\":32,\\"15\\":33,\\"2070003\\":0},\\"34\\":{\\"2\\":35,\\"9\\":105,\\"15\\":106,\\"2070003\\":0},\\"35\\":{\\"1\\":36,\\"2070003\\":0},\\"37\\":{\\"16\\":111,\\"1080002\\":107,\\"1080007\\":38,\\"1080011\\":99,\\"2070003\\":0},\\"38\\":{\\"1\\":39,\\"2070003\\":0},\\"40\\":{\\"1080007\\":41,\\"1080011\\":102,\\"2070003\\":0},\\"41\\":{\\"1\\":42,\\"2070003\\":0},\\"43\\":{\\"2\\":44,\\"2070003\\":0},\\"44\\":{\\"1080018\\":45,\\"1080019\\":46,\\"1080020\\":47,\\"2070003\\":0},\\"48\\":{\\"4\\":113,\\"8\\":54,\\"18\\":112,\\"1080003\\":49,\\"1080011\\":103,\\"1080012\\":114,\\"2070003\\":0},\\"49\\":{\\"16\\":50,\\"2070003\\":0},\\"51\\":{\\"8\\":65,\\"13\\":52,\\"2070003\\":0},\\"52\\":{\\"1080017\\":53,\\"2070003\\":0},\\"54\\":{\\"4\\":55,\\"1080012\\":56,\\"2070003\\":0},\\"57\\":{\\"1080001\\":58,\\"2070003\\":0},\\"59\\":{\\"17\\":60,\\"2070003\\":0},\\"60\\":{\\"12\\":61,\\"2070003\\":0},\\"66\\":{\\"1\\":68,\\"3\\":69,\\"16\\":67,\\"2070003\\":0},\\"71\\":{\\"1\\":73,\\"8\\":72,\\"12\\":74,\\"1080011\\":104,\\"2070003\\":0},\\"76\\":{\\"2\\":77,\\"13\\":79,\\"1080005\\":78,\\"2070003\\":0},\\"81\\":{\\"8\\":91,\\"1080004\\":82,\\"2070003\\":0},\\"83\\":{\\"8\\":92,\\"1080004\\":84,\\"2070003\\":0},\\"85\\":{\\"8\\":93,\\"1080004\\":86,\\"2070003\\":0},\\"87\\":{\\"8\\":94,\\"1080004\\":88,\\"2070003\\":0},\\"89\\":{\\"8\\":95,\\"1080004\\":90,\\"2070003\\":0},\\"97\\":{\\"1080011\\":98,\\"2070003\\":0},\\"100\\":{\\"1080011\\":101,\\"2070003\\":0},\\"108\\":{\\"8\\":110,\\"1080005\\":109,\\"2070003\\":0},\\"116\\":{\\"8\\":117,\\"2070003\\":0}},{\\"4\\":\\"-3\\",\\"5\\":\\"-3\\",\\"8\\":\\"-11\\",\\"9\\":\\"-11\\",\\"10\\":\\"-11\\",\\"11\\":\\"-11\\",\\"12\\":\\"-11\\",\\"13\\":\\"-11\\",\\"16\\":\\"-16\\",\\"18\\":\\"1\\",\\"21\\":\\"1\\",\\"23\\":\\"1\\",\\"25\\":\\"-11\\",\\"26\\":\\"-11\\",\\"27\\":\\"-3\\",\\"30\\":\\"6\\",\\"32\\":\\"-2\\",\\"33\\":\\"-2\\",\\"36\\":\\"-3\\",\\"39\\":\\"-1\\",\\"42\\":\\"-1\\",\\"45\\":\\"18\\",\\"46\\":\\"18\\",\\"47\\":\\"18\\",\\"50\\":\\"-18\\",\\"53\\":\\"-18\\",\\"55\\":\\"-18\\",\\"56\\":\\"-18\\",\\"58\\":\\"8\\",\\"61\\":\\"-12\\",\\"62\\":\\"-18\\",\\"63\\":\\"-8\\",\\"64\\":\\"1\\",\\"65\\":\\"16\\",\\"67\\":\\"3\\",\\"68\\":\\"3\\",\\"69\\":\\"3\\",\\"70\\":\\"3\\",\\"72\\":\\"-2\\",\\"73\\":\\"-2\\",\\"74\\":\\"-2\\",\\"75\\":\\"-18\\",\\"77\\":\\"-11\\",\\"78\\":\\"-11\\",\\"79\\":\\"-11\\",\\"80\\":\\"6\\",\\"82\\":\\"-16\\",\\"84\\":\\"-16\\",\\"86\\":\\"-16\\",\\"88\\":\\"-16\\",\\"90\\":\\"-16\\",\\"91\\":\\"16\\",\\"92\\":\\"16\\",\\"93\\":\\"16\\",\\"94\\":\\"16\\",\\"95\\":\\"16\\",\\"96\\":\\"-11\\",\\"98\\":\\"-11\\",\\"99\\":\\"-11\\",\\"101\\":\\"-11\\",\\"102\\":\\"-11\\",\\"103\\":\\"-11\\",\\"104\\":\\"-16\\",\\"105\\":\\"-3\\",\\"106\\":\\"-3\\",\\"107\\":\\"-3\\",\\"109\\":\\"-1\\",\\"110\\":\\"-1\\",\\"111\\":\\"18\\",\\"112\\":\\"-18\\",\\"113\\":\\"-18\\",\\"114\\":\\"-18\\",\\"115\\":\\"8\\",\\"117\\":\\"16\\"},{\\"4\\":[1,2],\\"5\\":[1,2],\\"8\\":[1,1],\\"9\\":[1,1],\\"10\\":[1,1],\\"11\\":[1,1],\\"12\\":[1,1],\\"13\\":[1,1],\\"16\\":[0,2],\\"18\\":[1,1],\\"21\\":[1,1],\\"23\\":[1,1],\\"25\\":[1,1],\\"26\\":[1,1],\\"27\\":[1,1],\\"30\\":[0,2],\\"32\\":[1,1],\\"33\\":[1,1],\\"36\\":[0,2],\\"39\\":[1,1],\\"42\\":[1,1],\\"45\\":[1,1],\\"46\\":[1,1],\\"47\\":[1,1],\\"50\\":[0,2],\\"53\\":[2,0],\\"55\\":[0,2],\\"56\\":[0,2],\\"58\\":[1,1],\\"61\\":[1,1],\\"62\\":[1,0],\\"63\\":[0,1],\\"64\\":[0,1],\\"65\\":[1,0],\\"67\\":[0,1],\\"68\\":[0,1],\\"69\\":[0,1],\\"70\\":[1,0],\\"72\\":[0,1],\\"73\\":[0,1],\\"74\\":[0,1],\\"75\\":[1,0],\\"77\\":[0,1],\\"78\\":[0,1],\\"79\\":[0,1],\\"80\\":[0,1],\\"82\\":[1,0],\\"84\\":[1,0],\\"86\\":[1,0],\\"88\\":[1,0],\\"90\\":[1,0],\\"91\\":[1,0],\\"92\\":[1,0],\\"93\\":[1,0],\\"94\\":[1,0],\\"95\\":[1,0],\\"96\\":[1,0],\\"98\\":[1,0],\\"99\\":[1,0],\\"101\\":[1,0],\\"102\\":[1,0],\\"103\\":[1,0],\\"104\\":[1,0],\\"105\\":[0,1],\\"106\\":[0,1],\\"107\\":[1,0],\\"109\\":[0,1],\\"110\\":[0,1],\\"111\\":[0,1],\\"112\\":[0,1],\\"113\\":[0,1],\\"114\\":[0,1],\\"115\\":[1,0],\\"117\\":[1,0]},{}]"]');
  }
});

// node_modules/wink-eng-lite-web-model/dist/load-pos-model.js
var require_load_pos_model = __commonJS({
  "node_modules/wink-eng-lite-web-model/dist/load-pos-model.js"(exports2, module2) {
    var transformers = require_pos_transformers();
    var setter = require_pos_setter();
    var updater = require_pos_updater();
    var machines = require_eng_pos_model();
    var loadNERModel = function() {
      return { machines, setter, updater, transformers };
    };
    module2.exports = loadNERModel;
  }
});

// node_modules/wink-eng-lite-web-model/dist/negation-setter.js
var require_negation_setter = __commonJS({
  "node_modules/wink-eng-lite-web-model/dist/negation-setter.js"(exports2, module2) {
    var setter = function(px, dd, constants, search) {
      const getProperty = dd.cache.property;
      let dnf = 0, k = 0;
      for (; k < px.length; ) if ("2" === px[k][2]) k += 1;
      else {
        const snf = px[k][1] + 1, negSId = search(px[k][1], dd.sentences);
        let tna = dd.sentences[negSId][1];
        dd.sentences[negSId][2] = 1, dnf = 1, k += 1, k < px.length ? tna = tna < px[k][0] ? tna : px[k][0] : tna += 1;
        for (let i = snf; i < tna; i += 1) {
          const tt = getProperty(dd.tokens[i * constants.tkSize], "tokenType");
          "punctuation" !== tt && "emoji" !== tt && "emoticon" !== tt && (dd.tokens[i * constants.tkSize + 3] = constants.negationFlag);
        }
      }
      dd.document[2] = dnf;
    };
    module2.exports = setter;
  }
});

// node_modules/wink-eng-lite-web-model/dist/languages/cur/models/eng-negation-model.json
var require_eng_negation_model = __commonJS({
  "node_modules/wink-eng-lite-web-model/dist/languages/cur/models/eng-negation-model.json"(exports2, module2) {
    module2.exports = JSON.parse('["[100,127,{\\"0\\":{\\"5\\":111,\\"43\\":113,\\"46\\":108,\\"49\\":109,\\"197\\":110,\\"214\\":112,\\"2699\\":114,\\"5231\\":53,\\"7486\\":117,\\"10905\\":116,\\"12556\\":81,\\"12560\\":84,\\"25023\\":103,\\"27163\\":118,\\"28010\\":67,\\"28011\\":69,\\"28012\\":71,\\"28015\\":73,\\"32659\\":1,\\"34520\\":105,\\"36562\\":119,\\"38078\\":65,\\"46284\\":92,\\"47503\\":94,\\"50480\\":101,\\"50745\\":96,\\"50748\\":120,\\"51069\\":89,\\"51352\\":97,\\"51623\\":102,\\"51732\\":45,\\"59638\\":104,\\"62292\\":106,\\"65963\\":75,\\"65964\\":79,\\"65968\\":77,\\"67056\\":107,\\"71014\\":121,\\"73274\\":122,\\"77551\\":123,\\"81777\\":124,\\"81789\\":63,\\"82659\\":125,\\"85593\\":126,\\"86191\\":50,\\"86919\\":127,\\"2070003\\":0},\\"1\\":{\\"47\\":2,\\"51\\":26,\\"51069\\":34,\\"87301\\":10,\\"87302\\":18,\\"2070003\\":0},\\"2\\":{\\"51069\\":3,\\"2070003\\":0},\\"3\\":{\\"47\\":4,\\"32659\\":41,\\"87301\\":6,\\"87302\\":8,\\"2070003\\":0},\\"4\\":{\\"32659\\":5,\\"2070003\\":0},\\"6\\":{\\"32659\\":7,\\"2070003\\":0},\\"8\\":{\\"32659\\":9,\\"2070003\\":0},\\"10\\":{\\"51069\\":11,\\"2070003\\":0},\\"11\\":{\\"47\\":12,\\"32659\\":42,\\"87301\\":14,\\"87302\\":16,\\"2070003\\":0},\\"12\\":{\\"32659\\":13,\\"2070003\\":0},\\"14\\":{\\"32659\\":15,\\"2070003\\":0},\\"16\\":{\\"32659\\":17,\\"2070003\\":0},\\"18\\":{\\"51069\\":19,\\"2070003\\":0},\\"19\\":{\\"47\\":20,\\"32659\\":43,\\"87301\\":22,\\"87302\\":24,\\"2070003\\":0},\\"20\\":{\\"32659\\":21,\\"2070003\\":0},\\"22\\":{\\"32659\\":23,\\"2070003\\":0},\\"24\\":{\\"32659\\":25,\\"2070003\\":0},\\"26\\":{\\"51069\\":27,\\"2070003\\":0},\\"27\\":{\\"47\\":28,\\"32659\\":44,\\"87301\\":30,\\"87302\\":32,\\"2070003\\":0},\\"28\\":{\\"32659\\":29,\\"2070003\\":0},\\"30\\":{\\"32659\\":31,\\"2070003\\":0},\\"32\\":{\\"32659\\":33,\\"2070003\\":0},\\"34\\":{\\"47\\":35,\\"32659\\":62,\\"87301\\":37,\\"87302\\":39,\\"2070003\\":0},\\"35\\":{\\"32659\\":36,\\"2070003\\":0},\\"37\\":{\\"32659\\":38,\\"2070003\\":0},\\"39\\":{\\"32659\\":40,\\"2070003\\":0},\\"45\\":{\\"12932\\":48,\\"41471\\":88,\\"52773\\":87,\\"78113\\":46,\\"2070003\\":98},\\"46\\":{\\"46824\\":47,\\"2070003\\":0},\\"48\\":{\\"37522\\":49,\\"2070003\\":0},\\"50\\":{\\"31218\\":51,\\"2070003\\":100},\\"51\\":{\\"1432\\":52,\\"2070003\\":0},\\"53\\":{\\"32822\\":54,\\"44398\\":58,\\"49257\\":56,\\"71403\\":60,\\"2070003\\":115},\\"54\\":{\\"5231\\":55,\\"2070003\\":0},\\"56\\":{\\"5231\\":57,\\"2070003\\":0},\\"58\\":{\\"5231\\":59,\\"2070003\\":0},\\"60\\":{\\"5231\\":61,\\"2070003\\":0},\\"63\\":{\\"78113\\":64,\\"2070003\\":0},\\"65\\":{\\"78113\\":66,\\"2070003\\":0},\\"67\\":{\\"78113\\":68,\\"2070003\\":0},\\"69\\":{\\"78113\\":70,\\"2070003\\":0},\\"71\\":{\\"78113\\":72,\\"2070003\\":0},\\"73\\":{\\"78113\\":74,\\"2070003\\":0},\\"75\\":{\\"53444\\":76,\\"2070003\\":0},\\"77\\":{\\"53444\\":78,\\"2070003\\":0},\\"79\\":{\\"53444\\":80,\\"2070003\\":0},\\"81\\":{\\"30102\\":82,\\"52480\\":83,\\"2070003\\":0},\\"84\\":{\\"30102\\":85,\\"52480\\":86,\\"2070003\\":0},\\"89\\":{\\"31218\\":91,\\"86294\\":90,\\"2070003\\":99},\\"92\\":{\\"51732\\":93,\\"2070003\\":0},\\"94\\":{\\"51732\\":95,\\"2070003\\":0}},{\\"5\\":\\"0\\",\\"7\\":\\"0\\",\\"9\\":\\"0\\",\\"13\\":\\"0\\",\\"15\\":\\"0\\",\\"17\\":\\"0\\",\\"21\\":\\"0\\",\\"23\\":\\"0\\",\\"25\\":\\"0\\",\\"29\\":\\"0\\",\\"31\\":\\"0\\",\\"33\\":\\"0\\",\\"36\\":\\"0\\",\\"38\\":\\"0\\",\\"40\\":\\"0\\",\\"41\\":\\"0\\",\\"42\\":\\"0\\",\\"43\\":\\"0\\",\\"44\\":\\"0\\",\\"47\\":\\"0\\",\\"49\\":\\"0\\",\\"52\\":\\"0\\",\\"55\\":\\"0\\",\\"57\\":\\"0\\",\\"59\\":\\"0\\",\\"61\\":\\"0\\",\\"62\\":\\"0\\",\\"64\\":\\"1\\",\\"66\\":\\"1\\",\\"68\\":\\"1\\",\\"70\\":\\"1\\",\\"72\\":\\"1\\",\\"74\\":\\"1\\",\\"76\\":\\"1\\",\\"78\\":\\"1\\",\\"80\\":\\"1\\",\\"82\\":\\"2\\",\\"83\\":\\"2\\",\\"85\\":\\"2\\",\\"86\\":\\"2\\",\\"87\\":\\"0\\",\\"88\\":\\"0\\",\\"90\\":\\"0\\",\\"91\\":\\"0\\",\\"93\\":\\"0\\",\\"95\\":\\"0\\",\\"96\\":\\"1\\",\\"97\\":\\"1\\",\\"98\\":\\"1\\",\\"99\\":\\"1\\",\\"100\\":\\"1\\",\\"101\\":\\"1\\",\\"102\\":\\"1\\",\\"103\\":\\"1\\",\\"104\\":\\"1\\",\\"105\\":\\"1\\",\\"106\\":\\"1\\",\\"107\\":\\"1\\",\\"108\\":\\"2\\",\\"109\\":\\"2\\",\\"110\\":\\"2\\",\\"111\\":\\"2\\",\\"112\\":\\"2\\",\\"113\\":\\"2\\",\\"114\\":\\"2\\",\\"115\\":\\"2\\",\\"116\\":\\"2\\",\\"117\\":\\"2\\",\\"118\\":\\"2\\",\\"119\\":\\"2\\",\\"120\\":\\"2\\",\\"121\\":\\"2\\",\\"122\\":\\"2\\",\\"123\\":\\"2\\",\\"124\\":\\"2\\",\\"125\\":\\"2\\",\\"126\\":\\"2\\",\\"127\\":\\"2\\"},{},{}]"]');
  }
});

// node_modules/wink-eng-lite-web-model/dist/load-negation-model.js
var require_load_negation_model = __commonJS({
  "node_modules/wink-eng-lite-web-model/dist/load-negation-model.js"(exports2, module2) {
    var setter = require_negation_setter();
    var machines = require_eng_negation_model();
    var loadNERModel = function() {
      return { machines, setter };
    };
    module2.exports = loadNERModel;
  }
});

// node_modules/wink-eng-lite-web-model/dist/load-sa-model.js
var require_load_sa_model = __commonJS({
  "node_modules/wink-eng-lite-web-model/dist/load-sa-model.js"(exports2, module2) {
    module2.exports = () => ({ machines: ["[0,0,{},{},{},{}]"], setter: () => void 0 });
  }
});

// node_modules/wink-eng-lite-web-model/dist/constants.js
var require_constants2 = __commonJS({
  "node_modules/wink-eng-lite-web-model/dist/constants.js"(exports2, module2) {
    var consts = /* @__PURE__ */ Object.create(null);
    consts.UNK = 0, consts.bits4PrecedingSpace = 16, consts.bits4lemma = 20, consts.posMask = 66060288, consts.psMask = 65535, consts.xnMask = 1073676288, consts.tkSize = 4, consts.xpSize = 4, consts.xcMask = 31, consts.bits4xpPointer = 14, consts.negationFlag = Math.pow(2, 31), module2.exports = consts;
  }
});

// node_modules/wink-eng-lite-web-model/dist/cer-transformers.js
var require_cer_transformers = __commonJS({
  "node_modules/wink-eng-lite-web-model/dist/cer-transformers.js"(exports2, module2) {
    var transformers = new Array(1);
    var constants = require_constants2();
    var tkSize = constants.tkSize;
    var bits4lemma = constants.bits4lemma;
    var posMask = constants.posMask;
    transformers[0] = function(t, itsUndefined, config, index) {
      var normal, cache = config.rdd.cache, tokens = config.rdd.tokens, preserve = config.preserve, value = cache.value(tokens[index * tkSize]);
      return "string" == typeof t ? t : preserve[value] ? preserve[value] : !config.matchValue && preserve[normal = cache.value(t)] ? preserve[normal] : config.usePOS ? cache.valueOf("pos", (tokens[index * tkSize + 2] & posMask) >>> bits4lemma) : config.matchValue ? value : normal;
    }, module2.exports = transformers;
  }
});

// node_modules/wink-eng-lite-web-model/dist/languages/cur/models/eng-cer-meta-model.json
var require_eng_cer_meta_model = __commonJS({
  "node_modules/wink-eng-lite-web-model/dist/languages/cur/models/eng-cer-meta-model.json"(exports2, module2) {
    module2.exports = JSON.parse('[100,63,{"0":{" otherwise":0,"^":1,"ADV":33,"INTJ":34,"ADJ":35,"NOUN":36,"URL":37,"PROPN":38,"MENTION":39,"VERB":40,"HASHTAG":41,"ADP":42,"EMOTICON":43,"AUX":44,"EMOJI":45,"CCONJ":46,"EMAIL":47,"TIME":49,"PART":50,"PERCENT":51,"PRON":52,"ORDINAL":53,"SCONJ":54,"MONEY":55,"PUNCT":56,"DURATION":57,"NUM":58,"DATE":59,"SYM":60,"CARDINAL":61,"X":62,"DET":63},"1":{" otherwise":48,"ADV":2,"^":3,"SYM":4,"CARDINAL":5,"NUM":6,"DATE":7,"PUNCT":8,"DURATION":9,"SCONJ":10,"MONEY":11,"PRON":12,"ORDINAL":13,"PART":14,"PERCENT":15,"DET":16,"TIME":17,"CCONJ":18,"EMAIL":19,"AUX":20,"EMOJI":21,"ADP":22,"EMOTICON":23,"VERB":24,"HASHTAG":25,"PROPN":26,"MENTION":27,"NOUN":28,"URL":29,"INTJ":30,"ADJ":31,"X":32}},{"2":"ADV&","3":"^","4":"SYM&","5":"CARDINAL&","6":"NUM&","7":"DATE&","8":"PUNCT&","9":"DURATION&","10":"SCONJ&","11":"MONEY&","12":"PRON&","13":"ORDINAL&","14":"PART&","15":"PERCENT&","16":"DET&","17":"TIME&","18":"CCONJ&","19":"EMAIL&","20":"AUX&","21":"EMOJI&","22":"ADP&","23":"EMOTICON&","24":"VERB&","25":"HASHTAG&","26":"PROPN&","27":"MENTION&","28":"NOUN&","29":"URL&","30":"INTJ&","31":"ADJ&","32":"X&","33":"ADV","34":"INTJ","35":"ADJ","36":"NOUN","37":"URL","38":"PROPN","39":"MENTION","40":"VERB","41":"HASHTAG","42":"ADP","43":"EMOTICON","44":"AUX","45":"EMOJI","46":"CCONJ","47":"EMAIL","48":"","49":"TIME","50":"PART","51":"PERCENT","52":"PRON","53":"ORDINAL","54":"SCONJ","55":"MONEY","56":"PUNCT","57":"DURATION","58":"NUM","59":"DATE","60":"SYM","61":"CARDINAL","62":"X","63":"DET"},{},{"2":{"preserve":true},"3":{"preserve":true},"4":{"preserve":true},"5":{"preserve":true},"6":{"preserve":true},"7":{"preserve":true},"8":{"preserve":true},"9":{"preserve":true},"10":{"preserve":true},"11":{"preserve":true},"12":{"preserve":true},"13":{"preserve":true},"14":{"preserve":true},"15":{"preserve":true},"16":{"preserve":true},"17":{"preserve":true},"18":{"preserve":true},"19":{"preserve":true},"20":{"preserve":true},"21":{"preserve":true},"22":{"preserve":true},"23":{"preserve":true},"24":{"preserve":true},"25":{"preserve":true},"26":{"preserve":true},"27":{"preserve":true},"28":{"preserve":true},"29":{"preserve":true},"30":{"preserve":true},"31":{"preserve":true},"32":{"preserve":true},"33":{"preserve":false},"34":{"preserve":false},"35":{"preserve":false},"36":{"preserve":false},"37":{"preserve":false},"38":{"preserve":false},"39":{"preserve":false},"40":{"preserve":false},"41":{"preserve":false},"42":{"preserve":false},"43":{"preserve":false},"44":{"preserve":false},"45":{"preserve":false},"46":{"preserve":false},"47":{"preserve":false},"48":{"preserve":false},"49":{"preserve":false},"50":{"preserve":false},"51":{"preserve":false},"52":{"preserve":false},"53":{"preserve":false},"54":{"preserve":false},"55":{"preserve":false},"56":{"preserve":false},"57":{"preserve":false},"58":{"preserve":false},"59":{"preserve":false},"60":{"preserve":false},"61":{"preserve":false},"62":{"preserve":false},"63":{"preserve":false}}]\n');
  }
});

// node_modules/wink-eng-lite-web-model/dist/load-cer-meta-model.js
var require_load_cer_meta_model = __commonJS({
  "node_modules/wink-eng-lite-web-model/dist/load-cer-meta-model.js"(exports2, module2) {
    var transformers = require_cer_transformers();
    var machines = require_eng_cer_meta_model();
    var loadNERModel = function() {
      return { machines: machines = JSON.stringify(machines), transformers };
    };
    module2.exports = loadNERModel;
  }
});

// node_modules/wink-eng-lite-web-model/dist/token-categories.js
var require_token_categories = __commonJS({
  "node_modules/wink-eng-lite-web-model/dist/token-categories.js"(exports2, module2) {
    var tcat = /* @__PURE__ */ Object.create(null);
    tcat.hash = /* @__PURE__ */ Object.create(null), tcat.list = ["unk", "word", "number", "url", "email", "mention", "hashtag", "emoji", "emoticon", "time", "ordinal", "currency", "punctuation", "symbol", "tabCRLF", "wordRP", "alpha", "apos", "decade", "shortForm"], tcat.hash.unk = 0, tcat.hash.word = 1, tcat.hash.number = 2, tcat.hash.url = 3, tcat.hash.email = 4, tcat.hash.mention = 5, tcat.hash.hashtag = 6, tcat.hash.emoji = 7, tcat.hash.emoticon = 8, tcat.hash.time = 9, tcat.hash.ordinal = 10, tcat.hash.currency = 11, tcat.hash.punctuation = 12, tcat.hash.symbol = 13, tcat.hash.tabCRLF = 14, tcat.hash.wordRP = 15, tcat.hash.alpha = 16, tcat.hash.apos = 17, tcat.hash.decade = 18, tcat.hash.shortForm = 19, module2.exports = tcat;
  }
});

// node_modules/wink-eng-lite-web-model/dist/feature.js
var require_feature = __commonJS({
  "node_modules/wink-eng-lite-web-model/dist/feature.js"(exports2, module2) {
    var tcat = require_token_categories();
    var tcat2pos = new Array(tcat.list.length);
    tcat2pos.fill(0), tcat2pos[0] = 17, tcat2pos[2] = 9, tcat2pos[3] = 15, tcat2pos[4] = 15, tcat2pos[4] = 15, tcat2pos[5] = 12, tcat2pos[6] = 15, tcat2pos[7] = 15, tcat2pos[8] = 15, tcat2pos[9] = 15, tcat2pos[10] = 11, tcat2pos[11] = 15, tcat2pos[12] = 13, tcat2pos[13] = 15, tcat2pos[14] = 14, tcat2pos[18] = 9;
    var suffix2pos = /* @__PURE__ */ Object.create(null);
    suffix2pos.ing = 16, suffix2pos.ed = 16, suffix2pos.ly = 3, suffix2pos.able = 1, suffix2pos.tish = 1, suffix2pos.like = 1, suffix2pos.ous = 1, suffix2pos.ful = 1, suffix2pos.ary = 1, suffix2pos.less = 1, suffix2pos.ier = 1, suffix2pos.est = 1, suffix2pos.fy = 1, suffix2pos.ky = 1, suffix2pos.es = 8, suffix2pos.er = 8, suffix2pos.or = 8, suffix2pos.ity = 8, suffix2pos.ion = 8, suffix2pos.llah = 12, suffix2pos.stan = 12, suffix2pos.gton = 12, suffix2pos.abad = 12, suffix2pos.land = 12, suffix2pos.pur = 12, suffix2pos.tnam = 12;
    var prefix2pos = /* @__PURE__ */ Object.create(null);
    prefix2pos.anti = 1, prefix2pos.post = 1, prefix2pos.non = 1, prefix2pos.cross = 8;
    var feature = function(config, lang, featuresData, isLexicographer) {
      const rgxLC = /^[a-z][a-z\-\–\—\.]*$/, rgxUC = /^[A-Z][A-Z\-\–\—\.]*$/, rgxTC = /^[A-Z][a-z\-\–\—\.]*$/;
      var i, rgxDiacriticalWordJoiner = /[\u0300-\u036f\u2060]/g, rgxCatDetectors = [], regexes = lang ? lang.trex.lex : null, imax = lang ? regexes.length : 0;
      const fd = featuresData;
      var methods = /* @__PURE__ */ Object.create(null);
      for (i = 0; i < imax; i += 1) rgxCatDetectors.push([new RegExp(regexes[i][0], regexes[i][1]), regexes[i][2]]);
      return methods.shape = function(word) {
        return word.normalize("NFD").replace(rgxDiacriticalWordJoiner, "").replace(/[A-Z]{4,}/g, "XXXX").replace(/[A-Z]/g, "X").replace(/[a-z]{4,}/g, "xxxx").replace(/[a-z]/g, "x").replace(/\d{4,}/g, "dddd").replace(/\d/g, "d");
      }, methods.suffix = function(word) {
        return word.slice(-config.suffix);
      }, methods.prefix = function(word) {
        return word.slice(0, config.prefix);
      }, methods.lexeme = function(word) {
        return word;
      }, methods.lexemeCID = function(word) {
        return word;
      }, methods.isAbbrev = function(word) {
        return /[a-z].*\.$/i.test(word) ? 1 : 0;
      }, methods.normal = function(word) {
        const lcwHash = fd.lexeme.hash[word.toLowerCase()];
        if (void 0 === lcwHash) return console.log("\x1B[41m%s\x1B[0m entry is missing! (feature.normal)", JSON.stringify(word.toLowerCase())), 0;
        const offset = lcwHash - fd.lexeme.hash[word];
        if (offset < 0 || offset > 3) throw new Error("feature.normal: offset of " + offset + " for " + JSON.stringify(word));
        return offset;
      }, methods.tokenType = function(word) {
        var cat;
        for (cat = 0; cat < rgxCatDetectors.length; cat += 1) if (rgxCatDetectors[cat][0].test(word)) return rgxCatDetectors[cat][1];
        return console.log("\x1B[41m%s\x1B[0m has unknown token type! (feature.tokenType)", JSON.stringify(word)), tcat.hash.word;
      }, methods.pos = function(word, category, cache) {
        if (isLexicographer) {
          const tags = fd.pos.hash[word];
          return tags ? lang.xpos.hash[tags && 1 === tags.length ? tags[0] : "UNK"] : lang.xpos.hash.UNK;
        }
        var pos, wordInLC;
        if (category === tcat.hash.word) {
          wordInLC = word.toLowerCase();
          const hash = cache.lookup(wordInLC)[0];
          if (hash < cache.intrinsicSize()) {
            const posOfWLC = cache.posOf(hash);
            pos = 8 === posOfWLC || 1 === posOfWLC ? 12 : posOfWLC;
          } else pos = (function(word2) {
            if (!rgxLC.test(word2)) return 12;
            var wlc = word2.toLowerCase();
            return suffix2pos[wlc.slice(-4)] || suffix2pos[wlc.slice(-3)] || suffix2pos[wlc.slice(-2)] || prefix2pos[wlc.slice(0, 5)] || prefix2pos[wlc.slice(0, 4)] || prefix2pos[wlc.slice(0, 3)] || prefix2pos[wlc.slice(0, 2)] || 8;
          })(word);
        }
        return pos || tcat2pos[category] || (rgxTC.test(word) ? 12 : 8);
      }, methods.isSPoS = function(word) {
        const tags = fd.pos.hash[word];
        return tags && 1 === tags.length ? 1 : 0;
      }, methods.lemma = function(word) {
        if (0 === fd.lexeme.hash[word]) return 0;
        const lmh = fd.lemma.hash[word];
        return void 0 === lmh || void 0 === fd.lexeme.hash[lmh[0]] ? (console.log("\x1B[41m%s\x1B[0m entry is missing! (feature.lemma)", JSON.stringify(lmh[0])), 0) : fd.lexeme.hash[lmh[0]];
      }, methods.isSLemma = function(word) {
        if (0 === fd.lexeme.hash[word]) return 0;
        const lmh = fd.lemma.hash[word];
        return lmh && fd.lexeme.hash[lmh[0]] && 1 === lmh.length ? 1 : 0;
      }, methods.lutCase = function(word) {
        return rgxLC.test(word) ? 1 : rgxUC.test(word) ? 2 : rgxTC.test(word) ? 3 : 0;
      }, methods;
    };
    module2.exports = feature;
  }
});

// node_modules/wink-eng-lite-web-model/dist/porter-stemmer.js
var require_porter_stemmer = __commonJS({
  "node_modules/wink-eng-lite-web-model/dist/porter-stemmer.js"(exports2, module2) {
    var rgxDouble = /(bb|dd|ff|gg|mm|nn|pp|rr|tt)$/;
    var rgxSFXsses = /(.+)(sses)$/;
    var rgxSFXiedORies2 = /(.{2,})(ied|ies)$/;
    var rgxSFXiedORies1 = /(.{1})(ied|ies)$/;
    var rgxSFXusORss = /(.+)(us|ss)$/;
    var rgxSFXs = /(.+)(s)$/;
    var rgxSFXeedlyOReed = /(.*)(eedly|eed)$/;
    var rgxSFXedORedlyORinglyORing = /([aeiouy].*)(ed|edly|ingly|ing)$/;
    var rgxSFXatORblORiz = /(at|bl|iz)$/;
    var rgxSFXyOR3 = /(.+[^aeiouy])([y3])$/;
    var rgxSFXstep2 = /(ization|ational|fulness|ousness|iveness|tional|biliti|lessli|entli|ation|alism|aliti|ousli|iviti|fulli|enci|anci|abli|izer|ator|alli|bli|ogi|li)$/;
    var rgxSFXstep2WithReplacements = [{ rgx: /ational$/, replacement: "ate" }, { rgx: /ization$/, replacement: "ize" }, { rgx: /fulness$/, replacement: "ful" }, { rgx: /ousness$/, replacement: "ous" }, { rgx: /iveness$/, replacement: "ive" }, { rgx: /tional$/, replacement: "tion" }, { rgx: /biliti$/, replacement: "ble" }, { rgx: /lessli$/, replacement: "less" }, { rgx: /iviti$/, replacement: "ive" }, { rgx: /ousli$/, replacement: "ous" }, { rgx: /ation$/, replacement: "ate" }, { rgx: /entli$/, replacement: "ent" }, { rgx: /(.*)(alism|aliti)$/, replacement: "$1al" }, { rgx: /fulli$/, replacement: "ful" }, { rgx: /alli$/, replacement: "al" }, { rgx: /ator$/, replacement: "ate" }, { rgx: /izer$/, replacement: "ize" }, { rgx: /enci$/, replacement: "ence" }, { rgx: /anci$/, replacement: "ance" }, { rgx: /abli$/, replacement: "able" }, { rgx: /bli$/, replacement: "ble" }, { rgx: /(.*)(l)(ogi)$/, replacement: "$1$2og" }, { rgx: /(.*)([cdeghkmnrt])(li)$/, replacement: "$1$2" }];
    var rgxSFXstep3 = /(ational|tional|alize|icate|iciti|ative|ical|ness|ful)$/;
    var rgxSFXstep3WithReplacements = [{ rgx: /ational$/, replacement: "ate" }, { rgx: /tional$/, replacement: "tion" }, { rgx: /alize$/, replacement: "al" }, { rgx: /(.*)(icate|iciti|ical)$/, replacement: "$1ic" }, { rgx: /(ness|ful)$/, replacement: "" }];
    var rgxSFXstep4 = /(ement|ance|ence|able|ible|ment|ant|ent|ism|ate|iti|ous|ive|ize|al|er|ic)$/;
    var rgxSFXstep4Full = /(ement|ance|ence|able|ible|ment|ant|ent|ism|ate|iti|ous|ive|ize|ion|al|er|ic)$/;
    var rgxSFXstep4ion = /(.*)(s|t)(ion)$/;
    var exceptions1 = /* @__PURE__ */ Object.create(null);
    exceptions1.skis = "ski", exceptions1.skies = "sky", exceptions1.dying = "die", exceptions1.lying = "lie", exceptions1.tying = "tie", exceptions1.idly = "idl", exceptions1.gently = "gentl", exceptions1.ugly = "ugli", exceptions1.early = "earli", exceptions1.only = "onli", exceptions1.singly = "singl", exceptions1.sky = "sky", exceptions1.news = "news", exceptions1.atlas = "atlas", exceptions1.cosmos = "cosmos", exceptions1.bias = "bias", exceptions1.andes = "andes";
    var rgxException2 = /^(inning|outing|canning|herring|proceed|exceed|succeed|earring)$/;
    var prelude = function(s) {
      return s.replace(/^y/, "3").replace(/([aeiou])y/, "$13").replace(/\’s$|\'s$/, "").replace(/s\’$|s\'$/, "").replace(/[\’\']$/, "");
    };
    var isShort = function(s) {
      return /[^aeiouy][aeiouy][^aeiouywx3]$/.test(s) || /^[aeiouy][^aeiouy]{0,1}$/.test(s);
    };
    var markRegions = function(s) {
      var m1, m2, rgxRegions = /[aeiouy]+([^aeiouy]{1}.+)/;
      return (m1 = rgxRegions.exec(s)) ? (m1 = m1[1].slice(1), m1 = /^(gener|commun|arsen)/.test(s) ? s.replace(/^(gener|commun|arsen)(.*)/, "$2") : m1, (m2 = rgxRegions.exec(m1)) ? { r1: m1, r2: m2 = m2[1].slice(1) } : { r1: m1, r2: "" }) : { r1: "", r2: "" };
    };
    var step1a = function(s) {
      var wordPart;
      return rgxSFXsses.test(s) ? s.replace(rgxSFXsses, "$1ss") : rgxSFXiedORies2.test(s) ? s.replace(rgxSFXiedORies2, "$1i") : rgxSFXiedORies1.test(s) ? s.replace(rgxSFXiedORies1, "$1ie") : rgxSFXusORss.test(s) ? s : (wordPart = s.replace(rgxSFXs, "$1"), /[aeiuouy](.+)$/.test(wordPart) ? s.replace(rgxSFXs, "$1") : s);
    };
    var step1b = function(s) {
      var sd, rgn = markRegions(s);
      return rgxSFXeedlyOReed.test(s) ? rgxSFXeedlyOReed.test(rgn.r1) ? s.replace(rgxSFXeedlyOReed, "$1ee") : s : rgxSFXedORedlyORinglyORing.test(s) ? (sd = s.replace(rgxSFXedORedlyORinglyORing, "$1"), rgn = markRegions(sd), rgxSFXatORblORiz.test(sd) ? sd + "e" : rgxDouble.test(sd) ? sd.replace(/.$/, "") : isShort(sd) && "" === rgn.r1 ? sd + "e" : sd) : s;
    };
    var step1c = function(s) {
      return s.replace(rgxSFXyOR3, "$1i");
    };
    var step2 = function(s) {
      var i, imax, us, rgn = markRegions(s), match = s.match(rgxSFXstep2);
      if (match = null === match ? "$$$$$" : match[1], -1 !== rgn.r1.indexOf(match)) {
        for (i = 0, imax = rgxSFXstep2WithReplacements.length; i < imax; i += 1) if (us = s.replace(rgxSFXstep2WithReplacements[i].rgx, rgxSFXstep2WithReplacements[i].replacement), s !== us) return us;
      }
      return s;
    };
    var step3 = function(s) {
      var i, imax, us, rgn = markRegions(s), match = s.match(rgxSFXstep3);
      if (match = null === match ? "$$$$$" : match[1], -1 !== rgn.r1.indexOf(match)) {
        for (i = 0, imax = rgxSFXstep3WithReplacements.length; i < imax; i += 1) if (us = s.replace(rgxSFXstep3WithReplacements[i].rgx, rgxSFXstep3WithReplacements[i].replacement), s !== us) return us;
        if (/ative/.test(rgn.r2)) return s.replace(/ative$/, "");
      }
      return s;
    };
    var step4 = function(s) {
      var rgn = markRegions(s), match = s.match(rgxSFXstep4Full);
      return match = null === match ? "$$$$$" : match[1], rgxSFXstep4Full.test(s) && -1 !== rgn.r2.indexOf(match) ? rgxSFXstep4.test(s) ? s.replace(rgxSFXstep4, "") : rgxSFXstep4ion.test(s) ? s.replace(rgxSFXstep4ion, "$1$2") : s : s;
    };
    var step5 = function(s) {
      var preceding, rgn;
      return rgn = markRegions(s), /e$/i.test(s) ? (preceding = s.replace(/e$/, ""), /e/.test(rgn.r2) || /e/.test(rgn.r1) && !isShort(preceding) ? preceding : s) : /l$/.test(s) && (rgn = markRegions(s)).r2 && /l$/.test(rgn.r2) ? s.replace(/ll$/, "l") : s;
    };
    var stem = function(word) {
      var str = word.toLowerCase();
      return str.length < 3 ? str : exceptions1[str] ? exceptions1[str] : (str = prelude(str), str = step1a(str), rgxException2.test(str) || (str = step1b(str), str = step1c(str), str = step2(str), str = step3(str), str = step4(str), str = step5(str)), str = str.replace(/3/g, "y"));
    };
    module2.exports = stem;
  }
});

// node_modules/wink-eng-lite-web-model/dist/wn-adjective-exceptions.js
var require_wn_adjective_exceptions = __commonJS({
  "node_modules/wink-eng-lite-web-model/dist/wn-adjective-exceptions.js"(exports2, module2) {
    var exceptions = /* @__PURE__ */ Object.create(null);
    var acer = "acer";
    var after = "after";
    var airy = "airy";
    var angry = "angry";
    var archer = "archer";
    var arty = "arty";
    var ashy = "ashy";
    var assaulter = "assaulter";
    var attacker = "attacker";
    var backer = "backer";
    var baggy = "baggy";
    var balky = "balky";
    var balmy = "balmy";
    var bandy = "bandy";
    var bargainer = "bargainer";
    var barmy = "barmy";
    var batty = "batty";
    var baulky = "baulky";
    var bawdy = "bawdy";
    var bayer = "bayer";
    var beady = "beady";
    var beastly = "beastly";
    var beater = "beater";
    var beefy = "beefy";
    var beery = "beery";
    var bendy = "bendy";
    var good = "good";
    var big = "big";
    var bitchy = "bitchy";
    var biter = "biter";
    var bitty = "bitty";
    var bleary = "bleary";
    var bloody = "bloody";
    var bloodthirsty = "bloodthirsty";
    var blowy = "blowy";
    var blowsy = "blowsy";
    var blowzy = "blowzy";
    var blue = "blue";
    var boner = "boner";
    var bony = "bony";
    var bonny = "bonny";
    var boozy = "boozy";
    var bosky = "bosky";
    var bossy = "bossy";
    var botchy = "botchy";
    var bother = "bother";
    var bouncy = "bouncy";
    var bounder = "bounder";
    var bower = "bower";
    var brainy = "brainy";
    var brashy = "brashy";
    var brassy = "brassy";
    var brawny = "brawny";
    var breathy = "breathy";
    var breezy = "breezy";
    var briny = "briny";
    var britisher = "britisher";
    var broadcaster = "broadcaster";
    var brooder = "brooder";
    var broody = "broody";
    var bubbly = "bubbly";
    var buggy = "buggy";
    var bulky = "bulky";
    var bumpy = "bumpy";
    var bunchy = "bunchy";
    var burly = "burly";
    var burry = "burry";
    var burster = "burster";
    var bushy = "bushy";
    var busy = "busy";
    var buster = "buster";
    var busty = "busty";
    var cagey = "cagey";
    var camper = "camper";
    var canny = "canny";
    var canter = "canter";
    var canty = "canty";
    var caster = "caster";
    var catchy = "catchy";
    var catty = "catty";
    var cer = "cer";
    var chancy = "chancy";
    var chary = "chary";
    var chatty = "chatty";
    var cheeky = "cheeky";
    var cheery = "cheery";
    var cheesy = "cheesy";
    var chesty = "chesty";
    var chewy = "chewy";
    var chilly = "chilly";
    var chintzy = "chintzy";
    var chippy = "chippy";
    var choosy = "choosy";
    var choppy = "choppy";
    var chubby = "chubby";
    var chuffy = "chuffy";
    var chummy = "chummy";
    var chunky = "chunky";
    var churchy = "churchy";
    var clammy = "clammy";
    var classy = "classy";
    var cleanly = "cleanly";
    var clerkly = "clerkly";
    var cloudy = "cloudy";
    var clubby = "clubby";
    var clumsy = "clumsy";
    var cocky = "cocky";
    var coder = "coder";
    var colly = "colly";
    var comely = "comely";
    var comfy = "comfy";
    var corny = "corny";
    var cosy = "cosy";
    var costly = "costly";
    var costumer = "costumer";
    var counterfeiter = "counterfeiter";
    var courtly = "courtly";
    var cozy = "cozy";
    var crabby = "crabby";
    var cracker = "cracker";
    var crafty = "crafty";
    var craggy = "craggy";
    var cranky = "cranky";
    var crasher = "crasher";
    var crawly = "crawly";
    var crazy = "crazy";
    var creamer = "creamer";
    var creamy = "creamy";
    var creepy = "creepy";
    var crispy = "crispy";
    var crumby = "crumby";
    var crumbly = "crumbly";
    var crummy = "crummy";
    var crusty = "crusty";
    var curly = "curly";
    var customer = "customer";
    var cute = "cute";
    var daffy = "daffy";
    var dainty = "dainty";
    var dandy = "dandy";
    var deadly = "deadly";
    var dealer = "dealer";
    var deserter = "deserter";
    var dewy = "dewy";
    var dicey = "dicey";
    var dimer = "dimer";
    var dim = "dim";
    var dingy = "dingy";
    var dinky = "dinky";
    var dippy = "dippy";
    var dirty = "dirty";
    var dishy = "dishy";
    var dizzy = "dizzy";
    var dodgy = "dodgy";
    var dopey = "dopey";
    var dotty = "dotty";
    var doughy = "doughy";
    var doughty = "doughty";
    var dowdy = "dowdy";
    var dowie = "dowie";
    var downer = "downer";
    var downy = "downy";
    var dozy = "dozy";
    var drab = "drab";
    var drafty = "drafty";
    var draggy = "draggy";
    var draughty = "draughty";
    var dreamy = "dreamy";
    var dreary = "dreary";
    var dreggy = "dreggy";
    var dresser = "dresser";
    var dressy = "dressy";
    var dry = "dry";
    var drippy = "drippy";
    var drowsy = "drowsy";
    var dumpy = "dumpy";
    var dun = "dun";
    var dusky = "dusky";
    var dusty = "dusty";
    var early = "early";
    var earthy = "earthy";
    var earthly = "earthly";
    var easy = "easy";
    var easter = "easter";
    var eastsider = "eastsider";
    var edger = "edger";
    var edgy = "edgy";
    var eerie = "eerie";
    var empty = "empty";
    var faker = "faker";
    var fancy = "fancy";
    var far = "far";
    var fat = "fat";
    var fatty = "fatty";
    var faulty = "faulty";
    var feisty = "feisty";
    var feller = "feller";
    var fiddly = "fiddly";
    var filmy = "filmy";
    var filthy = "filthy";
    var finny = "finny";
    var fishy = "fishy";
    var fit = "fit";
    var flabby = "flabby";
    var flaggy = "flaggy";
    var flaky = "flaky";
    var flasher = "flasher";
    var flashy = "flashy";
    var flat = "flat";
    var flaunty = "flaunty";
    var fledgy = "fledgy";
    var fleecy = "fleecy";
    var fleshy = "fleshy";
    var fleshly = "fleshly";
    var flighty = "flighty";
    var flimsy = "flimsy";
    var flinty = "flinty";
    var floaty = "floaty";
    var floppy = "floppy";
    var flossy = "flossy";
    var fluffy = "fluffy";
    var fluky = "fluky";
    var foamy = "foamy";
    var foggy = "foggy";
    var folder = "folder";
    var folksy = "folksy";
    var foolhardy = "foolhardy";
    var foreigner = "foreigner";
    var forest = "forest";
    var founder = "founder";
    var foxy = "foxy";
    var fratchy = "fratchy";
    var freaky = "freaky";
    var free = "free";
    var frenchy = "frenchy";
    var friendly = "friendly";
    var frisky = "frisky";
    var frizzy = "frizzy";
    var frizzly = "frizzly";
    var frosty = "frosty";
    var frouzy = "frouzy";
    var frowsy = "frowsy";
    var frowzy = "frowzy";
    var fruity = "fruity";
    var funky = "funky";
    var funny = "funny";
    var furry = "furry";
    var fussy = "fussy";
    var fusty = "fusty";
    var fuzzy = "fuzzy";
    var gabby = "gabby";
    var gamy = "gamy";
    var gammy = "gammy";
    var gassy = "gassy";
    var gaudy = "gaudy";
    var gauzy = "gauzy";
    var gawky = "gawky";
    var ghastly = "ghastly";
    var ghostly = "ghostly";
    var giddy = "giddy";
    var glad = "glad";
    var glassy = "glassy";
    var glib = "glib";
    var gloomy = "gloomy";
    var glossy = "glossy";
    var glum = "glum";
    var godly = "godly";
    var goer = "goer";
    var goner = "goner";
    var goodly = "goodly";
    var goofy = "goofy";
    var gooey = "gooey";
    var goosy = "goosy";
    var gory = "gory";
    var gradely = "gradely";
    var grader = "grader";
    var grainy = "grainy";
    var grassy = "grassy";
    var greasy = "greasy";
    var greedy = "greedy";
    var grim = "grim";
    var grisly = "grisly";
    var gritty = "gritty";
    var grizzly = "grizzly";
    var groggy = "groggy";
    var groovy = "groovy";
    var grotty = "grotty";
    var grounder = "grounder";
    var grouper = "grouper";
    var grouty = "grouty";
    var grubby = "grubby";
    var grumpy = "grumpy";
    var guest = "guest";
    var guilty = "guilty";
    var gummy = "gummy";
    var gushy = "gushy";
    var gusty = "gusty";
    var gutsy = "gutsy";
    var hairy = "hairy";
    var halfway = "halfway";
    var halter = "halter";
    var hammy = "hammy";
    var handy = "handy";
    var happy = "happy";
    var hardy = "hardy";
    var hasty = "hasty";
    var haughty = "haughty";
    var hazy = "hazy";
    var header = "header";
    var heady = "heady";
    var healthy = "healthy";
    var hearty = "hearty";
    var heavy = "heavy";
    var hefty = "hefty";
    var hep = "hep";
    var herby = "herby";
    var hind = "hind";
    var hip = "hip";
    var hippy = "hippy";
    var hoary = "hoary";
    var holy = "holy";
    var homely = "homely";
    var homer = "homer";
    var homey = "homey";
    var horny = "horny";
    var horsy = "horsy";
    var hot = "hot";
    var humpy = "humpy";
    var hunger = "hunger";
    var hungry = "hungry";
    var husky = "husky";
    var icy = "icy";
    var inky = "inky";
    var insider = "insider";
    var interest = "interest";
    var jaggy = "jaggy";
    var jammy = "jammy";
    var jaunty = "jaunty";
    var jazzy = "jazzy";
    var jerky = "jerky";
    var jointer = "jointer";
    var jolly = "jolly";
    var juicy = "juicy";
    var jumpy = "jumpy";
    var kindly = "kindly";
    var kinky = "kinky";
    var knotty = "knotty";
    var knurly = "knurly";
    var kooky = "kooky";
    var lacy = "lacy";
    var lairy = "lairy";
    var laky = "laky";
    var lander = "lander";
    var lanky = "lanky";
    var lathy = "lathy";
    var layer = "layer";
    var lazy = "lazy";
    var leafy = "leafy";
    var leaky = "leaky";
    var leary = "leary";
    var leer = "leer";
    var leery = "leery";
    var leggy = "leggy";
    var lengthy = "lengthy";
    var ler = "ler";
    var leveler = "leveler";
    var limy = "limy";
    var lippy = "lippy";
    var liter = "liter";
    var lively = "lively";
    var liver = "liver";
    var loather = "loather";
    var lofty = "lofty";
    var logy = "logy";
    var lonely = "lonely";
    var loner = "loner";
    var loony = "loony";
    var loopy = "loopy";
    var lordly = "lordly";
    var lousy = "lousy";
    var lovely = "lovely";
    var lowlander = "lowlander";
    var lowly = "lowly";
    var lucky = "lucky";
    var lumpy = "lumpy";
    var luny = "luny";
    var lusty = "lusty";
    var mad = "mad";
    var mainer = "mainer";
    var maligner = "maligner";
    var malty = "malty";
    var mangy = "mangy";
    var manky = "manky";
    var manly = "manly";
    var mariner = "mariner";
    var marshy = "marshy";
    var massy = "massy";
    var matter = "matter";
    var maungy = "maungy";
    var mazy = "mazy";
    var mealy = "mealy";
    var measly = "measly";
    var meaty = "meaty";
    var meeter = "meeter";
    var merry = "merry";
    var messy = "messy";
    var miffy = "miffy";
    var mighty = "mighty";
    var milcher = "milcher";
    var milker = "milker";
    var milky = "milky";
    var mingy = "mingy";
    var minter = "minter";
    var mirky = "mirky";
    var miser = "miser";
    var misty = "misty";
    var mocker = "mocker";
    var modeler = "modeler";
    var modest = "modest";
    var moldy = "moldy";
    var moody = "moody";
    var moony = "moony";
    var mothy = "mothy";
    var mouldy = "mouldy";
    var mousy = "mousy";
    var mouthy = "mouthy";
    var mucky = "mucky";
    var muddy = "muddy";
    var muggy = "muggy";
    var multiplexer = "multiplexer";
    var murky = "murky";
    var mushy = "mushy";
    var musky = "musky";
    var muster = "muster";
    var musty = "musty";
    var muzzy = "muzzy";
    var nappy = "nappy";
    var nasty = "nasty";
    var natty = "natty";
    var naughty = "naughty";
    var needy = "needy";
    var nervy = "nervy";
    var newsy = "newsy";
    var nifty = "nifty";
    var nippy = "nippy";
    var nitty = "nitty";
    var noisy = "noisy";
    var northeasterner = "northeasterner";
    var norther = "norther";
    var northerner = "northerner";
    var nosy = "nosy";
    var number = "number";
    var nutty = "nutty";
    var offer = "offer";
    var oily = "oily";
    var oliver = "oliver";
    var oozy = "oozy";
    var opener = "opener";
    var outsider = "outsider";
    var overcomer = "overcomer";
    var overnighter = "overnighter";
    var owner = "owner";
    var pally = "pally";
    var palmy = "palmy";
    var paltry = "paltry";
    var pappy = "pappy";
    var parky = "parky";
    var passer = "passer";
    var paster = "paster";
    var pasty = "pasty";
    var patchy = "patchy";
    var pater = "pater";
    var pawky = "pawky";
    var peachy = "peachy";
    var pearler = "pearler";
    var pearly = "pearly";
    var pedaler = "pedaler";
    var peppy = "peppy";
    var perky = "perky";
    var pesky = "pesky";
    var peter = "peter";
    var petty = "petty";
    var phony = "phony";
    var picky = "picky";
    var piggy = "piggy";
    var piny = "piny";
    var pitchy = "pitchy";
    var pithy = "pithy";
    var planer = "planer";
    var plashy = "plashy";
    var platy = "platy";
    var player = "player";
    var plucky = "plucky";
    var plumber = "plumber";
    var plumy = "plumy";
    var plummy = "plummy";
    var podgy = "podgy";
    var poky = "poky";
    var polisher = "polisher";
    var porky = "porky";
    var porter = "porter";
    var portly = "portly";
    var poster = "poster";
    var potty = "potty";
    var preachy = "preachy";
    var presenter = "presenter";
    var pretender = "pretender";
    var pretty = "pretty";
    var pricy = "pricy";
    var prickly = "prickly";
    var priestly = "priestly";
    var primer = "primer";
    var prim = "prim";
    var princely = "princely";
    var printer = "printer";
    var prissy = "prissy";
    var privateer = "privateer";
    var privy = "privy";
    var prompter = "prompter";
    var prosy = "prosy";
    var pudgy = "pudgy";
    var puffer = "puffer";
    var puffy = "puffy";
    var pulpy = "pulpy";
    var punchy = "punchy";
    var puny = "puny";
    var pushy = "pushy";
    var pussy = "pussy";
    var quaggy = "quaggy";
    var quaky = "quaky";
    var queasy = "queasy";
    var queenly = "queenly";
    var racy = "racy";
    var rainy = "rainy";
    var randy = "randy";
    var rangy = "rangy";
    var ranker = "ranker";
    var ratty = "ratty";
    var rattly = "rattly";
    var raunchy = "raunchy";
    var ready = "ready";
    var recorder = "recorder";
    var red = "red";
    var reedy = "reedy";
    var renter = "renter";
    var retailer = "retailer";
    var rimy = "rimy";
    var risky = "risky";
    var ritzy = "ritzy";
    var roaster = "roaster";
    var rocky = "rocky";
    var roily = "roily";
    var rooky = "rooky";
    var roomy = "roomy";
    var ropy = "ropy";
    var rosy = "rosy";
    var rowdy = "rowdy";
    var ruddy = "ruddy";
    var runny = "runny";
    var rusher = "rusher";
    var rushy = "rushy";
    var rusty = "rusty";
    var rutty = "rutty";
    var sad = "sad";
    var salter = "salter";
    var salty = "salty";
    var sampler = "sampler";
    var sandy = "sandy";
    var sappy = "sappy";
    var sassy = "sassy";
    var saucy = "saucy";
    var savvy = "savvy";
    var scabby = "scabby";
    var scaly = "scaly";
    var scanty = "scanty";
    var scary = "scary";
    var scraggy = "scraggy";
    var scraggly = "scraggly";
    var scraper = "scraper";
    var scrappy = "scrappy";
    var scrawny = "scrawny";
    var screwy = "screwy";
    var scrubby = "scrubby";
    var scruffy = "scruffy";
    var scungy = "scungy";
    var scurvy = "scurvy";
    var seamy = "seamy";
    var seconder = "seconder";
    var seedy = "seedy";
    var seemly = "seemly";
    var serer = "serer";
    var sexy = "sexy";
    var shabby = "shabby";
    var shady = "shady";
    var shaggy = "shaggy";
    var shaky = "shaky";
    var shapely = "shapely";
    var shy = "shy";
    var shifty = "shifty";
    var shiny = "shiny";
    var shirty = "shirty";
    var shoddy = "shoddy";
    var showy = "showy";
    var shrubby = "shrubby";
    var sickly = "sickly";
    var sightly = "sightly";
    var signaler = "signaler";
    var signer = "signer";
    var silky = "silky";
    var silly = "silly";
    var sketchy = "sketchy";
    var skewer = "skewer";
    var skimpy = "skimpy";
    var skinny = "skinny";
    var slaphappy = "slaphappy";
    var slaty = "slaty";
    var slaver = "slaver";
    var sleazy = "sleazy";
    var sleepy = "sleepy";
    var sly = "sly";
    var slimy = "slimy";
    var slim = "slim";
    var slimsy = "slimsy";
    var slinky = "slinky";
    var slippy = "slippy";
    var sloppy = "sloppy";
    var smarmy = "smarmy";
    var smelly = "smelly";
    var smoky = "smoky";
    var smug = "smug";
    var snaky = "snaky";
    var snappy = "snappy";
    var snatchy = "snatchy";
    var snazzy = "snazzy";
    var sneaker = "sneaker";
    var sniffy = "sniffy";
    var snooty = "snooty";
    var snotty = "snotty";
    var snowy = "snowy";
    var snuffer = "snuffer";
    var snuffy = "snuffy";
    var snug = "snug";
    var soapy = "soapy";
    var soggy = "soggy";
    var solder = "solder";
    var sonsy = "sonsy";
    var sooty = "sooty";
    var soppy = "soppy";
    var sorry = "sorry";
    var soupy = "soupy";
    var souther = "souther";
    var southerner = "southerner";
    var speedy = "speedy";
    var spicy = "spicy";
    var spiffy = "spiffy";
    var spiky = "spiky";
    var spindly = "spindly";
    var spiny = "spiny";
    var splashy = "splashy";
    var spongy = "spongy";
    var spooky = "spooky";
    var spoony = "spoony";
    var sporty = "sporty";
    var spotty = "spotty";
    var spreader = "spreader";
    var spry = "spry";
    var sprightly = "sprightly";
    var springer = "springer";
    var springy = "springy";
    var squashy = "squashy";
    var squat = "squat";
    var squatty = "squatty";
    var squiffy = "squiffy";
    var stagy = "stagy";
    var stalky = "stalky";
    var stapler = "stapler";
    var starchy = "starchy";
    var starer = "starer";
    var starest = "starest";
    var starry = "starry";
    var stately = "stately";
    var steady = "steady";
    var stealthy = "stealthy";
    var steamy = "steamy";
    var stingy = "stingy";
    var striper = "striper";
    var stocker = "stocker";
    var stocky = "stocky";
    var stodgy = "stodgy";
    var stony = "stony";
    var stormy = "stormy";
    var streaky = "streaky";
    var streamy = "streamy";
    var stretcher = "stretcher";
    var stretchy = "stretchy";
    var stringy = "stringy";
    var stripy = "stripy";
    var strong = "strong";
    var stroppy = "stroppy";
    var stuffy = "stuffy";
    var stumpy = "stumpy";
    var sturdy = "sturdy";
    var submariner = "submariner";
    var sulky = "sulky";
    var sultry = "sultry";
    var sunny = "sunny";
    var surly = "surly";
    var swagger = "swagger";
    var swanky = "swanky";
    var swarthy = "swarthy";
    var sweaty = "sweaty";
    var tacky = "tacky";
    var talky = "talky";
    var tangy = "tangy";
    var tan = "tan";
    var tardy = "tardy";
    var tasty = "tasty";
    var tatty = "tatty";
    var tawdry = "tawdry";
    var techy = "techy";
    var teenager = "teenager";
    var teeny = "teeny";
    var teetotaler = "teetotaler";
    var tester = "tester";
    var testy = "testy";
    var tetchy = "tetchy";
    var thin = "thin";
    var thirsty = "thirsty";
    var thorny = "thorny";
    var thready = "thready";
    var thrifty = "thrifty";
    var throaty = "throaty";
    var tidy = "tidy";
    var timely = "timely";
    var tiny = "tiny";
    var tinny = "tinny";
    var tipsy = "tipsy";
    var tony = "tony";
    var toothy = "toothy";
    var toper = "toper";
    var touchy = "touchy";
    var trader = "trader";
    var trashy = "trashy";
    var trendy = "trendy";
    var tricky = "tricky";
    var tricksy = "tricksy";
    var trimer = "trimer";
    var trim = "trim";
    var true1 = "true";
    var trusty = "trusty";
    var tubby = "tubby";
    var turfy = "turfy";
    var tweedy = "tweedy";
    var twiggy = "twiggy";
    var ugly = "ugly";
    var unfriendly = "unfriendly";
    var ungainly = "ungainly";
    var ungodly = "ungodly";
    var unhappy = "unhappy";
    var unhealthy = "unhealthy";
    var unholy = "unholy";
    var unruly = "unruly";
    var untidy = "untidy";
    var vasty = "vasty";
    var vest = "vest";
    var viewy = "viewy";
    var wacky = "wacky";
    var wan = "wan";
    var wary = "wary";
    var washy = "washy";
    var waster = "waster";
    var wavy = "wavy";
    var waxy = "waxy";
    var weakly = "weakly";
    var wealthy = "wealthy";
    var weary = "weary";
    var webby = "webby";
    var weedy = "weedy";
    var weeny = "weeny";
    var weensy = "weensy";
    var weepy = "weepy";
    var weighty = "weighty";
    var welsher = "welsher";
    var wet = "wet";
    var whacky = "whacky";
    var whimsy = "whimsy";
    var wholesaler = "wholesaler";
    var wieldy = "wieldy";
    var wily = "wily";
    var windy = "windy";
    var winy = "winy";
    var wintery = "wintery";
    var wintry = "wintry";
    var wiry = "wiry";
    var wispy = "wispy";
    var witty = "witty";
    var wonky = "wonky";
    var woody = "woody";
    var woodsy = "woodsy";
    var woolly = "woolly";
    var woozy = "woozy";
    var wordy = "wordy";
    var worldly = "worldly";
    var wormy = "wormy";
    var bad = "bad";
    var worthy = "worthy";
    var wry = "wry";
    var yare = "yare";
    var yeasty = "yeasty";
    var young = "young";
    var yummy = "yummy";
    var zany = "zany";
    var zippy = "zippy";
    exceptions.acer = acer, exceptions.after = after, exceptions.airier = airy, exceptions.airiest = airy, exceptions.angrier = angry, exceptions.angriest = angry, exceptions.archer = archer, exceptions.artier = arty, exceptions.artiest = arty, exceptions.ashier = ashy, exceptions.ashiest = ashy, exceptions.assaulter = assaulter, exceptions.attacker = attacker, exceptions.backer = backer, exceptions.baggier = baggy, exceptions.baggiest = baggy, exceptions.balkier = balky, exceptions.balkiest = balky, exceptions.balmier = balmy, exceptions.balmiest = balmy, exceptions.bandier = bandy, exceptions.bandiest = bandy, exceptions.bargainer = bargainer, exceptions.barmier = barmy, exceptions.barmiest = barmy, exceptions.battier = batty, exceptions.battiest = batty, exceptions.baulkier = baulky, exceptions.baulkiest = baulky, exceptions.bawdier = bawdy, exceptions.bawdiest = bawdy, exceptions.bayer = bayer, exceptions.beadier = beady, exceptions.beadiest = beady, exceptions.beastlier = beastly, exceptions.beastliest = beastly, exceptions.beater = beater, exceptions.beefier = beefy, exceptions.beefiest = beefy, exceptions.beerier = beery, exceptions.beeriest = beery, exceptions.bendier = bendy, exceptions.bendiest = bendy, exceptions.best = good, exceptions.better = good, exceptions.bigger = big, exceptions.biggest = big, exceptions.bitchier = bitchy, exceptions.bitchiest = bitchy, exceptions.biter = biter, exceptions.bittier = bitty, exceptions.bittiest = bitty, exceptions.blearier = bleary, exceptions.bleariest = bleary, exceptions.bloodier = bloody, exceptions.bloodiest = bloody, exceptions.bloodthirstier = bloodthirsty, exceptions.bloodthirstiest = bloodthirsty, exceptions.blowier = blowy, exceptions.blowiest = blowy, exceptions.blowsier = blowsy, exceptions.blowsiest = blowsy, exceptions.blowzier = blowzy, exceptions.blowziest = blowzy, exceptions.bluer = blue, exceptions.bluest = blue, exceptions.boner = boner, exceptions.bonier = bony, exceptions.boniest = bony, exceptions.bonnier = bonny, exceptions.bonniest = bonny, exceptions.boozier = boozy, exceptions.booziest = boozy, exceptions.boskier = bosky, exceptions.boskiest = bosky, exceptions.bossier = bossy, exceptions.bossiest = bossy, exceptions.botchier = botchy, exceptions.botchiest = botchy, exceptions.bother = bother, exceptions.bouncier = bouncy, exceptions.bounciest = bouncy, exceptions.bounder = bounder, exceptions.bower = bower, exceptions.brainier = brainy, exceptions.brainiest = brainy, exceptions.brashier = brashy, exceptions.brashiest = brashy, exceptions.brassier = brassy, exceptions.brassiest = brassy, exceptions.brawnier = brawny, exceptions.brawniest = brawny, exceptions.breathier = breathy, exceptions.breathiest = breathy, exceptions.breezier = breezy, exceptions.breeziest = breezy, exceptions.brinier = briny, exceptions.briniest = briny, exceptions.britisher = britisher, exceptions.broadcaster = broadcaster, exceptions.brooder = brooder, exceptions.broodier = broody, exceptions.broodiest = broody, exceptions.bubblier = bubbly, exceptions.bubbliest = bubbly, exceptions.buggier = buggy, exceptions.buggiest = buggy, exceptions.bulkier = bulky, exceptions.bulkiest = bulky, exceptions.bumpier = bumpy, exceptions.bumpiest = bumpy, exceptions.bunchier = bunchy, exceptions.bunchiest = bunchy, exceptions.burlier = burly, exceptions.burliest = burly, exceptions.burrier = burry, exceptions.burriest = burry, exceptions.burster = burster, exceptions.bushier = bushy, exceptions.bushiest = bushy, exceptions.busier = busy, exceptions.busiest = busy, exceptions.buster = buster, exceptions.bustier = busty, exceptions.bustiest = busty, exceptions.cagier = cagey, exceptions.cagiest = cagey, exceptions.camper = camper, exceptions.cannier = canny, exceptions.canniest = canny, exceptions.canter = canter, exceptions.cantier = canty, exceptions.cantiest = canty, exceptions.caster = caster, exceptions.catchier = catchy, exceptions.catchiest = catchy, exceptions.cattier = catty, exceptions.cattiest = catty, exceptions.cer = cer, exceptions.chancier = chancy, exceptions.chanciest = chancy, exceptions.charier = chary, exceptions.chariest = chary, exceptions.chattier = chatty, exceptions.chattiest = chatty, exceptions.cheekier = cheeky, exceptions.cheekiest = cheeky, exceptions.cheerier = cheery, exceptions.cheeriest = cheery, exceptions.cheesier = cheesy, exceptions.cheesiest = cheesy, exceptions.chestier = chesty, exceptions.chestiest = chesty, exceptions.chewier = chewy, exceptions.chewiest = chewy, exceptions.chillier = chilly, exceptions.chilliest = chilly, exceptions.chintzier = chintzy, exceptions.chintziest = chintzy, exceptions.chippier = chippy, exceptions.chippiest = chippy, exceptions.choosier = choosy, exceptions.choosiest = choosy, exceptions.choppier = choppy, exceptions.choppiest = choppy, exceptions.chubbier = chubby, exceptions.chubbiest = chubby, exceptions.chuffier = chuffy, exceptions.chuffiest = chuffy, exceptions.chummier = chummy, exceptions.chummiest = chummy, exceptions.chunkier = chunky, exceptions.chunkiest = chunky, exceptions.churchier = churchy, exceptions.churchiest = churchy, exceptions.clammier = clammy, exceptions.clammiest = clammy, exceptions.classier = classy, exceptions.classiest = classy, exceptions.cleanlier = cleanly, exceptions.cleanliest = cleanly, exceptions.clerklier = clerkly, exceptions.clerkliest = clerkly, exceptions.cloudier = cloudy, exceptions.cloudiest = cloudy, exceptions.clubbier = clubby, exceptions.clubbiest = clubby, exceptions.clumsier = clumsy, exceptions.clumsiest = clumsy, exceptions.cockier = cocky, exceptions.cockiest = cocky, exceptions.coder = coder, exceptions.collier = colly, exceptions.colliest = colly, exceptions.comelier = comely, exceptions.comeliest = comely, exceptions.comfier = comfy, exceptions.comfiest = comfy, exceptions.cornier = corny, exceptions.corniest = corny, exceptions.cosier = cosy, exceptions.cosiest = cosy, exceptions.costlier = costly, exceptions.costliest = costly, exceptions.costumer = costumer, exceptions.counterfeiter = counterfeiter, exceptions.courtlier = courtly, exceptions.courtliest = courtly, exceptions.cozier = cozy, exceptions.coziest = cozy, exceptions.crabbier = crabby, exceptions.crabbiest = crabby, exceptions.cracker = cracker, exceptions.craftier = crafty, exceptions.craftiest = crafty, exceptions.craggier = craggy, exceptions.craggiest = craggy, exceptions.crankier = cranky, exceptions.crankiest = cranky, exceptions.crasher = crasher, exceptions.crawlier = crawly, exceptions.crawliest = crawly, exceptions.crazier = crazy, exceptions.craziest = crazy, exceptions.creamer = creamer, exceptions.creamier = creamy, exceptions.creamiest = creamy, exceptions.creepier = creepy, exceptions.creepiest = creepy, exceptions.crispier = crispy, exceptions.crispiest = crispy, exceptions.crumbier = crumby, exceptions.crumbiest = crumby, exceptions.crumblier = crumbly, exceptions.crumbliest = crumbly, exceptions.crummier = crummy, exceptions.crummiest = crummy, exceptions.crustier = crusty, exceptions.crustiest = crusty, exceptions.curlier = curly, exceptions.curliest = curly, exceptions.customer = customer, exceptions.cuter = cute, exceptions.daffier = daffy, exceptions.daffiest = daffy, exceptions.daintier = dainty, exceptions.daintiest = dainty, exceptions.dandier = dandy, exceptions.dandiest = dandy, exceptions.deadlier = deadly, exceptions.deadliest = deadly, exceptions.dealer = dealer, exceptions.deserter = deserter, exceptions.dewier = dewy, exceptions.dewiest = dewy, exceptions.dicier = dicey, exceptions.diciest = dicey, exceptions.dimer = dimer, exceptions.dimmer = dim, exceptions.dimmest = dim, exceptions.dingier = dingy, exceptions.dingiest = dingy, exceptions.dinkier = dinky, exceptions.dinkiest = dinky, exceptions.dippier = dippy, exceptions.dippiest = dippy, exceptions.dirtier = dirty, exceptions.dirtiest = dirty, exceptions.dishier = dishy, exceptions.dishiest = dishy, exceptions.dizzier = dizzy, exceptions.dizziest = dizzy, exceptions.dodgier = dodgy, exceptions.dodgiest = dodgy, exceptions.dopier = dopey, exceptions.dopiest = dopey, exceptions.dottier = dotty, exceptions.dottiest = dotty, exceptions.doughier = doughy, exceptions.doughiest = doughy, exceptions.doughtier = doughty, exceptions.doughtiest = doughty, exceptions.dowdier = dowdy, exceptions.dowdiest = dowdy, exceptions.dowier = dowie, exceptions.dowiest = dowie, exceptions.downer = downer, exceptions.downier = downy, exceptions.downiest = downy, exceptions.dozier = dozy, exceptions.doziest = dozy, exceptions.drabber = drab, exceptions.drabbest = drab, exceptions.draftier = drafty, exceptions.draftiest = drafty, exceptions.draggier = draggy, exceptions.draggiest = draggy, exceptions.draughtier = draughty, exceptions.draughtiest = draughty, exceptions.dreamier = dreamy, exceptions.dreamiest = dreamy, exceptions.drearier = dreary, exceptions.dreariest = dreary, exceptions.dreggier = dreggy, exceptions.dreggiest = dreggy, exceptions.dresser = dresser, exceptions.dressier = dressy, exceptions.dressiest = dressy, exceptions.drier = dry, exceptions.driest = dry, exceptions.drippier = drippy, exceptions.drippiest = drippy, exceptions.drowsier = drowsy, exceptions.drowsiest = drowsy, exceptions.dryer = dry, exceptions.dryest = dry, exceptions.dumpier = dumpy, exceptions.dumpiest = dumpy, exceptions.dunner = dun, exceptions.dunnest = dun, exceptions.duskier = dusky, exceptions.duskiest = dusky, exceptions.dustier = dusty, exceptions.dustiest = dusty, exceptions.earlier = early, exceptions.earliest = early, exceptions.earthier = earthy, exceptions.earthiest = earthy, exceptions.earthlier = earthly, exceptions.earthliest = earthly, exceptions.easier = easy, exceptions.easiest = easy, exceptions.easter = easter, exceptions.eastsider = eastsider, exceptions.edger = edger, exceptions.edgier = edgy, exceptions.edgiest = edgy, exceptions.eerier = eerie, exceptions.eeriest = eerie, exceptions.emptier = empty, exceptions.emptiest = empty, exceptions.faker = faker, exceptions.fancier = fancy, exceptions.fanciest = fancy, exceptions.furthest = far, exceptions.farthest = far, exceptions.fatter = fat, exceptions.fattest = fat, exceptions.fattier = fatty, exceptions.fattiest = fatty, exceptions.faultier = faulty, exceptions.faultiest = faulty, exceptions.feistier = feisty, exceptions.feistiest = feisty, exceptions.feller = feller, exceptions.fiddlier = fiddly, exceptions.fiddliest = fiddly, exceptions.filmier = filmy, exceptions.filmiest = filmy, exceptions.filthier = filthy, exceptions.filthiest = filthy, exceptions.finnier = finny, exceptions.finniest = finny, exceptions.fishier = fishy, exceptions.fishiest = fishy, exceptions.fitter = fit, exceptions.fittest = fit, exceptions.flabbier = flabby, exceptions.flabbiest = flabby, exceptions.flaggier = flaggy, exceptions.flaggiest = flaggy, exceptions.flakier = flaky, exceptions.flakiest = flaky, exceptions.flasher = flasher, exceptions.flashier = flashy, exceptions.flashiest = flashy, exceptions.flatter = flat, exceptions.flattest = flat, exceptions.flauntier = flaunty, exceptions.flauntiest = flaunty, exceptions.fledgier = fledgy, exceptions.fledgiest = fledgy, exceptions.fleecier = fleecy, exceptions.fleeciest = fleecy, exceptions.fleshier = fleshy, exceptions.fleshiest = fleshy, exceptions.fleshlier = fleshly, exceptions.fleshliest = fleshly, exceptions.flightier = flighty, exceptions.flightiest = flighty, exceptions.flimsier = flimsy, exceptions.flimsiest = flimsy, exceptions.flintier = flinty, exceptions.flintiest = flinty, exceptions.floatier = floaty, exceptions.floatiest = floaty, exceptions.floppier = floppy, exceptions.floppiest = floppy, exceptions.flossier = flossy, exceptions.flossiest = flossy, exceptions.fluffier = fluffy, exceptions.fluffiest = fluffy, exceptions.flukier = fluky, exceptions.flukiest = fluky, exceptions.foamier = foamy, exceptions.foamiest = foamy, exceptions.foggier = foggy, exceptions.foggiest = foggy, exceptions.folder = folder, exceptions.folksier = folksy, exceptions.folksiest = folksy, exceptions.foolhardier = foolhardy, exceptions.foolhardiest = foolhardy, exceptions.foreigner = foreigner, exceptions.forest = forest, exceptions.founder = founder, exceptions.foxier = foxy, exceptions.foxiest = foxy, exceptions.fratchier = fratchy, exceptions.fratchiest = fratchy, exceptions.freakier = freaky, exceptions.freakiest = freaky, exceptions.freer = free, exceptions.freest = free, exceptions.frenchier = frenchy, exceptions.frenchiest = frenchy, exceptions.friendlier = friendly, exceptions.friendliest = friendly, exceptions.friskier = frisky, exceptions.friskiest = frisky, exceptions.frizzier = frizzy, exceptions.frizziest = frizzy, exceptions.frizzlier = frizzly, exceptions.frizzliest = frizzly, exceptions.frostier = frosty, exceptions.frostiest = frosty, exceptions.frouzier = frouzy, exceptions.frouziest = frouzy, exceptions.frowsier = frowsy, exceptions.frowsiest = frowsy, exceptions.frowzier = frowzy, exceptions.frowziest = frowzy, exceptions.fruitier = fruity, exceptions.fruitiest = fruity, exceptions.funkier = funky, exceptions.funkiest = funky, exceptions.funnier = funny, exceptions.funniest = funny, exceptions.furrier = furry, exceptions.furriest = furry, exceptions.fussier = fussy, exceptions.fussiest = fussy, exceptions.fustier = fusty, exceptions.fustiest = fusty, exceptions.fuzzier = fuzzy, exceptions.fuzziest = fuzzy, exceptions.gabbier = gabby, exceptions.gabbiest = gabby, exceptions.gamier = gamy, exceptions.gamiest = gamy, exceptions.gammier = gammy, exceptions.gammiest = gammy, exceptions.gassier = gassy, exceptions.gassiest = gassy, exceptions.gaudier = gaudy, exceptions.gaudiest = gaudy, exceptions.gauzier = gauzy, exceptions.gauziest = gauzy, exceptions.gawkier = gawky, exceptions.gawkiest = gawky, exceptions.ghastlier = ghastly, exceptions.ghastliest = ghastly, exceptions.ghostlier = ghostly, exceptions.ghostliest = ghostly, exceptions.giddier = giddy, exceptions.giddiest = giddy, exceptions.gladder = glad, exceptions.gladdest = glad, exceptions.glassier = glassy, exceptions.glassiest = glassy, exceptions.glibber = glib, exceptions.glibbest = glib, exceptions.gloomier = gloomy, exceptions.gloomiest = gloomy, exceptions.glossier = glossy, exceptions.glossiest = glossy, exceptions.glummer = glum, exceptions.glummest = glum, exceptions.godlier = godly, exceptions.godliest = godly, exceptions.goer = goer, exceptions.goner = goner, exceptions.goodlier = goodly, exceptions.goodliest = goodly, exceptions.goofier = goofy, exceptions.goofiest = goofy, exceptions.gooier = gooey, exceptions.gooiest = gooey, exceptions.goosier = goosy, exceptions.goosiest = goosy, exceptions.gorier = gory, exceptions.goriest = gory, exceptions.gradelier = gradely, exceptions.gradeliest = gradely, exceptions.grader = grader, exceptions.grainier = grainy, exceptions.grainiest = grainy, exceptions.grassier = grassy, exceptions.grassiest = grassy, exceptions.greasier = greasy, exceptions.greasiest = greasy, exceptions.greedier = greedy, exceptions.greediest = greedy, exceptions.grimmer = grim, exceptions.grimmest = grim, exceptions.grislier = grisly, exceptions.grisliest = grisly, exceptions.grittier = gritty, exceptions.grittiest = gritty, exceptions.grizzlier = grizzly, exceptions.grizzliest = grizzly, exceptions.groggier = groggy, exceptions.groggiest = groggy, exceptions.groovier = groovy, exceptions.grooviest = groovy, exceptions.grottier = grotty, exceptions.grottiest = grotty, exceptions.grounder = grounder, exceptions.grouper = grouper, exceptions.groutier = grouty, exceptions.groutiest = grouty, exceptions.grubbier = grubby, exceptions.grubbiest = grubby, exceptions.grumpier = grumpy, exceptions.grumpiest = grumpy, exceptions.guest = guest, exceptions.guiltier = guilty, exceptions.guiltiest = guilty, exceptions.gummier = gummy, exceptions.gummiest = gummy, exceptions.gushier = gushy, exceptions.gushiest = gushy, exceptions.gustier = gusty, exceptions.gustiest = gusty, exceptions.gutsier = gutsy, exceptions.gutsiest = gutsy, exceptions.hairier = hairy, exceptions.hairiest = hairy, exceptions.halfways = halfway, exceptions.halter = halter, exceptions.hammier = hammy, exceptions.hammiest = hammy, exceptions.handier = handy, exceptions.handiest = handy, exceptions.happier = happy, exceptions.happiest = happy, exceptions.hardier = hardy, exceptions.hardiest = hardy, exceptions.hastier = hasty, exceptions.hastiest = hasty, exceptions.haughtier = haughty, exceptions.haughtiest = haughty, exceptions.hazier = hazy, exceptions.haziest = hazy, exceptions.header = header, exceptions.headier = heady, exceptions.headiest = heady, exceptions.healthier = healthy, exceptions.healthiest = healthy, exceptions.heartier = hearty, exceptions.heartiest = hearty, exceptions.heavier = heavy, exceptions.heaviest = heavy, exceptions.heftier = hefty, exceptions.heftiest = hefty, exceptions.hepper = hep, exceptions.heppest = hep, exceptions.herbier = herby, exceptions.herbiest = herby, exceptions.hinder = hind, exceptions.hipper = hip, exceptions.hippest = hip, exceptions.hippier = hippy, exceptions.hippiest = hippy, exceptions.hoarier = hoary, exceptions.hoariest = hoary, exceptions.holier = holy, exceptions.holiest = holy, exceptions.homelier = homely, exceptions.homeliest = homely, exceptions.homer = homer, exceptions.homier = homey, exceptions.homiest = homey, exceptions.hornier = horny, exceptions.horniest = horny, exceptions.horsier = horsy, exceptions.horsiest = horsy, exceptions.hotter = hot, exceptions.hottest = hot, exceptions.humpier = humpy, exceptions.humpiest = humpy, exceptions.hunger = hunger, exceptions.hungrier = hungry, exceptions.hungriest = hungry, exceptions.huskier = husky, exceptions.huskiest = husky, exceptions.icier = icy, exceptions.iciest = icy, exceptions.inkier = inky, exceptions.inkiest = inky, exceptions.insider = insider, exceptions.interest = interest, exceptions.jaggier = jaggy, exceptions.jaggiest = jaggy, exceptions.jammier = jammy, exceptions.jammiest = jammy, exceptions.jauntier = jaunty, exceptions.jauntiest = jaunty, exceptions.jazzier = jazzy, exceptions.jazziest = jazzy, exceptions.jerkier = jerky, exceptions.jerkiest = jerky, exceptions.jointer = jointer, exceptions.jollier = jolly, exceptions.jolliest = jolly, exceptions.juicier = juicy, exceptions.juiciest = juicy, exceptions.jumpier = jumpy, exceptions.jumpiest = jumpy, exceptions.kindlier = kindly, exceptions.kindliest = kindly, exceptions.kinkier = kinky, exceptions.kinkiest = kinky, exceptions.knottier = knotty, exceptions.knottiest = knotty, exceptions.knurlier = knurly, exceptions.knurliest = knurly, exceptions.kookier = kooky, exceptions.kookiest = kooky, exceptions.lacier = lacy, exceptions.laciest = lacy, exceptions.lairier = lairy, exceptions.lairiest = lairy, exceptions.lakier = laky, exceptions.lakiest = laky, exceptions.lander = lander, exceptions.lankier = lanky, exceptions.lankiest = lanky, exceptions.lathier = lathy, exceptions.lathiest = lathy, exceptions.layer = layer, exceptions.lazier = lazy, exceptions.laziest = lazy, exceptions.leafier = leafy, exceptions.leafiest = leafy, exceptions.leakier = leaky, exceptions.leakiest = leaky, exceptions.learier = leary, exceptions.leariest = leary, exceptions.leer = leer, exceptions.leerier = leery, exceptions.leeriest = leery, exceptions.leggier = leggy, exceptions.leggiest = leggy, exceptions.lengthier = lengthy, exceptions.lengthiest = lengthy, exceptions.ler = ler, exceptions.leveler = leveler, exceptions.limier = limy, exceptions.limiest = limy, exceptions.lippier = lippy, exceptions.lippiest = lippy, exceptions.liter = liter, exceptions.livelier = lively, exceptions.liveliest = lively, exceptions.liver = liver, exceptions.loather = loather, exceptions.loftier = lofty, exceptions.loftiest = lofty, exceptions.logier = logy, exceptions.logiest = logy, exceptions.lonelier = lonely, exceptions.loneliest = lonely, exceptions.loner = loner, exceptions.loonier = loony, exceptions.looniest = loony, exceptions.loopier = loopy, exceptions.loopiest = loopy, exceptions.lordlier = lordly, exceptions.lordliest = lordly, exceptions.lousier = lousy, exceptions.lousiest = lousy, exceptions.lovelier = lovely, exceptions.loveliest = lovely, exceptions.lowlander = lowlander, exceptions.lowlier = lowly, exceptions.lowliest = lowly, exceptions.luckier = lucky, exceptions.luckiest = lucky, exceptions.lumpier = lumpy, exceptions.lumpiest = lumpy, exceptions.lunier = luny, exceptions.luniest = luny, exceptions.lustier = lusty, exceptions.lustiest = lusty, exceptions.madder = mad, exceptions.maddest = mad, exceptions.mainer = mainer, exceptions.maligner = maligner, exceptions.maltier = malty, exceptions.maltiest = malty, exceptions.mangier = mangy, exceptions.mangiest = mangy, exceptions.mankier = manky, exceptions.mankiest = manky, exceptions.manlier = manly, exceptions.manliest = manly, exceptions.mariner = mariner, exceptions.marshier = marshy, exceptions.marshiest = marshy, exceptions.massier = massy, exceptions.massiest = massy, exceptions.matter = matter, exceptions.maungier = maungy, exceptions.maungiest = maungy, exceptions.mazier = mazy, exceptions.maziest = mazy, exceptions.mealier = mealy, exceptions.mealiest = mealy, exceptions.measlier = measly, exceptions.measliest = measly, exceptions.meatier = meaty, exceptions.meatiest = meaty, exceptions.meeter = meeter, exceptions.merrier = merry, exceptions.merriest = merry, exceptions.messier = messy, exceptions.messiest = messy, exceptions.miffier = miffy, exceptions.miffiest = miffy, exceptions.mightier = mighty, exceptions.mightiest = mighty, exceptions.milcher = milcher, exceptions.milker = milker, exceptions.milkier = milky, exceptions.milkiest = milky, exceptions.mingier = mingy, exceptions.mingiest = mingy, exceptions.minter = minter, exceptions.mirkier = mirky, exceptions.mirkiest = mirky, exceptions.miser = miser, exceptions.mistier = misty, exceptions.mistiest = misty, exceptions.mocker = mocker, exceptions.modeler = modeler, exceptions.modest = modest, exceptions.moldier = moldy, exceptions.moldiest = moldy, exceptions.moodier = moody, exceptions.moodiest = moody, exceptions.moonier = moony, exceptions.mooniest = moony, exceptions.mothier = mothy, exceptions.mothiest = mothy, exceptions.mouldier = mouldy, exceptions.mouldiest = mouldy, exceptions.mousier = mousy, exceptions.mousiest = mousy, exceptions.mouthier = mouthy, exceptions.mouthiest = mouthy, exceptions.muckier = mucky, exceptions.muckiest = mucky, exceptions.muddier = muddy, exceptions.muddiest = muddy, exceptions.muggier = muggy, exceptions.muggiest = muggy, exceptions.multiplexer = multiplexer, exceptions.murkier = murky, exceptions.murkiest = murky, exceptions.mushier = mushy, exceptions.mushiest = mushy, exceptions.muskier = musky, exceptions.muskiest = musky, exceptions.muster = muster, exceptions.mustier = musty, exceptions.mustiest = musty, exceptions.muzzier = muzzy, exceptions.muzziest = muzzy, exceptions.nappier = nappy, exceptions.nappiest = nappy, exceptions.nastier = nasty, exceptions.nastiest = nasty, exceptions.nattier = natty, exceptions.nattiest = natty, exceptions.naughtier = naughty, exceptions.naughtiest = naughty, exceptions.needier = needy, exceptions.neediest = needy, exceptions.nervier = nervy;
    exceptions.nerviest = nervy, exceptions.newsier = newsy, exceptions.newsiest = newsy, exceptions.niftier = nifty, exceptions.niftiest = nifty, exceptions.nippier = nippy, exceptions.nippiest = nippy, exceptions.nittier = nitty, exceptions.nittiest = nitty, exceptions.noisier = noisy, exceptions.noisiest = noisy, exceptions.northeasterner = northeasterner, exceptions.norther = norther, exceptions.northerner = northerner, exceptions.nosier = nosy, exceptions.nosiest = nosy, exceptions.number = number, exceptions.nuttier = nutty, exceptions.nuttiest = nutty, exceptions.offer = offer, exceptions.oilier = oily, exceptions.oiliest = oily, exceptions.oliver = oliver, exceptions.oozier = oozy, exceptions.ooziest = oozy, exceptions.opener = opener, exceptions.outsider = outsider, exceptions.overcomer = overcomer, exceptions.overnighter = overnighter, exceptions.owner = owner, exceptions.pallier = pally, exceptions.palliest = pally, exceptions.palmier = palmy, exceptions.palmiest = palmy, exceptions.paltrier = paltry, exceptions.paltriest = paltry, exceptions.pappier = pappy, exceptions.pappiest = pappy, exceptions.parkier = parky, exceptions.parkiest = parky, exceptions.passer = passer, exceptions.paster = paster, exceptions.pastier = pasty, exceptions.pastiest = pasty, exceptions.patchier = patchy, exceptions.patchiest = patchy, exceptions.pater = pater, exceptions.pawkier = pawky, exceptions.pawkiest = pawky, exceptions.peachier = peachy, exceptions.peachiest = peachy, exceptions.pearler = pearler, exceptions.pearlier = pearly, exceptions.pearliest = pearly, exceptions.pedaler = pedaler, exceptions.peppier = peppy, exceptions.peppiest = peppy, exceptions.perkier = perky, exceptions.perkiest = perky, exceptions.peskier = pesky, exceptions.peskiest = pesky, exceptions.peter = peter, exceptions.pettier = petty, exceptions.pettiest = petty, exceptions.phonier = phony, exceptions.phoniest = phony, exceptions.pickier = picky, exceptions.pickiest = picky, exceptions.piggier = piggy, exceptions.piggiest = piggy, exceptions.pinier = piny, exceptions.piniest = piny, exceptions.pitchier = pitchy, exceptions.pitchiest = pitchy, exceptions.pithier = pithy, exceptions.pithiest = pithy, exceptions.planer = planer, exceptions.plashier = plashy, exceptions.plashiest = plashy, exceptions.platier = platy, exceptions.platiest = platy, exceptions.player = player, exceptions.pluckier = plucky, exceptions.pluckiest = plucky, exceptions.plumber = plumber, exceptions.plumier = plumy, exceptions.plumiest = plumy, exceptions.plummier = plummy, exceptions.plummiest = plummy, exceptions.podgier = podgy, exceptions.podgiest = podgy, exceptions.pokier = poky, exceptions.pokiest = poky, exceptions.polisher = polisher, exceptions.porkier = porky, exceptions.porkiest = porky, exceptions.porter = porter, exceptions.portlier = portly, exceptions.portliest = portly, exceptions.poster = poster, exceptions.pottier = potty, exceptions.pottiest = potty, exceptions.preachier = preachy, exceptions.preachiest = preachy, exceptions.presenter = presenter, exceptions.pretender = pretender, exceptions.prettier = pretty, exceptions.prettiest = pretty, exceptions.pricier = pricy, exceptions.priciest = pricy, exceptions.pricklier = prickly, exceptions.prickliest = prickly, exceptions.priestlier = priestly, exceptions.priestliest = priestly, exceptions.primer = primer, exceptions.primmer = prim, exceptions.primmest = prim, exceptions.princelier = princely, exceptions.princeliest = princely, exceptions.printer = printer, exceptions.prissier = prissy, exceptions.prissiest = prissy, exceptions.privateer = privateer, exceptions.privier = privy, exceptions.priviest = privy, exceptions.prompter = prompter, exceptions.prosier = prosy, exceptions.prosiest = prosy, exceptions.pudgier = pudgy, exceptions.pudgiest = pudgy, exceptions.puffer = puffer, exceptions.puffier = puffy, exceptions.puffiest = puffy, exceptions.pulpier = pulpy, exceptions.pulpiest = pulpy, exceptions.punchier = punchy, exceptions.punchiest = punchy, exceptions.punier = puny, exceptions.puniest = puny, exceptions.pushier = pushy, exceptions.pushiest = pushy, exceptions.pussier = pussy, exceptions.pussiest = pussy, exceptions.quaggier = quaggy, exceptions.quaggiest = quaggy, exceptions.quakier = quaky, exceptions.quakiest = quaky, exceptions.queasier = queasy, exceptions.queasiest = queasy, exceptions.queenlier = queenly, exceptions.queenliest = queenly, exceptions.racier = racy, exceptions.raciest = racy, exceptions.rainier = rainy, exceptions.rainiest = rainy, exceptions.randier = randy, exceptions.randiest = randy, exceptions.rangier = rangy, exceptions.rangiest = rangy, exceptions.ranker = ranker, exceptions.rattier = ratty, exceptions.rattiest = ratty, exceptions.rattlier = rattly, exceptions.rattliest = rattly, exceptions.raunchier = raunchy, exceptions.raunchiest = raunchy, exceptions.readier = ready, exceptions.readiest = ready, exceptions.recorder = recorder, exceptions.redder = red, exceptions.reddest = red, exceptions.reedier = reedy, exceptions.reediest = reedy, exceptions.renter = renter, exceptions.retailer = retailer, exceptions.rimier = rimy, exceptions.rimiest = rimy, exceptions.riskier = risky, exceptions.riskiest = risky, exceptions.ritzier = ritzy, exceptions.ritziest = ritzy, exceptions.roaster = roaster, exceptions.rockier = rocky, exceptions.rockiest = rocky, exceptions.roilier = roily, exceptions.roiliest = roily, exceptions.rookier = rooky, exceptions.rookiest = rooky, exceptions.roomier = roomy, exceptions.roomiest = roomy, exceptions.ropier = ropy, exceptions.ropiest = ropy, exceptions.rosier = rosy, exceptions.rosiest = rosy, exceptions.rowdier = rowdy, exceptions.rowdiest = rowdy, exceptions.ruddier = ruddy, exceptions.ruddiest = ruddy, exceptions.runnier = runny, exceptions.runniest = runny, exceptions.rusher = rusher, exceptions.rushier = rushy, exceptions.rushiest = rushy, exceptions.rustier = rusty, exceptions.rustiest = rusty, exceptions.ruttier = rutty, exceptions.ruttiest = rutty, exceptions.sadder = sad, exceptions.saddest = sad, exceptions.salter = salter, exceptions.saltier = salty, exceptions.saltiest = salty, exceptions.sampler = sampler, exceptions.sandier = sandy, exceptions.sandiest = sandy, exceptions.sappier = sappy, exceptions.sappiest = sappy, exceptions.sassier = sassy, exceptions.sassiest = sassy, exceptions.saucier = saucy, exceptions.sauciest = saucy, exceptions.savvier = savvy, exceptions.savviest = savvy, exceptions.scabbier = scabby, exceptions.scabbiest = scabby, exceptions.scalier = scaly, exceptions.scaliest = scaly, exceptions.scantier = scanty, exceptions.scantiest = scanty, exceptions.scarier = scary, exceptions.scariest = scary, exceptions.scraggier = scraggy, exceptions.scraggiest = scraggy, exceptions.scragglier = scraggly, exceptions.scraggliest = scraggly, exceptions.scraper = scraper, exceptions.scrappier = scrappy, exceptions.scrappiest = scrappy, exceptions.scrawnier = scrawny, exceptions.scrawniest = scrawny, exceptions.screwier = screwy, exceptions.screwiest = screwy, exceptions.scrubbier = scrubby, exceptions.scrubbiest = scrubby, exceptions.scruffier = scruffy, exceptions.scruffiest = scruffy, exceptions.scungier = scungy, exceptions.scungiest = scungy, exceptions.scurvier = scurvy, exceptions.scurviest = scurvy, exceptions.seamier = seamy, exceptions.seamiest = seamy, exceptions.seconder = seconder, exceptions.seedier = seedy, exceptions.seediest = seedy, exceptions.seemlier = seemly, exceptions.seemliest = seemly, exceptions.serer = serer, exceptions.sexier = sexy, exceptions.sexiest = sexy, exceptions.shabbier = shabby, exceptions.shabbiest = shabby, exceptions.shadier = shady, exceptions.shadiest = shady, exceptions.shaggier = shaggy, exceptions.shaggiest = shaggy, exceptions.shakier = shaky, exceptions.shakiest = shaky, exceptions.shapelier = shapely, exceptions.shapeliest = shapely, exceptions.shier = shy, exceptions.shiest = shy, exceptions.shiftier = shifty, exceptions.shiftiest = shifty, exceptions.shinier = shiny, exceptions.shiniest = shiny, exceptions.shirtier = shirty, exceptions.shirtiest = shirty, exceptions.shoddier = shoddy, exceptions.shoddiest = shoddy, exceptions.showier = showy, exceptions.showiest = showy, exceptions.shrubbier = shrubby, exceptions.shrubbiest = shrubby, exceptions.shyer = shy, exceptions.shyest = shy, exceptions.sicklier = sickly, exceptions.sickliest = sickly, exceptions.sightlier = sightly, exceptions.sightliest = sightly, exceptions.signaler = signaler, exceptions.signer = signer, exceptions.silkier = silky, exceptions.silkiest = silky, exceptions.sillier = silly, exceptions.silliest = silly, exceptions.sketchier = sketchy, exceptions.sketchiest = sketchy, exceptions.skewer = skewer, exceptions.skimpier = skimpy, exceptions.skimpiest = skimpy, exceptions.skinnier = skinny, exceptions.skinniest = skinny, exceptions.slaphappier = slaphappy, exceptions.slaphappiest = slaphappy, exceptions.slatier = slaty, exceptions.slatiest = slaty, exceptions.slaver = slaver, exceptions.sleazier = sleazy, exceptions.sleaziest = sleazy, exceptions.sleepier = sleepy, exceptions.sleepiest = sleepy, exceptions.slier = sly, exceptions.sliest = sly, exceptions.slimier = slimy, exceptions.slimiest = slimy, exceptions.slimmer = slim, exceptions.slimmest = slim, exceptions.slimsier = slimsy, exceptions.slimsiest = slimsy, exceptions.slinkier = slinky, exceptions.slinkiest = slinky, exceptions.slippier = slippy, exceptions.slippiest = slippy, exceptions.sloppier = sloppy, exceptions.sloppiest = sloppy, exceptions.slyer = sly, exceptions.slyest = sly, exceptions.smarmier = smarmy, exceptions.smarmiest = smarmy, exceptions.smellier = smelly, exceptions.smelliest = smelly, exceptions.smokier = smoky, exceptions.smokiest = smoky, exceptions.smugger = smug, exceptions.smuggest = smug, exceptions.snakier = snaky, exceptions.snakiest = snaky, exceptions.snappier = snappy, exceptions.snappiest = snappy, exceptions.snatchier = snatchy, exceptions.snatchiest = snatchy, exceptions.snazzier = snazzy, exceptions.snazziest = snazzy, exceptions.sneaker = sneaker, exceptions.sniffier = sniffy, exceptions.sniffiest = sniffy, exceptions.snootier = snooty, exceptions.snootiest = snooty, exceptions.snottier = snotty, exceptions.snottiest = snotty, exceptions.snowier = snowy, exceptions.snowiest = snowy, exceptions.snuffer = snuffer, exceptions.snuffier = snuffy, exceptions.snuffiest = snuffy, exceptions.snugger = snug, exceptions.snuggest = snug, exceptions.soapier = soapy, exceptions.soapiest = soapy, exceptions.soggier = soggy, exceptions.soggiest = soggy, exceptions.solder = solder, exceptions.sonsier = sonsy, exceptions.sonsiest = sonsy, exceptions.sootier = sooty, exceptions.sootiest = sooty, exceptions.soppier = soppy, exceptions.soppiest = soppy, exceptions.sorrier = sorry, exceptions.sorriest = sorry, exceptions.soupier = soupy, exceptions.soupiest = soupy, exceptions.souther = souther, exceptions.southerner = southerner, exceptions.speedier = speedy, exceptions.speediest = speedy, exceptions.spicier = spicy, exceptions.spiciest = spicy, exceptions.spiffier = spiffy, exceptions.spiffiest = spiffy, exceptions.spikier = spiky, exceptions.spikiest = spiky, exceptions.spindlier = spindly, exceptions.spindliest = spindly, exceptions.spinier = spiny, exceptions.spiniest = spiny, exceptions.splashier = splashy, exceptions.splashiest = splashy, exceptions.spongier = spongy, exceptions.spongiest = spongy, exceptions.spookier = spooky, exceptions.spookiest = spooky, exceptions.spoonier = spoony, exceptions.spooniest = spoony, exceptions.sportier = sporty, exceptions.sportiest = sporty, exceptions.spottier = spotty, exceptions.spottiest = spotty, exceptions.spreader = spreader, exceptions.sprier = spry, exceptions.spriest = spry, exceptions.sprightlier = sprightly, exceptions.sprightliest = sprightly, exceptions.springer = springer, exceptions.springier = springy, exceptions.springiest = springy, exceptions.squashier = squashy, exceptions.squashiest = squashy, exceptions.squatter = squat, exceptions.squattest = squat, exceptions.squattier = squatty, exceptions.squattiest = squatty, exceptions.squiffier = squiffy, exceptions.squiffiest = squiffy, exceptions.stagier = stagy, exceptions.stagiest = stagy, exceptions.stalkier = stalky, exceptions.stalkiest = stalky, exceptions.stapler = stapler, exceptions.starchier = starchy, exceptions.starchiest = starchy, exceptions.starer = starer, exceptions.starest = starest, exceptions.starrier = starry, exceptions.starriest = starry, exceptions.statelier = stately, exceptions.stateliest = stately, exceptions.steadier = steady, exceptions.steadiest = steady, exceptions.stealthier = stealthy, exceptions.stealthiest = stealthy, exceptions.steamier = steamy, exceptions.steamiest = steamy, exceptions.stingier = stingy, exceptions.stingiest = stingy, exceptions.stiper = striper, exceptions.stocker = stocker, exceptions.stockier = stocky, exceptions.stockiest = stocky, exceptions.stodgier = stodgy, exceptions.stodgiest = stodgy, exceptions.stonier = stony, exceptions.stoniest = stony, exceptions.stormier = stormy, exceptions.stormiest = stormy, exceptions.streakier = streaky, exceptions.streakiest = streaky, exceptions.streamier = streamy, exceptions.streamiest = streamy, exceptions.stretcher = stretcher, exceptions.stretchier = stretchy, exceptions.stretchiest = stretchy, exceptions.stringier = stringy, exceptions.stringiest = stringy, exceptions.stripier = stripy, exceptions.stripiest = stripy, exceptions.stronger = strong, exceptions.strongest = strong, exceptions.stroppier = stroppy, exceptions.stroppiest = stroppy, exceptions.stuffier = stuffy, exceptions.stuffiest = stuffy, exceptions.stumpier = stumpy, exceptions.stumpiest = stumpy, exceptions.sturdier = sturdy, exceptions.sturdiest = sturdy, exceptions.submariner = submariner, exceptions.sulkier = sulky, exceptions.sulkiest = sulky, exceptions.sultrier = sultry, exceptions.sultriest = sultry, exceptions.sunnier = sunny, exceptions.sunniest = sunny, exceptions.surlier = surly, exceptions.surliest = surly, exceptions.swagger = swagger, exceptions.swankier = swanky, exceptions.swankiest = swanky, exceptions.swarthier = swarthy, exceptions.swarthiest = swarthy, exceptions.sweatier = sweaty, exceptions.sweatiest = sweaty, exceptions.tackier = tacky, exceptions.tackiest = tacky, exceptions.talkier = talky, exceptions.talkiest = talky, exceptions.tangier = tangy, exceptions.tangiest = tangy, exceptions.tanner = tan, exceptions.tannest = tan, exceptions.tardier = tardy, exceptions.tardiest = tardy, exceptions.tastier = tasty, exceptions.tastiest = tasty, exceptions.tattier = tatty, exceptions.tattiest = tatty, exceptions.tawdrier = tawdry, exceptions.tawdriest = tawdry, exceptions.techier = techy, exceptions.techiest = techy, exceptions.teenager = teenager, exceptions.teenier = teeny, exceptions.teeniest = teeny, exceptions.teetotaler = teetotaler, exceptions.tester = tester, exceptions.testier = testy, exceptions.testiest = testy, exceptions.tetchier = tetchy, exceptions.tetchiest = tetchy, exceptions.thinner = thin, exceptions.thinnest = thin, exceptions.thirstier = thirsty, exceptions.thirstiest = thirsty, exceptions.thornier = thorny, exceptions.thorniest = thorny, exceptions.threadier = thready, exceptions.threadiest = thready, exceptions.thriftier = thrifty, exceptions.thriftiest = thrifty, exceptions.throatier = throaty, exceptions.throatiest = throaty, exceptions.tidier = tidy, exceptions.tidiest = tidy, exceptions.timelier = timely, exceptions.timeliest = timely, exceptions.tinier = tiny, exceptions.tiniest = tiny, exceptions.tinnier = tinny, exceptions.tinniest = tinny, exceptions.tipsier = tipsy, exceptions.tipsiest = tipsy, exceptions.tonier = tony, exceptions.toniest = tony, exceptions.toothier = toothy, exceptions.toothiest = toothy, exceptions.toper = toper, exceptions.touchier = touchy, exceptions.touchiest = touchy, exceptions.trader = trader, exceptions.trashier = trashy, exceptions.trashiest = trashy, exceptions.trendier = trendy, exceptions.trendiest = trendy, exceptions.trickier = tricky, exceptions.trickiest = tricky, exceptions.tricksier = tricksy, exceptions.tricksiest = tricksy, exceptions.trimer = trimer, exceptions.trimmer = trim, exceptions.trimmest = trim, exceptions.truer = true1, exceptions.truest = true1, exceptions.trustier = trusty, exceptions.trustiest = trusty, exceptions.tubbier = tubby, exceptions.tubbiest = tubby, exceptions.turfier = turfy, exceptions.turfiest = turfy, exceptions.tweedier = tweedy, exceptions.tweediest = tweedy, exceptions.twiggier = twiggy, exceptions.twiggiest = twiggy, exceptions.uglier = ugly, exceptions.ugliest = ugly, exceptions.unfriendlier = unfriendly, exceptions.unfriendliest = unfriendly, exceptions.ungainlier = ungainly, exceptions.ungainliest = ungainly, exceptions.ungodlier = ungodly, exceptions.ungodliest = ungodly, exceptions.unhappier = unhappy, exceptions.unhappiest = unhappy, exceptions.unhealthier = unhealthy, exceptions.unhealthiest = unhealthy, exceptions.unholier = unholy, exceptions.unholiest = unholy, exceptions.unrulier = unruly, exceptions.unruliest = unruly, exceptions.untidier = untidy, exceptions.untidiest = untidy, exceptions.vastier = vasty, exceptions.vastiest = vasty, exceptions.vest = vest, exceptions.viewier = viewy, exceptions.viewiest = viewy, exceptions.wackier = wacky, exceptions.wackiest = wacky, exceptions.wanner = wan, exceptions.wannest = wan, exceptions.warier = wary, exceptions.wariest = wary, exceptions.washier = washy, exceptions.washiest = washy, exceptions.waster = waster, exceptions.wavier = wavy, exceptions.waviest = wavy, exceptions.waxier = waxy, exceptions.waxiest = waxy, exceptions.weaklier = weakly, exceptions.weakliest = weakly, exceptions.wealthier = wealthy, exceptions.wealthiest = wealthy, exceptions.wearier = weary, exceptions.weariest = weary, exceptions.webbier = webby, exceptions.webbiest = webby, exceptions.weedier = weedy, exceptions.weediest = weedy, exceptions.weenier = weeny, exceptions.weeniest = weeny, exceptions.weensier = weensy, exceptions.weensiest = weensy, exceptions.weepier = weepy, exceptions.weepiest = weepy, exceptions.weightier = weighty, exceptions.weightiest = weighty, exceptions.welsher = welsher, exceptions.wetter = wet, exceptions.wettest = wet, exceptions.whackier = whacky, exceptions.whackiest = whacky, exceptions.whimsier = whimsy, exceptions.whimsiest = whimsy, exceptions.wholesaler = wholesaler, exceptions.wieldier = wieldy, exceptions.wieldiest = wieldy, exceptions.wilier = wily, exceptions.wiliest = wily, exceptions.windier = windy, exceptions.windiest = windy, exceptions.winier = winy, exceptions.winiest = winy, exceptions.winterier = wintery, exceptions.winteriest = wintery, exceptions.wintrier = wintry, exceptions.wintriest = wintry, exceptions.wirier = wiry, exceptions.wiriest = wiry, exceptions.wispier = wispy, exceptions.wispiest = wispy, exceptions.wittier = witty, exceptions.wittiest = witty, exceptions.wonkier = wonky, exceptions.wonkiest = wonky, exceptions.woodier = woody, exceptions.woodiest = woody, exceptions.woodsier = woodsy, exceptions.woodsiest = woodsy, exceptions.woollier = woolly, exceptions.woolliest = woolly, exceptions.woozier = woozy, exceptions.wooziest = woozy, exceptions.wordier = wordy, exceptions.wordiest = wordy, exceptions.worldlier = worldly, exceptions.worldliest = worldly, exceptions.wormier = wormy, exceptions.wormiest = wormy, exceptions.worse = bad, exceptions.worst = bad, exceptions.worthier = worthy, exceptions.worthiest = worthy, exceptions.wrier = wry, exceptions.wriest = wry, exceptions.wryer = wry, exceptions.wryest = wry, exceptions.yarer = yare, exceptions.yarest = yare, exceptions.yeastier = yeasty, exceptions.yeastiest = yeasty, exceptions.younger = young, exceptions.youngest = young, exceptions.yummier = yummy, exceptions.yummiest = yummy, exceptions.zanier = zany, exceptions.zaniest = zany, exceptions.zippier = zippy, exceptions.zippiest = zippy, module2.exports = exceptions;
  }
});

// node_modules/wink-eng-lite-web-model/dist/wn-noun-exceptions.js
var require_wn_noun_exceptions = __commonJS({
  "node_modules/wink-eng-lite-web-model/dist/wn-noun-exceptions.js"(exports2, module2) {
    var exceptions = /* @__PURE__ */ Object.create(null);
    var aardwolf = "aardwolf";
    var abacus = "abacus";
    var aboideau = "aboideau";
    var aboiteau = "aboiteau";
    var abscissa = "abscissa";
    var acanthus = "acanthus";
    var acarus = "acarus";
    var acciaccatura = "acciaccatura";
    var acetabulum = "acetabulum";
    var achaemenid = "achaemenid";
    var aciculum = "aciculum";
    var acicula = "acicula";
    var acinus = "acinus";
    var acromion = "acromion";
    var actinia = "actinia";
    var actinozoan = "actinozoan";
    var addendum = "addendum";
    var adenocarcinoma = "adenocarcinoma";
    var adenoma = "adenoma";
    var adieu = "adieu";
    var adytum = "adytum";
    var aecium = "aecium";
    var aecidium = "aecidium";
    var aerobium = "aerobium";
    var aggiornamento = "aggiornamento";
    var agnomen = "agnomen";
    var agon = "agon";
    var agora = "agora";
    var agouti = "agouti";
    var ala = "ala";
    var alewife = "alewife";
    var alkali = "alkali";
    var allodium = "allodium";
    var alluvium = "alluvium";
    var alodium = "alodium";
    var altocumulus = "altocumulus";
    var altostratus = "altostratus";
    var alula = "alula";
    var alumna = "alumna";
    var alumnus = "alumnus";
    var alveolus = "alveolus";
    var amanuensis = "amanuensis";
    var ambulacrum = "ambulacrum";
    var ameba = "ameba";
    var amnion = "amnion";
    var amniocentesis = "amniocentesis";
    var amoeba = "amoeba";
    var amoebiasis = "amoebiasis";
    var amora = "amora";
    var amoretto = "amoretto";
    var amorino = "amorino";
    var amphiarthrosis = "amphiarthrosis";
    var amphithecium = "amphithecium";
    var amphimixis = "amphimixis";
    var amphioxus = "amphioxus";
    var amphisbaena = "amphisbaena";
    var amphora = "amphora";
    var ampulla = "ampulla";
    var amygdala = "amygdala";
    var anabasis = "anabasis";
    var anacoluthon = "anacoluthon";
    var anacrusis = "anacrusis";
    var anaerobium = "anaerobium";
    var anagnorisis = "anagnorisis";
    var analemma = "analemma";
    var analysis = "analysis";
    var anamnesis = "anamnesis";
    var anamorphosis = "anamorphosis";
    var anastomosis = "anastomosis";
    var anaptyxis = "anaptyxis";
    var ancon = "ancon";
    var androclinium = "androclinium";
    var androecium = "androecium";
    var androsphinx = "androsphinx";
    var antheridium = "antheridium";
    var angelfish = "angelfish";
    var angioma = "angioma";
    var animalculum = "animalculum";
    var anlage = "anlage";
    var annatto = "annatto";
    var annulus = "annulus";
    var anta = "anta";
    var antalkali = "antalkali";
    var antefix = "antefix";
    var antenna = "antenna";
    var antependium = "antependium";
    var anthelion = "anthelion";
    var anthelix = "anthelix";
    var anthemion = "anthemion";
    var anthodium = "anthodium";
    var anthozoan = "anthozoan";
    var anthrax = "anthrax";
    var anticlinorium = "anticlinorium";
    var antihelix = "antihelix";
    var antihero = "antihero";
    var antiserum = "antiserum";
    var antithesis = "antithesis";
    var antitragus = "antitragus";
    var antrum = "antrum";
    var anus = "anus";
    var aorta = "aorta";
    var aphelion = "aphelion";
    var aphis = "aphis";
    var apex = "apex";
    var apodosis = "apodosis";
    var apomixis = "apomixis";
    var aponeurosis = "aponeurosis";
    var apophysis = "apophysis";
    var aposiopesis = "aposiopesis";
    var apothecium = "apothecium";
    var apotheosis = "apotheosis";
    var apparatus = "apparatus";
    var appendix = "appendix";
    var appoggiatura = "appoggiatura";
    var apsis = "apsis";
    var aqua = "aqua";
    var aquarium = "aquarium";
    var argali = "argali";
    var arboretum = "arboretum";
    var arcanum = "arcanum";
    var archegonium = "archegonium";
    var archerfish = "archerfish";
    var archesporium = "archesporium";
    var archipelago = "archipelago";
    var areola = "areola";
    var argumentum = "argumentum";
    var arietta = "arietta";
    var arista = "arista";
    var armamentarium = "armamentarium";
    var arsis = "arsis";
    var rotl = "rotl";
    var arteriosclerosis = "arteriosclerosis";
    var aruspex = "aruspex";
    var ascesis = "ascesis";
    var ascus = "ascus";
    var ascidium = "ascidium";
    var ascogonium = "ascogonium";
    var ash = "ash";
    var ashkenazi = "ashkenazi";
    var aspergillum = "aspergillum";
    var aspergillus = "aspergillus";
    var aspergillosis = "aspergillosis";
    var aspersorium = "aspersorium";
    var assegai = "assegai";
    var astragalus = "astragalus";
    var asyndeton = "asyndeton";
    var atheroma = "atheroma";
    var atherosclerosis = "atherosclerosis";
    var atmolysis = "atmolysis";
    var atrium = "atrium";
    var auditorium = "auditorium";
    var aura = "aura";
    var eyrir = "eyrir";
    var aureus = "aureus";
    var auricula = "auricula";
    var aurora = "aurora";
    var auspice = "auspice";
    var autocatalysis = "autocatalysis";
    var autochthon = "autochthon";
    var automaton = "automaton";
    var avitaminosis = "avitaminosis";
    var ax = "ax";
    var axilla = "axilla";
    var bacchante = "bacchante";
    var bacchius = "bacchius";
    var bacillus = "bacillus";
    var bacteriostasis = "bacteriostasis";
    var baculum = "baculum";
    var ballista = "ballista";
    var bambino = "bambino";
    var bandeau = "bandeau";
    var bandit = "bandit";
    var ban = "ban";
    var banjo = "banjo";
    var barklouse = "barklouse";
    var barramundi = "barramundi";
    var base = "base";
    var basidium = "basidium";
    var basileus = "basileus";
    var basso = "basso";
    var bastinado = "bastinado";
    var bateau = "bateau";
    var batfish = "batfish";
    var beadsman = "beadsman";
    var beau = "beau";
    var beef = "beef";
    var behoof = "behoof";
    var bersagliere = "bersagliere";
    var bhishti = "bhishti";
    var bibliotheca = "bibliotheca";
    var bicentenary = "bicentenary";
    var bijou = "bijou";
    var bilbo = "bilbo";
    var billfish = "billfish";
    var bimbo = "bimbo";
    var bisectrix = "bisectrix";
    var blackfoot = "blackfoot";
    var blackfish = "blackfish";
    var blastema = "blastema";
    var blastula = "blastula";
    var blindfish = "blindfish";
    var blowfish = "blowfish";
    var bluefish = "bluefish";
    var boarfish = "boarfish";
    var boschbok = "boschbok";
    var boletus = "boletus";
    var bolivar = "bolivar";
    var bolshevik = "bolshevik";
    var bonefish = "bonefish";
    var bongo = "bongo";
    var bonito = "bonito";
    var booklouse = "booklouse";
    var bookshelf = "bookshelf";
    var borax = "borax";
    var borborygmus = "borborygmus";
    var bordereau = "bordereau";
    var botargo = "botargo";
    var boxfish = "boxfish";
    var brachium = "brachium";
    var brainchild = "brainchild";
    var branchia = "branchia";
    var brant = "brant";
    var bravado = "bravado";
    var bravo = "bravo";
    var bregma = "bregma";
    var brother = "brother";
    var broadleaf = "broadleaf";
    var bronchus = "bronchus";
    var bryozoan = "bryozoan";
    var bubo = "bubo";
    var bucko = "bucko";
    var bucktooth = "bucktooth";
    var buffalo = "buffalo";
    var bulla = "bulla";
    var bund = "bund";
    var bureau = "bureau";
    var bursa = "bursa";
    var bus = "bus";
    var butterfish = "butterfish";
    var byssus = "byssus";
    var cactus = "cactus";
    var caduceus = "caduceus";
    var caecum = "caecum";
    var caesura = "caesura";
    var calamus = "calamus";
    var calathus = "calathus";
    var calcaneum = "calcaneum";
    var calx = "calx";
    var calculus = "calculus";
    var caldarium = "caldarium";
    var calix = "calix";
    var calico = "calico";
    var callus = "callus";
    var calf = "calf";
    var calyx = "calyx";
    var cambium = "cambium";
    var camera = "camera";
    var canaliculus = "canaliculus";
    var candelabrum = "candelabrum";
    var candlefish = "candlefish";
    var canthus = "canthus";
    var canula = "canula";
    var canzone = "canzone";
    var caput = "caput";
    var capitulum = "capitulum";
    var capriccio = "capriccio";
    var carabiniere = "carabiniere";
    var carbonado = "carbonado";
    var carcinoma = "carcinoma";
    var cargo = "cargo";
    var caryatid = "caryatid";
    var carina = "carina";
    var carolus = "carolus";
    var carpus = "carpus";
    var carpogonium = "carpogonium";
    var caryopsis = "caryopsis";
    var castrato = "castrato";
    var catabasis = "catabasis";
    var cataclasis = "cataclasis";
    var catalo = "catalo";
    var catalysis = "catalysis";
    var catena = "catena";
    var catfish = "catfish";
    var cathar = "cathar";
    var cathexis = "cathexis";
    var cattalo = "cattalo";
    var caudex = "caudex";
    var caulis = "caulis";
    var cavatina = "cavatina";
    var cavefish = "cavefish";
    var cavetto = "cavetto";
    var cecum = "cecum";
    var cella = "cella";
    var cembalo = "cembalo";
    var centesimo = "centesimo";
    var centrum = "centrum";
    var cephalothorax = "cephalothorax";
    var cercaria = "cercaria";
    var cercus = "cercus";
    var cerebellum = "cerebellum";
    var cerebrum = "cerebrum";
    var cervix = "cervix";
    var caestus = "caestus";
    var cesura = "cesura";
    var cheder = "cheder";
    var chaeta = "chaeta";
    var chalaza = "chalaza";
    var hallah = "hallah";
    var chalutz = "chalutz";
    var chapati = "chapati";
    var chapatti = "chapatti";
    var chapeau = "chapeau";
    var chasid = "chasid";
    var chassid = "chassid";
    var chateau = "chateau";
    var chazan = "chazan";
    var chela = "chela";
    var chelicera = "chelicera";
    var cherub = "cherub";
    var chiasma = "chiasma";
    var chiasmus = "chiasmus";
    var child = "child";
    var chilli = "chilli";
    var chitarrone = "chitarrone";
    var chlamys = "chlamys";
    var chondroma = "chondroma";
    var choragus = "choragus";
    var choriambus = "choriambus";
    var chou = "chou";
    var chromonema = "chromonema";
    var chrysalis = "chrysalis";
    var chuvash = "chuvash";
    var ciborium = "ciborium";
    var cicada = "cicada";
    var cicala = "cicala";
    var cicatrix = "cicatrix";
    var cicerone = "cicerone";
    var cicisbeo = "cicisbeo";
    var cilium = "cilium";
    var cimex = "cimex";
    var cinerarium = "cinerarium";
    var cingulum = "cingulum";
    var cirrus = "cirrus";
    var cirrocumulus = "cirrocumulus";
    var cirrostratus = "cirrostratus";
    var cisco = "cisco";
    var cisterna = "cisterna";
    var clarino = "clarino";
    var claro = "claro";
    var clepsydra = "clepsydra";
    var clinandrium = "clinandrium";
    var clingfish = "clingfish";
    var clitellum = "clitellum";
    var cloaca = "cloaca";
    var clostridium = "clostridium";
    var cloverleaf = "cloverleaf";
    var clypeus = "clypeus";
    var coagulum = "coagulum";
    var coalfish = "coalfish";
    var coccus = "coccus";
    var coccyx = "coccyx";
    var cochlea = "cochlea";
    var codfish = "codfish";
    var codex = "codex";
    var coelenteron = "coelenteron";
    var coenurus = "coenurus";
    var cognomen = "cognomen";
    var cognosente = "cognosente";
    var colon = "colon";
    var coleorhiza = "coleorhiza";
    var collegium = "collegium";
    var colloquium = "colloquium";
    var colluvium = "colluvium";
    var collyrium = "collyrium";
    var colossus = "colossus";
    var columbarium = "columbarium";
    var columella = "columella";
    var coma = "coma";
    var comatula = "comatula";
    var comedo = "comedo";
    var comic = "comic";
    var commando = "commando";
    var concertante = "concertante";
    var concerto = "concerto";
    var concertino = "concertino";
    var concha = "concha";
    var condottiere = "condottiere";
    var condyloma = "condyloma";
    var conferva = "conferva";
    var congius = "congius";
    var conidium = "conidium";
    var conjunctiva = "conjunctiva";
    var conquistador = "conquistador";
    var consortium = "consortium";
    var contagium = "contagium";
    var continuum = "continuum";
    var contralto = "contralto";
    var conversazione = "conversazione";
    var convolvulus = "convolvulus";
    var copula = "copula";
    var corbicula = "corbicula";
    var corium = "corium";
    var cornea = "cornea";
    var cornu = "cornu";
    var corona = "corona";
    var corpus = "corpus";
    var corrigendum = "corrigendum";
    var cortex = "cortex";
    var cortina = "cortina";
    var corybant = "corybant";
    var coryphaeus = "coryphaeus";
    var costa = "costa";
    var cothurnus = "cothurnus";
    var couteau = "couteau";
    var cowfish = "cowfish";
    var coxa = "coxa";
    var crambo = "crambo";
    var cranium = "cranium";
    var crasis = "crasis";
    var crawfish = "crawfish";
    var crayfish = "crayfish";
    var credendum = "credendum";
    var crematorium = "crematorium";
    var crescendo = "crescendo";
    var cribellum = "cribellum";
    var crisis = "crisis";
    var crissum = "crissum";
    var crista = "crista";
    var criterion = "criterion";
    var crux = "crux";
    var crus = "crus";
    var crusado = "crusado";
    var cruzado = "cruzado";
    var cry = "cry";
    var ctenidium = "ctenidium";
    var cubiculum = "cubiculum";
    var culex = "culex";
    var culpa = "culpa";
    var cultus = "cultus";
    var cumulus = "cumulus";
    var cumulonimbus = "cumulonimbus";
    var cumulostratus = "cumulostratus";
    var curia = "curia";
    var curriculum = "curriculum";
    var custos = "custos";
    var cutis = "cutis";
    var cuticula = "cuticula";
    var cuttlefish = "cuttlefish";
    var cyclops = "cyclops";
    var cyclosis = "cyclosis";
    var cylix = "cylix";
    var cyma = "cyma";
    var cymatium = "cymatium";
    var cypsela = "cypsela";
    var cysticercus = "cysticercus";
    var dado = "dado";
    var dago = "dago";
    var damselfish = "damselfish";
    var datum = "datum";
    var daimio = "daimio";
    var dealfish = "dealfish";
    var decemvir = "decemvir";
    var decennium = "decennium";
    var decidua = "decidua";
    var definiendum = "definiendum";
    var definiens = "definiens";
    var delphinium = "delphinium";
    var denarius = "denarius";
    var dentalium = "dentalium";
    var dermatosis = "dermatosis";
    var desideratum = "desideratum";
    var desperado = "desperado";
    var devilfish = "devilfish";
    var diaeresis = "diaeresis";
    var diagnosis = "diagnosis";
    var dialysis = "dialysis";
    var diaphysis = "diaphysis";
    var diapophysis = "diapophysis";
    var diarthrosis = "diarthrosis";
    var diastalsis = "diastalsis";
    var diastasis = "diastasis";
    var diastema = "diastema";
    var diathesis = "diathesis";
    var diazo = "diazo";
    var dibbuk = "dibbuk";
    var dichasium = "dichasium";
    var dictum = "dictum";
    var dido = "dido";
    var dieresis = "dieresis";
    var diesis = "diesis";
    var differentia = "differentia";
    var dilettante = "dilettante";
    var diluvium = "diluvium";
    var dingo = "dingo";
    var diplococcus = "diplococcus";
    var discus = "discus";
    var discobolus = "discobolus";
    var diva = "diva";
    var diverticulum = "diverticulum";
    var divertimento = "divertimento";
    var djinny = "djinny";
    var dodo = "dodo";
    var dogfish = "dogfish";
    var dogma = "dogma";
    var dogtooth = "dogtooth";
    var dollarfish = "dollarfish";
    var domatium = "domatium";
    var domino = "domino";
    var dormouse = "dormouse";
    var dorsum = "dorsum";
    var drachma = "drachma";
    var drawknife = "drawknife";
    var drosophila = "drosophila";
    var drumfish = "drumfish";
    var dryad = "dryad";
    var duo = "duo";
    var duodenum = "duodenum";
    var dupondius = "dupondius";
    var duumvir = "duumvir";
    var dwarf = "dwarf";
    var dybbuk = "dybbuk";
    var ecchymosis = "ecchymosis";
    var ecclesia = "ecclesia";
    var ecdysis = "ecdysis";
    var echidna = "echidna";
    var echinus = "echinus";
    var echinococcus = "echinococcus";
    var echo = "echo";
    var ectozoan = "ectozoan";
    var eddo = "eddo";
    var edema = "edema";
    var effluvium = "effluvium";
    var eidolon = "eidolon";
    var eisegesis = "eisegesis";
    var eisteddfod = "eisteddfod";
    var elenchus = "elenchus";
    var ellipsis = "ellipsis";
    var eluvium = "eluvium";
    var elf = "elf";
    var elytrum = "elytrum";
    var embargo = "embargo";
    var embolus = "embolus";
    var emphasis = "emphasis";
    var emporium = "emporium";
    var enarthrosis = "enarthrosis";
    var encephalon = "encephalon";
    var encephalitis = "encephalitis";
    var encephaloma = "encephaloma";
    var enchiridion = "enchiridion";
    var enchondroma = "enchondroma";
    var encomium = "encomium";
    var endameba = "endameba";
    var endamoeba = "endamoeba";
    var endocardium = "endocardium";
    var endocranium = "endocranium";
    var endometrium = "endometrium";
    var endosteum = "endosteum";
    var endostosis = "endostosis";
    var endothecium = "endothecium";
    var endothelium = "endothelium";
    var endothelioma = "endothelioma";
    var endozoan = "endozoan";
    var enema = "enema";
    var enneahedron = "enneahedron";
    var entameba = "entameba";
    var entamoeba = "entamoeba";
    var entasis = "entasis";
    var enteron = "enteron";
    var ens = "ens";
    var entozoan = "entozoan";
    var epencephalon = "epencephalon";
    var epenthesis = "epenthesis";
    var epexegesis = "epexegesis";
    var ephemeron = "ephemeron";
    var ephemera = "ephemera";
    var ephemeris = "ephemeris";
    var ephor = "ephor";
    var epicalyx = "epicalyx";
    var epicanthus = "epicanthus";
    var epicardium = "epicardium";
    var epicedium = "epicedium";
    var epiclesis = "epiclesis";
    var epididymis = "epididymis";
    var epigastrium = "epigastrium";
    var epiglottis = "epiglottis";
    var epimysium = "epimysium";
    var epiphenomenon = "epiphenomenon";
    var epiphysis = "epiphysis";
    var episternum = "episternum";
    var epithalamium = "epithalamium";
    var epithelium = "epithelium";
    var epithelioma = "epithelioma";
    var epizoan = "epizoan";
    var epyllion = "epyllion";
    var equilibrium = "equilibrium";
    var equisetum = "equisetum";
    var eringo = "eringo";
    var erratum = "erratum";
    var eryngo = "eryngo";
    var esophagus = "esophagus";
    var etymon = "etymon";
    var eucalyptus = "eucalyptus";
    var eupatrid = "eupatrid";
    var euripus = "euripus";
    var exanthema = "exanthema";
    var executrix = "executrix";
    var exegesis = "exegesis";
    var exemplum = "exemplum";
    var exordium = "exordium";
    var exostosis = "exostosis";
    var extremum = "extremum";
    var eyetooth = "eyetooth";
    var fabliau = "fabliau";
    var facia = "facia";
    var facula = "facula";
    var faeroese = "faeroese";
    var fallfish = "fallfish";
    var famulus = "famulus";
    var faroese = "faroese";
    var farrago = "farrago";
    var fascia = "fascia";
    var fasciculus = "fasciculus";
    var fatso = "fatso";
    var fauna = "fauna";
    var fecula = "fecula";
    var fedayee = "fedayee";
    var foot = "foot";
    var fellah = "fellah";
    var femur = "femur";
    var fenestella = "fenestella";
    var fenestra = "fenestra";
    var feria = "feria";
    var fermata = "fermata";
    var ferula = "ferula";
    var festschrift = "festschrift";
    var fetial = "fetial";
    var fez = "fez";
    var fiasco = "fiasco";
    var fibrilla = "fibrilla";
    var fibroma = "fibroma";
    var fibula = "fibula";
    var fico = "fico";
    var fideicommissum = "fideicommissum";
    var fieldmouse = "fieldmouse";
    var fig = "fig";
    var filum = "filum";
    var filaria = "filaria";
    var filefish = "filefish";
    var fimbria = "fimbria";
    var fish = "fish";
    var fishwife = "fishwife";
    var fistula = "fistula";
    var flabellum = "flabellum";
    var flagellum = "flagellum";
    var flagstaff = "flagstaff";
    var flambeau = "flambeau";
    var flamen = "flamen";
    var flamingo = "flamingo";
    var flatfoot = "flatfoot";
    var flatfish = "flatfish";
    var flittermouse = "flittermouse";
    var floccus = "floccus";
    var flocculus = "flocculus";
    var flora = "flora";
    var floreat = "floreat";
    var florilegium = "florilegium";
    var flyleaf = "flyleaf";
    var focus = "focus";
    var folium = "folium";
    var forum = "forum";
    var foramen = "foramen";
    var forceps = "forceps";
    var forefoot = "forefoot";
    var foretooth = "foretooth";
    var formicarium = "formicarium";
    var formula = "formula";
    var fornix = "fornix";
    var fortis = "fortis";
    var fossa = "fossa";
    var fovea = "fovea";
    var foveola = "foveola";
    var fractocumulus = "fractocumulus";
    var fractostratus = "fractostratus";
    var fraenum = "fraenum";
    var frau = "frau";
    var frenum = "frenum";
    var frenulum = "frenulum";
    var fresco = "fresco";
    var fricandeau = "fricandeau";
    var fricando = "fricando";
    var frijol = "frijol";
    var frogfish = "frogfish";
    var frons = "frons";
    var frustum = "frustum";
    var fucus = "fucus";
    var fulcrum = "fulcrum";
    var fumatorium = "fumatorium";
    var fundus = "fundus";
    var fungus = "fungus";
    var funiculus = "funiculus";
    var furculum = "furculum";
    var furcula = "furcula";
    var furfur = "furfur";
    var galea = "galea";
    var gambado = "gambado";
    var gametangium = "gametangium";
    var gametoecium = "gametoecium";
    var gammadion = "gammadion";
    var ganglion = "ganglion";
    var garfish = "garfish";
    var gas = "gas";
    var gastrula = "gastrula";
    var gateau = "gateau";
    var gazebo = "gazebo";
    var gecko = "gecko";
    var goose = "goose";
    var gelsemium = "gelsemium";
    var gemsbok = "gemsbok";
    var gemsbuck = "gemsbuck";
    var gemeinschaft = "gemeinschaft";
    var gemma = "gemma";
    var genus = "genus";
    var generatrix = "generatrix";
    var genesis = "genesis";
    var genius = "genius";
    var gens = "gens";
    var genu = "genu";
    var germen = "germen";
    var gesellschaft = "gesellschaft";
    var gestalt = "gestalt";
    var ghetto = "ghetto";
    var gingiva = "gingiva";
    var gingko = "gingko";
    var ginglymus = "ginglymus";
    var ginkgo = "ginkgo";
    var gippo = "gippo";
    var glabella = "glabella";
    var gladiolus = "gladiolus";
    var glans = "glans";
    var glioma = "glioma";
    var glissando = "glissando";
    var globefish = "globefish";
    var globigerina = "globigerina";
    var glochidium = "glochidium";
    var glomerulus = "glomerulus";
    var glossa = "glossa";
    var glottis = "glottis";
    var glutaeus = "glutaeus";
    var gluteus = "gluteus";
    var gnosis = "gnosis";
    var goatfish = "goatfish";
    var gobo = "gobo";
    var godchild = "godchild";
    var go = "go";
    var goldfish = "goldfish";
    var gomphosis = "gomphosis";
    var gonion = "gonion";
    var gonidium = "gonidium";
    var gonococcus = "gonococcus";
    var goodwife = "goodwife";
    var goosefish = "goosefish";
    var gorgoneion = "gorgoneion";
    var gospodin = "gospodin";
    var goy = "goy";
    var gps = "gps";
    var graf = "graf";
    var graffito = "graffito";
    var grandchild = "grandchild";
    var granuloma = "granuloma";
    var gravamen = "gravamen";
    var grosz = "grosz";
    var grotto = "grotto";
    var guilde = "guilde";
    var guitarfish = "guitarfish";
    var gumma = "gumma";
    var gurnar = "gurnar";
    var gutta = "gutta";
    var gymnasium = "gymnasium";
    var gynaeceum = "gynaeceum";
    var gynaecium = "gynaecium";
    var gynecium = "gynecium";
    var gynoecium = "gynoecium";
    var gyrus = "gyrus";
    var heder = "heder";
    var hadj = "hadj";
    var haematolysis = "haematolysis";
    var haematoma = "haematoma";
    var haematozoon = "haematozoon";
    var haemodialysis = "haemodialysis";
    var haemolysis = "haemolysis";
    var haemoptysis = "haemoptysis";
    var haeres = "haeres";
    var haftarah = "haftarah";
    var hagfish = "hagfish";
    var haggadah = "haggadah";
    var haggada = "haggada";
    var hajj = "hajj";
    var haler = "haler";
    var halfpenny = "halfpenny";
    var hallux = "hallux";
    var halo = "halo";
    var halter = "halter";
    var half = "half";
    var hamulus = "hamulus";
    var haphtarah = "haphtarah";
    var haredi = "haredi";
    var haruspex = "haruspex";
    var hasid = "hasid";
    var hassid = "hassid";
    var haustellum = "haustellum";
    var haustorium = "haustorium";
    var hazzan = "hazzan";
    var hectocotylus = "hectocotylus";
    var heldentenor = "heldentenor";
    var helix = "helix";
    var heliozoan = "heliozoan";
    var hematolysis = "hematolysis";
    var hematoma = "hematoma";
    var hematozoon = "hematozoon";
    var hemelytron = "hemelytron";
    var hemielytron = "hemielytron";
    var hemodialysis = "hemodialysis";
    var hemolysis = "hemolysis";
    var hemoptysis = "hemoptysis";
    var hendecahedron = "hendecahedron";
    var heraclid = "heraclid";
    var heraklid = "heraklid";
    var herbarium = "herbarium";
    var herma = "herma";
    var hernia = "hernia";
    var hero = "hero";
    var herr = "herr";
    var hetaera = "hetaera";
    var hetaira = "hetaira";
    var hibernaculum = "hibernaculum";
    var hieracosphinx = "hieracosphinx";
    var hilum = "hilum";
    var hilus = "hilus";
    var himation = "himation";
    var hippocampus = "hippocampus";
    var hippopotamus = "hippopotamus";
    var his = "his";
    var hobo = "hobo";
    var hogfish = "hogfish";
    var homunculus = "homunculus";
    var honorarium = "honorarium";
    var hoof = "hoof";
    var horologium = "horologium";
    var housewife = "housewife";
    var humerus = "humerus";
    var hydra = "hydra";
    var hydromedusa = "hydromedusa";
    var hydrozoan = "hydrozoan";
    var hymenopteran = "hymenopteran";
    var hymenium = "hymenium";
    var hypanthium = "hypanthium";
    var hyperostosis = "hyperostosis";
    var hypha = "hypha";
    var hypnosis = "hypnosis";
    var hypochondrium = "hypochondrium";
    var hypogastrium = "hypogastrium";
    var hypogeum = "hypogeum";
    var hypophysis = "hypophysis";
    var hypostasis = "hypostasis";
    var hypothalamus = "hypothalamus";
    var hypothesis = "hypothesis";
    var hyrax = "hyrax";
    var iamb = "iamb";
    var ibex = "ibex";
    var igbo = "igbo";
    var ichthyosaurus = "ichthyosaurus";
    var ichthyosaur = "ichthyosaur";
    var iconostas = "iconostas";
    var icosahedron = "icosahedron";
    var ideatum = "ideatum";
    var igorrote = "igorrote";
    var ilium = "ilium";
    var imago = "imago";
    var imperium = "imperium";
    var impi = "impi";
    var incubus = "incubus";
    var incus = "incus";
    var index = "index";
    var indigo = "indigo";
    var indumentum = "indumentum";
    var indusium = "indusium";
    var infundibulum = "infundibulum";
    var ingush = "ingush";
    var innuendo = "innuendo";
    var inoculum = "inoculum";
    var insectarium = "insectarium";
    var insula = "insula";
    var intaglio = "intaglio";
    var interleaf = "interleaf";
    var intermezzo = "intermezzo";
    var interrex = "interrex";
    var interregnum = "interregnum";
    var intima = "intima";
    var involucellum = "involucellum";
    var involucrum = "involucrum";
    var iris = "iris";
    var irs = "irs";
    var is = "is";
    var ischium = "ischium";
    var isthmus = "isthmus";
    var jackeroo = "jackeroo";
    var jackfish = "jackfish";
    var jackknife = "jackknife";
    var jambeau = "jambeau";
    var jellyfish = "jellyfish";
    var jewelfish = "jewelfish";
    var jewfish = "jewfish";
    var jingo = "jingo";
    var jinni = "jinni";
    var joe = "joe";
    var jus = "jus";
    var kaddish = "kaddish";
    var kalmuc = "kalmuc";
    var katabasis = "katabasis";
    var keeshond = "keeshond";
    var kibbutz = "kibbutz";
    var killifish = "killifish";
    var kingfish = "kingfish";
    var knife = "knife";
    var kohlrabi = "kohlrabi";
    var krone = "krone";
    var krona = "krona";
    var kroon = "kroon";
    var kylix = "kylix";
    var labarum = "labarum";
    var labellum = "labellum";
    var labium = "labium";
    var labrum = "labrum";
    var lactobacillus = "lactobacillus";
    var lacuna = "lacuna";
    var lacunar = "lacunar";
    var lamella = "lamella";
    var lamia = "lamia";
    var lamina = "lamina";
    var lapillus = "lapillus";
    var lapith = "lapith";
    var larva = "larva";
    var larynx = "larynx";
    var lasso = "lasso";
    var lat = "lat";
    var latex = "latex";
    var latifundium = "latifundium";
    var lavabo = "lavabo";
    var leaf = "leaf";
    var lecythus = "lecythus";
    var lex = "lex";
    var leu = "leu";
    var lemma = "lemma";
    var lemniscus = "lemniscus";
    var lenis = "lenis";
    var lentigo = "lentigo";
    var leonid = "leonid";
    var lepidopteran = "lepidopteran";
    var leprosarium = "leprosarium";
    var lepton = "lepton";
    var leptocephalus = "leptocephalus";
    var leucocytozoan = "leucocytozoan";
    var lev = "lev";
    var libra = "libra";
    var libretto = "libretto";
    var louse = "louse";
    var lied = "lied";
    var ligula = "ligula";
    var limbus = "limbus";
    var limen = "limen";
    var limes = "limes";
    var limulus = "limulus";
    var lingo = "lingo";
    var lingua = "lingua";
    var lionfish = "lionfish";
    var lipoma = "lipoma";
    var lira = "lira";
    var liriodendron = "liriodendron";
    var sente = "sente";
    var litas = "litas";
    var life = "life";
    var lixivium = "lixivium";
    var loaf = "loaf";
    var locus = "locus";
    var loculus = "loculus";
    var loggia = "loggia";
    var logion = "logion";
    var lomentum = "lomentum";
    var longobard = "longobard";
    var lorica = "lorica";
    var luba = "luba";
    var lubritorium = "lubritorium";
    var lumbus = "lumbus";
    var lumen = "lumen";
    var lumpfish = "lumpfish";
    var lungfish = "lungfish";
    var lunula = "lunula";
    var lure = "lure";
    var lustre = "lustre";
    var lymphangitis = "lymphangitis";
    var lymphoma = "lymphoma";
    var lymphopoiesis = "lymphopoiesis";
    var lysis = "lysis";
    var lytta = "lytta";
    var maar = "maar";
    var macaroni = "macaroni";
    var maccaroni = "maccaroni";
    var machzor = "machzor";
    var macronucleus = "macronucleus";
    var macrosporangium = "macrosporangium";
    var macula = "macula";
    var madrono = "madrono";
    var maestro = "maestro";
    var mafioso = "mafioso";
    var magus = "magus";
    var magma = "magma";
    var magnifico = "magnifico";
    var mahzor = "mahzor";
    var likuta = "likuta";
    var malleus = "malleus";
    var malleolus = "malleolus";
    var loti = "loti";
    var mamilla = "mamilla";
    var mamma = "mamma";
    var mammilla = "mammilla";
    var mandingo = "mandingo";
    var mango = "mango";
    var manifesto = "manifesto";
    var manteau = "manteau";
    var mantis = "mantis";
    var manubrium = "manubrium";
    var marchesa = "marchesa";
    var marchese = "marchese";
    var maremma = "maremma";
    var markka = "markka";
    var marsupium = "marsupium";
    var matrix = "matrix";
    var matzo = "matzo";
    var mausoleum = "mausoleum";
    var maxilla = "maxilla";
    var maximum = "maximum";
    var medium = "medium";
    var media = "media";
    var mediastinum = "mediastinum";
    var medulla = "medulla";
    var medusa = "medusa";
    var megaron = "megaron";
    var megasporangium = "megasporangium";
    var megillah = "megillah";
    var meiosis = "meiosis";
    var melanoma = "melanoma";
    var melisma = "melisma";
    var memento = "memento";
    var memorandum = "memorandum";
    var man = "man";
    var meniscus = "meniscus";
    var manservant = "manservant";
    var menstruum = "menstruum";
    var madame = "madame";
    var mademoiselle = "mademoiselle";
    var mesenteron = "mesenteron";
    var mesothorax = "mesothorax";
    var monseigneur = "monseigneur";
    var monsieur = "monsieur";
    var mestizo = "mestizo";
    var metacarpus = "metacarpus";
    var metamorphosis = "metamorphosis";
    var metanephros = "metanephros";
    var metastasis = "metastasis";
    var metatarsus = "metatarsus";
    var metathesis = "metathesis";
    var metathorax = "metathorax";
    var metazoan = "metazoan";
    var metempsychosis = "metempsychosis";
    var metencephalon = "metencephalon";
    var mezuzah = "mezuzah";
    var miasma = "miasma";
    var mouse = "mouse";
    var microanalysis = "microanalysis";
    var micrococcus = "micrococcus";
    var micronucleus = "micronucleus";
    var microsporangium = "microsporangium";
    var midrash = "midrash";
    var midwife = "midwife";
    var milium = "milium";
    var milieu = "milieu";
    var milkfish = "milkfish";
    var millennium = "millennium";
    var mina = "mina";
    var minimum = "minimum";
    var ministerium = "ministerium";
    var minutia = "minutia";
    var minyan = "minyan";
    var miosis = "miosis";
    var miracidium = "miracidium";
    var mir = "mir";
    var mitochondrion = "mitochondrion";
    var mitzvah = "mitzvah";
    var modiolus = "modiolus";
    var modulus = "modulus";
    var momentum = "momentum";
    var momus = "momus";
    var monad = "monad";
    var monkfish = "monkfish";
    var monochasium = "monochasium";
    var monopodium = "monopodium";
    var monopteron = "monopteron";
    var monopteros = "monopteros";
    var monsignor = "monsignor";
    var mooncalf = "mooncalf";
    var moonfish = "moonfish";
    var mora = "mora";
    var moratorium = "moratorium";
    var morceau = "morceau";
    var moresco = "moresco";
    var morisco = "morisco";
    var morphallaxis = "morphallaxis";
    var morphosis = "morphosis";
    var morula = "morula";
    var mosasaurus = "mosasaurus";
    var moshav = "moshav";
    var moslem = "moslem";
    var mosquito = "mosquito";
    var motto = "motto";
    var mucosa = "mucosa";
    var mucro = "mucro";
    var mudejar = "mudejar";
    var mudfish = "mudfish";
    var mulatto = "mulatto";
    var multipara = "multipara";
    var murex = "murex";
    var muskellunge = "muskellunge";
    var mycelium = "mycelium";
    var mycetoma = "mycetoma";
    var mycobacterium = "mycobacterium";
    var mycorrhiza = "mycorrhiza";
    var myelencephalon = "myelencephalon";
    var myiasis = "myiasis";
    var myocardium = "myocardium";
    var myofibrilla = "myofibrilla";
    var myoma = "myoma";
    var myosis = "myosis";
    var myrmidon = "myrmidon";
    var mythos = "mythos";
    var myxoma = "myxoma";
    var naevus = "naevus";
    var naiad = "naiad";
    var naos = "naos";
    var narcissus = "narcissus";
    var naris = "naris";
    var nasopharynx = "nasopharynx";
    var natatorium = "natatorium";
    var naumachia = "naumachia";
    var nauplius = "nauplius";
    var nautilus = "nautilus";
    var navaho = "navaho";
    var navajo = "navajo";
    var nebula = "nebula";
    var necropolis = "necropolis";
    var needlefish = "needlefish";
    var negrillo = "negrillo";
    var negrito = "negrito";
    var negro = "negro";
    var nemesis = "nemesis";
    var nephridium = "nephridium";
    var nereid = "nereid";
    var neurohypophysis = "neurohypophysis";
    var neuroma = "neuroma";
    var neuropteron = "neuropteron";
    var neurosis = "neurosis";
    var nevus = "nevus";
    var nibelung = "nibelung";
    var nidus = "nidus";
    var niello = "niello";
    var nilgai = "nilgai";
    var nimbus = "nimbus";
    var nimbostratus = "nimbostratus";
    var noctiluca = "noctiluca";
    var nodus = "nodus";
    var no = "no";
    var nomen = "nomen";
    var notum = "notum";
    var noumenon = "noumenon";
    var nova = "nova";
    var novella = "novella";
    var novena = "novena";
    var nubecula = "nubecula";
    var nucellus = "nucellus";
    var nucha = "nucha";
    var nucleus = "nucleus";
    var nucleolus = "nucleolus";
    var nullipara = "nullipara";
    var numbfish = "numbfish";
    var numen = "numen";
    var nympha = "nympha";
    var oarfish = "oarfish";
    var oasis = "oasis";
    var obelus = "obelus";
    var obligato = "obligato";
    var obolus = "obolus";
    var occiput = "occiput";
    var oceanarium = "oceanarium";
    var oceanid = "oceanid";
    var ocellus = "ocellus";
    var ochrea = "ochrea";
    var ocrea = "ocrea";
    var octahedron = "octahedron";
    var octopus = "octopus";
    var oculus = "oculus";
    var odeum = "odeum";
    var oedema = "oedema";
    var oesophagus = "oesophagus";
    var oldwife = "oldwife";
    var oleum = "oleum";
    var omasum = "omasum";
    var omayyad = "omayyad";
    var omentum = "omentum";
    var ommatidium = "ommatidium";
    var ommiad = "ommiad";
    var onager = "onager";
    var oogonium = "oogonium";
    var ootheca = "ootheca";
    var operculum = "operculum";
    var optimum = "optimum";
    var os = "os";
    var organum = "organum";
    var organa = "organa";
    var orthopteron = "orthopteron";
    var osculum = "osculum";
    var osteoma = "osteoma";
    var ostium = "ostium";
    var ottoman = "ottoman";
    var ovum = "ovum";
    var ovolo = "ovolo";
    var ovotestis = "ovotestis";
    var ox = "ox";
    var oxymoron = "oxymoron";
    var paddlefish = "paddlefish";
    var paisa = "paisa";
    var palea = "palea";
    var palestra = "palestra";
    var palingenesis = "palingenesis";
    var pallium = "pallium";
    var palmetto = "palmetto";
    var palpus = "palpus";
    var pancratium = "pancratium";
    var panettone = "panettone";
    var paparazzo = "paparazzo";
    var paperknife = "paperknife";
    var papilla = "papilla";
    var papilloma = "papilloma";
    var pappus = "pappus";
    var papula = "papula";
    var papyrus = "papyrus";
    var parabasis = "parabasis";
    var paraleipsis = "paraleipsis";
    var paralysis = "paralysis";
    var paramecium = "paramecium";
    var parament = "parament";
    var paraphysis = "paraphysis";
    var parapodium = "parapodium";
    var parapraxis = "parapraxis";
    var paraselene = "paraselene";
    var parashah = "parashah";
    var parasyntheton = "parasyntheton";
    var parazoan = "parazoan";
    var parenthesis = "parenthesis";
    var parergon = "parergon";
    var parhelion = "parhelion";
    var paries = "paries";
    var parrotfish = "parrotfish";
    var parulis = "parulis";
    var pastorale = "pastorale";
    var patagium = "patagium";
    var patella = "patella";
    var patina = "patina";
    var paterfamilias = "paterfamilias";
    var pea = "pea";
    var peccadillo = "peccadillo";
    var pecten = "pecten";
    var pedalo = "pedalo";
    var pes = "pes";
    var pekinese = "pekinese";
    var pelvis = "pelvis";
    var penny = "penny";
    var penis = "penis";
    var penetralium = "penetralium";
    var penicillium = "penicillium";
    var penknife = "penknife";
    var penna = "penna";
    var penni = "penni";
    var pentahedron = "pentahedron";
    var pentimento = "pentimento";
    var penumbra = "penumbra";
    var peplum = "peplum";
    var pericardium = "pericardium";
    var perichondrium = "perichondrium";
    var pericranium = "pericranium";
    var peridium = "peridium";
    var perigonium = "perigonium";
    var perihelion = "perihelion";
    var perineum = "perineum";
    var perinephrium = "perinephrium";
    var perionychium = "perionychium";
    var periosteum = "periosteum";
    var periphrasis = "periphrasis";
    var peristalsis = "peristalsis";
    var perithecium = "perithecium";
    var peritoneum = "peritoneum";
    var persona = "persona";
    var petechia = "petechia";
    var pfennig = "pfennig";
    var phalanx = "phalanx";
    var phallus = "phallus";
    var pharynx = "pharynx";
    var phenomenon = "phenomenon";
    var philodendron = "philodendron";
    var phlyctena = "phlyctena";
    var phylum = "phylum";
    var phyle = "phyle";
    var phyllotaxis = "phyllotaxis";
    var phylloxera = "phylloxera";
    var phylogenesis = "phylogenesis";
    var pigfish = "pigfish";
    var pileum = "pileum";
    var pileus = "pileus";
    var pinetum = "pinetum";
    var pinfish = "pinfish";
    var pinko = "pinko";
    var pinna = "pinna";
    var pinnula = "pinnula";
    var pipefish = "pipefish";
    var pirog = "pirog";
    var piscina = "piscina";
    var pithecanthropus = "pithecanthropus";
    var pithos = "pithos";
    var placebo = "placebo";
    var placenta = "placenta";
    var planetarium = "planetarium";
    var planula = "planula";
    var plasmodesma = "plasmodesma";
    var plasmodium = "plasmodium";
    var plateau = "plateau";
    var plectrum = "plectrum";
    var plenum = "plenum";
    var pleuron = "pleuron";
    var pleura = "pleura";
    var plica = "plica";
    var ploughman = "ploughman";
    var pneumobacillus = "pneumobacillus";
    var pneumococcus = "pneumococcus";
    var pocketknife = "pocketknife";
    var podetium = "podetium";
    var podium = "podium";
    var polis = "polis";
    var pollex = "pollex";
    var pollinium = "pollinium";
    var polychasium = "polychasium";
    var polyhedron = "polyhedron";
    var polyparium = "polyparium";
    var polypus = "polypus";
    var polyzoan = "polyzoan";
    var polyzoarium = "polyzoarium";
    var pons = "pons";
    var pontifex = "pontifex";
    var portamento = "portamento";
    var portico = "portico";
    var portmanteau = "portmanteau";
    var postliminium = "postliminium";
    var potato = "potato";
    var praenomen = "praenomen";
    var praxis = "praxis";
    var predella = "predella";
    var premaxilla = "premaxilla";
    var prenomen = "prenomen";
    var presa = "presa";
    var primo = "primo";
    var primigravida = "primigravida";
    var primipara = "primipara";
    var primordium = "primordium";
    var principium = "principium";
    var proboscis = "proboscis";
    var proglottis = "proglottis";
    var prognosis = "prognosis";
    var prolegomenon = "prolegomenon";
    var prolepsis = "prolepsis";
    var promycelium = "promycelium";
    var pronephros = "pronephros";
    var pronucleus = "pronucleus";
    var propositus = "propositus";
    var proptosis = "proptosis";
    var propylon = "propylon";
    var propylaeum = "propylaeum";
    var proscenium = "proscenium";
    var prosencephalon = "prosencephalon";
    var prosthesis = "prosthesis";
    var prostomium = "prostomium";
    var protasis = "protasis";
    var prothalamium = "prothalamium";
    var prothallus = "prothallus";
    var prothallium = "prothallium";
    var prothorax = "prothorax";
    var protonema = "protonema";
    var protozoan = "protozoan";
    var proventriculus = "proventriculus";
    var proviso = "proviso";
    var prytaneum = "prytaneum";
    var psalterium = "psalterium";
    var pseudopodium = "pseudopodium";
    var psychoneurosis = "psychoneurosis";
    var psychosis = "psychosis";
    var pterygium = "pterygium";
    var pteryla = "pteryla";
    var ptosis = "ptosis";
    var pubis = "pubis";
    var pudendum = "pudendum";
    var pul = "pul";
    var pulvillus = "pulvillus";
    var pulvinus = "pulvinus";
    var punchinello = "punchinello";
    var pupa = "pupa";
    var puparium = "puparium";
    var putamen = "putamen";
    var putto = "putto";
    var pycnidium = "pycnidium";
    var pygidium = "pygidium";
    var pylorus = "pylorus";
    var pyxis = "pyxis";
    var pyxidium = "pyxidium";
    var qaddish = "qaddish";
    var quadrennium = "quadrennium";
    var quadriga = "quadriga";
    var quale = "quale";
    var quantum = "quantum";
    var quarterstaff = "quarterstaff";
    var quezal = "quezal";
    var quinquennium = "quinquennium";
    var quiz = "quiz";
    var rabato = "rabato";
    var rabbitfish = "rabbitfish";
    var rhachis = "rhachis";
    var radix = "radix";
    var radius = "radius";
    var radula = "radula";
    var ramentum = "ramentum";
    var ramus = "ramus";
    var ranula = "ranula";
    var ranunculus = "ranunculus";
    var raphe = "raphe";
    var raphide = "raphide";
    var ratfish = "ratfish";
    var real = "real";
    var rearmouse = "rearmouse";
    var rectum = "rectum";
    var rectus = "rectus";
    var rectrix = "rectrix";
    var redfish = "redfish";
    var redia = "redia";
    var referendum = "referendum";
    var refugium = "refugium";
    var regulus = "regulus";
    var relatum = "relatum";
    var remex = "remex";
    var reremouse = "reremouse";
    var reseau = "reseau";
    var residuum = "residuum";
    var responsum = "responsum";
    var rete = "rete";
    var retiarius = "retiarius";
    var reticulum = "reticulum";
    var retinaculum = "retinaculum";
    var retina = "retina";
    var rhabdomyoma = "rhabdomyoma";
    var rachis = "rachis";
    var rhinencephalon = "rhinencephalon";
    var rhizobium = "rhizobium";
    var rhombus = "rhombus";
    var rhonchus = "rhonchus";
    var rhyton = "rhyton";
    var ribbonfish = "ribbonfish";
    var ricercare = "ricercare";
    var rickettsia = "rickettsia";
    var rilievo = "rilievo";
    var rima = "rima";
    var rockfish = "rockfish";
    var rom = "rom";
    var rondeau = "rondeau";
    var rosarium = "rosarium";
    var rosefish = "rosefish";
    var rostellum = "rostellum";
    var rostrum = "rostrum";
    var rouleau = "rouleau";
    var ruga = "ruga";
    var rumen = "rumen";
    var sacrum = "sacrum";
    var sacrarium = "sacrarium";
    var saguaro = "saguaro";
    var sailfish = "sailfish";
    var salesperson = "salesperson";
    var salmonella = "salmonella";
    var salpa = "salpa";
    var salpinx = "salpinx";
    var saltarello = "saltarello";
    var salvo = "salvo";
    var sanctum = "sanctum";
    var sanitarium = "sanitarium";
    var santims = "santims";
    var saphena = "saphena";
    var sarcophagus = "sarcophagus";
    var sartorius = "sartorius";
    var sassanid = "sassanid";
    var sawfish = "sawfish";
    var scaldfish = "scaldfish";
    var scalenus = "scalenus";
    var scapula = "scapula";
    var scarabaeus = "scarabaeus";
    var scarf = "scarf";
    var schatchen = "schatchen";
    var schema = "schema";
    var scherzando = "scherzando";
    var scherzo = "scherzo";
    var schmo = "schmo";
    var scholium = "scholium";
    var schul = "schul";
    var schutzstaffel = "schutzstaffel";
    var scirrhus = "scirrhus";
    var scleroma = "scleroma";
    var sclerosis = "sclerosis";
    var sclerotium = "sclerotium";
    var scolex = "scolex";
    var scopula = "scopula";
    var scoria = "scoria";
    var scotoma = "scotoma";
    var scriptorium = "scriptorium";
    var scrotum = "scrotum";
    var scudo = "scudo";
    var scutum = "scutum";
    var scutellum = "scutellum";
    var scyphus = "scyphus";
    var scyphistoma = "scyphistoma";
    var scyphozoan = "scyphozoan";
    var secondo = "secondo";
    var segno = "segno";
    var seleucid = "seleucid";
    var self = "self";
    var senor = "senor";
    var sensillum = "sensillum";
    var sent = "sent";
    var senussi = "senussi";
    var separatrix = "separatrix";
    var sephardi = "sephardi";
    var septum = "septum";
    var septarium = "septarium";
    var septennium = "septennium";
    var sequela = "sequela";
    var sequestrum = "sequestrum";
    var serum = "serum";
    var seraph = "seraph";
    var sestertium = "sestertium";
    var seta = "seta";
    var sgraffito = "sgraffito";
    var shabbas = "shabbas";
    var shabbat = "shabbat";
    var shacko = "shacko";
    var shadchan = "shadchan";
    var shako = "shako";
    var shammes = "shammes";
    var sheatfish = "sheatfish";
    var sheaf = "sheaf";
    var shellfish = "shellfish";
    var shelf = "shelf";
    var shinleaf = "shinleaf";
    var shittah = "shittah";
    var shmo = "shmo";
    var shophar = "shophar";
    var shrewmouse = "shrewmouse";
    var shul = "shul";
    var siddur = "siddur";
    var siglos = "siglos";
    var signora = "signora";
    var signore = "signore";
    var signorina = "signorina";
    var siliqua = "siliqua";
    var silva = "silva";
    var silverfish = "silverfish";
    var simulacrum = "simulacrum";
    var sinciput = "sinciput";
    var sinfonia = "sinfonia";
    var sistrum = "sistrum";
    var situla = "situla";
    var smalto = "smalto";
    var snaggletooth = "snaggletooth";
    var snailfish = "snailfish";
    var snipefish = "snipefish";
    var socman = "socman";
    var solum = "solum";
    var solarium = "solarium";
    var solatium = "solatium";
    var soldo = "soldo";
    var sol = "sol";
    var solfeggio = "solfeggio";
    var solo = "solo";
    var solidus = "solidus";
    var soma = "soma";
    var soprano = "soprano";
    var sordino = "sordino";
    var sorus = "sorus";
    var sorosis = "sorosis";
    var sovkhoz = "sovkhoz";
    var spadefish = "spadefish";
    var spadix = "spadix";
    var spearfish = "spearfish";
    var spectrum = "spectrum";
    var speculum = "speculum";
    var spermatium = "spermatium";
    var spermatogonium = "spermatogonium";
    var spermatozoon = "spermatozoon";
    var spermogonium = "spermogonium";
    var sphinx = "sphinx";
    var spica = "spica";
    var spiculum = "spiculum";
    var spirillum = "spirillum";
    var splayfoot = "splayfoot";
    var splenius = "splenius";
    var sporangium = "sporangium";
    var sporogonium = "sporogonium";
    var sporozoan = "sporozoan";
    var springhaas = "springhaas";
    var spumone = "spumone";
    var sputum = "sputum";
    var squama = "squama";
    var squash = "squash";
    var squilla = "squilla";
    var squirrelfish = "squirrelfish";
    var squiz = "squiz";
    var stadium = "stadium";
    var stamen = "stamen";
    var staminodium = "staminodium";
    var stapes = "stapes";
    var staphylococcus = "staphylococcus";
    var starets = "starets";
    var starfish = "starfish";
    var stele = "stele";
    var stemma = "stemma";
    var stenosis = "stenosis";
    var stepchild = "stepchild";
    var sternum = "sternum";
    var stigma = "stigma";
    var stimulus = "stimulus";
    var stipes = "stipes";
    var stirps = "stirps";
    var stoa = "stoa";
    var stockfish = "stockfish";
    var stoma = "stoma";
    var stomodaeum = "stomodaeum";
    var stomodeum = "stomodeum";
    var stonefish = "stonefish";
    var stotinka = "stotinka";
    var strappado = "strappado";
    var stratum = "stratum";
    var stratus = "stratus";
    var stratocumulus = "stratocumulus";
    var streptococcus = "streptococcus";
    var stretto = "stretto";
    var stria = "stria";
    var strobilus = "strobilus";
    var stroma = "stroma";
    var struma = "struma";
    var stucco = "stucco";
    var stylus = "stylus";
    var stylops = "stylops";
    var stylopodium = "stylopodium";
    var subcortex = "subcortex";
    var subdelirium = "subdelirium";
    var subgenus = "subgenus";
    var subindex = "subindex";
    var submucosa = "submucosa";
    var subphylum = "subphylum";
    var substratum = "substratum";
    var succedaneum = "succedaneum";
    var succubus = "succubus";
    var suckerfish = "suckerfish";
    var suckfish = "suckfish";
    var sudarium = "sudarium";
    var sudatorium = "sudatorium";
    var sulcus = "sulcus";
    var summa = "summa";
    var sunfish = "sunfish";
    var supercargo = "supercargo";
    var superhero = "superhero";
    var supernova = "supernova";
    var superstratum = "superstratum";
    var surgeonfish = "surgeonfish";
    var swami = "swami";
    var sweetiewife = "sweetiewife";
    var swellfish = "swellfish";
    var swordfish = "swordfish";
    var syconium = "syconium";
    var syllabus = "syllabus";
    var syllepsis = "syllepsis";
    var symphysis = "symphysis";
    var sympodium = "sympodium";
    var symposium = "symposium";
    var synapsis = "synapsis";
    var synarthrosis = "synarthrosis";
    var synclinorium = "synclinorium";
    var syncytium = "syncytium";
    var syndesmosis = "syndesmosis";
    var synopsis = "synopsis";
    var syntagma = "syntagma";
    var synthesis = "synthesis";
    var syphiloma = "syphiloma";
    var syrinx = "syrinx";
    var syssarcosis = "syssarcosis";
    var tableau = "tableau";
    var taenia = "taenia";
    var talus = "talus";
    var tallith = "tallith";
    var tapetum = "tapetum";
    var tarantula = "tarantula";
    var tarsus = "tarsus";
    var tarsometatarsus = "tarsometatarsus";
    var taxon = "taxon";
    var tax = "tax";
    var taxi = "taxi";
    var tectrix = "tectrix";
    var tooth = "tooth";
    var tegmen = "tegmen";
    var tela = "tela";
    var telamon = "telamon";
    var telangiectasia = "telangiectasia";
    var telium = "telium";
    var tempo = "tempo";
    var tenaculum = "tenaculum";
    var tenderfoot = "tenderfoot";
    var tenia = "tenia";
    var tenuis = "tenuis";
    var teraph = "teraph";
    var teras = "teras";
    var teredo = "teredo";
    var tergum = "tergum";
    var terminus = "terminus";
    var terrarium = "terrarium";
    var terzetto = "terzetto";
    var tessera = "tessera";
    var testa = "testa";
    var testis = "testis";
    var testudo = "testudo";
    var tetrahedron = "tetrahedron";
    var tetraskelion = "tetraskelion";
    var thalamencephalon = "thalamencephalon";
    var thalamus = "thalamus";
    var thallus = "thallus";
    var theca = "theca";
    var thyrse = "thyrse";
    var thesaurus = "thesaurus";
    var thesis = "thesis";
    var thickleaf = "thickleaf";
    var thief = "thief";
    var tholos = "tholos";
    var thorax = "thorax";
    var thrombus = "thrombus";
    var thymus = "thymus";
    var thyrsus = "thyrsus";
    var tibia = "tibia";
    var tilefish = "tilefish";
    var tintinnabulum = "tintinnabulum";
    var titmouse = "titmouse";
    var toadfish = "toadfish";
    var tobacco = "tobacco";
    var tomato = "tomato";
    var tomentum = "tomentum";
    var tondo = "tondo";
    var tonneau = "tonneau";
    var tophus = "tophus";
    var topos = "topos";
    var torus = "torus";
    var tornado = "tornado";
    var torpedo = "torpedo";
    var torso = "torso";
    var touraco = "touraco";
    var trabecula = "trabecula";
    var trachea = "trachea";
    var traditor = "traditor";
    var tragus = "tragus";
    var trapezium = "trapezium";
    var trapezohedron = "trapezohedron";
    var trauma = "trauma";
    var treponema = "treponema";
    var trichina = "trichina";
    var triclinium = "triclinium";
    var triennium = "triennium";
    var triforium = "triforium";
    var triggerfish = "triggerfish";
    var trihedron = "trihedron";
    var triskelion = "triskelion";
    var trisoctahedron = "trisoctahedron";
    var triumvir = "triumvir";
    var trivium = "trivium";
    var trochlea = "trochlea";
    var tropaeolum = "tropaeolum";
    var trousseau = "trousseau";
    var trunkfish = "trunkfish";
    var tryma = "tryma";
    var tuba = "tuba";
    var turf = "turf";
    var tympanum = "tympanum";
    var tyro = "tyro";
    var ubermensch = "ubermensch";
    var ugli = "ugli";
    var uighur = "uighur";
    var ulna = "ulna";
    var ultimatum = "ultimatum";
    var umbilicus = "umbilicus";
    var umbo = "umbo";
    var umbra = "umbra";
    var uncus = "uncus";
    var uredium = "uredium";
    var uredo = "uredo";
    var uredinium = "uredinium";
    var uredosorus = "uredosorus";
    var urethra = "urethra";
    var urinalysis = "urinalysis";
    var uterus = "uterus";
    var utriculus = "utriculus";
    var uvula = "uvula";
    var vacuum = "vacuum";
    var vagus = "vagus";
    var vagina = "vagina";
    var vallecula = "vallecula";
    var vaporetto = "vaporetto";
    var varix = "varix";
    var vas = "vas";
    var vasculum = "vasculum";
    var velum = "velum";
    var velamen = "velamen";
    var velarium = "velarium";
    var vena = "vena";
    var ventriculus = "ventriculus";
    var vermis = "vermis";
    var verruca = "verruca";
    var vertebra = "vertebra";
    var vertex = "vertex";
    var vertigo = "vertigo";
    var vesica = "vesica";
    var veto = "veto";
    var vexillum = "vexillum";
    var viaticum = "viaticum";
    var viator = "viator";
    var vibraculum = "vibraculum";
    var vibrissa = "vibrissa";
    var villus = "villus";
    var vimen = "vimen";
    var vinculum = "vinculum";
    var virago = "virago";
    var vis = "vis";
    var virtuoso = "virtuoso";
    var vita = "vita";
    var vitellus = "vitellus";
    var vitta = "vitta";
    var vivarium = "vivarium";
    var vox = "vox";
    var volcano = "volcano";
    var volkslied = "volkslied";
    var volta = "volta";
    var volva = "volva";
    var vorticella = "vorticella";
    var vortex = "vortex";
    var vulva = "vulva";
    var wahhabi = "wahhabi";
    var wanderjahr = "wanderjahr";
    var weakfish = "weakfish";
    var werewolf = "werewolf";
    var wharf = "wharf";
    var whitefish = "whitefish";
    var wife = "wife";
    var wolffish = "wolffish";
    var wolf = "wolf";
    var woman = "woman";
    var woodlouse = "woodlouse";
    var wreckfish = "wreckfish";
    var wunderkind = "wunderkind";
    var xiphisternum = "xiphisternum";
    var yeshiva = "yeshiva";
    var yogi = "yogi";
    var yourself = "yourself";
    var zamindari = "zamindari";
    var zecchino = "zecchino";
    var zero = "zero";
    var zoon = "zoon";
    var zoaea = "zoaea";
    var zoea = "zoea";
    var zoonosis = "zoonosis";
    exceptions.aardwolves = aardwolf, exceptions.abaci = abacus, exceptions.aboideaux = aboideau, exceptions.aboiteaux = aboiteau, exceptions.abscissae = abscissa, exceptions.acanthi = acanthus, exceptions.acari = acarus, exceptions.acciaccature = acciaccatura, exceptions.acetabula = acetabulum, exceptions.achaemenidae = achaemenid, exceptions.achaemenides = achaemenid, exceptions.acicula = aciculum, exceptions.aciculae = acicula, exceptions.acini = acinus, exceptions.acromia = acromion, exceptions.actiniae = actinia, exceptions.actinozoa = actinozoan, exceptions.addenda = addendum, exceptions.adenocarcinomata = adenocarcinoma, exceptions.adenomata = adenoma, exceptions.adieux = adieu, exceptions.adyta = adytum, exceptions.aecia = aecium, exceptions.aecidia = aecidium, exceptions.aerobia = aerobium, exceptions.aggiornamenti = aggiornamento, exceptions.agnomina = agnomen, exceptions.agones = agon, exceptions.agorae = agora, exceptions.agouties = agouti, exceptions.alae = ala, exceptions.alewives = alewife, exceptions.alkalies = alkali, exceptions.allodia = allodium, exceptions.alluvia = alluvium, exceptions.alodia = alodium, exceptions.altocumuli = altocumulus, exceptions.altostrati = altostratus, exceptions.alulae = alula, exceptions.alumnae = alumna, exceptions.alumni = alumnus, exceptions.alveoli = alveolus, exceptions.amanuenses = amanuensis, exceptions.ambulacra = ambulacrum, exceptions.amebae = ameba, exceptions.amnia = amnion, exceptions.amniocenteses = amniocentesis, exceptions.amoebae = amoeba, exceptions.amoebiases = amoebiasis, exceptions.amoraim = amora, exceptions.amoretti = amoretto, exceptions.amorini = amorino, exceptions.amphiarthroses = amphiarthrosis, exceptions.amphicia = amphithecium, exceptions.amphimixes = amphimixis, exceptions.amphioxi = amphioxus, exceptions.amphisbaenae = amphisbaena, exceptions.amphorae = amphora, exceptions.ampullae = ampulla, exceptions.amygdalae = amygdala, exceptions.anabases = anabasis, exceptions.anacolutha = anacoluthon, exceptions.anacruses = anacrusis, exceptions.anaerobia = anaerobium, exceptions.anagnorises = anagnorisis, exceptions.analemmata = analemma, exceptions.analyses = analysis, exceptions.anamneses = anamnesis, exceptions.anamorphoses = anamorphosis, exceptions.anastomoses = anastomosis, exceptions.anatyxes = anaptyxis, exceptions.ancones = ancon, exceptions.androclinia = androclinium, exceptions.androecia = androecium, exceptions.androsphinges = androsphinx, exceptions.andtheridia = antheridium, exceptions.angelfishes = angelfish, exceptions.angiomata = angioma, exceptions.animalcula = animalculum, exceptions.anlagen = anlage, exceptions.annattos = annatto, exceptions.annuli = annulus, exceptions.antae = anta, exceptions.antalkalies = antalkali, exceptions.antefixa = antefix, exceptions.antennae = antenna, exceptions.antependia = antependium, exceptions.anthelia = anthelion, exceptions.anthelices = anthelix, exceptions.anthemia = anthemion, exceptions.antheridia = antheridium, exceptions.anthodia = anthodium, exceptions.anthozoa = anthozoan, exceptions.anthraces = anthrax, exceptions.anticlinoria = anticlinorium, exceptions.antihelices = antihelix, exceptions.antiheroes = antihero, exceptions.antisera = antiserum, exceptions.antitheses = antithesis, exceptions.antitragi = antitragus, exceptions.antra = antrum, exceptions.anus = anus, exceptions.aortae = aorta, exceptions.aphelia = aphelion, exceptions.aphides = aphis, exceptions.apices = apex, exceptions.apodoses = apodosis, exceptions.apomixes = apomixis, exceptions.aponeuroses = aponeurosis, exceptions.apophyses = apophysis, exceptions.aposiopeses = aposiopesis, exceptions.apothecia = apothecium, exceptions.apotheoses = apotheosis, exceptions.apparatus = apparatus, exceptions.appendices = appendix, exceptions.appoggiature = appoggiatura, exceptions.apsides = apsis, exceptions.aquae = aqua, exceptions.aquaria = aquarium, exceptions.araglis = argali, exceptions.arboreta = arboretum, exceptions.arcana = arcanum, exceptions.archegonia = archegonium, exceptions.archerfishes = archerfish, exceptions.archesporia = archesporium, exceptions.archipelagoes = archipelago, exceptions.areolae = areola, exceptions.argali = argali, exceptions.argumenta = argumentum, exceptions.ariette = arietta, exceptions.aristae = arista, exceptions.armamentaria = armamentarium, exceptions.arses = arsis, exceptions.artal = rotl, exceptions.artel = rotl, exceptions.arterioscleroses = arteriosclerosis, exceptions.aruspices = aruspex, exceptions.asceses = ascesis, exceptions.asci = ascus, exceptions.ascidia = ascidium, exceptions.ascogonia = ascogonium, exceptions.ashes = ash, exceptions.ashkenazim = ashkenazi, exceptions.aspergilla = aspergillum, exceptions.aspergilli = aspergillus, exceptions.aspergilloses = aspergillosis, exceptions.aspersoria = aspersorium, exceptions.assegais = assegai, exceptions.astragali = astragalus, exceptions.asyndeta = asyndeton, exceptions.atheromata = atheroma, exceptions.atheroscleroses = atherosclerosis, exceptions.atmolyses = atmolysis, exceptions.atria = atrium, exceptions.auditoria = auditorium, exceptions.aurae = aura, exceptions.aurar = eyrir, exceptions.aurei = aureus, exceptions.auriculae = auricula, exceptions.aurorae = aurora, exceptions.auspices = auspice, exceptions.autocatalyses = autocatalysis, exceptions.autochthones = autochthon, exceptions.automata = automaton, exceptions.avitaminoses = avitaminosis, exceptions.axes = ax, exceptions.axillae = axilla, exceptions.bacchantes = bacchante, exceptions.bacchii = bacchius, exceptions.bacilli = bacillus, exceptions.bacteriostases = bacteriostasis, exceptions.bacula = baculum, exceptions.ballistae = ballista, exceptions.bambini = bambino, exceptions.bandeaux = bandeau, exceptions.banditti = bandit, exceptions.bani = ban, exceptions.banjoes = banjo, exceptions.barklice = barklouse, exceptions.barramundies = barramundi, exceptions.bases = base, exceptions.basidia = basidium, exceptions.basileis = basileus, exceptions.bassi = basso, exceptions.bastinadoes = bastinado, exceptions.bateaux = bateau, exceptions.batfishes = batfish, exceptions.beadsmen = beadsman, exceptions.beaux = beau, exceptions.beeves = beef, exceptions.behooves = behoof, exceptions.bersaglieri = bersagliere, exceptions.bhishties = bhishti, exceptions.bibliothecae = bibliotheca, exceptions.bicennaries = bicentenary, exceptions.bijoux = bijou, exceptions.bilboes = bilbo, exceptions.billfishes = billfish, exceptions.bimboes = bimbo, exceptions.bisectrices = bisectrix, exceptions.blackfeet = blackfoot, exceptions.blackfishes = blackfish, exceptions.blastemata = blastema, exceptions.blastulae = blastula, exceptions.blindfishes = blindfish, exceptions.blowfishes = blowfish, exceptions.bluefishes = bluefish, exceptions.boarfishes = boarfish, exceptions.bok = boschbok, exceptions.boleti = boletus, exceptions.bolivares = bolivar, exceptions.bolsheviki = bolshevik, exceptions.bonefishes = bonefish, exceptions.bongoes = bongo, exceptions.bonitoes = bonito, exceptions.booklice = booklouse, exceptions.bookshelves = bookshelf, exceptions.boraces = borax, exceptions.borborygmi = borborygmus, exceptions.bordereaux = bordereau, exceptions.botargoes = botargo, exceptions.boxfishes = boxfish, exceptions.brachia = brachium, exceptions.brainchildren = brainchild, exceptions.branchiae = branchia, exceptions.brants = brant, exceptions.bravadoes = bravado, exceptions.bravoes = bravo, exceptions.bregmata = bregma, exceptions.brethren = brother, exceptions.broadleaves = broadleaf, exceptions.bronchi = bronchus, exceptions.bryozoa = bryozoan, exceptions.buboes = bubo, exceptions.buckoes = bucko, exceptions.buckteeth = bucktooth, exceptions.buffaloes = buffalo, exceptions.bullae = bulla, exceptions.bunde = bund, exceptions.bureaux = bureau, exceptions.bursae = bursa, exceptions.bushbok = boschbok, exceptions.bushboks = boschbok, exceptions.busses = bus, exceptions.butterfishes = butterfish, exceptions.byssi = byssus, exceptions.cacti = cactus, exceptions.caducei = caduceus, exceptions.caeca = caecum, exceptions.caesurae = caesura, exceptions.calami = calamus, exceptions.calathi = calathus, exceptions.calcanei = calcaneum, exceptions.calces = calx, exceptions.calculi = calculus, exceptions.caldaria = caldarium, exceptions.calices = calix, exceptions.calicoes = calico, exceptions.calli = callus, exceptions.calves = calf, exceptions.calyces = calyx, exceptions.cambia = cambium, exceptions.camerae = camera, exceptions.canaliculi = canaliculus, exceptions.candelabra = candelabrum, exceptions.candlefishes = candlefish, exceptions.canthi = canthus, exceptions.canulae = canula, exceptions.canzoni = canzone, exceptions.capita = caput, exceptions.capitula = capitulum, exceptions.capricci = capriccio, exceptions.carabinieri = carabiniere, exceptions.carbonadoes = carbonado, exceptions.carcinomata = carcinoma, exceptions.cargoes = cargo, exceptions.carides = caryatid, exceptions.carinae = carina, exceptions.caroli = carolus, exceptions.carpi = carpus, exceptions.carpogonia = carpogonium, exceptions.caryopses = caryopsis, exceptions.caryopsides = caryopsis, exceptions.castrati = castrato, exceptions.catabases = catabasis, exceptions.cataclases = cataclasis, exceptions.cataloes = catalo, exceptions.catalyses = catalysis, exceptions.catenae = catena, exceptions.catfishes = catfish, exceptions.cathari = cathar, exceptions.cathexes = cathexis, exceptions.cattaloes = cattalo, exceptions.caudices = caudex, exceptions.caules = caulis, exceptions.cavatine = cavatina, exceptions.cavefishes = cavefish, exceptions.cavetti = cavetto, exceptions.ceca = cecum, exceptions.cellae = cella, exceptions.cembali = cembalo, exceptions.centesimi = centesimo, exceptions.centra = centrum, exceptions.cephalothoraces = cephalothorax, exceptions.cercariae = cercaria, exceptions.cercariiae = cercaria, exceptions.cerci = cercus, exceptions.cerebella = cerebellum, exceptions.cerebra = cerebrum, exceptions.cervices = cervix, exceptions.cestuses = caestus, exceptions.cesurae = cesura, exceptions.chadarim = cheder, exceptions.chaetae = chaeta, exceptions.chalazae = chalaza, exceptions.challoth = hallah, exceptions.chalutzim = chalutz, exceptions.chapaties = chapati, exceptions.chapatties = chapatti, exceptions.chapeaux = chapeau, exceptions.chasidim = chasid, exceptions.chassidim = chassid, exceptions.chateaux = chateau, exceptions.chazanim = chazan, exceptions.chedarim = cheder, exceptions.chelae = chela, exceptions.chelicerae = chelicera, exceptions.cherubim = cherub, exceptions.chiasmata = chiasma, exceptions.chiasmi = chiasmus, exceptions.children = child, exceptions.chillies = chilli, exceptions.chitarroni = chitarrone, exceptions.chlamydes = chlamys, exceptions.chlamyses = chlamys, exceptions.chondromata = chondroma, exceptions.choragi = choragus, exceptions.choriambi = choriambus, exceptions.choux = chou, exceptions.chromonemata = chromonema, exceptions.chrysalides = chrysalis, exceptions.chuvashes = chuvash, exceptions.ciboria = ciborium, exceptions.cicadae = cicada, exceptions.cicale = cicala, exceptions.cicatrices = cicatrix, exceptions.ciceroni = cicerone, exceptions.cicisbei = cicisbeo, exceptions.cilia = cilium, exceptions.cimices = cimex, exceptions.cineraria = cinerarium, exceptions.cingula = cingulum, exceptions.cirri = cirrus, exceptions.cirrocumuli = cirrocumulus, exceptions.cirrostrati = cirrostratus, exceptions.ciscoes = cisco, exceptions.cisternae = cisterna, exceptions.clani = clarino, exceptions.clanos = clarino, exceptions.claroes = claro, exceptions.clepsydrae = clepsydra, exceptions.clinandria = clinandrium, exceptions.clingfishes = clingfish, exceptions.clitella = clitellum, exceptions.cloacae = cloaca, exceptions.clostridia = clostridium, exceptions.cloverleaves = cloverleaf, exceptions.clypei = clypeus, exceptions.coagula = coagulum, exceptions.coalfishes = coalfish, exceptions.cocci = coccus, exceptions.coccyges = coccyx, exceptions.cochleae = cochlea, exceptions.codfishes = codfish, exceptions.codices = codex, exceptions.coelentera = coelenteron, exceptions.coenuri = coenurus, exceptions.cognomina = cognomen, exceptions.cognosenti = cognosente, exceptions.cola = colon, exceptions.coleorhizae = coleorhiza, exceptions.collegia = collegium, exceptions.colloquia = colloquium, exceptions.colluvia = colluvium, exceptions.collyria = collyrium, exceptions.colones = colon, exceptions.colossi = colossus, exceptions.columbaria = columbarium, exceptions.columellae = columella, exceptions.comae = coma, exceptions.comatulae = comatula, exceptions.comedones = comedo, exceptions.comics = comic, exceptions.commandoes = commando, exceptions.concertanti = concertante, exceptions.concerti = concerto, exceptions.concertini = concertino, exceptions.conchae = concha, exceptions.condottieri = condottiere, exceptions.condylomata = condyloma, exceptions.confervae = conferva, exceptions.congii = congius, exceptions.conidia = conidium, exceptions.conjunctivae = conjunctiva, exceptions.conquistadores = conquistador, exceptions.consortia = consortium, exceptions.contagia = contagium, exceptions.continua = continuum, exceptions.contralti = contralto, exceptions.conversazioni = conversazione, exceptions.convolvuli = convolvulus, exceptions.copulae = copula, exceptions.corbiculae = corbicula, exceptions.coria = corium, exceptions.corneae = cornea, exceptions.cornua = cornu, exceptions.coronae = corona, exceptions.corpora = corpus, exceptions.corrigenda = corrigendum, exceptions.cortices = cortex, exceptions.cortinae = cortina, exceptions.corybantes = corybant, exceptions.coryphaei = coryphaeus, exceptions.costae = costa, exceptions.cothurni = cothurnus, exceptions.couteaux = couteau, exceptions.cowfishes = cowfish, exceptions.coxae = coxa, exceptions.cramboes = crambo, exceptions.crania = cranium, exceptions.crases = crasis, exceptions.crawfishes = crawfish, exceptions.crayfishes = crayfish, exceptions.credenda = credendum, exceptions.crematoria = crematorium, exceptions.crescendi = crescendo, exceptions.cribella = cribellum, exceptions.crises = crisis, exceptions.crissa = crissum, exceptions.cristae = crista, exceptions.criteria = criterion, exceptions.cruces = crux, exceptions.crura = crus, exceptions.crusadoes = crusado, exceptions.cruzadoes = cruzado, exceptions.crying = cry, exceptions.cryings = cry, exceptions.ctenidia = ctenidium, exceptions.cubicula = cubiculum, exceptions.culices = culex, exceptions.culpae = culpa, exceptions.culti = cultus, exceptions.cumuli = cumulus, exceptions.cumulonimbi = cumulonimbus, exceptions.cumulostrati = cumulostratus, exceptions.curiae = curia, exceptions.curricula = curriculum, exceptions.custodes = custos, exceptions.cutes = cutis, exceptions.cuticulae = cuticula, exceptions.cuttlefishes = cuttlefish, exceptions.cyclopes = cyclops, exceptions.cycloses = cyclosis, exceptions.cylices = cylix, exceptions.cylikes = cylix, exceptions.cymae = cyma, exceptions.cymatia = cymatium, exceptions.cypselae = cypsela, exceptions.cysticerci = cysticercus, exceptions.dadoes = dado, exceptions.dagoes = dago, exceptions.damselfishes = damselfish, exceptions.data = datum, exceptions.daymio = daimio, exceptions.daymios = daimio, exceptions.dealfishes = dealfish, exceptions.decemviri = decemvir, exceptions.decennia = decennium, exceptions.deciduae = decidua, exceptions.definienda = definiendum, exceptions.definientia = definiens, exceptions.delphinia = delphinium, exceptions.denarii = denarius, exceptions.dentalia = dentalium, exceptions.dermatoses = dermatosis, exceptions.desiderata = desideratum, exceptions.desperadoes = desperado, exceptions.devilfishes = devilfish, exceptions.diaereses = diaeresis, exceptions.diaerses = diaeresis, exceptions.diagnoses = diagnosis, exceptions.dialyses = dialysis, exceptions.diaphyses = diaphysis, exceptions.diapophyses = diapophysis, exceptions.diarthroses = diarthrosis, exceptions.diastalses = diastalsis, exceptions.diastases = diastasis, exceptions.diastemata = diastema, exceptions.diastemata = diastema, exceptions.diathses = diathesis, exceptions.diazoes = diazo, exceptions.dibbukkim = dibbuk, exceptions.dichasia = dichasium, exceptions.dicta = dictum, exceptions.didoes = dido, exceptions.diereses = dieresis, exceptions.dieses = diesis, exceptions.differentiae = differentia, exceptions.dilettanti = dilettante, exceptions.diluvia = diluvium, exceptions.dingoes = dingo, exceptions.diplococci = diplococcus, exceptions.disci = discus, exceptions.discoboli = discobolus, exceptions.dive = diva, exceptions.diverticula = diverticulum, exceptions.divertimenti = divertimento, exceptions.djinn = djinny, exceptions.dodoes = dodo, exceptions.dogfishes = dogfish, exceptions.dogmata = dogma, exceptions.dogteeth = dogtooth, exceptions.dollarfishes = dollarfish, exceptions.domatia = domatium, exceptions.dominoes = domino, exceptions.dormice = dormouse, exceptions.dorsa = dorsum, exceptions.drachmae = drachma, exceptions.drawknives = drawknife, exceptions.drosophilae = drosophila, exceptions.drumfishes = drumfish, exceptions.dryades = dryad, exceptions.dui = duo, exceptions.duona = duodenum, exceptions.duonas = duodenum, exceptions.dupondii = dupondius, exceptions.duumviri = duumvir, exceptions.dwarves = dwarf, exceptions.dybbukkim = dybbuk, exceptions.ecchymoses = ecchymosis, exceptions.ecclesiae = ecclesia, exceptions.ecdyses = ecdysis, exceptions.echidnae = echidna, exceptions.echini = echinus, exceptions.echinococci = echinococcus, exceptions.echoes = echo, exceptions.ectozoa = ectozoan, exceptions.eddoes = eddo, exceptions.edemata = edema, exceptions.effluvia = effluvium, exceptions.eidola = eidolon, exceptions.eisegeses = eisegesis, exceptions.eisteddfodau = eisteddfod, exceptions.elenchi = elenchus, exceptions.ellipses = ellipsis, exceptions.eluvia = eluvium, exceptions.elves = elf, exceptions.elytra = elytrum, exceptions.embargoes = embargo, exceptions.emboli = embolus, exceptions.emphases = emphasis, exceptions.emporia = emporium, exceptions.enarthroses = enarthrosis, exceptions.encephala = encephalon, exceptions.encephalitides = encephalitis, exceptions.encephalomata = encephaloma, exceptions.enchiridia = enchiridion, exceptions.enchondromata = enchondroma, exceptions.encomia = encomium, exceptions.endamebae = endameba, exceptions.endamoebae = endamoeba, exceptions.endocardia = endocardium, exceptions.endocrania = endocranium, exceptions.endometria = endometrium, exceptions.endostea = endosteum, exceptions.endostoses = endostosis, exceptions.endothecia = endothecium, exceptions.endothelia = endothelium, exceptions.endotheliomata = endothelioma, exceptions.endozoa = endozoan, exceptions.enemata = enema, exceptions.enneahedra = enneahedron, exceptions.entamebae = entameba, exceptions.entamoebae = entamoeba, exceptions.entases = entasis, exceptions.entera = enteron, exceptions.entia = ens, exceptions.entozoa = entozoan, exceptions.epencephala = epencephalon, exceptions.epentheses = epenthesis, exceptions.epexegeses = epexegesis, exceptions.ephemera = ephemeron, exceptions.ephemerae = ephemera, exceptions.ephemerides = ephemeris, exceptions.ephori = ephor, exceptions.epicalyces = epicalyx, exceptions.epicanthi = epicanthus, exceptions.epicardia = epicardium, exceptions.epicedia = epicedium, exceptions.epicleses = epiclesis, exceptions.epididymides = epididymis, exceptions.epigastria = epigastrium, exceptions.epiglottides = epiglottis, exceptions.epimysia = epimysium, exceptions.epiphenomena = epiphenomenon, exceptions.epiphyses = epiphysis, exceptions.episterna = episternum, exceptions.epithalamia = epithalamium, exceptions.epithelia = epithelium, exceptions.epitheliomata = epithelioma, exceptions.epizoa = epizoan, exceptions.epyllia = epyllion, exceptions.equilibria = equilibrium, exceptions.equiseta = equisetum, exceptions.eringoes = eringo, exceptions.errata = erratum, exceptions.eryngoes = eryngo, exceptions.esophagi = esophagus, exceptions.etyma = etymon, exceptions.eucalypti = eucalyptus, exceptions.eupatridae = eupatrid, exceptions.euripi = euripus, exceptions.exanthemata = exanthema, exceptions.executrices = executrix, exceptions.exegeses = exegesis, exceptions.exempla = exemplum, exceptions.exordia = exordium, exceptions.exostoses = exostosis, exceptions.extrema = extremum, exceptions.eyeteeth = eyetooth, exceptions.fabliaux = fabliau, exceptions.faciae = facia, exceptions.faculae = facula, exceptions.faeroese = faeroese, exceptions.fallfishes = fallfish, exceptions.famuli = famulus, exceptions.faroese = faroese, exceptions.farragoes = farrago, exceptions.fasciae = fascia, exceptions.fasciculi = fasciculus, exceptions.fatsoes = fatso, exceptions.faunae = fauna, exceptions.feculae = fecula, exceptions.fedayeen = fedayee, exceptions.feet = foot, exceptions.fellaheen = fellah, exceptions.fellahin = fellah, exceptions.femora = femur, exceptions.fenestellae = fenestella, exceptions.fenestrae = fenestra, exceptions.feriae = feria, exceptions.fermate = fermata, exceptions.ferulae = ferula, exceptions.festschriften = festschrift, exceptions.fetiales = fetial, exceptions.fezzes = fez, exceptions.fiascoes = fiasco, exceptions.fibrillae = fibrilla, exceptions.fibromata = fibroma, exceptions.fibulae = fibula, exceptions.ficoes = fico, exceptions.fideicommissa = fideicommissum, exceptions.fieldmice = fieldmouse, exceptions.figs = fig, exceptions.fila = filum, exceptions.filariiae = filaria, exceptions.filefishes = filefish, exceptions.fimbriae = fimbria, exceptions.fishes = fish, exceptions.fishwives = fishwife, exceptions.fistulae = fistula, exceptions.flabella = flabellum, exceptions.flagella = flagellum, exceptions.flagstaves = flagstaff, exceptions.flambeaux = flambeau, exceptions.flamines = flamen, exceptions.flamingoes = flamingo, exceptions.flatfeet = flatfoot, exceptions.flatfishes = flatfish, exceptions.flittermice = flittermouse, exceptions.flocci = floccus, exceptions.flocculi = flocculus, exceptions.florae = flora, exceptions.floreant = floreat, exceptions.florilegia = florilegium, exceptions.flyleaves = flyleaf, exceptions.foci = focus, exceptions.folia = folium, exceptions.fora = forum, exceptions.foramina = foramen, exceptions.forceps = forceps, exceptions.forefeet = forefoot, exceptions.foreteeth = foretooth, exceptions.formicaria = formicarium, exceptions.formulae = formula, exceptions.fornices = fornix, exceptions.fortes = fortis, exceptions.fossae = fossa, exceptions.foveae = fovea, exceptions.foveolae = foveola, exceptions.fractocumuli = fractocumulus, exceptions.fractostrati = fractostratus, exceptions.fraena = fraenum, exceptions.frauen = frau, exceptions.frena = frenum, exceptions.frenula = frenulum, exceptions.frescoes = fresco, exceptions.fricandeaux = fricandeau, exceptions.fricandoes = fricando, exceptions.frijoles = frijol, exceptions.frogfishes = frogfish, exceptions.frontes = frons, exceptions.frusta = frustum, exceptions.fuci = fucus, exceptions.fulcra = fulcrum, exceptions.fumatoria = fumatorium, exceptions.fundi = fundus, exceptions.fungi = fungus, exceptions.funiculi = funiculus, exceptions.furcula = furculum, exceptions.furculae = furcula, exceptions.furfures = furfur, exceptions.galeae = galea, exceptions.gambadoes = gambado, exceptions.gametangia = gametangium, exceptions.gametoecia = gametoecium, exceptions.gammadia = gammadion, exceptions.ganglia = ganglion, exceptions.garfishes = garfish, exceptions.gas = gas, exceptions.gasses = gas, exceptions.gastrulae = gastrula, exceptions.gateaux = gateau, exceptions.gazeboes = gazebo, exceptions.geckoes = gecko, exceptions.geese = goose, exceptions.gelsemia = gelsemium, exceptions.gemboks = gemsbok, exceptions.gembucks = gemsbuck, exceptions.gemeinschaften = gemeinschaft, exceptions.gemmae = gemma, exceptions.genera = genus, exceptions.generatrices = generatrix, exceptions.geneses = genesis, exceptions.genii = genius, exceptions.gentes = gens, exceptions.genua = genu, exceptions.genus = genus, exceptions.germina = germen, exceptions.gesellschaften = gesellschaft, exceptions.gestalten = gestalt, exceptions.ghettoes = ghetto, exceptions.gingivae = gingiva, exceptions.gingkoes = gingko, exceptions.ginglymi = ginglymus, exceptions.ginkgoes = ginkgo, exceptions.gippoes = gippo, exceptions.glabellae = glabella, exceptions.gladioli = gladiolus, exceptions.glandes = glans, exceptions.gliomata = glioma, exceptions.glissandi = glissando, exceptions.globefishes = globefish, exceptions.globigerinae = globigerina, exceptions.glochidcia = glochidium, exceptions.glochidia = glochidium, exceptions.glomeruli = glomerulus, exceptions.glossae = glossa, exceptions.glottides = glottis, exceptions.glutaei = glutaeus, exceptions.glutei = gluteus, exceptions.gnoses = gnosis, exceptions.goatfishes = goatfish, exceptions.goboes = gobo, exceptions.godchildren = godchild, exceptions.goes = go, exceptions.goldfishes = goldfish, exceptions.gomphoses = gomphosis, exceptions.gonia = gonion, exceptions.gonidia = gonidium, exceptions.gonococci = gonococcus, exceptions.goodwives = goodwife, exceptions.goosefishes = goosefish, exceptions.gorgoneia = gorgoneion, exceptions.gospopoda = gospodin, exceptions.goyim = goy, exceptions.gps = gps, exceptions.grafen = graf, exceptions.graffiti = graffito, exceptions.grandchildren = grandchild, exceptions.granulomata = granuloma, exceptions.gravamina = gravamen, exceptions.groszy = grosz, exceptions.grottoes = grotto, exceptions.guilder = guilde, exceptions.guilders = guilde, exceptions.guitarfishes = guitarfish, exceptions.gummata = gumma, exceptions.gurnard = gurnar, exceptions.gurnards = gurnar;
    exceptions.guttae = gutta, exceptions.gymnasia = gymnasium, exceptions.gynaecea = gynaeceum, exceptions.gynaecia = gynaecium, exceptions.gynecea = gynecium, exceptions.gynecia = gynecium, exceptions.gynoecea = gynoecium, exceptions.gynoecia = gynoecium, exceptions.gyri = gyrus, exceptions.hadarim = heder, exceptions.hadjes = hadj, exceptions.haematolyses = haematolysis, exceptions.haematomata = haematoma, exceptions.haematozoa = haematozoon, exceptions.haemodialyses = haemodialysis, exceptions.haemolyses = haemolysis, exceptions.haemoptyses = haemoptysis, exceptions.haeredes = haeres, exceptions.haftaroth = haftarah, exceptions.hagfishes = hagfish, exceptions.haggadas = haggadah, exceptions.haggadoth = haggada, exceptions.hajjes = hajj, exceptions.haleru = haler, exceptions.halfpence = halfpenny, exceptions.hallot = hallah, exceptions.halloth = hallah, exceptions.halluces = hallux, exceptions.haloes = halo, exceptions.halteres = halter, exceptions.halves = half, exceptions.hamuli = hamulus, exceptions.haphtaroth = haphtarah, exceptions.haredim = haredi, exceptions.haruspices = haruspex, exceptions.hasidim = hasid, exceptions.hassidim = hassid, exceptions.haustella = haustellum, exceptions.haustoria = haustorium, exceptions.hazzanim = hazzan, exceptions.hectocotyli = hectocotylus, exceptions.heldentenore = heldentenor, exceptions.helices = helix, exceptions.heliozoa = heliozoan, exceptions.hematolyses = hematolysis, exceptions.hematomata = hematoma, exceptions.hematozoa = hematozoon, exceptions.hemelytra = hemelytron, exceptions.hemielytra = hemielytron, exceptions.hemodialyses = hemodialysis, exceptions.hemolyses = hemolysis, exceptions.hemoptyses = hemoptysis, exceptions.hendecahedra = hendecahedron, exceptions.heraclidae = heraclid, exceptions.heraklidae = heraklid, exceptions.herbaria = herbarium, exceptions.hermae = herma, exceptions.hermai = herma, exceptions.herniae = hernia, exceptions.heroes = hero, exceptions.herren = herr, exceptions.hetaerae = hetaera, exceptions.hetairai = hetaira, exceptions.hibernacula = hibernaculum, exceptions.hieracosphinges = hieracosphinx, exceptions.hila = hilum, exceptions.hili = hilus, exceptions.himatia = himation, exceptions.hippocampi = hippocampus, exceptions.hippopotami = hippopotamus, exceptions.his = his, exceptions.hoboes = hobo, exceptions.hogfishes = hogfish, exceptions.homunculi = homunculus, exceptions.honoraria = honorarium, exceptions.hooves = hoof, exceptions.horologia = horologium, exceptions.housewives = housewife, exceptions.humeri = humerus, exceptions.hydrae = hydra, exceptions.hydromedusae = hydromedusa, exceptions.hydrozoa = hydrozoan, exceptions.hymenoptera = hymenopteran, exceptions.hynia = hymenium, exceptions.hyniums = hymenium, exceptions.hypanthia = hypanthium, exceptions.hyperostoses = hyperostosis, exceptions.hyphae = hypha, exceptions.hypnoses = hypnosis, exceptions.hypochondria = hypochondrium, exceptions.hypogastria = hypogastrium, exceptions.hypogea = hypogeum, exceptions.hypophyses = hypophysis, exceptions.hypostases = hypostasis, exceptions.hypothalami = hypothalamus, exceptions.hypotheses = hypothesis, exceptions.hyraces = hyrax, exceptions.iambi = iamb, exceptions.ibices = ibex, exceptions.ibo = igbo, exceptions.ichthyosauri = ichthyosaurus, exceptions.ichthyosauruses = ichthyosaur, exceptions.iconostases = iconostas, exceptions.icosahedra = icosahedron, exceptions.ideata = ideatum, exceptions.igorrorote = igorrote, exceptions.ilia = ilium, exceptions.imagines = imago, exceptions.imagoes = imago, exceptions.imperia = imperium, exceptions.impies = impi, exceptions.incubi = incubus, exceptions.incudes = incus, exceptions.indices = index, exceptions.indigoes = indigo, exceptions.indumenta = indumentum, exceptions.indusia = indusium, exceptions.infundibula = infundibulum, exceptions.ingushes = ingush, exceptions.innuendoes = innuendo, exceptions.inocula = inoculum, exceptions.insectaria = insectarium, exceptions.insulae = insula, exceptions.intagli = intaglio, exceptions.interleaves = interleaf, exceptions.intermezzi = intermezzo, exceptions.interreges = interrex, exceptions.interregna = interregnum, exceptions.intimae = intima, exceptions.involucella = involucellum, exceptions.involucra = involucrum, exceptions.irides = iris, exceptions.irs = irs, exceptions.is = is, exceptions.ischia = ischium, exceptions.isthmi = isthmus, exceptions.jackeroos = jackeroo, exceptions.jackfishes = jackfish, exceptions.jackknives = jackknife, exceptions.jambeaux = jambeau, exceptions.jellyfishes = jellyfish, exceptions.jewelfishes = jewelfish, exceptions.jewfishes = jewfish, exceptions.jingoes = jingo, exceptions.jinn = jinni, exceptions.joes = joe, exceptions.jura = jus, exceptions.kaddishim = kaddish, exceptions.kalmuck = kalmuc, exceptions.kalmucks = kalmuc, exceptions.katabases = katabasis, exceptions.keeshonden = keeshond, exceptions.kibbutzim = kibbutz, exceptions.killifishes = killifish, exceptions.kingfishes = kingfish, exceptions.knives = knife, exceptions.kohlrabies = kohlrabi, exceptions.kronen = krone, exceptions.kroner = krone, exceptions.kronur = krona, exceptions.krooni = kroon, exceptions.kylikes = kylix, exceptions.labara = labarum, exceptions.labella = labellum, exceptions.labia = labium, exceptions.labra = labrum, exceptions.lactobacilli = lactobacillus, exceptions.lacunae = lacuna, exceptions.lacunaria = lacunar, exceptions.lamellae = lamella, exceptions.lamiae = lamia, exceptions.laminae = lamina, exceptions.lapilli = lapillus, exceptions.lapithae = lapith, exceptions.larvae = larva, exceptions.larynges = larynx, exceptions.lassoes = lasso, exceptions.lati = lat, exceptions.latices = latex, exceptions.latifundia = latifundium, exceptions.latu = lat, exceptions.lavaboes = lavabo, exceptions.leaves = leaf, exceptions.lecythi = lecythus, exceptions.leges = lex, exceptions.lei = leu, exceptions.lemmata = lemma, exceptions.lemnisci = lemniscus, exceptions.lenes = lenis, exceptions.lentigines = lentigo, exceptions.leonides = leonid, exceptions.lepidoptera = lepidopteran, exceptions.leprosaria = leprosarium, exceptions.lepta = lepton, exceptions.leptocephali = leptocephalus, exceptions.leucocytozoa = leucocytozoan, exceptions.leva = lev, exceptions.librae = libra, exceptions.libretti = libretto, exceptions.lice = louse, exceptions.lieder = lied, exceptions.ligulae = ligula, exceptions.limbi = limbus, exceptions.limina = limen, exceptions.limites = limes, exceptions.limuli = limulus, exceptions.lingoes = lingo, exceptions.linguae = lingua, exceptions.lionfishes = lionfish, exceptions.lipomata = lipoma, exceptions.lire = lira, exceptions.liriodendra = liriodendron, exceptions.lisente = sente, exceptions.listente = sente, exceptions.litai = litas, exceptions.litu = litas, exceptions.lives = life, exceptions.lixivia = lixivium, exceptions.loaves = loaf, exceptions.loci = locus, exceptions.loculi = loculus, exceptions.loggie = loggia, exceptions.logia = logion, exceptions.lomenta = lomentum, exceptions.longobardi = longobard, exceptions.loricae = lorica, exceptions.luba = luba, exceptions.lubritoria = lubritorium, exceptions.lumbi = lumbus, exceptions.lumina = lumen, exceptions.lumpfishes = lumpfish, exceptions.lungfishes = lungfish, exceptions.lunulae = lunula, exceptions.lures = lure, exceptions.lustra = lustre, exceptions.lymphangitides = lymphangitis, exceptions.lymphomata = lymphoma, exceptions.lymphopoieses = lymphopoiesis, exceptions.lyses = lysis, exceptions.lyttae = lytta, exceptions.maare = maar, exceptions.macaronies = macaroni, exceptions.maccaronies = maccaroni, exceptions.machzorim = machzor, exceptions.macronuclei = macronucleus, exceptions.macrosporangia = macrosporangium, exceptions.maculae = macula, exceptions.madornos = madrono, exceptions.maestri = maestro, exceptions.mafiosi = mafioso, exceptions.magi = magus, exceptions.magmata = magma, exceptions.magnificoes = magnifico, exceptions.mahzorim = mahzor, exceptions.makuta = likuta, exceptions.mallei = malleus, exceptions.malleoli = malleolus, exceptions.maloti = loti, exceptions.mamillae = mamilla, exceptions.mammae = mamma, exceptions.mammillae = mammilla, exceptions.mandingoes = mandingo, exceptions.mangoes = mango, exceptions.manifestoes = manifesto, exceptions.manteaux = manteau, exceptions.mantes = mantis, exceptions.manubria = manubrium, exceptions.marchese = marchesa, exceptions.marchesi = marchese, exceptions.maremme = maremma, exceptions.markkaa = markka, exceptions.marsupia = marsupium, exceptions.matrices = matrix, exceptions.matzoth = matzo, exceptions.mausolea = mausoleum, exceptions.maxillae = maxilla, exceptions.maxima = maximum, exceptions.media = medium, exceptions.mediae = media, exceptions.mediastina = mediastinum, exceptions.medullae = medulla, exceptions.medusae = medusa, exceptions.megara = megaron, exceptions.megasporangia = megasporangium, exceptions.megilloth = megillah, exceptions.meioses = meiosis, exceptions.melanomata = melanoma, exceptions.melismata = melisma, exceptions.mementoes = memento, exceptions.memoranda = memorandum, exceptions.men = man, exceptions.menisci = meniscus, exceptions.menservants = manservant, exceptions.menstrua = menstruum, exceptions.mesdames = madame, exceptions.mesdemoiselles = mademoiselle, exceptions.mesentera = mesenteron, exceptions.mesothoraces = mesothorax, exceptions.messeigneurs = monseigneur, exceptions.messieurs = monsieur, exceptions.mestizoes = mestizo, exceptions.metacarpi = metacarpus, exceptions.metamorphoses = metamorphosis, exceptions.metanephroi = metanephros, exceptions.metastases = metastasis, exceptions.metatarsi = metatarsus, exceptions.metatheses = metathesis, exceptions.metathoraces = metathorax, exceptions.metazoa = metazoan, exceptions.metempsychoses = metempsychosis, exceptions.metencephala = metencephalon, exceptions.mezuzoth = mezuzah, exceptions.miasmata = miasma, exceptions.mice = mouse, exceptions.microanalyses = microanalysis, exceptions.micrococci = micrococcus, exceptions.micronuclei = micronucleus, exceptions.microsporangia = microsporangium, exceptions.midrashim = midrash, exceptions.midwives = midwife, exceptions.milia = milium, exceptions.milieux = milieu, exceptions.milkfishes = milkfish, exceptions.millennia = millennium, exceptions.minae = mina, exceptions.minima = minimum, exceptions.ministeria = ministerium, exceptions.minutiae = minutia, exceptions.minyanim = minyan, exceptions.mioses = miosis, exceptions.miracidia = miracidium, exceptions.miri = mir, exceptions.mitochondria = mitochondrion, exceptions.mitzvoth = mitzvah, exceptions.modioli = modiolus, exceptions.moduli = modulus, exceptions.momenta = momentum, exceptions.momi = momus, exceptions.monades = monad, exceptions.monkfishes = monkfish, exceptions.monochasia = monochasium, exceptions.monopodia = monopodium, exceptions.monoptera = monopteron, exceptions.monopteroi = monopteros, exceptions.monsignori = monsignor, exceptions.mooncalves = mooncalf, exceptions.moonfishes = moonfish, exceptions.morae = mora, exceptions.moratoria = moratorium, exceptions.morceaux = morceau, exceptions.morescoes = moresco, exceptions.moriscoes = morisco, exceptions.morphallaxes = morphallaxis, exceptions.morphoses = morphosis, exceptions.morulae = morula, exceptions.mosasauri = mosasaurus, exceptions.moshavim = moshav, exceptions.moslim = moslem, exceptions.moslims = moslem, exceptions.mosquitoes = mosquito, exceptions.mottoes = motto, exceptions.mucosae = mucosa, exceptions.mucrones = mucro, exceptions.mudejares = mudejar, exceptions.mudfishes = mudfish, exceptions.mulattoes = mulatto, exceptions.multiparae = multipara, exceptions.murices = murex, exceptions.muskallunge = muskellunge, exceptions.mycelia = mycelium, exceptions.mycetomata = mycetoma, exceptions.mycobacteria = mycobacterium, exceptions.mycorrhizae = mycorrhiza, exceptions.myelencephala = myelencephalon, exceptions.myiases = myiasis, exceptions.myocardia = myocardium, exceptions.myofibrillae = myofibrilla, exceptions.myomata = myoma, exceptions.myoses = myosis, exceptions.myrmidones = myrmidon, exceptions.mythoi = mythos, exceptions.myxomata = myxoma, exceptions.naevi = naevus, exceptions.naiades = naiad, exceptions.naoi = naos, exceptions.narcissi = narcissus, exceptions.nares = naris, exceptions.nasopharynges = nasopharynx, exceptions.natatoria = natatorium, exceptions.naumachiae = naumachia, exceptions.nauplii = nauplius, exceptions.nautili = nautilus, exceptions.navahoes = navaho, exceptions.navajoes = navajo, exceptions.nebulae = nebula, exceptions.necropoleis = necropolis, exceptions.needlefishes = needlefish, exceptions.negrilloes = negrillo, exceptions.negritoes = negrito, exceptions.negroes = negro, exceptions.nemeses = nemesis, exceptions.nephridia = nephridium, exceptions.nereides = nereid, exceptions.neurohypophyses = neurohypophysis, exceptions.neuromata = neuroma, exceptions.neuroptera = neuropteron, exceptions.neuroses = neurosis, exceptions.nevi = nevus, exceptions.nibelungen = nibelung, exceptions.nidi = nidus, exceptions.nielli = niello, exceptions.nilgai = nilgai, exceptions.nimbi = nimbus, exceptions.nimbostrati = nimbostratus, exceptions.noctilucae = noctiluca, exceptions.nodi = nodus, exceptions.noes = no, exceptions.nomina = nomen, exceptions.nota = notum, exceptions.noumena = noumenon, exceptions.novae = nova, exceptions.novelle = novella, exceptions.novenae = novena, exceptions.nubeculae = nubecula, exceptions.nucelli = nucellus, exceptions.nuchae = nucha, exceptions.nuclei = nucleus, exceptions.nucleoli = nucleolus, exceptions.nulliparae = nullipara, exceptions.numbfishes = numbfish, exceptions.numina = numen, exceptions.nymphae = nympha, exceptions.oarfishes = oarfish, exceptions.oases = oasis, exceptions.obeli = obelus, exceptions.obligati = obligato, exceptions.oboli = obolus, exceptions.occipita = occiput, exceptions.oceanaria = oceanarium, exceptions.oceanides = oceanid, exceptions.ocelli = ocellus, exceptions.ochreae = ochrea, exceptions.ocreae = ocrea, exceptions.octahedra = octahedron, exceptions.octopi = octopus, exceptions.oculi = oculus, exceptions.odea = odeum, exceptions.oedemata = oedema, exceptions.oesophagi = oesophagus, exceptions.oldwives = oldwife, exceptions.olea = oleum, exceptions.omasa = omasum, exceptions.omayyades = omayyad, exceptions.omenta = omentum, exceptions.ommatidia = ommatidium, exceptions.ommiades = ommiad, exceptions.onagri = onager, exceptions.oogonia = oogonium, exceptions.oothecae = ootheca, exceptions.opercula = operculum, exceptions.optima = optimum, exceptions.ora = os, exceptions.organa = organum, exceptions.organums = organa, exceptions.orthoptera = orthopteron, exceptions.osar = os, exceptions.oscula = osculum, exceptions.ossa = os, exceptions.osteomata = osteoma, exceptions.ostia = ostium, exceptions.ottomans = ottoman, exceptions.ova = ovum, exceptions.ovoli = ovolo, exceptions.ovotestes = ovotestis, exceptions.oxen = ox, exceptions.oxymora = oxymoron, exceptions.paddlefishes = paddlefish, exceptions.paise = paisa, exceptions.paleae = palea, exceptions.palestrae = palestra, exceptions.palingeneses = palingenesis, exceptions.pallia = pallium, exceptions.palmettoes = palmetto, exceptions.palpi = palpus, exceptions.pancratia = pancratium, exceptions.panettoni = panettone, exceptions.paparazzi = paparazzo, exceptions.paperknives = paperknife, exceptions.papillae = papilla, exceptions.papillomata = papilloma, exceptions.pappi = pappus, exceptions.papulae = papula, exceptions.papyri = papyrus, exceptions.parabases = parabasis, exceptions.paraleipses = paraleipsis, exceptions.paralyses = paralysis, exceptions.paramecia = paramecium, exceptions.paramenta = parament, exceptions.paraphyses = paraphysis, exceptions.parapodia = parapodium, exceptions.parapraxes = parapraxis, exceptions.paraselenae = paraselene, exceptions.parashoth = parashah, exceptions.parasyntheta = parasyntheton, exceptions.parazoa = parazoan, exceptions.parentheses = parenthesis, exceptions.parerga = parergon, exceptions.parhelia = parhelion, exceptions.parietes = paries, exceptions.parrotfishes = parrotfish, exceptions.parulides = parulis, exceptions.pastorali = pastorale, exceptions.patagia = patagium, exceptions.patellae = patella, exceptions.patinae = patina, exceptions.patresfamilias = paterfamilias, exceptions.pease = pea, exceptions.peccadilloes = peccadillo, exceptions.pectines = pecten, exceptions.pedaloes = pedalo, exceptions.pedes = pes, exceptions.pekingese = pekinese, exceptions.pelves = pelvis, exceptions.pence = penny, exceptions.penes = penis, exceptions.penetralia = penetralium, exceptions.penicillia = penicillium, exceptions.penknives = penknife, exceptions.pennae = penna, exceptions.pennia = penni, exceptions.pentahedra = pentahedron, exceptions.pentimenti = pentimento, exceptions.penumbrae = penumbra, exceptions.pepla = peplum, exceptions.pericardia = pericardium, exceptions.perichondria = perichondrium, exceptions.pericrania = pericranium, exceptions.peridia = peridium, exceptions.perigonia = perigonium, exceptions.perihelia = perihelion, exceptions.perinea = perineum, exceptions.perinephria = perinephrium, exceptions.perionychia = perionychium, exceptions.periostea = periosteum, exceptions.periphrases = periphrasis, exceptions.peristalses = peristalsis, exceptions.perithecia = perithecium, exceptions.peritonea = peritoneum, exceptions.personae = persona, exceptions.petechiae = petechia, exceptions.pfennige = pfennig, exceptions.phalanges = phalanx, exceptions.phalli = phallus, exceptions.pharynges = pharynx, exceptions.phenomena = phenomenon, exceptions.philodendra = philodendron, exceptions.phlyctenae = phlyctena, exceptions.phyla = phylum, exceptions.phylae = phyle, exceptions.phyllotaxes = phyllotaxis, exceptions.phylloxerae = phylloxera, exceptions.phylogeneses = phylogenesis, exceptions.pigfishes = pigfish, exceptions.pilea = pileum, exceptions.pilei = pileus, exceptions.pineta = pinetum, exceptions.pinfishes = pinfish, exceptions.pinkoes = pinko, exceptions.pinnae = pinna, exceptions.pinnulae = pinnula, exceptions.pipefishes = pipefish, exceptions.pirogi = pirog, exceptions.piscinae = piscina, exceptions.pithecanthropi = pithecanthropus, exceptions.pithoi = pithos, exceptions.placeboes = placebo, exceptions.placentae = placenta, exceptions.planetaria = planetarium, exceptions.planulae = planula, exceptions.plasmodesmata = plasmodesma, exceptions.plasmodia = plasmodium, exceptions.plateaux = plateau, exceptions.plectra = plectrum, exceptions.plena = plenum, exceptions.pleura = pleuron, exceptions.pleurae = pleura, exceptions.plicae = plica, exceptions.ploughmen = ploughman, exceptions.pneumobacilli = pneumobacillus, exceptions.pneumococci = pneumococcus, exceptions.pocketknives = pocketknife, exceptions.podetia = podetium, exceptions.podia = podium, exceptions.poleis = polis, exceptions.pollices = pollex, exceptions.pollinia = pollinium, exceptions.polychasia = polychasium, exceptions.polyhedra = polyhedron, exceptions.polyparia = polyparium, exceptions.polypi = polypus, exceptions.polyzoa = polyzoan, exceptions.polyzoaria = polyzoarium, exceptions.pontes = pons, exceptions.pontifices = pontifex, exceptions.portamenti = portamento, exceptions.porticoes = portico, exceptions.portmanteaux = portmanteau, exceptions.postliminia = postliminium, exceptions.potatoes = potato, exceptions.praenomina = praenomen, exceptions.praxes = praxis, exceptions.predelle = predella, exceptions.premaxillae = premaxilla, exceptions.prenomina = prenomen, exceptions.prese = presa, exceptions.primi = primo, exceptions.primigravidae = primigravida, exceptions.primiparae = primipara, exceptions.primordia = primordium, exceptions.principia = principium, exceptions.proboscides = proboscis, exceptions.proglottides = proglottis, exceptions.prognoses = prognosis, exceptions.prolegomena = prolegomenon, exceptions.prolepses = prolepsis, exceptions.promycelia = promycelium, exceptions.pronephra = pronephros, exceptions.pronephroi = pronephros, exceptions.pronuclei = pronucleus, exceptions.propositi = propositus, exceptions.proptoses = proptosis, exceptions.propyla = propylon, exceptions.propylaea = propylaeum, exceptions.proscenia = proscenium, exceptions.prosencephala = prosencephalon, exceptions.prostheses = prosthesis, exceptions.prostomia = prostomium, exceptions.protases = protasis, exceptions.prothalamia = prothalamium, exceptions.prothalli = prothallus, exceptions.prothallia = prothallium, exceptions.prothoraces = prothorax, exceptions.protonemata = protonema, exceptions.protozoa = protozoan, exceptions.proventriculi = proventriculus, exceptions.provisoes = proviso, exceptions.prytanea = prytaneum, exceptions.psalteria = psalterium, exceptions.pseudopodia = pseudopodium, exceptions.psychoneuroses = psychoneurosis, exceptions.psychoses = psychosis, exceptions.pterygia = pterygium, exceptions.pterylae = pteryla, exceptions.ptoses = ptosis, exceptions.pubes = pubis, exceptions.pudenda = pudendum, exceptions.puli = pul, exceptions.pulvilli = pulvillus, exceptions.pulvini = pulvinus, exceptions.punchinelloes = punchinello, exceptions.pupae = pupa, exceptions.puparia = puparium, exceptions.putamina = putamen, exceptions.putti = putto, exceptions.pycnidia = pycnidium, exceptions.pygidia = pygidium, exceptions.pylori = pylorus, exceptions.pyxides = pyxis, exceptions.pyxidia = pyxidium, exceptions.qaddishim = qaddish, exceptions.quadrennia = quadrennium, exceptions.quadrigae = quadriga, exceptions.qualia = quale, exceptions.quanta = quantum, exceptions.quarterstaves = quarterstaff, exceptions.quezales = quezal, exceptions.quinquennia = quinquennium, exceptions.quizzes = quiz, exceptions.rabatos = rabato, exceptions.rabbitfishes = rabbitfish, exceptions.rachides = rhachis, exceptions.radices = radix, exceptions.radii = radius, exceptions.radulae = radula, exceptions.ramenta = ramentum, exceptions.rami = ramus, exceptions.ranulae = ranula, exceptions.ranunculi = ranunculus, exceptions.raphae = raphe, exceptions.raphides = raphide, exceptions.ratfishes = ratfish, exceptions.reales = real, exceptions.rearmice = rearmouse, exceptions.recta = rectum, exceptions.recti = rectus, exceptions.rectrices = rectrix, exceptions.redfishes = redfish, exceptions.rediae = redia, exceptions.referenda = referendum, exceptions.refugia = refugium, exceptions.reguli = regulus, exceptions.reis = real, exceptions.relata = relatum, exceptions.remiges = remex, exceptions.reremice = reremouse, exceptions.reseaux = reseau, exceptions.residua = residuum, exceptions.responsa = responsum, exceptions.retia = rete, exceptions.retiarii = retiarius, exceptions.reticula = reticulum, exceptions.retinacula = retinaculum, exceptions.retinae = retina, exceptions.rhabdomyomata = rhabdomyoma, exceptions.rhachides = rhachis, exceptions.rhachises = rachis, exceptions.rhinencephala = rhinencephalon, exceptions.rhizobia = rhizobium, exceptions.rhombi = rhombus, exceptions.rhonchi = rhonchus, exceptions.rhyta = rhyton, exceptions.ribbonfishes = ribbonfish, exceptions.ricercacari = ricercare, exceptions.ricercari = ricercare, exceptions.rickettsiae = rickettsia, exceptions.rilievi = rilievo, exceptions.rimae = rima, exceptions.rockfishes = rockfish, exceptions.roma = rom, exceptions.rondeaux = rondeau, exceptions.rosaria = rosarium, exceptions.rosefishes = rosefish, exceptions.rostella = rostellum, exceptions.rostra = rostrum, exceptions.rouleaux = rouleau, exceptions.rugae = ruga, exceptions.rumina = rumen, exceptions.sacra = sacrum, exceptions.sacraria = sacrarium, exceptions.saguaros = saguaro, exceptions.sailfishes = sailfish, exceptions.salespeople = salesperson, exceptions.salmonellae = salmonella, exceptions.salpae = salpa, exceptions.salpinges = salpinx, exceptions.saltarelli = saltarello, exceptions.salvoes = salvo, exceptions.sancta = sanctum, exceptions.sanitaria = sanitarium, exceptions.santimi = santims, exceptions.saphenae = saphena, exceptions.sarcophagi = sarcophagus, exceptions.sartorii = sartorius, exceptions.sassanidae = sassanid, exceptions.sawfishes = sawfish, exceptions.scaldfishes = scaldfish, exceptions.scaleni = scalenus, exceptions.scapulae = scapula, exceptions.scarabaei = scarabaeus, exceptions.scarves = scarf, exceptions.schatchonim = schatchen, exceptions.schemata = schema, exceptions.scherzandi = scherzando, exceptions.scherzi = scherzo, exceptions.schmoes = schmo, exceptions.scholia = scholium, exceptions.schuln = schul, exceptions.schutzstaffeln = schutzstaffel, exceptions.scirrhi = scirrhus, exceptions.scleromata = scleroma, exceptions.scleroses = sclerosis, exceptions.sclerotia = sclerotium, exceptions.scoleces = scolex, exceptions.scolices = scolex, exceptions.scopulae = scopula, exceptions.scoriae = scoria, exceptions.scotomata = scotoma, exceptions.scriptoria = scriptorium, exceptions.scrota = scrotum, exceptions.scudi = scudo, exceptions.scuta = scutum, exceptions.scutella = scutellum, exceptions.scyphi = scyphus, exceptions.scyphistomae = scyphistoma, exceptions.scyphozoa = scyphozoan, exceptions.secondi = secondo, exceptions.segni = segno, exceptions.seleucidae = seleucid, exceptions.selves = self, exceptions.senores = senor, exceptions.sensilla = sensillum, exceptions.senti = sent, exceptions.senussis = senussi, exceptions.separatrices = separatrix, exceptions.sephardim = sephardi, exceptions.septa = septum, exceptions.septaria = septarium, exceptions.septennia = septennium, exceptions.sequelae = sequela, exceptions.sequestra = sequestrum;
    exceptions.sera = serum, exceptions.seraphim = seraph, exceptions.sestertia = sestertium, exceptions.setae = seta, exceptions.sgraffiti = sgraffito, exceptions.shabbasim = shabbas, exceptions.shabbatim = shabbat, exceptions.shackoes = shacko, exceptions.shadchanim = shadchan, exceptions.shadchans = shadchan, exceptions.shakoes = shako, exceptions.shammosim = shammes, exceptions.sheatfishes = sheatfish, exceptions.sheaves = sheaf, exceptions.shellfishes = shellfish, exceptions.shelves = shelf, exceptions.shinleaves = shinleaf, exceptions.shittim = shittah, exceptions.shmoes = shmo, exceptions.shofroth = shophar, exceptions.shophroth = shophar, exceptions.shrewmice = shrewmouse, exceptions.shuln = shul, exceptions.siddurim = siddur, exceptions.sigloi = siglos, exceptions.signore = signora, exceptions.signori = signore, exceptions.signorine = signorina, exceptions.siliquae = siliqua, exceptions.silvae = silva, exceptions.silverfishes = silverfish, exceptions.simulacra = simulacrum, exceptions.sincipita = sinciput, exceptions.sinfonie = sinfonia, exceptions.sistra = sistrum, exceptions.situlae = situla, exceptions.smalti = smalto, exceptions.snaggleteeth = snaggletooth, exceptions.snailfishes = snailfish, exceptions.snipefishes = snipefish, exceptions.socmen = socman, exceptions.sola = solum, exceptions.solaria = solarium, exceptions.solatia = solatium, exceptions.soldi = soldo, exceptions.soles = sol, exceptions.solfeggi = solfeggio, exceptions.soli = solo, exceptions.solidi = solidus, exceptions.somata = soma, exceptions.soprani = soprano, exceptions.sordini = sordino, exceptions.sori = sorus, exceptions.soroses = sorosis, exceptions.sovkhozy = sovkhoz, exceptions.spadefishes = spadefish, exceptions.spadices = spadix, exceptions.spearfishes = spearfish, exceptions.spectra = spectrum, exceptions.specula = speculum, exceptions.spermatia = spermatium, exceptions.spermatogonia = spermatogonium, exceptions.spermatozoa = spermatozoon, exceptions.spermogonia = spermogonium, exceptions.sphinges = sphinx, exceptions.spicae = spica, exceptions.spicula = spiculum, exceptions.spirilla = spirillum, exceptions.splayfeet = splayfoot, exceptions.splenii = splenius, exceptions.sporangia = sporangium, exceptions.sporogonia = sporogonium, exceptions.sporozoa = sporozoan, exceptions.springhase = springhaas, exceptions.spumoni = spumone, exceptions.sputa = sputum, exceptions.squamae = squama, exceptions.squashes = squash, exceptions.squillae = squilla, exceptions.squirrelfishes = squirrelfish, exceptions.squizzes = squiz, exceptions.stadia = stadium, exceptions.stamina = stamen, exceptions.staminodia = staminodium, exceptions.stapedes = stapes, exceptions.staphylococci = staphylococcus, exceptions.staretsy = starets, exceptions.starfishes = starfish, exceptions.startsy = starets, exceptions.stelae = stele, exceptions.stemmata = stemma, exceptions.stenoses = stenosis, exceptions.stepchildren = stepchild, exceptions.sterna = sternum, exceptions.stigmata = stigma, exceptions.stimuli = stimulus, exceptions.stipites = stipes, exceptions.stirpes = stirps, exceptions.stoae = stoa, exceptions.stockfishes = stockfish, exceptions.stomata = stoma, exceptions.stomodaea = stomodaeum, exceptions.stomodea = stomodeum, exceptions.stonefishes = stonefish, exceptions.stotinki = stotinka, exceptions.stotkini = stotinka, exceptions.strappadoes = strappado, exceptions.strata = stratum, exceptions.strati = stratus, exceptions.stratocumuli = stratocumulus, exceptions.streptococci = streptococcus, exceptions.stretti = stretto, exceptions.striae = stria, exceptions.strobili = strobilus, exceptions.stromata = stroma, exceptions.strumae = struma, exceptions.stuccoes = stucco, exceptions.styli = stylus, exceptions.stylopes = stylops, exceptions.stylopodia = stylopodium, exceptions.subcortices = subcortex, exceptions.subdeliria = subdelirium, exceptions.subgenera = subgenus, exceptions.subindices = subindex, exceptions.submucosae = submucosa, exceptions.subphyla = subphylum, exceptions.substrasta = substratum, exceptions.succedanea = succedaneum, exceptions.succubi = succubus, exceptions.suckerfishes = suckerfish, exceptions.suckfishes = suckfish, exceptions.sudaria = sudarium, exceptions.sudatoria = sudatorium, exceptions.sudatoria = sudatorium, exceptions.sulci = sulcus, exceptions.summae = summa, exceptions.sunfishes = sunfish, exceptions.supercargoes = supercargo, exceptions.superheroes = superhero, exceptions.supernovae = supernova, exceptions.superstrata = superstratum, exceptions.surgeonfishes = surgeonfish, exceptions.swamies = swami, exceptions.sweetiewives = sweetiewife, exceptions.swellfishes = swellfish, exceptions.swordfishes = swordfish, exceptions.syconia = syconium, exceptions.syllabi = syllabus, exceptions.syllepses = syllepsis, exceptions.symphyses = symphysis, exceptions.sympodia = sympodium, exceptions.symposia = symposium, exceptions.synapses = synapsis, exceptions.synarthroses = synarthrosis, exceptions.synclinoria = synclinorium, exceptions.syncytia = syncytium, exceptions.syndesmoses = syndesmosis, exceptions.synopses = synopsis, exceptions.syntagmata = syntagma, exceptions.syntheses = synthesis, exceptions.syphilomata = syphiloma, exceptions.syringes = syrinx, exceptions.syssarcoses = syssarcosis, exceptions.tableaux = tableau, exceptions.taeniae = taenia, exceptions.tali = talus, exceptions.tallaisim = tallith, exceptions.tallithes = tallith, exceptions.tallitoth = tallith, exceptions.tapeta = tapetum, exceptions.tarantulae = tarantula, exceptions.tarsi = tarsus, exceptions.tarsometatarsi = tarsometatarsus, exceptions.taxa = taxon, exceptions.taxes = tax, exceptions.taxies = taxi, exceptions.tectrices = tectrix, exceptions.teeth = tooth, exceptions.tegmina = tegmen, exceptions.telae = tela, exceptions.telamones = telamon, exceptions.telangiectases = telangiectasia, exceptions.telia = telium, exceptions.tempi = tempo, exceptions.tenacula = tenaculum, exceptions.tenderfeet = tenderfoot, exceptions.teniae = tenia, exceptions.tenues = tenuis, exceptions.teraphim = teraph, exceptions.terata = teras, exceptions.teredines = teredo, exceptions.terga = tergum, exceptions.termini = terminus, exceptions.terraria = terrarium, exceptions.terzetti = terzetto, exceptions.tesserae = tessera, exceptions.testae = testa, exceptions.testes = testis, exceptions.testudines = testudo, exceptions.tetrahedra = tetrahedron, exceptions.tetraskelia = tetraskelion, exceptions.thalamencephala = thalamencephalon, exceptions.thalami = thalamus, exceptions.thalli = thallus, exceptions.thecae = theca, exceptions.therses = thyrse, exceptions.thesauri = thesaurus, exceptions.theses = thesis, exceptions.thickleaves = thickleaf, exceptions.thieves = thief, exceptions.tholoi = tholos, exceptions.thoraces = thorax, exceptions.thrombi = thrombus, exceptions.thymi = thymus, exceptions.thyrsi = thyrsus, exceptions.tibiae = tibia, exceptions.tilefishes = tilefish, exceptions.tintinnabula = tintinnabulum, exceptions.titmice = titmouse, exceptions.toadfishes = toadfish, exceptions.tobaccoes = tobacco, exceptions.tomatoes = tomato, exceptions.tomenta = tomentum, exceptions.tondi = tondo, exceptions.tonneaux = tonneau, exceptions.tophi = tophus, exceptions.topoi = topos, exceptions.tori = torus, exceptions.tornadoes = tornado, exceptions.torpedoes = torpedo, exceptions.torsi = torso, exceptions.touracos = touraco, exceptions.trabeculae = trabecula, exceptions.tracheae = trachea, exceptions.traditores = traditor, exceptions.tragi = tragus, exceptions.trapezia = trapezium, exceptions.trapezohedra = trapezohedron, exceptions.traumata = trauma, exceptions.treponemata = treponema, exceptions.trichinae = trichina, exceptions.triclinia = triclinium, exceptions.triennia = triennium, exceptions.triforia = triforium, exceptions.triggerfishes = triggerfish, exceptions.trihedra = trihedron, exceptions.triskelia = triskelion, exceptions.trisoctahedra = trisoctahedron, exceptions.triumviri = triumvir, exceptions.trivia = trivium, exceptions.trochleae = trochlea, exceptions.tropaeola = tropaeolum, exceptions.trousseaux = trousseau, exceptions.trunkfishes = trunkfish, exceptions.trymata = tryma, exceptions.tubae = tuba, exceptions.turves = turf, exceptions.tympana = tympanum, exceptions.tyros = tyro, exceptions.ubermenschen = ubermensch, exceptions.uglies = ugli, exceptions.uigurs = uighur, exceptions.ulnae = ulna, exceptions.ultimata = ultimatum, exceptions.umbilici = umbilicus, exceptions.umbones = umbo, exceptions.umbrae = umbra, exceptions.unci = uncus, exceptions.uncidia = uredium, exceptions.uredines = uredo, exceptions.uredinia = uredinium, exceptions.uredosori = uredosorus, exceptions.urethrae = urethra, exceptions.urinalyses = urinalysis, exceptions.uteri = uterus, exceptions.utriculi = utriculus, exceptions.uvulae = uvula, exceptions.vacua = vacuum, exceptions.vagi = vagus, exceptions.vaginae = vagina, exceptions.valleculae = vallecula, exceptions.vaporetti = vaporetto, exceptions.varices = varix, exceptions.vasa = vas, exceptions.vascula = vasculum, exceptions.vela = velum, exceptions.velamina = velamen, exceptions.velaria = velarium, exceptions.venae = vena, exceptions.ventriculi = ventriculus, exceptions.vermes = vermis, exceptions.verrucae = verruca, exceptions.vertebrae = vertebra, exceptions.vertices = vertex, exceptions.vertigines = vertigo, exceptions.vertigoes = vertigo, exceptions.vesicae = vesica, exceptions.vetoes = veto, exceptions.vexilla = vexillum, exceptions.viatica = viaticum, exceptions.viatores = viator, exceptions.vibracula = vibraculum, exceptions.vibrissae = vibrissa, exceptions.villi = villus, exceptions.vimina = vimen, exceptions.vincula = vinculum, exceptions.viragoes = virago, exceptions.vires = vis, exceptions.virtuosi = virtuoso, exceptions.vitae = vita, exceptions.vitelli = vitellus, exceptions.vittae = vitta, exceptions.vivaria = vivarium, exceptions.voces = vox, exceptions.volcanoes = volcano, exceptions.volkslieder = volkslied, exceptions.volte = volta, exceptions.volvae = volva, exceptions.vorticellae = vorticella, exceptions.vortices = vortex, exceptions.vulvae = vulva, exceptions.wahhabis = wahhabi, exceptions.wanderjahre = wanderjahr, exceptions.weakfishes = weakfish, exceptions.werewolves = werewolf, exceptions.wharves = wharf, exceptions.whitefishes = whitefish, exceptions.wives = wife, exceptions.wolffishes = wolffish, exceptions.wolves = wolf, exceptions.women = woman, exceptions.woodlice = woodlouse, exceptions.wreckfishes = wreckfish, exceptions.wunderkinder = wunderkind, exceptions.xiphisterna = xiphisternum, exceptions.yeshivahs = yeshiva, exceptions.yeshivoth = yeshiva, exceptions.yogin = yogi, exceptions.yourselves = yourself, exceptions.zamindaris = zamindari, exceptions.zecchini = zecchino, exceptions.zeroes = zero, exceptions.zoa = zoon, exceptions.zoaeae = zoaea, exceptions.zoeae = zoea, exceptions.zoeas = zoaea, exceptions.zoonoses = zoonosis, module2.exports = exceptions;
  }
});

// node_modules/wink-eng-lite-web-model/dist/wn-verb-exceptions.js
var require_wn_verb_exceptions = __commonJS({
  "node_modules/wink-eng-lite-web-model/dist/wn-verb-exceptions.js"(exports2, module2) {
    var exceptions = /* @__PURE__ */ Object.create(null);
    var abet = "abet";
    var abhor = "abhor";
    var abide = "abide";
    var aby = "aby";
    var abut = "abut";
    var accompany = "accompany";
    var acetify = "acetify";
    var acidify = "acidify";
    var acquit = "acquit";
    var address = "address";
    var admit = "admit";
    var aerify = "aerify";
    var airdrop = "airdrop";
    var alkalify = "alkalify";
    var ally = "ally";
    var allot = "allot";
    var be = "be";
    var ammonify = "ammonify";
    var amnesty = "amnesty";
    var amplify = "amplify";
    var anglify = "anglify";
    var annul = "annul";
    var appal = "appal";
    var apply = "apply";
    var arc = "arc";
    var argufy = "argufy";
    var arise = "arise";
    var eat = "eat";
    var atrophy = "atrophy";
    var aver = "aver";
    var awake = "awake";
    var baby = "baby";
    var backbite = "backbite";
    var backslide = "backslide";
    var bid = "bid";
    var bag = "bag";
    var ballyrag = "ballyrag";
    var bandy = "bandy";
    var ban = "ban";
    var bar = "bar";
    var barrel = "barrel";
    var basify = "basify";
    var bat = "bat";
    var bayonet = "bayonet";
    var beat = "beat";
    var beatify = "beatify";
    var beautify = "beautify";
    var become = "become";
    var bed = "bed";
    var bedevil = "bedevil";
    var bedim = "bedim";
    var befall = "befall";
    var befit = "befit";
    var befog = "befog";
    var begin = "begin";
    var beget = "beget";
    var beg = "beg";
    var begird = "begird";
    var behold = "behold";
    var bejewel = "bejewel";
    var belly = "belly";
    var belie = "belie";
    var benefit = "benefit";
    var bename = "bename";
    var bend = "bend";
    var berry = "berry";
    var beset = "beset";
    var beseech = "beseech";
    var bespeak = "bespeak";
    var bestir = "bestir";
    var bestrew = "bestrew";
    var bestride = "bestride";
    var betake = "betake";
    var bethink = "bethink";
    var bet = "bet";
    var bevel = "bevel";
    var bias = "bias";
    var bing = "bing";
    var bin = "bin";
    var bite = "bite";
    var bit = "bit";
    var bivouac = "bivouac";
    var blab = "blab";
    var blackberry = "blackberry";
    var blackleg = "blackleg";
    var blat = "blat";
    var bleed = "bleed";
    var bless = "bless";
    var blow = "blow";
    var blip = "blip";
    var blob = "blob";
    var bloody = "bloody";
    var blot = "blot";
    var blub = "blub";
    var blur = "blur";
    var bob = "bob";
    var body = "body";
    var bootleg = "bootleg";
    var bop = "bop";
    var bear = "bear";
    var buy = "buy";
    var bind = "bind";
    var brag = "brag";
    var breed = "breed";
    var brevet = "brevet";
    var brim = "brim";
    var break1 = "break";
    var bring = "bring";
    var browbeat = "browbeat";
    var brutify = "brutify";
    var bud = "bud";
    var bug = "bug";
    var build = "build";
    var bulldog = "bulldog";
    var bully = "bully";
    var bullshit = "bullshit";
    var bullwhip = "bullwhip";
    var bullyrag = "bullyrag";
    var bum = "bum";
    var bury = "bury";
    var burn = "burn";
    var bur = "bur";
    var bushel = "bushel";
    var busy = "busy";
    var bypass = "bypass";
    var cabal = "cabal";
    var caddy = "caddy";
    var calcify = "calcify";
    var come = "come";
    var canal = "canal";
    var cancel = "cancel";
    var candy = "candy";
    var can = "can";
    var canopy = "canopy";
    var cap = "cap";
    var carburet = "carburet";
    var carillon = "carillon";
    var carny = "carny";
    var carnify = "carnify";
    var carol = "carol";
    var carry = "carry";
    var casefy = "casefy";
    var catnap = "catnap";
    var cat = "cat";
    var catch1 = "catch";
    var cavil = "cavil";
    var certify = "certify";
    var channel = "channel";
    var chap = "chap";
    var char = "char";
    var chat = "chat";
    var chivy = "chivy";
    var chide = "chide";
    var chin = "chin";
    var chip = "chip";
    var chisel = "chisel";
    var chitchat = "chitchat";
    var chiv = "chiv";
    var chondrify = "chondrify";
    var chop = "chop";
    var choose = "choose";
    var chug = "chug";
    var chum = "chum";
    var citify = "citify";
    var clothe = "clothe";
    var clad = "clad";
    var clam = "clam";
    var clap = "clap";
    var clarify = "clarify";
    var classify = "classify";
    var cleave = "cleave";
    var clem = "clem";
    var clepe = "clepe";
    var clip = "clip";
    var clog = "clog";
    var clop = "clop";
    var clot = "clot";
    var club = "club";
    var cling = "cling";
    var cockneyfy = "cockneyfy";
    var cod = "cod";
    var codify = "codify";
    var cog = "cog";
    var coif = "coif";
    var colly = "colly";
    var combat = "combat";
    var commit = "commit";
    var compel = "compel";
    var comply = "comply";
    var complot = "complot";
    var concur = "concur";
    var confab = "confab";
    var confer = "confer";
    var con = "con";
    var control = "control";
    var copy = "copy";
    var cop = "cop";
    var coquet = "coquet";
    var corral = "corral";
    var counsel = "counsel";
    var counterplot = "counterplot";
    var countersink = "countersink";
    var crab = "crab";
    var cram = "cram";
    var crap = "crap";
    var creep = "creep";
    var crib = "crib";
    var cry = "cry";
    var crop = "crop";
    var crossbreed = "crossbreed";
    var crosscut = "crosscut";
    var crucify = "crucify";
    var cub = "cub";
    var cudgel = "cudgel";
    var cupel = "cupel";
    var cup = "cup";
    var curet = "curet";
    var curry = "curry";
    var curse = "curse";
    var curtsy = "curtsy";
    var curvet = "curvet";
    var cut = "cut";
    var dab = "dab";
    var dag = "dag";
    var dally = "dally";
    var dam = "dam";
    var damnify = "damnify";
    var dandify = "dandify";
    var dap = "dap";
    var deal = "deal";
    var debar = "debar";
    var debug = "debug";
    var debus = "debus";
    var decalcify = "decalcify";
    var declassify = "declassify";
    var decontrol = "decontrol";
    var decry = "decry";
    var defer = "defer";
    var defy = "defy";
    var degas = "degas";
    var dehumidify = "dehumidify";
    var deify = "deify";
    var demit = "demit";
    var demob = "demob";
    var demulsify = "demulsify";
    var demur = "demur";
    var demystify = "demystify";
    var denazify = "denazify";
    var deny = "deny";
    var denitrify = "denitrify";
    var den = "den";
    var descry = "descry";
    var deter = "deter";
    var detoxify = "detoxify";
    var devil = "devil";
    var devitrify = "devitrify";
    var diagram = "diagram";
    var dial = "dial";
    var dib = "dib";
    var do1 = "do";
    var dig = "dig";
    var dignify = "dignify";
    var dim = "dim";
    var din = "din";
    var dip = "dip";
    var dirty = "dirty";
    var disannul = "disannul";
    var disbar = "disbar";
    var disbud = "disbud";
    var disembody = "disembody";
    var disembowel = "disembowel";
    var disenthral = "disenthral";
    var disenthrall = "disenthrall";
    var dishevel = "dishevel";
    var disinter = "disinter";
    var dispel = "dispel";
    var disqualify = "disqualify";
    var dissatisfy = "dissatisfy";
    var distil = "distil";
    var diversify = "diversify";
    var divvy = "divvy";
    var dizzy = "dizzy";
    var dog = "dog";
    var dogleg = "dogleg";
    var dolly = "dolly";
    var don = "don";
    var dot = "dot";
    var dow = "dow";
    var dive = "dive";
    var drab = "drab";
    var drag = "drag";
    var drink = "drink";
    var draw = "draw";
    var dream = "dream";
    var dry = "dry";
    var drip = "drip";
    var drivel = "drivel";
    var drive = "drive";
    var drop = "drop";
    var drub = "drub";
    var drug = "drug";
    var drum = "drum";
    var dub = "dub";
    var duel = "duel";
    var dulcify = "dulcify";
    var dummy = "dummy";
    var dun = "dun";
    var dwell = "dwell";
    var die = "die";
    var easy = "easy";
    var eavesdrop = "eavesdrop";
    var eddy = "eddy";
    var edify = "edify";
    var electrify = "electrify";
    var embed = "embed";
    var embody = "embody";
    var embus = "embus";
    var emit = "emit";
    var empanel = "empanel";
    var empty = "empty";
    var emulsify = "emulsify";
    var enamel = "enamel";
    var englut = "englut";
    var enrol = "enrol";
    var enthral = "enthral";
    var entrammel = "entrammel";
    var entrap = "entrap";
    var envy = "envy";
    var enwind = "enwind";
    var enwrap = "enwrap";
    var equal = "equal";
    var equip = "equip";
    var espy = "espy";
    var esterify = "esterify";
    var estop = "estop";
    var etherify = "etherify";
    var excel = "excel";
    var exemplify = "exemplify";
    var expel = "expel";
    var extol = "extol";
    var facet = "facet";
    var fag = "fag";
    var fall = "fall";
    var falsify = "falsify";
    var fancy = "fancy";
    var fan = "fan";
    var fantasy = "fantasy";
    var fat = "fat";
    var featherbed = "featherbed";
    var feed = "feed";
    var feel = "feel";
    var ferry = "ferry";
    var fib = "fib";
    var fig = "fig";
    var fin = "fin";
    var fit = "fit";
    var flag = "flag";
    var flam = "flam";
    var flannel = "flannel";
    var flap = "flap";
    var flat = "flat";
    var flee = "flee";
    var fly = "fly";
    var flimflam = "flimflam";
    var flip = "flip";
    var flit = "flit";
    var flog = "flog";
    var floodlight = "floodlight";
    var flop = "flop";
    var flub = "flub";
    var fling = "fling";
    var flurry = "flurry";
    var flyblow = "flyblow";
    var fob = "fob";
    var fog = "fog";
    var footslog = "footslog";
    var forbid = "forbid";
    var forbear = "forbear";
    var fordo = "fordo";
    var foredo = "foredo";
    var forego = "forego";
    var foreknow = "foreknow";
    var forerun = "forerun";
    var foresee = "foresee";
    var foreshow = "foreshow";
    var forespeak = "forespeak";
    var foretell = "foretell";
    var forgive = "forgive";
    var forget = "forget";
    var forgo = "forgo";
    var format = "format";
    var forsake = "forsake";
    var forspeak = "forspeak";
    var forswear = "forswear";
    var fortify = "fortify";
    var fight = "fight";
    var find = "find";
    var foxtrot = "foxtrot";
    var frap = "frap";
    var frenchify = "frenchify";
    var frenzy = "frenzy";
    var fret = "fret";
    var fry = "fry";
    var frig = "frig";
    var frit = "frit";
    var frivol = "frivol";
    var frog = "frog";
    var frolic = "frolic";
    var freeze = "freeze";
    var fructify = "fructify";
    var fuel = "fuel";
    var fulfil = "fulfil";
    var fun = "fun";
    var funnel = "funnel";
    var fur = "fur";
    var gad = "gad";
    var gag = "gag";
    var gainsay = "gainsay";
    var gambol = "gambol";
    var gam = "gam";
    var gin = "gin";
    var gan = "gan";
    var gap = "gap";
    var gasify = "gasify";
    var gas = "gas";
    var give = "give";
    var gel = "gel";
    var geld = "geld";
    var gem = "gem";
    var get = "get";
    var ghostwrite = "ghostwrite";
    var gib = "gib";
    var giddy = "giddy";
    var giftwrap = "giftwrap";
    var gig = "gig";
    var gild = "gild";
    var gip = "gip";
    var gird = "gird";
    var glom = "glom";
    var glory = "glory";
    var glorify = "glorify";
    var glut = "glut";
    var gnaw = "gnaw";
    var golly = "golly";
    var go = "go";
    var grab = "grab";
    var gratify = "gratify";
    var gravel = "gravel";
    var grave = "grave";
    var grow = "grow";
    var grin = "grin";
    var grip = "grip";
    var grit = "grit";
    var grind = "grind";
    var grovel = "grovel";
    var grub = "grub";
    var guaranty = "guaranty";
    var gully = "gully";
    var gum = "gum";
    var gun = "gun";
    var gyp = "gyp";
    var hacksaw = "hacksaw";
    var have = "have";
    var ham = "ham";
    var hamstring = "hamstring";
    var handfeed = "handfeed";
    var handicap = "handicap";
    var handsel = "handsel";
    var harry = "harry";
    var hatchel = "hatchel";
    var hat = "hat";
    var hear = "hear";
    var hedgehop = "hedgehop";
    var hold = "hold";
    var hem = "hem";
    var hew = "hew";
    var hiccup = "hiccup";
    var hide = "hide";
    var hinny = "hinny";
    var hit = "hit";
    var hob = "hob";
    var hobnob = "hobnob";
    var hocus = "hocus";
    var hog = "hog";
    var hogtie = "hogtie";
    var honey = "honey";
    var hop = "hop";
    var horrify = "horrify";
    var horsewhip = "horsewhip";
    var housel = "housel";
    var heave = "heave";
    var hovel = "hovel";
    var hug = "hug";
    var humbug = "humbug";
    var humidify = "humidify";
    var hum = "hum";
    var hang = "hang";
    var hurry = "hurry";
    var hypertrophy = "hypertrophy";
    var identify = "identify";
    var imbed = "imbed";
    var impanel = "impanel";
    var impel = "impel";
    var imply = "imply";
    var inbreed = "inbreed";
    var incur = "incur";
    var indemnify = "indemnify";
    var indwell = "indwell";
    var infer = "infer";
    var initial = "initial";
    var inlay = "inlay";
    var inset = "inset";
    var inspan = "inspan";
    var install = "install";
    var intensify = "intensify";
    var interbreed = "interbreed";
    var intercrop = "intercrop";
    var intercut = "intercut";
    var interlay = "interlay";
    var interlap = "interlap";
    var intermarry = "intermarry";
    var intermit = "intermit";
    var interplead = "interplead";
    var inter = "inter";
    var interstratify = "interstratify";
    var interweave = "interweave";
    var intromit = "intromit";
    var inweave = "inweave";
    var inwrap = "inwrap";
    var jab = "jab";
    var jag = "jag";
    var jam = "jam";
    var japan = "japan";
    var jar = "jar";
    var jelly = "jelly";
    var jellify = "jellify";
    var jemmy = "jemmy";
    var jet = "jet";
    var jewel = "jewel";
    var jib = "jib";
    var jig = "jig";
    var jimmy = "jimmy";
    var jitterbug = "jitterbug";
    var job = "job";
    var jog = "jog";
    var jolly = "jolly";
    var jollify = "jollify";
    var jot = "jot";
    var joypop = "joypop";
    var jug = "jug";
    var justify = "justify";
    var jut = "jut";
    var ken = "ken";
    var kennel = "kennel";
    var keep = "keep";
    var kernel = "kernel";
    var kid = "kid";
    var kidnap = "kidnap";
    var kip = "kip";
    var knap = "knap";
    var kneecap = "kneecap";
    var kneel = "kneel";
    var know = "know";
    var knit = "knit";
    var knob = "knob";
    var knot = "knot";
    var label = "label";
    var lade = "lade";
    var ladify = "ladify";
    var lag = "lag";
    var lay = "lay";
    var lie = "lie";
    var lallygag = "lallygag";
    var lam = "lam";
    var lapidify = "lapidify";
    var lap = "lap";
    var laurel = "laurel";
    var lean = "lean";
    var leapfrog = "leapfrog";
    var leap = "leap";
    var learn = "learn";
    var lead = "lead";
    var leave = "leave";
    var lend = "lend";
    var let1 = "let";
    var level = "level";
    var levy = "levy";
    var libel = "libel";
    var lignify = "lignify";
    var lip = "lip";
    var liquefy = "liquefy";
    var liquify = "liquify";
    var light = "light";
    var lob = "lob";
    var lobby = "lobby";
    var log = "log";
    var lop = "lop";
    var lose = "lose";
    var lot = "lot";
    var lug = "lug";
    var lullaby = "lullaby";
    var mad = "mad";
    var make = "make";
    var magnify = "magnify";
    var man = "man";
    var manumit = "manumit";
    var map = "map";
    var marcel = "marcel";
    var mar = "mar";
    var marry = "marry";
    var marshal = "marshal";
    var marvel = "marvel";
    var mat = "mat";
    var mean = "mean";
    var medal = "medal";
    var meet = "meet";
    var metal = "metal";
    var metrify = "metrify";
    var may = "may";
    var mimic = "mimic";
    var minify = "minify";
    var misapply = "misapply";
    var misbecome = "misbecome";
    var miscarry = "miscarry";
    var misdeal = "misdeal";
    var misfit = "misfit";
    var misgive = "misgive";
    var mishit = "mishit";
    var mislay = "mislay";
    var mislead = "mislead";
    var misplead = "misplead";
    var misspell = "misspell";
    var misspend = "misspend";
    var mistake = "mistake";
    var misunderstand = "misunderstand";
    var mob = "mob";
    var model = "model";
    var modify = "modify";
    var mollify = "mollify";
    var melt = "melt";
    var mop = "mop";
    var mortify = "mortify";
    var mow = "mow";
    var mud = "mud";
    var muddy = "muddy";
    var mug = "mug";
    var multiply = "multiply";
    var mum = "mum";
    var mummify = "mummify";
    var mutiny = "mutiny";
    var mystify = "mystify";
    var nab = "nab";
    var nag = "nag";
    var nap = "nap";
    var net = "net";
    var nib = "nib";
    var nickel = "nickel";
    var nidify = "nidify";
    var nigrify = "nigrify";
    var nip = "nip";
    var nitrify = "nitrify";
    var nod = "nod";
    var nonplus = "nonplus";
    var notify = "notify";
    var nullify = "nullify";
    var nut = "nut";
    var objectify = "objectify";
    var occupy = "occupy";
    var occur = "occur";
    var offset = "offset";
    var omit = "omit";
    var ossify = "ossify";
    var outbid = "outbid";
    var outbreed = "outbreed";
    var outcry = "outcry";
    var outcrop = "outcrop";
    var outdo = "outdo";
    var outdraw = "outdraw";
    var outfit = "outfit";
    var outfight = "outfight";
    var outgas = "outgas";
    var outgeneral = "outgeneral";
    var outgo = "outgo";
    var outgrow = "outgrow";
    var outlay = "outlay";
    var outman = "outman";
    var output = "output";
    var outrun = "outrun";
    var outride = "outride";
    var outshine = "outshine";
    var outshoot = "outshoot";
    var outsell = "outsell";
    var outspan = "outspan";
    var outstand = "outstand";
    var outstrip = "outstrip";
    var outthink = "outthink";
    var outwit = "outwit";
    var outwear = "outwear";
    var overbid = "overbid";
    var overblow = "overblow";
    var overbear = "overbear";
    var overbuild = "overbuild";
    var overcome = "overcome";
    var overcrop = "overcrop";
    var overdo = "overdo";
    var overdraw = "overdraw";
    var overdrive = "overdrive";
    var overfly = "overfly";
    var overflow = "overflow";
    var overgrow = "overgrow";
    var overhear = "overhear";
    var overhang = "overhang";
    var overlay = "overlay";
    var overlie = "overlie";
    var overlap = "overlap";
    var overman = "overman";
    var overpay = "overpay";
    var overpass = "overpass";
    var overrun = "overrun";
    var override = "override";
    var oversee = "oversee";
    var overset = "overset";
    var oversew = "oversew";
    var overshoot = "overshoot";
    var oversimplify = "oversimplify";
    var oversleep = "oversleep";
    var oversell = "oversell";
    var overspend = "overspend";
    var overspill = "overspill";
    var overstep = "overstep";
    var overtake = "overtake";
    var overthrow = "overthrow";
    var overtop = "overtop";
    var overwind = "overwind";
    var overwrite = "overwrite";
    var pacify = "pacify";
    var pad = "pad";
    var pay = "pay";
    var pal = "pal";
    var palsy = "palsy";
    var pandy = "pandy";
    var panel = "panel";
    var panic = "panic";
    var pan = "pan";
    var parallel = "parallel";
    var parcel = "parcel";
    var parody = "parody";
    var parry = "parry";
    var partake = "partake";
    var pasquinade = "pasquinade";
    var patrol = "patrol";
    var pat = "pat";
    var pedal = "pedal";
    var peg = "peg";
    var pencil = "pencil";
    var pen = "pen";
    var pep = "pep";
    var permit = "permit";
    var personify = "personify";
    var petrify = "petrify";
    var pet = "pet";
    var pettifog = "pettifog";
    var phantasy = "phantasy";
    var photocopy = "photocopy";
    var photomap = "photomap";
    var photoset = "photoset";
    var physic = "physic";
    var picnic = "picnic";
    var pig = "pig";
    var pillory = "pillory";
    var pin = "pin";
    var pip = "pip";
    var pistol = "pistol";
    var pitapat = "pitapat";
    var pity = "pity";
    var pit = "pit";
    var plan = "plan";
    var plat = "plat";
    var plead = "plead";
    var ply = "ply";
    var plod = "plod";
    var plop = "plop";
    var plot = "plot";
    var plug = "plug";
    var pod = "pod";
    var pommel = "pommel";
    var popes = "popes";
    var pop = "pop";
    var pot = "pot";
    var preachify = "preachify";
    var precancel = "precancel";
    var prefer = "prefer";
    var preoccupy = "preoccupy";
    var prepay = "prepay";
    var presignify = "presignify";
    var pretermit = "pretermit";
    var pretty = "pretty";
    var prettify = "prettify";
    var pry = "pry";
    var prig = "prig";
    var prim = "prim";
    var prod = "prod";
    var program = "program";
    var prologue = "prologue";
    var propel = "propel";
    var prophesy = "prophesy";
    var prop = "prop";
    var prove = "prove";
    var pub = "pub";
    var pug = "pug";
    var pummel = "pummel";
    var pun = "pun";
    var pup = "pup";
    var purify = "purify";
    var putrefy = "putrefy";
    var putty = "putty";
    var put = "put";
    var qualify = "qualify";
    var quantify = "quantify";
    var quarrel = "quarrel";
    var quarry = "quarry";
    var quartersaw = "quartersaw";
    var query = "query";
    var quickstep = "quickstep";
    var quip = "quip";
    var quit = "quit";
    var quiz = "quiz";
    var rag = "rag";
    var rally = "rally";
    var ramify = "ramify";
    var ram = "ram";
    var run = "run";
    var ring = "ring";
    var rap = "rap";
    var rappel = "rappel";
    var rarefy = "rarefy";
    var ratify = "ratify";
    var rat = "rat";
    var ravel = "ravel";
    var rebel = "rebel";
    var rebuild = "rebuild";
    var rebut = "rebut";
    var recap = "recap";
    var reclassify = "reclassify";
    var recommit = "recommit";
    var recopy = "recopy";
    var rectify = "rectify";
    var recur = "recur";
    var red = "red";
    var redo = "redo";
    var refer = "refer";
    var refit = "refit";
    var reave = "reave";
    var refuel = "refuel";
    var regret = "regret";
    var rehear = "rehear";
    var reify = "reify";
    var rely = "rely";
    var remake = "remake";
    var remarry = "remarry";
    var remit = "remit";
    var rend = "rend";
    var repay = "repay";
    var repel = "repel";
    var replevy = "replevy";
    var reply = "reply";
    var repot = "repot";
    var rerun = "rerun";
    var resit = "resit";
    var reset = "reset";
    var resew = "resew";
    var retake = "retake";
    var rethink = "rethink";
    var retell = "retell";
    var retransmit = "retransmit";
    var retry = "retry";
    var retrofit = "retrofit";
    var ret = "ret";
    var reunify = "reunify";
    var revel = "revel";
    var revet = "revet";
    var revivify = "revivify";
    var rev = "rev";
    var rewind = "rewind";
    var rewrite = "rewrite";
    var rib = "rib";
    var ricochet = "ricochet";
    var rid = "rid";
    var ride = "ride";
    var rig = "rig";
    var rigidify = "rigidify";
    var rim = "rim";
    var rip = "rip";
    var rise = "rise";
    var rival = "rival";
    var rive = "rive";
    var rob = "rob";
    var rot = "rot";
    var reeve = "reeve";
    var rowel = "rowel";
    var rub = "rub";
    var rut = "rut";
    var saccharify = "saccharify";
    var sag = "sag";
    var say = "say";
    var salary = "salary";
    var salify = "salify";
    var sally = "sally";
    var sanctify = "sanctify";
    var sandbag = "sandbag";
    var sing = "sing";
    var sink = "sink";
    var saponify = "saponify";
    var sap = "sap";
    var sit = "sit";
    var satisfy = "satisfy";
    var savvy = "savvy";
    var see = "see";
    var saw = "saw";
    var scag = "scag";
    var scan = "scan";
    var scarify = "scarify";
    var scar = "scar";
    var scat = "scat";
    var scorify = "scorify";
    var scrag = "scrag";
    var scram = "scram";
    var scrap = "scrap";
    var scry = "scry";
    var scrub = "scrub";
    var scrum = "scrum";
    var scud = "scud";
    var scum = "scum";
    var scurry = "scurry";
    var seed = "seed";
    var send = "send";
    var set = "set";
    var sew = "sew";
    var shag = "shag";
    var shake = "shake";
    var sham = "sham";
    var sharecrop = "sharecrop";
    var shit = "shit";
    var shave = "shave";
    var shed = "shed";
    var shellac = "shellac";
    var shend = "shend";
    var shew = "shew";
    var shy = "shy";
    var shikar = "shikar";
    var shillyshally = "shillyshally";
    var shim = "shim";
    var shimmy = "shimmy";
    var shin = "shin";
    var ship = "ship";
    var shoe = "shoe";
    var shine = "shine";
    var shop = "shop";
    var shoot = "shoot";
    var shotgun = "shotgun";
    var shot = "shot";
    var shovel = "shovel";
    var show = "show";
    var shrink = "shrink";
    var shred = "shred";
    var shrivel = "shrivel";
    var shrive = "shrive";
    var shrug = "shrug";
    var shun = "shun";
    var shut = "shut";
    var sic = "sic";
    var sideslip = "sideslip";
    var sidestep = "sidestep";
    var sightsee = "sightsee";
    var signal = "signal";
    var signify = "signify";
    var silicify = "silicify";
    var simplify = "simplify";
    var sin = "sin";
    var sip = "sip";
    var shear = "shear";
    var skelly = "skelly";
    var sken = "sken";
    var sket = "sket";
    var skid = "skid";
    var skim = "skim";
    var skin = "skin";
    var skip = "skip";
    var skivvy = "skivvy";
    var skydive = "skydive";
    var slab = "slab";
    var slag = "slag";
    var slay = "slay";
    var slam = "slam";
    var slap = "slap";
    var slat = "slat";
    var sled = "sled";
    var sleep = "sleep";
    var slide = "slide";
    var slip = "slip";
    var slit = "slit";
    var slog = "slog";
    var slop = "slop";
    var slot = "slot";
    var slug = "slug";
    var slum = "slum";
    var sling = "sling";
    var slink = "slink";
    var slur = "slur";
    var smell = "smell";
    var smite = "smite";
    var smut = "smut";
    var snag = "snag";
    var snap = "snap";
    var sned = "sned";
    var snip = "snip";
    var snivel = "snivel";
    var snog = "snog";
    var snub = "snub";
    var sneak = "sneak";
    var snug = "snug";
    var sob = "sob";
    var sod = "sod";
    var sell = "sell";
    var solemnify = "solemnify";
    var solidify = "solidify";
    var soothsay = "soothsay";
    var sop = "sop";
    var seek = "seek";
    var sow = "sow";
    var spag = "spag";
    var spancel = "spancel";
    var span = "span";
    var spar = "spar";
    var spit = "spit";
    var spat = "spat";
    var specify = "specify";
    var speed = "speed";
    var speechify = "speechify";
    var spellbind = "spellbind";
    var spell = "spell";
    var spend = "spend";
    var spy = "spy";
    var spill = "spill";
    var spin = "spin";
    var spiral = "spiral";
    var split = "split";
    var spoil = "spoil";
    var speak = "speak";
    var spotlight = "spotlight";
    var spot = "spot";
    var spring = "spring";
    var sprig = "sprig";
    var spud = "spud";
    var spur = "spur";
    var squat = "squat";
    var squib = "squib";
    var squid = "squid";
    var squeegee = "squeegee";
    var stab = "stab";
    var stink = "stink";
    var star = "star";
    var steady = "steady";
    var stellify = "stellify";
    var stem = "stem";
    var stencil = "stencil";
    var step = "step";
    var stet = "stet";
    var sty = "sty";
    var stiletto = "stiletto";
    var stir = "stir";
    var steal = "steal";
    var stand = "stand";
    var stop = "stop";
    var story = "story";
    var stot = "stot";
    var stave = "stave";
    var strap = "strap";
    var stratify = "stratify";
    var strew = "strew";
    var stride = "stride";
    var strip = "strip";
    var strive = "strive";
    var strop = "strop";
    var strow = "strow";
    var strike = "strike";
    var strum = "strum";
    var string = "string";
    var strut = "strut";
    var stub = "stub";
    var stick = "stick";
    var stud = "stud";
    var study = "study";
    var stultify = "stultify";
    var stum = "stum";
    var sting = "sting";
    var stun = "stun";
    var stupefy = "stupefy";
    var stymie = "stymie";
    var sub = "sub";
    var subjectify = "subjectify";
    var sublet = "sublet";
    var submit = "submit";
    var subtotal = "subtotal";
    var sully = "sully";
    var sulphuret = "sulphuret";
    var sum = "sum";
    var sun = "sun";
    var sup = "sup";
    var supply = "supply";
    var swab = "swab";
    var swag = "swag";
    var swim = "swim";
    var swap = "swap";
    var swat = "swat";
    var sweep = "sweep";
    var swig = "swig";
    var swivel = "swivel";
    var swell = "swell";
    var swear = "swear";
    var swot = "swot";
    var swing = "swing";
    var syllabify = "syllabify";
    var symbol = "symbol";
    var tab = "tab";
    var tag = "tag";
    var take = "take";
    var talc = "talc";
    var tally = "tally";
    var tammy = "tammy";
    var tan = "tan";
    var tap = "tap";
    var tar = "tar";
    var tarry = "tarry";
    var tassel = "tassel";
    var tat = "tat";
    var teach = "teach";
    var taxis = "taxis";
    var taxi = "taxi";
    var teasel = "teasel";
    var ted = "ted";
    var tepefy = "tepefy";
    var terrify = "terrify";
    var testes = "testes";
    var testify = "testify";
    var thin = "thin";
    var think = "think";
    var throw1 = "throw";
    var thrive = "thrive";
    var throb = "throb";
    var thrum = "thrum";
    var thud = "thud";
    var tidy = "tidy";
    var tin = "tin";
    var tinsel = "tinsel";
    var tip = "tip";
    var tittup = "tittup";
    var toady = "toady";
    var tog = "tog";
    var tell = "tell";
    var top = "top";
    var tear = "tear";
    var torrefy = "torrefy";
    var total = "total";
    var tot = "tot";
    var towel = "towel";
    var traffic = "traffic";
    var trammel = "trammel";
    var tram = "tram";
    var transfer = "transfer";
    var transfix = "transfix";
    var transship = "transship";
    var tranship = "tranship";
    var transmit = "transmit";
    var transmogrify = "transmogrify";
    var trapan = "trapan";
    var trap = "trap";
    var travel = "travel";
    var travesty = "travesty";
    var trek = "trek";
    var trepan = "trepan";
    var try1 = "try";
    var trig = "trig";
    var trim = "trim";
    var trip = "trip";
    var tread = "tread";
    var trog = "trog";
    var trot = "trot";
    var trowel = "trowel";
    var tug = "tug";
    var tumefy = "tumefy";
    var tun = "tun";
    var tunnel = "tunnel";
    var tup = "tup";
    var twig = "twig";
    var twin = "twin";
    var twit = "twit";
    var tie = "tie";
    var typeset = "typeset";
    var typewrite = "typewrite";
    var typify = "typify";
    var uglify = "uglify";
    var unbar = "unbar";
    var unbend = "unbend";
    var unbind = "unbind";
    var uncap = "uncap";
    var unclothe = "unclothe";
    var unclog = "unclog";
    var underbid = "underbid";
    var underbuy = "underbuy";
    var undercut = "undercut";
    var underfeed = "underfeed";
    var undergird = "undergird";
    var undergo = "undergo";
    var underlay = "underlay";
    var underlie = "underlie";
    var underlet = "underlet";
    var underpay = "underpay";
    var underpin = "underpin";
    var underprop = "underprop";
    var underset = "underset";
    var undershoot = "undershoot";
    var undersell = "undersell";
    var understand = "understand";
    var understudy = "understudy";
    var undertake = "undertake";
    var underwrite = "underwrite";
    var undo = "undo";
    var unfit = "unfit";
    var unfreeze = "unfreeze";
    var unify = "unify";
    var unkennel = "unkennel";
    var unknit = "unknit";
    var unlay = "unlay";
    var unlearn = "unlearn";
    var unmake = "unmake";
    var unman = "unman";
    var unpeg = "unpeg";
    var unpin = "unpin";
    var unplug = "unplug";
    var unravel = "unravel";
    var unrig = "unrig";
    var unrip = "unrip";
    var unreeve = "unreeve";
    var unsay = "unsay";
    var unship = "unship";
    var unsling = "unsling";
    var unsnap = "unsnap";
    var unspeak = "unspeak";
    var unsteady = "unsteady";
    var unstep = "unstep";
    var unstop = "unstop";
    var unstring = "unstring";
    var unstick = "unstick";
    var unswear = "unswear";
    var unteach = "unteach";
    var unthink = "unthink";
    var untidy = "untidy";
    var untread = "untread";
    var untie = "untie";
    var unwind = "unwind";
    var unwrap = "unwrap";
    var unzip = "unzip";
    var upbuild = "upbuild";
    var uphold = "uphold";
    var upheave = "upheave";
    var up = "up";
    var uppercut = "uppercut";
    var uprise = "uprise";
    var upset = "upset";
    var upspring = "upspring";
    var upsweep = "upsweep";
    var upswell = "upswell";
    var upswing = "upswing";
    var vag = "vag";
    var vary = "vary";
    var vat = "vat";
    var verbify = "verbify";
    var verify = "verify";
    var versify = "versify";
    var vet = "vet";
    var victual = "victual";
    var vilify = "vilify";
    var vitrify = "vitrify";
    var vitriol = "vitriol";
    var vivify = "vivify";
    var vie = "vie";
    var wad = "wad";
    var waddy = "waddy";
    var wadset = "wadset";
    var wag = "wag";
    var wan = "wan";
    var war = "war";
    var waylay = "waylay";
    var weary = "weary";
    var weatherstrip = "weatherstrip";
    var web = "web";
    var wed = "wed";
    var weed = "weed";
    var weep = "weep";
    var wet = "wet";
    var wham = "wham";
    var whap = "whap";
    var whet = "whet";
    var whinny = "whinny";
    var whip = "whip";
    var whipsaw = "whipsaw";
    var whir = "whir";
    var whiz = "whiz";
    var whop = "whop";
    var wig = "wig";
    var wigwag = "wigwag";
    var wildcat = "wildcat";
    var will = "will";
    var win = "win";
    var winterfeed = "winterfeed";
    var wiredraw = "wiredraw";
    var withdraw = "withdraw";
    var withhold = "withhold";
    var withstand = "withstand";
    var wake = "wake";
    var won = "won";
    var wear = "wear";
    var worry = "worry";
    var worship = "worship";
    var wind = "wind";
    var weave = "weave";
    var wrap = "wrap";
    var wry = "wry";
    var write = "write";
    var work = "work";
    var wring = "wring";
    var yak = "yak";
    var yap = "yap";
    var yen = "yen";
    var yodel = "yodel";
    var zap = "zap";
    var zigzag = "zigzag";
    var zip = "zip";
    exceptions.abetted = abet, exceptions.abetting = abet, exceptions.abhorred = abhor, exceptions.abhorring = abhor, exceptions.abode = abide, exceptions.abought = aby, exceptions.abutted = abut, exceptions.abutting = abut, exceptions.abye = aby, exceptions.accompanied = accompany, exceptions.acetified = acetify, exceptions.acidified = acidify, exceptions.acquitted = acquit, exceptions.acquitting = acquit, exceptions.addrest = address, exceptions.admitted = admit, exceptions.admitting = admit, exceptions.aerified = aerify, exceptions.airdropped = airdrop, exceptions.airdropping = airdrop, exceptions.alkalified = alkalify, exceptions.allied = ally, exceptions.allotted = allot, exceptions.allotting = allot, exceptions.am = be, exceptions.ammonified = ammonify, exceptions.amnestied = amnesty, exceptions.amplified = amplify, exceptions.anglified = anglify, exceptions.annulled = annul, exceptions.annulling = annul, exceptions.appalled = appal, exceptions.appalling = appal, exceptions.applied = apply, exceptions.arcked = arc, exceptions.arcking = arc, exceptions.are = be, exceptions.argufied = argufy, exceptions.arisen = arise, exceptions.arose = arise, exceptions.ate = eat, exceptions.atrophied = atrophy, exceptions.averred = aver, exceptions.averring = aver, exceptions.awoke = awake, exceptions.awoken = awake, exceptions.babied = baby, exceptions.backbit = backbite, exceptions.backbitten = backbite, exceptions.backslid = backslide, exceptions.backslidden = backslide, exceptions.bade = bid, exceptions.bagged = bag, exceptions.bagging = bag, exceptions.ballyragged = ballyrag, exceptions.ballyragging = ballyrag, exceptions.bandied = bandy, exceptions.banned = ban, exceptions.banning = ban, exceptions.barred = bar, exceptions.barrelled = barrel, exceptions.barrelling = barrel, exceptions.barring = bar, exceptions.basified = basify, exceptions.batted = bat, exceptions.batting = bat, exceptions.bayonetted = bayonet, exceptions.bayonetting = bayonet, exceptions.beaten = beat, exceptions.beatified = beatify, exceptions.beautified = beautify, exceptions.became = become, exceptions.bed = bed, exceptions.bedded = bed, exceptions.bedding = bed, exceptions.bedevilled = bedevil, exceptions.bedevilling = bedevil, exceptions.bedimmed = bedim, exceptions.bedimming = bedim, exceptions.been = be, exceptions.befallen = befall, exceptions.befell = befall, exceptions.befitted = befit, exceptions.befitting = befit, exceptions.befogged = befog, exceptions.befogging = befog, exceptions.began = begin, exceptions.begat = beget, exceptions.begetting = beget, exceptions.begged = beg, exceptions.begging = beg, exceptions.beginning = begin, exceptions.begirt = begird, exceptions.begot = beget, exceptions.begotten = beget, exceptions.begun = begin, exceptions.beheld = behold, exceptions.beholden = behold, exceptions.bejewelled = bejewel, exceptions.bejewelling = bejewel, exceptions.bellied = belly, exceptions.belying = belie, exceptions.benefitted = benefit, exceptions.benefitting = benefit, exceptions.benempt = bename, exceptions.bent = bend, exceptions.berried = berry, exceptions.besetting = beset, exceptions.besought = beseech, exceptions.bespoke = bespeak, exceptions.bespoken = bespeak, exceptions.bestirred = bestir, exceptions.bestirring = bestir, exceptions.bestrewn = bestrew, exceptions.bestrid = bestride, exceptions.bestridden = bestride, exceptions.bestrode = bestride, exceptions.betaken = betake, exceptions.bethought = bethink, exceptions.betook = betake, exceptions.betted = bet, exceptions.betting = bet, exceptions.bevelled = bevel, exceptions.bevelling = bevel, exceptions.biassed = bias, exceptions.biassing = bias, exceptions.bidden = bid, exceptions.bidding = bid, exceptions.bing = bing, exceptions.binned = bin, exceptions.binning = bin, exceptions.bit = bite, exceptions.bitted = bit, exceptions.bitten = bite, exceptions.bitting = bit, exceptions.bivouacked = bivouac, exceptions.bivouacking = bivouac, exceptions.blabbed = blab, exceptions.blabbing = blab, exceptions.blackberried = blackberry, exceptions.blacklegged = blackleg, exceptions.blacklegging = blackleg, exceptions.blatted = blat, exceptions.blatting = blat, exceptions.bled = bleed, exceptions.blest = bless, exceptions.blew = blow, exceptions.blipped = blip, exceptions.blipping = blip, exceptions.blobbed = blob, exceptions.blobbing = blob, exceptions.bloodied = bloody, exceptions.blotted = blot, exceptions.blotting = blot, exceptions.blown = blow, exceptions.blubbed = blub, exceptions.blubbing = blub, exceptions.blurred = blur, exceptions.blurring = blur, exceptions.bobbed = bob, exceptions.bobbing = bob, exceptions.bodied = body, exceptions.bootlegged = bootleg, exceptions.bootlegging = bootleg, exceptions.bopped = bop, exceptions.bopping = bop, exceptions.bore = bear, exceptions.born = bear, exceptions.borne = bear, exceptions.bought = buy, exceptions.bound = bind, exceptions.bragged = brag, exceptions.bragging = brag, exceptions.bred = breed, exceptions.brevetted = brevet, exceptions.brevetting = brevet, exceptions.brimmed = brim, exceptions.brimming = brim, exceptions.broke = break1, exceptions.broken = break1, exceptions.brought = bring, exceptions.browbeaten = browbeat, exceptions.brutified = brutify, exceptions.budded = bud, exceptions.budding = bud, exceptions.bugged = bug, exceptions.bugging = bug, exceptions.built = build, exceptions.bulldogging = bulldog, exceptions.bullied = bully, exceptions.bullshitted = bullshit, exceptions.bullshitting = bullshit, exceptions.bullwhipped = bullwhip, exceptions.bullwhipping = bullwhip, exceptions.bullyragged = bullyrag, exceptions.bullyragging = bullyrag, exceptions.bummed = bum, exceptions.bumming = bum, exceptions.buried = bury, exceptions.burnt = burn, exceptions.burred = bur, exceptions.burring = bur, exceptions.bushelled = bushel, exceptions.bushelling = bushel, exceptions.busied = busy, exceptions.bypast = bypass, exceptions.caballed = cabal, exceptions.caballing = cabal, exceptions.caddied = caddy, exceptions.caddies = caddy, exceptions.caddying = caddy, exceptions.calcified = calcify, exceptions.came = come, exceptions.canalled = canal, exceptions.canalling = canal, exceptions.cancelled = cancel, exceptions.cancelling = cancel, exceptions.candied = candy, exceptions.canned = can, exceptions.canning = can, exceptions.canopied = canopy, exceptions.capped = cap, exceptions.capping = cap, exceptions.carburetted = carburet, exceptions.carburetting = carburet, exceptions.carillonned = carillon, exceptions.carillonning = carillon, exceptions.carnied = carny, exceptions.carnified = carnify, exceptions.carolled = carol, exceptions.carolling = carol, exceptions.carried = carry, exceptions.casefied = casefy, exceptions.catnapped = catnap, exceptions.catnapping = catnap, exceptions.catted = cat, exceptions.catting = cat, exceptions.caught = catch1, exceptions.cavilled = cavil, exceptions.cavilling = cavil, exceptions.certified = certify, exceptions.channelled = channel, exceptions.channelling = channel, exceptions.chapped = chap, exceptions.chapping = chap, exceptions.charred = char, exceptions.charring = char, exceptions.chatted = chat, exceptions.chatting = chat, exceptions.chevied = chivy, exceptions.chevies = chivy, exceptions.chevying = chivy, exceptions.chid = chide, exceptions.chidden = chide, exceptions.chinned = chin, exceptions.chinning = chin, exceptions.chipped = chip, exceptions.chipping = chip, exceptions.chiselled = chisel, exceptions.chiselling = chisel, exceptions.chitchatted = chitchat, exceptions.chitchatting = chitchat, exceptions.chivied = chivy, exceptions.chivved = chiv, exceptions.chivvied = chivy, exceptions.chivvies = chivy, exceptions.chivving = chiv, exceptions.chivvying = chivy, exceptions.chondrified = chondrify, exceptions.chopped = chop, exceptions.chopping = chop, exceptions.chose = choose, exceptions.chosen = choose, exceptions.chugged = chug, exceptions.chugging = chug, exceptions.chummed = chum, exceptions.chumming = chum, exceptions.citified = citify, exceptions.clad = clothe, exceptions.cladded = clad, exceptions.cladding = clad, exceptions.clammed = clam, exceptions.clamming = clam, exceptions.clapped = clap, exceptions.clapping = clap, exceptions.clarified = clarify, exceptions.classified = classify, exceptions.cleft = cleave, exceptions.clemmed = clem, exceptions.clemming = clem, exceptions.clept = clepe, exceptions.clipped = clip, exceptions.clipping = clip, exceptions.clogged = clog, exceptions.clogging = clog, exceptions.clopped = clop, exceptions.clopping = clop, exceptions.clotted = clot, exceptions.clotting = clot, exceptions.clove = cleave, exceptions.cloven = cleave, exceptions.clubbed = club, exceptions.clubbing = club, exceptions.clung = cling, exceptions.cockneyfied = cockneyfy, exceptions.codded = cod, exceptions.codding = cod, exceptions.codified = codify, exceptions.cogged = cog, exceptions.cogging = cog, exceptions.coiffed = coif, exceptions.coiffing = coif, exceptions.collied = colly, exceptions.combatted = combat, exceptions.combatting = combat, exceptions.committed = commit, exceptions.committing = commit, exceptions.compelled = compel, exceptions.compelling = compel, exceptions.complied = comply, exceptions.complotted = complot, exceptions.complotting = complot, exceptions.concurred = concur, exceptions.concurring = concur, exceptions.confabbed = confab, exceptions.confabbing = confab, exceptions.conferred = confer, exceptions.conferring = confer, exceptions.conned = con, exceptions.conning = con, exceptions.controlled = control, exceptions.controlling = control, exceptions.copied = copy, exceptions.copped = cop, exceptions.copping = cop, exceptions.coquetted = coquet, exceptions.coquetting = coquet, exceptions.corralled = corral, exceptions.corralling = corral, exceptions.could = can, exceptions.counselled = counsel, exceptions.counselling = counsel, exceptions.counterplotted = counterplot, exceptions.counterplotting = counterplot, exceptions.countersank = countersink, exceptions.countersunk = countersink, exceptions.crabbed = crab, exceptions.crabbing = crab, exceptions.crammed = cram, exceptions.cramming = cram, exceptions.crapped = crap, exceptions.crapping = crap, exceptions.creeped = creep, exceptions.crept = creep, exceptions.cribbed = crib, exceptions.cribbing = crib, exceptions.cried = cry, exceptions.cropped = crop, exceptions.cropping = crop, exceptions.crossbred = crossbreed, exceptions.crosscutting = crosscut, exceptions.crucified = crucify, exceptions.cubbed = cub, exceptions.cubbing = cub, exceptions.cudgelled = cudgel, exceptions.cudgelling = cudgel, exceptions.cupelled = cupel, exceptions.cupelling = cupel, exceptions.cupped = cup, exceptions.cupping = cup, exceptions.curetted = curet, exceptions.curettes = curet, exceptions.curetting = curet, exceptions.curried = curry, exceptions.curst = curse, exceptions.curtsied = curtsy, exceptions.curvetted = curvet, exceptions.curvetting = curvet, exceptions.cutting = cut, exceptions.dabbed = dab, exceptions.dabbing = dab, exceptions.dagged = dag, exceptions.dagging = dag, exceptions.dallied = dally, exceptions.dammed = dam, exceptions.damming = dam, exceptions.damnified = damnify, exceptions.dandified = dandify, exceptions.dapped = dap, exceptions.dapping = dap, exceptions.dealt = deal, exceptions.debarred = debar, exceptions.debarring = debar, exceptions.debugged = debug, exceptions.debugging = debug, exceptions.debussed = debus, exceptions.debusses = debus, exceptions.debussing = debus, exceptions.decalcified = decalcify, exceptions.declassified = declassify, exceptions.decontrolled = decontrol, exceptions.decontrolling = decontrol, exceptions.decried = decry, exceptions.deferred = defer, exceptions.deferring = defer, exceptions.defied = defy, exceptions.degassed = degas, exceptions.degasses = degas, exceptions.degassing = degas, exceptions.dehumidified = dehumidify, exceptions.deified = deify, exceptions.demitted = demit, exceptions.demitting = demit, exceptions.demobbed = demob, exceptions.demobbing = demob, exceptions.demulsified = demulsify, exceptions.demurred = demur, exceptions.demurring = demur, exceptions.demystified = demystify, exceptions.denazified = denazify, exceptions.denied = deny, exceptions.denitrified = denitrify, exceptions.denned = den, exceptions.denning = den, exceptions.descried = descry, exceptions.deterred = deter, exceptions.deterring = deter, exceptions.detoxified = detoxify, exceptions.devilled = devil, exceptions.devilling = devil, exceptions.devitrified = devitrify, exceptions.diagrammed = diagram, exceptions.diagramming = diagram, exceptions.dialled = dial, exceptions.dialling = dial, exceptions.dibbed = dib, exceptions.dibbing = dib, exceptions.did = do1, exceptions.digging = dig, exceptions.dignified = dignify, exceptions.dimmed = dim, exceptions.dimming = dim, exceptions.dinned = din, exceptions.dinning = din, exceptions.dipped = dip, exceptions.dipping = dip, exceptions.dirtied = dirty, exceptions.disannulled = disannul, exceptions.disannulling = disannul, exceptions.disbarred = disbar, exceptions.disbarring = disbar, exceptions.disbudded = disbud, exceptions.disbudding = disbud, exceptions.disembodied = disembody, exceptions.disembowelled = disembowel, exceptions.disembowelling = disembowel, exceptions.disenthralled = disenthral, exceptions.disenthralling = disenthral, exceptions.disenthralls = disenthral, exceptions.disenthrals = disenthrall, exceptions.dishevelled = dishevel, exceptions.dishevelling = dishevel, exceptions.disinterred = disinter, exceptions.disinterring = disinter, exceptions.dispelled = dispel, exceptions.dispelling = dispel, exceptions.disqualified = disqualify, exceptions.dissatisfied = dissatisfy, exceptions.distilled = distil, exceptions.distilling = distil, exceptions.diversified = diversify, exceptions.divvied = divvy, exceptions.dizzied = dizzy, exceptions.does = do1, exceptions.dogged = dog, exceptions.dogging = dog, exceptions.doglegged = dogleg, exceptions.doglegging = dogleg, exceptions.dollied = dolly, exceptions.done = do1, exceptions.donned = don, exceptions.donning = don, exceptions.dotted = dot, exceptions.dotting = dot, exceptions.dought = dow, exceptions.dove = dive, exceptions.drabbed = drab, exceptions.drabbing = drab, exceptions.dragged = drag, exceptions.dragging = drag, exceptions.drank = drink, exceptions.drawn = draw, exceptions.dreamt = dream, exceptions.drew = draw, exceptions.dried = dry, exceptions.dripped = drip, exceptions.dripping = drip, exceptions.drivelled = drivel, exceptions.drivelling = drivel, exceptions.driven = drive, exceptions.dropped = drop, exceptions.dropping = drop, exceptions.drove = drive, exceptions.drubbed = drub, exceptions.drubbing = drub, exceptions.drugged = drug, exceptions.drugging = drug, exceptions.drummed = drum, exceptions.drumming = drum, exceptions.drunk = drink, exceptions.dubbed = dub, exceptions.dubbing = dub, exceptions.duelled = duel, exceptions.duelling = duel, exceptions.dug = dig, exceptions.dulcified = dulcify, exceptions.dummied = dummy, exceptions.dunned = dun, exceptions.dunning = dun, exceptions.dwelt = dwell, exceptions.dying = die, exceptions.easied = easy, exceptions.eaten = eat, exceptions.eavesdropped = eavesdrop, exceptions.eavesdropping = eavesdrop, exceptions.eddied = eddy, exceptions.edified = edify, exceptions.electrified = electrify, exceptions.embedded = embed, exceptions.embedding = embed, exceptions.embodied = embody, exceptions.embussed = embus, exceptions.embusses = embus, exceptions.embussing = embus, exceptions.emitted = emit, exceptions.emitting = emit, exceptions.empanelled = empanel, exceptions.empanelling = empanel, exceptions.emptied = empty, exceptions.emulsified = emulsify, exceptions.enamelled = enamel, exceptions.enamelling = enamel, exceptions.englutted = englut, exceptions.englutting = englut, exceptions.enrolled = enrol, exceptions.enrolling = enrol, exceptions.enthralled = enthral, exceptions.enthralling = enthral, exceptions.entrammelled = entrammel, exceptions.entrammelling = entrammel, exceptions.entrapped = entrap, exceptions.entrapping = entrap, exceptions.envied = envy, exceptions.enwound = enwind, exceptions.enwrapped = enwrap, exceptions.enwrapping = enwrap, exceptions.equalled = equal, exceptions.equalling = equal, exceptions.equipped = equip, exceptions.equipping = equip, exceptions.espied = espy, exceptions.esterified = esterify, exceptions.estopped = estop, exceptions.estopping = estop, exceptions.etherified = etherify, exceptions.excelled = excel, exceptions.excelling = excel, exceptions.exemplified = exemplify, exceptions.expelled = expel, exceptions.expelling = expel, exceptions.extolled = extol, exceptions.extolling = extol, exceptions.facetted = facet, exceptions.facetting = facet, exceptions.fagged = fag, exceptions.fagging = fag, exceptions.fallen = fall, exceptions.falsified = falsify, exceptions.fancied = fancy, exceptions.fanned = fan, exceptions.fanning = fan, exceptions.fantasied = fantasy, exceptions.fatted = fat, exceptions.fatting = fat, exceptions.featherbedded = featherbed, exceptions.featherbedding = featherbed, exceptions.fed = feed, exceptions.feed = feed, exceptions.fell = fall, exceptions.felt = feel, exceptions.ferried = ferry, exceptions.fibbed = fib, exceptions.fibbing = fib, exceptions.figged = fig, exceptions.figging = fig, exceptions.finned = fin, exceptions.finning = fin, exceptions.fitted = fit, exceptions.fitting = fit, exceptions.flagged = flag, exceptions.flagging = flag, exceptions.flammed = flam, exceptions.flamming = flam, exceptions.flannelled = flannel, exceptions.flannelling = flannel, exceptions.flapped = flap, exceptions.flapping = flap, exceptions.flatted = flat, exceptions.flatting = flat, exceptions.fled = flee, exceptions.flew = fly, exceptions.flimflammed = flimflam, exceptions.flimflamming = flimflam, exceptions.flipped = flip, exceptions.flipping = flip, exceptions.flitted = flit, exceptions.flitting = flit, exceptions.flogged = flog, exceptions.flogging = flog, exceptions.floodlit = floodlight, exceptions.flopped = flop, exceptions.flopping = flop, exceptions.flown = fly, exceptions.flubbed = flub, exceptions.flubbing = flub, exceptions.flung = fling, exceptions.flurried = flurry, exceptions.flyblew = flyblow, exceptions.flyblown = flyblow, exceptions.fobbed = fob, exceptions.fobbing = fob, exceptions.fogged = fog, exceptions.fogging = fog, exceptions.footslogged = footslog, exceptions.footslogging = footslog, exceptions.forbad = forbid, exceptions.forbade = forbid, exceptions.forbidden = forbid, exceptions.forbidding = forbid, exceptions.forbore = forbear, exceptions.forborne = forbear, exceptions.fordid = fordo, exceptions.fordone = fordo, exceptions.foredid = foredo, exceptions.foredone = foredo, exceptions.foregone = forego, exceptions.foreknew = foreknow, exceptions.foreknown = foreknow, exceptions.foreran = forerun, exceptions.forerunning = forerun, exceptions.foresaw = foresee, exceptions.foreseen = foresee, exceptions.foreshown = foreshow, exceptions.forespoke = forespeak, exceptions.forespoken = forespeak, exceptions.foretold = foretell, exceptions.forewent = forego, exceptions.forgave = forgive, exceptions.forgetting = forget, exceptions.forgiven = forgive, exceptions.forgone = forgo, exceptions.forgot = forget, exceptions.forgotten = forget, exceptions.formatted = format, exceptions.formatting = format, exceptions.forsaken = forsake, exceptions.forsook = forsake, exceptions.forspoke = forspeak, exceptions.forspoken = forspeak, exceptions.forswore = forswear, exceptions.forsworn = forswear, exceptions.fortified = fortify, exceptions.forwent = forgo, exceptions.fought = fight, exceptions.found = find, exceptions.foxtrotted = foxtrot, exceptions.foxtrotting = foxtrot, exceptions.frapped = frap, exceptions.frapping = frap, exceptions.frenchified = frenchify, exceptions.frenzied = frenzy, exceptions.fretted = fret, exceptions.fretting = fret, exceptions.fried = fry, exceptions.frigged = frig, exceptions.frigging = frig, exceptions.fritted = frit, exceptions.fritting = frit, exceptions.frivolled = frivol, exceptions.frivolling = frivol, exceptions.frogged = frog, exceptions.frogging = frog, exceptions.frolicked = frolic, exceptions.frolicking = frolic, exceptions.froze = freeze, exceptions.frozen = freeze, exceptions.fructified = fructify, exceptions.fuelled = fuel, exceptions.fuelling = fuel, exceptions.fulfilled = fulfil, exceptions.fulfilling = fulfil, exceptions.funned = fun, exceptions.funnelled = funnel, exceptions.funnelling = funnel, exceptions.funning = fun, exceptions.furred = fur, exceptions.furring = fur, exceptions.gadded = gad, exceptions.gadding = gad, exceptions.gagged = gag, exceptions.gagging = gag, exceptions.gainsaid = gainsay, exceptions.gambolled = gambol, exceptions.gambolling = gambol, exceptions.gammed = gam, exceptions.gamming = gam, exceptions.gan = gin, exceptions.ganned = gan, exceptions.ganning = gan, exceptions.gapped = gap, exceptions.gapping = gap, exceptions.gasified = gasify, exceptions.gassed = gas, exceptions.gasses = gas, exceptions.gassing = gas, exceptions.gave = give, exceptions.gelled = gel, exceptions.gelling = gel, exceptions.gelt = geld, exceptions.gemmed = gem, exceptions.gemming = gem, exceptions.getting = get, exceptions.ghostwritten = ghostwrite, exceptions.ghostwrote = ghostwrite, exceptions.gibbed = gib, exceptions.gibbing = gib, exceptions.giddied = giddy, exceptions.giftwrapped = giftwrap, exceptions.giftwrapping = giftwrap, exceptions.gigged = gig, exceptions.gigging = gig, exceptions.gilt = gild, exceptions.ginned = gin, exceptions.ginning = gin, exceptions.gipped = gip, exceptions.gipping = gip, exceptions.girt = gird, exceptions.given = give, exceptions.glommed = glom, exceptions.glomming = glom, exceptions.gloried = glory, exceptions.glorified = glorify, exceptions.glutted = glut, exceptions.glutting = glut, exceptions.gnawn = gnaw, exceptions.gollied = golly, exceptions.gone = go, exceptions.got = get, exceptions.gotten = get, exceptions.grabbed = grab, exceptions.grabbing = grab, exceptions.gratified = gratify, exceptions.gravelled = gravel, exceptions.gravelling = gravel, exceptions.graven = grave, exceptions.grew = grow, exceptions.grinned = grin, exceptions.grinning = grin, exceptions.gripped = grip, exceptions.gripping = grip, exceptions.gript = grip, exceptions.gritted = grit, exceptions.gritting = grit, exceptions.ground = grind, exceptions.grovelled = grovel, exceptions.grovelling = grovel, exceptions.grown = grow, exceptions.grubbed = grub, exceptions.grubbing = grub, exceptions.guarantied = guaranty, exceptions.gullied = gully, exceptions.gummed = gum, exceptions.gumming = gum, exceptions.gunned = gun, exceptions.gunning = gun, exceptions.gypped = gyp, exceptions.gypping = gyp, exceptions.hacksawn = hacksaw, exceptions.had = have, exceptions.hammed = ham, exceptions.hamming = ham, exceptions.hamstrung = hamstring, exceptions.handfed = handfeed, exceptions.handicapped = handicap, exceptions.handicapping = handicap, exceptions.handselled = handsel, exceptions.handselling = handsel, exceptions.harried = harry, exceptions.has = have, exceptions.hatchelled = hatchel;
    exceptions.hatchelling = hatchel, exceptions.hatted = hat, exceptions.hatting = hat, exceptions.heard = hear, exceptions.hedgehopped = hedgehop, exceptions.hedgehopping = hedgehop, exceptions.held = hold, exceptions.hemmed = hem, exceptions.hemming = hem, exceptions.hewn = hew, exceptions.hiccupped = hiccup, exceptions.hiccupping = hiccup, exceptions.hid = hide, exceptions.hidden = hide, exceptions.hinnied = hinny, exceptions.hitting = hit, exceptions.hobbed = hob, exceptions.hobbing = hob, exceptions.hobnobbed = hobnob, exceptions.hobnobbing = hobnob, exceptions.hocussed = hocus, exceptions.hocussing = hocus, exceptions.hogged = hog, exceptions.hogging = hog, exceptions.hogtying = hogtie, exceptions.honied = honey, exceptions.hopped = hop, exceptions.hopping = hop, exceptions.horrified = horrify, exceptions.horsewhipped = horsewhip, exceptions.horsewhipping = horsewhip, exceptions.houselled = housel, exceptions.houselling = housel, exceptions.hove = heave, exceptions.hovelled = hovel, exceptions.hovelling = hovel, exceptions.hugged = hug, exceptions.hugging = hug, exceptions.humbugged = humbug, exceptions.humbugging = humbug, exceptions.humidified = humidify, exceptions.hummed = hum, exceptions.humming = hum, exceptions.hung = hang, exceptions.hurried = hurry, exceptions.hypertrophied = hypertrophy, exceptions.identified = identify, exceptions.imbedded = imbed, exceptions.imbedding = imbed, exceptions.impanelled = impanel, exceptions.impanelling = impanel, exceptions.impelled = impel, exceptions.impelling = impel, exceptions.implied = imply, exceptions.inbred = inbreed, exceptions.incurred = incur, exceptions.incurring = incur, exceptions.indemnified = indemnify, exceptions.indwelt = indwell, exceptions.inferred = infer, exceptions.inferring = infer, exceptions.initialled = initial, exceptions.initialling = initial, exceptions.inlaid = inlay, exceptions.insetting = inset, exceptions.inspanned = inspan, exceptions.inspanning = inspan, exceptions.installed = install, exceptions.installing = install, exceptions.intensified = intensify, exceptions.interbred = interbreed, exceptions.intercropped = intercrop, exceptions.intercropping = intercrop, exceptions.intercutting = intercut, exceptions.interlaid = interlay, exceptions.interlapped = interlap, exceptions.interlapping = interlap, exceptions.intermarried = intermarry, exceptions.intermitted = intermit, exceptions.intermitting = intermit, exceptions.interpled = interplead, exceptions.interred = inter, exceptions.interring = inter, exceptions.interstratified = interstratify, exceptions.interwove = interweave, exceptions.interwoven = interweave, exceptions.intromitted = intromit, exceptions.intromitting = intromit, exceptions.inwove = inweave, exceptions.inwoven = inweave, exceptions.inwrapped = inwrap, exceptions.inwrapping = inwrap, exceptions.is = be, exceptions.jabbed = jab, exceptions.jabbing = jab, exceptions.jagged = jag, exceptions.jagging = jag, exceptions.jammed = jam, exceptions.jamming = jam, exceptions.japanned = japan, exceptions.japanning = japan, exceptions.jarred = jar, exceptions.jarring = jar, exceptions.jellied = jelly, exceptions.jellified = jellify, exceptions.jemmied = jemmy, exceptions.jetted = jet, exceptions.jetting = jet, exceptions.jewelled = jewel, exceptions.jewelling = jewel, exceptions.jibbed = jib, exceptions.jibbing = jib, exceptions.jigged = jig, exceptions.jigging = jig, exceptions.jimmied = jimmy, exceptions.jitterbugged = jitterbug, exceptions.jitterbugging = jitterbug, exceptions.jobbed = job, exceptions.jobbing = job, exceptions.jogged = jog, exceptions.jogging = jog, exceptions.jollied = jolly, exceptions.jollified = jollify, exceptions.jotted = jot, exceptions.jotting = jot, exceptions.joypopped = joypop, exceptions.joypopping = joypop, exceptions.jugged = jug, exceptions.jugging = jug, exceptions.justified = justify, exceptions.jutted = jut, exceptions.jutting = jut, exceptions.kenned = ken, exceptions.kennelled = kennel, exceptions.kennelling = kennel, exceptions.kenning = ken, exceptions.kent = ken, exceptions.kept = keep, exceptions.kernelled = kernel, exceptions.kernelling = kernel, exceptions.kidded = kid, exceptions.kidding = kid, exceptions.kidnapped = kidnap, exceptions.kidnapping = kidnap, exceptions.kipped = kip, exceptions.kipping = kip, exceptions.knapped = knap, exceptions.knapping = knap, exceptions.kneecapped = kneecap, exceptions.kneecapping = kneecap, exceptions.knelt = kneel, exceptions.knew = know, exceptions.knitted = knit, exceptions.knitting = knit, exceptions.knobbed = knob, exceptions.knobbing = knob, exceptions.knotted = knot, exceptions.knotting = knot, exceptions.known = know, exceptions.labelled = label, exceptions.labelling = label, exceptions.laden = lade, exceptions.ladyfied = ladify, exceptions.ladyfies = ladify, exceptions.ladyfying = ladify, exceptions.lagged = lag, exceptions.lagging = lag, exceptions.laid = lay, exceptions.lain = lie, exceptions.lallygagged = lallygag, exceptions.lallygagging = lallygag, exceptions.lammed = lam, exceptions.lamming = lam, exceptions.lapidified = lapidify, exceptions.lapped = lap, exceptions.lapping = lap, exceptions.laurelled = laurel, exceptions.laurelling = laurel, exceptions.lay = lie, exceptions.leant = lean, exceptions.leapfrogged = leapfrog, exceptions.leapfrogging = leapfrog, exceptions.leapt = leap, exceptions.learnt = learn, exceptions.led = lead, exceptions.left = leave, exceptions.lent = lend, exceptions.letting = let1, exceptions.levelled = level, exceptions.levelling = level, exceptions.levied = levy, exceptions.libelled = libel, exceptions.libelling = libel, exceptions.lignified = lignify, exceptions.lipped = lip, exceptions.lipping = lip, exceptions.liquefied = liquefy, exceptions.liquified = liquify, exceptions.lit = light, exceptions.lobbed = lob, exceptions.lobbied = lobby, exceptions.lobbing = lob, exceptions.logged = log, exceptions.logging = log, exceptions.lopped = lop, exceptions.lopping = lop, exceptions.lost = lose, exceptions.lotted = lot, exceptions.lotting = lot, exceptions.lugged = lug, exceptions.lugging = lug, exceptions.lullabied = lullaby, exceptions.lying = lie, exceptions.madded = mad, exceptions.madding = mad, exceptions.made = make, exceptions.magnified = magnify, exceptions.manned = man, exceptions.manning = man, exceptions.manumitted = manumit, exceptions.manumitting = manumit, exceptions.mapped = map, exceptions.mapping = map, exceptions.marcelled = marcel, exceptions.marcelling = marcel, exceptions.marred = mar, exceptions.married = marry, exceptions.marring = mar, exceptions.marshalled = marshal, exceptions.marshalling = marshal, exceptions.marvelled = marvel, exceptions.marvelling = marvel, exceptions.matted = mat, exceptions.matting = mat, exceptions.meant = mean, exceptions.medalled = medal, exceptions.medalling = medal, exceptions.met = meet, exceptions.metalled = metal, exceptions.metalling = metal, exceptions.metrified = metrify, exceptions.might = may, exceptions.mimicked = mimic, exceptions.mimicking = mimic, exceptions.minified = minify, exceptions.misapplied = misapply, exceptions.misbecame = misbecome, exceptions.miscarried = miscarry, exceptions.misdealt = misdeal, exceptions.misfitted = misfit, exceptions.misfitting = misfit, exceptions.misgave = misgive, exceptions.misgiven = misgive, exceptions.mishitting = mishit, exceptions.mislaid = mislay, exceptions.misled = mislead, exceptions.mispled = misplead, exceptions.misspelt = misspell, exceptions.misspent = misspend, exceptions.mistaken = mistake, exceptions.mistook = mistake, exceptions.misunderstood = misunderstand, exceptions.mobbed = mob, exceptions.mobbing = mob, exceptions.modelled = model, exceptions.modelling = model, exceptions.modified = modify, exceptions.mollified = mollify, exceptions.molten = melt, exceptions.mopped = mop, exceptions.mopping = mop, exceptions.mortified = mortify, exceptions.mown = mow, exceptions.mudded = mud, exceptions.muddied = muddy, exceptions.mudding = mud, exceptions.mugged = mug, exceptions.mugging = mug, exceptions.multiplied = multiply, exceptions.mummed = mum, exceptions.mummified = mummify, exceptions.mumming = mum, exceptions.mutinied = mutiny, exceptions.mystified = mystify, exceptions.nabbed = nab, exceptions.nabbing = nab, exceptions.nagged = nag, exceptions.nagging = nag, exceptions.napped = nap, exceptions.napping = nap, exceptions.netted = net, exceptions.netting = net, exceptions.nibbed = nib, exceptions.nibbing = nib, exceptions.nickelled = nickel, exceptions.nickelling = nickel, exceptions.nidified = nidify, exceptions.nigrified = nigrify, exceptions.nipped = nip, exceptions.nipping = nip, exceptions.nitrified = nitrify, exceptions.nodded = nod, exceptions.nodding = nod, exceptions.nonplussed = nonplus, exceptions.nonplusses = nonplus, exceptions.nonplussing = nonplus, exceptions.notified = notify, exceptions.nullified = nullify, exceptions.nutted = nut, exceptions.nutting = nut, exceptions.objectified = objectify, exceptions.occupied = occupy, exceptions.occurred = occur, exceptions.occurring = occur, exceptions.offsetting = offset, exceptions.omitted = omit, exceptions.omitting = omit, exceptions.ossified = ossify, exceptions.outbidden = outbid, exceptions.outbidding = outbid, exceptions.outbred = outbreed, exceptions.outcried = outcry, exceptions.outcropped = outcrop, exceptions.outcropping = outcrop, exceptions.outdid = outdo, exceptions.outdone = outdo, exceptions.outdrawn = outdraw, exceptions.outdrew = outdraw, exceptions.outfitted = outfit, exceptions.outfitting = outfit, exceptions.outfought = outfight, exceptions.outgassed = outgas, exceptions.outgasses = outgas, exceptions.outgassing = outgas, exceptions.outgeneralled = outgeneral, exceptions.outgeneralling = outgeneral, exceptions.outgone = outgo, exceptions.outgrew = outgrow, exceptions.outgrown = outgrow, exceptions.outlaid = outlay, exceptions.outmanned = outman, exceptions.outmanning = outman, exceptions.outputted = output, exceptions.outputting = output, exceptions.outran = outrun, exceptions.outridden = outride, exceptions.outrode = outride, exceptions.outrunning = outrun, exceptions.outshone = outshine, exceptions.outshot = outshoot, exceptions.outsold = outsell, exceptions.outspanned = outspan, exceptions.outspanning = outspan, exceptions.outstood = outstand, exceptions.outstripped = outstrip, exceptions.outstripping = outstrip, exceptions.outthought = outthink, exceptions.outwent = outgo, exceptions.outwitted = outwit, exceptions.outwitting = outwit, exceptions.outwore = outwear, exceptions.outworn = outwear, exceptions.overbidden = overbid, exceptions.overbidding = overbid, exceptions.overblew = overblow, exceptions.overblown = overblow, exceptions.overbore = overbear, exceptions.overborne = overbear, exceptions.overbuilt = overbuild, exceptions.overcame = overcome, exceptions.overcropped = overcrop, exceptions.overcropping = overcrop, exceptions.overdid = overdo, exceptions.overdone = overdo, exceptions.overdrawn = overdraw, exceptions.overdrew = overdraw, exceptions.overdriven = overdrive, exceptions.overdrove = overdrive, exceptions.overflew = overfly, exceptions.overflown = overflow, exceptions.overgrew = overgrow, exceptions.overgrown = overgrow, exceptions.overheard = overhear, exceptions.overhung = overhang, exceptions.overlaid = overlay, exceptions.overlain = overlie, exceptions.overlapped = overlap, exceptions.overlapping = overlap, exceptions.overlay = overlie, exceptions.overlying = overlie, exceptions.overmanned = overman, exceptions.overmanning = overman, exceptions.overpaid = overpay, exceptions.overpast = overpass, exceptions.overran = overrun, exceptions.overridden = override, exceptions.overrode = override, exceptions.overrunning = overrun, exceptions.oversaw = oversee, exceptions.overseen = oversee, exceptions.oversetting = overset, exceptions.oversewn = oversew, exceptions.overshot = overshoot, exceptions.oversimplified = oversimplify, exceptions.overslept = oversleep, exceptions.oversold = oversell, exceptions.overspent = overspend, exceptions.overspilt = overspill, exceptions.overstepped = overstep, exceptions.overstepping = overstep, exceptions.overtaken = overtake, exceptions.overthrew = overthrow, exceptions.overthrown = overthrow, exceptions.overtook = overtake, exceptions.overtopped = overtop, exceptions.overtopping = overtop, exceptions.overwound = overwind, exceptions.overwritten = overwrite, exceptions.overwrote = overwrite, exceptions.pacified = pacify, exceptions.padded = pad, exceptions.padding = pad, exceptions.paid = pay, exceptions.palled = pal, exceptions.palling = pal, exceptions.palsied = palsy, exceptions.pandied = pandy, exceptions.panelled = panel, exceptions.panelling = panel, exceptions.panicked = panic, exceptions.panicking = panic, exceptions.panned = pan, exceptions.panning = pan, exceptions.parallelled = parallel, exceptions.parallelling = parallel, exceptions.parcelled = parcel, exceptions.parcelling = parcel, exceptions.parodied = parody, exceptions.parried = parry, exceptions.partaken = partake, exceptions.partook = partake, exceptions.pasquil = pasquinade, exceptions.pasquilled = pasquinade, exceptions.pasquilling = pasquinade, exceptions.pasquils = pasquinade, exceptions.patrolled = patrol, exceptions.patrolling = patrol, exceptions.patted = pat, exceptions.patting = pat, exceptions.pedalled = pedal, exceptions.pedalling = pedal, exceptions.pegged = peg, exceptions.pegging = peg, exceptions.pencilled = pencil, exceptions.pencilling = pencil, exceptions.penned = pen, exceptions.penning = pen, exceptions.pent = pen, exceptions.pepped = pep, exceptions.pepping = pep, exceptions.permitted = permit, exceptions.permitting = permit, exceptions.personified = personify, exceptions.petrified = petrify, exceptions.petted = pet, exceptions.pettifogged = pettifog, exceptions.pettifogging = pettifog, exceptions.petting = pet, exceptions.phantasied = phantasy, exceptions.photocopied = photocopy, exceptions.photomapped = photomap, exceptions.photomapping = photomap, exceptions.photosetting = photoset, exceptions.physicked = physic, exceptions.physicking = physic, exceptions.picnicked = picnic, exceptions.picnicking = picnic, exceptions.pigged = pig, exceptions.pigging = pig, exceptions.pilloried = pillory, exceptions.pinned = pin, exceptions.pinning = pin, exceptions.pipped = pip, exceptions.pipping = pip, exceptions.pistolled = pistol, exceptions.pistolling = pistol, exceptions.pitapatted = pitapat, exceptions.pitapatting = pitapat, exceptions.pitied = pity, exceptions.pitted = pit, exceptions.pitting = pit, exceptions.planned = plan, exceptions.planning = plan, exceptions.platted = plat, exceptions.platting = plat, exceptions.pled = plead, exceptions.plied = ply, exceptions.plodded = plod, exceptions.plodding = plod, exceptions.plopped = plop, exceptions.plopping = plop, exceptions.plotted = plot, exceptions.plotting = plot, exceptions.plugged = plug, exceptions.plugging = plug, exceptions.podded = pod, exceptions.podding = pod, exceptions.pommelled = pommel, exceptions.pommelling = pommel, exceptions.popes = popes, exceptions.popped = pop, exceptions.popping = pop, exceptions.potted = pot, exceptions.potting = pot, exceptions.preachified = preachify, exceptions.precancelled = precancel, exceptions.precancelling = precancel, exceptions.preferred = prefer, exceptions.preferring = prefer, exceptions.preoccupied = preoccupy, exceptions.prepaid = prepay, exceptions.presignified = presignify, exceptions.pretermitted = pretermit, exceptions.pretermitting = pretermit, exceptions.prettied = pretty, exceptions.prettified = prettify, exceptions.pried = pry, exceptions.prigged = prig, exceptions.prigging = prig, exceptions.primmed = prim, exceptions.primming = prim, exceptions.prodded = prod, exceptions.prodding = prod, exceptions.programmed = program, exceptions.programmes = program, exceptions.programming = program, exceptions.prologed = prologue, exceptions.prologing = prologue, exceptions.prologs = prologue, exceptions.propelled = propel, exceptions.propelling = propel, exceptions.prophesied = prophesy, exceptions.propped = prop, exceptions.propping = prop, exceptions.proven = prove, exceptions.pubbed = pub, exceptions.pubbing = pub, exceptions.pugged = pug, exceptions.pugging = pug, exceptions.pummelled = pummel, exceptions.pummelling = pummel, exceptions.punned = pun, exceptions.punning = pun, exceptions.pupped = pup, exceptions.pupping = pup, exceptions.purified = purify, exceptions.putrefied = putrefy, exceptions.puttied = putty, exceptions.putting = put, exceptions.qualified = qualify, exceptions.quantified = quantify, exceptions.quarrelled = quarrel, exceptions.quarrelling = quarrel, exceptions.quarried = quarry, exceptions.quartersawn = quartersaw, exceptions.queried = query, exceptions.quickstepped = quickstep, exceptions.quickstepping = quickstep, exceptions.quipped = quip, exceptions.quipping = quip, exceptions.quitted = quit, exceptions.quitting = quit, exceptions.quizzed = quiz, exceptions.quizzes = quiz, exceptions.quizzing = quiz, exceptions.ragged = rag, exceptions.ragging = rag, exceptions.rallied = rally, exceptions.ramified = ramify, exceptions.rammed = ram, exceptions.ramming = ram, exceptions.ran = run, exceptions.rang = ring, exceptions.rapped = rap, exceptions.rappelled = rappel, exceptions.rappelling = rappel, exceptions.rapping = rap, exceptions.rarefied = rarefy, exceptions.ratified = ratify, exceptions.ratted = rat, exceptions.ratting = rat, exceptions.ravelled = ravel, exceptions.ravelling = ravel, exceptions.rebelled = rebel, exceptions.rebelling = rebel, exceptions.rebuilt = rebuild, exceptions.rebutted = rebut, exceptions.rebutting = rebut, exceptions.recapped = recap, exceptions.recapping = recap, exceptions.reclassified = reclassify, exceptions.recommitted = recommit, exceptions.recommitting = recommit, exceptions.recopied = recopy, exceptions.rectified = rectify, exceptions.recurred = recur, exceptions.recurring = recur, exceptions.red = red, exceptions.redded = red, exceptions.redding = red, exceptions.redid = redo, exceptions.redone = redo, exceptions.referred = refer, exceptions.referring = refer, exceptions.refitted = refit, exceptions.refitting = refit, exceptions.reft = reave, exceptions.refuelled = refuel, exceptions.refuelling = refuel, exceptions.regretted = regret, exceptions.regretting = regret, exceptions.reheard = rehear, exceptions.reified = reify, exceptions.relied = rely, exceptions.remade = remake, exceptions.remarried = remarry, exceptions.remitted = remit, exceptions.remitting = remit, exceptions.rent = rend, exceptions.repaid = repay, exceptions.repelled = repel, exceptions.repelling = repel, exceptions.replevied = replevy, exceptions.replied = reply, exceptions.repotted = repot, exceptions.repotting = repot, exceptions.reran = rerun, exceptions.rerunning = rerun, exceptions.resat = resit, exceptions.resetting = reset, exceptions.resewn = resew, exceptions.resitting = resit, exceptions.retaken = retake, exceptions.rethought = rethink, exceptions.retold = retell, exceptions.retook = retake, exceptions.retransmitted = retransmit, exceptions.retransmitting = retransmit, exceptions.retried = retry, exceptions.retrofitted = retrofit, exceptions.retrofitting = retrofit, exceptions.retted = ret, exceptions.retting = ret, exceptions.reunified = reunify, exceptions.revelled = revel, exceptions.revelling = revel, exceptions.revetted = revet, exceptions.revetting = revet, exceptions.revivified = revivify, exceptions.revved = rev, exceptions.revving = rev, exceptions.rewound = rewind, exceptions.rewritten = rewrite, exceptions.rewrote = rewrite, exceptions.ribbed = rib, exceptions.ribbing = rib, exceptions.ricochetted = ricochet, exceptions.ricochetting = ricochet, exceptions.ridded = rid, exceptions.ridden = ride, exceptions.ridding = rid, exceptions.rigged = rig, exceptions.rigging = rig, exceptions.rigidified = rigidify, exceptions.rimmed = rim, exceptions.rimming = rim, exceptions.ripped = rip, exceptions.ripping = rip, exceptions.risen = rise, exceptions.rivalled = rival, exceptions.rivalling = rival, exceptions.riven = rive, exceptions.robbed = rob, exceptions.robbing = rob, exceptions.rode = ride, exceptions.rose = rise, exceptions.rotted = rot, exceptions.rotting = rot, exceptions.rove = reeve, exceptions.rowelled = rowel, exceptions.rowelling = rowel, exceptions.rubbed = rub, exceptions.rubbing = rub, exceptions.rung = ring, exceptions.running = run, exceptions.rutted = rut, exceptions.rutting = rut, exceptions.saccharified = saccharify, exceptions.sagged = sag, exceptions.sagging = sag, exceptions.said = say, exceptions.salaried = salary, exceptions.salified = salify, exceptions.sallied = sally, exceptions.sanctified = sanctify, exceptions.sandbagged = sandbag, exceptions.sandbagging = sandbag, exceptions.sang = sing, exceptions.sank = sink, exceptions.saponified = saponify, exceptions.sapped = sap, exceptions.sapping = sap, exceptions.sat = sit, exceptions.satisfied = satisfy, exceptions.savvied = savvy, exceptions.saw = see, exceptions.sawn = saw, exceptions.scagged = scag, exceptions.scagging = scag, exceptions.scanned = scan, exceptions.scanning = scan, exceptions.scarified = scarify, exceptions.scarred = scar, exceptions.scarring = scar, exceptions.scatted = scat, exceptions.scatting = scat, exceptions.scorified = scorify, exceptions.scragged = scrag, exceptions.scragging = scrag, exceptions.scrammed = scram, exceptions.scramming = scram, exceptions.scrapped = scrap, exceptions.scrapping = scrap, exceptions.scried = scry, exceptions.scrubbed = scrub, exceptions.scrubbing = scrub, exceptions.scrummed = scrum, exceptions.scrumming = scrum, exceptions.scudded = scud, exceptions.scudding = scud, exceptions.scummed = scum, exceptions.scumming = scum, exceptions.scurried = scurry, exceptions.seed = seed, exceptions.seen = see, exceptions.sent = send, exceptions.setting = set, exceptions.sewn = sew, exceptions.shagged = shag, exceptions.shagging = shag, exceptions.shaken = shake, exceptions.shammed = sham, exceptions.shamming = sham, exceptions.sharecropped = sharecrop, exceptions.sharecropping = sharecrop, exceptions.shat = shit, exceptions.shaven = shave, exceptions.shorn = shear, exceptions.shed = shed, exceptions.shedding = shed, exceptions.shellacked = shellac, exceptions.shellacking = shellac, exceptions.shent = shend, exceptions.shewn = shew, exceptions.shied = shy, exceptions.shikarred = shikar, exceptions.shikarring = shikar, exceptions.shillyshallied = shillyshally, exceptions.shimmed = shim, exceptions.shimmied = shimmy, exceptions.shimming = shim, exceptions.shinned = shin, exceptions.shinning = shin, exceptions.shipped = ship, exceptions.shipping = ship, exceptions.shitted = shit, exceptions.shitting = shit, exceptions.shod = shoe, exceptions.shone = shine, exceptions.shook = shake, exceptions.shopped = shop, exceptions.shopping = shop, exceptions.shot = shoot, exceptions.shotgunned = shotgun, exceptions.shotgunning = shotgun, exceptions.shotted = shot, exceptions.shotting = shot, exceptions.shovelled = shovel, exceptions.shovelling = shovel, exceptions.shown = show, exceptions.shrank = shrink, exceptions.shredded = shred, exceptions.shredding = shred, exceptions.shrivelled = shrivel, exceptions.shrivelling = shrivel, exceptions.shriven = shrive, exceptions.shrove = shrive, exceptions.shrugged = shrug, exceptions.shrugging = shrug, exceptions.shrunk = shrink;
    exceptions.shrunken = shrink, exceptions.shunned = shun, exceptions.shunning = shun, exceptions.shutting = shut, exceptions.sicked = sic, exceptions.sicking = sic, exceptions.sideslipped = sideslip, exceptions.sideslipping = sideslip, exceptions.sidestepped = sidestep, exceptions.sidestepping = sidestep, exceptions.sightsaw = sightsee, exceptions.sightseen = sightsee, exceptions.signalled = signal, exceptions.signalling = signal, exceptions.signified = signify, exceptions.silicified = silicify, exceptions.simplified = simplify, exceptions.singing = sing, exceptions.sinned = sin, exceptions.sinning = sin, exceptions.sipped = sip, exceptions.sipping = sip, exceptions.sitting = sit, exceptions.skellied = skelly, exceptions.skenned = sken, exceptions.skenning = sken, exceptions.sketted = sket, exceptions.sketting = sket, exceptions.skidded = skid, exceptions.skidding = skid, exceptions.skimmed = skim, exceptions.skimming = skim, exceptions.skinned = skin, exceptions.skinning = skin, exceptions.skipped = skip, exceptions.skipping = skip, exceptions.skivvied = skivvy, exceptions.skydove = skydive, exceptions.slabbed = slab, exceptions.slabbing = slab, exceptions.slagged = slag, exceptions.slagging = slag, exceptions.slain = slay, exceptions.slammed = slam, exceptions.slamming = slam, exceptions.slapped = slap, exceptions.slapping = slap, exceptions.slatted = slat, exceptions.slatting = slat, exceptions.sledding = sled, exceptions.slept = sleep, exceptions.slew = slay, exceptions.slid = slide, exceptions.slidden = slide, exceptions.slipped = slip, exceptions.slipping = slip, exceptions.slitting = slit, exceptions.slogged = slog, exceptions.slogging = slog, exceptions.slopped = slop, exceptions.slopping = slop, exceptions.slotted = slot, exceptions.slotting = slot, exceptions.slugged = slug, exceptions.slugging = slug, exceptions.slummed = slum, exceptions.slumming = slum, exceptions.slung = sling, exceptions.slunk = slink, exceptions.slurred = slur, exceptions.slurring = slur, exceptions.smelt = smell, exceptions.smit = smite, exceptions.smitten = smite, exceptions.smote = smite, exceptions.smutted = smut, exceptions.smutting = smut, exceptions.snagged = snag, exceptions.snagging = snag, exceptions.snapped = snap, exceptions.snapping = snap, exceptions.snedded = sned, exceptions.snedding = sned, exceptions.snipped = snip, exceptions.snipping = snip, exceptions.snivelled = snivel, exceptions.snivelling = snivel, exceptions.snogged = snog, exceptions.snogging = snog, exceptions.snubbed = snub, exceptions.snubbing = snub, exceptions.snuck = sneak, exceptions.snugged = snug, exceptions.snugging = snug, exceptions.sobbed = sob, exceptions.sobbing = sob, exceptions.sodded = sod, exceptions.sodding = sod, exceptions.sold = sell, exceptions.solemnified = solemnify, exceptions.solidified = solidify, exceptions.soothsaid = soothsay, exceptions.sopped = sop, exceptions.sopping = sop, exceptions.sought = seek, exceptions.sown = sow, exceptions.spagged = spag, exceptions.spagging = spag, exceptions.spancelled = spancel, exceptions.spancelling = spancel, exceptions.spanned = span, exceptions.spanning = span, exceptions.sparred = spar, exceptions.sparring = spar, exceptions.spat = spit, exceptions.spatted = spat, exceptions.spatting = spat, exceptions.specified = specify, exceptions.sped = speed, exceptions.speechified = speechify, exceptions.spellbound = spellbind, exceptions.spelt = spell, exceptions.spent = spend, exceptions.spied = spy, exceptions.spilt = spill, exceptions.spinning = spin, exceptions.spiralled = spiral, exceptions.spiralling = spiral, exceptions.spitted = spit, exceptions.spitting = spit, exceptions.splitting = split, exceptions.spoilt = spoil, exceptions.spoke = speak, exceptions.spoken = speak, exceptions.spotlit = spotlight, exceptions.spotted = spot, exceptions.spotting = spot, exceptions.sprang = spring, exceptions.sprigged = sprig, exceptions.sprigging = sprig, exceptions.sprung = spring, exceptions.spudded = spud, exceptions.spudding = spud, exceptions.spun = spin, exceptions.spurred = spur, exceptions.spurring = spur, exceptions.squatted = squat, exceptions.squatting = squat, exceptions.squibbed = squib, exceptions.squibbing = squib, exceptions.squidded = squid, exceptions.squidding = squid, exceptions.squilgee = squeegee, exceptions.stabbed = stab, exceptions.stabbing = stab, exceptions.stank = stink, exceptions.starred = star, exceptions.starring = star, exceptions.steadied = steady, exceptions.stellified = stellify, exceptions.stemmed = stem, exceptions.stemming = stem, exceptions.stencilled = stencil, exceptions.stencilling = stencil, exceptions.stepped = step, exceptions.stepping = step, exceptions.stetted = stet, exceptions.stetting = stet, exceptions.stied = sty, exceptions.stilettoeing = stiletto, exceptions.stirred = stir, exceptions.stirring = stir, exceptions.stole = steal, exceptions.stolen = steal, exceptions.stood = stand, exceptions.stopped = stop, exceptions.stopping = stop, exceptions.storied = story, exceptions.stotted = stot, exceptions.stotting = stot, exceptions.stove = stave, exceptions.strapped = strap, exceptions.strapping = strap, exceptions.stratified = stratify, exceptions.strewn = strew, exceptions.stridden = stride, exceptions.stripped = strip, exceptions.stripping = strip, exceptions.striven = strive, exceptions.strode = stride, exceptions.stropped = strop, exceptions.stropping = strop, exceptions.strove = strive, exceptions.strown = strow, exceptions.stricken = strike, exceptions.struck = strike, exceptions.strummed = strum, exceptions.strumming = strum, exceptions.strung = string, exceptions.strutted = strut, exceptions.strutting = strut, exceptions.stubbed = stub, exceptions.stubbing = stub, exceptions.stuck = stick, exceptions.studded = stud, exceptions.studding = stud, exceptions.studied = study, exceptions.stultified = stultify, exceptions.stummed = stum, exceptions.stumming = stum, exceptions.stung = sting, exceptions.stunk = stink, exceptions.stunned = stun, exceptions.stunning = stun, exceptions.stupefied = stupefy, exceptions.stymying = stymie, exceptions.subbed = sub, exceptions.subbing = sub, exceptions.subjectified = subjectify, exceptions.subletting = sublet, exceptions.submitted = submit, exceptions.submitting = submit, exceptions.subtotalled = subtotal, exceptions.subtotalling = subtotal, exceptions.sullied = sully, exceptions.sulphuretted = sulphuret, exceptions.sulphuretting = sulphuret, exceptions.summed = sum, exceptions.summing = sum, exceptions.sung = sing, exceptions.sunk = sink, exceptions.sunken = sink, exceptions.sunned = sun, exceptions.sunning = sun, exceptions.supped = sup, exceptions.supping = sup, exceptions.supplied = supply, exceptions.swabbed = swab, exceptions.swabbing = swab, exceptions.swagged = swag, exceptions.swagging = swag, exceptions.swam = swim, exceptions.swapped = swap, exceptions.swapping = swap, exceptions.swatted = swat, exceptions.swatting = swat, exceptions.swept = sweep, exceptions.swigged = swig, exceptions.swigging = swig, exceptions.swimming = swim, exceptions.swivelled = swivel, exceptions.swivelling = swivel, exceptions.swollen = swell, exceptions.swopped = swap, exceptions.swopping = swap, exceptions.swops = swap, exceptions.swore = swear, exceptions.sworn = swear, exceptions.swotted = swot, exceptions.swotting = swot, exceptions.swum = swim, exceptions.swung = swing, exceptions.syllabified = syllabify, exceptions.symbolled = symbol, exceptions.symbolling = symbol, exceptions.tabbed = tab, exceptions.tabbing = tab, exceptions.tagged = tag, exceptions.tagging = tag, exceptions.taken = take, exceptions.talcked = talc, exceptions.talcking = talc, exceptions.tallied = tally, exceptions.tammied = tammy, exceptions.tanned = tan, exceptions.tanning = tan, exceptions.tapped = tap, exceptions.tapping = tap, exceptions.tarred = tar, exceptions.tarried = tarry, exceptions.tarring = tar, exceptions.tasselled = tassel, exceptions.tasselling = tassel, exceptions.tatted = tat, exceptions.tatting = tat, exceptions.taught = teach, exceptions.taxis = taxis, exceptions.taxying = taxi, exceptions.teaselled = teasel, exceptions.teaselling = teasel, exceptions.tedded = ted, exceptions.tedding = ted, exceptions.tepefied = tepefy, exceptions.terrified = terrify, exceptions.testes = testes, exceptions.testified = testify, exceptions.thinned = thin, exceptions.thinning = thin, exceptions.thought = think, exceptions.threw = throw1, exceptions.thriven = thrive, exceptions.throbbed = throb, exceptions.throbbing = throb, exceptions.throve = thrive, exceptions.thrown = throw1, exceptions.thrummed = thrum, exceptions.thrumming = thrum, exceptions.thudded = thud, exceptions.thudding = thud, exceptions.tidied = tidy, exceptions.tinned = tin, exceptions.tinning = tin, exceptions.tinselled = tinsel, exceptions.tinselling = tinsel, exceptions.tipped = tip, exceptions.tipping = tip, exceptions.tittupped = tittup, exceptions.tittupping = tittup, exceptions.toadied = toady, exceptions.togged = tog, exceptions.togging = tog, exceptions.told = tell, exceptions.took = take, exceptions.topped = top, exceptions.topping = top, exceptions.tore = tear, exceptions.torn = tear, exceptions.torrefied = torrefy, exceptions.torrify = torrefy, exceptions.totalled = total, exceptions.totalling = total, exceptions.totted = tot, exceptions.totting = tot, exceptions.towelled = towel, exceptions.towelling = towel, exceptions.trafficked = traffic, exceptions.trafficking = traffic, exceptions.trameled = trammel, exceptions.trameling = trammel, exceptions.tramelled = trammel, exceptions.tramelling = trammel, exceptions.tramels = trammel, exceptions.trammed = tram, exceptions.tramming = tram, exceptions.transferred = transfer, exceptions.transferring = transfer, exceptions.transfixt = transfix, exceptions.tranship = transship, exceptions.transhipped = tranship, exceptions.transhipping = tranship, exceptions.transmitted = transmit, exceptions.transmitting = transmit, exceptions.transmogrified = transmogrify, exceptions.transshipped = transship, exceptions.transshipping = transship, exceptions.trapanned = trapan, exceptions.trapanning = trapan, exceptions.trapped = trap, exceptions.trapping = trap, exceptions.travelled = travel, exceptions.travelling = travel, exceptions.travestied = travesty, exceptions.trekked = trek, exceptions.trekking = trek, exceptions.trepanned = trepan, exceptions.trepanning = trepan, exceptions.tried = try1, exceptions.trigged = trig, exceptions.trigging = trig, exceptions.trimmed = trim, exceptions.trimming = trim, exceptions.tripped = trip, exceptions.tripping = trip, exceptions.trod = tread, exceptions.trodden = tread, exceptions.trogged = trog, exceptions.trogging = trog, exceptions.trotted = trot, exceptions.trotting = trot, exceptions.trowelled = trowel, exceptions.trowelling = trowel, exceptions.tugged = tug, exceptions.tugging = tug, exceptions.tumefied = tumefy, exceptions.tunned = tun, exceptions.tunnelled = tunnel, exceptions.tunnelling = tunnel, exceptions.tunning = tun, exceptions.tupped = tup, exceptions.tupping = tup, exceptions.twigged = twig, exceptions.twigging = twig, exceptions.twinned = twin, exceptions.twinning = twin, exceptions.twitted = twit, exceptions.twitting = twit, exceptions.tying = tie, exceptions.typesetting = typeset, exceptions.typewritten = typewrite, exceptions.typewrote = typewrite, exceptions.typified = typify, exceptions.uglified = uglify, exceptions.unbarred = unbar, exceptions.unbarring = unbar, exceptions.unbent = unbend, exceptions.unbound = unbind, exceptions.uncapped = uncap, exceptions.uncapping = uncap, exceptions.unclad = unclothe, exceptions.unclogged = unclog, exceptions.unclogging = unclog, exceptions.underbidding = underbid, exceptions.underbought = underbuy, exceptions.undercutting = undercut, exceptions.underfed = underfeed, exceptions.undergirt = undergird, exceptions.undergone = undergo, exceptions.underlaid = underlay, exceptions.underlain = underlie, exceptions.underlay = underlie, exceptions.underletting = underlet, exceptions.underlying = underlie, exceptions.underpaid = underpay, exceptions.underpinned = underpin, exceptions.underpinning = underpin, exceptions.underpropped = underprop, exceptions.underpropping = underprop, exceptions.undersetting = underset, exceptions.undershot = undershoot, exceptions.undersold = undersell, exceptions.understood = understand, exceptions.understudied = understudy, exceptions.undertaken = undertake, exceptions.undertook = undertake, exceptions.underwent = undergo, exceptions.underwritten = underwrite, exceptions.underwrote = underwrite, exceptions.undid = undo, exceptions.undone = undo, exceptions.unfitted = unfit, exceptions.unfitting = unfit, exceptions.unfroze = unfreeze, exceptions.unfrozen = unfreeze, exceptions.unified = unify, exceptions.unkennelled = unkennel, exceptions.unkennelling = unkennel, exceptions.unknitted = unknit, exceptions.unknitting = unknit, exceptions.unlaid = unlay, exceptions.unlearnt = unlearn, exceptions.unmade = unmake, exceptions.unmanned = unman, exceptions.unmanning = unman, exceptions.unpegged = unpeg, exceptions.unpegging = unpeg, exceptions.unpinned = unpin, exceptions.unpinning = unpin, exceptions.unplugged = unplug, exceptions.unplugging = unplug, exceptions.unravelled = unravel, exceptions.unravelling = unravel, exceptions.unrigged = unrig, exceptions.unrigging = unrig, exceptions.unripped = unrip, exceptions.unripping = unrip, exceptions.unrove = unreeve, exceptions.unsaid = unsay, exceptions.unshipped = unship, exceptions.unshipping = unship, exceptions.unslung = unsling, exceptions.unsnapped = unsnap, exceptions.unsnapping = unsnap, exceptions.unspoke = unspeak, exceptions.unspoken = unspeak, exceptions.unsteadied = unsteady, exceptions.unstepped = unstep, exceptions.unstepping = unstep, exceptions.unstopped = unstop, exceptions.unstopping = unstop, exceptions.unstrung = unstring, exceptions.unstuck = unstick, exceptions.unswore = unswear, exceptions.unsworn = unswear, exceptions.untaught = unteach, exceptions.unthought = unthink, exceptions.untidied = untidy, exceptions.untrod = untread, exceptions.untrodden = untread, exceptions.untying = untie, exceptions.unwound = unwind, exceptions.unwrapped = unwrap, exceptions.unwrapping = unwrap, exceptions.unzipped = unzip, exceptions.unzipping = unzip, exceptions.upbuilt = upbuild, exceptions.upheld = uphold, exceptions.uphove = upheave, exceptions.upped = up, exceptions.uppercutting = uppercut, exceptions.upping = up, exceptions.uprisen = uprise, exceptions.uprose = uprise, exceptions.upsetting = upset, exceptions.upsprang = upspring, exceptions.upsprung = upspring, exceptions.upswept = upsweep, exceptions.upswollen = upswell, exceptions.upswung = upswing, exceptions.vagged = vag, exceptions.vagging = vag, exceptions.varied = vary, exceptions.vatted = vat, exceptions.vatting = vat, exceptions.verbified = verbify, exceptions.verified = verify, exceptions.versified = versify, exceptions.vetted = vet, exceptions.vetting = vet, exceptions.victualled = victual, exceptions.victualling = victual, exceptions.vilified = vilify, exceptions.vitrified = vitrify, exceptions.vitriolled = vitriol, exceptions.vitriolling = vitriol, exceptions.vivified = vivify, exceptions.vying = vie, exceptions.wadded = wad, exceptions.waddied = waddy, exceptions.wadding = wad, exceptions.wadsetted = wadset, exceptions.wadsetting = wadset, exceptions.wagged = wag, exceptions.wagging = wag, exceptions.wanned = wan, exceptions.wanning = wan, exceptions.warred = war, exceptions.warring = war, exceptions.was = be, exceptions.waylaid = waylay, exceptions.wearied = weary, exceptions.weatherstripped = weatherstrip, exceptions.weatherstripping = weatherstrip, exceptions.webbed = web, exceptions.webbing = web, exceptions.wedded = wed, exceptions.wedding = wed, exceptions.weed = weed, exceptions.went = go, exceptions.wept = weep, exceptions.were = be, exceptions.wetted = wet, exceptions.wetting = wet, exceptions.whammed = wham, exceptions.whamming = wham, exceptions.whapped = whap, exceptions.whapping = whap, exceptions.whetted = whet, exceptions.whetting = whet, exceptions.whinnied = whinny, exceptions.whipped = whip, exceptions.whipping = whip, exceptions.whipsawn = whipsaw, exceptions.whirred = whir, exceptions.whirring = whir, exceptions.whizzed = whiz, exceptions.whizzes = whiz, exceptions.whizzing = whiz, exceptions.whopped = whop, exceptions.whopping = whop, exceptions.wigged = wig, exceptions.wigging = wig, exceptions.wigwagged = wigwag, exceptions.wigwagging = wigwag, exceptions.wildcatted = wildcat, exceptions.wildcatting = wildcat, exceptions.winning = win, exceptions.winterfed = winterfeed, exceptions.wiredrawn = wiredraw, exceptions.wiredrew = wiredraw, exceptions.withdrawn = withdraw, exceptions.withdrew = withdraw, exceptions.withheld = withhold, exceptions.withstood = withstand, exceptions.woke = wake, exceptions.woken = wake, exceptions.won = win, exceptions.wonned = won, exceptions.wonning = won, exceptions.wore = wear, exceptions.worn = wear, exceptions.worried = worry, exceptions.worshipped = worship, exceptions.worshipping = worship, exceptions.wound = wind, exceptions.wove = weave, exceptions.woven = weave, exceptions.wrapped = wrap, exceptions.wrapping = wrap, exceptions.wried = wry, exceptions.written = write, exceptions.wrote = write, exceptions.wrought = work, exceptions.wrung = wring, exceptions.would = will, exceptions.yakked = yak, exceptions.yakking = yak, exceptions.yapped = yap, exceptions.yapping = yap, exceptions.ycleped = clepe, exceptions.yclept = clepe, exceptions.yenned = yen, exceptions.yenning = yen, exceptions.yodelled = yodel, exceptions.yodelling = yodel, exceptions.zapped = zap, exceptions.zapping = zap, exceptions.zigzagged = zigzag, exceptions.zigzagging = zigzag, exceptions.zipped = zip, exceptions.zipping = zip, module2.exports = exceptions;
  }
});

// node_modules/wink-eng-lite-web-model/dist/lemmatize.js
var require_lemmatize = __commonJS({
  "node_modules/wink-eng-lite-web-model/dist/lemmatize.js"(exports2, module2) {
    var adjectiveExceptions = require_wn_adjective_exceptions();
    var nounExceptions = require_wn_noun_exceptions();
    var verbExceptions = require_wn_verb_exceptions();
    var lemmatizeAdjective = function(value, cache) {
      var lemma = adjectiveExceptions[value];
      return lemma || ((lemma = value.replace(/est$|er$/, "")).length === value.length ? value : cache.hasSamePOS(lemma, "ADJ") ? lemma : (lemma += "e", cache.hasSamePOS(lemma, "ADJ") ? lemma : value));
    };
    var lemmatizeVerb = function(value, cache) {
      var lemma = verbExceptions[value];
      if (lemma) return lemma;
      if ((lemma = value.replace(/s$/, "")).length !== value.length && cache.hasSamePOS(lemma, "VERB")) return lemma;
      if ((lemma = value.replace(/ies$/, "y")).length !== value.length && cache.hasSamePOS(lemma, "VERB")) return lemma;
      if ((lemma = value.replace(/es$|ed$|ing$/, "")).length !== value.length) {
        if (cache.hasSamePOS(lemma, "VERB")) return lemma;
        if (lemma += "e", cache.hasSamePOS(lemma, "VERB")) return lemma;
      }
      return value;
    };
    var nounRegexes = [{ replace: /s$/, by: "" }, { replace: /ses$/, by: "s" }, { replace: /xes$/, by: "x" }, { replace: /zes$/, by: "s" }, { replace: /ves$/, by: "f" }, { replace: /ches$/, by: "ch" }, { replace: /shes$/, by: "sh" }, { replace: /ies$/, by: "y" }];
    var lemmatizeNoun = function(value, cache) {
      var lemma = nounExceptions[value];
      if (lemma) return lemma;
      lemma = value;
      for (let k = 0; k < nounRegexes.length; k += 1) if ((lemma = value.replace(nounRegexes[k].replace, nounRegexes[k].by)).length !== value.length && cache.hasSamePOS(lemma, "NOUN")) return lemma;
      return value.replace(/men$/, "man");
    };
    var lemmatize = function(value, pos, cache) {
      var lemma;
      switch (pos) {
        case "ADJ":
          lemma = lemmatizeAdjective(value, cache);
          break;
        case "NOUN":
          lemma = lemmatizeNoun(value, cache);
          break;
        case "VERB":
          lemma = lemmatizeVerb(value, cache);
          break;
        default:
          lemma = value;
      }
      return lemma;
    };
    module2.exports = lemmatize;
  }
});

// node_modules/wink-eng-lite-web-model/dist/syllables.js
var require_syllables = __commonJS({
  "node_modules/wink-eng-lite-web-model/dist/syllables.js"(exports2, module2) {
    var rgx = /[^aeiouy]+/;
    var exceptions = /* @__PURE__ */ Object.create(null);
    exceptions.adobe = 3, exceptions.anemone = 4, exceptions.anyone = 3, exceptions.apache = 3, exceptions.aphrodite = 4, exceptions.apostrophe = 4, exceptions.ariadne = 4, exceptions.chummed = 1, exceptions.cafe = 2, exceptions.calliope = 4, exceptions.catastrophe = 4, exceptions.chile = 2, exceptions.chloe = 2, exceptions.circe = 2, exceptions.coyote = 3, exceptions.daphne = 2, exceptions.epitome = 4, exceptions.eurydice = 4, exceptions.euterpe = 3, exceptions.every = 2, exceptions.everywhere = 3, exceptions.forever = 3, exceptions.gethsemane = 4, exceptions.guacamole = 4, exceptions.hermione = 4, exceptions.hyperbole = 4, exceptions.jesse = 2, exceptions.jukebox = 2, exceptions.karate = 3, exceptions.peeped = 1, exceptions.moustaches = 2, exceptions.shamefully = 3, exceptions.messieurs = 2, exceptions.satiated = 4, exceptions.sailmaker = 4, exceptions.sheered = 1, exceptions.disinterred = 3, exceptions.propitiatory = 6, exceptions.bepatched = 2, exceptions.particularized = 5, exceptions.caressed = 2, exceptions.trespassed = 2, exceptions.sepulchre = 3, exceptions.flapped = 1, exceptions.hemispheres = 3, exceptions.pencilled = 2, exceptions.motioned = 2, exceptions.machete = 3, exceptions.maybe = 2, exceptions.naive = 2, exceptions.newlywed = 3, exceptions.penelope = 4, exceptions.people = 2, exceptions.persephone = 4, exceptions.phoebe = 2, exceptions.pulse = 1, exceptions.queue = 1, exceptions.recipe = 3, exceptions.riverbed = 3, exceptions.sesame = 3, exceptions.shoreline = 2, exceptions.simile = 3, exceptions.snuffleupagus = 5, exceptions.sometimes = 2, exceptions.syncope = 3, exceptions.poleman = 2, exceptions.slandered = 2, exceptions.sombre = 2, exceptions.etc = 4, exceptions.sidespring = 2, exceptions.mimes = 1, exceptions.effaces = 2, exceptions.mr = 2, exceptions.mrs = 2, exceptions.ms = 1, exceptions.dr = 2, exceptions.st = 1, exceptions.sr = 2, exceptions.jr = 2, exceptions.truckle = 2, exceptions.foamed = 1, exceptions.fringed = 2, exceptions.clattered = 2, exceptions.capered = 2, exceptions.mangroves = 2, exceptions.suavely = 2, exceptions.reclined = 2, exceptions.brutes = 1, exceptions.effaced = 2, exceptions.quivered = 2, exceptions.veriest = 3, exceptions.sententiously = 4, exceptions.deafened = 2, exceptions.manoeuvred = 3, exceptions.unstained = 2, exceptions.gaped = 1, exceptions.stammered = 2, exceptions.shivered = 2, exceptions.discoloured = 3, exceptions.gravesend = 2, exceptions.lb = 1, exceptions.unexpressed = 3, exceptions.greyish = 2, exceptions.unostentatious = 5, exceptions.tamale = 3, exceptions.waterbed = 3, exceptions.wednesday = 2, exceptions.yosemite = 4;
    var subtract = [/cial/, /tia/, /cius/, /cious/, /gui/, /ion/, /iou/, /sia$/, /.ely$/, /.[^aeiuoycgltdb]{2,}ed$/, /(?:s[chkls]|g[hn])ed$/, /(?:[aeiouy](?:[bdfklmnprstvy]|ch|dg|g[hn]|lch|s[cklst]))es$/, /(?:[aeiouy](?:[bcfgklmnprsvwxyz]|s[chkls]))ed$/];
    var add = [/ia/, /riet/, /dien/, /iu/, /io/, /ii/, /[aeiouy]bl$/, /mbl$/, /[aeiou]{3}/, /^mc/, /ism$/, /(.)(?!\\1)([aeiouy])\\2l$/, /[^l]llien/, /^coad./, /^coag./, /^coal./, /^coax./, /(.)(?!\\1)[gq]ua(.)(?!\\2)[aeiou]/, /dnt$/, /eings?$/, /react?$/, /[aeiouy]sh?e[rs]$/, /(?:eo|asm|dea|gean|oa|ua|uity|thm|ism|orbed|shred)$/];
    var syllables = function(word) {
      if (word.length < 3) return 1;
      if (exceptions[word]) return exceptions[word];
      const w = word.replace(/e$/, "");
      let count = w.split(rgx).filter(((s) => s)).length;
      for (let k = 0; k < add.length; k += 1) add[k].test(w) && (count += 1);
      for (let k = 0; k < subtract.length; k += 1) subtract[k].test(w) && (count -= 1);
      return count < 1 ? 1 : count;
    };
    module2.exports = syllables;
  }
});

// node_modules/wink-eng-lite-web-model/dist/readability-stats.js
var require_readability_stats = __commonJS({
  "node_modules/wink-eng-lite-web-model/dist/readability-stats.js"(exports2, module2) {
    var syllables = require_syllables();
    var consts = require_constants2();
    var tkSize = consts.tkSize;
    var readabilityStats = function(rdd, its) {
      var token, tokens = rdd.tokens, numOfSentences = rdd.sentences.length, numOfWords = 0, numOfSyllables = 0, complexWords = /* @__PURE__ */ Object.create(null), fres = 121;
      for (let k = 0; k < tokens.length; k += 1) {
        if ("word" === its.type(k, rdd)) {
          token = its.normal(k, rdd), numOfWords += 1;
          const ns = syllables(token.toLowerCase());
          numOfSyllables += ns, ns > 3 && (complexWords[token] = ns - 3);
        }
        fres = 206.835 - 1.015 * numOfWords / numOfSentences - 84.6 * numOfSyllables / numOfWords;
      }
      const readingTimeInMins = numOfWords / (200 + fres);
      return { fres: Math.round(fres), sentiment: +rdd.document[3].toFixed(2), numOfTokens: tokens.length / tkSize, numOfWords, numOfComplexWords: Object.keys(complexWords).length, complexWords, numOfSentences, readingTimeMins: Math.floor(readingTimeInMins), readingTimeSecs: Math.round(60 * (readingTimeInMins - Math.floor(readingTimeInMins))) };
    };
    module2.exports = readabilityStats;
  }
});

// node_modules/wink-eng-lite-web-model/dist/model.js
var require_model = __commonJS({
  "node_modules/wink-eng-lite-web-model/dist/model.js"(exports2, module2) {
    var loadCoreModel = require_load_core_model();
    var loadNERModel = require_load_ner_model();
    var loadSBDModel = require_load_sbd_model();
    var loadPOSModel = require_load_pos_model();
    var loadNEGATIONModel = require_load_negation_model();
    var loadSAModel = require_load_sa_model();
    var loadCERMetaModel = require_load_cer_meta_model();
    var featureFn = require_feature();
    var stem = require_porter_stemmer();
    var lemmatize = require_lemmatize();
    var readabilityStats = require_readability_stats();
    var model = /* @__PURE__ */ Object.create(null);
    model.core = loadCoreModel, model.sbd = loadSBDModel, model.pos = loadPOSModel, model.ner = loadNERModel, model.negation = loadNEGATIONModel, model.sa = loadSAModel, model.metaCER = loadCERMetaModel, model.featureFn = featureFn, model.addons = /* @__PURE__ */ Object.create(null), model.addons.stem = stem, model.addons.lemmatize = lemmatize, model.addons.readabilityStats = readabilityStats, model.addons.wordVectors = void 0, module2.exports = model;
  }
});

// scripts/nlp-bundle.cjs
module.exports = { winkNLP: require_wink_nlp(), model: require_model() };
