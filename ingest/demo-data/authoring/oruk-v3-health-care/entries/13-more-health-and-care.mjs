// Hand-written entries: further health and social care services (specific clinics and programmes,
// local short breaks in areas with fewer options, advocacy and peer support for young adults).
import { weekdays, weekly, monthly, words } from '../lib.mjs';

export default [
  {
    key: 'cp-hip-surveillance',
    name: 'Cerebral palsy hip and posture surveillance programme',
    org: 'bcht',
    url: 'https://www.brackenshirecommunity.nhs.uk.example/services/childrens-physiotherapy/cp-surveillance',
    ages: [1, 18],
    reviewed: '2026-06-04',
    fees: 'Free',
    areas: 'all',
    locs: ['ash-cdc', 'th-therapy'],
    sched: [words('Reviews are booked by the physiotherapy team, once or twice a year depending on your child\'s needs.')],
    funding: ['icb'],
    contacts: [{ name: 'Children\'s Physiotherapy', phones: [['01632 960205']] }],
    terms: ['health', 'health.therapies.physio', 'need.pd', 'access.referral'],
    desc: `All children in Brackenshire with cerebral palsy are offered regular checks of their hips, spine, muscle tone and range of movement, with hip X-rays at agreed ages. Hip problems in cerebral palsy often cause no pain at first, so regular checks mean they can be picked up and treated early.

Your child is added to the programme when they are diagnosed, or when they are suspected to have cerebral palsy, by their paediatrician or physiotherapist. Results are shared with you and, with your consent, with the orthopaedic team at Calderbridge Children's Hospital if surgery may be needed.

If you've moved into Brackenshire and your child has cerebral palsy, please ask your GP or physiotherapist to make sure they're on the programme.`
  },
  {
    key: 'puffin-open-access',
    name: 'Open access to Puffin Ward for children with complex health needs',
    org: 'ahft',
    url: 'https://www.ashcombehospitals.nhs.uk.example/childrens/open-access',
    ages: [0, 18],
    reviewed: '2026-03-03',
    fees: 'Free',
    areas: 'all',
    locs: ['ash-hosp'],
    sched: [words('24 hours a day, 7 days a week.')],
    funding: ['icb'],
    contacts: [{ name: 'Puffin Ward (children\'s ward)', phones: [['01632 960300', 'Ask for Puffin Ward']] }],
    terms: ['health', 'health.nursing', 'health.ltc', 'need.medical', 'access.referral'],
    desc: `Some children with complex or long-term conditions (for example children with a gastrostomy, on home oxygen, with a central line, or with complex epilepsy) have "open access" to Puffin Ward. This means that if your child becomes unwell you can phone the ward directly for advice, and if they need to be seen you can bring them straight to the ward instead of going through the emergency department.

Open access is agreed by your child's consultant and reviewed each year. You'll get an open access letter and a care plan to bring with you. In an emergency, always call 999.`
  },
  {
    key: 'down-syndrome-clinic',
    name: 'Down syndrome health clinic',
    org: 'bcht',
    url: 'https://www.brackenshirecommunity.nhs.uk.example/services/community-paediatrics/down-syndrome',
    ages: [0, 18],
    reviewed: '2025-12-10',
    fees: 'Free',
    areas: 'all',
    locs: ['ash-cdc'],
    sched: [monthly('2TU', '09:00', '16:30', 'Second Tuesday of the month, Ashcombe Child Development Centre')],
    funding: ['icb'],
    contacts: [{ name: 'Community Paediatric Secretaries', phones: [['01632 960211']] }],
    terms: ['health', 'health.paeds', 'need.ld', 'need.medical', 'access.referral'],
    desc: `A monthly clinic where a community paediatrician sees children with Down syndrome for the recommended health checks (thyroid blood tests, growth, heart, hearing and vision reminders, sleep and breathing) and development. Audiology and orthoptic checks are booked on the same day where possible to save you extra trips. All babies born with Down syndrome in Brackenshire are referred by the neonatal team. Families moving into the area can ask their GP to refer.`
  },
  {
    key: 'neonatal-follow-up',
    name: 'Neonatal follow-up clinic',
    org: 'ahft',
    url: 'https://www.ashcombehospitals.nhs.uk.example/neonatal/follow-up',
    ages: [0, 2],
    reviewed: '2026-04-09',
    fees: 'Free',
    areas: 'all',
    locs: ['ash-hosp'],
    sched: [weekly('FR', '09:00', '16:00', 'Fridays, Ladybird Unit (Children\'s Outpatients), Ashcombe General Hospital')],
    funding: ['icb'],
    contacts: [{ name: 'Neonatal outreach team', phones: [['01632 960310']] }],
    terms: ['health', 'health.paeds', 'need.medical', 'need.pd', 'access.referral'],
    desc: `Babies who were born very early (before 30 weeks) or who were very unwell as newborns are followed up by a neonatologist and a physiotherapist until they are 2 years old (corrected age). We check growth, movement, hearing, vision and development, and a formal developmental assessment is done at 2 years. If we find any difficulties we refer to the Child Development Centre, therapies or Portage, and with your permission let the council's early years SEND team know.

Families are booked in before leaving the neonatal unit.`
  },
  {
    key: 'immunisations-adjustments',
    name: 'Community immunisation clinics with reasonable adjustments',
    org: 'bcht',
    url: 'https://www.brackenshirecommunity.nhs.uk.example/services/immunisations',
    ages: [4, 18],
    reviewed: '2026-09-30',
    fees: 'Free',
    areas: 'all',
    locs: ['th-health', 'kl-health-centre'],
    sched: [words('Catch-up clinics in school holidays at Thornhollow Health and Wellbeing Centre and Kirkby Lees Health Centre. Home visits by arrangement.')],
    funding: ['NHS England (public health immunisation programme)'],
    contacts: [{ name: 'School-age Immunisation Team', phones: [['01632 960227']] }],
    terms: ['health', 'health.0-19', 'need.autism', 'need.ld', 'need.semh', 'access.open'],
    desc: `If your child found their vaccinations in school too difficult, or missed them because of anxiety, a needle phobia, autism or a learning disability, our immunisation nurses can see them in a quieter clinic, at the start or end of the day, or sometimes at home. We can send a social story or photos of the room beforehand, use numbing cream, and give your child as much time as they need. Call us to book: no referral needed.`
  },
  {
    key: 'parent-infant',
    name: 'Parent-Infant Relationship Service',
    org: 'bpft',
    url: 'https://www.bpft.nhs.uk.example/perinatal/parent-infant',
    ages: [0, 2],
    reviewed: '2026-02-24',
    fees: 'Free',
    areas: 'all',
    sched: [weekdays('09:00', '17:00', 'Monday to Friday. Mostly home visits.', { attend: 'Home visits and clinic' })],
    funding: ['icb', 'fh'],
    contacts: [{ name: 'Parent-Infant Relationship Service', phones: [['01632 960416']] }],
    terms: ['health', 'health.mh', 'need.semh', 'access.referral', 'where.home'],
    desc: `A small team of parent-infant psychotherapists and specialist health visitors who help parents and babies (from pregnancy to age 2) when the relationship between them is under strain: for example after a traumatic birth, when a parent is struggling with their own mental health, or when a baby is unsettled, has a disability or has spent a long time in hospital. Referral by health visitors, midwives, GPs, perinatal mental health or family hubs.`
  },
  {
    key: 'therapies-special-schools',
    name: 'Physiotherapy and occupational therapy in special schools',
    org: 'bcht',
    url: 'https://www.brackenshirecommunity.nhs.uk.example/services/special-school-therapies',
    ages: [2, 19],
    reviewed: '2026-03-04',
    fees: 'Free',
    areas: 'all',
    sched: [words('In school, during term time.')],
    funding: ['icb'],
    contacts: [{ name: 'Children\'s Therapies Single Point of Access', phones: [['01632 960201']] }],
    terms: ['health', 'health.therapies.physio', 'health.therapies.ot', 'need.pd', 'need.ld', 'access.ehcp'],
    desc: `Physiotherapists and occupational therapists work in Brackenshire's special schools on set days each week. They see pupils whose EHC plans include physiotherapy or OT, set up postural management and seating, train staff in moving and handling and therapy programmes, and attend annual reviews. Parents are welcome to join therapy sessions; ask the class teacher.`
  },
  {
    key: 'bilc-autistic-adults',
    name: 'Autistic adults peer support (16+)',
    org: 'bilc',
    url: 'https://www.bilc.org.uk.example/autistic-peer-support',
    ages: [16, 99],
    reviewed: '2026-07-16',
    fees: 'Free',
    areas: 'all',
    locs: ['ash-library'],
    sched: [
      monthly('1SA', '11:00', '13:00', 'In-person meet-up, Ashcombe Central Library (quiet room available)', { at: 'ash-library' }),
      weekly('WE', '19:00', '20:30', 'Online text-based chat group (Discord), Wednesday evenings', { attend: 'Online' })
    ],
    funding: ['asc', 'icb'],
    contacts: [{ name: 'Peer support co-ordinator', phones: [['01632 960506', 'Or email: we know many autistic people prefer not to phone']] }],
    terms: ['social', 'social.adult', 'health.neuro', 'need.autism', 'access.open', 'where.online'],
    desc: `Run by autistic people for autistic people aged 16 and over, diagnosed or self-identified. Monthly meet-ups with a quiet room and no pressure to talk, plus a weekly online text chat group. We also run a 4-week "Understanding my autism" course after diagnosis, in partnership with the NHS adult autism service. Just come along or message us.`
  },
  {
    key: 'mencap-family-support',
    name: 'Family support and advocacy (Brackenshire Mencap)',
    org: 'mencap',
    url: 'https://www.brackenshiremencap.org.uk.example/family-support',
    email: 'familysupport@brackenshiremencap.org.uk.example',
    ages: [0, 99],
    reviewed: '2026-05-08',
    fees: 'Free',
    areas: 'all',
    locs: ['kl-mencap'],
    sched: [weekdays('09:00', '16:00', 'Monday to Friday; home visits available')],
    funding: ['charity', 'csc'],
    contacts: [{ name: 'Family support worker', phones: [['01632 960500']] }],
    terms: ['social', 'social.carers', 'social.transition', 'need.ld', 'access.open'],
    desc: `Our family support workers help families of children and adults with a learning disability to find their way through services: understanding assessments and plans, preparing for meetings, getting the right benefits, planning for the future (including wills and trusts) and the move to adult services at 18. We can come with you to meetings. We're independent of the council and the NHS. Families can contact us directly.`
  },
  {
    key: 'sb-bay-explorers',
    name: 'Bay Explorers: holiday club for autistic children and children with SEND (Wyvern Bay)',
    org: 'bcc',
    url: 'https://www.brackenshire.gov.uk.example/youth/bay-explorers',
    ages: [8, 16],
    reviewed: '2026-06-17',
    fees: 'Free for Brackenshire Access Card holders; £10 a day otherwise',
    costs: [['Brackenshire Access Card holders', 0], ['Other places', 10, 'per day']],
    areas: ['wyvern-bay'],
    locs: ['wb-bayside-youth'],
    sched: [weekly('TU,WE,TH', '10:00', '15:00', 'Tuesday to Thursday in Easter and summer holidays', { validFrom: '2026-07-21', validTo: '2026-08-27' })],
    funding: ['csc', 'Brackenshire County Council youth service'],
    contacts: [{ name: 'Bayside Youth Centre', phones: [['01632 960138']] }],
    terms: ['social', 'social.sb', 'social.sb.targeted', 'need.autism', 'need.any', 'access.open'],
    desc: `Small-group holiday days for children and young people aged 8 to 16 who find busy holiday clubs hard: beach walks, rock pooling, crabbing, games, cooking and a quiet room with youth workers who know autism well. Groups of 10 with 4 staff. Bring a packed lunch. Book through the youth centre: places are limited and priority goes to families who don't have other short breaks in the holidays.`
  },
  {
    key: 'sb-care-farm',
    name: 'Farm Saturdays at Fellbrook Care Farm',
    org: 'carefarm',
    url: 'https://www.fellbrookcarefarm.co.uk.example/farm-saturdays',
    email: 'hello@fellbrookcarefarm.co.uk.example',
    ages: [7, 18],
    reviewed: '2026-04-23',
    fees: '£18 a session; free with a Brackenshire Access Card (up to 15 sessions a year). Direct payments accepted.',
    costs: [['Session', 18, '10am to 2pm'], ['Brackenshire Access Card holders', 0, 'Up to 15 sessions a year']],
    areas: ['marston-fold', 'ashcombe'],
    locs: ['mf-care-farm'],
    sched: [weekly('SA', '10:00', '14:00', 'Every Saturday except over Christmas. Holiday days in summer.')],
    funding: ['csc', 'Parent fees and direct payments'],
    contacts: [{ name: 'Fellbrook Care Farm', phones: [['01632 960512']] }],
    terms: ['social', 'social.sb', 'social.sb.targeted', 'need.ld', 'need.autism', 'need.semh', 'access.open'],
    desc: `Feeding the animals, collecting eggs, growing veg, building dens in the wood and a campfire lunch. Farm Saturdays are a short break for children and young people with SEND who love being outside. Small groups with 1:3 staffing (1:1 by arrangement). Many of our young people come from the villages in Marston Fold, where there isn't much else nearby.

We can pick up from Marston village green at 9.40am (free). Come for a look round first: ring or email to arrange.`
  },
  {
    key: 'advocacy',
    name: 'Independent advocacy (Care Act, Mental Health Act and Mental Capacity Act)',
    org: 'advocacy',
    url: 'https://www.brackenshireadvocacy.org.uk.example',
    email: 'referrals@brackenshireadvocacy.org.uk.example',
    ages: [16, 99],
    reviewed: '2026-01-13',
    fees: 'Free',
    areas: 'all',
    sched: [weekdays('09:00', '17:00', 'Monday to Friday')],
    funding: ['asc', 'icb'],
    contacts: [{ name: 'Advocacy referrals', phones: [['01632 960513']] }],
    terms: ['social', 'social.adult', 'social.transition', 'need.ld', 'need.autism', 'need.semh', 'access.open', 'access.referral'],
    desc: `An advocate helps you have your say, understand your rights, and be involved in decisions about your care. We provide the independent advocates the law says some people must have:
- Care Act advocacy, if you would have substantial difficulty being involved in a Care Act assessment (including a transition assessment before 18), care planning or safeguarding, and have no suitable person to support you
- Independent Mental Health Advocates (IMHA) for people detained under the Mental Health Act, including young people
- Independent Mental Capacity Advocates (IMCA) for serious decisions when someone lacks capacity and has no family or friends to consult.

We also offer NHS complaints advocacy and community advocacy for adults with a learning disability.

Young people, families and professionals can refer. Social workers must refer for Care Act advocacy when it's needed.`
  },
  {
    key: 'sb-emergency',
    name: 'Emergency short breaks for disabled children',
    org: 'bcc',
    url: 'https://www.brackenshire.gov.uk.example/localoffer/short-breaks/emergency',
    ages: [0, 18],
    reviewed: '2026-08-20',
    fees: 'Free',
    areas: 'all',
    sched: [words('Can be arranged at any time, including out of hours through the Emergency Duty Team.')],
    funding: ['csc'],
    contacts: [
      { name: 'Disabled Children\'s Service duty social worker', phones: [['01632 960110']] },
      { name: 'Emergency Duty Team', phones: [['01632 960101']] }
    ],
    terms: ['social', 'social.sb', 'social.sb.specialist', 'need.any', 'access.assessment'],
    desc: `If something unexpected happens (for example a parent carer is taken into hospital) and there is nobody else who can safely care for a disabled child, the Disabled Children's Service can arrange emergency care. This might be support at home, an emergency stay at Larkspur House if a bed is available, or an emergency foster placement. We will always try to keep your child somewhere familiar.

Make an emergency plan now so that family, friends and services know what to do: your social worker, the Brackenshire Carers' Centre Emergency Card scheme or your family hub can help.`
  },
  {
    key: 'cld-nurses-children',
    name: 'Children\'s Learning Disability Nurses',
    org: 'bcht',
    url: 'https://www.brackenshirecommunity.nhs.uk.example/services/childrens-learning-disability-nursing',
    ages: [5, 18],
    reviewed: '2024-07-30',
    fees: 'Free',
    areas: 'all',
    sched: [weekdays('09:00', '17:00', 'Monday to Friday')],
    funding: ['Brackenshire Clinical Commissioning Group'],
    contacts: [{ name: 'Children\'s LD Nursing Team', phones: [['01632 960219']] }],
    terms: ['health', 'health.nursing', 'health.behaviour', 'need.ld', 'need.autism', 'access.referral'],
    desc: `Nurses who work with children with a learning disability who go to mainstream schools (special school pupils are seen by the special school nurses). We help with things like toileting, sleep, puberty and periods, healthy eating, and preparing for hospital appointments or blood tests, using easy read and visual supports. We can also do health action plans. Referral by GP, school nurse, paediatrician or social worker.`
  }
];
