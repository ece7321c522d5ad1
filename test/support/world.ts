/**
 * A small world for property tests: one customer, one partner, random step sequences by
 * random actors, applied through the public API only.
 */

import fc from "fast-check";
import {
  type Actor,
  acceptInvitation,
  agreementNotAccepted,
  type CustomerAgreement,
  cancelInvitation,
  DIRECTORY_ROLES,
  type DomainCommand,
  type DomainError,
  deleteRelationship,
  endRelationship,
  ensureActive,
  ensurePending,
  expireInvitation,
  type Invitation,
  PARTNER_TYPE_LIST,
  type PartnerType,
  type Relationship,
  type Result,
  type RoleId,
  removeAdminRoles,
  sendInvitation,
} from "partner-relationships";
import {
  adminAgent,
  billingAdmin,
  CUSTOMER,
  DAY,
  globalAdmin,
  helpdeskAgent,
  helpdeskUser,
  otherPartnerAgent,
  otherTenantAdmin,
  PARTNER,
  salesAgent,
  T0,
} from "./actors.js";

export const ACTORS: readonly Actor[] = [
  globalAdmin,
  billingAdmin,
  helpdeskUser,
  otherTenantAdmin,
  adminAgent,
  salesAgent,
  helpdeskAgent,
  otherPartnerAgent,
];

export const ROLE_IDS: readonly RoleId[] = Object.keys(DIRECTORY_ROLES);

export type Command =
  | { readonly kind: "send"; readonly type: PartnerType; readonly roles: readonly RoleId[]; readonly by: number }
  | { readonly kind: "accept"; readonly invitation: number; readonly by: number; readonly acknowledged: boolean }
  | { readonly kind: "cancel"; readonly invitation: number; readonly by: number }
  | { readonly kind: "expire"; readonly invitation: number }
  | { readonly kind: "removeAdminRoles"; readonly by: number }
  | { readonly kind: "delete"; readonly by: number }
  | { readonly kind: "end"; readonly by: number }
  | { readonly kind: "wait"; readonly days: number };

// Biased towards actors who may take the steps, so that sequences reach deep states often.
const anyActor = fc.nat({ max: ACTORS.length - 1 });
const customerActor = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(0, 1) }, { weight: 1, arbitrary: anyActor });
const partnerActor = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(4, 5) }, { weight: 1, arbitrary: anyActor });
// An index into the invitations sent so far, taken modulo their number when applied.
const index = fc.nat({ max: 1000 });

export const commandArb: fc.Arbitrary<Command> = fc.oneof(
  fc.record({
    kind: fc.constant("send" as const),
    type: fc.constantFrom(...PARTNER_TYPE_LIST),
    roles: fc.subarray([...ROLE_IDS], { minLength: 1, maxLength: 3 }),
    by: partnerActor,
  }),
  fc.record({
    kind: fc.constant("accept" as const),
    invitation: index,
    by: customerActor,
    acknowledged: fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
  }),
  fc.record({ kind: fc.constant("cancel" as const), invitation: index, by: customerActor }),
  fc.record({ kind: fc.constant("expire" as const), invitation: index }),
  fc.record({ kind: fc.constant("removeAdminRoles" as const), by: customerActor }),
  fc.record({ kind: fc.constant("delete" as const), by: customerActor }),
  fc.record({ kind: fc.constant("end" as const), by: partnerActor }),
  fc.record({ kind: fc.constant("wait" as const), days: fc.integer({ min: 0, max: 40 }) }),
);

export interface World {
  readonly now: number;
  readonly invitations: readonly Invitation[];
  readonly relationship: Relationship | undefined;
  readonly agreement: CustomerAgreement;
}

export const initialWorld: World = {
  now: T0,
  invitations: [],
  relationship: undefined,
  agreement: agreementNotAccepted(CUSTOMER),
};

/** The outcome of one command: the next world and the step's result (undefined for `wait`). */
export interface Outcome {
  readonly world: World;
  readonly result: Result<unknown, DomainError> | undefined;
}

function by(n: number): Actor {
  return ACTORS[n] as Actor;
}

/** The invitation a command points at: its index modulo the invitations sent so far. */
function target(world: World, index: number): number {
  return world.invitations.length === 0 ? -1 : index % world.invitations.length;
}

function replaceInvitation(world: World, at: number, invitation: Invitation): readonly Invitation[] {
  return world.invitations.map((existing, i) => (i === at ? invitation : existing));
}

