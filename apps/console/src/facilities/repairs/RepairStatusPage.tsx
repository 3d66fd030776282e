import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Card, Descriptions, Form, Input, Rate, Result, Space, Spin, Tag, Timeline, Typography } from 'antd';
import { useParams } from 'react-router';
import { useLanguage, useT } from '../../app/language';
import { DateTime } from '../../shared/components/DateTime';
import { useGraphForm } from '../../shared/components/GraphForm';
import { graphProblems, hasCode } from '../../shared/graph-errors';
import { labelOf } from '../../shared/labels';
import { RATING_TEXT, WORK_ORDER_STATUS, WORK_ORDER_STATUS_COLOR, WORK_ORDER_STEP } from './labels';
import { FacilitiesRateRepairByTokenMutation, FacilitiesRepairStatusQuery } from './operations';

/**
 * A QR report's progress (报修进度) by the secret token of its status link, on a phone and without
 * signing in: what was reported, where it stands, when it is due and what happened when — never who,
 * which room or what it cost (the graph's RepairStatus has none of it). Once the final account is
 * recorded the reporter rates it (1–5 and a comment) here, and it closes.
 */
export default function RepairStatusPage() {
  const t = useT();
  const { language, setLanguage } = useLanguage();
  const { token = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(FacilitiesRepairStatusQuery, { variables: { token }, fetchPolicy: 'network-only' });
  const status = data?.repairStatus;

  return (
    <div style={{ maxWidth: 520, margin: '0 auto', padding: 12 }} data-testid="repair-status">
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('报修进度', 'Repair status')}
        </Typography.Title>
        <Button size="small" type="text" onClick={() => setLanguage(language === 'zh' ? 'en' : 'zh')}>
          {language === 'zh' ? 'English' : '中文'}
        </Button>
      </Space>
      {loading && !data ? (
        <Spin style={{ display: 'block', margin: 48 }} />
      ) : error && !status ? (
        hasCode(error, 'NOT_FOUND') ? (
          <Result
            status="404"
            title={t('链接无效', 'Unknown link')}
            subTitle={t('请检查链接是否完整。', 'Check that the link is complete.')}
            data-testid="repair-status-not-found"
          />
        ) : (
          <Result
            status="error"
            title={t('暂时无法打开', 'Cannot open it now')}
            subTitle={graphProblems(error)
              .map((p) => p.message)
              .join(' ')}
          />
        )
      ) : status ? (
        <Space orientation="vertical" size={12} style={{ width: '100%' }}>
          <Card size="small" title={<span data-testid="repair-status-title">{status.title}</span>}>
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('状态', 'Status')}>
                <Tag color={WORK_ORDER_STATUS_COLOR[status.status]} data-testid="repair-status-status" data-status={status.status}>
                  {labelOf(WORK_ORDER_STATUS, status.status, t)}
                </Tag>
              </Descriptions.Item>
              <Descriptions.Item label={t('报修时间', 'Reported')}>
                <DateTime value={status.reportedAt} />
              </Descriptions.Item>
              <Descriptions.Item label={t('处理期限', 'Due by')}>
                <DateTime value={status.dueAt} />
              </Descriptions.Item>
              {status.finishedAt && (
                <Descriptions.Item label={t('完工时间', 'Repaired')}>
                  <DateTime value={status.finishedAt} />
                </Descriptions.Item>
              )}
              {status.rejectionReason && (
                <Descriptions.Item label={t('不予维修的原因', 'Not repaired because')}>
                  <Typography.Text type="danger">{status.rejectionReason}</Typography.Text>
                </Descriptions.Item>
              )}
              {status.rating !== null && status.rating !== undefined && (
                <Descriptions.Item label={t('您的评价', 'Your rating')}>
                  <Rate disabled value={status.rating} data-testid="repair-status-rating" />
                </Descriptions.Item>
              )}
            </Descriptions>
          </Card>
          {status.canRate && <RateCard token={token} refetch={() => refetch()} />}
          <Card size="small" title={t('处理过程', 'Progress')}>
            <Timeline
              data-testid="repair-status-steps"
              items={status.steps.map((step, i) => ({
                key: `${step.action}-${i}`,
                content: (
                  <div>
                    <Typography.Text strong>{labelOf(WORK_ORDER_STEP, step.action, t)}</Typography.Text>{' '}
                    <Typography.Text type="secondary">
                      <DateTime value={step.occurredAt} />
                    </Typography.Text>
                  </div>
                ),
              }))}
            />
          </Card>
        </Space>
      ) : null}
    </div>
  );
}

/** The reporter's rating (评价), once the final account is recorded: 1–5 stars and a comment. */
function RateCard({ token, refetch }: { token: string; refetch(): unknown }) {
  const t = useT();
  const [form] = Form.useForm<{ rating?: number; comment?: string }>();
  const { submit, submitting, alert } = useGraphForm(form);
  const [rate] = useMutation(FacilitiesRateRepairByTokenMutation);

  async function onFinish(values: { rating?: number; comment?: string }) {
    const result = await submit(() =>
      rate({ variables: { input: { token, rating: values.rating ?? 0, comment: values.comment?.trim() || null } } }),
    );
    if (result?.data) void refetch();
  }

  return (
    <Card size="small" title={t('修好了吗？请评价', 'Repaired? Rate it')} data-testid="repair-status-rate">
      <Form form={form} layout="vertical" onFinish={onFinish}>
        {alert}
        <Form.Item name="rating" label={t('满意度', 'Rating')} rules={[{ required: true, message: t('请选择星级', 'Choose the stars') }]}>
          <Rate tooltips={RATING_TEXT.map((r) => t(r.zh, r.en))} style={{ fontSize: 32 }} data-testid="repair-status-stars" />
        </Form.Item>
        <Form.Item name="comment" label={t('意见（选填）', 'Comment (optional)')}>
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={500} data-testid="repair-status-comment" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block size="large" loading={submitting} data-testid="repair-status-submit">
          {t('提交评价', 'Send the rating')}
        </Button>
      </Form>
    </Card>
  );
}
