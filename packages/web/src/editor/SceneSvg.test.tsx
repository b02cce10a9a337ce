import { findTemplate, parseJourney } from '@waymark/core';
import { layoutJourney } from '@waymark/render';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TILE, type TileKey, tilesOf } from './drawnTiles';
import { SceneSvg } from './SceneSvg';
import { mapCards } from './sceneIndex';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const parsed = parseJourney(findTemplate('retail-winter-jacket')?.source ?? '');
if (!parsed.ok) throw new Error('the retail template does not parse');
const layout = layoutJourney(parsed.journey);
const cards = mapCards(layout.scene.items);
const everyTile = new Set(tilesOf({ x: 0, y: 0, width: layout.width, height: layout.height }));

let container: HTMLDivElement;
let root: Root;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

function draw(drawn?: ReadonlySet<TileKey>) {
  act(() =>
    root.render(
      <svg role="img" aria-label="map">
        <SceneSvg items={layout.scene.items} cards={cards} drawn={drawn} />
      </svg>,
    ),
  );
}
const texts = () => container.querySelectorAll('text').length;

describe('the scene drawn tile by tile', () => {
  it('draws every card in full without tiles, as exports do', () => {
    draw();
    expect(container.querySelectorAll('[data-pending]')).toHaveLength(0);
    expect(texts()).toBeGreaterThan(cards.length);
  });

  it('keeps the cards outside the drawn tiles named and focusable, without their text, until their tile is drawn', () => {
    expect(layout.width).toBeGreaterThan(2 * TILE);
    draw();
    const full = texts();
    draw(new Set(['0,0']));
    const far = cards.find((card) => card.box.x > 1.5 * TILE && card.lane === 'touchpoints');
    if (!far) throw new Error('no touchpoint far to the right');
    const waiting = container.querySelector<SVGGElement>(`g[data-card="${cards.indexOf(far)}"]`);
    expect(waiting?.hasAttribute('data-pending')).toBe(true);
    expect(waiting?.getAttribute('tabindex')).toBe('0');
    expect(waiting?.getAttribute('aria-label')).toBeTruthy();
    expect(waiting?.querySelector('text')).toBeNull();
    expect(waiting?.querySelector('rect')).not.toBeNull();
    const near = cards.find(
      (card) => card.box.x + card.box.width < TILE && card.box.y + card.box.height < TILE,
    );
    const drawnCard = near && container.querySelector(`g[data-card="${cards.indexOf(near)}"]`);
    expect(drawnCard?.hasAttribute('data-pending')).toBe(false);
    expect(drawnCard?.querySelector('text')).not.toBeNull();
    expect(texts()).toBeLessThan(full);

    draw(everyTile);
    expect(container.querySelectorAll('[data-pending]')).toHaveLength(0);
    expect(texts()).toBe(full);
  });
});
