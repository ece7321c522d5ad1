// A verbatim copy of src/codec/actor.ts before issue 15 (its decoders, encoders and JSON
// types, written by hand): the test oracle the schemas are checked against
// (test/codec/legacy-differential.test.ts). Only the import paths differ. Do not edit.
/**
 * The JSON form of actors (customer users and partner users): parser, serialiser and
 * Standard Schema.
 *
 * @module
 */

import type { Result } from "neverthrow";
import { array, type Decoder, decode, literal, object, taggedUnion } from "../../../src/codec/decoder.js";
import type { ParseError } from "../../../src/codec/issues.js";
import type { ParseOptions } from "../../../src/codec/limits.js";
import type { StandardSchemaV1 } from "../../../src/codec/standard-schema.js";
import { toStandardSchema } from "../../../src/codec/to-standard-schema.js";
import { identifier, partnerCenterRole, roleId } from "../../../src/codec/vocabulary.js";
import type { Actor, CustomerUser, PartnerCenterRole, PartnerUser } from "../../../src/vocabulary/actors.js";
import { MAX_ROLES } from "../../../src/vocabulary/directory-roles.js";

/** A {@link CustomerUser} in JSON. */
export interface CustomerUserJson {
  /** Discriminant: always `"customerUser"`. */
  readonly kind: "customerUser";
  /** The user's object ID. */
  readonly id: string;
  /** The customer tenant the user belongs to. */
  readonly tenant: string;
  /** Directory role template IDs. */
  readonly roles: readonly string[];
}

/** A {@link PartnerUser} in JSON. */
export interface PartnerUserJson {
  /** Discriminant: always `"partnerUser"`. */
  readonly kind: "partnerUser";
  /** The user's object ID. */
  readonly id: string;
  /** The partner the user works for. */
  readonly partner: string;
  /** The user's Partner Center roles. */
  readonly roles: readonly PartnerCenterRole[];
}

/** An {@link Actor} in JSON, discriminated by `kind`. */
export type ActorJson = CustomerUserJson | PartnerUserJson;

const customerUser: Decoder<CustomerUser> = /* @__PURE__ */ object({
  kind: /* @__PURE__ */ literal(["customerUser"]),
  id: identifier,
  tenant: identifier,
  roles: /* @__PURE__ */ array(roleId, { maxLength: MAX_ROLES }),
});

const partnerUser: Decoder<PartnerUser> = /* @__PURE__ */ object({
  kind: /* @__PURE__ */ literal(["partnerUser"]),
  id: identifier,
  partner: identifier,
  roles: /* @__PURE__ */ array(partnerCenterRole),
});

/** The decoder of an {@link Actor}'s JSON form, for composing larger decoders. */
export const actorDecoder: Decoder<Actor> = /* @__PURE__ */ taggedUnion("kind", { customerUser, partnerUser });

/**
 * Parses an actor from untrusted input (INVAR-6).
 *
 * @param input - anything, typically from `JSON.parse`
 * @param options - limits, if not the defaults
 * @returns the actor, or every issue with its path
 */
export function parseActor(input: unknown, options?: ParseOptions): Result<Actor, ParseError> {
  return decode(actorDecoder, input, options);
}

/**
 * Writes an actor in its JSON form.
 *
 * @param actor - the actor
 */
export function actorToJson(actor: Actor): ActorJson {
  return actor.kind === "customerUser"
    ? { kind: "customerUser", id: actor.id, tenant: actor.tenant, roles: [...actor.roles] }
    : { kind: "partnerUser", id: actor.id, partner: actor.partner, roles: [...actor.roles] };
}

/** A Standard Schema v1 validator of actors (vendor `partner-relationships`). */
export const actorSchema: StandardSchemaV1<unknown, Actor> = /* @__PURE__ */ toStandardSchema(parseActor);
