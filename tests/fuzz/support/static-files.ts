import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { WEB_ROOT } from '../../../api/plugins/external/static.ts';

/** The contents of every file the web app serves; a page or asset response must be (part of) one of them. */
export function readStaticFiles(root = WEB_ROOT): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.push(readFileSync(full, 'utf8'));
    }
  };
  try {
    walk(root);
  } catch {
    // not built: no page may be served at all
  }
  return files;
}
