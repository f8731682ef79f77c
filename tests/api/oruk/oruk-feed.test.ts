import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { serviceUuid } from '../../../api/oruk/ids.ts';
import { buildTestApp } from '../../helpers/app.ts';
import { cleanOrukFixture, orukFixture, seedOrukFixture } from '../../graph/oruk/oruk-fixture.ts';
import { problems, ukProfileValidators, type UkProfileValidators } from './uk-profile.ts';

type Json = Record<string, any>;

describe('the Open Referral UK v3 feed: every response valid against the UK profile schemas', () => {
  const fixture = orukFixture('feed');
  let app: FastifyInstance;
  let v: UkProfileValidators;

  const get = async (url: string) => {
    const response = await app.inject({ method: 'GET', url });
    expect(response.headers['access-control-allow-origin'], url).toBe('*');
    expect(response.headers['content-type'], url).toMatch(/^application\/json/);
    return { status: response.statusCode, body: response.json() as Json };
  };
  const valid = async (url: string, validate: keyof UkProfileValidators) => {
    const { status, body } = await get(url);
    expect(status, url).toBe(200);
    expect(problems(v[validate], body), url).toBe('');
    return body;
  };
  /** Runs `work` over `items`, a few at a time. */
  const inChunks = async <T>(items: T[], work: (item: T) => Promise<unknown>) => {
    for (let i = 0; i < items.length; i += 16) await Promise.all(items.slice(i, i + 16).map(work));
  };

  beforeAll(async () => {
    v = ukProfileValidators();
    app = await buildTestApp();
    await seedOrukFixture(app.graph, fixture);
  });
  afterAll(async () => {
    await cleanOrukFixture(app.graph, fixture);
    await app.close();
  });

  it('GET /oruk/ gives the API details (version, profile, openapi_url), with or without the slash', async () => {
    const details = await valid('/oruk/', 'apiDetails');
    expect(details).toEqual({ version: '3.0', profile: expect.stringMatching(/^https:/), openapi_url: expect.stringMatching(/openapi\.json$/) });
    expect(await valid('/oruk', 'apiDetails')).toEqual(details);
  });

  it('every /services page and every listed service in full are valid, and every listed id opens', { timeout: 180_000 }, async () => {
    const first = await valid('/oruk/services?per_page=100', 'servicesPage');
    expect(first.total_items).toBeGreaterThan(300);
    const ids: string[] = [];
    for (let page = 1; page <= first.total_pages; page++) {
      const body = await valid(`/oruk/services?page=${page}&per_page=100`, 'servicesPage');
      ids.push(...body.contents.map((s: Json) => s.id));
    }
    expect(new Set(ids).size).toBe(first.total_items);
    let attributes = 0;
    await inChunks(ids, async (id) => {
      const service = await valid(`/oruk/services/${id}`, 'service');
      expect(service.id).toBe(id);
      attributes += service.attributes?.length ?? 0;
    });
    expect(attributes).toBeGreaterThan(ids.length);
  });

  it('the taxonomies, each taxonomy with its terms, every page of terms and every term are valid', async () => {
    const taxonomies = await valid('/oruk/taxonomies', 'taxonomiesPage');
    expect(taxonomies.contents.map((t: Json) => t.name)).toEqual(expect.arrayContaining(['Needs and conditions', 'Age bands', 'Ways in', 'Kinds of provision', 'Care pathways']));
    let inTaxonomies = 0;
    for (const taxonomy of taxonomies.contents) {
      const full = await valid(`/oruk/taxonomies/${taxonomy.id}`, 'taxonomy');
      expect(full.taxonomy_terms.every((t: Json) => t.taxonomy_id === taxonomy.id)).toBe(true);
      inTaxonomies += full.taxonomy_terms.length;
    }
    const first = await valid('/oruk/taxonomy_terms?per_page=100', 'termsPage');
    expect(first.total_items).toBe(inTaxonomies);
    const terms: Json[] = [];
    for (let page = 1; page <= first.total_pages; page++) terms.push(...(await valid(`/oruk/taxonomy_terms?page=${page}&per_page=100`, 'termsPage')).contents);
    expect(terms).toHaveLength(inTaxonomies);
    const ids = new Set(terms.map((t) => t.id));
    expect(terms.filter((t) => t.parent_id && !ids.has(t.parent_id))).toEqual([]);
    await inChunks(terms, async (term) => expect(await valid(`/oruk/taxonomy_terms/${term.id}`, 'term')).toEqual(term));
    const needs = await valid(`/oruk/taxonomy_terms?taxonomy_id=${taxonomies.contents[0].id}&per_page=500`, 'termsPage');
    expect(needs.contents.every((t: Json) => t.taxonomy === 'Needs and conditions')).toBe(true);
  });

  it('publishes an offer with its needs, ages, ways in and categories as attributes, marking inferred ones', async () => {
    const club = await valid(`/oruk/services/${serviceUuid(fixture.ids.club)}`, 'service');
    expect(club).toMatchObject({
      name: 'Zebra Sensory Club', status: 'active', minimum_age: 5, maximum_age: 11, url: 'https://zebra.example/club',
      email: 'club@zebra.example', organization: { name: 'Zebra Trust', description: 'Zebra Trust', website: 'https://zebra.example/' },
      cost_options: [{ option: 'Charges apply', amount: 4, amount_description: '£4 a session' }],
      schedules: [{ description: 'Saturdays 10am to 12pm', attending_type: 'in person' }],
      application_process: 'Families can book directly.', assured_date: '2026-03-01', languages: [{ name: 'Polish' }],
      contacts: [{ name: 'Sam Stripe', title: 'Club leader', phones: [{ number: '01632 960999' }] }],
      service_at_locations: [{ location: {
        name: 'Zebra Hall', latitude: 54.05, longitude: -2.55, accessibility: [{ description: 'Step-free entrance' }],
        addresses: [{ address_1: '1 Stripe Street', city: 'Ashcombe', postal_code: 'BK1 1ZZ', country: 'GB' }],
      } }],
    });
    expect(club.attributes.map((a: Json) => [a.link_type, a.taxonomy_term.term, a.value])).toEqual([
      ['need', 'need:autism', 'stated'],
      ['access_route', 'route:open-access', 'inferred'],
      ['age_band', 'age:5-11', 'stated'],
      ['provision_category', 'category:short-breaks', 'stated'],
    ]);
    expect(club.attributes[1].label).toBe('Inferred from the text: "Families can book directly."');
    expect(club.attributes.every((a: Json) => a.link_id === club.id && a.taxonomy_term_id === a.taxonomy_term.id)).toBe(true);
  });

  it('never publishes a retired offer: not listed, not searchable, and its id answers 404', async () => {
    const listed = await valid('/oruk/services?text=zebra&per_page=50', 'servicesPage');
    expect(listed.contents.map((s: Json) => s.name).sort()).toEqual(['Zebra Advice Line', 'Zebra Sensory Club', 'Zebra Swimming for Teenagers']);
    const gone = await get(`/oruk/services/${serviceUuid(fixture.ids.gone)}`);
    expect(gone).toEqual({ status: 404, body: { error: 'not_found', message: expect.stringContaining('no service') } });
  });

  it('answers 404 JSON (readable cross-origin) for unknown services, taxonomies, terms and endpoints', async () => {
    for (const url of ['/oruk/services/00000000-0000-4000-8000-000000000000', '/oruk/services/no-such-service',
      '/oruk/taxonomies/00000000-0000-4000-8000-000000000000', '/oruk/taxonomy_terms/00000000-0000-4000-8000-000000000000',
      '/oruk/organizations', '/oruk/service_at_locations/00000000-0000-4000-8000-000000000000']) {
      const { status, body } = await get(url);
      expect(status, url).toBe(404);
      expect(body, url).toEqual({ error: 'not_found', message: expect.any(String) });
    }
  });

  it('refuses bad query values with 400 JSON naming the problem, never 500', async () => {
    const bad = [
      'minimum_age=abc', 'minimum_age=-1', 'maximum_age=999', 'minimum_age=12&maximum_age=5', 'page=0', 'page=1.5', 'page=x',
      'per_page=0', 'per_page=100000', 'page=1&page=2', 'text=' + 'a'.repeat(201), 'text=a&text=b',
      'taxonomy_term_id=not%20valid!', 'taxonomy_term_id=00000000-0000-4000-8000-000000000000', 'taxonomy_id=nope',
      'modified_after=yesterday', 'modified_after=2026-13-45',
    ];
    for (const query of bad) {
      const { status, body } = await get(`/oruk/services?${query}`);
      expect(status, query).toBe(400);
      expect(body.message, query).toEqual(expect.any(String));
      expect(body.error, query).toMatch(/^bad_/);
    }
    for (const url of ['/oruk/taxonomy_terms?per_page=-5', '/oruk/taxonomies?page=abc', '/oruk/taxonomy_terms?taxonomy_id=nope']) {
      expect((await get(url)).status, url).toBe(400);
    }
  });

  it('takes blank and unsupported parameters as absent, and search= as text=', async () => {
    const all = await valid('/oruk/services?per_page=1', 'servicesPage');
    const blank = await valid('/oruk/services?per_page=1&minimum_age=&text=&postcode=BK1%201ZZ&proximity=1000', 'servicesPage');
    expect(blank.total_items).toBe(all.total_items);
    const search = await valid('/oruk/services?search=zebra', 'servicesPage');
    expect(search.total_items).toBe(3);
  });

  it('answers a CORS preflight for any feed path', async () => {
    const response = await app.inject({ method: 'OPTIONS', url: '/oruk/services', headers: { origin: 'https://finder.example', 'access-control-request-method': 'GET' } });
    expect(response.statusCode).toBe(204);
    expect(response.headers['access-control-allow-origin']).toBe('*');
    expect(response.headers['access-control-allow-methods']).toContain('GET');
  });
});
