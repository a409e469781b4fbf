// A Svelte action that makes a row of `role="radio"` buttons behave as a WAI-ARIA radio group:
// only the checked radio (or the first, when none is) is in the Tab order (roving tabindex), and
// the arrow keys, Home and End move to another enabled radio, focus it and choose it (by clicking
// it, so the buttons keep their own onclick). Disabled radios are skipped.

const NEXT = new Set(["ArrowRight", "ArrowDown"]);
const PREVIOUS = new Set(["ArrowLeft", "ArrowUp"]);

function radiosIn(group: HTMLElement): HTMLButtonElement[] {
  return Array.from(group.querySelectorAll<HTMLButtonElement>('[role="radio"]'));
}

/** Puts exactly one radio of the group in the Tab order: the checked one, else the first enabled. */
export function syncTabStops(group: HTMLElement): void {
  const radios = radiosIn(group);
  const enabled = radios.filter((r) => !r.disabled);
  const stop = enabled.find((r) => r.getAttribute("aria-checked") === "true") ?? enabled[0];
  for (const radio of radios) radio.tabIndex = radio === stop ? 0 : -1;
}

/** The radio an arrow key (or Home/End) moves to from `current`, wrapping; null for other keys. */
export function radioTarget(radios: HTMLButtonElement[], current: HTMLButtonElement, key: string): HTMLButtonElement | null {
  const enabled = radios.filter((r) => !r.disabled);
  if (enabled.length === 0) return null;
  if (key === "Home") return enabled[0];
  if (key === "End") return enabled[enabled.length - 1];
  const at = enabled.indexOf(current);
  if (NEXT.has(key)) return enabled[(at + 1) % enabled.length];
  if (PREVIOUS.has(key)) return enabled[(at - 1 + enabled.length) % enabled.length];
  return null;
}

export function radioGroup(group: HTMLElement) {
  function onKeydown(event: KeyboardEvent) {
    const current = (event.target as HTMLElement).closest<HTMLButtonElement>('[role="radio"]');
    if (!current || !group.contains(current)) return;
    const target = radioTarget(radiosIn(group), current, event.key);
    if (!target) return;
    event.preventDefault();
    target.focus();
    if (target.getAttribute("aria-checked") !== "true") target.click();
  }
  syncTabStops(group);
  // aria-checked and disabled change as the app answers; keep the Tab stop on the checked radio.
  const observer = new MutationObserver(() => syncTabStops(group));
  observer.observe(group, { subtree: true, childList: true, attributes: true, attributeFilter: ["aria-checked", "disabled"] });
  group.addEventListener("keydown", onKeydown);
  return {
    destroy() {
      observer.disconnect();
      group.removeEventListener("keydown", onKeydown);
    },
  };
}
