/**
 * Azure subscriptions and the partner (AZ-1…AZ-3). Each subscription has its own Azure
 * role assignments, apart from directory roles:
 *
 * - delegated admin privileges give no access to the customer's existing subscriptions (AZ-1);
 * - a subscription the partner provisions gives its Admin Agents group Owner on it (AZ-2);
 * - removing admin roles does not touch Azure role assignments: the partner keeps managing
 *   the subscription until the customer removes the assignment (AZ-3).
 *
 * Subscriptions are plain values; {@link provisionSubscription},
 * {@link assignAzureRole} and {@link removeAzureRoleAssignment} return the next value
 * or an error, and {@link canManageSubscription} answers with a decision.
 *
 * @module
 */
import { err, ok, type Result } from "neverthrow";
import type { CustomerAgreement } from "../agreement.js";
import { authorizeCustomerAdmin, authorizePartnerUser, RELATIONSHIP_REQUEST_ROLES } from "../authorization.js";
import { type DomainError, invalidInput } from "../errors.js";
import { describeValue, type EventRefusal, refusal } from "../history.js";
import { ensureActive, type Relationship } from "../relationship.js";
import { checkId, checkTime } from "../validate.js";
import type { Actor } from "../vocabulary/actors.js";
import { allow, type Decision, refuse } from "../vocabulary/decision.js";
import type { CustomerId, PartnerId, UserId } from "../vocabulary/ids.js";
import { formatInstant, type Instant, isInstant } from "../vocabulary/time.js";
import { capacityBasis, delegatedAdminGrant, inForce } from "./basis.js";
import { canTransact } from "./transact.js";

/** An Azure built-in role on a subscription. */
export type AzureRole = "Owner" | "Contributor" | "Reader";

/** The Azure roles that let a principal manage a subscription's resources. */
export const AZURE_MANAGE_ROLES: readonly AzureRole[] = ["Owner", "Contributor"];

/** Who holds an Azure role: the partner's Admin Agents group (AZ-2) or a user of the customer. */
export type AzurePrincipal =
  | {
      /** The partner's Admin Agents security group. */
      readonly kind: "partnerAdminAgents";
      /** The partner. */
      readonly partner: PartnerId;
    }
  | {
      /** A user of the customer's tenant. */
      readonly kind: "user";
      /** The user. */
      readonly user: UserId;
    };

/** One Azure role assignment on a subscription. */
export interface AzureRoleAssignment {
  /** Who holds the role. */
  readonly principal: AzurePrincipal;
  /** The role. */
  readonly role: AzureRole;
  /** Since when. */
  readonly assignedAt: Instant;
}

/** An Azure subscription of a customer, with its role assignments. */
export interface AzureSubscription {
  /** The subscription ID. */
  readonly id: string;
  /** The customer tenant it belongs to. */
  readonly customer: CustomerId;
  /** The partner that provisioned it (AZ-2); absent for the customer's own subscriptions. */
  readonly provisionedBy?: PartnerId;
  /** Its Azure role assignments. */
  readonly roleAssignments: readonly AzureRoleAssignment[];
  /** When it last changed; no later step may come before it. */
  readonly updatedAt: Instant;
}

/** Input of {@link recordCustomerSubscription}. */
export interface RecordCustomerSubscriptionInput {
  /** The subscription ID. */
  readonly id: string;
  /** The customer it belongs to. */
  readonly customer: CustomerId;
  /** When it is recorded. */
  readonly at: Instant;
}

/**
 * Records one of the customer's own Azure subscriptions: no partner holds a role on it,
 * whatever delegated admin privileges it has (AZ-1). Partners reach it only once a
 * customer admin assigns them a role ({@link assignAzureRole}).
 *
 * @param input - the subscription ID, customer and time
 * @returns the subscription, or `invalid_input`
 */
export function recordCustomerSubscription(
  input: RecordCustomerSubscriptionInput,
): Result<AzureSubscription, DomainError> {
  return checkTime(input.at, "AZ-1")
    .andThen(() => checkId(input.id, "id", "AZ-1"))
    .andThen(() => checkId(input.customer, "customer", "AZ-1"))
    .map(() => ({ id: input.id, customer: input.customer, roleAssignments: [], updatedAt: input.at }));
}

/** Input of {@link provisionSubscription}. */
export interface ProvisionSubscriptionInput {
  /** The new subscription's ID. */
  readonly id: string;
  /** The customer–partner relationship in force, with a reseller capacity. */
  readonly relationship: Relationship;
  /** The customer's Microsoft Customer Agreement: provisioning is a purchase (MCA-1). */
  readonly agreement: CustomerAgreement;
  /** The partner user provisioning it: Admin agent or Sales agent. */
  readonly by: Actor;
  /** When. */
  readonly at: Instant;
}

