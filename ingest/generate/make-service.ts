import { slug } from '../../graph/offers/ids.ts';
import { ARCHETYPES, CONCESSIONS, PRICES, WAITS, type Archetype, type Provider, type Route } from './catalogue.ts';
import { dramaPhone, makeAddress, type SyntheticAuthority } from './places.ts';
import type { Random } from './random.ts';

type Json = Record<string, unknown>;

/** What stays the same across one authority's services: its organisations and its taxonomy terms. */
export interface AuthorityContext {
  authority: SyntheticAuthority;
  organisations: Map<string, Json>;
  terms: Map<string, Json>;
  taxonomyId: string;
}

export function authorityContext(random: Random, authority: SyntheticAuthority): AuthorityContext {
  return { authority, organisations: new Map(), terms: new Map(), taxonomyId: random.uuid() };
}

const ROUTE_TERMS: Record<Route, string> = { open: 'Open access or self-referral', targeted: 'Targeted', specialist: 'Referral needed', ehc: 'EHC plan' };
const ROUTE_SENTENCES: Record<Route, string[]> = {
  open: ['Families can refer themselves by phone or email.', 'Just drop in; no referral is needed.', 'Parents and young people can self-refer using our online form.'],
  targeted: ["Referrals come through your child's school or SENCO.", 'Apply online; no social care assessment is needed.'],
  specialist: ['Referrals are accepted from GPs, health visitors, school nurses and paediatricians.', 'Support follows an assessment by a social worker.'],
  ehc: ['Places are for children and young people with an EHC plan.'],
};
const WEIGHTED = ARCHETYPES.flatMap((a) => Array.from({ length: a.weight }, () => a));
const DAY = 86_400_000;
const EPOCH = Date.UTC(2026, 0, 1);

function term(random: Random, ctx: AuthorityContext, path: string[]): Json {
  const key = path.join(' > ');
  let found = ctx.terms.get(key);
  if (!found) {
    const parent = path.length > 1 ? term(random, ctx, path.slice(0, -1)) : undefined;
    const name = path[path.length - 1] ?? key;
    found = {
      id: random.uuid(), name, description: `${name}: services in the ${ctx.authority.place} Local Offer.`,
      ...(parent ? { parent_id: parent.id } : {}),
      taxonomy: `${slug(ctx.authority.place)}-local-offer`, taxonomy_id: ctx.taxonomyId,
      term_uri: `https://www.${ctx.authority.domain}/localoffer/taxonomy/${path.map((p) => slug(p)).join('/')}`, term: key,
    };
    ctx.terms.set(key, found);
  }
  return found;
}

function organisation(random: Random, ctx: AuthorityContext, provider: Provider, area: string): Json {
  const { place, domain, name: council } = ctx.authority;
  const names: Record<Provider, string[]> = {
    nhs: [`${place} Community Health NHS Trust`, `${place} Partnership NHS Foundation Trust`],
    council: [council],
    charity: [`${place} Families Together`, `${area} Parent Network`, `${place} Autism Support`, `${place} Play and Inclusion Trust`],
    school: [`${area} Primary School`, `${area} Academy`],
    private: [`${area} Leisure`, `Brightsteps Childcare (${area})`, `${place} Mediation Partnership`],
  };
  const name = random.pick(names[provider]);
  let org = ctx.organisations.get(name);
  if (!org) {
    const site = `https://www.${slug(name)}.org.uk.example`;
    org = { id: random.uuid(), name, description: `${name} provides services for children, young people and families in ${place}.`, email: `enquiries@${slug(name)}.org.uk.example`, website: provider === 'council' ? `https://www.${domain}` : site, uri: provider === 'council' ? `https://www.${domain}` : site };
    ctx.organisations.set(name, org);
  }
  return org;
}

function fill(template: string, ctx: AuthorityContext, area: string, need: string): string {
  return template.replaceAll('{place}', ctx.authority.place).replaceAll('{area}', area).replaceAll('{need}', need);
}

function describe(random: Random, archetype: Archetype, needs: string[], ages: readonly [number, number], route: Route, price: string | undefined, concession: string | undefined): string {
  const who = needs.length > 1 ? `${needs.slice(0, -1).join(', ').toLowerCase()} or ${needs[needs.length - 1]?.toLowerCase()}` : (needs[0] ?? 'any additional need').toLowerCase();
  const sentences = [
    archetype.what[0],
    random.pick([`For children and young people aged ${ages[0]} to ${ages[1]} with ${who}.`, `We work with children aged ${ages[0]} to ${ages[1]} who have ${who}.`]),
    archetype.what[1],
    random.pick(ROUTE_SENTENCES[route]),
    archetype.cost === 'free' ? random.pick(['There is no charge.', 'The service is free.']) : archetype.cost === 'paid' ? `Cost: ${price}.` : `Cost: ${price}; ${concession}.`,
    archetype.provider === 'nhs' ? random.pick(WAITS) : undefined,
  ];
  return sentences.filter(Boolean).join(' ');
}

