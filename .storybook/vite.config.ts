// Vite settings for Storybook only: the package's own vite.config.ts builds the CMS bundle and
// redirects `/` to the demo, neither of which Storybook wants. (Storybook takes `build.target`
// from here and ignores the rest of `build`; see `viteFinal` in main.ts.) Decorators: Vite reads
// `experimentalDecorators` and `useDefineForClassFields` from tsconfig.json.
import { defineConfig } from 'vite';

export default defineConfig({
  build: { target: 'es2022' },
});
