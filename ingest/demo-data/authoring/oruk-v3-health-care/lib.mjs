// Small helpers for writing schedule entries in the hand-written service files (entries/*.mjs).
// They only save typing: the words (description, notes) are always written per service.

const WEEKDAYS = 'MO,TU,WE,TH,FR';

/** Weekly opening on weekdays. */
export function weekdays(open, close, description, extra = {}) {
  return { freq: 'WEEKLY', byday: WEEKDAYS, open, close, description, ...extra };
}

/** Weekly on given days (e.g. 'SA' or 'TU,TH'). */
export function weekly(byday, open, close, description, extra = {}) {
  return { freq: 'WEEKLY', byday, open, close, description, ...extra };
}

/** Monthly on e.g. '1WE' (first Wednesday) or '-1FR' (last Friday). */
export function monthly(byday, open, close, description, extra = {}) {
  return { freq: 'MONTHLY', byday, open, close, description, ...extra };
}

/** A schedule known only as words (e.g. "by appointment"). */
export function words(description, extra = {}) {
  return { description, ...extra };
}
