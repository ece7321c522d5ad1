/**
 * The JSON form of relationships (active and ended, discriminated by `status`) and of
 * their role grants: schemas, parsers, serialisers and Standard Schemas. Besides the shape, the
 * parser checks what the steps guarantee (REL-1, INVAR-1): at least one capacity, each
 * once; `since` not after `updatedAt`; every grant made in one of the relationship's
 * capacities, between `since` and `updatedAt`, at most one per role and holder; an ended
 * relationship grants nothing.
 *
 * @module
 */
import type { Result } from "neverthrow";
import type { ActiveRelationship, EndedRelationship, Relationship, RoleGrant } from "../relationship.js";
import type { PartnerType } from "../vocabulary/partner-types.js";
import { formatInstant } from "../vocabulary/time.js";
import type { ParseError } from "./issues.js";
import type { ParseOptions } from "./limits.js";
import {
  array,
  decode,
  type JsonOf,
  literal,
  object,
  refine,
  type Schema,
  standardSchemaOf,
  taggedUnion,
  type Violation,
} from "./schema.js";
import { identifier, instant, notBefore, partnerType, roleHolder, roleId } from "./vocabulary.js";

/** The schema of a {@link RoleGrant}'s JSON form, for composing larger schemas. */
export const roleGrantDecoder = /* @__PURE__ */ object<RoleGrant>()({
  role: roleId,
  holder: roleHolder,
  capacity: partnerType,
  grantedAt: instant,
});

/** A {@link RoleGrant} in JSON. */
export type RoleGrantJson = JsonOf<typeof roleGrantDecoder>;

const capacities = /* @__PURE__ */ array(partnerType, { minLength: 1 });

function duplicateCapacities(list: readonly PartnerType[]): Violation[] {
  const violations: Violation[] = [];
  list.forEach((capacity, index) => {
    const first = list.indexOf(capacity);
    if (first !== index)
      violations.push({
        at: ["capacities", index],
        expected: `a capacity not already listed (capacities[${first}]) (REL-1)`,
        found: JSON.stringify(capacity),
      });
  });
  return violations;
}

function timeOrder(relationship: Relationship): Violation[] {
  return notBefore(["updatedAt"], relationship.updatedAt, relationship.since, "since");
}

function grantViolations(relationship: ActiveRelationship): Violation[] {
  const violations: Violation[] = [];
  relationship.grants.forEach((grant, index) => {
    if (!relationship.capacities.includes(grant.capacity))
      violations.push({
        at: ["grants", index, "capacity"],
        expected: "one of the relationship's capacities (INVAR-1)",
        found: JSON.stringify(grant.capacity),
      });
    if (grant.grantedAt < relationship.since || grant.grantedAt > relationship.updatedAt)
      violations.push({
        at: ["grants", index, "grantedAt"],
        expected: `an instant from since (${formatInstant(relationship.since)}) to updatedAt (${formatInstant(relationship.updatedAt)})`,
        found: formatInstant(grant.grantedAt),
      });
    const first = relationship.grants.findIndex((held) => held.role === grant.role && held.holder === grant.holder);
    if (first !== index)
      violations.push({
        at: ["grants", index],
        expected: `a role and holder not already granted (grants[${first}]) (REL-1)`,
        found: `${grant.role} held by ${grant.holder}`,
      });
  });
  return violations;
}

const active = /* @__PURE__ */ refine(
  /* @__PURE__ */ object<ActiveRelationship>()({
    status: /* @__PURE__ */ literal(["active"]),
    customer: identifier,
    partner: identifier,
    capacities,
    grants: /* @__PURE__ */ array(roleGrantDecoder),
    since: instant,
    updatedAt: instant,
  }),
  (relationship) => [
    ...duplicateCapacities(relationship.capacities),
    ...timeOrder(relationship),
    ...grantViolations(relationship),
  ],
);

const noGrants = /* @__PURE__ */ array(roleGrantDecoder, { maxLength: 0 }) as unknown as Schema<
  readonly [],
  readonly []
>;

const ended = /* @__PURE__ */ refine(
  /* @__PURE__ */ object<EndedRelationship>()({
    status: /* @__PURE__ */ literal(["ended"]),
    customer: identifier,
    partner: identifier,
    capacities,
    grants: noGrants,
    since: instant,
    updatedAt: instant,
    endedBy: /* @__PURE__ */ literal(["customer", "partner"]),
    endedByUser: identifier,
  }),
  (relationship) => [...duplicateCapacities(relationship.capacities), ...timeOrder(relationship)],
);

/** The schema of a {@link Relationship}'s JSON form, for composing larger schemas. */
export const relationshipDecoder = /* @__PURE__ */ taggedUnion<Relationship>()("status", { active, ended });

/** A {@link Relationship} in JSON, discriminated by `status`. */
export type RelationshipJson = JsonOf<typeof relationshipDecoder>;

/** An {@link ActiveRelationship} in JSON. */
export type ActiveRelationshipJson = JsonOf<typeof active>;

/** An {@link EndedRelationship} in JSON (`grants` always empty). */
export type EndedRelationshipJson = JsonOf<typeof ended>;

/**
 * Parses a role grant from untrusted input (INVAR-6).
 *
 * @param input - anything
 * @param options - limits, if not the defaults
 */
export const parseRoleGrant = (input: unknown, options?: ParseOptions): Result<RoleGrant, ParseError> =>
  decode(roleGrantDecoder, input, options);

/**
 * Writes a role grant in its JSON form.
 *
 * @param grant - the grant
 */
export const roleGrantToJson = (grant: RoleGrant): RoleGrantJson => roleGrantDecoder.encode(grant);

/**
 * Parses a relationship, active or ended, from untrusted input (INVAR-6).
 *
 * @param input - anything, typically from `JSON.parse`
 * @param options - limits, if not the defaults
 * @returns the relationship, or every issue with its path (such as `grants[0].grantedAt`)
 */
export const parseRelationship = (input: unknown, options?: ParseOptions): Result<Relationship, ParseError> =>
  decode(relationshipDecoder, input, options);

/**
 * Writes a relationship in its JSON form.
 *
 * @param relationship - the relationship
 */
export const relationshipToJson = (relationship: Relationship): RelationshipJson =>
  relationshipDecoder.encode(relationship);

/** A Standard Schema v1 validator of role grants (vendor `partner-relationships`). */
export const roleGrantSchema = /* @__PURE__ */ standardSchemaOf(roleGrantDecoder);

/** A Standard Schema v1 validator of relationships (vendor `partner-relationships`). */
export const relationshipSchema = /* @__PURE__ */ standardSchemaOf(relationshipDecoder);
