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
}
