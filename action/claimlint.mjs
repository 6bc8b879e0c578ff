import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  main
} from "./claimlint-chunk-SG6F3MAX.mjs";
import "./claimlint-chunk-LS3LPAO6.mjs";
import "./claimlint-chunk-K7Y7GNN3.mjs";
export {
  main
};
