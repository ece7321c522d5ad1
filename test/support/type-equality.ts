/**
 * Type-level assertions for type tests (`*.test-d.ts`): `type _ = Expect<Equal<A, B>>`
 * compiles only when `A` and `B` are the same type (mutually assignable is not enough:
 * `{ a?: string }` and `{}` differ).
 */

/** `true` when `A` and `B` are identical types, `false` otherwise. */
export type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

/** Compiles only when given `true`. */
export type Expect<T extends true> = T;
