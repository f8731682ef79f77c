import { readQuery, type GraphContext } from '../../seam/index.ts';

export interface LinkedConcept {
  id: string;
  name: string;
  description: string | null;
  url: string | null;
  /** True when a field of the offer said so; false when it was inferred from its text. */
  explicit: boolean;
  evidence: string | null;
}

export interface OfferDetails {
  ages: { min: number | null; max: number | null };
  access: { routes: LinkedConcept[]; routeText: string | null; referral: string | null; eligibility: string | null };
  cost: { type: string; detail: string | null };
  waitingTime: string | null;
  locations: { id: string; name: string | null; address: string | null; postcode: string | null; lat: number | null; lon: number | null; accessibility: string[] }[];
  contacts: { phone: string | null; email: string | null; website: string | null; openingTimes: string | null; people: { name?: string; role?: string; phone?: string; email?: string }[] };
  organisation: { id: string; name: string; url: string | null; description: string | null; support: boolean } | null;
  authority: { id: string; name: string } | null;
  areas: { id: string; name: string }[];
  commissioners: LinkedConcept[];
  commissionerNames: string[];
  /** The law behind it, each with a plain-English description and its official link. */
  legislation: LinkedConcept[];
  needs: LinkedConcept[];
  categories: LinkedConcept[];
  pathways: LinkedConcept[];
  processes: LinkedConcept[];
  settingTypes: LinkedConcept[];
  outcomes: LinkedConcept[];
  ageBands: LinkedConcept[];
  /** Its answers to the framework questions, in its own order. */
  framework: { question: string; questionId: string | null; questionLabel: string | null; answer: string }[];
  delivery: string[];
  languages: string[];
  accessibility: string[];
  lastReviewed: string | null;
  source: string | null;
}

const READ_OFFER = `MATCH (o:Offer {id: $id})
RETURN o {.*} AS offer,
  COLLECT { MATCH (o)-[r]->(c:Concept)
    RETURN {type: type(r), id: c.id, name: c.label, description: c.description, url: c.url,
      explicit: coalesce(r.explicit, true), evidence: r.evidence} } AS concepts,
  COLLECT { MATCH (o)-[:HAS_ANSWER]->(a:Answer) OPTIONAL MATCH (a)-[:ANSWERS]->(q:Concept)
    WITH a, q ORDER BY coalesce(a.order, 0)
    RETURN {question: coalesce(a.question, q.label, ''), questionId: q.id, questionLabel: q.label, answer: coalesce(a.text, '')} } AS answers,
  COLLECT { MATCH (o)-[:AT_LOCATION]->(l:Location) RETURN l {.*} } AS locations,
  COLLECT { MATCH (o)-[:PROVIDED_BY]->(g:Organisation)
    RETURN {id: g.id, name: g.name, url: g.url, description: g.description, support: g:SupportOrganisation} } AS organisations,
  COLLECT { MATCH (o)-[:IN_AUTHORITY]->(au:Authority) RETURN {id: au.id, name: au.name} } AS authorities,
  COLLECT { MATCH (o)-[:SERVES_AREA]->(ar:Area) RETURN {id: ar.id, name: ar.name} ORDER BY ar.name } AS areas`;

type Props = Record<string, unknown>;
interface OfferRow {
  offer: Props;
  concepts: (LinkedConcept & { type: string })[];
  answers: OfferDetails['framework'];
  locations: Props[];
  organisations: NonNullable<OfferDetails['organisation']>[];
  authorities: { id: string; name: string }[];
  areas: { id: string; name: string }[];
}

const str = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value : null);
const num = (value: unknown): number | null => (typeof value === 'number' ? value : null);
const list = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/** The framework answers, the law in plain English, how to get in, cost, wait, places and contacts of one offer. */
export async function readOfferDetails(ctx: GraphContext, id: string): Promise<OfferDetails | null> {
  const [row] = await readQuery<OfferRow>(ctx, READ_OFFER, { id });
  if (!row) return null;
  const o = row.offer;
  const linked = (type: string) => row.concepts.filter((c) => c.type === type).map(({ type: _type, ...c }) => c)
    .sort((a, b) => Number(b.explicit) - Number(a.explicit) || a.name.localeCompare(b.name));
  return {
    ages: { min: num(o.minAge), max: num(o.maxAge) },
    access: { routes: linked('ACCESS_ROUTE'), routeText: str(o.accessRouteText), referral: str(o.referral), eligibility: str(o.eligibility) },
    cost: { type: str(o.costType) ?? 'unknown', detail: str(o.costText) },
    waitingTime: str(o.waitingTime),
    locations: row.locations.map((l) => ({
      id: String(l.id), name: str(l.name), address: str(l.address), postcode: str(l.postcode), lat: num(l.lat), lon: num(l.lon), accessibility: list(l.accessibility),
    })),
    contacts: { phone: str(o.phone), email: str(o.email), website: str(o.website), openingTimes: str(o.openingTimes), people: parsePeople(o.contactsJson) },
    organisation: row.organisations[0] ?? null,
    authority: row.authorities[0] ?? null,
    areas: row.areas,
    commissioners: linked('COMMISSIONED_BY'),
    commissionerNames: list(o.commissionerNames),
    legislation: linked('UNDER_LAW'),
    needs: linked('FOR_NEED'),
    categories: linked('IN_CATEGORY'),
    pathways: linked('ON_PATHWAY'),
    processes: linked('SUPPORTS_PROCESS'),
    settingTypes: linked('SETTING_TYPE'),
    outcomes: linked('FOR_OUTCOME'),
    ageBands: linked('FOR_AGE'),
    framework: row.answers.filter((a) => a.answer.trim()),
    delivery: list(o.delivery),
    languages: list(o.languages),
    accessibility: list(o.accessibility),
    lastReviewed: str(o.lastReviewed),
    source: str(o.source),
  };
}

function parsePeople(json: unknown): OfferDetails['contacts']['people'] {
  if (typeof json !== 'string') return [];
  try {
    const parsed = JSON.parse(json) as unknown;
    if (!Array.isArray(parsed)) return [];
    return parsed.filter((p): p is Props => typeof p === 'object' && p !== null).map((p) => {
      const person: OfferDetails['contacts']['people'][number] = {};
      for (const key of ['name', 'role', 'phone', 'email'] as const) {
        const value = str(p[key]);
        if (value) person[key] = value;
      }
      return person;
    });
  } catch {
    return [];
  }
}
