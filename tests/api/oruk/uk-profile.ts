import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

/**
 * Validators for every ORUK v3 response, built with Ajv from the UK profile's own JSON Schemas (copied into
 * ./uk-profile with their attribution). The profile's schemas declare no `$schema`, so Ajv's default draft-07
 * applies, with formats (uuid, uri, email, date-time) checked by ajv-formats and the Table Schema keywords
 * (constraints, example, core...) ignored. The paging envelope is the OpenAPI `Page` schema with every field
 * required, as the HSDS API reference says a list must include them.
 */

type Json = Record<string, unknown>;
const load = (name: string): Json => JSON.parse(readFileSync(new URL(`./uk-profile/${name}`, import.meta.url), 'utf8')) as Json;

const openapi = load('openapi.json') as {
  components: { schemas: { Page: Json } };
  paths: Record<string, { get: { responses: { 200: { content: { 'application/json': { schema: Json } } } } } }>;
};

const PAGE_FIELDS = ['total_items', 'total_pages', 'page_number', 'size', 'first_page', 'last_page', 'empty', 'contents'];

function pageOf(itemRef: string): Json {
  return {
    allOf: [openapi.components.schemas.Page],
    type: 'object',
    required: PAGE_FIELDS,
    properties: { contents: { type: 'array', items: { $ref: itemRef } } },
  };
}

export interface UkProfileValidators {
  apiDetails: ValidateFunction;
  servicesPage: ValidateFunction;
  service: ValidateFunction;
  taxonomiesPage: ValidateFunction;
  taxonomy: ValidateFunction;
  termsPage: ValidateFunction;
  term: ValidateFunction;
}

export function ukProfileValidators(): UkProfileValidators {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addSchema(load('service.json'), 'service.json');
  ajv.addSchema(load('service_list.json'), 'service_list.json');
  ajv.addSchema(load('taxonomy_term.json'), 'taxonomy_term.json');
  ajv.addSchema(load('taxonomy.json'), 'taxonomy.json');
  const details = openapi.paths['/']?.get.responses[200].content['application/json'].schema ?? {};
  const byRef = (ref: string) => {
    const validate = ajv.getSchema(ref);
    if (!validate) throw new Error(`schema ${ref} did not load`);
    return validate;
  };
  return {
    apiDetails: ajv.compile({ ...details, required: ['version', 'profile', 'openapi_url'] }),
    servicesPage: ajv.compile(pageOf('service_list.json')),
    service: byRef('service.json'),
    taxonomiesPage: ajv.compile(pageOf('taxonomy.json')),
    taxonomy: byRef('taxonomy.json'),
    termsPage: ajv.compile(pageOf('taxonomy_term.json')),
    term: byRef('taxonomy_term.json'),
  };
}

/** The validation errors in a few lines ("" when valid), for a readable test failure. */
export function problems(validate: ValidateFunction, data: unknown): string {
  if (validate(data)) return '';
  return (validate.errors ?? []).slice(0, 5).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`).join('\n');
}
