// Jest reporter that ends the run with one plain line CI tools can read: "jest: N passed, N failed".
'use strict';

class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const tail = skipped ? `, ${skipped} skipped` : '';
    const line = `jest: ${results.numPassedTests} passed, ${results.numFailedTests} failed${tail}\n`;
    // At exit, so it comes after the default reporter's summary: CI reads the closing lines.
    process.once('exit', () => process.stderr.write(`\n${line}`));
  }
}

module.exports = SummaryReporter;
