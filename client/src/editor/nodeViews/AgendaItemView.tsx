import { AGENDA_ITEM_STATUSES, type AgendaItemAttributes, type AgendaItemStatus } from '@minutes/shared';
import { NodeViewContent, type NodeViewProps, NodeViewWrapper } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import { escapeToEditor } from './escapeToEditor';
import { SelectField } from './SelectField';
import { TextField } from './TextField';
import { useEditable } from './useEditable';

/**
 * A numbered agenda item: its presenter and status as fields above it, then its title and notes as
 * text. The number comes from a CSS counter, so it follows the document without re-rendering.
 */
export function AgendaItemView({ editor, node, getPos, updateAttributes }: NodeViewProps) {
  const { t } = useTranslation();
  const editable = useEditable(editor);
  const attrs = node.attrs as AgendaItemAttributes;
  const statuses = AGENDA_ITEM_STATUSES.map((value) => ({
    value,
    label: t(`agendaItem.statusValues.${value}`),
  }));

  function setStatus(status: AgendaItemStatus) {
    if (attrs.id) editor.commands.setAgendaItemStatus(attrs.id, status);
    else updateAttributes({ status });
  }

  function setPresenter(presenter: string | null) {
    if (attrs.id) editor.commands.setAgendaItemPresenter(attrs.id, presenter);
    else updateAttributes({ presenter });
  }

  return (
    <NodeViewWrapper
      className={`agenda-item agenda-item--${attrs.status}`}
      data-status={attrs.status}
      onKeyDown={escapeToEditor(editor, getPos)}
    >
      <div className="agenda-item__meta" contentEditable={false}>
        {attrs.status === 'tabled' && (
          <span className="badge badge--tabled" data-testid="tabled-badge">
            {t('agendaItem.statusValues.tabled')}
          </span>
        )}
        <fieldset className="agenda-item__fields" disabled={!editable}>
          <TextField
            className="agenda-item__presenter"
            label={t('agendaItem.presenter')}
            value={attrs.presenter}
            onCommit={setPresenter}
          />
          <SelectField<AgendaItemStatus>
            className="agenda-item__status"
            label={t('agendaItem.status')}
            value={attrs.status}
            options={statuses}
            onChange={setStatus}
          />
        </fieldset>
      </div>
      <NodeViewContent className="agenda-item__content" />
    </NodeViewWrapper>
  );
}
