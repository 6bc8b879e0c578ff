import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  DocumentError,
  InputError,
  MAX_BASELINE_BYTES,
  ReadRefusal,
  RuleSets,
  VFile,
  addWire,
  claimlintVersion,
  compileRuleSet,
  configRevisionNote,
  decodeText,
  defaultRuleFiles,
  describeFsError,
  documentScope,
  formatDocumentError,
  formatFileError,
  isIgnored,
  lintPaths,
  lintText,
  loadRuleFile,
  makeSource,
  packageRoot,
  parseDocument,
  pointAt,
  proseUnits,
  readRegularFile,
  readVFile,
  require_dist,
  require_picomatch,
  require_utils,
  resolveConfig,
  sentencesOf,
  syntaxOf,
  tagInProcess,
  toWire,
  useConfigFile,
  useConfigRevision,
  warmTagger
} from "./claimlint-chunk-M2JGVB2W.mjs";
import {
  __commonJS,
  __require,
  __toESM
} from "./claimlint-chunk-K7Y7GNN3.mjs";

// node_modules/fast-glob/out/utils/array.js
var require_array = __commonJS({
  "node_modules/fast-glob/out/utils/array.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.splitWhen = exports.flatten = void 0;
    function flatten(items) {
      return items.reduce((collection, item) => [].concat(collection, item), []);
    }
    exports.flatten = flatten;
    function splitWhen(items, predicate) {
      const result = [[]];
      let groupIndex = 0;
      for (const item of items) {
        if (predicate(item)) {
          groupIndex++;
          result[groupIndex] = [];
        } else {
          result[groupIndex].push(item);
        }
      }
      return result;
    }
    exports.splitWhen = splitWhen;
  }
});

// node_modules/fast-glob/out/utils/errno.js
var require_errno = __commonJS({
  "node_modules/fast-glob/out/utils/errno.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isEnoentCodeError = void 0;
    function isEnoentCodeError(error) {
      return error.code === "ENOENT";
    }
    exports.isEnoentCodeError = isEnoentCodeError;
  }
});

// node_modules/fast-glob/out/utils/fs.js
var require_fs = __commonJS({
  "node_modules/fast-glob/out/utils/fs.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createDirentFromStats = void 0;
    var DirentFromStats = class {
      constructor(name, stats) {
        this.name = name;
        this.isBlockDevice = stats.isBlockDevice.bind(stats);
        this.isCharacterDevice = stats.isCharacterDevice.bind(stats);
        this.isDirectory = stats.isDirectory.bind(stats);
        this.isFIFO = stats.isFIFO.bind(stats);
        this.isFile = stats.isFile.bind(stats);
        this.isSocket = stats.isSocket.bind(stats);
        this.isSymbolicLink = stats.isSymbolicLink.bind(stats);
      }
    };
    function createDirentFromStats(name, stats) {
      return new DirentFromStats(name, stats);
    }
    exports.createDirentFromStats = createDirentFromStats;
  }
});

// node_modules/fast-glob/out/utils/path.js
var require_path = __commonJS({
  "node_modules/fast-glob/out/utils/path.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.convertPosixPathToPattern = exports.convertWindowsPathToPattern = exports.convertPathToPattern = exports.escapePosixPath = exports.escapeWindowsPath = exports.escape = exports.removeLeadingDotSegment = exports.makeAbsolute = exports.unixify = void 0;
    var os = __require("os");
    var path = __require("path");
    var IS_WINDOWS_PLATFORM = os.platform() === "win32";
    var LEADING_DOT_SEGMENT_CHARACTERS_COUNT = 2;
    var POSIX_UNESCAPED_GLOB_SYMBOLS_RE = /(\\?)([()*?[\]{|}]|^!|[!+@](?=\()|\\(?![!()*+?@[\]{|}]))/g;
    var WINDOWS_UNESCAPED_GLOB_SYMBOLS_RE = /(\\?)([()[\]{}]|^!|[!+@](?=\())/g;
    var DOS_DEVICE_PATH_RE = /^\\\\([.?])/;
    var WINDOWS_BACKSLASHES_RE = /\\(?![!()+@[\]{}])/g;
    function unixify(filepath) {
      return filepath.replace(/\\/g, "/");
    }
    exports.unixify = unixify;
    function makeAbsolute(cwd, filepath) {
      return path.resolve(cwd, filepath);
    }
    exports.makeAbsolute = makeAbsolute;
    function removeLeadingDotSegment(entry) {
      if (entry.charAt(0) === ".") {
        const secondCharactery = entry.charAt(1);
        if (secondCharactery === "/" || secondCharactery === "\\") {
          return entry.slice(LEADING_DOT_SEGMENT_CHARACTERS_COUNT);
        }
      }
      return entry;
    }
    exports.removeLeadingDotSegment = removeLeadingDotSegment;
    exports.escape = IS_WINDOWS_PLATFORM ? escapeWindowsPath : escapePosixPath;
    function escapeWindowsPath(pattern) {
      return pattern.replace(WINDOWS_UNESCAPED_GLOB_SYMBOLS_RE, "\\$2");
    }
    exports.escapeWindowsPath = escapeWindowsPath;
    function escapePosixPath(pattern) {
      return pattern.replace(POSIX_UNESCAPED_GLOB_SYMBOLS_RE, "\\$2");
    }
    exports.escapePosixPath = escapePosixPath;
    exports.convertPathToPattern = IS_WINDOWS_PLATFORM ? convertWindowsPathToPattern : convertPosixPathToPattern;
    function convertWindowsPathToPattern(filepath) {
      return escapeWindowsPath(filepath).replace(DOS_DEVICE_PATH_RE, "//$1").replace(WINDOWS_BACKSLASHES_RE, "/");
    }
    exports.convertWindowsPathToPattern = convertWindowsPathToPattern;
    function convertPosixPathToPattern(filepath) {
      return escapePosixPath(filepath);
    }
    exports.convertPosixPathToPattern = convertPosixPathToPattern;
  }
});

// node_modules/is-extglob/index.js
var require_is_extglob = __commonJS({
  "node_modules/is-extglob/index.js"(exports, module) {
    module.exports = function isExtglob(str) {
      if (typeof str !== "string" || str === "") {
        return false;
      }
      var match;
      while (match = /(\\).|([@?!+*]\(.*\))/g.exec(str)) {
        if (match[2]) return true;
        str = str.slice(match.index + match[0].length);
      }
      return false;
    };
  }
});

// node_modules/is-glob/index.js
var require_is_glob = __commonJS({
  "node_modules/is-glob/index.js"(exports, module) {
    var isExtglob = require_is_extglob();
    var chars = { "{": "}", "(": ")", "[": "]" };
    var strictCheck = function(str) {
      if (str[0] === "!") {
        return true;
      }
      var index = 0;
      var pipeIndex = -2;
      var closeSquareIndex = -2;
      var closeCurlyIndex = -2;
      var closeParenIndex = -2;
      var backSlashIndex = -2;
      while (index < str.length) {
        if (str[index] === "*") {
          return true;
        }
        if (str[index + 1] === "?" && /[\].+)]/.test(str[index])) {
          return true;
        }
        if (closeSquareIndex !== -1 && str[index] === "[" && str[index + 1] !== "]") {
          if (closeSquareIndex < index) {
            closeSquareIndex = str.indexOf("]", index);
          }
          if (closeSquareIndex > index) {
            if (backSlashIndex === -1 || backSlashIndex > closeSquareIndex) {
              return true;
            }
            backSlashIndex = str.indexOf("\\", index);
            if (backSlashIndex === -1 || backSlashIndex > closeSquareIndex) {
              return true;
            }
          }
        }
        if (closeCurlyIndex !== -1 && str[index] === "{" && str[index + 1] !== "}") {
          closeCurlyIndex = str.indexOf("}", index);
          if (closeCurlyIndex > index) {
            backSlashIndex = str.indexOf("\\", index);
            if (backSlashIndex === -1 || backSlashIndex > closeCurlyIndex) {
              return true;
            }
          }
        }
        if (closeParenIndex !== -1 && str[index] === "(" && str[index + 1] === "?" && /[:!=]/.test(str[index + 2]) && str[index + 3] !== ")") {
          closeParenIndex = str.indexOf(")", index);
          if (closeParenIndex > index) {
            backSlashIndex = str.indexOf("\\", index);
            if (backSlashIndex === -1 || backSlashIndex > closeParenIndex) {
              return true;
            }
          }
        }
        if (pipeIndex !== -1 && str[index] === "(" && str[index + 1] !== "|") {
          if (pipeIndex < index) {
            pipeIndex = str.indexOf("|", index);
          }
          if (pipeIndex !== -1 && str[pipeIndex + 1] !== ")") {
            closeParenIndex = str.indexOf(")", pipeIndex);
            if (closeParenIndex > pipeIndex) {
              backSlashIndex = str.indexOf("\\", pipeIndex);
              if (backSlashIndex === -1 || backSlashIndex > closeParenIndex) {
                return true;
              }
            }
          }
        }
        if (str[index] === "\\") {
          var open = str[index + 1];
          index += 2;
          var close = chars[open];
          if (close) {
            var n = str.indexOf(close, index);
            if (n !== -1) {
              index = n + 1;
            }
          }
          if (str[index] === "!") {
            return true;
          }
        } else {
          index++;
        }
      }
      return false;
    };
    var relaxedCheck = function(str) {
      if (str[0] === "!") {
        return true;
      }
      var index = 0;
      while (index < str.length) {
        if (/[*?{}()[\]]/.test(str[index])) {
          return true;
        }
        if (str[index] === "\\") {
          var open = str[index + 1];
          index += 2;
          var close = chars[open];
          if (close) {
            var n = str.indexOf(close, index);
            if (n !== -1) {
              index = n + 1;
            }
          }
          if (str[index] === "!") {
            return true;
          }
        } else {
          index++;
        }
      }
      return false;
    };
    module.exports = function isGlob(str, options) {
      if (typeof str !== "string" || str === "") {
        return false;
      }
      if (isExtglob(str)) {
        return true;
      }
      var check = strictCheck;
      if (options && options.strict === false) {
        check = relaxedCheck;
      }
      return check(str);
    };
  }
});