/**
 * A partner provisions a new Azure subscription for its customer (AZ-2): its Admin Agents
 * group gets Owner on it. Provisioning is a purchase on the customer's behalf, so it needs
 * what {@link canTransact} needs: a reseller relationship in force and the customer's
 * acceptance of the Microsoft Customer Agreement (MCA-1). Admin roles play no part. The
 * partner user must be an Admin agent or a Sales agent of that partner.
 *
 * @param input - the subscription ID, relationship, agreement, partner user and time
 * @returns the subscription, or why not (`relationship_ended`, `not_authorized`, or
 *   `invalid_input` naming the missing capacity or agreement)
 *
 * @example
 * ```ts
 * provisionSubscription({ id: "sub-1", relationship, agreement, by: fabrikamAdminAgent, at });
 * // Ok({ id: "sub-1", customer: "contoso", provisionedBy: "fabrikam",
 * //      roleAssignments: [{ principal: { kind: "partnerAdminAgents", partner: "fabrikam" }, role: "Owner", … }] })
 * ```
 */
export function provisionSubscription(input: ProvisionSubscriptionInput): Result<AzureSubscription, DomainError> {
  const { relationship, agreement, at } = input;
  return ensureActive(relationship)
    .andThen((active) => checkTime(at, "AZ-2", active.updatedAt).map(() => active))
    .andThen((active) => checkId(input.id, "id", "AZ-2").map(() => active))
    .andThen((active) =>
      authorizePartnerUser(input.by, active.partner, "provisionSubscription", RELATIONSHIP_REQUEST_ROLES).map(
        () => active,
      ),
    )
    .andThen((active): Result<AzureSubscription, DomainError> => {
      if (agreement.customer !== active.customer)
        return err(
          invalidInput("MCA-1", "agreement.customer", `the agreement of ${active.customer}`, agreement.customer),
        );
      if (!canTransact({ relationship: active, agreement }).allowed) {
        return agreement.status === "accepted"
          ? err(
              invalidInput(
                "AZ-2",
                "relationship.capacities",
                "a reseller capacity (Reseller, Reseller & delegated administrator or Indirect reseller)",
                active.capacities,
              ),
            )
          : err(
              invalidInput(
                "MCA-1",
                "agreement.status",
                "accepted (the customer accepted the agreement)",
                agreement.status,
              ),
            );
      }
      return ok({
        id: input.id,
        customer: active.customer,
        provisionedBy: active.partner,
        roleAssignments: [
          { principal: { kind: "partnerAdminAgents", partner: active.partner }, role: "Owner", assignedAt: at },
        ],
        updatedAt: at,
      });
    });
}

/** Input of {@link assignAzureRole} and {@link removeAzureRoleAssignment}. */
export interface AzureRoleStepInput {
  /** Who holds (or held) the role. */
  readonly principal: AzurePrincipal;
  /** The role. */
  readonly role: AzureRole;
  /** The customer admin taking the step (ACT-1). */
  readonly by: Actor;
  /** When. */
  readonly at: Instant;
}

function samePrincipal(a: AzurePrincipal, b: AzurePrincipal): boolean {
  return a.kind === "partnerAdminAgents"
    ? b.kind === "partnerAdminAgents" && a.partner === b.partner
    : b.kind === "user" && a.user === b.user;
}

function describePrincipal(principal: AzurePrincipal): string {
  return principal.kind === "partnerAdminAgents" ? `${principal.partner}'s Admin Agents` : principal.user;
}

function customerStep(
  subscription: AzureSubscription,
  input: AzureRoleStepInput,
  step: string,
): Result<AzureSubscription, DomainError> {
  return checkTime(input.at, "AZ-3", subscription.updatedAt)
    .andThen(() => authorizeCustomerAdmin(input.by, subscription.customer, step))
    .map(() => subscription);
}

/**
 * A customer admin assigns an Azure role on a subscription: how a partner reaches an
 * existing subscription, which delegated admin privileges do not open (AZ-1). Needs ACT-1.
 * Assigning a role the principal already holds returns the subscription unchanged.
 *
 * @param subscription - the subscription
 * @param input - principal, role, customer admin and time
 * @returns the subscription with the assignment, or why not
 */
export function assignAzureRole(
  subscription: AzureSubscription,
  input: AzureRoleStepInput,
): Result<AzureSubscription, DomainError> {
  return customerStep(subscription, input, "assignAzureRole").map((current) =>
    current.roleAssignments.some((held) => held.role === input.role && samePrincipal(held.principal, input.principal))
      ? current
      : {
          ...current,
          roleAssignments: [
            ...current.roleAssignments,
            { principal: input.principal, role: input.role, assignedAt: input.at },
          ],
          updatedAt: input.at,
        },
  );
}

