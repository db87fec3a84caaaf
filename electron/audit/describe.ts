// An audit entry in words, for the audit screen (audit.list, in the caller's language) and the
// printed audit register (zh-CN): the action's label, the object by name and the detail through
// the action's formatter (electron/<domain>/contract/audit-actions.ts). The raw detail stays in
// the row for the screen's 技术详情. Nothing here throws on an odd entry: a formatter that fails
// gives way to labelled key：value pairs, an unknown action shows its code.
import type { DetailEntry, DetailKit } from '../contract/domain';
import { isRecord, pairsInWords, str, valueWords } from '../contract/detail-words';
import { AUDIT_ACTIONS, actionLabel, entityLabel, pick, roleLabel } from '../contract/labels';
import { translate } from '../contract/messages';
import { formatTime, workstationTimeZone } from '../contract/time';
import type { AuditRow, AuditRowText, Locale } from '../contract/types';
import { getSettings } from '../settings/settings';
import type { Db } from '../vault/db';
import { entityNamers } from './entityNames';

/** The zone every audit time is shown in, on screen and on paper: the workstation's. */
export function auditTimeZone(): string {
  return workstationTimeZone();
}

/** A DetailKit over one open vault; names are looked up once per kit (one page, one register). */
export function auditKit(db: Db, locale: Locale, timeZone = auditTimeZone()): DetailKit {
  const names = new Map<string, string | null>();
  let levels: readonly string[] | null = null;
  const none = () => (locale === 'en' ? 'none' : '无');
  const kit: DetailKit = {
    locale,
    t: (p) => pick(p, locale),
    name(entity, id, fallback) {
      if (id === null || id === undefined || id === '' || typeof id === 'object')
        return str(fallback) || (typeof id === 'object' && id ? valueWords(kit, id) : none());
      const key = `${entity}\u0000${String(id)}`;
      if (!names.has(key)) {
        let found: string | null = null;
        for (const namer of entityNamers(entity)) {
          try {
            const n = namer(db, String(id), kit);
            if (n !== null && n !== undefined) {
              found = n;
              break;
            }
          } catch {
            // a table a namer expects may not exist in an old vault: ask the next one
          }
        }
        names.set(key, found);
      }
      return names.get(key) ?? (str(fallback) || String(id));
    },
    ref(entity, id, fallback) {
      const noun = entityLabel(entity, locale);
      const n = kit.name(entity, id, fallback);
      return !n ? noun : n.toLowerCase().includes(noun.toLowerCase()) ? n : `${noun} ${n}`;
    },
    role: (r) => roleLabel(r, locale),
    time: (iso) => formatTime(iso, locale, timeZone),
    classification(level) {
      levels ??= getSettings(db).classificationLabels;
      const n = typeof level === 'number' ? level : typeof level === 'string' && /^\d$/.test(level) ? Number(level) : NaN;
      return levels[n] ?? (str(level) || none());
    },
    list: (items) =>
      items
        .map((x) => (typeof x === 'string' ? x : valueWords(kit, x)))
        .filter(Boolean)
        .join(locale === 'en' ? ', ' : '、'),
    error(code) {
      const c = str(code);
      const m = c ? translate(locale, `errors.${c}`) : '';
      return m && m !== `errors.${c}` ? m : c || none();
    },
  };
  return kit;
}

/** The detail in words: the action's formatter, or labelled pairs when there is none or it fails. */
export function detailText(row: Pick<AuditRow, 'action' | 'entity' | 'entityId' | 'detail'>, kit: DetailKit): string {
  const d = row.detail;
  if (d === null || d === undefined) return '';
  if (typeof d === 'string') return d; // not JSON at all (only a tampered entry): as it is stored
  const entry: DetailEntry = { entity: row.entity, entityId: row.entityId };
  const spec = Object.hasOwn(AUDIT_ACTIONS, row.action) ? AUDIT_ACTIONS[row.action] : undefined;
  const record = isRecord(d) ? d : { value: d };
  let s: string | null = null;
  if (spec?.detail) {
    try {
      const out = spec.detail(record, kit, entry);
      if (typeof out === 'string') s = out;
    } catch {
      // an old or odd shape: fall through to the labelled pairs
    }
  }
  s ??= isRecord(d) ? pairsInWords(d, kit) : valueWords(kit, d);
  // Chinese sets no space between a closing bracket and the words after it: 张专员（zhuanyuan）登录
  return kit.locale === 'en' ? s : s.replace(/）\s+(?=[\u4e00-\u9fff（，。])/g, '）');
}

export function describeAuditRow(row: AuditRow, kit: DetailKit): AuditRowText {
  return {
    actionText: actionLabel(row.action, kit.locale),
    entityText:
      row.entityId !== null && row.entityId !== undefined && row.entityId !== '' ? kit.ref(row.entity, row.entityId) : entityLabel(row.entity, kit.locale),
    detailText: detailText(row, kit),
  };
}
