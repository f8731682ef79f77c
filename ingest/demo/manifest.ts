import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { SOURCE_FORMATS } from '../readers/types.ts';

/** A manifest of authorities and their sources (ingest/demo-data/manifest.json; the generator writes one too). */
export const Manifest = z.object({
  authorities: z.array(z.object({
    id: z.string().min(1),
    name: z.string().min(1),
    fictional: z.boolean().default(false),
    areas: z.array(z.object({ id: z.string().min(1), name: z.string().min(1) })).default([]),
    sources: z.array(z.object({ path: z.string().min(1), format: z.enum(SOURCE_FORMATS).optional() })).default([]),
  }).loose()).min(1),
}).loose();
export type Manifest = z.infer<typeof Manifest>;

/** Reads and checks a manifest; throws with the problems named. */
export function readManifest(file: string): Manifest {
  const parsed = Manifest.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    throw new Error(`${file} is not a valid manifest: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
  }
  return parsed.data;
}
