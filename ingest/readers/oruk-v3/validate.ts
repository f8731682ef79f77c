import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { isRecord, type JsonRecord } from '../shared/values.ts';

/**
 * Validation against the Open Referral UK profile (HSDS 3.0) service schemas, copied into ./schema with their
 * attribution. They declare no `$schema`, so Ajv's default draft-07 applies; their Table Schema keywords are
 * ignored (strict: false). Formats (uuid, uri, email, date-time) are checked with ajv-formats.
 */

function load(name: string): JsonRecord {
  return JSON.parse(readFileSync(new URL(`./schema/${name}`, import.meta.url), 'utf8')) as JsonRecord;
}

let compiled: { full: ValidateFunction; list: ValidateFunction } | undefined;

function validators(): { full: ValidateFunction; list: ValidateFunction } {
  if (!compiled) {
    const ajv = new Ajv({ strict: false, allErrors: true, verbose: true, validateSchema: false });
    addFormats.default(ajv, ['uuid', 'uri', 'email', 'date-time', 'date']);
    compiled = { full: ajv.compile(load('service.json')), list: ajv.compile(load('service_list.json')) };
  }
  return compiled;
}

export interface SchemaProblem {
  /** JSON pointer of the first problem, e.g. "/service_at_locations/0/location/id". */
  field: string;
  /** Plain-English reason(s), e.g. "/minimum_age should be a number, not text". */
  reason: string;
}

/**
 * Null values are taken as absent before validating (many live feeds send `null` for empty optional fields,
 * which the schema's `type: string` would otherwise reject); a null required field still fails as missing.
 */
export function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (!isRecord(value)) return value;
  const out: JsonRecord = {};
  for (const [k, v] of Object.entries(value)) if (v !== null) out[k] = withoutNulls(v);
  return out;
}

/** Validates one service (`full` for /services/{id}, `list` for a /services page entry). */
export function validateService(service: unknown, kind: 'full' | 'list'): SchemaProblem | undefined {
  const validate = validators()[kind];
  if (validate(service)) return undefined;
  const errors = (validate.errors ?? []).filter((e) => e.keyword !== 'if');
  const first = errors[0];
  if (!first) return { field: '', reason: 'does not match the ORUK service schema' };
  const reasons = [...new Set(errors.slice(0, 3).map(plain))];
  const more = errors.length > 3 ? ` (and ${errors.length - 3} more problems)` : '';
  return { field: pointer(first), reason: reasons.join('; ') + more };
}

function pointer(e: ErrorObject): string {
  if (e.keyword === 'required') return `${e.instancePath}/${String(e.params.missingProperty)}`;
  return e.instancePath || '/';
}

function plain(e: ErrorObject): string {
  const at = pointer(e);
  const value = e.data;
  switch (e.keyword) {
    case 'required':
      return `${at} is missing (required)`;
    case 'type':
      return `${at} should be ${article(String(e.params.type))}, not ${describeJson(value)}`;
    case 'format':
      return `${at} is not a valid ${String(e.params.format)} ("${String(value).slice(0, 40)}")`;
    case 'enum':
      return `${at} must be one of: ${(e.params.allowedValues as unknown[]).join(', ')}`;
    default:
      return `${at} ${e.message ?? 'is not valid'}`;
  }
}

function article(type: string): string {
  return type === 'array' ? 'a list' : type === 'object' ? 'an object' : type === 'string' ? 'text' : `a ${type}`;
}

function describeJson(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'string') return `text ("${value.slice(0, 30)}")`;
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
