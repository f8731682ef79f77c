// Hand-written entries: children's nursing, continuing care, long-term conditions, palliative care,
// continence, dental, wheelchairs and equipment, hearing and vision, behaviour support, brain injury.
import { weekdays, weekly, monthly, words } from '../lib.mjs';

export default [
  {
    key: 'ccn',
    name: 'Children\'s Community Nursing Team',
    org: 'bcht',
    url: 'https://www.brackenshirecommunity.nhs.uk.example/services/childrens-community-nursing',
    email: 'bcht.ccnteam@nhs.net.example',
    ages: [0, 19],
    reviewed: '2026-04-28',
    fees: 'Free',
    areas: 'all',
    sched: [
      words('7 days a week, 8am to 10pm. Overnight telephone advice for children on our palliative care caseload.', { attend: 'Home visits, school visits and phone' })
    ],
    funding: ['icb'],
    contacts: [{ name: 'Children\'s Community Nursing Team', title: 'Nurse in charge', phones: [['01632 960215', '8am to 10pm, 7 days a week']] }],
    terms: ['health', 'health.nursing', 'need.medical', 'access.referral', 'where.home'],
    desc: `We are a team of children's nurses who care for babies, children and young people with acute, long-term, complex or life-limiting health conditions at home, so they can spend less time in hospital.

We provide, for example: care of gastrostomy and nasogastric tubes, home oxygen, tracheostomy and long-term ventilation support (with the respiratory team), intravenous antibiotics at home, wound care, blood tests at home for children who find hospital very hard, continence and catheter care, and end of life care with Hollins Wood Children's Hospice.

We also train parents, carers, short breaks staff and school staff in the clinical tasks your child needs (for example suction or emergency rescue medication), and write care plans that go with your child to school.

Referrals are from hospital teams, GPs, community paediatricians and specialist nurses. Urgent referrals (for example discharge from hospital) are seen within 24 hours.

Children who are assessed as eligible for NHS continuing care have their packages planned with us and the ICB continuing care team.`
  },
  {
    key: 'special-school-nursing',
    name: 'Special School Nursing Team',
    org: 'bcht',
    url: 'https://www.brackenshirecommunity.nhs.uk.example/services/special-school-nursing',
    ages: [2, 19],
    reviewed: '2026-02-10',
    fees: 'Free',
    areas: 'all',
    sched: [words('In school, during term time, 8.30am to 4pm.')],
    funding: ['icb'],
    contacts: [{ name: 'Special School Nursing Team leader', phones: [['01632 960218']] }],
    terms: ['health', 'health.nursing', 'need.medical', 'need.ld', 'need.pd', 'access.ehcp'],
    desc: `Registered nurses (children's and learning disability nurses) based in Brackenshire's maintained special schools. They give medicines and clinical care during the school day, write and review health care plans, train school staff, run health clinics (for example growth, continence and puberty) and join annual reviews. Every child on roll is known to the team; you don't need a referral. Contact the nurse through the school office.`
  },
  {
    key: 'continuing-care',
    name: 'Children and Young People\'s Continuing Care',
    org: 'icb',
    url: 'https://www.brackenshireandwyvern.icb.nhs.uk.example/continuing-care-children',
    email: 'bwicb.continuingcare@nhs.net.example',
    ages: [0, 18],
    reviewed: '2026-05-11',
    fees: 'Free: NHS-funded',
    areas: 'all',
    sched: [weekdays('09:00', '17:00', 'Monday to Friday')],
    funding: ['icb'],
    contacts: [{ name: 'Continuing Care Team', title: 'Nurse assessors', phones: [['01632 960702']] }],
    terms: ['health', 'health.chc', 'health.nursing', 'need.medical', 'access.assessment'],
    desc: `Some children and young people have health needs so complex that they cannot be met by the services that are usually available (universal and specialist NHS services). They may be eligible for a package of continuing care, arranged and funded by NHS Brackenshire and Wyvern ICB under the National Framework for Children and Young People's Continuing Care (2016).

How it works
1. A health professional who knows your child (usually a children's community nurse, consultant or specialist nurse) completes a checklist with you.
2. If the checklist shows your child may be eligible, a nurse assessor gathers evidence and completes a full assessment using the Decision Support Tool. You and your child are fully involved.
3. A multi-agency panel makes a recommendation and the ICB decides. We will write to you with the reasons.
4. If your child is eligible, we agree a care package with you, for example trained carers at home overnight, or funding towards a short breaks placement. This can be a personal health budget.

Continuing care is joined up with the council's social care support and your child's EHC plan where they have one. Eligibility is reviewed at least every year.

From age 14 we start planning for transition to adult NHS Continuing Healthcare. The adult criteria are different, and not every young person eligible now will be eligible as an adult. You will get a transition screening at 17 and a full assessment before 18 if indicated.

If you disagree with a decision you can ask for it to be reviewed. Contact the team for details.`
  },
  {
    key: 'personal-health-budgets',
    name: 'Personal health budgets',
    org: 'icb',
    url: 'https://www.brackenshireandwyvern.icb.nhs.uk.example/personal-health-budgets',
    email: 'bwicb.phb@nhs.net.example',
    ages: [0, 99],
    reviewed: '2026-03-02',
    fees: 'Free',
    areas: 'all',
    sched: [weekdays('09:00', '16:30', 'Monday to Friday')],
    funding: ['icb'],
    contacts: [{ name: 'Personal Health Budgets Team', phones: [['01632 960703']] }],
    terms: ['health', 'health.chc', 'social.budgets', 'need.medical', 'need.pd', 'access.assessment'],
    desc: `A personal health budget (PHB) is an amount of NHS money to support your health and wellbeing needs, planned and agreed between you and the NHS. You can take it as a direct payment, as a notional budget held by the ICB, or through a third party.

In Brackenshire, you have a legal right to a PHB if:
- your child is eligible for children's continuing care
- you are eligible for adult NHS Continuing Healthcare
- you need a wheelchair and are referred to the wheelchair service (a personal wheelchair budget)
- you are eligible for section 117 aftercare under the Mental Health Act.

We can also offer PHBs to children and young people with an EHC plan where health provision in section G could be better met this way, for example to employ a personal assistant trained in your child's care, or where this is agreed as part of a combined personal budget with the council.

A PHB can't be used for emergency care, GP services, prescriptions, alcohol, tobacco, gambling or debt.

Ask your continuing care nurse assessor, the wheelchair service or the DCO, or phone the team.`
  },
  {
    key: 'epilepsy-nurses',
    name: 'Children\'s Epilepsy Nurse Specialists',
    org: 'ahft',
    url: 'https://www.ashcombehospitals.nhs.uk.example/childrens/epilepsy',
    email: 'ahft.childrensepilepsy@nhs.net.example',
    ages: [0, 18],
    reviewed: '2026-07-07',
    fees: 'Free',
    areas: 'all',
    locs: ['ash-hosp'],
    sched: [weekdays('08:30', '16:30', 'Advice line Monday to Friday; clinics at Ashcombe General Hospital and outreach clinics in Wyvern Bay')],
    funding: ['icb'],
    contacts: [{ name: 'Children\'s Epilepsy Nurses', title: 'Advice line', phones: [['01632 960303', 'Monday to Friday 8.30am to 4.30pm. Answerphone checked twice a day.']] }],
    terms: ['health', 'health.ltc', 'need.medical', 'access.referral'],
    desc: `Our three epilepsy nurse specialists support children and young people with epilepsy, and their families, alongside the children's epilepsy consultants at Ashcombe General Hospital.

We:
- explain the diagnosis, treatment and seizure safety, and help you live with epilepsy day to day
- write individual healthcare plans and seizure care plans for nursery, school and college, and train staff to give rescue medication (buccal midazolam)
- run a telephone advice line for families and schools
- hold nurse-led clinics and a transition clinic with the adult epilepsy team for young people aged 16 to 18.

Children are referred to us by the paediatrician after a diagnosis of epilepsy. Once you're known to us, you can call us directly any time.

Children with complex epilepsy may also be seen by the regional paediatric neurology team at Calderbridge Children's Hospital.`
  },
  {
    key: 'diabetes-team',
    name: 'Children and Young People\'s Diabetes Team',
    org: 'ahft',
    url: 'https://www.ashcombehospitals.nhs.uk.example/childrens/diabetes',
    ages: [0, 19],
    reviewed: '2025-12-15',
    fees: 'Free',
    areas: 'all',
    locs: ['ash-hosp', 'wb-hospital'],
    sched: [
      weekdays('08:00', '18:00', 'Team available Monday to Friday; 24-hour on-call advice for families via Puffin Ward'),
      weekly('TH', '16:00', '19:00', 'Young adult clinic (16 to 25), Thursdays', { at: 'ash-hosp' })
    ],
    funding: ['icb'],
    contacts: [
      { name: 'Children\'s Diabetes Team', phones: [['01632 960304', 'Office hours']] },
      { name: 'Puffin Ward (out of hours diabetes advice)', phones: [['01632 960300', 'Ask for Puffin Ward']] }
    ],
    terms: ['health', 'health.ltc', 'need.medical', 'access.referral'],
    desc: `Consultant-led team (doctors, diabetes specialist nurses, dietitians and a psychologist) for babies, children and young people with type 1 diabetes and other types of diabetes. We support families from diagnosis, start and manage insulin pumps and continuous glucose monitors, train school staff, and write individual healthcare plans with schools. Young people move to our joint young adult clinic from 16. Referral is by GP or hospital.`
  },
  {
    key: 'respiratory-nurses',
    name: 'Children\'s Asthma and Respiratory Nurses',
    org: 'ahft',
    url: 'https://www.ashcombehospitals.nhs.uk.example/childrens/respiratory',
    ages: [0, 18],
    reviewed: '2026-01-08',
    fees: 'Free',
    areas: 'all',
    locs: ['ash-hosp'],
    sched: [weekdays('09:00', '17:00', 'Monday to Friday')],
    funding: ['icb'],
    contacts: [{ name: 'Children\'s Respiratory Nurses', phones: [['01632 960305']] }],
    terms: ['health', 'health.ltc', 'need.medical', 'access.referral'],
    desc: `We see children with asthma that is hard to control, children who have been admitted to hospital with asthma, and children on home oxygen or with long-term breathing conditions. We check inhaler technique, write asthma action plans, visit homes and schools, and help with things at home that can trigger asthma (for example damp or smoking). Referrals from GPs, practice nurses, school nurses and hospital doctors. We also train school staff in asthma and emergency inhalers.`
  },
  {
    key: 'hospice-care',
    name: 'Hollins Wood Children\'s Hospice: short breaks and specialist palliative care',
    org: 'hospice',
    url: 'https://www.hollinswood.org.uk.example/our-care',
    email: 'care@hollinswood.org.uk.example',
    ages: [0, 25],
    reviewed: '2026-06-09',
    fees: 'Free to families',
    costs: [['All care', 0, 'Free to families. About a quarter of our costs are paid by the NHS and the council; the rest is raised by our supporters.']],
    areas: 'all',
    areaText: 'Brackenshire and Port Selwyn',
    locs: ['mf-hospice'],
    sched: [words('The hospice is open 24 hours a day, 365 days a year. Day care sessions run Monday to Saturday, 10am to 4pm.', { attend: 'Stays at the hospice, day care, and care at home' })],
    langs: ['en'],
    funding: ['icb', 'csc', 'charity'],
    contacts: [
      { name: 'Care team', title: 'Referrals and enquiries', phones: [['01632 960502', '24 hours']] }
    ],
    terms: ['health', 'health.palliative', 'social.sb', 'social.sb.specialist', 'need.medical', 'access.open', 'access.referral'],
    desc: `Hollins Wood cares for babies, children and young people up to their 25th birthday who have a life-limiting or life-threatening condition, and their whole family, from diagnosis, through their life and into bereavement.

What we offer:
- short breaks at the hospice for the child or young person, with or without the family staying in our family flats (most families have 8 to 12 nights a year, planned with you)
- day care sessions
- symptom management and end of life care at the hospice, in hospital or at home, with the children's community nursing team
- Hospice at Home: our nurses and carers give care in your home so you can have a break
- a hydrotherapy pool, music therapy and play specialists
- sibling groups, a dads' group, and practical and emotional support for the whole family
- bereavement support for as long as families need it.

Who is it for?
Children and young people aged 0 to 25 with a condition that is likely to shorten their life (for example some neuromuscular conditions, complex neurological disability with frequent chest infections, some cancers, or complex congenital heart disease) and who live in Brackenshire or Port Selwyn.

How to get it
Families can refer themselves, or any professional can refer with your agreement. Our care team visits you at home to get to know you, and an eligibility panel meets every two weeks.

There is no charge to families for any of our care.`
  },
  {
    key: 'hospice-bereavement',
    name: 'Family support and bereavement service',
    org: 'hospice',
    url: 'https://www.hollinswood.org.uk.example/family-support',
    ages: [0, 99],
    reviewed: '2026-06-09',
    fees: 'Free',
    areas: 'all',
    locs: ['mf-hospice', 'ash-library'],
    sched: [
      monthly('2SA', '10:00', '12:00', 'Siblings group ("Branching Out"), Hollins Wood', { at: 'mf-hospice' }),
      monthly('1TU', '19:00', '20:30', 'Bereaved parents evening, Ashcombe Central Library', { at: 'ash-library' })
    ],
    funding: ['charity'],
    contacts: [{ name: 'Family Support Team', phones: [['01632 960502']] }],
    terms: ['health.palliative', 'social.carers', 'need.medical', 'access.open'],
    desc: `Support for parents, brothers and sisters, and grandparents of children cared for by Hollins Wood, during their child's life and after their death. One-to-one counselling, sibling groups, memory-making, and groups for bereaved parents. Families of any child in Brackenshire who has died from a life-limiting condition can also contact us, even if they did not use the hospice.`
  },
  {
    key: 'bladder-bowel',
    name: 'Children\'s Bladder and Bowel Service',
    org: 'bcht',
    url: 'https://www.brackenshirecommunity.nhs.uk.example/services/childrens-bladder-and-bowel',
    email: 'bcht.childrenscontinence@nhs.net.example',
    ages: [0, 19],
    reviewed: '2026-02-23',
    fees: 'Free. Containment products (pads and pull-ups) are supplied free where eligible.',
    costs: [['Assessment and advice', 0], ['Containment products (where eligible)', 0, 'Up to 4 products a day, delivered to your home every 12 weeks']],
    alert: 'Product deliveries have moved to a new supplier from April 2026. If a delivery is late, call the supplier first (number on your delivery note), then us.',
    areas: 'all',
    locs: ['kl-brookside', 'ash-cdc', 'wb-hospital'],
    sched: [weekdays('09:00', '16:30', 'Monday to Friday. Clinics in Kirkby Lees, Ashcombe and Wyvern Bay, and home or school visits.')],
    funding: ['icb'],
    contacts: [{ name: 'Children\'s Bladder and Bowel Service', phones: [['01632 960220', 'Monday to Friday 9am to 4pm']] }],
    terms: ['health', 'health.continence', 'need.any', 'need.ld', 'need.pd', 'access.referral'],
    desc: `Specialist nurses for children and young people with bladder and bowel problems: daytime wetting, constipation and soiling, toilet training difficulties in children with additional needs, and ongoing continence problems linked to a disability or medical condition.

Toilet training first: every child, including disabled children, should be supported to become as independent in the toilet as they can. We give advice and a toileting programme before considering pads. Children from age 4 (after toilet training has been tried) can be assessed for containment products (pads/pull-ups) if they are still not able to stay dry or clean because of their disability or condition. Products are not supplied for children under 4, as all children that age are expected to need nappies.

Referrals come from health visitors, school nurses, GPs and paediatricians. The health visitor or school nurse will usually start a programme first. Bedwetting only? See the school nursing enuresis clinics.

Routine wait: about 14 weeks. Reassessment of product needs every 12 months.`
  },
  {
    key: 'community-dental',
    name: 'Community Dental Service (special care and paediatric dentistry)',
    org: 'bcht',
    url: 'https://www.brackenshirecommunity.nhs.uk.example/services/community-dental',
    email: 'bcht.communitydental@nhs.net.example',
    ages: [0, 99],
    reviewed: '2026-02-19',
    fees: 'Free for children under 18 (and under 19 in full-time education). Adults pay standard NHS dental charges unless exempt.',
    costs: [['Children under 18, or under 19 in full-time education', 0], ['Adults: NHS band 1 course of treatment', 27.4, 'NHS charge (England, April 2025 rate)']],
    areas: 'all',
    locs: ['ash-dental', 'kl-health-centre', 'wb-hospital'],
    sched: [weekdays('08:30', '17:00', 'Monday to Friday')],
    funding: ['NHS England (dental commissioning, delegated to NHS Brackenshire and Wyvern Integrated Care Board)'],
    contacts: [{ name: 'Community Dental Service booking office', phones: [['01632 960230']] }],
    terms: ['health', 'health.dental', 'need.ld', 'need.autism', 'need.pd', 'need.medical', 'access.referral'],
    desc: `Dental care for children and adults who cannot be treated by a high street dentist because of a learning disability, autism, severe anxiety, a physical disability or a complex medical condition. Also for children who need treatment under sedation or general anaesthetic.

Our dentists and dental nurses are experienced in working with people with additional needs. We offer longer appointments, quiet waiting, desensitisation visits (coming in just to get used to us), and a wheelchair platform at the Ashcombe clinic. General anaesthetic lists run at Ashcombe General Hospital.

Referral is needed, from a dentist, GP, health visitor, school nurse or other health professional. We see patients for a course of treatment; some people with higher needs stay with us for routine check-ups.

Waiting time for a first appointment is currently about 20 weeks; general anaesthetic waiting list around 40 weeks. Children in pain should see their own dentist or call NHS 111.`
  },
  {
    key: 'wheelchair-service',
    name: 'Brackenshire Wheelchair Service (children and adults)',
    org: 'bcht',
    url: 'https://www.brackenshirecommunity.nhs.uk.example/services/wheelchair-service',
    email: 'bcht.wheelchairs@nhs.net.example',
    ages: [0, 99],
    reviewed: '2026-05-14',
    fees: 'Free. A personal wheelchair budget can be used towards a chair of your choice; you pay any difference.',
    alert: 'Children waiting over 18 weeks from referral to equipment delivery: 14% (Q2 2026). We are recruiting a second paediatric therapist.',
    areas: 'all',
    locs: ['th-therapy'],
    sched: [weekdays('08:30', '16:30', 'Monday to Friday. Clinics at Thornhollow Children\'s Therapy Centre; home and school visits for some children.')],
    funding: ['icb'],
    contacts: [
      { name: 'Wheelchair Service', title: 'Referrals and appointments', phones: [['01632 960232']] },
      { name: 'Repairs (approved repairer)', phones: [['01632 960233', 'Repairs and breakdowns, 8am to 8pm 7 days a week']] }
    ],
    terms: ['health', 'health.equipment', 'need.pd', 'access.referral'],
    desc: `The NHS wheelchair service for anyone registered with a Brackenshire GP who has a long-term (over 6 months) need for a wheelchair for everyday mobility. We assess, prescribe, provide and maintain manual and powered wheelchairs, buggies for disabled children, and specialist seating and pressure care.

Children are seen by our paediatric therapists, usually at Thornhollow Children's Therapy Centre. We work with school physiotherapists and OTs so that seating in school and at home fit together.

Referral is by a GP, therapist, consultant or nurse using our referral form. We don't take self-referrals for first appointments, but once you're known to us you can contact us directly for a review, for example when your child grows.

Personal wheelchair budgets: every eligible person is offered a personal wheelchair budget, which can be used as a notional budget for the chair we prescribe, or put towards a more expensive chair of your choice (you pay the difference and may be responsible for maintenance). Ask at your assessment.

We don't supply wheelchairs for short-term use (for example after a broken leg); the British Red Cross runs a national short-term loan service. Standing frames and walking aids come from the children's physiotherapy team or community equipment service.`
  },
  {
    key: 'community-equipment',
    name: 'Brackenshire Community Equipment Service',
    org: 'bcht',
    url: 'https://www.brackenshirecommunity.nhs.uk.example/services/community-equipment',
    ages: [0, 99],
    reviewed: '2026-05-06',
    fees: 'Free (equipment is loaned and must be returned when no longer needed)',
    areas: 'all',
    sched: [weekdays('08:00', '17:00', 'Deliveries and collections Monday to Friday. Urgent deliveries within 24 hours.')],
    funding: ['s75'],
    contacts: [{ name: 'Equipment Service (deliveries, collections and repairs)', phones: [['01632 960234']] }],
    terms: ['health', 'health.equipment', 'social.equipment', 'need.pd', 'need.medical', 'access.assessment'],
    desc: `Loans of equipment for daily living and nursing care at home: for example specialist beds, hoists and slings, bathing and toileting seats, pressure mattresses, standing frames and some sensory equipment. The service is jointly funded by the council and the ICB and covers children and adults.

Equipment is prescribed by a professional (children's OT or physio, the council's occupational therapy team, community nurses), who orders it for you after an assessment. You can't order directly. Call us to arrange collection when equipment is no longer needed, or if something breaks.`
  },
  {
    key: 'audiology',
    name: 'Children\'s Hearing Service (paediatric audiology)',
    org: 'ahft',
    url: 'https://www.ashcombehospitals.nhs.uk.example/childrens/audiology',
    email: 'ahft.paedaudiology@nhs.net.example',
    ages: [0, 18],
    reviewed: '2026-08-04',
    fees: 'Free, including hearing aids, batteries and repairs',
    areas: 'all',
    locs: ['ash-hosp', 'wb-hospital', 'kl-health-centre'],
    sched: [
      weekdays('08:30', '17:00', 'Main clinic, Ashcombe General Hospital', { at: 'ash-hosp' }),
      weekly('TU', '09:00', '16:00', 'Outreach clinic, Wyvern Bay Community Hospital', { at: 'wb-hospital' }),
      weekly('FR', '09:00', '12:00', 'Hearing aid repair drop-in, Kirkby Lees Health Centre', { at: 'kl-health-centre', attend: 'Drop in' })
    ],
    langs: ['en', 'bfi'],
    funding: ['icb'],
    contacts: [{ name: 'Children\'s Audiology', phones: [['01632 960301', 'Appointments and repairs, Monday to Friday']] }],
    terms: ['health', 'health.sensory', 'need.hi', 'access.referral'],
    desc: `We test the hearing of babies, children and young people and provide and maintain hearing aids.

Who we see: babies referred from the newborn hearing screening programme; children with concerns about hearing or speech; children with conditions linked to hearing loss (for example Down syndrome or cleft palate), who have regular checks; and children who need hearing tests as part of an autism or developmental assessment. We use play-based tests that work for children with learning disabilities and autistic children, and we can offer a longer appointment or the first appointment of the day.

Glue ear: many young children have temporary hearing loss from glue ear. We monitor it, and may offer hearing aids or refer to the ENT team.

When a permanent hearing loss is found we refer, with your agreement, to the council's Sensory Support Service (Teachers of the Deaf), who support your child at home and in nursery or school, and to the cochlear implant programme in Calderbridge where that may help.

Referral is by GP, health visitor, school nurse, speech and language therapist or paediatrician. Families already known to us can contact us directly. We have a deaf staff member and a BSL interpreter can be booked for any appointment.`
  },
  {
    key: 'newborn-hearing',
    name: 'Newborn Hearing Screening Programme',
    org: 'ahft',
    url: 'https://www.ashcombehospitals.nhs.uk.example/maternity/newborn-hearing-screening',
    ages: [0, 0],
    reviewed: '2025-11-25',
    fees: 'Free',
    areas: 'all',
    locs: ['ash-hosp'],
    sched: [words('Screening on the maternity ward before you go home, or at a community clinic within 4 weeks of birth.')],
    funding: ['NHS England (national screening programme)'],
    contacts: [{ name: 'Newborn Hearing Screening team', phones: [['01632 960309']] }],
    terms: ['health', 'health.sensory', 'need.hi', 'access.open'],
    desc: `All babies are offered a quick hearing screen in the first few weeks of life. It doesn't hurt and is often done while your baby sleeps. If the screen doesn't show a clear response, your baby will be offered a full hearing test in our audiology department, usually within 4 weeks. This doesn't necessarily mean your baby has a hearing loss.`
  },
  {
    key: 'eye-service',
    name: 'Children\'s Eye Service and Orthoptics',
    org: 'ahft',
    url: 'https://www.ashcombehospitals.nhs.uk.example/childrens/eyes',
    email: 'ahft.orthoptics@nhs.net.example',
    ages: [0, 16],
    reviewed: '2026-02-11',
    fees: 'Free. NHS glasses vouchers are available for all children under 16.',
    areas: 'all',
    locs: ['ash-hosp', 'wb-hospital', 'th-health'],
    sched: [weekdays('08:30', '17:00', 'Eye clinic, Ashcombe General Hospital; orthoptic clinics at Wyvern Bay and Thornhollow')],
    funding: ['icb', 'ph'],
    contacts: [{ name: 'Orthoptic Department', phones: [['01632 960302']] }],
    terms: ['health', 'health.sensory', 'need.vi', 'access.referral'],
    desc: `Orthoptists, optometrists and ophthalmologists (eye doctors) assess and treat children's eye conditions, for example squint, lazy eye (amblyopia), cataract, and visual impairment linked to other conditions such as cerebral palsy or prematurity.

All children in Brackenshire have a vision screening check in Reception class, done by orthoptists in school (commissioned by the council's public health team). Children who don't pass are invited to clinic.

We also run a special school eye clinic, so children at the three special schools can have their eyes tested in a familiar setting.

When a child has a significant sight loss we talk with you about registration as sight impaired or severely sight impaired (the Certificate of Vision Impairment), and, with your agreement, refer to the council's Sensory Support Service (Qualified Teachers of Children and Young People with Vision Impairment) and the habilitation service.

Referral is by GP, health visitor, school nurse, optician or paediatrician. Children with no particular needs can have a free eye test at a high street optician.`
  },
  {
    key: 'low-vision-clinic',
    name: 'Low vision clinic for children',
    org: 'ahft',
    url: 'https://www.ashcombehospitals.nhs.uk.example/childrens/eyes/low-vision',
    ages: [3, 18],
    reviewed: '2025-04-29',
    fees: 'Free. Magnifiers and aids are loaned.',
    areas: 'all',
    locs: ['ash-hosp'],
    sched: [monthly('2FR', '09:00', '16:00', 'Second Friday of each month, Eye Clinic, Ashcombe General Hospital')],
    funding: ['icb'],
    contacts: [{ name: 'Orthoptic Department', phones: [['01632 960302']] }],
    terms: ['health', 'health.sensory', 'need.vi', 'access.referral'],
    desc: `Monthly clinic with an optometrist and a Qualified Teacher of Children with Vision Impairment for children with sight loss that can't be corrected with glasses. Assessment for magnifiers, telescopes, lighting and technology, with advice for school. Referral from the eye clinic or the Sensory Support Service.`
  },
  {
    key: 'pbs-intensive-support',
    name: 'Positive Behaviour Support: Children\'s Intensive Support Team',
    org: 'bpft',
    url: 'https://www.bpft.nhs.uk.example/cypmhs/intensive-support-team',
    email: 'bpft.cyp.ist@nhs.net.example',
    ages: [5, 18],
    reviewed: '2026-07-20',
    fees: 'Free',
    areas: 'all',
    locs: ['kl-weavers-court'],
    sched: [weekdays('08:00', '20:00', 'Monday to Friday 8am to 8pm, plus Saturday mornings for families in crisis. Most work happens at home and school.', { attend: 'Home and school visits' })],
    funding: ['s75'],
    contacts: [{ name: 'Intensive Support Team duty worker', phones: [['01632 960406']] }],
    terms: ['health', 'health.behaviour', 'need.ld', 'need.autism', 'need.semh', 'access.referral', 'where.home'],
    desc: `For children and young people with a learning disability and/or autism whose behaviour is very challenging (for example serious aggression, self-injury, or damage to property) and where there is a risk of family breakdown, placement breakdown, exclusion from school, or admission to a mental health hospital.

The team includes positive behaviour support practitioners, a clinical psychologist, learning disability nurses and a speech and language therapist. We work intensively with the young person, family, school and short breaks staff for around 3 to 6 months: understanding what the behaviour is communicating, writing a positive behaviour support plan together, coaching everyone to use it, and helping to reduce restrictive practices.

Referrals from the CYPMHS Learning Disability Team, the disabled children's service, keyworkers, paediatricians and special schools. The team is jointly funded by the ICB and the council, and links closely with the keyworking service and the Dynamic Support Register.

For parents who want to learn positive behaviour approaches earlier on, see the family hubs' SEND parenting courses.`
  },
  {
    key: 'keyworkers-ld-autism',
    name: 'Keyworking service for autistic children and children with a learning disability',
    org: 'bpft',
    url: 'https://www.bpft.nhs.uk.example/keyworkers',
    email: 'bpft.keyworkers@nhs.net.example',
    ages: [0, 25],
    reviewed: '2026-04-07',
    fees: 'Free',
    areas: 'all',
    sched: [weekdays('09:00', '17:00', 'Monday to Friday')],
    funding: ['icb', 'NHS England (Long Term Plan keyworker funding)'],
    contacts: [{ name: 'Keyworking team', phones: [['01632 960405']] }],
    terms: ['health', 'health.behaviour', 'health.mh', 'need.autism', 'need.ld', 'access.referral'],
    desc: `Keyworkers support children and young people aged 0 to 25 who are autistic and/or have a learning disability and who are in a mental health hospital, or at risk of being admitted. They are on the Dynamic Support Register.

Your keyworker gets to know you and your family, makes sure services work together and listen to you, chases actions from Care (Education) and Treatment Reviews, and helps plan for coming home from hospital. They can stay involved for as long as you are on the register.

Referral is through the Dynamic Support Register (any professional can ask for a young person to be considered, with consent). Families can ask a professional to refer, or call us to talk it through.`
  },
  {
    key: 'abi-outreach',
    name: 'Children\'s Acquired Brain Injury Outreach',
    org: 'bcht',
    url: 'https://www.brackenshirecommunity.nhs.uk.example/services/acquired-brain-injury',
    ages: [0, 18],
    reviewed: '2026-03-24',
    fees: 'Free',
    areas: 'all',
    sched: [words('Monday to Friday. Visits at home and school.')],
    funding: ['icb'],
    contacts: [{ name: 'ABI Outreach (via Children\'s Therapies Single Point of Access)', phones: [['01632 960201', 'Ask for the ABI outreach team']] }],
    terms: ['health', 'health.abi', 'health.therapies', 'need.medical', 'need.pd', 'need.cl', 'access.referral'],
    desc: `A small team (neuropsychologist, OT, physio and speech and language therapist) supporting children and young people after an acquired brain injury, for example from a road accident, a fall, an infection like meningitis or encephalitis, a stroke or a brain tumour.

We pick up children when they come home from hospital, including after rehabilitation at Calderbridge Children's Hospital. We help with returning to school (often on a part-time timetable at first), fatigue, memory and attention, behaviour and emotional changes, and we train school staff. Brain injury can have effects that only show up years later, so families can come back to us for advice at key stages, such as moving to secondary school.

Referral by the hospital team, GP or paediatrician. We often advise on EHC needs assessments for these children.`
  },
  {
    key: 'ld-liaison-nurses',
    name: 'Learning Disability and Autism Liaison Nurses (hospital)',
    org: 'ahft',
    url: 'https://www.ashcombehospitals.nhs.uk.example/patients/learning-disability-autism',
    email: 'ahft.ldliaison@nhs.net.example',
    ages: [0, 99],
    reviewed: '2026-09-22',
    fees: 'Free',
    areas: 'all',
    locs: ['ash-hosp'],
    sched: [weekdays('08:00', '18:00', 'Monday to Friday')],
    funding: ['icb'],
    contacts: [{ name: 'LD and Autism Liaison Team', phones: [['01632 960307']] }],
    terms: ['health', 'health.adult', 'need.ld', 'need.autism', 'access.open'],
    desc: `Are you, or your child, autistic or do you have a learning disability and coming into Ashcombe General Hospital or Wyvern Bay Community Hospital? Let us know before you come. We can plan reasonable adjustments with you: the first appointment of the day, a quiet room instead of the waiting area, combining blood tests with another procedure under anaesthetic, or a familiar person staying with you. We use hospital passports and flag your needs on your record (with your agreement). Children and adults. You can contact us yourself.`
  }
];
