import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { detectFormat, readSource, UnusableInputError } from '../../../ingest/readers/index.ts';
import { FIXTURES, OPTIONS, tempFolder } from './helpers.ts';

let cleanup = (): void => {};
afterEach(() => cleanup());
const folder = (files: Record<string, string>): string => {
  const t = tempFolder(files);
  cleanup = t.cleanup;
  return t.dir;
};

describe('readSource and detectFormat', () => {
  it('tells the formats apart by URL, extension, page shape and field names', async () => {
    expect(await detectFormat('https://directory.example/api')).toBe('oruk-v3');
    expect(await detectFormat(path.join(FIXTURES, 'oruk-v3', 'service_full.json'))).toBe('oruk-v3');
    expect(await detectFormat(path.join(FIXTURES, 'oruk-v3', 'service_list.json'))).toBe('oruk-v3');
    expect(await detectFormat(path.join(FIXTURES, 'outpost', 'scout-x_fixture_service_single.json'))).toBe('outpost');
    expect(await detectFormat(path.join(FIXTURES, 'outpost'))).toBe('outpost');
    expect(await detectFormat(path.join(FIXTURES, 'oruk-v3'))).toBe('oruk-v3');
    expect(await detectFormat(path.join(FIXTURES, 'oruk-v1'))).toBe('oruk-v1');
    expect(await detectFormat(path.join(FIXTURES, 'csv'))).toBe('csv');
    expect(await detectFormat(path.join(FIXTURES, 'documents'))).toBe('documents');
    expect(await detectFormat(path.join(FIXTURES, 'documents', 'little-stars.txt'))).toBe('documents');
  });

  it('reads with the detected format, or the one it is given', async () => {
    const detected = await readSource(path.join(FIXTURES, 'oruk-v1'), OPTIONS);
    expect(detected.offers.map((o) => o.source)).toEqual(['test-la/oruk-v1', 'test-la/oruk-v1']);
    const given = await readSource(path.join(FIXTURES, 'csv', 'offers.csv'), { ...OPTIONS, format: 'csv', source: 'brackenshire/spreadsheet' });
    expect(given.offers[0]?.source).toBe('brackenshire/spreadsheet');
  });

  it('throws UnusableInputError for missing input, mixed folders and JSON it cannot place', async () => {
    await expect(readSource('/no/such/place', OPTIONS)).rejects.toBeInstanceOf(UnusableInputError);
    await expect(detectFormat(folder({ 'a.csv': 'id,name\n', 'b.md': '---\nid: x\n---' }))).rejects.toThrow(/mixes .* files/);
    await expect(detectFormat(folder({ 'a.json': '{"hello": "world"}' }))).rejects.toThrow(/pass --format/);
    await expect(detectFormat(folder({ 'a.xml': '<x/>' }))).rejects.toThrow(/holds no/);
  });
});
