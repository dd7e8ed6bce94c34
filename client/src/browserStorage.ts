/** localStorage that degrades to "nothing remembered" where storage is blocked (private modes, strict settings). */
export const browserStorage = {
  get(key: string): string | null {
    try {
      return window.localStorage.getItem(key);
    } catch {
      return null;
    }
  },
  set(key: string, value: string): void {
    try {
      window.localStorage.setItem(key, value);
    } catch {
      // Not remembered; the choice still holds for this page.
    }
  },
};
