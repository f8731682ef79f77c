import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readOrukV3 } from '../../../../ingest/readers/oruk-v3/read-oruk-v3.ts';
import { FIXTURES, OPTIONS, SHARED_DATA } from '../helpers.ts';

/** Copies of OpenReferralUK/uk-profile examples/ (CC BY-SA 4.0; see fixtures/ATTRIBUTION.md). */
const EXAMPLES = path.join(FIXTURES, 'oruk-v3');

describe('ORUK v3: the Open Referral UK profile examples', () => {
  it('maps service_full.json field by field', async () => {
    const file = path.join(EXAMPLES, 'service_full.json');
    const { offers, rejects, warnings, partial } = await readOrukV3(file, OPTIONS);
    expect(rejects).toEqual([]);
    expect(partial).toBeUndefined();
    expect(offers).toHaveLength(1);
    const o = offers[0]!;
    expect(o.source).toBe('test-la/oruk-v3');
    expect(o.sourceId).toBe('ac148810-d857-441c-9679-408f346de14b');
    expect(o.authorityId).toBe('test-la');
    expect(o.kind).toBe('service');
    expect(o.name).toBe('Community Counselling');
    expect(o.description).toBe(
      'Counselling Services provided by trained professionals. Suitable for people with mental health conditions such as anxiety, depression, or eating disorders as well as people experiencing difficult life events and circumstances.' +
      '\n\nPlease note: Following COVID-19 we have moved most of our counselling sessions online. Please contact the reception if you require further information.');
    expect(o.organisation).toEqual({
      id: 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610',
      name: 'Example Organization Inc.',
      description: 'Example Org is a non-profit organization dedicated to providing services to qualified beneficiaries',
      url: 'http://example.com',
    });
    expect(o.minAge).toBe(12);
    expect(o.maxAge).toBe(100);
    expect(o.website).toBe('http://example.com/counselling');
    expect(o.email).toBe('email@example.com');
    expect(o.cost).toEqual({ type: 'paid', detail: 'Under 18s and Over 60s: £35 per 1 hour session; fees_description' });
    expect(o.commissioners).toEqual([
      'This service is funded partially by the MyCity local government and via grants made by charity funding bodies. We also operate a for-profit department which is used to partially cover the expense of the public service',
    ]);
    expect(o.areas).toEqual([
      'The service is available to all residents of the MyCity area. We provide the service in our offices or via video conferencing to any who can provide evidence of their residency.',
    ]);
    const access = [
      'The building is equipped with induction loops for hearing aids. Wheelchair access is possible on all levels.',
      'Switch hearing aid to T-coil to access the induction loop facility.',
    ];
    // The example's latitude 100 / longitude 101 are not a position on Earth: left out, with a warning.
    expect(o.locations).toEqual([{
      id: '3a19ff88-4620-4d17-9830-ac1d859eb5d5', name: 'MyCity Civic Center',
      address: '1-30 Main Street, MyCity, MyRegion, MyState', postcode: 'ABC 1234', accessibility: access,
    }]);
    expect(warnings.some((w) => w.includes('latitude 100'))).toBe(true);
    expect(o.accessibility).toEqual(access);
    expect(o.contacts).toEqual([{ name: 'Ann Persona', role: 'Reception Manager' }]);
    expect(o.phone).toBeUndefined();
    expect(o.openingTimes).toBe(
      'Thursday and Friday, 10am to 6pm (from 1 January 2005 until 1 January 2005). The service is available from 10 am to 6pm weekdays. ' +
      'The service is not available on public holidays. Some of our staff will be unavailable during their lunch break which may be any 30 minute period between 1200 and 1400');
    // attending_type "in-person or remotely via video conferencing"
    expect(o.delivery).toEqual(['in person', 'online']);
    // The example's one language has only an id: nothing to name.
    expect(o.languages).toEqual([]);
    // Its one attribute's taxonomy term is literally named "name", with link_type "link_type": a category.
    expect(o.categories).toEqual(['name']);
    expect(o.needs).toEqual([]);
    expect(o.accessRoute).toBeUndefined();
    expect(o.lastReviewed).toBe('2005-01-01'); // assured_date (last checked), not last_modified
    expect(o.answers).toEqual([]);
    expect(o.legislation).toEqual([]);
  });

  it('reads service_list.json (a /services page of one list entry) with its fields mapped', async () => {
    const { offers, rejects } = await readOrukV3(path.join(EXAMPLES, 'service_list.json'), OPTIONS);
    expect(rejects).toEqual([]);
    expect(offers).toHaveLength(1);
    const o = offers[0]!;
    expect(o.sourceId).toBe('ac148810-d857-441c-9679-408f346de14b');
    expect(o.name).toBe('Community Counselling');
    expect(o.minAge).toBe(12);
    expect(o.maxAge).toBe(100);
    expect(o.organisation?.name).toBe('Example Organization Inc.');
    expect(o.cost).toEqual({ type: 'unknown', detail: 'fees_description' });
    expect(o.lastReviewed).toBe('2005-01-01');
    expect(o.locations).toEqual([]);
    expect(o.description.endsWith('Please contact the reception if you require further information.')).toBe(true);
  });
});

describe('the copied fixtures', () => {
  it('are the same files as the reference data in ../shared/data (when it is there)', () => {
    const pairs: Array<[string, string]> = [
      [path.join(EXAMPLES, 'service_full.json'), path.join(SHARED_DATA, 'oruk-uk-profile-3.0', 'examples', 'service_full.json')],
      [path.join(EXAMPLES, 'service_list.json'), path.join(SHARED_DATA, 'oruk-uk-profile-3.0', 'examples', 'service_list.json')],
      [path.join(FIXTURES, 'outpost', 'scout-x_fixture_service_single.json'), path.join(SHARED_DATA, 'outpost', 'scout-x_fixture_service_single.json')],
    ];
    for (const [copy, original] of pairs) {
      if (existsSync(original)) expect(readFileSync(copy, 'utf8')).toBe(readFileSync(original, 'utf8'));
    }
  });
});
