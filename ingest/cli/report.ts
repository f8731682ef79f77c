import { writeFileSync } from 'node:fs';
import type { Reject } from '../readers/types.ts';
import type { IngestSummary } from '../load/summary.ts';

/** The summary block: one count per line, then speed and graph version. */
export function formatSummary(title: string, summary: IngestSummary): string {
  const c = summary.counts;
  const rows: Array<[string, number]> = [['read', c.read], ['created', c.created], ['updated', c.updated], ['unchanged', c.unchanged], ['retired', c.retired], ['rejected', c.rejected]];
  const width = String(Math.max(...rows.map(([, n]) => n))).length;
  return [
    `Summary: ${title}`,
    ...rows.map(([name, n]) => `  ${name.padEnd(10)}${String(n).padStart(width)}`),
    `  ${c.read} records in ${summary.seconds.toFixed(1)} s (${Math.round(summary.recordsPerSecond)} records/s); graph version ${summary.graphVersion}.`,
  ].join('\n');
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The rejects report: file, record id or line, field, reason, one per line. */
export function formatRejects(rejects: Reject[]): string {
  if (rejects.length === 0) return 'No records were rejected.';
  const lines = rejects.map((r) => [clip(r.file, 60), r.record ?? '', r.line === undefined ? '' : String(r.line), r.field ?? '', r.reason]);
  const header = ['FILE', 'RECORD', 'LINE', 'FIELD', 'REASON'];
  const widths = [0, 1, 2, 3].map((i) => Math.max(header[i]!.length, ...lines.map((l) => l[i]!.length)));
  const row = (cells: string[]) => cells.map((cell, i) => (i < 4 ? cell.padEnd(widths[i]!) : cell)).join('  ').trimEnd();
  return [`${rejects.length} record${rejects.length === 1 ? ' was' : 's were'} rejected:`, `  ${row(header)}`, ...lines.map((l) => `  ${row(l)}`)].join('\n');
}

/** One CSV cell; text a spreadsheet would run as a formula (=, +, -, @) is prefixed with an apostrophe. */
const csvCell = (value: string | number | undefined) => {
  let text = value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** Writes the rejects as CSV (file, record, line, field, reason), UTF-8 with a header. */
export function writeRejectsCsv(file: string, rejects: Reject[]): void {
  const rows = [['file', 'record', 'line', 'field', 'reason'], ...rejects.map((r) => [r.file, r.record, r.line, r.field, r.reason])];
  writeFileSync(file, `${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`, 'utf8');
}
