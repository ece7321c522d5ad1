/**
 * Transition tables: each lifecycle of the library as data (from, step, to, who, rules),
 * so that documentation diagrams are generated from the code and tests check that the
 * steps do exactly what the tables say.
 *
 * @module
 */
import type { RuleId } from "./rules.js";

/** Who takes a step: the customer, the partner, either, or the passing of time. */
export type StepActor = "customer" | "partner" | "customer or partner" | "time";

/** One edge of a lifecycle. */
export interface Transition<S extends string> {
  /** The status the step starts from. */
  readonly from: S;
  /** The status it ends in. */
  readonly to: S;
  /** The step: the library function that takes it. */
  readonly step: string;
  /** Who takes it. */
  readonly by: StepActor;
  /** The rules that govern it. */
  readonly rules: readonly RuleId[];
}

/** A step that removes an entity: it leaves no status behind (e.g. deleting a `created` GDAP relationship). */
export interface Removal<S extends string> {
  /** The status the step starts from. */
  readonly from: S;
  /** The step: the library function that takes it. */
  readonly step: string;
  /** Who takes it. */
  readonly by: StepActor;
  /** The rules that govern it. */
  readonly rules: readonly RuleId[];
}

/** A lifecycle: its statuses, where it starts, which statuses are final, and its edges. */
export interface Lifecycle<S extends string> {
  /** A name for diagrams and docs. */
  readonly name: string;
  /** Every status, in order. */
  readonly statuses: readonly S[];
  /** The status a new entity has, and the step that creates it. */
  readonly initial: {
    /** The status of a new entity. */
    readonly status: S;
    /** The step that creates it: the library function that takes it. */
    readonly step: string;
    /** Who takes that step. */
    readonly by: StepActor;
  };
  /** Statuses no step leaves (INVAR-2). */
  readonly final: readonly S[];
  /** The edges. */
  readonly transitions: readonly Transition<S>[];
  /** The steps that remove the entity, from the statuses they are allowed in. */
  readonly removals?: readonly Removal<S>[];
}

/** The steps of a lifecycle table, as a type: its creating step and every edge's. */
export type StepOf<L> = (L extends { readonly initial: { readonly step: infer I } } ? I : never) | StepName<EdgeOf<L>>;

/** The step of an edge or removal (distributes over a union of them). */
type StepName<E> = E extends { readonly step: infer Step } ? Step : never;

/** The edges and removals of a lifecycle table declared `as const`. */
type EdgeOf<L> =
  | (L extends { readonly transitions: readonly (infer T)[] } ? T : never)
  | (L extends { readonly removals: readonly (infer R)[] } ? R : never);

/**
 * The statuses a step starts from in a lifecycle table declared `as const`, as a type:
 * `StepFrom<typeof TABLE, "lockGdapForApproval">` is `"created"`.
 */
export type StepFrom<L, Step> = FromOf<EdgeOf<L>, Step>;

/** The start status of the edges and removals of a step (distributes over a union of them). */
type FromOf<E, Step> = E extends { readonly step: Step; readonly from: infer From } ? From : never;

/**
 * The statuses each step of a lifecycle starts from, read from its edges in table order
 * and removals (each once), so that a step, the decider and the diagrams take them from one table.
 * Steps with no edge (the creating step) are absent.
 *
 * @param lifecycle - the table
 * @returns for each step, the statuses it is allowed from
 *
 * @example
 * ```ts
 * allowedStatusesByStep(GDAP_LIFECYCLE).get("completeGdapTermination"); // ["terminationRequested", "terminating"]
 * ```
 */
export function allowedStatusesByStep<S extends string>(lifecycle: Lifecycle<S>): ReadonlyMap<string, readonly S[]> {
  const allowed = new Map<string, S[]>();
  for (const { step, from } of [...lifecycle.transitions, ...(lifecycle.removals ?? [])]) {
    const statuses = allowed.get(step);
    if (statuses === undefined) allowed.set(step, [from]);
    else if (!statuses.includes(from)) statuses.push(from);
  }
  return allowed;
}
