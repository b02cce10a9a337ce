import type { AnalysisDocument, Journey, JourneyCommand } from '@waymark/core';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiClient, ApiError, type RequestOptions } from '../api/ApiClient';
import { AppContext, type AppServices } from '../app/AppContext';
import { AnalyticsPanel } from './AnalyticsPanel';
import type { Dataset } from './analyticsApi';
import { testAnalysis, testDataset, testJourney } from './analyticsTestData';
import { type Analytics, useAnalytics } from './useAnalytics';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** The datasets and analysis API as the panel sees it. */
class FakeApi extends ApiClient {
  datasets: Dataset[] = [testDataset()];
  analysis: AnalysisDocument | undefined;
  runs: unknown[] = [];
  override async request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
    if (method === 'GET' && path === '/api/v1/workspaces/lab/datasets') return this.datasets as T;
    if (method === 'POST' && path === '/api/v1/workspaces/lab/journeys/shop/analysis') {
      this.runs.push(options.body);
      if (!this.analysis) throw new ApiError(400, "journey 'shop' has no persona 'x'");
      return this.analysis as T;
    }
    throw new Error(`unexpected ${method} ${path}`);
  }
}

/** An XMLHttpRequest the test drives by hand. */
class FakeXhr {
  static last: FakeXhr | undefined;
  url = '';
  headers: Record<string, string> = {};
  sent: unknown;
  status = 0;
  responseText = '';
  upload: { onprogress?: (e: ProgressEvent) => void; onload?: () => void } = {};
  onload?: () => void;
  onerror?: () => void;
  constructor() {
    FakeXhr.last = this;
  }
  open(_method: string, url: string) {
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: unknown) {
    this.sent = body;
  }
  answer(status: number, body: unknown) {
    this.status = status;
    this.responseText = JSON.stringify(body);
    this.onload?.();
  }
}

let container: HTMLDivElement;
let root: Root;
let api: FakeApi;
let journey: Journey;
let edits: JourneyCommand[][];
let latest: Analytics | undefined;

function Harness({ canEdit }: { canEdit: boolean }) {
  const analytics = useAnalytics('lab', 'shop', () => new FakeXhr() as unknown as XMLHttpRequest);
  latest = analytics;
  return (
    <AnalyticsPanel
      journey={journey}
      analytics={analytics}
      canEdit={canEdit}
      edit={(commands) => {
        edits.push(commands);
        return true;
      }}
      onClose={() => {}}
    />
  );
}

async function render(canEdit = true) {
  const services: AppServices = { api, me: null, refreshMe: async () => null, navigate: () => {} };
  await act(async () =>
    root.render(
      <AppContext.Provider value={services}>
        <Harness canEdit={canEdit} />
      </AppContext.Provider>,
    ),
  );
}

const button = (text: string) => {
  const found = [...document.querySelectorAll<HTMLButtonElement>('button')].find(
    (b) => b.textContent?.startsWith(text) || b.getAttribute('aria-label')?.startsWith(text),
  );
  if (!found) throw new Error(`no button ${text}`);
  return found;
};
const click = (element: HTMLElement) => act(async () => element.click());

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  api = new FakeApi();
  journey = testJourney();
  edits = [];
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

