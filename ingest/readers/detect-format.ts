import { stat } from 'node:fs/promises';
import path from 'node:path';
import { collectFiles, readJsonFile, unwrapPage } from './shared/files.ts';
import { isRecord } from './shared/values.ts';
import { UnusableInputError, type SourceFormat } from './types.ts';

const DOCUMENT_EXTS = new Set(['.md', '.markdown', '.html', '.htm', '.txt']);
const KNOWN_EXTS = ['.json', '.csv', ...DOCUMENT_EXTS];

/** Keys only one of the JSON formats uses, as evidence for it. */
const MARKERS: Record<'oruk-v3' | 'oruk-v1' | 'outpost', string[]> = {
  outpost: ['send_needs', 'local_offer', 'needs_referral', 'min_age', 'max_age', 'age_band_all', 'age_band_under_2', 'suitabilities', 'target_directories', 'taxonomies', 'updated_at'],
  'oruk-v1': ['eligibilitys', 'service_taxonomys', 'fundings', 'regular_schedules', 'holiday_schedules', 'attending_access', 'deliverable_type'],
  'oruk-v3': ['attributes', 'schedules', 'funding', 'minimum_age', 'maximum_age', 'last_modified', 'assured_date', 'assurer_email'],
};

/** The JSON format a parsed document is in, from its page shape and the keys its records use. */
export function detectJsonFormat(data: unknown): 'oruk-v3' | 'oruk-v1' | 'outpost' | undefined {
  const page = unwrapPage(data);
  const records = page.items.filter(isRecord).slice(0, 20);
  const score = (format: keyof typeof MARKERS): number =>
    records.reduce((n, r) => n + MARKERS[format].filter((k) => k in r).length, 0);
  const scores = (['outpost', 'oruk-v1', 'oruk-v3'] as const).map((f) => [f, score(f)] as const).sort((a, b) => b[1] - a[1]);
  const best = scores[0];
  if (best && best[1] > 0 && best[1] > (scores[1]?.[1] ?? 0)) return best[0];
  if (page.shape === 'oruk-v3-page') return 'oruk-v3';
  return undefined;
}

/**
 * Works out which reader an input needs: a URL is a live ORUK v3 feed; a .csv is the template; .md, .html and
 * .txt are offer documents; JSON is told apart by its page shape and field names. A folder is judged by its files
 * and must hold one kind. Throws UnusableInputError when the input is missing or the format cannot be told.
 */
export async function detectFormat(input: string): Promise<SourceFormat> {
  if (/^https?:\/\//i.test(input)) return 'oruk-v3';
  const info = await stat(input).catch(() => undefined);
  if (!info) throw new UnusableInputError(`No such file or folder: ${input}`);
  const files = info.isDirectory() ? await collectFiles(input, KNOWN_EXTS) : [input];
  const exts = new Set(files.map((f) => path.extname(f).toLowerCase()));
  const kinds = new Set([...exts].map((e) => (DOCUMENT_EXTS.has(e) ? 'documents' : e)));
  if (kinds.size > 1) {
    throw new UnusableInputError(`${input} mixes ${[...kinds].join(', ')} files: point at one format's folder, or pass --format`);
  }
  if (kinds.has('documents')) return 'documents';
  if (kinds.has('.csv')) return 'csv';
  if (kinds.has('.json')) {
    for (const file of files) {
      const parsed = await readJsonFile(file);
      const format = parsed.ok ? detectJsonFormat(parsed.data) : undefined;
      if (format) return format;
    }
    throw new UnusableInputError(`Could not tell whether ${input} is ORUK v3, ORUK v1 or Outpost JSON: pass --format`);
  }
  throw new UnusableInputError(`${input} is not a format ingest reads (.json, .csv, .md, .html, .txt or an http(s) URL)`);
}
