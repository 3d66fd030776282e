import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, DatePicker, Empty, Form, Input, Select, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { useT } from '../../app/language';
import { STAFF_POSTS } from '../../directory/registers/staff';
import { ActionModal } from '../../finance/workflow/common/ActionModal';
import { useAccess } from '../../session/access';
import { GraphErrorResult } from '../../shared/components/GraphErrorResult';
import { labelOf } from '../../shared/labels';
import { useCursorPaging } from '../../shared/paging';
import { SchoolPicker, useSchoolParam } from '../../shared/school-picker';
import { COMPLIANCE_COLOR, COMPLIANCE_STATUS } from './labels';
import { SafetyRecordTrainingMutation, SafetyTrainingMatrixQuery } from './operations';
import { isCertificate, type MatrixPerson, peopleOfPost, postsOnPage, requirementColumns, statusCounts } from './training';

/**
 * The training compliance matrix (培训合规矩阵) by post and person: a page of a school's staff, a column
 * per required training of their posts (food safety yearly for canteen staff, the electrician's
 * 特种作业操作证 to its printed expiry …), each cell valid, expiring, expired or missing with its last
 * valid day; the safety office records a training from the matrix.
 */
export default function TrainingMatrixPage() {
  const t = useT();
  const access = useAccess();
  const { schoolId, setSchoolId } = useSchoolParam();
  const [post, setPost] = useState<string | null>(null);
  const [recording, setRecording] = useState<{ person?: MatrixPerson } | null>(null);
  const paging = useCursorPaging(50);
  const { reset } = paging;
  useEffect(() => reset(), [schoolId, reset]);
  const { data, previousData, loading, error, refetch } = useQuery(SafetyTrainingMatrixQuery, {
    variables: { schoolId: schoolId ?? '', ...paging.variables },
    skip: !schoolId,
    fetchPolicy: 'cache-and-network',
  });
  const page = (data ?? previousData)?.trainingCompliance;
  const people = useMemo(() => page?.nodes ?? [], [page]);
  const requirements = useMemo(() => requirementColumns(peopleOfPost(people, post)), [people, post]);
  const counts = statusCounts(peopleOfPost(people, post));
  const postLabel = (p: string) => {
    const known = STAFF_POSTS.find((k) => k.value === p);
    return known ? t(known.zh, known.en) : p;
  };
  const mayRecord = !!schoolId && access.can('recordTraining', schoolId);

  const columns: TableColumnsType<MatrixPerson> = [
    { key: 'name', title: t('姓名', 'Name'), fixed: 'left', render: (_, p) => p.staff.name },
    { key: 'posts', title: t('岗位', 'Posts'), render: (_, p) => p.posts.map(postLabel).join('、') },
    ...requirements.map((requirement) => ({
      key: requirement.id,
      title: (
        <Space orientation="vertical" size={0}>
          {requirement.name}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {postLabel(requirement.post)}
          </Typography.Text>
        </Space>
      ),
      render: (_: unknown, p: MatrixPerson) => {
        const entry = p.entries.find((e) => e.requirement.id === requirement.id);
        if (!entry) return <Typography.Text type="secondary">—</Typography.Text>;
        return (
          <Space size={4} data-testid="matrix-cell" data-status={entry.status}>
            <Tag color={COMPLIANCE_COLOR[entry.status]}>{labelOf(COMPLIANCE_STATUS, entry.status, t)}</Tag>
            {entry.expiresOn && <Typography.Text type="secondary">{entry.expiresOn}</Typography.Text>}
          </Space>
        );
      },
    })),
    ...(mayRecord
      ? [
          {
            key: 'record',
            title: '',
            render: (_: unknown, p: MatrixPerson) => (
              <Button size="small" onClick={() => setRecording({ person: p })} data-testid="matrix-record">
                {t('登记培训', 'Record')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <Card title={t('培训合规', 'Training compliance')}>
      <Space wrap style={{ marginBottom: 16 }}>
        <SchoolPicker value={schoolId} onChange={setSchoolId} />
        <Select<string>
          style={{ minWidth: 160 }}
          value={post ?? ''}
          onChange={(value) => setPost(value || null)}
          data-testid="matrix-post"
          options={[
            { value: '', label: t('全部岗位', 'Every post') },
            ...postsOnPage(people).map((p) => ({ value: p, label: postLabel(p) })),
          ]}
        />
        {schoolId && (
          <Typography.Text type="secondary" data-testid="matrix-counts">
            {t(
              `有效 ${counts.VALID}，即将到期 ${counts.EXPIRING}，已过期 ${counts.EXPIRED}，未培训 ${counts.MISSING}`,
              `${counts.VALID} valid, ${counts.EXPIRING} expiring, ${counts.EXPIRED} expired, ${counts.MISSING} missing`,
            )}
          </Typography.Text>
        )}
      </Space>
      {!schoolId ? (
        <Empty description={t('请选择学校', 'Choose a school')} />
      ) : error && !page ? (
        <GraphErrorResult error={error} />
      ) : (
        <>
          <Table<MatrixPerson>
            data-testid="training-matrix"
            rowKey="id"
            size="small"
            bordered
            loading={loading}
            dataSource={peopleOfPost(people, post)}
            columns={columns}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('没有需要培训的岗位人员', 'No one holds a post with a required training') }}
          />
          <Space style={{ marginTop: 12 }}>
            <Button disabled={paging.pageNumber <= 1} onClick={paging.previous}>
              {t('上一页', 'Previous')}
            </Button>
            <Button disabled={!page?.pageInfo.hasNextPage} onClick={() => paging.next(page?.pageInfo.endCursor)}>
              {t('下一页', 'Next')}
            </Button>
          </Space>
        </>
      )}
      {recording?.person && schoolId && (
        <RecordModal schoolId={schoolId} person={recording.person} onClose={() => setRecording(null)} refetch={refetch} />
      )}
    </Card>
  );
}

/** A training taken or a certificate held (登记培训): the requirement it meets, the day, a certificate's expiry and number. */
function RecordModal({
  schoolId,
  person,
  onClose,
  refetch,
}: {
  schoolId: string;
  person: MatrixPerson;
  onClose(): void;
  refetch(): unknown;
}) {
  const t = useT();
  const [record] = useMutation(SafetyRecordTrainingMutation);
  const requirements = person.entries.map((e) => e.requirement);
  return (
    <ActionModal<{ requirementId?: string; takenOn?: Dayjs | null; expiresOn?: Dayjs | null; certificateNumber?: string }>
      open
      title={t(`登记培训：${person.staff.name}`, `Record a training: ${person.staff.name}`)}
      initialValues={{ requirementId: requirements[0]?.id, takenOn: null, expiresOn: null, certificateNumber: '' }}
      onClose={onClose}
      refetch={refetch}
      run={(v) =>
        record({
          variables: {
            input: {
              schoolId,
              staffId: person.staff.id,
              requirementId: v.requirementId ?? null,
              takenOn: v.takenOn ? v.takenOn.format('YYYY-MM-DD') : '',
              expiresOn: v.expiresOn ? v.expiresOn.format('YYYY-MM-DD') : null,
              certificateNumber: v.certificateNumber?.trim() || null,
            },
          },
        })
      }
    >
      <Form.Item name="requirementId" label={t('培训要求', 'Requirement')}>
        <Select data-testid="record-requirement" options={requirements.map((r) => ({ value: r.id, label: r.name }))} />
      </Form.Item>
      <Form.Item
        name="takenOn"
        label={t('培训/发证日期', 'Taken or issued on')}
        rules={[{ required: true, message: t('请选择日期', 'Give the day') }]}
      >
        <DatePicker data-testid="record-taken" />
      </Form.Item>
      <Form.Item noStyle shouldUpdate={(a, b) => a.requirementId !== b.requirementId}>
        {({ getFieldValue }) => {
          const chosen = requirements.find((r) => r.id === getFieldValue('requirementId'));
          return (
            chosen &&
            isCertificate(chosen) && (
              <>
                <Form.Item
                  name="expiresOn"
                  label={t('证书有效期至', 'Certificate valid until')}
                  rules={[{ required: true, message: t('证书须填写有效期', 'A certificate has an expiry') }]}
                >
                  <DatePicker data-testid="record-expires" />
                </Form.Item>
                <Form.Item name="certificateNumber" label={t('证书编号', 'Certificate number')}>
                  <Input maxLength={40} />
                </Form.Item>
              </>
            )
          );
        }}
      </Form.Item>
    </ActionModal>
  );
}
