import type { FastifyInstance } from 'fastify';

/** One public route as the fuzzer sees it: where it is and what it takes. */
export interface RouteInfo {
  method: string;
  /** Fastify's pattern, e.g. /api/nodes/:id */
  path: string;
  params: string[];
  query: string[];
  bodyFields: string[];
}

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

/**
 * Every route the app serves, from its own route tree (app.printRoutes), with query and body field names
 * taken from the OpenAPI document where the route is documented.
 */
export function enumerateRoutes(app: FastifyInstance): RouteInfo[] {
  const doc = app.swagger() as { paths?: Record<string, Record<string, OpenApiOperation>> };
  const routes: RouteInfo[] = [];
  for (const { path, methods } of parseRouteTree(app.printRoutes({ commonPrefix: false }))) {
    for (const method of methods) {
      const operation = doc.paths?.[path.replace(/:(\w+)/g, '{$1}')]?.[method === 'HEAD' ? 'get' : method.toLowerCase()];
      const parameters = operation?.parameters ?? [];
      const body = operation?.requestBody?.content?.['application/json']?.schema;
      routes.push({
        method,
        path,
        params: [...path.matchAll(/:(\w+)/g)].map((m) => m[1] as string),
        query: parameters.filter((p) => p.in === 'query').map((p) => p.name),
        bodyFields: Object.keys(body?.properties ?? {}),
      });
    }
  }
  return routes;
}

interface OpenApiOperation {
  parameters?: Array<{ in: string; name: string }>;
  requestBody?: { content?: Record<string, { schema?: { properties?: Record<string, unknown> } }> };
}

/**
 * Reads the tree printRoutes draws: each line is a path segment under the line above it at a shallower depth,
 * followed by its methods in brackets when a route ends there.
 */
export function parseRouteTree(tree: string): Array<{ path: string; methods: string[] }> {
  const stack: Array<{ depth: number; path: string }> = [];
  const found: Array<{ path: string; methods: string[] }> = [];
  for (const line of tree.split('\n')) {
    const match = /^([│ ]*)(?:[├└]── )?(\S+?)(?: \(([^)]*)\))?$/.exec(line.replace(/\s+$/, ''));
    if (!match || !match[2]) continue;
    const depth = (match[1] ?? '').length;
    while (stack.length && (stack.at(-1)?.depth ?? -1) >= depth) stack.pop();
    const path = `${stack.at(-1)?.path ?? ''}${match[2]}`;
    stack.push({ depth, path });
    const methods = (match[3] ?? '').split(',').map((m) => m.trim()).filter((m) => METHODS.includes(m));
    if (methods.length) found.push({ path, methods });
  }
  return found;
}
