/**
 * The Open Referral UK (HSDS 3.0 UK profile) shapes this feed writes: the profile's fields, plus a few HSDS 3.0
 * fields the UK profile leaves out but readers understand (summary, eligibility_description, application_process,
 * wait_time, phones, a language's name, a contact's email, an attribute's label and value). Optional fields
 * without a value are left out, never sent as null (ORUK compliance criteria).
 */

export type OrukPage<T> = {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: T[];
};

export type OrukApiDetails = {
  version: string;
  profile: string;
  openapi_url: string;
};

export type OrukTaxonomy = {
  id: string;
  name: string;
  description: string;
  taxonomy_terms?: OrukTaxonomyTerm[];
};

export type OrukTaxonomyTerm = {
  id: string;
  name: string;
  description: string;
  parent_id?: string;
  taxonomy: string;
  taxonomy_id: string;
  /** The concept's id in our vocabulary, e.g. "need:autism". */
  term: string;
  term_uri?: string;
};

export type OrukOrganization = {
  id: string;
  name: string;
  description: string;
  website?: string;
};

export type OrukAttribute = {
  id: string;
  link_id: string;
  link_type: string;
  link_entity: 'service';
  taxonomy_term_id: string;
  taxonomy_term: OrukTaxonomyTerm;
  /** "stated" when a field of the source said so, "inferred" when enrichment found it in the text. */
  value: 'stated' | 'inferred';
  /** Where it came from, in words (the field, or the words in the text). */
  label: string;
};

export type OrukServiceListItem = {
  id: string;
  name: string;
  description?: string;
  url?: string;
  email?: string;
  status: 'active';
  minimum_age?: number;
  maximum_age?: number;
  assured_date?: string;
  last_modified?: string;
  organization_id?: string;
  organization?: OrukOrganization;
};

export type OrukAddress = {
  id: string;
  address_1: string;
  city: string;
  state_province: string;
  postal_code: string;
  country: string;
  address_type: 'physical';
};

export type OrukLocation = {
  id: string;
  location_type: 'physical';
  name?: string;
  latitude?: number;
  longitude?: number;
  addresses?: OrukAddress[];
  accessibility?: Array<{ id: string; description: string }>;
};

export type OrukService = OrukServiceListItem & {
  summary?: string;
  eligibility_description?: string;
  application_process?: string;
  wait_time?: string;
  phones?: Array<{ id: string; number: string }>;
  schedules?: Array<{ id: string; description?: string; attending_type?: string }>;
  service_areas?: Array<{ id: string; name: string; service_area: string }>;
  service_at_locations?: Array<{ id: string; location_id: string; location: OrukLocation }>;
  languages?: Array<{ id: string; name: string }>;
  funding?: Array<{ id: string; source: string }>;
  cost_options?: Array<{ id: string; option: string; amount?: number; amount_description?: string }>;
  contacts?: Array<{ id: string; name?: string; title?: string; email?: string; phones?: Array<{ id: string; number: string }> }>;
  attributes?: OrukAttribute[];
};
