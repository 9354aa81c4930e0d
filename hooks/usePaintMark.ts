/**
 * Marks (data/model/marks.ts) when what a page shows first has been painted: the first time `shown` is true —
 * after the frame that draws it and a task after that frame (the frame's paint is done by then); not when the
 * page marked it before React (the popup's headline, painted without React: markPainted marks once a page).
 * Returns whether that has happened: a page loads what is below its first view only then, so that loading
 * does not delay it.
 */
import { useEffect, useRef, useState } from 'react';
import { markPainted } from '@/data/model/marks';

export function usePaintMark(name: string, shown: boolean): boolean {
  const done = useRef(false);
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (!shown || done.current) return;
    done.current = true;
    markPainted(name, () => setPainted(true));
  }, [name, shown]);
  return painted;
}
