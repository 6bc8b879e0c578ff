import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  main
} from "./claimlint-chunk-6PRK4S34.mjs";
import "./claimlint-chunk-NC53Z6TW.mjs";
import "./claimlint-chunk-K7Y7GNN3.mjs";
export {
  main
};
