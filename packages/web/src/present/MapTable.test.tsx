import { applyCommands, type Journey, type JourneyCommand } from '@waymark/core';
import { act, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parcelReturn } from '../../../../test/fixtures/parcelReturn';
import { MapTable } from './MapTable';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLDivElement;
let root: Root;
let current: Journey;

/** The table over a journey that core's commands change, as the editor's document does. */
function Harness({ readOnly, start }: { readOnly: boolean; start: Journey }) {
  const [journey, setJourney] = useState<Journey>(start);
  current = journey;
  const edit = (commands: JourneyCommand[]) => {
    const result = applyCommands(journey, commands);
    if (result.ok) setJourney(result.journey);
    return result.ok;
  };
  return <MapTable journey={journey} {...(readOnly ? {} : { edit })} />;
}

function render(readOnly = false, start = parcelReturn()) {
  act(() => root.render(<Harness readOnly={readOnly} start={start} />));
}

/** The parcel return with an alternative path after reading the policy: a call, then back to printing. */
function withPath(): Journey {
  const added = applyCommands(parcelReturn(), [
    {
      op: 'add',
      kind: 'path',
      item: {
        id: 'ask',
        name: 'Ask support',
        kind: 'unhappy',
        from: 'policy',
        rejoin: 'label',
        steps: [{ id: 'call', name: 'Call the hotline', touchpoints: [{ id: 'hotline', channel: 'phone' }] }],
      },
    },
  ]);
  if (!added.ok) throw new Error('the path does not apply');
  return added.journey;
}

const byLabel = <T extends HTMLElement>(label: string) => {
  const found = [...container.querySelectorAll<T>('[aria-label]')].find(
    (element) => element.getAttribute('aria-label') === label,
  );
  if (!found) throw new Error(`nothing labelled “${label}”`);
  return found;
};
const press = (element: HTMLElement, key: string) =>
  act(() => {
    element.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  });
