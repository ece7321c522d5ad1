/**
 * The codec's answer to arguments it could not read (INVAR-8): a parser's `options` that
 * throw when read (a Proxy, a getter) give a {@link ParseError} with the issue at the path
 * of the fault, like any fault of the input.
 *
 * @module
 * @internal
 */
import { err, type Result } from "neverthrow";
import type { InvalidInput } from "../errors.js";
import { type ParseError, parseError } from "./issues.js";

/**
 * The answer of a parser whose arguments could not be read.
 *
 * @param fault - what could not be read, and where
 */
export const asParseErr = (fault: InvalidInput): Result<never, ParseError> =>
  err(parseError([{ path: fault.path, segments: [fault.path], expected: fault.expected, found: fault.found }], false));
