import { Alert, Button } from 'antd';
import { useRouteError } from 'react-router';
import { useT } from './language';

/**
 * A page that crashed or failed to load (e.g. after a deploy replaced its chunk): a message and a way
 * on, never a blank page. An Alert rather than a Result: the shell's first download stays small.
 */
export function RouteError() {
  const t = useT();
  const error = useRouteError();
  return (
    <Alert
      type="error"
      showIcon
      style={{ margin: 24 }}
      title={t('页面出错了', 'This page failed')}
      description={error instanceof Error ? error.message : String(error)}
      action={
        <Button type="primary" onClick={() => window.location.reload()}>
          {t('重新加载', 'Reload')}
        </Button>
      }
    />
  );
}
