/**
 * Reading a Microsoft Graph list page item by item (GDAP-11): a page of three
 * `delegatedAdminRelationship`s as Graph returns them — one active, one in a status this
 * version does not know (`unknownFutureValue`), one broken — read with
 * `parseGraphDelegatedAdminRelationships`. The good items are kept with what users need
 * (the customer's name, the etag), the unknown one is kept but grants nothing, and the
 * broken one is a fault with its path, hiding nothing else.
 *
 * Run it with `npx tsx -e 'import("./examples/graph-page.ts").then((m) => m.graphPage())'`
 * or through `npm run example`.
 */
import { formatInstant, gdapGroupHoldsRole, HELPDESK_ADMINISTRATOR, roleName } from "partner-relationships";
import { parseGraphDelegatedAdminRelationships } from "partner-relationships/codec";
import { heading } from "./print.js";

const CONTOSO = "4fdbff88-9d6b-42e0-9713-45c922ba8001";
const FABRIKAM_TENANT = "fabrikam";

/** One relationship as Graph writes it (seven fractional digits, `@odata.*` keys). */
function graphRelationship(id: string, name: string, status: string, extra: object = {}): object {
  return {
    "@odata.type": "#microsoft.graph.delegatedAdminRelationship",
    "@odata.etag": `W/"${id}"`,
    id,
    displayName: name,
    duration: "P730D",
    customer: { tenantId: CONTOSO, displayName: "Contoso Inc" },
    accessDetails: { unifiedRoles: [{ roleDefinitionId: HELPDESK_ADMINISTRATOR }] },
    status,
    autoExtendDuration: "P180D",
    createdDateTime: "2026-02-10T11:24:42.3148266Z",
    lastModifiedDateTime: "2026-02-10T11:26:44.9941884Z",
    activatedDateTime: "2026-02-10T11:26:44.9941884Z",
    endDateTime: "2028-02-10T11:26:44.9941884Z",
    ...extra,
  };
}

/** The page: `GET /tenantRelationships/delegatedAdminRelationships?$top=3`. */
const PAGE = {
  "@odata.context": "https://graph.microsoft.com/v1.0/tenantRelationships/$metadata#delegatedAdminRelationships",
  "@odata.nextLink":
    "https://graph.microsoft.com/v1.0/tenantRelationships/delegatedAdminRelationships?$top=3&$skiptoken=Mw",
  value: [
    graphRelationship("rel-helpdesk", "Contoso helpdesk", "active"),
    graphRelationship("rel-future", "Contoso future", "unknownFutureValue"),
    graphRelationship("rel-broken", "Contoso broken", "active", { activatedDateTime: "yesterday" }),
  ],
};

/**
 * Prints the page as read: the relationships kept, the faults, the next page, and what
 * the unknown item grants.
 *
 * @param print - where the lines go (default `console.log`)
 */
export function graphPage(print: (line: string) => void = console.log): void {
  const section = (title: string, purpose: string): void => heading(title, purpose, print);
  section(
    "A Microsoft Graph page read item by item (GDAP-11)",
    "Three relationships as Graph returns them: one active, one unknownFutureValue, one broken.",
  );
  const read = parseGraphDelegatedAdminRelationships(PAGE, { partner: FABRIKAM_TENANT });
  if (read.isErr()) {
    print(`refused: the payload is not a Graph collection (${read.error.issues[0]?.path ?? ""})`);
    return;
  }
  const page = read.value;

  section("Relationships kept", "Each with the customer's display name and the etag Graph asks for as If-Match.");
  for (const relationship of page.value)
    print(
      `  ${relationship.id}: ${relationship.status}, ${relationship.customerDisplayName ?? relationship.customer ?? "no customer"}, ` +
        `etag ${relationship.etag ?? "none"}, created ${formatInstant(relationship.createdDateTime)} (cut to milliseconds)`,
    );

  section("Faults", "One per item that does not parse, with its index and the path of each issue.");
  for (const fault of page.faults)
    for (const issue of fault.issues)
      print(`  item ${fault.index}: ${issue.path}: expected ${issue.expected}, found ${issue.found}`);

  section("Next page", "Graph's @odata.nextLink, to read the rest of the list.");
  print(`  ${page.nextLink ?? "none: this was the last page"}`);

  section(
    "What the unknown status grants",
    "A status this version does not know grants nothing, and the reason says so.",
  );
  const at = Date.UTC(2026, 5, 1);
  const decision = gdapGroupHoldsRole(
    page.value,
    [
      {
        status: "active",
        id: "assign-1",
        relationship: "rel-future",
        partner: FABRIKAM_TENANT,
        customer: CONTOSO,
        group: "helpdesk-agents",
        roles: [HELPDESK_ADMINISTRATOR],
        createdDateTime: Date.UTC(2026, 1, 11),
        lastModifiedDateTime: Date.UTC(2026, 1, 11),
      },
    ],
    { customer: CONTOSO, group: "helpdesk-agents", role: HELPDESK_ADMINISTRATOR, at },
  );
  print(`  helpdesk-agents hold ${roleName(HELPDESK_ADMINISTRATOR)} through rel-future: ${decision.allowed}`);
  for (const reason of decision.reasons) print(`  ${reason}`);
}
