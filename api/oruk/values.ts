/**
 * Small guards so the feed never publishes a value its schema's format would refuse: a field that fails is
 * left out rather than sent broken.
 */

/** An absolute http(s) URL, normalised (spaces and other unsafe characters percent-encoded); else undefined. */
export function webAddress(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

const EMAIL = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i;

/** An email address in the shape JSON Schema's `email` format accepts; else undefined. */
export function emailAddress(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed && EMAIL.test(trimmed) ? trimmed : undefined;
}

/** Text with something in it, trimmed; else undefined. */
export function text(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** `{ [key]: value }` when the value is present, else `{}`: for spreading optional fields into a record. */
export function optional<K extends string, V>(key: K, value: V | null | undefined): { [P in K]?: V } {
  return value === undefined || value === null ? {} : ({ [key]: value } as { [P in K]?: V });
}

/** A list field only when it has entries. */
export function list<K extends string, V>(key: K, values: V[]): { [P in K]?: V[] } {
  return values.length > 0 ? ({ [key]: values } as { [P in K]?: V[] }) : {};
}