/**
 * A customer admin removes an Azure role assignment from a subscription (AZ-3): the only
 * way to stop a partner managing a subscription it reached through one; removing admin
 * roles does not do it. Needs ACT-1; an assignment the subscription does not have is
 * refused with `invalid_input`.
 *
 * @param subscription - the subscription
 * @param input - principal, role, customer admin and time
 * @returns the subscription without the assignment, or why not
 *
 * @example
 * ```ts
 * removeAzureRoleAssignment(subscription, {
 *   principal: { kind: "partnerAdminAgents", partner: "fabrikam" }, role: "Owner", by: contosoGlobalAdmin, at,
 * });
 * ```
 */
export function removeAzureRoleAssignment(
  subscription: AzureSubscription,
  input: AzureRoleStepInput,
): Result<AzureSubscription, DomainError> {
  return customerStep(subscription, input, "removeAzureRoleAssignment").andThen((current) => {
    const kept = current.roleAssignments.filter(
      (held) => !(held.role === input.role && samePrincipal(held.principal, input.principal)),
    );
    return kept.length === current.roleAssignments.length
      ? err(
          invalidInput(
            "AZ-3",
            "principal",
            `a principal holding ${input.role} on subscription ${current.id}`,
            describePrincipal(input.principal),
          ),
        )
      : ok({ ...current, roleAssignments: kept, updatedAt: input.at });
  });
}

/**
 * Whether a partner can manage an Azure subscription: only through an Azure role that
 * lets it manage (Owner or Contributor) held by its Admin Agents group on that
 * subscription, never through delegated admin privileges (AZ-1), and whether or not the
 * customer removed them (AZ-3). The library also asks for a relationship in force with
 * the customer: the sources are silent on ended relationships, and no access outlives
 * the relationship that carries it (INVAR-1).
 *
 * @param subscription - the subscription
 * @param partner - the partner
 * @param relationships - relationships of any customers and partners
 * @returns the decision; when allowed its basis names the Azure role assignment
 *
 * @example
 * ```ts
 * canManageSubscription(existingSubscription, "fabrikam", [relationshipWithDap]);
 * // { allowed: false, rules: ["AZ-1"], … }
 * canManageSubscription(provisioned, "fabrikam", [relationshipAfterRemoveAdminRoles]);
 * // { allowed: true, rules: ["AZ-2", "AZ-3"], … }
 * ```
 */
export function canManageSubscription(
  subscription: AzureSubscription,
  partner: PartnerId,
  relationships: readonly Relationship[],
): Decision {
  const { id, customer } = subscription;
  const principal: AzurePrincipal = { kind: "partnerAdminAgents", partner };
  const held = subscription.roleAssignments.filter((assignment) => samePrincipal(assignment.principal, principal));
  const managing = held.find((assignment) => AZURE_MANAGE_ROLES.includes(assignment.role));
  const relationship = inForce(relationships, customer, partner);
  const provisioned = subscription.provisionedBy === partner;
  const assign = `A customer admin of ${customer} must assign ${partner}'s Admin Agents the Owner or Contributor role on subscription ${id}.`;
  if (managing === undefined) {
    const why =
      held.length > 0
        ? `${partner}'s Admin Agents hold only ${held.map((assignment) => assignment.role).join(", ")} on subscription ${id}, which does not let them manage it.`
        : provisioned
          ? `${customer} removed the role assignment of ${partner}'s Admin Agents on subscription ${id}.`
          : `${partner} holds no Azure role on subscription ${id}.`;
    const dap =
      delegatedAdminGrant(relationship) === undefined
        ? []
        : [`Delegated admin privileges give ${partner} no access to ${customer}'s existing Azure subscriptions.`];
    return refuse(provisioned && held.length === 0 ? ["AZ-3"] : ["AZ-1"], [why, ...dap], [assign]);
  }
  if (relationship === undefined) {
    return refuse(
      ["AZ-3", "INVAR-1"],
      [
        `${partner}'s Admin Agents still hold ${managing.role} on subscription ${id}, but ${partner} has no relationship in force with ${customer}.`,
      ],
      [`${customer} must accept an invitation from ${partner} again, or remove the stale role assignment.`],
    );
  }
  const dapRemoved = delegatedAdminGrant(relationship) === undefined;
  const reasons = [
    provisioned
      ? `${partner} provisioned subscription ${id}, which gave its Admin Agents ${managing.role} on it.`
      : `${customer} assigned ${partner}'s Admin Agents ${managing.role} on subscription ${id}.`,
    ...(dapRemoved
      ? [
          `${partner} holds no delegated admin privileges, but removing them does not remove Azure role assignments; ${customer} removes the assignment to stop ${partner}.`,
        ]
      : []),
  ];
  return allow(
    provisioned ? (dapRemoved ? ["AZ-2", "AZ-3"] : ["AZ-2"]) : dapRemoved ? ["AZ-1", "AZ-3"] : ["AZ-1"],
    reasons,
    [
      {
        kind: "azureRoleAssignment",
        customer,
        subscription: id,
        partner,
        role: managing.role,
        assignedAt: managing.assignedAt,
      },
      ...relationship.capacities.map((capacity) => capacityBasis(relationship, capacity)),
    ],
  );
}

