/**
 * Versioned documents: the envelope to store values in, `{ schemaVersion, kind, value }`.
 *
 * `schemaVersion` is the version of the JSON form, not of the package: it changes only
 * when stored data of the previous version would no longer parse (see docs/codec.md).
 * `kind` names what `value` holds. A parser refuses a document of another version with
 * one issue at `schemaVersion`, before reading anything else, so a reader that is too old
 * says so plainly.
 *
 * Adding a kind is one entry in {@link DOCUMENT_CODECS}: the kind's schema, which reads
 * and writes its value.
 *
 * @module
 */
import type { Result } from "neverthrow";
import type { CustomerAgreement } from "../agreement.js";
import type { DomainEvent } from "../events.js";
import type { Invitation } from "../invitation.js";
import type { Policy } from "../policy.js";
import type { Relationship, RoleGrant } from "../relationship.js";
import type { DomainState } from "../state.js";
import type { Actor } from "../vocabulary/actors.js";
import type { Decision } from "../vocabulary/decision.js";
import { type ActorJson, actorDecoder } from "./actor.js";
import { agreementDecoder, type CustomerAgreementJson } from "./agreement.js";
import { type DecisionJson, decisionDecoder } from "./decision.js";
import { literal as literalDecoder, map as mapDecoder, object as objectDecoder } from "./decoder.js";
import { type EventJson, eventDecoder } from "./event.js";
import { type InvitationJson, invitationDecoder } from "./invitation.js";
import type { ParseError } from "./issues.js";
import { describeFound } from "./issues.js";
import type { ParseOptions } from "./limits.js";
import { type PolicyJson, policyDecoder } from "./policy.js";
import { consentViolations } from "./reachable.js";
import { type RelationshipJson, type RoleGrantJson, relationshipDecoder, roleGrantDecoder } from "./relationship.js";
import {
  array,
  type Decoder,
  decoder,
  FAULT,
  type JsonOf,
  object,
  optional,
  parserOf,
  refine,
  report,
  type Schema,
  standardSchemaOf,
  type Violation,
  visit,
} from "./schema.js";
import type { StandardSchemaV1 } from "./standard-schema.js";
import { type StateJson, stateDecoder } from "./state.js";

/** The version of the JSON form this library writes and reads. */
export const SCHEMA_VERSION = 1;

/**
 * The values a caller stores together: invitations, relationships, agreement states and,
 * optionally, the policy in force. Within one snapshot invitation IDs are unique, a
 * customer–partner pair has at most one active relationship (REL-1) and a customer at most
 * one agreement state.
 */
export interface Snapshot {
  /** The invitations, each ID once. */
  readonly invitations: readonly Invitation[];
  /** The customer–partner relationships, at most one active per pair (REL-1). */
  readonly relationships: readonly Relationship[];
  /** The customers' agreement states, at most one per customer. */
  readonly agreements: readonly CustomerAgreement[];
  /** The policy in force, if the snapshot records it. */
  readonly policy?: Policy;
}

function duplicates<T>(
  items: readonly T[],
  key: (item: T) => string | undefined,
  at: (index: number) => readonly (string | number)[],
  what: string,
  owner: string,
): Violation[] {
  const seen = new Map<string, number>();
  const violations: Violation[] = [];
  items.forEach((item, index) => {
    const value = key(item);
    if (value === undefined) return;
    const first = seen.get(value);
    if (first === undefined) seen.set(value, index);
    else
      violations.push({
        at: at(index),
        expected: `${what} not already used by ${owner}[${first}]`,
        found: describeFound(value),
      });
  });
  return violations;
}

/**
 * The schema of a {@link Snapshot}: its lists in order, the policy only when it records
 * one; read back refusing repeated IDs, pairs and customers, and grants no invitation backs.
 */
export const snapshotDecoder = /* @__PURE__ */ refine(
  /* @__PURE__ */ object<Snapshot>()({
    invitations: /* @__PURE__ */ array(invitationDecoder),
    relationships: /* @__PURE__ */ array(relationshipDecoder),
    agreements: /* @__PURE__ */ array(agreementDecoder),
    policy: /* @__PURE__ */ optional(policyDecoder),
  }),
  (snapshot) => [
    ...duplicates(
      snapshot.invitations,
      (invitation) => invitation.id,
      (index) => ["invitations", index, "id"],
      "an invitation ID",
      "invitations",
    ),
    ...duplicates(
      snapshot.relationships,
      (relationship) =>
        relationship.status === "active" ? JSON.stringify([relationship.customer, relationship.partner]) : undefined,
      (index) => ["relationships", index],
      "an active relationship for a customer–partner pair (REL-1)",
      "relationships",
    ),
    ...duplicates(
      snapshot.agreements,
      (agreement) => agreement.customer,
      (index) => ["agreements", index, "customer"],
      "a customer",
      "agreements",
    ),
    ...consentViolations(snapshot.invitations, snapshot.relationships, snapshot.agreements),
  ],
);

