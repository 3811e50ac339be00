/**
 * The CMS authors' file, `dist/journeykit.bundle.js`: one self-contained ES module that defines
 * every element and also exports the model, for pages with no build step.
 */
export * from './model/index.js';
