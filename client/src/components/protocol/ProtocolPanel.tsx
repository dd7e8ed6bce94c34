import { useTranslation } from 'react-i18next';
import { mayIn, useMeetingContext } from '../../meeting/MeetingContext';
import { CompareVersions } from './CompareVersions';
import { FinaliseControls } from './FinaliseControls';
import { ShareLinks } from './ShareLinks';
import { VerifiedDecisionList } from './VerifiedDecisionList';
import { VersionList } from './VersionList';

/** Protokoll: finalising, the versions with their approvals, comparing, publishing and sharing. */
export function ProtocolPanel() {
  const { t } = useTranslation();
  const { state } = useMeetingContext();
  const manages = mayIn(state, 'manage');
  return (
    <div className="protocol" data-testid="protocol-panel">
      <div className="protocol__summary card">
        <p className="protocol__status" data-testid="protocol-status">
          {t(state.status === 'draft' ? 'protocol.statusDraft' : 'protocol.statusFinalised')}
        </p>
        <p className="protocol__verifiers">
          {state.verifiers.length > 0
            ? t('protocol.verifiers', { names: state.verifiers.map((verifier) => verifier.name).join(', ') })
            : t(manages ? 'protocol.noVerifiersManage' : 'protocol.noVerifiers')}
        </p>
        {manages && <FinaliseControls />}
      </div>
      {state.verifiedDecisions.length > 0 && <VerifiedDecisionList />}
      <VersionList />
      {state.versions.length > 0 && <CompareVersions />}
      {manages && <ShareLinks />}
    </div>
  );
}
