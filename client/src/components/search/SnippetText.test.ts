import type { SnippetPart } from '@minutes/shared';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SnippetText } from './SnippetText';

const render = (parts: SnippetPart[]) => renderToStaticMarkup(createElement(SnippetText, { parts }));

describe('SnippetText', () => {
  it('marks the parts that match, and only those', () => {
    expect(
      render([
        { text: '… styrgruppen ', hit: false },
        { text: 'beslutade', hit: true },
        { text: ' att ', hit: false },
        { text: 'besluten', hit: true },
      ]),
    ).toBe(
      '… styrgruppen <mark class="search-hit__mark">beslutade</mark> att <mark class="search-hit__mark">besluten</mark>',
    );
  });

  it('renders markup in the minutes as text, never as HTML', () => {
    const html = render([
      { text: '<img src=x onerror=alert(1)> ', hit: false },
      { text: '<b>budget</b>', hit: true },
    ]);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
    expect(html).toBe(
      '&lt;img src=x onerror=alert(1)&gt; <mark class="search-hit__mark">&lt;b&gt;budget&lt;/b&gt;</mark>',
    );
  });

  it('renders nothing for no parts', () => expect(render([])).toBe(''));
});
