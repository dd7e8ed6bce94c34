import { type Editor, useEditorState } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { FOLLOW_LINK_SHORTCUT, followLink, linkAtCaret } from './FollowLink';
import { keyShortcut } from './keyShortcut';
import { linkTarget } from './linkTarget';

const MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/**
 * With the caret in a link: a way to open it, and how to from the text. A status region, so that
 * moving the caret into a link says it (politely) once. Links that would not be followed
 * (`javascript:` and the like) get no hint.
 */
export function LinkHint({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const href = useEditorState({ editor, selector: ({ editor: current }) => linkAtCaret(current.state) });
  const target = href === null ? null : linkTarget(href, window.location.href);
  const shortcut = keyShortcut(FOLLOW_LINK_SHORTCUT);

  return (
    <p role="status" className="link-hint" data-testid="link-hint">
      {href !== null && target !== null && (
        <>
          <span className="link-hint__label">{t('links.label')}: </span>
          <a
            href={target.kind === 'app' ? target.path : target.url}
            className="link-hint__open"
            aria-keyshortcuts={shortcut.aria}
            data-testid="link-hint-open"
            onClick={(event) => {
              event.preventDefault();
              followLink(href);
            }}
          >
            {t('links.open')}
            {target.kind === 'external' && <span className="visually-hidden"> {t('versions.newTab')}</span>}
          </a>{' '}
          <span className="link-hint__keys">
            {t('links.hint', { keys: shortcut.label, modifier: MAC ? '⌘' : 'Ctrl' })}
          </span>
        </>
      )}
    </p>
  );
}