const click = (element: HTMLElement) => act(() => element.click());
function type(element: HTMLInputElement, value: string) {
  act(() => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(element, value);
    element.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
const cellText = (lane: string, stage: number) => {
  const row = [...container.querySelectorAll('tbody tr')].find(
    (tr) => tr.querySelector('th')?.textContent === lane,
  );
  return [...(row?.querySelectorAll('td')[stage]?.querySelectorAll('li') ?? [])].map((li) =>
    li.textContent?.replace(/(Edit)?(Delete)?$/, ''),
  );
};

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

describe('the table view edits the map', () => {
  it('edits a touchpoint, a pain point and a thought in place: Edit, type, Enter', () => {
    render();
    click(byLabel('Edit Returns FAQ (web), moment of truth'));
    const name = byLabel<HTMLInputElement>('Name of Returns FAQ (web), moment of truth');
    expect(name.value).toBe('Returns FAQ');
    type(name, 'Returns page');
    press(name, 'Enter');
    expect(current.stages[0]?.steps[0]?.touchpoints[0]?.name).toBe('Returns page');

    click(byLabel('Edit Hidden fees (severity 4 of 5)'));
    const title = byLabel<HTMLInputElement>('Name of Hidden fees (severity 4 of 5)');
    expect(title.value).toBe('Hidden fees');
    type(title, 'Fees shown late');
    press(title, 'Enter');
    expect(current.painPoints[0]?.title).toBe('Fees shown late');

    click(byLabel('Edit Is it free?'));
    const thought = byLabel<HTMLInputElement>('Thought of Is it free?');
    type(thought, 'Who pays the postage?');
    press(thought, 'Enter');
    expect(current.stages[0]?.steps[0]?.thoughts).toEqual(['Who pays the postage?']);
    expect(cellText('Thoughts', 0)).toEqual(['Who pays the postage?']);
  });

  it('Escape leaves an entry as it was', () => {
    render();
    click(byLabel('Edit Drop it off'));
    const name = byLabel<HTMLInputElement>('Name of Drop it off');
    type(name, 'Something else');
    press(name, 'Escape');
    expect(current.stages[1]?.steps[0]?.name).toBe('Drop it off');
    expect(container.querySelector('input')).toBeNull();
  });

  it('adds to an empty cell at the chosen step, and a metric to a stage', () => {
    render();
    click(byLabel('Add to Backstage of Decide'));
    const step = container.querySelector<HTMLSelectElement>('.map-table-add-form select');
    if (!step) throw new Error('no step choice in a stage of two steps');
    act(() => {
      step.value = 'label';
      step.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const field = byLabel<HTMLInputElement>('New backstage action in Backstage of Decide');
    type(field, 'Print queue');
    act(() => field.form?.requestSubmit());
    expect(current.stages[0]?.steps[1]?.blueprint.backstage).toEqual(['Print queue']);
    expect(cellText('Backstage', 0)).toEqual(['Print queue']);

    click(byLabel('Add to Metrics of Send'));
    const metric = byLabel<HTMLInputElement>('New metric in Metrics of Send');
    type(metric, 'Drop-off rate');
    act(() => metric.form?.requestSubmit());
    expect(current.metrics.map((m) => [m.name, m.at])).toEqual([['Drop-off rate', 'send']]);
  });

  it('a blank new item adds nothing and keeps the field open', () => {
    render();
    click(byLabel('Add to Gains of Send'));
    const field = byLabel<HTMLInputElement>('New gain in Gains of Send');
    type(field, '   ');
    act(() => field.form?.requestSubmit());
    expect(current.gains).toEqual([]);
    expect(byLabel('New gain in Gains of Send')).toBe(field);
  });

  it('sets an emotion score with its choice', () => {
    render();
    const score = container.querySelector<HTMLSelectElement>('.map-table-score');
    if (!score) throw new Error('no score choice');
    expect(score.labels?.[0]?.textContent).toBe('Read the policy: Online shopper');
    act(() => {
      score.value = '1.5';
      score.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(current.stages[0]?.steps[0]?.emotions.shopper?.score).toBe(1.5);
  });

  it('deletes an entry after asking, and Keep leaves it', () => {
    render();
    click(byLabel('Delete Say it is free'));
    click(
      [...container.querySelectorAll<HTMLButtonElement>('.map-table-confirm button')][1] as HTMLButtonElement,
    );
    expect(current.opportunities).toHaveLength(1);
    expect(container.querySelector('.map-table-confirm')).toBeNull();

    click(byLabel('Delete Say it is free'));
    const confirm = byLabel('Delete Say it is free?').querySelector('button');
    expect(confirm).toBe(document.activeElement);
    click(confirm as HTMLButtonElement);
    expect(current.opportunities).toEqual([]);
    expect(cellText('Opportunities', 0)).toEqual([]);
    expect(container.querySelector('[role="status"]')?.textContent).toBe(
      'Deleted Say it is free. Ctrl+Z brings it back.',
    );
    expect(document.activeElement).toBe(container.querySelector('.map-table-scroll'));
  });

  it('deletes a stage with its steps and a line of a step', () => {
    render();
    click(byLabel('Delete Scan the label'));
    click(byLabel('Delete Scan the label?').querySelector('button') as HTMLButtonElement);
    expect(current.stages[1]?.steps[0]?.blueprint.backstage).toEqual([]);
    click(byLabel('Delete Send'));
    click(byLabel('Delete Send?').querySelector('button') as HTMLButtonElement);
    expect(current.stages.map((stage) => stage.id)).toEqual(['decide']);
    expect(container.querySelectorAll('thead th')).toHaveLength(2);
  });

  it('a delete core refuses changes nothing and says why', () => {
    render();
    const before = current;
    click(byLabel('Delete Read the policy'));
    click(byLabel('Delete Read the policy?').querySelector('button') as HTMLButtonElement);
    expect(current).toBe(before);
    expect(container.querySelector('[role="alert"]')?.textContent).toMatch(
      /^Not deleted: .*still referred to by painPoints\[0\]\.at \(fees\)/,
    );
  });

  it('lists the steps of an alternative path in the stage it branches in, and edits them', () => {
    render(false, withPath());
    expect(cellText('Alternative paths', 0)).toEqual([
      'Ask support (unhappy path)',
      'Ask support: Call the hotline',
    ]);
    expect(cellText('Touchpoints', 0)).toContain('phone (phone)');
    click(byLabel('Edit Ask support: Call the hotline'));
    const name = byLabel<HTMLInputElement>('Name of Ask support: Call the hotline');
    expect(name.value).toBe('Call the hotline');
    type(name, 'Phone the hotline');
    press(name, 'Enter');
    expect(current.paths[0]?.steps[0]?.name).toBe('Phone the hotline');

    click(byLabel('Add to Thoughts of Decide'));
    const step = container.querySelector<HTMLSelectElement>('.map-table-add-form select');
    expect([...(step?.options ?? [])].map((o) => o.textContent)).toEqual([
      'Read the policy',
      'Print the label',
      'Phone the hotline',
    ]);

    click(byLabel('Delete Ask support (unhappy path)'));
    click(byLabel('Delete Ask support (unhappy path)?').querySelector('button') as HTMLButtonElement);
    expect(current.paths).toEqual([]);
  });

  it('read-only, shows the words and no controls', () => {
    render(true);
    expect(container.querySelectorAll('button, input, select')).toHaveLength(0);
    expect(cellText('Touchpoints', 0)).toEqual(['Returns FAQ (web), moment of truth']);
  });
});
