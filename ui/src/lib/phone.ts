//! The country calling code of an E.164 number ("+52 55 1234 5678" → "52"), used to suggest a
//! From number in the contact's country. ITU codes are prefix-free: 1 and 7 are the only
//! one-digit codes, the two-digit ones are listed below, every other code has three digits.
// Why here: Rust knows calling codes per country but doesn't send them with contacts or numbers;
// if it starts to, use that field and delete this file.

const TWO_DIGIT = new Set(
  "20 27 30 31 32 33 34 36 39 40 41 43 44 45 46 47 48 49 51 52 53 54 55 56 57 58 60 61 62 63 64 65 66 81 82 84 86 90 91 92 93 94 95 98".split(" "),
);

/** The calling code of `phone` (digits only), or null when it isn't an international number. */
export function callingCode(phone: string): string | null {
  const t = phone.trim();
  if (!t.startsWith("+")) return null;
  const digits = t.replace(/\D/g, "");
  if (digits.length < 4) return null;
  if (digits[0] === "1" || digits[0] === "7") return digits[0];
  if (TWO_DIGIT.has(digits.slice(0, 2))) return digits.slice(0, 2);
  return digits.slice(0, 3);
}

/** The first outbound number sharing the contact's calling code, if any. */
export function numberForContact<N extends { id: string; phone_number: string; kind: string }>(
  numbers: N[],
  contactPhone: string,
): N | null {
  const code = callingCode(contactPhone);
  if (!code) return null;
  return numbers.find((n) => n.kind === "outbound" && callingCode(n.phone_number) === code) ?? null;
}