describe('the analytics panel', () => {
  it('uploads a file with a progress bar, then picks the new dataset and says what was taken', async () => {
    await render();
    const input = container.querySelector<HTMLInputElement>('input[aria-label="Upload event log"]');
    if (!input) throw new Error('no upload input');
    const file = new File(['customer_id,timestamp,event\n'], 'log.csv', { type: 'text/csv' });
    Object.defineProperty(input, 'files', { value: [file] });
    await act(async () => input.dispatchEvent(new Event('change', { bubbles: true })));
    const xhr = FakeXhr.last;
    if (!xhr) throw new Error('nothing sent');
    expect(xhr.url).toBe('/api/v1/workspaces/lab/datasets?kind=events&name=log.csv');
    expect(xhr.headers['content-type']).toBe('text/csv');
    expect(xhr.sent).toBe(file);
    await act(async () =>
      xhr.upload.onprogress?.({ loaded: 10, total: 40, lengthComputable: true } as ProgressEvent),
    );
    const bar = container.querySelector('progress');
    expect(bar?.getAttribute('value')).toBe('0.25');
    expect(container.textContent).toContain('Uploading log.csv: 25%');
    expect(button('Run analysis').disabled).toBe(true);
    await act(async () => xhr.upload.onload?.());
    expect(container.querySelector('progress')?.hasAttribute('value')).toBe(false);
    expect(container.textContent).toContain('Reading the rows of log.csv');
    await act(async () =>
      xhr.answer(
        201,
        testDataset({
          id: 'log',
          name: 'log.csv',
          rowsTaken: 3,
          rowsSkipped: 1,
          skipped: [{ line: 4, reason: 'no event name' }],
        }),
      ),
    );
    expect(container.querySelector('progress')).toBeNull();
    expect(container.querySelector<HTMLSelectElement>('select[aria-label="Event log dataset"]')?.value).toBe(
      'log',
    );
    expect(container.querySelector('[role="status"]')?.textContent).toBe(
      'log.csv: took 3 rows, skipped 1 row (line 4)',
    );
  });

  it('shows the server’s refusal of an upload', async () => {
    await render();
    const input = container.querySelector<HTMLInputElement>('input[aria-label="Upload feedback"]');
    if (!input) throw new Error('no upload input');
    Object.defineProperty(input, 'files', { value: [new File(['x'], 'survey.csv')] });
    await act(async () => input.dispatchEvent(new Event('change', { bubbles: true })));
    await act(async () => {
      FakeXhr.last?.answer(400, {
        error: { status: 400, message: 'survey.csv:3: 1 malformed row (--strict refuses the file)' },
      });
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(container.querySelector('[role="alert"]')?.textContent).toBe(
      'survey.csv: survey.csv:3: 1 malformed row (--strict refuses the file)',
    );
  });

  it('runs on the picked datasets, draws the charts with user text escaped, and accepts findings through edit', async () => {
    api.analysis = testAnalysis(journey);
    await render();
    await click(button('Run analysis'));
    expect(api.runs).toEqual([{ events: 'd1' }]);
    const figures = [...container.querySelectorAll('figure figcaption')].map((f) => f.textContent);
    expect(figures).toEqual(['Stage funnel (strict)', 'Top paths by stage']);
    expect(container.querySelector('figure svg text')?.textContent).toBe('Look <around>');
    expect(container.innerHTML).not.toContain('<around>');
    expect(container.querySelector('.analytics-finding-title')?.textContent).toBe(
      '<b>60%</b> leave before buying',
    );
    expect(container.querySelector('.analytics-finding b')).toBeNull();

    await click(button('Accept: <b>60%</b>'));
    expect(edits).toHaveLength(1);
    const added = edits[0]?.map((command) => (command.op === 'add' ? command.kind : command.op));
    expect(added).toEqual(['insight', 'painPoint']);
    expect(container.querySelector('.badge')?.textContent).toBe('Accepted');
    await click(button('Accept all (1)'));
    expect(edits[1]?.map((command) => (command.op === 'add' ? command.kind : command.op))).toEqual([
      'insight',
    ]);
    expect(button('Accept all (0)').disabled).toBe(true);
  });

  it('turns the overlay on for the map', async () => {
    api.analysis = testAnalysis(journey);
    await render();
    await click(button('Run analysis'));
    expect(latest?.overlay).toBeUndefined();
    const toggle = container.querySelector<HTMLInputElement>('input[type="checkbox"]');
    if (!toggle) throw new Error('no toggle');
    await click(toggle);
    expect(latest?.overlay?.journey).toBe('shop');
  });

  it('lets a viewer run and read, with no upload or accept', async () => {
    api.analysis = testAnalysis(journey);
    await render(false);
    expect(container.querySelector('input[type="file"]')).toBeNull();
    await click(button('Run analysis'));
    expect(container.querySelectorAll('.analytics-finding')).toHaveLength(2);
    expect([...container.querySelectorAll('button')].some((b) => b.textContent?.startsWith('Accept'))).toBe(
      false,
    );
  });

  it('says why a run was refused', async () => {
    await render();
    await click(button('Run analysis'));
    expect(container.querySelector('[role="alert"]')?.textContent).toBe("journey 'shop' has no persona 'x'");
  });
});
