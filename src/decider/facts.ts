/**
 * The decider for Azure subscriptions (AZ-1…AZ-3), Windows Autopilot devices (AP-2,
 * AP-4) and MPSA purchase sharing (MPSA-1). Their events carry the entity as the step
 * left it, so `applyFactEvent` sets it as it is.
 *
 * @module
 */
import type { Result } from "neverthrow";
import type { FactCommand } from "../commands.js";
import type { DomainError } from "../errors.js";
import type { DomainEvent, FactEvent } from "../events.js";
import { canRegisterDevices, registerAutopilotDevice } from "../facts/autopilot.js";
import {
  assignAzureRole,
  azureChangeRefusal,
  provisionSubscription,
  recordCustomerSubscription,
  removeAzureRoleAssignment,
} from "../facts/azure.js";
import { setMpsaPurchaseSharing } from "../facts/mpsa.js";
import { describeInstant, type EventRefusal, malformedEvent, refusal } from "../history.js";
import { agreementOf, type DomainState, mpsaSharingOf, relationshipOf, relationshipsOfCustomer } from "../state.js";
import { known, knownRelationship, unused } from "./lookup.js";
import { carries, type Writer } from "./writer.js";

/** The command types this module decides: a new command is listed here, next to its case below. */
export const FACT_COMMANDS: { readonly [T in FactCommand["type"]]: true } = {
  RecordAzureSubscription: true,
  ProvisionAzureSubscription: true,
  AssignAzureRole: true,
  RemoveAzureRoleAssignment: true,
  RegisterAutopilotDevice: true,
  SetMpsaPurchaseSharing: true,
};

/** The event types this module applies: a new event is listed here, next to its case below. */
export const FACT_EVENTS: { readonly [T in FactEvent["type"]]: true } = {
  AzureSubscriptionRecorded: true,
  AzureSubscriptionProvisioned: true,
  AzureRoleAssigned: true,
  AzureRoleAssignmentRemoved: true,
  AutopilotDeviceRegistered: true,
  MpsaPurchaseSharingSet: true,
};

/**
 * Decides a command about Azure, Autopilot or MPSA facts.
 *
 * @param command - the command
 * @param state - the state
 */
export function decideFact(command: FactCommand, state: DomainState): Result<readonly DomainEvent[], DomainError> {
  switch (command.type) {
    case "RecordAzureSubscription":
      return unused(state.azureSubscriptions, command.id, "AZ-1", "Azure subscription")
        .andThen(() => recordCustomerSubscription(command))
        .map((subscription) => [{ type: "AzureSubscriptionRecorded", at: command.at, subscription }]);
    case "ProvisionAzureSubscription": {
      return knownRelationship(state, command.customer, command.partner, "AZ-2")
        .andThen((relationship) =>
          unused(state.azureSubscriptions, command.id, "AZ-2", "Azure subscription").map(() => relationship),
        )
        .andThen((relationship) =>
          provisionSubscription({ ...command, relationship, agreement: agreementOf(state, command.customer) }),
        )
        .map((subscription) => [{ type: "AzureSubscriptionProvisioned", at: command.at, subscription }]);
    }
    case "AssignAzureRole":
    case "RemoveAzureRoleAssignment":
      return known(
        state.azureSubscriptions,
        command.subscription,
        "AZ-3",
        "subscription",
        "an Azure subscription",
      ).andThen((subscription) => {
        const step =
          command.type === "AssignAzureRole"
            ? assignAzureRole(subscription, command)
            : removeAzureRoleAssignment(subscription, command);
        const type = command.type === "AssignAzureRole" ? "AzureRoleAssigned" : "AzureRoleAssignmentRemoved";
        return step.map((after): readonly DomainEvent[] =>
          after === subscription ? [] : [{ type, at: command.at, subscription: after }],
        );
      });
    case "RegisterAutopilotDevice":
      return unused(state.autopilotDevices, command.id, "AP-2", "Autopilot device")
        .andThen(() =>
          registerAutopilotDevice({ ...command, relationships: relationshipsOfCustomer(state, command.customer) }),
        )
        .map((device) => [{ type: "AutopilotDeviceRegistered", at: command.at, device }]);
    case "SetMpsaPurchaseSharing": {
      const current = mpsaSharingOf(state, command.customer);
      return setMpsaPurchaseSharing(current, command).map((setting): readonly DomainEvent[] =>
        setting === current ? [] : [{ type: "MpsaPurchaseSharingSet", at: command.at, setting }],
      );
    }
  }
}

const AZURE_EVENT_STEPS = {
  AzureSubscriptionRecorded: "record",
  AzureSubscriptionProvisioned: "provision",
  AzureRoleAssigned: "assign",
  AzureRoleAssignmentRemoved: "remove",
} as const;

/**
 * Applies a fact event when it could have come from the steps (INVAR-7): an Azure
 * subscription's change as {@link azureChangeRefusal} checks it (AZ-1…AZ-3), a registered
 * device with a new ID. Otherwise the state is unchanged and the answer says why.
 *
 * @param state - the state to read
 * @param event - the event
 * @param write - where to write the changes
 * @returns why the event was set aside, or `undefined` when it was applied
 */
export function applyFactEvent(state: DomainState, event: FactEvent, write: Writer): EventRefusal | undefined {
  switch (event.type) {
    case "AutopilotDeviceRegistered":
      if (!carries(event, "device")) return malformedEvent(event);
      if (state.autopilotDevices.has(event.device.id))
        return refusal("AP-2", `A device with ID ${event.device.id} was already registered.`);
      {
        // The step's own question (AP-4): a partner or an OEM registers only where it may.
        const source = event.device.addedBy;
        if (source.kind !== "customer") {
          const decision = canRegisterDevices({
            partner: source.partner,
            customer: event.device.customer,
            relationships: relationshipsOfCustomer(state, event.device.customer),
          });
          if (!decision.allowed) return refusal("AP-4", decision.reasons.join(" "));
        }
      }
      write.set("autopilotDevices", event.device.id, event.device);
      return undefined;
    case "MpsaPurchaseSharingSet": {
      if (!carries(event, "setting", "customer")) return malformedEvent(event);
      // Time order, as the step checks it: no change before the setting's last one.
      const since = state.mpsaSharing.get(event.setting.customer)?.changed?.at;
      const changed = event.setting.changed?.at;
      if ((since !== undefined && event.at < since) || (changed !== undefined && changed > event.at))
        return refusal(
          "MPSA-1",
          `The setting changes at ${describeInstant(event.at)}, before its last change (${describeInstant(changed !== undefined && changed > event.at ? changed : since)}).`,
        );
      write.set("mpsaSharing", event.setting.customer, event.setting);
      return undefined;
    }
    case "AzureSubscriptionRecorded":
    case "AzureSubscriptionProvisioned":
    case "AzureRoleAssigned":
    case "AzureRoleAssignmentRemoved": {
      if (!carries(event, "subscription")) return malformedEvent(event);
      const next = event.subscription;
      const partner = next.provisionedBy;
      const refused = azureChangeRefusal(
        state.azureSubscriptions.get(next.id),
        next,
        AZURE_EVENT_STEPS[event.type],
        event.at,
        partner === undefined ? undefined : relationshipOf(state, next.customer, partner),
        agreementOf(state, next.customer),
      );
      if (refused === undefined) write.set("azureSubscriptions", next.id, next);
      return refused;
    }
    default:
      return malformedEvent(event);
  }
}
