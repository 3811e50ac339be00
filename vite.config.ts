import { defineConfig, type Plugin } from 'vite';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';

/** `npm start` lands on the demo page, also when someone opens the server's root URL. */
const demoAtRoot: Plugin = {
  name: 'journeykit-demo-at-root',
  configureServer(server) {
    server.middlewares.use((req, res, next) => {
      if (req.url === '/' || req.url === '/index.html') {
        res.statusCode = 302;
        res.setHeader('Location', '/demo/');
        res.end();
        return;
      }
      next();
    });
  },
};

// `vite` serves the demo; `vite build` makes dist/journeykit.bundle.js, the CMS authors' single
// self-contained file (lit, d3 and floating-ui inlined). The npm entry points are built by tsc.
export default defineConfig({
  // Lit's html`` and css`` literals keep their source whitespace and comments unless minified.
  plugins: [demoAtRoot, { ...minifyTemplateLiterals(), apply: 'build' }],
  server: {
    open: '/demo/',
    // ../shared holds the team's sample journeys; the demo lists them when present.
    fs: { allow: ['.', '../shared'] },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    sourcemap: false,
    target: 'es2022',
    lib: {
      entry: 'src/bundle.ts',
      formats: ['es'],
      fileName: () => 'journeykit.bundle.js',
    },
    minify: true,
    rolldownOptions: {
      output: { minify: true },
      // d3-shape ships as one module whose curve classes are set up by `Curve.prototype = {…}`
      // writes; counted as side effects they keep every curve d3 has (2 KiB gzip) although we
      // draw three. scripts/check-bundle.mjs draws each of the three from the built file.
      treeshake: { propertyWriteSideEffects: false },
    },
  },
});
