import './present.css';
import type { Journey } from '@waymark/core';
import { layoutJourney } from '@waymark/render';
import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { SceneSvg } from '../editor/SceneSvg';
import { usePrefersDark } from '../ui/usePrefersDark';
import { MapTable } from './MapTable';
import { slideForKey, stageFrames } from './stageFrames';

interface PresentViewProps {
  readonly journey: Journey;
  /** Leaves the presentation (Escape, or the close button); absent on a share link, which has nowhere to go. */
  readonly onExit?: () => void;
}

/**
 * The read-only presentation: the whole map, then stage by stage, zoomed to the stage's width (↑ ↓
 * scroll it). ← →, Space, Page Up/Down, Home and End move; Escape leaves; the map's words are a table one click away.
 * The drawing is render's scene, inert (nothing on it is a control), so keyboard and screen reader
 * users move through the slide controls and the table, never through hundreds of cards.
 */
export function PresentView({ journey, onExit }: PresentViewProps) {
  const dark = usePrefersDark();
  const layout = useMemo(() => layoutJourney(journey, { theme: dark ? 'dark' : 'light' }), [journey, dark]);
  const frames = useMemo(() => stageFrames(layout, journey.stages), [layout, journey.stages]);
  const [slide, setSlide] = useState(0);
  const [table, setTable] = useState(false);
  const root = useRef<HTMLElement>(null);
  const at = Math.min(slide, frames.length - 1);
  const frame = frames[at] ?? { label: 'Overview', x: 0, width: layout.width };
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.key === 'Escape') {
        if (table) setTable(false);
        else onExit?.();
        return;
      }
      if (table || (event.target instanceof HTMLElement && event.target.closest('input, select, textarea')))
        return;
      // Space on a focused button presses it; only move when the page itself has focus.
      if (event.key === ' ' && event.target instanceof HTMLButtonElement) return;
      const next = slideForKey(event.key, at, frames.length);
      if (next === undefined) return;
      event.preventDefault();
      setSlide(next);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [at, frames.length, table, onExit]);
  useEffect(() => root.current?.focus(), []);
  const position = at === 0 ? 'Overview' : `Stage ${at} of ${frames.length - 1}`;
  return (
    <section className="present" ref={root} tabIndex={-1} aria-label={`Presenting ${journey.title}`}>
      <header className="present-bar">
        <h1 className="present-title">{journey.title}</h1>
        <p className="present-position" aria-live="polite">
          <span>{position}</span>
          {at > 0 && <strong>{frame.label}</strong>}
        </p>
        <div className="present-actions">
          <button
            type="button"
            className="button ghost small"
            aria-pressed={table}
            onClick={() => setTable(!table)}
          >
            Table
          </button>
          <button
            type="button"
            className="button ghost small"
            onClick={() => void toggleFullscreen(root.current)}
          >
            Full screen
          </button>
          {onExit && (
            <button type="button" className="button ghost small" onClick={onExit} title="Leave (Escape)">
              Leave
            </button>
          )}
        </div>
      </header>
      {table ? (
        <div className="present-table">
          <MapTable journey={journey} />
        </div>
      ) : (
        <StageImage
          label={`${journey.title}: ${frame.label}. ${layout.scene.description}`}
          zoomed={at > 0}
          viewBox={`${frame.x} 0 ${frame.width} ${layout.height}`}
          aspect={`${frame.width} / ${layout.height}`}
        >
          <rect width={layout.width} height={layout.height} fill={layout.scene.background} />
          <SceneSvg items={layout.scene.items} />
        </StageImage>
      )}
      <nav className="present-nav" aria-label="Stages">
        <button
          type="button"
          className="button secondary"
          disabled={at === 0}
          onClick={() => setSlide(at - 1)}
        >
          ← Previous
        </button>
        <ol className="present-dots">
          {frames.map((f, index) => (
            <li key={f.stageId ?? 'overview'}>
              <button
                type="button"
                className="present-dot"
                aria-current={index === at ? 'step' : undefined}
                aria-label={index === 0 ? 'Overview' : `Stage ${index}: ${f.label}`}
                title={f.label}
                onClick={() => setSlide(index)}
              />
            </li>
          ))}
        </ol>
        <button
          type="button"
          className="button secondary"
          disabled={at === frames.length - 1}
          onClick={() => setSlide(at + 1)}
        >
          Next →
        </button>
      </nav>
    </section>
  );
}

async function toggleFullscreen(element: HTMLElement | null): Promise<void> {
  try {
    if (document.fullscreenElement) await document.exitFullscreen();
    else await element?.requestFullscreen();
  } catch {
    // Refused (no user gesture, or not allowed here): the view already fills the window.
  }
}

interface StageImageProps {
  readonly label: string;
  /** A stage fills the width and scrolls down; the overview fits the window. */
  readonly zoomed: boolean;
  readonly viewBox: string;
  readonly aspect: string;
  readonly children: ReactNode;
}

/** The slide's drawing, as one image for assistive technology; inert, so nothing on it takes focus. */
function StageImage({ label, zoomed, viewBox, aspect, children }: StageImageProps) {
  return (
    <div
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a zoomed stage scrolls; keyboard users must reach it
      tabIndex={0}
      className={zoomed ? 'present-stage present-stage-zoomed' : 'present-stage'}
      role="img"
      aria-label={label}
    >
      <div inert className="present-map">
        <svg
          className="present-svg"
          aria-hidden="true"
          viewBox={viewBox}
          preserveAspectRatio="xMidYMin meet"
          style={zoomed ? { aspectRatio: aspect } : undefined}
        >
          {children}
        </svg>
      </div>
    </div>
  );
}
