import type { ReadOptions, ReadResult } from '../types.ts';
import { ReadCollector, type Where } from '../shared/collector.ts';
import { readJsonDocuments } from '../shared/json-source.ts';
import { cleanLine } from '../shared/text.ts';
import { isRecord } from '../shared/values.ts';
import { mapOutpostService } from './map-service.ts';

/**
 * Reads Outpost directory API services: pages `{totalElements, totalPages, number, size, first, last, empty,
 * content}`, bare lists or single services, in one file or a folder. Like the v1 reader it has no schema: wrong
 * types are handled per field with a warning; a record without id or name, or a repeated id, is rejected.
 * Services marked temporarily closed, or whose visible_to date has passed, are left out with a warning.
 */
export async function readOutpost(input: string, options: ReadOptions): Promise<ReadResult> {
  const collector = new ReadCollector(options.source ?? `${options.authorityId}/outpost`, options.authorityId);
  const documents = await readJsonDocuments(input, collector, 'an Outpost services file');
  const today = new Date().toISOString().slice(0, 10);
  for (const doc of documents) {
    doc.items.forEach((item, i) => {
      const at: Where = { file: doc.file, line: i + 1 };
      if (!isRecord(item)) {
        collector.reject({ ...at, reason: 'not a service: expected an object' });
        return;
      }
      const where: Where = { ...at, record: cleanLine(item.id) };
      const visibleTo = cleanLine(item.visible_to)?.slice(0, 10);
      if (item.temporarily_closed === true || item.discarded_at || (visibleTo && visibleTo < today)) {
        collector.warn(where, 'closed, discarded or no longer visible in the directory; left out');
        return;
      }
      collector.add(mapOutpostService(item, collector.warnFor(where)), where);
    });
  }
  return collector.result();
}
