import type { ReadOptions, ReadResult } from '../types.ts';
import { ReadCollector, type Where } from '../shared/collector.ts';
import { readJsonDocuments } from '../shared/json-source.ts';
import { cleanLine } from '../shared/text.ts';
import { isRecord } from '../shared/values.ts';
import { mapOrukV1Service } from './map-service.ts';

const NOT_OFFERED = new Set(['inactive', 'defunct']);

/**
 * Reads ORUK v1 (LGA profile) services from JSON: Spring pages `{totalElements, totalPages, number, size,
 * first, last, empty, content}`, bare lists or single services, in one file or a folder. There is no schema to
 * validate against here, so wrong types are handled field by field (a numeric string is read as a number, a single
 * object where a list should be is read as a list of one, anything else is left out) with a warning each; a
 * record without an id or name, or with an id already seen, is rejected.
 */
export async function readOrukV1(input: string, options: ReadOptions): Promise<ReadResult> {
  const collector = new ReadCollector(options.source ?? `${options.authorityId}/oruk-v1`, options.authorityId);
  const documents = await readJsonDocuments(input, collector, 'an ORUK v1 services file');
  for (const doc of documents) {
    doc.items.forEach((item, i) => {
      const at: Where = { file: doc.file, line: i + 1 };
      if (!isRecord(item)) {
        collector.reject({ ...at, reason: 'not a service: expected an object' });
        return;
      }
      const where: Where = { ...at, record: cleanLine(item.id) };
      const status = cleanLine(item.status)?.toLowerCase() ?? '';
      if (NOT_OFFERED.has(status)) {
        collector.warn(where, `status is "${status}", so it is not offered now; left out`);
        return;
      }
      collector.add(mapOrukV1Service(item, collector.warnFor(where)), where);
    });
  }
  return collector.result();
}
