// custom-elements.json is generated from the elements' JSDoc: one truth for editors, Storybook and docs.
export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/components/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
};
