import { useCallback, useRef, useState } from 'react';
import { exportPath } from '../api/paths';
import { useMenuDismiss } from './useMenuDismiss';

const formats = [
  ['svg', 'SVG image'],
  ['png', 'PNG image'],
  ['pdf', 'PDF'],
  ['csv', 'CSV'],
  ['md', 'Markdown'],
  ['mermaid', 'Mermaid'],
  ['yaml', 'YAML (journey file)'],
  ['xlsx', 'Excel'],
] as const;

/** Downloads from the server's export endpoint (what is saved now; live edits land within seconds). */
export function ExportMenu({ workspace, journey }: { workspace: string; journey: string }) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const close = useCallback(() => setOpen(false), []);
  useMenuDismiss(open, close, root);
  return (
    <div className="menu" ref={root}>
      <button
        type="button"
        className="button secondary"
        aria-haspopup="true"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        Export
      </button>
      {open && (
        <ul className="menu-list">
          {formats.map(([format, label]) => (
            <li key={format}>
              <a href={exportPath(workspace, journey, format)} download onClick={() => setOpen(false)}>
                {label}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
