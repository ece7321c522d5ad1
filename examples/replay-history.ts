/**
 * Replaying a stored history: `examples/history.json` is an event log as an audit store
 * would keep it (a versioned document of events). It is read as untrusted input with the
 * codec, replayed into the state, and the state is printed; then a tampered copy shows
 * what the parser says about bad data: every fault with its path, nothing thrown.
 */
import { readFileSync } from "node:fs";
import {
  allRelationships,
  type DomainEvent,
  formatInstant,
  GLOBAL_ADMINISTRATOR,
  gdapEndDateTimeAt,
  gdapRolesOfGroup,
  holdsRole,
  PARTNER_TYPE_NAMES,
  replay,
  roleName,
} from "partner-relationships";
import { parseDocument } from "partner-relationships/codec";
import { heading } from "./print.js";

const HISTORY = new URL("./history.json", import.meta.url);
const date = (at: number): string => formatInstant(at).slice(0, 10);

/** Reads the history file as untrusted JSON: the events, or the faults found with their paths. */
function readHistory(json: unknown): readonly DomainEvent[] | undefined {
  const parsed = parseDocument(json);
  if (parsed.isErr()) {
    console.log(`refused: ${parsed.error.issues.length} fault(s)`);
    for (const issue of parsed.error.issues)
      console.log(`  ${issue.path || "(root)"}: expected ${issue.expected}, found ${issue.found}`);
    return undefined;
  }
  if (parsed.value.kind !== "events") {
    console.log(`refused: a ${parsed.value.kind} document, not an event log`);
    return undefined;
  }
  return parsed.value.value;
}

/** Prints the history replayed, then what the parser says of a tampered copy. */
export function replayHistory(): void {
  heading(
    "Replaying a stored history (examples/history.json)",
    "An event log read from JSON with the codec and folded into the state it describes (INVAR-5).",
  );
  const json: unknown = JSON.parse(readFileSync(HISTORY, "utf8"));
  const events = readHistory(json);
  if (events === undefined) return;
  const last = events.at(-1)?.at ?? 0;
  console.log(`${events.length} events from ${date(events[0]?.at ?? 0)} to ${date(last)}, replayed into:`);

  const state = replay(events);
  for (const invitation of state.invitations.values())
    console.log(
      `  invitation ${invitation.id} to ${invitation.customer} (${PARTNER_TYPE_NAMES[invitation.type]}): ${invitation.status}`,
    );
  const relationships = allRelationships(state);
  for (const relationship of relationships)
    console.log(
      `  relationship ${relationship.customer}–${relationship.partner}: ${relationship.status}, ` +
        `${relationship.capacities.map((type) => PARTNER_TYPE_NAMES[type]).join(" + ")}, ` +
        `${relationship.grants.length === 0 ? "no admin roles" : relationship.grants.map((grant) => roleName(grant.role)).join(", ")}`,
    );
  for (const agreement of state.agreements.values())
    console.log(`  agreement of ${agreement.customer}: ${agreement.status}`);
  for (const gdap of state.gdapRelationships.values()) {
    const end = gdapEndDateTimeAt(gdap, last);
    console.log(
      `  GDAP ${gdap.id} "${gdap.displayName}": ${gdap.status}${end === undefined ? "" : `, ends ${date(end)}`}`,
    );
  }
  for (const subscription of state.azureSubscriptions.values())
    console.log(
      `  Azure subscription ${subscription.id}: ${subscription.roleAssignments.map((held) => `${held.role} for ${held.principal.kind === "partnerAdminAgents" ? `${held.principal.partner}'s Admin Agents` : held.principal.user}`).join(", ")}`,
    );

  const ga = holdsRole(relationships, { partner: "fabrikam", customer: "contoso", role: GLOBAL_ADMINISTRATOR });
  console.log(
    `  does fabrikam hold Global Administrator in contoso? ${ga.allowed ? "yes" : "no"}: ${ga.reasons.join(" ")}`,
  );
  const helpdesk = gdapRolesOfGroup([...state.gdapRelationships.values()], [...state.accessAssignments.values()], {
    customer: "contoso",
    group: "fabrikam-helpdesk-agents",
    at: last,
  });
  console.log(
    `  GDAP roles of fabrikam-helpdesk-agents in contoso on ${date(last)}: ${helpdesk.map(roleName).join(", ") || "none"}`,
  );

  heading(
    "The same history, tampered with",
    "Untrusted JSON is refused with every fault and its path, and touches no prototype (INVAR-6).",
  );
  const tampered = JSON.parse(JSON.stringify(json)) as { value: Record<string, unknown>[] };
  const sixth = tampered.value[5];
  if (sixth !== undefined) sixth.at = "yesterday";
  const eighth = tampered.value[7] as { assignment?: Record<string, unknown> } | undefined;
  if (eighth?.assignment !== undefined) eighth.assignment.roles = ["Global Administrator"];
  tampered.value.push(JSON.parse('{"type": "AdminRolesRemoved", "__proto__": {"isAdmin": true}}'));
  readHistory(tampered);
  console.log(
    `  and no prototype was touched: ({} as { isAdmin?: boolean }).isAdmin is ${({} as { isAdmin?: boolean }).isAdmin}`,
  );
}
