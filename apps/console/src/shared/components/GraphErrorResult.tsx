import { Result } from 'antd';
import { useT } from '../../app/language';
import { graphProblems } from '../graph-errors';

/**
 * A query that failed, as a page shows it: a record of another school is NOT_FOUND in the graph
 * (never "forbidden", so nothing leaks), and the page says just that.
 */
export function GraphErrorResult({ error }: { error: unknown }) {
  const t = useT();
  const problems = graphProblems(error);
  const codes = new Set(problems.map((p) => p.code));
  if (codes.has('NOT_FOUND'))
    return (
      <Result
        status="404"
        title={t('未找到', 'Not found')}
        subTitle={t('该记录不存在，或不在您可查看的范围内。', 'This record does not exist or is not yours to see.')}
      />
    );
  if (codes.has('FORBIDDEN'))
    return <Result status="403" title={t('无权访问', 'Not allowed')} subTitle={problems.map((p) => p.message).join(' ')} />;
  return <Result status="error" title={t('出错了', 'Something went wrong')} subTitle={problems.map((p) => p.message).join(' ')} />;
}
