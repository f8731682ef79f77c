import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { UnusableInputError } from '../types.ts';
import { isRecord, type JsonRecord } from './values.ts';

/**
 * The files to read: the file itself, or every file under a folder (recursively, sorted, hidden files skipped)
 * whose name ends in one of `extensions`. Throws UnusableInputError when the path does not exist or a folder
 * holds no such file.
 */
export async function collectFiles(input: string, extensions: readonly string[]): Promise<string[]> {
  const info = await stat(input).catch(() => undefined);
  if (!info) throw new UnusableInputError(`No such file or folder: ${input}`);
  if (info.isFile()) return [input];
  if (!info.isDirectory()) throw new UnusableInputError(`Not a file or folder: ${input}`);
  const entries = await readdir(input, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile() && !e.name.startsWith('.'))
    .map((e) => path.join(e.parentPath, e.name))
    .filter((f) => extensions.includes(path.extname(f).toLowerCase()))
    .sort();
  if (files.length === 0) {
    throw new UnusableInputError(`The folder ${input} holds no ${extensions.join(' or ')} files to read`);
  }
  return files;
}

export type JsonFile = { file: string; ok: true; data: unknown } | { file: string; ok: false; reason: string };

/** Reads and parses one JSON file, turning every failure (unreadable, not JSON, cut short) into a plain reason. */
export async function readJsonFile(file: string): Promise<JsonFile> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return { file, ok: false, reason: `the file could not be read (${(error as Error).message})` };
  }
  return parseJsonText(file, text);
}

export function parseJsonText(file: string, text: string): JsonFile {
  try {
    return { file, ok: true, data: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (error) {
    const message = (error as Error).message;
    const cut = /end of (JSON )?input|Unterminated|Expected .* after/i.test(message);
    return { file, ok: false, reason: `not valid JSON${cut ? ' (the file looks cut short)' : ''}: ${message}` };
  }
}

/** The page shapes the JSON formats use. */
export type PageShape = 'oruk-v3-page' | 'spring-page' | 'list' | 'single' | 'unknown';

export interface Unwrapped {
  shape: PageShape;
  items: unknown[];
  /** Page metadata when present (total pages etc.). */
  page?: JsonRecord;
}

/**
 * The records in a parsed JSON document: an ORUK v3 page `{..., contents: [...]}`, a Spring page (ORUK v1,
 * Outpost) `{..., content: [...]}`, a bare list, or a single record.
 */
export function unwrapPage(data: unknown): Unwrapped {
  if (Array.isArray(data)) return { shape: 'list', items: data };
  if (!isRecord(data)) return { shape: 'unknown', items: [] };
  if ('contents' in data && ('total_items' in data || 'page_number' in data || Array.isArray(data.contents))) {
    return { shape: 'oruk-v3-page', items: listOf(data.contents), page: data };
  }
  if ('content' in data && ('totalElements' in data || 'totalPages' in data || Array.isArray(data.content))) {
    return { shape: 'spring-page', items: listOf(data.content), page: data };
  }
  if ('id' in data || 'name' in data) return { shape: 'single', items: [data] };
  return { shape: 'unknown', items: [] };
}

function listOf(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  return isRecord(value) ? [value] : [];
}
