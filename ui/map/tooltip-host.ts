'use client';

import { useCallback, useState, type ReactNode } from 'react';
import { createPortal, flushSync } from 'react-dom';

/**
 * Leaflet shows a tooltip's content as a DOM node it is handed when the tooltip opens; React renders
 * that content through a portal into one such node. `contentFor(item)` renders the item's tooltip at
 * once (flushSync: Leaflet measures the node right after, to place the tooltip) and returns the node;
 * `portal` goes into the component's output, so an open tooltip follows new props (year, layer).
 */
export function useTooltipHost<T>(render: (item: T) => ReactNode) {
  // Client only: the map is never rendered on the server.
  const [host] = useState(() => document.createElement('div'));
  const [item, setItem] = useState<{ value: T } | null>(null);
  const contentFor = useCallback(
    (value: T) => {
      flushSync(() => setItem({ value }));
      return host;
    },
    [host],
  );
  return { contentFor, portal: item ? createPortal(render(item.value), host) : null };
}