/** The steps whose events carry an Azure subscription. */
export type AzureEventStep = "record" | "provision" | "assign" | "remove";

/**
 * Why an Azure subscription carried by an event could not have come from the step the
 * event records, applied to the state it meets, or `undefined` when it could (INVAR-7,
 * AZ-1…AZ-3): a recorded subscription is new, the customer's own, with no role
 * assignment (AZ-1); a provisioned one is new, provisioned by a partner that may transact
 * with the customer ({@link canTransact}) at the event's time, its Admin Agents holding
 * Owner and nothing else (AZ-2); an assignment adds one role assignment and a removal
 * drops one, on a subscription recorded before for the same customer, not before its last
 * change; every change is dated at the event.
 *
 * @param current - the subscription with the carried one's ID, if any
 * @param next - the subscription the event carries
 * @param step - the step the event records
 * @param at - the event's time
 * @param relationship - for a provision, the customer's relationship with the provisioning partner
 * @param agreement - for a provision, the customer's agreement state
 * @internal
 */
export function azureChangeRefusal(
  current: AzureSubscription | undefined,
  next: AzureSubscription,
  step: AzureEventStep,
  at: Instant,
  relationship?: Relationship,
  agreement?: CustomerAgreement,
): EventRefusal | undefined {
  const id = next.id;
  if (!isInstant(at) || next.updatedAt !== at)
    return refusal("INVAR-7", `Azure subscription ${id} is not dated at the event's time.`);
  const assignments = next.roleAssignments;
  if (step === "record" || step === "provision") {
    if (current !== undefined) return refusal("AZ-2", `An Azure subscription with ID ${id} was already recorded.`);
    if (step === "record")
      return next.provisionedBy === undefined && assignments.length === 0
        ? undefined
        : refusal("AZ-1", `A recorded subscription (${id}) is the customer's own and gives no partner a role.`);
    const partner = next.provisionedBy;
    const owner = assignments[0];
    if (
      partner === undefined ||
      assignments.length !== 1 ||
      owner?.role !== "Owner" ||
      owner.principal.kind !== "partnerAdminAgents" ||
      owner.principal.partner !== partner ||
      owner.assignedAt !== at
    )
      return refusal(
        "AZ-2",
        `A provisioned subscription (${id}) gives its partner's Admin Agents Owner, and nothing else.`,
      );
    if (
      relationship?.status !== "active" ||
      relationship.partner !== partner ||
      at < relationship.updatedAt ||
      agreement === undefined ||
      !canTransact({ relationship, agreement }).allowed
    )
      return refusal(
        "AZ-2",
        `${describeValue(partner)} may not provision a subscription for ${describeValue(next.customer)} at ${formatInstant(at)}.`,
      );
    return undefined;
  }
  if (current === undefined || current.customer !== next.customer || current.provisionedBy !== next.provisionedBy)
    return refusal("AZ-3", `No Azure subscription ${id} of ${describeValue(next.customer)} was recorded.`);
  if (at < current.updatedAt)
    return refusal(
      "AZ-3",
      `Azure subscription ${id} last changed at ${formatInstant(current.updatedAt)}; the event is dated before it.`,
    );
  const kept = (list: readonly AzureRoleAssignment[], of: readonly AzureRoleAssignment[]) =>
    list.filter((assignment) => of.includes(assignment) || of.some((other) => sameAssignment(other, assignment)));
  const added = step === "assign";
  const [longer, shorter] = added ? [assignments, current.roleAssignments] : [current.roleAssignments, assignments];
  if (longer.length !== shorter.length + 1 || kept(shorter, longer).length !== shorter.length)
    return refusal(
      "AZ-3",
      `${added ? "An assignment adds" : "A removal drops"} one role assignment of subscription ${id}.`,
    );
  if (added && kept(assignments, current.roleAssignments).some((assignment) => assignment.assignedAt > at))
    return refusal("AZ-3", `Subscription ${id} carries a role assignment dated after the event.`);
  return undefined;
}

function sameAssignment(a: AzureRoleAssignment, b: AzureRoleAssignment): boolean {
  return (
    a.role === b.role &&
    a.assignedAt === b.assignedAt &&
    a.principal.kind === b.principal.kind &&
    JSON.stringify(a.principal) === JSON.stringify(b.principal)
  );
}
