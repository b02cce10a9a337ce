import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeJourney, writeSample } from '@waymark/analytics';
import type { Journey } from '@waymark/core';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, databaseKinds, startTestServer, type TestServer } from './harness.js';
import { makeTeam, type Team } from './teamFixture.js';

// Uploading event logs and feedback exports, analysing them over a journey and accepting what
// the analysis suggests, through the API (issue #6, item 7).

const limit = 1024 * 1024;

/** The survey CSV as an XLSX workbook (first sheet, header row first), as survey tools export it. */
async function csvToXlsx(text: string): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Responses');
  for (const line of text.trim().split('\n')) sheet.addRow(parseCsvLine(line));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function parseCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted && c === '"' && line[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (c === '"') quoted = !quoted;
    else if (c === ',' && !quoted) {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  cells.push(cell);
  return cells;
}

describe.each(databaseKinds)('analytics on %s', (kind) => {
  let server: TestServer;
  let team: Team;
  let sampleDir: string;
  let journey: Journey;
  let eventsCsv: string;
  let surveyCsv: string;
  let base: string;
  let journeyPath: string;

  const upload = (client: ApiClient, query: string, body: string | Uint8Array, type = 'text/csv') =>
    client.post(`${base}/datasets?${query}`, undefined, { raw: body, headers: { 'content-type': type } });
  const datasetFiles = () => {
    const dir = join(server.dataDir, 'analytics');
    return existsSync(dir) ? readdirSync(dir, { recursive: true }).map(String).sort() : [];
  };

  beforeAll(async () => {
    server = await startTestServer(kind, { analyticsMaxUploadBytes: limit });
    team = await makeTeam(server, 'Insight');
    base = `/api/v1/workspaces/${team.slug}`;
    journeyPath = `${base}/journeys/jacket`;
    const created = await team.owner.post(`${base}/journeys/from-template`, {
      template: 'retail-winter-jacket',
      id: 'jacket',
    });
    expect(created.status, created.text).toBe(201);
    journey = (await team.owner.get(journeyPath)).json;
    sampleDir = mkdtempSync(join(tmpdir(), 'waymark-sample-'));
    await writeSample(journey, sampleDir, { customers: 300, seed: 1, formats: ['csv', 'ndjson'] });
    eventsCsv = readFileSync(join(sampleDir, 'events.csv'), 'utf8');
    surveyCsv = readFileSync(join(sampleDir, 'survey.csv'), 'utf8');
  }, 120_000);
  afterAll(async () => {
    await server?.close();
    if (sampleDir) rmSync(sampleDir, { recursive: true, force: true });
  });

  const rowsOf = (text: string) => text.trim().split('\n').length - 1;

  it('takes a CSV event log: counts, a DuckDB file under <data>/analytics, listed and read back', async () => {
    const response = await upload(team.editor, 'kind=events&name=events.csv', eventsCsv);
    expect(response.status, response.text).toBe(201);
    expect(response.json).toMatchObject({
      kind: 'events',
      name: 'events.csv',
      format: 'csv',
      status: 'ready',
      rowsTaken: rowsOf(eventsCsv),
      rowsSkipped: 0,
      bytes: Buffer.byteLength(eventsCsv),
      columns: { customer: 'customer_id', timestamp: 'timestamp', event: 'event' },
    });
    const id = response.json.id;
    expect(datasetFiles().some((file) => file.endsWith(`${id}.duckdb`))).toBe(true);
    expect(datasetFiles().some((file) => file.includes('.upload.'))).toBe(false);
    const listed = await team.viewer.get(`${base}/datasets`);
    expect(listed.json.map((d: { id: string }) => d.id)).toContain(id);
    expect((await team.viewer.get(`${base}/datasets/${id}`)).json.rowsTaken).toBe(rowsOf(eventsCsv));
    const audit = await team.owner.get(`${base}/audit`);
    expect(JSON.stringify(audit.json)).toContain('dataset.upload');
  });

  it('takes NDJSON by its Content-Type and XLSX feedback by its name', async () => {
    const ndjson = readFileSync(join(sampleDir, 'events.ndjson'), 'utf8');
    const events = await upload(team.editor, 'kind=events', ndjson, 'application/x-ndjson');
    expect(events.status, events.text).toBe(201);
    expect(events.json).toMatchObject({
      format: 'ndjson',
      name: 'events.ndjson',
      rowsTaken: rowsOf(eventsCsv),
    });
    const xlsx = await csvToXlsx(surveyCsv);
    const feedback = await upload(
      team.editor,
      'kind=feedback&name=survey.xlsx',
      xlsx,
      'application/octet-stream',
    );
    expect(feedback.status, feedback.text).toBe(201);
    expect(feedback.json).toMatchObject({ format: 'xlsx', kind: 'feedback', rowsTaken: rowsOf(surveyCsv) });
  });

  it('reports skipped rows with their lines, and strict mode refuses the file leaving nothing', async () => {
    const bad = [
      'customer_id,timestamp,event',
      'a,2024-01-01T10:00:00Z,product_search',
      'b,yesterday-ish,product_search',
      'c,2024-01-01T11:00:00Z,product_search',
      ',2024-01-01T12:00:00Z,product_search',
    ].join('\n');
    const lenient = await upload(team.editor, 'kind=events&name=bad.csv', bad);
    expect(lenient.status, lenient.text).toBe(201);
    expect(lenient.json.rowsTaken).toBe(2);
    expect(lenient.json.rowsSkipped).toBe(2);
    expect(lenient.json.skipped.map((row: { line: number }) => row.line)).toEqual([3, 5]);
    expect(lenient.json.skipped[0].reason).toMatch(/timestamp not understood/);

    const before = { list: (await team.owner.get(`${base}/datasets`)).json, files: datasetFiles() };
    const strict = await upload(team.editor, 'kind=events&name=bad.csv&strict=true', bad);
    expect(strict.status).toBe(400);
    expect(strict.json.error.message).toMatch(/^bad\.csv:3: /);
    expect(strict.json.error.line).toBe(3);
    expect((await team.owner.get(`${base}/datasets`)).json).toEqual(before.list);
    expect(datasetFiles()).toEqual(before.files);
  });

  it('answers 413 beyond the size limit, declared or streamed, and keeps no file', async () => {
    const before = { list: (await team.owner.get(`${base}/datasets`)).json, files: datasetFiles() };
    const big = `customer_id,timestamp,event\n${'x,2024-01-01T10:00:00Z,product_search\n'.repeat(limit / 30)}`;
    const declared = await upload(team.editor, 'kind=events&name=big.csv', big);
    expect(declared.status).toBe(413);
    expect(declared.json.error.message).toContain(String(limit));
    // Chunked, without Content-Length: counted as it arrives, the partial file removed.
    const chunk = new TextEncoder().encode('x,2024-01-01T10:00:00Z,product_search\n'.repeat(2000));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > limit * 2) return controller.close();
        sent += chunk.length;
        controller.enqueue(chunk);
      },
    });
    const token = (await team.editor.post('/api/v1/me/tokens', { name: 'stream' })).json.token;
    const streamed = await fetch(`${server.url}${base}/datasets?kind=events&name=big.csv`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expect((await team.owner.get(`${base}/datasets`)).json).toEqual(before.list);
    expect(datasetFiles()).toEqual(before.files);
  });

  it('refuses a column mapping naming a column the file lacks, naming it, before loading anything', async () => {
    const before = datasetFiles();
    const response = await upload(team.editor, 'kind=events&name=events.csv&map=customer=uid', eventsCsv);
    expect(response.status).toBe(400);
    expect(response.json.error.message).toContain("'uid'");
    expect(response.json.error.message).toContain('customer_id');
    expect(datasetFiles()).toEqual(before);
    const mapped = await upload(
      team.editor,
      'kind=events&name=events.csv&map=customer=customer_id,event=event',
      eventsCsv,
    );
    expect(mapped.status, mapped.text).toBe(201);
  });

  it('lets viewers read but not upload or delete, and hides other workspaces’ datasets', async () => {
    expect((await upload(team.viewer, 'kind=events&name=e.csv', eventsCsv)).status).toBe(403);
    expect((await upload(team.commenter, 'kind=events&name=e.csv', eventsCsv)).status).toBe(403);
    const mine = (await team.owner.get(`${base}/datasets`)).json[0].id;
    expect((await team.commenter.delete(`${base}/datasets/${mine}`)).status).toBe(403);
    expect((await team.stranger.get(`${base}/datasets/${mine}`)).status).toBe(404);
    // A dataset id of this workspace means nothing in another one.
    const other = await team.stranger.post('/api/v1/workspaces', { name: 'Other team' });
    const otherBase = `/api/v1/workspaces/${other.json.slug}`;
    await team.stranger.post(`${otherBase}/journeys/from-template`, {
      template: 'retail-winter-jacket',
      id: 'jacket',
    });
    expect((await team.stranger.get(`${otherBase}/datasets/${mine}`)).status).toBe(404);
    const theirs = await team.stranger.post(`${otherBase}/journeys/jacket/analysis`, { events: mine });
    expect(theirs.status).toBe(404);
  });

  it('analyses stored datasets exactly as analyzeJourney analyses the files', async () => {
    const events = await upload(team.editor, 'kind=events&name=events.csv', eventsCsv);
    const feedback = await upload(team.editor, 'kind=feedback&name=survey.csv', surveyCsv);
    const response = await team.viewer.post(`${journeyPath}/analysis`, {
      events: events.json.id,
      feedback: feedback.json.id,
    });
    expect(response.status, response.text).toBe(200);
    const direct = await analyzeJourney({
      journey,
      events: join(sampleDir, 'events.csv'),
      feedback: join(sampleDir, 'survey.csv'),
    });
    const comparable = (doc: typeof direct) => ({
      ...doc,
      generatedAt: '',
      inputs: {
        events: { ...doc.inputs.events, file: '' },
        feedback: { ...doc.inputs.feedback, file: '' },
      },
    });
    expect(comparable(response.json)).toEqual(JSON.parse(JSON.stringify(comparable(direct))));
    expect(response.json.inputs.events.file).toBe('events.csv');
    expect(response.json.suggestions.length).toBeGreaterThan(0);
    expect(response.json.funnel.stages.length).toBe(journey.stages.length);
  });

  it('explains what is wrong with an analysis request', async () => {
    const events = (await team.owner.get(`${base}/datasets`)).json.find(
      (d: { kind: string; rowsSkipped: number }) => d.kind === 'events' && d.rowsSkipped === 0,
    ).id;
    const persona = await team.viewer.post(`${journeyPath}/analysis`, { events, persona: 'nobody' });
    expect(persona.status).toBe(400);
    expect(persona.json.error.message).toContain("no persona 'nobody'");
    const wrongKind = await team.viewer.post(`${journeyPath}/analysis`, { feedback: events });
    expect(wrongKind.status).toBe(400);
    expect((await team.viewer.post(`${journeyPath}/analysis`, {})).status).toBe(400);
  });

  it('accepts suggestions into the journey as one edit: pain points with evidence, a new revision, 409 when stale', async () => {
    const datasets = (await team.owner.get(`${base}/datasets`)).json;
    const events = datasets.find((d: { name: string }) => d.name === 'events.csv').id;
    const feedback = datasets.find((d: { name: string }) => d.name === 'survey.csv').id;
    const analysis = (await team.editor.post(`${journeyPath}/analysis`, { events, feedback })).json;
    const head = await team.editor.get(journeyPath);
    const revision = Number(JSON.parse(head.headers.get('etag') ?? '0'));
    const painPointsBefore = head.json.painPoints?.length ?? 0;

    expect(
      (
        await team.viewer.post(
          `${journeyPath}/analysis/accept`,
          { analysis, items: 'all' },
          {
            headers: { 'if-match': `"${revision}"` },
          },
        )
      ).status,
    ).toBe(403);
    const unknown = await team.editor.post(
      `${journeyPath}/analysis/accept`,
      { analysis, items: ['S99'] },
      {
        headers: { 'if-match': `"${revision}"` },
      },
    );
    expect(unknown.status).toBe(400);
    expect(unknown.json.error.message).toContain("no item 'S99'");

    const accepted = await team.editor.post(
      `${journeyPath}/analysis/accept`,
      { analysis, items: 'all' },
      {
        headers: { 'if-match': `"${revision}"` },
      },
    );
    expect(accepted.status, accepted.text).toBe(200);
    expect(accepted.json.journey.revision).toBe(revision + 1);
    expect(accepted.headers.get('etag')).toBe(`"${revision + 1}"`);
    const after = (await team.editor.get(journeyPath)).json;
    const suggested = analysis.suggestions.filter((s: { kind: string }) => s.kind === 'painPoint');
    expect(suggested.length).toBeGreaterThan(0);
    expect(after.painPoints.length).toBe(painPointsBefore + suggested.length);
    const titles = after.painPoints.map((p: { title: string }) => p.title);
    for (const suggestion of suggested) expect(titles).toContain(suggestion.title);
    expect(after.painPoints.find((p: { title: string }) => p.title === suggested[0].title).evidence).toBe(
      'measured',
    );
    // Measured values went into the journey's metrics as measurements, with source and date.
    const measured = accepted.json.accepted.filter((item: { kind: string }) => item.kind === 'measurement');
    expect(measured.length).toBeGreaterThan(0);
    const measurementsOf = (doc: { metrics: { measurements?: { source?: string }[] }[] }) =>
      doc.metrics.flatMap((m) => m.measurements ?? []);
    expect(measurementsOf(after).length).toBe(measurementsOf(head.json).length + measured.length);
    expect(measurementsOf(after).some((m) => m.source?.includes('events.csv'))).toBe(true);

    const stale = await team.editor.post(
      `${journeyPath}/analysis/accept`,
      { analysis, items: 'all' },
      {
        headers: { 'if-match': `"${revision}"` },
      },
    );
    expect(stale.status).toBe(409);
    expect((await team.editor.get(journeyPath)).json.painPoints.length).toBe(after.painPoints.length);
  });

  it('deletes a dataset with its file', async () => {
    const created = await upload(team.editor, 'kind=events&name=gone.csv', eventsCsv);
    const id = created.json.id;
    expect((await team.editor.delete(`${base}/datasets/${id}`)).status).toBe(204);
    expect(datasetFiles().some((file) => file.includes(id))).toBe(false);
    expect((await team.viewer.get(`${base}/datasets/${id}`)).status).toBe(404);
    expect((await team.viewer.post(`${journeyPath}/analysis`, { events: id })).status).toBe(404);
  });
});