// node_modules/glob-parent/index.js
var require_glob_parent = __commonJS({
  "node_modules/glob-parent/index.js"(exports, module) {
    "use strict";
    var isGlob = require_is_glob();
    var pathPosixDirname = __require("path").posix.dirname;
    var isWin32 = __require("os").platform() === "win32";
    var slash = "/";
    var backslash = /\\/g;
    var enclosure = /[\{\[].*[\}\]]$/;
    var globby = /(^|[^\\])([\{\[]|\([^\)]+$)/;
    var escaped = /\\([\!\*\?\|\[\]\(\)\{\}])/g;
    module.exports = function globParent(str, opts) {
      var options = Object.assign({ flipBackslashes: true }, opts);
      if (options.flipBackslashes && isWin32 && str.indexOf(slash) < 0) {
        str = str.replace(backslash, slash);
      }
      if (enclosure.test(str)) {
        str += slash;
      }
      str += "a";
      do {
        str = pathPosixDirname(str);
      } while (isGlob(str) || globby.test(str));
      return str.replace(escaped, "$1");
    };
  }
});

// node_modules/braces/lib/utils.js
var require_utils2 = __commonJS({
  "node_modules/braces/lib/utils.js"(exports) {
    "use strict";
    exports.isInteger = (num) => {
      if (typeof num === "number") {
        return Number.isInteger(num);
      }
      if (typeof num === "string" && num.trim() !== "") {
        return Number.isInteger(Number(num));
      }
      return false;
    };
    exports.find = (node, type) => node.nodes.find((node2) => node2.type === type);
    exports.exceedsLimit = (min, max, step = 1, limit) => {
      if (limit === false) return false;
      if (!exports.isInteger(min) || !exports.isInteger(max)) return false;
      return (Number(max) - Number(min)) / Number(step) >= limit;
    };
    exports.escapeNode = (block2, n = 0, type) => {
      const node = block2.nodes[n];
      if (!node) return;
      if (type && node.type === type || node.type === "open" || node.type === "close") {
        if (node.escaped !== true) {
          node.value = "\\" + node.value;
          node.escaped = true;
        }
      }
    };
    exports.encloseBrace = (node) => {
      if (node.type !== "brace") return false;
      if (node.commas >> 0 + node.ranges >> 0 === 0) {
        node.invalid = true;
        return true;
      }
      return false;
    };
    exports.isInvalidBrace = (block2) => {
      if (block2.type !== "brace") return false;
      if (block2.invalid === true || block2.dollar) return true;
      if (block2.commas >> 0 + block2.ranges >> 0 === 0) {
        block2.invalid = true;
        return true;
      }
      if (block2.open !== true || block2.close !== true) {
        block2.invalid = true;
        return true;
      }
      return false;
    };
    exports.isOpenOrClose = (node) => {
      if (node.type === "open" || node.type === "close") {
        return true;
      }
      return node.open === true || node.close === true;
    };
    exports.reduce = (nodes) => nodes.reduce((acc, node) => {
      if (node.type === "text") acc.push(node.value);
      if (node.type === "range") node.type = "text";
      return acc;
    }, []);
    exports.flatten = (...args) => {
      const result = [];
      const flat = (arr) => {
        for (let i = 0; i < arr.length; i++) {
          const ele = arr[i];
          if (Array.isArray(ele)) {
            flat(ele);
            continue;
          }
          if (ele !== void 0) {
            result.push(ele);
          }
        }
        return result;
      };
      flat(args);
      return result;
    };
  }
});

// node_modules/braces/lib/stringify.js
var require_stringify = __commonJS({
  "node_modules/braces/lib/stringify.js"(exports, module) {
    "use strict";
    var utils = require_utils2();
    module.exports = (ast, options = {}) => {
      const stringify = (node, parent = {}) => {
        const invalidBlock = options.escapeInvalid && utils.isInvalidBrace(parent);
        const invalidNode = node.invalid === true && options.escapeInvalid === true;
        let output = "";
        if (node.value) {
          if ((invalidBlock || invalidNode) && utils.isOpenOrClose(node)) {
            return "\\" + node.value;
          }
          return node.value;
        }
        if (node.value) {
          return node.value;
        }
        if (node.nodes) {
          for (const child2 of node.nodes) {
            output += stringify(child2);
          }
        }
        return output;
      };
      return stringify(ast);
    };
  }
});

// node_modules/is-number/index.js
var require_is_number = __commonJS({
  "node_modules/is-number/index.js"(exports, module) {
    "use strict";
    module.exports = function(num) {
      if (typeof num === "number") {
        return num - num === 0;
      }
      if (typeof num === "string" && num.trim() !== "") {
        return Number.isFinite ? Number.isFinite(+num) : isFinite(+num);
      }
      return false;
    };
  }
});

// node_modules/to-regex-range/index.js
var require_to_regex_range = __commonJS({
  "node_modules/to-regex-range/index.js"(exports, module) {
    "use strict";
    var isNumber = require_is_number();
    var toRegexRange = (min, max, options) => {
      if (isNumber(min) === false) {
        throw new TypeError("toRegexRange: expected the first argument to be a number");
      }
      if (max === void 0 || min === max) {
        return String(min);
      }
      if (isNumber(max) === false) {
        throw new TypeError("toRegexRange: expected the second argument to be a number.");
      }
      let opts = { relaxZeros: true, ...options };
      if (typeof opts.strictZeros === "boolean") {
        opts.relaxZeros = opts.strictZeros === false;
      }
      let relax = String(opts.relaxZeros);
      let shorthand = String(opts.shorthand);
      let capture = String(opts.capture);
      let wrap3 = String(opts.wrap);
      let cacheKey = min + ":" + max + "=" + relax + shorthand + capture + wrap3;
      if (toRegexRange.cache.hasOwnProperty(cacheKey)) {
        return toRegexRange.cache[cacheKey].result;
      }
      let a = Math.min(min, max);
      let b = Math.max(min, max);
      if (Math.abs(a - b) === 1) {
        let result = min + "|" + max;
        if (opts.capture) {
          return `(${result})`;
        }
        if (opts.wrap === false) {
          return result;
        }
        return `(?:${result})`;
      }
      let isPadded = hasPadding(min) || hasPadding(max);
      let state = { min, max, a, b };
      let positives = [];
      let negatives = [];
      if (isPadded) {
        state.isPadded = isPadded;
        state.maxLen = String(state.max).length;
      }
      if (a < 0) {
        let newMin = b < 0 ? Math.abs(b) : 1;
        negatives = splitToPatterns(newMin, Math.abs(a), state, opts);
        a = state.a = 0;
      }
      if (b >= 0) {
        positives = splitToPatterns(a, b, state, opts);
      }
      state.negatives = negatives;
      state.positives = positives;
      state.result = collatePatterns(negatives, positives, opts);
      if (opts.capture === true) {
        state.result = `(${state.result})`;
      } else if (opts.wrap !== false && positives.length + negatives.length > 1) {
        state.result = `(?:${state.result})`;
      }
      toRegexRange.cache[cacheKey] = state;
      return state.result;
    };
    function collatePatterns(neg, pos, options) {
      let onlyNegative = filterPatterns(neg, pos, "-", false, options) || [];
      let onlyPositive = filterPatterns(pos, neg, "", false, options) || [];
      let intersected = filterPatterns(neg, pos, "-?", true, options) || [];
      let subpatterns = onlyNegative.concat(intersected).concat(onlyPositive);
      return subpatterns.join("|");
    }
    function splitToRanges(min, max) {
      let nines = 1;
      let zeros = 1;
      let stop = countNines(min, nines);
      let stops = /* @__PURE__ */ new Set([max]);
      while (min <= stop && stop <= max) {
        stops.add(stop);
        nines += 1;
        stop = countNines(min, nines);
      }
      stop = countZeros(max + 1, zeros) - 1;
      while (min < stop && stop <= max) {
        stops.add(stop);
        zeros += 1;
        stop = countZeros(max + 1, zeros) - 1;
      }
      stops = [...stops];
      stops.sort(compare);
      return stops;
    }
    function rangeToPattern(start, stop, options) {
      if (start === stop) {
        return { pattern: start, count: [], digits: 0 };
      }
      let zipped = zip(start, stop);
      let digits = zipped.length;
      let pattern = "";
      let count = 0;
      for (let i = 0; i < digits; i++) {
        let [startDigit, stopDigit] = zipped[i];
        if (startDigit === stopDigit) {
          pattern += startDigit;
        } else if (startDigit !== "0" || stopDigit !== "9") {
          pattern += toCharacterClass(startDigit, stopDigit, options);
        } else {
          count++;
        }
      }
      if (count) {
        pattern += options.shorthand === true ? "\\d" : "[0-9]";
      }
      return { pattern, count: [count], digits };
    }
    function splitToPatterns(min, max, tok, options) {
      let ranges = splitToRanges(min, max);
      let tokens = [];
      let start = min;
      let prev;
      for (let i = 0; i < ranges.length; i++) {
        let max2 = ranges[i];
        let obj = rangeToPattern(String(start), String(max2), options);
        let zeros = "";
        if (!tok.isPadded && prev && prev.pattern === obj.pattern) {
          if (prev.count.length > 1) {
            prev.count.pop();
          }
          prev.count.push(obj.count[0]);
          prev.string = prev.pattern + toQuantifier(prev.count);
          start = max2 + 1;
          continue;
        }
        if (tok.isPadded) {
          zeros = padZeros(max2, tok, options);
        }
        obj.string = zeros + obj.pattern + toQuantifier(obj.count);
        tokens.push(obj);
        start = max2 + 1;
        prev = obj;
      }
      return tokens;
    }
    function filterPatterns(arr, comparison, prefix, intersection, options) {
      let result = [];
      for (let ele of arr) {
        let { string } = ele;
        if (!intersection && !contains(comparison, "string", string)) {
          result.push(prefix + string);
        }
        if (intersection && contains(comparison, "string", string)) {
          result.push(prefix + string);
        }
      }
      return result;
    }
    function zip(a, b) {
      let arr = [];
      for (let i = 0; i < a.length; i++) arr.push([a[i], b[i]]);
      return arr;
    }
    function compare(a, b) {
      return a > b ? 1 : b > a ? -1 : 0;
    }
    function contains(arr, key, val) {
      return arr.some((ele) => ele[key] === val);
    }
    function countNines(min, len) {
      return Number(String(min).slice(0, -len) + "9".repeat(len));
    }
    function countZeros(integer, zeros) {
      return integer - integer % Math.pow(10, zeros);
    }
    function toQuantifier(digits) {
      let [start = 0, stop = ""] = digits;
      if (stop || start > 1) {
        return `{${start + (stop ? "," + stop : "")}}`;
      }
      return "";
    }
    function toCharacterClass(a, b, options) {
      return `[${a}${b - a === 1 ? "" : "-"}${b}]`;
    }
    function hasPadding(str) {
      return /^-?(0+)\d/.test(str);
    }
    function padZeros(value, tok, options) {
      if (!tok.isPadded) {
        return value;
      }
      let diff = Math.abs(tok.maxLen - String(value).length);
      let relax = options.relaxZeros !== false;
      switch (diff) {
        case 0:
          return "";
        case 1:
          return relax ? "0?" : "0";
        case 2:
          return relax ? "0{0,2}" : "00";
        default: {
          return relax ? `0{0,${diff}}` : `0{${diff}}`;
        }
      }
    }
    toRegexRange.cache = {};
    toRegexRange.clearCache = () => toRegexRange.cache = {};
    module.exports = toRegexRange;
  }
});

// node_modules/fill-range/index.js
var require_fill_range = __commonJS({
  "node_modules/fill-range/index.js"(exports, module) {
    "use strict";
    var util = __require("util");
    var toRegexRange = require_to_regex_range();
    var isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    var transform = (toNumber) => {
      return (value) => toNumber === true ? Number(value) : String(value);
    };
    var isValidValue = (value) => {
      return typeof value === "number" || typeof value === "string" && value !== "";
    };
    var isNumber = (num) => Number.isInteger(+num);
    var zeros = (input) => {
      let value = `${input}`;
      let index = -1;
      if (value[0] === "-") value = value.slice(1);
      if (value === "0") return false;
      while (value[++index] === "0") ;
      return index > 0;
    };
    var stringify = (start, end, options) => {
      if (typeof start === "string" || typeof end === "string") {
        return true;
      }
      return options.stringify === true;
    };
    var pad = (input, maxLength, toNumber) => {
      if (maxLength > 0) {
        let dash = input[0] === "-" ? "-" : "";
        if (dash) input = input.slice(1);
        input = dash + input.padStart(dash ? maxLength - 1 : maxLength, "0");
      }
      if (toNumber === false) {
        return String(input);
      }
      return input;
    };
    var toMaxLen = (input, maxLength) => {
      let negative = input[0] === "-" ? "-" : "";
      if (negative) {
        input = input.slice(1);
        maxLength--;
      }
      while (input.length < maxLength) input = "0" + input;
      return negative ? "-" + input : input;
    };
    var toSequence = (parts, options, maxLen) => {
      parts.negatives.sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
      parts.positives.sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
      let prefix = options.capture ? "" : "?:";
      let positives = "";
      let negatives = "";
      let result;
      if (parts.positives.length) {
        positives = parts.positives.map((v) => toMaxLen(String(v), maxLen)).join("|");
      }
      if (parts.negatives.length) {
        negatives = `-(${prefix}${parts.negatives.map((v) => toMaxLen(String(v), maxLen)).join("|")})`;
      }
      if (positives && negatives) {
        result = `${positives}|${negatives}`;
      } else {
        result = positives || negatives;
      }
      if (options.wrap) {
        return `(${prefix}${result})`;
      }
      return result;
    };
    var toRange = (a, b, isNumbers, options) => {
      if (isNumbers) {
        return toRegexRange(a, b, { wrap: false, ...options });
      }
      let start = String.fromCharCode(a);
      if (a === b) return start;
      let stop = String.fromCharCode(b);
      return `[${start}-${stop}]`;
    };
    var toRegex = (start, end, options) => {
      if (Array.isArray(start)) {
        let wrap3 = options.wrap === true;
        let prefix = options.capture ? "" : "?:";
        return wrap3 ? `(${prefix}${start.join("|")})` : start.join("|");
      }
      return toRegexRange(start, end, options);
    };
    var rangeError = (...args) => {
      return new RangeError("Invalid range arguments: " + util.inspect(...args));
    };
    var invalidRange = (start, end, options) => {
      if (options.strictRanges === true) throw rangeError([start, end]);
      return [];
    };
    var invalidStep = (step, options) => {
      if (options.strictRanges === true) {
        throw new TypeError(`Expected step "${step}" to be a number`);
      }
      return [];
    };
    var fillNumbers = (start, end, step = 1, options = {}) => {
      let a = Number(start);
      let b = Number(end);
      if (!Number.isInteger(a) || !Number.isInteger(b)) {
        if (options.strictRanges === true) throw rangeError([start, end]);
        return [];
      }
      if (a === 0) a = 0;
      if (b === 0) b = 0;
      let descending = a > b;
      let startString = String(start);
      let endString = String(end);
      let stepString = String(step);
      step = Math.max(Math.abs(step), 1);
      let padded = zeros(startString) || zeros(endString) || zeros(stepString);
      let maxLen = padded ? Math.max(startString.length, endString.length, stepString.length) : 0;
      let toNumber = padded === false && stringify(start, end, options) === false;
      let format = options.transform || transform(toNumber);
      if (options.toRegex && step === 1) {
        return toRange(toMaxLen(start, maxLen), toMaxLen(end, maxLen), true, options);
      }
      let parts = { negatives: [], positives: [] };
      let push = (num) => parts[num < 0 ? "negatives" : "positives"].push(Math.abs(num));
      let range = [];
      let index = 0;
      while (descending ? a >= b : a <= b) {
        if (options.toRegex === true && step > 1) {
          push(a);
        } else {
          range.push(pad(format(a, index), maxLen, toNumber));
        }
        a = descending ? a - step : a + step;
        index++;
      }
      if (options.toRegex === true) {
        return step > 1 ? toSequence(parts, options, maxLen) : toRegex(range, null, { wrap: false, ...options });
      }
      return range;
    };
    var fillLetters = (start, end, step = 1, options = {}) => {
      if (!isNumber(start) && start.length > 1 || !isNumber(end) && end.length > 1) {
        return invalidRange(start, end, options);
      }
      let format = options.transform || ((val) => String.fromCharCode(val));
      let a = `${start}`.charCodeAt(0);
      let b = `${end}`.charCodeAt(0);
      let descending = a > b;
      let min = Math.min(a, b);
      let max = Math.max(a, b);
      if (options.toRegex && step === 1) {
        return toRange(min, max, false, options);
      }
      let range = [];
      let index = 0;
      while (descending ? a >= b : a <= b) {
        range.push(format(a, index));
        a = descending ? a - step : a + step;
        index++;
      }
      if (options.toRegex === true) {
        return toRegex(range, null, { wrap: false, options });
      }
      return range;
    };
    var fill = (start, end, step, options = {}) => {
      if (end == null && isValidValue(start)) {
        return [start];
      }
      if (!isValidValue(start) || !isValidValue(end)) {
        return invalidRange(start, end, options);
      }
      if (typeof step === "function") {
        return fill(start, end, 1, { transform: step });
      }
      if (isObject(step)) {
        return fill(start, end, 0, step);
      }
      let opts = { ...options };
      if (opts.capture === true) opts.wrap = true;
      step = step || opts.step || 1;
      if (!isNumber(step)) {
        if (step != null && !isObject(step)) return invalidStep(step, opts);
        return fill(start, end, 1, step);
      }
      if (isNumber(start) && isNumber(end)) {
        return fillNumbers(start, end, step, opts);
      }
      return fillLetters(start, end, Math.max(Math.abs(step), 1), opts);
    };
    module.exports = fill;
  }
});

// node_modules/braces/lib/compile.js
var require_compile = __commonJS({
  "node_modules/braces/lib/compile.js"(exports, module) {
    "use strict";
    var fill = require_fill_range();
    var utils = require_utils2();
    var compile = (ast, options = {}) => {
      const walk = (node, parent = {}) => {
        const invalidBlock = utils.isInvalidBrace(parent);
        const invalidNode = node.invalid === true && options.escapeInvalid === true;
        const invalid = invalidBlock === true || invalidNode === true;
        const prefix = options.escapeInvalid === true ? "\\" : "";
        let output = "";
        if (node.isOpen === true) {
          return prefix + node.value;
        }
        if (node.isClose === true) {
          console.log("node.isClose", prefix, node.value);
          return prefix + node.value;
        }
        if (node.type === "open") {
          return invalid ? prefix + node.value : "(";
        }
        if (node.type === "close") {
          return invalid ? prefix + node.value : ")";
        }
        if (node.type === "comma") {
          return node.prev.type === "comma" ? "" : invalid ? node.value : "|";
        }
        if (node.value) {
          return node.value;
        }
        if (node.nodes && node.ranges > 0) {
          const args = utils.reduce(node.nodes);
          const range = fill(...args, { ...options, wrap: false, toRegex: true, strictZeros: true });
          if (range.length !== 0) {
            return args.length > 1 && range.length > 1 ? `(${range})` : range;
          }
        }
        if (node.nodes) {
          for (const child2 of node.nodes) {
            output += walk(child2, node);
          }
        }
        return output;
      };
      return walk(ast);
    };
    module.exports = compile;
  }
});

// node_modules/braces/lib/expand.js
var require_expand = __commonJS({
  "node_modules/braces/lib/expand.js"(exports, module) {
    "use strict";
    var fill = require_fill_range();
    var stringify = require_stringify();
    var utils = require_utils2();
    var append = (queue = "", stash = "", enclose = false) => {
      const result = [];
      queue = [].concat(queue);
      stash = [].concat(stash);
      if (!stash.length) return queue;
      if (!queue.length) {
        return enclose ? utils.flatten(stash).map((ele) => `{${ele}}`) : stash;
      }
      for (const item of queue) {
        if (Array.isArray(item)) {
          for (const value of item) {
            result.push(append(value, stash, enclose));
          }
        } else {
          for (let ele of stash) {
            if (enclose === true && typeof ele === "string") ele = `{${ele}}`;
            result.push(Array.isArray(ele) ? append(item, ele, enclose) : item + ele);
          }
        }
      }
      return utils.flatten(result);
    };
    var expand = (ast, options = {}) => {
      const rangeLimit = options.rangeLimit === void 0 ? 1e3 : options.rangeLimit;
      const walk = (node, parent = {}) => {
        node.queue = [];
        let p = parent;
        let q = parent.queue;
        while (p.type !== "brace" && p.type !== "root" && p.parent) {
          p = p.parent;
          q = p.queue;
        }
        if (node.invalid || node.dollar) {
          q.push(append(q.pop(), stringify(node, options)));
          return;
        }
        if (node.type === "brace" && node.invalid !== true && node.nodes.length === 2) {
          q.push(append(q.pop(), ["{}"]));
          return;
        }
        if (node.nodes && node.ranges > 0) {
          const args = utils.reduce(node.nodes);
          if (utils.exceedsLimit(...args, options.step, rangeLimit)) {
            throw new RangeError("expanded array length exceeds range limit. Use options.rangeLimit to increase or disable the limit.");
          }
          let range = fill(...args, options);
          if (range.length === 0) {
            range = stringify(node, options);
          }
          q.push(append(q.pop(), range));
          node.nodes = [];
          return;
        }
        const enclose = utils.encloseBrace(node);
        let queue = node.queue;
        let block2 = node;
        while (block2.type !== "brace" && block2.type !== "root" && block2.parent) {
          block2 = block2.parent;
          queue = block2.queue;
        }
        for (let i = 0; i < node.nodes.length; i++) {
          const child2 = node.nodes[i];
          if (child2.type === "comma" && node.type === "brace") {
            if (i === 1) queue.push("");
            queue.push("");
            continue;
          }
          if (child2.type === "close") {
            q.push(append(q.pop(), queue, enclose));
            continue;
          }
          if (child2.value && child2.type !== "open") {
            queue.push(append(queue.pop(), child2.value));
            continue;
          }
          if (child2.nodes) {
            walk(child2, node);
          }
        }
        return queue;
      };
      return utils.flatten(walk(ast));
    };
    module.exports = expand;
  }
});

// node_modules/braces/lib/constants.js
var require_constants = __commonJS({
  "node_modules/braces/lib/constants.js"(exports, module) {
    "use strict";
    module.exports = {
      MAX_LENGTH: 1e4,
      // Digits
      CHAR_0: "0",
      /* 0 */
      CHAR_9: "9",
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: "A",
      /* A */
      CHAR_LOWERCASE_A: "a",
      /* a */
      CHAR_UPPERCASE_Z: "Z",
      /* Z */
      CHAR_LOWERCASE_Z: "z",
      /* z */
      CHAR_LEFT_PARENTHESES: "(",
      /* ( */
      CHAR_RIGHT_PARENTHESES: ")",
      /* ) */
      CHAR_ASTERISK: "*",
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: "&",
      /* & */
      CHAR_AT: "@",
      /* @ */
      CHAR_BACKSLASH: "\\",
      /* \ */
      CHAR_BACKTICK: "`",
      /* ` */
      CHAR_CARRIAGE_RETURN: "\r",
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: "^",
      /* ^ */
      CHAR_COLON: ":",
      /* : */
      CHAR_COMMA: ",",
      /* , */
      CHAR_DOLLAR: "$",
      /* . */
      CHAR_DOT: ".",
      /* . */
      CHAR_DOUBLE_QUOTE: '"',
      /* " */
      CHAR_EQUAL: "=",
      /* = */
      CHAR_EXCLAMATION_MARK: "!",
      /* ! */
      CHAR_FORM_FEED: "\f",
      /* \f */
      CHAR_FORWARD_SLASH: "/",
      /* / */
      CHAR_HASH: "#",
      /* # */
      CHAR_HYPHEN_MINUS: "-",
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: "<",
      /* < */
      CHAR_LEFT_CURLY_BRACE: "{",
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: "[",
      /* [ */
      CHAR_LINE_FEED: "\n",
      /* \n */
      CHAR_NO_BREAK_SPACE: "\xA0",
      /* \u00A0 */
      CHAR_PERCENT: "%",
      /* % */
      CHAR_PLUS: "+",
      /* + */
      CHAR_QUESTION_MARK: "?",
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: ">",
      /* > */
      CHAR_RIGHT_CURLY_BRACE: "}",
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: "]",
      /* ] */
      CHAR_SEMICOLON: ";",
      /* ; */
      CHAR_SINGLE_QUOTE: "'",
      /* ' */
      CHAR_SPACE: " ",
      /*   */
      CHAR_TAB: "	",
      /* \t */
      CHAR_UNDERSCORE: "_",
      /* _ */
      CHAR_VERTICAL_LINE: "|",
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: "\uFEFF"
      /* \uFEFF */
    };
  }
});

// node_modules/braces/lib/parse.js
var require_parse = __commonJS({
  "node_modules/braces/lib/parse.js"(exports, module) {
    "use strict";
    var stringify = require_stringify();
    var {
      MAX_LENGTH,
      CHAR_BACKSLASH,
      /* \ */
      CHAR_BACKTICK,
      /* ` */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_RIGHT_SQUARE_BRACKET,
      /* ] */
      CHAR_DOUBLE_QUOTE,
      /* " */
      CHAR_SINGLE_QUOTE,
      /* ' */
      CHAR_NO_BREAK_SPACE,
      CHAR_ZERO_WIDTH_NOBREAK_SPACE
    } = require_constants();
    var parse = (input, options = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      const opts = options || {};
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      if (input.length > max) {
        throw new SyntaxError(`Input length (${input.length}), exceeds max characters (${max})`);
      }
      const ast = { type: "root", input, nodes: [] };
      const stack = [ast];
      let block2 = ast;
      let prev = ast;
      let brackets = 0;
      const length = input.length;
      let index = 0;
      let depth = 0;
      let value;
      const advance = () => input[index++];
      const push = (node) => {
        if (node.type === "text" && prev.type === "dot") {
          prev.type = "text";
        }
        if (prev && prev.type === "text" && node.type === "text") {
          prev.value += node.value;
          return;
        }
        block2.nodes.push(node);
        node.parent = block2;
        node.prev = prev;
        prev = node;
        return node;
      };
      push({ type: "bos" });
      while (index < length) {
        block2 = stack[stack.length - 1];
        value = advance();
        if (value === CHAR_ZERO_WIDTH_NOBREAK_SPACE || value === CHAR_NO_BREAK_SPACE) {
          continue;
        }
        if (value === CHAR_BACKSLASH) {
          push({ type: "text", value: (options.keepEscaping ? value : "") + advance() });
          continue;
        }
        if (value === CHAR_RIGHT_SQUARE_BRACKET) {
          push({ type: "text", value: "\\" + value });
          continue;
        }
        if (value === CHAR_LEFT_SQUARE_BRACKET) {
          brackets++;
          let next;
          while (index < length && (next = advance())) {
            value += next;
            if (next === CHAR_LEFT_SQUARE_BRACKET) {
              brackets++;
              continue;
            }
            if (next === CHAR_BACKSLASH) {
              value += advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              brackets--;
              if (brackets === 0) {
                break;
              }
            }
          }
          push({ type: "text", value });
          continue;
        }
        if (value === CHAR_LEFT_PARENTHESES) {
          block2 = push({ type: "paren", nodes: [] });
          stack.push(block2);
          push({ type: "text", value });
          continue;
        }
        if (value === CHAR_RIGHT_PARENTHESES) {
          if (block2.type !== "paren") {
            push({ type: "text", value });
            continue;
          }
          block2 = stack.pop();
          push({ type: "text", value });
          block2 = stack[stack.length - 1];
          continue;
        }
        if (value === CHAR_DOUBLE_QUOTE || value === CHAR_SINGLE_QUOTE || value === CHAR_BACKTICK) {
          const open = value;
          let next;
          if (options.keepQuotes !== true) {
            value = "";
          }
          while (index < length && (next = advance())) {
            if (next === CHAR_BACKSLASH) {
              value += next + advance();
              continue;
            }
            if (next === open) {
              if (options.keepQuotes === true) value += next;
              break;
            }
            value += next;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === CHAR_LEFT_CURLY_BRACE) {
          depth++;
          const dollar = prev.value && prev.value.slice(-1) === "$" || block2.dollar === true;
          const brace = {
            type: "brace",
            open: true,
            close: false,
            dollar,
            depth,
            commas: 0,
            ranges: 0,
            nodes: []
          };
          block2 = push(brace);
          stack.push(block2);
          push({ type: "open", value });
          continue;
        }
        if (value === CHAR_RIGHT_CURLY_BRACE) {
          if (block2.type !== "brace") {
            push({ type: "text", value });
            continue;
          }
          const type = "close";
          block2 = stack.pop();
          block2.close = true;
          push({ type, value });
          depth--;
          block2 = stack[stack.length - 1];
          continue;
        }
        if (value === CHAR_COMMA && depth > 0) {
          if (block2.ranges > 0) {
            block2.ranges = 0;
            const open = block2.nodes.shift();
            block2.nodes = [open, { type: "text", value: stringify(block2) }];
          }
          push({ type: "comma", value });
          block2.commas++;
          continue;
        }
        if (value === CHAR_DOT && depth > 0 && block2.commas === 0) {
          const siblings = block2.nodes;
          if (depth === 0 || siblings.length === 0) {
            push({ type: "text", value });
            continue;
          }
          if (prev.type === "dot") {
            block2.range = [];
            prev.value += value;
            prev.type = "range";
            if (block2.nodes.length !== 3 && block2.nodes.length !== 5) {
              block2.invalid = true;
              block2.ranges = 0;
              prev.type = "text";
              continue;
            }
            block2.ranges++;
            block2.args = [];
            continue;
          }
          if (prev.type === "range") {
            siblings.pop();
            const before = siblings[siblings.length - 1];
            before.value += prev.value + value;
            prev = before;
            block2.ranges--;
            continue;
          }
          push({ type: "dot", value });
          continue;
        }
        push({ type: "text", value });
      }
      do {
        block2 = stack.pop();
        if (block2.type !== "root") {
          block2.nodes.forEach((node) => {
            if (!node.nodes) {
              if (node.type === "open") node.isOpen = true;
              if (node.type === "close") node.isClose = true;
              if (!node.nodes) node.type = "text";
              node.invalid = true;
            }
          });
          const parent = stack[stack.length - 1];
          const index2 = parent.nodes.indexOf(block2);
          parent.nodes.splice(index2, 1, ...block2.nodes);
        }
      } while (stack.length > 0);
      push({ type: "eos" });
      return ast;
    };
    module.exports = parse;
  }
});

// node_modules/braces/index.js
var require_braces = __commonJS({
  "node_modules/braces/index.js"(exports, module) {
    "use strict";
    var stringify = require_stringify();
    var compile = require_compile();
    var expand = require_expand();
    var parse = require_parse();
    var braces = (input, options = {}) => {
      let output = [];
      if (Array.isArray(input)) {
        for (const pattern of input) {
          const result = braces.create(pattern, options);
          if (Array.isArray(result)) {
            output.push(...result);
          } else {
            output.push(result);
          }
        }
      } else {
        output = [].concat(braces.create(input, options));
      }
      if (options && options.expand === true && options.nodupes === true) {
        output = [...new Set(output)];
      }
      return output;
    };
    braces.parse = (input, options = {}) => parse(input, options);
    braces.stringify = (input, options = {}) => {
      if (typeof input === "string") {
        return stringify(braces.parse(input, options), options);
      }
      return stringify(input, options);
    };
    braces.compile = (input, options = {}) => {
      if (typeof input === "string") {
        input = braces.parse(input, options);
      }
      return compile(input, options);
    };
    braces.expand = (input, options = {}) => {
      if (typeof input === "string") {
        input = braces.parse(input, options);
      }
      let result = expand(input, options);
      if (options.noempty === true) {
        result = result.filter(Boolean);
      }
      if (options.nodupes === true) {
        result = [...new Set(result)];
      }
      return result;
    };
    braces.create = (input, options = {}) => {
      if (input === "" || input.length < 3) {
        return [input];
      }
      return options.expand !== true ? braces.compile(input, options) : braces.expand(input, options);
    };
    module.exports = braces;
  }
});

// node_modules/micromatch/index.js
var require_micromatch = __commonJS({
  "node_modules/micromatch/index.js"(exports, module) {
    "use strict";
    var util = __require("util");
    var braces = require_braces();
    var picomatch = require_picomatch();
    var utils = require_utils();
    var isEmptyString = (v) => v === "" || v === "./";
    var hasBraces = (v) => {
      const index = v.indexOf("{");
      return index > -1 && v.indexOf("}", index) > -1;
    };
    var micromatch = (list, patterns, options) => {
      patterns = [].concat(patterns);
      list = [].concat(list);
      let omit = /* @__PURE__ */ new Set();
      let keep = /* @__PURE__ */ new Set();
      let items = /* @__PURE__ */ new Set();
      let negatives = 0;
      let onResult = (state) => {
        items.add(state.output);
        if (options && options.onResult) {
          options.onResult(state);
        }
      };
      for (let i = 0; i < patterns.length; i++) {
        let isMatch = picomatch(String(patterns[i]), { ...options, onResult }, true);
        let negated = isMatch.state.negated || isMatch.state.negatedExtglob;
        if (negated) negatives++;
        for (let item of list) {
          let matched = isMatch(item, true);
          let match = negated ? !matched.isMatch : matched.isMatch;
          if (!match) continue;
          if (negated) {
            omit.add(matched.output);
          } else {
            omit.delete(matched.output);
            keep.add(matched.output);
          }
        }
      }
      let result = negatives === patterns.length ? [...items] : [...keep];
      let matches = result.filter((item) => !omit.has(item));
      if (options && matches.length === 0) {
        if (options.failglob === true) {
          throw new Error(`No matches found for "${patterns.join(", ")}"`);
        }
        if (options.nonull === true || options.nullglob === true) {
          return options.unescape ? patterns.map((p) => p.replace(/\\/g, "")) : patterns;
        }
      }
      return matches;
    };
    micromatch.match = micromatch;
    micromatch.matcher = (pattern, options) => picomatch(pattern, options);
    micromatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);
    micromatch.any = micromatch.isMatch;
    micromatch.not = (list, patterns, options = {}) => {
      patterns = [].concat(patterns).map(String);
      let result = /* @__PURE__ */ new Set();
      let items = [];
      let onResult = (state) => {
        if (options.onResult) options.onResult(state);
        items.push(state.output);
      };
      let matches = new Set(micromatch(list, patterns, { ...options, onResult }));
      for (let item of items) {
        if (!matches.has(item)) {
          result.add(item);
        }
      }
      return [...result];
    };
    micromatch.contains = (str, pattern, options) => {
      if (typeof str !== "string") {
        throw new TypeError(`Expected a string: "${util.inspect(str)}"`);
      }
      if (Array.isArray(pattern)) {
        return pattern.some((p) => micromatch.contains(str, p, options));
      }
      if (typeof pattern === "string") {
        if (isEmptyString(str) || isEmptyString(pattern)) {
          return false;
        }
        if (str.includes(pattern) || str.startsWith("./") && str.slice(2).includes(pattern)) {
          return true;
        }
      }
      return micromatch.isMatch(str, pattern, { ...options, contains: true });
    };
    micromatch.matchKeys = (obj, patterns, options) => {
      if (!utils.isObject(obj)) {
        throw new TypeError("Expected the first argument to be an object");
      }
      let keys = micromatch(Object.keys(obj), patterns, options);
      let res = {};
      for (let key of keys) res[key] = obj[key];
      return res;
    };
    micromatch.some = (list, patterns, options) => {
      let items = [].concat(list);
      for (let pattern of [].concat(patterns)) {
        let isMatch = picomatch(String(pattern), options);
        if (items.some((item) => isMatch(item))) {
          return true;
        }
      }
      return false;
    };
    micromatch.every = (list, patterns, options) => {
      let items = [].concat(list);
      for (let pattern of [].concat(patterns)) {
        let isMatch = picomatch(String(pattern), options);
        if (!items.every((item) => isMatch(item))) {
          return false;
        }
      }
      return true;
    };
    micromatch.all = (str, patterns, options) => {
      if (typeof str !== "string") {
        throw new TypeError(`Expected a string: "${util.inspect(str)}"`);
      }
      return [].concat(patterns).every((p) => picomatch(p, options)(str));
    };
    micromatch.capture = (glob, input, options) => {
      let posix = utils.isWindows(options);
      let regex = picomatch.makeRe(String(glob), { ...options, capture: true });
      let match = regex.exec(posix ? utils.toPosixSlashes(input) : input);
      if (match) {
        return match.slice(1).map((v) => v === void 0 ? "" : v);
      }
    };
    micromatch.makeRe = (...args) => picomatch.makeRe(...args);
    micromatch.scan = (...args) => picomatch.scan(...args);
    micromatch.parse = (patterns, options) => {
      let res = [];
      for (let pattern of [].concat(patterns || [])) {
        for (let str of braces(String(pattern), options)) {
          res.push(picomatch.parse(str, options));
        }
      }
      return res;
    };
    micromatch.braces = (pattern, options) => {
      if (typeof pattern !== "string") throw new TypeError("Expected a string");
      if (options && options.nobrace === true || !hasBraces(pattern)) {
        return [pattern];
      }
      return braces(pattern, options);
    };
    micromatch.braceExpand = (pattern, options) => {
      if (typeof pattern !== "string") throw new TypeError("Expected a string");
      return micromatch.braces(pattern, { ...options, expand: true });
    };
    micromatch.hasBraces = hasBraces;
    module.exports = micromatch;
  }
});

// node_modules/fast-glob/out/utils/pattern.js
var require_pattern = __commonJS({
  "node_modules/fast-glob/out/utils/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isAbsolute = exports.partitionAbsoluteAndRelative = exports.removeDuplicateSlashes = exports.matchAny = exports.convertPatternsToRe = exports.makeRe = exports.getPatternParts = exports.expandBraceExpansion = exports.expandPatternsWithBraceExpansion = exports.isAffectDepthOfReadingPattern = exports.endsWithSlashGlobStar = exports.hasGlobStar = exports.getBaseDirectory = exports.isPatternRelatedToParentDirectory = exports.getPatternsOutsideCurrentDirectory = exports.getPatternsInsideCurrentDirectory = exports.getPositivePatterns = exports.getNegativePatterns = exports.isPositivePattern = exports.isNegativePattern = exports.convertToNegativePattern = exports.convertToPositivePattern = exports.isDynamicPattern = exports.isStaticPattern = void 0;
    var path = __require("path");
    var globParent = require_glob_parent();
    var micromatch = require_micromatch();
    var GLOBSTAR = "**";
    var ESCAPE_SYMBOL = "\\";
    var COMMON_GLOB_SYMBOLS_RE = /[*?]|^!/;
    var REGEX_CHARACTER_CLASS_SYMBOLS_RE = /\[[^[]*]/;
    var REGEX_GROUP_SYMBOLS_RE = /(?:^|[^!*+?@])\([^(]*\|[^|]*\)/;
    var GLOB_EXTENSION_SYMBOLS_RE = /[!*+?@]\([^(]*\)/;
    var BRACE_EXPANSION_SEPARATORS_RE = /,|\.\./;
    var DOUBLE_SLASH_RE = /(?!^)\/{2,}/g;
    function isStaticPattern(pattern, options = {}) {
      return !isDynamicPattern(pattern, options);
    }
    exports.isStaticPattern = isStaticPattern;
    function isDynamicPattern(pattern, options = {}) {
      if (pattern === "") {
        return false;
      }
      if (options.caseSensitiveMatch === false || pattern.includes(ESCAPE_SYMBOL)) {
        return true;
      }
      if (COMMON_GLOB_SYMBOLS_RE.test(pattern) || REGEX_CHARACTER_CLASS_SYMBOLS_RE.test(pattern) || REGEX_GROUP_SYMBOLS_RE.test(pattern)) {
        return true;
      }
      if (options.extglob !== false && GLOB_EXTENSION_SYMBOLS_RE.test(pattern)) {
        return true;
      }
      if (options.braceExpansion !== false && hasBraceExpansion(pattern)) {
        return true;
      }
      return false;
    }
    exports.isDynamicPattern = isDynamicPattern;
    function hasBraceExpansion(pattern) {
      const openingBraceIndex = pattern.indexOf("{");
      if (openingBraceIndex === -1) {
        return false;
      }
      const closingBraceIndex = pattern.indexOf("}", openingBraceIndex + 1);
      if (closingBraceIndex === -1) {
        return false;
      }
      const braceContent = pattern.slice(openingBraceIndex, closingBraceIndex);
      return BRACE_EXPANSION_SEPARATORS_RE.test(braceContent);
    }
    function convertToPositivePattern(pattern) {
      return isNegativePattern(pattern) ? pattern.slice(1) : pattern;
    }
    exports.convertToPositivePattern = convertToPositivePattern;
    function convertToNegativePattern(pattern) {
      return "!" + pattern;
    }
    exports.convertToNegativePattern = convertToNegativePattern;
    function isNegativePattern(pattern) {
      return pattern.startsWith("!") && pattern[1] !== "(";
    }
    exports.isNegativePattern = isNegativePattern;
    function isPositivePattern(pattern) {
      return !isNegativePattern(pattern);
    }
    exports.isPositivePattern = isPositivePattern;
    function getNegativePatterns(patterns) {
      return patterns.filter(isNegativePattern);
    }
    exports.getNegativePatterns = getNegativePatterns;
    function getPositivePatterns(patterns) {
      return patterns.filter(isPositivePattern);
    }
    exports.getPositivePatterns = getPositivePatterns;
    function getPatternsInsideCurrentDirectory(patterns) {
      return patterns.filter((pattern) => !isPatternRelatedToParentDirectory(pattern));
    }
    exports.getPatternsInsideCurrentDirectory = getPatternsInsideCurrentDirectory;
    function getPatternsOutsideCurrentDirectory(patterns) {
      return patterns.filter(isPatternRelatedToParentDirectory);
    }
    exports.getPatternsOutsideCurrentDirectory = getPatternsOutsideCurrentDirectory;
    function isPatternRelatedToParentDirectory(pattern) {
      return pattern.startsWith("..") || pattern.startsWith("./..");
    }
    exports.isPatternRelatedToParentDirectory = isPatternRelatedToParentDirectory;
    function getBaseDirectory(pattern) {
      return globParent(pattern, { flipBackslashes: false });
    }
    exports.getBaseDirectory = getBaseDirectory;
    function hasGlobStar(pattern) {
      return pattern.includes(GLOBSTAR);
    }
    exports.hasGlobStar = hasGlobStar;
    function endsWithSlashGlobStar(pattern) {
      return pattern.endsWith("/" + GLOBSTAR);
    }
    exports.endsWithSlashGlobStar = endsWithSlashGlobStar;
    function isAffectDepthOfReadingPattern(pattern) {
      const basename2 = path.basename(pattern);
      return endsWithSlashGlobStar(pattern) || isStaticPattern(basename2);
    }
    exports.isAffectDepthOfReadingPattern = isAffectDepthOfReadingPattern;
    function expandPatternsWithBraceExpansion(patterns) {
      return patterns.reduce((collection, pattern) => {
        return collection.concat(expandBraceExpansion(pattern));
      }, []);
    }
    exports.expandPatternsWithBraceExpansion = expandPatternsWithBraceExpansion;
    function expandBraceExpansion(pattern) {
      const patterns = micromatch.braces(pattern, { expand: true, nodupes: true, keepEscaping: true });
      patterns.sort((a, b) => a.length - b.length);
      return patterns.filter((pattern2) => pattern2 !== "");
    }
    exports.expandBraceExpansion = expandBraceExpansion;
    function getPatternParts(pattern, options) {
      let { parts } = micromatch.scan(pattern, Object.assign(Object.assign({}, options), { parts: true }));
      if (parts.length === 0) {
        parts = [pattern];
      }
      if (parts[0].startsWith("/")) {
        parts[0] = parts[0].slice(1);
        parts.unshift("");
      }
      return parts;
    }
    exports.getPatternParts = getPatternParts;
    function makeRe(pattern, options) {
      return micromatch.makeRe(pattern, options);
    }
    exports.makeRe = makeRe;
    function convertPatternsToRe(patterns, options) {
      return patterns.map((pattern) => makeRe(pattern, options));
    }
    exports.convertPatternsToRe = convertPatternsToRe;
    function matchAny(entry, patternsRe) {
      return patternsRe.some((patternRe) => patternRe.test(entry));
    }
    exports.matchAny = matchAny;
    function removeDuplicateSlashes(pattern) {
      return pattern.replace(DOUBLE_SLASH_RE, "/");
    }
    exports.removeDuplicateSlashes = removeDuplicateSlashes;
    function partitionAbsoluteAndRelative(patterns) {
      const absolute = [];
      const relative7 = [];
      for (const pattern of patterns) {
        if (isAbsolute7(pattern)) {
          absolute.push(pattern);
        } else {
          relative7.push(pattern);
        }
      }
      return [absolute, relative7];
    }
    exports.partitionAbsoluteAndRelative = partitionAbsoluteAndRelative;
    function isAbsolute7(pattern) {
      return path.isAbsolute(pattern);
    }
    exports.isAbsolute = isAbsolute7;
  }
});

// node_modules/merge2/index.js
var require_merge2 = __commonJS({
  "node_modules/merge2/index.js"(exports, module) {
    "use strict";
    var Stream = __require("stream");
    var PassThrough = Stream.PassThrough;
    var slice = Array.prototype.slice;
    module.exports = merge2;
    function merge2() {
      const streamsQueue = [];
      const args = slice.call(arguments);
      let merging = false;
      let options = args[args.length - 1];
      if (options && !Array.isArray(options) && options.pipe == null) {
        args.pop();
      } else {
        options = {};
      }
      const doEnd = options.end !== false;
      const doPipeError = options.pipeError === true;
      if (options.objectMode == null) {
        options.objectMode = true;
      }
      if (options.highWaterMark == null) {
        options.highWaterMark = 64 * 1024;
      }
      const mergedStream = PassThrough(options);
      function addStream() {
        for (let i = 0, len = arguments.length; i < len; i++) {
          streamsQueue.push(pauseStreams(arguments[i], options));
        }
        mergeStream();
        return this;
      }
      function mergeStream() {
        if (merging) {
          return;
        }
        merging = true;
        let streams = streamsQueue.shift();
        if (!streams) {
          process.nextTick(endStream);
          return;
        }
        if (!Array.isArray(streams)) {
          streams = [streams];
        }
        let pipesCount = streams.length + 1;
        function next() {
          if (--pipesCount > 0) {
            return;
          }
          merging = false;
          mergeStream();
        }
        function pipe(stream) {
          function onend() {
            stream.removeListener("merge2UnpipeEnd", onend);
            stream.removeListener("end", onend);
            if (doPipeError) {
              stream.removeListener("error", onerror);
            }
            next();
          }
          function onerror(err) {
            mergedStream.emit("error", err);
          }
          if (stream._readableState.endEmitted) {
            return next();
          }
          stream.on("merge2UnpipeEnd", onend);
          stream.on("end", onend);
          if (doPipeError) {
            stream.on("error", onerror);
          }
          stream.pipe(mergedStream, { end: false });
          stream.resume();
        }
        for (let i = 0; i < streams.length; i++) {
          pipe(streams[i]);
        }
        next();
      }
      function endStream() {
        merging = false;
        mergedStream.emit("queueDrain");
        if (doEnd) {
          mergedStream.end();
        }
      }
      mergedStream.setMaxListeners(0);
      mergedStream.add = addStream;
      mergedStream.on("unpipe", function(stream) {
        stream.emit("merge2UnpipeEnd");
      });
      if (args.length) {
        addStream.apply(null, args);
      }
      return mergedStream;
    }
    function pauseStreams(streams, options) {
      if (!Array.isArray(streams)) {
        if (!streams._readableState && streams.pipe) {
          streams = streams.pipe(PassThrough(options));
        }
        if (!streams._readableState || !streams.pause || !streams.pipe) {
          throw new Error("Only readable stream can be merged.");
        }
        streams.pause();
      } else {
        for (let i = 0, len = streams.length; i < len; i++) {
          streams[i] = pauseStreams(streams[i], options);
        }
      }
      return streams;
    }
  }
});

// node_modules/fast-glob/out/utils/stream.js
var require_stream = __commonJS({
  "node_modules/fast-glob/out/utils/stream.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.merge = void 0;
    var merge2 = require_merge2();
    function merge(streams) {
      const mergedStream = merge2(streams);
      streams.forEach((stream) => {
        stream.once("error", (error) => mergedStream.emit("error", error));
      });
      mergedStream.once("close", () => propagateCloseEventToSources(streams));
      mergedStream.once("end", () => propagateCloseEventToSources(streams));
      return mergedStream;
    }
    exports.merge = merge;
    function propagateCloseEventToSources(streams) {
      streams.forEach((stream) => stream.emit("close"));
    }
  }
});

// node_modules/fast-glob/out/utils/string.js
var require_string = __commonJS({
  "node_modules/fast-glob/out/utils/string.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isEmpty = exports.isString = void 0;
    function isString(input) {
      return typeof input === "string";
    }
    exports.isString = isString;
    function isEmpty(input) {
      return input === "";
    }
    exports.isEmpty = isEmpty;
  }
});

// node_modules/fast-glob/out/utils/index.js
var require_utils3 = __commonJS({
  "node_modules/fast-glob/out/utils/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.string = exports.stream = exports.pattern = exports.path = exports.fs = exports.errno = exports.array = void 0;
    var array = require_array();
    exports.array = array;
    var errno = require_errno();
    exports.errno = errno;
    var fs = require_fs();
    exports.fs = fs;
    var path = require_path();
    exports.path = path;
    var pattern = require_pattern();
    exports.pattern = pattern;
    var stream = require_stream();
    exports.stream = stream;
    var string = require_string();
    exports.string = string;
  }
});

// node_modules/fast-glob/out/managers/tasks.js
var require_tasks = __commonJS({
  "node_modules/fast-glob/out/managers/tasks.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.convertPatternGroupToTask = exports.convertPatternGroupsToTasks = exports.groupPatternsByBaseDirectory = exports.getNegativePatternsAsPositive = exports.getPositivePatterns = exports.convertPatternsToTasks = exports.generate = void 0;
    var utils = require_utils3();
    function generate(input, settings) {
      const patterns = processPatterns(input, settings);
      const ignore = processPatterns(settings.ignore, settings);
      const positivePatterns = getPositivePatterns(patterns);
      const negativePatterns = getNegativePatternsAsPositive(patterns, ignore);
      const staticPatterns = positivePatterns.filter((pattern) => utils.pattern.isStaticPattern(pattern, settings));
      const dynamicPatterns = positivePatterns.filter((pattern) => utils.pattern.isDynamicPattern(pattern, settings));
      const staticTasks = convertPatternsToTasks(
        staticPatterns,
        negativePatterns,
        /* dynamic */
        false
      );
      const dynamicTasks = convertPatternsToTasks(
        dynamicPatterns,
        negativePatterns,
        /* dynamic */
        true
      );
      return staticTasks.concat(dynamicTasks);
    }
    exports.generate = generate;
    function processPatterns(input, settings) {
      let patterns = input;
      if (settings.braceExpansion) {
        patterns = utils.pattern.expandPatternsWithBraceExpansion(patterns);
      }
      if (settings.baseNameMatch) {
        patterns = patterns.map((pattern) => pattern.includes("/") ? pattern : `**/${pattern}`);
      }
      return patterns.map((pattern) => utils.pattern.removeDuplicateSlashes(pattern));
    }
    function convertPatternsToTasks(positive, negative, dynamic) {
      const tasks = [];
      const patternsOutsideCurrentDirectory = utils.pattern.getPatternsOutsideCurrentDirectory(positive);
      const patternsInsideCurrentDirectory = utils.pattern.getPatternsInsideCurrentDirectory(positive);
      const outsideCurrentDirectoryGroup = groupPatternsByBaseDirectory(patternsOutsideCurrentDirectory);
      const insideCurrentDirectoryGroup = groupPatternsByBaseDirectory(patternsInsideCurrentDirectory);
      tasks.push(...convertPatternGroupsToTasks(outsideCurrentDirectoryGroup, negative, dynamic));
      if ("." in insideCurrentDirectoryGroup) {
        tasks.push(convertPatternGroupToTask(".", patternsInsideCurrentDirectory, negative, dynamic));
      } else {
        tasks.push(...convertPatternGroupsToTasks(insideCurrentDirectoryGroup, negative, dynamic));
      }
      return tasks;
    }
    exports.convertPatternsToTasks = convertPatternsToTasks;
    function getPositivePatterns(patterns) {
      return utils.pattern.getPositivePatterns(patterns);
    }
    exports.getPositivePatterns = getPositivePatterns;
    function getNegativePatternsAsPositive(patterns, ignore) {
      const negative = utils.pattern.getNegativePatterns(patterns).concat(ignore);
      const positive = negative.map(utils.pattern.convertToPositivePattern);
      return positive;
    }
    exports.getNegativePatternsAsPositive = getNegativePatternsAsPositive;
    function groupPatternsByBaseDirectory(patterns) {
      const group = {};
      return patterns.reduce((collection, pattern) => {
        const base = utils.pattern.getBaseDirectory(pattern);
        if (base in collection) {
          collection[base].push(pattern);
        } else {
          collection[base] = [pattern];
        }
        return collection;
      }, group);
    }
    exports.groupPatternsByBaseDirectory = groupPatternsByBaseDirectory;
    function convertPatternGroupsToTasks(positive, negative, dynamic) {
      return Object.keys(positive).map((base) => {
        return convertPatternGroupToTask(base, positive[base], negative, dynamic);
      });
    }
    exports.convertPatternGroupsToTasks = convertPatternGroupsToTasks;
    function convertPatternGroupToTask(base, positive, negative, dynamic) {
      return {
        dynamic,
        positive,
        negative,
        base,
        patterns: [].concat(positive, negative.map(utils.pattern.convertToNegativePattern))
      };
    }
    exports.convertPatternGroupToTask = convertPatternGroupToTask;
  }
});

// node_modules/@nodelib/fs.stat/out/providers/async.js
var require_async = __commonJS({
  "node_modules/@nodelib/fs.stat/out/providers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.read = void 0;
    function read(path, settings, callback) {
      settings.fs.lstat(path, (lstatError, lstat) => {
        if (lstatError !== null) {
          callFailureCallback(callback, lstatError);
          return;
        }
        if (!lstat.isSymbolicLink() || !settings.followSymbolicLink) {
          callSuccessCallback(callback, lstat);
          return;
        }
        settings.fs.stat(path, (statError, stat) => {
          if (statError !== null) {
            if (settings.throwErrorOnBrokenSymbolicLink) {
              callFailureCallback(callback, statError);
              return;
            }
            callSuccessCallback(callback, lstat);
            return;
          }
          if (settings.markSymbolicLink) {
            stat.isSymbolicLink = () => true;
          }
          callSuccessCallback(callback, stat);
        });
      });
    }
    exports.read = read;
    function callFailureCallback(callback, error) {
      callback(error);
    }
    function callSuccessCallback(callback, result) {
      callback(null, result);
    }
  }
});

