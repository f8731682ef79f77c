import { z } from 'zod';

export const OntologyDocument = z.object({
  '@context': z.record(z.string(), z.unknown()),
  '@graph': z.array(z.record(z.string(), z.unknown())),
});

export const ontologySchema = {
  summary: 'The whole SEND vocabulary as SKOS in JSON-LD (prefLabel, altLabel, hiddenLabel, definition, broader, narrower, related, inScheme)',
  tags: ['ontology'],
  produces: ['application/ld+json'],
  response: { 200: OntologyDocument },
};
