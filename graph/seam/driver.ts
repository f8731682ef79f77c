import neo4j, { type Driver } from 'neo4j-driver';

export interface Neo4jConnection {
  uri: string;
  user?: string | undefined;
  password?: string | undefined;
}

/** One driver per process. Auth is off for the embedded database (loopback only). */
export function createDriver(connection: Neo4jConnection): Driver {
  const auth = connection.user ? neo4j.auth.basic(connection.user, connection.password ?? '') : undefined;
  return neo4j.driver(connection.uri, auth, {
    disableLosslessIntegers: false,
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    // Reads and writes retry transient faults, but not for long: a caller waiting on an outage gets a 503 soon.
    maxTransactionRetryTime: 5_000,
    maxConnectionPoolSize: 100,
    logging: { level: 'error', logger: () => {} },
  });
}
