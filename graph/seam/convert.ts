import neo4j from 'neo4j-driver';

/**
 * Converts what the driver returns into plain JSON-friendly values: Neo4j integers to numbers,
 * temporal values to ISO strings, nodes to their properties, relationships to their type and properties.
 */
export function toNative(value: unknown): unknown {
  if (value === null || value === undefined) return value ?? null;
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (Array.isArray(value)) return value.map(toNative);
  if (typeof value !== 'object') return value;
  if (isTemporal(value)) return String(value);
  if (value instanceof neo4j.types.Node) return toNative(value.properties);
  if (value instanceof neo4j.types.Relationship) return { type: value.type, ...(toNative(value.properties) as object) };
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value as Record<string, unknown>)) out[key] = toNative(inner);
  return out;
}

function isTemporal(value: object): boolean {
  return (
    neo4j.isDateTime(value) || neo4j.isDate(value) || neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) || neo4j.isLocalTime(value) || neo4j.isDuration(value)
  );
}

/** LIMIT and SKIP parameters must be Neo4j integers. */
export function int(value: number) {
  return neo4j.int(Math.trunc(value));
}
