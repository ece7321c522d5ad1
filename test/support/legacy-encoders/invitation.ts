// A verbatim copy of src/codec/invitation.ts before issue 15 (its decoders, encoders and JSON
// types, written by hand): the test oracle the schemas are checked against
// (test/codec/legacy-differential.test.ts). Only the import paths differ. Do not edit.
/**
 * The JSON form of invitations in all four states (INV-1), discriminated by `status`:
 * parser, serialiser and Standard Schema. Besides the shape, the parser checks the roles
 * the partner type requests (TYPE-1, `invitationRolesFit`) and, with the steps' own test
 * of expiry (`isInvitationExpiredAt`), the time order the steps guarantee: `expiresAt` not before `sentAt`; an acceptance at or after
 * `sentAt` and before `expiresAt` (INV-4); a cancellation not before `sentAt`; an expiry
 * recorded not before `expiresAt`.
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
  type Shape,
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
import {
  type AcceptedInvitation,
  type CancelledInvitation,
  type ExpiredInvitation,
  type Invitation,
  type InvitationFields,
  invitationRolesFit,
  isInvitationExpiredAt,
  type PendingInvitation,
} from "../../../src/invitation.js";
import type { PartnerType, RoleHolder, RoleSlot } from "../../../src/vocabulary/partner-types.js";
import { formatInstant } from "../../../src/vocabulary/time.js";

/** A {@link RoleSlot} in JSON. */
export interface RoleSlotJson {
  /** The role template ID. */
  readonly role: string;
  /** Which partner principal holds the role. */
  readonly holder: RoleHolder;
}

/** The fields every invitation has, in JSON (instants as ISO 8601 strings). */
export interface InvitationFieldsJson {
  /** The invitation's ID. */
  readonly id: string;
  /** The invited customer tenant's ID. */
  readonly customer: string;
  /** The inviting partner's ID. */
  readonly partner: string;
  /** The partner type it invites the customer into. */
  readonly type: PartnerType;
  /** The roles it requests, all granted on acceptance (INV-2). */
  readonly roles: readonly RoleSlotJson[];
  /** The user ID of the partner user who sent it. */
  readonly sentBy: string;
  /** ISO 8601. */
  readonly sentAt: string;
  /** ISO 8601. */
  readonly expiresAt: string;
}

/** A {@link PendingInvitation} in JSON. */
export interface PendingInvitationJson extends InvitationFieldsJson {
  /** Discriminant: always `"pending"`. */
  readonly status: "pending";
}

/** An {@link AcceptedInvitation} in JSON. */
export interface AcceptedInvitationJson extends InvitationFieldsJson {
  /** Discriminant: always `"accepted"`. */
  readonly status: "accepted";
  /** ISO 8601. */
  readonly acceptedAt: string;
  /** The user ID of the customer admin who accepted it. */
  readonly acceptedBy: string;
}

/** A {@link CancelledInvitation} in JSON. */
export interface CancelledInvitationJson extends InvitationFieldsJson {
  /** Discriminant: always `"cancelled"`. */
  readonly status: "cancelled";
  /** ISO 8601. */
  readonly cancelledAt: string;
  /** The user ID of the customer admin who cancelled it. */
  readonly cancelledBy: string;
}

/** An {@link ExpiredInvitation} in JSON. */
export interface ExpiredInvitationJson extends InvitationFieldsJson {
  /** Discriminant: always `"expired"`. */
  readonly status: "expired";
  /** ISO 8601. */
  readonly expiredAt: string;
}

/** An {@link Invitation} in JSON, discriminated by `status`. */
export type InvitationJson =
  | PendingInvitationJson
  | AcceptedInvitationJson
  | CancelledInvitationJson
  | ExpiredInvitationJson;

/** The decoder of a {@link RoleSlot}'s JSON form. */
export const roleSlotDecoder: Decoder<RoleSlot> = /* @__PURE__ */ object({ role: roleId, holder: roleHolder });

const fields = {
  id: identifier,
  customer: identifier,
  partner: identifier,
  type: partnerType,
  roles: /* @__PURE__ */ array(roleSlotDecoder),
  sentBy: identifier,
  sentAt: instant,
  expiresAt: instant,
} as const;

/** An invitation decoder: the status, the fields every invitation has, then the state's own fields. */
function invitationObject<const S extends Invitation["status"], const E extends Shape>(status: S, extra: E) {
  return object({ status: literal([status]), ...fields, ...extra });
}

function sent(invitation: InvitationFields): Violation[] {
  const violations = notBefore(["expiresAt"], invitation.expiresAt, invitation.sentAt, "sentAt");
  if (!invitationRolesFit(invitation.type, invitation.roles))
    violations.push({
      at: ["roles"],
      expected: `the roles the ${invitation.type} partner type requests: its catalogue roles, none, or for the Partner type at least one Entra role, each once, held by the partner's user account (TYPE-1, INVAR-7)`,
      found: `${invitation.roles.length} role${invitation.roles.length === 1 ? "" : "s"}`,
    });
  return violations;
}

