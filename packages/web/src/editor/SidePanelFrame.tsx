import type { ReactNode } from 'react';

interface SidePanelFrameProps {
  /** The panel's landmark name, also its close button's ("Close lint findings"). */
  readonly label: string;
  readonly title: string;
  readonly className: string;
  readonly onClose: () => void;
  readonly children: ReactNode;
}

/** A side panel the toolbar opens: a named landmark with a title and a close button. */
export function SidePanelFrame({ label, title, className, onClose, children }: SidePanelFrameProps) {
  return (
    <aside className={`side-panel ${className}`} aria-label={label}>
      <header className="panel-header">
        <h2>{title}</h2>
        <button
          type="button"
          className="icon-button"
          aria-label={`Close ${label.toLowerCase()}`}
          onClick={onClose}
        >
          ×
        </button>
      </header>
      {children}
    </aside>
  );
}
