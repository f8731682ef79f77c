import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { GraphContext } from '../../graph/seam/index.ts';
import { createOrukFeed } from './feed.ts';

export interface ExportOptions {
  /** Only this authority's offers (default: every authority in the graph). */
  authorityId?: string | undefined;
  /** Services and terms per page file (default 50, as the API). */
  perPage?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface ExportSummary {
  folder: string;
  services: number;
  servicePages: number;
  taxonomies: number;
  terms: number;
  termPages: number;
  bytes: number;
  seconds: number;
}

/** What the export folder holds, written into it as README.md. */
const README = `# Open Referral UK v3 export

Written by \`npm run export:oruk\`: the same JSON the feed's API serves under /oruk.

| path | API equivalent |
|---|---|
| \`index.json\` | \`GET /oruk/\` |
| \`services-pages/page-N.json\` | \`GET /oruk/services?page=N\` |
| \`services/<id>.json\` | \`GET /oruk/services/<id>\` (full services: ingest this folder) |
| \`taxonomies.json\` | \`GET /oruk/taxonomies\` |
| \`taxonomies/<id>.json\` | \`GET /oruk/taxonomies/<id>\` (with its terms) |
| \`taxonomy_terms-pages/page-N.json\` | \`GET /oruk/taxonomy_terms?page=N\` |

To load it into another Local Offer Graph: \`npm run ingest -- <this folder>/services --format oruk-v3 --authority <id>\`
(the pages repeat the services without their attributes, so do not ingest the whole folder).
`;

/**
 * Writes the feed as files into `folder` (emptied first): pages of services, each full service, the taxonomies
 * (each with its terms) and pages of terms. Reads through the same feed as the API, so the files are what the
 * API would serve. Not transactional: a failure leaves a partial folder, and running it again starts over.
 */
export async function exportOruk(ctx: GraphContext, folder: string, options: ExportOptions = {}): Promise<ExportSummary> {
  const started = Date.now();
  const feed = createOrukFeed(ctx);
  const perPage = options.perPage ?? 50;
  let bytes = 0;
  const write = async (file: string, data: unknown) => {
    const json = `${JSON.stringify(data, null, 2)}\n`;
    bytes += Buffer.byteLength(json);
    await writeFile(path.join(folder, file), json, 'utf8');
  };
  await rm(folder, { recursive: true, force: true });
  for (const dir of ['services-pages', 'services', 'taxonomies', 'taxonomy_terms-pages']) await mkdir(path.join(folder, dir), { recursive: true });
  await writeFile(path.join(folder, 'README.md'), README, 'utf8');
  await write('index.json', feed.details());

  let services = 0;
  let servicePages = 0;
  for (let page = 1; ; page++) {
    const listed = await feed.services({ authorityId: options.authorityId, page, perPage });
    if (listed.empty && page > 1) break;
    await write(`services-pages/page-${page}.json`, listed);
    servicePages += 1;
    for (const service of await feed.fullServices(listed)) {
      await write(`services/${service.id}.json`, service);
      services += 1;
    }
    options.onProgress?.(services, listed.total_items);
    if (listed.last_page) break;
  }

  const taxonomies = feed.taxonomies(1, 1000);
  await write('taxonomies.json', taxonomies);
  for (const taxonomy of taxonomies.contents) await write(`taxonomies/${taxonomy.id}.json`, feed.taxonomy(taxonomy.id));
  let termPages = 0;
  let terms = 0;
  for (let page = 1; ; page++) {
    const listed = feed.terms(page, perPage);
    await write(`taxonomy_terms-pages/page-${page}.json`, listed);
    termPages += 1;
    terms += listed.size;
    if (listed.last_page) break;
  }
  return {
    folder, services, servicePages, taxonomies: taxonomies.total_items, terms, termPages, bytes,
    seconds: (Date.now() - started) / 1000,
  };
}