/** The decoder of a {@link PendingInvitation}'s JSON form (as carried by an `InvitationSent` event). */
export const pendingInvitationDecoder: Decoder<PendingInvitation> = /* @__PURE__ */ refine(
  /* @__PURE__ */ invitationObject("pending", {}),
  sent,
);

const accepted: Decoder<AcceptedInvitation> = /* @__PURE__ */ refine(
  /* @__PURE__ */ invitationObject("accepted", { acceptedAt: instant, acceptedBy: identifier }),
  (invitation) => {
    const violations = [
      ...sent(invitation),
      ...notBefore(["acceptedAt"], invitation.acceptedAt, invitation.sentAt, "sentAt"),
    ];
    if (isInvitationExpiredAt(invitation, invitation.acceptedAt) && invitation.expiresAt >= invitation.sentAt)
      violations.push({
        at: ["acceptedAt"],
        expected: `an instant before expiresAt (${formatInstant(invitation.expiresAt)}): an expired invitation cannot be accepted (INV-4)`,
        found: formatInstant(invitation.acceptedAt),
      });
    return violations;
  },
);

const cancelled: Decoder<CancelledInvitation> = /* @__PURE__ */ refine(
  /* @__PURE__ */ invitationObject("cancelled", { cancelledAt: instant, cancelledBy: identifier }),
  (invitation) => [
    ...sent(invitation),
    ...notBefore(["cancelledAt"], invitation.cancelledAt, invitation.sentAt, "sentAt"),
  ],
);

const expired: Decoder<ExpiredInvitation> = /* @__PURE__ */ refine(
  /* @__PURE__ */ invitationObject("expired", { expiredAt: instant }),
  (invitation) => [
    ...sent(invitation),
    ...(isInvitationExpiredAt(invitation, invitation.expiredAt)
      ? []
      : notBefore(["expiredAt"], invitation.expiredAt, invitation.expiresAt, "expiresAt")),
  ],
);

/** The decoder of an {@link Invitation}'s JSON form, for composing larger decoders. */
export const invitationDecoder: Decoder<Invitation> = /* @__PURE__ */ taggedUnion("status", {
  pending: pendingInvitationDecoder,
  accepted,
  cancelled,
  expired,
});

/**
 * Parses an invitation in any state from untrusted input (INVAR-6).
 *
 * @param input - anything, typically from `JSON.parse`
 * @param options - limits, if not the defaults
 * @returns the invitation, or every issue with its path
 *
 * @example
 * ```ts
 * parseInvitation(JSON.parse(row.invitation)).match(
 *   (invitation) => ensurePending(invitation),
 *   (error) => log(error.issues), // [{ path: "roles[0].role", expected: "an Entra role template ID …", found: "\"admin\"" }]
 * );
 * ```
 */
export function parseInvitation(input: unknown, options?: ParseOptions): Result<Invitation, ParseError> {
  return decode(invitationDecoder, input, options);
}

function fieldsToJson(invitation: Invitation): InvitationFieldsJson {
  return {
    id: invitation.id,
    customer: invitation.customer,
    partner: invitation.partner,
    type: invitation.type,
    roles: invitation.roles.map((slot) => ({ role: slot.role, holder: slot.holder })),
    sentBy: invitation.sentBy,
    sentAt: instantToJson(invitation.sentAt),
    expiresAt: instantToJson(invitation.expiresAt),
  };
}

/**
 * Writes an invitation in its JSON form (instants as ISO 8601 UTC strings).
 *
 * @param invitation - the invitation, in any state
 */
export function invitationToJson(invitation: Invitation): InvitationJson {
  switch (invitation.status) {
    case "pending":
      return { status: "pending", ...fieldsToJson(invitation) };
    case "accepted":
      return {
        status: "accepted",
        ...fieldsToJson(invitation),
        acceptedAt: instantToJson(invitation.acceptedAt),
        acceptedBy: invitation.acceptedBy,
      };
    case "cancelled":
      return {
        status: "cancelled",
        ...fieldsToJson(invitation),
        cancelledAt: instantToJson(invitation.cancelledAt),
        cancelledBy: invitation.cancelledBy,
      };
    case "expired":
      return { status: "expired", ...fieldsToJson(invitation), expiredAt: instantToJson(invitation.expiredAt) };
  }
}

/** A Standard Schema v1 validator of invitations (vendor `partner-relationships`). */
export const invitationSchema: StandardSchemaV1<unknown, Invitation> =
  /* @__PURE__ */ toStandardSchema(parseInvitation);
