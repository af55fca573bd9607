import { after, before, describe, it } from 'node:test';
import { assert } from 'chai';
import { ROUTE_MODULES, type RouteModule } from './routes/index.js';
import { startTestServer, type TestServer } from './test-support.js';

type Operation = { responses?: Record<string, { content?: Record<string, unknown> }>; security?: unknown[]; parameters?: unknown[] };
type Document = {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown>; securitySchemes: Record<string, unknown> };
};

/** Every `$ref` string anywhere in a JSON value. */
function refsIn(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((item) => refsIn(item, found));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (key === '$ref' && typeof item === 'string') found.push(item);
      else refsIn(item, found);
    }
  }
  return found;
}

/** Resolves a local JSON pointer (`#/components/schemas/Problem`) in the document. */
function resolve(document: unknown, ref: string): unknown {
  return ref.slice(2).split('/').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], document);
}

describe('the OpenAPI document', () => {
  const routes: { method: string; url: string; access: unknown }[] = [];
  const collector: RouteModule = {
    name: 'collector',
    register(app) {
      app.addHook('onRoute', (route) => {
        for (const method of [route.method].flat()) if (method !== 'HEAD') routes.push({ method, url: route.url, access: route.config?.access });
      });
    },
  };
  let server: TestServer;
  let document: Document;
  before(async () => {
    server = await startTestServer({}, { routes: [collector, ...ROUTE_MODULES] });
    const response = await server.request('/openapi.json');
    assert.equal(response.status, 200);
    document = await response.json();
  });
  after(async () => {
    await server.close();
  });

  it('is OpenAPI 3.1 with an info block and the session and bearer security schemes', () => {
    assert.equal(document.openapi, '3.1.0');
    assert.isString(document.info.title);
    assert.isString(document.info.version);
    assert.hasAllKeys(document.components.securitySchemes, ['session', 'bearer']);
  });

  it('lists every route the server serves, and nothing else', () => {
    assert.isAbove(routes.length, 10);
    const served = routes.map((r) => `${r.method} ${r.url.replace(/:([A-Za-z]+)/g, '{$1}')}`).sort();
    const documented = Object.entries(document.paths).flatMap(([path, item]) => Object.keys(item).map((m) => `${m.toUpperCase()} ${path}`)).sort();
    assert.deepEqual(documented, served);
  });

  it('every operation declares a success response and problem details for errors', () => {
    for (const [path, item] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        const statuses = Object.keys(operation.responses ?? {});
        assert.isTrue(statuses.some((s) => s.startsWith('2')), `${method} ${path} has a 2xx response`);
        for (const status of statuses.filter((s) => /^[45]/.test(s))) {
          assert.deepEqual(operation.responses?.[status]?.content?.['application/problem+json'], { schema: { $ref: '#/components/schemas/Problem' } }, `${method} ${path} ${status}`);
        }
      }
    }
  });

  it('ACC-03 every route that is not public requires the session or a bearer token', () => {
    for (const route of routes) {
      const operation = document.paths[route.url.replace(/:([A-Za-z]+)/g, '{$1}')]?.[route.method.toLowerCase()];
      if (route.access === 'public') assert.isUndefined(operation?.security, `${route.method} ${route.url}`);
      else assert.deepEqual(operation?.security, [{ session: [] }, { bearer: [] }], `${route.method} ${route.url}`);
    }
  });

  it('every $ref resolves inside the document, and shared shapes are components (no copies)', () => {
    const refs = refsIn(document);
    assert.isNotEmpty(refs);
    for (const ref of refs) {
      assert.match(ref, /^#\//, ref);
      assert.isDefined(resolve(document, ref), ref);
    }
    for (const name of ['Problem', 'LocalizedText', 'Account', 'Catalog', 'RequirementList', 'FeeAssessment', 'Tracking', 'ServiceStatus']) {
      assert.property(document.components.schemas, name);
    }
    const problemCopies = JSON.stringify(document.paths).split('"detail":{"type":"string"}').length - 1;
    assert.equal(problemCopies, 0, 'the problem shape is only referenced');
  });
});
