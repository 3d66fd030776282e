import { useQuery } from '@apollo/client/react';
import { useT } from '../../app/language';
import { graphql } from '../../graphql';
import { useViewer } from '../../session/viewer';
import { useSchoolZone } from '../../session/zone';
import { formatDateTime } from '../../shared/dates';
import type { WorkSource } from '../sources';
import { WorkList, type WorkItem } from '../WorkList';

const MyWorkDutyQuery = graphql(`
  query MyWorkDuty($staffId: ID!) {
    toDo: dutyOccurrences(first: 20, filter: { responsibleStaffId: $staffId, status: OPEN }) {
      ...MyWorkDutyFields
    }
    toCheck: dutyOccurrences(first: 20, filter: { checkerStaffId: $staffId, status: MARKED_DONE }) {
      ...MyWorkDutyFields
    }
  }

  fragment MyWorkDutyFields on DutyOccurrenceConnection {
    nodes {
      id
      dueOn
      deadline
      overdue
      task {
        id
        title
        kind
      }
    }
    pageInfo {
      hasNextPage
    }
  }
`);

function Card() {
  const t = useT();
  const zone = useSchoolZone();
  const { viewer } = useViewer();
  const staffId = viewer?.staffId ?? null;
  const { data, loading, error } = useQuery(MyWorkDutyQuery, {
    variables: { staffId: staffId ?? '' },
    skip: !staffId,
    fetchPolicy: 'cache-and-network',
  });
  const due = (deadline: string) => formatDateTime(deadline, zone);
  const toDo: WorkItem[] = (data?.toDo.nodes ?? []).map((o) => ({
    id: o.id,
    to: '/facilities/duty?view=mine',
    title: o.task?.title ?? o.dueOn,
    tag: o.overdue
      ? { text: t('已逾期', 'Overdue'), color: 'red' }
      : { text: o.task?.kind === 'URGENT' ? t('突击任务', 'Urgent') : t('待完成', 'To do'), color: 'orange' },
    subtitle: t(`${due(o.deadline)} 前完成`, `Due ${due(o.deadline)}`),
  }));
  const toCheck: WorkItem[] = (data?.toCheck.nodes ?? []).map((o) => ({
    id: o.id,
    to: '/facilities/duty?view=checking',
    title: o.task?.title ?? o.dueOn,
    tag: { text: t('待检查', 'To check'), color: 'gold' },
    subtitle: o.dueOn,
  }));
  return (
    <WorkList
      title={t('工作叙事表：待我完成与检查', 'Duty tasks waiting for me')}
      items={[...toDo, ...toCheck]}
      loading={!!staffId && loading}
      error={error}
      more={data?.toDo.pageInfo.hasNextPage || data?.toCheck.pageInfo.hasNextPage ? { to: '/facilities/duty?view=mine' } : null}
      testId="my-work-duty"
    />
  );
}

/**
 * Duty tasks waiting for the viewer (工作叙事表): the occurrences they are responsible for and still have
 * to do (overdue first by deadline), and those marked done that they check. The reminder notices
 * (工作提醒, 逾期) open the sheet on "mine".
 */
export const facilitiesDutyWorkSource: WorkSource = {
  key: 'facilities-duty',
  title: { zh: '工作叙事表', en: 'Duty tasks' },
  visible: (access) => access.can('markDutyOccurrenceDone'),
  Card,
  subjects: { DutyOccurrence: () => '/facilities/duty?view=mine' },
};
