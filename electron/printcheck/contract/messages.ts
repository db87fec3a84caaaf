// Print verification messages (errors.<code>), zh-CN with its English twin.
import { defineMessages } from '../../contract/domain';

export const printcheckMessages = defineMessages({}, {});
