/**
 * Azure subscriptions of a customer, as facts the decider records (AZ-1…AZ-3): each
 * subscription has its own Azure role assignments, apart from directory roles. A
 * customer's own subscription gives no partner a role (AZ-1); one the partner provisions
 * gives its Admin Agents group Owner on it (AZ-2); removing admin roles does not touch
 * Azure role assignments (AZ-3).
 *
 * Subscriptions are plain values; {@link recordCustomerSubscription},
 * {@link provisionSubscription}, {@link assignAzureRole} and
 * {@link removeAzureRoleAssignment} return the next value or an error. Who may manage a
 * subscription is a question, asked in `access/azure.ts` (`canManageSubscription`).
 *
 * @module
 */
import { err, ok, type Result } from "neverthrow";
import type { CustomerAgreement } from "../agreement.js";
import { authorizeCustomerAdmin, authorizePartnerUser, RELATIONSHIP_REQUEST_ROLES } from "../authorization.js";
import { type DomainError, invalidInput } from "../errors.js";
import { describeValue, type EventRefusal, refusal } from "../history.js";
import { ensureActive, type Relationship } from "../relationship.js";
import { canTransact } from "../transact.js";
import { checkId, checkTime } from "../validate.js";
import type { Actor } from "../vocabulary/actors.js";
import type { CustomerId, PartnerId, UserId } from "../vocabulary/ids.js";
import { formatInstant, type Instant, isInstant } from "../vocabulary/time.js";

/** An Azure built-in role on a subscription. */
export type AzureRole = "Owner" | "Contributor" | "Reader";

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

/**
 * Whether two principals are the same holder of Azure roles.
 *
 * @param a - a principal
 * @param b - another
 */
export function samePrincipal(a: AzurePrincipal, b: AzurePrincipal): boolean {
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
