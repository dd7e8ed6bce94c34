import type { DecisionAttributes } from '@minutes/shared';
import { NodeViewContent, type NodeViewProps, NodeViewWrapper } from '@tiptap/react';
import { useContext, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../i18n/formatDateTime';
import { useLanguage } from '../../i18n/useLanguage';
import { MeetingContext, mayIn } from '../../meeting/MeetingContext';
import { anchorOf } from '../linkedNode';
import { escapeToEditor } from './escapeToEditor';
import { focusWhenRendered } from './focusWhenRendered';
import { useDraft } from './useDraft';
import { useEditable } from './useEditable';
import { VerifyDecision } from './VerifyDecision';

const splitNames = (text: string) =>
  text
    .split(/[,;]/)
    .map((name) => name.trim())
    .filter((name) => name !== '');

/**
 * Beslut: what was decided, with a visible label and, when someone reserved themselves, their names.
 * A decision verified at once says by whom and when, and its fields are locked.
 */
export function DecisionView({ editor, node, getPos, updateAttributes }: NodeViewProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const meeting = useContext(MeetingContext);
  const attrs = node.attrs as DecisionAttributes;
  const verified = attrs.verifiedBy !== null && attrs.verifiedBy !== '';
  const editable = useEditable(editor) && !verified;
  const mayVerify =
    meeting !== null &&
    meeting.state.status === 'draft' &&
    mayIn(meeting.state, 'verifyDecision') &&
    node.textContent.trim() !== '';
  const reservations = attrs.reservations ?? [];
  const [open, setOpen] = useState(false);
  const inputId = useId();
  const hintId = useId();
  const draft = useDraft(reservations.join(', '), (text) => {
    const names = splitNames(text);
    if (attrs.id) editor.commands.setDecisionReservations(attrs.id, names);
    else updateAttributes({ reservations: names });
  });
  const showField = open || reservations.length > 0;

  return (
    <NodeViewWrapper
      id={attrs.id ? anchorOf('decision', attrs.id) : undefined}
      className={`decision${verified ? ' decision--verified' : ''}`}
      onKeyDown={escapeToEditor(editor, getPos)}
    >
      <span className="decision__label" contentEditable={false}>
        {t('decision.label')}
      </span>
      <NodeViewContent className="decision__text" />
      <div className="decision__extra" contentEditable={false}>
        {verified && (
          <p className="decision__verified" data-testid="decision-verified">
            <span className="badge badge--verified">
              {t('verifyDecision.badge', {
                name: attrs.verifiedBy,
                when: attrs.verifiedAt ? formatDateTime(attrs.verifiedAt, language) : '',
              })}
            </span>{' '}
            <span className="node-field__hint">{t('verifyDecision.lockedHint')}</span>
          </p>
        )}
        {showField ? (
          <div className="node-field decision__reservations">
            <label htmlFor={inputId} className="node-field__label">
              {t('decision.reservations')}
            </label>
            <input
              id={inputId}
              type="text"
              className="node-field__input"
              autoComplete="off"
              disabled={!editable}
              aria-describedby={hintId}
              {...draft}
            />
            <span id={hintId} className="node-field__hint">
              {t('decision.reservationsHint')}
            </span>
          </div>
        ) : (
          <button
            type="button"
            className="link-button decision__add-reservation"
            disabled={!editable}
            onClick={() => {
              setOpen(true);
              focusWhenRendered(() => document.getElementById(inputId));
            }}
          >
            + {t('decision.addReservation')}
          </button>
        )}
        {editable && mayVerify && meeting !== null && attrs.id !== null && (
          <VerifyDecision context={meeting} nodeId={attrs.id} />
        )}
      </div>
    </NodeViewWrapper>
  );
}
