/**
 * Marks (data/model/marks.ts) when what a page shows first has been painted: once, the first time `shown`
 * is true — after the frame that draws it and a task after that frame (the frame's paint is done by then).
 * Returns whether that has happened: a page loads what is below its first view only then, so that loading
 * does not delay it.
 */
import { useEffect, useRef, useState } from 'react';
import { mark } from '@/data/model/marks';

export function usePaintMark(name: string, shown: boolean): boolean {
  const done = useRef(false);
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (!shown || done.current) return;
    done.current = true;
    requestAnimationFrame(() =>
      setTimeout(() => {
        mark(name);
        setPainted(true);
      }, 0),
    );
  }, [name, shown]);
  return painted;
}
