/**
 * A value as an untyped (plain JavaScript) caller would pass it: the steps check at run
 * time what the types rule out, and the tests feed them such values through this cast.
 */
export const untyped = <T>(value: unknown): T => value as T;
