/**
 * The kinds of provision a synthetic Local Offer is made of, written the way authorities and providers write
 * them. Placeholders: {place} (the authority), {area} (a district), {need} (a need the service is for).
 */
export type Route = 'open' | 'targeted' | 'specialist' | 'ehc';
export type Provider = 'nhs' | 'council' | 'charity' | 'school' | 'private';

export interface Archetype {
  names: string[];
  category: [string, string];
  needs: readonly string[];
  ages: ReadonlyArray<readonly [number, number]>;
  routes: readonly Route[];
  cost: 'free' | 'paid' | 'subsidised';
  provider: Provider;
  what: string[];
  weight: number;
}

export const NEEDS = ['Autism', 'ADHD', 'Speech, language and communication needs', 'Learning disability', 'Physical disability',
  'Hearing impairment', 'Vision impairment', 'Social, emotional and mental health', 'Down syndrome', 'Epilepsy',
  'Complex health needs', 'Dyslexia', 'Sensory processing difficulties', 'Continence', 'Cerebral palsy', 'Anxiety',
  'Global developmental delay', 'Dyspraxia (DCD)'] as const;

const ANY = NEEDS;
const HEALTH = ['Complex health needs', 'Epilepsy', 'Cerebral palsy', 'Physical disability', 'Down syndrome', 'Continence'] as const;
const NEURO = ['Autism', 'ADHD', 'Sensory processing difficulties', 'Anxiety'] as const;

