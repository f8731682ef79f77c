import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectFormat, readSource, SOURCE_FORMATS, type SourceFormat } from '../../../ingest/readers/index.ts';

const DEMO = fileURLToPath(new URL('../../../ingest/demo-data/', import.meta.url));

interface Manifest {
  authorities: Array<{ id: string; sources: Array<{ path: string; format: SourceFormat }> }>;
}

const manifest: Manifest = existsSync(path.join(DEMO, 'manifest.json'))
  ? (JSON.parse(readFileSync(path.join(DEMO, 'manifest.json'), 'utf8')) as Manifest)
  : { authorities: [] };
const sources = manifest.authorities.flatMap((a) => a.sources.map((s) => ({ authorityId: a.id, ...s })))
  .filter((s) => existsSync(path.join(DEMO, s.path)));

/**
 * Records of the demo data that are deliberately imperfect AND cannot land (so a reject is right). Today there are
 * none: the imperfect spreadsheet rows (authoring/brackenshire-spreadsheet-rows.mjs) all have a clear meaning and
 * land, as checked below. Add a record id here only together with the demo row that is meant to be rejected.
 */
const EXPECTED_REJECTS: string[] = [];

/**
 * Every demo source in the manifest reads, in its declared format (which detection agrees with), with offers and
 * no rejects other than the expected ones. Every reject is printed.
 */
describe('the demo Local Offer reads cleanly', () => {
  it('has sources to read', () => {
    expect(sources.length).toBeGreaterThan(0);
  });

  it.each(sources)('$authorityId: $path ($format)', async ({ authorityId, path: sourcePath, format }) => {
    expect(SOURCE_FORMATS).toContain(format);
    const input = path.join(DEMO, sourcePath);
    expect(await detectFormat(input)).toBe(format);
    const result = await readSource(input, { authorityId, format });
    for (const r of result.rejects) console.log(`[demo reject] ${path.relative(DEMO, r.file)} ${r.record ?? ''} ${r.line ?? ''} ${r.field ?? ''}: ${r.reason}`);
    expect(result.offers.length).toBeGreaterThan(0);
    expect(result.partial).toBeUndefined();
    expect(result.rejects.filter((r) => !EXPECTED_REJECTS.includes(r.record ?? ''))).toEqual([]);
    expect(result.offers.every((o) => o.authorityId === authorityId)).toBe(true);
  });

  it('reads the deliberately imperfect spreadsheet rows as their authors meant', async () => {
    const input = path.join(DEMO, 'brackenshire', 'spreadsheet');
    if (!existsSync(input)) return;
    const { offers } = await readSource(input, { authorityId: 'brackenshire', format: 'csv' });
    const byId = new Map(offers.map((o) => [o.sourceId, o]));
    const club = byId.get('BCC-LS-011');
    if (club) expect([club.minAge, club.maxAge]).toEqual([11, undefined]);
    const gp = byId.get('BCC-LS-015');
    if (gp) expect(gp.accessRoute).toBe('GP referral');
    const dated = byId.get('BCC-DR-014');
    if (dated) expect(dated.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
