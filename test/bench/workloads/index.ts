// Every workload the benchmark runs, in order. Add new ones here; `dataset: 'archive'` ones run
// on the seeded archive at volume (archiveDataset.ts), the others on fresh empty files.
import type { Workload } from '../types';
import { archivePagesWorkload, archiveSearchWorkload } from './archive';
import { auditQueryWorkload, auditWorkload } from './audit';
import { itemsWorkload } from './items';

export const WORKLOADS: readonly Workload[] = [itemsWorkload, auditWorkload, auditQueryWorkload, archiveSearchWorkload, archivePagesWorkload];
