import type { ReadOptions, ReadResult } from '../types.ts';
import { ReadCollector, type Where } from '../shared/collector.ts';
import { readJsonDocuments, type JsonDocument } from '../shared/json-source.ts';
import { cleanLine } from '../shared/text.ts';
import { isRecord, type JsonRecord } from '../shared/values.ts';
import { fetchServices, type ApiOptions } from './api.ts';
import { emptyTaxonomyIndex, mapOrukV3Service, type TaxonomyIndex } from './map-service.ts';
import { validateService, withoutNulls } from './validate.ts';

export interface OrukV3ReadOptions extends ReadOptions {
  /** Paging, retry and politeness settings for a live API. */
  api?: ApiOptions;
}

/** Statuses whose services are not offered now: read, reported, and left out. */
const NOT_OFFERED = new Set(['inactive', 'defunct']);

/**
 * Reads Open Referral UK v3 services from a file (one service, a list, or a /services page), a folder of such
 * files (a taxonomies file beside them is used to resolve attributes that only give a taxonomy_term_id), or a
 * live API base URL. Every service is validated against the UK profile schema: an invalid one becomes a Reject
 * (its id, the JSON pointer of the field, a plain reason) and the valid ones still come through.
 * Throws UnusableInputError only when the input as a whole cannot be read.
 */
export async function readOrukV3(input: string, options: OrukV3ReadOptions): Promise<ReadResult> {
  const collector = new ReadCollector(options.source ?? `${options.authorityId}/oruk-v3`, options.authorityId);
  if (/^https?:\/\//i.test(input)) {
    const index = emptyTaxonomyIndex();
    for (const f of await fetchServices(input, collector, options.api)) {
      addService(f.service, { file: f.url, line: f.index }, f.full ? 'full' : 'list', index, collector);
    }
    return collector.result();
  }
  const documents = await readJsonDocuments(input, collector, 'an ORUK v3 services file');
  const index = taxonomyIndex(documents);
  for (const doc of documents) {
    if (doc.items.length > 0 && doc.items.every(isTaxonomyItem)) {
      collector.warn({ file: doc.file }, 'holds taxonomies, not services: used to look up taxonomy terms');
      continue;
    }
    doc.items.forEach((item, i) => addService(item, { file: doc.file, line: i + 1 }, 'full', index, collector));
  }
  return collector.result();
}

function addService(item: unknown, at: Where, kind: 'full' | 'list', index: TaxonomyIndex, collector: ReadCollector): void {
  if (!isRecord(item)) {
    collector.reject({ ...at, reason: 'not a service: expected an object' });
    return;
  }
  const service = withoutNulls(item) as JsonRecord;
  const where: Where = { ...at, record: cleanLine(service.id) };
  const problem = validateService(service, kind);
  if (problem) {
    collector.reject({ ...where, field: problem.field, reason: problem.reason });
    return;
  }
  const status = cleanLine(service.status)?.toLowerCase() ?? '';
  if (NOT_OFFERED.has(status)) {
    collector.warn(where, `status is "${status}", so it is not offered now; left out`);
    return;
  }
  collector.add(mapOrukV3Service(service, index, collector.warnFor(where)), where);
}

function isTaxonomyItem(item: unknown): boolean {
  if (!isRecord(item)) return false;
  if ('taxonomy_terms' in item) return true;
  return !('status' in item) && ('taxonomy' in item || 'taxonomy_id' in item || 'term' in item || 'vocabulary' in item);
}

/** Taxonomy terms by id, from taxonomy files (taxonomies with taxonomy_terms, or term lists) and from services. */
function taxonomyIndex(documents: JsonDocument[]): TaxonomyIndex {
  const index = emptyTaxonomyIndex();
  const addTerm = (t: unknown): void => {
    const id = isRecord(t) ? cleanLine(t.id) : undefined;
    if (id && isRecord(t) && !index.terms.has(id)) index.terms.set(id, t);
  };
  for (const doc of documents) {
    for (const item of doc.items) {
      if (!isRecord(item)) continue;
      if (Array.isArray(item.taxonomy_terms)) {
        const id = cleanLine(item.id);
        const name = cleanLine(item.name);
        if (id && name) index.taxonomies.set(id, name);
        item.taxonomy_terms.forEach(addTerm);
      } else if (isTaxonomyItem(item)) {
        addTerm(item);
      } else if (Array.isArray(item.attributes)) {
        for (const a of item.attributes) if (isRecord(a)) addTerm(a.taxonomy_term);
      }
    }
  }
  return index;
}
