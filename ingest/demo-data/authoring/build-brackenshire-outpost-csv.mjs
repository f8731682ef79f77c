// Assembles part of the FICTIONAL Brackenshire demo Local Offer from the hand-written entries beside it:
//  - brackenshire/outpost/services-page-N.json: Outpost directory API pages (education, information and advice,
//    preparing for adulthood, travel, childcare, leisure, money, housing, disagreement resolution and redress),
//    each service in the shape of Outpost's API (scout-x fixture service.json), with Brackenshire's own extra
//    taxonomy terms (brackenshire-orgs.mjs);
//  - brackenshire/spreadsheet/local-offer-services.csv: the officers' spreadsheet, in the CSV template of
//    ingest/README.md.
// It only wraps the text in the formats; it does not generate or vary any wording.
// Run: node ingest/demo-data/authoring/build-brackenshire-outpost-csv.mjs

import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { places, accessibilities } from './brackenshire-places.mjs';
import { orgs, extraTaxonomies } from './brackenshire-orgs.mjs';
import { education } from './brackenshire-outpost-education.mjs';
import { advice, redress } from './brackenshire-outpost-advice-redress.mjs';
import { adulthood, travel, housing } from './brackenshire-outpost-adulthood-travel-housing.mjs';
import { childcare, leisure, money } from './brackenshire-outpost-childcare-leisure-money.mjs';
import { rows } from './brackenshire-spreadsheet-rows.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const demo = join(here, '..');
const sharedOutpost = '/work/shared/data/outpost';

// ---- vocabularies from Outpost's API fixtures ----
const readJson = (f) => JSON.parse(readFileSync(join(sharedOutpost, f), 'utf8'));
const sendNeeds = Object.fromEntries(readJson('scout-x_fixture_send_needs.json').map((n) => [n.slug, n]));
const suitabilities = Object.fromEntries(readJson('scout-x_fixture_suitabilities.json').map((n) => [n.slug, n]));
const taxonomy = {};
(function walk(nodes, parentSlug) {
  for (const n of nodes) {
    taxonomy[n.slug] = { id: n.id, name: n.label.trim(), parent: parentSlug };
    walk(n.children ?? [], n.slug);
  }
})(readJson('scout-x_fixture_taxonomies.json'), null);
Object.assign(taxonomy, extraTaxonomies);

const QUESTIONS = [
  'What outcomes does your setting, service or activity aim to achieve for children and young people with SEND and their families?',
  'What recent SEND-specific training has been completed by your staff and/or volunteers?',
  'How do you involve parents and how can I get involved?',
  'How will you share information with me about my child\u2019s progress? What is additional for children with SEND?',
  'How accessible is the environment (indoors and outdoors)?',
  'How can children and young people with SEND and their families start to use your service or activity?',
  'What future plans do you have for developing your SEND provision?',
];

const fail = (msg) => { throw new Error(msg); };

function taxonomiesFor(slugs, name) {
  const out = new Map();
  for (const slug of slugs) {
    let s = slug;
    while (s) {
      const t = taxonomy[s] ?? fail(`${name}: unknown taxonomy ${s}`);
      out.set(t.id, { id: t.id, name: t.name, slug: s, parent_id: t.parent ? taxonomy[t.parent].id : null });
      s = t.parent;
    }
  }
  return [...out.values()];
}

// stable ids for shared places; new ids for one-off locations
const placeIds = new Map(Object.keys(places).map((k, i) => [k, 3101 + i * 3]));
let nextInlineLocation = 3501;
let nextContact = 5201;
let nextSchedule = 7101;
let nextCost = 8801;

function location(ref, name) {
  const p = typeof ref === 'string' ? (places[ref] ?? fail(`${name}: unknown place ${ref}`)) : ref;
  const id = typeof ref === 'string' ? placeIds.get(ref) : nextInlineLocation++;
  if (!(p.lon >= -2.9 && p.lon <= -2.2 && p.lat >= 52.0 && p.lat <= 52.5)) fail(`${name}: point outside Brackenshire`);
  const masked = Boolean(p.mask);
  return {
    id,
    name: p.name,
    address_1: masked ? null : p.address_1,
    city: p.city,
    state_province: 'Brackenshire',
    postal_code: masked ? p.postal_code.split(' ')[0] : p.postal_code,
    country: 'GB',
    geometry: { type: 'Point', coordinates: masked ? [Math.round(p.lon * 100) / 100, Math.round(p.lat * 100) / 100] : [p.lon, p.lat] },
    mask_exact_address: masked,
    accessibilities: (p.acc ?? []).map((slug) => {
      const [aid, label] = accessibilities[slug] ?? fail(`${name}: unknown accessibility ${slug}`);
      return { id: aid, name: label, slug };
    }),
  };
}

function bands(b) {
  if (!b) return { age_band_under_2: null, age_band_2: null, age_band_3_4: null, age_band_5_7: null, age_band_8_plus: null, age_band_all: null };
  return {
    age_band_under_2: Boolean(b.under_2), age_band_2: Boolean(b.two), age_band_3_4: Boolean(b.three_four),
    age_band_5_7: Boolean(b.five_seven), age_band_8_plus: Boolean(b.eight_plus), age_band_all: Boolean(b.all),
  };
}

