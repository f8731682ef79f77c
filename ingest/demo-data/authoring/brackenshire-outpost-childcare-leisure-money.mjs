// Hand-written Outpost entries: childcare (funded early education, individual nurseries and childminders,
// holiday clubs), leisure, and money and benefits. FICTIONAL providers and people; national benefits and
// grants (DLA, PIP, Carer's Allowance, Family Fund, 16 to 19 Bursary) described as they really work.

export const childcare = [
  {
    name: 'Funded early education and childcare (15 and 30 hours)',
    org: 'bccEarlyYears',
    desc: `Government-funded early education and childcare can be taken at nurseries, preschools, school nursery classes and childminders that are registered with Ofsted and approved by Brackenshire County Council (Childcare Act 2006, s.7).

What you can get (38 weeks a year, or fewer hours a week spread over more weeks if the provider offers it):
- All 3 and 4 year olds: 15 hours a week, from the term after their third birthday.
- Working parents of children from 9 months to school age: up to 30 hours a week. Each parent (or you, if you are a single parent) must expect to earn at least the equivalent of 16 hours a week at the National Minimum or Living Wage, and less than £100,000 a year. Apply through the Childcare Service on GOV.UK and give your code to your provider; reconfirm every 3 months.
- 2 year olds: 15 hours a week if your family gets certain benefits (for example Universal Credit with household take-home earnings of £15,400 a year or less), or if your child gets Disability Living Allowance, has an EHC plan, or is looked after or has left care through adoption, a special guardianship or child arrangements order. Apply to us through the Family Information Service.

Children with SEND: providers can apply for Early Years Inclusion Funding (SENIF) and, if your child gets DLA, the Disability Access Fund. Ask the setting's SENCO.

Providers can charge for meals, snacks, nappies and optional activities, but they must not make paying for these a condition of taking up a funded place.`,
    tax: ['funded-childcare', '2-year-old-funded-providers', '3-4-year-old-funded-providers', '30-hours-funded-providers', 'childcare-and-early-years'],
    needs: [],
    min: 0, max: 5, bands: { under_2: true, two: true, three_four: true }, referral: false, free: true,
    locs: [],
    contacts: [{ name: 'Family Information Service', title: null, email: 'fis@brackenshire.gov.uk.example', phone: '01632 960203' }],
    url: 'https://www.brackenshire.gov.uk.example/childcare/funded',
    lo: null,
    updated: '2026-07-22T09:00:00.000Z', created: '2020-06-01T11:00:00.000Z',
  },
  {
    name: 'Riverside Day Nursery (Ashcombe)',
    org: 'nursery1',
    desc: `Riverside is a 62-place day nursery near Ashcombe station for children from 3 months to 5 years, open all year except bank holidays and between Christmas and New Year. Ofsted: Good (2024).

We have three rooms (Seedlings 0-2, Saplings 2-3, Oaks 3-5), a big garden with a mud kitchen, and a sensory room. We offer funded places for 9 months to 4 years (working parents), 2-year-old funding and 3-4 year old funding.

Our SENCO, Priya, has over 10 years' experience. We have cared for children with autism, Down syndrome, cerebral palsy, global developmental delay, and hearing impairment, and children waiting for assessment. We work closely with the Area SENCO, speech and language therapy and Portage.

Fees 2026: £68 a full day (8am to 6pm), £38 a half day. Funded hours: we ask for a voluntary contribution of £6 a day for meals and consumables, or you can bring a packed lunch.`,
    tax: ['day-nurseries-and-creches', '30-hours-funded-providers', '2-year-old-funded-providers', '3-4-year-old-funded-providers', 'childcare-for-children-with-a-send'],
    needs: ['autism', 'communication-and-interaction', 'cognition-and-learning', 'sensory-and-physical-needs', 'hearing'],
    min: 0, max: 5, bands: { under_2: true, two: true, three_four: true }, referral: false, free: false,
    costs: [['Full day (8am to 6pm)', 68, 'per day'], ['Half day', 38, 'per half day'], ['Voluntary contribution for meals and consumables on funded days', 6, 'per day']],
    locs: [{ name: 'Riverside Day Nursery', address_1: '2 Station Approach', city: 'Ashcombe', postal_code: 'BK2 3HA', lon: -2.5369, lat: 52.2594, acc: ['wheelchair-accessible-entrance', 'accessible-toilet-facilities', 'baby-changing-facilities', 'car-parking', 'bus-stop-nearby'] }],
    contacts: [{ name: 'Nursery manager', title: null, email: 'hello@riversidedaynursery.co.uk.example', phone: '01632 960501' }],
    sched: [['Monday', '08:00', '18:00'], ['Tuesday', '08:00', '18:00'], ['Wednesday', '08:00', '18:00'], ['Thursday', '08:00', '18:00'], ['Friday', '08:00', '18:00']],
    lo: { d: 'Day nursery with experience of caring for children with SEND.', a: [
      'Every child feels safe and happy and makes progress from their starting point, and is ready for school.',
      'SENCO: Level 3 Early Years SENCO award (2023). All staff have Makaton Level 1; 6 staff attended the council\u2019s Early Language training in 2025; two staff trained in epilepsy awareness and buccal midazolam.',
      'We meet parents before a child starts to write an "All about me" and agree how we will support your child. Parents are invited to SEN Support plan reviews each term.',
      'You get daily updates through our app and a learning journal. SEN Support plans are reviewed with you every term and shared with other professionals with your consent.',
      'All on one level with a ramp at the entrance and an accessible toilet. The garden has level paths. Sensory room with dimmable lights.',
      'Come for a visit and a settling-in session. Talk to Priya (SENCO) about your child\u2019s needs before they start.',
      'We are building a quiet "snug" in the Oaks room in 2027.',
    ] },
    updated: '2026-02-17T12:00:00.000Z', created: '2020-07-01T09:00:00.000Z',
  },
  {
    name: 'Wyvern Bay Community Preschool',
    org: 'nursery2',
    desc: `Community-run preschool in St Brannoc's Church Hall, Saltham, for children aged 2 to 4. Term time only, 9am to 3pm (lunch club 12 to 12.30). We take 2, 3 and 4 year old funding and 30 hours.

We're a small setting (24 children a day) with lots of outdoor play and trips to the beach. We have supported children with speech delay, autism and physical disabilities. Our SENCO is Jo.

Non-funded hours £6.20 an hour. Snack 50p a day.`,
    tax: ['preschools-and-nursery-classes', '2-year-old-funded-providers', '3-4-year-old-funded-providers', '30-hours-funded-providers'],
    needs: ['communication-and-interaction', 'autism', 'sensory-and-physical-needs'],
    min: 2, max: 4, bands: { two: true, three_four: true }, referral: false, free: false,
    costs: [['Non-funded hours', 6.2, 'per hour'], ['Snack', 0.5, 'per day']],
    locs: ['salthamChurchHall'],
    contacts: [{ name: 'Preschool leader', title: null, email: 'wbcpreschool@outlook.com.example', phone: '01632 960502' }],
    sched: [['Monday', '09:00', '15:00'], ['Tuesday', '09:00', '15:00'], ['Wednesday', '09:00', '15:00'], ['Thursday', '09:00', '15:00'], ['Friday', '09:00', '12:00']],
    lo: { d: null, a: ['', 'Jo (SENCO) did the Level 3 SENCO course in 2022.', '', '', 'Church hall with a ramp at the side door. The toilet is not big enough for a wheelchair.', 'Ring or pop in at pick-up time.', ''] },
    updated: '2023-10-05T15:00:00.000Z', created: '2020-07-01T09:10:00.000Z',
  },
  {
    name: 'Meadowsweet Day Nursery (Thornhollow Park)',
    org: 'nursery3',
    desc: `Purpose-built 96-place nursery on the Thornhollow Park estate, opened in 2022. For children from 6 weeks to 5 years, plus a before and after school club with drop-off and collection at Thornhollow Park Infant School (4 to 11 years). Open 7.30am to 6.30pm, 51 weeks a year. Ofsted: Good (2025).

We are a funded provider for all entitlements (9 months+ working parents, 2 year olds, 3-4 year olds). We offer "stretched" funded hours over 51 weeks.

Inclusion: we have a full-time SENCO and an inclusion room for small-group work. We have welcomed children with autism, ADHD, sensory processing differences, complex medical needs (including gastrostomy feeding, with training from the children's community nursing team) and visual impairment. Where a child needs 1:1 support, we apply for Early Years Inclusion Funding.

Daily rate £72 (under 2s), £66 (2s and over). Sibling discount 10%.`,
    tax: ['day-nurseries-and-creches', '30-hours-funded-providers', '2-year-old-funded-providers', '3-4-year-old-funded-providers', 'before-after-school-and-lunch-clubs', 'childcare-for-children-with-a-send'],
    needs: ['autism', 'communication-and-interaction', 'sensory-and-physical-needs', 'visual', 'social-emotional-and-mental-health-difficulties'],
    min: 0, max: 11, bands: { under_2: true, two: true, three_four: true, five_seven: true, eight_plus: true }, referral: false, free: false,
    costs: [['Full day, under 2s', 72, 'per day'], ['Full day, 2 years and over', 66, 'per day'], ['Sibling discount 10%', null, 'lower rate for second sibling'], ['Before school club', 9, 'per hour - before school'], ['After school club (3.15pm to 6pm)', 15, 'per session']],
    locs: [{ name: 'Meadowsweet Day Nursery', address_1: '1 Meadowsweet Road, Thornhollow Park', city: 'Thornhollow', postal_code: 'BK16 6TN', lon: -2.3521, lat: 52.1672, acc: ['wheelchair-accessible-entrance', 'accessible-toilet-facilities', 'baby-changing-facilities', 'changing-facilities', 'car-parking', 'disabled-car-parking-space'] }],
    contacts: [{ name: 'Nursery office', title: null, email: 'office@meadowsweetnursery.co.uk.example', phone: '01632 960503' }],
    sched: [['Monday', '07:30', '18:30'], ['Tuesday', '07:30', '18:30'], ['Wednesday', '07:30', '18:30'], ['Thursday', '07:30', '18:30'], ['Friday', '07:30', '18:30']],
    lo: { d: 'Large day nursery with a full-time SENCO and inclusion room.', a: [
      'Children with SEND are fully included in nursery life and make good progress; families feel supported.',
      'Our SENCO has the NPQ for Early Years Leadership and the Level 3 SENCO award. All room leaders have Makaton Level 2. In 2025 staff trained in sensory processing (delivered by a children\u2019s OT) and in gastrostomy care.',
      'We hold a "team around the child" meeting with parents and professionals each term. Parents can join our parents\u2019 forum.',
      'Daily updates on our app; SEN Support plan reviews each term; transition reports when your child starts school.',
      'Built in 2022 to current accessibility standards: level access throughout, wide doors, accessible toilets and a changing bench.',
      'Book a tour online. Tell us about your child\u2019s needs and we will arrange a meeting with our SENCO.',
      'Opening a sensory garden in spring 2027.',
    ] },
    updated: '2026-06-11T16:00:00.000Z', created: '2022-08-15T09:00:00.000Z',
  },
  {
    name: 'Highcote and District Preschool',
    org: 'nursery4',
    desc: `Small rural preschool in Highcote Village Hall, in the Marston Fold uplands, for children from 2 years until they start school. Term time only, Monday to Thursday 8.45am to 2.45pm. We take 2, 3 and 4 year old funded places.

Because we are rural, many families travel from the outlying villages (Fellbeck, Lower Brayton and the farms around Highcote). There is no bus that fits preschool times, so parents usually drive; please talk to us if this is a problem.

We have experience of supporting children with speech and language delay and with autism, and we work with the Area SENCO and the Portage Service.`,
    tax: ['preschools-and-nursery-classes', '2-year-old-funded-providers', '3-4-year-old-funded-providers'],
    needs: ['communication-and-interaction', 'autism'],
    min: 2, max: 5, bands: { two: true, three_four: true }, referral: false, free: false,
    costs: [['Non-funded hours', 5.8, 'per hour']],
    locs: ['highcoteVillageHall'],
    contacts: [{ name: 'Preschool manager', title: null, email: 'highcotepreschool@btinternet.com.example', phone: '01632 960504' }],
    sched: [['Monday', '08:45', '14:45'], ['Tuesday', '08:45', '14:45'], ['Wednesday', '08:45', '14:45'], ['Thursday', '08:45', '14:45']],
    lo: null,
    updated: '2026-04-30T10:00:00.000Z', created: '2020-07-01T09:20:00.000Z',
  },
  {
    name: 'Holmebridge Children\u2019s Centre Nursery',
    org: 'nursery5',
    desc: `Nursery for 2, 3 and 4 year olds in Holmebridge Children's Centre, Kirkby Lees, run by a local charity. Most of our places are funded (2-year-old funding and 3-4 year old universal and 30 hours). Term time, 8.30am to 3.30pm.

We have a lot of experience of supporting children with speech, language and communication needs. A speech and language therapy assistant from the NHS runs a weekly "talking group" on site, and we run WellComm screening for every child. We also host the Portage Stay and Play group on Thursdays.

Many of our families speak languages other than English: staff speak Urdu, Punjabi and Polish.`,
    tax: ['preschools-and-nursery-classes', '2-year-old-funded-providers', '3-4-year-old-funded-providers', '30-hours-funded-providers', 'childcare-for-children-with-a-send'],
    needs: ['communication-and-interaction', 'autism', 'cognition-and-learning'],
    min: 2, max: 5, bands: { two: true, three_four: true }, referral: false, free: true,
    locs: ['kirkbyChildrensCentre'],
    contacts: [{ name: 'Nursery', title: null, email: 'nursery@holmebridgecc.org.uk.example', phone: '01632 960505' }],
    sched: [['Monday', '08:30', '15:30'], ['Tuesday', '08:30', '15:30'], ['Wednesday', '08:30', '15:30'], ['Thursday', '08:30', '15:30'], ['Friday', '08:30', '15:30']],
    lo: { d: null, a: [
      'Children develop the language and confidence they need for school.',
      'All staff trained in WellComm and Makaton. SENCO has the Level 3 award.',
      'Stay and play sessions for parents every half term; home visits before your child starts.',
      '',
      'Step-free, with accessible toilet and changing.',
      'Apply for a funded place through the Family Information Service, then contact us.',
      '',
    ] },
    updated: '2026-10-08T11:00:00.000Z', created: '2020-07-01T09:30:00.000Z',
  },
  {
    name: 'Sunflower Childminding (Ashcombe)',
    org: 'cm1',
    desc: `Hi, I'm Claire, an Ofsted-registered childminder in the Westgate area of Ashcombe (Ofsted Outstanding, 2023). I've been childminding for 14 years and before that I was a teaching assistant in a special school, so I have lots of experience with children with SEND, including autism, Down syndrome and children who use Makaton or PECS.

I look after up to 5 children under 8 (with an assistant, Gemma). We do a lot of outdoor play, messy play, and trips to the park and library. I can do the school run to St Peter's CE Infant School and Westgate Junior School.

£6.50 per hour. I offer funded hours for 2, 3 and 4 year olds and working parent entitlements from 9 months.`,
    tax: ['ofsted-registered-childminders', 'childminders', '30-hours-funded-providers', '2-year-old-funded-providers', 'childcare-for-children-with-a-send'],
    needs: ['autism', 'communication-and-interaction', 'cognition-and-learning'],
    min: 0, max: 8, bands: { under_2: true, two: true, three_four: true, five_seven: true }, referral: false, free: false,
    costs: [['Childminding', 6.5, 'per hour']],
    locs: [{ name: 'Childminder (Westgate, Ashcombe)', address_1: null, city: 'Ashcombe', postal_code: 'BK1', lon: -2.55, lat: 52.27, mask: true, acc: [] }],
    contacts: [{ name: 'Claire', title: 'Childminder', email: 'sunflowerchildminding@gmail.com.example', phone: '01632 960511' }],
    sched: [['Monday', '07:30', '18:00'], ['Tuesday', '07:30', '18:00'], ['Wednesday', '07:30', '18:00'], ['Thursday', '07:30', '18:00']],
    lo: { d: null, a: [
      'I want every child to feel part of the family and to have fun while they learn.',
      'Makaton Level 3 (2024), paediatric first aid (renewed 2025), Level 3 Early Years SENCO award (2022).',
      'I talk to parents every day at pick-up and I\u2019m happy to come to meetings with other professionals.',
      'Daily diary and photos on the Tapestry app.',
      'A house with two steps at the front door. Downstairs toilet. Enclosed garden.',
      'Message or call me to arrange a visit.',
      '',
    ] },
    updated: '2026-01-08T20:00:00.000Z', created: '2021-03-01T09:00:00.000Z',
  },
  {
    name: 'Busy Owls Childminding (Kirkby Lees)',
    org: 'cm2',
    desc: `Ofsted-registered childminder in Scarth, Kirkby Lees. I care for children aged 1 to 11, including before and after school (drop-off and pick-up at Scarth Infant School and Mill Street Junior School) and in the holidays. I have a big garden, chickens and a playroom.

I'm happy to talk to any family whose child has additional needs. I've looked after a little boy with a hearing impairment and learned some BSL.

£6 per hour, £5.50 for school-age children. Funded hours for 3 and 4 year olds.`,
    tax: ['ofsted-registered-childminders', 'childminders', 'before-after-school-and-lunch-clubs', '3-4-year-old-funded-providers'],
    needs: ['hearing'],
    min: 1, max: 11, bands: { under_2: true, two: true, three_four: true, five_seven: true, eight_plus: true }, referral: false, free: false,
    costs: [['Under 5s', 6, 'per hour'], ['School-age children', 5.5, 'per hour - before or after school']],
    locs: [{ name: 'Childminder (Scarth, Kirkby Lees)', address_1: null, city: 'Kirkby Lees', postal_code: 'BK9', lon: -2.39, lat: 52.45, mask: true, acc: [] }],
    contacts: [{ name: 'Donna', title: 'Childminder', email: 'busyowlscm@yahoo.co.uk.example', phone: '01632 960512' }],
    sched: [['Monday', '07:00', '18:00'], ['Tuesday', '07:00', '18:00'], ['Wednesday', '07:00', '18:00'], ['Thursday', '07:00', '18:00'], ['Friday', '07:00', '17:00']],
    lo: null,
    updated: '2026-06-03T19:00:00.000Z', created: '2021-03-01T09:10:00.000Z',
  },
  {
    name: 'Seaside Tots Childcare (Wyvern Bay)',
    org: 'cm3',
    desc: `We are a husband-and-wife childminding team (Ofsted registered, Good) in Wyvern Bay, caring for up to 9 children aged 0 to 8. We offer term-time and all-year places and funded places for all ages.

We have supported children with speech delay, autism, ADHD and one child with a tracheostomy (we had training from the children's community nursing team). We both have paediatric first aid.

Our house has a downstairs playroom with level access from the drive and a downstairs toilet, but it isn't suitable for a wheelchair user inside.

£6.75 per hour, including meals.`,
    tax: ['ofsted-registered-childminders', 'childminders', '30-hours-funded-providers', '2-year-old-funded-providers', '3-4-year-old-funded-providers', 'childcare-for-children-with-a-send'],
    needs: ['communication-and-interaction', 'autism', 'social-emotional-and-mental-health-difficulties', 'sensory-and-physical-needs'],
    min: 0, max: 8, bands: { under_2: true, two: true, three_four: true, five_seven: true }, referral: false, free: false,
    costs: [['Childminding including meals', 6.75, 'per hour']],
    locs: [{ name: 'Childminders (Wyvern Bay)', address_1: null, city: 'Wyvern Bay', postal_code: 'BK20', lon: -2.8, lat: 52.07, mask: true, acc: ['partial-wheelchair-access'] }],
    contacts: [{ name: 'Sam and Leon', title: 'Childminders', email: 'seasidetots@hotmail.co.uk.example', phone: '01632 960513' }],
    sched: [['Monday', '07:30', '18:00'], ['Tuesday', '07:30', '18:00'], ['Wednesday', '07:30', '18:00'], ['Thursday', '07:30', '18:00'], ['Friday', '07:30', '18:00']],
    lo: { d: null, a: ['', 'Tracheostomy care training (children\u2019s community nursing, 2024); ADHD Foundation online course (2025).', 'We keep in touch every day and come to review meetings.', 'Learning journals on Famly.', 'Level access to the playroom only.', 'Give us a ring.', ''] },
    updated: '2026-07-19T18:30:00.000Z', created: '2021-03-01T09:20:00.000Z',
  },
  {
    name: 'Fellside Childminding (Marston Fold)',
    org: 'cm4',
    desc: `Ofsted-registered childminder on a farm near Fellbeck. Small setting: up to 3 children under 5. Lots of outdoor learning: animals, vegetable garden, forest school area. Term time only, Tuesday to Friday.

Funded hours for 2, 3 and 4 year olds. £5.75 per hour. I can collect from Fellbeck Church of England Primary.

Rural location: you will need your own transport.`,
    tax: ['ofsted-registered-childminders', 'childminders', '2-year-old-funded-providers', '3-4-year-old-funded-providers'],
    needs: [],
    min: 1, max: 5, bands: { under_2: true, two: true, three_four: true }, referral: false, free: false,
    costs: [['Childminding', 5.75, 'per hour']],
    locs: [{ name: 'Childminder (near Fellbeck)', address_1: null, city: 'Marston Fold', postal_code: 'BK13', lon: -2.84, lat: 52.43, mask: true, acc: ['car-parking'] }],
    contacts: [{ name: 'Ruth', title: 'Childminder', email: 'fellsidecm@gmail.com.example', phone: '01632 960514' }],
    sched: [['Tuesday', '08:00', '17:00'], ['Wednesday', '08:00', '17:00'], ['Thursday', '08:00', '17:00'], ['Friday', '08:00', '15:30']],
    lo: null,
    updated: '2026-02-11T21:00:00.000Z', created: '2022-05-01T09:00:00.000Z',
  },
  {
    name: 'Millrace Childminders (Holmebridge)',
    org: 'cm5',
    desc: `Two childminders working together from a large house in Holmebridge, Kirkby Lees, caring for up to 10 children aged 0 to 11. Ofsted Good (2024). Both of us are parents of children with SEND (autism and cerebral palsy), so we understand.

Our house has a ramp, a downstairs wet room and a changing bench, so we can welcome children who use wheelchairs or need personal care. We can administer medication and have buccal midazolam and gastrostomy training.

We speak English and Urdu. Funded places for all ages. £6.25 per hour; £35 per day in school holidays for school-age children.`,
    tax: ['ofsted-registered-childminders', 'childminders', 'holiday-clubs-and-schemes', '30-hours-funded-providers', '2-year-old-funded-providers', 'childcare-for-children-with-a-send'],
    needs: ['autism', 'sensory-and-physical-needs', 'communication-and-interaction', 'cognition-and-learning'],
    suits: ['physical-disabilities', 'autism', 'learning-difficulties'],
    min: 0, max: 11, bands: { under_2: true, two: true, three_four: true, five_seven: true, eight_plus: true }, referral: false, free: false,
    costs: [['Childminding', 6.25, 'per hour'], ['School holidays (school-age children)', 35, 'per day']],
    locs: [{ name: 'Childminders (Holmebridge, Kirkby Lees)', address_1: null, city: 'Kirkby Lees', postal_code: 'BK9', lon: -2.28, lat: 52.44, mask: true, acc: ['wheelchair-accessible-entrance', 'accessible-toilet-facilities', 'changing-facilities'] }],
    contacts: [{ name: 'Aisha and Kerry', title: 'Childminders', email: 'millracechildminders@gmail.com.example', phone: '01632 960515' }],
    sched: [['Monday', '07:30', '18:00'], ['Tuesday', '07:30', '18:00'], ['Wednesday', '07:30', '18:00'], ['Thursday', '07:30', '18:00'], ['Friday', '07:30', '18:00']],
    lo: { d: 'Childminders with wheelchair access and experience of complex needs.', a: [
      'Children with disabilities get the same home-from-home childcare as any other child, and parents can work.',
      'Buccal midazolam and gastrostomy care (community nursing, 2025); moving and handling (2025); Makaton Level 2; paediatric first aid.',
      'We\u2019re parents too. We\u2019ll always talk things through with you and come to meetings at nursery or school.',
      'Daily messages and photos; we share notes with your child\u2019s therapists if you want us to.',
      'Ramp to the front door, ground-floor wet room with changing bench. No hoist.',
      'Call or message to visit.',
      'Planning to get hoist training and a portable hoist in 2027.',
    ] },
    updated: '2026-05-27T20:00:00.000Z', created: '2021-09-01T09:00:00.000Z',
  },
  {
    name: 'Little Explorers Childminding (Thornhollow)',
    org: 'cm6',
    desc: `Ofsted-registered childminder in Elmfield Chase, Thornhollow, for children aged 0 to 5 and after school. Funded hours for working parents from 9 months and for 3 and 4 year olds. £6.80 per hour. I go to the stay and play at Thornhollow Family Hub each week with the children.`,
    tax: ['ofsted-registered-childminders', 'childminders', '30-hours-funded-providers', '3-4-year-old-funded-providers'],
    needs: [],
    min: 0, max: 8, bands: { under_2: true, two: true, three_four: true, five_seven: true }, referral: false, free: false,
    costs: [['Childminding', 6.8, 'per hour']],
    locs: [{ name: 'Childminder (Elmfield Chase, Thornhollow)', address_1: null, city: 'Thornhollow', postal_code: 'BK17', lon: -2.31, lat: 52.12, mask: true, acc: [] }],
    contacts: [{ name: 'Natalia', title: 'Childminder', email: 'littleexplorers.thornhollow@gmail.com.example', phone: '01632 960516' }],
    sched: [['Monday', '08:00', '18:00'], ['Tuesday', '08:00', '18:00'], ['Wednesday', '08:00', '18:00'], ['Thursday', '08:00', '18:00'], ['Friday', '08:00', '18:00']],
    lo: null,
    updated: '2026-03-09T20:00:00.000Z', created: '2024-01-15T09:00:00.000Z',
  },
  {
    name: 'Holiday Activities and Food (HAF) programme \u2013 inclusive holiday clubs',
    org: 'hafProvider',
    desc: `Free holiday clubs with a healthy meal, in the Easter, summer and Christmas holidays, for children and young people in Reception to Year 11 who get benefits-related free school meals. The programme is funded by the Department for Education and run by Brackenshire County Council with local clubs.

Summer 2026: 4 hours a day, 4 days a week, for 4 weeks. Easter and Christmas: 4 days each.

Inclusive places: every HAF club must welcome children with SEND. Some clubs have extra staff for children who need 1:1 support (funded through HAF), and there are specialist SEND HAF sessions at The Lantern Centre (Ashcombe) and Holmebridge Children's Centre (Kirkby Lees). If your child needs support, tell us when you book so we can match them with the right club.

Children with SEND who do not get free school meals may still be offered a place: ask us.

Book through the HAF page on the council website. Places open 4 weeks before each holiday.`,
    tax: ['haf-summer-activities', 'holiday-clubs-and-schemes', 'holiday-activities', 'activities-for-send'],
    needs: ['autism', 'communication-and-interaction', 'cognition-and-learning', 'social-emotional-and-mental-health-difficulties', 'sensory-and-physical-needs'],
    min: 4, max: 16, bands: { five_seven: true, eight_plus: true }, referral: false, free: true,
    locs: ['lanternCentre', 'kirkbyChildrensCentre', 'wyvernYouth', 'thornhollowHub', 'highcoteVillageHall'],
    contacts: [{ name: 'HAF team', title: null, email: 'haf@brackenshire.gov.uk.example', phone: '01632 960520' }],
    sched: [['Monday', '10:00', '14:00'], ['Tuesday', '10:00', '14:00'], ['Wednesday', '10:00', '14:00'], ['Thursday', '10:00', '14:00']],
    url: 'https://www.brackenshire.gov.uk.example/haf',
    lo: { d: null, a: ['Children eat well, stay active and have fun in the holidays.', 'All HAF providers complete the council\u2019s inclusion training before each summer.', '', '', 'Specialist SEND sessions are in step-free venues with changing facilities.', 'Book online, and tell us about any support your child needs.', ''] },
    updated: '2026-06-20T09:00:00.000Z', created: '2021-04-01T09:00:00.000Z',
  },
];

