import { defineConfig } from 'vitest/config';

// Unit tests live beside the code in src/, and beside the test tooling in e2e/ (whose *.spec.ts are Playwright's).
// No test may fail for being slow on a loaded machine: the time limits only stop a hang, and speed is `npm run bench`'s.
export default defineConfig({ test: { include: ['src/**/*.test.ts', 'e2e/**/*.test.ts'], testTimeout: 600_000, hookTimeout: 600_000 } });
