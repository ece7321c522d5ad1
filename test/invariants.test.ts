import { fc, test } from "@fast-check/vitest";
import {
  GLOBAL_ADMINISTRATOR,
  HELPDESK_ADMINISTRATOR,
  holdsRole,
  type Invitation,
  PARTNER_TYPES,
  type RoleId,
} from "partner-relationships";
import { describe, expect } from "vitest";
import { CUSTOMER, PARTNER } from "./support/actors.js";
import { deepFreeze } from "./support/freeze.js";
import { type Command, commandArb, initialWorld, ROLE_IDS, step, type World } from "./support/world.js";

const commands = fc.array(commandArb, { minLength: 5, maxLength: 40, size: "medium" });

/** The roles a request of the given type asks for, read from the catalogue (TYPE-1), not from the implementation's output. */
function requestedRoles(invitation: Invitation, command: Command): readonly RoleId[] {
  const provision = PARTNER_TYPES[invitation.type].roles;
  if (provision.kind === "fixed") return [GLOBAL_ADMINISTRATOR, HELPDESK_ADMINISTRATOR];
  if (provision.kind === "chosen" && command.kind === "send") return command.roles;
  return [];
}

function run(sequence: readonly Command[], each: (before: World, command: Command, after: World) => void): World {
  let world = initialWorld;
  for (const command of sequence) {
    const next = step(world, command).world;
    each(world, command, next);
    world = next;
  }
  return world;
}

describe("invariants over random step sequences by random actors", () => {
  test.prop([commands])(
    "INVAR-1 a partner holds a role only if the customer accepted a request for it and nothing since took it away",
    (sequence) => {
      const sentWith = new Map<string, Command>();
      let consented = new Set<RoleId>();
      run(sequence, (before, command, after) => {
        if (command.kind === "send" && after.invitations.length > before.invitations.length) {
          sentWith.set(`inv-${before.invitations.length}`, command);
        }
        if (command.kind === "accept" && after.relationship !== before.relationship) {
          const accepted = after.invitations.find(
            (invitation, i) => invitation !== before.invitations[i],
          ) as Invitation;
          for (const role of requestedRoles(accepted, sentWith.get(accepted.id) as Command)) consented.add(role);
        }
        if (
          (command.kind === "removeAdminRoles" || command.kind === "delete" || command.kind === "end") &&
          after.relationship !== before.relationship
        ) {
          consented = new Set();
        }
        const relationships = after.relationship === undefined ? [] : [after.relationship];
        for (const role of ROLE_IDS) {
          const decision = holdsRole(relationships, { partner: PARTNER, customer: CUSTOMER, role });
          expect(decision.allowed, `role ${role} after ${command.kind}`).toBe(consented.has(role));
        }
      });
    },
  );

  test.prop([commands])("INV-1 accepted, cancelled and expired invitations never change again", (sequence) => {
    const finalSeen = new Map<string, Invitation>();
    run(sequence, (_before, _command, after) => {
      for (const invitation of after.invitations) {
        const final = finalSeen.get(invitation.id);
        if (final !== undefined) expect(invitation).toBe(final);
        else if (invitation.status !== "pending") finalSeen.set(invitation.id, invitation);
      }
    });
  });

  test.prop([commands])("INVAR-2 an ended relationship never changes again", (sequence) => {
    let ended: World["relationship"];
    run(sequence, (_before, _command, after) => {
      if (ended !== undefined && after.relationship?.status === "ended" && ended.status === "ended") {
        expect(after.relationship).toBe(ended);
      }
      if (after.relationship?.status === "ended" && ended === undefined) ended = after.relationship;
      // a new invitation accepted after the end starts a new relationship; the ended one is kept as it was
      if (after.relationship?.status === "active") ended = undefined;
    });
  });

  test.prop([commands])(
    "INVAR-3 no step throws, no step mutates its deep-frozen input, and a refused step leaves the state as it was",
    (sequence) => {
      let world = deepFreeze(initialWorld);
      for (const command of sequence) {
        const snapshot = structuredClone(world);
        const outcome = step(world, command);
        expect(world).toEqual(snapshot);
        if (outcome.result?.isErr()) {
          expect(outcome.world).toBe(world);
          expect(outcome.result.error.rule).toMatch(/^[A-Z]+-\d+$/);
          expect(outcome.result.error.message.length).toBeGreaterThan(0);
        }
        world = deepFreeze(outcome.world);
      }
    },
  );

  test.prop([commands])("INVAR-4 the same steps from the same state give the same results", (sequence) => {
    const first: unknown[] = [];
    const second: unknown[] = [];
    run(sequence, (before, command) => {
      first.push(step(before, command));
    });
    run(sequence, (before, command) => {
      second.push(step(before, command));
    });
    expect(second).toEqual(first);
  });
});
