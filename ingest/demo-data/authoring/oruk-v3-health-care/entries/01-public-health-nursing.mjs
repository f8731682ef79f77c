// Hand-written entries: 0-19 public health nursing (health visiting, school nursing) in Brackenshire.
import { weekdays, weekly, monthly, words } from '../lib.mjs';

export default [
  {
    key: 'hv-service',
    name: 'Health Visiting Service',
    org: 'bcht',
    url: 'https://www.brackenshirecommunity.nhs.uk.example/services/health-visiting',
    email: 'bcht.0-19spa@nhs.net.example',
    ages: [0, 5],
    reviewed: '2026-06-03',
    fees: 'Free',
    costs: [['Free NHS service', 0, 'No charge']],
    areas: 'all',
    locs: ['ash-health-centre', 'kl-health-centre', 'mf-clinic', 'th-health', 'wb-hospital'],
    sched: [
      weekdays('09:00', '17:00', 'Health visiting teams are available Monday to Friday, 9am to 5pm, including school holidays. Closed on bank holidays.', { attend: 'Home visits, clinic appointments and phone or video calls' }),
      weekly('WE', '09:30', '11:30', 'Drop-in child health clinics for weighing and advice. Days vary by town: check the clinic list on our website.', { at: 'ash-health-centre', attend: 'Drop in, no appointment needed' })
    ],
    langs: ['en', 'pl', 'ur'],
    funding: ['ph'],
    contacts: [
      { name: '0-19 Single Point of Access', title: 'Health visiting and school nursing', phones: [['01632 960225', 'Monday to Friday 9am to 5pm. Leave a message out of hours; this is not an emergency line.']] }
    ],
    terms: ['health', 'health.0-19', 'need.any', 'access.open'],
    desc: `Every family with a child under 5 in Brackenshire has a named health visiting team. Health visitors are qualified nurses or midwives with extra training in child and family health.

We see all families at five key points: before your baby is born (from 28 weeks of pregnancy), the new birth visit at 10 to 14 days, 6 to 8 weeks, 9 to 12 months and 2 to 2½ years. Between these contacts you can ask for help with feeding, sleep, behaviour, toileting, your child's development, your own mental health, or anything else that is worrying you.

If your child has, or may have, special educational needs or a disability, your health visitor can:
- check your child's development using the Ages and Stages Questionnaire (ASQ-3) at any time, not only at the routine reviews
- refer to speech and language therapy, the child development centre, community paediatrics, audiology or Portage
- let the council know about a child under school age who probably has SEND (the NHS has a duty to do this under section 23 of the Children and Families Act 2014), with your agreement
- link you to your local family hub and to the specialist health visitor for children with additional needs.

How to get it: you do not need a referral. Your midwife passes your details to us before your baby is born. If you move into Brackenshire with a child under 5, register with a GP and phone the 0-19 Single Point of Access so we can pick up your child's records.

Interpreters are booked free of charge for any language, including British Sign Language. Some of our Kirkby Lees staff speak Urdu and some of our Wyvern Bay staff speak Polish.

The service is commissioned by Brackenshire County Council from its public health grant as part of the Healthy Child Programme.`
  },
  {
    key: 'hv-2-year-review',
    name: '2 to 2½ year development review',
    org: 'bcht',
    url: 'https://www.brackenshirecommunity.nhs.uk.example/services/health-visiting/2-year-review',
    email: 'bcht.0-19spa@nhs.net.example',
    ages: [2, 3],
    reviewed: '2026-02-17',
    fees: 'Free',
    areas: 'all',
    locs: ['ash-family-hub', 'kl-family-hub', 'mf-family-hub', 'th-family-hub', 'wb-family-hub'],
    sched: [words('Appointments are sent by letter or text when your child is about 2 years old. Reviews take place at family hubs or at home, Monday to Friday.', { attend: 'By appointment' })],
    langs: ['en'],
    funding: ['ph'],
    contacts: [{ name: '0-19 Single Point of Access', phones: [['01632 960225', 'To rearrange or ask about your child\'s review']] }],
    terms: ['health', 'health.0-19', 'need.any', 'access.open'],
    desc: `All children in Brackenshire are offered a development review between 2 and 2½ years old. It is done by a health visitor or community nursery nurse and takes about an hour.

Before the appointment we will send you an Ages and Stages Questionnaire (ASQ-3) to fill in. It asks about your child's talking, understanding, movement, play, problem solving and personal and social skills. Please bring it with you (we can help you fill it in if you prefer, or if English is not your first language).

If your child goes to a nursery or childminder, they will also do the EYFS progress check at age 2. With your permission we share the results so the two checks fit together as an integrated review and you do not have to tell your story twice.

If the review shows your child may need extra help we will talk with you about what happens next. That could be ideas to try at home, a group at the family hub (for example Chatterbox for talking), a referral to speech and language therapy, a hearing test, or a referral to the child development centre. We only share information with the council's early years SEND team with your agreement.

Reviews are free. If you have not heard from us by the time your child is 2 years and 3 months, please ring.`
  },
  {
    key: 'hv-send-specialist',
    name: 'Specialist Health Visitors for Children with Additional Needs',
    org: 'bcht',
    url: 'https://www.brackenshirecommunity.nhs.uk.example/services/health-visiting/additional-needs',
    email: 'bcht.0-19spa@nhs.net.example',
    ages: [0, 5],
    reviewed: '2026-01-30',
    fees: 'Free',
    areas: 'all',
    sched: [weekdays('09:00', '16:30', 'Monday to Friday. The team is small (2.4 whole-time posts for the county), so please leave a message and we will call back within 3 working days.')],
    langs: ['en'],
    funding: ['ph'],
    contacts: [
      { name: 'Additional Needs Health Visiting Team', title: 'Team administrator', phones: [['01632 960225', 'Ask for the additional needs health visitors']] }
    ],
    terms: ['health', 'health.0-19', 'need.medical', 'need.pd', 'need.any', 'access.referral', 'where.home'],
    desc: `Our specialist health visitors work with families of babies and young children who have complex health needs or disabilities, for example children born very early, children with a genetic condition, cerebral palsy, tube feeding or a long stay in neonatal care.

We offer extra home visits alongside your usual health visitor, help you make sense of appointments with lots of different professionals, support with feeding, sleep, equipment and development, and help you prepare for nursery. We can be your key contact until your child starts school or another professional (for example a children's community nurse) takes on that role.

Referrals come from your health visitor, the neonatal unit, the children's ward, or a paediatrician. Parents cannot refer directly, but you can ask your health visitor to refer you.

Most families are seen within 4 weeks of referral.`
  },
  {
    key: 'school-nursing',
    name: 'School Nursing Service',
    org: 'bcht',
    url: 'https://www.brackenshirecommunity.nhs.uk.example/services/school-nursing',
    email: 'bcht.schoolnursing@nhs.net.example',
    ages: [5, 19],
    reviewed: '2026-04-22',
    fees: 'Free',
    costs: [['Free NHS service', 0]],
    areas: 'all',
    locs: ['ash-health-centre', 'kl-health-centre', 'th-health', 'wb-hospital'],
    sched: [
      weekdays('08:30', '17:00', 'Monday to Friday during school term. A reduced duty service runs in school holidays.', { attend: 'In school, at home, by phone, or at a clinic' })
    ],
    langs: ['en'],
    funding: ['ph'],
    contacts: [
      { name: 'School Nursing Duty Line', phones: [['01632 960226', 'Monday to Friday 8.30am to 5pm']] },
      { name: 'Text a School Nurse', title: 'Confidential text service for 11 to 19 year olds', phones: [['01632 960228', 'Text only. Replies within one working day, Monday to Friday 9am to 4.30pm']] }
    ],
    terms: ['health', 'health.0-19', 'need.any', 'need.semh', 'access.open'],
    desc: `School nurses are qualified nurses who support the health and wellbeing of children and young people aged 5 to 19 (up to 25 for young people with SEND in education). Every state school in Brackenshire, including special schools and the pupil referral unit, has a named school nurse. We also see children who are educated at home.

What we do:
- health advice and support on things like sleep, continence (day wetting, bedwetting and soiling), healthy eating, puberty, emotional health and self-harm, and growing up
- the National Child Measurement Programme in Reception and Year 6, and school-age immunisations (with the immunisation team)
- help write individual healthcare plans for children with medical needs such as asthma, allergies and epilepsy, and training for school staff on these (the school is responsible for the plan under section 100 of the Children and Families Act 2014)
- health reviews for children in care
- health advice for EHC needs assessments when we know the child
- drop-in sessions in secondary schools (times on the school's website)
- a confidential text service for young people aged 11 to 19.

Children and young people can talk to us themselves. Parents can contact us directly, and schools, GPs and other professionals can refer. There is no waiting list for advice; planned work (for example a bladder and bowel programme) usually starts within 6 weeks.

Children at Brackenshire's special schools are supported by the special school nursing team, a separate service funded by the NHS.

We follow confidentiality rules: young people can speak to us confidentially, but we will share information if we are worried about someone's safety.`
  },
  {
    key: 'school-nursing-enuresis',
    name: 'Bedwetting (enuresis) clinics',
    org: 'bcht',
    url: 'https://www.brackenshirecommunity.nhs.uk.example/services/school-nursing/bedwetting',
    email: 'bcht.schoolnursing@nhs.net.example',
    ages: [5, 19],
    reviewed: '2024-10-08',
    fees: 'Free. Enuresis alarms are loaned free of charge.',
    areas: 'all',
    locs: ['ash-health-centre', 'kl-brookside', 'th-health', 'wb-hospital'],
    sched: [words('Clinics run monthly in each area, usually after school (3.45pm to 6pm). Appointments only.')],
    funding: ['ph'],
    contacts: [{ name: 'School Nursing Duty Line', phones: [['01632 960226']] }],
    terms: ['health', 'health.continence', 'health.0-19', 'need.any', 'access.open'],
    desc: `Clinics for children aged 5 and over who wet the bed. Run by school nurses with extra training in continence.

We look at drinks, toileting routines, constipation and sleep, and can lend an enuresis alarm or suggest your GP considers medication. Children with learning disabilities or autism are welcome; we adapt the programme and use visual supports.

Parents can refer by phoning the school nursing duty line, or your GP or school nurse can refer.

Wait for a first clinic appointment: around 10 weeks.

Children who also wet in the daytime, soil, or need containment products (pads) should be referred to the Children's Bladder and Bowel Service instead.`
  },
  {
    key: 'infant-feeding',
    name: 'Infant Feeding Team',
    org: 'bcht',
    url: 'https://www.brackenshirecommunity.nhs.uk.example/services/infant-feeding',
    ages: [0, 1],
    reviewed: '2026-01-12',
    fees: 'Free',
    areas: 'all',
    locs: ['ash-family-hub', 'wb-family-hub'],
    sched: [
      weekly('TU', '10:00', '12:00', 'Feeding drop-in at Ashcombe Family Hub', { at: 'ash-family-hub' }),
      weekly('TH', '13:00', '15:00', 'Feeding drop-in at Wyvern Bay Family Hub', { at: 'wb-family-hub' })
    ],
    funding: ['ph', 'fh'],
    contacts: [{ name: 'Infant Feeding Team', phones: [['01632 960225', 'Via the 0-19 Single Point of Access']] }],
    terms: ['health', 'health.0-19', 'health.therapies.diet', 'access.open'],
    desc: `Help with breastfeeding, bottle feeding and starting solids. Drop-ins or home visits. Our infant feeding specialists also support babies with tongue-tie, reflux and slow weight gain, and babies with cleft lip and palate or Down syndrome, working with the dysphagia team where needed. Just turn up to a drop-in or ask your health visitor or midwife.`
  }
];
