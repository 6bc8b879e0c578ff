import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  main
} from "./claimlint-chunk-22TNMR3O.mjs";
import "./claimlint-chunk-J3CB6JLS.mjs";
import "./claimlint-chunk-K7Y7GNN3.mjs";
export {
  main
};
