import { describe, expectTypeOf, it } from "vitest";
import {
  array,
  boolean,
  type Infer,
  integer,
  type JsonOf,
  literal,
  map,
  nullable,
  object,
  optional,
  refine,
  type Schema,
  string,
  taggedUnion,
} from "../../src/codec/schema.js";
import { instant } from "../../src/codec/vocabulary.js";
import type { Equal, Expect } from "../support/type-equality.js";
import type { Access, Grant } from "./schema-examples.js";

const grant = object<Grant>()({ role: string(), grantedAt: instant, note: optional(string()) });
const access = taggedUnion<Access>()("kind", {
  none: {},
  granted: object<Extract<Access, { kind: "granted" }>>()({
    kind: literal(["granted"]),
    grants: array(grant),
    owner: nullable(string()),
  }),
});

describe("schema types", () => {
  it("a schema's value type is its domain type and its JSON type is derived from its declaration", () => {
    type GrantJson = { readonly role: string; readonly grantedAt: string; readonly note?: string };
    expectTypeOf<
      [
        Expect<Equal<Infer<typeof grant>, Grant>>,
        Expect<Equal<JsonOf<typeof grant>, GrantJson>>,
        Expect<Equal<Infer<typeof access>, Access>>,
        Expect<
          Equal<
            JsonOf<typeof access>,
            | { readonly kind: "none" }
            | { readonly kind: "granted"; readonly grants: readonly GrantJson[]; readonly owner: string | null }
          >
        >,
      ]
    >().toEqualTypeOf<[true, true, true, true]>();
    expectTypeOf(grant.encode).returns.toEqualTypeOf<GrantJson>();
    expectTypeOf(map(integer(), String, Number)).toEqualTypeOf<Schema<string, number>>();
    expectTypeOf(refine(boolean, () => [])).toEqualTypeOf<Schema<boolean, boolean>>();
  });

  it("an object schema missing a field, optional ones included, or with a field too many, does not compile", () => {
    // @ts-expect-error the required field grantedAt is missing
    object<Grant>()({ role: string(), note: optional(string()) });
    // @ts-expect-error the optional field note is missing
    object<Grant>()({ role: string(), grantedAt: instant });
    // @ts-expect-error the field extra is not in Grant
    object<Grant>()({ role: string(), grantedAt: instant, note: optional(string()), extra: string() });
    // @ts-expect-error note is optional in Grant, so its schema must be optional(…)
    object<Grant>()({ role: string(), grantedAt: instant, note: string() });
    // @ts-expect-error role is required in Grant, so its schema cannot be optional(…)
    object<Grant>()({ role: optional(string()), grantedAt: instant, note: optional(string()) });
    // @ts-expect-error grantedAt is an instant (a number), not a string
    object<Grant>()({ role: string(), grantedAt: string(), note: optional(string()) });
  });

  it("a tagged union missing a variant, or with a variant too many, does not compile", () => {
    // @ts-expect-error the variant granted is missing
    taggedUnion<Access>()("kind", { none: {} });
    taggedUnion<Access>()("kind", {
      none: {},
      granted: { grants: array(grant), owner: nullable(string()) },
      // @ts-expect-error the variant other is not a kind of Access
      other: {},
    });
    // @ts-expect-error a variant given by its fields must list them all (owner is missing)
    taggedUnion<Access>()("kind", { none: {}, granted: { grants: array(grant) } });
    // @ts-expect-error the tag must be a field of every variant
    taggedUnion<Access>()("grants", { none: {}, granted: { grants: array(grant), owner: nullable(string()) } });
  });
});
