import { defineScheme } from '../define.ts';
import { BRIEF } from '../sources.ts';

/** Communication and interaction: speech, language and communication needs, and autism. */
export const communicationNeeds = defineScheme('need', [
  {
    id: 'need:speech-language-communication',
    label: 'Speech, language and communication needs (SLCN)',
    description:
      'Difficulty saying words clearly, understanding what others say, or using language to talk with people. It covers late talking, stammering and unclear speech.',
    altLabels: ['SLCN', 'speech language and communication needs', 'speech and language needs', 'speech and language difficulties',
      'speech and language problems', 'speech difficulties', 'speech problems', 'speech delay', 'speech and language delay',
      'language delay', 'delayed speech', 'language disorder', 'developmental language disorder', 'DLD', 'late talker',
      'late talking', 'late to talk', 'not talking', 'not talking yet', "isn't talking", "doesn't talk", "won't talk",
      "can't talk", 'not speaking', 'no words', 'few words', 'only a few words', 'non-verbal', 'nonverbal', 'non verbal',
      'pre-verbal', 'preverbal', 'minimally verbal', 'stammer', 'stammering', 'stutter', 'stuttering', 'unclear speech',
      'lisp', 'verbal dyspraxia', 'selective mutism', 'Makaton', 'PECS', 'AAC',
      'communication aid', 'speech'],
    hiddenLabels: ['speach delay', 'speach', 'langauge delay', 'stamer', 'stammerring', 'stuter', 'studdering', 'makatan'],
    source: `${BRIEF.needs}; ${BRIEF.parentWords}`,
    links: {
      BROADER: ['need:communication-and-interaction'],
      HAS_PATHWAY: ['pathway:slcn-and-feeding'],
      IN_CATEGORY: ['category:speech-and-language-therapy'],
      CATERED_BY: ['setting:mainstream-school', 'setting:early-years-pvi', 'setting:resourced-provision', 'setting:special-school'],
    },
  },
  {
    id: 'need:autism',
    label: 'Autism',
    description:
      'A lifelong difference in how a person communicates, relates to others and experiences the world, often with strong interests and sensory sensitivities. Schools record it as autistic spectrum disorder (ASD).',
    altLabels: ['autistic', 'ASD', 'ASC', 'autism spectrum disorder', 'autistic spectrum disorder', 'autism spectrum condition',
      'autistic spectrum condition', 'autism spectrum', 'on the spectrum', 'on the autistic spectrum', 'on the autism spectrum',
      "Asperger's", 'Asperger', 'Aspergers', "Asperger's syndrome", 'Asperger syndrome', 'aspie', 'PDA',
      'pathological demand avoidance', 'demand avoidance', 'extreme demand avoidance', 'pervasive drive for autonomy',
      'autistic traits', 'autistic tendencies', 'signs of autism', 'high functioning autism', 'classic autism', 'stimming', 'stims',
      'shutdowns', 'autistic burnout', 'autism diagnosis', 'autism assessment'],
    hiddenLabels: ['autisum', 'austism', 'autisim', 'autisem', 'autsim', 'autisam', 'otism', 'autistc', 'austistic', 'autisitc',
      'autisic', 'atistic', 'autustic', 'aspergus', 'aspergas', 'asbergers', 'aspbergers', 'aspergers syndrom', 'aspergars'],
    source: `${BRIEF.needs}; ${BRIEF.parentWords}`,
    links: {
      BROADER: ['need:communication-and-interaction'],
      HAS_PATHWAY: ['pathway:neurodevelopmental', 'pathway:adult-autism-adhd', 'pathway:specialist-dental'],
      IN_CATEGORY: ['category:speech-and-language-therapy', 'category:specialist-teaching-outreach'],
      CATERED_BY: ['setting:mainstream-school', 'setting:resourced-provision', 'setting:special-school',
        'setting:independent-special-school', 'setting:specialist-post-16-institution'],
      RELATED: ['need:adhd', 'need:sensory-processing'],
    },
  },
]);
