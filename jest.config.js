/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true }] },
  testMatch: ['**/test/**/*.test.ts'],
  testTimeout: 120000,
  // Nothing in /tmp: jest's cache stays in the clone, and each run's temporary files go into one
  // directory that is removed at the end (test/helpers/tmp-setup.mjs).
  cacheDirectory: '<rootDir>/node_modules/.cache/jest',
  // editors/vscode/package.json is the extension's manifest, also named claimlint (a haste collision).
  modulePathIgnorePatterns: ['<rootDir>/editors/vscode/package\\.json$'],
  globalSetup: '<rootDir>/test/helpers/tmp-setup.mjs',
  globalTeardown: '<rootDir>/test/helpers/tmp-teardown.mjs',
};
