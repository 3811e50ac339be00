import { mergeConfig } from 'vite';
import bundleConfig from './vite.config.ts';

// `dist/journeykit.collab.js`: what `<journey-map collab>` in the one-file bundle loads, found
// beside journeykit.bundle.js. One self-contained ES module: the connector and binding with yjs,
// y-protocols and the Hocuspocus provider inlined. The bundle's build settings (plain
// minification only, one file, not emptying dist/), another entry.
export default mergeConfig(bundleConfig, {
  build: {
    lib: {
      entry: 'src/collab/connect.ts',
      fileName: () => 'journeykit.collab.js',
    },
  },
});
