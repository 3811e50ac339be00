/**
 * The CMS authors' file, `dist/journeykit.bundle.js`: one self-contained, minified ES module that
 * defines all four elements and exports the model, for pages with no build step.
 */
export * from './index.js';
