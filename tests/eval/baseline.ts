import MiniSearch from 'minisearch';
import { readQuery, type GraphContext } from '../../graph/seam/index.ts';

/** One record both systems can return: an offer, a concept or an organisation, with its text. */
export interface BaselineRecord {
  id: string;
  name: string;
  text: string;
  minAge: number | null;
  maxAge: number | null;
  offer: boolean;
}

/** The same records discovery sees: live offers, concepts (their labels and descriptions) and organisations. */
const READ_RECORDS = `
MATCH (o:Offer) WHERE NOT coalesce(o.retired, false)
RETURN o.id AS id, o.name AS name,
  coalesce(o.summary, '') + ' ' + coalesce(o.description, '') + ' ' + coalesce(o.eligibility, '') + ' ' + coalesce(o.referral, '') AS text,
  o.minAge AS minAge, o.maxAge AS maxAge, true AS offer
UNION ALL
MATCH (c:Concept) WHERE NOT c:FrameworkQuestion AND NOT c:QuestionSet
RETURN c.id AS id, c.label AS name, coalesce(c.description, '') AS text, c.minAge AS minAge, c.maxAge AS maxAge, false AS offer
UNION ALL
MATCH (g:Organisation)
RETURN g.id AS id, g.name AS name, coalesce(g.description, '') AS text, null AS minAge, null AS maxAge, false AS offer`;

export async function readBaselineRecords(ctx: GraphContext): Promise<BaselineRecord[]> {
  return readQuery<BaselineRecord>(ctx, READ_RECORDS);
}

/** Common English words a keyword search engine ignores. */
const STOP = new Set(('a an and are as at be but by for from has have he her his i if in into is it its me my no not of on or our '
  + 'she so that the their them they this to too us was we were what when where which who why will with you your can do does how '
  + 'very than then there these those been being would should could am im about after again all any because before both each few '
  + 'more most other some such only own same just now out up down off over under until while').split(' '));

/**
 * The keyword-only baseline: BM25 (MiniSearch) over the names and texts of the same records, no
 * ontology, no graph; the same hard age filter as discovery. What a directory search does today.
 */
export function createBaseline(records: readonly BaselineRecord[]) {
  const index = new MiniSearch<BaselineRecord>({
    fields: ['name', 'text'],
    storeFields: ['name'],
    processTerm: (term) => {
      const lower = term.toLowerCase();
      return STOP.has(lower) ? null : lower;
    },
    searchOptions: { boost: { name: 2 }, combineWith: 'OR' },
  });
  index.addAll(records.map((r) => ({ ...r, text: r.text ?? '' })));
  const byId = new Map(records.map((r) => [r.id, r]));
  return {
    search(query: string, age: number | undefined, k: number): string[] {
      const out: string[] = [];
      for (const hit of index.search(query)) {
        const record = byId.get(String(hit.id));
        if (!record) continue;
        if (age !== undefined && record.offer && ((record.minAge !== null && record.minAge > age) || (record.maxAge !== null && record.maxAge < age))) continue;
        out.push(record.name);
        if (out.length >= k) break;
      }
      return out;
    },
  };
}
