import { defineConfig } from 'vite';

// `dist/journeykit.collab.js`: what `<journey-map collab>` in the one-file bundle loads, found
// beside journeykit.bundle.js. One self-contained ES module: the connector and binding with yjs,
// y-protocols and the Hocuspocus provider inlined. Built after vite.config.ts (emptyOutDir: false).
export default defineConfig({
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: false,
    target: 'es2022',
    lib: {
      entry: 'src/collab/connect.ts',
      formats: ['es'],
      fileName: () => 'journeykit.collab.js',
    },
    // Plain minification only, as for the bundle (vite.config.ts says why): nothing that changes
    // what the code does.
    minify: true,
    rolldownOptions: { output: { minify: true, codeSplitting: false } },
  },
});
