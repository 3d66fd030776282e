import { Tag } from 'antd';
import { useT } from '../../app/language';
import { formatDateTime } from '../../shared/dates';
import { useSchoolZone } from '../../session/zone';
import { districtReport } from './incidents';

/** A serious incident's report to the district (事故上报): in time, late, overdue, or due by when. */
export function DistrictReportTag({
  incident,
}: {
  incident: { serious: boolean; reportDueAt?: string | null; reportedToDistrictAt?: string | null };
}) {
  const t = useT();
  const zone = useSchoolZone();
  const state = districtReport(incident, new Date());
  if (state === 'NONE') return null;
  const due = formatDateTime(incident.reportDueAt, zone);
  const tags = {
    IN_TIME: { color: 'green', text: t('已按时上报', 'Reported in time') },
    LATE: { color: 'orange', text: t('逾期上报', 'Reported late') },
    OVERDUE: { color: 'red', text: t(`未上报，已超过 ${due}`, `Not reported, due ${due}`) },
    DUE: { color: 'gold', text: t(`须于 ${due} 前上报`, `Report by ${due}`) },
  } as const;
  return (
    <Tag color={tags[state].color} data-testid="incident-district" data-state={state}>
      {tags[state].text}
    </Tag>
  );
}
