import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  main
} from "./claimlint-chunk-NHQHKGPJ.mjs";
import "./claimlint-chunk-6GHGY2MD.mjs";
import "./claimlint-chunk-K7Y7GNN3.mjs";
export {
  main
};
