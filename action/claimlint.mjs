import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  main
} from "./claimlint-chunk-RG7D65ZY.mjs";
import "./claimlint-chunk-PATNYJ7L.mjs";
import "./claimlint-chunk-K7Y7GNN3.mjs";
export {
  main
};
