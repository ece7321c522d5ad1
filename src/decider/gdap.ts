/**
 * The decider for GDAP: relationships (GDAP-1…GDAP-5) and access assignments (GDAP-6).
 * `decideGdap` runs the GDAP steps; their events carry the entity as the step left it,
 * so `applyGdapEvent` sets it as it is and no rule is written twice.
 *
 * @module
 */
import { err, ok, type Result } from "neverthrow";
import type { GdapCommand, RecordGdapOperationCommand, RecordGdapRequestCommand } from "../commands.js";
import { type DomainError, invalidInput } from "../errors.js";
import type { DomainEvent, GdapEvent, GdapRelationshipChangedEvent } from "../events.js";
import {
  type AccessAssignment,
  createAccessAssignment,
  deleteAccessAssignment,
  ensureAccessAssignmentStepAllowed,
  updateAccessAssignment,
} from "../gdap/access-assignment.js";
import {
  approveGdapRelationship,
  removeGlobalAdministrator,
  setGdapAutoExtend,
  terminateGdapRelationship,
} from "../gdap/active-steps.js";
import { checkGdapDisplayName } from "../gdap/checks.js";
import {
  createGdapRelationship,
  deleteGdapRelationship,
  lockGdapForApproval,
  updateGdapRelationship,
} from "../gdap/created-steps.js";
import { accessAssignmentChangeRefusal, GDAP_EVENT_STEPS, gdapChangeRefusal } from "../gdap/history.js";
import { ensureGdapStepAllowed, gdapStepAllowedFrom } from "../gdap/lifecycle.js";
import { type GdapChangeReport, recordAccessAssignmentChange, recordGdapChange } from "../gdap/pending.js";
import { ensureGdapStatus, type GdapRelationship } from "../gdap/relationship.js";
import { advanceGdapRelationship } from "../gdap/time.js";
import { describeValue, type EventRefusal, malformedEvent, refusal } from "../history.js";
import type { Policy } from "../policy.js";
import { accessAssignmentsOf, type DomainState, gdapRelationshipsNamed } from "../state.js";
import { type Instant, isInstant } from "../vocabulary/time.js";
import { known, unused } from "./lookup.js";
import { carries, type Writer } from "./writer.js";

function changed(
  type: GdapRelationshipChangedEvent["type"],
  at: Instant,
  before: GdapRelationship,
  after: GdapRelationship,
): readonly DomainEvent[] {
  return after === before ? [] : [{ type, at, relationship: after }];
}

function assignmentEvent(
  type: "AccessAssignmentCreated" | "AccessAssignmentUpdated" | "AccessAssignmentDeleted",
  at: Instant,
  assignment: AccessAssignment,
): readonly DomainEvent[] {
  return [{ type, at, assignment }];
}

/** The command types this module decides: a new command is listed here, next to its case below. */
export const GDAP_COMMANDS: { readonly [T in GdapCommand["type"]]: true } = {
  CreateGdapRelationship: true,
  UpdateGdapRelationship: true,
  DeleteGdapRelationship: true,
  LockGdapForApproval: true,
  ApproveGdapRelationship: true,
  TerminateGdapRelationship: true,
  RemoveGdapGlobalAdministrator: true,
  SetGdapAutoExtend: true,
  AdvanceGdapRelationship: true,
  CreateAccessAssignment: true,
  UpdateAccessAssignment: true,
  DeleteAccessAssignment: true,
  RecordGdapRequest: true,
  RecordGdapOperation: true,
};

/** The event types this module applies: a new event is listed here, next to its case below. */
export const GDAP_EVENTS: { readonly [T in GdapEvent["type"]]: true } = {
  GdapRelationshipCreated: true,
  GdapRelationshipUpdated: true,
  GdapRelationshipDeleted: true,
  GdapRelationshipLockedForApproval: true,
  GdapRelationshipApproved: true,
  GdapRelationshipTerminated: true,
  GdapGlobalAdministratorRemoved: true,
  GdapAutoExtendSet: true,
  GdapRelationshipAdvanced: true,
  AccessAssignmentCreated: true,
  AccessAssignmentUpdated: true,
  AccessAssignmentDeleted: true,
  GdapRequestRecorded: true,
  GdapOperationRecorded: true,
  AccessAssignmentOperationRecorded: true,
};

