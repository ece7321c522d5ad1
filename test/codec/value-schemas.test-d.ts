/**
 * Each value schema's value type is the domain type, and each published JSON type (now
 * derived from the schema) is the hand-written one it replaced (test/support/legacy-encoders).
 */
import { describe, expectTypeOf, it } from "vitest";
import type * as actor from "../../src/codec/actor.js";
import type { Infer } from "../../src/codec/schema.js";
import type { Actor } from "../../src/vocabulary/actors.js";
import type * as legacyActor from "../support/legacy-encoders/actor.js";
import type { Equal, Expect } from "../support/type-equality.js";

describe("value schemas", () => {
  it("INVAR-5 each schema decodes to its domain type and writes the published JSON type", () => {
    expectTypeOf<
      [
        Expect<Equal<Infer<typeof actor.actorDecoder>, Actor>>,
        Expect<Equal<actor.ActorJson, legacyActor.ActorJson>>,
        Expect<Equal<actor.CustomerUserJson, legacyActor.CustomerUserJson>>,
        Expect<Equal<actor.PartnerUserJson, legacyActor.PartnerUserJson>>,
      ]
    >().toEqualTypeOf<[true, true, true, true]>();
  });
});
