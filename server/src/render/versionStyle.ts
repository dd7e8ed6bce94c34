/**
 * The read-only page's only styling, inlined: the page loads nothing else. Colours keep at least
 * 4.5:1 contrast on their backgrounds (WCAG 2.1 AA).
 */
export const VERSION_STYLE = `
:root { color-scheme: light; --text: #1b1b1b; --muted: #4a4a4a; --accent: #0b4f8a; --rule: #c9d1d9; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body {
  margin: 0; background: #fff; color: var(--text); overflow-wrap: break-word;
  font: 1.0625rem/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
}
body > nav, body > header, body > main { max-width: 46rem; margin: 0 auto; padding: 0 1rem; }
body > main { padding-bottom: 3rem; }
h1 { font-size: 1.8rem; line-height: 1.25; margin: 0.25rem 0 0.75rem; }
h2 { font-size: 1.3rem; line-height: 1.3; margin: 2rem 0 0.5rem; }
h3, h4, h5, h6 { font-size: 1.1rem; line-height: 1.35; margin: 1.5rem 0 0.4rem; }
p { margin: 0.5rem 0; }
a { color: #0a55a0; }
a:focus-visible { outline: 3px solid #0a55a0; outline-offset: 2px; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 0.9em; }
pre { white-space: pre-wrap; background: #f4f4f4; padding: 0.5rem 0.75rem; }
blockquote { margin: 1rem 0; padding-left: 1rem; border-left: 3px solid var(--rule); }
.downloads ul { list-style: none; display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; margin: 0; padding: 0.75rem 0; }
.series { margin: 1.5rem 0 0; color: var(--muted); font-weight: 600; }
.facts { display: flex; flex-wrap: wrap; gap: 0.25rem 1.5rem; margin: 0 0 0.75rem; }
.facts div { display: flex; gap: 0.4rem; min-width: 0; }
.facts dt { font-weight: 600; }
.facts dd { margin: 0; min-width: 0; overflow-wrap: anywhere; }
.version, .hash { color: var(--muted); font-size: 0.95rem; }
.hash summary { cursor: pointer; }
.hash .full { display: block; word-break: break-all; }
.masked-note { border: 1px solid #7a5c00; background: #fff8db; padding: 0.5rem 0.75rem; }
.approvals { border-top: 1px solid var(--rule); border-bottom: 1px solid var(--rule); padding-bottom: 0.5rem; }
.approvals h2 { margin-top: 1rem; }
.approvals ul { margin: 0; padding-left: 1.25rem; }
table { border-collapse: collapse; width: 100%; font-size: 0.95rem; }
th, td { text-align: left; vertical-align: top; padding: 0.35rem 0.5rem; border-bottom: 1px solid var(--rule); }
td, th { overflow-wrap: anywhere; hyphens: auto; }
td:last-child { overflow-wrap: normal; }
thead th { border-bottom: 2px solid #6e7781; }
.duty { display: block; font-weight: 400; color: var(--muted); font-size: 0.9em; }
.presenter, .note { color: var(--muted); }
.note { margin: 0.25rem 0 0; font-size: 0.95rem; }
.decision, .task { margin: 1rem 0; padding: 0.5rem 0.9rem; break-inside: avoid; page-break-inside: avoid; }
.decision { border-left: 4px solid var(--accent); background: #eef5fc; }
.task { border-left: 4px solid #5c5c5c; background: #f5f5f5; }
.decision > p:first-child, .task > p:first-child { margin-top: 0; }
.label { font-weight: 700; }
.decision .label { color: var(--accent); }
.badge { display: inline-block; padding: 0 0.4rem; border: 1px solid; border-radius: 0.25rem; font-size: 0.85rem; font-weight: 600; }
.badge.verified { color: #14532d; background: #e7f5eb; }
.badge.tabled { color: #7c2d12; background: #fff1e6; }
.self-link { margin-left: 0.35rem; color: var(--muted); }
@media (max-width: 30rem) {
  body { font-size: 1rem; }
  h1 { font-size: 1.5rem; }
  th, td { padding: 0.3rem 0.25rem; }
}
@media print {
  @page { margin: 2cm; }
  body { font-size: 11pt; color: #000; background: none; }
  body > nav, body > header, body > main { max-width: none; padding: 0; }
  .downloads, .self-link { display: none; }
  .decision, .task, .badge, .masked-note, pre { background: none; }
  .decision, .task { border-left-color: #000; }
  a { color: #000; }
  h1, h2, h3, h4, h5, h6 { break-after: avoid; page-break-after: avoid; }
  tr { break-inside: avoid; page-break-inside: avoid; }
}
`;
