/**
 * Schemas: one declaration per type gives its decoder, its encoder, its Standard Schema
 * validator and its JSON type.
 *
 * A {@link Schema} is a {@link Decoder} (so it composes with every decoder and keeps their
 * security properties: decoding is done by the combinators of `decoder.ts`) that also
 * writes its value back in its JSON form (`encode`). {@link Infer} gives the value type,
 * {@link JsonOf} the JSON type.
 *
 * How to declare a schema:
 * - leaves: {@link string}, {@link stringWhere}, {@link literal}, {@link number},
 *   {@link integer}, {@link boolean} write the value as it is; {@link leaf} pairs any
 *   decoder with its writer (an instant and its ISO 8601 text); {@link map} transforms
 *   both ways (a function and its inverse);
 * - containers: {@link array}, {@link nullable}, {@link optional} (an object field that
 *   may be missing), {@link object} and {@link taggedUnion};
 * - {@link object} and {@link taggedUnion} take the domain type as an explicit type
 *   parameter (`object<Grant>()({ … })`) and require a schema for every field (optional
 *   ones included) and every variant: a forgotten field or variant, or a field the domain
 *   type does not have, does not compile. A schema's value type is the domain type, so
 *   the compiler keeps the two in step;
 * - {@link refine} adds a rule across fields (decoding only; writing is unchanged).
 *
 * The JSON type is derived: `export type GrantJson = JsonOf<typeof grantSchema>`.
 *
 * @example
 * ```ts
 * interface Grant { readonly role: RoleId; readonly grantedAt: Instant; readonly note?: string }
 * type Access = { readonly kind: "none" } | { readonly kind: "granted"; readonly grants: readonly Grant[] };
 *
 * const grant = object<Grant>()({ role: roleId, grantedAt: instant, note: optional(string()) });
 * const access = taggedUnion<Access>()("kind", {
 *   none: {}, // a variant given as its fields: the tag is added first, as a literal
 *   granted: { grants: array(grant) },
 * });
 * type AccessJson = JsonOf<typeof access>;
 * // { readonly kind: "none" } | { readonly kind: "granted"; readonly grants: readonly { …; readonly grantedAt: string }[] }
 * decode(access, JSON.parse(text)); // Result<Access, ParseError>
 * access.encode(value); // AccessJson, which decodes back to the same value (INVAR-5)
 * ```
 *
 * @module
 */
import type { Result } from "neverthrow";
import type { ArrayOptions, Decoder, IntegerOptions, ObjectOptions, StringOptions, Violation } from "./decoder.js";
import * as d from "./decoder.js";
import type { ParseError } from "./issues.js";
import type { ParseOptions } from "./limits.js";
import type { StandardSchemaV1 } from "./standard-schema.js";
import { toStandardSchema } from "./to-standard-schema.js";

export {
  type ArrayOptions,
  type Decoder,
  decode,
  decoder,
  FAULT,
  type Infer,
  type IntegerOptions,
  type ObjectOptions,
  report,
  type StringOptions,
  type Violation,
  visit,
} from "./decoder.js";

/** A decoder that also writes its value in its JSON form: `T` is the value type, `J` the JSON type. */
export interface Schema<T, J> extends Decoder<T> {
  /** Writes a value in its JSON form, which decodes back to the same value (INVAR-5). */
  readonly encode: (value: T) => J;
}

/** The JSON type of a schema (or of an {@link optional} field: the type of its value when present). */
export type JsonOf<S> = S extends { readonly optional: true; readonly decoder: infer D }
  ? JsonOf<D>
  : S extends { readonly encode: (value: never) => infer J }
    ? J
    : never;

/**
 * Pairs a decoder with its writer.
 *
 * @param decoder - reads the JSON form
 * @param encode - writes it
 *
 * @example
 * ```ts
 * const instant = leaf(instantDecoder, formatInstant); // Schema<Instant, string>
 * ```
 */
export function leaf<T, J>(decoder: Decoder<T>, encode: (value: T) => J): Schema<T, J> {
  return { expected: decoder.expected, decode: decoder.decode, encode };
}

const same = <T>(value: T): T => value;

/**
 * A string, within the length bounds and the parse limit `maxStringLength`.
 *
 * @param options - length bounds
 */
export function string(options?: StringOptions): Schema<string, string> {
  return leaf(d.string(options), same);
}

/**
 * A string that passes a test (an identifier, a role ID), written as it is.
 *
 * @param expected - what it accepts, in words
 * @param test - the test
 */
export function stringWhere<T extends string>(expected: string, test: (value: string) => value is T): Schema<T, T>;
export function stringWhere(expected: string, test: (value: string) => boolean): Schema<string, string>;
export function stringWhere(expected: string, test: (value: string) => boolean): Schema<string, string> {
  return leaf(d.stringWhere(expected, test), same);
}

/**
 * One of a fixed list of strings.
 *
 * @param values - the strings accepted
 */
export function literal<const T extends string>(values: readonly T[]): Schema<T, T> {
  return leaf(d.literal(values), same);
}

/** A finite number (`-0` is read as `0`). */
export const number: Schema<number, number> = /* @__PURE__ */ leaf(d.number, same);

