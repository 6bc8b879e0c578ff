import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  main
} from "./claimlint-chunk-PBZSTIIR.mjs";
import "./claimlint-chunk-JOOTUSBS.mjs";
import "./claimlint-chunk-K7Y7GNN3.mjs";
export {
  main
};
