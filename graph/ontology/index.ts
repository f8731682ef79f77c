export { loadOntology, type OntologyData, type OntologyLoadSummary } from './load-ontology.ts';
export { countOffersForConcept } from './concept-offers.ts';
