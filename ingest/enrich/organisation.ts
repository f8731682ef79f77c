const STATUTORY = /\bNHS\b|\bcouncil\b|\bintegrated care board\b|\bICB\b|\bschool\b|\bacademy\b|\bcollege\b|\bnursery\b|\bpre-?school\b|\bplaygroup\b|\bchildmind|\bfederation\b|\bhospital\b|\bfoundation trust\b|\bDWP\b|\bjobcentre\b|\bpolice\b/i;
const SUPPORT = /\bSENDIASS\b|\bIASS\b|\binformation,? advice and support\b|\bparent carer forum\b|\bparent carers?\b|\bforum\b|\bmencap\b|\bautistic society\b|\bscope\b|\bcharity\b|\bcharitable\b|\bsociety\b|\bassociation\b|\bnetwork\b|\bCIC\b|\bsupport group\b|\bcarers\b|\bhospice\b|\bbarnardo|\bcontact\b|\bfamily fund\b|\bIPSEA\b|\bSOS!?SEN\b|\bvoluntary\b|\bcommunity interest\b|\btrust\b/i;

/**
 * Is the provider a support organisation (SENDIASS, a parent carer forum, a charity or support group) rather than
 * a statutory body, a school or a setting? Judged from its name and description; graph/ labels these
 * `:SupportOrganisation` so discovery can offer "who can help".
 */
export function isSupportOrganisation(organisation: { name: string; description?: string | undefined } | undefined): boolean {
  if (!organisation) return false;
  if (/\bSENDIASS\b|\bparent carer forum\b/i.test(organisation.name)) return true;
  if (STATUTORY.test(organisation.name)) return false;
  return SUPPORT.test(organisation.name) || /\b(?:registered )?charity\b|\bvoluntary\b|\bCIC\b|\bcommunity interest company\b/i.test(organisation.description ?? '');
}
