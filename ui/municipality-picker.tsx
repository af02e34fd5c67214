'use client';

import { useRouter } from 'next/navigation';
import { useTransition } from 'react';

export interface MunicipalityOption {
  code: string;
  name: string;
  drawable: boolean;
}

/**
 * Municipality -> postal-area drill-down. A plain GET form (works without JavaScript); with JavaScript
 * a change navigates at once.
 */
export function MunicipalityPicker(props: {
  current: string;
  options: MunicipalityOption[];
  label: string;
  submit: string;
  groupDrawable: string;
  groupOther: string;
  hidden: Record<string, string>;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const go = (code: string) => {
    const sp = new URLSearchParams({ ...props.hidden, municipality: code });
    sp.delete('year');
    startTransition(() => router.push(`/map?${sp.toString()}`));
  };
  const group = (drawable: boolean) =>
    props.options
      .filter((o) => o.drawable === drawable)
      .map((o) => (
        <option key={o.code} value={o.code}>
          {o.name}
        </option>
      ));
  return (
    <form action="/map" method="get" className="municipality-picker" aria-busy={pending}>
      <label htmlFor="municipality">{props.label}</label>
      <select id="municipality" name="municipality" defaultValue={props.current} onChange={(e) => go(e.target.value)}>
        <optgroup label={props.groupDrawable}>{group(true)}</optgroup>
        <optgroup label={props.groupOther}>{group(false)}</optgroup>
      </select>
      {Object.entries(props.hidden).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <noscript>
        <button type="submit">{props.submit}</button>
      </noscript>
    </form>
  );
}
