import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ingestSource } from '../../../ingest/load/index.ts';
import { UnusableInputError, type SourceFormat } from '../../../ingest/readers/index.ts';
import { BadInputError } from '../../../graph/seam/index.ts';
import { ingestSchema } from './schema.ts';

const EXTENSION: Record<SourceFormat, string> = { 'oruk-v3': 'json', 'oruk-v1': 'json', outpost: 'json', csv: 'csv', documents: 'md' };

const ingestRoutes: FastifyPluginAsyncZod = async (fastify) => {
  fastify.post('/api/ingest', { schema: ingestSchema, bodyLimit: 6 * 1024 * 1024, preHandler: fastify.requireRole('admin') }, async (request) => {
    const { authorityId, format, source, url, content } = request.body;
    // Uploaded content goes to a private temporary file, so it takes the same path as a file on disk.
    const folder = content === undefined ? undefined : await mkdtemp(path.join(os.tmpdir(), 'log-upload-'));
    try {
      const input = folder && format ? path.join(folder, `upload.${EXTENSION[format]}`) : (url as string);
      if (folder) await writeFile(input, content as string, 'utf8');
      const summary = await ingestSource(fastify.graph, { input, format, authorityId, source });
      const { counts, rejects, warnings, seconds } = summary;
      return { counts, rejects: rejects.map((r) => ({ ...r, file: folder ? r.file.replace(folder, 'upload') : r.file })), warnings, seconds };
    } catch (error) {
      if (error instanceof UnusableInputError) throw new BadInputError(error.message.replace(folder ?? '\u0000', 'upload'));
      throw error;
    } finally {
      if (folder) await rm(folder, { recursive: true, force: true });
    }
  });
};

export default ingestRoutes;
