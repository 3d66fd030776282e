import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, Col, Descriptions, Empty, Form, Input, Row, Select, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useT } from '../../app/language';
import { ActionModal } from '../../finance/workflow/common/ActionModal';
import type { AppraisalGrade } from '../../graphql/graphql';
import { useAccess } from '../../session/access';
import { useViewer } from '../../session/viewer';
import { useSchoolZone } from '../../session/zone';
import { DateTime } from '../../shared/components/DateTime';
import { GraphErrorResult } from '../../shared/components/GraphErrorResult';
import { formatDate } from '../../shared/dates';
import { labelOf } from '../../shared/labels';
import { SchoolPicker, useSchoolParam } from '../../shared/school-picker';
import { useRepairStaff } from '../repairs/lookups';
import { defaultTerm, evidencePath, scoreText } from './appraisal';
import { APPRAISAL_STATUS, CATEGORY, GRADE, GRADE_COLOR, OUTCOME } from './labels';
import { AppraisalTermsQuery, ConfirmStaffAppraisalMutation, ProposeStaffAppraisalMutation, StaffAppraisalQuery } from './operations';

/**
 * Term appraisal (考核): a staff member's term by the documented formula — duty tasks on time (40 %),
 * checker results (30 %), ratings of their repairs (20 %), repairs on time (10 %) — with the evidence
 * behind each number; the director proposes a grade (优秀/合格/基本合格/不合格), the principal confirms
 * it; the history is kept and the person appraised reads their own.
 */
