import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

function layer(folder, laterLayers, packages = [], morePatterns = []) {
  return {
    files: [`${folder}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...(packages.length > 0
              ? [{ group: packages, message: `${folder} stays free of these packages.` }]
              : []),
            ...laterLayers.map((later) => ({
              group: [`**/${later}/*`, `../${later}`, `../../${later}`],
              message: `${folder} may not import from src/${later}: imports flow domain <- storage <- stores <- features <- app.`,
            })),
            ...morePatterns,
          ],
        },
      ],
    },
  };
}

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'bench/out', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-console': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { varsIgnorePattern: '^_', argsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.test.{ts,tsx}', 'tests/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  // Imports flow one way: domain <- storage <- stores <- features <- app.
  layer(
    'src/domain',
    ['storage', 'stores', 'features', 'app'],
    ['react', 'react-*', 'zustand*', 'idb'],
  ),
  layer('src/storage', ['stores', 'features', 'app'], ['react', 'react-*', 'zustand*']),
  layer('src/stores', ['features', 'app']),
  layer(
    'src/features',
    ['app'],
    [],
    [
      {
        // Read in order, later lines winning: a sibling folder is refused, then ../../ (the other
        // layers) and shared are let through, then a feature reached from above is refused, bar shared.
        group: [
          '../*',
          '../*/**',
          '!../..',
          '!../../**',
          '!../shared',
          '!../shared/**',
          '**/features/*',
          '**/features/*/**',
          '!**/features/shared',
          '!**/features/shared/**',
        ],
        message:
          'A feature imports only its own folder and src/features/shared: what two features use goes in shared, and src/app composes one feature into another.',
      },
    ],
  ),
  {
    // no-restricted-imports reads no import(): a lazy import of a sibling feature, or of a feature
    // reached from above, is refused by the same boundary, bar shared.
    files: ['src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...[
          'source.value',
          'source.quasis.0.value.cooked', // import(`../import/${name}`)
        ]
          .flatMap((source) => [
            `ImportExpression[${source}=/^\\.\\.\\u002F(?!\\.\\.(\\u002F|$)|shared(\\u002F|$))/]`,
            `ImportExpression[${source}=/(^|\\u002F)features\\u002F(?!shared(\\u002F|$))/]`,
          ])
          .map((selector) => ({
            selector,
            message:
              'A feature imports only its own folder and src/features/shared, lazily too: what two features use goes in shared, and src/app composes one feature into another.',
          })),
      ],
    },
  },
  {
    // A page receives one view the domain built; it never decides visibility itself.
    files: ['src/features/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/domain/gate',
                '**/domain/views',
                '**/domain/reveal-keys',
                '**/domain/show-state',
              ],
              message:
                'Features get page views from src/domain/pages through src/stores: the gate, its raw views and reveal keys stay in the domain.',
            },
          ],
        },
      ],
    },
  },
  {
    // A page view's ShowState comes through shownShowState, which applies the room and the cap.
    files: ['src/stores/page-views/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '../show-states',
              importNames: ['showStateCache', 'useStoreParts'],
              message:
                'Page views get ShowStates from use-show-state.ts or shown-show-state.ts only.',
            },
            {
              name: '../room-states',
              message:
                'Page views get ShowStates from use-show-state.ts or shown-show-state.ts only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'localStorage',
        'indexedDB',
        'navigator',
      ],
    },
  },
);
