import type { ReactNode } from 'react';
import './wellbeing.css';

/** The wellbeing situation room's pages share their styles (tiles, legend, what-if, workload). */
export default function WellbeingLayout({ children }: { children: ReactNode }) {
  return <div className="wellbeing">{children}</div>;
}
