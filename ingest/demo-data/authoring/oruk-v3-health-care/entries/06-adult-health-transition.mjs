// Hand-written entries: adult health services young people move on to, and transition clinics.
import { weekdays, weekly, monthly, words } from '../lib.mjs';

export default [
  {
    key: 'ctpld-health',
    name: 'Community Team for People with Learning Disabilities (health)',
    org: 'bpft',
    url: 'https://www.bpft.nhs.uk.example/adult/learning-disabilities',
    email: 'bpft.ctpld@nhs.net.example',
    ages: [18, 99],
    reviewed: '2026-02-26',
    fees: 'Free',
    areas: 'all',
    locs: ['ash-meadowbank', 'kl-weavers-court'],
    sched: [weekdays('09:00', '17:00', 'Monday to Friday')],
    funding: ['icb'],
    contacts: [{ name: 'CTPLD duty worker', phones: [['01632 960414']] }],
    terms: ['health', 'health.adult', 'need.ld', 'need.autism', 'access.referral'],
    desc: `Specialist health team for adults (18 and over) with a learning disability whose health needs can't be met by their GP and mainstream NHS services alone, even with reasonable adjustments. The team includes learning disability nurses, psychiatrists, psychologists, speech and language therapists (communication and swallowing), physiotherapists, occupational therapists and positive behaviour support practitioners.

We work alongside the council's adult learning disability and autism social work team; you can be referred to one or both.

Transition: we like to meet young people known to children's services from about 17, so nobody arrives at 18 as a stranger. Children's services (CYPMHS LD team, community paediatrics, special school nurses, the dysphagia team) can refer from 17 and a half.

Referral by GP, social worker or other health professional. Adults and carers can also contact the duty worker to talk about a referral.`
  },
  {
    key: 'adult-autism-adhd',
    name: 'Adult Autism and ADHD Service',
    org: 'bpft',
    url: 'https://www.bpft.nhs.uk.example/adult/autism-adhd',
    email: 'bpft.adultnd@nhs.net.example',
    ages: [18, 99],
    reviewed: '2026-08-18',
    fees: 'Free',
    alert: 'Waiting times are very long: about 2 years for an autism assessment and over 3 years for an ADHD assessment. Young people already on ADHD medication from children\'s services are transferred separately and do not join the assessment waiting list.',
    areas: 'all',
    locs: ['ash-linden'],
    sched: [weekdays('09:00', '17:00', 'Monday to Friday')],
    funding: ['icb'],
    contacts: [{ name: 'Adult Autism and ADHD Service', phones: [['01632 960413']] }],
    terms: ['health', 'health.adult', 'health.neuro', 'need.autism', 'need.adhd', 'access.referral'],
    desc: `Diagnostic assessment for adults (18+) who may be autistic or have ADHD, and medication initiation and review for adults with ADHD.

Referral is by GP. We can't accept self-referrals. You can ask your GP about Right to Choose.

Young people moving from children's services: if you are on ADHD medication, your paediatrician or CYPMHS will refer you to us from age 17 and a half so that we can take over before your 18th birthday, or agree shared care with your GP. If you were assessed as a child, you don't need another assessment.

After diagnosis we offer a post-diagnostic group (4 sessions) and signposting. We don't offer long-term support; the Brackenshire Independent Living Centre runs peer support groups for autistic adults.`
  },
  {
    key: 'adult-cmht',
    name: 'Adult Community Mental Health Teams',
    org: 'bpft',
    url: 'https://www.bpft.nhs.uk.example/adult/community-mental-health',
    ages: [18, 65],
    reviewed: '2025-06-30',
    fees: 'Free',
    areas: 'all',
    locs: ['ash-linden', 'kl-weavers-court', 'wb-anchorage'],
    sched: [weekdays('09:00', '17:00', 'Monday to Friday')],
    funding: ['icb'],
    contacts: [
      { name: 'Adult Mental Health Access Line', phones: [['01632 960410']] },
      { name: '24/7 Mental Health Crisis Line', phones: [['01632 960401']] }
    ],
    terms: ['health', 'health.adult', 'health.mh', 'need.semh', 'access.referral'],
    desc: `Community mental health teams for adults aged 18 to 65 with severe or complex mental health problems, for example psychosis, bipolar disorder, severe depression, or a personality disorder. Teams in Ashcombe, Kirkby Lees and Wyvern Bay. Referral by GP or through the access line. Young people moving from CYPMHS are transferred through a transition meeting; ask your care coordinator. Adults with mild to moderate anxiety or depression should use NHS Talking Therapies.`
  },
  {
    key: 'talking-therapies',
    name: 'NHS Talking Therapies Brackenshire',
    org: 'bpft',
    url: 'https://www.bpft.nhs.uk.example/talking-therapies',
    email: 'bpft.talkingtherapies@nhs.net.example',
    ages: [16, 99],
    reviewed: '2026-04-30',
    fees: 'Free',
    areas: 'all',
    sched: [
      weekdays('08:00', '20:00', 'Monday to Friday, including evening appointments'),
      weekly('SA', '09:00', '13:00', 'Saturday morning appointments')
    ],
    langs: ['en', 'pl', 'ur'],
    funding: ['icb'],
    contacts: [{ name: 'NHS Talking Therapies Brackenshire', phones: [['01632 960415', 'Self-referral line']] }],
    terms: ['health', 'health.adult', 'health.mh', 'need.semh', 'access.open', 'where.online'],
    desc: `Talking therapies for anxiety and depression for people aged 16 and over registered with a Brackenshire GP. Refer yourself online or by phone; no GP referral needed. Guided self-help, CBT, counselling for depression, and groups, in person, by video or online. We have therapists with experience of working with autistic adults and can adapt therapy. Parent carers are welcome to use the service for their own wellbeing.`
  },
  {
    key: 'ld-annual-health-check',
    name: 'Annual health checks for people with a learning disability (age 14 and over)',
    org: 'icb',
    url: 'https://www.brackenshireandwyvern.icb.nhs.uk.example/learning-disability-health-checks',
    ages: [14, 99],
    reviewed: '2026-06-20',
    fees: 'Free',
    areas: 'all',
    sched: [words('Booked with your GP practice.')],
    funding: ['icb'],
    contacts: [{ name: 'ICB Learning Disability and Autism Team', phones: [['01632 960704']] }],
    terms: ['health', 'health.adult', 'need.ld', 'access.open'],
    desc: `Everyone aged 14 or over who is on their GP's learning disability register can have a free annual health check with their GP practice, and a health action plan. It's a chance to check physical and mental health, medication, and things like weight, hearing, sight and teeth, and to spot problems early. From 14 it's also a good time to start talking about moving to adult health services.

Make sure your child is on the learning disability register: ask the GP practice. You can ask for a longer appointment, the first or last appointment of the day, or to wait somewhere quieter. Easy read invitations are available.

Autistic people without a learning disability are not currently eligible for the annual check, but can ask their practice for reasonable adjustments and a note on their record.`
  },
  {
    key: 'transition-clinic-complex',
    name: 'Young Adults Transition Clinic (complex disability and neurology)',
    org: 'ahft',
    url: 'https://www.ashcombehospitals.nhs.uk.example/young-adults/transition',
    email: 'ahft.transition@nhs.net.example',
    ages: [16, 25],
    reviewed: '2026-01-15',
    fees: 'Free',
    areas: 'all',
    locs: ['ash-hosp'],
    sched: [monthly('3WE', '13:30', '17:00', 'Third Wednesday of each month, Outpatients A, Ashcombe General Hospital')],
    funding: ['icb'],
    contacts: [{ name: 'Transition nurse specialist', phones: [['01632 960308']] }],
    terms: ['health', 'health.adult', 'health.ltc', 'need.medical', 'need.pd', 'need.ld', 'access.referral'],
    desc: `A joint clinic where a children's consultant and an adult consultant see young people aged 16 to 25 with complex disabilities or neurological conditions together (for example cerebral palsy, epilepsy with learning disability, neuromuscular conditions, or complex congenital conditions).

Children's hospital care usually ends at 18 and young people can find they have lots of different adult specialists. The clinic works out with you which adult teams you need, who your lead doctor will be, and hands over a full summary. Our transition nurse specialist helps you get ready, including managing your own appointments and medicines, and talking about capacity and decisions from 16.

Referral by your paediatrician from about 15 and a half.`
  },
  {
    key: 'adult-neuro-rehab',
    name: 'Adult Community Neuro-Rehabilitation Team',
    org: 'bcht',
    url: 'https://www.brackenshirecommunity.nhs.uk.example/services/adult-neuro-rehab',
    ages: [18, 99],
    reviewed: '2026-03-09',
    fees: 'Free',
    areas: 'all',
    sched: [weekdays('08:30', '16:30', 'Monday to Friday, at home or in clinic')],
    funding: ['icb'],
    contacts: [{ name: 'Neuro-Rehabilitation Team', phones: [['01632 960240']] }],
    terms: ['health', 'health.adult', 'health.abi', 'need.pd', 'need.medical', 'access.referral'],
    desc: `Physiotherapy, occupational therapy, speech and language therapy and psychology for adults with neurological conditions, including young adults with cerebral palsy, acquired brain injury, spina bifida or muscular dystrophy moving on from children's therapies. Short goal-based blocks of rehabilitation rather than ongoing therapy. Referral by GP, consultant or children's therapist (from age 17 and a half, to plan transfer).`
  },
  {
    key: 'adult-continence',
    name: 'Adult Bladder and Bowel Service',
    org: 'bcht',
    url: 'https://www.brackenshirecommunity.nhs.uk.example/services/adult-bladder-and-bowel',
    ages: [19, 99],
    reviewed: '2024-02-14',
    fees: 'Free',
    areas: 'all',
    sched: [weekdays('09:00', '16:30', 'Monday to Friday')],
    funding: ['Brackenshire CCG'],
    contacts: [{ name: 'Adult Continence Service', phones: [['01632 960221']] }],
    terms: ['health', 'health.adult', 'health.continence', 'access.referral'],
    desc: `Assessment and treatment for adults with bladder and bowel problems. Young people already getting products from the children's service are transferred at 19 after a review by the adult service; product allowances may change. Referral via GP or community nurse.`
  },
  {
    key: 'nhs-chc-adults',
    name: 'NHS Continuing Healthcare (adults) and transition from children\'s continuing care',
    org: 'icb',
    url: 'https://www.brackenshireandwyvern.icb.nhs.uk.example/continuing-healthcare',
    email: 'bwicb.chc@nhs.net.example',
    ages: [17, 99],
    reviewed: '2026-05-11',
    fees: 'Free: fully funded by the NHS if eligible',
    areas: 'all',
    sched: [weekdays('09:00', '17:00', 'Monday to Friday')],
    funding: ['icb'],
    contacts: [{ name: 'Continuing Healthcare Team', phones: [['01632 960702', 'Ask for adult continuing healthcare']] }],
    terms: ['health', 'health.chc', 'health.adult', 'social.transition', 'need.medical', 'access.assessment'],
    desc: `NHS Continuing Healthcare (CHC) is a package of care for adults aged 18 and over whose main need is a health need, arranged and paid for by the NHS. It is assessed using the National Framework for NHS Continuing Healthcare.

For young people who get children's continuing care, or who have complex health needs, the ICB should:
- identify you at age 14 and tell the adult team
- screen with the CHC Checklist at 16 to 17
- complete a full assessment so that a decision is made by your 18th birthday, if the checklist indicates.

The adult eligibility criteria are different from children's continuing care. If you aren't eligible for CHC you may still get NHS-funded nursing or support through adult social care, and social care may be means-tested. We work with the council's preparing for adulthood team so that decisions are made together.`
  }
];
