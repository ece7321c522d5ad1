/**
 * Renders a lifecycle table of the library (`Lifecycle`) as a Mermaid `stateDiagram-v2`,
 * so the diagrams in docs/ are drawn from the same data the tests check the steps against.
 */
import type { Lifecycle, Removal, Transition } from "partner-relationships";

/** The label of an edge: `step (by) [rules]`. */
export function edgeLabel(transition: Transition<string> | Removal<string>): string {
  const rules = transition.rules.length === 0 ? "" : ` [${transition.rules.join(", ")}]`;
  return `${transition.step} (${transition.by})${rules}`;
}

// Mermaid ends a label at a newline or `;`, starts a comment at `%%`, and reads `:` as a
// separator; state IDs must be plain words. The tables only ever hold such text: refuse
// anything else rather than draw a diagram Mermaid would misread.
const STATE_ID = /^[A-Za-z][A-Za-z0-9_]*$/;
const UNSAFE_LABEL = /[\n\r;:#%{}"]/;

function checkState(name: string, status: string): string {
  if (!STATE_ID.test(status)) throw new Error(`${name}: status ${JSON.stringify(status)} is not a Mermaid state ID`);
  return status;
}

function checkLabel(name: string, label: string): string {
  if (UNSAFE_LABEL.test(label))
    throw new Error(`${name}: label ${JSON.stringify(label)} has a character Mermaid misreads`);
  return label;
}

/**
 * The lifecycle as a Mermaid state diagram: every status declared in table order, the
 * creating step from `[*]`, one edge per transition labelled `step (by) [rules]`, one
 * labelled edge to `[*]` per step that removes the entity, and an edge to `[*]` from
 * every final status.
 */
export function lifecycleToMermaid(lifecycle: Lifecycle<string>): string {
  const { name } = lifecycle;
  const lines = ["stateDiagram-v2"];
  for (const status of lifecycle.statuses) lines.push(`  ${checkState(name, status)}`);
  const { initial } = lifecycle;
  lines.push(`  [*] --> ${checkState(name, initial.status)} : ${checkLabel(name, `${initial.step} (${initial.by})`)}`);
  for (const transition of lifecycle.transitions) {
    const from = checkState(name, transition.from);
    const to = checkState(name, transition.to);
    lines.push(`  ${from} --> ${to} : ${checkLabel(name, edgeLabel(transition))}`);
  }
  for (const removal of lifecycle.removals ?? []) {
    const from = checkState(name, removal.from);
    lines.push(`  ${from} --> [*] : ${checkLabel(name, edgeLabel(removal))}`);
  }
  for (const status of lifecycle.final) lines.push(`  ${checkState(name, status)} --> [*]`);
  return lines.join("\n");
}
