/**
 * The rule catalogue: every rule of the specification, by ID, with a one-line summary.
 *
 * Errors and decisions name the rules behind them with these IDs, so a UI or an audit
 * log can link an outcome to its rule. The full text of each rule is in the
 * "Rule catalogue" guide.
 *
 * @module
 */

/**
 * Every rule ID with its one-line summary.
 *
 * @example
 * ```ts
 * import { RULES } from "partner-relationships";
 * console.log(RULES["TYPE-2"]);
 * // "A customer can delete a relationship only where every capacity is Delegated administrator or Advisor."
 * ```
 */
export const RULES = {
  "ACT-1": "Customer-side steps need a customer admin holding Global Administrator or Billing Administrator.",
  "ACT-2": "Seeing which partners hold delegated admin privileges needs Global Administrator.",
  "ACT-3":
    "A relationship request needs the Partner Center role Admin agent or Sales agent; a GDAP request needs Admin agent.",
  "ACT-4":
    "Approving GDAP needs a customer Global Administrator; the partner (Admin agent) or the customer (ACT-1) sets auto-extend.",
  "TYPE-1": "The catalogue of partner types, what each does and the roles it holds.",
  "TYPE-2": "A customer can delete a relationship only where every capacity is Delegated administrator or Advisor.",
  "INV-1": "Invitations go pending → accepted | cancelled | expired; terminal states never change again.",
  "INV-2": "Accepting needs the agreement acknowledged and grants all requested roles; no partial acceptance.",
  "INV-3": "Cancelling an invitation creates no relationship and grants no role.",
  "INV-4": "An invitation not answered within the policy's lifetime expires.",
  "MCA-1":
    "A partner purchases or manages subscriptions only after the customer accepted the Microsoft Customer Agreement.",
  "MCA-2": "The agreement can be accepted on its own; accepting it again changes nothing.",
  "REL-1": "One relationship per customer–partner pair; a further invitation adds its capacity and roles.",
  "REL-2": "An accepted relationship puts the customer on the partner's customer list; an ended one does not.",
  "REL-3": "The partner can end a relationship of any type.",
  "DAP-1":
    "Delegated admin privileges: Admin Agents hold Global Administrator, Helpdesk Agents hold Helpdesk Administrator.",
  "DAP-2": "Removing admin roles removes every role assignment and keeps the relationship and its capacities.",
  "DAP-3": "Partner role assignments are implicit: directory role members do not list the partner.",
  "DAP-4": "After admin roles are removed the partner still owes support under the Cloud Reseller Agreement.",
  "GDAP-1": "GDAP relationship statuses and the steps between them, as Microsoft Graph names them.",
  "GDAP-2": "GDAP duration P1D…P2Y; auto-extend PT0S or P180D; never with Global Administrator.",
  "GDAP-3": "GDAP display name: at most 50 characters, unique among the partner's relationships.",
  "GDAP-4": "A GDAP relationship without a customer binds the customer that approves it.",
  "GDAP-5": "An unapproved GDAP request expires after 90 days.",
  "GDAP-6": "Access assignments give a partner group a subset of an active relationship's roles.",
  "GDAP-7": "Effective access at t needs an active assignment on a relationship active at t.",
  "GDAP-8": "A GDAP action carried by a request is in force only once the request succeeded.",
  "GDAP-9": "A GDAP change carried by an operation: old roles stay until it succeeds; nothing changes if it fails.",
  "GDAP-10": "A reseller relationship grants the indirect reseller nothing until it consents (approve or reject).",
  "GDAP-11":
    "Graph payloads are read as Microsoft documents them; role IDs compare case-insensitively and have Entra's names.",
  "GDAP-12": "Each partner step on GDAP is one Graph request: method, path, If-Match where required, documented body.",
  "AZ-1": "Accepting DAP gives no access to existing Azure subscriptions.",
  "AZ-2": "A subscription the partner provisions gives its Admin Agents group Owner.",
  "AZ-3": "Removing DAP does not remove Azure role assignments.",
  "AP-1": "A partner keeping a reseller relationship manages Autopilot profiles without DAP.",
  "AP-2": "A partner manages devices it or another partner added, not ones the customer added.",
  "AP-3": "Announced Autopilot policy: profile changes and removing others' devices need DAP.",
  "AP-4": "An OEM registers devices without any permission in the tenant.",
  "AOBO-1":
    "Admin on behalf of: no Purchase services, Products or Billing & payments pages; Licenses and Billing notifications stay.",
  "AOBO-2":
    "Managing domain subscriptions needs a customer account with Domain Name Administrator and Billing Administrator.",
  "MPSA-1": "MPSA partners may be allowed to see each other's purchases.",
  "AUDIT-1": "Audit: active relationships ending within 30, 7, 1 days without auto-extend; expired within 365 days.",
  "AUDIT-2": "Audit: Global Administrator blocks auto-extend (remove it, then set P180D); auto-extend off.",
  "AUDIT-3": "Audit: active relationships without an active access assignment; roles no assignment uses.",
  "AUDIT-4": "Audit: Global, Privileged Role and Privileged Authentication Administrator held through GDAP.",
  "AUDIT-5": "Audit: requests within 14 days of their 90-day expiry; relationships left in created.",
  "AUDIT-6": "Audit: Microsoft-led transition relationships (MLT_) still active.",
  "AUDIT-7": "Audit: customers of the partner with no active GDAP relationship.",
  "INVAR-1": "No privilege without consent.",
  "INVAR-2": "Final states never change again.",
  "INVAR-3": "A refused step returns an error value, leaves its input untouched and throws nothing.",
  "INVAR-4": "Same input, same output: no clock, randomness or I/O.",
  "INVAR-5": "Replaying events gives back the same state; serialising and parsing gives back the same value.",
  "INVAR-6": "Parsing untrusted input never throws and never touches prototypes.",
  "INVAR-7":
    "A history cannot grant what the rules forbid: an event the rules could not have produced changes nothing.",
  "INVAR-8":
    "Every exported function answers any value in any argument with its error value or answer, never a throw, at linear cost.",
} as const satisfies Readonly<Record<string, string>>;

/** The ID of a rule of the specification, such as `"TYPE-2"`. */
export type RuleId = keyof typeof RULES;

/** Every rule ID, in catalogue order. */
export const RULE_IDS: readonly RuleId[] = /* @__PURE__ */ Object.keys(RULES) as RuleId[];

/**
 * Whether a string is the ID of a rule in the catalogue.
 *
 * @param value - any string
 * @returns `true` when `value` is a {@link RuleId}
 */
export function isRuleId(value: string): value is RuleId {
  return typeof value === "string" && Object.hasOwn(RULES, value);
}
