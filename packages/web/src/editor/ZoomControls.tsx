interface ZoomControlsProps {
  readonly scale: number;
  readonly onZoom: (factor: number) => void;
  readonly onFit: () => void;
}

/** Zoom out, the zoom level, zoom in, fit to screen: the floating bar in the map's corner. */
export function ZoomControls({ scale, onZoom, onFit }: ZoomControlsProps) {
  return (
    <div className="zoom-controls" role="toolbar" aria-label="Zoom">
      <button type="button" className="icon-button" aria-label="Zoom out" onClick={() => onZoom(1 / 1.25)}>
        −
      </button>
      <span className="zoom-level" aria-live="polite">
        {Math.round(scale * 100)}%
      </span>
      <button type="button" className="icon-button" aria-label="Zoom in" onClick={() => onZoom(1.25)}>
        +
      </button>
      <button type="button" className="button ghost small" onClick={onFit}>
        Fit
      </button>
    </div>
  );
}
