import { cleanLine } from './text.ts';

/** Reports a problem with one field of the record being read (the record still lands). */
export type Warn = (message: string) => void;

export type JsonRecord = Record<string, unknown>;

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A list field, read leniently: a list as is; a single object where a list should be is taken as a list of one
 * (with a warning); anything else is ignored (with a warning unless it is empty).
 */
export function asList(value: unknown, field: string, warn: Warn): JsonRecord[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) {
    const items = value.filter(isRecord);
    if (items.length < value.length) warn(`${field}: ${value.length - items.length} entries were not objects and were skipped`);
    return items;
  }
  if (isRecord(value)) { warn(`${field} should be a list; read the single object as a list of one`); return [value]; }
  if (value !== '') warn(`${field} should be a list, not ${describe(value)}; ignored`);
  return [];
}

/** A whole number of years from 0 to 120 ("5", "5 years", 5.0; "18 months" → 1). Anything else → undefined + warning. */
export function toAge(value: unknown, field: string, warn: Warn): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  let years: number | undefined;
  if (typeof value === 'number') years = value;
  else if (typeof value === 'string') {
    const m = /^\s*(\d+(?:\.\d+)?)\s*(years?|yrs?|y|months?|m)?\s*(old)?\s*$/i.exec(value);
    if (m?.[1]) years = /^m/i.test(m[2] ?? '') ? Number(m[1]) / 12 : Number(m[1]);
  }
  if (years === undefined || !Number.isFinite(years) || years < 0 || years > 120) {
    warn(`${field}: "${String(cleanLine(value) ?? describe(value)).slice(0, 40)}" is not an age in years; ignored`);
    return undefined;
  }
  return Math.floor(years);
}

/** A number from a number or a numeric string; undefined otherwise. */
export function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value)) return Number(value);
  return undefined;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * An ISO date (YYYY-MM-DD) from the usual ways dates are written: ISO dates and date-times, DD/MM/YYYY,
 * DD-MM-YYYY, DD.MM.YYYY (UK order, never US) and "14 March 2026". Impossible dates → undefined + warning.
 */
export function toIsoDate(value: unknown, field: string, warn: Warn): string | undefined {
  const s = cleanLine(value);
  if (!s) return undefined;
  let y: number | undefined, m: number | undefined, d: number | undefined;
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(s);
  if (match) [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s))) [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  else if ((match = /^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9})\.?\s+(\d{4})$/i.exec(s))) {
    const month = MONTHS.indexOf((match[2] ?? '').slice(0, 3).toLowerCase());
    if (month >= 0) [d, m, y] = [Number(match[1]), month + 1, Number(match[3])];
  }
  if (y !== undefined && m !== undefined && d !== undefined) {
    const date = new Date(Date.UTC(y, m - 1, d));
    if (date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d && y >= 1900 && y <= 2200) {
      return date.toISOString().slice(0, 10);
    }
  }
  warn(`${field}: "${s.slice(0, 40)}" is not a date (use YYYY-MM-DD); ignored`);
  return undefined;
}

/** A web address: http(s) only (never javascript: or data:); "www.x.org" gains https://. */
export function toUrl(value: unknown, field: string, warn: Warn): string | undefined {
  const s = cleanLine(value);
  if (!s) return undefined;
  const candidate = /^www\./i.test(s) ? `https://${s}` : s;
  try {
    const url = new URL(candidate);
    if (url.protocol === 'http:' || url.protocol === 'https:') return candidate;
  } catch { /* reported below */ }
  warn(`${field}: "${s.slice(0, 60)}" is not a web address (http or https); ignored`);
  return undefined;
}

/** An email address (a light check: one @, no spaces); a "mailto:" prefix is removed. */
export function toEmail(value: unknown, field: string, warn: Warn): string | undefined {
  const s = cleanLine(value)?.replace(/^mailto:/i, '');
  if (!s) return undefined;
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s)) return s;
  warn(`${field}: "${s.slice(0, 60)}" is not an email address; ignored`);
  return undefined;
}

/** Describes a value's type in words, for messages. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return 'text';
  return `a ${typeof value}`;
}

/** Warns about each of `keys` that holds something other than text or a number (an object, a list, true/false). */
export function warnNonText(record: JsonRecord, keys: readonly string[], warn: Warn): void {
  for (const key of keys) {
    const v = record[key];
    if (v !== undefined && v !== null && typeof v !== 'string' && typeof v !== 'number') {
      warn(`${key} should be text, not ${describe(v)}; left out`);
    }
  }
}
