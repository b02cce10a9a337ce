import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RemotePointers } from './RemotePointers';
import { othersIn } from './useLiveJourney';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const ada = { id: 'u-ada', name: '<b>Ada</b>', color: '#0072b2' };
const me = { id: 'u-me', name: 'Me', color: '#d55e00' };

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

function draw(states: { clientId: number; [field: string]: unknown }[], scale: number) {
  act(() =>
    root.render(
      <svg role="img" aria-label="map">
        <RemotePointers others={othersIn(states, 1)} myId={me.id} scale={scale} />
      </svg>,
    ),
  );
  return [...container.querySelectorAll<SVGGElement>('.remote-pointer')];
}

describe('the others’ pointers over the map', () => {
  it('draws each other person’s pointer at its map position, in their colour, named, the same size at every zoom', () => {
    const states = [
      { clientId: 1, user: me, pointer: { x: 5, y: 5 } },
      { clientId: 2, user: ada, pointer: { x: 120, y: 40 } },
    ];
    const [pointer, ...rest] = draw(states, 2);
    expect(rest).toEqual([]);
    expect(pointer?.dataset.person).toBe('u-ada');
    expect(pointer?.getAttribute('transform')).toBe('translate(120 40) scale(0.5)');
    expect(pointer?.querySelector('path')?.getAttribute('fill')).toBe('#0072b2');
    // The name is text, never markup.
    expect(pointer?.querySelector('text')?.textContent).toBe('<b>Ada</b>');
    expect(pointer?.querySelector('b')).toBeNull();
    expect(draw(states, 0.25)[0]?.getAttribute('transform')).toBe('translate(120 40) scale(4)');
  });

  it('removes a pointer when it leaves the map or its person goes, and ignores malformed ones', () => {
    expect(draw([{ clientId: 2, user: ada, pointer: { x: 1, y: 2 } }], 1)).toHaveLength(1);
    expect(draw([{ clientId: 2, user: ada, pointer: null }], 1)).toHaveLength(0);
    expect(draw([{ clientId: 2, user: ada, pointer: { x: 'far', y: 2 } }], 1)).toHaveLength(0);
    expect(draw([], 1)).toHaveLength(0);
  });
});
