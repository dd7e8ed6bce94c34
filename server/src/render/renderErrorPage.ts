import { escapeHtml } from './escapeHtml.js';

const TITLES: Record<number, string> = {
  401: 'Logga in för att läsa protokollet',
  403: 'Du har inte tillgång till protokollet',
  404: 'Protokollet finns inte här',
};

/**
 * The page a reader sees when a share link or version page cannot be shown: in Swedish, with the
 * server's reason in English below it. No script, like the version pages.
 */
export function renderErrorPage(status: number, message: string): string {
  const title = TITLES[status] ?? 'Något gick fel';
  return [
    '<!doctype html>',
    '<html lang="sv">',
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    '<style>body{font:1.05rem/1.6 system-ui,sans-serif;color:#1a1a1a;max-width:40rem;margin:3rem auto;padding:0 1rem}',
    'p.reason{color:#4a4a4a}</style></head>',
    '<body><main>',
    `<h1>${escapeHtml(title)}</h1>`,
    '<p>Länken kan ha gått ut eller dragits tillbaka, eller så har protokollet inte publicerats än. Fråga den som skickade länken.</p>',
    `<p class="reason" lang="en">${escapeHtml(message)}</p>`,
    '<p><a href="/">Till startsidan</a></p>',
    '</main></body></html>',
  ].join('\n');
}
