/**
 * Test oracle (issue 15): the hand-written snapshot and document encoders as they were
 * before the codec derived its encoders from schemas, copied verbatim (only the imports,
 * the names and the table of each kind's serialiser, `DOCUMENT_CODECS`' `toJson` column,
 * changed). The differential property tests (test/codec/legacy-log.test.ts) hold the
 * schema-derived `snapshotToJson` and `documentToJson` to the same bytes. Keep them unchanged.
 */
import type { DomainEvent } from "partner-relationships";
import {
  actorToJson,
  agreementToJson,
  type Document,
  type DocumentJson,
  type DocumentKind,
  decisionToJson,
  invitationToJson,
  policyToJson,
  relationshipToJson,
  roleGrantToJson,
  SCHEMA_VERSION,
  type Snapshot,
  type SnapshotJson,
} from "partner-relationships/codec";
import { legacyEventToJson } from "./event.js";
import { legacyStateToJson } from "./state.js";

/** A kind's serialiser. */
interface Codec<T, J> {
  readonly toJson: (value: T) => J;
}

/** The `toJson` column of the codec table `DOCUMENT_CODECS` as it was. */
const LEGACY_DOCUMENT_CODECS: { readonly [K in DocumentKind]: Codec<never, unknown> } = {
  actor: { toJson: actorToJson },
  invitation: { toJson: invitationToJson },
  relationship: { toJson: relationshipToJson },
  roleGrant: { toJson: roleGrantToJson },
  agreement: { toJson: agreementToJson },
  policy: { toJson: policyToJson },
  decision: { toJson: decisionToJson },
  snapshot: { toJson: legacySnapshotToJson },
  state: { toJson: legacyStateToJson },
  events: { toJson: (events: readonly DomainEvent[]) => events.map(legacyEventToJson) },
};

/**
 * Writes a snapshot in its JSON form.
 *
 * @param snapshot - the snapshot
 */
export function legacySnapshotToJson(snapshot: Snapshot): SnapshotJson {
  const json: SnapshotJson = {
    invitations: snapshot.invitations.map(invitationToJson),
    relationships: snapshot.relationships.map(relationshipToJson),
    agreements: snapshot.agreements.map(agreementToJson),
  };
  return snapshot.policy === undefined ? json : { ...json, policy: policyToJson(snapshot.policy) };
}

/**
 * Writes a document: `{ schemaVersion: 1, kind, value }` with the value in its JSON form.
 *
 * @param document - the document
 */
export function legacyDocumentToJson(document: Document): DocumentJson {
  const codec = LEGACY_DOCUMENT_CODECS[document.kind] as Codec<unknown, unknown>;
  return { schemaVersion: SCHEMA_VERSION, kind: document.kind, value: codec.toJson(document.value) } as DocumentJson;
}
