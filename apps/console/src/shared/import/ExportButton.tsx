import { FileExcelOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useT } from '../../app/language';
import { graphProblems } from '../graph-errors';

/** The most rows a register exports in one file (pages of 100 walked with collectAllPages). */
export const EXPORT_LIMIT = 5000;

/**
 * "导出 Excel" of a register: `run` walks what is filtered and downloads it, answering whether the
 * export stopped at EXPORT_LIMIT (then the user is told to narrow the filter).
 */
export function ExportButton({ run, disabled }: { run: () => Promise<{ truncated: boolean; count: number }>; disabled?: boolean }) {
  const t = useT();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  async function click() {
    setBusy(true);
    try {
      const { truncated, count } = await run();
      if (truncated)
        message.warning(t(`只导出了前 ${count} 行，请缩小筛选范围`, `Only the first ${count} rows were exported; narrow the filter`));
      else message.success(t(`已导出 ${count} 行`, `Exported ${count} rows`));
    } catch (error) {
      message.error(
        graphProblems(error)
          .map((p) => p.message)
          .join(' '),
      );
    } finally {
      setBusy(false);
    }
  }
  return (
    <Button icon={<FileExcelOutlined />} loading={busy} disabled={disabled} onClick={() => void click()} data-testid="export-register">
      {t('导出 Excel', 'Export to Excel')}
    </Button>
  );
}
