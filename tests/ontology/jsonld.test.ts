import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { allConcepts, allRelations } from '../../ontology/index.ts';
import { ONTOLOGY_NAMESPACE, ontologyJsonLd } from '../../ontology/jsonld.ts';

type Node = Record<string, unknown> & { '@id': string; '@type': string };

function parsedGraph(): { context: Record<string, unknown>; graph: Node[] } {
  const document = JSON.parse(JSON.stringify(ontologyJsonLd())) as { '@context': Record<string, unknown>; '@graph': Node[] };
  return { context: document['@context'], graph: document['@graph'] };
}

describe('the SKOS JSON-LD export', () => {
  it('parses and holds every concept with its SKOS labels', () => {
    const { context, graph } = parsedGraph();
    expect(context.skos).toBe('http://www.w3.org/2004/02/skos/core#');
    expect(context.lo).toBe(ONTOLOGY_NAMESPACE);
    const concepts = graph.filter((n) => n['@type'] === 'skos:Concept');
    expect(concepts.length).toBe(allConcepts.length);
    const byId = new Map(concepts.map((n) => [n.identifier as string, n]));
    for (const concept of allConcepts) {
      const node = byId.get(concept.id);
      expect(node, concept.id).toBeDefined();
      expect(node?.prefLabel).toBe(concept.label);
      expect(node?.definition).toBe(concept.description);
      expect(node?.inScheme).toBe(`lo:scheme/${concept.scheme}`);
      if (concept.altLabels.length > 0) expect(node?.altLabel).toEqual(concept.altLabels);
    }
  });

  it('writes broader and narrower both ways, related symmetrically, and cross-scheme links in our namespace', () => {
    const { graph } = parsedGraph();
    const node = (id: string) => graph.find((n) => n.identifier === id);
    expect(node('need:dyslexia')?.broader).toContain('lo:need:specific-learning-difficulty');
    expect(node('need:specific-learning-difficulty')?.narrower).toContain('lo:need:dyslexia');
    expect(node('need:autism')?.hasPathway).toContain('lo:pathway:neurodevelopmental');
    const related = allRelations.find((r) => r.type === 'RELATED');
    expect(node(related?.to ?? '')?.related).toContain(`lo:${related?.from}`);
  });

  it('has one ConceptScheme per scheme with its top concepts', () => {
    const schemes = parsedGraph().graph.filter((n) => n['@type'] === 'skos:ConceptScheme');
    expect(schemes.length).toBe(13);
    const need = schemes.find((s) => s.identifier === 'need');
    expect(need?.hasTopConcept).toContain('lo:need:special-educational-needs');
    expect(need?.hasTopConcept).not.toContain('lo:need:dyslexia');
  });

  it('is written to a file by the export script', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'ontology-export-'));
    try {
      const file = join(folder, 'nested', 'ontology.jsonld');
      await promisify(execFile)('npx', ['tsx', 'ontology/export-jsonld-cli.ts', file], { cwd: process.cwd() });
      const written = JSON.parse(await readFile(file, 'utf8')) as { '@graph': Node[] };
      expect(written['@graph'].filter((n) => n['@type'] === 'skos:Concept').length).toBe(allConcepts.length);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
