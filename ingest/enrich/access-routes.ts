import type { Span } from './evidence.ts';

/** An access route named by a phrase, and where. */
export interface RouteMention extends Span {
  conceptId: string;
}

const EHC = String.raw`(?:EHC ?Ps?|EHC plans?|education,? health and care plans?)`;
const PROFESSIONAL = String.raw`(?:GP|paediatrician|consultant|health professional|professional|clinician|therapist|physiotherapist|social worker|doctor|dentist|school nurse|health visitor|midwife|CYPMHS|CAMHS|disabled children's team|children's social care)`;
const SCHOOL = String.raw`(?:school|SENCO|setting|nursery|college|early help|family hub|teacher|mental health lead)`;

/**
 * Phrases that say how a family gets in, beyond the ontology's own labels: how providers actually write it
 * ("self-refer", "GP referral", "referral from a health professional", "must have an EHC plan"). Patterns, not
 * fixed words, so they live here rather than as labels. Ids are the concepts of ontology/schemes/access-routes.ts.
 * Order matters: an earlier phrase wins where two overlap ("no referral needed" is not "referral needed").
 */
const PHRASES: Array<[string, RegExp]> = [
  ['route:ehc-plan', new RegExp(String.raw`\b(?:must|need to|needs to|will need to|should) (?:have|hold) an? ${EHC}|\b${EHC} (?:is |are )?(?:needed|required|essential)\b|\b(?:only )?(?:for|with) (?:children|pupils|young people|students|learners)? ?(?:who have |with )an? ${EHC}|\bnamed (?:in|on) (?:the|their|his|her|your child's) ${EHC}|\bplacements? (?:is |are )?(?:made|agreed|decided) (?:by|through) the (?:local authority|council|SEN team|SEND team)\b|\bthrough the EHC (?:plan|needs assessment) process\b`, 'gi')],
  ['route:open-access', new RegExp(String.raw`\bself[- ]?refer(?:ral|rals|ring|s)?\b|\brefer (?:yourself|yourselves|themselves|himself|herself)\b|\bno (?:referral|appointment|diagnosis)s? (?:is |are )?(?:needed|required|necessary)\b|\b(?:you )?(?:do not|don't) need (?:a |an )?(?:referral|diagnosis|appointment)\b|\bwithout (?:a |an )?(?:referral|diagnosis)\b|\bdrop[- ]ins?\b|\bjust (?:turn|come|drop) (?:up|along|in)\b|\bopen (?:to all|to everyone|access|to any)\b|\banyone can (?:come|attend|use|join|contact)\b|\b(?:parents|families|carers|young people) can (?:contact us|get in touch|call|phone|ring|email|book) (?:directly|themselves)\b|\bcontact (?:us|the team|the service|your [a-z ]{1,30}) directly\b`, 'gi')],
  ['route:targeted', new RegExp(String.raw`\btargeted (?:service|support|provision|offer|short breaks?)\b|\bwithout (?:a |an )?(?:specialist|social care|social work) assessment\b|\bno (?:specialist|social care|social work) assessment\b|\breferr(?:als?|ed) (?:from|by|through) (?:the |your |a |their )?(?:child's )?${SCHOOL}s?\b|\bthrough (?:the|your|their) (?:child's )?${SCHOOL}(?:'s [a-z ]{1,30})?\b|\b${SCHOOL}s? (?:can|will) refer\b|\bshort breaks? (?:card|passport)\b|\bapply (?:online|by post|by phone|in person|at|using|through)\b|\bapplication form\b`, 'gi')],
  ['route:specialist', new RegExp(String.raw`\b${PROFESSIONAL}s?(?:'s)? referrals?\b|\breferr(?:als?|ed) (?:(?:are|is) (?:accepted|taken|welcomed?) )?(?:from|by|through) (?:a |an |the |your |their )?${PROFESSIONAL}s?\b|\b(?:following|after|subject to|once you have had|needs) an? (?:[a-z']+ ){0,3}assessment\b|\bthrough (?:a|an) (?:[a-z']+ ){0,4}assessment\b|\b(?:assessed|referred) by (?:a|an|the|our) ${PROFESSIONAL}\b|\bby referral(?: only)?\b|\breferral (?:is |are )?(?:needed|required|only)\b|\beligibility criteria\b`, 'gi')],
];

/** Weaker signs of open access, used only when nothing else says how to get in ("call us", "book a place"). */
const WEAK_OPEN = /\b(?:call|phone|ring|email|contact|text) (?:or (?:call|phone|email|text) )?us\b|\bbook (?:a place|online|your place|a session)\b|\bcome along\b|\bjust come\b/gi;

function scan(text: string, phrases: Array<[string, RegExp]>): RouteMention[] {
  const found: RouteMention[] = [];
  for (const [conceptId, pattern] of phrases) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const span = { start: m.index, end: m.index + m[0].length };
      if (!found.some((f) => f.start < span.end && span.start < f.end)) found.push({ conceptId, ...span });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Every access-route phrase in `text`. A text may name several routes ("self-refer, or ask your GP to refer you"). */
export function findRoutePhrases(text: string): RouteMention[] {
  return scan(text, PHRASES);
}

/** Weak signs of open access ("call us", "book a place"): for when nothing else names a route. */
export function findWeakOpenAccess(text: string): RouteMention[] {
  return scan(text, [['route:open-access', WEAK_OPEN]]);
}

const FIELD_VALUES: Array<[RegExp, string]> = [
  [/^(?:open(?: access)?|universal|open to all|self[- ]?referral|drop[- ]in|no referral needed)$/, 'route:open-access'],
  [/^targeted(?: services?| support)?$/, 'route:targeted'],
  [/^(?:specialist(?: services?| support)?|referral(?: (?:needed|required|only))?|by referral|assessment needed|professional referral)$/, 'route:specialist'],
  [/^(?:ehc ?p|ehc plan|education,? health and care plan)(?: (?:needed|required|only))?$/, 'route:ehc-plan'],
];

/**
 * The routes an access-route field names by its plain values ("open access", "targeted", "referral",
 * "EHC plan"), each part of a list ("open access; EHC plan (Hearing Support Base)") on its own.
 */
export function routesFromField(value: string): string[] {
  const routes = value.split(/[;,/]|\bor\b|\band\b/i).flatMap((part) => {
    const plain = part.replace(/\([^)]*\)/g, '').trim().toLowerCase();
    return FIELD_VALUES.filter(([pattern]) => pattern.test(plain)).map(([, id]) => id);
  });
  return [...new Set(routes)];
}
