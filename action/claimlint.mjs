import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  main
} from "./claimlint-chunk-JNE5KHUN.mjs";
import "./claimlint-chunk-L42XOPOA.mjs";
import "./claimlint-chunk-K7Y7GNN3.mjs";
export {
  main
};
