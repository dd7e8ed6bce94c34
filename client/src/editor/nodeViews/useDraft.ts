import { type ChangeEvent, useEffect, useRef, useState } from 'react';

type FieldElement = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/**
 * The props of a form control bound to a node attribute that others may change at the same time.
 * Every change is committed at once, so the others see it live; what the person types stays in the
 * control while it has focus, so a remote change never moves their caret. On blur the control
 * shows the document's value again.
 */
export function useDraft(value: string, commit: (next: string) => void) {
  const [draft, setDraft] = useState(value);
  const focused = useRef(false);
  const latest = useRef(value);

  useEffect(() => {
    latest.current = value;
    if (!focused.current) setDraft(value);
  }, [value]);

  return {
    value: draft,
    onChange: (event: ChangeEvent<FieldElement>) => {
      setDraft(event.target.value);
      commit(event.target.value);
    },
    onFocus: () => {
      focused.current = true;
    },
    onBlur: () => {
      focused.current = false;
      setDraft(latest.current);
    },
  };
}
