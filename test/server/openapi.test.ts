import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './harness.js';

describe('the OpenAPI document', () => {
  let server: TestServer;
  // biome-ignore lint/suspicious/noExplicitAny: the document is checked field by field below
  let doc: any;
  beforeAll(async () => {
    server = await startTestServer('sqlite');
    const response = await server.anonymous.get('/api/openapi.json');
    expect(response.status).toBe(200);
    doc = response.json;
  });
  afterAll(async () => server?.close());

  const operations = () =>
    Object.entries(
      doc.paths as Record<string, Record<string, { summary?: string; tags?: string[] }>>,
    ).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({ path, method, operation })),
    );

  it('is OpenAPI 3.1 and documents every /api/v1 route with a summary and a tag', () => {
    expect(doc.openapi).toBe('3.1.0');
    const ops = operations();
    expect(ops.length).toBeGreaterThan(20);
    for (const { path, method, operation } of ops) {
      expect(path, `${method} ${path}`).toMatch(/^\/api\/v1\//);
      expect(operation.summary, `${method} ${path}`).toBeTruthy();
      expect(operation.tags?.length, `${method} ${path}`).toBeGreaterThan(0);
    }
  });

  it('describes the journey body with core’s own schema', () => {
    const create = doc.paths['/api/v1/workspaces/{workspace}/journeys'].post;
    const schema = JSON.stringify(create.requestBody);
    for (const field of ['stages', 'personas', 'painPoints', 'opportunities', 'metrics', 'momentOfTruth'])
      expect(schema).toContain(field);
  });

  it('describes the edit commands', () => {
    const edit = doc.paths['/api/v1/workspaces/{workspace}/journeys/{journey}/commands'].post;
    const schema = JSON.stringify(edit.requestBody);
    for (const op of ['journey.set', 'emotion.set', 'measurement.add']) expect(schema).toContain(op);
  });

  it('serves a browsable reference at /api/docs', async () => {
    const response = await fetch(`${server.url}/api/docs/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('swagger');
  });
});
