// Render's scene in the editor: the markup render's SVG writer makes for exports, set as the
// content of one group, so the editor shows exactly the map that exports show. The browser's
// parser builds a 1,000-touchpoint map's nodes several times faster than React creating them one
// by one, and an unchanged scene is never rebuilt. Text is escaped by the writer; nothing is
// executed. Groups that draw a journey element carry data-id and are focusable buttons; the
// canvas handles their clicks, keys and drags by delegation, so this stays a pure drawing.
import { type GroupItem, type SceneItem, writeSceneItems } from '@waymark/render';
import { memo, useLayoutEffect, useMemo, useRef } from 'react';
import type { MapCard } from './sceneIndex';

const laneWords: Readonly<Record<string, string>> = {
  thoughts: 'Thought',
  frontstage: 'Frontstage',
  backstage: 'Backstage',
  support: 'Support process',
  systems: 'System',
  physical: 'Physical evidence',
};

/**
 * The groups a person can focus: those drawing an element, outside another focusable one (a
 * button inside a button is not reachable), emotion markers excepted (they are dragged).
 */
function focusableGroups(items: readonly SceneItem[], into = new Set<GroupItem>()): Set<GroupItem> {
  for (const item of items) {
    if (item.kind !== 'group') continue;
    if (item.dataId !== undefined && !item.className.includes('wm-emotion')) into.add(item);
    else focusableGroups(item.children, into);
  }
  return into;
}

/** The scene as markup: each card numbered (data-card) so a click or key on it finds what it draws. */
export function sceneMarkup(items: readonly SceneItem[], cards: readonly MapCard[]): string {
  const numbers = new Map(
    cards.map((card, n) => {
      const word = laneWords[card.lane];
      return [card.group, { n, label: word ? `${word}: ${card.text}` : card.text }];
    }),
  );
  const focusable = focusableGroups(items);
  return writeSceneItems(items, {
    groupAttributes: (group) => {
      const card = numbers.get(group);
      if (!focusable.has(group)) return { 'data-card': card?.n };
      return {
        'data-card': card?.n,
        tabindex: 0,
        role: 'button',
        'aria-label': group.title ?? card?.label ?? group.dataId,
      };
    },
  });
}

/**
 * The scene's items; rebuilt only when the scene changes (not on selection or zoom). The card the
 * keyboard was on keeps the focus across a rebuild (the same element's card in the new scene).
 */
export const SceneSvg = memo(function SceneSvg({
  items,
  cards = [],
}: {
  items: readonly SceneItem[];
  cards?: readonly MapCard[];
}) {
  const markup = useMemo(() => sceneMarkup(items, cards), [items, cards]);
  const host = useRef<SVGGElement>(null);
  useLayoutEffect(() => {
    const element = host.current;
    if (element === null) return;
    const active = element.ownerDocument.activeElement;
    const focusedId = active && element.contains(active) ? active.getAttribute('data-id') : null;
    element.innerHTML = markup;
    if (focusedId === null) return;
    const again = [...element.querySelectorAll<SVGGElement>('g[role="button"]')].find(
      (card) => card.dataset.id === focusedId,
    );
    again?.focus({ preventScroll: true });
  }, [markup]);
  return <g ref={host} className="map-scene" />;
});
