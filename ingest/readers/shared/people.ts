import type { OfferContact } from '../../../ontology/offer.ts';
import { cleanBlock, cleanLine, unique } from './text.ts';
import { asList, toEmail, type JsonRecord, type Warn } from './values.ts';

/**
 * Contacts, languages and accessibility lists as the JSON formats (ORUK v3, v1, Outpost) write them.
 */

/** Contacts with their phones: one entry per phone number, so that no number is lost. */
export function contactsFrom(rows: JsonRecord[], warn: Warn): OfferContact[] {
  const out: OfferContact[] = [];
  rows.forEach((c, i) => {
    const name = cleanLine(c.name);
    const role = cleanLine(c.title) ?? cleanLine(c.department);
    const email = toEmail(c.email, `contacts[${i}].email`, warn);
    const phones = unique([
      ...asList(c.phones, `contacts[${i}].phones`, warn).map((p) => cleanLine(p.number)),
      cleanLine(c.phone),
    ]);
    const base: OfferContact = { ...(name ? { name } : {}), ...(role ? { role } : {}), ...(email ? { email } : {}) };
    if (phones.length === 0 && (name || role || email)) out.push(base);
    for (const phone of phones) out.push({ ...base, phone });
  });
  return out;
}

const languageNames = new Intl.DisplayNames(['en-GB'], { type: 'language' });

/** Language names from language rows ({name}, {language}, {code}); ISO codes become names ("pl" → "Polish"). */
export function languagesFrom(rows: JsonRecord[]): string[] {
  return unique(rows.map((l) => {
    const name = cleanLine(l.name) ?? cleanLine(l.language);
    if (name && !/^[a-z]{2,3}(-[A-Za-z]{2,4})?$/.test(name)) return name;
    const code = name ?? cleanLine(l.code);
    if (!code) return undefined;
    try {
      return languageNames.of(code) ?? code;
    } catch {
      return code;
    }
  }));
}

/**
 * Accessibility entries from rows with description/accessibility/details (or Outpost's name/label): a long
 * description (over 300 characters) is split into its sentences, so each entry stays a listable feature.
 */
export function accessibilityFrom(rows: JsonRecord[]): string[] {
  const out: Array<string | undefined> = [];
  for (const a of rows) {
    for (const text of unique([cleanBlock(a.description), cleanBlock(a.accessibility), cleanLine(a.name), cleanLine(a.label)])) {
      if (text.length <= 300) out.push(text.replace(/\s+/g, ' '));
      else out.push(...text.split(/(?<=[.;!?])\s+/).map((s) => cleanLine(s)));
    }
    out.push(cleanLine(a.details));
  }
  return unique(out);
}
