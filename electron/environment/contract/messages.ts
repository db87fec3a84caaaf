// Environment messages (errors.<code> and v.<validation>), zh-CN with its English twin.
import { defineMessages } from '../../contract/domain';

export const environmentMessages = defineMessages(
  {
    'errors.ACTION_MISSING': '当日有超标读数尚未登记处置措施，不能结束当日记录',
    'errors.DAY_CLOSED': '该日记录已结束，不能再补录读数',
    'errors.DAY_NOT_BEGUN': '该日尚未开始，不能结束当日记录',
    'errors.NOT_OUT_OF_RANGE': '该读数未超标，无需登记处置措施',
    'errors.CSV_FORMAT': 'CSV 第 {{line}} 行无法识别（需要：时间, 温度, 相对湿度）',
    'errors.CSV_EMPTY': 'CSV 中没有读数',
    'v.month': '月份格式应为 年-月（如 2026-11）',
    'v.limitOrder': '上限须大于下限',
    'v.future': '读数时间不能晚于现在',
  },
  {
    'errors.ACTION_MISSING': 'An out-of-range reading of the day still has no action; the day cannot be closed',
    'errors.DAY_CLOSED': 'That day is closed; no more readings can be added',
    'errors.DAY_NOT_BEGUN': 'That day has not begun and cannot be closed',
    'errors.NOT_OUT_OF_RANGE': 'This reading is within the limits; no action is needed',
    'errors.CSV_FORMAT': 'CSV line {{line}} is not understood (expected: time, temperature, relative humidity)',
    'errors.CSV_EMPTY': 'The CSV holds no readings',
    'v.month': 'Month as YYYY-MM (e.g. 2026-11)',
    'v.limitOrder': 'The upper limit must be above the lower one',
    'v.future': 'The reading cannot be in the future',
  },
);
