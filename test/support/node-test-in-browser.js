// In the browser, `node:test` resolves here: the same test files run under web-test-runner's mocha.
const g = globalThis;
export const { describe, it, before, after, beforeEach, afterEach } = g;
export const test = g.it;
