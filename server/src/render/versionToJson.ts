import type { VersionContent } from './VersionContent.js';

/** The version as pretty JSON: what was decided, the whole document, and who approved it. */
export function versionToJson({
  meeting,
  version,
  minutes,
  document,
  approvals,
  verified,
}: VersionContent): string {
  return `${JSON.stringify({ meeting, version, minutes, document, approvals, verified }, null, 2)}\n`;
}
