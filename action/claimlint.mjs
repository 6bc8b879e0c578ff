import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  main
} from "./claimlint-chunk-U4WQTL6D.mjs";
import "./claimlint-chunk-NEXWNON6.mjs";
import "./claimlint-chunk-K7Y7GNN3.mjs";
export {
  main
};
