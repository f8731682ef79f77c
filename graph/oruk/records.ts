import type { OfferLinkType } from '../../ontology/offer.ts';

/** The provider of an offer, as stored. */
export interface OrganisationRecord {
  id: string;
  name: string;
  description: string | null;
  url: string | null;
}

/** The one-to-one fields of an offer: what a /services page lists. */
export interface OfferSummaryRecord {
  id: string;
  name: string;
  /** The offer's description, or its summary when it has none (what the feed's text search looks in). */
  description: string;
  summary: string | null;
  website: string | null;
  email: string | null;
  minAge: number | null;
  maxAge: number | null;
  lastReviewed: string | null;
  /** When the offer was last written (ISO date-time). */
  ingestedAt: string | null;
  organisation: OrganisationRecord | null;
}

export interface LocationRecord {
  id: string;
  name: string | null;
  address: string | null;
  postcode: string | null;
  lat: number | null;
  lon: number | null;
  accessibility: string[];
}

/** One offer → concept link, with how it was found. */
export interface LinkRecord {
  type: OfferLinkType;
  conceptId: string;
  explicit: boolean;
  evidence: string;
}

/** Everything the feed publishes about one offer: a full /services/{id}. */
export interface OfferFullRecord extends OfferSummaryRecord {
  kind: string;
  authority: { id: string; name: string | null } | null;
  costType: string | null;
  costText: string | null;
  waitingTime: string | null;
  eligibility: string | null;
  referral: string | null;
  phone: string | null;
  contactsJson: string | null;
  openingTimes: string | null;
  delivery: string[];
  languages: string[];
  commissionerNames: string[];
  areaNames: string[];
  areas: Array<{ id: string; name: string }>;
  locations: LocationRecord[];
  links: LinkRecord[];
}
