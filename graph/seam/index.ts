export * from './errors.ts';
export * from './execute.ts';
export { toNative, int } from './convert.ts';
export { createDriver, type Neo4jConnection } from './driver.ts';
