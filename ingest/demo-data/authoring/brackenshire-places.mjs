// Places used by the Brackenshire education / advice / adulthood / travel / childcare / leisure / money /
// housing / redress entries (Outpost pages and the officers' spreadsheet). All FICTIONAL: BK postcodes do not
// exist; coordinates are inside the imaginary county (lon -2.9..-2.2, lat 52.0..52.5).
//
// Rough geography: Ashcombe (county town, centre) BK1-BK4; Kirkby Lees (former mill towns, north-east)
// BK8-BK9; Marston Fold (rural uplands, north-west) BK12-BK13; Thornhollow (new estates, south-east)
// BK16-BK17; Wyvern Bay (coast, south-west) BK20-BK21 (the outcodes the ORUK v3 entries use).
// Family hubs, County Hall and Bayside Youth Centre use the same street addresses as the ORUK v3 entries.

export const places = {
  countyHall: { name: 'County Hall', address_1: 'Castle Street', city: 'Ashcombe', postal_code: 'BK1 1AA', lon: -2.5462, lat: 52.2631, acc: ['wheelchair-accessible-entrance', 'accessible-toilet-facilities', 'hearing-loop', 'building-has-lift', 'disabled-car-parking-space', 'bus-stop-nearby'] },
  sendiass: { name: 'Brackenshire SENDIASS', address_1: 'Unit 6, Harrowgate Business Centre, Station Road', city: 'Ashcombe', postal_code: 'BK2 3HL', lon: -2.5381, lat: 52.2587, acc: ['wheelchair-accessible-entrance', 'accessible-toilet-facilities', 'car-parking', 'bus-stop-nearby'] },
  lanternCentre: { name: 'The Lantern Centre', address_1: '14 Mill Lane', city: 'Ashcombe', postal_code: 'BK2 4RT', lon: -2.5327, lat: 52.2649, acc: ['wheelchair-accessible-entrance', 'accessible-toilet-facilities', 'hearing-loop', 'changing-facilities', 'hoist', 'disabled-car-parking-space'] },
  kirkbyTownHall: { name: 'Kirkby Lees Town Hall', address_1: 'Market Place', city: 'Kirkby Lees', postal_code: 'BK8 2AB', lon: -2.3304, lat: 52.4112, acc: ['partial-wheelchair-access', 'accessible-toilet-facilities', 'bus-stop-nearby'] },
  kirkbyLearningCentre: { name: 'Weavers Yard Learning Centre', address_1: 'Weavers Yard, Canal Street', city: 'Kirkby Lees', postal_code: 'BK8 4JN', lon: -2.3251, lat: 52.4067, acc: ['wheelchair-accessible-entrance', 'accessible-toilet-facilities', 'building-has-lift', 'bus-stop-nearby'] },
  marstonCommunityCentre: { name: 'Marston Fold Community Centre', address_1: 'Church Lane', city: 'Marston Fold', postal_code: 'BK12 6BT', lon: -2.7403, lat: 52.3698, acc: ['wheelchair-accessible-entrance', 'accessible-toilet-facilities', 'car-parking'] },
  thornhollowHub: { name: 'Thornhollow Family Hub', address_1: 'Skylark Avenue', city: 'Thornhollow', postal_code: 'BK16 9SJ', lon: -2.3612, lat: 52.1588, acc: ['wheelchair-accessible-entrance', 'accessible-toilet-facilities', 'baby-changing-facilities', 'hearing-loop', 'building-has-lift', 'car-parking', 'bus-stop-nearby'] },
  wyvernCivic: { name: 'Wyvern Bay Civic Centre', address_1: 'The Esplanade', city: 'Wyvern Bay', postal_code: 'BK20 1SE', lon: -2.8012, lat: 52.0631, acc: ['wheelchair-accessible-entrance', 'accessible-toilet-facilities', 'hearing-loop', 'building-has-lift', 'bus-stop-nearby'] },
  collegeAshcombe: { name: 'Brackenshire College, Quarry Road campus', address_1: 'Quarry Road', city: 'Ashcombe', postal_code: 'BK3 6LW', lon: -2.5601, lat: 52.2710, acc: ['wheelchair-accessible-entrance', 'accessible-toilet-facilities', 'building-has-lift', 'hearing-loop', 'changing-facilities', 'hoist', 'disabled-car-parking-space', 'bus-stop-nearby'] },
  collegeWyvern: { name: 'Brackenshire College, Harbour Road campus', address_1: 'Harbour Road', city: 'Wyvern Bay', postal_code: 'BK20 3PR', lon: -2.7938, lat: 52.0587, acc: ['wheelchair-accessible-entrance', 'accessible-toilet-facilities', 'building-has-lift', 'bus-stop-nearby'] },
  hospital: { name: 'Ashcombe County Hospital', address_1: 'Lingwood Road', city: 'Ashcombe', postal_code: 'BK4 2XA', lon: -2.5703, lat: 52.2502, acc: ['wheelchair-accessible-entrance', 'accessible-toilet-facilities', 'building-has-lift', 'hearing-loop', 'disabled-car-parking-space', 'bus-stop-nearby'] },
  ashcombeLeisure: { name: 'Ashcombe Leisure Centre', address_1: 'Riverside Way', city: 'Ashcombe', postal_code: 'BK2 8JT', lon: -2.5302, lat: 52.2555, acc: ['wheelchair-accessible-entrance', 'accessible-toilet-facilities', 'changing-facilities', 'hoist', 'disabled-car-parking-space', 'car-parking', 'bus-stop-nearby'] },
  kirkbyPool: { name: 'Kirkby Lees Pool and Fitness', address_1: 'Holmebridge Road', city: 'Kirkby Lees', postal_code: 'BK9 1EW', lon: -2.3128, lat: 52.4185, acc: ['wheelchair-accessible-entrance', 'accessible-toilet-facilities', 'changing-facilities', 'hoist', 'car-parking'] },
  wyvernLeisure: { name: 'Wyvern Bay Leisure Pool', address_1: 'Marine Parade', city: 'Wyvern Bay', postal_code: 'BK20 2NL', lon: -2.8075, lat: 52.0660, acc: ['wheelchair-accessible-entrance', 'accessible-toilet-facilities', 'changing-facilities', 'car-parking'] },
  ashcombeLibrary: { name: 'Ashcombe Central Library', address_1: 'Bridge Street', city: 'Ashcombe', postal_code: 'BK1 2LB', lon: -2.5441, lat: 52.2612, acc: ['wheelchair-accessible-entrance', 'accessible-toilet-facilities', 'baby-changing-facilities', 'building-has-lift', 'hearing-loop', 'bus-stop-nearby'] },
  wyvernLibrary: { name: 'Wyvern Bay Library', address_1: 'Fore Street', city: 'Wyvern Bay', postal_code: 'BK20 2DA', lon: -2.7989, lat: 52.0649, acc: ['wheelchair-accessible-entrance', 'accessible-toilet-facilities', 'baby-changing-facilities'] },
  kirkbyLibrary: { name: 'Kirkby Lees Library (in Kirkby Lees Family Hub)', address_1: 'Weavers Row', city: 'Kirkby Lees', postal_code: 'BK8 4EX', lon: -2.3337, lat: 52.4129, acc: ['wheelchair-accessible-entrance', 'accessible-toilet-facilities', 'baby-changing-facilities', 'bus-stop-nearby'] },
  kirkbyFamilyHub: { name: 'Kirkby Lees Family Hub', address_1: 'Weavers Row', city: 'Kirkby Lees', postal_code: 'BK8 4EX', lon: -2.3339, lat: 52.4127, acc: ['wheelchair-accessible-entrance', 'accessible-toilet-facilities', 'baby-changing-facilities', 'bus-stop-nearby'] },
  thornhollowLibrary: { name: 'Thornhollow Library', address_1: 'Elmfield Way', city: 'Thornhollow', postal_code: 'BK16 4QP', lon: -2.3610, lat: 52.1590, acc: ['wheelchair-accessible-entrance', 'accessible-toilet-facilities', 'baby-changing-facilities', 'building-has-lift', 'car-parking'] },
  marstonLibrary: { name: 'Marston Fold Library and Family Hub', address_1: 'Church Lane', city: 'Marston Fold', postal_code: 'BK12 6BQ', lon: -2.7421, lat: 52.3712, acc: ['wheelchair-accessible-entrance'] },
  jcpAshcombe: { name: 'Ashcombe Jobcentre', address_1: 'Crown House, Gate Street', city: 'Ashcombe', postal_code: 'BK1 3JP', lon: -2.5489, lat: 52.2604, acc: ['wheelchair-accessible-entrance', 'accessible-toilet-facilities', 'hearing-loop', 'bus-stop-nearby'] },
  jcpKirkby: { name: 'Kirkby Lees Jobcentre', address_1: '22 Albion Street', city: 'Kirkby Lees', postal_code: 'BK8 1QS', lon: -2.3288, lat: 52.4098, acc: ['wheelchair-accessible-entrance', 'hearing-loop'] },
  jcpWyvern: { name: 'Wyvern Bay Jobcentre', address_1: 'Dock Street', city: 'Wyvern Bay', postal_code: 'BK21 6AY', lon: -2.7901, lat: 52.0566, acc: ['wheelchair-accessible-entrance', 'accessible-toilet-facilities'] },
  kirkbyYouthCentre: { name: 'Mill Street Youth Centre', address_1: '3 Mill Street', city: 'Kirkby Lees', postal_code: 'BK8 3PL', lon: -2.3362, lat: 52.4150, acc: ['wheelchair-accessible-entrance', 'accessible-toilet-facilities', 'changing-facilities'] },
  wyvernYouth: { name: 'Bayside Youth Centre', address_1: 'Marine Parade', city: 'Wyvern Bay', postal_code: 'BK20 2YC', lon: -2.8102, lat: 52.0602, acc: ['partial-wheelchair-access', 'accessible-toilet-facilities'] },
  pictureHouse: { name: 'Wyvern Bay Picture House', address_1: '41 Marine Parade', city: 'Wyvern Bay', postal_code: 'BK20 2NP', lon: -2.8061, lat: 52.0655, acc: ['wheelchair-accessible-entrance', 'accessible-toilet-facilities', 'hearing-loop'] },
  regalAshcombe: { name: 'Regal Cinema Ashcombe', address_1: 'Sheep Street', city: 'Ashcombe', postal_code: 'BK1 4DW', lon: -2.5475, lat: 52.2640, acc: ['wheelchair-accessible-entrance', 'accessible-toilet-facilities', 'building-has-lift', 'hearing-loop'] },
  fellbeckFarm: { name: 'Fellbeck Riding Centre', address_1: 'Fellbeck Lane, Fellbeck', city: 'Marston Fold', postal_code: 'BK13 2SR', lon: -2.8392, lat: 52.4427, acc: ['partial-wheelchair-access', 'accessible-toilet-facilities', 'car-parking'] },
  ashcombePark: { name: 'Ashcombe Riverside Park (cycle hub by the boathouse)', address_1: 'Riverside Way', city: 'Ashcombe', postal_code: 'BK2 8JU', lon: -2.5287, lat: 52.2548, acc: ['wheelchair-accessible-entrance', 'accessible-toilet-facilities', 'car-parking'] },
  citizensAdviceAshcombe: { name: 'Citizens Advice Brackenshire (Ashcombe office)', address_1: '9 Corn Exchange Passage', city: 'Ashcombe', postal_code: 'BK1 2QA', lon: -2.5452, lat: 52.2620, acc: ['wheelchair-accessible-entrance', 'accessible-toilet-facilities', 'hearing-loop'] },
  citizensAdviceWyvern: { name: 'Citizens Advice Brackenshire (Wyvern Bay office)', address_1: '2 Chapel Row', city: 'Wyvern Bay', postal_code: 'BK20 1TA', lon: -2.8020, lat: 52.0640, acc: ['partial-wheelchair-access'] },
  thornhollowScoutHut: { name: 'Elmfield Chase Scout Hut', address_1: 'Larkspur Drive, Elmfield Chase', city: 'Thornhollow', postal_code: 'BK17 3WF', lon: -2.3107, lat: 52.1213, acc: ['wheelchair-accessible-entrance', 'accessible-toilet-facilities', 'car-parking'] },
  highcoteVillageHall: { name: 'Highcote Village Hall', address_1: 'Back Lane, Highcote', city: 'Marston Fold', postal_code: 'BK13 4EL', lon: -2.6608, lat: 52.4603, acc: ['wheelchair-accessible-entrance', 'car-parking'] },
  salthamChurchHall: { name: 'St Brannoc\u2019s Church Hall', address_1: 'Saltham Road, Saltham', city: 'Wyvern Bay', postal_code: 'BK21 2JD', lon: -2.7021, lat: 52.0412, acc: ['partial-wheelchair-access', 'accessible-toilet-facilities', 'car-parking'] },
  kirkbyChildrensCentre: { name: 'Holmebridge Children\u2019s Centre', address_1: 'Spinners Way, Holmebridge', city: 'Kirkby Lees', postal_code: 'BK9 5RD', lon: -2.2812, lat: 52.4398, acc: ['wheelchair-accessible-entrance', 'accessible-toilet-facilities', 'baby-changing-facilities', 'car-parking'] },
  hospitalSchool: { name: 'Kestrel Ward school room, Ashcombe County Hospital', address_1: 'Lingwood Road', city: 'Ashcombe', postal_code: 'BK4 2XA', lon: -2.5705, lat: 52.2500, acc: ['wheelchair-accessible-entrance', 'accessible-toilet-facilities', 'building-has-lift', 'hoist'] },
  pruAshcombe: { name: 'Brackenshire Pupil Referral Service \u2013 Ashcombe centre (Key Stage 3 and 4)', address_1: 'Old Grammar Buildings, Tanner Row', city: 'Ashcombe', postal_code: 'BK3 2FD', lon: -2.5516, lat: 52.2669, acc: ['partial-wheelchair-access', 'accessible-toilet-facilities'] },
  pruKirkby: { name: 'Brackenshire Pupil Referral Service \u2013 Kirkby Lees centre (Key Stage 2 and 3)', address_1: 'Former Lodge Street Infants, Lodge Street', city: 'Kirkby Lees', postal_code: 'BK8 6HT', lon: -2.3398, lat: 52.4043, acc: ['wheelchair-accessible-entrance', 'accessible-toilet-facilities'] },
  pruWyvern: { name: 'Brackenshire Pupil Referral Service \u2013 Wyvern Bay centre (Key Stage 4)', address_1: 'Rope Walk', city: 'Wyvern Bay', postal_code: 'BK21 3EE', lon: -2.7883, lat: 52.0549, acc: ['wheelchair-accessible-entrance', 'accessible-toilet-facilities'] },
  independentLivingFlat: { name: 'Bridge House training flat', address_1: '7 Bridge House, Canal Street', city: 'Kirkby Lees', postal_code: 'BK8 4JP', lon: -2.3247, lat: 52.4071, acc: ['wheelchair-accessible-entrance', 'building-has-lift'] },
  hia: { name: 'Brackenshire Home Improvement Agency', address_1: 'Suite 3, Priory Court, Abbey Road', city: 'Ashcombe', postal_code: 'BK3 1NN', lon: -2.5529, lat: 52.2598, acc: ['wheelchair-accessible-entrance', 'accessible-toilet-facilities', 'car-parking'] },
  courtHouseBay: { name: 'Wyvern Bay Family Hub', address_1: 'Harbour Street', city: 'Wyvern Bay', postal_code: 'BK20 4LG', lon: -2.7962, lat: 52.0598, acc: ['wheelchair-accessible-entrance', 'accessible-toilet-facilities', 'baby-changing-facilities', 'car-parking'] },
};

// Outpost accessibility vocabulary (scout-x fixture), slug -> id and label
export const accessibilities = {
  'accessible-toilet-facilities': [1, 'Accessible toilet facilities'],
  'wheelchair-accessible-entrance': [2, 'Wheelchair accessible entrance'],
  'baby-changing-facilities': [3, 'Baby changing facilities'],
  'partial-wheelchair-access': [4, 'Partial wheelchair access'],
  'car-parking': [5, 'Car parking'],
  'changing-facilities': [6, 'Changing facilities'],
  'british-sign-language-bsl': [7, 'British sign language (bsl)'],
  'disabled-car-parking-space': [8, 'Disabled car parking space'],
  hoist: [9, 'Hoist'],
  'hearing-loop': [10, 'Hearing loop'],
  'bus-stop-nearby': [11, 'Bus stop nearby'],
  'building-has-lift': [12, 'Building has lift'],
};
