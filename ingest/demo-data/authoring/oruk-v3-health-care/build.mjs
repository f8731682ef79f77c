// Builds the FICTIONAL Brackenshire health and social care feed in Open Referral UK v3 shape.
//
// What it does: reads the hand-written service entries in ./entries/*.mjs (each entry's words were written
// for that service; this script only expands the structured bits: stable UUIDs, the organisation, premises,
// contacts/phones, schedules, areas, taxonomy attributes and dates into the full ORUK v3 service shape),
// then writes ../../brackenshire/oruk-v3/services-page-N.json (pages of 50, the v3 /services page shape)
// and taxonomies.json, and validates every service against the UK profile schema
// (/work/shared/data/oruk-uk-profile-3.0/schema/compiled/service.json) with ajv.
//
// Run from the repo root:  node ingest/demo-data/authoring/oruk-v3-health-care/build.mjs

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { v5 as uuidv5 } from 'uuid';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { places } from './places.mjs';
import { orgs } from './orgs.mjs';
import { TAXONOMY, terms } from './taxonomy.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.resolve(here, '../../brackenshire/oruk-v3');
const SCHEMA = '/work/shared/data/oruk-uk-profile-3.0/schema/compiled/service.json';
const PAGE_SIZE = 50;
const TODAY = '2026-11-22';

const NS = uuidv5('https://www.brackenshire.gov.uk.example/localoffer/oruk-v3', uuidv5.URL);
const uid = (...parts) => uuidv5(parts.join('|'), NS);

const AREAS = {
  ashcombe: 'Ashcombe',
  'kirkby-lees': 'Kirkby Lees',
  'marston-fold': 'Marston Fold',
  thornhollow: 'Thornhollow',
  'wyvern-bay': 'Wyvern Bay'
};
const AREA_URI = (id) => `https://www.brackenshire.gov.uk.example/localoffer/areas/${id}`;

const LANGS = {
  en: 'English', pl: 'Polish', ur: 'Urdu', pa: 'Punjabi', ro: 'Romanian', pt: 'Portuguese',
  bfi: 'British Sign Language', bn: 'Bengali', ar: 'Arabic', uk: 'Ukrainian', lt: 'Lithuanian'
};

const FUNDERS = {
  icb: 'NHS Brackenshire and Wyvern Integrated Care Board',
  csc: 'Brackenshire County Council children\'s social care',
  ph: 'Brackenshire County Council public health grant',
  asc: 'Brackenshire County Council adult social care',
  hn: 'Brackenshire County Council education: Dedicated Schools Grant high needs block',
  nhse: 'NHS England specialised commissioning',
  s75: 'Pooled budget under a section 75 agreement between Brackenshire County Council and NHS Brackenshire and Wyvern Integrated Care Board',
  fh: 'Department for Education and Department of Health and Social Care Family Hubs and Start for Life programme grant',
  bcf: 'Better Care Fund (Brackenshire County Council and NHS Brackenshire and Wyvern Integrated Care Board)',
  charity: 'Charitable fundraising and donations'
};

// ---------- taxonomy ----------
const termByKey = new Map();
const taxonomyId = uid('taxonomy', TAXONOMY.name);
function pathOf(key) {
  const t = terms.find((x) => x[0] === key);
  return t[1] ? `${pathOf(t[1])} > ${t[2]}` : t[2];
}
for (const [key, parent, name, description, linkType] of terms) {
  termByKey.set(key, {
    linkType,
    term: {
      id: uid('term', key),
      name,
      description,
      ...(parent ? { parent_id: uid('term', parent) } : {}),
      taxonomy: TAXONOMY.name,
      taxonomy_id: taxonomyId,
      term_uri: `${TAXONOMY.uri}/${key.replace(/\./g, '/')}`,
      term: pathOf(key)
    }
  });
}

// ---------- helpers ----------
function hash(s) {
  let h = 2166136261;
  for (const c of s) h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0;
  return h;
}
function lastModified(e) {
  if (e.modified) return e.modified;
  const h = hash(e.key);
  const d = new Date(`${e.reviewed}T00:00:00.000Z`);
  // most records change on the day they are checked; some a little later
  const lag = h % 5 === 0 ? (h >>> 3) % 40 : 0;
  d.setUTCDate(d.getUTCDate() + lag);
  const max = new Date(`${TODAY}T00:00:00.000Z`);
  if (d > max) d.setTime(max.getTime() - 86400000 * 2);
  d.setUTCHours(8 + ((h >>> 5) % 9), (h >>> 9) % 60, (h >>> 15) % 60, (h >>> 21) % 1000);
  return d.toISOString();
}

function organization(key) {
  const o = orgs[key];
  if (!o) throw new Error(`unknown org ${key}`);
  return {
    id: uid('org', key),
    name: o.name,
    description: o.description,
    email: o.email,
    website: o.website,
    uri: o.website,
    ...(o.parent ? { parent_organization_id: uid('org', o.parent) } : {})
  };
}

