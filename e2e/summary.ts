/** Prints one closing line for every test run by `npm test`: `tests: N passed, N failed`. */
import { readFileSync } from 'node:fs';

const read = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const unit = read('test-results/unit.json');
const e2e = read('test-results/e2e.json').stats;
const passed = unit.numPassedTests + e2e.expected;
const failed = unit.numFailedTests + e2e.unexpected + e2e.flaky;
const skipped = unit.numPendingTests + unit.numTodoTests + e2e.skipped;
process.stdout.write(
  `\nunit ${unit.numPassedTests} + e2e ${e2e.expected} tests\ntests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`,
);
process.exit(failed ? 1 : 0);
