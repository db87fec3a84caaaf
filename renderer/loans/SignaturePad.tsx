// The borrower's signature pad (R-LOAN-3): a canvas the borrower signs on with mouse, pen or
// finger; its PNG (base64, without the data: prefix) goes to loans.issue, where main checks it is
// a real PNG and stores it with the register row.
import { Button, Space } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

const W = 480;
const H = 160;

export function SignaturePad({ onChange }: { onChange: (pngBase64: string | null) => void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLCanvasElement>(null);
  const drawing = useRef(false);
  const inked = useRef(false);

  const clear = () => {
    const c = ref.current!;
    const g = c.getContext('2d')!;
    g.fillStyle = '#fff';
    g.fillRect(0, 0, W, H);
    inked.current = false;
    onChange(null);
  };
  useEffect(clear, []);

  const point = (e: React.PointerEvent<HTMLCanvasElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    return { x: ((e.clientX - r.left) * W) / r.width, y: ((e.clientY - r.top) * H) / r.height };
  };
  const down = (e: React.PointerEvent<HTMLCanvasElement>) => {
    drawing.current = true;
    e.currentTarget.setPointerCapture?.(e.pointerId);
    const g = e.currentTarget.getContext('2d')!;
    const p = point(e);
    g.beginPath();
    g.moveTo(p.x, p.y);
  };
  const move = (e: React.PointerEvent<HTMLCanvasElement>) => {
    if (!drawing.current) return;
    const g = e.currentTarget.getContext('2d')!;
    const p = point(e);
    g.lineWidth = 2.5;
    g.lineCap = 'round';
    g.strokeStyle = '#000';
    g.lineTo(p.x, p.y);
    g.stroke();
    inked.current = true;
  };
  const up = () => {
    if (!drawing.current) return;
    drawing.current = false;
    if (inked.current) onChange(ref.current!.toDataURL('image/png').replace(/^data:image\/png;base64,/, ''));
  };

  return (
    <Space direction="vertical">
      <canvas
        ref={ref}
        width={W}
        height={H}
        style={{ border: '1px solid #999', borderRadius: 4, touchAction: 'none', width: W, height: H, background: '#fff', cursor: 'crosshair' }}
        aria-label={t('loan.signature')}
        data-testid="signature-pad"
        onPointerDown={down}
        onPointerMove={move}
        onPointerUp={up}
        onPointerLeave={up}
      />
      <Button size="small" onClick={clear}>
        {t('loan.issue.clear')}
      </Button>
    </Space>
  );
}
