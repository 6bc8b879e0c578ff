import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  main
} from "./claimlint-chunk-N4O3PKKC.mjs";
import "./claimlint-chunk-33W46SFU.mjs";
import "./claimlint-chunk-K7Y7GNN3.mjs";
export {
  main
};
