/**
 * Standard Schema v1 validators from the library's parsers, so that any tool accepting a
 * Standard Schema (as it accepts zod or valibot schemas) validates the library's values.
 *
 * @module
 */
import type { Result } from "neverthrow";
import type { ParseError } from "./issues.js";
import type { StandardSchemaV1 } from "./standard-schema.js";

/** The `vendor` of the library's Standard Schemas. */
export const STANDARD_SCHEMA_VENDOR = "partner-relationships";

/**
 * Wraps a parser as a Standard Schema v1 validator. `validate` is synchronous and never
 * throws: `{ value }` on success, or one Standard Schema issue per {@link ParseIssue}, with
 * its path as segments and the message `expected …, found …`.
 *
 * @param parse - a parser of the library, such as `parseInvitation`
 *
 * @example
 * ```ts
 * const schema = toStandardSchema(parseInvitation);
 * const result = schema["~standard"].validate(JSON.parse(text));
 * if (result.issues) for (const issue of result.issues) console.log(issue.path, issue.message);
 * ```
 */
export function toStandardSchema<T>(parse: (input: unknown) => Result<T, ParseError>): StandardSchemaV1<unknown, T> {
  return {
    "~standard": {
      version: 1,
      vendor: STANDARD_SCHEMA_VENDOR,
      validate: (value: unknown): StandardSchemaV1.Result<T> =>
        parse(value).match(
          (parsed): StandardSchemaV1.Result<T> => ({ value: parsed }),
          (error): StandardSchemaV1.Result<T> => ({
            issues: error.issues.map((issue) => ({
              message: `expected ${issue.expected}, found ${issue.found}`,
              path: issue.segments,
            })),
          }),
        ),
    },
  };
}
