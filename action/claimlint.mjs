import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  main
} from "./claimlint-chunk-WQAYJOTS.mjs";
import "./claimlint-chunk-ROLFI7LM.mjs";
import "./claimlint-chunk-K7Y7GNN3.mjs";
export {
  main
};
