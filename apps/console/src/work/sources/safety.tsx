import { useQuery } from '@apollo/client/react';
import { useT } from '../../app/language';
import { graphql } from '../../graphql';
import { useViewer } from '../../session/viewer';
import type { WorkSource } from '../sources';
import { WorkList, type WorkItem } from '../WorkList';

const MyWorkSafetyQuery = graphql(`
  query MyWorkSafety($staffId: ID!) {
    hazards(first: 20, filter: { responsibleStaffId: $staffId, open: true }) {
      nodes {
        id
        title
        status
        deadline
        overdue
        reportedAt
        school {
          id
          name
        }
      }
      pageInfo {
        hasNextPage
      }
    }
    mySafetyActionItems(first: 20) {
      nodes {
        id
        description
        deadline
        source
        sourceId
      }
      pageInfo {
        hasNextPage
      }
    }
    inspectionRounds(first: 20, filter: { mine: true, status: OPEN }) {
      nodes {
        id
        title
        dueOn
        school {
          id
          name
        }
      }
      pageInfo {
        hasNextPage
      }
    }
  }
`);

function Card() {
  const t = useT();
  const { viewer } = useViewer();
  const staffId = viewer?.staffId ?? null;
  const { data, loading, error } = useQuery(MyWorkSafetyQuery, {
    variables: { staffId: staffId ?? '' },
    skip: !staffId,
    fetchPolicy: 'cache-and-network',
  });
  const hazards: WorkItem[] = (data?.hazards.nodes ?? [])
    // Rectified ones wait for someone else's verification.
    .filter((h) => h.status === 'ASSIGNED' || h.status === 'RECTIFYING')
    .map((h) => ({
      id: h.id,
      to: `/safety/hazards/${h.id}`,
      title: h.title,
      tag: h.overdue ? { text: t('整改超期', 'Overdue'), color: 'red' } : { text: t('待整改', 'To rectify'), color: 'orange' },
      subtitle: h.deadline ? t(`整改期限 ${h.deadline}`, `Due ${h.deadline}`) : h.school.name,
    }));
  const rounds: WorkItem[] = (data?.inspectionRounds.nodes ?? []).map((r) => ({
    id: r.id,
    to: `/safety/inspections/${r.id}`,
    title: r.title,
    tag: { text: t('待检查', 'To inspect'), color: 'gold' },
    subtitle: t(`应于 ${r.dueOn} 完成`, `Due ${r.dueOn}`),
  }));
  const actions: WorkItem[] = (data?.mySafetyActionItems.nodes ?? []).map((a) => ({
    id: a.id,
    to: a.source === 'MEETING' ? `/safety/meetings/${a.sourceId}` : `/safety/incidents/${a.sourceId}`,
    title: a.description,
    tag: { text: a.source === 'MEETING' ? t('会议落实事项', 'Meeting decision') : t('事故整改措施', 'Incident action'), color: 'blue' },
    subtitle: t(`期限 ${a.deadline}`, `Due ${a.deadline}`),
  }));
  const more =
    data?.hazards.pageInfo.hasNextPage || data?.inspectionRounds.pageInfo.hasNextPage || data?.mySafetyActionItems.pageInfo.hasNextPage;
  return (
    <WorkList
      title={t('待我处理的安全工作', 'Safety work waiting for me')}
      items={[...hazards, ...rounds, ...actions]}
      loading={!!staffId && loading}
      error={error}
      more={more ? { to: '/safety/hazards?view=mine' } : null}
      testId="my-work-safety"
    />
  );
}

/**
 * Safety work waiting for the viewer (安全): hazards they must rectify (交办给我的隐患), inspection
 * rounds assigned to them to fill (待检查), and the meeting decisions and incident actions they own (落实事项). Safety notifications open their records: a hazard, an
 * incident, a training record (the compliance matrix).
 */
export const safetyWorkSource: WorkSource = {
  key: 'safety',
  title: { zh: '安全', en: 'Safety' },
  visible: (access) => access.can('startHazardRectification') || access.can('answerInspectionItems'),
  Card,
  subjects: {
    Hazard: (id) => `/safety/hazards/${id}`,
    SafetyIncident: (id) => `/safety/incidents/${id}`,
    TrainingRecord: () => '/safety/training',
  },
};
