import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  main
} from "./claimlint-chunk-CTRP52NP.mjs";
import "./claimlint-chunk-YXIHEJMN.mjs";
import "./claimlint-chunk-K7Y7GNN3.mjs";
export {
  main
};
