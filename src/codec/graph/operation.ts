/**
 * The reader of Microsoft Graph's `delegatedAdminRelationshipOperation` (GDAP-9) into a
 * {@link GdapRelationshipOperation}, one or a list page item by item. Graph's `data` is the
 * changed entity as a JSON **string**; the reader parses it into {@link GdapOperationData}:
 * - `delegatedAdminAccessAssignmentUpdate`: the assignment's `id`, its group
 *   (`accessContainer.accessContainerId`), its roles and its status, each where `data` has it;
 * - `delegatedAdminRelationshipUpdate`: the relationship's roles and `autoExtendDuration`;
 * - an operation type this version does not know (`unknownFutureValue`): `data` kept as text.
 *
 * The text is bounded before it is parsed: at most `maxStringLength` characters (default
 * 10,000), so `JSON.parse` costs at most that; a text that is not JSON is an issue at
 * `data`, never a throw; what it holds is read with the same limits as the rest of the
 * payload (nesting, values), with paths below `data` (`data.accessDetails.unifiedRoles[0]…`).
 *
 * @module
 */
import type { Result } from "neverthrow";
import { ACCESS_ASSIGNMENT_STATUSES } from "../../gdap/access-assignment.js";
import {
  GDAP_OPERATION_STATUSES,
  GDAP_OPERATION_TYPES,
  type GdapOperationData,
  type GdapRelationshipOperation,
} from "../../gdap/graph-records.js";
import type { RoleId } from "../../vocabulary/directory-roles.js";
import {
  type DecodeContext,
  type Decoder,
  decode,
  decoder,
  FAULT,
  type Fault,
  literal,
  object,
  optional,
  report,
  string,
} from "../decoder.js";
import { isoDurationDecoder } from "../duration.js";
import { duplicateRoles } from "../gdap.js";
import type { ParseError } from "../issues.js";
import { identifier, notBefore } from "../vocabulary.js";
import {
  checkedBy,
  etagField,
  graphEnum,
  graphInstant,
  IGNORE,
  option,
  optionsOf,
  rolePath,
  unifiedRoles,
} from "./common.js";
import { type GraphCollection, graphCollection } from "./page.js";
import type { GraphRelationshipChildOptions } from "./request.js";

const graphOperation = /* @__PURE__ */ object(
  {
    "@odata.etag": etagField,
    id: identifier,
    operationType: /* @__PURE__ */ graphEnum(GDAP_OPERATION_TYPES),
    data: /* @__PURE__ */ string(),
    status: /* @__PURE__ */ graphEnum(GDAP_OPERATION_STATUSES),
    createdDateTime: graphInstant,
    lastModifiedDateTime: graphInstant,
  },
  IGNORE,
);

const assignmentData = /* @__PURE__ */ object(
  {
    id: /* @__PURE__ */ optional(identifier),
    accessContainer: /* @__PURE__ */ optional(
      /* @__PURE__ */ object(
        {
          accessContainerId: identifier,
          accessContainerType: /* @__PURE__ */ optional(/* @__PURE__ */ literal(["securityGroup"])),
        },
        IGNORE,
      ),
    ),
    accessDetails: /* @__PURE__ */ optional(unifiedRoles),
    status: /* @__PURE__ */ optional(/* @__PURE__ */ graphEnum(ACCESS_ASSIGNMENT_STATUSES)),
  },
  IGNORE,
);

const relationshipData = /* @__PURE__ */ object(
  {
    accessDetails: /* @__PURE__ */ optional(unifiedRoles),
    autoExtendDuration: /* @__PURE__ */ optional(isoDurationDecoder),
  },
  IGNORE,
);

const NOT_JSON = "a JSON text holding the changed entity (Graph's data is the entity as a string)";

/** Parses `data`'s text, or reports at `data`. Never throws: JSON.parse runs on a string already bounded. */
function parseText(ctx: DecodeContext, text: string): unknown | Fault {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return report(ctx, NOT_JSON, "text that is not JSON", ["data"]);
  }
}

/** Reads `data` below the path `data`, so its issues have paths such as `data.accessDetails…`. */
function readData<T>(ctx: DecodeContext, shape: Decoder<T>, value: unknown): T | Fault {
  ctx.path.push("data");
  try {
    return shape.decode(value, ctx);
  } finally {
    ctx.path.pop();
  }
}

