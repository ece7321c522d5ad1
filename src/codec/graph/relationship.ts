/**
 * The reader of Microsoft Graph's `delegatedAdminRelationship` (and of its subtype
 * `resellerDelegatedAdminRelationship`, GDAP-10) into a {@link GdapRelationship}, one or
 * a list page item by item. It reads Graph's property names (ISO 8601 instants with seven
 * fractional digits, `null` or `""` for an absent one; durations; `customer.tenantId`;
 * `accessDetails.unifiedRoles[].roleDefinitionId`) and keeps what users need besides
 * the rules (GDAP-11): `customer.displayName` as `customerDisplayName`, `@odata.etag` as
 * `etag`, and a reseller relationship's `indirectProviderTenantId` and
 * `isPartnerConsentPending` as `reseller`. Other keys (`@odata.context`, …) are skipped
 * unread.
 *
 * What Graph does not carry is derived (docs/codec.md, "Microsoft Graph"): the partner
 * and the users Graph does not name come from the options; `requestExpiresDateTime` is
 * `createdDateTime` plus the policy's `requestLifetimeDays` (GDAP-5); the termination
 * times are `lastModifiedDateTime`; an expired relationship's `expiredDateTime` is
 * `endDateTime` (or `lastModifiedDateTime` when Graph has none); a missing
 * `autoExtendDuration` is `PT0S` (none).
 *
 * A status Graph added after this version (`unknownFutureValue`, or another member's name)
 * is an {@link partner-relationships!UnknownStatusGdap}: kept, granting nothing, refused by every step (GDAP-11).
 * The mapped value passes the library's own checks (time order, roles each once, …); a
 * violation is reported at the Graph property it comes from.
 *
 * @module
 */
import type { Result } from "neverthrow";
import { type IsoDuration, ZERO_DURATION } from "../../gdap/duration.js";
import type { GdapGraphFacts } from "../../gdap/graph-records.js";
import {
  GDAP_STATUSES,
  type GdapRelationship,
  type GdapRelationshipFields,
  type GdapStatus,
} from "../../gdap/relationship.js";
import { DEFAULT_POLICY, type Policy } from "../../policy.js";
import type { RoleId } from "../../vocabulary/directory-roles.js";
import type { CustomerId, PartnerId, UserId } from "../../vocabulary/ids.js";
import { addDays, formatInstant, type Instant, isInstant } from "../../vocabulary/time.js";
import {
  boolean,
  type Decoder,
  decode,
  decoder,
  FAULT,
  nullable,
  object,
  optional,
  report,
  string,
} from "../decoder.js";
import { isoDurationDecoder } from "../duration.js";
import { displayNameDecoder, type FieldPath, gdapViolations } from "../gdap.js";
import { describeFound, type ParseError } from "../issues.js";
import type { ParseOptions } from "../limits.js";
import { identifier } from "../vocabulary.js";
import {
  ABSENT_INSTANT,
  checkedBy,
  etagField,
  GRAPH_UNKNOWN_USER,
  graphInstant,
  graphMember,
  graphOptionalInstant,
  IGNORE,
  needed,
  option,
  optionalOption,
  optionsOf,
  rolePath,
  unifiedRoles,
} from "./common.js";
import { type GraphCollection, graphCollection } from "./page.js";

/** Options of {@link parseGraphDelegatedAdminRelationship}. */
export interface GraphRelationshipOptions extends ParseOptions {
  /** The partner whose relationship it is (Graph's payload does not name it; it is the caller's tenant). */
  readonly partner: PartnerId;
  /** For `requestExpiresDateTime` (created + `gdap.requestLifetimeDays`). Default `DEFAULT_POLICY`. */
  readonly policy?: Policy;
  /** Who created it. Default {@link GRAPH_UNKNOWN_USER}. */
  readonly createdBy?: UserId;
  /** Who approved it, once approved. Default {@link GRAPH_UNKNOWN_USER}. */
  readonly approvedBy?: UserId;
  /** The side that asked for a termination. Default `"partner"`. */
  readonly terminationRequestedBy?: "partner" | "customer";
  /** The user who asked for a termination. Default {@link GRAPH_UNKNOWN_USER}. */
  readonly terminationRequestedByUser?: UserId;
}

