import { defineConfig } from 'vitest/config';

// Unit tests live beside the code in src/, and beside the test tooling in e2e/ (whose *.spec.ts are Playwright's).
// No test may fail for being slow on a loaded machine: the time limits only stop a hang, and speed is `npm run bench`'s.
// The test files share their workers' modules (`isolate: false`): none mocks a module or leaves global state
// behind, and loading the parsers and unified once per worker instead of once per file halves the run.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'e2e/**/*.test.ts'],
    // Learners' files in the fixtures are input, never tests (a Deno `chessboard.test.ts` among them).
    exclude: ['**/node_modules/**', 'src/**/__fixtures__/**'],
    isolate: false,
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
