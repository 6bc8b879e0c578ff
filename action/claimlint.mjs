import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  main
} from "./claimlint-chunk-X5BL4EQ6.mjs";
import "./claimlint-chunk-AJL55LQD.mjs";
import "./claimlint-chunk-K7Y7GNN3.mjs";
export {
  main
};
