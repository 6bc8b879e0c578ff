import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  main
} from "./claimlint-chunk-VGXS3COD.mjs";
import "./claimlint-chunk-M2JGVB2W.mjs";
import "./claimlint-chunk-K7Y7GNN3.mjs";
export {
  main
};
