import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiClient, ApiError, type RequestOptions } from '../api/ApiClient';
import type { JourneyVersion, VersionDiff } from '../api/types';
import { AppContext, type AppServices } from '../app/AppContext';
import { VersionsPanel } from './VersionsPanel';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const base = '/api/v1/workspaces/sample/journeys/jacket';

/** The versions API as the panel sees it: a list it grows, a diff, a restore it records. */
class FakeApi extends ApiClient {
  readonly calls: {
    method: string;
    path: string;
    body?: unknown;
    headers?: Readonly<Record<string, string>>;
  }[] = [];
  versions: JourneyVersion[] = [
    {
      number: 1,
      name: 'Before the <b>workshop</b>',
      reason: 'manual',
      revision: 3,
      createdAt: '2026-01-01T10:00:00.000Z',
      createdBy: { id: 'u1', name: 'Ada' },
    },
  ];
  diff: VersionDiff = {
    from: '1',
    to: 'current',
    changes: [{ kind: 'added', element: 'step', summary: 'Step "Tries it on" added to Noticing the need' }],
    counts: { added: 1, removed: 0, moved: 0, changed: 0 },
  };
  refuseRestore = false;

  override async request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
    this.calls.push({
      method,
      path,
      body: options.body,
      ...(options.headers ? { headers: options.headers } : {}),
    });
    if (method === 'GET' && path === `${base}/versions`) return { versions: this.versions } as T;
    if (method === 'GET' && path.startsWith(`${base}/diff`)) return this.diff as T;
    if (method === 'POST' && path === `${base}/versions`) {
      const name = (options.body as { name: string }).name;
      this.versions = [{ ...this.versions[0]!, number: this.versions.length + 1, name }, ...this.versions];
      return this.versions[0] as T;
    }
    if (method === 'POST' && path.endsWith('/restore')) {
      if (this.refuseRestore) throw new ApiError(409, 'Someone else changed the journey first.', 'conflict');
      return {} as T;
    }
    throw new Error(`unexpected ${method} ${path}`);
  }

  override async etag(): Promise<string> {
    return '"7"';
  }
}

let container: HTMLDivElement;
let root: Root;
let api: FakeApi;

async function render(canEdit: boolean) {
  const services: AppServices = { api, me: null, refreshMe: async () => null, navigate: () => {} };
  await act(async () =>
    root.render(
      <AppContext.Provider value={services}>
        <VersionsPanel workspace="sample" journey="jacket" canEdit={canEdit} onClose={() => {}} />
      </AppContext.Provider>,
    ),
  );
}

const button = (name: string) =>
  [...document.querySelectorAll<HTMLButtonElement>('button')].find(
    (b) => b.getAttribute('aria-label') === name || b.textContent === name,
  );

/** The confirm dialog's own Restore button. */
const confirmButton = () => {
  const found = [...document.querySelectorAll<HTMLButtonElement>('dialog button')].find((b) =>
    b.textContent?.startsWith('Restore'),
  );
  if (!found) throw new Error('no confirm dialog');
  return found;
};

function type(element: HTMLInputElement, value: string) {
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(element, value);
  element.dispatchEvent(new Event('input', { bubbles: true }));
}

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  api = new FakeApi();
  // jsdom has no modal dialogs: open them as plain ones.
  HTMLDialogElement.prototype.showModal ??= function showModal(this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close ??= function close(this: HTMLDialogElement) {
    this.open = false;
  };
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

describe('the version history panel', () => {
  it('lists the versions with name, number and author, the name as text', async () => {
    await render(true);
    const item = container.querySelector('.version')!;
    expect(item.textContent).toContain('1. Before the <b>workshop</b>');
    expect(item.textContent).toContain('Ada');
    expect(item.querySelector('b')).toBeNull();
  });

  it('takes a named version and shows it at the top', async () => {
    await render(true);
    const input = container.querySelector<HTMLInputElement>('.version-form input')!;
    act(() => type(input, 'After the workshop'));
    await act(async () => input.closest('form')!.requestSubmit());
    expect(api.calls).toContainEqual({
      method: 'POST',
      path: `${base}/versions`,
      body: { name: 'After the workshop' },
    });
    expect(container.querySelector('.version')?.textContent).toContain('2. After the workshop');
  });

  it('compares a version with the current map as a list of changes', async () => {
    await render(true);
    await act(async () => button('Compare version 1 with current')!.click());
    expect(api.calls.at(-1)?.path).toBe(`${base}/diff?from=1&to=current`);
    expect(container.querySelector('.diff-changes')?.textContent).toBe(
      'Step "Tries it on" added to Noticing the need',
    );
  });

  it('restores only after the confirm dialog, with the current revision as If-Match', async () => {
    await render(true);
    act(() => button('Restore version 1')!.click());
    expect(api.calls.some((call) => call.path.endsWith('/restore'))).toBe(false);
    await act(async () => confirmButton().click());
    expect(api.calls).toContainEqual({
      method: 'POST',
      path: `${base}/versions/1/restore`,
      body: undefined,
      headers: { 'if-match': '"7"' },
    });
    expect(document.querySelector('dialog')).toBeNull();
  });

  it('shows a refused restore instead of swallowing it', async () => {
    api.refuseRestore = true;
    await render(true);
    act(() => button('Restore version 1')!.click());
    await act(async () => confirmButton().click());
    expect(container.querySelector('[role="alert"]')?.textContent).toContain(
      'Someone else changed the journey first.',
    );
  });

  it('lets a viewer read and compare, but not name or restore', async () => {
    await render(false);
    expect(container.querySelector('.version-form')).toBeNull();
    expect(button('Restore version 1')).toBeUndefined();
    expect(button('Compare version 1 with current')).toBeDefined();
  });
});
