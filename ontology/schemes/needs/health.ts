import { defineScheme } from '../define.ts';
import { BRIEF, COMMON_USAGE, SE7 } from '../sources.ts';

/** Health conditions and everyday health needs that families name. */
export const healthNeeds = defineScheme('need', [
  {
    id: 'need:epilepsy',
    label: 'Epilepsy',
    description:
      'A condition that causes repeated seizures (fits), from brief absences to convulsions. Children may need emergency medicine and an individual healthcare plan at school.',
    altLabels: ['epileptic', 'fits', 'seizures', 'seizure', 'epileptic fits', 'convulsions', 'absence seizures', 'absences',
      'funny turns', 'blank spells', 'infantile spasms', 'Dravet syndrome', 'rescue medication', 'buccal midazolam',
      'midazolam'],
    hiddenLabels: ['ephilepsy', 'epilespy', 'epelepsy', 'epilepsey', 'epilipsy', 'eplilepsy', 'siezures', 'seizers',
      'seisures', 'siezure', 'ceasures'],
    source: `${BRIEF.health}; ${BRIEF.parentWords}`,
    links: {
      BROADER: ['need:medical-conditions'],
      HAS_PATHWAY: ['pathway:long-term-conditions', 'pathway:adult-long-term-conditions'],
      IN_CATEGORY: ['category:community-paediatrics', 'category:school-nursing'],
      CATERED_BY: ['setting:mainstream-school', 'setting:special-school'],
    },
  },
  {
    id: 'need:diabetes',
    label: 'Diabetes',
    description:
      'A condition where the body cannot control blood sugar. Children with type 1 diabetes need insulin and checks through the day, including at school.',
    altLabels: ['diabetic', 'type 1 diabetes', 'type 2 diabetes', 'T1D', 'insulin', 'insulin pump', 'blood sugar',
      'blood sugars', 'hypos', 'glucose monitor'],
    hiddenLabels: ['diabetis', 'diabeties', 'dibetes', 'diabetese'],
    source: BRIEF.health,
    links: {
      BROADER: ['need:medical-conditions'],
      HAS_PATHWAY: ['pathway:long-term-conditions', 'pathway:adult-long-term-conditions'],
      IN_CATEGORY: ['category:school-nursing'],
      CATERED_BY: ['setting:mainstream-school'],
    },
  },
  {
    id: 'need:asthma',
    label: 'Asthma',
    description:
      'A condition that inflames the airways and causes wheezing, coughing and breathlessness. Severe attacks need quick treatment, so schools should know the plan.',
    altLabels: ['asthmatic', 'inhaler', 'inhalers', 'wheezy', 'wheezing', 'breathing difficulties', 'breathing problems'],
    hiddenLabels: ['asma', 'athsma', 'asthama', 'ashma', 'asthmer'],
    source: SE7.health,
    links: {
      BROADER: ['need:medical-conditions'],
      HAS_PATHWAY: ['pathway:long-term-conditions', 'pathway:adult-long-term-conditions'],
      IN_CATEGORY: ['category:school-nursing'],
      CATERED_BY: ['setting:mainstream-school'],
    },
  },
  {
    id: 'need:complex-health-needs',
    label: 'Complex health needs',
    description:
      'Several serious health needs at once, often needing nursing care, equipment or treatments every day, such as oxygen, tube feeding or a tracheostomy. Some children get a continuing care package from the NHS.',
    altLabels: ['complex health needs', 'complex medical needs', 'complex needs', 'medically complex', 'life-long conditions',
      'oxygen', 'ventilator', 'ventilated', 'tracheostomy', 'trachy', 'technology dependent', 'nursing care',
      'needs nursing care'],
    hiddenLabels: ['complex heath needs', 'tracheotomy'],
    source: `${SE7.health}; ${BRIEF.health}`,
    links: {
      BROADER: ['need:medical-conditions'],
      HAS_PATHWAY: ['pathway:complex-health', 'pathway:adult-continuing-healthcare', 'pathway:specialist-dental'],
      IN_CATEGORY: ['category:community-nursing', 'category:short-breaks'],
      CATERED_BY: ['setting:special-school', 'setting:hospital-education'],
    },
  },
  {
    id: 'need:life-limiting-condition',
    label: 'Life-limiting or life-threatening condition',
    description:
      'An illness or condition for which there is no reasonable hope of cure and from which a child or young person is expected to die early, or which may threaten life. Families can get palliative care and hospice support.',
    altLabels: ['life-limiting condition', 'life limiting condition', 'life-limiting', 'life limiting', 'life-limiting illness',
      'life-threatening condition', 'life threatening condition', 'life-threatening illness', 'terminal illness',
      'terminally ill', 'end of life', 'short life expectancy', 'palliative'],
    hiddenLabels: ['life limitting', 'pallative'],
    source: SE7.health,
    links: {
      BROADER: ['need:medical-conditions'],
      HAS_PATHWAY: ['pathway:palliative-care', 'pathway:adult-palliative-care'],
      IN_CATEGORY: ['category:community-nursing', 'category:short-breaks'],
    },
  },
  {
    id: 'need:sleep',
    label: 'Sleep difficulties',
    description:
      'Trouble getting to sleep, staying asleep or waking very early, night after night. It is common in autism, ADHD and some health conditions and wears the whole family out.',
    altLabels: ['sleep difficulties', 'sleep problems', 'sleep issues', 'poor sleep', "can't sleep", 'cannot sleep',
      "won't sleep", 'not sleeping', "doesn't sleep", 'sleepless nights', 'no sleep', 'insomnia', 'waking in the night',
      'wakes in the night', 'wakes up at night', 'night waking', 'up all night', 'early waking', 'melatonin',
      'bedtime battles', 'sleep apnoea', 'sleep apnea'],
    hiddenLabels: ['sleap', 'insomina', 'melatonine', 'slepping'],
    source: `${BRIEF.health}; ${COMMON_USAGE}`,
    links: {
      IN_CATEGORY: ['category:sleep-support', 'category:community-paediatrics'],
      RELATED: ['need:autism', 'need:adhd'],
      BROADER: ['need:medical-conditions'],
    },
  },
  {
    id: 'need:continence',
    label: 'Continence (bladder and bowel)',
    description:
      'Difficulty controlling the bladder or bowel past the age most children manage it, such as bedwetting, daytime wetting, soiling or constipation. A continence service can help and may supply products.',
    altLabels: ['continence', 'incontinence', 'incontinent', 'bladder and bowel', 'bladder', 'bowel', 'bedwetting',
      'bed wetting', 'bed-wetting', 'wets the bed', 'wetting the bed', 'wet the bed', 'wets herself', 'wets himself',
      'daytime wetting', 'wetting', 'soiling', 'soils', 'toileting', 'toilet training', 'potty training',
      'not toilet trained', 'not potty trained', 'still in nappies', 'nappies', 'nappy', 'pull-ups', 'continence pads',
      'constipation', 'constipated', 'enuresis', 'encopresis', 'containment products'],
    hiddenLabels: ['incontinance', 'continance', 'enurisis', 'enuresus', 'bedweting', 'bedwettting', 'constapation'],
    source: `${BRIEF.parentWords}; ${BRIEF.health}`,
    links: {
      BROADER: ['need:medical-conditions'],
      HAS_PATHWAY: ['pathway:bladder-and-bowel', 'pathway:adult-continence'],
      IN_CATEGORY: ['category:school-nursing', 'category:health-visiting'],
    },
  },
  {
    id: 'need:feeding-and-swallowing',
    label: 'Eating, drinking and swallowing difficulties',
    description:
      'Difficulty chewing, swallowing or eating enough safely, or eating only a very few foods. Some children are fed through a tube; speech and language therapists and dietitians help.',
    altLabels: ['feeding and swallowing', 'feeding and swallowing difficulties', 'eating and drinking difficulties',
      'feeding difficulties', 'feeding problems', 'swallowing difficulties', 'swallowing problems', 'dysphagia',
      'tube fed', 'tube feeding', 'PEG', 'gastrostomy', 'NG tube', 'nasogastric tube', 'fussy eater', 'picky eater',
      'extremely fussy eater', 'restricted eating', 'ARFID', 'avoidant restrictive food intake disorder',
      'only eats certain foods', 'choking', 'weaning difficulties'],
    hiddenLabels: ['disphagia', 'dysphagea', 'gastrostomey'],
    source: `${SE7.health} ("SLCN including feeding")`,
    links: {
      BROADER: ['need:medical-conditions'],
      RELATED: ['need:speech-language-communication'],
      HAS_PATHWAY: ['pathway:slcn-and-feeding'],
      IN_CATEGORY: ['category:speech-and-language-therapy', 'category:community-nursing'],
    },
  },
]);
