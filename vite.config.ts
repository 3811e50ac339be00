import { defineConfig, type Plugin } from 'vite';

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
  // No template-literal minifier: the one we had stripped `/>` from svg`` templates, nesting shapes
  // inside shapes so that only the first drew, and whitespace in html`` is text that renders. The
  // bundle must do exactly what the npm build does (test/packaging/parity.test.mjs checks it).
  plugins: [demoAtRoot],
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
    // Plain minification only, never tree-shaking assumptions: telling the bundler that property
    // writes have no side effects once dropped writes that matter (inside lit's repeat(), the
    // card's scale-label loop, fromMermaid's emotion) and so duplicated grid cells and lost
    // scores. A byte saved that way is a defect.
    // One file: the editing module, loaded on demand by the npm build, is inlined here (a
    // dynamic import of a module in the same file), so CMS pages still paste one script.
    rolldownOptions: { output: { minify: true, codeSplitting: false } },
  },
});
