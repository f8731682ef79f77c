import { defineScheme } from '../define.ts';
import { BRIEF, COMMON_USAGE } from '../sources.ts';

/** Social, emotional and mental health, and the needs families name within it (and ADHD beside it). */
export const emotionalNeeds = defineScheme('need', [
  {
    id: 'need:social-emotional-mental-health',
    label: 'Social, emotional and mental health (SEMH)',
    description:
      'One of the four broad areas of need, and a school census type: difficulties with feelings, behaviour, relationships or mental health, such as anxiety, low mood, anger or self-harm. It replaced the older term BESD.',
    altLabels: ['SEMH', 'social emotional and mental health', 'social emotional and mental health difficulties',
      'social emotional and mental health needs', 'emotional and mental health', 'mental health', 'mental health needs',
      'mental health problems', 'mental health issues', 'my mental health', 'emotional health', 'emotional wellbeing',
      'wellbeing', 'well-being', 'emotional difficulties', 'emotional needs', 'struggling emotionally', 'meltdowns', 'meltdown',
      'melt downs', 'melt down', 'behaviour', 'behavior', 'bad behaviour', 'behaviour problems', 'behavioural problems',
      'behaviour issues', 'behavioural difficulties', 'behavioural issues', 'BESD', 'EBD', 'SEBD',
      'behaviour emotional and social difficulties', 'emotional and behavioural difficulties', 'self-harm', 'self harm',
      'self-harming', 'self harming', 'harming herself', 'harming himself', 'hurting herself', 'hurting himself',
      'depression', 'depressed', 'low mood', 'feeling low', 'sad all the time', 'mood swings', 'suicidal', 'suicidal thoughts',
      'anger', 'angry', 'anger issues', 'anger management', 'outbursts', 'tantrums', 'trauma', 'attachment difficulties',
      'attachment disorder', 'eating disorder', 'not coping', "can't cope", 'struggling to cope', 'feeling down', 'burnt out',
      'burned out', 'struggling mentally', 'not okay'],
    hiddenLabels: ['behavour', 'behaivour', 'behaviuor', 'behaviur', 'depresion', 'self harmming', 'mental heath', 'wellbeeing'],
    source: `${BRIEF.needs}; ${BRIEF.parentWords}`,
    links: {
      BROADER: ['need:special-educational-needs'],
      HAS_PATHWAY: ['pathway:mental-health', 'pathway:adult-mental-health'],
      IN_CATEGORY: ['category:educational-psychology', 'category:early-help'],
      CATERED_BY: ['setting:mainstream-school', 'setting:resourced-provision', 'setting:special-school',
        'setting:alternative-provision', 'setting:hospital-education'],
    },
  },
  {
    id: 'need:anxiety',
    label: 'Anxiety',
    description:
      'Worry or fear that is so strong or lasts so long that it gets in the way of everyday life, school or sleep. It can show as panic attacks, avoiding places or people, or physical symptoms like tummy aches.',
    altLabels: ['anxious', 'anxieties', 'worried all the time', 'worries a lot', 'constant worry', 'panic attacks', 'panic attack',
      'panicking', 'social anxiety', 'separation anxiety', 'generalised anxiety', 'OCD', 'obsessive compulsive disorder',
      'phobia', 'phobias', 'nervous', 'overwhelmed', 'stress', 'stressed', 'stressed out', 'overthinking', 'scared all the time',
      'selective mutism'],
    hiddenLabels: ['anxeity', 'anxitey', 'anxiaty', 'anxios', 'anxiouse', 'axiety'],
    source: `${BRIEF.parentWords}; ${COMMON_USAGE}`,
    links: {
      BROADER: ['need:social-emotional-mental-health'],
      HAS_PATHWAY: ['pathway:mental-health'],
      RELATED: ['need:school-avoidance'],
    },
  },
  {
    id: 'need:school-avoidance',
    label: 'Anxiety about school and school avoidance (EBSA)',
    description:
      'When a child finds it very hard, or impossible, to go to school because of anxiety or distress. Schools call it emotionally based school avoidance (EBSA); it is not the same as truancy.',
    altLabels: ['EBSA', 'emotionally based school avoidance', 'emotionally based school non-attendance', 'EBSNA',
      'school avoidance', 'school refusal', 'school refuser', 'refuses to go to school', "won't go to school",
      "can't go to school", 'not going to school', 'not attending school', 'school phobia', 'school anxiety',
      'anxiety about school', 'scared of school', 'poor attendance', 'attendance problems', 'missing school', 'off school'],
    hiddenLabels: ['school refusel', 'school refussal', 'ebsna'],
    source: BRIEF.parentWords,
    links: {
      BROADER: ['need:social-emotional-mental-health'],
      HAS_PATHWAY: ['pathway:mental-health'],
      IN_CATEGORY: ['category:educational-psychology', 'category:early-help'],
      CATERED_BY: ['setting:alternative-provision', 'setting:hospital-education', 'setting:eotas'],
    },
  },
  {
    id: 'need:challenging-behaviour',
    label: 'Behaviour that challenges',
    description:
      'Behaviour such as hitting, biting, running off or self-injury that puts the child or others at risk or makes daily life very hard. It is often a sign of distress or unmet need rather than naughtiness.',
    altLabels: ['challenging behaviour', 'challenging behavior', 'behaviour that challenges', 'distressed behaviour',
      'aggressive behaviour', 'aggression', 'aggressive', 'violent', 'violence', 'lashing out', 'hitting', 'biting', 'kicking',
      'hurts others', 'hurting others', 'destructive', 'running off', 'runs off', 'absconding', 'head banging',
      'self-injury', 'self injury', 'self-injurious behaviour', 'smearing'],
    hiddenLabels: ['challanging behaviour', 'challenging behavour', 'agressive', 'agression'],
    source: `${BRIEF.health}; SE7 Local Offer Framework & Guidance: health care pathways by need type`,
    links: {
      BROADER: ['need:social-emotional-mental-health'],
      HAS_PATHWAY: ['pathway:challenging-behaviour'],
      IN_CATEGORY: ['category:short-breaks', 'category:parenting-support'],
      CATERED_BY: ['setting:special-school', 'setting:alternative-provision'],
    },
  },
  {
    id: 'need:adhd',
    label: 'ADHD (attention deficit hyperactivity disorder)',
    description:
      'A lifelong difference that makes it hard to focus, sit still or wait, and can make a person act on impulse. It is assessed on the neurodevelopmental pathway; schools often record it under social, emotional and mental health.',
    altLabels: ['ADHD', 'ADD', 'attention deficit hyperactivity disorder', 'attention deficit disorder', 'attention deficit',
      'hyperactive', 'hyperactivity', 'hyper', "can't sit still", 'cannot sit still', "can't concentrate",
      'poor concentration', 'trouble concentrating', 'concentration problems', 'easily distracted', 'impulsive',
      'impulsivity', 'inattentive', 'fidgety', 'ADHD medication', 'methylphenidate', 'Ritalin'],
    hiddenLabels: ['atention deficit', 'attension deficit', 'hyper activity', 'hyperactivty'],
    source: `${BRIEF.parentWords} (census recording under SEMH is a convention the brief marks unverified); ${BRIEF.health}`,
    links: {
      HAS_PATHWAY: ['pathway:neurodevelopmental', 'pathway:adult-autism-adhd'],
      RELATED: ['need:social-emotional-mental-health'],
      IN_CATEGORY: ['category:community-paediatrics', 'category:parenting-support'],
      CATERED_BY: ['setting:mainstream-school', 'setting:resourced-provision', 'setting:alternative-provision'],
    },
  },
]);
