import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Test inputs shared by the reader tests: fixture paths, temporary folders and hostile text. */

export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
/** The project's reference data (outside the repository), when it is there. */
export const SHARED_DATA = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../../shared/data');
export const OPTIONS = { authorityId: 'test-la' } as const;

/** A temporary folder holding `files` (name → content); remove it with the returned `cleanup`. */
export function tempFolder(files: Record<string, string | Buffer>): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'readers-test-'));
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A description of a little over 5 MB. */
export const FIVE_MB_TEXT = 'Play and learn together. '.repeat(210_000);

/** Markup a provider (or an attacker) might put in a text field. */
export const HOSTILE_HTML =
  '<p>Fun <b>for all</b>.</p><script>alert("x")</script><img src=x onerror="alert(1)"><style>p{}</style>' +
  '&lt;script&gt;alert(2)&lt;/script&gt;<a href="javascript:alert(3)">link</a>';

/** Emoji with a zero-width joiner, right-to-left text, a decomposed é, a bidi override, NUL and a bell. */
export const ODD_UNICODE = 'Caf\u0065\u0301 club 👨‍👩‍👧 \u0645\u0631\u062d\u0628\u0627 \u202Eevil\u202C\u0000 ring\u0007';
/** What ODD_UNICODE becomes: NFC é, emoji and Arabic kept, controls and the override gone. */
export const ODD_UNICODE_CLEAN = 'Café club 👨‍👩‍👧 مرحبا evil ring';

/** Asserts nothing executable survived in a text. */
export function expectNoMarkup(text: string | undefined): void {
  if (text === undefined) return;
  if (/<\s*\/?\s*(script|img|style|a|p|b)\b/i.test(text)) throw new Error(`markup survived: ${text.slice(0, 200)}`);
  if (/alert\("x"\)|onerror/i.test(text)) throw new Error(`script content survived: ${text.slice(0, 200)}`);
}
