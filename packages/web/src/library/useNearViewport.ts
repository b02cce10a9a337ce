// One IntersectionObserver for a screen's many cards: `watch(element, onNear)` calls onNear once the
// element comes within a screen of the viewport (then stops watching it). The library's 500
// thumbnails are made only for the cards someone can scroll to soon, not all at once.
import { useCallback, useEffect, useRef } from 'react';

type Watch = (element: Element, onNear: () => void) => () => void;

export function useNearViewport(): Watch {
  const observer = useRef<IntersectionObserver | undefined>(undefined);
  const waiting = useRef(new Map<Element, () => void>());
  useEffect(() => () => observer.current?.disconnect(), []);
  return useCallback<Watch>((element, onNear) => {
    // Without the observer (an old browser, a test DOM) everything is near.
    if (typeof IntersectionObserver !== 'function') {
      onNear();
      return () => {};
    }
    observer.current ??= new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          observer.current?.unobserve(entry.target);
          const near = waiting.current.get(entry.target);
          waiting.current.delete(entry.target);
          near?.();
        }
      },
      { rootMargin: '100% 0px' },
    );
    waiting.current.set(element, onNear);
    observer.current.observe(element);
    return () => {
      waiting.current.delete(element);
      observer.current?.unobserve(element);
    };
  }, []);
}
