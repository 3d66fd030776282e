import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Space, Table, Typography } from 'antd';
import { useRef, useState, type HTMLAttributes, type ReactNode } from 'react';
import { useLanguage, useT } from '../../app/language';
import { downloadWorkbook, readFirstSheet } from '../excel/workbook';
import { templateSheets } from './template';
import { checkFile, writeFile, type SendRows } from './flow';
import type { ImportProblem, ImportSpec, ValidatedRow } from './validate';

export interface ExcelImportProps<Row> {
  title: string;
  spec: ImportSpec<Row>;
  /** File name of the template, e.g. "教职工导入模板.xlsx". */
  templateName: string;
  /** Sends every row to the bulk mutation (checking only with validateOnly) and answers its count; throws the graph's error. */
  send: SendRows<Row>;
  /** After a file was written: refresh the list. */
  onImported: (count: number) => void;
  /** Controls before the buttons (e.g. the school the file is for). */
  extra?: ReactNode;
  /** Why no file may be chosen yet (e.g. no school picked); null when one may. */
  blocked?: string | null;
}

type Phase =
  | { step: 'idle' }
  | { step: 'checking'; fileName: string }
  | { step: 'refused'; fileName: string; problems: ImportProblem[]; by: 'file' | 'graph' }
  | { step: 'ready'; fileName: string; rows: ValidatedRow<unknown>[] }
  | { step: 'writing'; fileName: string; rows: ValidatedRow<unknown>[] }
  | { step: 'done'; fileName: string; count: number };

/**
 * Excel import of a register (Excel 导入): download the template, choose a file; every row is
 * checked here (validate.ts), then the whole file by the graph with validateOnly; only when both
 * accept it does "导入 N 行" write it. A refused file writes nothing and lists each problem by its
 * Excel row and column.
 */
