// What the report screens share.
export const STATUS_COLOR = { compiled: 'orange', reviewed: 'blue', released: 'green' } as const;
