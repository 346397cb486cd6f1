// ESLint for the sources and tests, with typescript-eslint's recommended rules. Layout is prettier's job (printWidth
// 120); max-len catches the code prettier cannot bring under 120 characters.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'bench/', 'editors/**/node_modules/', 'editors/**/out/', 'test/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // TypeScript checks names itself, with the right globals for Node.
      'no-undef': 'off',
      'max-len': [
        'error',
        {
          code: 120,
          ignoreUrls: true,
          ignoreStrings: true,
          ignoreTemplateLiterals: true,
          ignoreRegExpLiterals: true,
          ignoreComments: true,
        },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // The VS Code extension is CommonJS, as VS Code loads it.
    files: ['editors/**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Tests match terminal output, colour escapes included.
    files: ['test/**/*.ts'],
    rules: { 'no-control-regex': 'off' },
  },
);