// node_modules/@nodelib/fs.stat/out/providers/sync.js
var require_sync = __commonJS({
  "node_modules/@nodelib/fs.stat/out/providers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.read = void 0;
    function read(path, settings) {
      const lstat = settings.fs.lstatSync(path);
      if (!lstat.isSymbolicLink() || !settings.followSymbolicLink) {
        return lstat;
      }
      try {
        const stat = settings.fs.statSync(path);
        if (settings.markSymbolicLink) {
          stat.isSymbolicLink = () => true;
        }
        return stat;
      } catch (error) {
        if (!settings.throwErrorOnBrokenSymbolicLink) {
          return lstat;
        }
        throw error;
      }
    }
    exports.read = read;
  }
});

// node_modules/@nodelib/fs.stat/out/adapters/fs.js
var require_fs2 = __commonJS({
  "node_modules/@nodelib/fs.stat/out/adapters/fs.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createFileSystemAdapter = exports.FILE_SYSTEM_ADAPTER = void 0;
    var fs = __require("fs");
    exports.FILE_SYSTEM_ADAPTER = {
      lstat: fs.lstat,
      stat: fs.stat,
      lstatSync: fs.lstatSync,
      statSync: fs.statSync
    };
    function createFileSystemAdapter(fsMethods) {
      if (fsMethods === void 0) {
        return exports.FILE_SYSTEM_ADAPTER;
      }
      return Object.assign(Object.assign({}, exports.FILE_SYSTEM_ADAPTER), fsMethods);
    }
    exports.createFileSystemAdapter = createFileSystemAdapter;
  }
});

// node_modules/@nodelib/fs.stat/out/settings.js
var require_settings = __commonJS({
  "node_modules/@nodelib/fs.stat/out/settings.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var fs = require_fs2();
    var Settings = class {
      constructor(_options = {}) {
        this._options = _options;
        this.followSymbolicLink = this._getValue(this._options.followSymbolicLink, true);
        this.fs = fs.createFileSystemAdapter(this._options.fs);
        this.markSymbolicLink = this._getValue(this._options.markSymbolicLink, false);
        this.throwErrorOnBrokenSymbolicLink = this._getValue(this._options.throwErrorOnBrokenSymbolicLink, true);
      }
      _getValue(option, value) {
        return option !== null && option !== void 0 ? option : value;
      }
    };
    exports.default = Settings;
  }
});

// node_modules/@nodelib/fs.stat/out/index.js
var require_out = __commonJS({
  "node_modules/@nodelib/fs.stat/out/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.statSync = exports.stat = exports.Settings = void 0;
    var async = require_async();
    var sync = require_sync();
    var settings_1 = require_settings();
    exports.Settings = settings_1.default;
    function stat(path, optionsOrSettingsOrCallback, callback) {
      if (typeof optionsOrSettingsOrCallback === "function") {
        async.read(path, getSettings(), optionsOrSettingsOrCallback);
        return;
      }
      async.read(path, getSettings(optionsOrSettingsOrCallback), callback);
    }
    exports.stat = stat;
    function statSync7(path, optionsOrSettings) {
      const settings = getSettings(optionsOrSettings);
      return sync.read(path, settings);
    }
    exports.statSync = statSync7;
    function getSettings(settingsOrOptions = {}) {
      if (settingsOrOptions instanceof settings_1.default) {
        return settingsOrOptions;
      }
      return new settings_1.default(settingsOrOptions);
    }
  }
});

// node_modules/queue-microtask/index.js
var require_queue_microtask = __commonJS({
  "node_modules/queue-microtask/index.js"(exports, module) {
    var promise;
    module.exports = typeof queueMicrotask === "function" ? queueMicrotask.bind(typeof window !== "undefined" ? window : global) : (cb) => (promise || (promise = Promise.resolve())).then(cb).catch((err) => setTimeout(() => {
      throw err;
    }, 0));
  }
});

// node_modules/run-parallel/index.js
var require_run_parallel = __commonJS({
  "node_modules/run-parallel/index.js"(exports, module) {
    module.exports = runParallel;
    var queueMicrotask2 = require_queue_microtask();
    function runParallel(tasks, cb) {
      let results, pending, keys;
      let isSync = true;
      if (Array.isArray(tasks)) {
        results = [];
        pending = tasks.length;
      } else {
        keys = Object.keys(tasks);
        results = {};
        pending = keys.length;
      }
      function done(err) {
        function end() {
          if (cb) cb(err, results);
          cb = null;
        }
        if (isSync) queueMicrotask2(end);
        else end();
      }
      function each(i, err, result) {
        results[i] = result;
        if (--pending === 0 || err) {
          done(err);
        }
      }
      if (!pending) {
        done(null);
      } else if (keys) {
        keys.forEach(function(key) {
          tasks[key](function(err, result) {
            each(key, err, result);
          });
        });
      } else {
        tasks.forEach(function(task, i) {
          task(function(err, result) {
            each(i, err, result);
          });
        });
      }
      isSync = false;
    }
  }
});

// node_modules/@nodelib/fs.scandir/out/constants.js
var require_constants2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/constants.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.IS_SUPPORT_READDIR_WITH_FILE_TYPES = void 0;
    var NODE_PROCESS_VERSION_PARTS = process.versions.node.split(".");
    if (NODE_PROCESS_VERSION_PARTS[0] === void 0 || NODE_PROCESS_VERSION_PARTS[1] === void 0) {
      throw new Error(`Unexpected behavior. The 'process.versions.node' variable has invalid value: ${process.versions.node}`);
    }
    var MAJOR_VERSION = Number.parseInt(NODE_PROCESS_VERSION_PARTS[0], 10);
    var MINOR_VERSION = Number.parseInt(NODE_PROCESS_VERSION_PARTS[1], 10);
    var SUPPORTED_MAJOR_VERSION = 10;
    var SUPPORTED_MINOR_VERSION = 10;
    var IS_MATCHED_BY_MAJOR = MAJOR_VERSION > SUPPORTED_MAJOR_VERSION;
    var IS_MATCHED_BY_MAJOR_AND_MINOR = MAJOR_VERSION === SUPPORTED_MAJOR_VERSION && MINOR_VERSION >= SUPPORTED_MINOR_VERSION;
    exports.IS_SUPPORT_READDIR_WITH_FILE_TYPES = IS_MATCHED_BY_MAJOR || IS_MATCHED_BY_MAJOR_AND_MINOR;
  }
});

// node_modules/@nodelib/fs.scandir/out/utils/fs.js
var require_fs3 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/utils/fs.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createDirentFromStats = void 0;
    var DirentFromStats = class {
      constructor(name, stats) {
        this.name = name;
        this.isBlockDevice = stats.isBlockDevice.bind(stats);
        this.isCharacterDevice = stats.isCharacterDevice.bind(stats);
        this.isDirectory = stats.isDirectory.bind(stats);
        this.isFIFO = stats.isFIFO.bind(stats);
        this.isFile = stats.isFile.bind(stats);
        this.isSocket = stats.isSocket.bind(stats);
        this.isSymbolicLink = stats.isSymbolicLink.bind(stats);
      }
    };
    function createDirentFromStats(name, stats) {
      return new DirentFromStats(name, stats);
    }
    exports.createDirentFromStats = createDirentFromStats;
  }
});

// node_modules/@nodelib/fs.scandir/out/utils/index.js
var require_utils4 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/utils/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.fs = void 0;
    var fs = require_fs3();
    exports.fs = fs;
  }
});

// node_modules/@nodelib/fs.scandir/out/providers/common.js
var require_common = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/providers/common.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.joinPathSegments = void 0;
    function joinPathSegments(a, b, separator) {
      if (a.endsWith(separator)) {
        return a + b;
      }
      return a + separator + b;
    }
    exports.joinPathSegments = joinPathSegments;
  }
});

// node_modules/@nodelib/fs.scandir/out/providers/async.js
var require_async2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/providers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.readdir = exports.readdirWithFileTypes = exports.read = void 0;
    var fsStat = require_out();
    var rpl = require_run_parallel();
    var constants_1 = require_constants2();
    var utils = require_utils4();
    var common = require_common();
    function read(directory, settings, callback) {
      if (!settings.stats && constants_1.IS_SUPPORT_READDIR_WITH_FILE_TYPES) {
        readdirWithFileTypes(directory, settings, callback);
        return;
      }
      readdir(directory, settings, callback);
    }
    exports.read = read;
    function readdirWithFileTypes(directory, settings, callback) {
      settings.fs.readdir(directory, { withFileTypes: true }, (readdirError, dirents) => {
        if (readdirError !== null) {
          callFailureCallback(callback, readdirError);
          return;
        }
        const entries = dirents.map((dirent) => ({
          dirent,
          name: dirent.name,
          path: common.joinPathSegments(directory, dirent.name, settings.pathSegmentSeparator)
        }));
        if (!settings.followSymbolicLinks) {
          callSuccessCallback(callback, entries);
          return;
        }
        const tasks = entries.map((entry) => makeRplTaskEntry(entry, settings));
        rpl(tasks, (rplError, rplEntries) => {
          if (rplError !== null) {
            callFailureCallback(callback, rplError);
            return;
          }
          callSuccessCallback(callback, rplEntries);
        });
      });
    }
    exports.readdirWithFileTypes = readdirWithFileTypes;
    function makeRplTaskEntry(entry, settings) {
      return (done) => {
        if (!entry.dirent.isSymbolicLink()) {
          done(null, entry);
          return;
        }
        settings.fs.stat(entry.path, (statError, stats) => {
          if (statError !== null) {
            if (settings.throwErrorOnBrokenSymbolicLink) {
              done(statError);
              return;
            }
            done(null, entry);
            return;
          }
          entry.dirent = utils.fs.createDirentFromStats(entry.name, stats);
          done(null, entry);
        });
      };
    }
    function readdir(directory, settings, callback) {
      settings.fs.readdir(directory, (readdirError, names) => {
        if (readdirError !== null) {
          callFailureCallback(callback, readdirError);
          return;
        }
        const tasks = names.map((name) => {
          const path = common.joinPathSegments(directory, name, settings.pathSegmentSeparator);
          return (done) => {
            fsStat.stat(path, settings.fsStatSettings, (error, stats) => {
              if (error !== null) {
                done(error);
                return;
              }
              const entry = {
                name,
                path,
                dirent: utils.fs.createDirentFromStats(name, stats)
              };
              if (settings.stats) {
                entry.stats = stats;
              }
              done(null, entry);
            });
          };
        });
        rpl(tasks, (rplError, entries) => {
          if (rplError !== null) {
            callFailureCallback(callback, rplError);
            return;
          }
          callSuccessCallback(callback, entries);
        });
      });
    }
    exports.readdir = readdir;
    function callFailureCallback(callback, error) {
      callback(error);
    }
    function callSuccessCallback(callback, result) {
      callback(null, result);
    }
  }
});

// node_modules/@nodelib/fs.scandir/out/providers/sync.js
var require_sync2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/providers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.readdir = exports.readdirWithFileTypes = exports.read = void 0;
    var fsStat = require_out();
    var constants_1 = require_constants2();
    var utils = require_utils4();
    var common = require_common();
    function read(directory, settings) {
      if (!settings.stats && constants_1.IS_SUPPORT_READDIR_WITH_FILE_TYPES) {
        return readdirWithFileTypes(directory, settings);
      }
      return readdir(directory, settings);
    }
    exports.read = read;
    function readdirWithFileTypes(directory, settings) {
      const dirents = settings.fs.readdirSync(directory, { withFileTypes: true });
      return dirents.map((dirent) => {
        const entry = {
          dirent,
          name: dirent.name,
          path: common.joinPathSegments(directory, dirent.name, settings.pathSegmentSeparator)
        };
        if (entry.dirent.isSymbolicLink() && settings.followSymbolicLinks) {
          try {
            const stats = settings.fs.statSync(entry.path);
            entry.dirent = utils.fs.createDirentFromStats(entry.name, stats);
          } catch (error) {
            if (settings.throwErrorOnBrokenSymbolicLink) {
              throw error;
            }
          }
        }
        return entry;
      });
    }
    exports.readdirWithFileTypes = readdirWithFileTypes;
    function readdir(directory, settings) {
      const names = settings.fs.readdirSync(directory);
      return names.map((name) => {
        const entryPath = common.joinPathSegments(directory, name, settings.pathSegmentSeparator);
        const stats = fsStat.statSync(entryPath, settings.fsStatSettings);
        const entry = {
          name,
          path: entryPath,
          dirent: utils.fs.createDirentFromStats(name, stats)
        };
        if (settings.stats) {
          entry.stats = stats;
        }
        return entry;
      });
    }
    exports.readdir = readdir;
  }
});

// node_modules/@nodelib/fs.scandir/out/adapters/fs.js
var require_fs4 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/adapters/fs.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createFileSystemAdapter = exports.FILE_SYSTEM_ADAPTER = void 0;
    var fs = __require("fs");
    exports.FILE_SYSTEM_ADAPTER = {
      lstat: fs.lstat,
      stat: fs.stat,
      lstatSync: fs.lstatSync,
      statSync: fs.statSync,
      readdir: fs.readdir,
      readdirSync: fs.readdirSync
    };
    function createFileSystemAdapter(fsMethods) {
      if (fsMethods === void 0) {
        return exports.FILE_SYSTEM_ADAPTER;
      }
      return Object.assign(Object.assign({}, exports.FILE_SYSTEM_ADAPTER), fsMethods);
    }
    exports.createFileSystemAdapter = createFileSystemAdapter;
  }
});

// node_modules/@nodelib/fs.scandir/out/settings.js
var require_settings2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/settings.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var path = __require("path");
    var fsStat = require_out();
    var fs = require_fs4();
    var Settings = class {
      constructor(_options = {}) {
        this._options = _options;
        this.followSymbolicLinks = this._getValue(this._options.followSymbolicLinks, false);
        this.fs = fs.createFileSystemAdapter(this._options.fs);
        this.pathSegmentSeparator = this._getValue(this._options.pathSegmentSeparator, path.sep);
        this.stats = this._getValue(this._options.stats, false);
        this.throwErrorOnBrokenSymbolicLink = this._getValue(this._options.throwErrorOnBrokenSymbolicLink, true);
        this.fsStatSettings = new fsStat.Settings({
          followSymbolicLink: this.followSymbolicLinks,
          fs: this.fs,
          throwErrorOnBrokenSymbolicLink: this.throwErrorOnBrokenSymbolicLink
        });
      }
      _getValue(option, value) {
        return option !== null && option !== void 0 ? option : value;
      }
    };
    exports.default = Settings;
  }
});

// node_modules/@nodelib/fs.scandir/out/index.js
var require_out2 = __commonJS({
  "node_modules/@nodelib/fs.scandir/out/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Settings = exports.scandirSync = exports.scandir = void 0;
    var async = require_async2();
    var sync = require_sync2();
    var settings_1 = require_settings2();
    exports.Settings = settings_1.default;
    function scandir(path, optionsOrSettingsOrCallback, callback) {
      if (typeof optionsOrSettingsOrCallback === "function") {
        async.read(path, getSettings(), optionsOrSettingsOrCallback);
        return;
      }
      async.read(path, getSettings(optionsOrSettingsOrCallback), callback);
    }
    exports.scandir = scandir;
    function scandirSync(path, optionsOrSettings) {
      const settings = getSettings(optionsOrSettings);
      return sync.read(path, settings);
    }
    exports.scandirSync = scandirSync;
    function getSettings(settingsOrOptions = {}) {
      if (settingsOrOptions instanceof settings_1.default) {
        return settingsOrOptions;
      }
      return new settings_1.default(settingsOrOptions);
    }
  }
});

// node_modules/reusify/reusify.js
var require_reusify = __commonJS({
  "node_modules/reusify/reusify.js"(exports, module) {
    "use strict";
    function reusify(Constructor) {
      var head = new Constructor();
      var tail = head;
      function get() {
        var current = head;
        if (current.next) {
          head = current.next;
        } else {
          head = new Constructor();
          tail = head;
        }
        current.next = null;
        return current;
      }
      function release(obj) {
        tail.next = obj;
        tail = obj;
      }
      return {
        get,
        release
      };
    }
    module.exports = reusify;
  }
});

// node_modules/fastq/queue.js
var require_queue = __commonJS({
  "node_modules/fastq/queue.js"(exports, module) {
    "use strict";
    var reusify = require_reusify();
    function fastqueue(context, worker, _concurrency) {
      if (typeof context === "function") {
        _concurrency = worker;
        worker = context;
        context = null;
      }
      if (!(_concurrency >= 1)) {
        throw new Error("fastqueue concurrency must be equal to or greater than 1");
      }
      var cache = reusify(Task);
      var queueHead = null;
      var queueTail = null;
      var _running = 0;
      var errorHandler = null;
      var self = {
        push,
        drain: noop,
        saturated: noop,
        pause,
        paused: false,
        get concurrency() {
          return _concurrency;
        },
        set concurrency(value) {
          if (!(value >= 1)) {
            throw new Error("fastqueue concurrency must be equal to or greater than 1");
          }
          _concurrency = value;
          if (self.paused) return;
          for (; queueHead && _running < _concurrency; ) {
            _running++;
            release();
          }
        },
        running,
        resume,
        idle,
        length,
        getQueue,
        unshift,
        empty: noop,
        kill,
        killAndDrain,
        error,
        abort
      };
      return self;
      function running() {
        return _running;
      }
      function pause() {
        self.paused = true;
      }
      function length() {
        var current = queueHead;
        var counter = 0;
        while (current) {
          current = current.next;
          counter++;
        }
        return counter;
      }
      function getQueue() {
        var current = queueHead;
        var tasks = [];
        while (current) {
          tasks.push(current.value);
          current = current.next;
        }
        return tasks;
      }
      function resume() {
        if (!self.paused) return;
        self.paused = false;
        if (queueHead === null) {
          _running++;
          release();
          return;
        }
        for (; queueHead && _running < _concurrency; ) {
          _running++;
          release();
        }
      }
      function idle() {
        return _running === 0 && self.length() === 0;
      }
      function push(value, done) {
        var current = cache.get();
        current.context = context;
        current.release = release;
        current.value = value;
        current.callback = done || noop;
        current.errorHandler = errorHandler;
        if (_running >= _concurrency || self.paused) {
          if (queueTail) {
            queueTail.next = current;
            queueTail = current;
          } else {
            queueHead = current;
            queueTail = current;
            self.saturated();
          }
        } else {
          _running++;
          worker.call(context, current.value, current.worked);
        }
      }
      function unshift(value, done) {
        var current = cache.get();
        current.context = context;
        current.release = release;
        current.value = value;
        current.callback = done || noop;
        current.errorHandler = errorHandler;
        if (_running >= _concurrency || self.paused) {
          if (queueHead) {
            current.next = queueHead;
            queueHead = current;
          } else {
            queueHead = current;
            queueTail = current;
            self.saturated();
          }
        } else {
          _running++;
          worker.call(context, current.value, current.worked);
        }
      }
      function release(holder) {
        if (holder) {
          cache.release(holder);
        }
        var next = queueHead;
        if (next && _running <= _concurrency) {
          if (!self.paused) {
            if (queueTail === queueHead) {
              queueTail = null;
            }
            queueHead = next.next;
            next.next = null;
            worker.call(context, next.value, next.worked);
            if (queueTail === null) {
              self.empty();
            }
          } else {
            _running--;
          }
        } else if (--_running === 0) {
          self.drain();
        }
      }
      function kill() {
        queueHead = null;
        queueTail = null;
        self.drain = noop;
      }
      function killAndDrain() {
        queueHead = null;
        queueTail = null;
        self.drain();
        self.drain = noop;
      }
      function abort() {
        var current = queueHead;
        queueHead = null;
        queueTail = null;
        while (current) {
          var next = current.next;
          var callback = current.callback;
          var errorHandler2 = current.errorHandler;
          var val = current.value;
          var context2 = current.context;
          current.value = null;
          current.callback = noop;
          current.errorHandler = null;
          current.next = null;
          if (errorHandler2) {
            errorHandler2(new Error("abort"), val);
          }
          callback.call(context2, new Error("abort"));
          cache.release(current);
          current = next;
        }
        self.drain = noop;
      }
      function error(handler) {
        errorHandler = handler;
      }
    }
    function noop() {
    }
    function Task() {
      this.value = null;
      this.callback = noop;
      this.next = null;
      this.release = noop;
      this.context = null;
      this.errorHandler = null;
      var self = this;
      this.worked = function worked(err, result) {
        var callback = self.callback;
        var errorHandler = self.errorHandler;
        var val = self.value;
        self.value = null;
        self.callback = noop;
        if (self.errorHandler) {
          errorHandler(err, val);
        }
        callback.call(self.context, err, result);
        self.release(self);
      };
    }
    function queueAsPromised(context, worker, _concurrency) {
      if (typeof context === "function") {
        _concurrency = worker;
        worker = context;
        context = null;
      }
      function asyncWrapper(arg, cb) {
        worker.call(this, arg).then(function(res) {
          cb(null, res);
        }, cb);
      }
      var queue = fastqueue(context, asyncWrapper, _concurrency);
      var pushCb = queue.push;
      var unshiftCb = queue.unshift;
      queue.push = push;
      queue.unshift = unshift;
      queue.drained = drained;
      return queue;
      function push(value) {
        var p = new Promise(function(resolve9, reject) {
          pushCb(value, function(err, result) {
            if (err) {
              reject(err);
              return;
            }
            resolve9(result);
          });
        });
        p.catch(noop);
        return p;
      }
      function unshift(value) {
        var p = new Promise(function(resolve9, reject) {
          unshiftCb(value, function(err, result) {
            if (err) {
              reject(err);
              return;
            }
            resolve9(result);
          });
        });
        p.catch(noop);
        return p;
      }
      function drained() {
        var p = new Promise(function(resolve9) {
          process.nextTick(function() {
            if (queue.idle()) {
              resolve9();
            } else {
              var previousDrain = queue.drain;
              queue.drain = function() {
                if (typeof previousDrain === "function") previousDrain();
                resolve9();
                queue.drain = previousDrain;
              };
            }
          });
        });
        return p;
      }
    }
    module.exports = fastqueue;
    module.exports.promise = queueAsPromised;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/common.js
var require_common2 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/common.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.joinPathSegments = exports.replacePathSegmentSeparator = exports.isAppliedFilter = exports.isFatalError = void 0;
    function isFatalError(settings, error) {
      if (settings.errorFilter === null) {
        return true;
      }
      return !settings.errorFilter(error);
    }
    exports.isFatalError = isFatalError;
    function isAppliedFilter(filter, value) {
      return filter === null || filter(value);
    }
    exports.isAppliedFilter = isAppliedFilter;
    function replacePathSegmentSeparator(filepath, separator) {
      return filepath.split(/[/\\]/).join(separator);
    }
    exports.replacePathSegmentSeparator = replacePathSegmentSeparator;
    function joinPathSegments(a, b, separator) {
      if (a === "") {
        return b;
      }
      if (a.endsWith(separator)) {
        return a + b;
      }
      return a + separator + b;
    }
    exports.joinPathSegments = joinPathSegments;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/reader.js
var require_reader = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/reader.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var common = require_common2();
    var Reader = class {
      constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._root = common.replacePathSegmentSeparator(_root, _settings.pathSegmentSeparator);
      }
    };
    exports.default = Reader;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/async.js
var require_async3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var events_1 = __require("events");
    var fsScandir = require_out2();
    var fastq = require_queue();
    var common = require_common2();
    var reader_1 = require_reader();
    var AsyncReader = class extends reader_1.default {
      constructor(_root, _settings) {
        super(_root, _settings);
        this._settings = _settings;
        this._scandir = fsScandir.scandir;
        this._emitter = new events_1.EventEmitter();
        this._queue = fastq(this._worker.bind(this), this._settings.concurrency);
        this._isFatalError = false;
        this._isDestroyed = false;
        this._queue.drain = () => {
          if (!this._isFatalError) {
            this._emitter.emit("end");
          }
        };
      }
      read() {
        this._isFatalError = false;
        this._isDestroyed = false;
        setImmediate(() => {
          this._pushToQueue(this._root, this._settings.basePath);
        });
        return this._emitter;
      }
      get isDestroyed() {
        return this._isDestroyed;
      }
      destroy() {
        if (this._isDestroyed) {
          throw new Error("The reader is already destroyed");
        }
        this._isDestroyed = true;
        this._queue.killAndDrain();
      }
      onEntry(callback) {
        this._emitter.on("entry", callback);
      }
      onError(callback) {
        this._emitter.once("error", callback);
      }
      onEnd(callback) {
        this._emitter.once("end", callback);
      }
      _pushToQueue(directory, base) {
        const queueItem = { directory, base };
        this._queue.push(queueItem, (error) => {
          if (error !== null) {
            this._handleError(error);
          }
        });
      }
      _worker(item, done) {
        this._scandir(item.directory, this._settings.fsScandirSettings, (error, entries) => {
          if (error !== null) {
            done(error, void 0);
            return;
          }
          for (const entry of entries) {
            this._handleEntry(entry, item.base);
          }
          done(null, void 0);
        });
      }
      _handleError(error) {
        if (this._isDestroyed || !common.isFatalError(this._settings, error)) {
          return;
        }
        this._isFatalError = true;
        this._isDestroyed = true;
        this._emitter.emit("error", error);
      }
      _handleEntry(entry, base) {
        if (this._isDestroyed || this._isFatalError) {
          return;
        }
        const fullpath = entry.path;
        if (base !== void 0) {
          entry.path = common.joinPathSegments(base, entry.name, this._settings.pathSegmentSeparator);
        }
        if (common.isAppliedFilter(this._settings.entryFilter, entry)) {
          this._emitEntry(entry);
        }
        if (entry.dirent.isDirectory() && common.isAppliedFilter(this._settings.deepFilter, entry)) {
          this._pushToQueue(fullpath, base === void 0 ? void 0 : entry.path);
        }
      }
      _emitEntry(entry) {
        this._emitter.emit("entry", entry);
      }
    };
    exports.default = AsyncReader;
  }
});

// node_modules/@nodelib/fs.walk/out/providers/async.js
var require_async4 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/providers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var async_1 = require_async3();
    var AsyncProvider = class {
      constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._reader = new async_1.default(this._root, this._settings);
        this._storage = [];
      }
      read(callback) {
        this._reader.onError((error) => {
          callFailureCallback(callback, error);
        });
        this._reader.onEntry((entry) => {
          this._storage.push(entry);
        });
        this._reader.onEnd(() => {
          callSuccessCallback(callback, this._storage);
        });
        this._reader.read();
      }
    };
    exports.default = AsyncProvider;
    function callFailureCallback(callback, error) {
      callback(error);
    }
    function callSuccessCallback(callback, entries) {
      callback(null, entries);
    }
  }
});

// node_modules/@nodelib/fs.walk/out/providers/stream.js
var require_stream2 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/providers/stream.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var stream_1 = __require("stream");
    var async_1 = require_async3();
    var StreamProvider = class {
      constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._reader = new async_1.default(this._root, this._settings);
        this._stream = new stream_1.Readable({
          objectMode: true,
          read: () => {
          },
          destroy: () => {
            if (!this._reader.isDestroyed) {
              this._reader.destroy();
            }
          }
        });
      }
      read() {
        this._reader.onError((error) => {
          this._stream.emit("error", error);
        });
        this._reader.onEntry((entry) => {
          this._stream.push(entry);
        });
        this._reader.onEnd(() => {
          this._stream.push(null);
        });
        this._reader.read();
        return this._stream;
      }
    };
    exports.default = StreamProvider;
  }
});

// node_modules/@nodelib/fs.walk/out/readers/sync.js
var require_sync3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/readers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var fsScandir = require_out2();
    var common = require_common2();
    var reader_1 = require_reader();
    var SyncReader = class extends reader_1.default {
      constructor() {
        super(...arguments);
        this._scandir = fsScandir.scandirSync;
        this._storage = [];
        this._queue = /* @__PURE__ */ new Set();
      }
      read() {
        this._pushToQueue(this._root, this._settings.basePath);
        this._handleQueue();
        return this._storage;
      }
      _pushToQueue(directory, base) {
        this._queue.add({ directory, base });
      }
      _handleQueue() {
        for (const item of this._queue.values()) {
          this._handleDirectory(item.directory, item.base);
        }
      }
      _handleDirectory(directory, base) {
        try {
          const entries = this._scandir(directory, this._settings.fsScandirSettings);
          for (const entry of entries) {
            this._handleEntry(entry, base);
          }
        } catch (error) {
          this._handleError(error);
        }
      }
      _handleError(error) {
        if (!common.isFatalError(this._settings, error)) {
          return;
        }
        throw error;
      }
      _handleEntry(entry, base) {
        const fullpath = entry.path;
        if (base !== void 0) {
          entry.path = common.joinPathSegments(base, entry.name, this._settings.pathSegmentSeparator);
        }
        if (common.isAppliedFilter(this._settings.entryFilter, entry)) {
          this._pushToStorage(entry);
        }
        if (entry.dirent.isDirectory() && common.isAppliedFilter(this._settings.deepFilter, entry)) {
          this._pushToQueue(fullpath, base === void 0 ? void 0 : entry.path);
        }
      }
      _pushToStorage(entry) {
        this._storage.push(entry);
      }
    };
    exports.default = SyncReader;
  }
});

// node_modules/@nodelib/fs.walk/out/providers/sync.js
var require_sync4 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/providers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var sync_1 = require_sync3();
    var SyncProvider = class {
      constructor(_root, _settings) {
        this._root = _root;
        this._settings = _settings;
        this._reader = new sync_1.default(this._root, this._settings);
      }
      read() {
        return this._reader.read();
      }
    };
    exports.default = SyncProvider;
  }
});

// node_modules/@nodelib/fs.walk/out/settings.js
var require_settings3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/settings.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var path = __require("path");
    var fsScandir = require_out2();
    var Settings = class {
      constructor(_options = {}) {
        this._options = _options;
        this.basePath = this._getValue(this._options.basePath, void 0);
        this.concurrency = this._getValue(this._options.concurrency, Number.POSITIVE_INFINITY);
        this.deepFilter = this._getValue(this._options.deepFilter, null);
        this.entryFilter = this._getValue(this._options.entryFilter, null);
        this.errorFilter = this._getValue(this._options.errorFilter, null);
        this.pathSegmentSeparator = this._getValue(this._options.pathSegmentSeparator, path.sep);
        this.fsScandirSettings = new fsScandir.Settings({
          followSymbolicLinks: this._options.followSymbolicLinks,
          fs: this._options.fs,
          pathSegmentSeparator: this._options.pathSegmentSeparator,
          stats: this._options.stats,
          throwErrorOnBrokenSymbolicLink: this._options.throwErrorOnBrokenSymbolicLink
        });
      }
      _getValue(option, value) {
        return option !== null && option !== void 0 ? option : value;
      }
    };
    exports.default = Settings;
  }
});

// node_modules/@nodelib/fs.walk/out/index.js
var require_out3 = __commonJS({
  "node_modules/@nodelib/fs.walk/out/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.Settings = exports.walkStream = exports.walkSync = exports.walk = void 0;
    var async_1 = require_async4();
    var stream_1 = require_stream2();
    var sync_1 = require_sync4();
    var settings_1 = require_settings3();
    exports.Settings = settings_1.default;
    function walk(directory, optionsOrSettingsOrCallback, callback) {
      if (typeof optionsOrSettingsOrCallback === "function") {
        new async_1.default(directory, getSettings()).read(optionsOrSettingsOrCallback);
        return;
      }
      new async_1.default(directory, getSettings(optionsOrSettingsOrCallback)).read(callback);
    }
    exports.walk = walk;
    function walkSync(directory, optionsOrSettings) {
      const settings = getSettings(optionsOrSettings);
      const provider = new sync_1.default(directory, settings);
      return provider.read();
    }
    exports.walkSync = walkSync;
    function walkStream(directory, optionsOrSettings) {
      const settings = getSettings(optionsOrSettings);
      const provider = new stream_1.default(directory, settings);
      return provider.read();
    }
    exports.walkStream = walkStream;
    function getSettings(settingsOrOptions = {}) {
      if (settingsOrOptions instanceof settings_1.default) {
        return settingsOrOptions;
      }
      return new settings_1.default(settingsOrOptions);
    }
  }
});

