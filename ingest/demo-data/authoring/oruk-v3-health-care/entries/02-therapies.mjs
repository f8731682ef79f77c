// Hand-written entries: children's therapies (speech and language, physio, OT, dietetics, orthotics).
import { weekdays, weekly, monthly, words } from '../lib.mjs';

export default [
  {
    key: 'slt-community',
    name: 'Children\'s Speech and Language Therapy',
    org: 'bcht',
    url: 'https://www.brackenshirecommunity.nhs.uk.example/services/childrens-speech-and-language-therapy',
    email: 'bcht.childrensslt@nhs.net.example',
    ages: [0, 19],
    reviewed: '2026-07-14',
    fees: 'Free',
    costs: [['NHS service', 0, 'Free at the point of use']],
    alert: 'Current wait from referral to first appointment: about 18 weeks for pre-school children and 26 weeks for school-age children (October 2026). Children with eating and drinking difficulties are seen separately and quickly.',
    areas: 'all',
    locs: ['ash-cdc', 'kl-brookside', 'th-therapy', 'wb-hospital', 'mf-clinic'],
    sched: [
      weekdays('08:30', '16:30', 'Clinics Monday to Friday. Marston Fold clinic runs on Tuesdays only.', { attend: 'Clinic, nursery or school visits, and video appointments' })
    ],
    langs: ['en', 'pl', 'ur'],
    funding: ['icb', 'hn'],
    contacts: [
      { name: 'Children\'s Therapies Single Point of Access', title: 'Referrals and appointments', phones: [['01632 960201', 'Monday to Friday 9am to 4pm']] },
      { name: 'SLT Advice Line', title: 'For parents and school staff', phones: [['01632 960202', 'Tuesday and Thursday 1pm to 4pm: speak to a speech and language therapist']] }
    ],
    terms: ['health', 'health.therapies', 'health.therapies.slt', 'need.ci', 'need.slcn', 'need.autism', 'access.open', 'access.referral'],
    desc: `What we do
We assess and support children and young people who have difficulties with talking, understanding language, speech sounds, social communication, voice or stammering. We work with parents, nursery and school staff so that the right help happens every day, not just in therapy sessions. Support can be advice and a home or school programme, a block of group or individual therapy, or training for staff. We do not offer long-term weekly therapy for every child; we agree goals with you and review them.

Who it is for
Children and young people aged 0 to 19 (or up to the end of Year 13 for those in school) who live in Brackenshire or have a Brackenshire GP. Young people aged 19 to 25 with an EHC plan that names speech and language therapy in section F are seen through their college.

We do not usually see:
- children whose only difficulty is a second language (learning English as an additional language is not a speech and language difficulty; we are happy to give advice)
- children whose speech sounds are typical for their age (for example a 3 year old who says "tat" for "cat").

How to get it
Parents can refer children under 5 themselves by phoning the Single Point of Access or using the online form. For school-age children the referral should come from the school's SENCO (with your consent), so that the school can share what it has already tried under SEN support. GPs, health visitors, paediatricians and other professionals can also refer.

If you are not sure whether to refer, come to a Talk Time drop-in at your family hub or ring the advice line.

EHC plans
We give advice for EHC needs assessments and write the speech and language part of section F. Therapy in section F is educational provision, so it must be secured by the council (section 42 of the Children and Families Act 2014), and we deliver it under a contract with Brackenshire County Council.

Waiting times: see the alert above. We triage every referral within 10 working days and will write to you with the decision.

Languages: we book interpreters for appointments, and have therapists who speak Polish and Urdu. We can assess children in their home language with an interpreter.

The service is commissioned by NHS Brackenshire and Wyvern ICB, with the council paying for therapy named in EHC plans.`
  },
  {
    key: 'slt-talk-time',
    name: 'Talk Time drop-ins (speech and language advice for under 5s)',
    org: 'bcht',
    url: 'https://www.brackenshirecommunity.nhs.uk.example/services/childrens-speech-and-language-therapy/talk-time',
    ages: [0, 5],
    reviewed: '2026-09-01',
    fees: 'Free',
    areas: 'all',
    locs: ['ash-family-hub', 'kl-family-hub', 'th-family-hub', 'wb-family-hub', 'mf-family-hub'],
    sched: [
      monthly('1MO', '13:30', '15:00', 'Ashcombe Family Hub, first Monday of the month', { at: 'ash-family-hub' }),
      monthly('2WE', '09:30', '11:00', 'Kirkby Lees Family Hub, second Wednesday of the month', { at: 'kl-family-hub' }),
      monthly('3TH', '13:30', '15:00', 'Thornhollow Family Hub, third Thursday of the month', { at: 'th-family-hub' }),
      monthly('4TU', '09:30', '11:00', 'Wyvern Bay Family Hub, fourth Tuesday of the month', { at: 'wb-family-hub' }),
      monthly('2FR', '10:00', '11:30', 'Marston Fold Family Hub, second Friday, every other month (odd months)', { at: 'mf-family-hub', interval: 2 })
    ],
    funding: ['icb', 'fh'],
    contacts: [{ name: 'Children\'s Therapies Single Point of Access', phones: [['01632 960201']] }],
    terms: ['health', 'health.therapies.slt', 'need.slcn', 'access.open', 'social.hubs'],
    desc: `Worried about how your little one is talking or understanding? Pop in for a 15-minute chat with a speech and language therapist at your family hub. No appointment, no referral. Bring your child along.

We'll listen, give you ideas to try at home, and if it's needed we can take a referral there and then. Many families find they don't need a referral after trying the ideas for a few weeks.

For children under 5. First come, first served; at busy sessions there may be a short wait.`
  },
  {
    key: 'slt-dysphagia',
    name: 'Children\'s Eating, Drinking and Swallowing Team (paediatric dysphagia)',
    org: 'bcht',
    url: 'https://www.brackenshirecommunity.nhs.uk.example/services/childrens-speech-and-language-therapy/eating-drinking-swallowing',
    email: 'bcht.childrensdysphagia@nhs.net.example',
    ages: [0, 19],
    reviewed: '2026-03-09',
    fees: 'Free',
    areas: 'all',
    locs: ['ash-cdc'],
    sched: [weekdays('08:30', '16:30', 'Monday to Friday. Most children are seen at home, nursery or school.', { attend: 'Home, school and clinic visits' })],
    funding: ['icb'],
    contacts: [
      { name: 'Dysphagia Team', title: 'Specialist speech and language therapists', phones: [['01632 960203', 'Urgent referrals: please phone as well as sending the referral']] }
    ],
    terms: ['health', 'health.therapies.slt', 'health.therapies.diet', 'need.medical', 'need.pd', 'access.referral'],
    desc: `Specialist speech and language therapists who assess and manage eating, drinking and swallowing difficulties in babies, children and young people. This includes children who cough or choke when eating or drinking, have repeated chest infections that might be caused by food or drink going into the lungs, are tube fed and moving towards eating by mouth, or have cerebral palsy or another neurological condition affecting their swallow.

We write eating and drinking plans for home, nursery and school, train staff who support mealtimes, and can arrange a videofluoroscopy (X-ray swallow study) at Ashcombe General Hospital.

Referrals are accepted from GPs, paediatricians, health visitors, school nurses, children's community nurses and dietitians. We see urgent referrals (for example a child who is choking or losing weight) within 5 working days and routine referrals within 6 weeks.

We do not see children who are "picky eaters" without a swallowing difficulty. For selective or restricted eating, including ARFID, ask your GP or paediatrician about a referral to the dietetics service, and see the CYPMHS eating disorder service if the difficulty is about anxiety, weight or body shape.`
  },
  {
    key: 'slt-special-schools',
    name: 'Speech and language therapy in special schools and resourced provisions',
    org: 'bcht',
    url: 'https://www.brackenshirecommunity.nhs.uk.example/services/childrens-speech-and-language-therapy/special-schools',
    email: 'bcht.childrensslt@nhs.net.example',
    ages: [2, 19],
    reviewed: '2026-03-04',
    fees: 'Free',
    areas: 'all',
    sched: [words('During school term, in school.')],
    funding: ['hn', 'icb'],
    contacts: [{ name: 'Children\'s Therapies Single Point of Access', phones: [['01632 960201']] }],
    terms: ['health', 'health.therapies.slt', 'need.slcn', 'need.autism', 'need.ld', 'access.ehcp'],
    desc: `Each of Brackenshire's maintained special schools and each speech and language resourced provision (base) in a mainstream school has a named speech and language therapist (SALT) who works in school on set days.

Pupils are seen as set out in section F of their EHC plan. The therapist works with class teams to build communication into the school day (for example signing, symbols, objects of reference, PECS and core vocabulary boards), runs groups, sees some pupils individually, reviews progress with you and contributes to annual reviews.

There is no separate referral: support starts when your child takes up a place. If your child's needs change, talk to the class teacher or the school SENCO, who will involve the therapist.`
  },
  {
    key: 'slt-stammering',
    name: 'Stammering support (dysfluency clinic)',
    org: 'bcht',
    url: 'https://www.brackenshirecommunity.nhs.uk.example/services/childrens-speech-and-language-therapy/stammering',
    ages: [2, 18],
    reviewed: '2026-05-19',
    fees: 'Free',
    areas: 'all',
    locs: ['ash-cdc'],
    sched: [weekly('WE', '09:00', '16:30', 'Wednesdays, Ashcombe Child Development Centre, plus video appointments.')],
    funding: ['icb'],
    contacts: [{ name: 'Children\'s Therapies Single Point of Access', phones: [['01632 960201']] }],
    terms: ['health', 'health.therapies.slt', 'need.slcn', 'access.open'],
    desc: `A clinic for children and teenagers who stammer, and their parents. We offer parent-child interaction therapy for young children, and for older children and teenagers, work on confidence, talking about stammering and dealing with situations like reading aloud or oral exams. Parents or young people can refer themselves; schools and GPs can refer too. Wait about 12 weeks.`
  },
  {
    key: 'slt-aac',
    name: 'Brackenshire Communication Aids Service (AAC)',
    org: 'bcht',
    url: 'https://www.brackenshirecommunity.nhs.uk.example/services/communication-aids',
    email: 'bcht.commaids@nhs.net.example',
    ages: [2, 25],
    reviewed: '2026-01-26',
    fees: 'Free. Equipment is loaned by the NHS.',
    areas: 'all',
    locs: ['th-therapy'],
    sched: [weekdays('09:00', '16:00', 'Monday to Thursday. Assessments by appointment; we can also visit home or school.')],
    funding: ['icb'],
    contacts: [{ name: 'Communication Aids Service', title: 'Specialist speech and language therapist and assistive technology technician', phones: [['01632 960204']] }],
    terms: ['health', 'health.therapies.slt', 'need.slcn', 'need.pd', 'need.autism', 'access.referral'],
    desc: `We assess children and young people who cannot rely on speech to communicate and need augmentative and alternative communication (AAC): for example communication books, switch-operated devices or eye-gaze speech-generating devices. We provide and maintain devices on loan, set them up, and train families and school staff.

Referrals come from the child's speech and language therapist. We can usually start an assessment within 12 weeks.

Children who need highly complex AAC (for example eye-gaze access with significant physical disability) are referred on to the regional specialised AAC hub in Calderbridge, commissioned by NHS England; we stay involved and support the device locally.

Low-tech AAC (symbols, communication boards, signing) is provided by the child's own speech and language therapist and school, not by this service.`
  },
  {
    key: 'physio-children',
    name: 'Children\'s Physiotherapy',
    org: 'bcht',
    url: 'https://www.brackenshirecommunity.nhs.uk.example/services/childrens-physiotherapy',
    email: 'bcht.childrensphysio@nhs.net.example',
    ages: [0, 19],
    reviewed: '2026-02-02',
    fees: 'Free',
    costs: [['NHS service', 0]],
    alert: 'Routine waiting time is about 16 weeks. Babies under 1 and children after surgery or Botox are prioritised.',
    areas: 'all',
    locs: ['ash-cdc', 'th-therapy', 'kl-brookside', 'wb-hospital'],
    sched: [weekdays('08:30', '17:00', 'Monday to Friday. Appointments at clinics, home, nursery and school.')],
    langs: ['en', 'pl'],
    funding: ['icb'],
    contacts: [{ name: 'Children\'s Therapies Single Point of Access', title: 'Physiotherapy referrals', phones: [['01632 960201', 'Option 2 for physiotherapy']] }],
    terms: ['health', 'health.therapies', 'health.therapies.physio', 'need.pd', 'need.medical', 'access.referral'],
    desc: `Children's physiotherapists help babies, children and young people whose movement, posture or physical development is affected by a condition or disability: for example cerebral palsy, developmental delay, muscular dystrophy, spina bifida, Down syndrome, hypermobility that is limiting everyday life, or after orthopaedic surgery.

We assess your child, agree goals with you, and provide:
- home and school exercise and stretching programmes, and training for staff who carry them out
- postural management (standing frames, sleep systems, seating advice with the OT)
- assessment for orthotics (splints and insoles) with the orthotics service at Ashcombe General Hospital
- short blocks of intensive therapy, including hydrotherapy, where this will make a difference
- advice on sport and activity.

We cannot see children with musculoskeletal injuries (sprains, sports injuries, back pain) or flat feet that cause no problems; your GP can refer them to the musculoskeletal service.

Referrals are accepted from GPs, paediatricians, health visitors, consultants, school nurses and SENCOs. We do not currently take parent self-referrals, but we are happy to talk through whether a referral is needed.

We contribute advice for EHC needs assessments. Physiotherapy is usually written in section G (health provision) of an EHC plan, which the ICB must arrange.`
  },
  {
    key: 'physio-hydro',
    name: 'Hydrotherapy for children',
    org: 'bcht',
    url: 'https://www.brackenshirecommunity.nhs.uk.example/services/childrens-physiotherapy/hydrotherapy',
    ages: [1, 18],
    reviewed: '2023-12-15',
    fees: 'Free',
    areas: 'all',
    locs: ['ash-cdc'],
    sched: [weekly('MO,TH', '09:00', '15:30', 'Blocks of 6 weekly sessions, Mondays and Thursdays.')],
    funding: ['Brackenshire Clinical Commissioning Group (CCG)'],
    contacts: [{ name: 'Children\'s Physiotherapy', phones: [['01632 960205']] }],
    terms: ['health', 'health.therapies.physio', 'need.pd', 'access.referral'],
    desc: `Hydrotherapy is physiotherapy in a warm water pool. The hydrotherapy pool at Ashcombe Community Hospital is used for blocks of 6 sessions for children who are already seen by the children's physiotherapy team and whose treatment goals can be met better in water. Your child's physiotherapist will discuss this with you. A parent or carer needs to come into the pool with younger children.

The pool has a ceiling hoist and accessible changing rooms.

Funded by Brackenshire CCG.`
  },
  {
    key: 'ot-children',
    name: 'Children\'s Occupational Therapy (NHS)',
    org: 'bcht',
    url: 'https://www.brackenshirecommunity.nhs.uk.example/services/childrens-occupational-therapy',
    email: 'bcht.childrensot@nhs.net.example',
    ages: [0, 19],
    reviewed: '2026-06-24',
    fees: 'Free',
    alert: 'Waiting time for a routine first appointment is currently around 30 weeks. While you wait, our online Everyday Skills resources and workshops are open to everyone.',
    areas: 'all',
    locs: ['ash-cdc', 'th-therapy', 'kl-brookside'],
    sched: [weekdays('08:30', '16:30', 'Monday to Friday.')],
    funding: ['icb'],
    contacts: [{ name: 'Children\'s Therapies Single Point of Access', title: 'Occupational therapy referrals', phones: [['01632 960201', 'Option 3 for occupational therapy']] }],
    terms: ['health', 'health.therapies', 'health.therapies.ot', 'need.pd', 'need.autism', 'need.medical', 'access.referral'],
    desc: `NHS children's occupational therapists (OTs) help children and young people take part in everyday activities (self-care such as dressing and eating, play, handwriting and school tasks) when a physical, developmental or neurological condition makes these hard.

We see children with, for example, cerebral palsy, developmental coordination disorder (DCD, also called dyspraxia), genetic conditions, juvenile arthritis, and children recovering from illness or injury. We assess fine motor and hand skills, visual-perceptual skills, self-care and school seating, and provide programmes, advice to school and short blocks of therapy.

Sensory processing: we do not offer individual sensory integration therapy. Autistic children and children with sensory differences are supported through our Understanding Sensory Needs workshops and written advice for home and school. We see autistic children individually when there is also a motor or self-care difficulty.

Equipment and adaptations at home (bathing, toileting, stairs, hoists): these are assessed by the council's Children's Occupational Therapy Team (social care), not by us.

Who can refer: GPs, paediatricians, physiotherapists, health visitors, school nurses and SENCOs (with evidence of what school has already tried). Children with suspected DCD follow the DCD pathway: please read that entry first.`
  },
  {
    key: 'ot-dcd-pathway',
    name: 'Coordination difficulties and DCD (dyspraxia) pathway',
    org: 'bcht',
    url: 'https://www.brackenshirecommunity.nhs.uk.example/services/childrens-occupational-therapy/dcd',
    email: 'bcht.childrensot@nhs.net.example',
    ages: [5, 16],
    reviewed: '2025-12-03',
    fees: 'Free',
    areas: 'all',
    sched: [words('Referrals are reviewed weekly. Assessments take place in clinic or at school during term time.')],
    funding: ['icb'],
    contacts: [{ name: 'Children\'s Therapies Single Point of Access', phones: [['01632 960201', 'Option 3']] }],
    terms: ['health', 'health.therapies.ot', 'need.pd', 'need.cl', 'access.referral'],
    desc: `If your child is clumsy, finds handwriting, dressing, riding a bike or ball games much harder than other children their age, they may have developmental coordination disorder (DCD), sometimes called dyspraxia.

Step 1 is in school. Schools in Brackenshire have a motor skills programme ("Move and Write") and a screening checklist from us. The SENCO runs the programme for at least one term under SEN support and records progress.

Step 2: if your child is still struggling, the SENCO sends our DCD referral form with the checklist and the programme records. A GP or paediatrician can also refer. We need a recent hearing and vision check.

Step 3: an OT assesses your child. Diagnosis of DCD is made jointly with a paediatrician or a GP using the information we gather, usually from age 5.

After diagnosis we offer a parent and child group (6 weeks), advice for school including help with writing, typing and PE, and a review. We discharge when goals are met; school can re-refer if needs change, for example before secondary transfer.

Wait for OT assessment: about 34 weeks.`
  },
  {
    key: 'ot-sensory-workshops',
    name: 'Understanding Sensory Needs: workshops for parents and carers',
    org: 'bcht',
    url: 'https://www.brackenshirecommunity.nhs.uk.example/services/childrens-occupational-therapy/sensory-workshops',
    email: 'bcht.childrensot@nhs.net.example',
    ages: [2, 18],
    reviewed: '2026-08-11',
    fees: 'Free',
    areas: 'all',
    locs: ['ash-family-hub', 'th-family-hub', 'kl-family-hub'],
    sched: [words('Two-part workshop (2 hours each), run about once a month, moving between Ashcombe, Thornhollow and Kirkby Lees family hubs. Also online via Microsoft Teams every term. Book through our website.', { attend: 'In person or online' })],
    funding: ['icb'],
    contacts: [{ name: 'Children\'s OT admin', phones: [['01632 960206']] }],
    terms: ['health', 'health.therapies.ot', 'need.autism', 'need.any', 'access.open'],
    desc: `Is your child bothered by noise, labels in clothes, or certain foods? Do they crash into things, chew everything, or seem to be "always on the go"? These workshops explain how the senses work, why some children react differently, and practical ideas to help at home, at school and out and about (for example haircuts, teeth brushing and shopping).

Run by children's occupational therapists. For parents and carers of children aged 2 to 18, with or without a diagnosis. No referral: book your place. School staff can also attend.

Childcare is not provided but babes in arms are welcome.`
  },
  {
    key: 'orthotics-children',
    name: 'Children\'s Orthotics',
    org: 'ahft',
    url: 'https://www.ashcombehospitals.nhs.uk.example/services/orthotics',
    ages: [0, 18],
    reviewed: '2026-01-21',
    fees: 'Free for children',
    areas: 'all',
    locs: ['ash-hosp'],
    sched: [weekdays('08:30', '16:30', 'Orthotics department, Ashcombe General Hospital (Outpatients B)')],
    funding: ['icb'],
    contacts: [{ name: 'Orthotics Department', phones: [['01632 960306', 'Appointments and repairs']] }],
    terms: ['health', 'health.equipment', 'health.therapies.physio', 'need.pd', 'access.referral'],
    desc: `Orthotists assess for, make and fit splints, insoles, supportive footwear, lycra garments and spinal braces for children and young people. Children need a referral from their physiotherapist, consultant or GP. Once your child is known to us you can contact us directly for repairs or if your child has outgrown their orthosis. Growing children are usually reviewed every 6 months.`
  },
  {
    key: 'dietetics-children',
    name: 'Paediatric Dietetics',
    org: 'bcht',
    url: 'https://www.brackenshirecommunity.nhs.uk.example/services/paediatric-dietetics',
    email: 'bcht.paeddietetics@nhs.net.example',
    ages: [0, 18],
    reviewed: '2026-04-02',
    fees: 'Free',
    areas: 'all',
    locs: ['ash-cdc', 'kl-health-centre', 'wb-hospital'],
    sched: [weekdays('09:00', '17:00', 'Monday to Friday')],
    funding: ['icb'],
    contacts: [{ name: 'Paediatric Dietitians', phones: [['01632 960236']] }],
    terms: ['health', 'health.therapies', 'health.therapies.diet', 'need.medical', 'access.referral'],
    desc: `Registered dietitians giving advice on nutrition for babies, children and young people with medical conditions, faltering growth, food allergies, tube feeding (gastrostomy and nasogastric), ketogenic diets for epilepsy, and restricted eating, including ARFID and very limited diets in autistic children.

Home enteral feeding: children who are tube fed at home are supported by our home enteral feeding dietitians with the children's community nursing team. Feeds and equipment are delivered to your home by the NHS supplier.

Referral from a GP, paediatrician, health visitor or other health professional. Routine wait about 12 weeks; babies and children losing weight are seen sooner.`
  }
];
