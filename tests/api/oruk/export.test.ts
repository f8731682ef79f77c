import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { exportOruk } from '../../../api/oruk/export.ts';
import { buildTestApp } from '../../helpers/app.ts';
import { ROOT } from '../../helpers/server-process.ts';
import { problems, ukProfileValidators } from './uk-profile.ts';

type Json = Record<string, any>;
const run = promisify(execFile);

describe('npm run export:oruk: the feed as files', () => {
  const folders: string[] = [];
  const tempFolder = () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'oruk-export-'));
    folders.push(folder);
    return folder;
  };
  const read = (folder: string, file: string): Json => JSON.parse(readFileSync(path.join(folder, file), 'utf8')) as Json;
  let app: FastifyInstance;

  beforeAll(async () => {
    app = await buildTestApp();
  });
  afterAll(async () => {
    await app.close();
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });

  it('writes one authority\'s Local Offer from the command line: valid files, each service as the API serves it', { timeout: 180_000 }, async () => {
    const folder = tempFolder();
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'api/oruk/export-cli.ts', folder, '--authority', 'brackenshire'], {
      cwd: ROOT, env: { ...process.env, NEO4J_URI: inject('neo4jUri'), LOG_LEVEL: 'silent' }, timeout: 170_000,
    });
    expect(stdout).toMatch(/Wrote \d+ services \(\d+ pages\), 13 taxonomies and \d+ terms/);
    const v = ukProfileValidators();
    expect(problems(v.apiDetails, read(folder, 'index.json'))).toBe('');
    const services = readdirSync(path.join(folder, 'services'));
    const pages = readdirSync(path.join(folder, 'services-pages'));
    const listed = pages.flatMap((page) => {
      const body = read(folder, `services-pages/${page}`);
      expect(problems(v.servicesPage, body), page).toBe('');
      return body.contents as Json[];
    });
    expect(listed.length).toBeGreaterThan(300);
    expect(services.sort()).toEqual(listed.map((s) => `${s.id}.json`).sort());
    for (const file of services) {
      const service = read(folder, `services/${file}`);
      expect(problems(v.service, service), file).toBe('');
      const served = await app.inject({ method: 'GET', url: `/oruk/services/${service.id}` });
      expect(served.json(), file).toEqual(service);
    }
    expect(problems(v.taxonomiesPage, read(folder, 'taxonomies.json'))).toBe('');
    for (const file of readdirSync(path.join(folder, 'taxonomies'))) expect(problems(v.taxonomy, read(folder, `taxonomies/${file}`)), file).toBe('');
    for (const file of readdirSync(path.join(folder, 'taxonomy_terms-pages'))) expect(problems(v.termsPage, read(folder, `taxonomy_terms-pages/${file}`)), file).toBe('');
  });

  it('writes the same pages as the API serves when exporting everything', { timeout: 120_000 }, async () => {
    const folder = tempFolder();
    const summary = await exportOruk(app.graph, folder, { perPage: 50 });
    expect(summary.servicePages).toBe(Math.ceil(summary.services / 50));
    for (let page = 1; page <= summary.servicePages; page++) {
      const served = await app.inject({ method: 'GET', url: `/oruk/services?page=${page}&per_page=50` });
      expect(read(folder, `services-pages/page-${page}.json`), `page ${page}`).toEqual(served.json());
    }
    for (let page = 1; page <= summary.termPages; page++) {
      const served = await app.inject({ method: 'GET', url: `/oruk/taxonomy_terms?page=${page}&per_page=50` });
      expect(read(folder, `taxonomy_terms-pages/page-${page}.json`), `terms page ${page}`).toEqual(served.json());
    }
    expect(read(folder, 'taxonomies.json').contents).toEqual((await app.inject({ method: 'GET', url: '/oruk/taxonomies' })).json().contents);
  });

  it('refuses an unusable command line with exit code 2', async () => {
    const failed = await run(process.execPath, ['--import', 'tsx', 'api/oruk/export-cli.ts', '--per-page', 'lots'], { cwd: ROOT })
      .then(() => 0, (error: { code?: number }) => error.code);
    expect(failed).toBe(2);
  });
});