/**
 * A safe integer within bounds.
 *
 * @param options - bounds
 */
export function integer(options?: IntegerOptions): Schema<number, number> {
  return leaf(d.integer(options), same);
}

/** `true` or `false`. */
export const boolean: Schema<boolean, boolean> = /* @__PURE__ */ leaf(d.boolean, same);

/**
 * An array of items of one schema (see `array` of the decoders for the limits); written
 * as a fresh array.
 *
 * @param item - the schema of each item
 * @param options - length bounds
 */
export function array<T, J>(item: Schema<T, J>, options?: ArrayOptions): Schema<readonly T[], readonly J[]> {
  return leaf(d.array(item, options), (values) => values.map((value) => item.encode(value)));
}

/**
 * A value or `null`.
 *
 * @param schema - the schema of the value when not `null`
 */
export function nullable<T, J>(schema: Schema<T, J>): Schema<T | null, J | null> {
  return leaf(d.nullable(schema), (value) => (value === null ? null : schema.encode(value)));
}

/**
 * Transforms a value both ways: `to` after decoding, `from` before encoding (its inverse).
 * Neither may throw; to refuse a value, use {@link refine}.
 *
 * @param schema - the schema of the JSON side
 * @param to - from the decoded value to the value
 * @param from - back, for writing
 */
export function map<A, B, J>(schema: Schema<A, J>, to: (value: A) => B, from: (value: B) => A): Schema<B, J> {
  return leaf(d.map(schema, to), (value) => schema.encode(from(value)));
}

/**
 * Checks a rule across the fields of a decoded value (see `refine` of the decoders);
 * writing is unchanged.
 *
 * @param schema - the schema
 * @param check - returns the violations, empty when the value is consistent
 */
export function refine<T, J>(schema: Schema<T, J>, check: (value: T) => readonly Violation[]): Schema<T, J> {
  return leaf(d.refine(schema, check), schema.encode);
}

/**
 * A schema defined later, for recursive shapes. Nesting stays bounded by `maxDepth`.
 *
 * @param get - returns the schema
 * @param expected - what it accepts, in words
 */
export function lazy<T, J>(get: () => Schema<T, J>, expected: string): Schema<T, J> {
  return leaf(d.lazy(get, expected), (value) => get().encode(value));
}

/** An object field that may be missing: absent in the value, absent in the JSON. See {@link optional}. */
export interface OptionalSchema<T, J> extends d.OptionalField<T> {
  /** The schema of the field's value when present. */
  readonly decoder: Schema<T, J>;
}

/**
 * Marks an object field optional: a missing field is left out of the value, and a value
 * without it is written without it.
 *
 * @param schema - the schema of the value when present
 */
export function optional<T, J>(schema: Schema<T, J>): OptionalSchema<T, J> {
  return { optional: true, decoder: schema };
}

/** The keys of `T` that may be missing. */
type OptionalKey<T> = { [K in keyof T]-?: Record<never, never> extends Pick<T, K> ? K : never }[keyof T];

/** The field a schema of `T` needs at `K`: an {@link optional} one exactly when `K` may be missing. */
type FieldFor<T, K extends keyof T> =
  K extends OptionalKey<T> ? OptionalSchema<Exclude<T[K], undefined>, unknown> : Schema<T[K], unknown>;

/** The fields of an object schema of `T`: one per field of `T`, optional ones included. */
export type ShapeFor<T> = { readonly [K in keyof T]-?: FieldFor<T, K> };

/** No keys but those of `T`. */
type Only<S, T> = { readonly [K in Exclude<keyof S, keyof T>]: never };

type Flatten<T> = { [K in keyof T]: T[K] } & {};

/** The JSON type of an object schema of fields `S`. */
export type JsonOfShape<S> = Flatten<
  { readonly [K in keyof S as S[K] extends { readonly optional: true } ? never : K]: JsonOf<S[K]> } & {
    readonly [K in keyof S as S[K] extends { readonly optional: true } ? K : never]?: JsonOf<S[K]>;
  }
>;

/** Any schema, seen from inside a container (which writes only values its schema read). */
interface AnySchema extends Decoder<unknown> {
  readonly encode: (value: never) => unknown;
}

/** The fields of an object schema, seen from inside. */
type AnyShape = { readonly [key: string]: AnySchema | { readonly optional: true; readonly decoder: AnySchema } };

/** Options of an {@link object} schema: those of the object decoder, and the order fields are written in. */
export interface ObjectSchemaOptions<K extends string = string> extends ObjectOptions {
  /**
   * The order of the fields in the JSON written, when it is not the shape's (the order
   * issues are reported in): fields listed come first, in this order, then the others in
   * the shape's order. For JSON forms published before their schema, whose bytes stay.
   */
  readonly writeOrder?: readonly K[];
}

