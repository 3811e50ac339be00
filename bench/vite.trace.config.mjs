// The bundle as `vite build` makes it, but not minified, into a scratch folder: the cold-load
// trace reads function names and `//#region` source markers from it (bench/trace.mjs).
import { mergeConfig } from 'vite';
import base from '../vite.config.ts';

export default mergeConfig(base, {
  build: { outDir: process.env.JK_TRACE_OUT, emptyOutDir: true, minify: false, rolldownOptions: { output: { minify: false } } },
});
