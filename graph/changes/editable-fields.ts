/** The offer properties a provider may propose to change (reviewed before they go live). Keys are Offer node properties. */
export const EDITABLE_FIELDS = {
  summary: 'Short summary',
  description: 'Description',
  eligibility: 'Who can use it',
  referral: 'How to get it',
  costText: 'Cost',
  waitingTime: 'Waiting time',
  openingTimes: 'Opening times',
  website: 'Website',
  email: 'Email',
  phone: 'Phone',
} as const;

export type EditableField = keyof typeof EDITABLE_FIELDS;
export const EDITABLE_FIELD_NAMES = Object.keys(EDITABLE_FIELDS) as [EditableField, ...EditableField[]];
