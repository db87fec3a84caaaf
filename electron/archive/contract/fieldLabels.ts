// The one label table of the customer and item fields (issue 12): the forms show these labels
// and the import template uses the Chinese ones as its column headers, so what an operator
// reads in 新建客户 (联系电话, 客户子类型) is what the template asks for and the importer reads.
export const FIELD_LABELS = {
  name: { zh: '客户名称', en: 'Name' },
  category: { zh: '客户类别', en: 'Category' },
  subType: { zh: '客户子类型', en: 'Sub-type' },
  partyKind: { zh: '主体类型', en: 'Party' },
  idKind: { zh: '证件类型', en: 'ID kind' },
  idNumber: { zh: '证件号码', en: 'ID number' },
  contactPerson: { zh: '联系人', en: 'Contact person' },
  phone: { zh: '联系电话', en: 'Phone' },
  email: { zh: '电子邮箱', en: 'Email' },
  address: { zh: '地址', en: 'Address' },
  relationshipOwner: { zh: '客户关系负责人', en: 'Relationship owner' },
  firstContactDate: { zh: '首次接触日期', en: 'First contact' },
  remarks: { zh: '备注', en: 'Remarks' },
  archiveNo: { zh: '档号', en: 'Archive no.' },
  title: { zh: '题名', en: 'Title' },
  docType: { zh: '文件类型', en: 'Document type' },
  docDate: { zh: '文件日期', en: 'Document date' },
  pages: { zh: '页数', en: 'Pages' },
  copies: { zh: '份数', en: 'Copies' },
  carrier: { zh: '载体', en: 'Carrier' },
  writingMedium: { zh: '书写材料', en: 'Writing medium' },
  retention: { zh: '保管期限', en: 'Retention' },
  classification: { zh: '密级', en: 'Classification' },
  custodian: { zh: '指定保管人', en: 'Custodian' },
} as const;
export type LabelledField = keyof typeof FIELD_LABELS;

/** the zh-CN / en UI strings 'arch.f.<field>' (and 'arch.archiveNo') of the table */
const strings = (lang: 'zh' | 'en') =>
  Object.fromEntries(Object.entries(FIELD_LABELS).map(([k, v]) => [k === 'archiveNo' ? 'arch.archiveNo' : `arch.f.${k}`, v[lang]])) as {
    [K in LabelledField as K extends 'archiveNo' ? 'arch.archiveNo' : `arch.f.${K}`]: string;
  };
export const FIELD_LABEL_STRINGS = { zh: strings('zh'), en: strings('en') };

/** the first cell of the template's example row starts with this: such a row is never imported */
export const EXAMPLE_MARK = '【示例】';