/** `@odata.type` of a relationship an indirect provider created for an indirect reseller (GDAP-10). */
export const GRAPH_RESELLER_RELATIONSHIP_TYPE = "#microsoft.graph.resellerDelegatedAdminRelationship";

const graphRelationship = /* @__PURE__ */ object(
  {
    "@odata.type": /* @__PURE__ */ optional(/* @__PURE__ */ nullable(/* @__PURE__ */ string())),
    "@odata.etag": etagField,
    id: identifier,
    displayName: displayNameDecoder,
    duration: isoDurationDecoder,
    autoExtendDuration: /* @__PURE__ */ optional(/* @__PURE__ */ nullable(isoDurationDecoder)),
    status: /* @__PURE__ */ graphMember(GDAP_STATUSES),
    createdDateTime: graphInstant,
    lastModifiedDateTime: graphInstant,
    activatedDateTime: /* @__PURE__ */ optional(graphOptionalInstant),
    endDateTime: /* @__PURE__ */ optional(graphOptionalInstant),
    customer: /* @__PURE__ */ optional(
      /* @__PURE__ */ nullable(
        /* @__PURE__ */ object(
          {
            tenantId: /* @__PURE__ */ optional(/* @__PURE__ */ nullable(identifier)),
            displayName: /* @__PURE__ */ optional(/* @__PURE__ */ nullable(/* @__PURE__ */ string())),
          },
          IGNORE,
        ),
      ),
    ),
    accessDetails: unifiedRoles,
    isPartnerConsentPending: /* @__PURE__ */ optional(/* @__PURE__ */ nullable(boolean)),
    indirectProviderTenantId: /* @__PURE__ */ optional(/* @__PURE__ */ nullable(identifier)),
  },
  IGNORE,
);

/**
 * Where a field of the library's relationship comes from in Graph's payload, for the
 * facts a Graph payload can break: the customer and the activation are checked before
 * (`needed`), and the request expiry is derived from `createdDateTime`.
 */
const relationshipPath: FieldPath = (field, index) => {
  switch (field) {
    case "roles":
      return rolePath(index);
    case "terminationRequestedDateTime":
    case "terminatedDateTime":
      return ["lastModifiedDateTime"];
    case "expiredDateTime":
      return ["endDateTime"];
    default:
      return [field];
  }
};

/**
 * The decoder of a Graph `delegatedAdminRelationship`, mapped to a {@link GdapRelationship}.
 *
 * @param options - the partner, the policy and the users Graph does not name
 */