function service(e, id) {
  const org = orgs[e.org] ?? fail(`${e.name}: unknown organisation ${e.org}`);
  const isLocalOffer = e.lo !== null && e.lo !== undefined;
  if (isLocalOffer && e.lo.a.length !== 7) fail(`${e.name}: local offer needs 7 answers`);
  const oid = createHash('sha1').update(`brackenshire-outpost-${id}`).digest('hex').slice(0, 24);
  return {
    _id: oid,
    id,
    updated_at: e.updated,
    name: e.name,
    description: e.desc,
    url: e.url ?? null,
    visible_from: null,
    visible_to: null,
    min_age: e.min ?? null,
    max_age: e.max ?? null,
    ...bands(e.bands),
    needs_referral: e.referral ?? null,
    free: e.free ?? null,
    created_at: e.created,
    locations: (e.locs ?? []).map((l) => location(l, e.name)),
    contacts: (e.contacts ?? []).map((c) => ({ id: nextContact++, name: c.name, title: c.title, email: c.email, phone: c.phone })),
    organisation: { id: org.id, name: org.name, description: org.description, email: org.email, url: org.url },
    taxonomies: taxonomiesFor(e.tax ?? [], e.name),
    regular_schedules: (e.sched ?? []).map(([weekday, opens_at, closes_at]) => ({ id: nextSchedule++, weekday, opens_at, closes_at })),
    cost_options: (e.costs ?? []).map(([option, amount, cost_type]) => ({ id: nextCost++, option, amount, cost_type })),
    links: (e.links ?? []).map(([label, url]) => ({ label, url })),
    send_needs: (e.needs ?? []).map((slug) => {
      const n = sendNeeds[slug] ?? fail(`${e.name}: unknown send need ${slug}`);
      return { id: n.id, name: n.label, slug: n.slug };
    }),
    suitabilities: (e.suits ?? []).map((slug) => {
      const s = suitabilities[slug] ?? fail(`${e.name}: unknown suitability ${slug}`);
      return { id: s.id, name: s.label, slug: s.slug };
    }),
    local_offer: isLocalOffer
      ? {
          description: e.lo.d ?? null,
          link: e.lo.link ?? null,
          survey_answers: QUESTIONS.map((question, i) => ({ question, answer: e.lo.a[i] })),
        }
      : null,
    target_directories: isLocalOffer
      ? [{ name: 'Brackenshire Family Information Service', label: 'fis' }, { name: 'Brackenshire SEND Local Offer', label: 'localoffer' }]
      : [{ name: 'Brackenshire Family Information Service', label: 'fis' }],
  };
}

// ---- Outpost pages ----
const entries = [...education, ...advice, ...redress, ...adulthood, ...travel, ...housing, ...childcare, ...leisure, ...money];
const names = new Set();
for (const e of entries) {
  if (names.has(e.name)) fail(`duplicate service name ${e.name}`);
  names.add(e.name);
}
// ids follow creation order, with gaps (other services in the same Outpost instance sit between them)
const byCreation = [...entries].sort((a, b) => a.created.localeCompare(b.created) || a.name.localeCompare(b.name));
const ids = new Map();
let id = 1187;
for (const e of byCreation) {
  ids.set(e, id);
  id += 3 + (createHash('sha1').update(e.name).digest()[0] % 17);
}
const services = entries.map((e) => service(e, ids.get(e))).sort((a, b) => a.id - b.id);

const size = 20;
const totalPages = Math.ceil(services.length / size);
const outpostDir = join(demo, 'brackenshire', 'outpost');
mkdirSync(outpostDir, { recursive: true });
for (let n = 0; n < totalPages; n++) {
  const content = services.slice(n * size, (n + 1) * size);
  const page = { totalElements: services.length, totalPages, number: n, size, first: n === 0, last: n === totalPages - 1, empty: content.length === 0, content };
  writeFileSync(join(outpostDir, `services-page-${n + 1}.json`), JSON.stringify(page, null, 2) + '\n');
}

// ---- spreadsheet ----
const COLUMNS = ['id', 'name', 'kind', 'setting_type', 'organisation', 'description', 'needs', 'min_age', 'max_age', 'eligibility', 'access_route', 'referral', 'cost', 'cost_detail', 'waiting_time', 'areas', 'address', 'postcode', 'phone', 'email', 'website', 'opening_times', 'delivery', 'languages', 'accessibility', 'commissioner', 'legislation', 'last_reviewed'];
const seen = new Set();
for (const r of rows) {
  if (!r.id || !r.name) fail('every row needs an id and a name');
  if (seen.has(r.id)) fail(`duplicate row id ${r.id}`);
  seen.add(r.id);
  for (const k of Object.keys(r)) if (!COLUMNS.includes(k)) fail(`${r.id}: unknown column ${k}`);
}
const cell = (v) => {
  const s = v === undefined || v === null ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const csv = [COLUMNS.join(','), ...rows.map((r) => COLUMNS.map((c) => cell(r[c])).join(','))].join('\r\n') + '\r\n';
const sheetDir = join(demo, 'brackenshire', 'spreadsheet');
mkdirSync(sheetDir, { recursive: true });
writeFileSync(join(sheetDir, 'local-offer-services.csv'), csv);

console.log(`outpost: ${services.length} services in ${totalPages} pages; spreadsheet: ${rows.length} rows`);
