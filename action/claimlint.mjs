import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  main
} from "./claimlint-chunk-GI66KCDN.mjs";
import "./claimlint-chunk-L2DG7BAX.mjs";
import "./claimlint-chunk-K7Y7GNN3.mjs";
export {
  main
};
