import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  main
} from "./claimlint-chunk-XFMMFHIU.mjs";
import "./claimlint-chunk-26MGSJTU.mjs";
import "./claimlint-chunk-K7Y7GNN3.mjs";
export {
  main
};
