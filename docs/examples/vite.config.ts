import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  plugins: [
    vue({
      template: {
        compilerOptions: {
          // journeykit's tags are custom elements, not Vue components.
          isCustomElement: (tag) => ['journey-map', 'emotion-curve', 'persona-badge', 'touchpoint-card'].includes(tag),
        },
      },
    }),
  ],
});
