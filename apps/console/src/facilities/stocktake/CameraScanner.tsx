import { Alert, Button } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useT } from '../../app/language';

/** Why the camera could not start, in words for the person holding the phone. */
function cameraProblem(error: unknown, t: (zh: string, en: string) => string): string {
  const name = error instanceof Error || (typeof error === 'object' && error && 'name' in error) ? (error as { name: string }).name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError')
    return t(
      '相机权限被拒绝：请在浏览器设置中允许使用相机，或在下方输入编号。',
      'Camera permission denied: allow the camera in the browser, or type the code below.',
    );
  if (name === 'NotFoundError' || name === 'OverconstrainedError' || name === 'NoCamera')
    return t('没有找到可用的相机：请在下方输入或用扫码枪扫入编号。', 'No camera found: type the code below or use a hardware scanner.');
  if (name === 'NotReadableError') return t('相机被其他应用占用。', 'The camera is in use by another app.');
  return t('无法打开相机：请在下方输入编号。', 'The camera could not start: type the code below.');
}

/**
 * The phone's rear camera reading QR codes and barcodes (@zxing/browser): each text read is handed to
 * `onText` (the same text again within 2.5 s is ignored, since the camera reads a label many times a
 * second). Started by a button, stopped by it and when the page is left.
 */
export function CameraScanner({ onText }: { onText(text: string): void }) {
  const t = useT();
  const video = useRef<HTMLVideoElement>(null);
  const [on, setOn] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const onTextRef = useRef(onText);
  useEffect(() => {
    onTextRef.current = onText;
  }, [onText]);

  useEffect(() => {
    if (!on) return;
    let stopped = false;
    let controls: { stop(): void } | undefined;
    let last = { text: '', at: 0 };
    void (async () => {
      try {
        if (!navigator.mediaDevices?.getUserMedia) throw Object.assign(new Error('no camera'), { name: 'NoCamera' });
        const { BrowserMultiFormatReader } = await import('@zxing/browser');
        const reader = new BrowserMultiFormatReader();
        const started = await reader.decodeFromConstraints(
          { video: { facingMode: { ideal: 'environment' } }, audio: false },
          video.current ?? undefined,
          (result) => {
            if (!result) return;
            const text = result.getText();
            const now = Date.now();
            if (text === last.text && now - last.at < 2500) return;
            last = { text, at: now };
            onTextRef.current(text);
          },
        );
        if (stopped) started.stop();
        else controls = started;
      } catch (error) {
        if (!stopped) {
          setProblem(cameraProblem(error, t));
          setOn(false);
        }
      }
    })();
    return () => {
      stopped = true;
      controls?.stop();
    };
  }, [on, t]);

  return (
    <div>
      <Button
        block
        onClick={() => {
          setProblem(null);
          setOn((v) => !v);
        }}
        data-testid="scan-camera"
      >
        {on ? t('关闭相机', 'Stop the camera') : t('用相机扫码', 'Scan with the camera')}
      </Button>
      {on && <video ref={video} muted playsInline style={{ width: '100%', marginTop: 8, borderRadius: 8, background: '#000' }} />}
      {problem && <Alert type="warning" showIcon title={problem} style={{ marginTop: 8 }} data-testid="scan-camera-problem" />}
    </div>
  );
}
