import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  main
} from "./claimlint-chunk-QHQKSFR5.mjs";
import "./claimlint-chunk-K6RW7FLU.mjs";
import "./claimlint-chunk-K7Y7GNN3.mjs";
export {
  main
};
