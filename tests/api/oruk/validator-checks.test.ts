import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildTestApp } from '../../helpers/app.ts';

type Json = Record<string, any>;

/**
 * The checks of the Open Referral UK validator (developers.openreferraluk.org/ApiValidation), run on the demo
 * data. Level 1: /services/{id} exists for listed ids; /services pages; the paging header, with total_pages an
 * integer. Level 2: searches by age, text and taxonomy term return matching services only (and do find the
 * rich record the search was built from).
 */
describe('the Open Referral UK validator\'s level 1 and level 2 checks', () => {
  let app: FastifyInstance;
  let all: Json[] = [];

  const get = async (url: string): Promise<Json> => {
    const response = await app.inject({ method: 'GET', url });
    expect(response.statusCode, url).toBe(200);
    return response.json() as Json;
  };
  /** Every service a query finds, page by page. */
  const everything = async (query: string, perPage = 100): Promise<Json[]> => {
    const found: Json[] = [];
    for (let page = 1; ; page++) {
      const body = await get(`/oruk/services?${query}${query ? '&' : ''}page=${page}&per_page=${perPage}`);
      found.push(...body.contents);
      if (body.last_page) return found;
    }
  };

  beforeAll(async () => {
    app = await buildTestApp();
    all = await everything('');
  });
  afterAll(async () => {
    await app.close();
  });

  describe('level 1', () => {
    it('has a details page (/services/{id}) for listed services (the validator samples the first 10 pages)', async () => {
      const sample = (await everything('', 10)).slice(0, 100);
      for (const service of sample) expect((await get(`/oruk/services/${service.id}`)).id).toBe(service.id);
    });

    it('pages through /services?page=N: the paging header is complete and consistent, total_pages an integer', async () => {
      const perPage = 37;
      const first = await get(`/oruk/services?per_page=${perPage}`);
      expect(Number.isInteger(first.total_pages)).toBe(true);
      expect(first.total_pages).toBe(Math.ceil(first.total_items / perPage));
      const seen: string[] = [];
      for (let page = 1; page <= first.total_pages; page++) {
        const body = await get(`/oruk/services?page=${page}&per_page=${perPage}`);
        expect(body).toMatchObject({
          total_items: first.total_items, total_pages: first.total_pages, page_number: page, size: body.contents.length,
          first_page: page === 1, last_page: page === first.total_pages, empty: false,
        });
        expect(body.size).toBe(page < first.total_pages ? perPage : first.total_items - perPage * (first.total_pages - 1));
        seen.push(...body.contents.map((s: Json) => s.id));
      }
      expect(new Set(seen).size).toBe(first.total_items);
      expect(seen).toEqual(all.map((s) => s.id));
      const beyond = await get(`/oruk/services?page=${first.total_pages + 1}&per_page=${perPage}`);
      expect(beyond).toMatchObject({ size: 0, empty: true, last_page: true, first_page: false, contents: [] });
    });
  });

  describe('level 2', () => {
    it('age: minimum_age and maximum_age return only services whose ages reach the range asked for', async () => {
      const rich = all.find((s) => s.minimum_age === 5 && s.maximum_age !== undefined) ?? all.find((s) => s.minimum_age !== undefined && s.maximum_age !== undefined);
      expect(rich).toBeDefined();
      const cases: Array<[string, number | undefined, number | undefined]> = [
        [`minimum_age=${rich!.minimum_age}&maximum_age=${rich!.maximum_age}`, rich!.minimum_age, rich!.maximum_age],
        ['minimum_age=16', 16, undefined], ['maximum_age=4', undefined, 4], ['minimum_age=7&maximum_age=7', 7, 7],
      ];
      for (const [query, min, max] of cases) {
        const found = await everything(query);
        expect(found.length, query).toBeGreaterThan(0);
        const wrong = found.filter((s) => {
          if (s.minimum_age === undefined && s.maximum_age === undefined) return true;
          return (min !== undefined && (s.maximum_age ?? Infinity) < min) || (max !== undefined && (s.minimum_age ?? 0) > max);
        });
        expect(wrong.map((s) => `${s.name} (${s.minimum_age}-${s.maximum_age})`), query).toEqual([]);
        const expected = all.filter((s) => (s.minimum_age !== undefined || s.maximum_age !== undefined)
          && (min === undefined || (s.maximum_age ?? Infinity) >= min) && (max === undefined || (s.minimum_age ?? 0) <= max));
        expect(found.map((s) => s.id).sort(), query).toEqual(expected.map((s) => s.id).sort());
      }
      expect((await everything(`minimum_age=${rich!.minimum_age}&maximum_age=${rich!.maximum_age}`)).map((s) => s.id)).toContain(rich!.id);
    });

    it('text: returns only services with every word in the name or description, in any case', async () => {
      const rich = all.find((s) => /\bspeech\b/i.test(s.name)) ?? all[0]!;
      const word = /\bspeech\b/i.test(rich.name) ? 'Speech' : (rich.name as string).split(/\s+/)[0]!;
      for (const text of [word, word.toUpperCase(), `${word} therapy`, 'autism', 'short breaks']) {
        const found = await everything(`text=${encodeURIComponent(text)}`);
        expect(found.length, text).toBeGreaterThan(0);
        const words = text.toLowerCase().split(/\s+/);
        const wrong = found.filter((s) => !words.every((w) => `${s.name} ${s.description ?? ''}`.toLowerCase().includes(w)));
        expect(wrong.map((s) => s.name), text).toEqual([]);
        const expected = all.filter((s) => words.every((w) => `${s.name} ${s.description ?? ''}`.toLowerCase().includes(w)));
        expect(found.length, text).toBe(expected.length);
      }
      expect((await everything(`text=${encodeURIComponent(word)}`)).map((s) => s.id)).toContain(rich.id);
      expect((await get('/oruk/services?text=zzqxjvw')).total_items).toBe(0);
    });

    it('taxonomy: taxonomy_term_id (and taxonomy_id) return only services carrying that term', { timeout: 120_000 }, async () => {
      const rich = await get(`/oruk/services/${all.find((s) => /autis/i.test(`${s.name} ${s.description}`))?.id ?? all[0]!.id}`);
      const terms = rich.attributes.map((a: Json) => a.taxonomy_term).filter((t: Json, i: number, list: Json[]) => list.findIndex((x) => x.id === t.id) === i);
      expect(terms.length).toBeGreaterThan(1);
      for (const term of terms.slice(0, 6)) {
        const found = await everything(`taxonomy_term_id=${term.id}`);
        expect(found.map((s) => s.id), term.term).toContain(rich.id);
        for (const service of found) {
          const full = await get(`/oruk/services/${service.id}`);
          expect(full.attributes.some((a: Json) => a.taxonomy_term_id === term.id), `${term.term}: ${service.name}`).toBe(true);
        }
      }
      const taxonomyId = terms[0].taxonomy_id;
      const inTaxonomy = await everything(`taxonomy_id=${taxonomyId}`);
      expect(inTaxonomy.map((s) => s.id)).toContain(rich.id);
      for (const service of inTaxonomy.slice(0, 40)) {
        const full = await get(`/oruk/services/${service.id}`);
        expect(full.attributes.some((a: Json) => a.taxonomy_term.taxonomy_id === taxonomyId), service.name).toBe(true);
      }
    });

    it('modified_after: a date before the data finds everything, a date after it nothing', async () => {
      expect((await get('/oruk/services?modified_after=2000-01-01')).total_items).toBe(all.length);
      expect((await get('/oruk/services?modified_after=2999-01-01T00:00:00Z')).total_items).toBe(0);
      const newest = all.map((s) => s.last_modified as string).sort().at(-1)!;
      const found = await everything(`modified_after=${encodeURIComponent(newest)}`);
      expect(found.length).toBeGreaterThan(0);
      expect(found.every((s) => s.last_modified >= newest)).toBe(true);
    });

    it('filters combine with AND', async () => {
      const found = await everything('text=autism&minimum_age=11&maximum_age=15');
      const expected = all.filter((s) => `${s.name} ${s.description ?? ''}`.toLowerCase().includes('autism')
        && (s.minimum_age !== undefined || s.maximum_age !== undefined) && (s.maximum_age ?? Infinity) >= 11 && (s.minimum_age ?? 0) <= 15);
      expect(found.map((s) => s.id).sort()).toEqual(expected.map((s) => s.id).sort());
    });
  });
});
