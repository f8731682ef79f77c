export { startEmbeddedNeo4j, runningFile, type EmbeddedNeo4j, type EmbeddedOptions } from './start-embedded.ts';
export { EmbeddedNeo4jError } from './prerequisites.ts';
export { connectToNeo4j, type Neo4jHandle, type ConnectOptions } from './connect.ts';
