// The order domains may depend on each other (lower first). The foundation (vault kit, people,
// audit, settings, print, core) is one layer: its parts use each other freely, but never a
// business domain. A business domain may use the foundation and the business domains before it,
// those only through their public entry (electron/<domain>/index.ts) or contract part.
export const FOUNDATION = ['vault', 'people', 'audit', 'settings', 'print', 'core'];
export const DOMAIN_ORDER = [
  ...FOUNDATION,
  'archive',
  'approvals',
  'access',
  'loans',
  'copies',
  'inspections',
  'repairs',
  'environment',
  'incidents',
  'destruction',
  'policy',
  'reports',
  'printcheck',
  'dashboard',
  'backup',
];
