import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  main
} from "./claimlint-chunk-3TAE7ZIV.mjs";
import "./claimlint-chunk-UAFG3JG4.mjs";
import "./claimlint-chunk-K7Y7GNN3.mjs";
export {
  main
};
