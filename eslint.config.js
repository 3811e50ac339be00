import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'storybook-static/', 'custom-elements.json'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name=/^(innerHTML|outerHTML)$/][parent.type='AssignmentExpression']",
          message: 'Journey text is text: never assign markup strings.',
        },
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: 'Journey text is text: never insert markup strings.',
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'd3', message: 'Import the d3 submodule you use (d3-shape, d3-drag…).' },
            {
              name: '@floating-ui/dom',
              message: 'Place floating elements with float() and dismiss them with openOverlay() from src/floating/: one positioning setup, one Escape and outside-click stack.',
            },
          ],
          patterns: [
            { group: ['lit/directives/unsafe-*'], message: 'Journey text is text: no unsafe directives.' },
          ],
        },
      ],
    },
  },
  {
    // The one module that wraps @floating-ui/dom. The d3 and markup rules above still apply here.
    files: ['src/floating/position.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'd3', message: 'Import the d3 submodule you use (d3-shape, d3-drag…).' }],
          patterns: [{ group: ['lit/directives/unsafe-*'], message: 'Journey text is text: no unsafe directives.' }],
        },
      ],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