export function graphRelationshipDecoder(options: GraphRelationshipOptions): Decoder<GdapRelationship> {
  return decoder("a Microsoft Graph delegatedAdminRelationship", (input, ctx) => {
    const given = optionsOf(options);
    const side = given.terminationRequestedBy;
    const okSide = side === undefined || side === "partner" || side === "customer";
    if (!okSide) report(ctx, 'the option terminationRequestedBy: "partner" or "customer"', describeFound(side));
    const okOptions = [
      okSide,
      option(ctx, "partner", given.partner),
      optionalOption(ctx, "createdBy", given.createdBy),
      optionalOption(ctx, "approvedBy", given.approvedBy),
      optionalOption(ctx, "terminationRequestedByUser", given.terminationRequestedByUser),
    ];
    if (okOptions.includes(false)) return FAULT;
    const partner = given.partner as PartnerId;
    const graph = graphRelationship.decode(input, ctx);
    if (graph === FAULT) return FAULT;
    // GDAP-10: a reseller relationship carries both fields; one without the other is a fault.
    const consent = graph.isPartnerConsentPending ?? undefined;
    const provider = graph.indirectProviderTenantId ?? undefined;
    const isReseller =
      graph["@odata.type"] === GRAPH_RESELLER_RELATIONSHIP_TYPE || consent !== undefined || provider !== undefined;
    const resellerWhy = (field: string): string =>
      `${field}: a resellerDelegatedAdminRelationship names its indirect provider and the reseller's consent (GDAP-10)`;
    if (isReseller) {
      const okConsent = needed(
        ctx,
        graph.isPartnerConsentPending,
        ["isPartnerConsentPending"],
        resellerWhy("a boolean"),
      );
      const okProvider = needed(
        ctx,
        graph.indirectProviderTenantId,
        ["indirectProviderTenantId"],
        resellerWhy("a tenant ID"),
      );
      if (!okConsent || !okProvider) return FAULT;
    }
    const graphCustomer = graph.customer;
    const hasCustomer = graphCustomer !== null && graphCustomer !== undefined;
    const displayName = hasCustomer ? graphCustomer.displayName : undefined;
    const facts: GdapGraphFacts = {
      ...(displayName === null || displayName === undefined || displayName === ""
        ? {}
        : { customerDisplayName: displayName }),
      ...(graph["@odata.etag"] === null || graph["@odata.etag"] === undefined ? {} : { etag: graph["@odata.etag"] }),
      ...(isReseller
        ? {
            reseller: {
              indirectProviderTenantId: provider as string,
              isPartnerConsentPending: consent as boolean,
            },
          }
        : {}),
    };
    const lifetime = (given.policy ?? DEFAULT_POLICY).gdap?.requestLifetimeDays;
    if (!Number.isSafeInteger(lifetime) || (lifetime as number) < 0)
      return report(
        ctx,
        "the option policy, with gdap.requestLifetimeDays a whole number of days",
        describeFound(lifetime),
      );
    const requestExpiresDateTime = addDays(graph.createdDateTime, lifetime as number);
    if (!isInstant(requestExpiresDateTime))
      return report(
        ctx,
        `an instant at least ${lifetime} days before the latest instant: the request expires then (GDAP-5)`,
        formatInstant(graph.createdDateTime),
        ["createdDateTime"],
      );
    const unknown = GRAPH_UNKNOWN_USER;
    const fields: GdapRelationshipFields = {
      id: graph.id,
      displayName: graph.displayName,
      partner,
      roles: graph.accessDetails.unifiedRoles.map((role): RoleId => role.roleDefinitionId),
      duration: graph.duration,
      autoExtendDuration: (graph.autoExtendDuration ?? ZERO_DURATION) as IsoDuration,
      createdDateTime: graph.createdDateTime,
      createdBy: given.createdBy ?? unknown,
      lastModifiedDateTime: graph.lastModifiedDateTime,
      requestExpiresDateTime,
      ...facts,
    };
    // Graph writes null for an absent customer or tenant ID; the issue says which it found.
    const tenantId = hasCustomer ? graphCustomer.tenantId : graphCustomer;
    const customer = tenantId ?? undefined;
    const activated = graph.activatedDateTime ?? undefined;
    const end = graph.endDateTime ?? undefined;
    const optionalCustomer = customer === undefined ? {} : { customer };
    let relationship: GdapRelationship;
    if (graph.status.value === "unknownFutureValue") {
      relationship = {
        status: "unknownFutureValue",
        ...fields,
        ...optionalCustomer,
        ...(activated === undefined ? {} : { activatedDateTime: activated }),
        ...(end === undefined ? {} : { endDateTime: end }),
        ...(graph.status.sent === undefined ? {} : { graphStatus: graph.status.sent }),
      };
      return checkedBy(ctx, relationship, gdapViolations(relationship, relationshipPath));
    }
    const status: GdapStatus = graph.status.value;
    const bound = "the customer's tenant ID: a relationship is bound to its customer from approval on (GDAP-4)";
    const activeSince = `an ISO 8601 date-time: a relationship that is ${status} was activated (GDAP-1)`;
    const endsAt = `an ISO 8601 date-time: a relationship that is ${status} has an end time (GDAP-2)`;
    const customerAt = hasCustomer ? ["customer", "tenantId"] : ["customer"];
    switch (status) {
      case "created":
      case "approvalPending":
        relationship = { status, ...fields, ...optionalCustomer };
        break;
      case "approved":
      case "activating":
        if (!needed(ctx, tenantId, customerAt, bound)) return FAULT;
        relationship = { status, ...fields, customer: tenantId, approvedBy: given.approvedBy ?? unknown };
        break;
      default: {
        if (status === "expired" && activated === undefined) {
          relationship = {
            status,
            ...fields,
            ...optionalCustomer,
            expiredBecause: "requestNotApproved",
            expiredDateTime: end ?? graph.lastModifiedDateTime,
          };
          break;
        }
        const okCustomer = needed(ctx, tenantId, customerAt, bound);
        const okActivated = needed(ctx, graph.activatedDateTime, ["activatedDateTime"], activeSince, ABSENT_INSTANT);
        const okEnd = needed(ctx, graph.endDateTime, ["endDateTime"], endsAt, ABSENT_INSTANT);
        if (!okCustomer || !okActivated || !okEnd) return FAULT;
        const activation = {
          ...fields,
          customer: customer as CustomerId,
          approvedBy: given.approvedBy ?? unknown,
          activatedDateTime: activated as Instant,
          endDateTime: end as Instant,
        };
        const termination = {
          ...activation,
          terminationRequestedBy: side ?? "partner",
          terminationRequestedByUser: given.terminationRequestedByUser ?? unknown,
          terminationRequestedDateTime: graph.lastModifiedDateTime,
        };
        relationship =
          status === "expired"
            ? { status, ...activation, expiredBecause: "endDateTimeReached", expiredDateTime: end as Instant }
            : status === "terminated"
              ? { status, ...termination, terminatedDateTime: graph.lastModifiedDateTime }
              : status === "terminationRequested" || status === "terminating"
                ? { status, ...termination }
                : { status, ...activation };
      }
    }
    return checkedBy(ctx, relationship, gdapViolations(relationship, relationshipPath));
  });
}

