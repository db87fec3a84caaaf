// The released report on paper (R-REP-4): one uniform layout for every report — identity (number,
// template version, period, request, compiler, the two reviewers' signatures), the charts, the figures
// table — with the copy's number on every page (第 n 份 / 共 N 份); and the distribution register:
// who received copy n, when, their signature; copies recalled or destroyed printed struck through.
import { formatPrintTime, type RegisterSpec } from '../print/register';
import { registerFrame, type PrintOptions } from '../print/registers/common';
import type { Vault } from '../vault/vault';
import { reportCharts } from './chart';
import { REVIEW_WORDS, STRIKE_WORDS } from './contract/audit-actions';
import { getReport, requireCopy } from './reports';
import { reader } from '../vault/sql';

export const REPORT_REGISTER_CODE = 'statReport';
export const DISTRIBUTION_REGISTER_CODE = 'statReportDistribution';

export const copyMark = (n: number, total: number) => `第 ${n} 份 / 共 ${total} 份`;

/** `check`: a copy is printed only while released and not struck off (print verification rebuilds any copy once printed). */
export function buildReportCopy(vault: Vault, reportId: number, copyNo: number, opts: PrintOptions, check = true): RegisterSpec {
  if (check) requireCopy(reader(vault.db), reportId, copyNo, false);
  const rep = getReport(vault.db, reportId);
  const frame = registerFrame(vault, opts, 0);
  const tz = frame.timeZone;
  let no = 0;
  return {
    ...frame,
    title: `${rep.templateName}（${rep.period.from} 至 ${rep.period.to}）`,
    registerCode: REPORT_REGISTER_CODE,
    copyMark: copyMark(copyNo, rep.copiesTotal ?? copyNo),
    summary: [
      `报表编号 ${rep.no}；模板《${rep.templateName}》第 ${rep.templateVersion} 版；统计期间 ${rep.period.from} 至 ${rep.period.to}${rep.requestNo ? `；依据申请 ${rep.requestNo}` : ''}`,
      `编制：${rep.compiledByName} ${formatPrintTime(rep.compiledAt, false, tz)}；${rep.reviews
        .map((v) => `${REVIEW_WORDS[v.as].zh}审核：${v.signerName}（已于 ${formatPrintTime(v.at, false, tz)} 在本机签名${v.verified ? '' : '，签名不符'}）`)
        .join('；')}`,
      `发布：${rep.releasedByName ?? ''} ${formatPrintTime(rep.releasedAt, false, tz)}，共印 ${rep.copiesTotal ?? 0} 份，本份为第 ${copyNo} 份`,
    ],
    figures: reportCharts(rep.figures, 620, 260).map((c) => ({ caption: c.label, svg: c.svg })),
    columns: [
      { key: 'no', header: '序号', width: '8%', align: 'center' },
      { key: 'figure', header: '指标', width: '42%' },
      { key: 'group', header: '分组', width: '32%' },
      { key: 'value', header: '数量', width: '18%', align: 'right' },
    ],
    rows: rep.figures.flatMap((f) => [
      ...f.rows.map((r) => ({ no: ++no, figure: f.label, group: r.label, value: r.value })),
      ...(f.rows.length > 1 ? [{ no: ++no, figure: f.label, group: '合计', value: f.total }] : []),
    ]),
    signatureLines: [{ role: '签收人' }],
  };
}

export function buildDistributionRegister(vault: Vault, reportId: number, opts: PrintOptions): RegisterSpec {
  const rep = getReport(vault.db, reportId);
  const frame = registerFrame(vault, opts, 0);
  const tz = frame.timeZone;
  const struck = rep.copies.flatMap((c, i) => (c.strike ? [i] : []));
  return {
    ...frame,
    title: `统计报表分发登记簿（${rep.no}）`,
    registerCode: DISTRIBUTION_REGISTER_CODE,
    orientation: 'landscape',
    summary: [
      `《${rep.templateName}》第 ${rep.templateVersion} 版，统计期间 ${rep.period.from} 至 ${rep.period.to}；共 ${rep.copiesTotal ?? 0} 份`,
      `已分发 ${rep.copies.filter((c) => c.distribution).length} 份；收回或销毁 ${struck.length} 份（划线注销，不删除）`,
    ],
    columns: [
      { key: 'copy', header: '份号', width: '10%', align: 'center' },
      { key: 'unit', header: '接收部门', width: '16%' },
      { key: 'name', header: '接收人', width: '10%' },
      { key: 'at', header: '分发时间', width: '13%' },
      { key: 'by', header: '经办人', width: '9%' },
      { key: 'sign', header: '接收人签名', width: '14%' },
      { key: 'strike', header: '收回 / 销毁', width: '28%' },
    ],
    rows: rep.copies.map((c) => ({
      copy: copyMark(c.copyNo, rep.copiesTotal ?? 0),
      unit: c.distribution?.recipientUnit ?? '',
      name: c.distribution?.recipientName ?? '',
      at: c.distribution ? formatPrintTime(c.distribution.receivedAt, false, tz) : '',
      by: c.distribution?.byName ?? '',
      sign: '',
      strike: c.strike ? `${STRIKE_WORDS[c.strike.kind].zh}：${c.strike.reason}（${c.strike.byName} ${formatPrintTime(c.strike.at, false, tz)}）` : '',
    })),
    struckRows: struck,
    signatureLines: [{ role: '经办人' }, { role: '客户信息主管' }],
  };
}
