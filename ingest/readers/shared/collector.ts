import { Offer, type OfferInput } from '../../../ontology/offer.ts';
import type { ReadResult, Reject } from '../types.ts';
import { fitToLimits } from './limits.ts';
import { cleanLine } from './text.ts';
import type { Warn } from './values.ts';

/** Where a record is: its file (or URL), its own id when known, its line or index. */
export interface Where {
  file: string;
  record?: string;
  line?: number;
}

/** A mapped record, before the source and authority are stamped on it. */
export type MappedOffer = Omit<OfferInput, 'source' | 'authorityId'>;

/**
 * Gathers one read's offers, rejects and warnings. `add` is the single gate every mapped record passes:
 * it requires an id and a name, rejects a repeated id ("duplicate id"), fits text to the schema's limits
 * (warning) and validates with the Offer schema (a failure becomes a Reject naming the field).
 */
export class ReadCollector {
  readonly offers: Offer[] = [];
  readonly rejects: Reject[] = [];
  readonly warnings: string[] = [];
  /** Set when part of the source could not be read (a file, a page): what is missing was not "removed". */
  partial = false;
  private readonly ids = new Set<string>();

  constructor(readonly source: string, readonly authorityId: string) {}

  warn(where: Where, message: string): void {
    this.warnings.push(`${label(where)}: ${message}`);
  }

  /** A warning function bound to one record. */
  warnFor(where: Where): Warn {
    return (message) => this.warn(where, message);
  }

  reject(reject: Reject): void {
    this.rejects.push(reject);
  }

  /** Validates and keeps one mapped offer. Returns whether it was kept. */
  add(mapped: MappedOffer, where: Where): boolean {
    const id = cleanLine(mapped.sourceId);
    const at = { ...where, record: id ?? where.record };
    if (!id) { this.reject({ ...at, field: 'id', reason: 'the record has no id' }); return false; }
    if (!cleanLine(mapped.name)) { this.reject({ ...at, field: 'name', reason: 'the record has no name' }); return false; }
    if (this.ids.has(id)) { this.reject({ ...at, field: 'id', reason: 'duplicate id' }); return false; }
    const input = fitToLimits({ ...mapped, sourceId: id, source: this.source, authorityId: this.authorityId }, this.warnFor(at));
    if (input.minAge !== undefined && input.maxAge !== undefined && input.minAge > input.maxAge) {
      this.warn(at, `the minimum age ${input.minAge} is above the maximum age ${input.maxAge}; both left out`);
      delete input.minAge;
      delete input.maxAge;
    }
    const parsed = Offer.safeParse(input);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue?.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
      this.reject({ ...at, ...(field ? { field } : {}), reason: issue ? plainIssue(issue.message, field) : 'not a valid offer' });
      return false;
    }
    this.ids.add(id);
    this.offers.push(parsed.data);
    return true;
  }

  result(): ReadResult {
    const result: ReadResult = { offers: this.offers, rejects: this.rejects, warnings: this.warnings };
    if (this.partial) result.partial = true;
    return result;
  }
}

function plainIssue(message: string, field: string | undefined): string {
  if (field === 'minAge' && /minimum age/.test(message)) return 'the minimum age is above the maximum age';
  return `${field ?? 'value'}: ${message}`;
}

export function label(where: Where): string {
  const parts = [where.file];
  if (where.record) parts.push(`record ${where.record}`);
  if (where.line !== undefined) parts.push(`${/\.json$|^https?:/i.test(where.file) ? 'entry' : 'line'} ${where.line}`);
  return parts.join(', ');
}
