'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useCallback, useOptimistic, useState, useTransition } from 'react';
import type { LayerId } from '@/domain/dashboard/types';
import type { Lang } from '@/i18n';

/**
 * The map's view state and the URL that shares it. A year change is instant (every year is already
 * here) and only rewrites the URL; a layer or scenario change asks the server for that layer's figures.
 */
export function useMapNavigation(layer: LayerId, initialYear: number, lang: Lang) {
  const router = useRouter();
  const pathname = usePathname();
  const search = useSearchParams();
  const [pending, startTransition] = useTransition();
  const [year, setYear] = useState(initialYear);
  // The chosen layer shows as selected at once, while its figures load.
  const [selectedLayer, setSelectedLayer] = useOptimistic(layer);

  const urlWith = useCallback(
    (changes: Record<string, string>) => {
      const sp = new URLSearchParams(search.toString());
      for (const [k, v] of Object.entries(changes)) sp.set(k, v);
      return `${pathname}?${sp.toString()}`;
    },
    [pathname, search],
  );

  const chooseYear = (y: number) => {
    setYear(y);
    window.history.replaceState(null, '', urlWith({ year: String(y) }));
  };
  const chooseLayer = (id: LayerId) => {
    startTransition(() => {
      setSelectedLayer(id);
      router.replace(urlWith({ layer: id, year: String(year) }), { scroll: false });
    });
  };
  const chooseScenario = (name: string) => {
    startTransition(() => router.replace(urlWith({ scenario: name, year: String(year) }), { scroll: false }));
  };
  const openArea = useCallback(
    (code: string) => router.push(`/area/${code}?${new URLSearchParams({ lang, year: String(year) }).toString()}`),
    [router, lang, year],
  );

  return { year, selectedLayer, pending, chooseYear, chooseLayer, chooseScenario, openArea };
}
