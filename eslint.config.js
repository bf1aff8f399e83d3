/**
 * ESLint: the Office add-in rules (eslint-plugin-office-addins: load before read, sync before read, no sync in a
 * loop, …) with its TypeScript, React and prettier settings, extended to .tsx files.
 */
const officeAddins = require("eslint-plugin-office-addins");
const globals = require("globals");
const tseslint = require("typescript-eslint");

const officeRules = officeAddins.configs.recommended.find(
  (config) => config.rules?.["office-addins/load-object-before-read"],
);

module.exports = [
  { ignores: ["dist/**", "dist-cli/**", "node_modules/**", "coverage/**", "test-output/**"] },
  ...officeAddins.configs.react,
  {
    // The plugin's own block names .ts but not .tsx; the pane's components get the same parser and rules.
    files: ["**/*.tsx"],
    plugins: officeRules.plugins,
    rules: officeRules.rules,
  },
  {
    // The plugin's config names its parser through an import that resolves to nothing on current
    // typescript-eslint; give TypeScript files the parser directly.
    files: ["**/*.{ts,tsx}"],
    languageOptions: { parser: tseslint.parser, parserOptions: { ecmaFeatures: { jsx: true } } },
  },
  {
    languageOptions: {
      ecmaVersion: 2022,
      globals: {
        ...globals.browser,
        ...globals.node,
        ...globals.jest,
        Office: "readonly",
        Excel: "readonly",
        CustomFunctions: "readonly",
      },
    },
    rules: {
      "office-addins/no-context-sync-in-loop": "error",
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
];
