import { useQuery } from '@apollo/client/react';
import { Button, Empty, Space, Spin } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { useT } from '../../app/language';
import { GraphErrorResult } from '../../shared/components/GraphErrorResult';
import { formatYuan } from '../../shared/money';
import { useDashboardPeriod } from '../PeriodPicker';
import { CanteenStatementPrintDocument, statementLines, toStatement } from './query';

/**
 * What the printer gets: only the sheet (the console's menu, header and these buttons are hidden),
 * on A4 with plain black text.
 */
const PRINT_CSS = `
.canteen-notice { max-width: 720px; margin: 0 auto; background: #fff; padding: 40px 48px; color: #000; font-size: 15px; }
.canteen-notice h1 { text-align: center; font-size: 24px; margin: 0 0 8px; letter-spacing: 2px; }
.canteen-notice .period { text-align: center; margin-bottom: 24px; }
.canteen-notice table { width: 100%; border-collapse: collapse; }
.canteen-notice th, .canteen-notice td { border: 1px solid #000; padding: 10px 12px; }
.canteen-notice td.amount, .canteen-notice th.amount { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.canteen-notice .note { margin-top: 16px; font-size: 13px; }
.canteen-notice .signatures { display: flex; justify-content: space-between; gap: 16px; margin-top: 56px; flex-wrap: wrap; }
.canteen-notice .signatures span { white-space: nowrap; }
@media print {
  @page { size: A4; margin: 18mm; }
  body, .ant-layout, .ant-layout-content { background: #fff !important; margin: 0 !important; padding: 0 !important; }
  .ant-layout-sider, .ant-layout-header, .no-print { display: none !important; }
  .canteen-notice { padding: 0; max-width: none; }
}
`;

/** The canteen statement of a month for posting (食堂账目公示): school, month, the lines, signature lines; a print button. */
export default function CanteenStatementPrintPage() {
  const t = useT();
  const navigate = useNavigate();
  const { schoolId = '' } = useParams();
  const [period] = useDashboardPeriod();
  const { data, loading, error } = useQuery(CanteenStatementPrintDocument, { variables: { schoolId, period: period.period } });
  if (loading && !data) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (error && !data) return <GraphErrorResult error={error} />;
  const school = data?.school;
  const statement = toStatement(school?.canteenStatement);
  const blank = '\u00a0'.repeat(16);
  return (
    <>
      <style>{PRINT_CSS}</style>
      <Space className="no-print" style={{ marginBottom: 16 }}>
        <Button onClick={() => void navigate(-1)}>{t('返回', 'Back')}</Button>
        <Button type="primary" data-testid="print-now" onClick={() => window.print()} disabled={!statement}>
          {t('打印', 'Print')}
        </Button>
      </Space>
      {!statement || !school ? (
        <Empty description={t('无可查看的食堂账目', 'No canteen statement to show')} />
      ) : (
        <article className="canteen-notice" data-testid="canteen-notice">
          <h1>
            {school.name} {t('食堂账目公示', 'canteen statement')}
          </h1>
          <div className="period">{t(`公示期间：${period.year} 年 ${period.month} 月`, `Month: ${period.period}`)}</div>
          <table>
            <thead>
              <tr>
                <th>{t('项目', 'Item')}</th>
                <th className="amount">{t('金额（元）', 'Amount (yuan)')}</th>
              </tr>
            </thead>
            <tbody>
              {statementLines(statement).map((line) => (
                <tr key={line.key}>
                  <td>{t(line.title.zh, line.title.en)}</td>
                  <td className="amount">{formatYuan(line.fen, { symbol: false })}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="note">
            {t(
              '如有疑问，请向学校总务处或财务室反映。',
              'Questions about these figures go to the school’s general affairs or finance office.',
            )}
          </div>
          <div className="signatures">
            <span>
              {t('制表人：', 'Prepared by: ')}
              <u>{blank}</u>
            </span>
            <span>
              {t('审核人：', 'Checked by: ')}
              <u>{blank}</u>
            </span>
            <span>
              {t('校长：', 'Principal: ')}
              <u>{blank}</u>
            </span>
            <span>
              {t('日期：', 'Date: ')}
              <u>{blank}</u>
            </span>
          </div>
        </article>
      )}
    </>
  );
}
