import type { Language } from './i18n';

const LOCALES: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' };

/** Formats a moment (an ISO timestamp) as "22 nov. 2025 14:05", in the person's time zone. */
export function formatDateTime(iso: string, language: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
