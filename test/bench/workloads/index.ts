// Every workload the benchmark runs, in order. Add new ones here (search p95, print time, …).
import type { Workload } from '../types';
import { auditWorkload } from './audit';
import { itemsWorkload } from './items';

export const WORKLOADS: readonly Workload[] = [itemsWorkload, auditWorkload];
