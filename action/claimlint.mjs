import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  main
} from "./claimlint-chunk-FPWXTSIQ.mjs";
import "./claimlint-chunk-ZXCKVDYQ.mjs";
import "./claimlint-chunk-K7Y7GNN3.mjs";
export {
  main
};
