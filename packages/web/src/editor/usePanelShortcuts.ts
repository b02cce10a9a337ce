import { useEffect } from 'react';

/** The side panels the toolbar opens, one at a time, left of the details. */
export type SidePanel = 'lint' | 'history' | 'analytics';

/** Alt+Shift+<key> toggles each panel (except while typing in a field). */
export const panelKeys: Readonly<Record<SidePanel, string>> = { lint: 'L', history: 'H', analytics: 'A' };

export function usePanelShortcuts(toggle: (panel: SidePanel) => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.altKey && event.shiftKey) || event.ctrlKey || event.metaKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      const panel = (Object.keys(panelKeys) as SidePanel[]).find(
        (name) => event.code === `Key${panelKeys[name]}`,
      );
      if (!panel) return;
      event.preventDefault();
      toggle(panel);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [toggle]);
}
