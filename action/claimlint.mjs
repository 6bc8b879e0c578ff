import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  main
} from "./claimlint-chunk-JBTG4I6T.mjs";
import "./claimlint-chunk-4R5C6V52.mjs";
import "./claimlint-chunk-K7Y7GNN3.mjs";
export {
  main
};
