import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  main
} from "./claimlint-chunk-HXAAX4YV.mjs";
import "./claimlint-chunk-3V6QCLB4.mjs";
import "./claimlint-chunk-K7Y7GNN3.mjs";
export {
  main
};
