// A verbatim copy of src/codec/relationship.ts before issue 15 (its decoders, encoders and JSON
// types, written by hand): the test oracle the schemas are checked against
// (test/codec/legacy-differential.test.ts). Only the import paths differ. Do not edit.
/**
 * The JSON form of relationships (active and ended, discriminated by `status`) and of
 * their role grants: parsers, serialisers and Standard Schemas. Besides the shape, the
 * parser checks what the steps guarantee (REL-1, INVAR-1): at least one capacity, each
 * once; `since` not after `updatedAt`; every grant made in one of the relationship's
 * capacities, between `since` and `updatedAt`, at most one per role and holder; an ended
 * relationship grants nothing.
 *
 * @module
 */
import type { Result } from "neverthrow";
import {
  array,
  type Decoder,
  decode,
  literal,
  object,
  refine,
  taggedUnion,
  type Violation,
} from "../../../src/codec/decoder.js";
import type { ParseError } from "../../../src/codec/issues.js";
import type { ParseOptions } from "../../../src/codec/limits.js";
import type { StandardSchemaV1 } from "../../../src/codec/standard-schema.js";
import { toStandardSchema } from "../../../src/codec/to-standard-schema.js";
import {
  identifier,
  instant,
  instantToJson,
  notBefore,
  partnerType,
  roleHolder,
  roleId,
} from "../../../src/codec/vocabulary.js";
import type { ActiveRelationship, EndedRelationship, Relationship, RoleGrant } from "../../../src/relationship.js";
import type { PartnerType, RoleHolder } from "../../../src/vocabulary/partner-types.js";
import { formatInstant } from "../../../src/vocabulary/time.js";

/** A {@link RoleGrant} in JSON. */
export interface RoleGrantJson {
  /** The role template ID. */
  readonly role: string;
  /** Which partner principal holds the role (DAP-1). */
  readonly holder: RoleHolder;
  /** The partner type whose acceptance granted the role. */
  readonly capacity: PartnerType;
  /** ISO 8601. */
  readonly grantedAt: string;
}

/** An {@link ActiveRelationship} in JSON. */
export interface ActiveRelationshipJson {
  /** Discriminant: always `"active"`. */
  readonly status: "active";
  /** The customer tenant ID. */
  readonly customer: string;
  /** The partner's ID. */
  readonly partner: string;
  /** Its capacities (partner types), in catalogue order, each once (REL-1). */
  readonly capacities: readonly PartnerType[];
  /** The roles the partner holds in the customer tenant. */
  readonly grants: readonly RoleGrantJson[];
  /** ISO 8601. */
  readonly since: string;
  /** ISO 8601. */
  readonly updatedAt: string;
}

/** An {@link EndedRelationship} in JSON. */
export interface EndedRelationshipJson {
  /** Discriminant: always `"ended"`. */
  readonly status: "ended";
  /** The customer tenant ID. */
  readonly customer: string;
  /** The partner's ID. */
  readonly partner: string;
  /** The capacities (partner types) it had when it ended. */
  readonly capacities: readonly PartnerType[];
  /** Always empty. */
  readonly grants: readonly [];
  /** ISO 8601. */
  readonly since: string;
  /** ISO 8601. */
  readonly updatedAt: string;
  /** Which side ended it: the customer by deleting it (TYPE-2), or the partner (REL-3). */
  readonly endedBy: "customer" | "partner";
  /** The user ID of who ended it. */
  readonly endedByUser: string;
}

/** A {@link Relationship} in JSON, discriminated by `status`. */
export type RelationshipJson = ActiveRelationshipJson | EndedRelationshipJson;

/** The decoder of a {@link RoleGrant}'s JSON form, for composing larger decoders. */
export const roleGrantDecoder: Decoder<RoleGrant> = /* @__PURE__ */ object({
  role: roleId,
  holder: roleHolder,
  capacity: partnerType,
  grantedAt: instant,
});

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

const active: Decoder<ActiveRelationship> = /* @__PURE__ */ refine(
  /* @__PURE__ */ object({
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

const noGrants = /* @__PURE__ */ array(roleGrantDecoder, { maxLength: 0 }) as Decoder<readonly []>;

const ended: Decoder<EndedRelationship> = /* @__PURE__ */ refine(
  /* @__PURE__ */ object({
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

/** The decoder of a {@link Relationship}'s JSON form, for composing larger decoders. */
export const relationshipDecoder: Decoder<Relationship> = /* @__PURE__ */ taggedUnion("status", { active, ended });

/**
 * Parses a role grant from untrusted input (INVAR-6).
 *
 * @param input - anything
 * @param options - limits, if not the defaults
 */
export function parseRoleGrant(input: unknown, options?: ParseOptions): Result<RoleGrant, ParseError> {
  return decode(roleGrantDecoder, input, options);
}

/**
 * Writes a role grant in its JSON form.
 *
 * @param grant - the grant
 */
export function roleGrantToJson(grant: RoleGrant): RoleGrantJson {
  return {
    role: grant.role,
    holder: grant.holder,
    capacity: grant.capacity,
    grantedAt: instantToJson(grant.grantedAt),
  };
}

/**
 * Parses a relationship, active or ended, from untrusted input (INVAR-6).
 *
 * @param input - anything, typically from `JSON.parse`
 * @param options - limits, if not the defaults
 * @returns the relationship, or every issue with its path (such as `grants[0].grantedAt`)
 */
export function parseRelationship(input: unknown, options?: ParseOptions): Result<Relationship, ParseError> {
  return decode(relationshipDecoder, input, options);
}

/**
 * Writes a relationship in its JSON form.
 *
 * @param relationship - the relationship
 */
export function relationshipToJson(relationship: Relationship): RelationshipJson {
  if (relationship.status === "active")
    return {
      status: "active",
      customer: relationship.customer,
      partner: relationship.partner,
      capacities: [...relationship.capacities],
      grants: relationship.grants.map(roleGrantToJson),
      since: instantToJson(relationship.since),
      updatedAt: instantToJson(relationship.updatedAt),
    };
  return {
    status: "ended",
    customer: relationship.customer,
    partner: relationship.partner,
    capacities: [...relationship.capacities],
    grants: [],
    since: instantToJson(relationship.since),
    updatedAt: instantToJson(relationship.updatedAt),
    endedBy: relationship.endedBy,
    endedByUser: relationship.endedByUser,
  };
}

/** A Standard Schema v1 validator of role grants (vendor `partner-relationships`). */
export const roleGrantSchema: StandardSchemaV1<unknown, RoleGrant> = /* @__PURE__ */ toStandardSchema(parseRoleGrant);

/** A Standard Schema v1 validator of relationships (vendor `partner-relationships`). */
export const relationshipSchema: StandardSchemaV1<unknown, Relationship> =
  /* @__PURE__ */ toStandardSchema(parseRelationship);
