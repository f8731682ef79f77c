import { defineScheme } from './define.ts';
import { BRIEF, SE7 } from './sources.ts';

const SOURCE = `${BRIEF.adulthood} (Code of Practice ch.8); ${SE7.adulthood}`;

/** The four preparing-for-adulthood outcomes, in young people's own words too. */
export const pfaOutcomes = defineScheme('pfaOutcome', [
  {
    id: 'pfa:employment',
    label: 'Employment and further study',
    description: 'Getting ready for work, including college, university, apprenticeships, supported internships and paid jobs.',
    altLabels: ['employment', 'paid employment', 'getting a job', 'get a job', 'a job', 'jobs', 'job', 'paid work',
      'earning money', 'higher education', 'university', 'uni', 'further study', 'my future'],
    hiddenLabels: ['employmant', 'imployment', 'univercity'],
    source: SOURCE,
    links: { UNDER_LAW: ['law:send-cop-ch8'] },
  },
  {
    id: 'pfa:independent-living',
    label: 'Independent living',
    description:
      'Having choice and control over your life and support, and where and who you live with: cooking, money, travelling and looking after yourself.',
    altLabels: ['independent living', 'living independently', 'independence skills', 'life skills', 'cooking',
      'managing money', 'travelling on my own', 'looking after myself', 'my own home', 'moving out', 'leaving home'],
    source: SOURCE,
    links: { UNDER_LAW: ['law:send-cop-ch8', 'law:care-act-2014'] },
  },
  {
    id: 'pfa:friends-relationships-community',
    label: 'Friends, relationships and community',
    description: 'Having friends and relationships, joining in with the community, and feeling safe and included.',
    altLabels: ['friends', 'friendships', 'making friends', 'relationships', 'community', 'community participation',
      'community inclusion', 'social life', 'going out', 'girlfriend', 'boyfriend', 'dating', 'lonely', 'loneliness',
      'no friends', 'mates', 'hanging out'],
    source: SOURCE,
    links: { UNDER_LAW: ['law:send-cop-ch8'] },
  },
  {
    id: 'pfa:good-health',
    label: 'Good health',
    description: 'Being as healthy as possible in adult life, and moving smoothly from children\'s to adult health services.',
    altLabels: ['good health', 'staying healthy', 'being healthy', 'healthy lifestyle', 'fitness', 'keeping fit',
      'adult health services', 'health in adulthood'],
    source: SOURCE,
    links: { UNDER_LAW: ['law:send-cop-ch8'] },
  },
]);
