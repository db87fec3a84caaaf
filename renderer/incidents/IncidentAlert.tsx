// R-SEC-7: the information supervisor and the CS manager see a new incident at once — a red banner
// above the home screen naming each incident they have not acknowledged (with 确认收到 right
// there), and a count next to the 泄密事件 menu entry — until they acknowledge it.
import { Alert, App, Badge, Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, call, CallError } from '../api';
import { useCan } from '../kit/can';
import { useLoad } from '../kit/useLoad';
import { useNavigate } from '../shell/navigate';
import { incidentsChanged, useIncidentsVersion } from './changed';

function useMine(enabled: boolean) {
  const version = useIncidentsVersion();
  return useLoad(() => (enabled ? call(api().incidents.list({ filter: 'open' })) : Promise.resolve(null)), [enabled, version], { inline: true }).data;
}

export function IncidentAlert() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const open = useMine(useCan('incidents.acknowledge'));
  const mine = (open ?? []).filter((x) => x.mineToAck);
  if (mine.length === 0) return null;
  const overdue = mine.filter((x) => x.next?.overdue).length;
  const ack = async (id: number) => {
    try {
      await call(api().incidents.acknowledge({ incidentId: id }));
      void message.success(t('inc.acknowledged'));
    } catch (e) {
      void message.error(e instanceof CallError ? e.message : String(e));
    }
    incidentsChanged();
  };
  return (
    <Alert
      type="error"
      showIcon
      banner
      role="alert"
      data-testid="incident-alert"
      style={{ marginBottom: 16 }}
      title={[t('inc.alert.title', { n: mine.length }), overdue ? t('inc.alert.overdue', { n: overdue }) : null].filter(Boolean).join('；')}
      description={
        <Space orientation="vertical" style={{ width: '100%' }}>
          {mine.map((x) => (
            <Space key={x.id} wrap>
              <strong>{x.no}</strong>
              <span>{x.summary}</span>
              <span>
                （{x.reportedByName}，{t(`inc.state.${x.state}`)}）
              </span>
              <Button size="small" type="primary" danger onClick={() => void ack(x.id)} data-testid={`incident-ack-${x.no}`}>
                {t('inc.acknowledge')}
              </Button>
              <Button size="small" onClick={() => navigate({ page: 'incidents', state: { 'incidents.filter': 'open' } })}>
                {t('inc.alert.open')}
              </Button>
            </Space>
          ))}
        </Space>
      }
    />
  );
}

/** The menu badge: for the supervisor and CS manager, incidents to acknowledge (red), else open ones (red when one is overdue). */
export function IncidentsBadge() {
  const enabled = useCan('incidents.acknowledge');
  const version = useIncidentsVersion();
  const counts = useLoad(() => (enabled ? call(api().incidents.counts({})) : Promise.resolve(null)), [enabled, version], { inline: true }).data;
  if (!counts || counts.open === 0) return null;
  const n = counts.unacknowledged || counts.open;
  return <Badge count={n} color={counts.unacknowledged || counts.overdue ? 'red' : 'orange'} data-testid="incidents-badge" />;
}
