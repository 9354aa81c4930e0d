/**
 * Marks (data/model/marks.ts) when what a page shows first has been painted: once, the first time `shown`
 * is true — after the frame that draws it and a task after that frame (the frame's paint is done by then).
 */
import { useEffect, useRef } from 'react';
import { mark } from '@/data/model/marks';

export function usePaintMark(name: string, shown: boolean): void {
  const done = useRef(false);
  useEffect(() => {
    if (!shown || done.current) return;
    done.current = true;
    requestAnimationFrame(() => setTimeout(() => mark(name), 0));
  }, [name, shown]);
}
