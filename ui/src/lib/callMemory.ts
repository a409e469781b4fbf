// What the Call screen remembers for next time (saved preferences): the last agent, number and
// zone, and the number "Test this agent" called. Conveniences: failing to save them must never
// disturb the call that was just placed.
import type { CallForm } from "./api";
import { updatePrefs } from "./prefs.svelte";

export async function rememberChoices(agentId: string, fromId: string, zone: string | null): Promise<void> {
  try {
    await updatePrefs([{ field: "last_choices", value: { agent_id: agentId || null, from_number_id: fromId || null, time_zone: zone } }]);
  } catch {
    // See above.
  }
}

export async function rememberTestTarget(form: CallForm): Promise<void> {
  try {
    await updatePrefs([{ field: "test_target", value: { number: form.test_number ?? "", name: form.contact_label, country: form.contact_country } }]);
  } catch {
    // See above.
  }
}
