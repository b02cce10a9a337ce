import { findTemplate, parseJourney } from '@waymark/core';
import { layoutJourney, writeSvg } from '@waymark/render';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { SceneSvg, sceneMarkup } from './SceneSvg';
import { mapCards } from './sceneIndex';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const parsed = parseJourney(findTemplate('retail-winter-jacket')?.source ?? '');
if (!parsed.ok) throw new Error('the retail template does not parse');
const journey = parsed.journey;
const layout = layoutJourney(journey);
const cards = mapCards(layout.scene.items);

function drawn(markup: string): SVGSVGElement {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.innerHTML = markup;
  return svg;
}

describe('the editor’s drawing of the scene', () => {
  it('draws what the export draws, element for element', () => {
    const map = drawn(sceneMarkup(layout.scene.items, cards));
    const exported = new DOMParser().parseFromString(writeSvg(layout.scene, layout), 'image/svg+xml');
    const names = (root: Element) =>
      [...root.querySelectorAll('g[data-id]')].map((g) => g.getAttribute('data-id'));
    expect(names(map)).toEqual(names(exported.documentElement));
    expect(map.querySelectorAll('text').length).toBe(exported.querySelectorAll('text').length);
  });

  it('makes each element’s card a numbered button, but not emotion markers or cards inside cards', () => {
    const map = drawn(sceneMarkup(layout.scene.items, cards));
    const step = journey.stages[0]?.steps[0];
    const card = map.querySelector(`g[data-id="${step?.id}"]`);
    expect(card?.getAttribute('role')).toBe('button');
    expect(card?.getAttribute('tabindex')).toBe('0');
    expect(card?.getAttribute('data-card')).not.toBeNull();
    expect(map.querySelector('g.wm-emotion')?.getAttribute('role')).toBeNull();
    expect(map.querySelectorAll('g[role="button"] g[role="button"]')).toHaveLength(0);
  });

  it('keeps user text as text: a title with markup shows as typed', () => {
    const hostile = layoutJourney({
      ...journey,
      stages: [{ ...journey.stages[0]!, name: '<img src=x onerror=alert(1)>' }],
    });
    const map = drawn(sceneMarkup(hostile.scene.items, mapCards(hostile.scene.items)));
    expect(map.querySelector('img')).toBeNull();
    expect(map.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('keeps the keyboard on the same element’s card when the scene is rebuilt', () => {
    const step = journey.stages[0]?.steps[0];
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    const draw = (items: typeof layout.scene.items) =>
      act(() =>
        root.render(
          <svg role="img" aria-label="map">
            <SceneSvg items={items} cards={mapCards(items)} />
          </svg>,
        ),
      );
    draw(layout.scene.items);
    const before = container.querySelector<SVGGElement>(`g[data-id="${step?.id}"]`);
    before?.focus();
    draw(layoutJourney({ ...journey, title: 'Renamed' }).scene.items);
    expect(container.querySelector('g[data-id]')).not.toBe(before);
    expect(document.activeElement?.getAttribute('data-id')).toBe(step?.id);
    act(() => root.unmount());
    container.remove();
  });
});
