import { defineConfig } from 'vitest/config';

// Unit tests live beside the code in src/, and beside the test tooling in e2e/ (whose *.spec.ts are Playwright's).
// No test may fail for being slow on a loaded machine: the time limits only stop a hang, and speed is `npm run bench`'s.
// The unit tests share their workers' modules (`isolate: false`): none mocks a module or leaves global state
// behind, and loading the parsers and unified once per worker instead of once per file halves the run. The corpus
// tests each get modules of their own all the same: their scores are held to floors, and must not hang on which test
// files happened to share their worker (wink-nlp once read a sentence differently after other texts; `read/similarity.ts`
// now spaces possessives off so it cannot, and a test there holds it).
const corpus = 'src/lib/corpus/*.test.ts';
export default defineConfig({
  test: {
    testTimeout: 600_000,
    hookTimeout: 600_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'e2e/**/*.test.ts'],
          // Learners' files in the fixtures are input, never tests (a Deno `chessboard.test.ts` among them).
          exclude: ['**/node_modules/**', 'src/**/__fixtures__/**', corpus],
          isolate: false,
        },
      },
      { extends: true, test: { name: 'corpus', include: [corpus], isolate: true } },
    ],
  },
});
