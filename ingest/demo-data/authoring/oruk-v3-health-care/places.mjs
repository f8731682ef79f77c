// Premises used by the Brackenshire health and social care ORUK v3 demo feed (FICTIONAL places).
// Postcodes use the non-existent BK area in the county; the two places outside the county use the
// non-existent CX (Calderbridge) and FE (Fernleigh) areas. Coordinates are only roughly placed.
// Each place: name, address (line 1), town, postcode, lat, lon, district (area id or null), about, access.

export const places = {
  // ---------------- Ashcombe (county town) ----------------
  'ash-cdc': {
    name: 'Ashcombe Child Development Centre',
    address: 'Rowan Wing, Ashcombe Community Hospital, Priory Road',
    town: 'Ashcombe', postcode: 'BK2 3HT', lat: 54.0512, lon: -2.5561, district: 'ashcombe',
    about: 'Purpose-built children\'s centre on the ground floor of the Rowan Wing. Park in car park C (free for blue badge holders; 2 hours free for families attending the CDC).',
    access: 'Step-free entrance from car park C with automatic doors. Changing Places toilet with hoist and adult-sized changing bench. Hearing loop at reception. Quiet room off the main waiting area; ask at reception if your child finds waiting hard.'
  },
  'ash-hosp': {
    name: 'Ashcombe General Hospital',
    address: 'Infirmary Road',
    town: 'Ashcombe', postcode: 'BK1 5RS', lat: 54.0467, lon: -2.5489, district: 'ashcombe',
    about: 'Main acute hospital for the county, run by Ashcombe Hospitals NHS Foundation Trust. Children\'s Outpatients is on level 1, Ladybird Unit; the children\'s ward (Puffin Ward) is on level 3.',
    access: 'Step-free access from the main entrance and the multi-storey car park (lifts to all floors). Changing Places toilet next to the main restaurant on level 0. Hearing loops at main reception and Children\'s Outpatients. Wheelchairs can be borrowed at the main entrance. Sensory bags for children can be borrowed from Ladybird Unit reception.'
  },
  'ash-county-hall': {
    name: 'County Hall',
    address: 'Castle Street',
    town: 'Ashcombe', postcode: 'BK1 1AA', lat: 54.0489, lon: -2.5512, district: 'ashcombe',
    about: 'Brackenshire County Council\'s main offices. Meetings with social workers are usually held in your home or at a family hub rather than here.',
    access: 'Step-free access via the Castle Street entrance (the Market Place entrance has steps). Accessible toilets on every floor. Hearing loop in the ground floor meeting rooms.'
  },
  'ash-health-centre': {
    name: 'Ashcombe Health Centre',
    address: 'Market Way',
    town: 'Ashcombe', postcode: 'BK1 3DN', lat: 54.0478, lon: -2.5467, district: 'ashcombe',
    about: 'Town-centre health centre shared by two GP practices, the health visiting team and community clinics. Pay and display parking in Market Way car park (5 minutes\' walk).',
    access: 'Ground floor clinic rooms, level access from the street, accessible toilet and baby change. No hearing loop at present.'
  },
  'ash-family-hub': {
    name: 'Ashcombe Family Hub',
    address: 'St Aldhelm\'s Close, Priory Estate',
    town: 'Ashcombe', postcode: 'BK3 2PL', lat: 54.0561, lon: -2.5623, district: 'ashcombe',
    about: 'Family hub in the former Priory children\'s centre, with a garden, sensory room and community cafe. Buses 3 and 3A stop outside.',
    access: 'All on one level with automatic doors. Accessible toilet with changing bench (no hoist). Sensory room and a quiet room. Hearing loop in the main hall.'
  },
  'ash-linden': {
    name: 'Linden House',
    address: '14 Abbey Road',
    town: 'Ashcombe', postcode: 'BK2 6LW', lat: 54.0443, lon: -2.5602, district: 'ashcombe',
    about: 'Base of the CYPMHS Central team. A converted Victorian house near Ashcombe railway station; appointments are on the ground and first floors.',
    access: 'Ramp to the side entrance (ring the bell) and one ground floor clinic room for wheelchair users; the first floor has stairs only, so tell us if you need a ground floor room. Accessible toilet on the ground floor.'
  },
  'ash-larkspur': {
    name: 'Larkspur House',
    address: 'Greenbank Lane',
    town: 'Ashcombe', postcode: 'BK4 7EE', lat: 54.0598, lon: -2.5397, district: 'ashcombe',
    about: 'Six-bedroom overnight short breaks unit for disabled children, run by Brackenshire County Council. Registered with Ofsted as a children\'s home.',
    access: 'Single storey. All bedrooms have ceiling track hoists; two have en-suite wet rooms. Sensory room, accessible garden with wheelchair swing. Adapted minibus.'
  },
  'ash-dental': {
    name: 'Ashcombe Community Dental Clinic',
    address: 'Orchard Street',
    town: 'Ashcombe', postcode: 'BK1 4HG', lat: 54.0456, lon: -2.5431, district: 'ashcombe',
    about: 'Community dental clinic on the first floor of Orchard Street Clinic.',
    access: 'Lift to the first floor. Wheelchair recliner and wheelchair platform in surgery 2. Quiet waiting area on request.'
  },
  'ash-carers': {
    name: 'Brackenshire Carers\' Centre',
    address: '22 Bridge Street',
    town: 'Ashcombe', postcode: 'BK1 2QS', lat: 54.0495, lon: -2.5473, district: 'ashcombe',
    about: 'Drop-in centre and offices of Brackenshire Carers\' Centre, a local charity. Tea and a friendly face.',
    access: 'Level access from Bridge Street, accessible toilet. The group room is on the first floor (stairs only); groups can move downstairs if you tell us in advance.'
  },
  'ash-meadowbank': {
    name: 'Meadowbank Centre',
    address: 'Meadowbank Road',
    town: 'Ashcombe', postcode: 'BK3 5TU', lat: 54.0577, lon: -2.5702, district: 'ashcombe',
    about: 'Council day centre for adults with learning disabilities, with a training kitchen, allotment and cafe.',
    access: 'Single storey, Changing Places toilet, hoists, sensory room. Parking for minibuses and blue badge holders.'
  },
  'ash-fairholme': {
    name: 'Fairholme',
    address: '41 Westfield Drive',
    town: 'Ashcombe', postcode: 'BK2 8PD', lat: 54.0421, lon: -2.5689, district: 'ashcombe',
    about: 'Five-bedroom overnight short break (respite) service for adults aged 18 and over with a learning disability.',
    access: 'Ground floor bedrooms with ceiling hoists, two wet rooms, level access garden.'
  },
  'ash-library': {
    name: 'Ashcombe Central Library',
    address: 'Guildhall Square',
    town: 'Ashcombe', postcode: 'BK1 1LB', lat: 54.0484, lon: -2.5498, district: 'ashcombe',
    about: 'Central library with meeting rooms used by community groups.',
    access: 'Step-free access, lift to all floors, accessible toilets, hearing loop in the Guildhall Room.'
  },

  // ---------------- Kirkby Lees (former mill towns) ----------------
  'kl-health-centre': {
    name: 'Kirkby Lees Health Centre',
    address: 'Mill Street',
    town: 'Kirkby Lees', postcode: 'BK8 1JT', lat: 53.9312, lon: -2.3021, district: 'kirkby-lees',
    about: 'Health centre with GP practices, community nursing and children\'s clinics. Next to Mill Street bus station.',
    access: 'Level access, automatic doors, lift to first floor. Accessible toilets on both floors. Hearing loop at reception.'
  },
  'kl-family-hub': {
    name: 'Kirkby Lees Family Hub',
    address: 'Weavers Row',
    town: 'Kirkby Lees', postcode: 'BK8 4EX', lat: 53.9287, lon: -2.2968, district: 'kirkby-lees',
    about: 'Family hub in the refurbished Weavers Row community building, shared with the library and a food pantry.',
    access: 'Level access, accessible toilet with changing bench, sensory room, hearing loop. Staff speak Urdu and Punjabi.'
  },
  'kl-weavers-court': {
    name: 'Weavers Court',
    address: '2 Dyers Lane',
    town: 'Kirkby Lees', postcode: 'BK9 2AP', lat: 53.9358, lon: -2.3104, district: 'kirkby-lees',
    about: 'Base of the CYPMHS East team and adult community mental health team (East).',
    access: 'Ground floor clinic rooms, ramped entrance, accessible toilet.'
  },
  'kl-mencap': {
    name: 'The Old Co-op',
    address: '7 Union Street',
    town: 'Kirkby Lees', postcode: 'BK8 2NN', lat: 53.9301, lon: -2.2994, district: 'kirkby-lees',
    about: 'Home of Brackenshire Mencap: offices, activity rooms and the Saturday club.',
    access: 'Ramped entrance on Union Street, accessible toilet with changing bench and mobile hoist, quiet room.'
  },
  'kl-holdsworth': {
    name: 'Holdsworth Community Centre',
    address: 'Holdsworth Road',
    town: 'Kirkby Lees', postcode: 'BK9 6RE', lat: 53.9246, lon: -2.3155, district: 'kirkby-lees',
    about: 'Community centre with a sports hall, small kitchen and enclosed outdoor play area.',
    access: 'All ground floor, accessible toilet. Car park at the rear.'
  },
  'kl-brookside': {
    name: 'Brookside Clinic',
    address: '38 Lees Road, Ravensclough',
    town: 'Kirkby Lees', postcode: 'BK9 4QJ', lat: 53.9402, lon: -2.2876, district: 'kirkby-lees',
    about: 'Small NHS clinic used by children\'s therapies and the continence service.',
    access: 'Level access, accessible toilet. Limited parking; on-street parking on Lees Road.'
  },

  // ---------------- Marston Fold (rural, uplands) ----------------
  'mf-clinic': {
    name: 'Marston Fold Community Clinic',
    address: 'The Green',
    town: 'Marston', postcode: 'BK12 5AD', lat: 54.1806, lon: -2.3512, district: 'marston-fold',
    about: 'Village clinic used by visiting community services one or two days a week. The 61 bus runs every two hours from Ashcombe.',
    access: 'Level access, accessible toilet. Free car park.'
  },
  'mf-family-hub': {
    name: 'Marston Fold Family Hub',
    address: 'Marston Library, Church Lane',
    town: 'Marston', postcode: 'BK12 6BQ', lat: 54.1821, lon: -2.3478, district: 'marston-fold',
    about: 'Small family hub sharing Marston Library. The hub\'s outreach van visits villages across Marston Fold on a published rota.',
    access: 'Level access, accessible toilet, baby change. The outreach van has a ramp.'
  },
  'mf-hospice': {
    name: 'Hollins Wood Children\'s Hospice',
    address: 'Hollins Lane, Fellbrook',
    town: 'Marston Fold', postcode: 'BK13 8HW', lat: 54.1502, lon: -2.4123, district: 'marston-fold',
    about: 'Children\'s hospice with eight bedrooms, two family flats, hydrotherapy pool, sensory room, music room and gardens.',
    access: 'Fully accessible; ceiling hoists throughout, Changing Places toilet, hydrotherapy pool with hoist.'
  },
  'mf-fellbrook-hall': {
    name: 'Fellbrook Village Hall',
    address: 'Main Street, Fellbrook',
    town: 'Marston Fold', postcode: 'BK13 8AA', lat: 54.1523, lon: -2.4087, district: 'marston-fold',
    about: 'Village hall used for outreach clinics and groups.',
    access: 'Ramped access, accessible toilet.'
  },

  'mf-care-farm': {
    name: 'Fellbrook Care Farm',
    address: 'Low Gill Lane, Fellbrook',
    town: 'Marston Fold', postcode: 'BK13 9LG', lat: 54.1467, lon: -2.4231, district: 'marston-fold',
    about: 'Working farm with animals, polytunnels, a woodland area and an activity barn. Wellies and waterproofs can be borrowed.',
    access: 'Level concrete paths around the yard and barn; accessible toilet with changing bench in the barn. Fields and woodland are uneven; an all-terrain wheelchair is available.'
  },

  // ---------------- Thornhollow (new-build estates) ----------------
  'th-health': {
    name: 'Thornhollow Health and Wellbeing Centre',
    address: 'Kestrel Way',
    town: 'Thornhollow', postcode: 'BK16 3WF', lat: 53.9814, lon: -2.6987, district: 'thornhollow',
    about: 'New health centre (opened 2023) with GP practice, pharmacy and community clinic rooms.',
    access: 'Step-free throughout, automatic doors, Changing Places toilet, hearing loops, quiet room.'
  },
  'th-family-hub': {
    name: 'Thornhollow Family Hub',
    address: 'Skylark Avenue',
    town: 'Thornhollow', postcode: 'BK16 9SJ', lat: 53.9852, lon: -2.7041, district: 'thornhollow',
    about: 'Family hub next to Skylark Park, with a large hall, sensory room and outdoor play space.',
    access: 'Level access, accessible toilet with changing bench and hoist, sensory room, hearing loop.'
  },
  'th-therapy': {
    name: 'Thornhollow Children\'s Therapy Centre',
    address: 'Unit 4, Brookfield Business Park',
    town: 'Thornhollow', postcode: 'BK17 2TY', lat: 53.9761, lon: -2.7152, district: 'thornhollow',
    about: 'Children\'s therapy centre with a gym, therapy kitchen and assessment rooms. Free parking outside.',
    access: 'Single storey, automatic doors, accessible toilet with changing bench and ceiling hoist.'
  },

  // ---------------- Wyvern Bay (coastal) ----------------
  'wb-hospital': {
    name: 'Wyvern Bay Community Hospital',
    address: 'Seafield Road',
    town: 'Wyvern Bay', postcode: 'BK20 1HP', lat: 54.0803, lon: -2.9187, district: 'wyvern-bay',
    about: 'Community hospital with outpatient clinics, minor injuries unit and X-ray.',
    access: 'Step-free from the main car park, lifts, accessible toilets, hearing loop at outpatients reception.'
  },
  'wb-family-hub': {
    name: 'Wyvern Bay Family Hub',
    address: 'Harbour Street',
    town: 'Wyvern Bay', postcode: 'BK20 4LG', lat: 54.0772, lon: -2.9238, district: 'wyvern-bay',
    about: 'Family hub near the harbour with a community cafe, clothing bank and meeting rooms. Staff speak Polish and Romanian.',
    access: 'Level access, accessible toilet with changing bench, hearing loop in the hall. No sensory room yet.'
  },
  'wb-anchorage': {
    name: 'The Anchorage',
    address: '3 Dock Road',
    town: 'Wyvern Bay', postcode: 'BK21 3DR', lat: 54.0748, lon: -2.9301, district: 'wyvern-bay',
    about: 'Base of the CYPMHS West team and the Wyvern Bay early help team.',
    access: 'Ground floor rooms and accessible toilet. Lift to the first floor is sometimes out of order; phone ahead if you need it.'
  },
  'wb-bayside-youth': {
    name: 'Bayside Youth Centre',
    address: 'Marine Parade',
    town: 'Wyvern Bay', postcode: 'BK20 2YC', lat: 54.0821, lon: -2.9154, district: 'wyvern-bay',
    about: 'Council youth centre on the seafront with a sports hall, music room and kitchen.',
    access: 'Level access, accessible toilet. The music room is upstairs (stairs only).'
  },

  // ---------------- Outside Brackenshire ----------------
  'cx-childrens': {
    name: 'Calderbridge Children\'s Hospital',
    address: 'Weston Road',
    town: 'Calderbridge', postcode: 'CX4 7QN', lat: 53.8012, lon: -1.9561, district: null,
    about: 'Regional specialist children\'s hospital for the north of England, about 40 miles (1 hour 15 minutes by car) from Ashcombe. Trains from Ashcombe to Calderbridge run hourly; the hospital is a 15-minute walk or a short bus ride from Calderbridge station.',
    access: 'Fully accessible children\'s hospital. Changing Places toilets on the ground floor and level 4. Parents can stay at the family house on site.'
  },
  'cx-moorgate': {
    name: 'Moorgate Adolescent Unit',
    address: 'Moorgate Lane',
    town: 'Calderbridge', postcode: 'CX9 2LE', lat: 53.8125, lon: -1.9344, district: null,
    about: 'Regional inpatient mental health unit for young people aged 12 to 18, with an on-site hospital school.',
    access: 'Accessible ground floor bedrooms and lift.'
  },
  'fe-beeches': {
    name: 'The Beeches',
    address: 'Kendal Road, Hartley Cross',
    town: 'Fernleigh', postcode: 'FE3 5BX', lat: 54.3478, lon: -2.1023, district: null,
    about: 'Residential short breaks house for children with complex health needs in the neighbouring county of Fernleigh, about 25 miles from Marston.',
    access: 'Single storey, ceiling hoists in every bedroom, two Changing Places standard bathrooms, accessible garden and sensory room.'
  }
};
