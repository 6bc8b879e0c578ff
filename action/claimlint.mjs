import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  main
} from "./claimlint-chunk-EJ4DQQ3R.mjs";
import "./claimlint-chunk-FGTLTDG4.mjs";
import "./claimlint-chunk-K7Y7GNN3.mjs";
export {
  main
};
