/**
 * Focuses an element of a node view once it is on screen. Node views render a frame or two after
 * their transaction, and Tiptap's `focus()` command focuses the editor in the next frame; starting
 * a frame later lets this run after it.
 */
export function focusWhenRendered(find: () => HTMLElement | null | undefined, frames = 30): void {
  requestAnimationFrame(() => {
    const element = find();
    if (element) element.focus();
    else if (frames > 0) focusWhenRendered(find, frames - 1);
  });
}
