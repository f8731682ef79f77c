// The Brackenshire Local Offer's own taxonomy (vocabulary "brackenshire-local-offer"), as the council's
// directory team might keep it. Keys are internal to the authoring script; each term gets a stable UUID.
// [key, parentKey|null, name, description, linkType]

export const TAXONOMY = {
  name: 'brackenshire-local-offer',
  description: 'Brackenshire Local Offer categories: the headings families see when browsing health, social care and other SEND provision, plus needs, ways in and location tags.',
  uri: 'https://www.brackenshire.gov.uk.example/localoffer/taxonomy',
  version: '2026.2'
};

export const terms = [
  ['health', null, 'Health', 'NHS and public health services for children and young people with SEND and the adult health services they move on to.', 'category'],
  ['health.0-19', 'health', 'Health visiting and school nursing', 'The 0 to 19 public health nursing service (Healthy Child Programme).', 'category'],
  ['health.therapies', 'health', 'Therapies', 'Children\'s therapy services.', 'category'],
  ['health.therapies.slt', 'health.therapies', 'Speech and language therapy', 'Speech, language, communication, eating, drinking and swallowing.', 'category'],
  ['health.therapies.physio', 'health.therapies', 'Physiotherapy', 'Movement, posture, mobility and orthotics.', 'category'],
  ['health.therapies.ot', 'health.therapies', 'Occupational therapy', 'Everyday skills, motor coordination, sensory processing and seating.', 'category'],
  ['health.therapies.diet', 'health.therapies', 'Dietetics and feeding', 'Nutrition, tube feeding and feeding difficulties.', 'category'],
  ['health.paeds', 'health', 'Community paediatrics and child development', 'Child development centres, developmental assessment and community paediatricians.', 'category'],
  ['health.neuro', 'health', 'Autism and ADHD', 'Neurodevelopmental assessment, diagnosis and support after diagnosis.', 'category'],
  ['health.mh', 'health', 'Mental health and emotional wellbeing', 'CYPMHS (CAMHS), school mental health support teams, counselling, eating disorders and crisis support.', 'category'],
  ['health.sensory', 'health', 'Hearing and vision', 'Audiology, eye clinics, orthoptics and related specialist services.', 'category'],
  ['health.nursing', 'health', 'Children\'s nursing and complex health needs', 'Children\'s community nursing, special school nursing and complex care.', 'category'],
  ['health.ltc', 'health', 'Long-term conditions', 'Epilepsy, diabetes, asthma and other long-term conditions.', 'category'],
  ['health.palliative', 'health', 'Palliative and end of life care', 'Hospice and palliative care for children and young people with life-limiting conditions.', 'category'],
  ['health.continence', 'health', 'Bladder and bowel', 'Continence assessment, enuresis (bedwetting), constipation and containment products.', 'category'],
  ['health.dental', 'health', 'Dental care', 'Specialist and community dental services.', 'category'],
  ['health.sleep', 'health', 'Sleep', 'Help with sleep problems.', 'category'],
  ['health.equipment', 'health', 'Wheelchairs and health equipment', 'Wheelchair service, orthotics and community equipment.', 'category'],
  ['health.behaviour', 'health', 'Behaviour that challenges', 'Positive behaviour support and keyworking for children and young people whose behaviour challenges.', 'category'],
  ['health.abi', 'health', 'Acquired brain injury', 'Rehabilitation after brain injury.', 'category'],
  ['health.chc', 'health', 'Continuing care and personal health budgets', 'NHS continuing care for children, NHS Continuing Healthcare for adults and personal health budgets.', 'category'],
  ['health.oversight', 'health', 'Health and SEND: advice and oversight', 'Designated clinical officer, health input to EHC plans and NHS rights.', 'category'],
  ['health.adult', 'health', 'Adult health services and transition', 'Adult services young people move on to, and transition clinics.', 'category'],

  ['social', null, 'Social care', 'Help for disabled children, young people and their families from Brackenshire County Council and partners.', 'category'],
  ['social.earlyhelp', 'social', 'Early help and family support', 'Support for families before problems grow, with an Early Help Assessment and a lead practitioner.', 'category'],
  ['social.hubs', 'social', 'Family hubs', 'Local hubs for families with children aged 0 to 19 (25 with SEND).', 'category'],
  ['social.assessment', 'social', 'Social care assessment', 'Child in need (section 17) assessment and the disabled children\'s service.', 'category'],
  ['social.sb', 'social', 'Short breaks', 'Breaks for disabled children and young people, and for their parent carers (sometimes called respite).', 'category'],
  ['social.sb.universal', 'social.sb', 'Universal short breaks', 'Open-access activities anyone can book; no assessment needed.', 'category'],
  ['social.sb.targeted', 'social.sb', 'Targeted short breaks', 'For children who meet simple eligibility criteria; no social work assessment needed.', 'category'],
  ['social.sb.specialist', 'social.sb', 'Specialist short breaks', 'Following a social care assessment, including overnight breaks.', 'category'],
  ['social.budgets', 'social', 'Direct payments and personal budgets', 'Money instead of services, so families can arrange support themselves.', 'category'],
  ['social.carers', 'social', 'Support for carers', 'Parent carers, young carers and young adult carers.', 'category'],
  ['social.equipment', 'social', 'Equipment and adaptations', 'Social care occupational therapy, equipment and home adaptations.', 'category'],
  ['social.transition', 'social', 'Moving to adult social care', 'Preparing for adult social care, including Care Act transition assessments.', 'category'],
  ['social.adult', 'social', 'Adult social care', 'Support for adults aged 18 and over.', 'category'],
  ['social.incare', 'social', 'Children in care', 'Residential and foster care for disabled children who are looked after.', 'category'],

  ['need', null, 'Needs', 'Areas of need a service is set up for.', 'eligibility'],
  ['need.ci', 'need', 'Communication and interaction', 'Speech, language and communication needs, and autism.', 'eligibility'],
  ['need.slcn', 'need.ci', 'Speech, language and communication needs', 'SLCN, including stammering and selective mutism.', 'eligibility'],
  ['need.autism', 'need.ci', 'Autism', 'Autistic children and young people, diagnosed or awaiting assessment.', 'eligibility'],
  ['need.cl', 'need', 'Cognition and learning', 'Learning difficulties and disabilities.', 'eligibility'],
  ['need.ld', 'need.cl', 'Learning disability', 'Moderate, severe or profound and multiple learning disability.', 'eligibility'],
  ['need.semh', 'need', 'Social, emotional and mental health', 'Emotional wellbeing and mental health needs, including anxiety and behaviour.', 'eligibility'],
  ['need.adhd', 'need.semh', 'ADHD', 'Attention deficit hyperactivity disorder.', 'eligibility'],
  ['need.sp', 'need', 'Sensory and physical', 'Hearing, vision and physical needs.', 'eligibility'],
  ['need.hi', 'need.sp', 'Hearing impairment', 'Deaf children and young people, and hearing loss.', 'eligibility'],
  ['need.vi', 'need.sp', 'Vision impairment', 'Blind and partially sighted children and young people.', 'eligibility'],
  ['need.pd', 'need.sp', 'Physical disability', 'Physical disability and mobility needs.', 'eligibility'],
  ['need.medical', 'need', 'Medical and complex health needs', 'Long-term conditions, complex health needs and life-limiting conditions.', 'eligibility'],
  ['need.any', 'need', 'Any SEND or disability', 'Open to children and young people with any special educational need or disability.', 'eligibility'],

  ['access', null, 'How to get it', 'How families start using a service.', 'access_route'],
  ['access.open', 'access', 'Open access or self-referral', 'Families or young people can go along or refer themselves.', 'access_route'],
  ['access.referral', 'access', 'Referral needed', 'A professional (GP, health visitor, school, etc.) needs to refer.', 'access_route'],
  ['access.assessment', 'access', 'Assessment needed', 'A needs assessment decides eligibility (for example a social care assessment).', 'access_route'],
  ['access.ehcp', 'access', 'EHC plan', 'Provided through an education, health and care plan.', 'access_route'],

  ['where', null, 'Where', 'Location tags.', 'location'],
  ['where.outside', 'where', 'Outside Brackenshire', 'Provision commissioned by Brackenshire partners but based outside the county.', 'location'],
  ['where.home', 'where', 'In your home', 'Delivered mainly at home.', 'location'],
  ['where.online', 'where', 'Online or by phone', 'Available online, by text or by phone.', 'location']
];
