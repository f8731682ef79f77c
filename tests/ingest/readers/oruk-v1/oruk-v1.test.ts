import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readOrukV1 } from '../../../../ingest/readers/oruk-v1/read-oruk-v1.ts';
import { UnusableInputError } from '../../../../ingest/readers/types.ts';
import { FIVE_MB_TEXT, FIXTURES, HOSTILE_HTML, ODD_UNICODE, ODD_UNICODE_CLEAN, OPTIONS, expectNoMarkup, tempFolder } from '../helpers.ts';

const page = (content: unknown[]): string => JSON.stringify({ totalElements: content.length, totalPages: 1, number: 0, size: 20, first: true, last: true, empty: false, content });
let cleanup = (): void => {};
afterEach(() => cleanup());
const folder = (files: Record<string, string>): string => {
  const t = tempFolder(files);
  cleanup = t.cleanup;
  return t.dir;
};

describe('ORUK v1 (LGA profile) pages', () => {
  it('maps a v1 service field by field', async () => {
    const { offers, rejects, warnings } = await readOrukV1(path.join(FIXTURES, 'oruk-v1', 'services-page.json'), OPTIONS);
    expect(rejects).toEqual([]);
    expect(warnings).toEqual([]);
    expect(offers).toHaveLength(2);
    const o = offers[0]!;
    expect(o.source).toBe('test-la/oruk-v1');
    expect(o.sourceId).toBe('b1f0c8de-2a3e-4d55-9a77-1f2e3d4c5b6a');
    expect(o.kind).toBe('service');
    expect(o.name).toBe('Saturday Sensory Club');
    expect(o.description).toBe('A relaxed club for disabled children aged 5 to 11.\n\nSensory room, messy play and a quiet space.');
    expect(o.organisation).toEqual({
      id: '0c3d2e1f-1111-4a4a-8b8b-222233334444', name: 'Fixture Mencap', description: 'A local Mencap branch.', url: 'https://www.fixture-mencap.org.uk.example',
    });
    // The widest range over the eligibility rows ("4" read as 4).
    expect([o.minAge, o.maxAge]).toEqual([4, 12]);
    expect(o.eligibility).toBe('child; sibling');
    expect(o.needs).toEqual(['Autism']); // from the "SEND needs" vocabulary
    expect(o.categories).toEqual(['Short breaks', 'Sensory play']);
    expect(o.accessRoute).toBe('drop-in'); // attending_access
    expect(o.referral).toBe('Families can refer themselves by phone.');
    expect(o.waitingTime).toBe('About 6 weeks');
    expect(o.cost).toEqual({ type: 'varies', detail: 'Per session: £5 per child; Universal Credit families: free; £5 a session; free for families on Universal Credit' });
    expect(o.areas).toEqual(['Ashcombe', 'Kirkby Lees']);
    expect(o.commissioners).toEqual(['Brackenshire County Council short breaks grant']);
    expect(o.locations).toEqual([{
      id: 'loc1', name: 'Ashcombe Community Centre', address: '12 Priory Road, Ashcombe, Brackenshire', postcode: 'BK1 4RT',
      lat: 54.05, lon: -2.55, accessibility: ['Step-free access', 'Ramp at the side door', 'Changing Places toilet'],
    }]);
    expect(o.accessibility).toEqual(['Step-free access', 'Ramp at the side door', 'Changing Places toilet']);
    expect(o.contacts).toEqual([
      { name: 'Club coordinator', role: 'Coordinator', phone: '01632 960001' },
      { name: 'Club coordinator', role: 'Coordinator', phone: '07700 900001' },
    ]);
    expect(o.phone).toBe('01632 960001');
    expect(o.website).toBe('https://www.fixture-mencap.org.uk.example/sensory-club');
    expect(o.email).toBe('club@fixture-mencap.org.uk.example');
    expect(o.openingTimes).toBe('Saturday, 10am to 12 noon\nfirst Sunday of the month, 2pm to 4pm. Family swim\nClosed 2026-12-19 to 2027-01-03');
    expect(o.delivery).toEqual(['in person']); // attending_type "venue"
    expect(o.languages).toEqual(['English', 'Polish']);
    expect(o.lastReviewed).toBe('2026-03-14'); // assured_date 14/03/2026
    const second = offers[1]!;
    expect([second.name, second.referral, second.commissioners, second.cost]).toEqual([
      'Community Paediatrics', 'GP or health visitor referral', ['NHS Fixture ICB'], { type: 'unknown' },
    ]);
  });

  it('reports a truncated file and reads the rest; throws when nothing is readable', async () => {
    const good = page([{ id: 'a', name: 'A' }]);
    const dir = folder({ '1.json': good, '2.json': page([{ id: 'b', name: 'B' }]).slice(0, 40) });
    const result = await readOrukV1(dir, OPTIONS);
    expect(result.offers.map((o) => o.sourceId)).toEqual(['a']);
    expect(result.rejects).toEqual([expect.objectContaining({ file: expect.stringMatching(/2\.json$/), reason: expect.stringMatching(/cut short/) })]);
    expect(result.partial).toBe(true);
    const bad = folder({ '1.json': '[{"id": 1' });
    await expect(readOrukV1(bad, OPTIONS)).rejects.toBeInstanceOf(UnusableInputError);
  });

  it('handles wrong types field by field, with a warning each; a name that is not text is rejected', async () => {
    const dir = folder({
      'p.json': page([
        { id: 1, name: 'Numeric id', eligibilitys: [{ minimum_age: 'twelve', maximum_age: '16' }] },
        { id: 'x2', name: 'Object for list', contacts: { name: 'Solo', phones: [{ number: '01632 960002' }] }, description: { text: 'no' } },
        { id: 'x3', name: { en: 'Object name' } },
        'not a record',
      ]),
    });
    const { offers, rejects, warnings } = await readOrukV1(dir, OPTIONS);
    expect(offers.map((o) => [o.sourceId, o.minAge, o.maxAge, o.contacts.length, o.description])).toEqual([
      ['1', undefined, 16, 0, ''], ['x2', undefined, undefined, 1, ''],
    ]);
    expect(rejects.map((r) => [r.line, r.record, r.reason])).toEqual([
      [3, 'x3', 'the record has no name'], [4, undefined, 'not a service: expected an object'],
    ]);
    expect(warnings).toEqual([
      expect.stringMatching(/record 1, entry 1: eligibilitys\[0\]\.minimum_age: "twelve" is not an age/),
      expect.stringMatching(/record x2, entry 2: description should be text, not an object/),
      expect.stringMatching(/record x2, entry 2: contacts should be a list; read the single object/),
    ]);
  });

  it('rejects missing and duplicate ids', async () => {
    const dir = folder({ 'p.json': page([{ id: 'a', name: 'First' }, { name: 'No id' }, { id: 'a', name: 'Second' }]) });
    const { offers, rejects } = await readOrukV1(dir, OPTIONS);
    expect(offers.map((o) => o.name)).toEqual(['First']);
    expect(rejects.map((r) => [r.line, r.reason])).toEqual([[2, 'the record has no id'], [3, 'duplicate id']]);
  });

  it('cuts a 5 MB description, strips HTML and scripts, and cleans unusual Unicode', async () => {
    const dir = folder({
      'p.json': page([
        { id: 'big', name: 'Big', description: FIVE_MB_TEXT },
        { id: 'html', name: 'Html <script>x</script>', description: HOSTILE_HTML, application_process: '<a href="javascript:x">Ring us</a>' },
        { id: 'uni', name: ODD_UNICODE, description: ODD_UNICODE },
      ]),
    });
    const { offers, warnings } = await readOrukV1(dir, OPTIONS);
    expect(offers[0]?.description.length).toBeLessThanOrEqual(50_000);
    expect(warnings.some((w) => /record big.*description was/.test(w))).toBe(true);
    expect(offers[1]?.name).toBe('Html');
    expect(offers[1]?.referral).toBe('Ring us');
    expectNoMarkup(JSON.stringify(offers[1]));
    expect([offers[2]?.name, offers[2]?.description]).toEqual([ODD_UNICODE_CLEAN, ODD_UNICODE_CLEAN]);
  });
});
