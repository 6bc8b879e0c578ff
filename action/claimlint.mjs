import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  main
} from "./claimlint-chunk-SWGX4BKC.mjs";
import "./claimlint-chunk-RWKFZJOO.mjs";
import "./claimlint-chunk-K7Y7GNN3.mjs";
export {
  main
};