export const leisure = [
  {
    name: 'Active Brackenshire \u2013 inclusive and disability sport',
    org: 'activeBrackenshire',
    desc: `Active Brackenshire helps disabled children, young people and adults find sport and physical activity they enjoy, and helps clubs become more inclusive.

- Inclusive Activity Finder: an online list of more than 60 clubs and sessions across the county, including wheelchair basketball, boccia, frame running, visually impaired football, inclusive gymnastics, swimming and trampolining.
- Inclusive Sports Festival: every July at Ashcombe Leisure Centre, free, for ages 5 to 25, with 20 sports to try.
- School Games: inclusive competitions for pupils in mainstream and special schools.
- Club support: training for coaches (UK Coaching "Inclusive Activity" workshops) and small grants for adapted equipment.

If you can't find something that suits you, ring our inclusion officer, who will help you find a club and may be able to arrange a taster session.`,
    tax: ['sports-and-fitness', 'activities-for-send', 'activities-for-young-people'],
    needs: ['autism', 'cognition-and-learning', 'sensory-and-physical-needs', 'visual', 'hearing', 'social-emotional-and-mental-health-difficulties'],
    suits: ['physical-disabilities', 'learning-difficulties', 'visual-and-or-hearing-impediment', 'autism'],
    min: 5, max: null, referral: false, free: true,
    locs: ['ashcombeLeisure'],
    contacts: [{ name: 'Inclusion officer', title: null, email: 'hello@activebrackenshire.org.uk.example', phone: '01632 960600' }],
    url: 'https://www.activebrackenshire.org.uk.example/inclusive',
    lo: null,
    updated: '2026-04-07T09:00:00.000Z', created: '2021-01-20T09:00:00.000Z',
  },
  {
    name: 'Splash sessions \u2013 relaxed swimming for disabled children and families',
    org: 'leisureTrust',
    desc: `Quiet, relaxed swimming sessions for disabled children and young people and their families, at three pools.

- Ashcombe Leisure Centre: Saturdays 4pm to 5pm (teaching pool). Water kept at 32°C. Pool hoist and changing places toilet.
- Kirkby Lees Pool: Sundays 8am to 9am (before public opening). Pool hoist.
- Wyvern Bay Leisure Pool: Wednesdays 5pm to 6pm in term time.

No music, lights can be dimmed, floats and toys out, and fewer people in the water. Lifeguards have had disability awareness training. A parent or carer must come in the water with children under 8 or who need support.

£3.20 per swimmer; one carer free. Brackenshire Access Card holders pay £1.60. Learn to swim lessons for disabled children (small groups, maximum 4) are also available at Ashcombe on Tuesdays after school; there is a waiting list of about 6 months.`,
    tax: ['swimming', 'leisure-and-sports-centres', 'activities-for-send'],
    needs: ['autism', 'sensory-and-physical-needs', 'cognition-and-learning', 'social-emotional-and-mental-health-difficulties'],
    suits: ['physical-disabilities', 'learning-difficulties', 'autism'],
    min: 0, max: 25, referral: false, free: false,
    costs: [['Per swimmer (one carer free)', 3.2, 'per session'], ['Brackenshire Access Card holders', 1.6, 'per session']],
    locs: ['ashcombeLeisure', 'kirkbyPool', 'wyvernLeisure'],
    contacts: [{ name: 'Ashcombe Leisure Centre reception', title: null, email: 'enquiries@brackenshireleisure.org.uk.example', phone: '01632 960601' }],
    sched: [['Saturday', '16:00', '17:00'], ['Sunday', '08:00', '09:00'], ['Wednesday', '17:00', '18:00']],
    lo: { d: null, a: ['', 'All lifeguards and swimming teachers complete disability awareness training; teachers have the Swim England Disability Swimming qualification.', '', '', 'Ashcombe: pool hoist, changing places toilet with ceiling hoist and adult-sized changing bench. Kirkby Lees: pool hoist, accessible changing. Wyvern Bay: accessible changing, no pool hoist.', 'Just turn up. For lessons, join the waiting list at reception.', ''] },
    updated: '2026-08-05T09:00:00.000Z', created: '2020-08-01T09:00:00.000Z',
  },
  {
    name: 'Kirkby Lees Inclusive Youth Club (Mill Street)',
    org: 'bccYouth',
    desc: `A youth club for young people aged 11 to 19 (up to 25 with SEND), run by the Brackenshire Youth Service. Every Wednesday in term time, 6pm to 8.30pm.

The club is for everyone, and about half of our members have SEND (autism, learning disabilities, ADHD, anxiety). There's a games room, cooking, art, a music studio, a quiet room with sensory lights, and trips in the holidays. Youth workers can help young people with things that are worrying them.

50p a session. Young people who need 1:1 support should bring a support worker or PA (free entry). Please ring before the first visit so we can arrange a welcome.`,
    tax: ['youth-clubs', 'activities-for-young-people', 'activities-for-send'],
    needs: ['autism', 'cognition-and-learning', 'social-emotional-and-mental-health-difficulties', 'communication-and-interaction'],
    suits: ['autism', 'learning-difficulties'],
    min: 11, max: 25, referral: false, free: false,
    costs: [['Entry', 0.5, 'per session']],
    locs: ['kirkbyYouthCentre'],
    contacts: [{ name: 'Mill Street Youth Centre', title: null, email: 'youth@brackenshire.gov.uk.example', phone: '01632 960602' }],
    sched: [['Wednesday', '18:00', '20:30']],
    lo: { d: null, a: ['Young people make friends, try new things and feel they belong.', 'Youth workers have autism awareness and Makaton training.', '', '', 'Step-free with accessible toilet and changing room.', 'Ring first, then come along.', ''] },
    updated: '2025-12-03T09:00:00.000Z', created: '2021-02-01T09:00:00.000Z',
  },
  {
    name: '1st Elmfield Chase Scout Group (Beavers, Cubs and Scouts)',
    org: 'scouts',
    desc: `We're a friendly Scout group on the Elmfield Chase estate in Thornhollow. Squirrels (4 to 6), Beavers (6 to 8), Cubs (8 to 10½) and Scouts (10½ to 14) meet weekly in term time; Explorers (14 to 18) meet in Thornhollow town.

Scouting is for everyone. We have several young people with autism, ADHD and dyslexia in our sections, and a leader who uses a wheelchair. We'll talk with you about what your child needs: a buddy, a quiet corner, visual timetables, a parent helper on camps. Scouts UK's "Additional Needs" guidance is our starting point.

Subs £55 a term (we can help with this if money is tight). Waiting list for Beavers is about 6 months.

Beavers Monday 6pm to 7pm; Cubs Tuesday 6.30pm to 8pm; Scouts Thursday 7pm to 9pm.`,
    tax: ['scouts-guides-and-cadets', 'clubs-and-groups'],
    needs: ['autism', 'social-emotional-and-mental-health-difficulties', 'cognition-and-learning'],
    min: 4, max: 14, referral: false, free: false,
    costs: [['Subs', 55, 'per term']],
    locs: ['thornhollowScoutHut'],
    contacts: [{ name: 'Group Lead Volunteer', title: null, email: 'gsl@1stelmfieldchasescouts.org.uk.example', phone: '01632 960603' }],
    sched: [['Monday', '18:00', '19:00'], ['Tuesday', '18:30', '20:00'], ['Thursday', '19:00', '21:00']],
    lo: null,
    updated: '2023-05-22T20:00:00.000Z', created: '2021-10-01T09:00:00.000Z',
  },
  {
    name: 'Relaxed library sessions (relaxed Rhymetime, sensory stories and quiet hours)',
    org: 'bccLibraries',
    desc: `Brackenshire Libraries run free relaxed sessions for children with SEND and their families, where noise, moving around and joining in however you like is welcome.

- Relaxed Rhymetime (under 5s): Ashcombe Central Library, Wednesdays 1.30pm; Thornhollow Library, Fridays 10am. Smaller groups, Makaton signing, calm start and finish.
- Sensory Stories (all ages): Kirkby Lees Library, 1st Saturday of the month, 10.30am. Multi-sensory stories told with objects, sounds, smells and textures.
- Quiet hour: every library, first hour of opening on Tuesdays, with lights lowered and no announcements.

Also: sensory backpacks to borrow (fidgets, ear defenders, visual timetable), dyslexia-friendly and "Shelf Help" collections, large print and audiobooks, and free Reading Well books on autism, anxiety and other topics for children and teenagers. Library membership is free. Overdue fines are not charged on children's books.`,
    tax: ['libraries', 'activities-for-babies-and-toddlers', 'activities-for-send'],
    needs: ['autism', 'communication-and-interaction', 'cognition-and-learning', 'sensory-and-physical-needs'],
    suits: ['autism', 'learning-difficulties'],
    min: 0, max: null, bands: { all: true }, referral: false, free: true,
    locs: ['ashcombeLibrary', 'thornhollowLibrary', 'kirkbyLibrary'],
    contacts: [{ name: 'Library service', title: null, email: 'libraries@brackenshire.gov.uk.example', phone: '01632 960604' }],
    sched: [['Wednesday', '13:30', '14:00'], ['Friday', '10:00', '10:30'], ['Saturday', '10:30', '11:15']],
    lo: null,
    updated: '2026-09-09T09:00:00.000Z', created: '2021-03-15T09:00:00.000Z',
  },
  {
    name: 'Autism-friendly and relaxed screenings at Wyvern Bay Picture House',
    org: 'pictureHouse',
    desc: `Relaxed screenings of family films on the last Sunday of every month at 11am, and a monthly relaxed screening for grown-ups (15 and 18 certificate films) on the second Tuesday at 6pm.

Lights are left on low, the sound is turned down, there are no adverts or trailers, and you're free to move around, make noise or take a break in the foyer chill-out area.

Tickets £5. We accept the CEA Card (a free ticket for the person accompanying a disabled cinema-goer). Wheelchair spaces in Screen 1 and 2; hearing loop; subtitled screenings every Thursday.`,
    tax: ['activities-for-send', 'local-attractions'],
    needs: ['autism', 'sensory-and-physical-needs', 'hearing', 'social-emotional-and-mental-health-difficulties'],
    suits: ['autism'],
    min: 0, max: null, bands: { all: true }, referral: false, free: false,
    costs: [['Ticket (CEA Card holders\u2019 companion free)', 5, null]],
    locs: ['pictureHouse'],
    contacts: [{ name: 'Box office', title: null, email: 'boxoffice@wyvernbaypicturehouse.co.uk.example', phone: '01632 960605' }],
    sched: [['Sunday', '11:00', '13:00'], ['Tuesday', '18:00', '20:30']],
    lo: null,
    updated: '2026-05-15T14:00:00.000Z', created: '2022-02-01T09:00:00.000Z',
  },
  {
    name: 'Fellbeck Riding for the Disabled Group',
    org: 'rda',
    desc: `Riding for disabled children and adults, aged 5 and over, at Fellbeck Riding Centre in Marston Fold. We are a volunteer-run member group of the Riding for the Disabled Association (RDA).

Sessions are led by RDA-qualified coaches, with trained volunteer leaders and side-walkers. Riding helps with balance, core strength, confidence and communication, and it's great fun. We also do carriage driving for wheelchair users on Wednesdays.

We have a mounting ramp and hoist. Each rider needs a medical form signed by their GP or physiotherapist, and there are weight limits for our ponies.

£15 per 30-minute session (bursaries available). Term time: Tuesday and Wednesday after school, Saturday mornings. Waiting list about 9 months.`,
    tax: ['activities-for-send', 'farms-and-animal-centres', 'outdoor-and-environmental-activities'],
    needs: ['sensory-and-physical-needs', 'cognition-and-learning', 'autism', 'communication-and-interaction'],
    suits: ['physical-disabilities', 'learning-difficulties', 'autism'],
    min: 5, max: null, referral: false, free: false,
    costs: [['30-minute session', 15, 'per session']],
    locs: ['fellbeckFarm'],
    contacts: [{ name: 'Group organiser', title: null, email: 'fellbeckrda@gmail.com.example', phone: '01632 960606' }],
    sched: [['Tuesday', '16:00', '18:00'], ['Wednesday', '16:00', '18:00'], ['Saturday', '09:30', '12:30']],
    lo: null,
    updated: '2024-10-01T10:00:00.000Z', created: '2021-06-01T09:00:00.000Z',
  },
  {
    name: 'Pedal Power \u2013 inclusive cycling',
    org: 'wheels',
    desc: `Everyone can ride! We have more than 40 adapted bikes: trikes, recumbents, handcycles, side-by-side tandems, and bikes that carry a wheelchair, for disabled children and adults and their families.

Saturdays 10am to 12pm at Ashcombe Riverside Park (on the flat riverside path), and in the school holidays on Thursdays. Trained volunteers help you find the right bike and ride with you if needed.

£3 per rider, carers free. No need to book, but call ahead if you need a specific bike or a wheelchair-carrying bike.`,
    tax: ['activities-for-send', 'parks-and-outdoor-spaces', 'sports-and-fitness'],
    needs: ['sensory-and-physical-needs', 'cognition-and-learning', 'autism', 'visual'],
    suits: ['physical-disabilities', 'learning-difficulties', 'autism', 'visual-and-or-hearing-impediment'],
    min: 3, max: null, bands: { all: true }, referral: false, free: false,
    costs: [['Rider (carers free)', 3, 'per session']],
    locs: ['ashcombePark'],
    contacts: [{ name: 'Pedal Power', title: null, email: 'ride@pedalpowerbrackenshire.org.uk.example', phone: '01632 960607' }],
    sched: [['Saturday', '10:00', '12:00']],
    lo: null,
    updated: '2026-03-30T09:00:00.000Z', created: '2022-04-01T09:00:00.000Z',
  },
];

