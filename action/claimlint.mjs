import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  main
} from "./claimlint-chunk-FO7EOARP.mjs";
import "./claimlint-chunk-ETGN5SFG.mjs";
import "./claimlint-chunk-K7Y7GNN3.mjs";
export {
  main
};
