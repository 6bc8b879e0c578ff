import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  main
} from "./claimlint-chunk-UNI2GZSS.mjs";
import "./claimlint-chunk-4T2DADIJ.mjs";
import "./claimlint-chunk-K7Y7GNN3.mjs";
export {
  main
};
