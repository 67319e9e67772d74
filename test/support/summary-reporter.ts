import type { Reporter, TestModule } from "vitest/node";

/**
 * Ends the run with a plain `N passed, N failed, N skipped` line that any CI log reader understands,
 * after the name of every skipped test (a skip names its reason, so it is never silent).
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    const skipped: string[] = [];
    for (const testModule of testModules) {
      for (const test of testModule.children.allTests()) {
        const state = test.result().state;
        if (state === "passed") passed++;
        else if (state === "failed") failed++;
        else skipped.push(test.fullName);
      }
      if (testModule.state() === "failed" && [...testModule.children.allTests()].length === 0)
        failed++;
    }
    for (const name of skipped) process.stdout.write(`\nskipped: ${name}`);
    process.stdout.write(
      `\n${passed} passed, ${failed} failed${skipped.length > 0 ? `, ${skipped.length} skipped` : ""}\n`,
    );
  }
}