function location(key) {
  const p = places[key];
  if (!p) throw new Error(`unknown place ${key}`);
  const locId = uid('location', key);
  const county = p.district ? 'Brackenshire' : p.town;
  return {
    id: locId,
    location_type: 'physical',
    name: p.name,
    description: p.about,
    latitude: p.lat,
    longitude: p.lon,
    addresses: [{
      id: uid('address', key),
      location_id: locId,
      address_1: p.address,
      city: p.town,
      state_province: county,
      postal_code: p.postcode,
      country: 'GB',
      address_type: 'physical'
    }],
    accessibility: p.access ? [{
      id: uid('accessibility', key),
      location_id: locId,
      description: p.access,
      accessibility: p.access
    }] : []
  };
}

function serviceAreas(e, sid) {
  if (e.areas === 'all' || e.areas === undefined) {
    return [{
      id: uid('area', e.key, 'brackenshire'),
      service_id: sid,
      name: 'Brackenshire',
      service_area: e.areaText ?? 'All of Brackenshire (Ashcombe, Kirkby Lees, Marston Fold, Thornhollow and Wyvern Bay)',
      extent_type: 'text',
      uri: AREA_URI('brackenshire')
    }];
  }
  return e.areas.map((a) => {
    if (!AREAS[a]) throw new Error(`${e.key}: unknown area ${a}`);
    return {
      id: uid('area', e.key, a),
      service_id: sid,
      name: AREAS[a],
      service_area: AREAS[a],
      extent_type: 'text',
      uri: AREA_URI(a)
    };
  });
}

function schedules(e, sid, salIds) {
  return (e.sched ?? []).map((s, i) => {
    const out = { id: uid('schedule', e.key, i), service_id: sid };
    if (s.at) out.service_at_location_id = salIds[s.at];
    if (s.validFrom) out.valid_from = s.validFrom;
    if (s.validTo) out.valid_to = s.validTo;
    if (s.dtstart) out.dtstart = s.dtstart;
    if (s.freq) out.freq = s.freq;
    if (s.interval) out.interval = s.interval;
    if (s.byday) out.byday = s.byday;
    if (s.open) out.opens_at = s.open;
    if (s.close) out.closes_at = s.close;
    if (s.description) out.description = s.description;
    if (s.attend) out.attending_type = s.attend;
    if (s.notes) out.notes = s.notes;
    return out;
  });
}

function buildService(e) {
  const required = ['key', 'name', 'org', 'desc', 'reviewed', 'terms'];
  for (const r of required) if (!e[r]) throw new Error(`${e.key ?? e.name}: missing ${r}`);
  const sid = uid('service', e.key);
  const salIds = {};
  const sal = (e.locs ?? []).map((p) => {
    const loc = location(p);
    const id = uid('service_at_location', e.key, p);
    salIds[p] = id;
    return { id, service_id: sid, location_id: loc.id, location: loc };
  });
  const s = {
    id: sid,
    organization_id: uid('org', e.org),
    name: e.name,
    description: e.desc.trim().replace(/\n[ \t]+/g, '\n'),
    ...(e.url ? { url: e.url } : {}),
    ...(e.email ? { email: e.email } : {}),
    status: e.status ?? 'active',
    ...(e.fees ? { fees: e.fees } : {}),
    ...(e.accred ? { accreditations: e.accred } : {}),
    ...(e.ages ? { minimum_age: e.ages[0], maximum_age: e.ages[1] } : {}),
    assured_date: e.reviewed,
    assurer_email: e.assurer ?? 'localoffer@brackenshire.gov.uk.example',
    ...(e.alert ? { alert: e.alert } : {}),
    last_modified: lastModified(e),
    schedules: schedules(e, sid, salIds),
    service_areas: serviceAreas(e, sid),
    service_at_locations: sal,
    languages: (e.langs ?? ['en']).map((code) => {
      if (!LANGS[code]) throw new Error(`${e.key}: unknown language ${code}`);
      return { id: uid('language', e.key, code), service_id: sid, name: LANGS[code], code };
    }),
    organization: organization(e.org),
    funding: (e.funding ?? []).map((f, i) => ({ id: uid('funding', e.key, i), service_id: sid, source: FUNDERS[f] ?? f })),
    cost_options: (e.costs ?? []).map(([option, amount, amountDescription, validFrom, validTo], i) => ({
      id: uid('cost', e.key, i),
      service_id: sid,
      ...(validFrom ? { valid_from: validFrom } : {}),
      ...(validTo ? { valid_to: validTo } : {}),
      option,
      ...(amount !== null && amount !== undefined ? { amount } : {}),
      ...(amountDescription ? { amount_description: amountDescription } : {})
    })),
    contacts: (e.contacts ?? []).map((c, i) => {
      const cid = uid('contact', e.key, i);
      return {
        id: cid,
        service_id: sid,
        ...(c.name ? { name: c.name } : {}),
        ...(c.title ? { title: c.title } : {}),
        phones: (c.phones ?? []).map(([number, description], j) => ({
          id: uid('phone', e.key, i, j),
          contact_id: cid,
          number,
          ...(description ? { description } : {})
        }))
      };
    }),
    attributes: e.terms.map((k) => {
      const t = termByKey.get(k);
      if (!t) throw new Error(`${e.key}: unknown term ${k}`);
      return {
        id: uid('attribute', e.key, k),
        link_id: sid,
        taxonomy_term_id: t.term.id,
        link_type: t.linkType,
        taxonomy_term: t.term
      };
    })
  };
  return s;
}

