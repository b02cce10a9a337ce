import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type MapPoint, pointerThrottle, remotePointers } from './remotePointers';

const ada = { id: 'u-ada', name: 'Ada', color: '#0072b2' };
const eve = { id: 'u-eve', name: 'Eve', color: '#d55e00' };

describe('sharing my pointer (throttled awareness updates)', () => {
  let sent: (MapPoint | undefined)[];
  beforeEach(() => {
    vi.useFakeTimers();
    sent = [];
  });
  afterEach(() => vi.useRealTimers());

  it('sends the first move at once and then at most 20 a second, always ending where the pointer stopped', () => {
    const throttle = pointerThrottle((at) => sent.push(at));
    throttle.share({ x: 0, y: 0 });
    expect(sent).toEqual([{ x: 0, y: 0 }]);
    // 100 moves over half a second (one every 5 ms): about 10 updates, not 100.
    for (let i = 1; i <= 100; i++) {
      vi.advanceTimersByTime(5);
      throttle.share({ x: i, y: i });
    }
    vi.advanceTimersByTime(1000);
    expect(sent.length).toBeGreaterThanOrEqual(10);
    expect(sent.length).toBeLessThanOrEqual(12);
    expect(sent.at(-1)).toEqual({ x: 100, y: 100 });
  });

  it('clears the pointer at once when it leaves the map, and a pending move never brings it back', () => {
    const throttle = pointerThrottle((at) => sent.push(at));
    throttle.share({ x: 1, y: 1 });
    throttle.share({ x: 2, y: 2 });
    throttle.share(undefined);
    vi.advanceTimersByTime(1000);
    expect(sent).toEqual([{ x: 1, y: 1 }, undefined]);
    // Leaving again (or leaving before ever moving) sends nothing more.
    throttle.share(undefined);
    expect(sent).toEqual([{ x: 1, y: 1 }, undefined]);
  });

  it('sends nothing after it is cancelled', () => {
    const throttle = pointerThrottle((at) => sent.push(at));
    throttle.share({ x: 1, y: 1 });
    throttle.share({ x: 2, y: 2 });
    throttle.cancel();
    vi.advanceTimersByTime(1000);
    expect(sent).toEqual([{ x: 1, y: 1 }]);
  });
});

describe('whose pointers are drawn', () => {
  it('draws the others with a pointer on the map, never my own (nor my other tabs)', () => {
    const others = [
      { user: ada, pointer: { x: 10, y: 20 } },
      { user: eve },
      { user: { ...eve, id: 'u-me' }, pointer: { x: 1, y: 1 } },
    ];
    expect(remotePointers(others, 'u-me')).toEqual([
      { id: 'u-ada', name: 'Ada', color: '#0072b2', at: { x: 10, y: 20 } },
    ]);
  });
});
