import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  main
} from "./claimlint-chunk-R3SG3Y4C.mjs";
import "./claimlint-chunk-JA4MUHFK.mjs";
import "./claimlint-chunk-K7Y7GNN3.mjs";
export {
  main
};
