import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  main
} from "./claimlint-chunk-5JZPMSJL.mjs";
import "./claimlint-chunk-T5WQ3W6W.mjs";
import "./claimlint-chunk-K7Y7GNN3.mjs";
export {
  main
};
