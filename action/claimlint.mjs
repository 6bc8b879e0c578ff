import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  main
} from "./claimlint-chunk-O7E4XWL3.mjs";
import "./claimlint-chunk-M24IAOKL.mjs";
import "./claimlint-chunk-K7Y7GNN3.mjs";
export {
  main
};
