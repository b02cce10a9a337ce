import { findTemplate, type Journey, type JourneyCommand, parseJourney } from '@waymark/core';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiClient, type RequestOptions } from '../api/ApiClient';
import { AppContext, type AppServices } from '../app/AppContext';
import { DetailsPanel } from './DetailsPanel';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** The API as the panel sees it: answers comment reads, records writes. */
class FakeApi extends ApiClient {
  readonly posted: { path: string; body: unknown }[] = [];
  override async request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
    if (method === 'POST') {
      this.posted.push({ path, body: options.body });
      return {} as T;
    }
    const threads = this.posted.map((post, i) => ({
      id: `c${i}`,
      elementId: 'feels-cold',
      parentId: null,
      author: { id: 'u1', name: 'Ada' },
      body: (post.body as { body: string }).body,
      createdAt: '2026-01-01T00:00:00.000Z',
      resolvedAt: null,
      replies: [],
    }));
    return { threads } as T;
  }
}

const parsed = parseJourney(findTemplate('retail-winter-jacket')?.source ?? '');
if (!parsed.ok) throw new Error('the retail template does not parse');
const journey: Journey = parsed.journey;
const step = journey.stages[0]!.steps[0]!;

let container: HTMLDivElement;
let root: Root;
let api: FakeApi;
let edits: JourneyCommand[][];

function render(options: { readOnly: boolean; canComment: boolean; selected?: string }) {
  const services: AppServices = { api, me: null, refreshMe: async () => null, navigate: () => {} };
  act(() =>
    root.render(
      <AppContext.Provider value={services}>
        <DetailsPanel
          workspace="sample"
          journey={journey}
          selected={options.selected ?? step.id}
          readOnly={options.readOnly}
          canComment={options.canComment}
          edit={(commands) => {
            edits.push(commands);
            return true;
          }}
          onSelect={() => {}}
        />
      </AppContext.Provider>,
    ),
  );
}

/** Sets an input's value the way React sees typing. */
function type(element: HTMLInputElement | HTMLTextAreaElement, value: string) {
  const prototype =
    element instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(prototype, 'value')?.set?.call(element, value);
  element.dispatchEvent(new Event('input', { bubbles: true }));
}

const flush = () => act(async () => {});

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  api = new FakeApi();
  edits = [];
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

describe('the details panel of a step', () => {
  it('adds a pain point at the selected step through a core command', async () => {
    render({ readOnly: false, canComment: true });
    await flush();
    const title = container.querySelector<HTMLInputElement>('input[placeholder="What hurts here?"]')!;
    act(() => type(title, 'Sizes run small'));
    const form = title.closest('form')!;
    act(() => form.requestSubmit());
    expect(edits).toEqual([
      [{ op: 'add', kind: 'painPoint', item: { title: 'Sizes run small', at: step.id, severity: 3 } }],
    ]);
  });

  it('renames the step when its name field is left', async () => {
    render({ readOnly: false, canComment: true });
    const name = container.querySelector<HTMLInputElement>('.field input')!;
    act(() => type(name, 'Shivers at the bus stop'));
    act(() => name.dispatchEvent(new FocusEvent('focusout', { bubbles: true })));
    expect(edits).toEqual([[{ op: 'update', id: step.id, set: { name: 'Shivers at the bus stop' } }]]);
  });

  it('offers a viewer nothing to edit: no add forms, read-only fields, fixed sliders, no comment box', async () => {
    render({ readOnly: true, canComment: false });
    await flush();
    expect(container.querySelector('input[placeholder="What hurts here?"]')).toBeNull();
    expect(container.querySelector('form')).toBeNull();
    const fields = [...container.querySelectorAll<HTMLInputElement>('input, textarea, select')];
    expect(fields.length).toBeGreaterThan(journey.personas.length);
    expect(fields.every((field) => field.readOnly || field.disabled)).toBe(true);
    const sliders = [...container.querySelectorAll<HTMLInputElement>('input[type="range"]')];
    expect(sliders.length).toBe(journey.personas.length);
  });

  it('edits a thought of the step in its list, and adds a backstage line', async () => {
    render({ readOnly: false, canComment: true });
    await flush();
    const thought = container.querySelector<HTMLInputElement>('[aria-label="Thoughts"] .field input')!;
    act(() => type(thought, 'Freezing'));
    act(() => thought.dispatchEvent(new FocusEvent('focusout', { bubbles: true })));
    const backstage = container.querySelector<HTMLInputElement>('[aria-label="Backstage"] form input')!;
    act(() => type(backstage, 'Restock'));
    act(() => backstage.closest('form')!.requestSubmit());
    expect(edits).toEqual([
      [{ op: 'update', id: step.id, set: { thoughts: ['Freezing'] } }],
      [{ op: 'update', id: step.id, set: { blueprint: { ...step.blueprint, backstage: ['Restock'] } } }],
    ]);
  });
});

