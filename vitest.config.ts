import { defineConfig } from 'vitest/config';

// Unit tests live beside the code in src/, and beside the test tooling in e2e/ (whose *.spec.ts are Playwright's).
export default defineConfig({ test: { include: ['src/**/*.test.ts', 'e2e/**/*.test.ts'] } });