/** Applies one command to the world through the public steps. */
export function step(world: World, command: Command): Outcome {
  const at = world.now + 1;
  const moved = { ...world, now: at };
  switch (command.kind) {
    case "wait":
      return { world: { ...world, now: world.now + command.days * DAY }, result: undefined };
    case "send": {
      const result = sendInvitation({
        id: `inv-${world.invitations.length}`,
        customer: CUSTOMER,
        partner: PARTNER,
        type: command.type,
        ...(command.type === "partner" ? { roles: command.roles } : {}),
        by: by(command.by),
        at,
      });
      return {
        world: result.isOk() ? { ...moved, invitations: [...world.invitations, result.value] } : world,
        result,
      };
    }
    case "accept": {
      const position = target(world, command.invitation);
      const invitation = world.invitations[position];
      if (invitation === undefined) return { world, result: undefined };
      const result = ensurePending(invitation).andThen((pending) =>
        acceptInvitation(pending, {
          by: by(command.by),
          at,
          agreementAcknowledged: command.acknowledged,
          relationship: world.relationship,
          agreement: world.agreement,
        }),
      );
      return {
        world: result.isOk()
          ? {
              ...moved,
              invitations: replaceInvitation(world, position, result.value.invitation),
              relationship: result.value.relationship,
              agreement: result.value.agreement,
            }
          : world,
        result,
      };
    }
    case "cancel": {
      const position = target(world, command.invitation);
      const invitation = world.invitations[position];
      if (invitation === undefined) return { world, result: undefined };
      const result = ensurePending(invitation).andThen((pending) =>
        cancelInvitation(pending, { by: by(command.by), at }),
      );
      return {
        world: result.isOk() ? { ...moved, invitations: replaceInvitation(world, position, result.value) } : world,
        result,
      };
    }
    case "expire": {
      const position = target(world, command.invitation);
      const invitation = world.invitations[position];
      if (invitation === undefined) return { world, result: undefined };
      const result = ensurePending(invitation).andThen((pending) => expireInvitation(pending, at));
      return {
        world: result.isOk() ? { ...moved, invitations: replaceInvitation(world, position, result.value) } : world,
        result,
      };
    }
    case "removeAdminRoles":
    case "delete":
    case "end": {
      if (world.relationship === undefined) return { world, result: undefined };
      const input = { by: by(command.by), at };
      const result: Result<Relationship, DomainError> = ensureActive(world.relationship).andThen(
        (active): Result<Relationship, DomainError> =>
          command.kind === "removeAdminRoles"
            ? removeAdminRoles(active, input)
            : command.kind === "delete"
              ? deleteRelationship(active, input)
              : endRelationship(active, input),
      );
      return { world: result.isOk() ? { ...moved, relationship: result.value } : world, result };
    }
  }
}

/** The same command, for the decider: ids resolved against the world as `step` resolves them. */
export function toDomainCommand(world: World, command: Command): DomainCommand | undefined {
  const at = world.now + 1;
  switch (command.kind) {
    case "wait":
      return undefined;
    case "send":
      return {
        type: "SendInvitation",
        id: `inv-${world.invitations.length}`,
        customer: CUSTOMER,
        partner: PARTNER,
        partnerType: command.type,
        ...(command.type === "partner" ? { roles: command.roles } : {}),
        by: by(command.by),
        at,
      };
    case "accept":
    case "cancel":
    case "expire": {
      const invitation = world.invitations[target(world, command.invitation)];
      if (invitation === undefined) return undefined;
      if (command.kind === "accept")
        return {
          type: "AcceptInvitation",
          invitation: invitation.id,
          by: by(command.by),
          at,
          agreementAcknowledged: command.acknowledged,
        };
      if (command.kind === "cancel")
        return { type: "CancelInvitation", invitation: invitation.id, by: by(command.by), at };
      return { type: "ExpireInvitation", invitation: invitation.id, at };
    }
    case "removeAdminRoles":
    case "delete":
    case "end": {
      if (world.relationship === undefined) return undefined;
      const type =
        command.kind === "removeAdminRoles"
          ? ("RemoveAdminRoles" as const)
          : command.kind === "delete"
            ? ("DeleteRelationship" as const)
            : ("EndRelationship" as const);
      return { type, customer: CUSTOMER, partner: PARTNER, by: by(command.by), at };
    }
  }
}