/**
 * Decides a GDAP command. The partner's other relationships (for display-name
 * uniqueness) and a relationship's other assignments come from the state.
 *
 * @param command - the command
 * @param state - the state
 * @param policy - the policy
 */
export function decideGdap(
  command: GdapCommand,
  state: DomainState,
  policy: Policy,
): Result<readonly DomainEvent[], DomainError> {
  const relationships = state.gdapRelationships;
  const knownGdap = (id: string) => known(relationships, id, "GDAP-1", "relationship", "a GDAP relationship");
  const knownAssignment = (id: string) =>
    known(state.accessAssignments, id, "GDAP-6", "assignment", "an access assignment");
  switch (command.type) {
    case "CreateGdapRelationship":
      return unused(relationships, command.id, "GDAP-1", "GDAP relationship")
        .andThen(() =>
          createGdapRelationship(
            { ...command, existing: gdapRelationshipsNamed(state, command.partner, command.displayName) },
            policy,
          ),
        )
        .map((created) => [{ type: "GdapRelationshipCreated", at: command.at, relationship: created }]);
    case "UpdateGdapRelationship":
      return knownGdap(command.relationship)
        .andThen((relationship) => ensureGdapStepAllowed(relationship, "updateGdapRelationship"))
        .andThen((created) =>
          updateGdapRelationship(
            created,
            { ...command, existing: gdapRelationshipsNamed(state, created.partner, command.displayName) },
            policy,
          ).map((updated) => changed("GdapRelationshipUpdated", command.at, created, updated)),
        );
    case "DeleteGdapRelationship":
      return knownGdap(command.relationship)
        .andThen((relationship) => ensureGdapStepAllowed(relationship, "deleteGdapRelationship"))
        .andThen((created) => deleteGdapRelationship(created, command))
        .map((receipt) => [
          {
            type: "GdapRelationshipDeleted",
            at: command.at,
            relationship: receipt.relationship.id,
            by: receipt.deletedBy,
          },
        ]);
    case "LockGdapForApproval":
      return knownGdap(command.relationship)
        .andThen((relationship) => ensureGdapStepAllowed(relationship, "lockGdapForApproval"))
        .andThen((created) =>
          lockGdapForApproval(created, command).map((locked) =>
            changed("GdapRelationshipLockedForApproval", command.at, created, locked),
          ),
        );
    case "ApproveGdapRelationship":
      return knownGdap(command.relationship)
        .andThen((relationship) => ensureGdapStepAllowed(relationship, "approveGdapRelationship"))
        .andThen((pending) =>
          approveGdapRelationship(pending, command).map((active) =>
            changed("GdapRelationshipApproved", command.at, pending, active),
          ),
        );
    case "TerminateGdapRelationship":
      return knownGdap(command.relationship)
        .andThen((relationship) => ensureGdapStepAllowed(relationship, "terminateGdapRelationship"))
        .andThen((active) =>
          terminateGdapRelationship(active, command).map((terminated) =>
            changed("GdapRelationshipTerminated", command.at, active, terminated),
          ),
        );
    case "RemoveGdapGlobalAdministrator":
      return knownGdap(command.relationship)
        .andThen((relationship) => ensureGdapStepAllowed(relationship, "removeGlobalAdministrator"))
        .andThen((active) =>
          removeGlobalAdministrator(active, command).map((after) =>
            changed("GdapGlobalAdministratorRemoved", command.at, active, after),
          ),
        );
    case "SetGdapAutoExtend":
      return knownGdap(command.relationship)
        .andThen((relationship) => ensureGdapStepAllowed(relationship, "setGdapAutoExtend"))
        .andThen((active) =>
          setGdapAutoExtend(active, command, policy).map((after) =>
            changed("GdapAutoExtendSet", command.at, active, after),
          ),
        );
    case "AdvanceGdapRelationship":
      return knownGdap(command.relationship).andThen((relationship) =>
        advanceGdapRelationship(relationship, command.at).map((after) =>
          changed("GdapRelationshipAdvanced", command.at, relationship, after),
        ),
      );
    case "CreateAccessAssignment":
      return unused(state.accessAssignments, command.id, "GDAP-6", "access assignment")
        .andThen(() => knownGdap(command.relationship))
        .andThen((relationship) => ensureGdapStatus(relationship, ["active"], "createAccessAssignment"))
        .andThen((active) =>
          createAccessAssignment(active, { ...command, existing: accessAssignmentsOf(state, active.id) }),
        )
        .map((assignment) => assignmentEvent("AccessAssignmentCreated", command.at, assignment));
    case "UpdateAccessAssignment":
      return knownAssignment(command.assignment)
        .andThen((assignment) => ensureAccessAssignmentStepAllowed(assignment, "updateAccessAssignment"))
        .andThen((assignment) =>
          knownGdap(assignment.relationship)
            .andThen((relationship) => ensureGdapStatus(relationship, ["active"], "updateAccessAssignment"))
            .andThen((active) => updateAccessAssignment(assignment, active, command)),
        )
        .map((assignment) => assignmentEvent("AccessAssignmentUpdated", command.at, assignment));
    case "DeleteAccessAssignment":
      return knownAssignment(command.assignment)
        .andThen((assignment) => ensureAccessAssignmentStepAllowed(assignment, "deleteAccessAssignment"))
        .andThen((assignment) => deleteAccessAssignment(assignment, command))
        .map((deleted) => assignmentEvent("AccessAssignmentDeleted", command.at, deleted));
    case "RecordGdapRequest":
    case "RecordGdapOperation":
      return decideGdapChange(command, state);
  }
}

