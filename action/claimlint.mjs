import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  main
} from "./claimlint-chunk-HG2GBOBJ.mjs";
import "./claimlint-chunk-D2EYG6L6.mjs";
import "./claimlint-chunk-K7Y7GNN3.mjs";
export {
  main
};
