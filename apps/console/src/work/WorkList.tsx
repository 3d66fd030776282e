import { Card, Empty, Space, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useT } from '../app/language';
import { DateTime } from '../shared/components/DateTime';
import { GraphErrorResult } from '../shared/components/GraphErrorResult';
import { Money } from '../shared/components/Money';
import type { MoneyValue } from '../shared/money';

/** One thing waiting for the viewer, linking to its record. */
export interface WorkItem {
  id: string;
  /** The record's page, e.g. /finance/purchases/123. */
  to: string;
  title: string;
  /** What is awaited of the viewer: "待审批", "待审核" … */
  tag?: { text: string; color?: string };
  /** Who filed it, which school … */
  subtitle?: string;
  amount?: MoneyValue | null;
  at?: string | null;
}

/**
 * The look every work source shares: a card with a count, each item a row that opens its record,
 * readable on a phone (one column, no table). `more` links to the full list when there are more.
 */
export function WorkList({
  title,
  items,
  loading,
  error,
  more,
  testId,
}: {
  title: string;
  items: readonly WorkItem[];
  loading: boolean;
  error?: unknown;
  more?: { to: string; label?: ReactNode } | null;
  testId: string;
}) {
  const t = useT();
  return (
    <Card
      title={
        <Space>
          {title}
          {!loading && <Tag color={items.length ? 'red' : undefined}>{items.length}</Tag>}
        </Space>
      }
      loading={loading && !items.length}
      extra={more && <Link to={more.to}>{more.label ?? t('查看全部', 'See all')}</Link>}
      styles={{ body: { padding: items.length ? 0 : undefined } }}
    >
      <div data-testid={testId}>
        {error && !items.length ? (
          <GraphErrorResult error={error} />
        ) : !items.length ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('暂无待办', 'Nothing waits for you')} />
        ) : (
          items.map((item) => (
            <Link
              key={item.id}
              to={item.to}
              data-testid="work-item"
              style={{ display: 'block', padding: '12px 16px', borderBottom: '1px solid #f0f0f0', color: 'inherit' }}
            >
              <div style={{ display: 'flex', gap: 8, alignItems: 'baseline', justifyContent: 'space-between' }}>
                <Typography.Text strong ellipsis style={{ minWidth: 0 }}>
                  {item.title}
                </Typography.Text>
                {item.amount && <Money value={item.amount} />}
              </div>
              <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap', alignItems: 'center', marginTop: 4 }}>
                {item.tag && <Tag color={item.tag.color}>{item.tag.text}</Tag>}
                {item.subtitle && <Typography.Text type="secondary">{item.subtitle}</Typography.Text>}
                {item.at && (
                  <Typography.Text type="secondary">
                    <DateTime value={item.at} />
                  </Typography.Text>
                )}
              </div>
            </Link>
          ))
        )}
      </div>
    </Card>
  );
}
