// Dashboard messages: none of its own yet (its calls read only); the part keeps the kit's shape.
import { defineMessages } from '../../contract/domain';

export const dashboardMessages = defineMessages({}, {});