export const ARCHETYPES: Archetype[] = [
  { names: ["Children's Speech and Language Therapy ({area})", 'Talk and Play sessions, {area}'], category: ['Health', 'Speech and language therapy'], needs: ['Speech, language and communication needs', 'Autism', 'Down syndrome'], ages: [[0, 5], [0, 19], [2, 11]], routes: ['open', 'specialist'], cost: 'free', provider: 'nhs', weight: 4,
    what: ['Therapists assess how your child understands and uses language and agree goals with you and their nursery or school.', 'We run groups for parents of late talkers and train staff in settings to use signing and visual supports.'] },
  { names: ["Children's Occupational Therapy", 'Sensory and motor skills clinic ({area})'], category: ['Health', 'Occupational therapy'], needs: ['Physical disability', 'Dyspraxia (DCD)', 'Sensory processing difficulties', 'Cerebral palsy'], ages: [[0, 18], [4, 16]], routes: ['specialist'], cost: 'free', provider: 'nhs', weight: 3,
    what: ['We help children manage everyday tasks such as dressing, eating and handwriting, and advise on equipment at home and school.', 'Children are seen in clinic, at school or at home.'] },
  { names: ["Children's Physiotherapy", 'Hydrotherapy for children ({area})'], category: ['Health', 'Physiotherapy'], needs: ['Physical disability', 'Cerebral palsy', 'Complex health needs'], ages: [[0, 19], [1, 18]], routes: ['specialist'], cost: 'free', provider: 'nhs', weight: 2,
    what: ['Physiotherapists support children with movement difficulties, including walking, posture and strength.', 'We provide exercise programmes for home and school and review splints and standing frames.'] },
  { names: ['Neurodevelopmental assessment service', 'Autism and ADHD assessment pathway'], category: ['Health', 'Autism and ADHD'], needs: ['Autism', 'ADHD'], ages: [[5, 18], [2, 18]], routes: ['specialist'], cost: 'free', provider: 'nhs', weight: 3,
    what: ['A team of paediatricians, psychologists and speech and language therapists assesses children who may be autistic or have ADHD.', 'Waiting times are long; while you wait, you can use the family support listed on the Local Offer.'] },
  { names: ["Children and Young People's Mental Health Service (CYPMHS)", 'Mental Health Support Team in schools ({area})'], category: ['Health', 'Emotional wellbeing and mental health'], needs: ['Social, emotional and mental health', 'Anxiety'], ages: [[5, 18], [11, 18]], routes: ['specialist', 'targeted'], cost: 'free', provider: 'nhs', weight: 3,
    what: ['We offer assessment and therapy for children and young people with moderate to severe mental health difficulties.', 'Practitioners work in schools, offering short courses of support for low mood, worry and behaviour.'] },
  { names: ['Bladder and bowel service', 'Enuresis clinic ({area})'], category: ['Health', 'Bladder and bowel'], needs: ['Continence', 'Learning disability', 'Autism'], ages: [[5, 19], [4, 18]], routes: ['specialist', 'open'], cost: 'free', provider: 'nhs', weight: 1,
    what: ['Nurses help children and families with toilet training, daytime wetting, bedwetting and constipation.', 'We can assess for continence products when a child is not able to become toilet trained.'] },
  { names: ["Children's Community Nursing Team", 'Epilepsy specialist nurses'], category: ['Health', 'Community nursing'], needs: HEALTH, ages: [[0, 18], [0, 19]], routes: ['specialist'], cost: 'free', provider: 'nhs', weight: 2,
    what: ['Nurses care for children with long-term and complex health needs at home and at school.', 'We write care plans with families and train school staff, for example in giving rescue medication.'] },
  { names: ['Wheelchair service', 'Children\'s equipment service'], category: ['Health', 'Equipment and wheelchairs'], needs: ['Physical disability', 'Cerebral palsy'], ages: [[0, 18]], routes: ['specialist'], cost: 'free', provider: 'nhs', weight: 1,
    what: ['We assess children who have a long-term difficulty walking and provide wheelchairs and seating.', 'Personal wheelchair budgets are available.'] },
  { names: ['Health visiting ({area})', 'School nursing service'], category: ['Health', 'Health visiting and school nursing'], needs: ANY, ages: [[0, 5], [5, 19]], routes: ['open'], cost: 'free', provider: 'nhs', weight: 2,
    what: ['Our team offers every family health reviews, advice on development, feeding and sleep, and support for emotional health.', 'We can refer on to specialist services when a child needs more help.'] },
  { names: ['Disabled Children\'s Team', 'Children with Disabilities Social Work Team'], category: ['Social care', 'Social work'], needs: ['Learning disability', 'Physical disability', 'Complex health needs', 'Autism'], ages: [[0, 18], [0, 25]], routes: ['specialist'], cost: 'free', provider: 'council', weight: 2,
    what: ['Social workers assess the needs of disabled children and their families and arrange support such as short breaks and help at home.', 'We also carry out parent carer needs assessments.'] },
  { names: ['Overnight short breaks at {place} House', 'Short breaks residential unit ({area})'], category: ['Short breaks', 'Overnight short breaks'], needs: ['Learning disability', 'Complex health needs', 'Autism'], ages: [[8, 18], [5, 17]], routes: ['specialist'], cost: 'free', provider: 'council', weight: 2,
    what: ['A small home offering overnight stays for disabled children, giving families a break from caring.', 'Staff are trained in epilepsy care, moving and handling and positive behaviour support.'] },
  { names: ['Saturday club for children with additional needs ({area})', 'Holiday playscheme ({area})', 'Inclusive youth club, {area}'], category: ['Short breaks', 'Clubs and activities'], needs: ANY, ages: [[5, 18], [8, 19], [11, 25]], routes: ['open', 'targeted'], cost: 'subsidised', provider: 'charity', weight: 5,
    what: ['Play, crafts, sport and trips in a relaxed setting with trained staff.', 'Sessions run in the school holidays and at weekends; places are limited, so please book early.'] },
  { names: ['{place} Short Breaks Card', 'Short breaks direct payments'], category: ['Short breaks', 'Targeted short breaks'], needs: ANY, ages: [[0, 18]], routes: ['targeted'], cost: 'free', provider: 'council', weight: 1,
    what: ['The card gives discounts and priority access to activities across the area.', 'Families apply with evidence of their child\'s disability; no social care assessment is needed.'] },
  { names: ['Specialist Teaching Service', 'Sensory Support Service (hearing and vision)'], category: ['Education', 'Specialist teachers'], needs: ['Hearing impairment', 'Vision impairment', 'Autism', 'Dyslexia'], ages: [[0, 19], [2, 16]], routes: ['targeted', 'ehc'], cost: 'free', provider: 'council', weight: 2,
    what: ['Specialist teachers advise schools on how to adapt teaching and work directly with some pupils.', 'Schools request support through the SENCO.'] },
  { names: ['Educational Psychology Service'], category: ['Education', 'Educational psychology'], needs: ANY, ages: [[0, 25]], routes: ['targeted', 'ehc'], cost: 'free', provider: 'council', weight: 1,
    what: ['Educational psychologists help schools understand a child\'s learning and wellbeing and give advice for EHC needs assessments.'] },
  { names: ['{area} Resourced Provision for autism', 'Specialist base for speech and language ({area})'], category: ['Education', 'Resourced provision'], needs: ['Autism', 'Speech, language and communication needs'], ages: [[4, 11], [11, 16]], routes: ['ehc'], cost: 'free', provider: 'school', weight: 2,
    what: ['A specialist base within a mainstream school, where pupils spend part of the day in small groups.', 'Places are for pupils whose EHC plan names the base.'] },
  { names: ['SEND Information, Advice and Support Service (SENDIASS)', '{place} Parent Carer Forum'], category: ['Information, advice and support', 'Advice and support'], needs: ANY, ages: [[0, 25]], routes: ['open'], cost: 'free', provider: 'charity', weight: 2,
    what: ['Free, impartial and confidential advice about SEND, including EHC needs assessments, school exclusions and appeals.', 'We run coffee mornings and workshops for parents and carers.'] },
  { names: ['Autism support group ({area})', 'Parent support group for ADHD, {area}'], category: ['Information, advice and support', 'Support groups'], needs: NEURO, ages: [[0, 18], [4, 19]], routes: ['open'], cost: 'free', provider: 'charity', weight: 3,
    what: ['A friendly group where parents share experiences and hear from visiting speakers.', 'Meetings are monthly; children are welcome at the family sessions.'] },
  { names: ['SEND mediation service', 'Disagreement resolution service'], category: ['Disagreements and complaints', 'Mediation'], needs: ANY, ages: [[0, 25]], routes: ['open'], cost: 'free', provider: 'private', weight: 1,
    what: ['Independent mediators help families and the council resolve disagreements about EHC needs assessments and plans.', 'You must contact a mediation adviser before most appeals to the tribunal.'] },
  { names: ['Supported internships', 'Preparing for adulthood team'], category: ['Preparing for adulthood', 'Employment'], needs: ['Learning disability', 'Autism', 'Down syndrome'], ages: [[16, 24], [14, 25]], routes: ['ehc', 'specialist'], cost: 'free', provider: 'council', weight: 2,
    what: ['Young people learn at work with the support of a job coach, aiming for paid employment.', 'We help young people plan for work, living independently, friendships and good health from Year 9.'] },
  { names: ['Independent travel training', 'Home to school travel assistance'], category: ['Travel', 'Travel support'], needs: ANY, ages: [[11, 25], [4, 16]], routes: ['targeted', 'ehc'], cost: 'free', provider: 'council', weight: 1,
    what: ['Trainers help young people learn to travel safely on buses and trains on their own.', 'Eligible children get transport to school; apply online for a place.'] },
  { names: ['Inclusive childminding ({area})', 'SEND inclusion funding for early years'], category: ['Childcare', 'Early years childcare'], needs: ANY, ages: [[0, 4], [2, 4]], routes: ['open', 'targeted'], cost: 'paid', provider: 'private', weight: 2,
    what: ['Childcare in a home setting with experience of caring for children with additional needs.', 'Funded early education hours can be used here.'] },
  { names: ['Inclusive swimming sessions ({area})', 'Disability sport club, {area}', 'Relaxed cinema screenings'], category: ['Leisure', 'Sport and leisure'], needs: ANY, ages: [[5, 18], [8, 25]], routes: ['open'], cost: 'paid', provider: 'private', weight: 3,
    what: ['Quieter sessions with trained staff, where families can join in at their own pace.', 'A carer goes free with each participant.'] },
];

/** Prices, as providers write them. */
export const PRICES = ['£3 a session', '£4.50 per session', '£5 a session', '£8 per hour', '£12 a day', '£25 for a six-week course'];
export const CONCESSIONS = ['free for families on Universal Credit', 'reduced rates for families on a low income', 'funded places are available'];
export const WAITS = ['Most children are seen within 6 weeks.', 'The wait is currently about 18 weeks.', 'Urgent referrals are seen within 5 working days.', 'There is no waiting list at present.', 'Waiting times are around 12 months.'];