export default function AppraisalPage() {
  const t = useT();
  const access = useAccess();
  const zone = useSchoolZone();
  const { viewer } = useViewer();
  const [params, setParams] = useSearchParams();
  const { schoolId, setSchoolId } = useSchoolParam();
  const readAll = !!schoolId && (access.isDistrict || access.can('readStaffAppraisals', schoolId));
  const staffId = params.get('staff') ?? (readAll ? undefined : (viewer?.staffId ?? undefined));
  const { staff } = useRepairStaff(readAll ? schoolId : undefined);
  const terms = useQuery(AppraisalTermsQuery, { variables: { schoolId: schoolId ?? '' }, skip: !schoolId });
  const term = defaultTerm(terms.data?.school.terms ?? [], params.get('term'), formatDate(new Date().toISOString(), zone));
  const { data, loading, error, refetch } = useQuery(StaffAppraisalQuery, {
    variables: { staffId: staffId ?? '', termId: term?.id ?? '', schoolId: schoolId ?? '' },
    skip: !staffId || !term || !schoolId,
    fetchPolicy: 'cache-and-network',
  });
  const [propose] = useMutation(ProposeStaffAppraisalMutation);
  const [confirm] = useMutation(ConfirmStaffAppraisalMutation);
  const [proposing, setProposing] = useState(false);
  const [confirming, setConfirming] = useState<{ id: string; version: number } | null>(null);
  const set = (key: string, value: string | undefined) =>
    setParams(
      (p) => {
        if (value) p.set(key, value);
        else p.delete(key);
        return p;
      },
      { replace: true },
    );
  const figures = data?.staffAppraisalFigures;
  const appraisals = data?.staffAppraisals.nodes ?? [];
  const mayPropose = !!schoolId && access.can('proposeStaffAppraisal', schoolId);
  const mayConfirm = !!schoolId && access.can('confirmStaffAppraisal', schoolId);

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card title={t('考核', 'Appraisal')}>
        <Space wrap>
          <SchoolPicker value={schoolId} onChange={setSchoolId} />
          {readAll && (
            <Select
              showSearch
              style={{ minWidth: 200 }}
              placeholder={t('选择人员', 'Choose a person')}
              value={staffId}
              onChange={(id) => set('staff', id)}
              options={staff.map((s) => ({ value: s.id, label: s.name }))}
              optionFilterProp="label"
              data-testid="appraisal-staff"
            />
          )}
          <Select
            style={{ minWidth: 220 }}
            value={term?.id}
            onChange={(id) => set('term', id)}
            options={(terms.data?.school.terms ?? []).map((x) => ({ value: x.id, label: `${x.name}（${x.startsOn} – ${x.endsOn}）` }))}
            data-testid="appraisal-term"
          />
        </Space>
      </Card>
      {!schoolId || !staffId ? (
        <Empty description={t('请选择学校和人员', 'Choose a school and a person')} />
      ) : !term ? (
        <Empty description={t('学校尚未录入学期', 'The school has no terms yet')} />
      ) : error && !figures ? (
        <GraphErrorResult error={error} />
      ) : !figures ? (
        <Card loading={loading} />
      ) : (
        <>
          <Row gutter={[16, 16]}>
            <Col xs={12} md={6}>
              <Card>
                <Statistic title={t('总分', 'Total')} value={scoreText(figures.scores.total)} />
                {figures.suggestedGrade && (
                  <Tag color={GRADE_COLOR[figures.suggestedGrade]} data-testid="appraisal-suggested">
                    {t(`建议：${labelOf(GRADE, figures.suggestedGrade, t)}`, `Suggests ${labelOf(GRADE, figures.suggestedGrade, t)}`)}
                  </Tag>
                )}
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card>
                <Statistic title={t('任务完成（40%）', 'Tasks (40%)')} value={scoreText(figures.scores.taskCompletion)} />
                <Typography.Text type="secondary">
                  {t(
                    `应完成 ${figures.tasks.due}，按时 ${figures.tasks.onTime}，逾期 ${figures.tasks.late}，未完成 ${figures.tasks.notDone}`,
                    `${figures.tasks.due} due, ${figures.tasks.onTime} on time, ${figures.tasks.late} late, ${figures.tasks.notDone} not done`,
                  )}
                </Typography.Text>
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card>
                <Statistic title={t('检查结果（30%）', 'Checks (30%)')} value={scoreText(figures.scores.checkResults)} />
                <Typography.Text type="secondary">
                  {t(
                    `好 ${figures.checks.doneWell}，合格 ${figures.checks.done}，未完成 ${figures.checks.notDone}`,
                    `${figures.checks.doneWell} well, ${figures.checks.done} done, ${figures.checks.notDone} not done`,
                  )}
                </Typography.Text>
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card>
                <Statistic
                  title={t('评价与及时（20% + 10%）', 'Ratings and on time (20% + 10%)')}
                  value={`${scoreText(figures.scores.ratings)} / ${scoreText(figures.scores.dueTime)}`}
                />
                <Typography.Text type="secondary">
                  {t(
                    `评价 ${figures.ratings.rated} 次，平均 ${figures.ratings.average ?? '—'}；维修按时 ${figures.dueTime.onTime}/${figures.dueTime.due}`,
                    `${figures.ratings.rated} ratings, average ${figures.ratings.average ?? '—'}; repairs on time ${figures.dueTime.onTime}/${figures.dueTime.due}`,
                  )}
                </Typography.Text>
              </Card>
            </Col>
          </Row>
          <Card
            title={t('考核结果', 'Grades')}
            extra={
              mayPropose && (
                <Button type="primary" onClick={() => setProposing(true)} data-testid="appraisal-propose">
                  {t('拟定等级', 'Propose a grade')}
                </Button>
              )
            }
          >
            <Table
              data-testid="appraisal-history"
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={appraisals}
              locale={{ emptyText: t('本学期尚未评定', 'Not graded this term yet') }}
              columns={[
                {
                  key: 'grade',
                  title: t('等级', 'Grade'),
                  render: (_, a) => <Tag color={GRADE_COLOR[a.grade]}>{labelOf(GRADE, a.grade, t)}</Tag>,
                },
                { key: 'score', title: t('拟定时总分', 'Score when proposed'), render: (_, a) => scoreText(a.score) },
                { key: 'comment', title: t('评语', 'Comment'), render: (_, a) => a.comment },
                {
                  key: 'status',
                  title: t('状态', 'Status'),
                  render: (_, a) => (
                    <Space size={4} wrap>
                      <Tag data-testid="appraisal-status" data-status={a.status}>
                        {labelOf(APPRAISAL_STATUS, a.status, t)}
                      </Tag>
                      {a.confirmComment && <Typography.Text type="secondary">{a.confirmComment}</Typography.Text>}
                    </Space>
                  ),
                },
                { key: 'proposedAt', title: t('拟定时间', 'Proposed'), render: (_, a) => <DateTime value={a.proposedAt} /> },
                {
                  key: 'confirm',
                  title: '',
                  render: (_, a) =>
                    a.status === 'PROPOSED' &&
                    mayConfirm && (
                      <Button size="small" onClick={() => setConfirming({ id: a.id, version: a.version })} data-testid="appraisal-confirm">
                        {t('确认', 'Confirm')}
                      </Button>
                    ),
                },
              ]}
            />
          </Card>
          <Card title={t('考核依据', 'Evidence')}>
            <Descriptions size="small" column={1}>
              <Descriptions.Item label={t('期间', 'Period')}>
                {figures.from} – {figures.to}（{t('数据截至', 'as of')} <DateTime value={figures.asOf} />）
              </Descriptions.Item>
            </Descriptions>
            <Table
              data-testid="appraisal-evidence"
              rowKey={(e) => `${e.category}-${e.subjectId}`}
              size="small"
              pagination={{ pageSize: 20, hideOnSinglePage: true }}
              dataSource={figures.evidence}
              columns={[
                { key: 'day', title: t('日期', 'Day'), render: (_, e) => e.day },
                { key: 'category', title: t('项目', 'Counts toward'), render: (_, e) => labelOf(CATEGORY, e.category, t) },
                {
                  key: 'outcome',
                  title: t('结果', 'Outcome'),
                  render: (_, e) => labelOf(OUTCOME, e.outcome, t) + (e.value != null ? `（${e.value}）` : ''),
                },
                {
                  key: 'record',
                  title: t('记录', 'Record'),
                  render: (_, e) => {
                    const path = evidencePath(e.subjectType, e.subjectId);
                    return path ? <Link to={path}>{t('查看', 'Open')}</Link> : '—';
                  },
                },
              ]}
            />
            {figures.evidenceTruncated && (
              <Typography.Text type="secondary">
                {t('仅列出前 400 条依据，计数包含全部。', 'The first 400 items are listed; the counts cover all.')}
              </Typography.Text>
            )}
          </Card>
        </>
      )}
      {proposing && schoolId && staffId && term && (
        <ActionModal<{ grade: AppraisalGrade; comment?: string }>
          open
          title={t('拟定考核等级', 'Propose a grade')}
          initialValues={{ grade: figures?.suggestedGrade ?? 'PASS', comment: '' }}
          onClose={() => setProposing(false)}
          refetch={refetch}
          run={(v) => propose({ variables: { input: { schoolId, staffId, termId: term.id, grade: v.grade, comment: v.comment ?? '' } } })}
        >
          <Form.Item name="grade" label={t('等级', 'Grade')}>
            <Select
              options={Object.keys(GRADE).map((key) => ({ value: key, label: labelOf(GRADE, key, t) }))}
              data-testid="propose-grade"
            />
          </Form.Item>
          <Form.Item name="comment" label={t('评语', 'Comment')} rules={[{ required: true, message: t('请填写评语', 'Write a comment') }]}>
            <Input.TextArea autoSize={{ minRows: 2 }} maxLength={1000} data-testid="propose-comment" />
          </Form.Item>
        </ActionModal>
      )}
      {confirming && (
        <ActionModal<{ comment?: string }>
          open
          title={t('确认考核等级', 'Confirm the grade')}
          initialValues={{ comment: '' }}
          onClose={() => setConfirming(null)}
          refetch={refetch}
          run={(v) => confirm({ variables: { input: { ...confirming, comment: v.comment?.trim() || null } } })}
        >
          <Form.Item name="comment" label={t('意见', 'Comment')}>
            <Input.TextArea autoSize={{ minRows: 2 }} maxLength={1000} />
          </Form.Item>
        </ActionModal>
      )}
    </Space>
  );
}
