import type { Template } from '@waymark/core';
import { parseJourney } from '@waymark/core';
import { renderSvg } from '@waymark/render';
import { useEffect, useState } from 'react';

/** A template's map, drawn by render in the browser, as an image (user text is escaped by render). */
export function TemplatePreview({ template }: { template: Template }) {
  const [url, setUrl] = useState<string | undefined>(undefined);
  useEffect(() => {
    const parsed = parseJourney(template.source);
    if (!parsed.ok) return;
    const next = URL.createObjectURL(new Blob([renderSvg(parsed.journey)], { type: 'image/svg+xml' }));
    setUrl(next);
    return () => URL.revokeObjectURL(next);
  }, [template]);
  return <div className="thumbnail">{url && <img src={url} alt="" />}</div>;
}
