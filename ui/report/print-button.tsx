'use client';

export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className="report-button" onClick={() => window.print()}>
      {label}
    </button>
  );
}