export const money = [
  {
    name: 'Disability Living Allowance (DLA) for children',
    org: 'dwp',
    desc: `DLA is a tax-free benefit for children under 16 who have a disability or health condition and need much more care or supervision than other children of the same age, or who have walking difficulties. You do not need a diagnosis, and it is not means-tested: it does not depend on your income or savings.

DLA has two parts:
- Care component (lowest, middle or highest rate): for help with personal care or supervision, including at night
- Mobility component (lower rate from age 5; higher rate from age 3): for children who can't walk or have severe difficulty walking, or who need guidance or supervision outdoors

2025 to 2026 weekly rates: care £29.20, £73.90 or £110.40; mobility £29.20 or £77.05.

Your child must usually have had the difficulties for 3 months and be expected to have them for at least another 6 months (different rules apply if a child is terminally ill).

How to claim: download or request the claim form (DLA1A Child) from the DWP. The form is long: describe what a bad day is like, and send any reports (for example from a paediatrician, therapist or school). Free help filling in the form is available from the council's Welfare Rights Service, Citizens Advice, Contact and Brackenshire Mencap.

Getting DLA can open the door to other help: Carer's Allowance, the disabled child element of Universal Credit, 2-year-old funded childcare, the Disability Access Fund, a Blue Badge (higher rate mobility) and Family Fund grants.

At 16, DLA stops and young people are invited to claim Personal Independence Payment (PIP).`,
    tax: ['money-benefits-and-allowances'],
    needs: ['autism', 'communication-and-interaction', 'cognition-and-learning', 'social-emotional-and-mental-health-difficulties', 'sensory-and-physical-needs', 'hearing', 'visual'],
    min: 0, max: 15, referral: false, free: true,
    locs: [],
    contacts: [{ name: 'DLA helpline (Disability Service Centre)', title: null, email: null, phone: '01632 960700' }],
    url: 'https://www.gov.uk.example/disability-living-allowance-children',
    lo: null,
    updated: '2025-04-14T09:00:00.000Z', created: '2020-09-01T11:00:00.000Z',
  },
  {
    name: 'Personal Independence Payment (PIP)',
    org: 'dwp',
    desc: `PIP is a benefit for people aged 16 to State Pension age who have a long-term physical or mental health condition or disability and need help with everyday tasks or getting around. It is not means-tested, and you can get it whether or not you work.

It has a daily living part and a mobility part, each paid at a standard or enhanced rate. 2025 to 2026 weekly rates: daily living £73.90 or £110.40; mobility £29.20 or £77.05.

Moving from DLA: the DWP writes to young people getting DLA shortly before their 16th birthday, inviting them to claim PIP. DLA continues while the PIP claim is assessed, as long as the claim is made in time. If the young person can't manage the claim themselves, a parent can apply to become their appointee.

How to claim: phone the PIP new claims line to start a claim, then fill in the "How your disability affects you" form (PIP2). Most people then have an assessment (by phone, video or face to face) with a health professional. Decisions often take several months.

If you disagree with a decision, ask for a mandatory reconsideration within one month, then you can appeal to the independent tribunal (First-tier Tribunal, Social Security and Child Support). Many appeals succeed. Get advice from the Welfare Rights Service or Citizens Advice.`,
    tax: ['money-benefits-and-allowances'],
    needs: ['autism', 'communication-and-interaction', 'cognition-and-learning', 'social-emotional-and-mental-health-difficulties', 'sensory-and-physical-needs', 'hearing', 'visual'],
    min: 16, max: null, referral: false, free: true,
    locs: [],
    contacts: [{ name: 'PIP new claims', title: null, email: null, phone: '01632 960701' }],
    url: 'https://www.gov.uk.example/pip',
    lo: null,
    updated: '2025-04-14T09:10:00.000Z', created: '2020-09-01T11:10:00.000Z',
  },
  {
    name: 'Carer\u2019s Allowance',
    org: 'dwp',
    desc: `Carer's Allowance is the main benefit for carers. You could get £83.30 a week (2025 to 2026) if you care for someone for at least 35 hours a week and they get a qualifying benefit, such as the middle or highest rate care component of DLA, the daily living part of PIP, or Attendance Allowance.

You must be 16 or over, not in full-time education (21 hours or more a week of supervised study), and not earning more than £196 a week after deductions (from April 2025).

Carer's Allowance is taxable and can affect other benefits (for both the carer and the person cared for, for example the severe disability premium). If you claim Universal Credit, you may get the carer element instead or as well. Get a benefits check before you claim.

Young carers under 16 cannot claim, but can get a young carer's assessment from the council.`,
    tax: ['money-benefits-and-allowances', 'carers'],
    needs: [],
    min: 16, max: null, referral: false, free: true,
    locs: [],
    contacts: [{ name: 'Carer\u2019s Allowance Unit', title: null, email: null, phone: '01632 960702' }],
    url: 'https://www.gov.uk.example/carers-allowance',
    lo: null,
    updated: '2025-05-02T09:00:00.000Z', created: '2020-09-01T11:20:00.000Z',
  },
  {
    name: 'Welfare Rights Service (benefits advice for families with disabled children)',
    org: 'bccWelfare',
    desc: `The council's Welfare Rights Service gives free, confidential benefits advice to Brackenshire residents. We have a specialist adviser for families with disabled children and young people.

We can:
- do a full benefits check, to make sure you are getting everything you are entitled to (DLA, PIP, Carer's Allowance, Universal Credit elements, Council Tax Reduction)
- help you fill in DLA and PIP claim forms
- help you challenge a decision: mandatory reconsideration and appeal to the tribunal, including representation at hearings in some cases
- advise young people turning 16 on the move from DLA to PIP and on Universal Credit while in education

Families supported by the Disabled Children's Service, early help or a family hub can be referred by their worker. You can also refer yourself using the advice line (Tuesday and Thursday, 9.30am to 12.30pm) or the online form. We aim to contact you within 10 working days; appeals with deadlines are prioritised.`,
    tax: ['money-benefits-and-allowances', 'council-services'],
    needs: [],
    min: 0, max: null, referral: false, free: true,
    locs: ['countyHall'],
    contacts: [{ name: 'Welfare Rights advice line', title: null, email: 'welfare.rights@brackenshire.gov.uk.example', phone: '01632 960703' }],
    sched: [['Tuesday', '09:30', '12:30'], ['Thursday', '09:30', '12:30']],
    lo: { d: null, a: ['', '', '', '', '', 'Self-refer on the advice line or online form, or ask your family worker to refer you.', ''] },
    updated: '2026-01-26T09:00:00.000Z', created: '2020-09-01T11:30:00.000Z',
  },
  {
    name: 'Citizens Advice Brackenshire',
    org: 'citizensAdvice',
    desc: `Free, independent, confidential advice on benefits, debt, housing, employment, consumer problems and discrimination. We help people claim Universal Credit and disability benefits, and can help with benefit appeals.

Drop-in: Ashcombe Monday, Wednesday and Friday 10am to 1pm; Wyvern Bay Tuesday 10am to 1pm. Outreach at Marston Fold Community Centre (2nd Thursday of the month) and Thornhollow Family Hub (Mondays). Phone advice Monday to Friday 10am to 4pm.`,
    tax: ['money-benefits-and-allowances', 'homelessness-and-housing'],
    needs: [],
    min: 16, max: null, referral: false, free: true,
    locs: ['citizensAdviceAshcombe', 'citizensAdviceWyvern', 'marstonCommunityCentre', 'thornhollowHub'],
    contacts: [{ name: 'Adviceline', title: null, email: 'advice@cabrackenshire.org.uk.example', phone: '01632 960704' }],
    sched: [['Monday', '10:00', '13:00'], ['Tuesday', '10:00', '13:00'], ['Wednesday', '10:00', '13:00'], ['Friday', '10:00', '13:00']],
    lo: null,
    updated: '2025-12-04T09:00:00.000Z', created: '2020-09-01T11:40:00.000Z',
  },
  {
    name: 'Family Fund grants',
    org: 'familyFund',
    desc: `Family Fund is a UK charity that gives grants to families on low incomes who are raising a disabled or seriously ill child or young person aged 17 or under.

Grants can be for things like a washing machine or tumble dryer, a fridge freezer, sensory toys, a laptop or tablet, clothing and bedding, outdoor play equipment, or a family break.

To apply, you need to:
- be raising a disabled or seriously ill child or young person aged 0 to 17 who lives with you and has additional complex needs or a serious or long-term illness
- have evidence of entitlement to one of the qualifying benefits or tax credits (for example Universal Credit), or a low income
- have had parental responsibility and lived in the UK for at least 6 months

You don't need DLA to apply, but you must be able to describe how your child's condition affects family life. Families can usually apply once every 12 months. Apply online.`,
    tax: ['money-benefits-and-allowances'],
    needs: ['autism', 'communication-and-interaction', 'cognition-and-learning', 'social-emotional-and-mental-health-difficulties', 'sensory-and-physical-needs', 'hearing', 'visual'],
    min: 0, max: 17, referral: false, free: true,
    locs: [],
    contacts: [{ name: 'Family Fund', title: null, email: null, phone: '01632 960705' }],
    url: 'https://www.familyfund.org.uk.example',
    lo: null,
    updated: '2026-06-30T09:00:00.000Z', created: '2020-09-01T11:50:00.000Z',
  },
  {
    name: '16 to 19 Bursary Fund (Brackenshire College)',
    org: 'college',
    desc: `Money to help with the costs of staying in education after 16, such as travel, equipment, books, trips and meals.

Vulnerable student bursary: up to £1,200 a year if you are in care or a care leaver, get Income Support or Universal Credit in your own right, or get Disability Living Allowance or PIP in your own right as well as Employment and Support Allowance or Universal Credit.

Discretionary bursary: for students whose family income is under £35,000, based on need. Students aged 19 to 24 with an EHC plan, or continuing a course they started before 19, can also apply for the discretionary bursary.

Apply to the college's Student Finance team once you have enrolled. Other sixth forms and colleges in Brackenshire run their own bursary funds.`,
    tax: ['money-benefits-and-allowances', 'post-16-education'],
    needs: [],
    min: 16, max: 24, referral: false, free: true,
    locs: ['collegeAshcombe', 'collegeWyvern'],
    contacts: [{ name: 'Student Finance', title: null, email: 'studentfinance@brackenshire.ac.uk.example', phone: '01632 960706' }],
    lo: null,
    updated: '2026-08-20T09:00:00.000Z', created: '2021-08-01T09:00:00.000Z',
  },
];