/** A {@link Snapshot} in JSON. */
export type SnapshotJson = JsonOf<typeof snapshotDecoder>;

/**
 * Writes a snapshot in its JSON form.
 *
 * @param snapshot - the snapshot
 */
export const snapshotToJson: (snapshot: Snapshot) => SnapshotJson = snapshotDecoder.encode;

/** What each document kind holds, and its JSON form. */
export interface DocumentKinds {
  /** An actor: a customer user or a partner user. */
  readonly actor: {
    /** The value, as the library's type. */
    readonly value: Actor;
    /** The value's JSON form. */
    readonly json: ActorJson;
  };
  /** An invitation to a customer. */
  readonly invitation: {
    /** The value, as the library's type. */
    readonly value: Invitation;
    /** The value's JSON form. */
    readonly json: InvitationJson;
  };
  /** A customer–partner relationship. */
  readonly relationship: {
    /** The value, as the library's type. */
    readonly value: Relationship;
    /** The value's JSON form. */
    readonly json: RelationshipJson;
  };
  /** A role the customer granted a partner in a relationship. */
  readonly roleGrant: {
    /** The value, as the library's type. */
    readonly value: RoleGrant;
    /** The value's JSON form. */
    readonly json: RoleGrantJson;
  };
  /** A customer's Microsoft Customer Agreement state. */
  readonly agreement: {
    /** The value, as the library's type. */
    readonly value: CustomerAgreement;
    /** The value's JSON form. */
    readonly json: CustomerAgreementJson;
  };
  /** A policy: the figures of the rules for one edition of the sources. */
  readonly policy: {
    /** The value, as the library's type. */
    readonly value: Policy;
    /** The value's JSON form. */
    readonly json: PolicyJson;
  };
  /** A decision: the answer to an access question. */
  readonly decision: {
    /** The value, as the library's type. */
    readonly value: Decision;
    /** The value's JSON form. */
    readonly json: DecisionJson;
  };
  /** A snapshot: invitations, relationships, agreement states and, optionally, the policy. */
  readonly snapshot: {
    /** The value, as the library's type. */
    readonly value: Snapshot;
    /** The value's JSON form. */
    readonly json: SnapshotJson;
  };
  /** The decider's whole state. */
  readonly state: {
    /** The value, as the library's type. */
    readonly value: DomainState;
    /** The value's JSON form. */
    readonly json: StateJson;
  };
  /** A page of an event log, oldest first. */
  readonly events: {
    /** The value, as the library's type. */
    readonly value: readonly DomainEvent[];
    /** The value's JSON form. */
    readonly json: readonly EventJson[];
  };
}

/** The kind of a document, such as `"snapshot"`. */
export type DocumentKind = keyof DocumentKinds;

/**
 * The schema of every document kind. To add a kind: add it to {@link DocumentKinds} and
 * here; `parseDocument` and `documentToJson` need no change.
 */
export const DOCUMENT_CODECS: {
  readonly [K in DocumentKind]: Schema<DocumentKinds[K]["value"], DocumentKinds[K]["json"]>;
} = {
  actor: actorDecoder,
  invitation: invitationDecoder,
  relationship: relationshipDecoder,
  roleGrant: roleGrantDecoder,
  agreement: agreementDecoder,
  policy: policyDecoder,
  decision: decisionDecoder,
  snapshot: snapshotDecoder,
  state: stateDecoder,
  events: /* @__PURE__ */ array(eventDecoder),
};

/** Every document kind, in the order of the codec table `DOCUMENT_CODECS`. */
export const DOCUMENT_KINDS: readonly DocumentKind[] = /* @__PURE__ */ Object.keys(DOCUMENT_CODECS) as DocumentKind[];

/** A stored value in its envelope. */
export type Document = {
  readonly [K in DocumentKind]: {
    /** The version of the JSON form: always {@link SCHEMA_VERSION}. */
    readonly schemaVersion: typeof SCHEMA_VERSION;
    /** What `value` holds, such as `"snapshot"`. */
    readonly kind: K;
    /** The value. */
    readonly value: DocumentKinds[K]["value"];
  };
}[DocumentKind];

/** A {@link Document} in JSON. */
export type DocumentJson = {
  readonly [K in DocumentKind]: {
    /** The version of the JSON form: always {@link SCHEMA_VERSION}. */
    readonly schemaVersion: typeof SCHEMA_VERSION;
    /** What `value` holds, such as `"snapshot"`. */
    readonly kind: K;
    /** The value, in its JSON form. */
    readonly value: DocumentKinds[K]["json"];
  };
}[DocumentKind];

