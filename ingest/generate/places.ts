import { slug } from '../../graph/offers/ids.ts';
import type { Random } from './random.ts';

/** A synthetic (fictional) local authority with its areas. */
export interface SyntheticAuthority {
  id: string;
  name: string;
  /** Short name used in service names ("Brackenshire"). */
  place: string;
  domain: string;
  /** Two letters no real UK postcode area starts with (first letter J, Q, V, X or Z). */
  postcodeArea: string;
  areas: Array<{ id: string; name: string }>;
  centre: { lat: number; lon: number };
}

const STARTS = ['Ash', 'Brack', 'Carr', 'Dun', 'Elm', 'Fell', 'Glen', 'Hart', 'Ivy', 'Kel', 'Lang', 'Mar', 'North', 'Oak', 'Pen',
  'Rother', 'Shel', 'Thorn', 'Upper', 'Wes', 'Whit', 'Brad', 'Cal', 'Dray', 'Fern', 'Gos', 'Hol', 'Kirk', 'Lyn', 'Mel', 'Ned',
  'Ot', 'Pryor', 'Rad', 'Sel', 'Tarn', 'Wad', 'Wyn', 'Yar', 'Cleve'];
const ENDS = ['by', 'combe', 'dale', 'field', 'ford', 'ham', 'ley', 'mouth', 'stead', 'ton', 'well', 'wick', 'bridge', 'fold', 'holme',
  'shire', 'worth', 'cester', 'bury', 'minster'];
const KINDS = ['County Council', 'City Council', 'Borough Council', 'Council'];
const FIRST_LETTERS = ['J', 'Q', 'V', 'X', 'Z'];
const SECOND_LETTERS = 'ABCDEFGHJKLMNOPRSTUWY'.split('');

/** A fictional place name such as "Kelbridge". */
export function placeName(random: Random): string {
  return `${random.pick(STARTS)}${random.pick(ENDS)}`;
}

/** `count` fictional authorities, each with 3 to 8 areas, all names distinct. */
export function makeAuthorities(random: Random, count: number): SyntheticAuthority[] {
  const used = new Set<string>();
  const fresh = (make: () => string) => {
    for (let attempt = 0; ; attempt++) {
      const name = attempt < 50 ? make() : `${make()} ${attempt}`;
      if (!used.has(name)) { used.add(name); return name; }
    }
  };
  return Array.from({ length: count }, (_, i) => {
    const place = fresh(() => placeName(random));
    const id = `${slug(place)}-synthetic`;
    const areas = Array.from({ length: random.int(3, 8) }, () => {
      const name = fresh(() => `${random.chance(0.3) ? `${random.pick(['North', 'South', 'East', 'West', 'Upper', 'Lower'])} ` : ''}${placeName(random)}`);
      return { id: `${id}-${slug(name)}`, name };
    });
    return {
      id, place, areas,
      name: `${place} ${random.pick(KINDS)}`,
      domain: `${slug(place)}.gov.uk.example`,
      postcodeArea: `${FIRST_LETTERS[i % FIRST_LETTERS.length]}${SECOND_LETTERS[Math.floor(i / FIRST_LETTERS.length) % SECOND_LETTERS.length]}`,
      centre: { lat: 50.8 + random.next() * 3.6, lon: -3.4 + random.next() * 3.6 },
    };
  });
}

const STREETS = ['High Street', 'Station Road', 'Church Lane', 'Mill Road', 'Park Avenue', 'Queen Street', 'Victoria Road', 'Market Place',
  'School Lane', 'Green Lane', 'Bridge Street', 'Kings Road', 'Manor Way', 'Orchard Close', 'Priory Road', 'Castle Street'];

/** A plausible street address in one of the authority's areas. */
export function makeAddress(random: Random, authority: SyntheticAuthority, areaName: string) {
  const inward = `${random.int(1, 9)}${random.pick(SECOND_LETTERS)}${random.pick(SECOND_LETTERS)}`;
  return {
    address_1: `${random.int(1, 180)} ${random.pick(STREETS)}`,
    city: areaName,
    state_province: authority.place,
    postal_code: `${authority.postcodeArea}${random.int(1, 29)} ${inward}`,
    country: 'GB',
  };
}

/** A phone number in Ofcom's range reserved for drama (01632 960000 to 960999). */
export function dramaPhone(random: Random): string {
  return `01632 960${String(random.int(0, 999)).padStart(3, '0')}`;
}
