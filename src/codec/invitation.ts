/**
 * The JSON form of invitations in all four states (INV-1), discriminated by `status`:
 * schema, parser, serialiser and Standard Schema. Besides the shape, the parser checks the roles
 * the partner type requests (TYPE-1, `invitationRolesFit`) and, with the steps' own test
 * of expiry (`isInvitationExpiredAt`), the time order the steps guarantee: `expiresAt` not before `sentAt`; an acceptance at or after
 * `sentAt` and before `expiresAt` (INV-4); a cancellation not before `sentAt`; an expiry
 * recorded not before `expiresAt`.
 *
 * @module
 */
import type { Result } from "neverthrow";
import {
  type AcceptedInvitation,
  type CancelledInvitation,
  type ExpiredInvitation,
  type Invitation,
  type InvitationFields,
  invitationRolesFit,
  isInvitationExpiredAt,
  type PendingInvitation,
} from "../invitation.js";
import type { RoleSlot } from "../vocabulary/partner-types.js";
import { formatInstant } from "../vocabulary/time.js";
import type { ParseError } from "./issues.js";
import type { ParseOptions } from "./limits.js";
import {
  array,
  decode,
  type JsonOf,
  type JsonOfShape,
  literal,
  object,
  refine,
  standardSchemaOf,
  taggedUnion,
  type Violation,
} from "./schema.js";
import { identifier, instant, notBefore, partnerType, roleHolder, roleId } from "./vocabulary.js";

/** The schema of a {@link RoleSlot}'s JSON form. */
export const roleSlotDecoder = /* @__PURE__ */ object<RoleSlot>()({ role: roleId, holder: roleHolder });

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
export const pendingInvitationDecoder = /* @__PURE__ */ refine(
  /* @__PURE__ */ object<PendingInvitation>()({ status: /* @__PURE__ */ literal(["pending"]), ...fields }),
  sent,
);

const accepted = /* @__PURE__ */ refine(
  /* @__PURE__ */ object<AcceptedInvitation>()({
    status: /* @__PURE__ */ literal(["accepted"]),
    ...fields,
    acceptedAt: instant,
    acceptedBy: identifier,
  }),
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

const cancelled = /* @__PURE__ */ refine(
  /* @__PURE__ */ object<CancelledInvitation>()({
    status: /* @__PURE__ */ literal(["cancelled"]),
    ...fields,
    cancelledAt: instant,
    cancelledBy: identifier,
  }),
  (invitation) => [
    ...sent(invitation),
    ...notBefore(["cancelledAt"], invitation.cancelledAt, invitation.sentAt, "sentAt"),
  ],
);

const expired = /* @__PURE__ */ refine(
  /* @__PURE__ */ object<ExpiredInvitation>()({
    status: /* @__PURE__ */ literal(["expired"]),
    ...fields,
    expiredAt: instant,
  }),
  (invitation) => [
    ...sent(invitation),
    ...(isInvitationExpiredAt(invitation, invitation.expiredAt)
      ? []
      : notBefore(["expiredAt"], invitation.expiredAt, invitation.expiresAt, "expiresAt")),
  ],
);

/** The schema of an {@link Invitation}'s JSON form, for composing larger schemas. */
export const invitationDecoder = /* @__PURE__ */ taggedUnion<Invitation>()("status", {
  pending: pendingInvitationDecoder,
  accepted,
  cancelled,
  expired,
});

/** An {@link Invitation} in JSON, discriminated by `status` (instants as ISO 8601 strings). */
export type InvitationJson = JsonOf<typeof invitationDecoder>;

/** A {@link RoleSlot} in JSON. */
export type RoleSlotJson = JsonOf<typeof roleSlotDecoder>;

/** The fields every invitation has, in JSON (instants as ISO 8601 strings). */
export type InvitationFieldsJson = JsonOfShape<typeof fields>;

/** A {@link PendingInvitation} in JSON. */
export type PendingInvitationJson = JsonOf<typeof pendingInvitationDecoder>;

/** An {@link AcceptedInvitation} in JSON. */
export type AcceptedInvitationJson = JsonOf<typeof accepted>;

/** A {@link CancelledInvitation} in JSON. */
export type CancelledInvitationJson = JsonOf<typeof cancelled>;

/** An {@link ExpiredInvitation} in JSON. */
export type ExpiredInvitationJson = JsonOf<typeof expired>;

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
export const parseInvitation = (input: unknown, options?: ParseOptions): Result<Invitation, ParseError> =>
  decode(invitationDecoder, input, options);

/**
 * Writes an invitation in its JSON form (instants as ISO 8601 UTC strings).
 *
 * @param invitation - the invitation, in any state
 */
export const invitationToJson = (invitation: Invitation): InvitationJson => invitationDecoder.encode(invitation);

/** A Standard Schema v1 validator of invitations (vendor `partner-relationships`). */
export const invitationSchema = /* @__PURE__ */ standardSchemaOf(invitationDecoder);
