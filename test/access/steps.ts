/** Short-hands for the access tests: relationships made by the library's own steps. */
import {
  type ActiveRelationship,
  acceptInvitation,
  type CustomerAgreement,
  type InvitationAcceptance,
  type PartnerType,
  type Relationship,
  type RoleId,
  removeAdminRoles,
  sendInvitation,
} from "partner-relationships";
import { CUSTOMER, DAY, globalAdmin, PARTNER, T0 } from "../support/actors.js";
import { customerAdmin, partnerAgent } from "./world.js";

/** Options of {@link accept}. */
export interface AcceptOptions {
  readonly customer?: string;
  readonly partner?: string;
  readonly at?: number;
  readonly relationship?: Relationship;
  readonly agreement?: CustomerAgreement;
  readonly roles?: readonly RoleId[];
}

/** A partner sends an invitation of `type` and the customer's Global Administrator accepts it. */
export function accept(type: PartnerType, options: AcceptOptions = {}): InvitationAcceptance {
  const customer = options.customer ?? CUSTOMER;
  const partner = options.partner ?? PARTNER;
  const at = options.at ?? T0;
  const pending = sendInvitation({
    id: `inv-${partner}-${type}-${at}`,
    customer,
    partner,
    type,
    roles: options.roles,
    by: partnerAgent(partner),
    at,
  })._unsafeUnwrap();
  return acceptInvitation(pending, {
    by: customer === CUSTOMER ? globalAdmin : customerAdmin(customer),
    at: at + DAY,
    agreementAcknowledged: true,
    relationship: options.relationship,
    agreement: options.agreement,
  })._unsafeUnwrap();
}

/** The customer's Global Administrator removes the partner's admin roles (DAP-2). */
export function withoutAdminRoles(relationship: ActiveRelationship, at = T0 + 10 * DAY): ActiveRelationship {
  return removeAdminRoles(relationship, {
    by: relationship.customer === CUSTOMER ? globalAdmin : customerAdmin(relationship.customer),
    at,
  })._unsafeUnwrap();
}
