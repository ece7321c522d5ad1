/** GDAP fixtures built through the public API only. */
import {
  type ActiveAccessAssignment,
  type ActiveGdap,
  type ApprovalPendingGdap,
  approveGdapRelationship,
  type CreatedGdap,
  type CreateGdapRelationshipInput,
  createAccessAssignment,
  createGdapRelationship,
  type DomainError,
  HELPDESK_ADMINISTRATOR,
  lockGdapForApproval,
  type Result,
  USER_ADMINISTRATOR,
} from "partner-relationships";
import { adminAgent, CUSTOMER, DAY, globalAdmin, PARTNER, T0 } from "../support/actors.js";

export const HELPDESK_GROUP = "helpdesk-agents";
export const USERS_GROUP = "user-admins";

/** Unwraps an Ok, failing the test with the error otherwise. */
export function unwrap<T>(result: Result<T, DomainError>): T {
  if (result.isErr()) throw new Error(`expected Ok, got ${JSON.stringify(result.error)}`);
  return result.value;
}

/** Unwraps an Err, failing the test otherwise. */
export function unwrapErr<T>(result: Result<T, DomainError>): DomainError {
  if (result.isOk()) throw new Error(`expected Err, got Ok ${JSON.stringify(result.value)}`);
  return result.error;
}

export function createInput(overrides: Partial<CreateGdapRelationshipInput> = {}): CreateGdapRelationshipInput {
  return {
    id: "rel-1",
    partner: PARTNER,
    customer: CUSTOMER,
    displayName: "Contoso helpdesk",
    roles: [HELPDESK_ADMINISTRATOR, USER_ADMINISTRATOR],
    duration: "P90D",
    by: adminAgent,
    at: T0,
    ...overrides,
  };
}

export function created(overrides: Partial<CreateGdapRelationshipInput> = {}): CreatedGdap {
  return unwrap(createGdapRelationship(createInput(overrides)));
}

export function pending(overrides: Partial<CreateGdapRelationshipInput> = {}): ApprovalPendingGdap {
  const rel = created(overrides);
  const input = createInput(overrides);
  return unwrap(lockGdapForApproval(rel, { by: input.by, at: rel.createdDateTime + DAY }));
}

/** Created at T0, locked at T0 + 1 day, approved at T0 + 2 days. */
export function active(overrides: Partial<CreateGdapRelationshipInput> = {}): ActiveGdap {
  const rel = pending(overrides);
  return unwrap(approveGdapRelationship(rel, { by: globalAdmin, at: rel.createdDateTime + 2 * DAY }));
}

export function assignment(
  relationship: ActiveGdap,
  group = HELPDESK_GROUP,
  roles: readonly string[] = [HELPDESK_ADMINISTRATOR],
  at = relationship.activatedDateTime,
  id = `assign-${group}`,
): ActiveAccessAssignment {
  return unwrap(createAccessAssignment(relationship, { id, group, roles, by: adminAgent, at }));
}
