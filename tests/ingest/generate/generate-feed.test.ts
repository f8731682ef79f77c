import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateFeed } from '../../../ingest/generate/generate-feed.ts';
import { readManifest } from '../../../ingest/demo/manifest.ts';
import { readSource } from '../../../ingest/readers/index.ts';
import { validateService } from '../../../ingest/readers/oruk-v3/validate.ts';

const dirs: string[] = [];
const tempDir = () => { const dir = mkdtempSync(path.join(os.tmpdir(), 'log-generate-')); dirs.push(dir); return dir; };

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name)).sort();
}

function digest(dir: string): string {
  const hash = createHash('sha256');
  for (const file of files(dir)) hash.update(path.relative(dir, file)).update(readFileSync(file));
  return hash.digest('hex');
}

describe('the synthetic ORUK v3 feed generator', () => {
  afterAll(() => { for (const dir of dirs) rmSync(dir, { recursive: true, force: true }); });

  it('writes pages of valid UK-profile services across several fictional authorities, with a manifest', async () => {
    const out = tempDir();
    const pages: number[] = [];
    const result = await generateFeed({ services: 1050, out, seed: 7, authorities: 3, pageSize: 100, onPage: (n) => pages.push(n) });
    expect(result).toMatchObject({ authorities: 3, services: 1050, pages: 12 });
    expect(pages.at(-1)).toBe(1050);

    const manifest = readManifest(result.manifest);
    expect(manifest.authorities).toHaveLength(3);
    const ids = new Set<string>();
    for (const authority of manifest.authorities) {
      expect(authority.fictional).toBe(true);
      expect(authority.areas.length).toBeGreaterThanOrEqual(3);
      const dir = path.join(out, authority.sources[0]!.path);
      const pageFiles = files(dir);
      for (const [i, file] of pageFiles.entries()) {
        const page = JSON.parse(readFileSync(file, 'utf8')) as { page_number: number; total_pages: number; total_items: number; first_page: boolean; last_page: boolean; contents: unknown[] };
        expect(page).toMatchObject({ page_number: i + 1, total_pages: pageFiles.length, first_page: i === 0, last_page: i === pageFiles.length - 1 });
        for (const service of page.contents) {
          expect(validateService(service, 'full')).toBeUndefined();
          ids.add((service as { id: string }).id);
        }
      }
    }
    expect(ids.size).toBe(1050);
  });

  it('is deterministic: the same seed gives the same bytes, another seed does not', async () => {
    const [a, b, c] = [tempDir(), tempDir(), tempDir()];
    await generateFeed({ services: 300, out: a, seed: 42 });
    await generateFeed({ services: 300, out: b, seed: 42 });
    await generateFeed({ services: 300, out: c, seed: 43 });
    expect(digest(a)).toBe(digest(b));
    expect(digest(a)).not.toBe(digest(c));
  });

  it('reads back through the ORUK v3 reader with no rejects', async () => {
    const out = tempDir();
    const { manifest } = await generateFeed({ services: 200, out, seed: 3, authorities: 1 });
    const [authority] = readManifest(manifest).authorities;
    const read = await readSource(path.join(out, authority!.sources[0]!.path), { authorityId: authority!.id, format: 'oruk-v3' });
    expect(read.offers).toHaveLength(200);
    expect(read.rejects).toEqual([]);
    expect(read.offers.every((o) => o.needs.length > 0 && o.accessRoute && o.minAge !== undefined)).toBe(true);
  });
});
