// Handlers for the print verification calls.
import type { CallName } from '../contract';
import type { Handler } from '../core/handlers';
import type { printcheckCalls } from './contract/calls';
import { recentPrints, verifyPrintedPage } from './verify';

type PrintcheckCallName = Extract<CallName, keyof typeof printcheckCalls>;

export const printcheckHandlers: { [N in PrintcheckCallName]: Handler<N> } = {
  'printcheck.verify': ({ code }, cx) => verifyPrintedPage(cx.vault, code),
  'printcheck.recent': ({ limit }, cx) => recentPrints(cx.vault, limit),
};
