// Countries offered when a number is typed without +code, most callers' first (Latin America,
// Spain, the US), with their calling codes so "Test this agent" can suggest a From number in
// the same country, as the contact picker does. Names come from Intl in the person's language
// (lib/format.ts countryName).
export const CALLING_CODES = {
  MX: 52, CO: 57, AR: 54, CL: 56, PE: 51, EC: 593, VE: 58, GT: 502, CR: 506, PA: 507, DO: 1, UY: 598,
  PY: 595, BO: 591, SV: 503, HN: 504, NI: 505, PR: 1, ES: 34, BR: 55, PT: 351, US: 1, CA: 1, GB: 44,
} as const;

export type CountryCode = keyof typeof CALLING_CODES;
export const COUNTRIES = Object.keys(CALLING_CODES) as CountryCode[];