function roles(read: { readonly unifiedRoles: readonly { readonly roleDefinitionId: RoleId }[] } | undefined) {
  return read === undefined ? {} : { roles: read.unifiedRoles.map((role) => role.roleDefinitionId) };
}

/** `data` as the entity its operation type carries. */
function operationData(ctx: DecodeContext, type: GdapRelationshipOperation["operationType"], text: string) {
  if (type === "unknownFutureValue") return { kind: "unread", json: text } as const;
  const parsed = parseText(ctx, text);
  if (parsed === FAULT) return FAULT;
  if (type === "delegatedAdminRelationshipUpdate") {
    const data = readData(ctx, relationshipData, parsed);
    if (data === FAULT) return FAULT;
    const read: GdapOperationData = {
      kind: "relationship",
      ...roles(data.accessDetails),
      ...(data.autoExtendDuration === undefined ? {} : { autoExtendDuration: data.autoExtendDuration }),
    };
    return read;
  }
  const data = readData(ctx, assignmentData, parsed);
  if (data === FAULT) return FAULT;
  const read: GdapOperationData = {
    kind: "accessAssignment",
    ...(data.id === undefined ? {} : { id: data.id }),
    ...(data.accessContainer === undefined ? {} : { group: data.accessContainer.accessContainerId }),
    ...roles(data.accessDetails),
    ...(data.status === undefined ? {} : { status: data.status }),
  };
  return read;
}

/**
 * The decoder of a Graph `delegatedAdminRelationshipOperation`, `data` parsed.
 *
 * @param options - the relationship
 */
export function graphOperationDecoder(options: GraphRelationshipChildOptions): Decoder<GdapRelationshipOperation> {
  return decoder("a Microsoft Graph delegatedAdminRelationshipOperation", (input, ctx) => {
    const relationship = optionsOf(options).relationship;
    if (!option(ctx, "relationship", relationship)) return FAULT;
    const graph = graphOperation.decode(input, ctx);
    if (graph === FAULT) return FAULT;
    const data = operationData(ctx, graph.operationType, graph.data);
    if (data === FAULT) return FAULT;
    const etag = graph["@odata.etag"];
    const operation: GdapRelationshipOperation = {
      id: graph.id,
      relationship,
      operationType: graph.operationType,
      data,
      status: graph.status,
      createdDateTime: graph.createdDateTime,
      lastModifiedDateTime: graph.lastModifiedDateTime,
      ...(etag === null || etag === undefined ? {} : { etag }),
    };
    const dataRoles = data.kind === "unread" ? undefined : data.roles;
    const violations = [
      ...notBefore(
        ["lastModifiedDateTime"],
        operation.lastModifiedDateTime,
        operation.createdDateTime,
        "createdDateTime",
      ),
      ...(dataRoles === undefined ? [] : duplicateRoles(dataRoles, (_field, index) => ["data", ...rolePath(index)])),
    ];
    return checkedBy(ctx, operation, violations);
  });
}

/**
 * Reads a Microsoft Graph `delegatedAdminRelationshipOperation` (GET
 * `…/delegatedAdminRelationships/{id}/operations/{id}`, the `Location` of a `202 Accepted`
 * update) into a {@link GdapRelationshipOperation}, its `data` parsed into the entity it
 * changes (GDAP-9, INVAR-6). The change is in force only once the status is `succeeded`;
 * until then the old roles stay.
 *
 * @param input - the parsed JSON body
 * @param options - the relationship (required), limits (`maxStringLength` bounds `data`)
 *
 * @example
 * ```ts
 * const operation = parseGraphRelationshipOperation(body, { relationship: relationshipId });
 * if (operation.isOk() && operation.value.data.kind === "accessAssignment")
 *   console.log(operation.value.status, operation.value.data.roles);
 * ```
 */
export function parseGraphRelationshipOperation(
  input: unknown,
  options: GraphRelationshipChildOptions,
): Result<GdapRelationshipOperation, ParseError> {
  return decode(graphOperationDecoder(options), input, options);
}

/**
 * Reads a Graph list page of operations (GET `…/delegatedAdminRelationships/{id}/operations`)
 * item by item (GDAP-9, GDAP-11).
 *
 * @param input - the parsed JSON body
 * @param options - the relationship (required), limits
 */
export function parseGraphRelationshipOperations(
  input: unknown,
  options: GraphRelationshipChildOptions,
): Result<GraphCollection<GdapRelationshipOperation>, ParseError> {
  return decode(graphCollection(graphOperationDecoder(options)), input, options);
}