/**
 * Decides a report of a request or an operation (GDAP-8, GDAP-9) with the functions a
 * caller would use ({@link recordGdapChange}, {@link recordAccessAssignmentChange}): an
 * event carrying the report and the value it left, or none when it changed nothing.
 */
function decideGdapChange(
  command: RecordGdapRequestCommand | RecordGdapOperationCommand,
  state: DomainState,
): Result<readonly DomainEvent[], DomainError> {
  const knownGdap = (id: string) => known(state.gdapRelationships, id, "GDAP-1", "relationship", "a GDAP relationship");
  const input = { by: command.by, at: command.at };
  if (command.type === "RecordGdapRequest") {
    const report: GdapChangeReport = {
      via: "request",
      id: command.request,
      action: command.action,
      status: command.status,
    };
    return knownGdap(command.relationship).andThen((relationship) =>
      recordGdapChange(relationship, report, input).map(({ value }): readonly DomainEvent[] =>
        value === relationship ? [] : [{ type: "GdapRequestRecorded", at: command.at, report, relationship: value }],
      ),
    );
  }
  const report: GdapChangeReport = {
    via: "operation",
    id: command.operation,
    action: command.action,
    status: command.status,
    ...(command.roles === undefined ? {} : { roles: command.roles }),
  };
  if (command.action !== "updateAccessAssignment" && command.assignment === undefined)
    return knownGdap(command.relationship).andThen((relationship) =>
      recordGdapChange(relationship, report, input).map(({ value }): readonly DomainEvent[] =>
        value === relationship ? [] : [{ type: "GdapOperationRecorded", at: command.at, report, relationship: value }],
      ),
    );
  return known(state.accessAssignments, command.assignment as string, "GDAP-9", "assignment", "an access assignment")
    .andThen((assignment) =>
      assignment.relationship === command.relationship
        ? ok(assignment)
        : err(
            invalidInput(
              "GDAP-9",
              "assignment",
              `an assignment of GDAP relationship ${command.relationship}`,
              assignment.id,
            ),
          ),
    )
    .andThen((assignment) =>
      knownGdap(assignment.relationship).andThen((relationship) =>
        recordAccessAssignmentChange(assignment, relationship, report, input).map(
          ({ value }): readonly DomainEvent[] =>
            value === assignment
              ? []
              : [{ type: "AccessAssignmentOperationRecorded", at: command.at, report, assignment: value }],
        ),
      ),
    );
}