/**
 * Reads a Microsoft Graph `delegatedAdminRelationship` or `resellerDelegatedAdminRelationship`
 * (GET `/tenantRelationships/delegatedAdminRelationships/{id}`, or the body of a create or
 * update response) into a GDAP relationship (INVAR-6: never throws; every fault with its
 * Graph path). The customer's display name, the etag and the reseller fields are kept
 * (GDAP-10, GDAP-11); a status this version does not know gives an {@link partner-relationships!UnknownStatusGdap}.
 *
 * @param input - the parsed JSON body
 * @param options - the partner (required), the policy and the users Graph does not name, limits
 *
 * @example
 * ```ts
 * import { parseGraphDelegatedAdminRelationship } from "partner-relationships/codec";
 * const relationship = parseGraphDelegatedAdminRelationship(await response.json(), { partner: "fabrikam" });
 * if (relationship.isOk()) console.log(relationship.value.customerDisplayName, relationship.value.etag);
 * ```
 */
export function parseGraphDelegatedAdminRelationship(
  input: unknown,
  options: GraphRelationshipOptions,
): Result<GdapRelationship, ParseError> {
  return decode(graphRelationshipDecoder(options), input, options);
}

/**
 * Reads a Graph list page of relationships (GET `/tenantRelationships/delegatedAdminRelationships`)
 * item by item (GDAP-11): `Ok` with the relationships that parse, a fault per item that
 * does not (index and issues with paths such as `value[2].status`), and `@odata.nextLink`;
 * `Err` only for a payload that is not a Graph collection.
 *
 * @param input - the parsed JSON body
 * @param options - as {@link parseGraphDelegatedAdminRelationship}, for every item
 *
 * @example
 * ```ts
 * const page = parseGraphDelegatedAdminRelationships(body, { partner: "fabrikam" });
 * if (page.isOk()) {
 *   for (const relationship of page.value.value) console.log(relationship.displayName, relationship.status);
 *   for (const fault of page.value.faults) console.warn(`item ${fault.index}:`, fault.issues[0]?.path);
 * }
 * ```
 */
export function parseGraphDelegatedAdminRelationships(
  input: unknown,
  options: GraphRelationshipOptions,
): Result<GraphCollection<GdapRelationship>, ParseError> {
  return decode(graphCollection(graphRelationshipDecoder(options)), input, options);
}