// ---------- load entries ----------
const entryDir = path.join(here, 'entries');
const files = fs.readdirSync(entryDir).filter((f) => f.endsWith('.mjs')).sort();
const entries = [];
for (const f of files) {
  const mod = await import(pathToFileURL(path.join(entryDir, f)).href);
  for (const e of mod.default) entries.push({ ...e, _file: f });
}
const keys = new Set();
for (const e of entries) {
  if (keys.has(e.key)) throw new Error(`duplicate key ${e.key}`);
  keys.add(e.key);
}
const services = entries.map(buildService).sort((a, b) => a.id.localeCompare(b.id));

// ---------- sanity checks on the words and numbers ----------
const problems = [];
for (const s of services) {
  const text = JSON.stringify(s).replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '');
  for (const m of text.matchAll(/0\d{3,4} ?\d{3} ?\d{3,4}/g)) {
    const n = m[0].replace(/ /g, '');
    if (!/^01632960\d{3}$/.test(n) && !/^0800/.test(n) && !/^0300/.test(n) && !/^0808/.test(n)) problems.push(`${s.name}: phone ${m[0]}`);
  }
  for (const m of text.matchAll(/https?:\/\/[^\s"')]+/g)) {
    const host = new URL(m[0]).hostname;
    if (!host.endsWith('.example')) problems.push(`${s.name}: url ${m[0]}`);
  }
  for (const m of text.matchAll(/[\w.+-]+@[\w.-]+/g)) {
    if (!m[0].endsWith('.example')) problems.push(`${s.name}: email ${m[0]}`);
  }
  if (s.assured_date > TODAY) problems.push(`${s.name}: assured in the future`);
}
for (const n of text0800(services)) problems.push(n);
function text0800(list) {
  // 0800/0808/0300 numbers are allowed only for real national helplines named in text; flag them for a look
  const out = [];
  for (const s of list) for (const m of s.description.matchAll(/0(800|808|300) ?\d{3} ?\d{3,4}/g)) out.push(`check national number in ${s.name}: ${m[0]}`);
  return out;
}

// ---------- validate ----------
const schema = JSON.parse(fs.readFileSync(SCHEMA, 'utf8'));
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(schema);
let invalid = 0;
for (const s of services) {
  if (!validate(s)) {
    invalid++;
    console.error(`INVALID ${s.name}:`, JSON.stringify(validate.errors, null, 1));
  }
}

// ---------- write ----------
fs.mkdirSync(OUT, { recursive: true });
for (const f of fs.readdirSync(OUT)) if (/^services-page-\d+\.json$/.test(f)) fs.unlinkSync(path.join(OUT, f));
const totalPages = Math.ceil(services.length / PAGE_SIZE);
for (let p = 1; p <= totalPages; p++) {
  const contents = services.slice((p - 1) * PAGE_SIZE, p * PAGE_SIZE);
  const page = {
    total_items: services.length,
    total_pages: totalPages,
    page_number: p,
    size: PAGE_SIZE,
    first_page: p === 1,
    last_page: p === totalPages,
    empty: contents.length === 0,
    contents
  };
  fs.writeFileSync(path.join(OUT, `services-page-${p}.json`), JSON.stringify(page, null, 2) + '\n');
}
const taxonomyDoc = {
  total_items: 1,
  total_pages: 1,
  page_number: 1,
  size: 1,
  first_page: true,
  last_page: true,
  empty: false,
  contents: [{
    id: taxonomyId,
    name: TAXONOMY.name,
    description: TAXONOMY.description,
    uri: TAXONOMY.uri,
    version: TAXONOMY.version,
    taxonomy_terms: [...termByKey.values()].map((t) => t.term)
  }]
};
fs.writeFileSync(path.join(OUT, 'taxonomies.json'), JSON.stringify(taxonomyDoc, null, 2) + '\n');

// ---------- report ----------
const stale = services.filter((s) => s.assured_date < '2025-11-22').length;
const outside = services.filter((s) => s.service_at_locations.some((l) => !l.location.addresses[0].postal_code.startsWith('BK'))).length;
console.log(`services: ${services.length} in ${totalPages} pages; invalid: ${invalid}; reviewed over 12 months ago: ${stale}; based outside Brackenshire: ${outside}`);
const byFile = {};
for (const e of entries) byFile[e._file] = (byFile[e._file] ?? 0) + 1;
console.log(byFile);
if (problems.length) console.log('CHECK:\n' + problems.join('\n'));
if (invalid) process.exit(1);
