// Countries offered when a number is typed without +code, most callers' first (Latin America,
// Spain, the US); names come from Intl in the person's language (lib/format.ts countryName).
export const COUNTRIES = [
  "MX", "CO", "AR", "CL", "PE", "EC", "VE", "GT", "CR", "PA", "DO", "UY", "PY", "BO", "SV", "HN", "NI", "PR",
  "ES", "BR", "PT", "US", "CA", "GB",
] as const;
