/**
 * The JSON form of actors (customer users and partner users), discriminated by `kind`:
 * schema, parser, serialiser and Standard Schema.
 *
 * @module
 */
import type { Result } from "neverthrow";
import type { Actor, CustomerUser, PartnerUser } from "../vocabulary/actors.js";
import { MAX_ROLES } from "../vocabulary/directory-roles.js";
import type { ParseError } from "./issues.js";
import type { ParseOptions } from "./limits.js";
import { array, decode, type JsonOf, standardSchemaOf, taggedUnion } from "./schema.js";
import { identifier, partnerCenterRole, roleId } from "./vocabulary.js";

/** The schema of an {@link Actor}'s JSON form, for composing larger schemas. */
export const actorDecoder = /* @__PURE__ */ taggedUnion<Actor>()("kind", {
  customerUser: { id: identifier, tenant: identifier, roles: /* @__PURE__ */ array(roleId, { maxLength: MAX_ROLES }) },
  partnerUser: { id: identifier, partner: identifier, roles: /* @__PURE__ */ array(partnerCenterRole) },
});

/** An {@link Actor} in JSON, discriminated by `kind`. */
export type ActorJson = JsonOf<typeof actorDecoder>;

/** A {@link CustomerUser} in JSON. */
export type CustomerUserJson = Extract<ActorJson, { readonly kind: CustomerUser["kind"] }>;

/** A {@link PartnerUser} in JSON. */
export type PartnerUserJson = Extract<ActorJson, { readonly kind: PartnerUser["kind"] }>;

/**
 * Parses an actor from untrusted input (INVAR-6).
 *
 * @param input - anything, typically from `JSON.parse`
 * @param options - limits, if not the defaults
 * @returns the actor, or every issue with its path
 */
export const parseActor = (input: unknown, options?: ParseOptions): Result<Actor, ParseError> =>
  decode(actorDecoder, input, options);

/**
 * Writes an actor in its JSON form.
 *
 * @param actor - the actor
 */
export const actorToJson = (actor: Actor): ActorJson => actorDecoder.encode(actor);

/** A Standard Schema v1 validator of actors (vendor `partner-relationships`). */
export const actorSchema = /* @__PURE__ */ standardSchemaOf(actorDecoder);
