import { readFileSync } from 'node:fs';
import { createDriver } from './graph/seam/index.ts';
const driver = createDriver({ uri: readFileSync('/tmp/bench-db-uri', 'utf8') });
const r = await driver.executeQuery("UNWIND [{t:'FOR_NEED'}] AS l MERGE (a:DynTest {id:1}) MERGE (b:DynTest {id:2}) CREATE (a)-[r:$(l.t) {x:1}]->(b) RETURN type(r) AS t", {}, { database: 'neo4j' });
console.log(r.records[0]?.get('t'));
await driver.executeQuery('MATCH (n:DynTest) DETACH DELETE n', {}, { database: 'neo4j' });
await driver.close();
