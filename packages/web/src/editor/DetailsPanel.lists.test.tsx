// The details panel's lists, edited into a real collaborative document (DocEditor over collab's
// mapping): a persona's goals, needs, frustrations and behaviours, a metric's measurements.
import { journeyToDoc } from '@waymark/collab';
import { findTemplate, parseJourney } from '@waymark/core';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiClient, type RequestOptions } from '../api/ApiClient';
import { AppContext, type AppServices } from '../app/AppContext';
import { DetailsPanel } from './DetailsPanel';
import { DocEditor } from './DocEditor';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** No comments: the panel's comment list reads an empty list. */
class QuietApi extends ApiClient {
  override async request<T>(_method: string, _path: string, _options: RequestOptions = {}): Promise<T> {
    return { threads: [] } as T;
  }
}

let container: HTMLDivElement;
let root: Root;
let editor: DocEditor;

function render(selected: string, readOnly = false) {
  const services: AppServices = {
    api: new QuietApi(),
    me: null,
    refreshMe: async () => null,
    navigate: () => {},
  };
  const draw = () =>
    root.render(
      <AppContext.Provider value={services}>
        <DetailsPanel
          workspace="sample"
          journey={editor.journey()}
          selected={selected}
          readOnly={readOnly}
          canComment={false}
          edit={(commands) => {
            const ok = editor.apply(commands).ok;
            draw();
            return ok;
          }}
          onSelect={() => {}}
        />
      </AppContext.Provider>,
    );
  act(draw);
}

function type(element: HTMLInputElement, value: string) {
  act(() => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(element, value);
    element.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
const leave = (element: HTMLElement) =>
  act(() => {
    element.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
  });
const section = (name: string) => {
  const found = container.querySelector<HTMLElement>(`section[aria-label="${name}"]`);
  if (!found) throw new Error(`no section ${name}`);
  return found;
};
const inputLabelled = (within: HTMLElement, label: string) => {
  const target = [...within.querySelectorAll('label')].find((l) => l.textContent === label);
  const input = target?.htmlFor ? within.querySelector<HTMLInputElement>(`[id="${target.htmlFor}"]`) : null;
  if (!input) throw new Error(`no field ${label}`);
  return input;
};

beforeEach(() => {
  const parsed = parseJourney(findTemplate('retail-winter-jacket')?.source ?? '');
  if (!parsed.ok) throw new Error('the retail template does not parse');
  editor = new DocEditor(journeyToDoc(parsed.journey), {});
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

describe('a persona’s lists in the details panel', () => {
  it('edits a goal, removes a need, adds a frustration and a behaviour, into the document', () => {
    const persona = editor.journey().personas[0]!;
    render(persona.id);
    for (const title of ['Goals', 'Needs', 'Frustrations', 'Behaviours']) expect(section(title)).toBeTruthy();
    const goal = inputLabelled(section('Goals'), 'Goal 1');
    expect(goal.value).toBe(persona.goals[0]);
    type(goal, 'Stay warm at the bus stop');
    leave(goal);
    expect(editor.journey().personas[0]!.goals[0]).toBe('Stay warm at the bus stop');

    const needs = editor.journey().personas[0]!.needs;
    act(() => section('Needs').querySelector<HTMLButtonElement>('[aria-label="Remove need 1"]')!.click());
    expect(editor.journey().personas[0]!.needs).toEqual(needs.slice(1));

    for (const [title, text] of [
      ['Frustrations', 'Sizes run small'],
      ['Behaviours', 'Reads the reviews first'],
    ] as const) {
      const add = section(title).querySelector<HTMLInputElement>('form input')!;
      type(add, text);
      act(() => add.form!.requestSubmit());
    }
    const after = editor.journey().personas[0]!;
    expect(after.frustrations.at(-1)).toBe('Sizes run small');
    expect(after.behaviours.at(-1)).toBe('Reads the reviews first');
    editor.undo();
    expect(editor.journey().personas[0]!.behaviours.at(-1)).not.toBe('Reads the reviews first');
  });

  it('shows a viewer the lists without a way to change them', () => {
    const persona = editor.journey().personas[0]!;
    render(persona.id, true);
    expect(inputLabelled(section('Goals'), 'Goal 1').readOnly).toBe(true);
    expect(container.querySelector('section[aria-label="Goals"] form')).toBeNull();
    expect(container.querySelector('[aria-label^="Remove goal"]')).toBeNull();
  });
});

describe('a metric’s measurements in the details panel', () => {
  it('adds a measurement with date, value and source; edits a value; removes one', () => {
    const metric = editor.journey().metrics.find((m) => m.measurements.length > 0)!;
    const count = metric.measurements.length;
    render(metric.id);
    const measurements = section('Measurements');
    expect(measurements.querySelectorAll('fieldset')).toHaveLength(count);
    const form = measurements.querySelector<HTMLFormElement>('form')!;
    type(inputLabelled(form, 'New measurement’s date'), '2030-01-31');
    type(inputLabelled(form, 'Its value'), '3.5');
    type(inputLabelled(form, 'Its source'), 'Analytics export');
    act(() => form.requestSubmit());
    const added = editor.journey().metrics.find((m) => m.id === metric.id)!.measurements;
    expect(added.at(-1)).toEqual({ date: '2030-01-31', value: 3.5, source: 'Analytics export' });
    expect(inputLabelled(form, 'Its value').value).toBe('');

    const last = [...section('Measurements').querySelectorAll<HTMLFieldSetElement>('fieldset')].at(-1)!;
    const value = inputLabelled(last, 'Value');
    type(value, '3.7');
    leave(value);
    expect(
      editor
        .journey()
        .metrics.find((m) => m.id === metric.id)!
        .measurements.at(-1)?.value,
    ).toBe(3.7);

    act(() => last.querySelector<HTMLButtonElement>('button')!.click());
    expect(editor.journey().metrics.find((m) => m.id === metric.id)!.measurements).toHaveLength(count);
  });

  it('says what is wrong with a measurement that is not one, and changes nothing', () => {
    const metric = editor.journey().metrics[0]!;
    const before = editor.journey().metrics[0]!.measurements;
    render(metric.id);
    const form = section('Measurements').querySelector<HTMLFormElement>('form')!;
    type(inputLabelled(form, 'New measurement’s date'), '2030-01-31');
    type(inputLabelled(form, 'Its value'), 'lots');
    act(() => form.requestSubmit());
    expect(container.querySelector('[role="alert"]')?.textContent).toBe('Value: “lots” is not a number');
    expect(editor.journey().metrics[0]!.measurements).toEqual(before);
    expect(inputLabelled(form, 'Its value').value).toBe('lots');
  });
});
