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
export {
  accessAssignmentArb,
  actorArb,
  autoExtendDurationArb,
  customerUserArb,
  decisionArb,
  gdapDurationArb,
  gdapRelationshipArb,
  identifierArb,
  instantArb,
  invitablePartnerTypeArb,
  invitationArb,
  partnerCenterRoleArb,
  partnerTypeArb,
  partnerUserArb,
  policyArb,
  relationshipArb,
  roleIdArb,
} from "./arbitraries.js";
export {
  asyncConformanceCommands,
  CONFORMANCE_UNIVERSE,
  type CommandInput,
  type ConformanceModel,
  type ConformanceOptions,
  checkConformance,
  checkConformanceAsync,
  conformanceCommands,
  conformanceSetup,
  describeCommand,
  type HoldsRoleInput,
  type MaybePromise,
  type PartnerSystemAdapter,
  type SyncPartnerSystemAdapter,
  type UntimedCoreCommand,
  untimedCoreCommandArb,
} from "./conformance.js";
export {
  acceptedHistory,
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
export { type LibraryAdapter, libraryAdapter } from "./library-adapter.js";
export {
  ACCEPTED,
  initialModel,
  MODEL_DEFAULT_POLICY,
  type ModelInvitation,
  type ModelPolicy,
  type ModelRelationship,
  type ModelState,
  type ModelStepResult,
  modelHoldsRole,
  modelStep,
  type Outcome,
  pairKey,
  refused,
} from "./model.js";