/**
 * GDAP-3 as the create and update steps check it, from the state's index of display names:
 * a relationship that takes a name (new, or renamed) must not take one the partner already
 * uses.
 */
function displayNameRefusal(
  state: DomainState,
  before: GdapRelationship | undefined,
  next: GdapRelationship,
  policy: Policy,
): EventRefusal | undefined {
  if (before !== undefined && before.displayName === next.displayName) return undefined;
  const named = checkGdapDisplayName(
    next.displayName,
    next.partner,
    next.id,
    gdapRelationshipsNamed(state, next.partner, next.displayName),
    policy,
  );
  return named.isErr() ? refusal("GDAP-3", named.error.message) : undefined;
}

/**
 * Applies a GDAP event when the steps could have produced it from the state it meets
 * (INVAR-7): the carried relationship or assignment is checked against the one the event
 * meets with {@link gdapChangeRefusal} and {@link accessAssignmentChangeRefusal}, then set
 * as it is; a deleted relationship is removed. An event that does not fit (an unknown or
 * final entity, a status its type does not produce, a time before the last change, terms
 * out of the policy's limits, a display name the partner already uses) changes nothing, and the answer says why.
 *
 * @param state - the state to read
 * @param event - the event
 * @param write - where to write the changes
 * @param policy - the policy the history was made under
 * @returns why the event was set aside, or `undefined` when it was applied
 */
export function applyGdapEvent(
  state: DomainState,
  event: GdapEvent,
  write: Writer,
  policy: Policy,
): EventRefusal | undefined {
  switch (event.type) {
    case "GdapRelationshipDeleted": {
      const current = state.gdapRelationships.get(event.relationship);
      if (current === undefined)
        return refusal("GDAP-1", `No GDAP relationship with ID ${describeValue(event.relationship)} was created.`);
      const deletable = gdapStepAllowedFrom("deleteGdapRelationship");
      if (!(deletable as readonly string[]).includes(current.status))
        return refusal(
          "GDAP-1",
          `GDAP relationship ${current.id} is ${current.status}; only a ${deletable.join(" or ")} one can be deleted.`,
        );
      if (!isInstant(event.at) || event.at < current.lastModifiedDateTime)
        return refusal("GDAP-1", `GDAP relationship ${current.id} last changed after the deletion's time.`);
      write.remove("gdapRelationships", event.relationship);
      return undefined;
    }
    case "AccessAssignmentCreated":
    case "AccessAssignmentUpdated":
    case "AccessAssignmentDeleted":
    case "AccessAssignmentOperationRecorded": {
      if (!carries(event, "assignment")) return malformedEvent(event);
      const next = event.assignment;
      const refused = accessAssignmentChangeRefusal(
        state.accessAssignments.get(next.id),
        next,
        state.gdapRelationships.get(next.relationship),
        event.type === "AccessAssignmentCreated",
        event.at,
      );
      if (refused === undefined) write.set("accessAssignments", next.id, next);
      return refused;
    }
    default: {
      if (!carries(event, "relationship") || !Object.hasOwn(GDAP_EVENT_STEPS, event.type)) return malformedEvent(event);
      const next = event.relationship;
      const before = state.gdapRelationships.get(next.id);
      const refused =
        gdapChangeRefusal(before, next, GDAP_EVENT_STEPS[event.type], event.at, policy) ??
        displayNameRefusal(state, before, next, policy);
      if (refused === undefined) write.set("gdapRelationships", next.id, next);
      return refused;
    }
  }
}