// node_modules/fast-glob/out/readers/reader.js
var require_reader2 = __commonJS({
  "node_modules/fast-glob/out/readers/reader.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var path = __require("path");
    var fsStat = require_out();
    var utils = require_utils3();
    var Reader = class {
      constructor(_settings) {
        this._settings = _settings;
        this._fsStatSettings = new fsStat.Settings({
          followSymbolicLink: this._settings.followSymbolicLinks,
          fs: this._settings.fs,
          throwErrorOnBrokenSymbolicLink: this._settings.followSymbolicLinks
        });
      }
      _getFullEntryPath(filepath) {
        return path.resolve(this._settings.cwd, filepath);
      }
      _makeEntry(stats, pattern) {
        const entry = {
          name: pattern,
          path: pattern,
          dirent: utils.fs.createDirentFromStats(pattern, stats)
        };
        if (this._settings.stats) {
          entry.stats = stats;
        }
        return entry;
      }
      _isFatalError(error) {
        return !utils.errno.isEnoentCodeError(error) && !this._settings.suppressErrors;
      }
    };
    exports.default = Reader;
  }
});

// node_modules/fast-glob/out/readers/stream.js
var require_stream3 = __commonJS({
  "node_modules/fast-glob/out/readers/stream.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var stream_1 = __require("stream");
    var fsStat = require_out();
    var fsWalk = require_out3();
    var reader_1 = require_reader2();
    var ReaderStream = class extends reader_1.default {
      constructor() {
        super(...arguments);
        this._walkStream = fsWalk.walkStream;
        this._stat = fsStat.stat;
      }
      dynamic(root, options) {
        return this._walkStream(root, options);
      }
      static(patterns, options) {
        const filepaths = patterns.map(this._getFullEntryPath, this);
        const stream = new stream_1.PassThrough({ objectMode: true });
        stream._write = (index, _enc, done) => {
          return this._getEntry(filepaths[index], patterns[index], options).then((entry) => {
            if (entry !== null && options.entryFilter(entry)) {
              stream.push(entry);
            }
            if (index === filepaths.length - 1) {
              stream.end();
            }
            done();
          }).catch(done);
        };
        for (let i = 0; i < filepaths.length; i++) {
          stream.write(i);
        }
        return stream;
      }
      _getEntry(filepath, pattern, options) {
        return this._getStat(filepath).then((stats) => this._makeEntry(stats, pattern)).catch((error) => {
          if (options.errorFilter(error)) {
            return null;
          }
          throw error;
        });
      }
      _getStat(filepath) {
        return new Promise((resolve9, reject) => {
          this._stat(filepath, this._fsStatSettings, (error, stats) => {
            return error === null ? resolve9(stats) : reject(error);
          });
        });
      }
    };
    exports.default = ReaderStream;
  }
});

// node_modules/fast-glob/out/readers/async.js
var require_async5 = __commonJS({
  "node_modules/fast-glob/out/readers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var fsWalk = require_out3();
    var reader_1 = require_reader2();
    var stream_1 = require_stream3();
    var ReaderAsync = class extends reader_1.default {
      constructor() {
        super(...arguments);
        this._walkAsync = fsWalk.walk;
        this._readerStream = new stream_1.default(this._settings);
      }
      dynamic(root, options) {
        return new Promise((resolve9, reject) => {
          this._walkAsync(root, options, (error, entries) => {
            if (error === null) {
              resolve9(entries);
            } else {
              reject(error);
            }
          });
        });
      }
      async static(patterns, options) {
        const entries = [];
        const stream = this._readerStream.static(patterns, options);
        return new Promise((resolve9, reject) => {
          stream.once("error", reject);
          stream.on("data", (entry) => entries.push(entry));
          stream.once("end", () => resolve9(entries));
        });
      }
    };
    exports.default = ReaderAsync;
  }
});

// node_modules/fast-glob/out/providers/matchers/matcher.js
var require_matcher = __commonJS({
  "node_modules/fast-glob/out/providers/matchers/matcher.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var utils = require_utils3();
    var Matcher = class {
      constructor(_patterns, _settings, _micromatchOptions) {
        this._patterns = _patterns;
        this._settings = _settings;
        this._micromatchOptions = _micromatchOptions;
        this._storage = [];
        this._fillStorage();
      }
      _fillStorage() {
        for (const pattern of this._patterns) {
          const segments = this._getPatternSegments(pattern);
          const sections = this._splitSegmentsIntoSections(segments);
          this._storage.push({
            complete: sections.length <= 1,
            pattern,
            segments,
            sections
          });
        }
      }
      _getPatternSegments(pattern) {
        const parts = utils.pattern.getPatternParts(pattern, this._micromatchOptions);
        return parts.map((part) => {
          const dynamic = utils.pattern.isDynamicPattern(part, this._settings);
          if (!dynamic) {
            return {
              dynamic: false,
              pattern: part
            };
          }
          return {
            dynamic: true,
            pattern: part,
            patternRe: utils.pattern.makeRe(part, this._micromatchOptions)
          };
        });
      }
      _splitSegmentsIntoSections(segments) {
        return utils.array.splitWhen(segments, (segment) => segment.dynamic && utils.pattern.hasGlobStar(segment.pattern));
      }
    };
    exports.default = Matcher;
  }
});

// node_modules/fast-glob/out/providers/matchers/partial.js
var require_partial = __commonJS({
  "node_modules/fast-glob/out/providers/matchers/partial.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var matcher_1 = require_matcher();
    var PartialMatcher = class extends matcher_1.default {
      match(filepath) {
        const parts = filepath.split("/");
        const levels = parts.length;
        const patterns = this._storage.filter((info) => !info.complete || info.segments.length > levels);
        for (const pattern of patterns) {
          const section = pattern.sections[0];
          if (!pattern.complete && levels > section.length) {
            return true;
          }
          const match = parts.every((part, index) => {
            const segment = pattern.segments[index];
            if (segment.dynamic && segment.patternRe.test(part)) {
              return true;
            }
            if (!segment.dynamic && segment.pattern === part) {
              return true;
            }
            return false;
          });
          if (match) {
            return true;
          }
        }
        return false;
      }
    };
    exports.default = PartialMatcher;
  }
});

// node_modules/fast-glob/out/providers/filters/deep.js
var require_deep = __commonJS({
  "node_modules/fast-glob/out/providers/filters/deep.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var utils = require_utils3();
    var partial_1 = require_partial();
    var DeepFilter = class {
      constructor(_settings, _micromatchOptions) {
        this._settings = _settings;
        this._micromatchOptions = _micromatchOptions;
      }
      getFilter(basePath, positive, negative) {
        const matcher = this._getMatcher(positive);
        const negativeRe = this._getNegativePatternsRe(negative);
        return (entry) => this._filter(basePath, entry, matcher, negativeRe);
      }
      _getMatcher(patterns) {
        return new partial_1.default(patterns, this._settings, this._micromatchOptions);
      }
      _getNegativePatternsRe(patterns) {
        const affectDepthOfReadingPatterns = patterns.filter(utils.pattern.isAffectDepthOfReadingPattern);
        return utils.pattern.convertPatternsToRe(affectDepthOfReadingPatterns, this._micromatchOptions);
      }
      _filter(basePath, entry, matcher, negativeRe) {
        if (this._isSkippedByDeep(basePath, entry.path)) {
          return false;
        }
        if (this._isSkippedSymbolicLink(entry)) {
          return false;
        }
        const filepath = utils.path.removeLeadingDotSegment(entry.path);
        if (this._isSkippedByPositivePatterns(filepath, matcher)) {
          return false;
        }
        return this._isSkippedByNegativePatterns(filepath, negativeRe);
      }
      _isSkippedByDeep(basePath, entryPath) {
        if (this._settings.deep === Infinity) {
          return false;
        }
        return this._getEntryLevel(basePath, entryPath) >= this._settings.deep;
      }
      _getEntryLevel(basePath, entryPath) {
        const entryPathDepth = entryPath.split("/").length;
        if (basePath === "") {
          return entryPathDepth;
        }
        const basePathDepth = basePath.split("/").length;
        return entryPathDepth - basePathDepth;
      }
      _isSkippedSymbolicLink(entry) {
        return !this._settings.followSymbolicLinks && entry.dirent.isSymbolicLink();
      }
      _isSkippedByPositivePatterns(entryPath, matcher) {
        return !this._settings.baseNameMatch && !matcher.match(entryPath);
      }
      _isSkippedByNegativePatterns(entryPath, patternsRe) {
        return !utils.pattern.matchAny(entryPath, patternsRe);
      }
    };
    exports.default = DeepFilter;
  }
});

// node_modules/fast-glob/out/providers/filters/entry.js
var require_entry = __commonJS({
  "node_modules/fast-glob/out/providers/filters/entry.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var utils = require_utils3();
    var EntryFilter = class {
      constructor(_settings, _micromatchOptions) {
        this._settings = _settings;
        this._micromatchOptions = _micromatchOptions;
        this.index = /* @__PURE__ */ new Map();
      }
      getFilter(positive, negative) {
        const [absoluteNegative, relativeNegative] = utils.pattern.partitionAbsoluteAndRelative(negative);
        const patterns = {
          positive: {
            all: utils.pattern.convertPatternsToRe(positive, this._micromatchOptions)
          },
          negative: {
            absolute: utils.pattern.convertPatternsToRe(absoluteNegative, Object.assign(Object.assign({}, this._micromatchOptions), { dot: true })),
            relative: utils.pattern.convertPatternsToRe(relativeNegative, Object.assign(Object.assign({}, this._micromatchOptions), { dot: true }))
          }
        };
        return (entry) => this._filter(entry, patterns);
      }
      _filter(entry, patterns) {
        const filepath = utils.path.removeLeadingDotSegment(entry.path);
        if (this._settings.unique && this._isDuplicateEntry(filepath)) {
          return false;
        }
        if (this._onlyFileFilter(entry) || this._onlyDirectoryFilter(entry)) {
          return false;
        }
        const isMatched = this._isMatchToPatternsSet(filepath, patterns, entry.dirent.isDirectory());
        if (this._settings.unique && isMatched) {
          this._createIndexRecord(filepath);
        }
        return isMatched;
      }
      _isDuplicateEntry(filepath) {
        return this.index.has(filepath);
      }
      _createIndexRecord(filepath) {
        this.index.set(filepath, void 0);
      }
      _onlyFileFilter(entry) {
        return this._settings.onlyFiles && !entry.dirent.isFile();
      }
      _onlyDirectoryFilter(entry) {
        return this._settings.onlyDirectories && !entry.dirent.isDirectory();
      }
      _isMatchToPatternsSet(filepath, patterns, isDirectory) {
        const isMatched = this._isMatchToPatterns(filepath, patterns.positive.all, isDirectory);
        if (!isMatched) {
          return false;
        }
        const isMatchedByRelativeNegative = this._isMatchToPatterns(filepath, patterns.negative.relative, isDirectory);
        if (isMatchedByRelativeNegative) {
          return false;
        }
        const isMatchedByAbsoluteNegative = this._isMatchToAbsoluteNegative(filepath, patterns.negative.absolute, isDirectory);
        if (isMatchedByAbsoluteNegative) {
          return false;
        }
        return true;
      }
      _isMatchToAbsoluteNegative(filepath, patternsRe, isDirectory) {
        if (patternsRe.length === 0) {
          return false;
        }
        const fullpath = utils.path.makeAbsolute(this._settings.cwd, filepath);
        return this._isMatchToPatterns(fullpath, patternsRe, isDirectory);
      }
      _isMatchToPatterns(filepath, patternsRe, isDirectory) {
        if (patternsRe.length === 0) {
          return false;
        }
        const isMatched = utils.pattern.matchAny(filepath, patternsRe);
        if (!isMatched && isDirectory) {
          return utils.pattern.matchAny(filepath + "/", patternsRe);
        }
        return isMatched;
      }
    };
    exports.default = EntryFilter;
  }
});

// node_modules/fast-glob/out/providers/filters/error.js
var require_error = __commonJS({
  "node_modules/fast-glob/out/providers/filters/error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var utils = require_utils3();
    var ErrorFilter = class {
      constructor(_settings) {
        this._settings = _settings;
      }
      getFilter() {
        return (error) => this._isNonFatalError(error);
      }
      _isNonFatalError(error) {
        return utils.errno.isEnoentCodeError(error) || this._settings.suppressErrors;
      }
    };
    exports.default = ErrorFilter;
  }
});

// node_modules/fast-glob/out/providers/transformers/entry.js
var require_entry2 = __commonJS({
  "node_modules/fast-glob/out/providers/transformers/entry.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var utils = require_utils3();
    var EntryTransformer = class {
      constructor(_settings) {
        this._settings = _settings;
      }
      getTransformer() {
        return (entry) => this._transform(entry);
      }
      _transform(entry) {
        let filepath = entry.path;
        if (this._settings.absolute) {
          filepath = utils.path.makeAbsolute(this._settings.cwd, filepath);
          filepath = utils.path.unixify(filepath);
        }
        if (this._settings.markDirectories && entry.dirent.isDirectory()) {
          filepath += "/";
        }
        if (!this._settings.objectMode) {
          return filepath;
        }
        return Object.assign(Object.assign({}, entry), { path: filepath });
      }
    };
    exports.default = EntryTransformer;
  }
});

// node_modules/fast-glob/out/providers/provider.js
var require_provider = __commonJS({
  "node_modules/fast-glob/out/providers/provider.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var path = __require("path");
    var deep_1 = require_deep();
    var entry_1 = require_entry();
    var error_1 = require_error();
    var entry_2 = require_entry2();
    var Provider = class {
      constructor(_settings) {
        this._settings = _settings;
        this.errorFilter = new error_1.default(this._settings);
        this.entryFilter = new entry_1.default(this._settings, this._getMicromatchOptions());
        this.deepFilter = new deep_1.default(this._settings, this._getMicromatchOptions());
        this.entryTransformer = new entry_2.default(this._settings);
      }
      _getRootDirectory(task) {
        return path.resolve(this._settings.cwd, task.base);
      }
      _getReaderOptions(task) {
        const basePath = task.base === "." ? "" : task.base;
        return {
          basePath,
          pathSegmentSeparator: "/",
          concurrency: this._settings.concurrency,
          deepFilter: this.deepFilter.getFilter(basePath, task.positive, task.negative),
          entryFilter: this.entryFilter.getFilter(task.positive, task.negative),
          errorFilter: this.errorFilter.getFilter(),
          followSymbolicLinks: this._settings.followSymbolicLinks,
          fs: this._settings.fs,
          stats: this._settings.stats,
          throwErrorOnBrokenSymbolicLink: this._settings.throwErrorOnBrokenSymbolicLink,
          transform: this.entryTransformer.getTransformer()
        };
      }
      _getMicromatchOptions() {
        return {
          dot: this._settings.dot,
          matchBase: this._settings.baseNameMatch,
          nobrace: !this._settings.braceExpansion,
          nocase: !this._settings.caseSensitiveMatch,
          noext: !this._settings.extglob,
          noglobstar: !this._settings.globstar,
          posix: true,
          strictSlashes: false
        };
      }
    };
    exports.default = Provider;
  }
});

// node_modules/fast-glob/out/providers/async.js
var require_async6 = __commonJS({
  "node_modules/fast-glob/out/providers/async.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var async_1 = require_async5();
    var provider_1 = require_provider();
    var ProviderAsync = class extends provider_1.default {
      constructor() {
        super(...arguments);
        this._reader = new async_1.default(this._settings);
      }
      async read(task) {
        const root = this._getRootDirectory(task);
        const options = this._getReaderOptions(task);
        const entries = await this.api(root, task, options);
        return entries.map((entry) => options.transform(entry));
      }
      api(root, task, options) {
        if (task.dynamic) {
          return this._reader.dynamic(root, options);
        }
        return this._reader.static(task.patterns, options);
      }
    };
    exports.default = ProviderAsync;
  }
});

// node_modules/fast-glob/out/providers/stream.js
var require_stream4 = __commonJS({
  "node_modules/fast-glob/out/providers/stream.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var stream_1 = __require("stream");
    var stream_2 = require_stream3();
    var provider_1 = require_provider();
    var ProviderStream = class extends provider_1.default {
      constructor() {
        super(...arguments);
        this._reader = new stream_2.default(this._settings);
      }
      read(task) {
        const root = this._getRootDirectory(task);
        const options = this._getReaderOptions(task);
        const source = this.api(root, task, options);
        const destination = new stream_1.Readable({ objectMode: true, read: () => {
        } });
        source.once("error", (error) => destination.emit("error", error)).on("data", (entry) => destination.emit("data", options.transform(entry))).once("end", () => destination.emit("end"));
        destination.once("close", () => source.destroy());
        return destination;
      }
      api(root, task, options) {
        if (task.dynamic) {
          return this._reader.dynamic(root, options);
        }
        return this._reader.static(task.patterns, options);
      }
    };
    exports.default = ProviderStream;
  }
});

// node_modules/fast-glob/out/readers/sync.js
var require_sync5 = __commonJS({
  "node_modules/fast-glob/out/readers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var fsStat = require_out();
    var fsWalk = require_out3();
    var reader_1 = require_reader2();
    var ReaderSync = class extends reader_1.default {
      constructor() {
        super(...arguments);
        this._walkSync = fsWalk.walkSync;
        this._statSync = fsStat.statSync;
      }
      dynamic(root, options) {
        return this._walkSync(root, options);
      }
      static(patterns, options) {
        const entries = [];
        for (const pattern of patterns) {
          const filepath = this._getFullEntryPath(pattern);
          const entry = this._getEntry(filepath, pattern, options);
          if (entry === null || !options.entryFilter(entry)) {
            continue;
          }
          entries.push(entry);
        }
        return entries;
      }
      _getEntry(filepath, pattern, options) {
        try {
          const stats = this._getStat(filepath);
          return this._makeEntry(stats, pattern);
        } catch (error) {
          if (options.errorFilter(error)) {
            return null;
          }
          throw error;
        }
      }
      _getStat(filepath) {
        return this._statSync(filepath, this._fsStatSettings);
      }
    };
    exports.default = ReaderSync;
  }
});

// node_modules/fast-glob/out/providers/sync.js
var require_sync6 = __commonJS({
  "node_modules/fast-glob/out/providers/sync.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var sync_1 = require_sync5();
    var provider_1 = require_provider();
    var ProviderSync = class extends provider_1.default {
      constructor() {
        super(...arguments);
        this._reader = new sync_1.default(this._settings);
      }
      read(task) {
        const root = this._getRootDirectory(task);
        const options = this._getReaderOptions(task);
        const entries = this.api(root, task, options);
        return entries.map(options.transform);
      }
      api(root, task, options) {
        if (task.dynamic) {
          return this._reader.dynamic(root, options);
        }
        return this._reader.static(task.patterns, options);
      }
    };
    exports.default = ProviderSync;
  }
});

// node_modules/fast-glob/out/settings.js
var require_settings4 = __commonJS({
  "node_modules/fast-glob/out/settings.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DEFAULT_FILE_SYSTEM_ADAPTER = void 0;
    var fs = __require("fs");
    var os = __require("os");
    var CPU_COUNT = Math.max(os.cpus().length, 1);
    exports.DEFAULT_FILE_SYSTEM_ADAPTER = {
      lstat: fs.lstat,
      lstatSync: fs.lstatSync,
      stat: fs.stat,
      statSync: fs.statSync,
      readdir: fs.readdir,
      readdirSync: fs.readdirSync
    };
    var Settings = class {
      constructor(_options = {}) {
        this._options = _options;
        this.absolute = this._getValue(this._options.absolute, false);
        this.baseNameMatch = this._getValue(this._options.baseNameMatch, false);
        this.braceExpansion = this._getValue(this._options.braceExpansion, true);
        this.caseSensitiveMatch = this._getValue(this._options.caseSensitiveMatch, true);
        this.concurrency = this._getValue(this._options.concurrency, CPU_COUNT);
        this.cwd = this._getValue(this._options.cwd, process.cwd());
        this.deep = this._getValue(this._options.deep, Infinity);
        this.dot = this._getValue(this._options.dot, false);
        this.extglob = this._getValue(this._options.extglob, true);
        this.followSymbolicLinks = this._getValue(this._options.followSymbolicLinks, true);
        this.fs = this._getFileSystemMethods(this._options.fs);
        this.globstar = this._getValue(this._options.globstar, true);
        this.ignore = this._getValue(this._options.ignore, []);
        this.markDirectories = this._getValue(this._options.markDirectories, false);
        this.objectMode = this._getValue(this._options.objectMode, false);
        this.onlyDirectories = this._getValue(this._options.onlyDirectories, false);
        this.onlyFiles = this._getValue(this._options.onlyFiles, true);
        this.stats = this._getValue(this._options.stats, false);
        this.suppressErrors = this._getValue(this._options.suppressErrors, false);
        this.throwErrorOnBrokenSymbolicLink = this._getValue(this._options.throwErrorOnBrokenSymbolicLink, false);
        this.unique = this._getValue(this._options.unique, true);
        if (this.onlyDirectories) {
          this.onlyFiles = false;
        }
        if (this.stats) {
          this.objectMode = true;
        }
        this.ignore = [].concat(this.ignore);
      }
      _getValue(option, value) {
        return option === void 0 ? value : option;
      }
      _getFileSystemMethods(methods = {}) {
        return Object.assign(Object.assign({}, exports.DEFAULT_FILE_SYSTEM_ADAPTER), methods);
      }
    };
    exports.default = Settings;
  }
});

// node_modules/fast-glob/out/index.js
var require_out4 = __commonJS({
  "node_modules/fast-glob/out/index.js"(exports, module) {
    "use strict";
    var taskManager = require_tasks();
    var async_1 = require_async6();
    var stream_1 = require_stream4();
    var sync_1 = require_sync6();
    var settings_1 = require_settings4();
    var utils = require_utils3();
    async function FastGlob(source, options) {
      assertPatternsInput(source);
      const works = getWorks(source, async_1.default, options);
      const result = await Promise.all(works);
      return utils.array.flatten(result);
    }
    (function(FastGlob2) {
      FastGlob2.glob = FastGlob2;
      FastGlob2.globSync = sync;
      FastGlob2.globStream = stream;
      FastGlob2.async = FastGlob2;
      function sync(source, options) {
        assertPatternsInput(source);
        const works = getWorks(source, sync_1.default, options);
        return utils.array.flatten(works);
      }
      FastGlob2.sync = sync;
      function stream(source, options) {
        assertPatternsInput(source);
        const works = getWorks(source, stream_1.default, options);
        return utils.stream.merge(works);
      }
      FastGlob2.stream = stream;
      function generateTasks(source, options) {
        assertPatternsInput(source);
        const patterns = [].concat(source);
        const settings = new settings_1.default(options);
        return taskManager.generate(patterns, settings);
      }
      FastGlob2.generateTasks = generateTasks;
      function isDynamicPattern(source, options) {
        assertPatternsInput(source);
        const settings = new settings_1.default(options);
        return utils.pattern.isDynamicPattern(source, settings);
      }
      FastGlob2.isDynamicPattern = isDynamicPattern;
      function escapePath(source) {
        assertPatternsInput(source);
        return utils.path.escape(source);
      }
      FastGlob2.escapePath = escapePath;
      function convertPathToPattern(source) {
        assertPatternsInput(source);
        return utils.path.convertPathToPattern(source);
      }
      FastGlob2.convertPathToPattern = convertPathToPattern;
      let posix;
      (function(posix2) {
        function escapePath2(source) {
          assertPatternsInput(source);
          return utils.path.escapePosixPath(source);
        }
        posix2.escapePath = escapePath2;
        function convertPathToPattern2(source) {
          assertPatternsInput(source);
          return utils.path.convertPosixPathToPattern(source);
        }
        posix2.convertPathToPattern = convertPathToPattern2;
      })(posix = FastGlob2.posix || (FastGlob2.posix = {}));
      let win32;
      (function(win322) {
        function escapePath2(source) {
          assertPatternsInput(source);
          return utils.path.escapeWindowsPath(source);
        }
        win322.escapePath = escapePath2;
        function convertPathToPattern2(source) {
          assertPatternsInput(source);
          return utils.path.convertWindowsPathToPattern(source);
        }
        win322.convertPathToPattern = convertPathToPattern2;
      })(win32 = FastGlob2.win32 || (FastGlob2.win32 = {}));
    })(FastGlob || (FastGlob = {}));
    function getWorks(source, _Provider, options) {
      const patterns = [].concat(source);
      const settings = new settings_1.default(options);
      const tasks = taskManager.generate(patterns, settings);
      const provider = new _Provider(settings);
      return tasks.map(provider.read, provider);
    }
    function assertPatternsInput(input) {
      const source = [].concat(input);
      const isValidSource = source.every((item) => utils.string.isString(item) && !utils.string.isEmpty(item));
      if (!isValidSource) {
        throw new TypeError("Patterns must be a string (non empty) or an array of strings");
      }
    }
    module.exports = FastGlob;
  }
});