export function ExcelImport<Row>({ title, spec, templateName, send, onImported, extra, blocked }: ExcelImportProps<Row>) {
  const t = useT();
  const { language } = useLanguage();
  const input = useRef<HTMLInputElement>(null);
  const [phase, setCurrentPhase] = useState<Phase>({ step: 'idle' });
  const [templating, setTemplating] = useState(false);
  // The latest file chosen: a slower check of an earlier file must not overwrite its answer.
  const latest = useRef(0);

  async function check(file: File) {
    const fileName = file.name;
    const run = ++latest.current;
    const setPhase = (next: Phase) => {
      if (run === latest.current) setCurrentPhase(next);
    };
    setPhase({ step: 'checking', fileName });
    let cells: string[][];
    try {
      cells = await readFirstSheet(await file.arrayBuffer());
    } catch {
      const message = t('无法读取该文件：请上传 Excel 工作簿（.xlsx）', 'Cannot read this file: upload an Excel workbook (.xlsx)');
      setPhase({ step: 'refused', fileName, by: 'file', problems: [{ excelRow: null, column: null, message }] });
      return;
    }
    const outcome = await checkFile(cells, spec, send, language);
    if (outcome.accepted) setPhase({ step: 'ready', fileName, rows: outcome.rows as ValidatedRow<unknown>[] });
    else setPhase({ step: 'refused', fileName, by: outcome.by, problems: outcome.problems });
  }

  async function write(fileName: string, rows: ValidatedRow<Row>[]) {
    const run = ++latest.current;
    const setPhase = (next: Phase) => {
      if (run === latest.current) setCurrentPhase(next);
    };
    setPhase({ step: 'writing', fileName, rows: rows as ValidatedRow<unknown>[] });
    const written = await writeFile(rows, spec, send, language);
    if ('count' in written) {
      setPhase({ step: 'done', fileName, count: written.count });
      onImported(written.count);
    } else {
      setPhase({ step: 'refused', fileName, by: 'graph', problems: written.problems });
    }
  }

  async function downloadTemplate() {
    setTemplating(true);
    try {
      await downloadWorkbook(templateName, templateSheets(spec, language));
    } finally {
      setTemplating(false);
    }
  }

  return (
    <Card size="small" title={title} style={{ marginBottom: 16 }}>
      <Space wrap style={{ marginBottom: phase.step === 'idle' ? 0 : 12 }}>
        {extra}
        <Button icon={<DownloadOutlined />} loading={templating} onClick={() => void downloadTemplate()} data-testid="download-template">
          {t('下载模板', 'Download template')}
        </Button>
        <Button
          icon={<UploadOutlined />}
          disabled={!!blocked || phase.step === 'writing'}
          loading={phase.step === 'checking'}
          onClick={() => input.current?.click()}
          title={blocked ?? undefined}
        >
          {t('选择文件并校验', 'Choose a file to check')}
        </Button>
        <input
          ref={input}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          style={{ display: 'none' }}
          disabled={!!blocked || phase.step === 'writing'}
          data-testid="import-file"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void check(file);
          }}
        />
        {blocked ? <Typography.Text type="secondary">{blocked}</Typography.Text> : null}
      </Space>
      {phase.step === 'checking' ? <Alert type="info" title={t(`正在校验 ${phase.fileName} …`, `Checking ${phase.fileName} …`)} /> : null}
      {phase.step === 'ready' || phase.step === 'writing' ? (
        <Alert
          type="success"
          showIcon
          title={t(
            `${phase.fileName}：${phase.rows.length} 行全部校验通过，尚未导入`,
            `${phase.fileName}: all ${phase.rows.length} rows pass; nothing imported yet`,
          )}
          action={
            <Space>
              <Button
                onClick={() => {
                  latest.current++;
                  setCurrentPhase({ step: 'idle' });
                }}
                disabled={phase.step === 'writing'}
              >
                {t('取消', 'Cancel')}
              </Button>
              <Button
                type="primary"
                loading={phase.step === 'writing'}
                onClick={() => void write(phase.fileName, phase.rows as ValidatedRow<Row>[])}
                data-testid="import-confirm"
              >
                {t(`导入 ${phase.rows.length} 行`, `Import ${phase.rows.length} rows`)}
              </Button>
            </Space>
          }
        />
      ) : null}
      {phase.step === 'done' ? (
        <Alert
          type="success"
          showIcon
          data-testid="import-done"
          title={t(`已导入 ${phase.count} 行（${phase.fileName}）`, `Imported ${phase.count} rows (${phase.fileName})`)}
        />
      ) : null}
      {phase.step === 'refused' ? <ImportProblems phase={phase} /> : null}
    </Card>
  );
}

function ImportProblems({ phase }: { phase: Extract<Phase, { step: 'refused' }> }) {
  const t = useT();
  const { problems, fileName, by } = phase;
  return (
    <>
      <Alert
        type="error"
        showIcon
        style={{ marginBottom: 8 }}
        title={
          by === 'file'
            ? t(
                `${fileName} 有 ${problems.length} 处问题，未导入任何数据`,
                `${fileName} has ${problems.length} problems; nothing was imported`,
              )
            : t(
                `系统拒绝了 ${fileName}（${problems.length} 处问题），未导入任何数据`,
                `The system refused ${fileName} (${problems.length} problems); nothing was imported`,
              )
        }
        description={t('请在 Excel 中改正后重新选择文件。', 'Correct them in Excel and choose the file again.')}
      />
      <div data-testid="import-errors">
        <Table<ImportProblem & { key: number }>
          size="small"
          pagination={problems.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
          dataSource={problems.map((p, key) => ({ ...p, key }))}
          onRow={() => ({ 'data-testid': 'import-error-row' }) as HTMLAttributes<HTMLElement>}
          columns={[
            { title: t('Excel 行', 'Excel row'), dataIndex: 'excelRow', width: 100, render: (row: number | null) => row ?? '—' },
            { title: t('列', 'Column'), dataIndex: 'column', width: 200, render: (column: string | null) => column ?? '—' },
            { title: t('问题', 'Problem'), dataIndex: 'message' },
          ]}
        />
      </div>
    </>
  );
}
