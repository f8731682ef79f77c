import { afterEach, describe, expect, it } from 'vitest';
import { readOrukV3 } from '../../../../ingest/readers/oruk-v3/read-oruk-v3.ts';
import { UnusableInputError } from '../../../../ingest/readers/types.ts';
import { FIVE_MB_TEXT, HOSTILE_HTML, ODD_UNICODE, ODD_UNICODE_CLEAN, OPTIONS, expectNoMarkup, tempFolder } from '../helpers.ts';

const uuid = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const service = (n: number, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: uuid(n), name: `Service ${n}`, status: 'active', description: 'A service.', ...extra,
});
const page = (contents: unknown[]): string => JSON.stringify({
  total_items: contents.length, total_pages: 1, page_number: 1, size: 50, first_page: true, last_page: true, empty: false, contents,
});

let cleanup = (): void => {};
afterEach(() => cleanup());
const folder = (files: Record<string, string>): string => {
  const t = tempFolder(files);
  cleanup = t.cleanup;
  return t.dir;
};

describe('ORUK v3: hostile input', () => {
  it('reports a truncated JSON file and still reads the other files', async () => {
    const good = page([service(1), service(2)]);
    const dir = folder({ 'a.json': good, 'b.json': good.replace('Service 1', 'Other 1').replace(uuid(1), uuid(3)).replace(uuid(2), uuid(4)).slice(0, 90) });
    const { offers, rejects, partial } = await readOrukV3(dir, OPTIONS);
    expect(offers.map((o) => o.name)).toEqual(['Service 1', 'Service 2']);
    expect(rejects).toHaveLength(1);
    expect(rejects[0]?.file).toMatch(/b\.json$/);
    expect(rejects[0]?.reason).toMatch(/not valid JSON \(the file looks cut short\)/);
    expect(partial).toBe(true);
  });

  it('throws UnusableInputError when nothing is readable, or the path does not exist', async () => {
    const dir = folder({ 'a.json': '{"contents": [', 'b.json': 'not json' });
    await expect(readOrukV3(dir, OPTIONS)).rejects.toBeInstanceOf(UnusableInputError);
    await expect(readOrukV3(`${dir}/missing`, OPTIONS)).rejects.toThrow(/No such file or folder/);
  });

  it('rejects wrong types with the JSON pointer and a plain reason; the valid records still come through', async () => {
    const dir = folder({
      'p.json': page([
        service(1, { minimum_age: '12' }),
        service(2, { contacts: { id: uuid(20), name: 'Not in a list' } }),
        service(3),
        service(4, { service_at_locations: [{ id: uuid(40), location: { id: 'not-a-uuid', location_type: 'physical' } }] }),
      ]),
    });
    const { offers, rejects } = await readOrukV3(dir, OPTIONS);
    expect(offers.map((o) => o.sourceId)).toEqual([uuid(3)]);
    expect(rejects.map((r) => [r.record, r.line, r.field, r.reason])).toEqual([
      [uuid(1), 1, '/minimum_age', '/minimum_age should be a number, not text ("12")'],
      [uuid(2), 2, '/contacts', '/contacts should be a list, not an object'],
      [uuid(4), 4, '/service_at_locations/0/location/id', '/service_at_locations/0/location/id is not a valid uuid ("not-a-uuid")'],
    ]);
  });

  it('rejects a missing id, a missing status and a repeated id ("duplicate id"), keeping the first', async () => {
    const { id: _id, ...noId } = service(5);
    const dir = folder({ 'p.json': page([service(1), noId, service(1, { name: 'Again' }), service(6, { status: undefined })]) });
    const { offers, rejects } = await readOrukV3(dir, OPTIONS);
    expect(offers.map((o) => o.name)).toEqual(['Service 1']);
    expect(rejects.map((r) => [r.line, r.field, r.reason])).toEqual([
      [2, '/id', '/id is missing (required)'],
      [3, 'id', 'duplicate id'],
      [4, '/status', '/status is missing (required)'],
    ]);
  });

  it('takes nulls as absent (live feeds send them) but still rejects a null name', async () => {
    const dir = folder({ 'p.json': page([service(1, { url: null, minimum_age: null }), service(2, { name: null })]) });
    const { offers, rejects } = await readOrukV3(dir, OPTIONS);
    expect(offers.map((o) => o.sourceId)).toEqual([uuid(1)]);
    expect(rejects[0]?.reason).toBe('/name is missing (required)');
  });

  it('cuts a 5 MB description to the 50,000-character limit, with a warning naming the record', async () => {
    const dir = folder({ 'p.json': page([service(1, { description: FIVE_MB_TEXT })]) });
    const { offers, rejects, warnings } = await readOrukV3(dir, OPTIONS);
    expect(rejects).toEqual([]);
    expect(offers[0]?.description.length).toBeLessThanOrEqual(50_000);
    expect(offers[0]?.description.endsWith('…')).toBe(true);
    expect(warnings.find((w) => w.includes(uuid(1)))).toMatch(/description was 5,249,999 characters; cut to the limit of 50,000/);
  });

  it('stores HTML and scripts as plain text', async () => {
    const dir = folder({ 'p.json': page([service(1, { name: '<b>Club</b><script>x()</script>', description: HOSTILE_HTML, fees: '<i>Free</i>' })]) });
    const o = (await readOrukV3(dir, OPTIONS)).offers[0]!;
    expect(o.name).toBe('Club');
    expect(o.description).toBe('Fun for all.\n\nlink');
    expect(o.cost).toEqual({ type: 'free', detail: 'Free' });
    expectNoMarkup(JSON.stringify(o));
  });

  it('normalises unusual Unicode and removes control characters', async () => {
    const dir = folder({ 'p.json': page([service(1, { name: ODD_UNICODE, description: `${ODD_UNICODE}\n\nSecond paragraph` })]) });
    const o = (await readOrukV3(dir, OPTIONS)).offers[0]!;
    expect(o.name).toBe(ODD_UNICODE_CLEAN);
    expect(o.description).toBe(`${ODD_UNICODE_CLEAN}\n\nSecond paragraph`);
  });

  it('leaves out inactive and defunct services, with a warning', async () => {
    const dir = folder({ 'p.json': page([service(1, { status: 'defunct' }), service(2, { status: 'temporarily closed' })]) });
    const { offers, rejects, warnings } = await readOrukV3(dir, OPTIONS);
    expect(offers.map((o) => o.sourceId)).toEqual([uuid(2)]);
    expect(rejects).toEqual([]);
    expect(warnings[0]).toMatch(/status is "defunct"/);
  });

  it('resolves attributes that give only a taxonomy_term_id from a taxonomies file in the folder', async () => {
    const taxonomy = {
      id: uuid(900), name: 'la-taxonomy', taxonomy_terms: [
        { id: uuid(901), name: 'Needs', description: 'Needs' },
        { id: uuid(902), name: 'Autism', description: 'Autism', parent_id: uuid(901) },
        { id: uuid(903), name: 'Short breaks', description: 'Short breaks' },
        { id: uuid(904), name: 'Referral needed', description: 'x', taxonomy: 'Access route' },
      ],
    };
    const attrs = [901, 902, 903, 904, 999].map((n, i) => ({ id: uuid(800 + i), taxonomy_term_id: uuid(n) }));
    const dir = folder({ 'services.json': page([service(1, { attributes: attrs })]), 'taxonomies.json': page([taxonomy]) });
    const { offers, warnings } = await readOrukV3(dir, OPTIONS);
    expect(offers[0]?.needs).toEqual(['Autism']);
    expect(offers[0]?.categories).toEqual(['Needs', 'Short breaks']);
    expect(offers[0]?.accessRoute).toBe('Referral needed');
    expect(warnings.some((w) => w.includes('taxonomies.json: holds taxonomies'))).toBe(true);
    expect(warnings.some((w) => w.includes(`attribute ${uuid(999)}`))).toBe(true);
  });
});
