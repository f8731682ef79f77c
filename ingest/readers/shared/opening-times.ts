import { cleanBlock, cleanLine, joinBlocks, unique } from './text.ts';
import { isRecord, toNumber, type JsonRecord } from './values.ts';

/**
 * Opening times in words, from the schedule tables of ORUK v3 (RFC 5545 rules: freq, byday, bymonthday),
 * ORUK v1 and Outpost (weekday + opens_at/closes_at): "Monday to Friday, 9am to 4.30pm".
 */

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const ORDINALS: Record<string, string> = { '1': 'first', '2': 'second', '3': 'third', '4': 'fourth', '5': 'fifth', '-1': 'last' };

/** "10:00:00" → "10am", "18:30" → "6.30pm", "12:00" → "12 noon". */
export function clockTime(value: unknown): string | undefined {
  const m = /^\s*(\d{1,2})(?::|\.)(\d{2})/.exec(typeof value === 'string' ? value : '');
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = m[2] ?? '00';
  if (h > 24 || Number(min) > 59) return undefined;
  if (h === 12 && min === '00') return '12 noon';
  if ((h === 0 || h === 24) && min === '00') return 'midnight';
  const suffix = h >= 12 && h < 24 ? 'pm' : 'am';
  const h12 = h % 12 === 0 ? 12 : h % 12;
  return `${h12}${min === '00' ? '' : `.${min}`}${suffix}`;
}

/** A day index (0 = Monday) from "Monday", "mon", "MO", 1..7 (1 = Monday). */
function dayIndex(value: unknown): number | undefined {
  const n = toNumber(value);
  if (n !== undefined) return n >= 1 && n <= 7 ? n - 1 : undefined;
  const s = typeof value === 'string' ? value.trim().toLowerCase() : '';
  if (!s) return undefined;
  const i = DAYS.findIndex((d) => d.toLowerCase().startsWith(s.slice(0, 3)) && s.length >= 2);
  return i >= 0 ? i : CODES.indexOf(s.toUpperCase());
}

/** "Monday to Friday" for a run of three or more days; otherwise "Monday, Wednesday and Friday". */
export function dayList(indices: number[]): string {
  const days = [...new Set(indices)].filter((d) => d >= 0).sort((a, b) => a - b);
  if (days.length === 0) return '';
  if (days.length === 7) return 'Every day';
  const contiguous = days.every((d, i) => i === 0 || d === (days[i - 1] ?? -2) + 1);
  if (contiguous && days.length >= 3) return `${DAYS[days[0] ?? 0]} to ${DAYS[days[days.length - 1] ?? 0]}`;
  const names = days.map((d) => DAYS[d] ?? '');
  return names.length === 1 ? names[0] ?? '' : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function hours(s: JsonRecord): string | undefined {
  const opens = clockTime(s.opens_at);
  const closes = clockTime(s.closes_at);
  if (opens && closes) return `${opens} to ${closes}`;
  if (opens) return `from ${opens}`;
  return closes ? `until ${closes}` : undefined;
}

/** The days of one schedule row ("Monday to Friday", "first Monday of the month"). */
function daysOf(s: JsonRecord): string {
  const byday = typeof s.byday === 'string' ? s.byday.split(',').map((d) => d.trim().toUpperCase()).filter(Boolean) : [];
  const freq = typeof s.freq === 'string' ? s.freq.toUpperCase() : '';
  const interval = toNumber(s.interval) ?? 1;
  let text = '';
  const nth = byday.filter((d) => /^-?\d/.test(d));
  if (nth.length && (freq === 'MONTHLY' || !freq)) {
    text = nth.map((d) => `${ORDINALS[/^-?\d+/.exec(d)?.[0] ?? ''] ?? ''} ${DAYS[CODES.indexOf(d.replace(/^-?\d+/, ''))] ?? ''}`.trim()).join(' and ') + ' of the month';
  } else if (byday.length) {
    text = dayList(byday.map((d) => CODES.indexOf(d)));
  } else if (s.weekday !== undefined && s.weekday !== null) {
    const d = dayIndex(s.weekday);
    text = d === undefined ? '' : DAYS[d] ?? '';
  } else if (freq === 'DAILY') {
    text = 'Every day';
  } else if (freq === 'MONTHLY' && s.bymonthday !== undefined && s.bymonthday !== null) {
    text = `On day ${String(s.bymonthday).split(',').map((x) => x.trim()).join(', ')} of the month`;
  }
  if (text && freq === 'WEEKLY' && interval > 1) text = `Every ${interval} weeks on ${text}`;
  return text;
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2026-03-14" → "14 March 2026"; other text as written. */
function longDate(value: unknown): string | undefined {
  const s = cleanLine(value);
  const m = s && /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  const month = m ? MONTH_NAMES[Number(m[2]) - 1] : undefined;
  return m && month ? `${Number(m[3])} ${month} ${m[1]}` : s;
}

/** Opening times in words from a list of schedule rows; rows with the same hours and no notes are grouped. */
export function describeSchedules(rows: unknown[]): string | undefined {
  const schedules = rows.filter(isRecord);
  const simple = new Map<string, number[]>();
  const lines: string[] = [];
  for (const s of schedules) {
    const note = joinBlocks([cleanBlock(s.description), cleanBlock(s.notes)], ' ');
    const day = dayIndex(s.weekday);
    if (!note && day !== undefined && !s.byday && hours(s)) {
      const key = hours(s) ?? '';
      simple.set(key, [...(simple.get(key) ?? []), day]);
      continue;
    }
    const dayText = daysOf(s);
    const from = longDate(s.valid_from);
    const until = longDate(s.valid_to);
    const validity = joinBlocks([from && `from ${from}`, until && `until ${until}`], ' ');
    const head = joinBlocks([joinBlocks([dayText, hours(s)], ', '), validity && `(${validity})`], ' ');
    // A description that repeats the days ("Monday to Friday. Most children are seen at home") loses the repeat.
    const rest = dayText && note?.toLowerCase().startsWith(dayText.toLowerCase()) ? note.slice(dayText.length).replace(/^[\s.,;:]+/, '') : note;
    const line = joinBlocks([head, rest], '. ');
    if (line) lines.push(line.replace(/\.\./g, '.'));
  }
  const grouped = [...simple.entries()].map(([time, days]) => `${dayList(days)}, ${time}`);
  return joinBlocks(unique([...grouped, ...lines]), '\n');
}
