import { describe, expect, it } from 'vitest';
import { clockTime, describeSchedules } from '../../../../ingest/readers/shared/opening-times.ts';
import { costFrom } from '../../../../ingest/readers/shared/cost.ts';
import { asList, toAge, toIsoDate, toUrl } from '../../../../ingest/readers/shared/values.ts';

const collect = () => {
  const warnings: string[] = [];
  return { warnings, warn: (m: string) => warnings.push(m) };
};

describe('loose values read where the meaning is clear', () => {
  it('reads dates written the usual UK ways, and refuses impossible ones', () => {
    const { warnings, warn } = collect();
    expect(toIsoDate('2026-03-14', 'd', warn)).toBe('2026-03-14');
    expect(toIsoDate('2026-03-14T10:30:45.123Z', 'd', warn)).toBe('2026-03-14');
    expect(toIsoDate('14/03/2026', 'd', warn)).toBe('2026-03-14');
    expect(toIsoDate('4/3/2026', 'd', warn)).toBe('2026-03-04');
    expect(toIsoDate('14 March 2026', 'd', warn)).toBe('2026-03-14');
    expect(toIsoDate('1st Sept 2025', 'd', warn)).toBe('2025-09-01');
    expect(warnings).toEqual([]);
    expect(toIsoDate('31/02/2026', 'd', warn)).toBeUndefined();
    expect(toIsoDate('next week', 'd', warn)).toBeUndefined();
    expect(warnings).toHaveLength(2);
  });

  it('reads ages from numbers and simple phrases', () => {
    const { warnings, warn } = collect();
    expect(toAge(5, 'a', warn)).toBe(5);
    expect(toAge('16', 'a', warn)).toBe(16);
    expect(toAge('5 years', 'a', warn)).toBe(5);
    expect(toAge('18 months', 'a', warn)).toBe(1);
    expect(toAge(11.9, 'a', warn)).toBe(11);
    expect(warnings).toEqual([]);
    expect(toAge('twelve', 'a', warn)).toBeUndefined();
    expect(toAge(-1, 'a', warn)).toBeUndefined();
    expect(toAge({}, 'a', warn)).toBeUndefined();
    expect(warnings).toHaveLength(3);
  });

  it('accepts only http(s) web addresses', () => {
    const { warnings, warn } = collect();
    expect(toUrl('www.example.org', 'u', warn)).toBe('https://www.example.org');
    expect(toUrl('javascript:alert(1)', 'u', warn)).toBeUndefined();
    expect(warnings).toHaveLength(1);
  });

  it('reads a single object where a list should be as a list of one, and ignores other wrong types', () => {
    const { warnings, warn } = collect();
    expect(asList({ id: 1 }, 'contacts', warn)).toEqual([{ id: 1 }]);
    expect(asList('nope', 'contacts', warn)).toEqual([]);
    expect(asList([{ id: 1 }, 'x'], 'contacts', warn)).toEqual([{ id: 1 }]);
    expect(warnings).toHaveLength(3);
  });
});

describe('opening times in words', () => {
  it('writes clock times the UK way', () => {
    expect(['09:00', '16:30:00', '12:00', '00:00', '18:05'].map(clockTime)).toEqual(['9am', '4.30pm', '12 noon', 'midnight', '6.05pm']);
  });

  it('groups weekdays with the same hours and describes RFC 5545 rules', () => {
    const text = describeSchedules([
      ...['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'].map((weekday) => ({ weekday, opens_at: '09:00', closes_at: '17:00' })),
      { freq: 'MONTHLY', byday: '1SA', opens_at: '10:00', closes_at: '12:00', description: 'Family swim' },
      { freq: 'WEEKLY', byday: 'MO,WE', opens_at: '18:00', closes_at: '19:30', description: 'Monday and Wednesday. Bring a towel.' },
    ]);
    expect(text).toBe('Monday to Friday, 9am to 5pm\nfirst Saturday of the month, 10am to 12 noon. Family swim\nMonday and Wednesday, 6pm to 7.30pm. Bring a towel.');
  });
});

describe('cost from structured options', () => {
  it('is free when every option is 0, paid when every option is priced, varies when mixed', () => {
    expect(costFrom([{ amount: 0 }], undefined).type).toBe('free');
    expect(costFrom([{ option: 'Session', amount: 5, amount_description: 'per child' }], undefined)).toEqual({ type: 'paid', detail: 'Session: £5 per child' });
    expect(costFrom([{ amount: 0 }, { amount: 40 }], 'Free for local families').type).toBe('varies');
  });

  it('reads a fees text only when it starts with "Free"; the rest stays as detail for enrichment', () => {
    expect(costFrom([], 'Free')).toEqual({ type: 'free', detail: 'Free' });
    expect(costFrom([], 'Free; membership £5 optional').type).toBe('varies');
    expect(costFrom([], 'Ask us about costs')).toEqual({ type: 'unknown', detail: 'Ask us about costs' });
    expect(costFrom([], undefined, true)).toEqual({ type: 'free' });
    expect(costFrom([], undefined, false)).toEqual({ type: 'paid' });
  });
});
