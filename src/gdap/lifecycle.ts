/**
 * The GDAP relationship lifecycle table (GDAP-1) and the checks it drives: a step's
 * allowed statuses are read from the table, by the step, the decider and the diagrams.
 *
 * @module
 */
import type { Result } from "neverthrow";
import type { GdapStatusNotAllowed } from "../errors.js";
import { allowedStatusesByStep, type Lifecycle, type StepFrom, type StepOf } from "../vocabulary/transition.js";
import {
  ensureGdapStatus,
  GDAP_STATUSES,
  type GdapRelationship,
  type GdapRelationshipIn,
  type GdapStatus,
} from "./relationship.js";

// The table, typed to its literals so that the statuses a step starts from are a type too.
const TABLE = {
  name: "GDAP relationship",
  statuses: GDAP_STATUSES,
  initial: { status: "created", step: "createGdapRelationship", by: "partner" },
  final: ["expired", "terminated"],
  transitions: [
    {
      from: "created",
      to: "created",
      step: "updateGdapRelationship",
      by: "partner",
      rules: ["GDAP-1", "GDAP-2", "GDAP-3"],
    },
    { from: "created", to: "approvalPending", step: "lockGdapForApproval", by: "partner", rules: ["GDAP-1", "ACT-3"] },
    { from: "created", to: "expired", step: "advanceGdapRelationship", by: "time", rules: ["GDAP-5"] },
    {
      from: "approvalPending",
      to: "active",
      step: "approveGdapRelationship",
      by: "customer",
      rules: ["GDAP-1", "GDAP-4", "ACT-4"],
    },
    { from: "approvalPending", to: "expired", step: "advanceGdapRelationship", by: "time", rules: ["GDAP-5"] },
    { from: "active", to: "active", step: "advanceGdapRelationship", by: "time", rules: ["GDAP-2"] },
    {
      from: "active",
      to: "active",
      step: "setGdapAutoExtend",
      by: "customer or partner",
      rules: ["GDAP-2", "ACT-4"],
    },
    { from: "active", to: "active", step: "removeGlobalAdministrator", by: "customer or partner", rules: ["GDAP-2"] },
    { from: "active", to: "expired", step: "advanceGdapRelationship", by: "time", rules: ["GDAP-2"] },
    {
      from: "active",
      to: "terminationRequested",
      step: "requestGdapTermination",
      by: "customer or partner",
      rules: ["GDAP-1"],
    },
    {
      from: "active",
      to: "terminated",
      step: "terminateGdapRelationship",
      by: "customer or partner",
      rules: ["GDAP-1"],
    },
    { from: "terminationRequested", to: "terminated", step: "completeGdapTermination", by: "time", rules: ["GDAP-1"] },
    { from: "terminating", to: "terminated", step: "completeGdapTermination", by: "time", rules: ["GDAP-1"] },
    { from: "expiring", to: "expired", step: "advanceGdapRelationship", by: "time", rules: ["GDAP-2"] },
  ],
  removals: [{ from: "created", step: "deleteGdapRelationship", by: "partner", rules: ["GDAP-1", "ACT-3"] }],
} as const satisfies Lifecycle<GdapStatus>;

/**
 * The GDAP relationship lifecycle as data (GDAP-1): the steps that move a relationship
 * between Microsoft Graph's statuses. The transient statuses (approved, activating,
 * expiring, terminating) are listed but no step produces them. Deleting a `created`
 * relationship removes it (no status). Documentation diagrams are generated from this
 * table, the steps and the decider take the statuses each step is allowed from
 * (`ensureGdapStepAllowed`), and tests check the steps against it.
 */
export const GDAP_LIFECYCLE: Lifecycle<GdapStatus> = TABLE;

/** A step of {@link GDAP_LIFECYCLE}, such as `"lockGdapForApproval"`. */
export type GdapStep = StepOf<typeof TABLE>;

/** The statuses a step of {@link GDAP_LIFECYCLE} starts from: `GdapStepFrom<"lockGdapForApproval">` is `"created"`. */
export type GdapStepFrom<Step extends GdapStep> = Extract<StepFrom<typeof TABLE, Step>, GdapStatus>;

const ALLOWED = /* @__PURE__ */ allowedStatusesByStep(GDAP_LIFECYCLE);

/**
 * The statuses a step is allowed from, in table order ({@link GDAP_LIFECYCLE}).
 *
 * @param step - a step of the table
 */
export function gdapStepAllowedFrom<Step extends GdapStep>(step: Step): readonly GdapStepFrom<Step>[] {
  return (ALLOWED.get(step) ?? []) as readonly GdapStepFrom<Step>[];
}

/**
 * Narrows a relationship to the statuses {@link GDAP_LIFECYCLE} allows a step from, or
 * returns `gdap_status_not_allowed` naming the step and those statuses (GDAP-1).
 *
 * @param relationship - a relationship in any status
 * @param step - the step about to be taken
 *
 * @example
 * ```ts
 * ensureGdapStepAllowed(relationship, "lockGdapForApproval"); // Ok(created) or Err(gdap_status_not_allowed)
 * ```
 */
export function ensureGdapStepAllowed<const Step extends GdapStep>(
  relationship: GdapRelationship,
  step: Step,
): Result<GdapRelationshipIn<GdapStepFrom<Step>>, GdapStatusNotAllowed> {
  return ensureGdapStatus(relationship, gdapStepAllowedFrom(step), step);
}
