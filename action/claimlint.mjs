import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  main
} from "./claimlint-chunk-NGXACRWM.mjs";
import "./claimlint-chunk-VOXGTAEK.mjs";
import "./claimlint-chunk-K7Y7GNN3.mjs";
export {
  main
};
