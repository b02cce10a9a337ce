import { applyCommands, findTemplate, type Journey, parseJourney } from '@waymark/core';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addStep } from './intents';
import { LintPanel } from './LintPanel';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const parsed = parseJourney(findTemplate('retail-winter-jacket')?.source ?? '');
if (!parsed.ok) throw new Error('the retail template does not parse');
const clean: Journey = parsed.journey;
const stage = clean.stages[0]!;

/** The template with a new, bare step: it has no touchpoint, which lint reports. */
function withBareStep(): { journey: Journey; step: string } {
  const result = applyCommands(clean, addStep(clean, stage.id));
  if (!result.ok) throw new Error('adding a step was refused');
  const step = result.journey.stages[0]!.steps.at(-1)!;
  return { journey: result.journey, step: step.id };
}

let container: HTMLDivElement;
let root: Root;
let picked: string[];
let closed: number;

function render(journey: Journey) {
  act(() =>
    root.render(
      <LintPanel
        journey={journey}
        today="2026-01-01"
        onPick={(id) => picked.push(id)}
        onClose={() => closed++}
      />,
    ),
  );
}

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  picked = [];
  closed = 0;
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

describe('the lint panel', () => {
  it('says "No findings" and scores 100 for a clean map', () => {
    render(clean);
    expect(container.textContent).toContain('No findings');
    expect(container.querySelector('.health-number')?.textContent).toBe('100');
    expect(container.querySelectorAll('button.finding')).toHaveLength(0);
  });

  it('lists a finding under its severity, lowers the score, and picks its element when clicked', () => {
    const { journey, step } = withBareStep();
    render(journey);
    expect(container.textContent).not.toContain('No findings');
    expect(Number(container.querySelector('.health-number')?.textContent)).toBeLessThan(100);
    const finding = [...container.querySelectorAll<HTMLButtonElement>('button.finding')].find((button) =>
      button.textContent?.includes('step-without-touchpoint'),
    );
    expect(finding).toBeDefined();
    const group = finding!.closest('section')!;
    expect(group.getAttribute('aria-label')).toMatch(/^(Errors|Warnings|Hints) \(\d+\)$/);
    act(() => finding!.click());
    expect(picked).toEqual([step]);
  });

  it('shows the health of each category that applies, and follows the journey as it changes', () => {
    render(clean);
    const labels = [...container.querySelectorAll('.health-categories meter')].map((meter) =>
      meter.getAttribute('aria-label'),
    );
    expect(labels).toContain('Structure health');
    render(withBareStep().journey);
    expect(container.textContent).not.toContain('No findings');
  });

  it('renders a finding message as text, never as markup', () => {
    const result = applyCommands(clean, [
      { op: 'add', kind: 'step', parent: stage.id, index: 0, item: { name: '<img src=x onerror=alert(1)>' } },
    ]);
    if (!result.ok) throw new Error('adding a step was refused');
    render(result.journey);
    expect(container.querySelector('img')).toBeNull();
  });

  it('closes from its close button', () => {
    render(clean);
    act(() => container.querySelector<HTMLButtonElement>('[aria-label="Close lint findings"]')!.click());
    expect(closed).toBe(1);
  });
});
