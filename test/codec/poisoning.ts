/**
 * `@fast-check/poisoning` for the codec tests: checks that no global (a prototype, a
 * built-in) changed since this module was first imported. The test runner's own globals
 * change between tests and are ignored.
 */
import { assertNoPoisoning } from "@fast-check/poisoning";

const RUNNER_GLOBALS = /^(__vitest_worker__|__vitest_mocker__|__vitest_\w+__|__stryker__|AbortController)$/;

/** Throws when a global was changed, added or removed, other than the test runner's. */
export function assertNoGlobalChange(): void {
  assertNoPoisoning({ ignoredRootRegex: RUNNER_GLOBALS });
}