// node_modules/parse-diff/index.js
var require_parse_diff = __commonJS({
  "node_modules/parse-diff/index.js"(exports, module) {
    module.exports = (n) => {
      if (!n) return [];
      if (typeof n != "string" || n.match(/^\s+$/)) return [];
      const s = n.split(`
`);
      if (s.length === 0) return [];
      const a = [];
      let o = null, d = null, u = 0, m = 0, l = null;
      const g = (e) => {
        d?.changes.push({ type: "normal", normal: true, ln1: u++, ln2: m++, content: e }), l.oldLines--, l.newLines--;
      }, p = (e) => {
        const [t, r] = parseFiles(e) ?? [];
        o = { chunks: [], deletions: 0, additions: 0, from: t, to: r }, a.push(o);
      }, i = () => {
        (!o || o.chunks.length) && p();
      }, $ = (e, t) => {
        i(), o.new = true, o.newMode = t[1], o.from = "/dev/null";
      }, N = (e, t) => {
        i(), o.deleted = true, o.oldMode = t[1], o.to = "/dev/null";
      }, x = (e, t) => {
        i(), o.oldMode = t[1];
      }, F = (e, t) => {
        i(), o.newMode = t[1];
      }, S = (e, t) => {
        i(), o.index = e.split(" ").slice(1), t[1] && (o.oldMode = o.newMode = t[1].trim());
      }, k = (e) => {
        i(), o.from = parseOldOrNewFile(e);
      }, y = (e) => {
        i(), o.to = parseOldOrNewFile(e);
      }, f = (e) => +(e || 1), M = (e, t) => {
        o || p(e);
        const [r, c, w, L] = t.slice(1);
        u = +r, m = +w, d = { content: e, changes: [], oldStart: +r, oldLines: f(c), newStart: +w, newLines: f(L) }, l = { oldLines: f(c), newLines: f(L) }, o.chunks.push(d);
      }, R = (e) => {
        d && (d.changes.push({ type: "del", del: true, ln: u++, content: e }), o.deletions++, l.oldLines--);
      }, b = (e) => {
        d && (d.changes.push({ type: "add", add: true, ln: m++, content: e }), o.additions++, l.newLines--);
      }, h = (e) => {
        if (!d) return;
        const [t] = d.changes.slice(-1);
        d.changes.push({ type: t.type, [t.type]: true, ln1: t.ln1, ln2: t.ln2, ln: t.ln, content: e });
      }, _ = [[/^diff\s/, p], [/^new file mode (\d+)$/, $], [/^deleted file mode (\d+)$/, N], [/^old mode (\d+)$/, x], [/^new mode (\d+)$/, F], [/^index\s[\da-zA-Z]+\.\.[\da-zA-Z]+(\s(\d+))?$/, S], [/^---\s/, k], [/^\+\+\+\s/, y], [/^@@\s+-(\d+),?(\d+)?\s+\+(\d+),?(\d+)?\s@@/, M], [/^\\ No newline at end of file$/, h]], v = [[/^\\ No newline at end of file$/, h], [/^-/, R], [/^\+/, b], [/^\s*/, g]], C = (e) => {
        for (const [t, r] of v) {
          const c = e.match(t);
          if (c) {
            r(e, c);
            break;
          }
        }
        l.oldLines === 0 && l.newLines === 0 && (l = null);
      }, H = (e) => {
        for (const [t, r] of _) {
          const c = e.match(t);
          if (c) {
            r(e, c);
            break;
          }
        }
      }, O = (e) => {
        l ? C(e) : H(e);
      };
      for (const e of s) O(e);
      return a;
    };
    var fileNameDiffRegex = /(a|i|w|c|o|1|2)\/.*(?=["']? ["']?(b|i|w|c|o|1|2)\/)|(b|i|w|c|o|1|2)\/.*$/g;
    var gitFileHeaderRegex = /^(a|b|i|w|c|o|1|2)\//;
    var parseFiles = (n) => n?.match(fileNameDiffRegex)?.map((a) => a.replace(gitFileHeaderRegex, "").replace(/("|')$/, ""));
    var qoutedFileNameRegex = /^\\?['"]|\\?['"]$/g;
    var parseOldOrNewFile = (n) => {
      let s = leftTrimChars(n, "-+").trim();
      return s = removeTimeStamp(s), s.replace(qoutedFileNameRegex, "").replace(gitFileHeaderRegex, "");
    };
    var leftTrimChars = (n, s) => {
      if (n = makeString(n), !s && String.prototype.trimLeft) return n.trimLeft();
      const a = formTrimmingString(s);
      return n.replace(new RegExp(`^${a}+`), "");
    };
    var timeStampRegex = /\t.*|\d{4}-\d\d-\d\d\s\d\d:\d\d:\d\d(.\d+)?\s(\+|-)\d\d\d\d/;
    var removeTimeStamp = (n) => {
      const s = timeStampRegex.exec(n);
      return s && (n = n.substring(0, s.index).trim()), n;
    };
    var formTrimmingString = (n) => n == null ? "\\s" : n instanceof RegExp ? n.source : `[${makeString(n).replace(/([.*+?^=!:${}()|[\]/\\])/g, "\\$1")}]`;
    var makeString = (n) => `${n ?? ""}`;
  }
});

// src/cli/main.ts
import { closeSync as closeSync3, openSync as openSync3, readFileSync as readFileSync4, readSync as readSync3, statSync as statSync6 } from "node:fs";
import { join as join6, resolve as resolve8 } from "node:path";
import { parseArgs as parseArgs2 } from "node:util";

// src/cli/files.ts
var import_fast_glob = __toESM(require_out4(), 1);
import { readdirSync, realpathSync, statSync } from "node:fs";
import { isAbsolute, relative, sep } from "node:path";
var DEFAULT_EXTENSIONS = [".rst", ".md", ".markdown"];
var KNOWN_EXTENSIONS = new Set(DEFAULT_EXTENSIONS);
function parseExtensions(values) {
  const out = [];
  for (const value of values) {
    const parts = value.split(",").map((p) => p.trim());
    if (parts.every((p) => p === "")) return { problem: `--ext ${JSON.stringify(value)}: expected a comma-separated list of extensions (${DEFAULT_EXTENSIONS.join(", ")})` };
    for (const part of parts) {
      if (part === "") continue;
      const ext = (part.startsWith(".") ? part : `.${part}`).toLowerCase();
      if (!KNOWN_EXTENSIONS.has(ext)) {
        return { problem: `--ext ${value}: unknown extension '${part}' (claimlint reads ${DEFAULT_EXTENSIONS.join(", ")})` };
      }
      if (!out.includes(ext)) out.push(ext);
    }
  }
  return out;
}
var NAMED = 0;
var WALKED = 1;
var THROUGH_LINK = 2;
var fileKey = (st) => `${st.dev}:${st.ino}`;
async function expandPaths(args, opts) {
  const walk = { opts, files: /* @__PURE__ */ new Map(), directoriesSeen: /* @__PURE__ */ new Set(), errors: [], notes: [] };
  for (const arg of args) {
    let st;
    try {
      st = statSync(arg);
    } catch (err) {
      if (err.code === "ENOENT" && import_fast_glob.default.isDynamicPattern(arg)) expandGlob(arg, walk);
      else walk.errors.push(`${arg}: ${describeFsError(err)}`);
      continue;
    }
    if (st.isDirectory()) walkDirectory(arg.replace(/(?<=.)\/+$/, ""), st, walk);
    else addFile(arg, st, NAMED, walk);
  }
  const paths = [...walk.files.values()].map((c) => c.path).sort();
  return { paths, errors: walk.errors, notes: walk.notes };
}
var ignored = (path, walk) => !walk.opts.noIgnore && isIgnored(resolveConfig(path).config, path);
function addFile(path, st, rank, walk) {
  const key = fileKey(st);
  const had = walk.files.get(key);
  if (!had || rank < had.rank || rank === had.rank && path < had.path) walk.files.set(key, { path, rank });
}
var child = (dir, name) => dir.endsWith("/") ? dir + name : `${dir}/${name}`;
var byName = (a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
function isInside(real, startReal) {
  return real === startReal || real.startsWith(startReal.endsWith(sep) ? startReal : startReal + sep);
}
function followLink(path, looksLikeDocument, start, startReal, walk) {
  let real;
  let st;
  try {
    real = realpathSync.native(path);
    st = statSync(real);
  } catch (err) {
    if (looksLikeDocument) walk.errors.push(`${path}: cannot follow symbolic link: ${describeFsError(err)}`);
    return void 0;
  }
  if (!st.isDirectory() && !looksLikeDocument) return void 0;
  if (!isInside(real, startReal)) {
    walk.notes.push(`${path}: symbolic link out of ${start}; skipped`);
    return void 0;
  }
  return st;
}
function walkDirectory(start, startStat, walk) {
  const extensions = walk.opts.extensions ?? DEFAULT_EXTENSIONS;
  const isDocumentName = (name) => extensions.some((ext) => name.endsWith(ext));
  let startReal;
  try {
    startReal = realpathSync.native(start);
  } catch (err) {
    walk.errors.push(`${start}: ${describeFsError(err)}`);
    return;
  }
  const linkedDirectories = [];
  const pending = [];
  const enter = (path, st, rank) => {
    const key = fileKey(st);
    if (walk.directoriesSeen.has(key)) return false;
    walk.directoriesSeen.add(key);
    pending.push({ path, rank });
    return true;
  };
  enter(start, startStat, WALKED);
  for (; ; ) {
    const next = pending.pop() ?? nextLinked();
    if (!next) return;
    let entries;
    try {
      entries = readdirSync(next.path, { withFileTypes: true }).sort(byName);
    } catch (err) {
      walk.errors.push(`${next.path}: cannot read directory: ${describeFsError(err)}`);
      continue;
    }
    const subdirectories = [];
    for (const entry of entries) {
      if (entry.name.startsWith(".")) continue;
      const path = child(next.path, entry.name);
      const isDocument = isDocumentName(entry.name);
      if (isDocument && !entry.isDirectory() && ignored(path, walk)) continue;
      if (entry.isSymbolicLink()) {
        const st2 = followLink(path, isDocument, start, startReal, walk);
        if (st2?.isDirectory()) linkedDirectories.push({ path, st: st2 });
        else if (st2) addFile(path, st2, THROUGH_LINK, walk);
        continue;
      }
      if (!entry.isDirectory() && !isDocument) continue;
      let st;
      try {
        st = statSync(path);
      } catch (err) {
        walk.errors.push(`${path}: cannot read: ${describeFsError(err)}`);
        continue;
      }
      if (st.isDirectory()) subdirectories.push({ path, st });
      else addFile(path, st, next.rank, walk);
    }
    for (const d of subdirectories.reverse()) enter(d.path, d.st, next.rank);
  }
  function nextLinked() {
    if (!walk.opts.followSymlinks) return void 0;
    for (let link = linkedDirectories.shift(); link; link = linkedDirectories.shift()) {
      if (enter(link.path, link.st, THROUGH_LINK)) return pending.pop();
    }
    return void 0;
  }
}
function expandGlob(pattern, walk) {
  const base = import_fast_glob.default.generateTasks([pattern])[0]?.base ?? ".";
  let baseReal;
  try {
    baseReal = realpathSync.native(base);
  } catch {
    walk.errors.push(`${pattern}: no files match this pattern`);
    return;
  }
  const readdirReporting = ((path, options) => {
    try {
      return readdirSync(path, options);
    } catch (err) {
      const shown = isAbsolute(pattern) ? path : relative(process.cwd(), path) || ".";
      if (err.code !== "ENOENT") walk.errors.push(`${shown}: cannot read directory: ${describeFsError(err)}`);
      return [];
    }
  });
  const matches = import_fast_glob.default.sync(pattern, {
    onlyFiles: false,
    dot: false,
    followSymbolicLinks: false,
    objectMode: true,
    fs: { readdirSync: readdirReporting }
  });
  let files = 0;
  for (const m of matches) {
    if (m.dirent.isDirectory()) continue;
    files++;
    if (ignored(m.path, walk)) continue;
    if (m.dirent.isSymbolicLink()) {
      const st = followLink(m.path, true, base, baseReal, walk);
      if (st && !st.isDirectory()) addFile(m.path, st, THROUGH_LINK, walk);
      continue;
    }
    try {
      addFile(m.path, statSync(m.path), WALKED, walk);
    } catch (err) {
      walk.errors.push(`${m.path}: cannot read: ${describeFsError(err)}`);
    }
  }
  if (files === 0) walk.errors.push(`${pattern}: no files match this pattern`);
}

// src/cli/patch-mode.ts
import { execFileSync as execFileSync2 } from "node:child_process";
import { join as join2, resolve as resolve4 } from "node:path";

// src/patch/diff.ts
var import_parse_diff = __toESM(require_parse_diff(), 1);

// src/patch/types.ts
var PatchError = class extends Error {
  constructor(name, line, message2, column) {
    super(`${name}:${line}${column === void 0 ? "" : `:${column}`}: ${message2}`);
    this.name = name;
    this.line = line;
    this.column = column;
  }
  name;
  line;
  column;
};

// src/patch/diff.ts
var HUNK = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
function stripPrefix(p) {
  if (!p || p === "/dev/null") return void 0;
  return p.replace(/^"|"$/g, "");
}
function readDiff(lines, name) {
  if (lines.length === 0) return [];
  const parsed = (0, import_parse_diff.default)(lines.map((l) => l.text).join("\n"));
  const headerAt = fileHeaders(lines);
  const files = [];
  parsed.forEach((f, n) => {
    const start = headerAt[n] ?? 0;
    const end = headerAt[n + 1] ?? lines.length;
    const block2 = lines.slice(start, end);
    const binary = block2.some((l) => /^(?:Binary files |GIT binary patch)/.test(l.text));
    const oldPath = stripPrefix(f.from);
    const newPath = stripPrefix(f.to);
    const status = binary ? "binary" : f.new || oldPath === void 0 && newPath !== void 0 ? "added" : f.deleted || newPath === void 0 ? "deleted" : oldPath !== newPath ? "renamed" : "modified";
    const index = block2.map((l) => /^index ([0-9a-f]+)\.\.([0-9a-f]+)/.exec(l.text)).find(Boolean);
    const blob = (sha) => sha && !/^0+$/.test(sha) ? sha : void 0;
    files.push({ oldPath, newPath, status, hunks: binary ? [] : walkHunks(block2, name), line: block2[0]?.line ?? 0, oldBlob: blob(index?.[1]), newBlob: blob(index?.[2]) });
  });
  const first = lines.findIndex((l) => /^@@ -\d/.test(l.text));
  if (first >= 0 && (headerAt.length === 0 || headerAt[0] > first)) {
    throw new PatchError(name, lines[first].line, 'a hunk without a file header ("diff --git" or "---"/"+++" lines)');
  }
  return files;
}
function fileHeaders(lines) {
  const at = [];
  for (let k = 0; k < lines.length; k++) {
    const t = lines[k].text;
    const hunk = HUNK.exec(t);
    if (hunk) {
      let oldLeft = hunk[2] === void 0 ? 1 : Number(hunk[2]);
      let newLeft = hunk[4] === void 0 ? 1 : Number(hunk[4]);
      while (k + 1 < lines.length && (oldLeft > 0 || newLeft > 0)) {
        const c = lines[k + 1].text[0] ?? " ";
        if (c === "-") oldLeft--;
        else if (c === "+") newLeft--;
        else if (c === " " || c === void 0) {
          oldLeft--;
          newLeft--;
        } else if (c !== "\\") break;
        k++;
      }
      continue;
    }
    if (/^diff --git /.test(t)) {
      at.push(k);
      continue;
    }
    const prev = k > 0 ? lines[k - 1].text : "";
    if (/^--- /.test(t) && /^\+\+\+ /.test(lines[k + 1]?.text ?? "") && !/^(?:diff --git |index |new file|deleted file|similarity|rename |old mode|new mode)/.test(prev)) at.push(k);
  }
  return at;
}
function walkHunks(block2, name) {
  const hunks = [];
  let k = 0;
  while (k < block2.length) {
    const header = block2[k];
    const m = HUNK.exec(header.text);
    if (!m) {
      k++;
      continue;
    }
    const hunk = {
      oldStart: Number(m[1]),
      oldCount: m[2] === void 0 ? 1 : Number(m[2]),
      newStart: Number(m[3]),
      newCount: m[4] === void 0 ? 1 : Number(m[4]),
      line: header.line,
      changes: [],
      checked: 0
    };
    let oldLeft = hunk.oldCount;
    let newLeft = hunk.newCount;
    let oldLine = hunk.oldStart;
    let newLine = hunk.newStart;
    let realcnt = hunk.newCount + 1;
    k++;
    while (k < block2.length && (oldLeft > 0 || newLeft > 0)) {
      const l = block2[k];
      const c = l.text[0] ?? "";
      if (c === "\\") {
        if (realcnt > 1) hunk.checked++;
        else realcnt = 0;
        k++;
        continue;
      }
      let change;
      if (c === " " || l.text === "") {
        if (oldLeft === 0 || newLeft === 0) break;
        change = { kind: " ", text: l.text.slice(1), raw: l.text, line: l.line, oldLine: oldLine++, newLine: newLine++ };
        oldLeft--;
        newLeft--;
      } else if (c === "+") {
        if (newLeft === 0) break;
        change = { kind: "+", text: l.text.slice(1), raw: l.text, line: l.line, newLine: newLine++ };
        newLeft--;
      } else if (c === "-") {
        if (oldLeft === 0) break;
        change = { kind: "-", text: l.text.slice(1), raw: l.text, line: l.line, oldLine: oldLine++ };
        oldLeft--;
      } else {
        break;
      }
      if (change.kind !== "-") realcnt--;
      else if (realcnt === 1) realcnt = 0;
      if (realcnt > 0) hunk.checked++;
      hunk.changes.push(change);
      k++;
    }
    if (oldLeft > 0 || newLeft > 0) {
      const at = block2[k]?.line ?? (block2[block2.length - 1]?.line ?? header.line);
      const why = k >= block2.length ? "the hunk is truncated" : `the hunk has fewer lines than its header says`;
      throw new PatchError(name, at, `${why} ("${header.text.replace(/ @@.*/, " @@")}" expects ${hunk.oldCount} old and ${hunk.newCount} new lines; ${hunk.oldCount - oldLeft} and ${hunk.newCount - newLeft} found)`);
    }
    const next = block2[k];
    if (next && (/^[+-]/.test(next.text) || /^ \S/.test(next.text)) && !/^(?:--- |\+\+\+ |-- $)/.test(next.text)) {
      throw new PatchError(name, next.line, `the hunk has more lines than its header says ("${header.text.replace(/ @@.*/, " @@")}")`);
    }
    hunks.push(hunk);
  }
  return hunks;
}

// src/patch/post-image.ts
import { execFileSync } from "node:child_process";
import { realpathSync as realpathSync2 } from "node:fs";
import { isAbsolute as isAbsolute2, normalize, relative as relative2, resolve, sep as sep2 } from "node:path";

// src/patch/read-input.ts
import { closeSync, constants, fstatSync, openSync, readSync, statSync as statSync2 } from "node:fs";
var MAX_PATCH_BYTES = 64 * 1024 * 1024;
var MAX_PATCH_RUN_BYTES = 64 * 1024 * 1024;
var MAX_TREE_FILE_BYTES = 64 * 1024 * 1024;
var mib = (bytes) => `${bytes / (1024 * 1024)} MiB`;
var CHUNK = 1 << 20;
function readAll(fd, name, limit) {
  const chunks = [];
  let total = 0;
  for (; ; ) {
    const chunk = Buffer.allocUnsafe(CHUNK);
    let n;
    try {
      n = readSync(fd, chunk, 0, CHUNK, null);
    } catch (err) {
      throw new InputError(`${name}: cannot read: ${err.message}`);
    }
    if (n === 0) break;
    total += n;
    if (total > limit) return void 0;
    chunks.push(chunk.subarray(0, n));
  }
  return Buffer.concat(chunks, total);
}
function readPatchFile(path, limit = MAX_PATCH_BYTES) {
  let fd;
  try {
    const st = statSync2(path);
    if (st.isDirectory()) throw new InputError(`${path}: is a directory, not a patch`);
    if (st.isFile() && st.size > limit) throw new InputError(`${path}: ${st.size} bytes, larger than ${mib(limit)}, the limit for a patch input`);
    fd = openSync(path, "r");
  } catch (err) {
    if (err instanceof InputError) throw err;
    const code = err.code;
    throw new InputError(`${path}: cannot read: ${code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : err.message}`);
  }
  try {
    const buf = readAll(fd, path, limit);
    if (!buf) throw new InputError(`${path}: larger than ${mib(limit)}, the limit for a patch input`);
    return decodeText(buf, path);
  } finally {
    closeSync(fd);
  }
}
async function readPatchStream(stream, name = "-", limit = MAX_PATCH_BYTES) {
  const chunks = [];
  let total = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    total += buf.length;
    if (total > limit) throw new InputError(`${name}: larger than ${mib(limit)}, the limit for a patch input`);
    chunks.push(buf);
  }
  return decodeText(Buffer.concat(chunks, total), name);
}
function readTreeFile(full, limit = MAX_TREE_FILE_BYTES) {
  const refuse = (what) => ({ refused: what });
  const kind = (st) => st.isDirectory() ? "a directory" : st.isFIFO() ? "a named pipe" : st.isSocket() ? "a socket" : st.isCharacterDevice() || st.isBlockDevice() ? "a device" : "not a regular file";
  let fd;
  try {
    const st = statSync2(full);
    if (!st.isFile()) return refuse(`is ${kind(st)}, not a regular file`);
    if (st.size > limit) return refuse(`is larger than ${mib(limit)}`);
    fd = openSync(full, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    const code = err.code;
    if (code === "ENOENT" || code === "ENOTDIR") return void 0;
    return refuse(`cannot be read (${code === "EACCES" ? "permission denied" : err.message})`);
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return refuse(`is ${kind(st)}, not a regular file`);
    const buf = readAll(fd, full, limit);
    return buf ? { text: buf.toString("utf8") } : refuse(`is larger than ${mib(limit)}`);
  } catch (err) {
    return refuse(`cannot be read (${err.message})`);
  } finally {
    closeSync(fd);
  }
}

// src/patch/fences.ts
var FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
function proseScore(lines) {
  let score = 0;
  for (const l of lines) {
    const t = l.trim();
    if (!t) continue;
    const words = t.match(/[A-Za-z]{2,}/g)?.length ?? 0;
    if (words >= 5 && /[.:?!)]$/.test(t) && !/[{};=$]|^\W/.test(t)) score++;
    else if (/[{};=$<>|]|^[#$>-]|\(\)/.test(t) || words < 3) score--;
  }
  return score;
}
function readFences(lines, state) {
  let s = state;
  for (const l of lines) {
    const m = FENCE.exec(l);
    if (!m) continue;
    const marker = m[1];
    if (!s.open) {
      if (marker[0] !== "`" || !m[2].includes("`")) s = { open: true, char: marker[0], length: marker.length };
    } else if (marker[0] === s.char && marker.length >= s.length && !m[2].trim()) s = { open: false };
  }
  return s;
}
function startsInsideFence(lines) {
  const first = lines.findIndex((l) => FENCE.test(l));
  if (first < 0) return { inside: false };
  const m = FENCE.exec(lines[first]);
  if (m[2].trim()) return { inside: false };
  const inside = proseScore(lines.slice(first + 1)) > proseScore(lines.slice(0, first));
  return { inside, char: m[1][0], length: m[1].length };
}
function fenceLinesBefore(hunks) {
  let state = { open: false };
  return hunks.map((lines) => {
    const start = startsInsideFence(lines);
    let line;
    if (start.inside && !state.open) {
      line = start.char.repeat(start.length);
      state = { open: true, char: start.char, length: start.length };
    } else if (!start.inside && state.open) {
      line = state.char.repeat(state.length);
      state = { open: false };
    }
    state = readFences(lines, state);
    return line;
  });
}

// src/patch/post-image.ts
var MAX_HUNK_GAP_LINES = 1e6;
function safePath(p) {
  if (isAbsolute2(p) || p.includes("\0")) return void 0;
  const n = normalize(p);
  if (n === ".." || n.startsWith(`..${sep2}`) || n.split(sep2).includes("..")) return void 0;
  return n;
}
function readInTree(tree, path) {
  const full = resolve(tree, path);
  let real;
  try {
    real = realpathSync2(full);
  } catch {
    return void 0;
  }
  const rel = relative2(realpathSync2(tree), real);
  if (rel.startsWith("..") || isAbsolute2(rel)) return void 0;
  return readTreeFile(real);
}
function gitBlob(object, cwd) {
  try {
    const text = execFileSync("git", ["cat-file", "blob", "--end-of-options", object], {
      cwd,
      encoding: "utf8",
      maxBuffer: MAX_TREE_FILE_BYTES,
      stdio: ["ignore", "pipe", "ignore"]
    });
    return { text };
  } catch (err) {
    if (err.code === "ENOBUFS") return { refused: `is larger than ${mib(MAX_TREE_FILE_BYTES)}` };
    return void 0;
  }
}
function splitLines(text) {
  const lines = text.replace(/\r\n/g, "\n").split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  return lines;
}
function apply(pre, file) {
  const out = [];
  let at = 0;
  for (const h of file.hunks) {
    const start = h.oldCount === 0 ? h.oldStart : h.oldStart - 1;
    if (start < at || start > pre.length) return void 0;
    for (; at < start; at++) out.push(pre[at]);
    for (const c of h.changes) {
      if (c.kind === "+") {
        out.push(c.text);
        continue;
      }
      if (pre[at] !== c.text) return void 0;
      if (c.kind === " ") out.push(c.text);
      at++;
    }
  }
  for (; at < pre.length; at++) out.push(pre[at]);
  return out;
}
function alreadyApplied(post, file) {
  return file.hunks.every((h) => h.changes.every((c) => c.kind === "-" || post[c.newLine - 1] === c.text));
}
function treeSource(tree) {
  return {
    label: tree,
    read: (path) => readInTree(tree, path),
    // The id is hex from the patch's "index" line (readDiff keeps nothing else).
    blob: (id) => gitBlob(id, tree)
  };
}
function postImage(file, source, earlier, name = "-") {
  const added = /* @__PURE__ */ new Set();
  for (const h of file.hunks) for (const c of h.changes) if (c.kind === "+") added.add(c.newLine);
  const hunkLines = () => {
    let present = 0;
    for (const h of file.hunks) {
      if (h.newStart - 1 - present > MAX_HUNK_GAP_LINES) {
        throw new PatchError(name, h.line, `a hunk at post-image line ${h.newStart}: without the file from the tree, claimlint fills at most ${MAX_HUNK_GAP_LINES} lines before and between the hunks`);
      }
      present += h.newCount;
    }
    const lines = [];
    for (const h of file.hunks) for (const c of h.changes) if (c.kind !== "-") lines[c.newLine - 1] = c.text;
    if (syntaxOf(file.newPath ?? "") === "markdown") {
      const fences = fenceLinesBefore(file.hunks.map((h) => h.changes.filter((c) => c.kind !== "-").map((c) => c.text)));
      file.hunks.forEach((h, k) => {
        if (fences[k] !== void 0 && h.newStart > 1 && lines[h.newStart - 2] === void 0) lines[h.newStart - 2] = fences[k];
      });
    }
    return Array.from(lines, (l) => l ?? "");
  };
  const fromHunks = (limited) => ({ text: `${hunkLines().join("\n")}
`, added, limited });
  if (file.status === "added") return fromHunks();
  const newPath = file.newPath;
  const oldPath = file.oldPath ?? newPath;
  const applied = (pre) => {
    if (pre === void 0) return void 0;
    const post2 = apply(splitLines(pre), file);
    return post2 ? `${post2.join("\n")}
` : void 0;
  };
  const fromSeries = applied(earlier?.get(oldPath));
  if (fromSeries) return { text: fromSeries, added };
  const unknown = "linted from the hunks alone, so scope from outside them is unknown";
  if (!source) return fromHunks(`no tree (--no-tree): ${unknown}`);
  const blob = textOf(file.newBlob ? source.blob?.(file.newBlob) : void 0);
  if (blob !== void 0 && alreadyApplied(splitLines(blob), file)) return { text: blob, added };
  const currentFile = source.read(newPath, "new");
  const current = textOf(currentFile);
  if (current !== void 0 && alreadyApplied(splitLines(current), file)) return { text: current, added };
  const oldFile = oldPath === newPath ? currentFile : source.read(oldPath, "old");
  const post = applied(textOf(file.oldBlob ? source.blob?.(file.oldBlob) : void 0)) ?? applied(textOf(oldFile));
  if (post) return { text: post, added };
  const refused = [oldFile, currentFile].find((f) => f !== void 0 && "refused" in f);
  if (refused) return fromHunks(`${oldFile === refused ? oldPath : newPath} in ${source.label} ${refused.refused}: ${unknown}`);
  return fromHunks(oldFile === void 0 && currentFile === void 0 ? `${oldPath} is not in ${source.label}: ${unknown}` : `the hunks do not apply to ${oldPath} in ${source.label}: ${unknown}`);
}
function textOf(f) {
  return f && "text" in f ? f.text.replace(/^\uFEFF/, "") : void 0;
}

// src/patch/transfer-encoding.ts
var BASE64_CHAR = /[A-Za-z0-9+/]/;
function base64Fault(lines) {
  let unit = 0;
  let padding = 0;
  let last;
  for (const l of lines) {
    const text = l.text;
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (c === " " || c === "	" || c === "\r") continue;
      const at = { line: l.line, column: i + 1 };
      if (c === "=") {
        if (padding === 0 && unit % 4 < 2) return { ...at, message: `"=" padding where ${unit % 4 === 0 ? "no group of four characters is open" : "a group has one character"}` };
        padding++;
        if ((unit + padding) % 4 === 0) {
          unit = 0;
          padding = 0;
        }
        last = at;
        continue;
      }
      if (padding > 0) return { ...at, message: 'data inside "=" padding' };
      if (!BASE64_CHAR.test(c)) {
        const shown = /[\x21-\x7e]/.test(c) ? `"${c}"` : `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
        return { ...at, message: `${shown} is not a base64 character` };
      }
      unit++;
      last = at;
    }
  }
  if (padding > 0 || unit % 4 !== 0) {
    const at = last ?? { line: lines[0]?.line ?? 1, column: 1 };
    return { ...at, message: `the data ends inside a group of four characters (${unit % 4 + padding} of 4): truncated or missing padding` };
  }
  return void 0;
}
function quotedPrintableFault(lines) {
  for (const l of lines) {
    const text = l.text;
    for (let i = text.indexOf("="); i !== -1; i = text.indexOf("=", i + 1)) {
      if (/^[0-9A-Fa-f]{2}$/.test(text.slice(i + 1, i + 3))) {
        i += 2;
        continue;
      }
      if (i === text.length - 1) continue;
      const rest = text.slice(i, i + 3);
      const why = /^=[ \t]+$/.test(text.slice(i)) ? "is followed by spaces, not by the end of the line" : 'starts no escape ("=" and two hex digits)';
      return { line: l.line, column: i + 1, message: `"${rest.replace(/[^\x20-\x7e]/g, "?")}": "=" ${why}` };
    }
  }
  return void 0;
}
function checkTransferEncoding(encoding, body, name, mail) {
  const fault = encoding === "base64" ? base64Fault(body) : encoding === "quoted-printable" ? quotedPrintableFault(body) : void 0;
  if (!fault) return;
  throw new PatchError(name, fault.line, `invalid ${encoding} in the body of ${mail}: ${fault.message}`, fault.column);
}
function decodedLines(text) {
  const out = [];
  let byte = 0;
  const pieces = text.split("\n");
  pieces.forEach((piece, k) => {
    if (k === pieces.length - 1 && piece === "" && k > 0) return;
    out.push({ text: k < pieces.length - 1 ? piece.replace(/\r$/, "") : piece, byte });
    byte += Buffer.byteLength(piece, "utf8") + 1;
  });
  return out;
}
function decodedLineMap(encoding, raw, decoded) {
  const first = raw[0]?.line ?? 1;
  const last = raw[raw.length - 1]?.line ?? first;
  const inOrder = (k) => Math.min(first + k, last);
  if (encoding === "quoted-printable") {
    const starts = [];
    let open = false;
    for (const l of raw) {
      if (!open) starts.push(l.line);
      const feeds = l.text.match(/=0A/gi)?.length ?? 0;
      for (let n = 0; n < feeds; n++) starts.push(l.line);
      open = /=$/.test(l.text);
    }
    return decoded.length <= starts.length ? (k) => starts[k] : inOrder;
  }
  const before = [];
  let count = 0;
  for (const l of raw) {
    before.push(count);
    for (let i = 0; i < l.text.length; i++) if (BASE64_CHAR.test(l.text[i])) count++;
  }
  const lines = [];
  let r = 0;
  for (const d of decoded) {
    const char = Math.floor(d.byte / 3) * 4;
    while (r + 1 < raw.length && before[r + 1] <= char) r++;
    lines.push(raw[r]?.line ?? last);
  }
  return (k) => lines[k] ?? last;
}

// src/patch/split.ts
var MBOX_FROM = /^From (?:[0-9a-f]{40} |\S+\s+\w{3} \w{3} [ \d]\d )/;
var HEADER = /^[A-Za-z][\w-]*:/;
var DIFF_START = /^(?:diff --git |Index: |--- (?!$)\S)/;
function looksLikePatch(text) {
  if (/^diff --git a\/\S+ b\/\S+\s*$/m.test(text) || /^@@ -\d+(?:,\d+)? \+\d+(?:,\d+)? @@/m.test(text)) return true;
  return /^(?:diff --git |--- \S.*\n\+\+\+ |From [0-9a-f]{40} )/m.test(text) && /^@@ -\d/m.test(text) || /^From [0-9a-f]{40} /.test(text) || /^(?:From|Subject|Date): /m.test(text.slice(0, 2e3)) && /^diff --git /m.test(text);
}
async function splitMails(input, name) {
  const lines = input.replace(/\r\n/g, "\n").split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  const starts = [];
  lines.forEach((l, i) => {
    if (MBOX_FROM.test(l)) starts.push(i);
  });
  if (starts[0] !== 0) starts.unshift(0);
  const mails = [];
  for (let k = 0; k < starts.length; k++) {
    const from = starts[k];
    const to = starts[k + 1] ?? lines.length;
    const chunk = lines.slice(from, to).map((text, i) => ({ text, line: from + i + 1 }));
    if (chunk.every((l) => l.text.trim() === "")) continue;
    mails.push(await readMail(chunk, name));
  }
  return mails;
}
function headerValue(headers, key) {
  return headers.get(key.toLowerCase())?.text;
}
async function readMail(all, name) {
  let i = 0;
  let commit;
  if (all[0] && MBOX_FROM.test(all[0].text)) {
    i = 1;
    const sha = /^From ([0-9a-f]{40}) /.exec(all[0].text)?.[1];
    if (sha && !/^0+$/.test(sha)) commit = sha;
  }
  const headers = /* @__PURE__ */ new Map();
  const folded = /* @__PURE__ */ new Set();
  const first = all[i];
  if (first && HEADER.test(first.text) && !DIFF_START.test(first.text)) {
    let current;
    for (; i < all.length; i++) {
      const l = all[i];
      if (l.text === "") {
        i++;
        break;
      }
      if (/^\s/.test(l.text) && current) {
        const h = headers.get(current);
        headers.set(current, { text: `${h.text} ${l.text.trim()}`, line: h.line });
        folded.add(current);
        continue;
      }
      const m = /^([A-Za-z][\w-]*):\s*(.*)$/.exec(l.text);
      if (!m) break;
      current = m[1].toLowerCase();
      if (!headers.has(current)) headers.set(current, { text: m[2], line: l.line });
    }
  }
  let body = all.slice(i);
  let subject = headers.get("subject");
  const subjectColumn = subject && !folded.has("subject") && !subject.text.includes("=?") ? (all.find((l) => l.line === subject?.line)?.text.length ?? 0) - subject.text.length + 1 : void 0;
  const encoding = (headerValue(headers, "content-transfer-encoding") ?? "").trim().toLowerCase();
  const bodyDecoded = encoding === "quoted-printable" || encoding === "base64";
  if (bodyDecoded) checkTransferEncoding(encoding, body, name, mailLabel(subject, all[0]));
  if (subject && subject.text.includes("=?") || bodyDecoded) {
    const raw = all.map((l) => l.text).join("\n");
    const { default: PostalMime } = await import("./claimlint-postal-mime-4BZAMBDL.mjs");
    const parsed = await PostalMime.parse(raw);
    if (subject && parsed.subject) subject = { text: parsed.subject, line: subject.line };
    if ((encoding === "quoted-printable" || encoding === "base64") && parsed.text !== void 0) {
      const decoded = decodedLines(parsed.text);
      const lineOf2 = decodedLineMap(encoding, body, decoded);
      body = decoded.map((d, k) => ({ text: d.text, line: lineOf2(k) }));
    }
  }
  const diffAt = body.findIndex((l, k) => DIFF_START.test(l.text) && (!l.text.startsWith("--- ") || /^\+\+\+ /.test(body[k + 1]?.text ?? "")) || /^@@ -\d+(?:,\d+)? \+\d+/.test(l.text));
  const beforeDiff = diffAt < 0 ? body : body.slice(0, diffAt);
  const dashes = beforeDiff.findIndex((l) => l.text === "---");
  const message2 = dashes < 0 ? beforeDiff : beforeDiff.slice(0, dashes);
  const notes = dashes < 0 ? [] : beforeDiff.slice(dashes + 1);
  const diff = diffAt < 0 ? [] : body.slice(diffAt);
  const coverLetter = diff.length === 0 || /\[[^\]]*\b0+\/\d+\]/.test(subject?.text ?? "");
  return {
    name,
    subject,
    subjectColumn,
    commit,
    bodyDecoded,
    message: headers.size ? message2 : [],
    notes,
    diff,
    coverLetter: coverLetter && headers.size > 0
  };
}
function mailLabel(subject, first) {
  return subject ? `the mail "${subject.text}"` : `the mail at line ${first?.line ?? 1}`;
}
function stripSubject(subject) {
  let offset = 0;
  let s = subject;
  const take = (re) => {
    const m = re.exec(s);
    if (!m) return false;
    offset += m[0].length;
    s = s.slice(m[0].length);
    return true;
  };
  while (take(/^\s*(?:Re:\s*)?\[[^\]]*\]\s*/i) || take(/^\s*Re:\s*/i)) {
  }
  while (take(/^[A-Za-z0-9_./-]+:\s+(?=\S)/)) {
  }
  return { text: s, offset };
}

// src/patch/lint-patch.ts
var TRAILER = /^(?:[A-Z][\w-]*-by|Link|Fixes|Cc|Closes|Message-ID|Change-Id|BugLink):\s/i;
var IGNORE = /^\s*claimlint-ignore:\s*(.+)$/i;
var MAINTAINERS_FIELD = /^[A-Z]:\s/;
var isDocumentPath = (path) => path.endsWith(".rst") || syntaxOf(path) === "markdown";
var ruleKey = (id) => id.toLowerCase().replace(/_/g, "-");
function severityOf(m) {
  return m.fatal === true ? "error" : m.fatal === false ? "warning" : "info";
}
async function lintPatch(input, name, title, opts) {
  const mails = await splitMails(input, name);
  const report = { name, title, mails, findings: [], linesChecked: 0, notes: [], files: [] };
  const series = /* @__PURE__ */ new Map();
  for (const mail of mails) await lintMail(mail, report, opts, series);
  report.findings.sort((a, b) => a.inputLine - b.inputLine || a.ruleId.localeCompare(b.ruleId));
  fillChanged(report.files);
  return report;
}
function commitPlacementOf(file) {
  return file.data["commitPlacement"];
}
function fillChanged(files) {
  const placements = files.map(commitPlacementOf).filter((p) => p !== void 0);
  const first = placements.find((p) => p.changed)?.changed;
  if (first) for (const p of placements) p.changed ??= first;
}
function changedFile(files) {
  const firstAdded = (f) => {
    let blank;
    for (const h of f.hunks) {
      for (const c of h.changes) {
        if (c.kind !== "+") continue;
        if (c.text.trim()) return c;
        blank ??= c;
      }
    }
    return blank;
  };
  const linted = (f) => f.newPath !== void 0 && (isDocumentPath(f.newPath) || f.newPath === "MAINTAINERS");
  const kept = files.filter((f) => f.newPath !== void 0 && f.status !== "deleted" && safePath(f.newPath));
  const withAdded = [...kept.filter(linted), ...kept].find((f) => firstAdded(f));
  if (withAdded) {
    const c = firstAdded(withAdded);
    return { path: withAdded.newPath, line: c.newLine, text: c.text };
  }
  const any = kept[0];
  return any ? { path: any.newPath, line: 1, text: "" } : void 0;
}
async function lintMail(mail, report, opts, series) {
  const ignored2 = /* @__PURE__ */ new Set();
  for (const l of mail.notes) {
    const m = IGNORE.exec(l.text);
    if (m) for (const id of m[1].split(/[\s,]+/).filter(Boolean)) ignored2.add(ruleKey(id));
  }
  const keep = (m) => !ignored2.has(ruleKey(m.ruleId ?? ""));
  const files = readDiff(mail.diff, mail.name);
  let coco = false;
  let byLine;
  const diffLine = (line) => {
    if (!byLine) {
      byLine = /* @__PURE__ */ new Map();
      for (const l of mail.diff) if (!byLine.has(l.line)) byLine.set(l.line, l);
    }
    return byLine.get(line);
  };
  for (const file of files) {
    for (const h of file.hunks) report.linesChecked += h.checked;
    const path = file.newPath ?? file.oldPath;
    if (!path) continue;
    if (!safePath(path) || file.oldPath && !safePath(file.oldPath)) {
      throw new PatchError(mail.name, file.line, `refusing a path that leaves the tree: ${path}`);
    }
    if (file.status === "binary") {
      report.notes.push(`${path}: binary file skipped`);
      continue;
    }
    if (file.status === "deleted") {
      series.delete(path);
      continue;
    }
    if (path === "MAINTAINERS") {
      lintMaintainers(file, report, opts, keep);
      continue;
    }
    if (!isDocumentPath(path)) continue;
    const pi = postImage(file, opts.source, series, mail.name);
    if (pi.limited) report.notes.push(`${path}: ${pi.limited}`);
    else series.set(path, pi.text);
    const byNewLine = /* @__PURE__ */ new Map();
    for (const h of file.hunks) for (const c of h.changes) if (c.kind !== "-") byNewLine.set(c.newLine, c);
    const vfile = lintPostImage(pi.text, path, opts, mail.name, file.line, byNewLine);
    if (vfile.data["cocoDocument"]) coco = true;
    const header = diffLine(file.line);
    const lineOf2 = lineFinder(pi.text);
    const added = addedLines(pi.added);
    const kept = [];
    for (const m of vfile.messages) {
      if (!keep(m)) continue;
      const at = addedLineOf(m, lineOf2, added, file);
      if (at === void 0) continue;
      if (pi.limited) m.note = m.note ? `${m.note}; ${pi.limited}` : pi.limited;
      const own = byNewLine.get(gitLine(m, lineOf2));
      const change = own?.kind === "+" ? own : byNewLine.get(at);
      report.findings.push({
        ruleId: m.ruleId ?? "",
        severity: severityOf(m),
        message: m.reason,
        file: path,
        line: change?.newLine ?? at,
        inputLine: change?.line ?? file.line,
        raw: change?.raw ?? header?.text ?? "",
        vmessage: m,
        // The raw line is the post-image line behind its "+".
        rawColumns: change && change === own ? shifted(columnsInLine(m, lineOf2), 1) : void 0
      });
      kept.push(m);
    }
    vfile.messages = kept;
    report.files.push(vfile);
  }
  lintMessage(mail, report, opts, keep, coco || files.length === 0, changedFile(files));
}
function lintPostImage(text, path, opts, patch, header, byNewLine) {
  try {
    return lintText(text, { path, ruleSets: opts.ruleSets, severity: opts.severity, onRuleError: opts.onRuleError, scope: opts.scopeFor?.(path) });
  } catch (err) {
    if (!(err instanceof DocumentError)) throw err;
    const lineOf2 = lineFinder(text);
    const line = lineOf2(err.offset);
    const column = err.offset - lineOf2.start(line) + 1;
    const change = byNewLine.get(line);
    throw new PatchError(patch, change?.line ?? header, `${path}:${line}:${column}: ${err.reason}`, change ? column + 1 : void 0);
  }
}
function addedLines(added) {
  const sorted = [...added].sort((a, b) => a - b);
  return {
    first: added.values().next().value,
    from(line) {
      let lo = 0;
      let hi = sorted.length;
      while (lo < hi) {
        const mid = lo + hi >> 1;
        if (sorted[mid] < line) lo = mid + 1;
        else hi = mid;
      }
      return sorted[lo];
    }
  };
}
function addedLineOf(m, lineOf2, added, file) {
  if (m.data?.["fileName"]) {
    if (file.status !== "added" && file.status !== "renamed") return void 0;
    return added.first ?? 1;
  }
  const range = m.data?.sentence;
  const from = range ? lineOf2(range.start) : gitLine(m, lineOf2);
  const end = m.place && "end" in m.place ? m.place.end.offset : void 0;
  const to = range ? lineOf2(Math.max(range.start, range.end - 1)) : end !== void 0 ? lineOf2(end) : from;
  const at = added.from(from);
  return at !== void 0 && at <= to ? at : void 0;
}
function lineFinder(text) {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  const find = (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  return Object.assign(find, { start: (line) => starts[line - 1] ?? text.length });
}
function columnsInLine(m, lineOf2) {
  const place = m.place && "start" in m.place ? m.place : void 0;
  const from = place?.start.offset;
  if (from === void 0) return void 0;
  const line = lineOf2(from);
  const base = lineOf2.start(line);
  const to = place?.end.offset ?? from;
  const end = lineOf2(to) === line ? to : lineOf2.start(line + 1) - 1;
  return { start: from - base + 1, end: Math.max(from, end) - base + 1 };
}
var shifted = (c, by) => c ? { start: c.start + by, end: c.end + by } : void 0;
function gitLine(m, lineOf2) {
  const offset = m.place && "start" in m.place ? m.place.start.offset : void 0;
  return offset === void 0 ? m.line ?? 1 : lineOf2(offset);
}
function lintMessage(mail, report, opts, keep, coco, changed2) {
  const lines = [];
  const map = [];
  let subjectOffset = 0;
  if (mail.subject) {
    const { text: text2, offset } = stripSubject(mail.subject.text);
    subjectOffset = offset;
    const raw = { text: `Subject: ${mail.subject.text}`, line: mail.subject.line };
    lines.push(text2, "=".repeat(Math.max(text2.length, 4)), "");
    map.push(raw, raw, raw);
  }
  const titleLines = lines.length;
  let end = mail.message.length;
  while (end > 0 && (TRAILER.test(mail.message[end - 1].text) || mail.message[end - 1].text.trim() === "")) end--;
  for (let k = 0; k < end; k++) {
    const l = mail.message[k];
    lines.push(l.text);
    map.push(l);
  }
  if (lines.every((l) => l.trim() === "")) return;
  const text = `${lines.join("\n")}
`;
  const lineOf2 = lineFinder(text);
  const vfile = lintText(text, { path: `${mail.name}: commit message`, ruleSets: opts.ruleSets, severity: opts.severity, onRuleError: opts.onRuleError, cocoDocument: coco || void 0 });
  vfile.data["commitMessage"] = { patch: mail.name, subject: mail.subject?.text.replace(/^(\s*\[[^\]]*\])+\s*/, "") };
  const placement = { commit: mail.commit, patchFile: opts.patchFile, changed: changed2 };
  vfile.data["commitPlacement"] = placement;
  const inputColumn = (line, column) => {
    if (column === void 0) return void 0;
    if (line > titleLines) return mail.bodyDecoded ? void 0 : column;
    return line === 1 && mail.subjectColumn !== void 0 ? mail.subjectColumn + subjectOffset + column - 1 : void 0;
  };
  const kept = [];
  for (const m of vfile.messages) {
    if (!keep(m)) continue;
    const at = map[gitLine(m, lineOf2) - 1];
    if (!at) continue;
    const r = rangeOf(m);
    const last = map[r.endLine - 1] ?? at;
    const startColumn = inputColumn(r.startLine, r.startColumn);
    const endColumn = inputColumn(r.endLine, r.endColumn);
    const inputPlace = startColumn !== void 0 && endColumn !== void 0 ? { startLine: at.line, startColumn, endLine: last.line, endColumn } : { startLine: at.line, endLine: last.line };
    m.data = { ...m.data, inputPlace };
    const rawColumns = startColumn !== void 0 && endColumn !== void 0 && r.startLine > titleLines ? { start: startColumn, end: last === at ? endColumn : at.text.length + 1 } : void 0;
    report.findings.push({ ruleId: m.ruleId ?? "", severity: severityOf(m), message: m.reason, line: at.line, inputLine: at.line, raw: at.text, rawColumns, vmessage: m });
    kept.push(m);
  }
  vfile.messages = kept;
  if (kept.length) report.files.push(vfile);
}
function rangeOf(m) {
  const place = m.place;
  const start = place && "start" in place ? place.start : place;
  const end = place && "end" in place ? place.end : start;
  const startLine = start?.line ?? m.line ?? 1;
  return { startLine, startColumn: start?.column ?? void 0, endLine: end?.line ?? startLine, endColumn: end?.column ?? void 0 };
}
function lintMaintainers(file, report, opts, keep) {
  const matchers = opts.ruleSets.map((r) => compileRuleSet(r).matcher);
  const namesCoco = (title) => matchers.some((m) => m.find(title, true).some((x) => x.kind === "technology" || x.umbrella?.coco));
  const out = new VFile({ path: "MAINTAINERS", value: "" });
  const add = (m, c) => {
    if (!keep(m)) return;
    const line = c.newLine;
    const copy = out.message(m.reason, { place: { start: { line, column: 1 }, end: { line, column: c.text.length + 1 } }, ruleId: m.ruleId, source: "claimlint" });
    copy.fatal = m.fatal;
    copy.url = m.url;
    copy.note = m.note;
    copy.actual = c.text;
    report.findings.push({ ruleId: m.ruleId ?? "", severity: severityOf(m), message: m.reason, file: "MAINTAINERS", line, inputLine: c.line, raw: c.raw, vmessage: copy });
  };
  let titleIsCoco = false;
  for (const h of file.hunks) {
    for (const c of h.changes) {
      if (c.kind === "-") continue;
      const text = c.text.trim();
      if (!text) continue;
      if (!MAINTAINERS_FIELD.test(text)) {
        titleIsCoco = namesCoco(text);
        if (c.kind !== "+" || !titleIsCoco) continue;
        const title = lintText(`${text}
${"=".repeat(Math.max(text.length, 4))}
`, { path: "MAINTAINERS", ruleSets: opts.ruleSets, severity: opts.severity, onRuleError: opts.onRuleError, cocoDocument: true });
        for (const m of title.messages) add(m, c);
        continue;
      }
      const f = /^F:\s+(\S+)/.exec(text);
      if (f && c.kind === "+" && titleIsCoco) {
        const named = lintText("", { path: f[1], ruleSets: opts.ruleSets, severity: opts.severity, onRuleError: opts.onRuleError, cocoDocument: true });
        for (const m of named.messages) if (m.data?.["fileName"]) add(m, c);
      }
    }
  }
  if (out.messages.length) report.files.push(out);
}

// src/report/checkpatch.ts
var typeOf = (ruleId) => ruleId.toUpperCase().replace(/-/g, "_");
var LEVEL = { error: "ERROR", warning: "WARNING", info: "CHECK", off: "CHECK" };
function diffGitPath(line) {
  if (!line.startsWith("diff --git ")) return void 0;
  let i = line.length;
  while (i > 0 && !/\s/.test(line[i - 1])) i--;
  return i < line.length ? line.slice(i) : void 0;
}
function realPositions(report) {
  const at = /* @__PURE__ */ new Map();
  let file = "";
  let line = 0;
  const all = report.mails.flatMap((m) => [...m.subject ? [m.subject] : [], ...m.message, ...m.notes, ...m.diff]).sort((a, b) => a.line - b.line);
  for (const l of all) {
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)/.exec(l.text);
    const diff = diffGitPath(l.text) ?? /^\+\+\+\s+(\S+)/.exec(l.text)?.[1];
    if (diff) file = diff.replace(/^b\//, "");
    if (hunk) line = Number(hunk[1]) - 1;
    else if (/^(?: |\+|$)/.test(l.text)) line++;
    at.set(l.line, { file, line });
  }
  return at;
}
var MAX_QUOTED_LINE = 1e3;
var CONTEXT = 200;
function quoted(f) {
  const raw = f.raw;
  if (raw.length <= MAX_QUOTED_LINE) return raw;
  const c = f.rawColumns;
  const start = c ? Math.min(Math.max(c.start - 1, 0), raw.length) : 0;
  const end = c ? Math.min(Math.max(c.end - 1, start), raw.length, start + MAX_QUOTED_LINE - 2 * CONTEXT) : 0;
  let from = Math.max(0, start - CONTEXT);
  let to = Math.min(raw.length, end + CONTEXT);
  if (/[\uDC00-\uDFFF]/.test(raw[from] ?? "")) from--;
  if (/[\uD800-\uDBFF]/.test(raw[to - 1] ?? "")) to++;
  return `${from > 0 ? "..." : ""}${raw.slice(from, to)}${to < raw.length ? "..." : ""}`;
}
function block(f, report, flags, real) {
  let prefix = "";
  if (flags.showfile) {
    const r = f.file ? { file: f.file, line: f.line } : real.get(f.inputLine) ?? { file: "", line: 0 };
    prefix = `${r.file}:${r.line}: `;
  } else if (flags.emacs || flags.terse) {
    prefix = `${report.name}:${f.inputLine}: `;
  }
  const here = `#${f.inputLine}: ${f.file ? `FILE: ${f.file}:${f.line}:` : ""}`;
  let out = `${prefix}${LEVEL[f.severity]}:${flags.showTypes ? `${typeOf(f.ruleId)}:` : ""} ${f.message}
${here}
${quoted(f)}

`;
  if (flags.showfile) {
    const lines = out.split("\n");
    lines.splice(1, 1);
    out = lines.join("\n");
  }
  if (flags.terse) out = `${out.split("\n")[0]}
`;
  return out;
}
function wrap(text, width) {
  const out = [];
  let line = "";
  for (const w of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + w.length > width) {
      out.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) out.push(line);
  return out;
}
function formatCheckpatch(report, flags, several) {
  const findings = report.findings;
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.filter((f) => f.severity === "warning").length;
  const clean = errors + warnings === 0;
  if (flags.mailback && clean) return "";
  const real = realPositions(report);
  let out = "";
  if (several && flags.quiet === 0) out += `${"-".repeat(report.title.length)}
${report.title}
${"-".repeat(report.title.length)}
`;
  const explained = /* @__PURE__ */ new Set();
  for (const f of findings) {
    out += block(f, report, flags, real);
    const rule = flags.rules.get(f.ruleId);
    if (flags.verbose && !flags.terse && rule && !explained.has(f.ruleId)) {
      explained.add(f.ruleId);
      out += `${wrap(rule.rationale, 74).map((l) => `    ${l}`).join("\n")}

`;
    }
  }
  if (flags.summary && !(clean && flags.quiet === 1)) {
    out += `total: ${errors} errors, ${warnings} warnings, ${report.linesChecked} lines checked
`;
  }
  if (flags.quiet === 0) {
    for (const note of [...new Set(report.notes)]) out += `
NOTE: ${note}
`;
    out += `
${report.title} ${clean ? "has no obvious style problems and is ready for submission." : "has style problems, please review."}
`;
    if (!clean) out += "\nNOTE: 'claimlint explain RULE' says why a claim was flagged; to silence a rule for one\n      patch, add 'claimlint-ignore: RULE' below its --- line.\n";
  }
  return out;
}
function formatB4Review(reports) {
  return JSON.stringify(reports.map((r) => {
    const errors = r.findings.filter((f) => f.severity === "error").length;
    const warnings = r.findings.filter((f) => f.severity === "warning").length;
    const status = errors ? "fail" : warnings ? "warn" : "pass";
    const summary = status === "pass" ? "no overgeneralized claims" : `${errors} errors, ${warnings} warnings`;
    const details = r.findings.map((f) => `${f.file ?? "commit message"}:${f.line}: ${LEVEL[f.severity]}:${typeOf(f.ruleId)}: ${f.message}`).join("\n");
    return { tool: "claimlint", status, summary, ...details ? { details } : {} };
  }));
}

// src/report/format.ts
import { appendFileSync, writeFileSync } from "node:fs";

// src/report/common.ts
import { existsSync } from "node:fs";
import { dirname, isAbsolute as isAbsolute3, relative as relative3, resolve as resolve2, sep as sep3 } from "node:path";
function commitMessageOf(file) {
  return file.data["commitMessage"];
}
function commitMessageLabel(c) {
  return c.subject ? `the commit message of "${c.subject}"` : `the commit message of ${c.patch}`;
}
function severityName(m) {
  return m.fatal === true ? "error" : m.fatal === false ? "warning" : "info";
}
function rangeOf2(m) {
  const place = m.place;
  const start = place && "start" in place ? place.start : place;
  const end = place && "end" in place ? place.end : void 0;
  const startLine = start?.line ?? m.line ?? 1;
  const startColumn = start?.column ?? m.column ?? 1;
  return {
    startLine,
    startColumn,
    endLine: end?.line ?? startLine,
    endColumn: end?.column ?? startColumn,
    startOffset: start?.offset,
    endOffset: end?.offset
  };
}
function findRepoRoot(dir) {
  for (let d = resolve2(dir); ; d = dirname(d)) {
    if (existsSync(resolve2(d, ".git"))) return d;
    if (dirname(d) === d) return void 0;
  }
}
function rootOf(opts) {
  return resolve2(opts.root ?? findRepoRoot(process.cwd()) ?? process.cwd());
}
function locate(file, opts, root = rootOf(opts)) {
  const absolute = resolve2(opts.base ?? process.cwd(), file.path);
  const rel = relative3(root, absolute);
  if (rel === "" || rel.startsWith("..") || isAbsolute3(rel)) return { absolute };
  return { absolute, relative: rel.split(sep3).join("/") };
}
function displayPath(loc) {
  return loc.relative ?? loc.absolute;
}
function rulesOf(ruleSets) {
  const seen = /* @__PURE__ */ new Map();
  for (const rs of ruleSets) for (const r of rs.rules) if (!seen.has(r.id)) seen.set(r.id, r);
  return [...seen.values()];
}
function ruleUrl(m, rules) {
  return m.url ?? rules.get(m.ruleId ?? "")?.url;
}

// src/report/github.ts
var ANNOTATIONS_PER_STEP = 10;
var COMMAND = { error: "error", warning: "warning", info: "notice" };
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function annotationText(m) {
  const lines = [m.reason];
  if (m.expected?.length) lines.push(`Suggestion: ${m.expected.map((e) => `'${e}'`).join(" or ")}`);
  if (m.note) lines.push(m.note);
  return lines.join("\n");
}
function formatGithub(files, opts = {}) {
  const root = rootOf(opts);
  let out = "";
  for (const file of files) {
    const commit = commitMessageOf(file);
    const path = commit ? void 0 : displayPath(locate(file, opts, root));
    for (const m of file.messages) {
      const r = rangeOf2(m);
      const props = [];
      if (path !== void 0) {
        props.push(["file", path], ["line", r.startLine], ["col", r.startColumn], ["endLine", r.endLine], ["endColumn", r.endColumn]);
      }
      props.push(["title", m.ruleId ?? "claimlint"]);
      const text = commit ? `In ${commitMessageLabel(commit)}: ${annotationText(m)}` : annotationText(m);
      out += `::${COMMAND[severityName(m)]} ${props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(",")}::${escapeData(text)}
`;
    }
  }
  return out;
}
var mdCell = (s) => s.replace(/[\\`*_[\]<>|]/g, "\\$&").replace(/\r?\n/g, "<br>");
var plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
function stepSummary(files, opts = {}) {
  const root = rootOf(opts);
  const rows = [];
  const rules = new Map((opts.rules ?? []).map((r) => [r.id, r]));
  for (const file of files) {
    const commit = commitMessageOf(file);
    const path = commit ? void 0 : displayPath(locate(file, opts, root));
    for (const m of file.messages) {
      const r = rangeOf2(m);
      rows.push({
        severity: severityName(m),
        where: path !== void 0 ? `${path}:${r.startLine}:${r.startColumn}` : commitMessageLabel(commit),
        ruleId: m.ruleId ?? "claimlint",
        url: ruleUrl(m, rules),
        message: annotationText(m)
      });
    }
  }
  const count = (s) => rows.filter((r) => r.severity === s).length;
  const errors = count("error");
  const warnings = count("warning");
  const notices = count("info");
  const withFindings = files.filter((f) => f.messages.length > 0).length;
  let md = "## claimlint\n\n";
  if (rows.length === 0) return `${md}No findings in ${plural(files.length, "file")}.

`;
  md += `${plural(rows.length, "finding")} in ${plural(withFindings, "file")}: ${plural(errors, "error")}, ${plural(warnings, "warning")}, ${plural(notices, "notice")}.

`;
  const over = [["error", errors], ["warning", warnings], ["notice", notices]].filter(([, n]) => n > ANNOTATIONS_PER_STEP);
  if (over.length) {
    md += `> [!NOTE]
> GitHub shows only ${ANNOTATIONS_PER_STEP} annotations of each kind per step (50 per job), and this run has ${over.map(([k, n]) => plural(n, k)).join(" and ")}: the table below lists every finding.

`;
  }
  md += "| Location | Severity | Rule | Message |\n| --- | --- | --- | --- |\n";
  for (const r of rows) {
    const rule = r.url ? `[${mdCell(r.ruleId)}](${r.url})` : mdCell(r.ruleId);
    md += `| ${mdCell(r.where)} | ${r.severity === "info" ? "notice" : r.severity} | ${rule} | ${mdCell(r.message)} |
`;
  }
  return `${md}
`;
}

// src/report/json.ts
function severityOf2(m) {
  return m.fatal === true ? 2 : 1;
}
function toJsonMessage(m) {
  const out = {
    ruleId: m.ruleId ?? null,
    severity: severityOf2(m),
    message: m.reason,
    line: m.line ?? 1,
    column: m.column ?? 1
  };
  const end = m.place && "end" in m.place ? m.place.end : void 0;
  if (end) {
    out.endLine = end.line;
    out.endColumn = end.column;
  }
  return out;
}
function toJsonResult(file) {
  const messages = file.messages.map(toJsonMessage);
  const errorCount = messages.filter((m) => m.severity === 2).length;
  return {
    filePath: file.path,
    messages,
    errorCount,
    fatalErrorCount: messages.filter((m) => m.fatal).length,
    warningCount: messages.length - errorCount,
    fixableErrorCount: 0,
    fixableWarningCount: 0
  };
}
function formatJson(files) {
  return JSON.stringify(files.map(toJsonResult));
}

// src/report/rdjsonl.ts
var SEVERITY = { error: "ERROR", warning: "WARNING", info: "INFO" };
function utf8Column(text, starts, line, column) {
  const start = starts[line - 1];
  if (start === void 0) return column;
  return Buffer.byteLength(text.slice(start, start + column - 1), "utf8") + 1;
}
function toRdjson(files, opts = {}) {
  const root = rootOf(opts);
  const rules = new Map((opts.rules ?? []).map((r) => [r.id, r]));
  const out = [];
  for (const file of files) {
    if (file.messages.length === 0) continue;
    const commit = commitMessageOf(file);
    const path = commit ? void 0 : displayPath(locate(file, opts, root));
    const text = String(file.value ?? "");
    const starts = makeSource(text).lineStarts;
    for (const m of file.messages) {
      const r = rangeOf2(m);
      const range = {
        start: { line: r.startLine, column: utf8Column(text, starts, r.startLine, r.startColumn) },
        end: { line: r.endLine, column: utf8Column(text, starts, r.endLine, r.endColumn) }
      };
      const d = {
        message: `${commit ? `In ${commitMessageLabel(commit)}: ` : ""}${m.reason}${m.note ? `
${m.note}` : ""}`,
        ...path !== void 0 ? { location: { path, range } } : {},
        severity: SEVERITY[severityName(m)],
        source: { name: "claimlint" },
        code: { value: m.ruleId ?? "claimlint" }
      };
      const url = ruleUrl(m, rules);
      if (url) d.code.url = url;
      const replacement = m.expected?.[0];
      if (path !== void 0 && replacement !== void 0) d.suggestions = [{ range, text: replacement }];
      out.push(d);
    }
  }
  return out;
}
function formatRdjsonl(files, opts = {}) {
  return toRdjson(files, opts).map((d) => `${JSON.stringify(d)}
`).join("");
}

// src/report/sarif.ts
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { isAbsolute as isAbsolute4, join, relative as relative4, resolve as resolve3, sep as sep4 } from "node:path";
import { pathToFileURL } from "node:url";
var SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
var BASE_ID = "SRCROOT";
var MAX_DESCRIPTION = 1024;
function packageInfo() {
  return JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8"));
}
var LEVEL2 = { error: "error", warning: "warning", info: "note" };
function lineHashes(text) {
  const BLOCK = 100;
  const MASK = (1n << 64n) - 1n;
  const BASE = 37n;
  const dropFactor = BASE ** BigInt(BLOCK) & MASK;
  const window2 = new Array(BLOCK).fill(0);
  const lineStartingAt = new Array(BLOCK).fill(-1);
  const seen = /* @__PURE__ */ new Map();
  const out = [];
  let hash = 0n;
  let at = 0;
  let line = 0;
  let atLineStart = true;
  let afterCR = false;
  const emit = () => {
    const value = hash.toString(16);
    const n = (seen.get(value) ?? 0) + 1;
    seen.set(value, n);
    out[lineStartingAt[at] - 1] = `${value}:${n}`;
    lineStartingAt[at] = -1;
  };
  const roll = (code) => {
    const dropped = window2[at];
    window2[at] = code;
    hash = BASE * hash + BigInt(code) - dropFactor * BigInt(dropped) & MASK;
    at = (at + 1) % BLOCK;
  };
  const feed = (code) => {
    if (code === 32 || code === 9 || afterCR && code === 10) {
      afterCR = false;
      return;
    }
    afterCR = code === 13;
    if (afterCR) code = 10;
    if (lineStartingAt[at] !== -1) emit();
    if (atLineStart) {
      atLineStart = false;
      lineStartingAt[at] = ++line;
    }
    if (code === 10) atLineStart = true;
    roll(code);
  };
  for (let i = 0; i < text.length; i++) feed(text.charCodeAt(i));
  feed(65535);
  for (let i = 0; i < BLOCK; i++) {
    if (lineStartingAt[at] !== -1) emit();
    roll(0);
  }
  return out;
}
var normalize2 = (s) => s.replace(/\s+/g, " ").trim();
function claimHash(m, text) {
  const sentence = m.data?.sentence;
  const claim = sentence ? text.slice(sentence.start, sentence.end) : "";
  return createHash("sha256").update(`${m.ruleId ?? ""}\0${normalize2(claim)}\0${normalize2(m.actual ?? "")}`).digest("hex").slice(0, 16);
}
function firstSentences(text, max = MAX_DESCRIPTION) {
  const flat = normalize2(text);
  if (flat.length <= max) return flat;
  const sentences = flat.split(/(?<=[.!?]["')\]]?)\s+(?=["'([]?[A-Z0-9])/);
  let out = "";
  for (const s of sentences) {
    const next = out ? `${out} ${s}` : s;
    if (next.length > max) break;
    out = next;
  }
  return out || `${flat.slice(0, max - 1)}\u2026`;
}
function ruleName(id) {
  return id.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0]?.toUpperCase() + w.slice(1)).join("");
}
var mdEscape = (s) => s.replace(/[\\`*_[\]<>#|]/g, "\\$&");
function provenanceText(rule) {
  const s = rule.source;
  if (!s) return rule.url ? `See ${rule.url}.` : void 0;
  return `Source: ${s.reviewer}, ${s.date}, "${s.subject}", Message-ID ${s.messageId}${s.url ?? rule.url ? ` (${s.url ?? rule.url})` : ""}.`;
}
function provenanceMarkdown(rule) {
  const s = rule.source;
  if (!s) return rule.url ? `See <${rule.url}>.` : void 0;
  const url = s.url ?? rule.url;
  const subject = url ? `[${mdEscape(s.subject)}](${url})` : `"${mdEscape(s.subject)}"`;
  return `**Source:** ${mdEscape(s.reviewer)}, ${s.date}, ${subject}, Message-ID \`${s.messageId}\`.`;
}
var severityLevel = (s) => s === "off" ? { enabled: false, level: "none" } : { level: LEVEL2[s] };
function reportingDescriptor(rule) {
  const rationale = rule.rationale.trim();
  const text = [rationale, provenanceText(rule)].filter(Boolean).join("\n\n");
  const markdown = [rationale.split(/\n\s*\n/).map(normalize2).join("\n\n"), provenanceMarkdown(rule)].filter(Boolean).join("\n\n");
  const d = {
    id: rule.id,
    name: ruleName(rule.id),
    shortDescription: { text: firstSentences(rule.message) },
    fullDescription: { text: firstSentences(rationale || rule.message) },
    help: { text: text || rule.message, markdown: markdown || mdEscape(rule.message) },
    defaultConfiguration: severityLevel(rule.severity),
    properties: { tags: ["documentation", rule.kind] }
  };
  if (rule.url) d.helpUri = rule.url;
  return d;
}
function unknownDescriptor(id) {
  return { id, name: ruleName(id), shortDescription: { text: id }, fullDescription: { text: id }, help: { text: id } };
}
function region(r) {
  return { startLine: r.startLine, startColumn: r.startColumn, endLine: r.endLine, endColumn: r.endColumn };
}
function pathUri(path) {
  return encodeURI(path).replace(/[?#:]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
function relativeTo(root, absolute) {
  const rel = relative4(root, absolute);
  return rel === "" || rel.startsWith("..") || isAbsolute4(rel) ? void 0 : rel.split(sep4).join("/");
}
function commitLabel(c, placement) {
  const sha = placement?.commit?.slice(0, 12);
  return sha ? `the commit message of ${sha}${c.subject ? ` "${c.subject}"` : ""}` : commitMessageLabel(c);
}
function commitLocation(m, label, placement, opts, root) {
  const inPatch = m.data?.["inputPlace"];
  const patchUri = placement?.patchFile && inPatch ? relativeTo(root, placement.patchFile) : void 0;
  if (patchUri !== void 0 && inPatch) {
    const reg = { ...inPatch };
    if (inPatch.startColumn !== void 0 && m.actual) reg.snippet = { text: m.actual };
    return { physicalLocation: { artifactLocation: { uri: pathUri(patchUri), uriBaseId: BASE_ID }, region: reg } };
  }
  const changed2 = placement?.changed;
  const changedUri = changed2 ? relativeTo(root, resolve3(opts.base ?? process.cwd(), changed2.path)) : void 0;
  if (changed2 && changedUri !== void 0) {
    const reg = changed2.text ? { startLine: changed2.line, startColumn: 1, endLine: changed2.line, endColumn: changed2.text.length + 1 } : { startLine: changed2.line };
    return {
      physicalLocation: { artifactLocation: { uri: pathUri(changedUri), uriBaseId: BASE_ID }, region: reg },
      message: { text: `Shown at the first line the commit adds to this file: the finding is in ${label}.` }
    };
  }
  const r = rangeOf2(m);
  return {
    physicalLocation: { artifactLocation: { uri: "COMMIT_MSG" }, region: region(r) },
    message: { text: `The finding is in ${label}.` }
  };
}
function toSarif(files, opts = {}) {
  const pkg = packageInfo();
  const root = rootOf(opts);
  const rules = [...opts.rules ?? []];
  const descriptors = rules.map(reportingDescriptor);
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const byId = new Map(rules.map((r) => [r.id, r]));
  const results = [];
  for (const file of files) {
    if (file.messages.length === 0) continue;
    const text = String(file.value ?? "");
    const commit = commitMessageOf(file);
    const placement = file.data["commitPlacement"];
    const label = commit ? commitLabel(commit, placement) : "";
    const loc = commit ? void 0 : locate(file, opts, root);
    const artifact = loc ? loc.relative !== void 0 ? { uri: pathUri(loc.relative), uriBaseId: BASE_ID } : { uri: pathToFileURL(loc.absolute).href } : void 0;
    let hashes;
    const claimCounts = /* @__PURE__ */ new Map();
    for (const m of file.messages) {
      const ruleId = m.ruleId ?? "claimlint";
      if (!index.has(ruleId)) {
        index.set(ruleId, descriptors.length);
        descriptors.push(unknownDescriptor(ruleId));
      }
      const range = rangeOf2(m);
      const note = m.note ? `

${m.note}` : "";
      const result = {
        ruleId,
        ruleIndex: index.get(ruleId),
        level: LEVEL2[severityName(m)],
        message: { text: commit ? `${m.reason} (in ${label})${note}` : `${m.reason}${note}` }
      };
      const claim = claimHash(m, text);
      const n = (claimCounts.get(claim) ?? 0) + 1;
      claimCounts.set(claim, n);
      const fingerprints = {};
      if (artifact) {
        const reg = region(range);
        if (m.actual) reg.snippet = { text: m.actual };
        result.locations = [{ physicalLocation: { artifactLocation: artifact, region: reg } }];
        hashes ??= lineHashes(text);
        const lineHash = hashes[range.startLine - 1];
        if (lineHash) fingerprints["primaryLocationLineHash"] = lineHash;
        const replacement = m.expected?.[0];
        if (replacement !== void 0) {
          result.fixes = [{
            description: { text: m.actual ? `Replace '${normalize2(m.actual)}' with '${replacement}'` : `Insert '${replacement}'` },
            artifactChanges: [{ artifactLocation: artifact, replacements: [{ deletedRegion: region(range), insertedContent: { text: replacement } }] }]
          }];
        }
      } else if (commit) {
        const logicalLocations = [{ name: "commit message", fullyQualifiedName: `${commit.patch}: commit message` }];
        result.locations = [{ ...commitLocation(m, label, placement, opts, root), logicalLocations }];
        fingerprints["primaryLocationLineHash"] = `${claim}:${n}`;
      }
      fingerprints["claimHash/v1"] = `${claim}:${n}`;
      result.partialFingerprints = fingerprints;
      const url = ruleUrl(m, byId);
      if (url && url !== byId.get(ruleId)?.url) result.properties = { url };
      results.push(result);
    }
  }
  const driver = { name: "claimlint", version: opts.version ?? pkg.version, semanticVersion: opts.version ?? pkg.version, rules: descriptors };
  if (pkg.homepage) driver.informationUri = pkg.homepage;
  const rootUri = pathToFileURL(root).href;
  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [{
      tool: { driver },
      originalUriBaseIds: { [BASE_ID]: { uri: rootUri.endsWith("/") ? rootUri : `${rootUri}/` } },
      columnKind: "utf16CodeUnits",
      // A lone CR ends a line too (rst/source.ts); SARIF's default leaves it out.
      newlineSequences: ["\r\n", "\n", "\r"],
      results
    }]
  };
}
function formatSarif(files, opts = {}) {
  return `${JSON.stringify(toSarif(files, opts), null, 2)}
`;
}

// src/report/stylish.ts
function formatStylish(files, color = false) {
  const paint = (code, s) => color ? `\x1B[${code}m${s}\x1B[0m` : s;
  let out = "";
  let errors = 0;
  let warnings = 0;
  for (const file of files) {
    if (file.messages.length === 0) continue;
    out += `
${paint(4, file.path)}
`;
    const rows = file.messages.map(toJsonMessage).map((m) => {
      if (m.severity === 2) errors++;
      else warnings++;
      return [`${m.line}:${m.column}`, m.severity === 2 ? paint(31, "error") : paint(33, "warning"), m.message.replace(/\n/g, " "), paint(2, m.ruleId ?? "")];
    });
    let width = 0;
    for (const r of rows) width = Math.max(width, r[0].length);
    for (const r of rows) out += `  ${r[0].padEnd(width)}  ${r.slice(1).join("  ")}
`;
  }
  const total = errors + warnings;
  if (total === 0) return "";
  out += `
${paint(errors ? 31 : 33, `\u2716 ${total} problem${total === 1 ? "" : "s"} (${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"})`)}
`;
  return out;
}

// src/report/format.ts
var VFILE_FORMATS = ["stylish", "json", "sarif", "github", "rdjsonl"];
function isVFileFormat(name) {
  return VFILE_FORMATS.includes(name);
}
function formatVFiles(format, files, opts = {}) {
  switch (format) {
    case "json":
      return `${formatJson(files)}
`;
    case "sarif":
      return formatSarif(files, opts);
    case "github":
      return formatGithub(files, opts);
    case "rdjsonl":
      return formatRdjsonl(files, opts);
    default:
      return formatStylish(files, opts.color === true);
  }
}
function writeOutput(text, output, io) {
  if (output === void 0) {
    io.out(text);
    return;
  }
  try {
    writeFileSync(output, text);
  } catch (err) {
    throw new InputError(`--output ${output}: cannot write: ${err.message}`);
  }
}
function appendStepSummary(files, opts = {}, env = process.env) {
  const path = env["GITHUB_STEP_SUMMARY"];
  if (!path) return;
  try {
    appendFileSync(path, stepSummary(files, opts));
  } catch (err) {
    throw new InputError(`GITHUB_STEP_SUMMARY ${path}: cannot write: ${err.message}`);
  }
}
function writeReport(format, files, opts, io) {
  writeOutput(formatVFiles(format, files, opts), opts.output, io);
  if (format === "github") appendStepSummary(files, opts);
}

// src/cli/patch-mode.ts
function git(args, what) {
  try {
    return execFileSync2("git", args, { encoding: "utf8", maxBuffer: MAX_PATCH_BYTES, stdio: ["ignore", "pipe", "pipe"] });
  } catch (err) {
    const e = err;
    if (e.code === "ENOBUFS") throw new InputError(`${what}: larger than ${mib(MAX_PATCH_BYTES)}, the limit for a patch input`);
    throw new InputError(`git ${args.join(" ")}: ${(e.stderr || e.message).trim()}`);
  }
}
function gitInputs(exprs, errors) {
  const inputs = [];
  for (const expr of exprs) {
    const m = /^(.*)-(\d+)$/.exec(expr);
    const rev = m ? m[1] : expr;
    if (rev === "" || rev.startsWith("-")) throw new InputError(`--git ${expr}: not a commit or range (X-N, a..b, or one commit)`);
    const range = m ? [`-${m[2]}`, "--end-of-options", rev] : expr.includes("..") ? ["--end-of-options", expr] : ["-1", "--end-of-options", expr];
    const log = git(["log", "--no-color", "--no-merges", "--pretty=format:%H %s", ...range], `--git ${expr}`);
    const commits = log.split("\n").filter(Boolean).map((l) => [l.slice(0, 40), l.slice(41)]).reverse();
    for (const [sha, subject] of commits) {
      try {
        const text = git(["format-patch", "-M", "--always", "--stdout", "-1", "--end-of-options", sha], `commit ${sha.slice(0, 12)}`);
        inputs.push({ name: sha, title: `Commit ${sha.slice(0, 12)} ("${subject}")`, text, commit: sha });
      } catch (err) {
        if (!(err instanceof InputError)) throw err;
        errors.push(err.message);
      }
    }
  }
  if (inputs.length === 0 && errors.length === 0) throw new InputError("no git commits after extraction");
  return inputs;
}
function commitSource(sha) {
  return { label: `commit ${sha.slice(0, 12)}`, read: (path, side) => gitBlob(`${side === "old" ? `${sha}^` : sha}:${path}`) };
}
function findTree(opts) {
  if (opts.noTree) return void 0;
  if (opts.tree) return resolve4(opts.tree);
  try {
    return execFileSync2("git", ["rev-parse", "--show-toplevel"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim() || void 0;
  } catch {
    return void 0;
  }
}
async function readInputs(opts, errors) {
  const read = opts.git?.length ? gitInputs(opts.git, errors) : [];
  for (const name of opts.inputs) {
    try {
      if (name === "-") {
        const text = await (opts.readStdin ?? (() => readPatchStream(process.stdin)))();
        let subject;
        for (const m of text.matchAll(/^Subject:\s+(.+)$/gim)) subject = m[1];
        read.push({ name: "-", title: subject ? `"${subject}"` : "Your patch", text });
      } else {
        read.push({ name, title: name, text: readPatchFile(name), file: resolve4(name) });
      }
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      errors.push(err.message);
    }
  }
  let total = 0;
  return read.filter((input) => {
    const size = Buffer.byteLength(input.text);
    if (total + size > MAX_PATCH_RUN_BYTES) {
      errors.push(`${input.name}: not linted: the patch inputs together are larger than ${mib(MAX_PATCH_RUN_BYTES)}, the limit for one run`);
      return false;
    }
    total += size;
    return true;
  });
}
async function runPatchMode(opts, io) {
  const errors = [];
  const inputs = await readInputs(opts, errors);
  const tree = findTree(opts);
  const { config, errors: configErrors, warnings } = resolveConfig(join2(tree ?? process.cwd(), "MAINTAINERS"));
  const sets = new RuleSets();
  const ruleSets = sets.get(config.rules);
  const revisionNote = configRevisionNote();
  for (const note of [...warnings.map((w) => `warning: ${formatFileError(w)}`), ...revisionNote ? [revisionNote] : []]) io.err(`claimlint: ${note}
`);
  const problems = [...configErrors.map(formatFileError), ...sets.errors];
  if (problems.length) {
    for (const p of [...problems, ...errors]) io.err(`claimlint: ${p}
`);
    return 2;
  }
  if (inputs.some((i) => ruleSets.some((rs) => compileRuleSet(rs).matcher.mayNameCoco(i.text)))) warmTagger();
  const wanted = new Set(opts.types.flatMap((t) => t.split(",")).filter(Boolean).map(ruleKey));
  const ignored2 = new Set(opts.ignore.flatMap((t) => t.split(",")).filter(Boolean).map(ruleKey));
  const rules = new Map(ruleSets.flatMap((r) => r.rules.map((x) => [x.id, x])));
  const reports = [];
  for (const input of inputs) {
    try {
      const report = await lintPatch(input.text, input.name, input.title, {
        ruleSets,
        severity: config.severity,
        source: input.commit ? commitSource(input.commit) : tree ? treeSource(tree) : void 0,
        scopeFor: (p) => documentScope(config, join2(tree ?? process.cwd(), p)),
        patchFile: input.file,
        onRuleError: (e) => errors.push(formatFileError(e))
      });
      report.findings = report.findings.filter((f) => (!wanted.size || wanted.has(f.ruleId)) && !ignored2.has(f.ruleId));
      const keptMessages = new Set(report.findings.map((f) => f.vmessage));
      for (const file of report.files) file.messages = file.messages.filter((m) => keptMessages.has(m));
      reports.push(report);
    } catch (err) {
      if (!(err instanceof PatchError)) throw err;
      errors.push(err.message);
    }
  }
  if (reports.length === 0 && errors.length) {
    for (const e of errors) io.err(`claimlint: ${e}
`);
    return 2;
  }
  fillChanged(reports.flatMap((r) => r.files));
  if (opts.format === "checkpatch") {
    const flags = {
      quiet: opts.quiet + (opts.terse ? 1 : 0),
      terse: opts.terse,
      emacs: opts.emacs || opts.terse,
      showfile: opts.showfile,
      summary: !opts.noSummary,
      mailback: opts.mailback,
      showTypes: opts.showTypes,
      verbose: opts.verbose,
      rules
    };
    writeOutput(reports.map((r) => formatCheckpatch(r, flags, reports.length > 1)).join(""), opts.output, io);
  } else if (opts.format === "b4-review") {
    writeOutput(`${formatB4Review(reports)}
`, opts.output, io);
  } else if (isVFileFormat(opts.format)) {
    const root = tree ?? findRepoRoot(process.cwd()) ?? process.cwd();
    writeReport(opts.format, reports.flatMap((r) => r.files), {
      rules: rulesOf(ruleSets),
      root,
      base: root,
      output: opts.output,
      color: opts.color ?? (opts.output === void 0 && process.stdout.isTTY === true)
    }, io);
  }
  for (const e of errors) io.err(`claimlint: ${e}
`);
  if (errors.length) return 2;
  const failing = reports.some((r) => r.findings.some((f) => f.severity === "error" || opts.failOn === "warning" && f.severity === "warning"));
  return failing ? 1 : 0;
}

// src/cli/lint-cache.ts
import { createHash as createHash2 } from "node:crypto";
import { mkdirSync as mkdirSync2, readFileSync as readFileSync2, renameSync, statSync as statSync4, writeFileSync as writeFileSync2 } from "node:fs";
import { homedir } from "node:os";
import { dirname as dirname2, join as join4, resolve as resolve5 } from "node:path";

// src/cli/resident-socket.ts
import { lstatSync, mkdirSync, statSync as statSync3 } from "node:fs";
import { tmpdir } from "node:os";
import { isAbsolute as isAbsolute5, join as join3 } from "node:path";
var uid = () => process.getuid?.() ?? -1;
function socketDir(env = process.env) {
  const runtime = env["XDG_RUNTIME_DIR"];
  return runtime && isAbsolute5(runtime) ? join3(runtime, "claimlint") : join3(tmpdir(), `claimlint-${uid()}`);
}
function socketPath(env = process.env) {
  return join3(socketDir(env), "server.sock");
}
function isPrivateDir(dir) {
  try {
    const st = lstatSync(dir);
    return st.isDirectory() && st.uid === uid() && (st.mode & 63) === 0;
  } catch {
    return false;
  }
}
function makePrivateDir(dir) {
  try {
    mkdirSync(dir, { recursive: true, mode: 448 });
  } catch (err) {
    return `cannot create ${dir}: ${err.message}`;
  }
  return isPrivateDir(dir) ? void 0 : `${dir} is not a directory of this user's closed to others (mode 0700); not using it`;
}
function bundleIdentity(bundle) {
  const st = statSync3(bundle);
  return `${st.size}:${Math.trunc(st.mtimeMs)}`;
}
function onMessages(socket, handle) {
  let buffer = "";
  socket.setEncoding("utf8");
  socket.on("data", (chunk) => {
    buffer += chunk;
    for (let nl = buffer.indexOf("\n"); nl >= 0 && !socket.destroyed; nl = buffer.indexOf("\n")) {
      const line = buffer.slice(0, nl);
      buffer = buffer.slice(nl + 1);
      let message2;
      try {
        message2 = JSON.parse(line);
      } catch {
        socket.destroy();
        return;
      }
      handle(message2);
    }
  });
}

// src/cli/lint-cache.ts
var MAX_CACHE_BYTES = 256 * 1024 * 1024;
function defaultCacheLocation(cwd = process.cwd(), env = process.env) {
  const base = env["XDG_CACHE_HOME"] || join4(homedir(), ".cache");
  return join4(base, "claimlint", "lint-cache", `${sha256(resolve5(cwd)).slice(0, 16)}.json`);
}
var sha256 = (s) => createHash2("sha256").update(s).digest("hex");
function identity() {
  let bundle = "";
  try {
    bundle = bundleIdentity(join4(packageRoot(), "dist", "claimlint.mjs"));
  } catch {
  }
  return `${claimlintVersion()} ${bundle}`;
}
var ruleSetHashes = /* @__PURE__ */ new WeakMap();
var ruleSetHash = (rs) => {
  let h = ruleSetHashes.get(rs);
  if (!h) ruleSetHashes.set(rs, h = sha256(JSON.stringify(rs)));
  return h;
};
function optionsKey(options) {
  return JSON.stringify({ rules: options.ruleSets.map(ruleSetHash), scope: options.scope ?? null, severity: options.severity ?? null, coco: options.cocoDocument ?? null });
}
function readCache(location, id) {
  try {
    if (statSync4(location).size > MAX_CACHE_BYTES) return {};
    const parsed = JSON.parse(readFileSync2(location, "utf8"));
    if (parsed?.claimlint !== id || typeof parsed.entries !== "object" || parsed.entries === null) return {};
    return parsed.entries;
  } catch {
    return {};
  }
}
function openLintCache(location) {
  const id = identity();
  const entries = readCache(location, id);
  const keyOf2 = (file, options) => sha256(`${sha256(String(file.value))}\0${optionsKey(options)}`);
  const pathOf = (file) => resolve5(file.path ?? "");
  return {
    location,
    restore(file, options) {
      const e = entries[pathOf(file)];
      if (!e || typeof e !== "object" || e.key !== keyOf2(file, options) || !Array.isArray(e.messages)) return false;
      for (const w of e.messages) addWire(file, w);
      Object.assign(file.data, e.data ?? {});
      return true;
    },
    record(file, options) {
      entries[pathOf(file)] = { key: keyOf2(file, options), messages: file.messages.map((m) => toWire(m)), data: { ...file.data } };
    },
    save() {
      const tmp = `${location}.${process.pid}.tmp`;
      try {
        mkdirSync2(dirname2(location), { recursive: true, mode: 448 });
        writeFileSync2(tmp, JSON.stringify({ claimlint: id, entries }), { mode: 384 });
        renameSync(tmp, location);
        return void 0;
      } catch (err) {
        return `${location}: cache not written: ${err.message}`;
      }
    }
  };
}

// src/cli/fix.ts
import { readFileSync as readFileSync3 } from "node:fs";
import { isAbsolute as isAbsolute6, relative as relative5, sep as sep5 } from "node:path";

// src/cli/fix-write.ts
import {
  accessSync,
  closeSync as closeSync2,
  constants as constants2,
  fchmodSync,
  fchownSync,
  fstatSync as fstatSync2,
  fsyncSync,
  ftruncateSync,
  openSync as openSync2,
  readSync as readSync2,
  realpathSync as realpathSync3,
  renameSync as renameSync2,
  rmSync,
  statSync as statSync5,
  writeSync
} from "node:fs";
import { randomBytes } from "node:crypto";
import { basename, dirname as dirname3, join as join5, resolve as resolve6 } from "node:path";
var message = (err) => err.message;
function isReadOnly(path, st) {
  if ((st.mode & 146) === 0) return true;
  if (process.geteuid?.() === 0) return false;
  try {
    accessSync(path, constants2.W_OK);
    return false;
  } catch {
    return true;
  }
}
function writeFixed(path, original, data) {
  let target;
  let st;
  try {
    target = realpathSync3(path);
    st = statSync5(target);
  } catch (err) {
    throw new InputError(`${path}: cannot write: ${message(err)}`);
  }
  if (!st.isFile()) throw new InputError(`${path}: not a regular file; not fixed`);
  if (isReadOnly(target, st)) throw new InputError(`${path}: read-only (mode ${(st.mode & 4095).toString(8).padStart(4, "0")}); not fixed`);
  if (st.nlink > 1 || process.geteuid !== void 0 && st.uid !== process.geteuid()) {
    writeInPlace(path, target, original, data);
    return;
  }
  if (!replaceAtomically(path, target, st, original, data)) writeInPlace(path, target, original, data);
}
function readAll2(fd) {
  const parts = [];
  let at = 0;
  for (; ; ) {
    const buf = Buffer.allocUnsafe(64 * 1024);
    const n = readSync2(fd, buf, 0, buf.length, at);
    if (n === 0) return Buffer.concat(parts);
    parts.push(buf.subarray(0, n));
    at += n;
  }
}
function writeAll(fd, data) {
  let off = 0;
  while (off < data.length) off += writeSync(fd, data, off, data.length - off, off);
}
var changed = (path) => new InputError(`${path}: changed since it was linted; not fixed`);
function writeInPlace(path, target, original, data) {
  let fd;
  try {
    fd = openSync2(target, "r+");
  } catch (err) {
    throw new InputError(`${path}: cannot write: ${message(err)}`);
  }
  try {
    if (!readAll2(fd).equals(original)) throw changed(path);
    writeAll(fd, data);
    ftruncateSync(fd, data.length);
    fsyncSync(fd);
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError(`${path}: cannot write: ${message(err)}`);
  } finally {
    closeSync2(fd);
  }
}
function replaceAtomically(path, target, st, original, data) {
  const tmp = join5(dirname3(target), `.${basename(target)}.claimlint-${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
  try {
    const fd = openSync2(tmp, "wx", 384);
    try {
      if (fstatSync2(fd).gid !== st.gid) {
        try {
          fchownSync(fd, st.uid, st.gid);
        } catch {
          rmSync(tmp, { force: true });
          return false;
        }
      }
      fchmodSync(fd, st.mode & 4095);
      writeAll(fd, data);
      fsyncSync(fd);
    } finally {
      closeSync2(fd);
    }
    const now = statSync5(target);
    if (now.ino !== st.ino || now.dev !== st.dev || !readAllAt(target).equals(original)) throw changed(path);
    renameSync2(tmp, target);
    return true;
  } catch (err) {
    rmSync(tmp, { force: true });
    if (err instanceof InputError) throw err;
    throw new InputError(`${path}: cannot write: ${message(err)}`);
  }
}
function readAllAt(path) {
  const fd = openSync2(path, "r");
  try {
    return readAll2(fd);
  } finally {
    closeSync2(fd);
  }
}
function writeFileAtomic(path, data) {
  let target = resolve6(path);
  let mode;
  try {
    target = realpathSync3(path);
    mode = statSync5(target).mode & 4095;
  } catch (err) {
    if (err.code !== "ENOENT") throw new InputError(`${path}: cannot write: ${message(err)}`);
  }
  const tmp = join5(dirname3(target), `.${basename(target)}.claimlint-${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
  try {
    const fd = openSync2(tmp, "wx", 438);
    try {
      if (mode !== void 0) fchmodSync(fd, mode);
      writeAll(fd, data);
      fsyncSync(fd);
    } finally {
      closeSync2(fd);
    }
    renameSync2(tmp, target);
  } catch (err) {
    rmSync(tmp, { force: true });
    throw new InputError(`${path}: cannot write: ${message(err)}`);
  }
}

// src/cli/fix.ts
function offsets(m) {
  const place = m.place;
  if (!place || !("start" in place)) return void 0;
  const { start, end } = place;
  if (start.offset === void 0 || end.offset === void 0) return void 0;
  return { start: start.offset, end: end.offset, line: start.line, column: start.column };
}
function overlaps(a, b) {
  if (a.start === a.end || b.start === b.end) {
    return a.start <= b.end && b.start <= a.end;
  }
  return a.start < b.end && b.start < a.end;
}
var where = (f) => `${f.line}:${f.column}`;
function planFixes(file) {
  const before = String(file.value);
  const candidates = [];
  for (const m of file.messages) {
    const text = m.expected?.[0];
    const at = offsets(m);
    if (text === void 0 || !at) continue;
    const old = before.slice(at.start, at.end);
    candidates.push({ ...at, text, old, ruleId: m.ruleId ?? "unknown" });
  }
  const ordered = candidates.map((c, i) => [c, i]).sort((a, b) => a[0].start - b[0].start || a[0].end - b[0].end || a[1] - b[1]).map(([c]) => c);
  const applied = [];
  const skipped = [];
  for (const c of ordered) {
    if (c.text === c.old) continue;
    const clash = applied.find((a) => overlaps(a, c));
    if (!clash) {
      applied.push(c);
      continue;
    }
    if (clash.start === c.start && clash.end === c.end && clash.text === c.text) {
      applied.push(c);
      continue;
    }
    skipped.push({ ...c, reason: `overlaps the fix for ${clash.ruleId} at ${where(clash)}` });
  }
  return { path: file.path, before, after: applyEdits(before, applied), applied, skipped };
}
function applyEdits(text, edits) {
  const unique = dedupe(edits);
  let out = "";
  let at = 0;
  for (const e of unique) {
    if (e.start < at) throw new Error(`overlapping edits at ${e.start}`);
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + text.slice(at);
}
function dedupe(edits) {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  return sorted.filter((e, i) => {
    const p = sorted[i - 1];
    return !(p && p.start === e.start && p.end === e.end && p.text === e.text);
  });
}
function splitLines2(text) {
  const starts = text.length ? [0] : [];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10 && i + 1 < text.length) starts.push(i + 1);
  return { starts, text };
}
var lineEnd = (l, i) => l.starts[i + 1] ?? l.text.length;
function lineOf(l, o) {
  let lo = 0;
  let hi = l.starts.length - 1;
  while (lo < hi) {
    const mid = lo + hi + 1 >> 1;
    if (l.starts[mid] <= o) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
function chunkLines(chunk) {
  if (chunk === "") return { lines: [], finalNewline: true };
  const finalNewline = chunk.endsWith("\n");
  return { lines: (finalNewline ? chunk.slice(0, -1) : chunk).split("\n"), finalNewline };
}
function unifiedDiff(text, edits, path, context = 3) {
  const unique = dedupe(edits);
  if (unique.length === 0 || applyEdits(text, unique) === text) return "";
  const l = splitLines2(text);
  const n = l.starts.length;
  const blocks = [];
  for (const e of unique) {
    const a = lineOf(l, e.start);
    let b = e.end > e.start ? lineOf(l, e.end - 1) : a;
    if (e.end === text.length && n > 0) b = n - 1;
    const last = blocks[blocks.length - 1];
    if (last && a <= last.b + 1) {
      last.b = Math.max(last.b, b);
      last.edits.push(e);
    } else blocks.push({ a, b, edits: [e] });
  }
  const newText = (blk) => {
    const from = l.starts[blk.a] ?? 0;
    const to = lineEnd(l, blk.b);
    return applyEdits(text.slice(from, to), blk.edits.map((e) => ({ ...e, start: e.start - from, end: e.end - from })));
  };
  for (const blk of blocks) {
    while (blk.b < n - 1 && !newText(blk).endsWith("\n")) blk.b++;
  }
  const merged = [];
  for (const blk of blocks) {
    const last = merged[merged.length - 1];
    if (last && blk.a <= last.b + 1) {
      last.b = Math.max(last.b, blk.b);
      for (const e of blk.edits) last.edits.push(e);
    } else merged.push(blk);
  }
  const oldChunk = (a, b) => text.slice(l.starts[a] ?? 0, lineEnd(l, b));
  const finalNewline = text.endsWith("\n");
  const lastLine = n - 1;
  let out = `--- ${diffPath("a", path)}
+++ ${diffPath("b", path)}
`;
  let delta = 0;
  let i = 0;
  while (i < merged.length) {
    let j = i;
    while (j + 1 < merged.length && merged[j + 1].a - merged[j].b - 1 <= 2 * context) j++;
    const first = merged[i];
    const lastBlk = merged[j];
    const from = Math.max(0, first.a - context);
    const to = Math.min(lastLine, lastBlk.b + context);
    let body = "";
    let oldCount = 0;
    let newCount = 0;
    const hunkDelta = delta;
    const contextLines = (a, b) => {
      for (let k = a; k <= b; k++) {
        body += ` ${chunkLines(oldChunk(k, k)).lines[0] ?? ""}
`;
        if (k === lastLine && !finalNewline) body += "\\ No newline at end of file\n";
        oldCount++;
        newCount++;
      }
    };
    let at = from;
    for (let k = i; k <= j; k++) {
      const blk = merged[k];
      contextLines(at, blk.a - 1);
      const old = chunkLines(oldChunk(blk.a, blk.b));
      const neu = chunkLines(newText(blk));
      for (const line of old.lines) body += `-${line}
`;
      if (!old.finalNewline) body += "\\ No newline at end of file\n";
      for (const line of neu.lines) body += `+${line}
`;
      if (!neu.finalNewline) body += "\\ No newline at end of file\n";
      oldCount += old.lines.length;
      newCount += neu.lines.length;
      delta += neu.lines.length - old.lines.length;
      at = blk.b + 1;
    }
    contextLines(at, to);
    const range = (start, count) => count === 0 ? `${start},0` : count === 1 ? `${start + 1}` : `${start + 1},${count}`;
    out += `@@ -${range(from, oldCount)} +${range(from + hunkDelta, newCount)} @@
${body}`;
    i = j + 1;
  }
  return out;
}
function diffPath(prefix, path) {
  const rel = relative5(process.cwd(), path);
  if (rel === "" || rel.startsWith("..") || isAbsolute6(rel)) return path;
  return `${prefix}/${rel.split(sep5).join("/")}`;
}
var BOM = Buffer.from([239, 187, 191]);
function fixedBytes(path, before, after) {
  let buf;
  try {
    buf = readFileSync3(path);
  } catch (err) {
    throw new InputError(`${path}: cannot read: ${err.message}`);
  }
  const bom = buf.subarray(0, 3).equals(BOM);
  const prefix = bom ? BOM : Buffer.alloc(0);
  if (decodeText(buf, path) !== before || !Buffer.concat([prefix, Buffer.from(before, "utf8")]).equals(buf)) {
    throw new InputError(`${path}: changed since it was linted; not fixed`);
  }
  return { original: buf, bytes: Buffer.concat([prefix, Buffer.from(after, "utf8")]) };
}
function quote(s) {
  return `'${s.replace(/\\/g, "\\\\").replace(/\r/g, "\\r").replace(/\n/g, "\\n").replace(/\t/g, "\\t")}'`;
}
function fixFiles(files, opts) {
  const run2 = { changed: /* @__PURE__ */ new Map(), errors: [], applied: 0, skipped: 0 };
  let fileCount = 0;
  for (const file of files) {
    const plan = planFixes(file);
    const skippedLines = plan.skipped.map((s2) => [s2.start, `${plan.path}:${where(s2)}: ${s2.ruleId}: not fixed: ${s2.reason}
`]);
    run2.skipped += plan.skipped.length;
    const report = (applied) => {
      const lines = [...skippedLines, ...applied.map((a) => [a.start, `${plan.path}:${where(a)}: ${a.ruleId}: ${quote(a.old)} -> ${quote(a.text)}
`])];
      for (const [, line] of lines.sort((x, y) => x[0] - y[0])) opts.err(line);
    };
    if (plan.after === plan.before) {
      report([]);
      continue;
    }
    try {
      const { original, bytes } = fixedBytes(plan.path, plan.before, plan.after);
      if (opts.dryRun) {
        const bom = bytes.subarray(0, 3).equals(BOM) ? "\uFEFF" : "";
        opts.out(unifiedDiff(bom + plan.before, plan.applied.map((a) => ({ ...a, start: a.start + bom.length, end: a.end + bom.length })), plan.path));
      } else {
        writeFixed(plan.path, original, bytes);
      }
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      run2.errors.push(err.message);
      continue;
    }
    report(plan.applied);
    run2.applied += plan.applied.length;
    run2.changed.set(plan.path, plan.after);
    fileCount++;
  }
  const s = (k, w) => `${k} ${w}${k === 1 ? "" : "s"}`;
  const verb = opts.dryRun ? "would fix" : "fixed";
  const notFixed = run2.skipped ? ` (${s(run2.skipped, "overlapping fix")} not applied)` : "";
  opts.err(`claimlint: ${verb} ${s(run2.applied, "finding")} in ${s(fileCount, "file")}${notFixed}
`);
  return run2;
}

// src/cli/baseline.ts
var import_yaml = __toESM(require_dist(), 1);
import { createHash as createHash3 } from "node:crypto";
import { dirname as dirname4, relative as relative6, resolve as resolve7, sep as sep6 } from "node:path";
var BASELINE_VERSION = 1;
function claimText(m, source) {
  const sentence = m.data?.sentence;
  const raw = sentence ? source.slice(sentence.start, sentence.end) : m.actual ?? "";
  return raw.replace(/\s+/g, " ").trim();
}
function claimHash2(m, source) {
  return createHash3("sha256").update(claimText(m, source)).digest("hex").slice(0, 16);
}
function baselinePath(baselineFile, file) {
  return relative6(dirname4(resolve7(baselineFile)), resolve7(file)).split(sep6).join("/");
}
var keyOf = (rule, path, hash) => `${rule}\0${path}\0${hash}`;
function keyed(files, baselineFile) {
  const out = [];
  for (const file of files) {
    const path = baselinePath(baselineFile, file.path);
    const source = String(file.value);
    for (const message2 of file.messages) {
      out.push({ file, message: message2, entry: { rule: message2.ruleId ?? "", path, hash: claimHash2(message2, source) } });
    }
  }
  return out;
}
function baselineEntries(files, baselineFile) {
  const seen = /* @__PURE__ */ new Map();
  const entries = keyed(files, baselineFile).map(({ entry }) => {
    const k = keyOf(entry.rule, entry.path, entry.hash);
    const occurrence = (seen.get(k) ?? 0) + 1;
    seen.set(k, occurrence);
    return { ...entry, occurrence };
  });
  return entries.map((e, i) => [e, i]).sort((a, b) => a[0].path < b[0].path ? -1 : a[0].path > b[0].path ? 1 : a[1] - b[1]).map(([e]) => e);
}
function formatBaseline(entries) {
  const lines = entries.map((e) => `    ${JSON.stringify({ rule: e.rule, path: e.path, hash: e.hash, occurrence: e.occurrence })}`);
  return `{
  "version": ${BASELINE_VERSION},
  "findings": [${lines.length ? `
${lines.join(",\n")}
  ` : ""}]
}
`;
}
function writeBaseline(baselineFile, files) {
  const entries = baselineEntries(files, baselineFile);
  writeFileAtomic(baselineFile, Buffer.from(formatBaseline(entries), "utf8"));
  return entries.length;
}
function lineColumn(text, at) {
  const before = text.slice(0, at);
  const line = before.split("\n").length;
  return `${line}:${at - (before.lastIndexOf("\n") + 1) + 1}`;
}
function notJsonAt(text) {
  const doc = (0, import_yaml.parseDocument)(text, { uniqueKeys: false, lineCounter: new import_yaml.LineCounter() });
  if (doc.errors[0]) return doc.errors[0].pos[0];
  let at;
  (0, import_yaml.visit)(doc, (_key, node) => {
    const plainWord = (0, import_yaml.isScalar)(node) && node.type === "PLAIN" && typeof node.value === "string";
    const block2 = (0, import_yaml.isCollection)(node) && !node.flow && ((0, import_yaml.isMap)(node) || (0, import_yaml.isSeq)(node));
    if (plainWord || block2 || (0, import_yaml.isScalar)(node) && (node.type === "QUOTE_SINGLE" || node.type?.startsWith("BLOCK"))) {
      at = node.range?.[0];
      return import_yaml.visit.BREAK;
    }
    return void 0;
  });
  return at ?? 0;
}
function kindOf(v) {
  if (v === void 0) return "nothing";
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  if (typeof v === "object") return "an object";
  if (typeof v === "number") return `the number ${v}`;
  return `a ${typeof v}`;
}
function readBaseline(baselineFile) {
  let text;
  try {
    text = readRegularFile(baselineFile, MAX_BASELINE_BYTES).toString("utf8");
  } catch (err) {
    throw new InputError(`${baselineFile}: cannot read baseline: ${err instanceof ReadRefusal ? err.message : err.message}`);
  }
  let data;
  try {
    data = JSON.parse(text);
  } catch (err) {
    const msg = err.message;
    const v8 = /at position (\d+)/.exec(msg);
    const at = v8 ? Number(v8[1]) : /end of JSON input/.test(msg) ? text.length : notJsonAt(text);
    const reason = /^Unexpected token/.test(msg) ? "Unexpected token" : msg.replace(/ in JSON at position \d+.*$/, "").replace(/\s*\(line \d+ column \d+\)$/, "");
    throw new InputError(`${baselineFile}:${lineColumn(text, at)}: not a valid baseline: ${reason}`);
  }
  const doc = (0, import_yaml.parseDocument)(text, { uniqueKeys: false });
  const bad = (where2, what) => {
    let node;
    for (let n = where2.length; n > 0 && !node; n--) node = doc.getIn(where2.slice(0, n), true);
    node ??= doc.contents ?? void 0;
    return new InputError(`${baselineFile}:${lineColumn(text, node?.range?.[0] ?? 0)}: not a valid baseline: ${what}`);
  };
  if (typeof data !== "object" || data === null || Array.isArray(data)) throw bad([], 'expected a JSON object with "version" and "findings"');
  const obj = data;
  if (obj["version"] !== BASELINE_VERSION) throw bad(["version"], `"version" must be ${BASELINE_VERSION} (found ${kindOf(obj["version"])})`);
  const findings = obj["findings"];
  if (!Array.isArray(findings)) throw bad(["findings"], `"findings" must be an array (found ${kindOf(findings)})`);
  const out = [];
  findings.forEach((f, i) => {
    if (typeof f !== "object" || f === null || Array.isArray(f)) throw bad(["findings", i], `findings[${i}] must be an object (found ${kindOf(f)})`);
    const e = f;
    for (const k of ["rule", "path", "hash"]) {
      if (typeof e[k] !== "string") throw bad(["findings", i, k], `findings[${i}].${k} must be a string (found ${kindOf(e[k])})`);
    }
    const occurrence = e["occurrence"] ?? 1;
    if (typeof occurrence !== "number" || !Number.isInteger(occurrence) || occurrence < 1) {
      throw bad(["findings", i, "occurrence"], `findings[${i}].occurrence must be a positive integer (found ${kindOf(occurrence)})`);
    }
    out.push({ rule: e["rule"], path: e["path"], hash: e["hash"], occurrence });
  });
  return { version: BASELINE_VERSION, findings: out };
}
function applyBaseline(files, baseline, baselineFile) {
  const budget = /* @__PURE__ */ new Map();
  for (const e of baseline.findings) {
    const k = keyOf(e.rule, e.path, e.hash);
    budget.set(k, (budget.get(k) ?? 0) + 1);
  }
  const drop = /* @__PURE__ */ new Set();
  for (const { message: message2, entry } of keyed(files, baselineFile)) {
    const k = keyOf(entry.rule, entry.path, entry.hash);
    const left = budget.get(k) ?? 0;
    if (left > 0) {
      budget.set(k, left - 1);
      drop.add(message2);
    }
  }
  for (const file of files) file.messages = file.messages.filter((m) => !drop.has(m));
  return drop.size;
}

// src/cli/progress.ts
var PROGRESS_THRESHOLD = 200;
function createProgress(total, opts) {
  const active = opts.isTTY && total > (opts.threshold ?? PROGRESS_THRESHOLD);
  const interval = opts.interval ?? 100;
  const now = opts.now ?? (() => Date.now());
  let shown = 0;
  let last = -Infinity;
  return {
    active,
    update(done) {
      if (!active) return;
      const t = now();
      if (done < total && t - last < interval) return;
      last = t;
      const text = `claimlint: ${done}/${total} files`;
      opts.write(`\r${text}${" ".repeat(Math.max(0, shown - text.length))}`);
      shown = text.length;
    },
    clear() {
      if (!active || shown === 0) return;
      opts.write(`\r${" ".repeat(shown)}\r`);
      shown = 0;
    }
  };
}

// src/cli/inspect.ts
function treeOf(file, text) {
  try {
    return parseDocument(text, { syntax: syntaxOf(file.path ?? "") });
  } catch (err) {
    if (err instanceof DocumentError) throw new InputError(formatDocumentError(file.path ?? "-", err));
    throw err;
  }
}
function printTree(file) {
  return `${JSON.stringify(treeOf(file, String(file.value)), null, 2)}
`;
}
function printProse(file) {
  const text = String(file.value);
  const src = makeSource(text);
  const at = (offset) => {
    const p = pointAt(src, offset);
    return `${p.line}:${p.column}`;
  };
  let out = "";
  for (const unit of proseUnits(treeOf(file, text), text)) {
    const chain = unit.sections.length ? `  [${unit.sections.join(" > ")}]` : "";
    out += `${at(unit.start)}  ${unit.kind}${chain}
`;
    for (const s of sentencesOf(unit)) out += `  ${at(s.start)}  ${s.text.replace(/\s+/g, " ").trim()}
`;
  }
  return out;
}

// src/cli/rule-commands.ts
import { parseArgs } from "node:util";

// src/cli/test-rules.ts
var EXAMPLE_PATH = "Documentation/virt/coco/claimlint-example.rst";
function loadAll(files, io) {
  const ruleSets = [];
  let failed = false;
  for (const file of files) {
    const { ruleSet, errors } = loadRuleFile(file);
    for (const e of errors) io.err(`${formatFileError(e)}
`);
    if (ruleSet) ruleSets.push(ruleSet);
    else failed = true;
  }
  return failed ? void 0 : ruleSets;
}
function runExample(ruleSet, rule, example, kind, lint = lintText) {
  const options = {
    path: example.path ?? EXAMPLE_PATH,
    ruleSets: [ruleSet],
    // A rule that is off by default is still tested.
    ...rule.severity === "off" ? { severity: { [rule.id]: "info" } } : {}
  };
  if (example.path === void 0) options.cocoDocument = true;
  const expected = kind === "ok" ? `no ${rule.id} finding` : `a ${rule.id} finding${example.at === void 0 ? "" : ` at '${example.at}'`}`;
  let file;
  try {
    file = lint(example.text, options);
  } catch (err) {
    const e = err;
    return { example, kind, passed: false, expected, reported: [`(lint threw) ${e.stack ?? e.message}`] };
  }
  const mine = file.messages.filter((m) => m.ruleId === rule.id);
  const textAt = (m) => {
    const start = m.place && "start" in m.place ? m.place.start.offset : void 0;
    const end = m.place && "end" in m.place ? m.place.end.offset : void 0;
    return start === void 0 || end === void 0 ? void 0 : example.text.slice(start, end);
  };
  const passed = kind === "ok" ? mine.length === 0 : mine.some((m) => example.at === void 0 || textAt(m) === example.at);
  const reported = file.messages.map((m) => {
    const where2 = `${m.line ?? 1}:${m.column ?? 1}`;
    const at = textAt(m);
    return `${m.ruleId ?? "(no rule)"} ${where2}${at === void 0 ? "" : ` at '${at}'`}: ${m.reason}`;
  });
  return { example, kind, passed, expected, reported };
}
function quote2(text) {
  return JSON.stringify(text);
}
async function testRules(files, io, lint = lintText) {
  const list = files.length ? files : defaultRuleFiles();
  const ruleSets = loadAll(list, io);
  if (!ruleSets) return 2;
  let passed = 0;
  let failed = 0;
  for (const ruleSet of ruleSets) {
    io.out(`${ruleSet.file}
`);
    if (ruleSet.rules.length === 0) io.out("  (no rules)\n");
    for (const rule of ruleSet.rules) {
      const outcomes = [
        ...rule.examples.flagged.map((ex) => runExample(ruleSet, rule, ex, "flagged", lint)),
        ...rule.examples.ok.map((ex) => runExample(ruleSet, rule, ex, "ok", lint))
      ];
      const bad = outcomes.filter((o) => !o.passed);
      passed += outcomes.length - bad.length;
      failed += bad.length;
      const count = `${outcomes.length} example${outcomes.length === 1 ? "" : "s"}`;
      io.out(bad.length ? `  \u2717 ${rule.id}  ${count}, ${bad.length} failed
` : `  \u2713 ${rule.id}  ${count}
`);
      for (const o of bad) {
        const place = o.example.place ? `${o.example.place.file}:${o.example.place.line}:${o.example.place.column}` : ruleSet.file;
        const under = o.example.path === void 0 ? "" : ` (as ${o.example.path})`;
        io.out(`    ${o.kind} example at ${place}${under}:
`);
        io.out(`      ${quote2(o.example.text)}
`);
        io.out(`      expected: ${o.expected}
`);
        if (o.reported.length === 0) io.out("      reported: nothing\n");
        for (const r of o.reported) io.out(`      reported: ${r}
`);
      }
    }
  }
  io.out(`${passed} passed, ${failed} failed
`);
  return failed ? 1 : 0;
}

// src/cli/explain.ts
var WIDTH = 80;
function wrap2(text, first = "", rest = first, width = WIDTH) {
  const out = [];
  for (const para of text.trim().split(/\n\s*\n/)) {
    if (out.length) out.push("");
    let line = "";
    const indent = () => out.length === 0 ? first : rest;
    for (const word of para.split(/\s+/).filter(Boolean)) {
      if (line && indent().length + line.length + 1 + word.length > width) {
        out.push(indent() + line);
        line = word;
      } else {
        line = line ? `${line} ${word}` : word;
      }
    }
    if (line) out.push(indent() + line);
  }
  return out.map((l) => l.trimEnd()).join("\n");
}
function examples(title, list) {
  if (list.length === 0) return [];
  const lines = [`${title}:`];
  for (const ex of list) {
    const notes = [ex.at === void 0 ? "" : `at '${ex.at}'`, ex.path === void 0 ? "" : `as ${ex.path}`].filter(Boolean);
    const text = ex.text.trim();
    const first = text.includes("\n") ? `  - ${text.split("\n").join("\n    ")}` : wrap2(text, "  - ", "    ");
    lines.push(notes.length ? `${first}
    (${notes.join(", ")})` : first);
  }
  return lines;
}
function describeTarget(rule, ruleSet) {
  const lines = [];
  if (rule.kind === "property") {
    const property = ruleSet.properties.find((p) => p.id === rule.target);
    if (!property) return lines;
    lines.push(`Property: ${property.name} (${property.id})`);
    const width = ruleSet.technologies.reduce((w, t) => Math.max(w, t.id.length), 0);
    for (const t of ruleSet.technologies) {
      const value = property.values[t.id] ?? "?";
      const head = `  ${t.id.padEnd(width)}  ${value.padEnd(6)}`;
      const note = property.notes[t.id];
      lines.push(note ? wrap2(note, `${head}  `, " ".repeat(head.length + 2)) : head.trimEnd());
    }
    lines.push(...describeFrames(property.frames, property.patterns.map((x) => x.regex), ruleSet));
  } else if (rule.kind === "term") {
    const term = ruleSet.terms.find((t) => t.id === rule.target);
    if (!term) return lines;
    lines.push(`Term: /${term.regex}/i`, `  suggestions: ${term.suggestions.map((s) => `"${s}"`).join(", ")}`);
  } else if (rule.kind === "umbrella") {
    const umbrellas = ruleSet.umbrellas.filter((u) => u.overgeneral);
    if (umbrellas.length) lines.push("Overgeneral umbrellas:");
    for (const u of umbrellas) lines.push(`  ${u.phrases.join(", ")} -> ${u.covers.join(", ")}`);
  }
  return lines;
}
var CLAIMS = {
  blocked: 'an attack it rules out ("cannot", "is detected", "is prevented"); an attacker able to do it denies the property',
  asserted: "the property itself; negated, it denies the property",
  denied: "a word whose assertion denies the property; negated, it claims it"
};
function describeFrames(frames, patterns, ruleSet) {
  if (!frames.length && !patterns.length) return [];
  const words = (ids) => ids.map((id) => {
    const c = ruleSet.lexicon.find((x) => x.id === id);
    return c ? `${id} (${c.words.slice(0, 5).join(", ")}${c.words.length > 5 ? ", ..." : ""})` : id;
  }).join("; ");
  const lines = frames.length ? ["", "Recognised by meaning (frames; see docs/semantics.md):"] : [];
  frames.forEach((f, i) => {
    lines.push(wrap2(`${i + 1}. ${f.claim}: ${CLAIMS[f.claim]}`, "  ", "     "));
    lines.push(wrap2(`act: ${words(f.act)}`, "       ", "       "));
    if (f.patient) lines.push(wrap2(`patient: ${words(f.patient)}`, "       ", "       "));
    if (f.agent) lines.push(wrap2(`agent: ${words(f.agent)}`, "       ", "       "));
    if (f.requires) lines.push(wrap2(`requires: ${words(f.requires)}`, "       ", "       "));
    if (f.excludes) lines.push(wrap2(`excludes: ${words(f.excludes)}`, "       ", "       "));
  });
  if (patterns.length) lines.push("", frames.length ? "Fixed terms (patterns, tried when no frame matches):" : "Recognised by its patterns:", ...patterns.map((p) => `  /${p}/i`));
  return lines;
}
function explainText(rule, ruleSet) {
  const sections = [];
  sections.push([
    `${rule.id}`,
    `  kind: ${rule.kind}, severity: ${rule.severity}`,
    `  rule set: ${ruleSet.id} (${rule.place.file}:${rule.place.line}:${rule.place.column})`
  ]);
  sections.push(["Message:", wrap2(rule.message, "  ")]);
  sections.push(["Rationale:", wrap2(rule.rationale, "  ")]);
  if (rule.source) {
    const s = rule.source;
    sections.push([
      "Source:",
      `  ${s.reviewer}, ${s.date}`,
      wrap2(`Subject: ${s.subject}`, "  ", "           "),
      `  Message-ID: ${s.messageId}`,
      ...s.url ? [`  ${s.url}`] : []
    ]);
  }
  if (rule.url) sections.push([`URL: ${rule.url}`]);
  const target = describeTarget(rule, ruleSet);
  if (target.length) sections.push(target);
  const flagged = examples("Flagged", rule.examples.flagged);
  if (flagged.length) sections.push(flagged);
  const ok = examples("Not flagged", rule.examples.ok);
  if (ok.length) sections.push(ok);
  return `${sections.map((s) => s.join("\n")).join("\n\n")}
`;
}
async function explain(ruleId, files, io) {
  const ruleSets = loadAll(files.length ? files : defaultRuleFiles(), io);
  if (!ruleSets) return 2;
  for (const ruleSet of ruleSets) {
    const rule = ruleSet.rules.find((r) => r.id === ruleId);
    if (rule) {
      io.out(explainText(rule, ruleSet));
      return 0;
    }
  }
  const known = ruleSets.flatMap((s) => s.rules.map((r) => r.id));
  io.err(`claimlint: unknown rule '${ruleId}' (known: ${known.length ? known.join(", ") : "none"})
`);
  return 2;
}

// src/cli/rule-commands.ts
var RULE_COMMANDS = ["test-rules", "explain"];
async function ruleCommand(argv, io) {
  const [command, ...args] = argv;
  if (command === "test-rules") {
    const { positionals: positionals2 } = parseArgs({ args, allowPositionals: true, options: {} });
    return testRules(positionals2, io);
  }
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { rules: { type: "string", multiple: true } }
  });
  if (positionals.length !== 1) throw new InputError("explain: expected one RULE (claimlint explain RULE [--rules FILE])");
  return explain(positionals[0], values.rules ?? [], io);
}

// src/cli/main.ts
var HELP = `Usage: claimlint [options] [paths or globs ...]
       claimlint parse FILE      print the document tree as JSON (.md/.markdown read as Markdown)
       claimlint prose FILE      print prose units and sentences with line:column
       claimlint test-rules [FILE ...]
                                 run every rule's examples (default: the shipped rule files)
       claimlint explain RULE [--rules FILE]
                                 print a rule's message, rationale, source and examples
       claimlint lsp --stdio     run the language server (LSP) on stdin/stdout
       claimlint server start|stop|status
                                 a resident server that keeps the rules and the tagger warm:
                                 while it runs, claimlint hands its runs to it (b4, hooks)

Lints Linux kernel documentation (reStructuredText and Markdown) for overgeneralized claims.
Directories mean every .rst, .md and .markdown file below them (--ext chooses);
Documentation/translations/ is skipped. A file named is linted whatever its extension:
.md and .markdown as Markdown, anything else as reStructuredText.

Options:
  -f, --format NAME        stylish (default), json, sarif, github (workflow commands, and a table
                           appended to $GITHUB_STEP_SUMMARY when set) or rdjsonl (reviewdog)
  -o, --output FILE        write the report to FILE instead of stdout
      --fail-on LEVEL      warning (default), error or info: the lowest severity that makes exit status 1
      --config FILE        use this .claimlint.yml instead of the ones found upward
      --config-rev REV     read .claimlint.yml files and the rule files they name from git
                           revision REV, not from the working tree (docs/security.md)
      --ext LIST           the extensions a directory is walked for, comma separated, with or
                           without the dot: rst, md, markdown (default: .rst,.md,.markdown)
      --no-ignore          also lint files that ignore globs skip (by default
                           Documentation/translations/)
      --follow-symlinks    follow symbolic links to directories (each directory once); links out of
                           a named directory are skipped with a note either way
      --fix                apply each finding's preferred suggestion in place (what changed goes
                           to stderr); the findings that remain are reported
      --fix-dry-run        print the diff --fix would apply; write nothing
      --baseline FILE      report only findings that are not in FILE
      --write-baseline FILE
                           record the current findings in FILE (and report none)
      --max-warnings N     exit status 1 when there are more than N warnings
      --cache              do not lint again a file whose text, rules and configuration are
                           unchanged (kept in ~/.cache/claimlint/lint-cache/, never in the tree)
      --cache-location FILE
                           keep that cache in FILE (implies --cache)
  -q, --quiet              report errors only (in patch mode: checkpatch.pl's -q)

Patch mode (a patch file, --patch FILE|-, -g RANGE, or a patch on stdin):
      --patch              read the arguments (or stdin) as patches
  -g, --git RANGE          lint the commits of RANGE (X-N, a..b, or one commit)
      --tree DIR           the kernel tree that supplies scope (default: this git work tree)
      --no-tree            lint the hunks alone
  -f, --format NAME        checkpatch (default), json, stylish, sarif, github, rdjsonl or b4-review
  checkpatch.pl's flags:   -q, --terse, --emacs, --showfile, --no-summary, --mailback,
                           --show-types, --types T,..., --ignore T,..., -v
  -h, --help               show this help
  -V, --version            print the version

Exit status: 0 nothing reported, 1 findings, 2 usage error or unreadable input.`;
function version() {
  const pkg = JSON.parse(readFileSync4(join6(packageRoot(), "package.json"), "utf8"));
  return pkg.version;
}
var stdio = {
  out: (s) => {
    process.stdout.write(s);
  },
  err: (s) => {
    process.stderr.write(s);
  },
  get errIsTTY() {
    return process.stderr.isTTY === true;
  },
  get outIsTTY() {
    return process.stdout.isTTY === true;
  },
  get inIsTTY() {
    return process.stdin.isTTY === true;
  }
};
async function main(argv, io = stdio) {
  try {
    return await run(argv, io);
  } catch (err) {
    if (err instanceof InputError) {
      io.err(`claimlint: ${err.message}
`);
      return 2;
    }
    const e = err;
    if (e.code?.startsWith("ERR_PARSE_ARGS")) {
      io.err(`claimlint: ${e.message}
Try 'claimlint --help'.
`);
      return 2;
    }
    io.err(`claimlint: internal error: ${e.stack ?? e.message}
`);
    return 2;
  }
}
function isPatchFile(p) {
  if (p === "-") return true;
  try {
    if (!statSync6(p).isFile()) return false;
    const fd = openSync3(p, "r");
    const head = Buffer.alloc(65536);
    const n = readSync3(fd, head, 0, head.length, 0);
    closeSync3(fd);
    return looksLikePatch(head.subarray(0, n).toString("utf8"));
  } catch {
    return false;
  }
}
async function run(argv, io) {
  if (RULE_COMMANDS.includes(argv[0] ?? "")) return ruleCommand(argv, io);
  if (argv[0] === "lsp") return (await import("./claimlint-server-EUDTY5LS.mjs")).runLanguageServer(argv.slice(1), io.err);
  if (argv[0] === "server") return (await import("./claimlint-resident-SIKTFE3R.mjs")).serverCommand(argv.slice(1), io);
  const { values, positionals } = parseArgs2({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: "string", short: "f", default: "stylish" },
      "fail-on": { type: "string", default: "warning" },
      "no-ignore": { type: "boolean", default: false },
      ext: { type: "string", multiple: true },
      "follow-symlinks": { type: "boolean", default: false },
      output: { type: "string", short: "o" },
      fix: { type: "boolean", default: false },
      "fix-dry-run": { type: "boolean", default: false },
      baseline: { type: "string" },
      "write-baseline": { type: "string" },
      "max-warnings": { type: "string" },
      config: { type: "string" },
      "config-rev": { type: "string" },
      cache: { type: "boolean", default: false },
      "cache-location": { type: "string" },
      // patch mode, with checkpatch.pl's flags
      patch: { type: "boolean", default: false },
      git: { type: "string", short: "g", multiple: true },
      tree: { type: "string" },
      "no-tree": { type: "boolean", default: false },
      quiet: { type: "boolean", short: "q", multiple: true },
      terse: { type: "boolean", default: false },
      emacs: { type: "boolean", default: false },
      showfile: { type: "boolean", default: false },
      "no-summary": { type: "boolean", default: false },
      mailback: { type: "boolean", default: false },
      "show-types": { type: "boolean", default: false },
      types: { type: "string", multiple: true },
      ignore: { type: "string", multiple: true },
      verbose: { type: "boolean", short: "v", default: false },
      help: { type: "boolean", short: "h" },
      version: { type: "boolean", short: "V" }
    }
  });
  if (values.help) {
    io.out(`${HELP}
`);
    return 0;
  }
  if (values.version) {
    io.out(`${version()}
`);
    return 0;
  }
  const [command, ...rest] = positionals;
  if (command === "parse" || command === "prose") {
    if (rest.length !== 1) throw new InputError(`${command}: expected one FILE`);
    const file = await readVFile(rest[0]);
    io.out(command === "parse" ? printTree(file) : printProse(file));
    return 0;
  }
  const revisionProblem = useConfigRevision(values["config-rev"]);
  if (revisionProblem) throw new InputError(revisionProblem);
  useConfigFile(values.config);
  const failOn = values["fail-on"];
  if (failOn !== "warning" && failOn !== "error" && failOn !== "info") throw new InputError(`--fail-on ${failOn}: expected warning, error or info`);
  const extensions = values.ext === void 0 ? void 0 : parseExtensions(values.ext);
  if (extensions && "problem" in extensions) throw new InputError(extensions.problem);
  const maxWarnings = values["max-warnings"];
  if (maxWarnings !== void 0 && !/^\d+$/.test(maxWarnings)) throw new InputError(`--max-warnings ${maxWarnings}: expected a number`);
  const checkpatchFlags = !!(values.quiet?.length || values.terse || values.emacs || values.showfile || values["no-summary"] || values.mailback);
  const patchFormat = values.format === "b4-review" || values.format === "checkpatch";
  const stdinPatch = positionals.length === 0 && !(io.inIsTTY ?? process.stdin.isTTY) && (values.patch || checkpatchFlags || patchFormat);
  const patchMode = values.patch || !!values.git?.length || stdinPatch || positionals.some(isPatchFile) || patchFormat && positionals.length > 0;
  const explicitFormat = argv.some((a) => a === "-f" || a === "--format" || a.startsWith("--format="));
  const format = patchMode && !explicitFormat ? "checkpatch" : values.format;
  const formats = patchMode ? ["checkpatch", ...VFILE_FORMATS, "b4-review"] : [...VFILE_FORMATS];
  if (!formats.includes(format)) throw new InputError(`--format ${format}: unknown format (${formats.join(", ")})`);
  if (patchMode) {
    const fileOnly = ["fix", "fix-dry-run", "baseline", "write-baseline", "max-warnings", "cache", "cache-location", "ext"].filter((k) => values[k]);
    if (fileOnly.length || failOn === "info") throw new InputError(`${[...fileOnly.map((k) => `--${k}`), ...failOn === "info" ? ["--fail-on info"] : []].join(", ")}: only for files, not in patch mode`);
    return runPatchMode({
      inputs: stdinPatch ? ["-"] : positionals,
      git: values.git,
      format,
      tree: values.tree,
      noTree: values["no-tree"] === true,
      quiet: values.quiet?.length ?? 0,
      terse: values.terse === true,
      emacs: values.emacs === true,
      showfile: values.showfile === true,
      noSummary: values["no-summary"] === true,
      mailback: values.mailback === true,
      showTypes: values["show-types"] === true,
      types: values.types ?? [],
      ignore: values.ignore ?? [],
      verbose: values.verbose === true,
      failOn,
      output: values.output,
      readStdin: io.readStdin,
      color: values.output === void 0 && (io.outIsTTY ?? process.stdout.isTTY) === true
    }, io);
  }
  if (positionals.length === 0) throw new InputError("no paths given (try claimlint Documentation/)");
  tagInProcess();
  const baseline = values.baseline === void 0 ? void 0 : readBaseline(values.baseline);
  const found = await expandPaths(positionals, { noIgnore: values["no-ignore"] === true, followSymlinks: values["follow-symlinks"] === true, extensions });
  for (const note of found.notes) io.err(`claimlint: ${note}
`);
  const { paths } = found;
  const progress = createProgress(paths.length, { isTTY: io.errIsTTY === true, write: io.err });
  const dryRun = values["fix-dry-run"] === true;
  const useCache = (values.cache || values["cache-location"] !== void 0) && !values.fix && !dryRun;
  const cache = useCache ? openLintCache(resolve8(values["cache-location"] ?? defaultCacheLocation())) : void 0;
  const linted = await lintPaths(paths, [], { progress: (done) => progress.update(done), cache });
  progress.clear();
  const cacheProblem = cache?.save();
  if (cacheProblem) io.err(`claimlint: warning: ${cacheProblem}
`);
  let { files } = linted;
  const errors = [...found.errors, ...linted.errors];
  if (values.fix || dryRun) {
    const fixed = fixFiles(files, { dryRun, out: io.out, err: io.err });
    for (const e of fixed.errors) errors.push(e);
    if (fixed.changed.size) {
      const again = await lintPaths([...fixed.changed.keys()], [], { read: (p) => new VFile({ path: p, value: fixed.changed.get(p) }) });
      const byPath = new Map(again.files.map((f) => [f.path, f]));
      files = files.map((f) => byPath.get(f.path) ?? f);
      for (const e of again.errors) errors.push(e);
    }
  }
  const writeTo = values["write-baseline"];
  if (writeTo !== void 0) {
    if (errors.length) {
      errors.push(`${writeTo}: baseline not written: not every file could be linted`);
    } else {
      const n = writeBaseline(writeTo, files);
      io.err(`claimlint: wrote ${n} finding${n === 1 ? "" : "s"} to ${writeTo}
`);
      for (const f of files) f.messages = [];
    }
  }
  if (baseline && values.baseline !== void 0) applyBaseline(files, baseline, values.baseline);
  const warnings = files.reduce((n, f) => n + f.messages.filter((m) => m.fatal === false).length, 0);
  if (values.quiet?.length) for (const f of files) f.messages = f.messages.filter((m) => m.fatal === true);
  if ((!dryRun || values.output !== void 0) && isVFileFormat(format)) {
    writeReport(format, files, { rules: rulesOf(linted.ruleSets), output: values.output, color: values.output === void 0 && (io.outIsTTY ?? process.stdout.isTTY) === true }, io);
  }
  for (const n of linted.notes) io.err(`claimlint: ${n}
`);
  for (const e of errors) io.err(`claimlint: ${e}
`);
  if (errors.length) return 2;
  if (maxWarnings !== void 0 && warnings > Number(maxWarnings)) {
    io.err(`claimlint: ${warnings} warnings, more than --max-warnings ${maxWarnings}
`);
    return 1;
  }
  const atFailLevel = (fatal) => failOn === "info" || fatal === true || failOn === "warning" && fatal === false;
  const failing = files.some((f) => f.messages.some((m) => atFailLevel(m.fatal)));
  return failing ? 1 : 0;
}

export {
  readPatchStream,
  socketDir,
  socketPath,
  makePrivateDir,
  bundleIdentity,
  onMessages,
  main
};
/*! Bundled license information:

is-extglob/index.js:
  (*!
   * is-extglob <https://github.com/jonschlinkert/is-extglob>
   *
   * Copyright (c) 2014-2016, Jon Schlinkert.
   * Licensed under the MIT License.
   *)

is-glob/index.js:
  (*!
   * is-glob <https://github.com/jonschlinkert/is-glob>
   *
   * Copyright (c) 2014-2017, Jon Schlinkert.
   * Released under the MIT License.
   *)

is-number/index.js:
  (*!
   * is-number <https://github.com/jonschlinkert/is-number>
   *
   * Copyright (c) 2014-present, Jon Schlinkert.
   * Released under the MIT License.
   *)

to-regex-range/index.js:
  (*!
   * to-regex-range <https://github.com/micromatch/to-regex-range>
   *
   * Copyright (c) 2015-present, Jon Schlinkert.
   * Released under the MIT License.
   *)

fill-range/index.js:
  (*!
   * fill-range <https://github.com/jonschlinkert/fill-range>
   *
   * Copyright (c) 2014-present, Jon Schlinkert.
   * Licensed under the MIT License.
   *)

queue-microtask/index.js:
  (*! queue-microtask. MIT License. Feross Aboukhadijeh <https://feross.org/opensource> *)

run-parallel/index.js:
  (*! run-parallel. MIT License. Feross Aboukhadijeh <https://feross.org/opensource> *)
*/
