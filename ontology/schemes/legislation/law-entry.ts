import type { ConceptEntry, ConceptLinks } from '../../concept.ts';
import { BRIEF, LEGISLATION_GOV_UK } from '../sources.ts';

type LawEntry = Omit<ConceptEntry, 'scheme'>;

/** An Act or statutory instrument, as the data files refer to it. */
export interface Instrument {
  /** Concept id of the whole Act, e.g. `law:cfa-2014`. */
  id: string;
  /** Full title, e.g. "Children and Families Act 2014". */
  title: string;
  /** Short forms people use, e.g. "CFA". */
  shortNames: string[];
  /** legislation.gov.uk path, e.g. `/ukpga/2014/6`. */
  path: string;
}

/** Optional extras for one provision. */
export interface ProvisionExtras {
  altLabels?: string[];
  source?: string;
  links?: ConceptLinks;
}

/**
 * One section (`kind` = 'section'), schedule or regulation of an instrument, with its legislation.gov.uk URL,
 * the labels people use for it ("CFA s36", "section 36 of the Children and Families Act 2014") and a BROADER
 * link to the whole instrument.
 */
export function provision(
  act: Instrument,
  kind: 'section' | 'schedule' | 'regulation',
  number: string,
  topic: string,
  description: string,
  extras: ProvisionExtras = {},
): LawEntry {
  const abbreviation = { section: 's', schedule: 'sch', regulation: 'reg' }[kind];
  const slug = number.toLowerCase();
  const shortForms = act.shortNames.flatMap((name) => [`${name} ${abbreviation}${number}`, `${name} ${kind} ${number}`]);
  return {
    id: `${act.id}-${abbreviation}${slug}`,
    label: `${act.title}, ${kind} ${number}: ${topic}`,
    description,
    altLabels: [`${kind} ${number} of the ${act.title}`, `${act.title} ${kind} ${number}`, ...shortForms,
      ...(extras.altLabels ?? [])],
    url: `${LEGISLATION_GOV_UK}${act.path}/${kind}/${number}`,
    source: extras.source ?? BRIEF.legislation,
    links: { ...extras.links, BROADER: [act.id, ...(extras.links?.BROADER ?? [])] },
  };
}

/** A range of sections treated as one concept (e.g. sections 52 to 56: mediation). */
export function sectionRange(
  act: Instrument,
  first: number,
  last: number,
  topic: string,
  description: string,
  extras: ProvisionExtras = {},
): LawEntry {
  const entry = provision(act, 'section', String(first), topic, description, extras);
  const shortForms = act.shortNames.map((name) => `${name} ss${first}-${last}`);
  return {
    ...entry,
    id: `${act.id}-ss${first}-${last}`,
    label: `${act.title}, sections ${first} to ${last}: ${topic}`,
    altLabels: [`sections ${first} to ${last} of the ${act.title}`, ...shortForms, ...(extras.altLabels ?? [])],
  };
}

/** The whole instrument as a concept, linking to its contents page. */
export function wholeInstrument(act: Instrument, description: string, extras: ProvisionExtras = {}): LawEntry {
  return {
    id: act.id,
    label: act.title,
    description,
    altLabels: [...act.shortNames, ...(extras.altLabels ?? [])],
    url: `${LEGISLATION_GOV_UK}${act.path}/contents`,
    source: extras.source ?? BRIEF.legislation,
    ...(extras.links ? { links: extras.links } : {}),
  };
}
