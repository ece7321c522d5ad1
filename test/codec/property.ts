/**
 * `it` for a fast-check property, with fast-check alone. (`@fast-check/vitest` takes about
 * 3.5 s to import on this machine kind, per test file; plain `fc.assert` keeps the codec
 * suite fast.) Seed and run count come from the global settings in `test/setup.ts`.
 */
import fc from "fast-check";
import { it } from "vitest";

/**
 * Declares a test that checks `predicate` over values of `arbitraries`.
 *
 * @param name - the test name (rule ID first)
 * @param arbitraries - one arbitrary per argument
 * @param predicate - fails by throwing (an `expect`) or returning `false`
 * @param parameters - fast-check parameters, such as `numRuns`
 */
export function property<Ts extends unknown[]>(
  name: string,
  arbitraries: { [K in keyof Ts]: fc.Arbitrary<Ts[K]> },
  predicate: (...values: Ts) => unknown,
  parameters?: fc.Parameters<[Ts]>,
): void {
  it(name, () => {
    fc.assert(
      fc.property(fc.tuple<Ts>(...arbitraries), (values) => predicate(...values) !== false),
      parameters,
    );
  });
}
