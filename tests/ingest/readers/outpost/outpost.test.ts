import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readOutpost } from '../../../../ingest/readers/outpost/read-outpost.ts';
import { FIVE_MB_TEXT, FIXTURES, HOSTILE_HTML, ODD_UNICODE, ODD_UNICODE_CLEAN, OPTIONS, expectNoMarkup, tempFolder } from '../helpers.ts';

const page = (content: unknown[]): string => JSON.stringify({ totalElements: content.length, totalPages: 1, number: 1, size: 50, first: true, last: true, empty: false, content });
let cleanup = (): void => {};
afterEach(() => cleanup());
const folder = (files: Record<string, string>): string => {
  const t = tempFolder(files);
  cleanup = t.cleanup;
  return t.dir;
};

describe('Outpost directory API', () => {
  it('maps the scout-x single-service fixture field by field', async () => {
    const file = path.join(FIXTURES, 'outpost', 'scout-x_fixture_service_single.json'); // Apache-2.0, see fixtures/ATTRIBUTION.md
    const { offers, rejects, warnings } = await readOutpost(file, OPTIONS);
    expect(rejects).toEqual([]);
    expect(warnings).toEqual([]);
    const o = offers[0]!;
    expect(o.source).toBe('test-la/outpost');
    expect(o.sourceId).toBe('1');
    expect(o.kind).toBe('service');
    expect(o.name).toBe('12th Aylesbury Brownies');
    expect(o.description).toBe('Brownies are a group of girls aged 7 to 10 years who meet weekly in term time for fun activities, crafts, songs, badge work, games, learning new skills and making new friends.');
    expect(o.needs).toEqual(['Autism', 'need:hearing-impairment', 'Sensory and physical needs', 'need:vision-impairment']); // Outpost's bare "Hearing" and "Visual" named exactly
    expect([o.minAge, o.maxAge]).toEqual([5, 11]);
    // GeoJSON [longitude, latitude]
    expect(o.locations).toEqual([{
      id: '1', name: "St Joseph's Catholic Infant School", address: 'Hazell Avenue, Aylesbury, Buckinghamshire', postcode: 'HP21 7JF',
      lat: 51.811001, lon: -0.790659, accessibility: [],
    }]);
    expect(o.categories).toEqual(['Clubs and groups', 'Things to do']);
    expect(o.openingTimes).toBe('Monday, 10am to 5pm');
    expect(o.cost).toEqual({ type: 'unknown' }); // no cost options, free: null
    expect(o.accessRoute).toBeUndefined(); // needs_referral: null
    expect(o.organisation).toBeUndefined(); // the organisation has no name
    expect(o.website).toBeUndefined(); // url: null
    expect(o.summary).toBe('Example sentence'); // local_offer.description
    expect(o.answers).toEqual([]); // all seven survey answers are empty: missing answers, not stored
    expect(o.contacts).toEqual([]);
    expect(o.lastReviewed).toBe('2021-01-13'); // updated_at
  });

  it('maps answers, age bands, referral, cost, contacts and accessibility from a richer page', async () => {
    const { offers, rejects } = await readOutpost(path.join(FIXTURES, 'outpost', 'services-page.json'), OPTIONS);
    expect(rejects).toEqual([]);
    const [forum, travel] = offers;
    expect(forum?.answers).toEqual([
      { question: 'What outcomes does your setting, service or activity aim to achieve for children and young people with SEND and their families?', text: 'Parents feel less alone and know where to go next.' },
      { question: 'How do you involve parents and how can I get involved?', text: 'Everything we do is run by parents.' },
      { question: 'How accessible is the environment (indoors and outdoors)?', text: 'Level access; hearing loop.' },
      { question: 'How can children and young people with SEND and their families start to use your service or activity?', text: 'Just come along.' },
      { question: 'What future plans do you have for developing your SEND provision?', text: 'An evening group for working parents.' },
    ]);
    expect([forum?.minAge, forum?.maxAge]).toEqual([0, 4]); // age bands under 2, 2, 3-4
    expect(forum?.needs).toEqual(['Autism', 'Communication and interaction', 'Learning difficulties']);
    expect(forum?.accessRoute).toBe('No referral needed');
    expect(forum?.cost).toEqual({ type: 'free' });
    expect(forum?.description).toBe('Meet other parents of children with SEND.\nNo need to book.');
    expect(forum?.openingTimes).toBe('Tuesday to Thursday, 10am to 12 noon');
    expect(forum?.contacts).toEqual([{ name: 'Forum coordinator', email: 'hello@fixture-pcf.org.uk.example', phone: '01632 960100' }]);
    expect([forum?.email, forum?.phone]).toEqual(['hello@fixture-pcf.org.uk.example', '01632 960100']);
    expect(forum?.locations[0]).toMatchObject({ lat: 53.7, lon: -2.2, accessibility: ['Wheelchair accessible entrance', 'Hearing loop'] });
    expect(forum?.accessibility).toEqual(['Wheelchair accessible entrance', 'Hearing loop']);
    expect(forum?.organisation).toEqual({ id: '55', name: 'Fixture Parent Carer Forum', description: 'Run by parents, for parents.', url: 'https://www.fixture-pcf.org.uk.example' });
    expect(forum?.lastReviewed).toBe('2026-02-09');
    expect(travel?.accessRoute).toBe('Referral needed');
    expect(travel?.referral).toBe('Referral needed. Referral form: https://www.fixture-council.gov.uk.example/travel-training-referral');
    expect(travel?.cost).toEqual({ type: 'paid', detail: 'Block of 10 sessions: £120 per block' });
    expect([travel?.minAge, travel?.maxAge]).toEqual([14, 25]);
  });

  it('reports truncated files, wrong types, missing and duplicate ids, and keeps the good records', async () => {
    const dir = folder({
      'a.json': page([
        { id: 1, name: 'Good', min_age: '3', max_age: 'lots', locations: { name: 'Solo venue', geometry: { type: 'Point', coordinates: [-1, 52] } }, send_needs: 'Autism' },
        { name: 'No id' },
        { id: 1, name: 'Duplicate' },
        { id: 4, name: 'Closed', temporarily_closed: true },
      ]),
      'b.json': page([{ id: 5, name: 'Lost' }]).slice(0, 50),
    });
    const { offers, rejects, warnings, partial } = await readOutpost(dir, OPTIONS);
    expect(offers.map((o) => [o.sourceId, o.minAge, o.maxAge, o.locations[0]?.name])).toEqual([['1', 3, undefined, 'Solo venue']]);
    expect(rejects.map((r) => [path.basename(r.file), r.line, r.reason.slice(0, 30)])).toEqual([
      ['b.json', undefined, 'not valid JSON (the file looks'], ['a.json', 2, 'the record has no id'], ['a.json', 3, 'duplicate id'],
    ]);
    expect(partial).toBe(true);
    expect(warnings.join('\n')).toMatch(/max_age: "lots" is not an age/);
    expect(warnings.join('\n')).toMatch(/locations should be a list/);
    expect(warnings.join('\n')).toMatch(/send_needs should be a list, not text/);
    expect(warnings.join('\n')).toMatch(/record 4.*left out/);
  });

  it('cuts a 5 MB description, keeps HTML as plain text, cleans Unicode in answers', async () => {
    const dir = folder({
      'a.json': page([
        { id: 1, name: 'Big', description: FIVE_MB_TEXT },
        { id: 2, name: ODD_UNICODE, description: HOSTILE_HTML, local_offer: { survey_answers: [{ question: '<b>How?</b>', answer: `<script>x()</script>${ODD_UNICODE}` }] } },
      ]),
    });
    const { offers, warnings } = await readOutpost(dir, OPTIONS);
    expect(offers[0]?.description.length).toBeLessThanOrEqual(50_000);
    expect(warnings.some((w) => /record 1.*description was 5,249,999 characters/.test(w))).toBe(true);
    expect(offers[1]?.name).toBe(ODD_UNICODE_CLEAN);
    expect(offers[1]?.answers).toEqual([{ question: 'How?', text: ODD_UNICODE_CLEAN }]);
    expectNoMarkup(JSON.stringify(offers[1]));
  });
});