function objectSchema<T, J>(shape: AnyShape, options?: ObjectSchemaOptions): Schema<T, J> {
  const order = options?.writeOrder ?? [];
  const keys = [...order, ...Object.keys(shape).filter((key) => !order.includes(key))];
  const fields = keys.map((key) => {
    const spec = shape[key] as AnyShape[string];
    const schema = "optional" in spec ? spec.decoder : spec;
    return { key, encode: schema.encode as (value: unknown) => unknown, optional: "optional" in spec };
  });
  return leaf(d.object(shape, options) as unknown as Decoder<T>, (value) => {
    const out: Record<string, unknown> = {};
    for (const field of fields) {
      const item = (value as Record<string, unknown>)[field.key];
      if (item !== undefined || !field.optional) out[field.key] = field.encode(item);
    }
    return out as J;
  });
}

/**
 * An object schema of the domain type `T`: exactly one field schema per field of `T`
 * ({@link optional} for the optional ones), checked by the compiler. Decodes as `object`
 * of the decoders does (allow-list, fresh output, unknown keys refused by default);
 * writes the fields in the shape's order, leaving out optional fields the value lacks.
 *
 * @typeParam T - the domain type, given explicitly
 * @returns a function of the fields (and options) that makes the schema
 *
 * @example
 * ```ts
 * const grant = object<Grant>()({ role: roleId, grantedAt: instant, note: optional(string()) });
 * ```
 */
export function object<T>(): <const S extends ShapeFor<T>>(
  shape: S & Only<S, T>,
  options?: ObjectSchemaOptions<keyof T & string>,
) => Schema<T, JsonOfShape<S>> {
  return (shape, options) => objectSchema(shape, options);
}

/**
 * The variant of `T` whose tag `K` may be `V`, also when one member of `T` has several tag
 * values (`GdapRelationshipCommand`'s `type` is one of five; `Extract` would give `never`).
 */
type VariantOf<T, K extends keyof T, V> = T extends unknown ? (V extends T[K] ? T : never) : never;

/**
 * What a {@link taggedUnion} of `T` needs for the tag value `V`: a schema of the variant, or
 * the schemas of its fields but the tag (the tag is then read and written first, as a
 * {@link literal}).
 */
type VariantFor<T, K extends keyof T, V> = Schema<VariantOf<T, K, V>, unknown> | ShapeFor<Omit<VariantOf<T, K, V>, K>>;

/** The variants of a {@link taggedUnion} of `T` told apart by `K`: one per value of the tag. */
export type VariantsFor<T, K extends keyof T> = { readonly [V in T[K] & string]: VariantFor<T, K, V> };

/** The JSON type of a variant given as a schema or as its fields. */
type JsonOfVariant<K extends string, V, M> = M extends { readonly encode: (value: never) => infer J }
  ? J
  : Flatten<{ readonly [P in K]: V } & JsonOfShape<M>>;

/** The JSON type of a {@link taggedUnion} of variants `M` told apart by `K`. */
export type JsonOfUnion<K extends string, M> = { [V in keyof M]: JsonOfVariant<K, V, M[V]> }[keyof M];

function isSchema(spec: object): spec is AnySchema {
  return typeof (spec as { readonly encode?: unknown }).encode === "function";
}

/**
 * A schema of the union `T` told apart by the string field `tag`: one variant per value of
 * the tag, checked by the compiler. A variant is a schema (which should check the tag, as
 * a {@link literal}) or the schemas of its other fields. Decodes as `taggedUnion` of the
 * decoders does (an unknown tag is one issue at the tag's path); writes with the
 * variant's schema.
 *
 * @typeParam T - the domain type, a union, given explicitly
 * @returns a function of the tag and the variants that makes the schema
 *
 * @example
 * ```ts
 * const agreement = taggedUnion<CustomerAgreement>()("status", {
 *   notAccepted: { customer: identifier },
 *   accepted: { customer: identifier, acceptedBy: identifier, acceptedAt: instant },
 * });
 * ```
 */
export function taggedUnion<T>(): <const K extends keyof T & string, const M extends VariantsFor<T, K>>(
  tag: K,
  variants: M & Only<M, VariantsFor<T, K>>,
) => Schema<T, JsonOfUnion<K, M>> {
  return (tag, variants) => {
    const schemas: Record<string, AnySchema> = {};
    for (const value of Object.keys(variants)) {
      const spec = (variants as Record<string, object>)[value] as object;
      schemas[value] = isSchema(spec) ? spec : objectSchema({ [tag]: literal([value]), ...(spec as AnyShape) });
    }
    return leaf(d.taggedUnion(tag, schemas) as unknown as Decoder<T>, (value) => {
      const schema = schemas[(value as Record<string, string>)[tag] as string] as AnySchema;
      return (schema.encode as (value: T) => never)(value);
    });
  };
}

/**
 * The parser of a schema: decodes untrusted input under the guard of `decode` (INVAR-6).
 *
 * @param schema - the schema
 */
export function parserOf<T>(schema: Decoder<T>): (input: unknown, options?: ParseOptions) => Result<T, ParseError> {
  return (input, options) => d.decode(schema, input, options);
}

/**
 * The Standard Schema v1 validator of a schema (vendor `partner-relationships`).
 *
 * @param schema - the schema
 */
export function standardSchemaOf<T>(schema: Decoder<T>): StandardSchemaV1<unknown, T> {
  return toStandardSchema((input) => d.decode(schema, input));
}
