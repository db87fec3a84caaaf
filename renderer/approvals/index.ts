// What the approval screens offer the consumer domains' screens (access, loans, copies…).
export { RequestFields, requestFieldDefaults } from './RequestFields';
export { RequestChain } from './RequestChain';
export { RequestDrawer, RequestView } from './RequestView';
export { notifyApprovalsChanged, StatusTag, useApprovalsChanged } from './common';
