/**
 * The Standard Schema v1 interface (https://standardschema.dev), types only. The spec
 * asks libraries to copy these types rather than depend on a package, so the library
 * keeps its two runtime dependencies; they are compatible with `@standard-schema/spec`
 * by structure.
 *
 * A value of {@link StandardSchemaV1} has a `~standard` property with `version: 1`, a
 * `vendor` name and a `validate` function that returns `{ value }` on success or
 * `{ issues }` (each with a `message` and a `path`) on failure. Tools that accept a
 * Standard Schema (form libraries, tRPC, Hono validators, …) accept the library's
 * schemas as they accept zod or valibot ones.
 *
 * @module
 */

/** The Standard Schema interface. */
export interface StandardSchemaV1<Input = unknown, Output = Input> {
  /** The Standard Schema properties. */
  readonly "~standard": StandardSchemaV1.Props<Input, Output>;
}

export declare namespace StandardSchemaV1 {
  /** The Standard Schema properties. */
  export interface Props<Input = unknown, Output = Input> {
    /** The version of the standard. */
    readonly version: 1;
    /** The name of the library that made the schema. */
    readonly vendor: string;
    /** Validates an unknown value. */
    readonly validate: (value: unknown) => Result<Output> | Promise<Result<Output>>;
    /** The input and output types, for inference only (absent at run time). */
    readonly types?: Types<Input, Output> | undefined;
  }

  /** The result of `validate`. */
  export type Result<Output> = SuccessResult<Output> | FailureResult;

  /** A successful validation. */
  export interface SuccessResult<Output> {
    /** The validated value. */
    readonly value: Output;
    /** Absent on success. */
    readonly issues?: undefined;
  }

  /** A failed validation. */
  export interface FailureResult {
    /** The issues found. */
    readonly issues: ReadonlyArray<Issue>;
  }

  /** One issue. */
  export interface Issue {
    /** A message a person can read. */
    readonly message: string;
    /** Where the issue is; absent or empty for the value itself. */
    readonly path?: ReadonlyArray<PropertyKey | PathSegment> | undefined;
  }

  /** One segment of a path. */
  export interface PathSegment {
    /** The key. */
    readonly key: PropertyKey;
  }

  /** The input and output types of a schema. */
  export interface Types<Input = unknown, Output = Input> {
    /** The input type. */
    readonly input: Input;
    /** The output type. */
    readonly output: Output;
  }

  /** The input type of a schema. */
  export type InferInput<Schema extends StandardSchemaV1> = NonNullable<Schema["~standard"]["types"]>["input"];

  /** The output type of a schema. */
  export type InferOutput<Schema extends StandardSchemaV1> = NonNullable<Schema["~standard"]["types"]>["output"];
}
