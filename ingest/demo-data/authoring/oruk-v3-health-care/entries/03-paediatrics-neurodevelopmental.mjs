// Hand-written entries: community paediatrics, child development centre, autism and ADHD, sleep, DCO.
import { weekdays, weekly, monthly, words } from '../lib.mjs';

export default [
  {
    key: 'community-paediatrics',
    name: 'Community Paediatrics',
    org: 'bcht',
    url: 'https://www.brackenshirecommunity.nhs.uk.example/services/community-paediatrics',
    email: 'bcht.communitypaeds@nhs.net.example',
    ages: [0, 18],
    reviewed: '2026-03-30',
    fees: 'Free',
    areas: 'all',
    locs: ['ash-cdc', 'kl-health-centre', 'th-health', 'wb-hospital'],
    sched: [weekdays('09:00', '17:00', 'Clinics Monday to Friday in Ashcombe, Kirkby Lees, Thornhollow and Wyvern Bay. Some clinics are held in special schools.')],
    funding: ['icb'],
    contacts: [
      { name: 'Community Paediatric Secretaries', phones: [['01632 960211', 'Appointments, letters and prescriptions queries, Monday to Friday 9am to 4pm']] }
    ],
    terms: ['health', 'health.paeds', 'need.any', 'need.medical', 'need.ld', 'access.referral'],
    desc: `Community paediatricians are children's doctors who specialise in development, disability and the health of vulnerable children. They see children in clinics close to home rather than in hospital.

We see children and young people up to 18 with:
- developmental delay (including global developmental delay), learning disability and genetic conditions
- physical disability, such as cerebral palsy, and neurodisability
- suspected autism or ADHD (as part of the neurodevelopmental pathway: see the separate entries)
- complex health needs that need coordinating with other services
- children in care and adoption medicals, and child protection medicals.

We investigate the cause of a child's difficulties where that helps (for example genetic tests), make diagnoses, prescribe medication (for example for ADHD, sleep, or muscle stiffness), refer on to therapies and other specialists, and write medical advice for EHC needs assessments.

Referrals are accepted from GPs, health visitors, school nurses, therapists, CYPMHS and hospital doctors. We need to know what the concern is, what has been tried, and reports from nursery or school where relevant. Parents cannot refer directly.

Waiting times vary by reason for referral. Children under 2 with developmental concerns are seen within 12 weeks. See the autism and ADHD entries for neurodevelopmental waits.

We notify the council of under-school-age children who we think probably have special educational needs or a disability (section 23, Children and Families Act 2014), after talking to you.`
  },
  {
    key: 'cdc-ashcombe',
    name: 'Ashcombe Child Development Centre (CDC)',
    org: 'bcht',
    url: 'https://www.brackenshirecommunity.nhs.uk.example/services/child-development-centre',
    email: 'bcht.ashcombecdc@nhs.net.example',
    ages: [0, 5],
    reviewed: '2026-05-06',
    fees: 'Free',
    areas: 'all',
    locs: ['ash-cdc'],
    sched: [weekdays('08:30', '16:30', 'Monday to Friday, closed bank holidays.')],
    langs: ['en', 'ur'],
    funding: ['icb'],
    contacts: [{ name: 'CDC Reception', phones: [['01632 960210']] }],
    terms: ['health', 'health.paeds', 'need.any', 'need.ld', 'need.pd', 'access.referral'],
    desc: `The Child Development Centre is where pre-school children with significant or complex developmental needs are assessed by a team: community paediatrician, speech and language therapist, physiotherapist, occupational therapist, clinical psychologist, specialist health visitor and nursery nurses. Families from all over Brackenshire come here.

Who is it for?
Children under 5 whose development is delayed in two or more areas (for example movement and talking), who have a known condition such as Down syndrome or cerebral palsy, or where autism is being considered.

What happens?
After a paediatric appointment, your child may be offered a multidisciplinary assessment over several sessions in our assessment nursery, which looks like a small nursery room. You stay with your child. Afterwards we meet with you to talk through what we found and agree a plan, which might include a diagnosis, therapy, Portage (the council's home learning service), and early years SEND support for nursery. With your agreement we write reports that can be used for an EHC needs assessment.

Referrals come through community paediatrics; ask your health visitor or GP.

We also run a fortnightly parent coffee morning (Thursdays 10am) where you can meet other families and the Brackenshire Parent Carer Forum.

Getting here: car park C is closest. If travel is a problem, tell us; some assessments can be done at Thornhollow Children's Therapy Centre or at home.`
  },
  {
    key: 'autism-assessment-5-18',
    name: 'Autism assessment for children and young people aged 5 to 18 (neurodevelopmental pathway)',
    org: 'bcht',
    url: 'https://www.brackenshirecommunity.nhs.uk.example/services/neurodevelopmental-pathway/autism',
    email: 'bcht.ndpathway@nhs.net.example',
    ages: [5, 18],
    reviewed: '2026-10-05',
    fees: 'Free',
    alert: 'The average wait from accepted referral to the end of assessment is 64 weeks (September 2026). You can ask about Right to Choose. Support is available while you wait without a diagnosis: see the Neurodiversity Support Hub.',
    areas: 'all',
    locs: ['ash-cdc', 'th-therapy', 'kl-weavers-court'],
    sched: [words('Assessments take place across several appointments at clinics, at school, and by video. Monday to Friday.')],
    funding: ['icb'],
    contacts: [
      { name: 'Neurodevelopmental Pathway Hub', title: 'Referral and waiting list queries', phones: [['01632 960212', 'Monday to Friday 9.30am to 3.30pm']] }
    ],
    terms: ['health', 'health.neuro', 'need.autism', 'need.ci', 'access.referral'],
    desc: `Brackenshire has one neurodevelopmental pathway for school-age children and young people who may be autistic. It is run jointly by Brackenshire Community Health NHS Trust (community paediatrics and speech and language therapy) and Brackenshire Partnership NHS Foundation Trust (CYPMHS).

Who can be referred
Children and young people aged 5 to 18 who are registered with a Brackenshire GP and where there are long-standing differences in social communication and interaction and restricted or repetitive behaviours or interests that are affecting them at home and at school. Children under 5 are assessed at the Child Development Centre.

How to refer
Referrals must be made by the school SENCO (or, for children not in school, by a GP or other professional) using the pathway referral form. The form asks for information from both parents and school. We can only accept it when both parts are complete, because autism shows up differently in different places. Incomplete referrals are returned, which delays things: please check with the SENCO that your part is attached.

A panel of clinicians reviews each referral. If it is accepted, your child is added to the waiting list and you will receive a letter. If it is not accepted we will explain why and suggest what else might help.

The assessment
Usually includes a developmental history with parents, observation at school, and a structured assessment (such as ADOS-2) with your child. We follow NICE guideline CG128. At the end we meet with you to explain whether your child meets the criteria for an autism diagnosis and give you a written report.

After the assessment
Families are offered a place on a post-diagnosis course (see the National Autistic Society Brackenshire Branch entry), written information, and signposting to support. The pathway does not provide ongoing therapy; needs are met through school (SEN support or an EHC plan) and other services.

A diagnosis is not needed to get SEN support at school or to request an EHC needs assessment.`
  },
  {
    key: 'autism-assessment-under-5',
    name: 'Social communication assessment for under 5s',
    org: 'bcht',
    url: 'https://www.brackenshirecommunity.nhs.uk.example/services/child-development-centre/social-communication',
    ages: [2, 5],
    reviewed: '2026-05-06',
    fees: 'Free',
    alert: 'Current wait: about 42 weeks from paediatric appointment to assessment.',
    areas: 'all',
    locs: ['ash-cdc'],
    sched: [words('Assessment sessions are held in the CDC assessment nursery, Monday to Friday mornings.')],
    funding: ['icb'],
    contacts: [{ name: 'CDC Reception', phones: [['01632 960210']] }],
    terms: ['health', 'health.neuro', 'health.paeds', 'need.autism', 'access.referral'],
    desc: `For pre-school children where a community paediatrician thinks autism may be the reason for differences in their communication, play and behaviour. Assessment is done at the Child Development Centre by a speech and language therapist, a paediatrician and a clinical psychologist, and includes observation in our nursery room, a visit to your child's nursery if they attend one, and a feedback meeting.

Referral is by a community paediatrician only. While you wait, your health visitor can book you onto the family hub's "Little Steps" group for parents of young children with social communication differences, and your child's nursery can ask the early years SEND team for advice. The Neurodiversity Support Hub is also open to you.`
  },
  {
    key: 'adhd-assessment',
    name: 'ADHD assessment and treatment for children and young people',
    org: 'bcht',
    url: 'https://www.brackenshirecommunity.nhs.uk.example/services/neurodevelopmental-pathway/adhd',
    email: 'bcht.ndpathway@nhs.net.example',
    ages: [6, 18],
    reviewed: '2026-10-05',
    fees: 'Free (NHS prescription charges do not apply to under 16s, or 16 to 18 year olds in full-time education)',
    alert: 'Waiting time for ADHD assessment is currently about 78 weeks. Urgent review is available where there are significant risks. Right to Choose applies.',
    areas: 'all',
    locs: ['ash-cdc', 'kl-health-centre', 'th-health', 'wb-hospital'],
    sched: [weekdays('09:00', '17:00', 'Clinics Monday to Friday')],
    funding: ['icb'],
    contacts: [{ name: 'Neurodevelopmental Pathway Hub', phones: [['01632 960212']] }],
    terms: ['health', 'health.neuro', 'need.adhd', 'need.semh', 'access.referral'],
    desc: `Children aged 6 to 18 who may have attention deficit hyperactivity disorder (ADHD) are assessed through the neurodevelopmental pathway. Referral is by the school SENCO or GP using the pathway form, with questionnaires (such as Conners) from home and school.

The assessment is led by a community paediatrician or CYPMHS clinician and follows NICE guideline NG87. If your child is diagnosed with ADHD we will talk with you about all the options: information and parent training first, and for most children over 6 with significant difficulties, medication. Children on medication are reviewed by our ADHD nurses (height, weight, blood pressure and how the medication is working) at least every 6 months. Once your child is stable, your GP may take over prescribing under a shared care agreement.

Young people approaching 18 are referred on to the adult ADHD service in good time (from age 17 and a half). Please read the adult ADHD entry: there is a separate wait.

The pathway does not offer ADHD assessment for children under 6, who are seen by community paediatrics if there are concerns about development.`
  },
  {
    key: 'right-to-choose',
    name: 'Right to Choose for autism and ADHD assessment',
    org: 'icb',
    url: 'https://www.brackenshireandwyvern.icb.nhs.uk.example/your-health/right-to-choose',
    email: 'bwicb.righttochoose@nhs.net.example',
    reviewed: '2026-09-15',
    fees: 'Free (NHS-funded)',
    areas: 'all',
    sched: [weekdays('09:00', '16:00', 'ICB Right to Choose enquiries line')],
    funding: ['icb'],
    contacts: [{ name: 'ICB Patient Experience Team', title: 'Right to Choose queries', phones: [['01632 960700']] }],
    terms: ['health', 'health.neuro', 'health.oversight', 'need.autism', 'need.adhd', 'access.referral', 'where.online'],
    desc: `In England, when your GP refers you or your child for a first outpatient appointment with a consultant-led mental health service, you have a legal right to choose which provider you are referred to, as long as the provider has an NHS contract for that service. This is often called "Right to Choose". It includes some online providers of ADHD and autism assessments.

What this means in Brackenshire:
- Your GP (not school) makes a Right to Choose referral. Ask your GP; some practices have a form.
- The provider must hold an NHS standard contract. We publish a list of providers families in Brackenshire have used; being on the list does not mean we recommend them.
- Waiting times with some providers are shorter than local waits, but many are now long too. Ask the provider about their current wait before you choose.
- If the provider diagnoses ADHD and recommends medication, they usually prescribe until the dose is stable and then ask your GP to take over. Your GP can decline shared care, so check this with your practice first.
- School and the council accept an NHS Right to Choose diagnosis in the same way as a local one. You do not need a diagnosis to get SEN support.

You cannot usually use Right to Choose while already waiting with a local service without coming off the local list, so please talk to the Neurodevelopmental Pathway Hub before deciding.`
  },
  {
    key: 'neurodiversity-support-hub',
    name: 'Neurodiversity Support Hub (help before and after diagnosis)',
    org: 'bcc',
    url: 'https://www.brackenshire.gov.uk.example/localoffer/neurodiversity-support-hub',
    email: 'ndsupport@brackenshire.gov.uk.example',
    ages: [0, 18],
    reviewed: '2026-08-27',
    fees: 'Free',
    areas: 'all',
    locs: ['ash-family-hub', 'kl-family-hub', 'th-family-hub', 'wb-family-hub'],
    sched: [
      weekdays('09:00', '16:30', 'Advice line Monday to Friday'),
      monthly('2TU', '18:30', '20:00', 'Evening online parent session, second Tuesday of each month (Teams)', { attend: 'Online' })
    ],
    langs: ['en', 'pl', 'ur'],
    funding: ['icb', 'fh'],
    contacts: [{ name: 'Neurodiversity Support Hub', title: 'Family support practitioners', phones: [['01632 960136', 'Advice line']] }],
    terms: ['social', 'social.earlyhelp', 'social.hubs', 'health.neuro', 'need.autism', 'need.adhd', 'need.semh', 'access.open'],
    desc: `You don't need a diagnosis to get help. The Neurodiversity Support Hub is for families of children who are autistic, have ADHD, or where you think they might be, including while you are on the waiting list for an assessment.

Family support practitioners, based in the family hubs, offer:
- a phone and email advice line
- "Understanding my child" workshops on communication, sensory differences, anxiety, sleep and behaviour (daytime and evening, in person and online)
- one-to-one support for a few weeks for families who are struggling, including at home
- help to talk to school about your child's needs
- links to the National Autistic Society branch, ADHD Brackenshire, Restwell sleep support and the parent carer forum.

Anyone can get in touch: parents, young people, or professionals (with the family's agreement). Funded by the ICB as part of the neurodevelopmental pathway "support while you wait" offer and run by the council's family hubs.`
  },
  {
    key: 'nas-post-diagnosis',
    name: 'After the Diagnosis: course for parents of autistic children',
    org: 'nas',
    url: 'https://www.nasbrackenshire.org.uk.example/after-diagnosis',
    email: 'brackenshire.branch@nas-branches.org.uk.example',
    ages: [2, 18],
    reviewed: '2026-01-20',
    fees: 'Free for families in Brackenshire',
    costs: [['Brackenshire families', 0, 'Funded places'], ['Families from outside Brackenshire', 40, 'per family for the whole course']],
    areas: 'all',
    locs: ['ash-library', 'kl-family-hub'],
    sched: [words('Six weekly sessions, 10am to 12.30pm. Courses start in January, April, June and October, alternating between Ashcombe Central Library and Kirkby Lees Family Hub. An evening online course runs twice a year.')],
    funding: ['icb', 'charity'],
    contacts: [{ name: 'Branch course co-ordinator', phones: [['01632 960501', 'Leave a message and a volunteer will call you back']] }],
    terms: ['health.neuro', 'need.autism', 'access.referral'],
    desc: `Our six-week course is for parents and carers whose child has recently been diagnosed as autistic (in the last 12 months). It's run by two trained facilitators, one of them a parent of an autistic child, and covers: what autism is (and isn't), communication, sensory differences, anxiety and meltdowns, sleep and eating, working with school, and looking after yourself.

Places are offered after diagnosis by the neurodevelopmental pathway or the Child Development Centre. If you were diagnosed privately or through Right to Choose, email us with a copy of the diagnosis letter and we'll add you to the list.

Groups are small (12 families). Tea, coffee and a friendly welcome. We're sorry there's no crèche.`
  },
  {
    key: 'nas-family-groups',
    name: 'Autism family support groups and Saturday family sessions',
    org: 'nas',
    url: 'https://www.nasbrackenshire.org.uk.example/groups',
    ages: [0, 25],
    reviewed: '2024-11-02',
    fees: 'Free; annual branch membership £5 optional',
    areas: ['ashcombe', 'kirkby-lees', 'wyvern-bay'],
    locs: ['ash-library', 'kl-holdsworth', 'wb-bayside-youth'],
    sched: [
      monthly('1TH', '19:00', '21:00', 'Parents\' evening group, Ashcombe Central Library', { at: 'ash-library' }),
      monthly('3SA', '10:00', '12:00', 'Saturday family session (children welcome), Holdsworth Community Centre, Kirkby Lees', { at: 'kl-holdsworth' }),
      monthly('-1WE', '10:00', '11:30', 'Coffee morning, Bayside Youth Centre, Wyvern Bay', { at: 'wb-bayside-youth' })
    ],
    funding: ['charity'],
    contacts: [{ name: 'Branch helpline (volunteers)', phones: [['01632 960501']] }],
    terms: ['health.neuro', 'need.autism', 'access.open'],
    desc: `Friendly, informal groups run by volunteers who are parents of autistic children and autistic adults. Come along for a cuppa, share experiences and pick up tips. Our Saturday family sessions have a quiet room and sensory toys, and siblings are welcome.

No diagnosis needed, no referral, just turn up. Sessions may change in school holidays: check our Facebook page.`
  },
  {
    key: 'adhd-brackenshire',
    name: 'ADHD Brackenshire: parent support and workshops',
    org: 'adhdbk',
    url: 'https://www.adhdbrackenshire.org.uk.example',
    email: 'contact@adhdbrackenshire.org.uk.example',
    ages: [4, 19],
    reviewed: '2026-04-14',
    fees: 'Most support is free. Some workshops ask for a voluntary donation of £3.',
    areas: 'all',
    locs: ['th-family-hub', 'ash-family-hub'],
    sched: [
      monthly('2TH', '19:30', '21:00', 'Parent support group, Thornhollow Family Hub', { at: 'th-family-hub' }),
      monthly('4MO', '10:00', '11:30', 'Parent support group, Ashcombe Family Hub', { at: 'ash-family-hub' }),
      words('Helpline: we return calls within 3 days (Monday to Friday).')
    ],
    funding: ['charity', 'National Lottery Community Fund (grant to 2027)'],
    contacts: [{ name: 'ADHD Brackenshire helpline', phones: [['01632 960508']] }],
    terms: ['health.neuro', 'need.adhd', 'need.semh', 'access.open'],
    desc: `We're a small charity started by parents in 2015. We support families of children and young people with ADHD, whether or not there's a diagnosis yet.

- Monthly support groups in Thornhollow and Ashcombe, plus a private online group
- "Understanding ADHD" 4-week workshop for parents (runs each term)
- Help preparing for meetings with school and for EHC needs assessment requests
- Teen group "Spark" for 13 to 17 year olds with ADHD, fortnightly in term time

Just get in touch: no referral needed. We're parents, not clinicians, so we can't give medical advice about medication.`
  },
  {
    key: 'sleep-restwell',
    name: 'Sleep support for children with additional needs',
    org: 'sleepwell',
    url: 'https://www.restwellsleep.co.uk.example/brackenshire',
    email: 'hello@restwellsleep.co.uk.example',
    ages: [2, 18],
    reviewed: '2026-02-25',
    fees: 'Free to Brackenshire families (funded by the NHS)',
    alert: 'Waiting list for one-to-one support is about 14 weeks. Sleep workshops usually have spaces within a month.',
    areas: 'all',
    sched: [
      words('One-to-one support by phone or video, daytime and some evenings.', { attend: 'Phone, video, and home visits where needed' }),
      monthly('1WE', '19:00', '20:30', 'Online sleep workshop for parents, first Wednesday of each month', { attend: 'Online' })
    ],
    funding: ['icb'],
    contacts: [{ name: 'Restwell referrals', phones: [['01632 960509', 'Monday to Friday 9am to 3pm']] }],
    terms: ['health', 'health.sleep', 'need.autism', 'need.adhd', 'need.ld', 'need.any', 'access.open', 'where.online'],
    desc: `Lots of children with autism, ADHD, learning disabilities or other additional needs have trouble getting to sleep, staying asleep, or waking very early, and it's exhausting for the whole family.

Our trained sleep practitioners work with you to understand your child's sleep and make a plan that fits your family: bedtime routines, the bedroom environment, sensory needs, anxiety, and gradual changes that stick. Support is usually 6 to 8 contacts over 3 months, by phone or video, with home visits if needed.

Who for: children aged 2 to 18 living in Brackenshire with a disability, SEND or suspected neurodevelopmental condition (no diagnosis needed). Parents can refer themselves using the form on our website, or a professional can refer.

We also run a free monthly online workshop for any parent.

We don't prescribe medication. If your child might have a medical sleep problem (such as loud snoring with pauses in breathing), please see your GP. Melatonin can only be started by a paediatrician or specialist.`
  },
  {
    key: 'dco-send',
    name: 'Designated Clinical Officer for SEND',
    org: 'icb',
    url: 'https://www.brackenshireandwyvern.icb.nhs.uk.example/send',
    email: 'bwicb.send@nhs.net.example',
    ages: [0, 25],
    reviewed: '2026-07-01',
    fees: 'Free',
    areas: 'all',
    sched: [weekdays('09:00', '17:00', 'Monday to Friday')],
    funding: ['icb'],
    contacts: [{ name: 'Designated Clinical Officer (DCO) for SEND', title: 'NHS Brackenshire and Wyvern ICB', phones: [['01632 960701']] }],
    terms: ['health', 'health.oversight', 'need.any', 'access.open'],
    desc: `The Designated Clinical Officer (DCO) makes sure the NHS in Brackenshire meets its duties to children and young people with SEND aged 0 to 25. The DCO is a senior nurse at NHS Brackenshire and Wyvern Integrated Care Board.

The DCO:
- is the point of contact for the council and schools when health advice is needed for EHC needs assessments and plans, and checks the quality and timeliness of health advice (due within 6 weeks of a request)
- helps sort out problems when the health provision in section G of an EHC plan is not being delivered
- works with health services on SEND tribunal appeals that include health recommendations
- helps health services work with the council on the Local Offer and joint commissioning.

The DCO does not provide direct care and is not a complaints service. Parents and young people can contact the DCO if they are having difficulty getting health input into an EHC needs assessment or plan, ideally after raising it with the service or the SEND case officer first. For complaints about an NHS service, contact that service's PALS team or the ICB complaints team.`
  }
];