describe('the details panel of other kinds', () => {
  it('picks a touchpoint’s channel from core’s channels, each with its icon', async () => {
    const touchpoint = step.touchpoints[0]!;
    render({ readOnly: false, canComment: true, selected: touchpoint.id });
    await flush();
    const radios = [...container.querySelectorAll<HTMLInputElement>('.channel-picker input[type="radio"]')];
    expect(radios.find((radio) => radio.checked)?.value).toBe(touchpoint.channel);
    expect(container.querySelectorAll('.channel-picker svg.channel-icon').length).toBe(radios.length);
    act(() => radios.find((radio) => radio.value === 'email')!.click());
    expect(edits).toEqual([[{ op: 'update', id: touchpoint.id, set: { channel: 'email' } }]]);
  });

  it('makes a touchpoint a moment of truth once the reason is given', async () => {
    const touchpoint = step.touchpoints[0]!;
    render({ readOnly: false, canComment: true, selected: touchpoint.id });
    await flush();
    act(() => container.querySelector<HTMLInputElement>('.moment-field input[type="checkbox"]')!.click());
    expect(edits).toEqual([]);
    const reason = container.querySelector<HTMLInputElement>('.moment-field .field input')!;
    act(() => type(reason, 'Friends decide it'));
    act(() => reason.dispatchEvent(new FocusEvent('focusout', { bubbles: true })));
    expect(edits).toEqual([
      [{ op: 'update', id: touchpoint.id, set: { momentOfTruth: { reason: 'Friends decide it' } } }],
    ]);
  });

  it('says which field holds text that is not a number, and edits nothing', async () => {
    const pain = journey.painPoints[0]!;
    render({ readOnly: false, canComment: true, selected: pain.id });
    await flush();
    const reach = [...container.querySelectorAll<HTMLInputElement>('.field')]
      .find((field) => field.textContent?.startsWith('Reach'))!
      .querySelector('input')!;
    act(() => type(reach, 'many'));
    act(() => reach.dispatchEvent(new FocusEvent('focusout', { bubbles: true })));
    expect(edits).toEqual([]);
    expect(container.querySelector('[role="alert"]')?.textContent).toContain('“many” is not a number');
  });
});

describe('the details panel’s comments', () => {
  it('posts a comment on the selected element and shows it in the thread list', async () => {
    render({ readOnly: false, canComment: true });
    await flush();
    const box = container.querySelector<HTMLTextAreaElement>('.comment-form textarea')!;
    act(() => type(box, 'Check the fit data'));
    await act(async () => box.closest('form')!.requestSubmit());
    await flush();
    expect(api.posted).toEqual([
      {
        path: `/api/v1/workspaces/sample/journeys/${journey.id}/comments`,
        body: { body: 'Check the fit data', elementId: step.id },
      },
    ]);
    expect(container.querySelector('.comment p')?.textContent).toBe('Check the fit data');
  });
});