/** One full ORUK v3 (UK profile) service, as /services/{id} returns it. Deterministic for a given random state. */
export function makeService(random: Random, ctx: AuthorityContext): Json {
  const { authority } = ctx;
  const archetype = random.pick(WEIGHTED);
  const area = random.pick(authority.areas);
  const needs = random.sample(archetype.needs, random.int(1, Math.min(3, archetype.needs.length)));
  const ages = random.pick(archetype.ages);
  const route = random.pick(archetype.routes);
  const price = archetype.cost === 'free' ? undefined : random.pick(PRICES);
  const concession = archetype.cost === 'subsidised' ? random.pick(CONCESSIONS) : undefined;
  const org = organisation(random, ctx, archetype.provider, area.name);
  const id = random.uuid();
  const name = fill(random.pick(archetype.names), ctx, area.name, needs[0] ?? '');
  const modified = new Date(EPOCH - random.int(0, 900) * DAY - random.int(0, DAY - 1));
  const locationId = random.uuid();
  const everywhere = random.chance(0.4);
  const attribute = (path: string[], linkType: string) => {
    const t = term(random, ctx, path);
    return { id: random.uuid(), link_id: id, taxonomy_term_id: t.id, link_type: linkType, taxonomy_term: t };
  };
  return {
    id, organization_id: org.id, name,
    description: describe(random, archetype, needs, ages, route, price, concession),
    url: `https://www.${authority.domain}/localoffer/services/${slug(name)}-${id.slice(0, 8)}`,
    email: `${slug(name).slice(0, 30)}@${authority.domain}`,
    status: random.chance(0.97) ? 'active' : 'temporarily closed',
    ...(price ? { fees: price } : {}),
    minimum_age: ages[0], maximum_age: ages[1],
    assured_date: modified.toISOString().slice(0, 10), assurer_email: `localoffer@${authority.domain}`,
    last_modified: modified.toISOString(),
    schedules: [{ id: random.uuid(), service_id: id, freq: 'WEEKLY', byday: random.pick(['MO,TU,WE,TH,FR', 'SA', 'TU,TH', 'WE']), opens_at: random.pick(['09:00', '10:00', '13:30']), closes_at: random.pick(['12:00', '15:00', '17:00']), description: random.pick(['Term time only.', 'All year round, except bank holidays.', 'School holidays.']) }],
    service_areas: [{ id: random.uuid(), service_id: id, name: everywhere ? `All of ${authority.place}` : area.name, extent_type: 'text' }],
    service_at_locations: [{
      id: random.uuid(), service_id: id, location_id: locationId,
      location: {
        id: locationId, location_type: 'physical', name: `${area.name} ${random.pick(['Family Hub', 'Health Centre', 'Community Centre', 'Children\'s Centre', 'Library'])}`,
        latitude: Math.round((authority.centre.lat + (random.next() - 0.5) * 0.4) * 1e4) / 1e4,
        longitude: Math.round((authority.centre.lon + (random.next() - 0.5) * 0.4) * 1e4) / 1e4,
        addresses: [{ id: random.uuid(), location_id: locationId, ...makeAddress(random, authority, area.name), address_type: 'physical' }],
        accessibility: [{ id: random.uuid(), location_id: locationId, description: random.pick(['Step-free access and an accessible toilet.', 'Ground floor rooms; hearing loop at reception.', 'Changing Places toilet with hoist.']) }],
      },
    }],
    languages: [{ id: random.uuid(), service_id: id, name: 'English', code: 'en' }],
    organization: org,
    funding: [{ id: random.uuid(), service_id: id, source: archetype.provider === 'nhs' ? `NHS ${authority.place} Integrated Care Board` : archetype.provider === 'council' ? `${authority.name} children's services` : `${authority.name} short breaks grant` }],
    cost_options: price ? [{ id: random.uuid(), service_id: id, option: 'Session', amount: Number(/\d+(?:\.\d+)?/.exec(price)?.[0] ?? 0), amount_description: concession ? `${price}; ${concession}` : price }] : [],
    contacts: [{ id: random.uuid(), service_id: id, name: `${name.split(' (')[0]} team`, title: 'Duty worker', phones: [{ id: random.uuid(), number: dramaPhone(random) }] }],
    attributes: [
      attribute(archetype.category, 'category'),
      ...needs.map((need) => attribute(['Needs', need], 'eligibility')),
      attribute(['How to get it', ROUTE_TERMS[route]], 'access_route'),
    ],
  };
}
