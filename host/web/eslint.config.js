// The web UI's house style, checked and fixed by build/format.sh (`npm run format`, `npm run format:check`).
// Layout only: indentation, quotes, semicolons, commas, spacing, braces. Where a line breaks is left to the
// author, because the code is written dense on purpose (a short JSX element or `if (…) { a; b; }` on one
// line), which a reflowing formatter would undo everywhere.
import stylistic from '@stylistic/eslint-plugin';
import tsParser from '@typescript-eslint/parser';

export default [
  { ignores: ['dist/**', 'node_modules/**'] },
  {
    files: ['**/*.{ts,tsx,js}'],
    languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    plugins: { '@stylistic': stylistic },
    rules: {
      ...stylistic.configs.customize({
        indent: 2, quotes: 'single', semi: true, jsx: true, braceStyle: '1tbs', commaDangle: 'always-multiline', arrowParens: true, blockSpacing: true, quoteProps: 'as-needed',
      }).rules,
      // A string that holds single quotes is written in double quotes rather than escaped.
      '@stylistic/quotes': ['error', 'single', { avoidEscape: true, allowTemplateLiterals: 'always' }],
      // A union type starts on the line after its `=`, each member led by `|`; `?`, `:` and `&&` lead a continued line.
      '@stylistic/operator-linebreak': ['error', 'before', { overrides: { '=': 'after' } }],
      // Line breaking is the author's (see above).
      '@stylistic/max-statements-per-line': 'off',
      '@stylistic/multiline-ternary': 'off',
      '@stylistic/lines-between-class-members': 'off',
      '@stylistic/jsx-one-expression-per-line': 'off',
      '@stylistic/jsx-max-props-per-line': 'off',
      '@stylistic/jsx-first-prop-new-line': 'off',
      '@stylistic/jsx-closing-bracket-location': 'off',
      '@stylistic/jsx-closing-tag-location': 'off',
      '@stylistic/jsx-wrap-multilines': 'off',
    },
  },
];
