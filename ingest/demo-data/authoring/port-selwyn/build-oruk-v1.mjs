// Assembles the Port Selwyn City Council demo feed (FICTIONAL) as ORUK v1 (LGA profile) /services pages.
//
// The service texts are hand-written in ./services-*.mjs, one entry per service, in the voice of whichever
// organisation keeps that entry. This script only wraps them in the v1 nested tables (organization,
// eligibilitys, service_areas, service_at_locations > location > physical_addresses and
// accessibility_for_disabilities, contacts > phones, cost_options, regular_schedules, holiday_schedules,
// languages, service_taxonomys > taxonomy, fundings, reviews), gives every row a stable UUID derived from
// its key (so re-running gives identical files), and writes pages of 20 in the Spring page shape
// { totalElements, totalPages, number, size, first, last, empty, content }.
//
// Run: node ingest/demo-data/authoring/port-selwyn/build-oruk-v1.mjs
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync, readdirSync, unlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ORGS, LOCATIONS, TAXONOMY } from './reference.mjs';
import health from './services-health.mjs';
import care from './services-care.mjs';
import education from './services-education.mjs';
import other from './services-other.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(here, '..', '..', 'port-selwyn', 'oruk-v1');
const PAGE_SIZE = 20;

/** A stable UUID (v5 layout) from a key, so ids never change between runs. */
function uuid(key) {
  const h = createHash('sha1').update('port-selwyn-demo:' + key).digest('hex');
  const variant = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const DAY_NUMBER = { MO: 1, TU: 2, WE: 3, TH: 4, FR: 5, SA: 6, SU: 7 };

function organization(key) {
  const o = ORGS[key];
  if (!o) throw new Error('unknown organisation ' + key);
  return {
    id: uuid('org:' + key),
    name: o.name,
    description: o.description,
    email: o.email ?? null,
    url: o.url ?? null,
    logo: null,
    uri: null,
  };
}

function location(sKey, lKey, i) {
  const l = LOCATIONS[lKey];
  if (!l) throw new Error('unknown location ' + lKey);
  return {
    id: uuid(`sal:${sKey}:${lKey}`),
    location: {
      id: uuid('loc:' + lKey),
      name: l.name,
      description: l.description ?? null,
      latitude: null,
      longitude: null,
      physical_addresses: l.address
        ? [
            {
              id: uuid('addr:' + lKey),
              attention: null,
              address_1: l.address[0],
              address_2: l.address[1] ?? null,
              address_3: null,
              address_4: null,
              city: 'Port Selwyn',
              region: null,
              state_province: 'Port Selwyn',
              postal_code: l.postcode,
              country: 'GB',
            },
          ]
        : [],
      accessibility_for_disabilities: (l.access ?? []).map((a, j) => ({
        id: uuid(`access:${lKey}:${j}`),
        accessibility: a[0],
        details: a[1] ?? null,
      })),
    },
  };
}

function schedule(sKey, s, i) {
  const days = s.byday ? s.byday.split(',') : [];
  return {
    id: uuid(`sched:${sKey}:${i}`),
    weekday: days.length === 1 ? DAY_NUMBER[days[0].replace(/^-?\d/, '')] ?? null : null,
    opens_at: s.opens ?? null,
    closes_at: s.closes ?? null,
    valid_from: s.valid_from ?? null,
    valid_to: s.valid_to ?? null,
    dtstart: s.dtstart ?? null,
    freq: s.freq ?? (s.byday ? 'WEEKLY' : null),
    interval: s.interval ?? null,
    byday: s.byday ?? null,
    bymonthday: s.bymonthday ?? null,
    description: s.description ?? null,
  };
}

function taxonomyRow(sKey, tKey) {
  const t = TAXONOMY[tKey];
  if (!t) throw new Error('unknown taxonomy term ' + tKey);
  return {
    id: uuid(`st:${sKey}:${tKey}`),
    taxonomy: { id: tKey, name: t.name, vocabulary: t.vocabulary },
  };
}

function service(s) {
  const k = s.key;
  return {
    id: uuid('svc:' + k),
    name: s.name,
    alternate_name: s.alternate_name ?? null,
    description: s.description,
    url: s.url ?? null,
    email: s.email ?? null,
    status: s.status ?? 'active',
    interpretation_services: s.interpretation_services ?? null,
    application_process: s.application_process ?? null,
    wait_time: s.wait_time ?? null,
    fees: s.fees ?? null,
    accreditations: s.accreditations ?? null,
    deliverable_type: s.deliverable_type ?? null,
    attending_type: s.attending_type ?? null,
    attending_access: s.attending_access ?? null,
    assured_date: s.assured_date ?? null,
    service_areas: (s.areas ?? []).map((a, i) => ({
      id: uuid(`area:${k}:${i}`),
      service_area: a,
      extent: null,
      uri: null,
    })),
    fundings: (s.fundings ?? []).map((f, i) => ({ id: uuid(`fund:${k}:${i}`), source: f })),
    regular_schedules: (s.schedules ?? []).map((x, i) => schedule(k, x, i)),
    eligibilitys: (s.eligibility ?? []).map((e, i) => ({
      id: uuid(`elig:${k}:${i}`),
      eligibility: e[0],
      minimum_age: e[1],
      maximum_age: e[2],
    })),
    service_at_locations: (s.locations ?? []).map((l, i) => location(k, l, i)),
    cost_options: (s.costs ?? []).map((c, i) => ({
      id: uuid(`cost:${k}:${i}`),
      valid_from: c.valid_from ?? null,
      valid_to: c.valid_to ?? null,
      option: c.option ?? null,
      amount: c.amount ?? null,
      amount_description: c.amount_description ?? null,
    })),
    reviews: (s.reviews ?? []).map((r, i) => ({
      id: uuid(`review:${k}:${i}`),
      reviewer_organization_id: null,
      title: r.title,
      description: r.description ?? null,
      date: r.date ?? null,
      score: r.score ?? null,
      url: r.url ?? null,
      widget: null,
    })),
    organization: organization(s.org),
    contacts: (s.contacts ?? []).map((c, i) => ({
      id: uuid(`contact:${k}:${i}`),
      name: c.name ?? null,
      title: c.title ?? null,
      phones: (c.phones ?? []).map((p, j) => ({
        id: uuid(`phone:${k}:${i}:${j}`),
        number: typeof p === 'string' ? p : p.number,
        language: typeof p === 'string' ? null : p.language ?? null,
      })),
    })),
    holiday_schedules: (s.holidays ?? []).map((h, i) => ({
      id: uuid(`hol:${k}:${i}`),
      closed: h.closed ?? true,
      opens_at: h.opens ?? null,
      closes_at: h.closes ?? null,
      start_date: h.start,
      end_date: h.end,
    })),
    service_taxonomys: (s.taxonomy ?? []).map((t) => taxonomyRow(k, t)),
    languages: (s.languages ?? []).map((l, i) => ({ id: uuid(`lang:${k}:${i}`), language: l })),
  };
}

// The order a directory's API would return them in: by the CMS's own record order, not grouped by topic.
const all = [...health, ...care, ...education, ...other];
const keys = new Set();
for (const s of all) {
  if (keys.has(s.key)) throw new Error('duplicate key ' + s.key);
  keys.add(s.key);
}
const order = all
  .map((s) => ({ s, sort: createHash('md5').update(s.key).digest('hex') }))
  .sort((a, b) => a.sort.localeCompare(b.sort))
  .map((x) => service(x.s));

mkdirSync(outDir, { recursive: true });
for (const f of readdirSync(outDir)) if (/^services-page-\d+\.json$/.test(f)) unlinkSync(join(outDir, f));
const totalPages = Math.ceil(order.length / PAGE_SIZE);
for (let p = 0; p < totalPages; p++) {
  const content = order.slice(p * PAGE_SIZE, (p + 1) * PAGE_SIZE);
  const page = {
    totalElements: order.length,
    totalPages,
    number: p,
    size: PAGE_SIZE,
    first: p === 0,
    last: p === totalPages - 1,
    empty: content.length === 0,
    content,
  };
  writeFileSync(join(outDir, `services-page-${p + 1}.json`), JSON.stringify(page, null, 2) + '\n');
}
console.log(`wrote ${order.length} services in ${totalPages} pages to ${outDir}`);
