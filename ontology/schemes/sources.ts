/**
 * Where the facts come from. `BRIEF` sections refer to shared/domain/send-vocabulary-brief.md, whose own
 * markers say how sure each fact is; the framework documents are in shared/seeds/.
 */
export const BRIEF = {
  localOffer: 'SEND vocabulary brief §1 (CFA 2014 s.30; SEND Regulations 2014 Part 4 and Schedules 1-2)',
  needs: 'SEND vocabulary brief §2 (Code of Practice 6.28-6.35; DfE school census SEN type codes)',
  legislation: 'SEND vocabulary brief §3 (legislation.gov.uk)',
  commissioning: 'SEND vocabulary brief §4 (who commissions what)',
  ages: 'SEND vocabulary brief §5 (ages, phases and transitions)',
  settings: 'SEND vocabulary brief §6 (setting types in Schedule 2 and the school census)',
  health: 'SEND vocabulary brief §7 (health pathways)',
  socialCare: 'SEND vocabulary brief §8 (social care)',
  adulthood: 'SEND vocabulary brief §9 (preparing for adulthood)',
  redress: 'SEND vocabulary brief §10 (independent support and redress)',
  parentWords: 'SEND vocabulary brief §11 (parent synonyms)',
} as const;

export const SE7 = {
  framework: 'SE7 Local Offer Framework & Guidance (South East 7 SEND Pathfinder)',
  parent: 'SE7 Local Offer Framework & Guidance: setting questions from the parent carer\'s point of view',
  youngPerson: 'SE7 Local Offer Framework & Guidance: setting questions from the young person\'s point of view',
  service: 'SE7 Local Offer Framework & Guidance: service specific questions',
  areaWide: 'SE7 Local Offer Framework & Guidance: education area wide offer',
  health: 'SE7 Local Offer Framework & Guidance: health care pathways by need type',
  socialCare: 'SE7 Local Offer Framework & Guidance: social care',
  adulthood: 'SE7 Local Offer Framework & Guidance: preparation for adulthood',
} as const;

export const STOCKPORT = {
  manchester: 'Stockport, The School Offer: Guidance for Educational Settings (May 2014): Manchester sample questions',
  stockport: 'Stockport, The School Offer: Guidance for Educational Settings (May 2014): Stockport example questions',
  observations: 'Stockport, The School Offer: Guidance for Educational Settings (May 2014): development group observations',
} as const;

export const OUTPOST = 'Outpost local offer questions (shared/data/README.md; wearefuturegov/outpost)';

/** Common usage by families and professionals; not a formal category. */
export const COMMON_USAGE = 'Common usage by families and professionals (not an official category)';

/** Official base URLs. */
export const LEGISLATION_GOV_UK = 'https://www.legislation.gov.uk';
export const SEND_CODE_OF_PRACTICE_URL = 'https://www.gov.uk/government/publications/send-code-of-practice-0-to-25';
