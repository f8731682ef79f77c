/**
 * Schema migrations: constraints and indexes, in order. Each runs once and is recorded as a
 * (:Migration {id}) node; every statement is also idempotent (IF NOT EXISTS), so a half-applied
 * migration is simply run again. Append new migrations at the end; never edit one that has shipped.
 */
export interface Migration {
  id: string;
  statements: string[];
}

const uniqueId = (label: string) =>
  `CREATE CONSTRAINT ${label.toLowerCase()}_id_unique IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`;

export const migrations: Migration[] = [
  {
    id: '001-unique-ids',
    statements: ['Concept', 'Offer', 'Organisation', 'Authority', 'Area', 'Location', 'Answer', 'Feedback', 'User', 'AuditEvent', 'Migration'].map(uniqueId),
  },
  {
    id: '002-lookup-indexes',
    statements: [
      'CREATE INDEX offer_source IF NOT EXISTS FOR (o:Offer) ON (o.source, o.sourceId)',
      'CREATE INDEX offer_authority IF NOT EXISTS FOR (o:Offer) ON (o.authorityId)',
      'CREATE INDEX offer_retired IF NOT EXISTS FOR (o:Offer) ON (o.retired)',
      'CREATE INDEX concept_scheme IF NOT EXISTS FOR (c:Concept) ON (c.scheme)',
    ],
  },
  {
    id: '003-fulltext',
    statements: [
      // The english analyzer stems ("sleeping" finds "sleep") and drops stop words such as "no"/"not":
      // negation ("no diagnosis yet") is read by question understanding, not by the index, and
      // synonyms come from the ontology, which knows "autistic" means autism.
      `CREATE FULLTEXT INDEX offer_text IF NOT EXISTS FOR (o:Offer) ON EACH [o.name, o.summary, o.description, o.eligibility, o.referral, o.searchText]
       OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'english' } }`,
      `CREATE FULLTEXT INDEX concept_text IF NOT EXISTS FOR (c:Concept) ON EACH [c.label, c.description, c.searchText]
       OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'english' } }`,
    ],
  },
  {
    id: '004-ingest-bookkeeping',
    statements: [
      uniqueId('Meta'),
      // Retiring what disappeared from a source scans that source's offers.
      'CREATE INDEX offer_source_only IF NOT EXISTS FOR (o:Offer) ON (o.source)',
      'CREATE INDEX area_authority IF NOT EXISTS FOR (a:Area) ON (a.authorityId)',
    ],
  },
  {
    id: '005-people-and-feedback',
    statements: [
      'CREATE CONSTRAINT user_email_unique IF NOT EXISTS FOR (u:User) REQUIRE u.email IS UNIQUE',
      uniqueId('ChangeRequest'),
      uniqueId('AreaWideExpectation'),
      'CREATE INDEX feedback_status IF NOT EXISTS FOR (f:Feedback) ON (f.status)',
      'CREATE INDEX audit_offer IF NOT EXISTS FOR (e:AuditEvent) ON (e.offerId)',
    ],
  },
];
