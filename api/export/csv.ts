import { stringify } from 'csv-stringify/sync';

type Cell = string | number | boolean | null | undefined;

/** A spreadsheet would run a cell starting with = + - @ as a formula: such text cells get a leading apostrophe. */
function safeCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** Proper CSV: a header row, every field quoted, CRLF line ends, with a BOM so spreadsheets read UTF-8. */
export function toCsv(header: string[], rows: Cell[][]): string {
  return `\uFEFF${stringify([header, ...rows].map((row) => row.map(safeCell)), { quoted: true, record_delimiter: 'windows' })}`;
}
