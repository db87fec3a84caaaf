// Where a register goes: the system print dialog or a PDF file chosen in main's save dialog.
import { z } from 'zod';

export const printTargetSchema = z.enum(['pdf', 'printer']);