/** What `schemaVersion` must be, in words (a plain literal, so that bundlers can drop it when unused). */
const VERSION_EXPECTED = "schema version 1 (this library reads version 1 only; migrate or upgrade)";

/** `schemaVersion`: the number this library reads, with an issue that says which it reads. */
const version: Decoder<typeof SCHEMA_VERSION> = /* @__PURE__ */ decoder(VERSION_EXPECTED, (input, ctx) => {
  if (!visit(ctx)) return FAULT;
  return input === SCHEMA_VERSION ? SCHEMA_VERSION : report(ctx, VERSION_EXPECTED, describeFound(input));
});

const kind = /* @__PURE__ */ literalDecoder(DOCUMENT_KINDS);

/** The envelope's head, read first: a document of another version is refused before its value is read. */
const head = /* @__PURE__ */ objectDecoder({ schemaVersion: version, kind }, { unknownKeys: "ignore" });

/** The whole envelope of each kind. */
function envelopes(): Map<DocumentKind, Decoder<{ readonly kind: DocumentKind; readonly value: unknown }>> {
  return new Map(
    DOCUMENT_KINDS.map((documentKind) => [
      documentKind,
      objectDecoder({ schemaVersion: version, kind, value: DOCUMENT_CODECS[documentKind] as Decoder<unknown> }),
    ]),
  );
}

const bodies = /* @__PURE__ */ envelopes();

/** The decoder of a {@link Document}: `schemaVersion` and `kind` first, then the value with its kind's decoder. */
export const documentDecoder: Decoder<Document> = /* @__PURE__ */ decoder(
  "an object with the fields schemaVersion (1), kind and value",
  (input, ctx) => {
    const parsed = head.decode(input, ctx);
    if (parsed === FAULT) return FAULT;
    const body = (bodies.get(parsed.kind) as Decoder<{ readonly kind: DocumentKind; readonly value: unknown }>).decode(
      input,
      ctx,
    );
    return body === FAULT ? FAULT : ({ schemaVersion: SCHEMA_VERSION, kind: body.kind, value: body.value } as Document);
  },
);

/**
 * Parses a stored document of any kind from untrusted input (INVAR-6): checks
 * `schemaVersion` first, then reads `value` with the decoder of `kind`.
 *
 * @param input - anything, typically from `JSON.parse`
 * @param options - limits, if not the defaults
 *
 * @example
 * ```ts
 * parseDocument(JSON.parse(text)).map((document) =>
 *   document.kind === "snapshot" ? document.value.relationships : [],
 * );
 * ```
 */
export const parseDocument: (input: unknown, options?: ParseOptions) => Result<Document, ParseError> =
  /* @__PURE__ */ parserOf(documentDecoder);

/**
 * Writes a document: `{ schemaVersion: 1, kind, value }` with the value in its JSON form.
 *
 * @param document - the document
 */
export function documentToJson(document: Document): DocumentJson {
  const schema = DOCUMENT_CODECS[document.kind] as Schema<unknown, unknown>;
  return { schemaVersion: SCHEMA_VERSION, kind: document.kind, value: schema.encode(document.value) } as DocumentJson;
}

/**
 * Wraps a value in its envelope.
 *
 * @param kind - the kind of the value
 * @param value - the value
 *
 * @example
 * ```ts
 * JSON.stringify(documentToJson(toDocument("snapshot", { invitations, relationships, agreements })));
 * ```
 */
export function toDocument<K extends DocumentKind>(
  kind: K,
  value: DocumentKinds[K]["value"],
): Extract<
  Document,
  {
    /** The kind wanted. */
    readonly kind: K;
  }
> {
  return { schemaVersion: SCHEMA_VERSION, kind, value } as Extract<Document, { readonly kind: K }>;
}

const snapshotDocumentDecoder: Decoder<Snapshot> = /* @__PURE__ */ mapDecoder(
  /* @__PURE__ */ objectDecoder({
    schemaVersion: version,
    kind: /* @__PURE__ */ literalDecoder(["snapshot"]),
    value: snapshotDecoder,
  }),
  (document) => document.value,
);

/**
 * Parses a stored snapshot document (`{ schemaVersion: 1, kind: "snapshot", value }`)
 * from untrusted input and returns the snapshot.
 *
 * @param input - anything, typically from `JSON.parse`
 * @param options - limits, if not the defaults
 */
export const parseSnapshotDocument: (input: unknown, options?: ParseOptions) => Result<Snapshot, ParseError> =
  /* @__PURE__ */ parserOf(snapshotDocumentDecoder);

/** A Standard Schema v1 validator of documents (vendor `partner-relationships`). */
export const documentSchema: StandardSchemaV1<unknown, Document> = /* @__PURE__ */ standardSchemaOf(documentDecoder);
