import { EDITABLE_FIELD_NAMES, type EditableField, type FieldChanges, type NodeDetail } from '../../api/types.ts';

/** Text as a form gives it back: Windows line ends made plain, spaces at either end trimmed (the API trims too). */
export const normalise = (text: string | null | undefined): string => (text ?? '').replace(/\r\n?/g, '\n').trim();

/** The current value of each editable field of an offer, as GET /api/nodes/:id gives it ('' when not stated). */
export function currentValues(node: NodeDetail): Record<EditableField, string> {
  const o = node.offer;
  return {
    summary: normalise(node.summary),
    description: normalise(node.description),
    eligibility: normalise(o?.access.eligibility),
    referral: normalise(o?.access.referral),
    costText: normalise(o?.cost.detail),
    waitingTime: normalise(o?.waitingTime),
    openingTimes: normalise(o?.contacts.openingTimes),
    website: normalise(o?.contacts.website),
    email: normalise(o?.contacts.email),
    phone: normalise(o?.contacts.phone),
  };
}

/** Only the fields whose value differs from the current one. Pure: `read` gives a field's value as typed. */
export function changedFields(current: Record<EditableField, string>, read: (field: EditableField) => string | null): FieldChanges {
  const changes: FieldChanges = {};
  for (const field of EDITABLE_FIELD_NAMES) {
    const typed = read(field);
    if (typed === null) continue;
    const value = normalise(typed);
    if (value !== current[field]) changes[field] = value;
  }
  return changes;
}
