import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  main
} from "./claimlint-chunk-VMJ6VAXA.mjs";
import "./claimlint-chunk-ZL5NYTPO.mjs";
import "./claimlint-chunk-K7Y7GNN3.mjs";
export {
  main
};
