import { isChangeOrigin } from '@tiptap/extension-collaboration';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import type { Editor } from '@tiptap/react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isVerifiedDecision, verifiedDecisions } from './verifiedDecisions';

function openDecisionIds(doc: ProseMirrorNode): Set<string> {
  const ids = new Set<string>();
  doc.descendants((node) => {
    if (node.type.name === 'decision' && !isVerifiedDecision(node) && typeof node.attrs.id === 'string') {
      ids.add(node.attrs.id);
    }
    return !node.isTextblock;
  });
  return ids;
}

/**
 * What to announce (politely) about verified decisions: one that was just verified (the server marks
 * it through Yjs), and an edit of a locked one that was dropped.
 */
export function useVerificationAnnouncement(editor: Editor): string {
  const { t } = useTranslation();
  const [announcement, setAnnouncement] = useState('');

  useEffect(() => {
    const onTransaction = ({ transaction }: { transaction: Transaction }) => {
      if (!transaction.docChanged || !isChangeOrigin(transaction)) return;
      const wereOpen = openDecisionIds(transaction.before);
      const verified = verifiedDecisions(transaction.doc).filter(({ node }) => wereOpen.has(node.attrs.id));
      if (verified.length === 0) return;
      setAnnouncement(
        verified
          .map(({ node }) =>
            t('verifyDecision.announce', { text: node.textContent, name: node.attrs.verifiedBy }),
          )
          .join(' '),
      );
    };
    const onLocked = () => setAnnouncement(t('verifyDecision.locked'));
    editor.on('transaction', onTransaction);
    editor.on('verifiedDecisionLocked', onLocked);
    return () => {
      editor.off('transaction', onTransaction);
      editor.off('verifiedDecisionLocked', onLocked);
    };
  }, [editor, t]);

  return announcement;
}
