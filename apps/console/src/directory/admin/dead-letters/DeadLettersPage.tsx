import { useMutation, useQuery } from '@apollo/client/react';
import { App, Button, Card, Checkbox, Descriptions, Drawer, Input, Segmented, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useT } from '../../../app/language';
import { graphql } from '../../../graphql';
import type { AdminDirectoryDeadLettersQuery } from '../../../graphql/graphql';
import { DateTime } from '../../../shared/components/DateTime';
import { GraphErrorResult } from '../../../shared/components/GraphErrorResult';
import { PagedTable } from '../../../shared/components/PagedTable';
import { useCursorPaging } from '../../../shared/paging';
import { AdminCan, testIdButton } from '../admin-access';
import { useAdminAction } from '../admin-action';
import { REPLAY_OUTCOMES } from '../labels';
import { deadLetterFilter, prettyPayload, replayAction, type DeadLetterService } from './dead-letter';

const DirectoryDeadLettersQuery = graphql(`
  query AdminDirectoryDeadLetters($filter: DeadLetterFilter, $first: Int, $after: String) {
    directoryDeadLetters(filter: $filter, first: $first, after: $after) {
      nodes {
        id
        eventId
        type
        schoolId
        error
        attempts
        parkedAt
        replayedAt
        payload
        school {
          id
          name
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const FinanceDeadLettersQuery = graphql(`
  query AdminFinanceDeadLetters($filter: DeadLetterFilter, $first: Int, $after: String) {
    financeDeadLetters(filter: $filter, first: $first, after: $after) {
      nodes {
        id
        eventId
        type
        schoolId
        error
        attempts
        parkedAt
        replayedAt
        payload
        school {
          id
          name
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const ReplayDirectoryMutation = graphql(`
  mutation AdminReplayDirectoryDeadLetter($id: ID!) {
    replayDirectoryDeadLetter(id: $id) {
      outcome
      error
      deadLetter {
        id
        error
        attempts
        replayedAt
      }
    }
  }
`);

const ReplayFinanceMutation = graphql(`
  mutation AdminReplayFinanceDeadLetter($id: ID!) {
    replayFinanceDeadLetter(id: $id) {
      outcome
      error
      deadLetter {
        id
        error
        attempts
        replayedAt
      }
    }
  }
`);

type DeadLetter = AdminDirectoryDeadLettersQuery['directoryDeadLetters']['nodes'][number];

/**
 * Dead-lettered events (死信) of the directory and finance services: what each could not apply and why,
 * the payload, and — for district administrators, once the cause is fixed — a replay (重放).
 */
export default function DeadLettersPage() {
  const t = useT();
  const { modal, message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const service: DeadLetterService = params.get('service') === 'finance' ? 'finance' : 'directory';
  const paging = useCursorPaging();
  const [type, setType] = useState('');
  const [includeReplayed, setIncludeReplayed] = useState(false);
  const [open, setOpen] = useState<DeadLetter | null>(null);
  const filter = deadLetterFilter({ type, includeReplayed });
  const variables = { filter, ...paging.variables };
  const directory = useQuery(DirectoryDeadLettersQuery, { variables, skip: service !== 'directory', fetchPolicy: 'cache-and-network' });
  const finance = useQuery(FinanceDeadLettersQuery, { variables, skip: service !== 'finance', fetchPolicy: 'cache-and-network' });
  const page =
    service === 'directory'
      ? (directory.data ?? directory.previousData)?.directoryDeadLetters
      : (finance.data ?? finance.previousData)?.financeDeadLetters;
  const { loading, error, refetch } = service === 'directory' ? directory : finance;
  const [replayDirectory] = useMutation(ReplayDirectoryMutation);
  const [replayFinance] = useMutation(ReplayFinanceMutation);
  const { run, busy, alert } = useAdminAction(refetch);

  async function replay(letter: DeadLetter) {
    const result = await run(letter.id, async () => {
      const answer =
        service === 'directory'
          ? (await replayDirectory({ variables: { id: letter.id } })).data?.replayDirectoryDeadLetter
          : (await replayFinance({ variables: { id: letter.id } })).data?.replayFinanceDeadLetter;
      return answer;
    });
    if (!result) return;
    const outcome = REPLAY_OUTCOMES[result.outcome];
    if (result.outcome === 'STILL_FAILING') void message.warning(`${t(outcome.zh, outcome.en)}：${result.error ?? ''}`, 8);
    else void message.success(t(outcome.zh, outcome.en));
    setOpen(null);
    void refetch();
  }

  function confirmReplay(letter: DeadLetter) {
    modal.confirm({
      title: t('重放该事件？', 'Replay this event?'),
      content: t(
        `将再次处理 ${letter.type}（事件 ${letter.eventId}）。请确认导致失败的原因已排除；同一事件只会生效一次。`,
        `${letter.type} (event ${letter.eventId}) is applied again. Make sure its cause is fixed; an event takes effect once, however often replayed.`,
      ),
      okText: t('重放', 'Replay'),
      cancelText: t('取消', 'Cancel'),
      okButtonProps: testIdButton('replay-confirm'),
      onOk: () => replay(letter),
    });
  }

  function replayButton(letter: DeadLetter, testId: string) {
    if (letter.replayedAt) return null;
    return (
      <AdminCan action={replayAction(service)}>
        <Button size="small" loading={busy === letter.id} onClick={() => confirmReplay(letter)} data-testid={testId}>
          {t('重放', 'Replay')}
        </Button>
      </AdminCan>
    );
  }

  return (
    <Card title={t('死信', 'Dead letters')}>
      {alert}
      <Space wrap style={{ marginBottom: 16 }}>
        <Segmented<DeadLetterService>
          value={service}
          options={[
            { value: 'directory', label: t('组织与账号服务', 'Directory service') },
            { value: 'finance', label: t('财务服务', 'Finance service') },
          ]}
          onChange={(value) => {
            setParams(value === 'finance' ? { service: 'finance' } : {});
            paging.reset();
          }}
          data-testid="dead-letters-service"
        />
        <Input.Search
          allowClear
          placeholder={t('事件类型，如 finance.purchaseRequest.submitted', 'Event type, e.g. finance.purchaseRequest.submitted')}
          style={{ width: 360 }}
          onSearch={(value) => {
            setType(value);
            paging.reset();
          }}
          data-testid="dead-letters-type"
        />
        <Checkbox
          checked={includeReplayed}
          onChange={(e) => {
            setIncludeReplayed(e.target.checked);
            paging.reset();
          }}
          data-testid="dead-letters-include-replayed"
        >
          {t('包含已重放', 'Include replayed')}
        </Checkbox>
      </Space>
      {error && !page ? (
        <GraphErrorResult error={error} />
      ) : (
        <div data-testid="dead-letters-table">
          <PagedTable<DeadLetter>
            rowKey="id"
            page={page}
            paging={paging}
            loading={loading}
            columns={[
              {
                title: t('事件类型', 'Event type'),
                dataIndex: 'type',
                render: (value: string, letter) => (
                  <Typography.Link onClick={() => setOpen(letter)} data-testid={`dead-letter-${letter.id}`}>
                    {value}
                  </Typography.Link>
                ),
              },
              {
                title: t('学校', 'School'),
                key: 'school',
                render: (_, letter) => letter.school?.name ?? (letter.schoolId ? letter.schoolId : t('全学区', 'District')),
              },
              {
                title: t('错误', 'Error'),
                dataIndex: 'error',
                render: (value: string) => (
                  <Typography.Text type="danger" style={{ maxWidth: 320 }} ellipsis={{ tooltip: value }}>
                    {value}
                  </Typography.Text>
                ),
              },
              { title: t('失败次数', 'Attempts'), dataIndex: 'attempts', align: 'right' },
              { title: t('搁置时间', 'Parked'), dataIndex: 'parkedAt', render: (value: string) => <DateTime value={value} /> },
              {
                title: t('状态', 'Status'),
                key: 'state',
                render: (_, letter) =>
                  letter.replayedAt ? (
                    <Tag color="green">{t('已重放', 'Replayed')}</Tag>
                  ) : (
                    <Tag color="orange">{t('待重放', 'Awaiting replay')}</Tag>
                  ),
              },
              { title: t('操作', 'Actions'), key: 'actions', render: (_, letter) => replayButton(letter, `replay-${letter.id}`) },
            ]}
          />
        </div>
      )}
      <Drawer
        open={Boolean(open)}
        onClose={() => setOpen(null)}
        size="large"
        title={open?.type}
        extra={open && replayButton(open, 'replay-detail')}
        data-testid="dead-letter-detail"
      >
        {open && (
          <Space orientation="vertical" size={16} style={{ width: '100%' }}>
            <Descriptions column={1} size="small" bordered>
              <Descriptions.Item label={t('事件类型', 'Event type')}>{open.type}</Descriptions.Item>
              <Descriptions.Item label={t('事件编号', 'Event id')}>
                <Typography.Text copyable>{open.eventId}</Typography.Text>
              </Descriptions.Item>
              <Descriptions.Item label={t('学校', 'School')}>
                {open.school?.name ?? open.schoolId ?? t('全学区', 'District')}
              </Descriptions.Item>
              <Descriptions.Item label={t('失败次数', 'Attempts')}>{open.attempts}</Descriptions.Item>
              <Descriptions.Item label={t('搁置时间', 'Parked')}>
                <DateTime value={open.parkedAt} />
              </Descriptions.Item>
              <Descriptions.Item label={t('重放时间', 'Replayed')}>
                {open.replayedAt ? <DateTime value={open.replayedAt} /> : '—'}
              </Descriptions.Item>
            </Descriptions>
            <div>
              <Typography.Title level={5}>{t('错误', 'Error')}</Typography.Title>
              <Typography.Paragraph type="danger" style={{ whiteSpace: 'pre-wrap' }} data-testid="dead-letter-error">
                {open.error}
              </Typography.Paragraph>
            </div>
            <div>
              <Typography.Title level={5}>{t('事件内容', 'Payload')}</Typography.Title>
              <pre
                style={{ background: '#fafafa', padding: 12, margin: 0, maxHeight: 480, overflow: 'auto', fontSize: 12 }}
                data-testid="dead-letter-payload"
              >
                {prettyPayload(open.payload)}
              </pre>
            </div>
          </Space>
        )}
      </Drawer>
    </Card>
  );
}
