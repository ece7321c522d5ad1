/**
 * partner-relationships/testing: fast-check arbitraries for the library's values and
 * histories, a reference model of the core lifecycle, and the model-based conformance
 * kit that checks a system of your own against it through an adapter you write.
 *
 * fast-check (3.x or 4.x) is an optional peer dependency: install it to use this entry.
 * The main entry never imports this one.
 *
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { checkConformance, type SyncPartnerSystemAdapter } from "partner-relationships/testing";
 *
 * checkConformance(() => myServiceAdapter(), {}, { numRuns: 500 });
 * ```
 *
 * @packageDocumentation
 * @module partner-relationships/testing
 */

import { asFalse, asNothing, asPrinted, total } from "../total.js";
import {
  accessAssignmentArb as accessAssignmentArbStep,
  customerUserArb as customerUserArbStep,
  gdapRelationshipArb as gdapRelationshipArbStep,
  invitationArb as invitationArbStep,
  partnerUserArb as partnerUserArbStep,
  relationshipArb as relationshipArbStep,
} from "./arbitraries.js";
import {
  asyncConformanceCommands as asyncConformanceCommandsStep,
  conformanceCommands as conformanceCommandsStep,
  conformanceSetup as conformanceSetupStep,
  describeCommand as describeCommandStep,
} from "./conformance.js";
import { acceptedHistory as acceptedHistoryStep } from "./histories.js";
import { libraryAdapter as libraryAdapterStep } from "./library-adapter.js";
import {
  initialModel as initialModelStep,
  modelHoldsRole as modelHoldsRoleStep,
  modelStep as modelStepStep,
  pairKey as pairKeyStep,
} from "./model.js";

export {
  actorArb,
  autoExtendDurationArb,
  decisionArb,
  gdapDurationArb,
  identifierArb,
  instantArb,
  invitablePartnerTypeArb,
  partnerCenterRoleArb,
  partnerTypeArb,
  policyArb,
  roleIdArb,
} from "./arbitraries.js";
/** @function */
export const accessAssignmentArb: typeof accessAssignmentArbStep = /* @__PURE__ */ total(
  accessAssignmentArbStep,
  asNothing,
  "status",
);
/** @function */
export const customerUserArb: typeof customerUserArbStep = /* @__PURE__ */ total(
  customerUserArbStep,
  asNothing,
  "tenant",
);
/** @function */
export const gdapRelationshipArb: typeof gdapRelationshipArbStep = /* @__PURE__ */ total(
  gdapRelationshipArbStep,
  asNothing,
  "status",
);
/** @function */
export const invitationArb: typeof invitationArbStep = /* @__PURE__ */ total(invitationArbStep, asNothing, "status");
/** @function */
export const partnerUserArb: typeof partnerUserArbStep = /* @__PURE__ */ total(
  partnerUserArbStep,
  asNothing,
  "partner",
);
/** @function */
export const relationshipArb: typeof relationshipArbStep = /* @__PURE__ */ total(
  relationshipArbStep,
  asNothing,
  "status",
);
export {
  CONFORMANCE_UNIVERSE,
  type CommandInput,
  type ConformanceModel,
  type ConformanceOptions,
  checkConformance,
  checkConformanceAsync,
  type HoldsRoleInput,
  type MaybePromise,
  type PartnerSystemAdapter,
  type SyncPartnerSystemAdapter,
  type UntimedCoreCommand,
  untimedCoreCommandArb,
} from "./conformance.js";
/** @function */
export const asyncConformanceCommands: typeof asyncConformanceCommandsStep = /* @__PURE__ */ total(
  asyncConformanceCommandsStep,
  asNothing,
  "options",
);
/** @function */
export const conformanceCommands: typeof conformanceCommandsStep = /* @__PURE__ */ total(
  conformanceCommandsStep,
  asNothing,
  "options",
);
/** @function */
export const conformanceSetup: typeof conformanceSetupStep = /* @__PURE__ */ total(
  conformanceSetupStep,
  asNothing,
  "real, options",
);
/** @function */
export const describeCommand: typeof describeCommandStep = /* @__PURE__ */ total(
  describeCommandStep,
  asPrinted,
  "command",
);
export {
  anyDomainCommandArb,
  domainHistoryArb,
  HISTORY_CUSTOMERS,
  HISTORY_PARTNERS,
  reachableStateArb,
  type UntimedDomainCommand,
  untimedDomainCommandArb,
  type ValidHistory,
  validHistoryArb,
} from "./histories.js";
/** @function */
export const acceptedHistory: typeof acceptedHistoryStep = /* @__PURE__ */ total(
  acceptedHistoryStep,
  asNothing,
  "history, policy",
);
export type { LibraryAdapter } from "./library-adapter.js";
/** @function */
export const libraryAdapter: typeof libraryAdapterStep = /* @__PURE__ */ total(
  libraryAdapterStep,
  asNothing,
  "policy, from",
);
export {
  ACCEPTED,
  MODEL_DEFAULT_POLICY,
  type ModelInvitation,
  type ModelPolicy,
  type ModelRelationship,
  type ModelState,
  type ModelStepResult,
  type Outcome,
  refused,
} from "./model.js";
/** @function */
export const initialModel: typeof initialModelStep = /* @__PURE__ */ total(initialModelStep, asNothing, "policy");
/** @function */
export const modelHoldsRole: typeof modelHoldsRoleStep = /* @__PURE__ */ total(
  modelHoldsRoleStep,
  asFalse,
  "state, customer, partner, role",
);
/** @function */
export const modelStep: typeof modelStepStep = /* @__PURE__ */ total(modelStepStep, asNothing, "state, command");
/** @function */
export const pairKey: typeof pairKeyStep = /* @__PURE__ */ total(pairKeyStep, asPrinted, "customer, partner");
