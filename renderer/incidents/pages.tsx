// The leak incident screen in the menu (shown to everyone signed in: anyone reports), its badge
// for the supervisor and CS manager, and the home banner until they acknowledge (R-SEC-7).
import { AlertOutlined } from '@ant-design/icons';
import type { PageEntry } from '../kit/domain';
import { IncidentsBadge } from './IncidentAlert';
import { IncidentsScreen } from './IncidentsScreen';

export const incidentPages: readonly PageEntry[] = [
  { key: 'incidents', icon: <AlertOutlined />, call: 'incidents.list', render: () => <IncidentsScreen />, badge: IncidentsBadge },
];
export { IncidentAlert } from './IncidentAlert';
