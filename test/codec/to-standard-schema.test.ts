import type { Invitation } from "partner-relationships";
import {
  actorSchema,
  agreementSchema,
  decisionSchema,
  documentSchema,
  invitationSchema,
  parseInvitation,
  policySchema,
  relationshipSchema,
  roleGrantSchema,
} from "partner-relationships/codec";
import { describe, expect, expectTypeOf, it } from "vitest";
import type { StandardSchemaV1 } from "../../src/codec/standard-schema.js";
import { STANDARD_SCHEMA_VENDOR, toStandardSchema } from "../../src/codec/to-standard-schema.js";

/**
 * How a tool that accepts any Standard Schema (a form library, a router's validator)
 * consumes one: it knows only the interface, never the vendor.
 */
async function validateWith<S extends StandardSchemaV1>(
  schema: S,
  input: unknown,
): Promise<
  | { readonly ok: true; readonly value: StandardSchemaV1.InferOutput<S> }
  | { readonly ok: false; readonly messages: readonly string[] }
> {
  let result = schema["~standard"].validate(input);
  if (result instanceof Promise) result = await result;
  if (result.issues !== undefined)
    return {
      ok: false,
      messages: result.issues.map((issue) => {
        const path = (issue.path ?? []).map((segment) => (typeof segment === "object" ? segment.key : segment));
        return `${path.join(".")}: ${issue.message}`;
      }),
    };
  return { ok: true, value: result.value as StandardSchemaV1.InferOutput<S> };
}

describe("Standard Schema v1", () => {
  it("every schema has version 1, the vendor partner-relationships, and a synchronous validate", () => {
    for (const schema of [
      actorSchema,
      invitationSchema,
      relationshipSchema,
      roleGrantSchema,
      agreementSchema,
      policySchema,
      decisionSchema,
      documentSchema,
    ]) {
      expect(schema["~standard"].version).toBe(1);
      expect(schema["~standard"].vendor).toBe(STANDARD_SCHEMA_VENDOR);
      expect(STANDARD_SCHEMA_VENDOR).toBe("partner-relationships");
      expect(schema["~standard"].validate(null)).not.toBeInstanceOf(Promise);
    }
  });

  it("a generic consumer infers the output type and reads issues with their paths", async () => {
    expectTypeOf<StandardSchemaV1.InferOutput<typeof invitationSchema>>().toEqualTypeOf<Invitation>();
    const bad = await validateWith(invitationSchema, { status: "pending", roles: [7] });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.messages).toContain("roles.0: expected an object with the fields role, holder, found 7");
    const good = await validateWith(agreementSchema, { status: "notAccepted", customer: "contoso" });
    expect(good).toEqual({ ok: true, value: { status: "notAccepted", customer: "contoso" } });
  });

  it("INVAR-6 validate never throws and gives the root issue an empty path", () => {
    const revocable = Proxy.revocable({}, {});
    revocable.revoke();
    const result = toStandardSchema(parseInvitation)["~standard"].validate(revocable.proxy);
    expect(result).toEqual({ issues: [{ message: expect.stringContaining("expected a readable value"), path: [] }] });
  });
});
