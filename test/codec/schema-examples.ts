/** The domain types the schema toolkit's tests declare schemas for (runtime and type tests alike). */

/** A role granted at an instant, with an optional note. */
export interface Grant {
  readonly role: string;
  readonly grantedAt: number;
  readonly note?: string;
}

/** A tagged union with a variant of no fields and one with an array and a nullable field. */
export type Access =
  | { readonly kind: "none" }
  | { readonly kind: "granted"; readonly grants: readonly Grant[]; readonly owner: string | null };
