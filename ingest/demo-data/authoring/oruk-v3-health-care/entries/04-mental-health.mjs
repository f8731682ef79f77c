// Hand-written entries: children and young people's mental health (CYPMHS / CAMHS) and counselling.
import { weekdays, weekly, monthly, words } from '../lib.mjs';

export default [
  {
    key: 'cypmhs-spa',
    name: 'CYPMHS Single Point of Access (children and young people\'s mental health referrals)',
    org: 'bpft',
    url: 'https://www.bpft.nhs.uk.example/cypmhs/get-help',
    email: 'bpft.cypmhs.spa@nhs.net.example',
    ages: [0, 18],
    reviewed: '2026-09-08',
    fees: 'Free',
    areas: 'all',
    sched: [weekdays('09:00', '17:00', 'Monday to Friday. Out of hours, call the 24/7 mental health crisis line.')],
    langs: ['en'],
    funding: ['icb'],
    contacts: [
      { name: 'CYPMHS Single Point of Access', phones: [['01632 960400', 'Monday to Friday 9am to 5pm. For referrals and advice about whether to refer.']] },
      { name: '24/7 Mental Health Crisis Line (all ages)', phones: [['01632 960401', 'Open 24 hours, every day']] }
    ],
    terms: ['health', 'health.mh', 'need.semh', 'access.open', 'access.referral'],
    desc: `The Single Point of Access (SPA) is the front door to children and young people's mental health services (CYPMHS, which many people still call CAMHS) in Brackenshire.

Who can refer:
- young people aged 11 to 18 can refer themselves by phone or the online form
- parents and carers can refer a child of any age
- GPs, school staff (SENCO, pastoral lead, mental health lead), school nurses, social workers and other professionals, with the family's agreement.

What happens next: a mental health practitioner reads every referral within 2 working days and may phone you to understand more. You will then be directed to the right help. That could be the Mental Health Support Team in your school, Open Minds counselling, the Neurodiversity Support Hub, early help, or an assessment with a CYPMHS community team. We will write to you and the referrer to explain the decision.

We can help with: anxiety, low mood and depression, self-harm, obsessive compulsive disorder (OCD), trauma, eating disorders, psychosis, and emotional difficulties linked to autism, ADHD or learning disabilities.

Autism and ADHD assessments are not done through the SPA: see the neurodevelopmental pathway.

If you are worried about someone's immediate safety, call 999 or go to the emergency department. For urgent mental health help at any time, call the 24/7 crisis line.`
  },
  {
    key: 'cypmhs-community',
    name: 'CYPMHS community teams (Central, East and West)',
    org: 'bpft',
    url: 'https://www.bpft.nhs.uk.example/cypmhs/community-teams',
    email: 'bpft.cypmhs.spa@nhs.net.example',
    ages: [0, 18],
    reviewed: '2026-09-08',
    fees: 'Free',
    alert: 'Routine wait from assessment to the start of treatment is about 22 weeks. Urgent referrals are seen within 5 working days.',
    areas: 'all',
    locs: ['ash-linden', 'kl-weavers-court', 'wb-anchorage'],
    sched: [
      weekdays('09:00', '17:00', 'Monday to Friday, with late clinics until 7pm on Tuesdays at Linden House and Thursdays at Weavers Court'),
      weekly('TU', '17:00', '19:00', 'Late clinic, Linden House, Ashcombe', { at: 'ash-linden' }),
      weekly('TH', '17:00', '19:00', 'Late clinic, Weavers Court, Kirkby Lees', { at: 'kl-weavers-court' })
    ],
    langs: ['en'],
    funding: ['icb'],
    contacts: [{ name: 'CYPMHS Single Point of Access', phones: [['01632 960400']] }],
    terms: ['health', 'health.mh', 'need.semh', 'access.referral'],
    desc: `Three community teams cover Brackenshire: Central (Ashcombe and Marston Fold, based at Linden House), East (Kirkby Lees, at Weavers Court) and West (Thornhollow and Wyvern Bay, at The Anchorage). Teams include psychiatrists, psychologists, mental health nurses, family therapists, and child and adolescent psychotherapists.

We offer assessment and evidence-based treatment for moderate to severe mental health difficulties, such as cognitive behavioural therapy (CBT), family therapy, dialectical behaviour therapy (DBT) skills groups for young people who self-harm, trauma-focused therapy, parenting work, and medication when it is needed.

We adapt what we do for autistic young people and those with learning disabilities, for example shorter sessions, visual materials, a quieter waiting room, or seeing you at home or school. Tell us what helps.

Referral is through the Single Point of Access. Most young people are seen for a set number of sessions with reviews; there is no fixed limit.

At 17 and a half we start planning with you for what happens at 18: moving to adult mental health services, to the 16 to 25 Bridge service, or to your GP.`
  },
  {
    key: 'mhst-schools',
    name: 'Mental Health Support Teams in schools (MHSTs)',
    org: 'bpft',
    url: 'https://www.bpft.nhs.uk.example/cypmhs/mental-health-support-teams',
    email: 'bpft.mhst@nhs.net.example',
    ages: [5, 18],
    reviewed: '2026-01-29',
    fees: 'Free',
    areas: 'all',
    sched: [words('In school during term time. Some sessions can be at home or by video.')],
    funding: ['icb', 'NHS England (national Mental Health Support Teams programme)'],
    contacts: [{ name: 'MHST co-ordinator', phones: [['01632 960403']] }],
    terms: ['health', 'health.mh', 'need.semh', 'access.open'],
    desc: `Mental Health Support Teams work in about 60% of Brackenshire's schools and colleges, including all three special schools that asked to join. Each school has a named Education Mental Health Practitioner (EMHP).

We help with mild to moderate anxiety, low mood, worries, sleep problems linked to worry, and mild behaviour difficulties in younger children (through work with parents). Support is usually 6 to 8 sessions using guided self-help based on CBT. We also support whole-school approaches to wellbeing and train staff.

Ask the school's mental health lead, SENCO or pastoral team if your child's school has an MHST. Young people in secondary school can ask to see the EMHP themselves. Schools without an MHST can refer through the CYPMHS Single Point of Access.

MHSTs are not for young people at risk of serious harm or with more complex needs; the team will help them get to the right service.`
  },
  {
    key: 'cypmhs-crisis',
    name: 'Crisis support for children and young people (crisis line and home treatment team)',
    org: 'bpft',
    url: 'https://www.bpft.nhs.uk.example/urgent-help',
    ages: [0, 18],
    reviewed: '2026-10-12',
    fees: 'Free',
    areas: 'all',
    sched: [
      words('Crisis line open 24 hours a day, 7 days a week, for all ages.', { attend: 'Phone' }),
      words('Crisis and home treatment team for under 18s: 8am to 10pm, 7 days a week. Overnight, the all-age crisis line responds.', { attend: 'Home visits and phone' })
    ],
    funding: ['icb'],
    contacts: [{ name: '24/7 Mental Health Crisis Line', phones: [['01632 960401', '24 hours, every day. Free to call from mobiles and landlines.']] }],
    terms: ['health', 'health.mh', 'need.semh', 'access.open', 'where.online'],
    desc: `If a child or young person is in a mental health crisis (for example they are talking about ending their life, have harmed themselves badly, or are very distressed or unwell and you are frightened for their safety) call our 24/7 crisis line. Anyone can call: young people, parents, carers, or professionals.

Trained staff will talk with you, help you stay safe, and can arrange an urgent assessment. The children and young people's crisis and home treatment team can visit at home, usually within 4 hours for emergencies and 24 hours for urgent situations, and offer intensive support for a short time to avoid a hospital admission.

Young people who come to Ashcombe General Hospital's emergency department in crisis are seen by our mental health liaison team.

If there is an immediate danger to life, call 999.`
  },
  {
    key: 'cyped',
    name: 'Children and Young People\'s Eating Disorder Service',
    org: 'bpft',
    url: 'https://www.bpft.nhs.uk.example/cypmhs/eating-disorders',
    email: 'bpft.cyped@nhs.net.example',
    ages: [8, 18],
    reviewed: '2026-06-16',
    fees: 'Free',
    areas: 'all',
    locs: ['ash-linden'],
    sched: [weekdays('09:00', '17:00', 'Monday to Friday')],
    funding: ['icb'],
    contacts: [{ name: 'Eating Disorder Service', title: 'Duty clinician', phones: [['01632 960402', 'Advice for families and professionals']] }],
    terms: ['health', 'health.mh', 'health.therapies.diet', 'need.semh', 'need.medical', 'access.open', 'access.referral'],
    desc: `Specialist community team for children and young people up to 18 with anorexia nervosa, bulimia nervosa, binge eating disorder and related conditions, and their families.

Young people and families can refer themselves by phone; GPs, school nurses and schools can refer too. We aim to see urgent referrals within 1 week and routine referrals within 4 weeks (national standard). Please also ask your GP for a physical health check (weight, blood pressure and blood tests) at the same time.

Treatment is usually family therapy for anorexia nervosa (FT-AN), CBT for eating disorders, dietetic support and physical health monitoring. We work closely with the children's ward at Ashcombe General Hospital if a young person becomes medically unwell.

We also assess children with avoidant/restrictive food intake disorder (ARFID) where anxiety is the main cause. We know that many autistic young people have restricted eating, and our staff are trained to adapt treatment.`
  },
  {
    key: 'cypmhs-ld',
    name: 'CAMHS Learning Disability Team',
    org: 'bpft',
    url: 'https://www.bpft.nhs.uk.example/camhs/learning-disability',
    ages: [4, 18],
    reviewed: '2024-06-11',
    fees: 'Free',
    areas: 'all',
    locs: ['kl-weavers-court'],
    sched: [weekdays('09:00', '17:00', 'Monday to Friday')],
    funding: ['Brackenshire Clinical Commissioning Group'],
    contacts: [{ name: 'CAMHS LD team', phones: [['01632 960404']] }],
    terms: ['health', 'health.mh', 'health.behaviour', 'need.ld', 'need.semh', 'need.autism', 'access.referral'],
    desc: `The CAMHS Learning Disability Team works with children and young people aged 4 to 18 who have a moderate, severe or profound learning disability and a mental health difficulty or behaviour that challenges (for example self-injury, aggression, or sleep and eating difficulties that are linked to distress).

The team includes a psychiatrist, clinical psychologist, learning disability nurses and an assistant psychologist. We assess, offer positive behaviour support plans, work with families and schools, and review medication.

Referrals via the CAMHS Single Point of Access from GPs, paediatricians, special schools and social workers. Waiting time around 12 weeks.`
  },
  {
    key: 'youth-bridge-16-25',
    name: 'Bridge: mental health service for young people aged 16 to 25',
    org: 'bpft',
    url: 'https://www.bpft.nhs.uk.example/bridge',
    email: 'bpft.bridge@nhs.net.example',
    ages: [16, 25],
    reviewed: '2026-05-28',
    fees: 'Free',
    areas: 'all',
    locs: ['ash-linden', 'wb-anchorage'],
    sched: [
      weekdays('10:00', '18:00', 'Monday to Friday, appointments until 6pm'),
      weekly('WE', '16:00', '19:00', 'Drop-in, The Anchorage, Wyvern Bay', { at: 'wb-anchorage', attend: 'Drop in' })
    ],
    funding: ['icb'],
    contacts: [{ name: 'Bridge team', phones: [['01632 960409', 'Call or text, Monday to Friday 10am to 6pm']] }],
    terms: ['health', 'health.mh', 'health.adult', 'need.semh', 'need.autism', 'access.open'],
    desc: `Turning 18 shouldn't mean starting all over again. Bridge is for young people aged 16 to 25 with mental health difficulties who need more than their GP or college can give, but who don't need (or don't want) a traditional adult mental health team.

We offer: talking therapies, help with anxiety, low mood and self-harm, support for autistic young people and care leavers, and practical help with college, work, housing and money alongside a peer support worker. We can keep working with you as you move from CYPMHS to adult services, so there's no gap.

You can refer yourself: call, text or fill in our online form. GPs, colleges, CYPMHS and social workers can refer too.

Young people with severe mental illness (such as psychosis or bipolar disorder) are seen by the Early Intervention in Psychosis team or the adult community mental health team, and we'll help with that.`
  },
  {
    key: 'open-minds-counselling',
    name: 'Open Minds youth counselling',
    org: 'openminds',
    url: 'https://www.openmindsyouth.org.uk.example',
    email: 'talk@openmindsyouth.org.uk.example',
    ages: [11, 25],
    reviewed: '2026-03-17',
    fees: 'Free',
    alert: 'Waiting time for face-to-face counselling is 8 to 10 weeks; online chat is usually available the same day.',
    areas: 'all',
    locs: ['ash-library', 'wb-bayside-youth', 'kl-family-hub'],
    sched: [
      weekdays('12:00', '21:00', 'Online chat with a counsellor, Monday to Friday 12 noon to 9pm', { attend: 'Online chat' }),
      weekly('SA,SU', '18:00', '22:00', 'Online chat at weekends, 6pm to 10pm', { attend: 'Online chat' }),
      words('Face-to-face counselling by appointment in Ashcombe, Kirkby Lees and Wyvern Bay, including after school and early evening.')
    ],
    langs: ['en', 'pl'],
    funding: ['icb', 'charity'],
    contacts: [{ name: 'Open Minds', phones: [['01632 960507', 'Monday to Thursday 10am to 6pm']] }],
    terms: ['health', 'health.mh', 'need.semh', 'access.open', 'where.online'],
    desc: `Free, confidential counselling for young people aged 11 to 25 who live or study in Brackenshire. Talk to us about anything that's worrying you: stress, exams, family, friendships, bullying, identity, feeling low or anxious, or things that have happened to you.

You can:
- chat online with a qualified counsellor (no waiting list, anonymous if you like)
- have up to 12 sessions of face-to-face or video counselling
- join our groups for young people who are autistic or neurodivergent, and for young carers.

You can refer yourself, or a parent, school or GP can refer with your agreement. Young people under 16 can see us without a parent's consent if the counsellor thinks you understand what counselling involves.

Our counsellors are registered with the BACP. We are commissioned by the ICB as part of the local CYPMHS partnership.`
  },
  {
    key: 'mh-eip',
    name: 'Early Intervention in Psychosis (EIP) team',
    org: 'bpft',
    url: 'https://www.bpft.nhs.uk.example/adult/early-intervention-psychosis',
    ages: [14, 65],
    reviewed: '2026-04-20',
    fees: 'Free',
    areas: 'all',
    locs: ['kl-weavers-court'],
    sched: [weekdays('09:00', '17:00', 'Monday to Friday, plus the 24/7 crisis line')],
    funding: ['icb'],
    contacts: [{ name: 'EIP team', phones: [['01632 960412']] }],
    terms: ['health', 'health.mh', 'health.adult', 'need.semh', 'access.open', 'access.referral'],
    desc: `For people aged 14 to 65 experiencing a first episode of psychosis (for example hearing voices, unusual beliefs, or confused thinking), or who are at high risk. We aim to start treatment within 2 weeks of referral. Care lasts up to 3 years and includes a care coordinator, CBT for psychosis, family intervention, medication, physical health checks and support with education and employment. Young people, families, GPs and other services can refer.`
  }
];
