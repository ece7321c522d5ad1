/**
 * The checking replay (INVAR-7): replays a stored history as {@link replay} does, and
 * reports every event it set aside, with its index, type, rule and reason, so an audit
 * can show where a log was tampered with or damaged.
 *
 * @module
 */
import { err, ok, type Result } from "neverthrow";
import { applyEvent } from "../decider.js";
import type { DomainEvent } from "../events.js";
import { DEFAULT_POLICY, type Policy } from "../policy.js";
import { type DomainState, initialState } from "../state.js";
import type { RuleId } from "../vocabulary/rules.js";
import { draftOf } from "./writer.js";

/** An event of a history that the rules could not have produced from the state it met. */
export interface SetAsideEvent {
  /** Its position in the history, from 0. */
  readonly index: number;
  /** Its `type`, as the history gave it (`"unknown"` when it had none). */
  readonly type: string;
  /** The rule it breaks. */
  readonly rule: RuleId;
  /** Why, in words. */
  readonly reason: string;
}

/**
 * A history with events the rules could not have produced (INVAR-7): every such event,
 * oldest first, and the state the other events lead to (the state {@link replay} gives).
 */
export interface HistoryRejected {
  /** Discriminant. */
  readonly code: "history_rejected";
  /** Always `"INVAR-7"`. */
  readonly rule: "INVAR-7";
  /** Every event set aside, in history order. */
  readonly setAside: readonly SetAsideEvent[];
  /** The state the history leads to without them. */
  readonly state: DomainState;
  /** A summary naming the first event set aside. */
  readonly message: string;
}

/**
 * Replays a history as {@link replay} does, checking each event with the steps' own
 * tests (INVAR-7): `Ok` with the state when every event fits the state it meets, `Err`
 * with every event set aside (index, type, rule, reason) and the state the others lead
 * to otherwise. The state is always the one `replay(events, from)` gives under the same
 * policy. GDAP and deletion limits are the policy's (default {@link DEFAULT_POLICY}, the
 * one `evolve` and `replay` use); pass the policy of the edition that made the history.
 *
 * @param events - the history, oldest first
 * @param from - the state to start from (default {@link initialState})
 * @param policy - the policy the history was made under
 * @returns the state, or why some events were set aside
 *
 * @example
 * ```ts
 * replayChecked(storedEvents).match(
 *   (state) => state,
 *   (rejected) => {
 *     for (const event of rejected.setAside) audit.flag(event.index, event.rule, event.reason);
 *     return rejected.state;
 *   },
 * );
 * ```
 */
export function replayChecked(
  events: Iterable<DomainEvent>,
  from: DomainState = initialState,
  policy: Policy = DEFAULT_POLICY,
): Result<DomainState, HistoryRejected> {
  const draft = draftOf(from);
  const state = draft.state;
  const setAside: SetAsideEvent[] = [];
  let index = 0;
  for (const event of events) {
    const refused = applyEvent(state, event, draft, policy);
    if (refused !== undefined) setAside.push({ index, type: typeName(event), ...refused });
    index++;
  }
  const replayed = draft.finish();
  const first = setAside[0];
  if (first === undefined) return ok(replayed);
  return err({
    code: "history_rejected",
    rule: "INVAR-7",
    setAside,
    state: replayed,
    message: `${setAside.length} event${setAside.length === 1 ? "" : "s"} of the history could not have come from the steps and changed nothing; the first, at index ${first.index} (${first.type}), breaks ${first.rule}: ${first.reason}`,
  });
}

function typeName(event: unknown): string {
  const type = typeof event === "object" && event !== null ? (event as { readonly type?: unknown }).type : undefined;
  return typeof type === "string" ? type.slice(0, 100) : "unknown";
}
