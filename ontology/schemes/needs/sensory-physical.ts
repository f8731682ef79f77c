import { defineScheme } from '../define.ts';
import { BRIEF, COMMON_USAGE } from '../sources.ts';

/** Sensory and physical needs: hearing, vision, multi-sensory, physical, sensory processing, brain injury. */
export const sensoryPhysicalNeeds = defineScheme('need', [
  {
    id: 'need:hearing-impairment',
    label: 'Hearing impairment (deafness)',
    description:
      'Any level of hearing loss, from mild or temporary (such as glue ear) to profound deafness, in one or both ears.',
    altLabels: ['HI', 'hearing impairment', 'hearing impaired', 'deaf', 'deafness', 'hearing loss', 'hard of hearing',
      'partially deaf', 'profoundly deaf', 'glue ear', 'grommets', 'hearing aid', 'hearing aids', 'cochlear implant',
      'cochlear implants', "can't hear", 'hearing problems', 'BSL', 'British Sign Language', 'sign language'],
    hiddenLabels: ['hearing impairement', 'heering loss', 'glu ear', 'cochlear implent', 'cocklear implant', 'deff'],
    source: `${BRIEF.needs}; ${BRIEF.parentWords}`,
    links: {
      BROADER: ['need:sensory-and-physical'],
      HAS_PATHWAY: ['pathway:sensory', 'pathway:adult-sensory'],
      IN_CATEGORY: ['category:audiology', 'category:sensory-support-service'],
      CATERED_BY: ['setting:mainstream-school', 'setting:resourced-provision', 'setting:special-school'],
    },
  },
  {
    id: 'need:vision-impairment',
    label: 'Vision impairment (sight loss)',
    description:
      'Sight loss that glasses cannot fully correct, from partial sight to blindness. It may be present from birth or happen later.',
    altLabels: ['VI', 'visual impairment', 'vision impairment', 'visually impaired', 'blind', 'blindness', 'partially sighted',
      'partial sight', 'sight impaired', 'severely sight impaired', 'registered blind', 'sight loss', 'losing sight',
      'losing his sight', 'losing her sight', 'losing their sight', 'losing my sight', 'low vision', 'poor eyesight',
      'eyesight problems', 'sight problems', "can't see", 'nystagmus', 'cerebral visual impairment', 'CVI', 'braille',
      'guide dog', 'long cane'],
    hiddenLabels: ['visual impairement', 'partialy sighted', 'partially sited', 'blindnes', 'brail'],
    source: `${BRIEF.needs}; ${BRIEF.parentWords}`,
    links: {
      BROADER: ['need:sensory-and-physical'],
      HAS_PATHWAY: ['pathway:sensory', 'pathway:adult-sensory'],
      IN_CATEGORY: ['category:eye-care', 'category:sensory-support-service', 'category:travel-training'],
      CATERED_BY: ['setting:mainstream-school', 'setting:resourced-provision', 'setting:special-school'],
    },
  },
  {
    id: 'need:multi-sensory-impairment',
    label: 'Multi-sensory impairment (deafblindness)',
    description:
      'Having both hearing and sight loss, so that one sense cannot make up for the other. It affects communication, getting around and getting information.',
    altLabels: ['MSI', 'multi-sensory impairment', 'multisensory impairment', 'deafblind', 'deaf blind', 'deaf-blind',
      'deafblindness', 'dual sensory loss', 'dual sensory impairment', 'Usher syndrome'],
    hiddenLabels: ['multi sensory impairement', 'deafblindnes'],
    source: `${BRIEF.needs}; ${BRIEF.parentWords}`,
    links: {
      BROADER: ['need:sensory-and-physical'],
      RELATED: ['need:hearing-impairment', 'need:vision-impairment'],
      HAS_PATHWAY: ['pathway:sensory', 'pathway:adult-sensory'],
      IN_CATEGORY: ['category:sensory-support-service'],
      CATERED_BY: ['setting:special-school', 'setting:independent-special-school'],
    },
  },
  {
    id: 'need:physical-disability',
    label: 'Physical disability',
    description:
      'A condition that affects movement, strength or stamina, such as cerebral palsy or muscular dystrophy. It may mean using a wheelchair or other equipment, and needing changes to buildings and activities.',
    altLabels: ['PD', 'physical disability', 'physical disabilities', 'physically disabled', 'physical impairment',
      'physical needs', 'mobility', 'mobility problems', 'mobility difficulties', 'mobility issues', 'wheelchair',
      'wheelchairs', 'wheelchair user', 'uses a wheelchair', 'in a wheelchair', 'powerchair', 'cerebral palsy', 'CP',
      'spina bifida', 'muscular dystrophy', 'Duchenne', 'hemiplegia', 'diplegia', 'quadriplegia', 'hypermobility',
      'hypermobile', "can't walk", 'walking frame', 'crutches', 'splints', 'orthotics', 'standing frame', 'amputee',
      'limb difference', 'brittle bones'],
    hiddenLabels: ['celebral palsy', 'cerebal palsy', 'cerebral pasly', 'cerebral palsey', 'wheel chair', 'wheelchar',
      'wheelchiar', 'spinabifida', 'spina biffida', 'muscular distrophy'],
    source: `${BRIEF.needs}; ${BRIEF.parentWords}`,
    links: {
      BROADER: ['need:sensory-and-physical'],
      HAS_PATHWAY: ['pathway:physical', 'pathway:adult-physical-disability'],
      IN_CATEGORY: ['category:physiotherapy', 'category:occupational-therapy', 'category:wheelchair-service',
        'category:home-adaptations'],
      CATERED_BY: ['setting:mainstream-school', 'setting:resourced-provision', 'setting:special-school',
        'setting:fe-college'],
    },
  },
  {
    id: 'need:sensory-processing',
    label: 'Sensory processing difficulties',
    description:
      'Being over- or under-sensitive to noise, touch, light, smells or movement, so ordinary places and clothes can feel overwhelming. It is common in autism and ADHD and is usually supported by occupational therapy.',
    altLabels: ['sensory processing difficulties', 'sensory processing disorder', 'sensory processing', 'SPD', 'sensory issues',
      'sensory difficulties', 'sensory seeking', 'sensory avoiding', 'sensory overload', 'sensitive to noise',
      'noise sensitivity', 'hates loud noises', 'sensory integration'],
    source: COMMON_USAGE,
    links: {
      BROADER: ['need:sensory-and-physical'],
      RELATED: ['need:autism'],
      IN_CATEGORY: ['category:occupational-therapy'],
    },
  },
  {
    id: 'need:acquired-brain-injury',
    label: 'Acquired brain injury',
    description:
      'Damage to the brain after birth, for example from a head injury, stroke, infection or tumour. It can affect movement, learning, memory, behaviour and emotions.',
    altLabels: ['ABI', 'brain injury', 'head injury', 'traumatic brain injury', 'TBI', 'brain damage', 'stroke',
      'brain tumour', 'encephalitis'],
    hiddenLabels: ['aquired brain injury', 'acquired brain injurey', 'brain injurey'],
    source: 'SE7 Local Offer Framework & Guidance: health care pathways by need type',
    links: {
      RELATED: ['need:physical-disability', 'need:cognition-and-learning'],
      BROADER: ['need:medical-conditions'],
      HAS_PATHWAY: ['pathway:acquired-brain-injury'],
      IN_CATEGORY: ['category:physiotherapy', 'category:occupational-therapy', 'category:educational-psychology'],
      CATERED_BY: ['setting:hospital-education', 'setting:mainstream-school', 'setting:special-school'],
    },
  },
]);
